"""Posters read the way a reader sees them: every page carries its title, time axis,
every lane and the legend, fills the sheet, and sets no text under 7 pt (word boxes
from the PDF itself)."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from hard_roadmap import hard_document
from pdf_pages import pages

from db.interchange import load_json
from desktop.domain.paths import demo_json
from desktop.export.pdf.poster import export_poster
from tests.generate import generate_document

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
POSTER_MIN_PT = 7.0


def check_poster(doc: dict, pdf, lang: str) -> list:
    sheets = pages(pdf)
    assert sheets, "no pages"
    first_largest = sheets[0].largest
    for p in sheets:
        left, top, right, bottom = p.extent()
        assert p.smallest >= POSTER_MIN_PT, f"page {p.number}: text of {p.smallest:.1f} pt"
        assert top < 0.1, f"page {p.number}: text starts at {top:.0%} of the height"
        assert bottom > 0.9, f"page {p.number}: text ends at {bottom:.0%} of the height"
        figure_bottom = max(d for _, _, _, d, _ in p.words if d < 0.95 * p.height) / p.height
        assert figure_bottom >= 0.7, f"page {p.number}: the figure fills only {figure_bottom:.0%} of the sheet"
        assert left >= 0 and right <= 1 and top >= 0, f"page {p.number}: text off the sheet"
        assert p.largest >= 0.6 * first_largest, f"page {p.number}: no title-sized text"
        part_b, owners = ("Deel B", "Trekkers") if lang == "nl" else ("Part B", "Owners")
        legend_a = "draagt bij aan" if lang == "nl" else "contributes to"
        if part_b in p.text:  # a Part B page: its legend and its time axis
            assert owners in p.text and "2030" in p.text, f"page {p.number}: legend or axis missing"
        else:
            assert legend_a in p.text, f"page {p.number}: Part A legend missing"
            plan_rows_are_named(p, doc, lang)
    return sheets


def plan_rows_are_named(p, doc: dict, lang: str) -> None:
    """On a Part A sheet with the action plan, the first words left of the time axis,
    right under its years, name a value chain: a sheet that goes on with a chain's rows
    names it."""
    first, second = ("Actieplan", "en") if lang == "nl" else ("Action", "plan")
    words = p.words
    at = next((i for i in range(len(words) - 1) if words[i][4] == first and words[i + 1][4] == second), None)
    if at is None:
        return
    head_bottom = words[at][3]
    years = [w for w in words if w[4].isdigit() and len(w[4]) == 4 and head_bottom < w[1] < head_bottom + 60]
    assert years, f"page {p.number}: the plan has no time axis"
    axis_left = min(w[0] for w in years)
    years_bottom = max(w[3] for w in years)
    left = [w for w in words if w[2] < axis_left and w[1] > years_bottom]
    assert left, f"page {p.number}: no value chain named in the plan"
    line_top = min(w[1] for w in left)  # the first line (a symbol's box may sit a little higher)
    top = min((w for w in left if w[1] < line_top + 4), key=lambda w: w[0])
    starts = {f"{c.get('code') or ''} {c.get('name') or ''}".split()[0] for c in doc["value_chain"]}
    assert top[4] in starts, f"page {p.number}: the plan's first row is not named ({top[4]!r})"
    year_h = max(w[3] - w[1] for w in years)
    assert top[1] - years_bottom < 2 * year_h, f"page {p.number}: the plan's first row is not named"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_demo_poster_pages_are_complete(tmp_path, lang):
    doc = load_json(demo_json())
    pdf = export_poster(doc, tmp_path / "poster.pdf", lang=lang, today=dt.date(2026, 11, 23))
    sheets = check_poster(doc, pdf, lang)
    assert len(sheets) >= 1 + len(doc["value_chain"])
    for vc in doc["value_chain"]:
        mine = [p for p in sheets if vc["name"] in p.text and ("Deel B" in p.text or "Part B" in p.text)]
        assert mine, f"no poster page for {vc['name']}"
        text = " ".join(p.text for p in mine)
        for lane in (ln for ln in doc["lane"] if ln.get("value_chain_id") == vc["id"]):
            assert lane["name"].split()[0] in text, f"lane {lane['name']!r} missing"
    for p in sheets:
        assert doc["roadmap"]["title"] in p.text


@pytest.mark.slow
@pytest.mark.parametrize("n_actions", [300, 1000])
def test_generated_poster_pages_are_complete(tmp_path, n_actions):
    doc = generate_document(n_actions)
    pdf = export_poster(doc, tmp_path / "poster.pdf", lang="en", today=dt.date(2026, 11, 23))
    sheets = check_poster(doc, pdf, "en")
    # Part A is a fixed figure: it takes the fewest sheets that keep its text readable
    # (1,000 actions: 2 sheets, each filled; at the page width it took 3, each two-thirds empty)
    part_a = [p for p in sheets if "Part A" in p.text]
    assert part_a and len(part_a) <= 2


@pytest.mark.slow
def test_hard_text_poster_pages_are_complete(tmp_path):
    doc = hard_document(320)
    pdf = export_poster(doc, tmp_path / "poster.pdf", lang="nl", today=dt.date(2026, 11, 23))
    for p in check_poster(doc, pdf, "nl"):  # a label the layout fitted keeps its symbols
        assert "thuis…" not in p.text, f"page {p.number}: a label lost its ✅ to an ellipsis"
