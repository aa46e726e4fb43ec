"""Funding chapters and the yearly progress report: how long they take to build and write.

Measured per case (the demo, and the demo with its portfolio multiplied: 20× the projects,
their partners and action links, and the commitments):
  chapters     building the main report's funding parts alone (portfolio, leverage, yearly
               KPI table, commitment matrix, portfolio / KPI-per-year / indicator annexes)
  report       building the whole main report (`build_report`, no figures) — the reference
               the chapters are compared with (ratio chapters / report)
  progress_pdf the progress report on 2026 to PDF (KPI charts as vector figures)
  progress_docx the progress report on 2026 to Word (KPI charts as PNG)
  json_floor   json.dumps of the same roadmap document: the floor of touching every row

Prints the figures with their ratios and writes bench/results/funding.json.

    .venv/bin/python bench/funding.py [--repeat 3] [--factor 20]
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.interchange import load_json  # noqa: E402
from desktop.domain.paths import demo_json  # noqa: E402
from desktop.export.report import funding as FR  # noqa: E402
from desktop.export.report.build import build_report  # noqa: E402
from desktop.export.report.context import Context  # noqa: E402
from desktop.export_ui.visual_png import ensure_app  # noqa: E402
from desktop.monitoring.progress_job import export_progress  # noqa: E402

TODAY = dt.date(2027, 2, 1)
YEAR = 2026


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def multiplied(doc: dict, factor: int) -> dict:
    """The demo with `factor` copies of every project (with partners and action links) and
    of every commitment (new ids; the copies point at the same programmes and partners)."""
    out = copy.deepcopy(doc)
    for n in range(1, factor):
        ids = {p["id"]: f"{p['id']}-{n}" for p in doc.get("project") or []}
        out["project"] += [{**p, "id": ids[p["id"]], "code": f"{p.get('code') or ''}.{n}"} for p in doc["project"]]
        for entity in ("project_partner", "project_action"):
            out[entity] += [{**r, "id": f"{r['id']}-{n}", "project_id": ids[r["project_id"]]}
                            for r in doc.get(entity) or []]
        out["commitment"] += [{**c, "id": f"{c['id']}-{n}",
                               "project_id": ids.get(c.get("project_id"), c.get("project_id"))}
                              for c in doc.get("commitment") or []]
    return out


def chapters(doc: dict) -> int:
    c = Context(doc, "en")
    parts = [FR.portfolio_section(c), FR.leverage_section(c), FR.yearly_kpi_section(c),
             FR.commitment_matrix(c), FR.portfolio_annex(c), FR.kpi_year_annex(c), FR.indicator_annex(c)]
    return len(parts)


def bench_case(doc: dict, work: Path, repeat: int) -> dict:
    chapters_s = median_time(lambda: chapters(doc), repeat)
    report_s = median_time(lambda: build_report(doc, "en", today=TODAY), repeat)
    pdf, docx = work / "progress.pdf", work / "progress.docx"
    pdf_s = median_time(lambda: export_progress(doc, YEAR, lang="en", pdf=pdf, today=TODAY), repeat)
    docx_s = median_time(lambda: export_progress(doc, YEAR, lang="en", docx=docx, today=TODAY), repeat)
    floor_s = median_time(lambda: json.dumps(doc), repeat)
    return {
        "projects": len(doc.get("project") or []), "commitments": len(doc.get("commitment") or []),
        "chapters_s": round(chapters_s, 4), "report_s": round(report_s, 4),
        "chapters_share_of_report": round(chapters_s / report_s, 3),
        "progress_pdf_s": round(pdf_s, 3), "progress_pdf_bytes": pdf.stat().st_size,
        "progress_docx_s": round(docx_s, 3), "progress_docx_bytes": docx.stat().st_size,
        "json_floor_s": round(floor_s, 4),
        "progress_pdf_over_floor": round(pdf_s / floor_s, 1) if floor_s else None,
        "runs": repeat,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--factor", type=int, default=20)
    args = ap.parse_args()
    ensure_app()
    demo = load_json(demo_json())
    cases = {"demo": demo, f"demo_x{args.factor}": multiplied(demo, args.factor)}
    results = {}
    with tempfile.TemporaryDirectory(prefix="routekaart-bench-funding-") as tmp:
        for name, doc in cases.items():
            work = Path(tmp) / name
            work.mkdir()
            results[name] = bench_case(doc, work, args.repeat)
    for name, r in results.items():
        print(f"{name}: {r['projects']} projects, {r['commitments']} commitments")
        print(f"  funding chapters {r['chapters_s'] * 1000:.1f} ms = {r['chapters_share_of_report']:.0%} of the "
              f"whole report build ({r['report_s'] * 1000:.1f} ms, reference)")
        print(f"  progress report PDF {r['progress_pdf_s']:.2f} s ({r['progress_pdf_bytes'] // 1024} KiB), "
              f"DOCX {r['progress_docx_s']:.2f} s ({r['progress_docx_bytes'] // 1024} KiB); "
              f"json.dumps floor {r['json_floor_s'] * 1000:.1f} ms (PDF = {r['progress_pdf_over_floor']}x floor)")
    out = ROOT / "bench" / "results" / "funding.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
                               "results": results}, indent=2), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
