"""A render-neutral description of a roadmap visual (Part A overview, Part B timeline).

Layout code (Qt-free) produces a `Visual`: a list of simple primitives in a coordinate
system of points (1/72 inch), origin top-left, y downwards. Renderers draw it: the Qt
canvas for images and the screen, reportlab for vector PDF figures and posters, SVG for
slides. Every primitive may carry `ref` = (entity, id) of the roadmap row it shows, so a
renderer can link or highlight it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

Colour = str  # "#rrggbb"
Ref = tuple[str, str] | None


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: Colour | None = None
    stroke: Colour | None = None
    stroke_width: float = 0.75
    radius: float = 0.0
    ref: Ref = None


@dataclass(frozen=True)
class Text:
    """A text whose box is (x, y, w, h); it is elided or wrapped to fit the box."""

    x: float
    y: float
    w: float
    h: float
    text: str
    size: float = 8.0
    colour: Colour = "#222222"
    bold: bool = False
    align: str = "left"  # left | center | right
    valign: str = "middle"  # top | middle | bottom
    wrap: bool = False
    ref: Ref = None


@dataclass(frozen=True)
class Line:
    points: tuple[tuple[float, float], ...]
    stroke: Colour = "#444444"
    width: float = 0.75
    dash: tuple[float, ...] = ()
    arrow_end: bool = False
    ref: Ref = None


@dataclass(frozen=True)
class Diamond:
    """A milestone marker centred on (cx, cy) with half-diagonal r."""

    cx: float
    cy: float
    r: float
    fill: Colour = "#222222"
    stroke: Colour | None = None
    ref: Ref = None


Primitive = Rect | Text | Line | Diamond


def translate(p: Primitive, dx: float, dy: float) -> Primitive:
    """The primitive `p` moved by (dx, dy) points."""
    if isinstance(p, Line):
        return replace(p, points=tuple((x + dx, y + dy) for x, y in p.points))
    if isinstance(p, Diamond):
        return replace(p, cx=p.cx + dx, cy=p.cy + dy)
    return replace(p, x=p.x + dx, y=p.y + dy)


@dataclass
class Visual:
    """One figure: its size in points, a title, and primitives drawn in list order."""

    width: float
    height: float
    title: str = ""
    items: list[Primitive] = field(default_factory=list)
    #: For a figure that can be laid out again at another width (Part B): width -> Visual.
    #: Exporters use it to lay a figure out at the size they print it.
    at_width: Callable[[float], Visual] | None = field(default=None, repr=False, compare=False)
    #: `at_width` without what changes no size or break (Part B: the arrows' routes), for
    #: the trial layouts that choose a print scale (visual_pages.paginate); None: at_width.
    sketch_at_width: Callable[[float], Visual] | None = field(default=None, repr=False, compare=False)
    #: Where the figure may be cut over several pages (desktop.domain.visuals.visual_pages): y values
    #: between rows, the end of the head that every piece repeats and the start of the foot.
    breaks: tuple[float, ...] = ()
    lane_breaks: tuple[float, ...] = ()  # the preferred breaks (between lanes), a subset
    head: float | None = None
    foot: float | None = None
    #: Heads of sections inside the figure, as (top, bottom): a piece that starts below a
    #: section's head repeats it under the figure's head (Part A's plan: its time axis).
    section_heads: tuple[tuple[float, float], ...] = ()
    #: Rows a page may cut that carry their label at their top, as (top, bottom, label box
    #: (x, y, w, h)): a piece that shows part of such a row but not its label repeats the
    #: texts in the box at the top of the part it shows (Part A's plan: the value chain).
    row_labels: tuple[tuple[float, float, tuple[float, float, float, float]], ...] = ()

    def add(self, *items: Primitive) -> None:
        self.items.extend(items)
