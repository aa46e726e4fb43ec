"""The Word report: content, structure and Word features."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm
from roadmap_sample import sample_document, text_values
from text_check import missing_fields

from desktop.export import export_docx


def docx_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


@pytest.fixture(scope="module")
def sample():
    return sample_document()


@pytest.fixture(scope="module")
def written(sample, tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "rapport.docx"
    assert export_docx(sample, path) == path
    return docx.Document(str(path))


def test_every_text_field_appears(sample, written):
    assert missing_fields(text_values(sample), docx_text(written)) == []


def test_a4_styles_toc_and_page_numbers(written):
    sec = written.sections[0]
    assert abs(sec.page_width - Cm(21)) < Cm(0.01) and abs(sec.page_height - Cm(29.7)) < Cm(0.01)
    assert Cm(1.5) < sec.left_margin < Cm(3)
    h1 = [p.text for p in written.paragraphs if p.style.name == "Heading 1"]
    assert h1[0] == "1 Inleiding" and h1[-1] == "Bijlagen"
    assert any(p.style.name == "Heading 2" and p.text == "1.1 Coalitie en aanleiding"
               for p in written.paragraphs)
    body = written.element.body.xml
    assert 'TOC \\o "1-3" \\h \\z \\u' in body
    footer = sec.footer.paragraphs[0]._p.xml
    assert 'w:instr=" PAGE "' in footer and "NUMPAGES" in footer
    assert written.settings.element.find(qn("w:updateFields")) is not None


def test_tables_repeat_header_and_have_widths(written):
    assert len(written.tables) > 10
    for table in written.tables:
        first = table.rows[0]._tr
        assert first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None
        widths = [c.width for c in table.rows[0].cells]
        assert all(w and w > 0 for w in widths)
        assert abs(sum(widths) - Cm(16.6)) < Cm(0.1)


def test_core_properties(written):
    cp = written.core_properties
    assert cp.title == "Roadmap Waterstofregio Vlaanderen"
    assert cp.author == "Cluster H2 Vlaanderen"
    assert cp.language == "nl-BE"


def test_markdown_becomes_real_formatting(written):
    runs = [r for p in written.paragraphs for r in p.runs]
    assert any(r.text == "waterstofcluster" and r.bold for r in runs)
    assert any(r.text == "kennis" and r.italic for r in runs)
    assert not any("**" in r.text for r in runs)
    styles = {p.style.name for p in written.paragraphs}
    assert {"List Bullet", "List Number", "Heading 4"} <= styles


def test_english(sample, tmp_path):
    path = export_docx(sample, tmp_path / "report.docx", lang="en")
    d = docx.Document(str(path))
    h1 = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    assert h1 == ["1 Introduction", "2 Future visions and objectives", "3 Current situation", "4 Paths",
                  "5 Strategic action plan", "Annexes"]
    assert d.core_properties.language == "en-GB"


def test_figure_is_embedded_when_an_image_is_given(sample, tmp_path):
    from PIL import Image

    png = tmp_path / "overview.png"
    Image.new("RGB", (400, 200), "steelblue").save(png)
    path = export_docx(sample, tmp_path / "fig.docx", figures={"overview": png})
    d = docx.Document(str(path))
    assert len(d.inline_shapes) == 1
    assert any(p.style.name == "Caption" for p in d.paragraphs)


def test_control_characters_in_the_roadmap_do_not_stop_the_word_export(sample, tmp_path):
    """NUL, BEL, escape and U+FFFF cannot stand in a Word file: they are left out of it; the
    rest of the text, tabs and line breaks included, is written."""
    import copy

    doc = copy.deepcopy(sample)
    action = doc["action"][0]
    action["title"] = "Pilot\x00 met\x07 sensoren\x1b\uffff"
    doc["roadmap"]["title"] = "Roadmap\x0b 2026\x0c–2035"
    path = export_docx(doc, tmp_path / "control.docx")
    text = docx_text(docx.Document(str(path)))
    assert "Pilot met sensoren" in text
    for ch in "\x00\x07\x1b\x0b\x0c\uffff":
        assert ch not in text
    header = docx.Document(str(path)).sections[0].header
    assert any("Roadmap 2026–2035" in p.text for p in header.paragraphs)


def test_fonts_are_named_not_left_to_the_theme(written):
    """Body and headings name DejaVu Sans (Latin, complex scripts, East Asian); no style
    leaves its font to the template theme, whose Cambria LibreOffice replaced by a serif."""
    styles = written.styles.element
    defaults = styles.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts")[0]
    assert all(defaults.get(qn(f"w:{slot}")) == "DejaVu Sans" for slot in ("ascii", "hAnsi", "cs", "eastAsia"))
    themed = [f for f in styles.iter(qn("w:rFonts")) if f.get(qn("w:asciiTheme")) or f.get(qn("w:hAnsiTheme"))]
    assert themed == []
    for name in ("Normal", "Heading 1", "Heading 2", "Title"):
        fonts = written.styles[name].element.find(qn("w:rPr"))
        r_fonts = fonts.find(qn("w:rFonts")) if fonts is not None else None
        assert r_fonts is None or r_fonts.get(qn("w:ascii")) == "DejaVu Sans", name


def test_table_rows_do_not_split_and_only_the_header_repeats(written):
    for table in written.tables:
        rows = table.rows
        assert rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        for row in rows[1:]:
            tr_pr = row._tr.trPr
            assert tr_pr is None or tr_pr.find(qn("w:tblHeader")) is None  # repeated at page tops only
        short = [row for row in rows if len(" ".join(c.text for c in row.cells)) < 300]
        assert all(row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None
                   for row in short)


def test_figure_pages_each_get_their_own_image_and_placed_size(sample, tmp_path):
    """A figure cut over pages: every piece is its own image in the package, placed at the
    printed size the plan gave (the pictures are added without python-docx's duplicate
    search, which hashed every image again for each new one)."""
    from PIL import Image

    from desktop.export.report.figure_plan import PagedImages

    images = []
    for i in range(3):
        path = tmp_path / f"piece-{i}.png"
        Image.new("RGB", (40 + i, 30), (10 * i, 80, 160)).save(path)
        images.append((path, 600.0 + i, 400.0))
    path = export_docx(sample, tmp_path / "pages.docx", lang="en",
                       figures={"overview": PagedImages("wide", tuple(images))})
    d = docx.Document(str(path))
    blobs = [rel.target_part.blob for rel in d.part.rels.values() if "image" in rel.reltype]
    assert sorted(blobs) == sorted(p.read_bytes() for p, _, _ in images)
    shapes = list(d.inline_shapes)
    assert [round(s.width.pt, 1) for s in shapes] == [600.0, 601.0, 602.0]
    assert all(round(s.height.pt, 1) == 400.0 for s in shapes)
    ids = [s._inline.docPr.get("id") for s in shapes]
    assert len(set(ids)) == 3
