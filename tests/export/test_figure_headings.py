"""The headings right before a figure that gets pages of its own (landscape A4 / A3) go
onto the figure's first page, in the PDF and the Word report alike, instead of standing
alone at the foot (or as the only content) of a portrait page."""

from __future__ import annotations

import shutil

import pytest
from pdf_pages import pages

from desktop.domain.visuals.visual import Rect, Text, Visual
from desktop.export.report.document import Figure, Heading, PageBreak, Paragraph, Report, Run
from desktop.export.report.figure_plan import HEADING_ROOM, PagedImages, carried_headings


def _wide_visual() -> Visual:
    """Too wide for the text column at a readable size: it gets a landscape page."""
    v = Visual(1400.0, 500.0, "wide")
    v.add(Rect(0, 0, 1400, 500, fill="#EEF2F7"))
    for k in range(10):
        v.add(Text(10 + 138 * k, 240, 130, 20, f"Lane{k}", size=8))
    return v


def _report(figure: Figure) -> Report:
    return Report("Headings travel", "test", "en", [
        Heading(1, "Current situation", "2"),
        Paragraph([Run("An introduction that ends the chapter before.")]),
        PageBreak(),
        Heading(2, "Paths", "3.1"),  # a section and a value chain with no text of their own
        Heading(3, "Value chains", "3.1.1"),
        figure,
        Paragraph([Run("The text after the figure.")]),
    ])


def test_the_last_headings_that_fit_the_room_are_carried():
    assert carried_headings([20.0, 30.0]) == 2
    assert carried_headings([40.0, 30.0]) == 1  # the last one fits; both do not
    assert carried_headings([HEADING_ROOM + 1]) == 0
    assert carried_headings([]) == 0


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_pdf_headings_share_the_landscape_page_with_their_figure(tmp_path):
    from desktop.export.pdf.writer import write_pdf

    pdf = write_pdf(_report(Figure("overview", "Overview", visual=_wide_visual())), tmp_path / "r.pdf")
    sheets = pages(pdf)
    heading_page = next(p for p in sheets if "Paths" in p.text)
    assert heading_page.width > heading_page.height  # landscape
    assert "Value chains" in heading_page.text and "Lane3" in heading_page.text
    for p in sheets:  # no page is left without content (a stray page break)
        assert any(w[4] not in ("Headings", "travel") and not w[4].isdigit() and w[4] not in ("Page", "of")
                   for w in p.words), f"page {p.number} is empty"
    assert len(sheets) == 3  # intro, figure with its headings, the text after


def test_docx_headings_move_past_the_section_break(tmp_path):
    import docx
    from docx.oxml.ns import qn
    from PIL import Image

    from desktop.export.docx.writer import write_docx

    png = tmp_path / "piece.png"
    Image.new("RGB", (140, 50), (10, 80, 160)).save(png)
    figure = Figure("overview", "Overview", image=PagedImages("wide", ((png, 700.0, 300.0),)))
    d = docx.Document(str(write_docx(_report(figure), tmp_path / "r.docx")))
    body = list(d.element.body)
    breaks = [i for i, el in enumerate(body) if el.tag == qn("w:p") and el.find(f".//{qn('w:sectPr')}") is not None]
    first_break = breaks[0]  # the end of the portrait section
    texts = ["".join(t.text or "" for t in el.iter(qn("w:t"))) for el in body]
    paths, chains = texts.index("3.1 Paths"), texts.index("3.1.1 Value chains")
    drawing = next(i for i, el in enumerate(body) if el.find(f".//{qn('w:drawing')}") is not None)
    assert first_break < paths < chains < drawing < breaks[1]
    page_breaks = [i for i, el in enumerate(body) if el.find(f".//{qn('w:br')}") is not None]
    assert all(i != first_break - 1 for i in page_breaks)  # no empty page before the landscape one


def test_docx_value_chain_heading_goes_onto_its_part_b_page(tmp_path):
    """A value chain with no description: in the Word report its heading sits on the first
    landscape page of its Part B figure (the figure's pieces are planned with room for it)."""
    import docx
    from docx.oxml.ns import qn
    from PIL import Image

    from db.interchange import load_json
    from desktop.domain.paths import demo_json
    from desktop.export import export_docx
    from desktop.export.graphics.visuals import report_visuals
    from desktop.export.job import report_pngs

    def png(visual, path, dpi, *, palette=False, scratch=False):
        Image.new("RGB", (8, 8), (10, 80, 160)).save(path)
        return path

    doc = load_json(demo_json())
    vc = doc["value_chain"][1]
    vc["description"] = ""
    pngs = report_pngs(doc, report_visuals(doc, "nl"), tmp_path, png)
    d = docx.Document(str(export_docx(doc, tmp_path / "r.docx", lang="nl", figures=pngs)))
    body = list(d.element.body)
    texts = ["".join(t.text or "" for t in el.iter(qn("w:t"))) for el in body]
    at = next(i for i, t in enumerate(texts) if t.endswith(vc["name"]) and body[i].find(f".//{qn('w:pStyle')}")
              is not None and body[i].find(f".//{qn('w:pStyle')}").get(qn("w:val")).startswith("Heading"))
    section_ends = [i for i, el in enumerate(body) if el.find(f".//{qn('w:sectPr')}") is not None]
    drawing = next(i for i in range(at, len(body)) if body[i].find(f".//{qn('w:drawing')}") is not None)
    assert any(i < at for i in section_ends)
    assert not any(at < i < drawing for i in section_ends)  # the heading and the picture share a page
    assert max(i for i in section_ends if i < at) == at - 1  # right after the portrait section's end


def test_docx_no_empty_portrait_section_between_two_landscape_figures(tmp_path):
    """Headings between two figures with pages of their own: moved onto the second figure's
    page, they leave no empty portrait section (an empty page) behind."""
    import docx
    from docx.oxml.ns import qn
    from PIL import Image

    from desktop.export.docx.writer import write_docx

    png = tmp_path / "piece.png"
    Image.new("RGB", (140, 50), (10, 80, 160)).save(png)

    def figure(key):
        return Figure(key, key, image=PagedImages("wide", ((png, 700.0, 300.0),)))

    report = Report("Two figures", "test", "en", [
        Heading(1, "Paths", "3"), Paragraph([Run("Intro.")]), figure("overview"),
        Heading(2, "Value chains", "3.1"), Heading(3, "Digital care", "3.1.1"), figure("value_chain:x"),
        Paragraph([Run("After.")])])
    d = docx.Document(str(write_docx(report, tmp_path / "r.docx")))
    body = list(d.element.body)
    ends = [i for i, el in enumerate(body) if el.tag == qn("w:p") and el.find(f".//{qn('w:sectPr')}") is not None]
    for a, b in zip(ends, ends[1:]):  # every section holds something
        assert b - a > 1, f"an empty section between body elements {a} and {b}"
    orientations = [s.orientation for s in d.sections]
    assert len(d.sections) == 4  # portrait, landscape (figure 1), landscape (headings + figure 2), portrait
    assert orientations[1] == orientations[2] != orientations[0]
