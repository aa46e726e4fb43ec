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


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_wrapped_arabic_paragraph_keeps_its_line_order(tmp_path):
    """A wrapped all-Arabic paragraph in the report: wrapped in reading order, each line
    then drawn right to left, right-aligned. Reordering the whole paragraph before
    wrapping put its last words on the first line."""
    import re

    from pdf_pages import pages

    from desktop.export.pdf.writer import write_pdf
    from desktop.export.report.document import Heading, Paragraph, Report, Run

    n = 120
    text = " ".join(f"الرعاية{i}" for i in range(1, n + 1))
    pdf = write_pdf(Report("T", "A", "en", [Heading(1, "Arabic"), Paragraph([Run(text)]),
                                            Paragraph([Run("Mixed " + text[:400]), Run(" عريض", bold=True)])]),
                    tmp_path / "ar.pdf")
    page = next(p for p in pages(pdf) if "Arabic" in p.text)
    top_of = page.words[[w[4] for w in page.words].index("Mixed")][1]
    boxes = {}
    for x0, y0, x1, _y1, word in page.words:
        m = re.search(r"\d+", word)
        if m and y0 < top_of - 1:
            boxes[int(m.group())] = (x0, y0, x1)
    assert sorted(boxes) == list(range(1, n + 1)), "a word is missing from the text layer"
    lines = sorted({round(b[1]) for b in boxes.values()})
    assert len(lines) >= 5, "the paragraph did not wrap"
    for i in range(1, n):
        (ax0, ay, _), (bx0, by, _) = boxes[i], boxes[i + 1]
        assert round(ay) <= round(by), f"word {i + 1} is on a line above word {i}"
        if round(ay) == round(by):
            assert bx0 < ax0, f"word {i + 1} is not left of word {i} on their line"
    right = max(b[2] for b in boxes.values())
    for y in lines:  # right-aligned: every line starts at the right edge
        assert max(b[2] for b in boxes.values() if round(b[1]) == y) == pytest.approx(right, abs=2)
    import unicodedata  # the bold run of the mixed paragraph is there (word boxes are in drawn order)

    assert "عريض"[::-1] in unicodedata.normalize("NFKC", page.text)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_arabic_paragraph_over_several_pages_reads_in_order(tmp_path):
    """Split at a page end, each part still reorders its own lines (once)."""
    import re

    from pdf_pages import pages

    from desktop.export.pdf.writer import write_pdf
    from desktop.export.report.document import Heading, Paragraph, Report, Run

    n = 1500
    text = " ".join(f"الرعاية{i}" for i in range(1, n + 1))
    pdf = write_pdf(Report("T", "A", "en", [Heading(1, "Arabic"), Paragraph([Run(text)])]), tmp_path / "ar.pdf")
    sheets = pages(pdf)
    read = []
    for p in sheets:
        lines: dict[int, list[tuple[float, int]]] = {}
        for x0, y0, _, _, word in p.words:
            m = re.search(r"\d+", word)
            if m and not word.isascii():
                lines.setdefault(round(y0), []).append((-x0, int(m.group())))
        read += [k for y in sorted(lines) for _, k in sorted(lines[y])]  # top down, right to left
    assert len([p for p in sheets if not p.text.isascii()]) >= 3
    assert read == list(range(1, n + 1))


