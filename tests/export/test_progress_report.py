"""The yearly progress report of the demo: every chapter, the revision comparison, the CLI."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from db.interchange import import_document, load_json
from desktop.cli import main as cli
from desktop.domain import funding as F
from desktop.domain.paths import demo_json
from desktop.export.report.document import BulletList, Heading
from desktop.export.report.progress import build_progress_report, revision_before


@pytest.fixture(scope="module")
def demo():
    return load_json(demo_json())


def test_demo_progress_report_has_every_chapter_and_real_figures(demo):
    r = build_progress_report(demo, 2026, "en", visuals={})
    h1 = [b.display for b in r.blocks if isinstance(b, Heading) and b.level == 1]
    assert h1[:6] == ["1 Summary", "2 KPIs: target and result 2026", "3 Project portfolio",
                      "4 Leverage and co-financing", "5 Commitments", "6 Execution of the actions"]
    assert h1[6].startswith("7 Changes since ‘Roadmap 1.0")
    text = "\n".join([getattr(b, "text", "") for b in r.blocks]
                     + [i.text for b in r.blocks if isinstance(b, BulletList) for i in b.items])
    lights = F.on_track_per_year(demo)[2026]
    assert f"KPIs 2026: {lights['met']} met, {lights['close']} narrowly missed, {lights['missed']} missed" in text
    assert F.ratio_text(F.leverage(demo).total.leverage, "en") in text


def test_revision_is_the_newest_named_one_before_the_year(demo):
    assert revision_before(demo, 2026).name.startswith("Roadmap 1.0")
    assert revision_before(demo, 2025) is None


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_cli_progress_report(tmp_path, capsys, demo):
    road = tmp_path / "demo.roadmap"
    import_document(demo, road).close()
    pdf = tmp_path / "p.pdf"
    assert cli(["progress-report", str(road), "--year", "2026", "--pdf", str(pdf), "--lang", "en"]) == 0
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Progress report 2026" in text and "Signed in 2026" in text
    assert cli(["progress-report", str(road), "--year", "2026"]) == 1
    assert "--docx" in capsys.readouterr().err


def test_kpi_charts_follow_the_yearly_targets_and_give_the_tables_verdict(demo):
    """A chart of a KPI with yearly targets draws its plan through them (not a straight line
    from baseline to target) and its legend gives the verdict of the year, as the KPI table."""
    import datetime as dt

    from desktop.domain.visuals.visual import Diamond, Text
    from desktop.export.report.progress import figure_visuals

    today = dt.date(2026, 12, 4)
    figures = figure_visuals(demo, "en", today, 2026)
    assert figures
    texts = [i.text for v in figures.values() for i in v.items if isinstance(i, Text)]
    small = [i for v in figures.values() for i in v.items if isinstance(i, Diamond) and i.r < 3]
    labels = F.YEAR_LABEL["en"]
    measured = {m["kpi_id"] for m in demo["kpi_measurement"]}
    charted = [k for k in demo["kpi"] if k["id"] in measured and F.yearly_targets(demo, k["id"])]
    assert len(charted) >= 8
    for k in charted:
        light = F.kpi_year(demo, k, 2026).light
        assert f"2026: {labels[light]}" in texts
    assert len(small) == sum(len(F.yearly_targets(demo, k["id"])) for k in charted)
    assert "yearly targets" in texts


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_heading_is_left_empty_when_the_roadmap_has_no_projects_or_commitments(lang):
    """A roadmap without projects, commitments or programmes (the generated 300-action one):
    every section still says so in a line, instead of a heading followed by the next heading."""
    from desktop.export.report.document import Paragraph
    from tests.generate import generate_document

    doc = generate_document(20)
    for entity in ("project", "commitment", "programme"):
        doc[entity] = []
    r = build_progress_report(doc, 2026, lang, visuals={})
    blocks = [b for b in r.blocks if isinstance(b, (Heading, Paragraph)) or hasattr(b, "rows") or hasattr(b, "items")]
    for here, after in zip(blocks, blocks[1:] + [None]):
        if isinstance(here, Heading) and (after is None or isinstance(after, Heading)):
            assert after is not None and after.level > here.level, f"empty section: {here.display}"
