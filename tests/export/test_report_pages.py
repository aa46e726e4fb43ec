"""The A4 report and the monitoring report read the way a reader sees them: every page
rendered by poppler, no text under 7 pt anywhere (figures included), nothing outside the
page, every figure complete over its pages (word boxes from the PDF itself)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from hard_roadmap import hard_document
from pdf_pages import pages

from db.interchange import load_json
from desktop.domain.paths import demo_json
from desktop.export import export_pdf, write_pdf
from desktop.export.report.monitoring import build_monitoring_report

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
READABLE_PT = 7.0
TODAY = dt.date(2026, 11, 23)
A4, A3 = (595, 842), (842, 1191)
BODY_TOP, BODY_BOTTOM = 50.0, 50.0  # pt from the sheet's edges: the running header and footer lie outside


def check_pages(pdf) -> list:
    sheets = pages(pdf)
    assert sheets
    for p in sheets:
        size = tuple(sorted((round(p.width), round(p.height))))
        assert size in (A4, A3), f"page {p.number}: paper {p.width:.0f} x {p.height:.0f}"
        body = [w for w in p.words if w[1] > BODY_TOP and w[3] < p.height - BODY_BOTTOM]
        assert body, f"page {p.number}: only the running header and footer ({len(p.words)} words)"
        assert p.smallest >= READABLE_PT, f"page {p.number}: text of {p.smallest:.1f} pt"
        left, top, right, bottom = p.extent()
        assert left >= 0 and right <= 1 and top >= 0 and bottom <= 1, f"page {p.number}: text off the page"
    return sheets


def rendered(pdf, tmp_path) -> int:
    """Every page rasterised by poppler (a page it cannot draw fails here)."""
    subprocess.run(["pdftoppm", "-r", "20", "-png", str(pdf), str(tmp_path / "page")], check=True,
                   capture_output=True, timeout=300)
    return len(list(tmp_path.glob("page*.png")))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_demo_report_pages_are_readable(tmp_path, lang):
    doc = load_json(demo_json())
    pdf = export_pdf(doc, tmp_path / "report.pdf", lang=lang)
    sheets = check_pages(pdf)
    assert rendered(pdf, tmp_path) == len(sheets)
    part_b = "Deel B" if lang == "nl" else "Part B"
    owners = "Trekkers" if lang == "nl" else "Owners"
    figure_pages = [p for p in sheets if part_b in p.text and owners in p.text]
    for vc in doc["value_chain"]:  # every lane of every value chain is on one of its pages
        mine = " ".join(p.text for p in figure_pages if vc["name"].split()[-1] in p.text)
        for lane in (ln for ln in doc["lane"] if ln.get("value_chain_id") == vc["id"]):
            assert lane["name"].split()[0] in mine, f"lane {lane['name']!r} of {vc['name']!r} missing"
    for p in figure_pages:  # each piece repeats the time axis and the legend
        assert "2030" in p.text and owners in p.text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_demo_monitoring_report_pages_are_readable(tmp_path, lang):
    doc = load_json(demo_json())
    pdf = write_pdf(build_monitoring_report(doc, lang, TODAY), tmp_path / "monitoring.pdf")
    sheets = check_pages(pdf)
    assert rendered(pdf, tmp_path) == len(sheets)
    text = " ".join(p.text for p in sheets)
    for kpi in doc["kpi"]:  # every KPI's name is printed (the overview may wrap it)
        assert kpi["name"].split()[0] in text


@pytest.mark.slow
@pytest.mark.parametrize("n", [300, 1000])
def test_generated_report_pages_are_readable(tmp_path, n):
    doc = hard_document(n)
    pdf = export_pdf(doc, tmp_path / "report.pdf", lang="en")
    sheets = check_pages(pdf)
    text = " ".join(p.text for p in sheets)
    assert "Controlchars" in text and "Zorgrobot 🤖" in text and "智能护理平台" in text and "✅" in text
    monitoring = write_pdf(build_monitoring_report(doc, "en", TODAY), tmp_path / "monitoring.pdf")
    check_pages(monitoring)
