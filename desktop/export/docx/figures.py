"""Figures in the Word report: a PNG at print resolution, sized to the page, with a
numbered caption (a SEQ field, so Word's "Insert Table of Figures" finds it). A wide
figure gets a landscape section of its own when that shows it markedly larger, the same
rule as the PDF."""

from __future__ import annotations

from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.image import Image as DocxImage
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.shared import Cm, Emu, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from desktop.export.docx.page import MARGIN_BOTTOM, MARGIN_LR, MARGIN_TOP, PAGE_H, PAGE_W
from desktop.export.docx.setup import HEADING_SIZES
from desktop.export.report.document import Figure
from desktop.export.report.figure_plan import HEADING_ROOM, Frames, PagedImages, carried_headings

A3_W = Cm(42.0)  # the long side of A3; its short side is A4's long side
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


def docx_frames() -> Frames:
    """The room for a figure on the Word report's pages (for `figure_plan.plan_figure`)."""
    caption = CAPTION_ROOM.pt
    text_w = Emu(PAGE_W - 2 * MARGIN_LR).pt
    text_h = Emu(PAGE_H - MARGIN_TOP - MARGIN_BOTTOM).pt
    wide = (Emu(PAGE_H - 2 * MARGIN_LR).pt, Emu(PAGE_W - MARGIN_TOP - MARGIN_BOTTOM).pt - caption)
    fold = (Emu(A3_W - 2 * MARGIN_LR).pt, Emu(PAGE_H - MARGIN_TOP - MARGIN_BOTTOM).pt - caption)
    return Frames(column=(text_w, text_h - caption), wide=wide, fold=fold)


def add_figure(writer, f: Figure) -> str:
    """Append figure `f` to the writer's document. Returns "" when it has no image,
    "inline" when it sits in the text, "page" when it got a landscape page (the
    document then continues on a fresh portrait page)."""
    if isinstance(f.image, PagedImages):
        return _add_pages(writer, f, f.image) if f.image.is_file() else ""
    if not f.image or not Path(f.image).is_file():
        return ""
    doc = writer.doc
    image = DocxImage.from_file(str(f.image))
    w, h = max(image.px_width, 1), max(image.px_height, 1)
    sec = doc.sections[-1]
    landscape, scale = placement(w, h, (sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin))
    if landscape:
        _new_section(doc, landscape=True)
        carry_headings(writer, _landscape_room(False) - h * scale / 12700)
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


def _caption(writer, f: Figure, part: str = "", first: bool = True) -> None:
    """The caption of a figure or of one of its pieces ("(2/3)"); only the first piece
    counts in Word's figure numbering (SEQ field), the others repeat the number."""
    caption = writer.para(writer.doc, "Caption")
    tail = f" {part}" if part else ""
    if f.number and f.label:
        caption.add_run(f"{f.label} ")
        if first:
            _seq_field(caption, f.label, f.number)
        else:
            caption.add_run(str(f.number))
        caption.add_run(f" – {f.caption}{tail}")
    else:
        caption.add_run(f"{f.caption}{tail}")


def _add_pages(writer, f: Figure, paged: PagedImages) -> str:
    """A figure planned over pieces (`figure_plan`): each piece at its printed size, in
    the text column or on landscape A4 / A3 fold-out pages of their own."""
    doc = writer.doc
    n = len(paged.images)
    if paged.kind != "column":
        _new_section(doc, landscape=True, paper="A3" if paged.kind == "fold" else "A4")
        carry_headings(writer, _landscape_room(paged.kind == "fold") - paged.images[0][2])
    for i, (path, w_pt, h_pt) in enumerate(paged.images, 1):
        pic = add_picture(doc, Path(path), Emu(int(Pt(w_pt))), Emu(int(Pt(h_pt))))
        pic.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pic.paragraph_format.keep_with_next = True
        _caption(writer, f, f"({i}/{n})" if n > 1 else "", first=i == 1)
        if paged.kind != "column" and i < n:
            doc.add_page_break()
    if paged.kind != "column":
        _new_section(doc, landscape=False)
        return "page"
    return "inline"


