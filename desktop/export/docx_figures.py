"""Figures in the Word report: a PNG at print resolution, sized to the page, with a
numbered caption (a SEQ field, so Word's "Insert Table of Figures" finds it). A wide
figure gets a landscape section of its own when that shows it markedly larger, the same
rule as the PDF."""

from __future__ import annotations

from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.image import Image as DocxImage
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu

from desktop.export.document import Figure
from desktop.export.docx_page import MARGIN_BOTTOM, MARGIN_LR, MARGIN_TOP, PAGE_H, PAGE_W

CAPTION_ROOM = Cm(1.2)


def placement(w: float, h: float, margins: tuple[int, int, int, int] | None = None) -> tuple[bool, float]:
    """Where a figure of w × h (any unit) goes on an A4 page with `margins` (left, right,
    top, bottom in EMU; default the report's): (landscape page?, EMU per unit)."""
    if margins is None:
        margins = (MARGIN_LR, MARGIN_LR, MARGIN_TOP, MARGIN_BOTTOM)
    left, right, top, bottom = margins
    w, h = max(w, 1), max(h, 1)
    text_w, text_h = PAGE_W - left - right, PAGE_H - top - bottom
    wide_w, wide_h = PAGE_H - left - right, PAGE_W - top - bottom - CAPTION_ROOM
    portrait = min(text_w / w, text_h * 0.75 / h)
    wide = min(wide_w / w, wide_h / h)
    landscape = wide > portrait * 1.25
    return landscape, wide if landscape else portrait


def print_dpi(width_pt: float, height_pt: float, dpi: float = 300) -> float:
    """The resolution at which to render a visual of width_pt × height_pt points so that,
    at the size it is printed in the Word report, it has `dpi` pixels per inch."""
    _, emu_per_pt = placement(width_pt, height_pt)
    printed_in = width_pt * emu_per_pt / 914400
    return dpi * printed_in / (width_pt / 72) if width_pt > 0 else dpi


def add_figure(writer, f: Figure) -> str:
    """Append figure `f` to the writer's document. Returns "" when it has no image,
    "inline" when it sits in the text, "page" when it got a landscape page (the
    document then continues on a fresh portrait page)."""
    if not f.image or not Path(f.image).is_file():
        return ""
    doc = writer.doc
    image = DocxImage.from_file(str(f.image))
    w, h = max(image.px_width, 1), max(image.px_height, 1)
    sec = doc.sections[-1]
    landscape, scale = placement(w, h, (sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin))
    if landscape:
        _new_section(doc, landscape=True)
    doc.add_picture(str(f.image), width=Emu(int(w * scale)), height=Emu(int(h * scale)))
    pic = doc.paragraphs[-1]
    pic.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pic.paragraph_format.keep_with_next = True
    caption = writer.para(doc, "Caption")
    if f.number and f.label:
        caption.add_run(f"{f.label} ")
        _seq_field(caption, f.label, f.number)
        caption.add_run(f" – {f.caption}")
    else:
        caption.add_run(f.caption)
    if landscape:
        _new_section(doc, landscape=False)
        return "page"
    return "inline"


def _new_section(doc, *, landscape: bool) -> None:
    """Start a new page in a new section, landscape or portrait A4, same margins; the
    running header and page-number footer carry over (linked to the previous section)."""
    prev = doc.sections[-1]
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = (PAGE_H, PAGE_W) if landscape else (PAGE_W, PAGE_H)
    for attr in ("left_margin", "right_margin", "top_margin", "bottom_margin", "header_distance",
                 "footer_distance"):
        setattr(sec, attr, getattr(prev, attr))
    sec.different_first_page_header_footer = False


def _seq_field(paragraph, label: str, number: int) -> None:
    """A complex SEQ field whose cached result is `number`."""
    def run_with(el) -> None:
        r = OxmlElement("w:r")
        r.append(el)
        paragraph._p.append(r)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" SEQ {label} \\* ARABIC "
    run_with(instr)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    t = OxmlElement("w:t")
    t.text = str(number)
    run_with(t)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)
