"""One export run: reports, poster and images from a plain snapshot of the roadmap.

Used by the export dialog (in a worker thread) and by the command line. The snapshot is
a plain dict made on the UI thread; the job never touches widgets or the store:

    {"doc": <roadmap JSON dict>, "lang": "nl", "include_empty": False,
     "sections": ["ch1", ..., "annex"] or None,
     "docx": path or None, "pdf": path or None,
     "poster": path or None, "paper": "A3",
     "visuals": "all" | "overview" | "value_chain:<id>"  (the poster's and the images'),
     "png_dir": folder or None, "svg_dir": folder or None, "dpi": 300,
     "changes": [(kind, entity label, what), ...] or None, "since": "revision name",
     "part_b_strip": True  (the projects and KPI targets strip under the Part B lanes)}

PNG images are drawn by a renderer the caller passes in (`PngRenderer`; the Qt side has
`desktop.export_ui.visual_png.save_png`), so this package never imports Qt. It is needed
only when a PNG is made (the DOCX figures, always at DOCX_DPI, or `png_dir` at the chosen
dpi). Returns the paths written, in order.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from desktop import export
from desktop.export.graphics.visuals import PART_B_PLAIN, PART_B_REPORT, report_visuals, select_keys
from desktop.export.naming import visual_file_names

Progress = Callable[..., None]
STEPS = ("layout", "png", "svg", "docx", "pdf", "poster")
#: The Word report's figures, at their printed size (the chosen dpi is for image files): 7 pt
#: text is 25 pixels high, crisp in print; 300 dpi took a third more pixels to paint and encode
#: (the demo's Word export: 70 million pixels, 1.2 of its 2.4 s of CPU in the PNG encoding).
DOCX_DPI = 260.0
#: A report with more figure pages than MANY_PIECES gets them at a lower resolution, down to
#: LOW_DPI (7 pt text is then still 15 pixels high): 2,000 actions came to 16 MB at 300 dpi.
MANY_PIECES, LOW_DPI = 24, 150.0


class PngRenderer(Protocol):
    """Draws `visual` as a PNG file at `dpi` (`palette`: 8-bit, for the Word figures;
    `scratch`: an intermediate file in a temporary folder, no atomic write needed)."""

    def __call__(self, visual, path: Path, dpi: float, *, palette: bool = False,
                 scratch: bool = False) -> Path: ...


def _no_renderer(visual, path: Path, dpi: float, *, palette: bool = False, scratch: bool = False) -> Path:
    raise ValueError("PNG images need a renderer: pass png=save_png from desktop.export_ui.visual_png")


def _noop(done: int, total: int, step: str = "") -> None:
    pass


def plan(snap: dict) -> list[str]:
    """The steps the snapshot asks for, in the order they run."""
    steps = []
    if any(snap.get(k) for k in ("docx", "pdf", "poster", "png_dir", "svg_dir")):
        steps.append("layout")
    if snap.get("docx") or snap.get("png_dir"):
        steps.append("png")
    for key, step in (("svg_dir", "svg"), ("docx", "docx"), ("pdf", "pdf"), ("poster", "poster")):
        if snap.get(key):
            steps.append(step)
    return steps


def run_export(snap: dict, progress: Progress | None = None, *,
               png: PngRenderer = _no_renderer) -> list[Path]:
    """Carry out the export described by `snap` (see the module docstring), drawing PNGs
    with `png`. Raises ExportError for problems the user can act on, ValueError for bad options."""
    progress = progress or _noop
    steps = plan(snap)
    if not steps:
        raise ValueError("nothing to export: choose at least one format")
    doc, lang = snap["doc"], snap.get("lang", "nl")
    if any(snap.get(k) for k in ("poster", "png_dir", "svg_dir")):
        select_keys(doc, _which(snap))  # a bad choice fails before anything is written
    total = len(steps)
    written: list[Path] = []
    visuals: dict = {}
    with tempfile.TemporaryDirectory(prefix="routekaart-figures-") as tmp:
        pngs: dict[str, Path] = {}
        for n, step in enumerate(steps):
            progress(n, total, step)
            if step == "layout":
                visuals = report_visuals(doc, lang, part_b=PART_B_REPORT if snap.get("part_b_strip", True)
                                         else PART_B_PLAIN)
            elif step == "png":
                if snap.get("png_dir"):
                    images = _pngs(doc, _chosen(doc, visuals, snap), Path(snap["png_dir"]), _dpi(snap), png)
                    written += images.values()
                if snap.get("docx") and not pngs:  # the Word figures: DOCX_DPI at their printed size
                    pngs = report_pngs(doc, visuals, Path(tmp), png)
            elif step == "svg":
                written += _svgs(doc, _chosen(doc, visuals, snap), Path(snap["svg_dir"]))
            elif step == "docx":
                written.append(export.export_docx(doc, snap["docx"], lang, snap.get("include_empty", False),
                                                  figures=pngs, sections=snap.get("sections"),
                                                  changes=snap.get("changes"), since=snap.get("since", "")))
            elif step == "pdf":
                written.append(export.export_pdf(doc, snap["pdf"], lang, snap.get("include_empty", False),
                                                 visuals=visuals, sections=snap.get("sections"),
                                                 changes=snap.get("changes"), since=snap.get("since", "")))
            elif step == "poster":
                written.append(export.export_poster(doc, snap["poster"], visual=_which(snap),
                                                    paper=snap.get("paper", "A3"), lang=lang, visuals=visuals))
        progress(total, total, "done")
    return [Path(p) for p in written]


def _folder(path: Path) -> Path:
    """The images folder; made when missing, as long as its parent exists."""
    if path.is_dir():
        return path
    if not path.parent.is_dir():
        raise export.ExportError(f"Could not write the images: the folder {path.parent} does not exist.",
                                 path, "missing_folder")
    try:
        path.mkdir()
    except OSError as exc:
        from desktop.export.errors import from_os_error

        raise from_os_error(exc, path, replacing=False) from exc
    return path


def _which(snap: dict) -> str:
    return snap.get("visuals") or snap.get("poster_visual") or "all"


def _chosen(doc: dict, visuals: dict, snap: dict) -> dict:
    """The visuals the poster and the image files show (ValueError for an unknown key)."""
    keys = select_keys(doc, _which(snap))
    return {k: v for k, v in visuals.items() if k in keys}


def report_pngs(doc: dict, visuals: dict, folder: Path, png: PngRenderer) -> dict:
    """The PNG figures for `export_docx(figures=...)`, DOCX_DPI at their printed size. A
    figure that the report prints over several pieces or on landscape pages (so that its
    text stays readable, `figure_plan`) gets a `PagedImages` of one PNG per piece."""
    if not visuals:
        return {}
    from desktop.export.docx.figures import docx_frames
    from desktop.export.report.chapter4_5 import figures_after_headings
    from desktop.export.report.figure_plan import HEADING_ROOM, PagedImages, plan_figure

    frames = docx_frames()
    headed = figures_after_headings(doc)  # their headings go onto their pages: room for them
    plans = {key: plan_figure(v, frames, heading_room=HEADING_ROOM if key in headed else 0.0)
             for key, v in visuals.items()}
    simple = {key: visuals[key] for key, p in plans.items() if p.inline}
    out: dict = _pngs(doc, simple, Path(folder), DOCX_DPI, png, printed=True) if simple else {}
    names = visual_file_names(doc, visuals)
    folder = _folder(Path(folder))
    pieces = sum(len(p.pieces) for p in plans.values() if not p.inline)
    # a big roadmap's report stays mailable: past MANY_PIECES pages of figures, the pixels
    # of all of them stay about those of MANY_PIECES pages at DOCX_DPI (never under LOW_DPI)
    dpi = DOCX_DPI if pieces <= MANY_PIECES else max(LOW_DPI, DOCX_DPI * (MANY_PIECES / pieces) ** 0.5)
    for key, p in plans.items():
        if p.inline:
            continue
        images = []
        for i, piece in enumerate(p.pieces, 1):
            path = png(piece, folder / f"{names[key]}-{i}.png", dpi * p.scale, palette=True, scratch=True)
            images.append((path, piece.width * p.scale, piece.height * p.scale))
        out[key] = PagedImages(p.kind, tuple(images))
    return out


def _dpi(snap: dict) -> float:
    return float(snap.get("dpi") or DOCX_DPI)


def _pngs(doc: dict, visuals: dict, folder: Path, dpi: float, png: PngRenderer,
          printed: bool = False) -> dict[str, Path]:
    """PNG files of `visuals` at `dpi`, or (`printed`) at `dpi` for the size they are
    printed at in the Word report (rendering the full visual size at DOCX_DPI would make
    images several times larger than print needs, and slow to encode)."""
    if not visuals:
        return {}
    from desktop.export.docx.figures import print_dpi

    names = visual_file_names(doc, visuals)
    folder = _folder(folder)
    return {key: png(v, folder / f"{names[key]}.png",
                          print_dpi(v.width, v.height, dpi) if printed else dpi, palette=printed,
                     scratch=printed)
            for key, v in visuals.items()}


def _svgs(doc: dict, visuals: dict, folder: Path) -> list[Path]:
    from desktop.export.graphics.svg import write_svg

    names = visual_file_names(doc, visuals)
    folder = _folder(folder)
    return [write_svg(v, folder / f"{names[key]}.svg") for key, v in visuals.items()]
