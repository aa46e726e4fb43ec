"""Characters DejaVu Sans lacks (emoji, symbols, Chinese) are drawn from the bundled
fallback fonts in every output: the PDF keeps them as real text in its text layer, the
PNG renderer (which the DOCX figures and the canvas share) draws glyphs, not empty boxes."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from desktop.domain.visuals.visual import Text, Visual
from desktop.export.fonts import CJK, FONT, SYMBOLS, font_runs, word_width
from desktop.export.pdf.poster import export_poster

HARD = "Pilot 🤖 ✅ 智能护理 ⚠ Café"
NO_GLYPH = "\ue000\ue001\ue002"  # private use: no bundled font has these (drawn as boxes)


def figure(text: str, width: float = 300) -> Visual:
    v = Visual(width, 60, "t")
    v.add(Text(10, 10, width - 20, 40, text, size=20))
    return v


def test_runs_pick_the_font_that_has_each_character():
    runs = font_runs(HARD, FONT)
    assert ("🤖", SYMBOLS) in runs and ("智能护理", CJK) in runs
    assert "".join(t for t, _ in runs) == HARD
    assert word_width("智能", FONT, 10) == pytest.approx(20, rel=0.05)  # measured in the CJK font


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_pdf_keeps_emoji_and_cjk_as_text(tmp_path):
    doc = {"roadmap": {"title": "Roadmap 🤖 智能"}, "value_chain": []}
    pdf = export_poster(doc, tmp_path / "p.pdf", visual="overview",
                        visuals={"overview": figure(HARD)})
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "🤖" in text and "智能护理" in text and "✅" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert SYMBOLS in fonts and CJK in fonts


def test_png_draws_glyphs_not_boxes(qapp):
    from desktop.export_ui.visual_png import render_image

    def pixels(text: str) -> bytes:
        img = render_image(figure(text), dpi=72)
        return bytes(img.constBits())[: img.sizeInBytes()]

    boxes = pixels(NO_GLYPH[:1])
    for ch in ("🤖", "✅", "智"):
        assert pixels(ch) != boxes, f"{ch!r} is drawn as an empty box"
    assert pixels("🤖") != pixels("智")


ARABIC = "منصة الرعاية الذكية"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_pdf_sets_arabic_joined_and_right_to_left(tmp_path):
    import unicodedata

    pdf = export_poster({"roadmap": {"title": "R"}, "value_chain": []}, tmp_path / "p.pdf",
                        visual="overview", visuals={"overview": figure(f"Pilot {ARABIC} 2030", 900)})
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # joined: the letters are drawn in their contextual (presentation) forms
    assert any("\ufe70" <= ch <= "\ufefc" for ch in raw)
    # ordered: poppler reads the drawn glyphs back in logical order only when they were
    # drawn right to left (glyphs drawn in stored order come back reversed)
    assert ARABIC in unicodedata.normalize("NFKC", raw).replace("\u202b", "").replace("\u202c", "")


def test_png_keeps_a_status_marker_at_the_left_of_an_arabic_title(qapp):
    from desktop.export_ui.visual_png import render_image

    def image(text: str):
        return render_image(figure(text), dpi=72)

    def ink_columns(img) -> list[int]:
        return [x for x in range(img.width()) if any(img.pixelColor(x, y).lightness() < 128
                                                     for y in range(img.height()))]

    bang = ink_columns(image("!"))
    marked = ink_columns(image(f"! {ARABIC}"))
    assert marked[0] == bang[0], "the marker is not where a left-to-right line starts"


def test_deck_takes_control_characters_and_hard_text(tmp_path, qapp):
    import zipfile

    from hard_roadmap import hard_document

    from desktop.presentation.deck import export_deck

    doc = hard_document(60)
    doc["roadmap"]["title"] = "Deck \x07 bell \x00 nul \x1b esc 🤖"
    for a in doc["action"][:5]:
        a["title"] = "Ctl\x0b\x0c " + a["title"]
    path = export_deck(doc, "en", tmp_path / "deck.pptx", dpi=40)
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        slides = " ".join(z.read(n).decode() for n in z.namelist() if n.startswith("ppt/slides/slide"))
    assert "智能护理平台" in slides and "🤖" in slides
    assert not any(c in slides for c in "\x00\x07\x0b\x0c\x1b")
