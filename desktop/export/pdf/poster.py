"""Posters: each roadmap visual on its own landscape A3 or A2 page, as vector PDF.

A page has a title band (roadmap title, the figure's caption, cluster, horizon, version
and date), the visual scaled to fill the room between, and a legend band at the foot.
A visual that is a complete figure already (it has its own title and legend, as the
Part A/B layouts do) fills the page instead, over a slim footer with the same details.
The page furniture is itself a `Visual`, drawn by the same renderer as the figure, so
fonts (only the embedded DejaVu Sans) and text fitting are the same everywhere.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A2, A3, landscape
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.visuals.visual import Diamond, Line, Rect, Text, Visual
from desktop.domain.visuals.visual_pages import paginate
from desktop.export.atomic import write_atomically
from desktop.export.errors import ExportError
from desktop.export.fonts import FONT, register_fonts
from desktop.export.graphics.shapes import has_own_legend, legend_entries
from desktop.export.graphics.visuals import figure_title, report_visuals, select_keys
from desktop.export.pdf.figures import draw_visual
from desktop.export.resources import LANGUAGES, report_labels

PAPERS = {"A3": landscape(A3), "A2": landscape(A2)}
ACCENT, MUTED, RULE = "#1F4E79", "#595959", "#A6A6A6"
LANG_TAGS = {"nl": "nl-BE", "en": "en-GB"}


def export_poster(doc: dict, path: str | os.PathLike, *, visual: str = "all", paper: str = "A3",
                  lang: str = "nl", visuals: Mapping[str, Visual] | None = None,
                  today: dt.date | None = None) -> Path:
    """Write a poster PDF of roadmap document `doc` to `path`; returns the path.

    Args:
        visual: "overview", "value_chain:<id>" or "all" (one page per visual).
        paper: "A3" or "A2" (landscape).
        lang: "nl" or "en" for captions and legend.
        visuals: the laid-out visuals by key (default: the Part A/B layouts).
    Raises ValueError for an unknown paper, language or visual, and ExportError (with a
    message for the user) when there is nothing to print or the file cannot be written.
    """
    if paper not in PAPERS:
        raise ValueError(f"unsupported paper {paper!r}; expected one of {tuple(PAPERS)}")
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")
    keys = select_keys(doc, visual)
    if visuals is None:
        visuals = report_visuals(doc, lang, keys)
    pages = [(k, visuals[k]) for k in keys if k in visuals]
    labels = report_labels(lang)
    if not pages:
        raise ExportError(labels["poster.no_visuals"], Path(path), "other")
    register_fonts()
    rl_config.useA85 = 0  # binary (zlib only) streams, as in the report
    return write_atomically(path, lambda tmp: _render(doc, tmp, pages, paper, lang,
                                                      today or dt.date.today()))


def _render(doc: dict, target: Path, pages: list[tuple[str, Visual]], paper: str, lang: str,
            today: dt.date) -> None:
    labels = report_labels(lang)
    road = doc.get("roadmap") or {}
    title = (road.get("title") or "").strip() or labels["report.default_title"]
    size = PAPERS[paper]
    canv = Canvas(str(target), pagesize=size, initialFontName=FONT, initialFontSize=10,
                  pageCompression=1, lang=LANG_TAGS[lang])
    canv.setTitle(title)
    canv.setAuthor(road.get("cluster_name") or "Routekaart")
    canv.setSubject(labels["fig.overview"])
    canv.setCreator("Routekaart")
    canv.showOutline()
    n = 0
    for key, whole in pages:
        caption = figure_title(doc, key, labels)
        page_w, page_h = size
        frame = _frame(page_w, page_h, title, caption, road, labels, today, whole)
        x, y_top, w, h = frame.box
        scale, pieces = paginate(whole, w, h, POSTER_MIN_PT, max_scale=POSTER_MAX_SCALE)
        for i, visual in enumerate(pieces, 1):
            n += 1
            part = f"{caption} ({i}/{len(pieces)})" if len(pieces) > 1 else caption
            if len(pieces) > 1:
                frame = _frame(page_w, page_h, title, part, road, labels, today, whole)
            draw_visual(canv, frame.furniture, 0, page_h, 1.0, clip=False)
            s_piece = min(scale, w / max(visual.width, 1.0), h / max(visual.height, 1.0))
            ox = x + (w - visual.width * s_piece) / 2
            oy = y_top  # top-aligned under the title band, so every sheet starts alike
            draw_visual(canv, visual, ox, page_h - oy, s_piece)
            canv.bookmarkPage(f"p{n}")
            canv.addOutlineEntry(part, f"p{n}", level=0)
            canv.showPage()
    canv.save()


#: The smallest text a poster prints, in points (just above 7 pt), and
#: the most a figure is enlarged to fill a sheet.
POSTER_MIN_PT = 7.05
POSTER_MAX_SCALE = 1.5


class _Frame:
    def __init__(self, furniture: Visual, box: tuple[float, float, float, float]) -> None:
        self.furniture = furniture
        self.box = box  # x, y (top, y down), width, height of the visual's room


def _frame(page_w: float, page_h: float, title: str, caption: str, road: dict,
           labels: dict[str, str], today: dt.date, visual: Visual) -> _Frame:
    """The page furniture (title band, legend band) and the room left for the visual."""
    k = page_h / 842.0  # 1 on A3, about 1.41 on A2
    v = Visual(page_w, page_h)
    v.add(Rect(0, 0, page_w, 8 * k, fill=ACCENT, stroke=None))
    if has_own_legend(visual):
        return _slim_frame(v, page_w, page_h, k, caption, road, labels, today)
    m = 34 * k
    meta_w = 320 * k
    v.add(Text(m, m, page_w - 2 * m - meta_w, 30 * k, title, size=22 * k, colour=ACCENT, bold=True,
               valign="top"))
    v.add(Text(m, m + 31 * k, page_w - 2 * m - meta_w, 18 * k, caption, size=13 * k, colour=MUTED,
               valign="top"))
    meta = _meta(road, labels, today)
    for i, line in enumerate(meta):
        v.add(Text(page_w - m - meta_w, m + i * 12 * k, meta_w, 12 * k, line, size=9 * k,
                   colour=MUTED, align="right", valign="top"))
    head = m + max(52 * k, len(meta) * 12 * k + 4 * k)
    v.add(Line(((m, head), (page_w - m, head)), stroke=RULE, width=0.6 * k))
    foot = page_h - m - 22 * k
    v.add(Line(((m, foot), (page_w - m, foot)), stroke=RULE, width=0.6 * k))
    _legend(v, m, foot + 6 * k, page_w - 2 * m, 16 * k, k, labels, visual)
    gap = 12 * k
    return _Frame(v, (m, head + gap, page_w - 2 * m, foot - head - 2 * gap))


def _meta(road: dict, labels: dict[str, str], today: dt.date) -> list[str]:
    horizon = " – ".join(str(d)[:4] for d in (road.get("horizon_start"), road.get("horizon_end")) if d)
    meta = [road.get("cluster_name") or "", f"{labels['report.horizon']}: {horizon}" if horizon else "",
            road.get("version_label") or "", f"{labels['report.date']}: {today.isoformat()}"]
    return [line for line in meta if line]


def _slim_frame(v: Visual, page_w: float, page_h: float, k: float, caption: str, road: dict,
                labels: dict[str, str], today: dt.date) -> _Frame:
    """For a complete figure: the visual fills the page above a one-line footer."""
    m = 12 * k
    foot = page_h - m - 12 * k
    v.add(Line(((m, foot), (page_w - m, foot)), stroke=RULE, width=0.5 * k))
    left = "  ·  ".join([caption] + _meta(road, labels, today))
    v.add(Text(m, foot + 2 * k, page_w * 0.75, 12 * k, left, size=7.5 * k, colour=MUTED))
    v.add(Text(page_w - m - 200 * k, foot + 2 * k, 200 * k, 12 * k, labels["report.generated"], size=7.5 * k,
               colour=MUTED, align="right"))
    top = 8 * k + 4 * k
    return _Frame(v, (m, top, page_w - 2 * m, foot - top - 4 * k))


def _legend(v: Visual, x: float, y: float, w: float, h: float, k: float, labels: dict[str, str],
            visual: Visual) -> None:
    """Legend symbols for the kinds of marks the visual uses, and the credit line."""
    size = 9 * k
    mid = y + h / 2
    v.add(Text(x, y, 70 * k, h, labels["poster.legend"] + ":", size=size, bold=True, colour=MUTED))
    cx = x + 72 * k
    for kind, sample in legend_entries(visual):
        if isinstance(sample, Rect):  # "action"
            v.add(Rect(cx, mid - 5 * k, 26 * k, 10 * k, fill=sample.fill, stroke=sample.stroke,
                       stroke_width=sample.stroke_width * k, radius=sample.radius * k))
        elif isinstance(sample, Diamond):  # "milestone"
            v.add(Diamond(cx + 13 * k, mid, 6 * k, fill=sample.fill, stroke=sample.stroke))
        else:  # "dependency": a Line
            v.add(Line(((cx, mid), (cx + 26 * k, mid)), stroke=sample.stroke, width=max(sample.width, 0.75) * k,
                       dash=tuple(d * k for d in sample.dash), arrow_end=True))
        v.add(Text(cx + 32 * k, y, 110 * k, h, labels[f"legend.{kind}"], size=size, colour="#222222"))
        cx += 150 * k
    v.add(Text(x + w - 260 * k, y, 260 * k, h, labels["report.generated"], size=8 * k, colour=MUTED,
               align="right"))
