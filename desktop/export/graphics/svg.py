"""A `Visual` as a standalone SVG document (for slides and the web). Pure Python.

Sizes are in points (the SVG's width/height carry the "pt" unit and the viewBox is the
visual's own coordinate system). Text is fitted to its box with the same metrics as the
PDF, and set in "DejaVu Sans, sans-serif"; every string is XML-escaped and stripped of
characters XML cannot hold.
"""

from __future__ import annotations

import os
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from desktop.domain.visuals.visual import Diamond, Line, Rect, Text, Visual
from desktop.export.atomic import write_atomically
from desktop.export.graphics.shapes import (
    corner_radius,
    diamond_points,
    hex_colour,
    line_with_arrow,
)
from desktop.export.graphics.textfit import clean, place

FONT_FAMILY = "DejaVu Sans, Routekaart Symbols, Routekaart CJK, sans-serif"


def _n(v: float) -> str:
    """A compact number."""
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _pts(points) -> str:
    return " ".join(f"{_n(x)},{_n(y)}" for x, y in points)


def _ref(item) -> str:
    if not item.ref:
        return ""
    entity, ident = item.ref
    return f" data-ref={quoteattr(clean(f'{entity}:{ident}'))}"


def _rect(r: Rect) -> str | None:
    if not r.fill and not r.stroke:
        return None
    attrs = [f'x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.w)}" height="{_n(r.h)}"']
    radius = corner_radius(r)
    if radius > 0:
        attrs.append(f'rx="{_n(radius)}"')
    attrs.append(f'fill="{hex_colour(r.fill)}"' if r.fill else 'fill="none"')
    if r.stroke:
        attrs.append(f'stroke="{hex_colour(r.stroke)}" stroke-width="{_n(r.stroke_width)}"')
    return f"<rect {' '.join(attrs)}{_ref(r)}/>"


def _line(ln: Line) -> list[str]:
    pts, head = line_with_arrow(ln)
    if len(pts) < 2:
        return []
    colour = hex_colour(ln.stroke, "#444444")
    dash = f' stroke-dasharray="{" ".join(_n(d) for d in ln.dash)}"' if ln.dash else ""
    cap = "butt" if ln.dash else "round"
    out = [f'<polyline points="{_pts(pts)}" fill="none" stroke="{colour}" stroke-width="{_n(ln.width)}" '
           f'stroke-linecap="{cap}" stroke-linejoin="round"{dash}{_ref(ln)}/>']
    if head:
        out.append(f'<polygon points="{_pts(head)}" fill="{colour}"/>')
    return out


def _diamond(d: Diamond) -> str:
    stroke = f' stroke="{hex_colour(d.stroke)}" stroke-width="0.75"' if d.stroke else ""
    fill = hex_colour(d.fill) if d.fill else "none"
    return f'<polygon points="{_pts(diamond_points(d))}" fill="{fill}"{stroke}{_ref(d)}/>'


def _text(t: Text) -> list[str]:
    """One <text> element per fitted line (no tspans: SVG Tiny viewers ignore their x/y)."""
    weight = ' font-weight="bold"' if t.bold else ""
    style = (f'font-family={quoteattr(FONT_FAMILY)} font-size="{_n(t.size)}"{weight} '
             f'fill="{hex_colour(t.colour, "#222222")}"')
    return [f'<text x="{_n(ln.x)}" y="{_n(ln.baseline)}" {style} text-anchor="{ln.anchor}"{_ref(t)}>'
            f'{escape(ln.text)}</text>' for ln in place(t)]


def visual_svg(visual: Visual) -> str:
    """The SVG document (text) of `visual`."""
    w, h = max(visual.width, 1.0), max(visual.height, 1.0)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{_n(w)}pt" height="{_n(h)}pt" '
           f'viewBox="0 0 {_n(w)} {_n(h)}" font-family={quoteattr(FONT_FAMILY)}>']
    if visual.title:
        out.append(f"<title>{escape(clean(visual.title))}</title>")
    out.append(f'<rect x="0" y="0" width="{_n(w)}" height="{_n(h)}" fill="#ffffff"/>')
    for item in visual.items:
        if isinstance(item, Rect):
            el = _rect(item)
            if el:
                out.append(el)
        elif isinstance(item, Line):
            out.extend(_line(item))
        elif isinstance(item, Text):
            out.extend(_text(item))
        elif isinstance(item, Diamond):
            out.append(_diamond(item))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def write_svg(visual: Visual, path: str | os.PathLike) -> Path:
    """Write the SVG of `visual` to `path` (temp file + rename; ExportError on failure)."""
    text = visual_svg(visual)
    return write_atomically(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
