"""A note under a table never lands alone on the next page: it keeps with the table's last
rows (the demo report's leverage note once stood alone at the top of page 82). Read from
the PDF itself."""

from __future__ import annotations

import shutil

import pytest
from pdf_pages import pages

from desktop.export.pdf.writer import write_pdf
from desktop.export.report.document import Heading, Paragraph, Report, Run, Table
from desktop.export.report.parts import note

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def test_a_note_keeps_with_the_end_of_its_table(tmp_path):
    """Move the end of a table down line by line past the page foot: wherever the page
    breaks, the page that holds the note also holds rows of the table, and every row and
    the note are printed once."""
    seen_break = False
    for filler in range(0, 20):
        blocks = [Heading(1, "Annex")] + [Paragraph([Run(f"Filler {i}.")]) for i in range(filler)]
        blocks += [Table(["Name", "Value"], [[f"Alpha{i}", str(i)] for i in range(26)], [0.7, 0.3]),
                   note("Zetanote explains the table above."), Paragraph([Run("Afterwards.")])]
        sheets = pages(write_pdf(Report("Title", "A", "en", blocks), tmp_path / "t.pdf"))
        with_note = [p for p in sheets if "Zetanote" in p.text]
        assert len(with_note) == 1, filler
        assert "Alpha" in with_note[0].text.replace("Zetanote", ""), f"note alone after {filler} filler lines"
        words = " ".join(p.text for p in sheets).split()
        assert all(words.count(f"Alpha{i}") == 1 for i in range(26)), filler
        seen_break = seen_break or len({p.number for p in sheets if "Alpha" in p.text}) > 1
    assert seen_break  # the sweep did reach a table split over two pages


def test_in_word_a_note_keeps_with_the_last_row_of_its_table(tmp_path):
    """Word keeps a paragraph marked keep-with-next on the page of the next one: the last
    row of a table followed by a note (and the spacing paragraph after the table) carry
    it; a table not followed by a note does not."""
    import zipfile

    from desktop.export.docx.writer import write_docx

    rows = [[f"Alpha{i}", str(i)] for i in range(5)]
    blocks = [Table(["Name", "Value"], rows, [0.7, 0.3]), note("Zetanote explains the table above."),
              Table(["Name", "Value"], rows, [0.7, 0.3]), Paragraph([Run("Plain text after a table.")])]
    path = write_docx(Report("Title", "A", "en", blocks), tmp_path / "t.docx")
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    first, second = xml.split("</w:tbl>")[:2]
    last_row_1 = first.rsplit("<w:tr>", 1)[1]
    assert last_row_1.count("<w:keepNext/>") == last_row_1.count("<w:p>") == 2
    spacer_and_note = second.split("<w:tbl>")[0]
    assert spacer_and_note.split("Zetanote")[0].count("<w:keepNext/>") == 1  # the spacing paragraph
    last_row_2 = second.rsplit("<w:tr>", 1)[1]
    assert "Alpha4" in last_row_2 and "<w:keepNext/>" not in last_row_2
