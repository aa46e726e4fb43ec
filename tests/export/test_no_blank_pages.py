"""No PDF report page holds only the running header and footer: a table that ends at a
page foot followed by a heading and a table longer than a page, and a figure on a
landscape page of its own right before a new chapter, both once printed such pages
(the demo report's page 105, "Bijlage D" / "Bijlage E"). Read from the PDF itself."""

from __future__ import annotations

import shutil
import zlib

import pytest
from pdf_pages import pages

from desktop.export.pdf.writer import write_pdf
from desktop.export.report.document import Figure, Heading, PageBreak, Paragraph, Report, Run, Table

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
BODY_TOP, BODY_BOTTOM = 50.0, 50.0  # pt from the sheet's edges: the running header and footer lie outside


def blank_pages(pdf) -> list[int]:
    return [p.number for p in pages(pdf)
            if not [w for w in p.words if w[1] > BODY_TOP and w[3] < p.height - BODY_BOTTOM]]


def _table(rows: int, word: str) -> Table:
    return Table(["Name", "Value"], [[f"{word} {i}", str(i)] for i in range(rows)], [0.7, 0.3])


def test_a_table_ending_at_the_page_foot_leaves_no_blank_page(tmp_path):
    """Move the end of a first table (that fits on page 1) down line by line to the page
    foot: at some point it ends within a table's gap of the foot, and the next heading and
    its long table must still start on the very next page (the old code left page 2 blank
    at rows + filler lines = 35)."""
    for rows in (24, 25):
        for filler in range(0, 17):
            blocks = [Heading(1, "Annex")] + [Paragraph([Run(f"Line {i}.")]) for i in range(filler)]
            blocks += [Heading(2, "First"), _table(rows, "Alpha"), Heading(2, "Second"), _table(90, "Beta")]
            pdf = write_pdf(Report("Title", "A", "en", blocks), tmp_path / "t.pdf")
            assert blank_pages(pdf) == [], f"{rows} rows after {filler} filler lines"


def _wide_png(path) -> str:
    """A 1600 x 300 grey PNG (wide enough for a landscape page of its own)."""
    w, h = 1600, 300
    raw = b"".join(b"\x00" + b"\x80" * w for _ in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (len(data).to_bytes(4, "big") + kind + data
                + zlib.crc32(kind + data).to_bytes(4, "big"))

    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", w.to_bytes(4, "big") + h.to_bytes(4, "big")
                                                  + b"\x08\x00\x00\x00\x00")
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return str(path)


def test_a_landscape_figure_before_a_new_chapter_leaves_no_blank_page(tmp_path):
    png = _wide_png(tmp_path / "wide.png")
    blocks = [Heading(1, "One"), Paragraph([Run("Text before the figure.")]), Figure("f", "Wide figure", png),
              PageBreak(), Heading(1, "Two"), Paragraph([Run("Text of the next chapter.")]),
              Figure("g", "Another wide figure", png), Figure("h", "A third wide figure", png)]
    pdf = write_pdf(Report("Title", "A", "en", blocks), tmp_path / "f.pdf")
    sheets = pages(pdf)
    assert any(p.width > p.height for p in sheets)  # the figures did go on landscape pages
    assert blank_pages(pdf) == []
