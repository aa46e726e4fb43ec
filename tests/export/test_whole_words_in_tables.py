"""Table words stay whole: a compound breaks after its hyphens, and a table whose longest
words do not fit side by side is set up to a point smaller rather than cut inside a word
(the demo's KPI annex broke "Technologiecomponenten")."""

from __future__ import annotations

import docx
import pytest

from desktop.export.column_widths import (
    DOCX_CELLS,
    MAX_SHRINK,
    MIN_TABLE_PT,
    PDF_CELLS,
    fitted_cells,
    fitted_widths,
    pieces,
)
from desktop.export.fonts import register_fonts, text_width
from desktop.export.report.document import Paragraph, Report, Run, Table


def test_compounds_break_after_their_hyphens_only():
    assert pieces("ECOOM-publicatiedatabank") == ["ECOOM-", "publicatiedatabank"]
    assert pieces("(c-SBO-project),") == ["(c-", "SBO-", "project),"]
    assert pieces("Technologiecomponenten") == ["Technologiecomponenten"]
    assert pieces("2026-2035") == ["2026-2035"]  # numbers are not compounds
    assert pieces("a-b") == ["a-b"]  # too short, as in reportlab


def test_pdf_cells_wrap_a_compound_at_its_hyphen():
    from desktop.export.pdf.cells import wrap_text
    from desktop.export.pdf.writer import FONT

    register_fonts()
    lines = wrap_text("ECOOM-publicatiedatabank en projectrapportering", FONT, 8.5, 88)
    assert lines[:2] == ["ECOOM-", "publicatiedatabank"]
    assert "".join(lines).replace(" ", "") == "ECOOM-publicatiedatabankenprojectrapportering"
    assert wrap_text("a b c", FONT, 8.5, 500) == ["a b c"]


def _kpi_like(nulmeting: bool = True) -> Table:
    """The demo's KPI annex: five columns whose longest words need 504 pt at 8.5 pt in the
    PDF (the Word table, with its wider cell margins, without "Nulmeting": 472 pt at 9 pt)."""
    header = ["Naam", "Categorie", "Nulmeting", "Streefwaarde", "Verantwoordelijke"]
    row = [[Paragraph([Run("Technologiecomponenten op TRL 6 of hoger", bold=True)])],
           "technologiecomponenten en competenties", "1\xa0componenten (2025)",
           "10.000\xa0personen", "Deelnemersregistratie"]
    keep = [i for i in range(5) if nulmeting or i != 2]
    return Table([header[i] for i in keep], [[row[i] for i in keep]],
                 [0.34, 0.2, 0.14, 0.14, 0.18][: len(keep)], numeric=(2, 3) if nulmeting else (2,))


@pytest.mark.parametrize("cells, total", [(PDF_CELLS, 470.55), (DOCX_CELLS, 470.55)])
def test_a_table_is_set_smaller_so_that_its_words_fit(cells, total):
    t = _kpi_like(nulmeting=cells is PDF_CELLS)
    smaller = fitted_cells(t, total, cells)
    assert max(cells.cell_size - MAX_SHRINK, MIN_TABLE_PT) <= smaller.cell_size < cells.cell_size
    widths = fitted_widths(t, total, smaller)
    assert sum(widths) == pytest.approx(total)
    bold = text_width("Technologiecomponenten", smaller.cell_size, bold=True)
    plain = text_width("technologiecomponenten", smaller.cell_size)
    assert widths[0] >= bold + smaller.padding - 1e-6 and widths[1] >= plain + smaller.padding - 1e-6
    # a table that fits keeps the report's sizes
    roomy = Table(["A", "B"], [["kort", "ook kort"]], [0.5, 0.5])
    assert fitted_cells(roomy, total, cells) == cells