def heading_height(level: int, text: str, first: bool, width_pt: float) -> float:
    """About how tall a heading paragraph is on a landscape page (lines of 1.15 spacing, 6 pt
    after it; the space before it only when it is not the first on the page)."""
    size, before = HEADING_SIZES.get(level, (10.5, 8))
    per_line = max(int(width_pt / (0.6 * size)), 1)
    lines = max(1, -(-len(text) // per_line))
    return lines * size * 1.15 * 1.2 + 6 + (0 if first else before)


def _landscape_room(a3: bool) -> float:
    """The height in points of a landscape page's text frame less the caption (A3 landscape
    is as tall as A4 portrait)."""
    height = (PAGE_H if a3 else PAGE_W) - MARGIN_TOP - MARGIN_BOTTOM
    return Emu(height).pt - CAPTION_ROOM.pt


def carry_headings(writer, room: float) -> None:
    """Move the headings written right before the figure (the writer's `headings`) from the
    end of the portrait page to the top of the figure's new landscape page: the last
    paragraphs before the new section's first one that fit in `room` (points free above the
    first picture; at most HEADING_ROOM). The first one loses its space before (it is at the
    page top)."""
    heads = writer.headings
    width = Emu(PAGE_H - 2 * MARGIN_LR).pt
    n = carried_headings([heading_height(level, text, i == 0, width) for i, (_, level, text) in enumerate(heads)],
                         min(room, HEADING_ROOM))
    if not n:
        return
    section_end = anchor = writer.doc.element.body[-1].getprevious()  # ends the portrait section
    moved = [el for el, _, _ in heads[len(heads) - n:]]
    before = moved[0].getprevious()
    if before is not None and _only_page_break(before):  # it would leave an empty page
        before.getparent().remove(before)
    for el in moved:
        anchor.addnext(el)
        anchor = el
    DocxParagraph(moved[0], writer.doc).paragraph_format.space_before = Pt(0)
    before = section_end.getprevious()
    if before is None or before.find(f".//{qn('w:sectPr')}") is not None:
        # the portrait section held only these headings (say, between two landscape figures):
        # without them it would be an empty page, so it goes; they open the landscape section
        section_end.getparent().remove(section_end)
    writer.headings = []


def _only_page_break(el) -> bool:
    """True for a paragraph that holds nothing but a page break (`add_page_break`)."""
    if el.tag != qn("w:p") or el.xpath("./w:r/w:t"):
        return False
    brs = el.xpath("./w:r/w:br")
    return len(brs) == 1 and brs[0].get(qn("w:type")) == "page"


def add_picture(doc, path: Path, width: Emu, height: Emu):
    """A new paragraph at the end of `doc` holding the image file `path` at width x height:
    `Document.add_picture` without its search for an identical image already in the
    document, which hashes every image part again for each new one (2,000 actions: 95
    figure pages, 4,465 SHA-1s of whole PNGs). Each piece of a figure is a different image."""
    image = DocxImage.from_file(str(path))
    part = doc.part.package.image_parts._add_image_part(image)  # the next free media/imageN name
    rid = doc.part.relate_to(part, RT.IMAGE)
    cx, cy = image.scaled_dimensions(width, height)
    inline = CT_Inline.new_pic_inline(doc.part.next_id, rid, image.filename, cx, cy)
    paragraph = doc.add_paragraph()
    paragraph.add_run()._r.add_drawing(inline)
    return paragraph


def _new_section(doc, *, landscape: bool, paper: str = "A4") -> None:
    """Start a new page in a new section, landscape or portrait A4 (or landscape A3), same
    margins; the running header and page-number footer carry over (linked to the previous
    section)."""
    prev = doc.sections[-1]
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    long_side, short_side = (A3_W, PAGE_H) if paper == "A3" else (PAGE_H, PAGE_W)
    sec.page_width, sec.page_height = (long_side, short_side) if landscape else (PAGE_W, PAGE_H)
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
