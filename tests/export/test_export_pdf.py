"""The PDF report: content, fonts, bookmarks and contents page (needs poppler-utils)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from roadmap_sample import sample_document, text_values
from text_check import missing_fields

from desktop.export import export_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def sample():
    return sample_document()


@pytest.fixture(scope="module")
def pdf(sample, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "rapport.pdf"
    assert export_pdf(sample, path) == path
    return path


def test_every_text_field_appears(sample, pdf):
    assert missing_fields(text_values(sample), run("pdftotext", "-raw", str(pdf), "-")) == []


def test_only_embedded_dejavu_fonts(pdf):
    lines = run("pdffonts", str(pdf)).splitlines()[2:]
    assert lines, "no fonts listed"
    for line in lines:
        assert "DejaVuSans" in line and "Helvetica" not in line, line
        cols = line.split()
        assert cols[-5] == "yes", line  # emb column


def test_a4_metadata_and_bookmarks(pdf):
    info = run("pdfinfo", str(pdf))
    assert "A4" in info
    assert re.search(r"Title:\s+Roadmap Waterstofregio Vlaanderen", info)
    assert re.search(r"Author:\s+Cluster H2 Vlaanderen", info)
    raw = pdf.read_bytes()
    assert b"/Outlines" in raw and raw.count(b"/Parent") > 30


def test_contents_page_has_page_numbers_and_footer(pdf):
    page2 = run("pdftotext", "-f", "2", "-l", "2", "-layout", str(pdf), "-")
    assert "Inhoudsopgave" in page2
    assert re.search(r"1 Inleiding[ .]+\d+", page2)
    assert re.search(r"Bijlagen[ .]+\d+", page2) or "Bijlagen" in run("pdftotext", "-f", "3", "-l", "3",
                                                                        str(pdf), "-")
    pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(pdf))).group(1))
    assert f"Pagina 2 van {pages}" in page2


def test_english(sample, tmp_path):
    path = export_pdf(sample, tmp_path / "report.pdf", lang="en")
    text = run("pdftotext", str(path), "-")
    assert "Contents" in text and "1 Introduction" in text and "Annex A – Indicators (baseline)" in text


def test_figure_is_embedded_when_an_image_is_given(sample, tmp_path):
    from PIL import Image

    png = tmp_path / "overview.png"
    Image.new("RGB", (400, 200), "steelblue").save(png)
    path = export_pdf(sample, tmp_path / "fig.pdf", figures={"overview": png}, visuals={})  # no vector visual
    images = run("pdfimages", "-list", str(path)).splitlines()[2:]
    assert len(images) == 1


def test_reportlab_runs_with_its_c_accelerator():
    """rl-accel (a dependency) replaces reportlab's pure-Python number formatting, escaping
    and string widths; without it a PDF export takes about 12 % longer."""
    from reportlab.lib import rl_accel

    missing = "reportlab runs without rl-accel: run bash scripts/setup.sh (pyproject lists it)"
    assert type(rl_accel.fp_str).__name__ == "builtin_function_or_method", missing
    assert type(rl_accel.escapePDF).__name__ == "builtin_function_or_method", missing


def test_control_characters_are_left_out_not_printed_as_boxes(sample, tmp_path):
    """NUL, BEL, escape and U+FFFF (kept in the roadmap as imported) have no glyph: the PDF
    leaves them out, as the Word file does, instead of printing an empty box (which
    pdftotext reads as a space or U+FFFD)."""
    import copy

    doc = copy.deepcopy(sample)
    doc["action"][0]["title"] = "Control\x07chars\x00in sensoren\x1b\uffff"
    doc["roadmap"]["title"] = "Roadmap\x0b 2026\x0c–2035"
    text = run("pdftotext", str(export_pdf(doc, tmp_path / "control.pdf")), "-")
    words = " ".join(text.split())
    assert "Controlcharsin sensoren" in words and "Control chars" not in words  # no box, read as a space
    assert "Roadmap 2026–2035" in words
    assert "\ufffd" not in text
