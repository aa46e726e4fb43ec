"""Geometry shared by the visual renderers (PDF, SVG, PNG): arrow heads, diamonds, colours
and the legend of a visual. Qt-free; coordinates are points, y downwards."""

from __future__ import annotations

import math
import re

from desktop.domain.visuals.visual import Diamond, Line, Rect, Visual

_HEX = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
Point = tuple[float, float]


def rgb(colour: str | None, default: str = "#000000") -> tuple[float, float, float]:
    """(r, g, b) in 0..1 of a "#rrggbb" (or "#rgb") colour; `default` for anything else."""
    m = _HEX.match((colour or "").strip()) or _HEX.match(default)
    if m is None:
        raise ValueError(f"not a colour: {default!r}")
    h = m.group(1)
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def hex_colour(colour: str | None, default: str = "#000000") -> str:
    r, g, b = rgb(colour, default)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def arrow_size(line_width: float) -> float:
    """The length of an arrow head for a line of this width."""
    return 3.5 + 2.2 * line_width


def line_with_arrow(line: Line) -> tuple[list[Point], list[Point] | None]:
    """The polyline to stroke and, when the line has an arrow, the head's triangle (tip
    first). The stroke stops at the head's base so it does not poke through the tip."""
    pts = [(float(x), float(y)) for x, y in line.points]
    if not line.arrow_end or len(pts) < 2:
        return pts, None
    (x0, y0), (x1, y1) = pts[-2], pts[-1]
    length = math.hypot(x1 - x0, y1 - y0)
    if length < 1e-6:
        return pts, None
    size = min(arrow_size(line.width), length)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    bx, by = x1 - ux * size, y1 - uy * size
    half = size * 0.45
    head = [(x1, y1), (bx - uy * half, by + ux * half), (bx + uy * half, by - ux * half)]
    return pts[:-1] + [(bx + ux * 0.3, by + uy * 0.3)], head


def diamond_points(d: Diamond) -> list[Point]:
    return [(d.cx, d.cy - d.r), (d.cx + d.r, d.cy), (d.cx, d.cy + d.r), (d.cx - d.r, d.cy)]


def corner_radius(r: Rect) -> float:
    return max(0.0, min(r.radius, r.w / 2, r.h / 2))


def legend_entries(visual: Visual) -> list[tuple[str, Rect | Diamond | Line]]:
    """What a legend should explain: (kind, sample primitive) for each kind of mark in
    the visual: "action" (rectangles showing actions), "milestone" (diamonds) and
    "dependency" (lines with an arrow). The first primitive of a kind is its sample."""
    found: dict[str, Rect | Diamond | Line] = {}
    for item in visual.items:
        entity = item.ref[0] if item.ref else None
        if isinstance(item, Diamond):
            found.setdefault("milestone", item)
        elif isinstance(item, Rect) and entity == "action":
            found.setdefault("action", item)
        elif isinstance(item, Line) and item.arrow_end and entity in (None, "dependency"):
            found.setdefault("dependency", item)
    order = ("action", "milestone", "dependency")
    return [(k, found[k]) for k in order if k in found]


def has_own_legend(visual: Visual) -> bool:
    """True when the visual explains its own symbols: a legend sample is a milestone
    diamond or an arrow that shows no roadmap row (no `ref`). Such a visual is a complete
    figure (title and legend included), and a poster adds no second legend."""
    return any(item.ref is None and (isinstance(item, Diamond) or (isinstance(item, Line) and item.arrow_end))
               for item in visual.items)