def test_docx_sets_the_smaller_size_on_that_table_only(tmp_path):
    from desktop.export.docx.writer import write_docx

    t = _kpi_like(nulmeting=False)
    roomy = Table(["A", "B"], [["kort", "ook kort"]], [0.5, 0.5])
    path = write_docx(Report("T", "R", "nl", [t, roomy]), tmp_path / "t.docx")
    d = docx.Document(str(path))
    small = fitted_cells(t, 470.55, DOCX_CELLS).cell_size
    assert small < DOCX_CELLS.cell_size
    sizes = {r.font.size.pt for c in d.tables[0].rows[1].cells for p in c.paragraphs for r in p.runs}
    assert sizes == {small}
    assert all(r.font.size is None for c in d.tables[1].rows[1].cells for p in c.paragraphs for r in p.runs)


def test_docx_dates_in_tables_do_not_break_at_their_hyphens(tmp_path):
    from docx.oxml.ns import qn

    from desktop.export.docx.writer import write_docx

    t = Table(["Periode", "Bron"], [["29-03-2032 – 15-07-2032", "ECOOM-publicatiedatabank"]], [0.5, 0.5])
    path = write_docx(Report("T", "R", "nl", [t]), tmp_path / "d.docx")
    d = docx.Document(str(path))
    date, source = d.tables[0].rows[1].cells
    assert date.text == "29-03-2032 – 15-07-2032" and source.text == "ECOOM-publicatiedatabank"
    assert len(date._tc.findall(".//" + qn("w:noBreakHyphen"))) == 4
    assert not source._tc.findall(".//" + qn("w:noBreakHyphen"))  # a compound may break


def test_a_crowded_word_table_gets_narrower_cell_margins_too(tmp_path):
    """The demo's KPI annex in Word (9 pt text, 5.4 pt cell margins) does not fit at 8 pt
    either: it gets 3 pt cell margins as well, placed where the schema wants them."""
    from docx.oxml.ns import qn

    from db.interchange import load_json
    from desktop.domain.paths import demo_json
    from desktop.export.docx.writer import TEXT_W, write_docx
    from desktop.export.report.build import build_report

    report = build_report(load_json(demo_json()), "nl", visuals={})
    [t] = [b for b in report.blocks if isinstance(b, Table) and b.header[:2] == ["Naam", "Categorie"]]
    cells = fitted_cells(t, TEXT_W.pt, DOCX_CELLS)
    assert cells.padding == DOCX_CELLS.tight_padding and cells.cell_size >= MIN_TABLE_PT
    widths = fitted_widths(t, TEXT_W.pt, cells)
    assert widths[0] >= text_width("Technologiecomponenten", cells.cell_size, bold=True) + cells.padding - 1e-6
    d = docx.Document(str(write_docx(Report("T", "R", "nl", [t]), tmp_path / "k.docx")))
    tbl_pr = d.tables[0]._tbl.tblPr
    tags = [el.tag for el in tbl_pr]
    mar = tbl_pr.find(qn("w:tblCellMar"))
    assert mar is not None and mar.find(qn("w:left")).get(qn("w:w")) == "60"
    if qn("w:tblLook") in tags:
        assert tags.index(qn("w:tblCellMar")) < tags.index(qn("w:tblLook"))


def test_a_note_word_longer_than_the_note_cap_stays_whole_when_the_table_has_room():
    """An italic note's long word ("probleemeigenaar") widens its column when the other
    columns have room to spare, instead of breaking mid-word at NOTE_CAP."""
    from desktop.export.column_widths import NOTE_CAP, PDF_CELLS, fitted_widths
    from desktop.export.fonts import text_width
    from desktop.export.report.document import Paragraph, Run, Table

    word = "probleemeigenaarschap"
    note = [Paragraph([Run("Ja")]), Paragraph([Run(f"de {word} ligt bij de cluster")], style="note")]
    t = Table(["Naam", "Ok"], [["Een korte naam", note]], [0.9, 0.1])
    need = text_width(word, PDF_CELLS.cell_size - 0.5, False, False) + PDF_CELLS.padding
    assert need > NOTE_CAP + PDF_CELLS.padding  # the old cap would break it
    widths = fitted_widths(t, 481.0)
    assert widths[1] >= need - 1e-6 and abs(sum(widths) - 481.0) < 1e-6