def _ink(pdf, word: str, page: int = 1, dpi: int = 200) -> list[int]:
    """Dark pixels inside each box of `word` on `page`, rendered by poppler."""
    from pdf_pages import pages

    boxes = [w for w in pages(pdf)[page - 1].words if w[4] == word]
    assert boxes, f"{word!r} not in the text layer"
    raw = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), str(pdf)],
                         capture_output=True, check=True).stdout
    head, rest = raw.split(b"\n", 1)  # PGM: P5, width height, maxval, then pixels
    dims, rest = rest.split(b"\n", 1)
    _, pixels = rest.split(b"\n", 1)
    w_px, _ = map(int, dims.split())
    k = dpi / 72
    out = []
    for x0, y0, x1, y1, _ in boxes:
        out.append(sum(1 for y in range(int(y0 * k), int(y1 * k) + 1) for x in range(int(x0 * k), int(x1 * k) + 1)
                       if pixels[y * w_px + x] < 128))
    return out


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils missing")
def test_bold_text_in_a_fallback_font_prints_bold(tmp_path):
    """Neither fallback font has a bold face: bold Chinese and emoji are emboldened (filled
    and outlined), in report paragraphs and headings and in figures, so they carry more ink
    than the same characters set regular."""
    from desktop.export.pdf.writer import write_pdf
    from desktop.export.report.document import Heading, Paragraph, Report, Run

    pdf = write_pdf(Report("T", "A", "en", [
        Heading(1, "Kop 智能护理 🤖"),
        Paragraph([Run("Regular 智能护理 🤖")]), Paragraph([Run("Bold 智能护理 🤖", bold=True)]),
        Paragraph([Run("Regular 智能护理 🤖", italic=True)])]), tmp_path / "b.pdf")
    page = next(i for i, p in enumerate(__import__("pdf_pages").pages(pdf), 1) if "Kop" in p.text)
    heading, regular, bold, italic = _ink(pdf, "智能护理", page)
    assert bold > 1.15 * regular and bold > 1.15 * italic, (regular, bold, italic)
    robot_heading, robot_regular, robot_bold, _ = _ink(pdf, "🤖", page)
    assert robot_bold > 1.1 * robot_regular, (robot_regular, robot_bold)

    v = Visual(400, 120, "t")
    v.add(Text(10, 10, 380, 40, "Regular 智能护理 🤖", size=20),
          Text(10, 60, 380, 40, "Bold 智能护理 🤖", size=20, bold=True))
    poster = export_poster({"roadmap": {"title": "R"}, "value_chain": []}, tmp_path / "p.pdf",
                           visual="overview", visuals={"overview": v})
    regular, bold = _ink(poster, "智能护理", dpi=100)
    assert bold > 1.15 * regular, (regular, bold)


@pytest.mark.parametrize("size", [7.5, 8.5, 9.0])
@pytest.mark.parametrize("bold", [False, True])
def test_png_text_is_as_wide_as_it_was_measured(qapp, size, bold):
    """Layouts wrap and place text with the PDF's metrics; the PNG renderer must paint it
    that wide. Qt rounds a font's pixel size, so 7.5 and 8.5 pt once came out 6 % wider
    and ran past the edges of their boxes (cut chart titles in the Word reports)."""
    from desktop.domain.visuals.textmetrics import text_width
    from desktop.export_ui.visual_png import render_image

    text = "Lopende c-SBO-, ICON- en COOCK-projecten met minstens drie ondernemingen"
    measured = text_width(text, size, bold=bold)
    v = Visual(measured + 60, 30, "t")
    v.add(Text(0, 0, measured + 60, 30, text, size=size, bold=bold))
    dpi = 150.0
    img = render_image(v, dpi=dpi)
    dark = [x for x in range(img.width()) if any(img.pixelColor(x, y).lightness() < 128
                                                  for y in range(0, img.height(), 2))]
    painted = (max(dark) + 1) * 72 / dpi
    assert painted == pytest.approx(measured, rel=0.02)


def test_a_table_line_wholly_in_a_fallback_font_is_drawn_in_it(tmp_path):
    """A narrow cell wraps "Waardeketen 2 智能护理平台 试点项目" so that a line holds only
    Chinese: that line was drawn in DejaVu Sans (empty boxes, no text in the PDF)."""
    from desktop.export.pdf.writer import write_pdf
    from desktop.export.report.document import Report, Table

    t = Table(["Code", "Actie", "Waardeketen, laag, programma", "Trekker", "Planning"],
              [["", "Actie 1", "Waardeketen 2 智能护理平台 试点项目\nScience", "Café", "2026"]],
              [0.08, 0.4, 0.2, 0.16, 0.16])
    pdf = write_pdf(Report("T", "R", "nl", [t]), tmp_path / "t.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "智能护理平台" in text and "试点项目" in text


def test_layout_measures_symbols_at_least_as_wide_as_they_are_drawn():
    """The Qt-free layout wraps labels with its own width table; a symbol it measured
    narrower than the renderer draws it made the renderer elide the line and drop the
    symbol ("Zorgrobot 🤖 voor thuis…" on the 300-action poster). A combining accent
    adds no width."""
    from desktop.domain.visuals.textmetrics import text_width
    from desktop.export.fonts import BOLD
    from desktop.export.graphics.textfit import elide

    for code in range(0x2190, 0x2C00):
        for bold, font in ((False, FONT), (True, BOLD)):
            assert text_width(chr(code), 10, bold) >= word_width(chr(code), font, 10) - 1e-6, hex(code)
    assert text_width("Cafe\u0301", 10) == pytest.approx(text_width("Cafe", 10))
    label = "Zorgrobot 🤖 voor thuis ✅"
    assert elide(label, FONT, 7, text_width(label, 7)) == label
