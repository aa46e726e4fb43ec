"""Word table headers break only at spaces: the column widths leave room for each
header's longest word in the Word styles (9 pt bold, 5.4 pt cell margins). Checked the
way a reader sees it: LibreOffice lays the DOCX out, poppler reads the words back."""

from __future__ import annotations

import html
import shutil
import subprocess

import pytest
from hard_roadmap import hard_document
from pdf_pages import pages

from db.interchange import load_json
from desktop.domain.paths import demo_json
from desktop.export.column_widths import DOCX_CELLS, fitted_widths
from desktop.export.docx.writer import write_docx
from desktop.export.report.build import build_report
from desktop.export.report.document import Heading, Report, Table

pytestmark = [pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                 reason="needs LibreOffice (soffice) and poppler-utils"), pytest.mark.slow]


def report_tables() -> list[Table]:
    """Every table of the demo's and a 320-action hard-text roadmap's reports (nl, en),
    one of each header."""
    seen, out = set(), []
    for doc in (load_json(demo_json()), hard_document(320)):
        for lang in ("nl", "en"):
            for b in build_report(doc, lang, include_empty=True, visuals={}).blocks:
                if isinstance(b, Table) and tuple(b.header) not in seen:
                    seen.add(tuple(b.header))
                    out.append(b)
    return out


def test_docx_table_headers_break_only_at_spaces(tmp_path):
    tables = report_tables()
    assert len(tables) >= 40
    blocks = [x for t in tables for x in (Heading(2, "Tabel"), t)]
    docx = write_docx(Report("Tabellen", "Routekaart", "nl", blocks), tmp_path / "tables.docx")
    profile = (tmp_path / "lo-profile").as_uri()
    result = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
                             "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    words = {html.unescape(w[4]) for p in pages(tmp_path / "tables.pdf") for w in p.words}
    header_words = {w for t in tables for h in t.header for w in h.split()}
    broken = sorted(w for w in header_words if w not in words)
    assert not broken, f"header words LibreOffice broke inside: {broken}"


def test_header_words_get_their_width_before_long_cell_words():
    """A narrow table whose cells hold long words: the cell words break, the header
    words do not (every column at least its header's longest word)."""
    from desktop.export.fonts import text_width

    t = Table(["Verantwoordelijke", "Streefwaarde", "Omschrijving"],
              [["Zorgtechnologieconsortiumpartnerorganisatie", "x" * 60, "Langgerekteomschrijvingzonderspaties" * 2]],
              [0.3, 0.3, 0.4])
    widths = fitted_widths(t, 330.0, DOCX_CELLS)
    assert sum(widths) == pytest.approx(330.0)
    for head, w in zip(t.header, widths):
        assert w >= text_width(head, DOCX_CELLS.header_size, bold=True) + DOCX_CELLS.padding - 1e-6, head
