"""The render-neutral report: chapter structure, labels, empty sections, references."""

from __future__ import annotations

import json
import re

import pytest
from roadmap_sample import sample_document

from db.interchange import export_document
from db.store import RoadmapStore
from desktop.export import build_report
from desktop.export.report.document import Heading, Paragraph, Table, plain_text
from desktop.export.resources import resources_dir


def labels(lang: str) -> dict:
    return json.loads((resources_dir() / "i18n" / f"report_{lang}.json").read_text(encoding="utf-8"))


def headings(report, level: int) -> list[str]:
    return [b.display for b in report.blocks if isinstance(b, Heading) and b.level == level]


def all_text(report) -> str:
    out = []
    for b in report.blocks:
        if isinstance(b, Table):
            out += b.header + [plain_text(c) for row in b.rows for c in row]
        elif isinstance(b, (Heading, Paragraph)):
            out.append(b.display if isinstance(b, Heading) else b.text)
        elif hasattr(b, "items"):
            out += [i.text for i in b.items]
    return "\n".join(out)


@pytest.fixture(scope="module")
def doc():
    return sample_document()


def test_chapters_follow_the_method_in_order(doc):
    t = labels("nl")
    report = build_report(doc, "nl")
    assert headings(report, 1) == [f"1 {t['ch1']}", f"2 {t['ch2']}", f"3 {t['ch3']}", f"4 {t['ch4']}",
                                   f"5 {t['ch5']}", t["annex"]]
    h2 = headings(report, 2)
    assert h2[:5] == [f"1.{i} {t[k]}" for i, k in enumerate(
        ["ch1.coalition", "ch1.partners", "ch1.team", "ch1.decision", "ch1.application"], 1)]
    for prefix, keys in (("2", ["ch2.challenges", "ch2.visions", "ch2.opportunities", "ch2.selection"]),
                         ("3", ["ch3.indicators", "ch3.assessment"]),
                         ("4", ["ch4.value_chains", "ch4.programmes", "coherence", "ch4.actions"])):
        from desktop.export.report.landscape import WORDS as LW
        t_or_l = {**t, "coherence": LW["nl"]["coherence"]}
        assert [h for h in h2 if h.startswith(prefix + ".")] == [
            f"{prefix}.{i} {t_or_l[k]}" for i, k in enumerate(keys, 1)]
    ch5 = [h for h in h2 if h.startswith("5.")]
    from desktop.export.report.funding import WORDS
    f = WORDS["nl"]
    assert ch5[0] == f"5.1 {t['ch5.mission']}" and ch5[-1] == f"5.14 {t['ch5.monitoring']}"
    assert ch5[-4:-1] == [f"5.11 {f['portfolio']}", f"5.12 {f['leverage']}", f"5.13 {f['kpi_years']}"]
    annexes = [h for h in h2 if h.startswith(t["report.annex"])]
    assert [a.split(" – ")[1] for a in annexes] == [t["annex.indicators"], f["indicator_annex"]] + [
        t[k] for k in ("annex.actions", "annex.kpis")] + [f["kpi_year_annex"], f["portfolio_annex"]] + [
        t[k] for k in ("annex.risks", "annex.stakeholders", "annex.commitments")] + [f["matrix"]]
    kinds = [type(b).__name__ for b in report.blocks[:4]]
    assert kinds == ["TitlePage", "PageBreak", "TableOfContents", "PageBreak"]


def test_english_labels(doc):
    t = labels("en")
    report = build_report(doc, "en")
    assert headings(report, 1)[0] == f"1 {t['ch1']}" == "1 Introduction"
    text = all_text(report)
    assert "Owner" in text and "Trekker" not in text  # catalogue labels in English too
    assert "Nulmeting" not in text and "Baseline" in text
    assert "Demonstrator 10 MW" in text  # the roadmap's own text as written


def test_references_resolve_to_names(doc):
    report = build_report(doc, "nl")
    text = all_text(report)
    assert "Electrolyzer Startup NV" in text and "ELS" in text
    assert "D2 Meer elektrolysecapaciteit" in text  # objective named in the contributions table
    ids = {row["id"] for name, rows in doc.items() if isinstance(rows, list) for row in rows}
    for table in (b for b in report.blocks if isinstance(b, Table)):
        for row in table.rows:
            for c in row:
                assert plain_text(c).strip() not in ids


def test_empty_sections_are_omitted_or_marked(doc):
    t = labels("nl")
    doc = json.loads(json.dumps(doc))
    doc["risk"] = []
    doc["roadmap"]["mission"] = None
    lean = build_report(doc, "nl")
    assert not any(t["ch5.risks"] in h or t["ch5.mission"] in h for h in headings(lean, 2))
    assert t["report.not_filled"] not in all_text(lean)
    full = build_report(doc, "nl", include_empty=True)
    h2 = headings(full, 2)
    assert any(h.endswith(t["ch5.risks"]) for h in h2) and "5.1 Missie" in h2
    i = next(k for k, b in enumerate(full.blocks) if isinstance(b, Heading) and b.text == t["ch5.risks"])
    assert full.blocks[i + 1].style == "empty" and full.blocks[i + 1].text == t["report.not_filled"]


def test_empty_roadmap():
    store = RoadmapStore.memory()
    doc = export_document(store)
    store.close()
    assert headings(build_report(doc, "en"), 1) == []
    marked = build_report(doc, "en", include_empty=True)
    assert len(headings(marked, 1)) == 6
    assert all_text(marked).count("Not yet filled in") > 20


def test_figures_are_placeholders_with_keys(doc, tmp_path):
    from visual_sample import all_visuals

    assert build_report(doc, "nl").figures() == []  # nothing to show: no figure at all
    visuals = all_visuals(doc, "nl")
    report = build_report(doc, "nl", visuals=visuals)
    figs = report.figures()
    assert [f.key for f in figs] == ["overview", "value_chain:vc1"]
    assert all(f.image is None and f.visual is visuals[f.key] for f in figs)
    assert [f.number for f in figs] == [1, 2] and figs[0].display_caption.startswith("Figuur 1 – ")
    png = tmp_path / "b.png"
    png.write_bytes(b"png")
    only_b = build_report(doc, "en", figures={"value_chain:vc1": png, "overview": tmp_path / "missing.png"})
    assert [(f.key, f.number, f.image) for f in only_b.figures()] == [("value_chain:vc1", 1, png)]
    assert only_b.figures()[0].display_caption.startswith("Figure 1 – ")


def test_unknown_language_is_refused(doc):
    with pytest.raises(ValueError):
        build_report(doc, "fr")


def test_i18n_key_parity():
    nl, en = labels("nl"), labels("en")
    assert set(nl) == set(en)
    for key in nl:
        assert nl[key].strip() and en[key].strip(), key
        assert set(re.findall(r"\{\w+\}", nl[key])) == set(re.findall(r"\{\w+\}", en[key])), key


def test_every_label_used_by_the_code_exists():
    source = "\n".join(p.read_text(encoding="utf-8")
                       for p in (resources_dir().parent / "desktop" / "export").rglob("*.py"))
    used = set(re.findall(r'c\.t\("([\w.]+)"', source))
    assert used and used <= set(labels("nl"))


def test_export_package_is_qt_free():
    import subprocess
    import sys

    code = ("import sys, desktop.export, desktop.export.docx.writer, desktop.export.pdf.writer; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]; "
            "assert not bad, bad")
    root = resources_dir().parent
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)
