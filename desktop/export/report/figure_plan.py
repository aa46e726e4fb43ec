"""Where a report figure goes so that no text prints under FIGURE_MIN_PT (Qt-free).

The PDF and the Word writer share this plan, each with the room its own pages give
(`Frames`): a figure that fits the text column at a readable size stays there ("column");
a column-wide figure that is too tall is cut between its rows over several column pieces;
any other goes to landscape A4 pages ("wide"), laid out again at the page width when it
can be (`Visual.at_width`) and cut between rows with its head and legend repeated; a
figure too wide even for that (Part A) goes to landscape A3 fold-out pages ("fold").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.visuals.visual import Visual
from desktop.domain.visuals.visual_pages import paginate, smallest_text

#: The smallest text a figure prints in a report, in points (just above 7 pt).
FIGURE_MIN_PT = 7.05
#: The most room at the top of a figure's own (landscape A4 / A3) pages for the headings that
#: come right before the figure: they travel onto its first page (`carried_headings`)
#: rather than standing alone on a portrait page (about a level-2 and a level-3 heading).
HEADING_ROOM = 60.0


def carried_headings(heights: list[float], room: float = HEADING_ROOM) -> int:
    """How many of the headings that stand right before a figure (their heights in points,
    in document order) move onto the figure's own page: the last ones that fit in `room`."""
    used, n = 0.0, 0
    for h in reversed(heights):
        if used + h > room:
            break
        used, n = used + h, n + 1
    return n


@dataclass(frozen=True)
class Frames:
    """The room (width, height in points) for a figure and its caption on each page kind."""

    column: tuple[float, float]  # the text column of a portrait A4 page (inline: 3/4 of it)
    wide: tuple[float, float]  # landscape A4, less the caption
    fold: tuple[float, float]  # landscape A3, less the caption


@dataclass
class Plan:
    kind: str  # column | wide | fold
    scale: float  # points printed per point of the pieces
    pieces: list[Visual] = field(default_factory=list)
    inline: bool = False  # one piece that flows with the text (at most 3/4 of the column)


def plan_figure(v: Visual, frames: Frames, min_pt: float = FIGURE_MIN_PT, heading_room: float = 0.0) -> Plan:
    """`heading_room`: points kept free at the top of the figure's own pages for the headings
    carried onto them (every piece is cut to the same height). The column frame keeps its
    full height: a figure that fits the text column is planned the same with or without it
    (its headings stay in the text)."""
    if heading_room:
        frames = Frames(frames.column, (frames.wide[0], frames.wide[1] - heading_room),
                        (frames.fold[0], frames.fold[1] - heading_room))
    small = smallest_text(v)
    w, h = max(v.width, 1.0), max(v.height, 1.0)
    col_w, col_h = frames.column
    inline = min(col_w / w, col_h * 0.75 / h, 1.5)
    if inline * small >= min_pt:
        return Plan("column", inline, [v], inline=True)
    if w <= col_w * 1.1 and not callable(v.at_width):  # a column-wide figure: cut between rows
        scale, pieces = paginate(v, col_w, col_h, min_pt, max_scale=1.0, whole_lanes=True)
        if scale * small >= min_pt - 1e-6:
            return Plan("column", scale, pieces)
    scale, pieces = paginate(v, *frames.wide, min_pt, max_scale=1.0, whole_lanes=True)
    if scale * small >= min_pt - 1e-6:
        return Plan("wide", scale, pieces)
    scale, pieces = paginate(v, *frames.fold, min_pt, max_scale=1.0, whole_lanes=True)
    return Plan("fold", scale, pieces)


@dataclass(frozen=True)
class PagedImages:
    """A figure as images for a writer that cannot draw vectors (DOCX): the plan's kind
    and, per piece, the PNG file and its printed size in points."""

    kind: str
    images: tuple[tuple[Path, float, float], ...]
    inline: bool = False

    def is_file(self) -> bool:  # the test Figure.shown makes of an image
        return bool(self.images) and all(Path(p).is_file() for p, _, _ in self.images)
