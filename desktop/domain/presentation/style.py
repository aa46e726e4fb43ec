"""How presentation mode recolours a figure (Qt-free): high-contrast light and dark themes,
dimming what is off the followed path, and a floor under the type size.

All functions return new primitives (they are frozen dataclasses) and never touch the
figure they were given.
"""

from __future__ import annotations

import colorsys
import dataclasses
from dataclasses import dataclass
from functools import lru_cache

from desktop.domain.visuals.visual import Diamond, Line, Primitive, Rect, Text, Visual


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    ink: str  # indicator and overlay text
    muted: str
    accent: str  # spotlight ring, focus of the in-scene editor
    dim: float  # how far dimmed colours move to the background (0-1)


THEMES = {
    "light": Theme("light", "#ffffff", "#101418", "#3e4c59", "#d64545", 0.82),
    "dark": Theme("dark", "#0d1117", "#f5f7fa", "#c3ccd6", "#ff6b6b", 0.78),
}


def _rgb(c: str) -> tuple[float, float, float]:
    c = c.lstrip("#")
    if len(c) != 6:
        return 0.0, 0.0, 0.0
    return int(c[0:2], 16) / 255, int(c[2:4], 16) / 255, int(c[4:6], 16) / 255


def _hex(r: float, g: float, b: float) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(max(0, min(255, round(v * 255))) for v in (r, g, b)))


@lru_cache(maxsize=4096)
def mix(a: str, b: str, t: float) -> str:
    ra, ga, ba = _rgb(a)
    rb, gb, bb = _rgb(b)
    return _hex(ra + (rb - ra) * t, ga + (gb - ga) * t, ba + (bb - ba) * t)


@lru_cache(maxsize=4096)
def dark_fill(c: str) -> str:
    """A fill for the dark theme: pale tints and paper turn dark, light-mid colours are
    darkened so that light text reads on them, dark colours stay; hue is kept."""
    h, light, s = colorsys.rgb_to_hls(*_rgb(c))
    if light > 0.8:
        light = 0.06 + (1.0 - light) * 0.9
    elif light > 0.45:
        light = 0.33 + (light - 0.45) * 0.25
    return _hex(*colorsys.hls_to_rgb(h, light, s))


@lru_cache(maxsize=4096)
def dark_stroke(c: str) -> str:
    """A line colour for the dark theme: pale grid lines turn dark, the rest light enough
    to show on the dark background."""
    h, light, s = colorsys.rgb_to_hls(*_rgb(c))
    if light > 0.8:
        light = 0.06 + (1.0 - light) * 1.2
    else:
        light = max(light, 0.68)
    return _hex(*colorsys.hls_to_rgb(h, light, s))


@lru_cache(maxsize=4096)
def dark_ink(c: str) -> str:
    """Text for the dark theme: dark text turns near-white (with a hint of its hue)."""
    h, light, s = colorsys.rgb_to_hls(*_rgb(c))
    if light >= 0.6:
        return c
    return _hex(*colorsys.hls_to_rgb(h, 0.93, min(s, 0.35)))


@lru_cache(maxsize=4096)
def strong_ink(c: str) -> str:
    """Text colour with more contrast on white (grey labels get darker)."""
    h, light, s = colorsys.rgb_to_hls(*_rgb(c))
    if light > 0.6:  # light text sits on a dark fill: keep it
        return c
    return _hex(*colorsys.hls_to_rgb(h, light * 0.55, s))


def recolour(p: Primitive, fn_fill, fn_ink, fn_stroke=None) -> Primitive:
    """`p` with fills mapped by fn_fill, text colour by fn_ink and outlines and lines by
    fn_stroke (default fn_fill)."""
    fn_stroke = fn_stroke or fn_fill
    if isinstance(p, Text):
        return dataclasses.replace(p, colour=fn_ink(p.colour))
    if isinstance(p, Rect):
        return dataclasses.replace(p, fill=fn_fill(p.fill) if p.fill else None,
                                   stroke=fn_stroke(p.stroke) if p.stroke else None)
    if isinstance(p, Diamond):
        return dataclasses.replace(p, fill=fn_fill(p.fill) if p.fill else p.fill,
                                   stroke=fn_stroke(p.stroke) if p.stroke else None)
    if isinstance(p, Line):
        return dataclasses.replace(p, stroke=fn_stroke(p.stroke))
    return p


def themed_items(items: list[Primitive], theme: str, min_size: float = 0.0) -> list[Primitive]:
    """The primitives drawn in `theme`, with text of at least `min_size` points."""
    out = []
    for p in items:
        if min_size and isinstance(p, Text) and p.size < min_size:
            p = dataclasses.replace(p, size=min_size)
        if theme == "dark":
            p = recolour(p, dark_fill, dark_ink, dark_stroke)
        else:
            p = recolour(p, lambda c: c, strong_ink)
        out.append(p)
    return out


def themed(visual: Visual, theme: str, min_size: float = 0.0) -> Visual:
    return Visual(visual.width, visual.height, visual.title,
                  themed_items(visual.items, theme, min_size))


def dimmed_items(items: list[Primitive], keep, background: str, amount: float) -> list[Primitive]:
    """Primitives whose ref is not in `keep` faded towards `background`; primitives
    without a ref (axes, headings) are left as they are."""
    fade = lambda c: mix(c, background, amount)  # noqa: E731
    return [p if p.ref is None or p.ref in keep else recolour(p, fade, fade) for p in items]


def is_dimmed(original: Primitive, shown: Primitive) -> bool:
    return original != shown
