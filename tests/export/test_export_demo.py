"""The demo roadmap, end to end: reports with both roadmap visuals, posters and images.

The Part A/B layouts of the canvas are used where they exist; a layout module that is
not there yet is stood in for by `visual_sample`, so the export paths are always tested
with both figures. Needs poppler-utils; the LibreOffice check needs soffice.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile

import docx
import pytest
import visual_sample
from roadmap_sample import text_values
from text_check import missing_fields

from db.interchange import load_json
from desktop.domain.paths import demo_json
from desktop.export.graphics import visuals as visuals_mod
from desktop.export.job import run_export
from desktop.export_ui.visual_png import save_png

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def run(*args: str, timeout: float = 60) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=timeout).stdout


def page_sizes(pdf) -> list[tuple[float, float]]:
    info = run("pdfinfo", "-f", "1", "-l", "999", str(pdf))
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]


@pytest.fixture(scope="module")
def demo():
    return load_json(demo_json())


@pytest.fixture(scope="module")
def layouts():
    """The real layouts where present, the stand-ins for the missing ones."""
    real_a, real_b = visuals_mod.layouts()
    pair = (real_a or visual_sample.part_a_visual, real_b or visual_sample.part_b_visual)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(visuals_mod, "layouts", lambda: pair)
        yield pair


@pytest.fixture(scope="module")
def out(demo, layouts, tmp_path_factory, qapp):
    folder = tmp_path_factory.mktemp("demo")
    steps = []
    snap = {"doc": demo, "lang": "en", "docx": folder / "demo.docx", "pdf": folder / "demo.pdf",
            "poster": folder / "poster-A2.pdf", "paper": "A2", "visuals": "all",
            "png_dir": folder / "images", "svg_dir": folder / "images", "dpi": 150}
    written = run_export(snap, lambda done, total, step="": steps.append((done, total, step)), png=save_png)
    assert steps[0][0] == 0 and steps[-1] == (steps[-1][1], steps[-1][1], "done")
    return folder, written


def missing_in_pdf(values, text: str) -> list[str]:
    """Like `missing_fields`, but blind to line breaks: in the narrow columns of the
    annex tables a long word (an e-mail address) is broken over lines, and pdftotext
    then shows it in pieces. The text must still be there, in order."""
    squeeze = str.maketrans("", "", " \t\n\r\f\u00a0")
    return missing_fields([(w, k, v.translate(squeeze)) for w, k, v in values if k != "markdown"],
                          text.translate(squeeze)) + \
        missing_fields([(w, k, v) for w, k, v in values if k == "markdown"], text)


def keys_of(demo) -> list[str]:
    return ["overview"] + [f"value_chain:{vc['id']}" for vc in demo["value_chain"]]


def test_everything_requested_is_written(demo, out):
    folder, written = out
    n = len(keys_of(demo))
    assert {p.name for p in written} >= {"demo.docx", "demo.pdf", "poster-A2.pdf", "part-a-overview.png",
                                        "part-a-overview.svg"}
    assert len(list((folder / "images").glob("*.png"))) == n == len(list((folder / "images").glob("*.svg")))
    assert not [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


def test_pdf_every_text_field_and_both_visuals_as_vectors(demo, out):
    folder, _ = out
    pdf = folder / "demo.pdf"
    text = run("pdftotext", "-raw", str(pdf), "-")
    assert missing_in_pdf(text_values(demo), text) == []
    captions = re.findall(r"Figure (\d+) – Roadmap visual part ([AB])[^\n]*?(?:\((\d+)/(\d+)\))?\n", text)
    figures = {int(c[0]): c[1] for c in captions}
    assert [figures[n] for n in sorted(figures)] == ["A"] + ["B"] * len(demo["value_chain"])
    assert sorted(figures) == list(range(1, len(figures) + 1))
    for number in figures:  # a figure printed over several pages has every piece, in order
        parts = [(int(c[2]), int(c[3])) for c in captions if int(c[0]) == number and c[2]]
        if parts:
            assert parts == [(i, parts[0][1]) for i in range(1, parts[0][1] + 1)]
    # vector drawings: the report holds no raster image at all
    assert run("pdfimages", "-list", str(pdf)).splitlines()[2:] == []
    # the figures' own labels are real text in the PDF (a value chain name on its figure page)
    pages = run("pdftotext", "-layout", str(pdf), "-").split("\f")
    fig_pages = [p for p in pages if "Roadmap visual part B" in p and "Figure" in p]
    assert fig_pages and all(len(p.split()) > 60 for p in fig_pages)


def test_pdf_fonts_are_all_embedded(out):
    folder, _ = out
    for name in ("demo.pdf", "poster-A2.pdf"):
        rows = run("pdffonts", str(folder / name)).splitlines()[2:]
        assert rows, name
        for row in rows:
            cols = row.split()
            assert cols[0].split("+")[-1].startswith("DejaVuSans"), row
            assert cols[-5] == "yes", row  # "emb" column


def test_docx_every_text_field_and_print_resolution_figures(demo, out):
    folder, _ = out
    d = docx.Document(str(folder / "demo.docx"))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        parts += [c.text for row in table.rows for c in row.cells]
    assert missing_fields(text_values(demo), "\n".join(parts)) == []
    shapes = list(d.inline_shapes)
    # each figure as the report plans it: pieces at a size that prints its text at >= 7 pt
    from desktop.domain.visuals.visual_pages import smallest_text
    from desktop.export.docx.figures import docx_frames
    from desktop.export.report.figure_plan import plan_figure

    pieces = [(piece, plan.scale) for key in keys_of(demo)
              for plan in [plan_figure(visuals_mod.report_visuals(demo, "en")[key], docx_frames())]
              for piece in plan.pieces]
    assert len(shapes) == len(pieces) >= len(keys_of(demo))
    for shape, (piece, _scale) in zip(shapes, pieces):
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        image = d.part.related_parts[blip.embed].image
        dpi = image.px_width / (shape.width / 914400)
        assert dpi >= 250, dpi  # print resolution (DOCX_DPI, 260; the dialog's DPI is for images)
        printed_scale = (shape.width / 12700) / piece.width  # EMU -> points, over the piece's own width
        assert printed_scale * smallest_text(piece) >= 7.0 - 0.05, "figure text printed under 7 pt"
    captions = [p.text for p in d.paragraphs if p.style.name == "Caption"]
    assert captions[0].startswith("Figure 1 – Roadmap visual part A") and len(captions) == len(shapes)
    xml = zipfile.ZipFile(folder / "demo.docx").read("word/document.xml").decode()
    assert "SEQ Figure" in xml and "TOC \\o" in xml


def test_poster_is_landscape_vector_one_page_per_visual(demo, out):
    folder, _ = out
    poster = folder / "poster-A2.pdf"
    sizes = page_sizes(poster)
    assert len(sizes) == len(keys_of(demo))
    assert all(abs(w - 1683.8) < 1 and abs(h - 1190.6) < 1 for w, h in sizes)
    assert run("pdfimages", "-list", str(poster)).splitlines()[2:] == []
    text = " ".join(run("pdftotext", str(poster), "-").split())
    assert all(" ".join(vc["name"].split()) in text for vc in demo["value_chain"])


def test_a3_poster_of_one_visual(demo, layouts, tmp_path):
    from desktop.export import export_poster

    vc = demo["value_chain"][0]
    path = export_poster(demo, tmp_path / "a3.pdf", visual=f"value_chain:{vc['id']}", paper="A3")
    sizes = [(round(w), round(h)) for w, h in page_sizes(path)]
    # one visual: A3 landscape sheets; a figure too tall for one sheet at 7 pt continues on a second
    assert sizes and set(sizes) == {(1191, 842)} and len(sizes) <= 2


def test_svg_images_are_valid_and_carry_the_text(demo, out):
    folder, _ = out
    svg = folder / "images" / "part-a-overview.svg"
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg") and float(root.get("width").rstrip("pt")) > 100
    texts = [t.text or "" for t in root.iter() if t.tag.endswith("text")]
    assert len(texts) > 5


def test_png_images_at_the_chosen_resolution(out):
    from PySide6.QtGui import QImage

    folder, _ = out
    image = QImage(str(folder / "images" / "part-a-overview.png"))
    assert not image.isNull() and round(image.dotsPerMeterX() * 0.0254) == 150
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}
    assert len(colours) > 5  # something was painted


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
def test_docx_converts_with_libreoffice(out, tmp_path):
    folder, _ = out
    profile = (tmp_path / "lo-profile").as_uri()
    result = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
                             "--convert-to", "pdf", "--outdir", str(tmp_path), str(folder / "demo.docx")],
                            capture_output=True, text=True, timeout=150)
    assert result.returncode == 0, result.stderr
    converted = tmp_path / "demo.pdf"
    assert converted.is_file(), result.stdout + result.stderr
    assert int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(converted))).group(1)) > 20
    assert "Roadmap visual part A" in run("pdftotext", str(converted), "-")
    # LibreOffice sets the report in the sans it names, not in a serif substitute
    fonts = [row.split()[0].split("+")[-1] for row in run("pdffonts", str(converted)).splitlines()[2:]]
    assert any(f.startswith("DejaVuSans") for f in fonts), fonts
    assert not [f for f in fonts if "Serif" in f or "Caladea" in f or "Times" in f], fonts
    # every page as LibreOffice lays it out: no text under 7 pt, nothing off the page
    from pdf_pages import pages

    for p in pages(converted):
        if p.words:
            assert p.smallest >= 7.0, f"page {p.number}: text of {p.smallest:.1f} pt"
            left, top, right, bottom = p.extent()
            assert left >= 0 and right <= 1.001 and top >= 0 and bottom <= 1.001, f"page {p.number} off the page"


def test_pdf_contents_page_numbers_are_right(out):
    """Every contents entry points at the page its heading is on (numbers filled in after
    the one layout pass)."""
    folder, _ = out
    pages = run("pdftotext", "-layout", str(folder / "demo.pdf"), "-").split("\f")
    contents = "\n".join(pages[1:4])
    entries = re.findall(r"^\s*(\S.*?)\s*(?:\s\.)+\s+(\d+)\s*$", contents, re.M)
    assert len(entries) > 40
    for title, page in entries:
        lines = [ln.strip() for ln in pages[int(page) - 1].splitlines()]
        assert title.strip() in lines, (title, page)
    total = len([p for p in pages if p.strip()])
    assert f"Page 2 of {total}" in pages[1] and f"Page {total} of {total}" in pages[total - 1]


def test_one_chosen_visual_for_poster_and_images(demo, layouts, tmp_path, qapp):
    vc = demo["value_chain"][1]
    snap = {"doc": demo, "lang": "nl", "poster": tmp_path / "p.pdf", "paper": "A3",
            "visuals": f"value_chain:{vc['id']}", "png_dir": tmp_path / "img", "svg_dir": tmp_path / "img", "dpi": 72}
    written = run_export(snap, png=save_png)
    assert len(page_sizes(tmp_path / "p.pdf")) == 1
    assert sorted(p.suffix for p in written if p.parent.name == "img") == [".png", ".svg"]
    bad = dict(snap, visuals="value_chain:nope", poster=tmp_path / "q.pdf", png_dir=tmp_path / "img2")
    with pytest.raises(ValueError):
        run_export(bad, png=save_png)
    assert not (tmp_path / "q.pdf").exists() and not (tmp_path / "img2").exists()
