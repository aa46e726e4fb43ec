"""Colours and type sizes of the roadmap visuals, and how a status looks (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

INK = "#1f2933"
MUTED = "#52606d"
FAINT = "#9aa5b1"
GRID = "#e4e7eb"
GRID_MINOR = "#eef1f4"
RULE = "#cbd2d9"
PAPER = "#ffffff"
HEADER_BG = "#f5f7fa"
TODAY = "#d64545"
ARROW = "#7f8c99"
DEFAULT_OWNER = "#7b8794"
ACCENT = "#1f4e79"

TERM_FILL = {"short": "#e3edf7", "medium": "#cfe0f1", "long": "#bbd2ea"}
TERM_TINT = {"short": "#fafcfe", "medium": "#f3f7fb", "long": "#eaf1f8"}
TERM_INK = "#1f3b5b"

LAYER_COLOUR = {
    "science": "#dde8f4", "technology": "#e3efdb", "product": "#fdf1cf",
    "market": "#f9e0d0", "enabling": "#ebebeb", "other": "#f0f0f0",
}
CHAIN_COLOURS = ("#2e75b6", "#c55a11", "#548235", "#7030a0", "#bf9000", "#2f5597", "#a5366f")

LAYER_ORDER = ("science", "technology", "product", "market", "enabling", "other")


def rgb(colour: str) -> tuple[int, int, int]:
    c = colour.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def hex_colour(r: float, g: float, b: float) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(max(0, min(255, round(v))) for v in (r, g, b)))


@lru_cache(maxsize=4096)  # a figure mixes the same few colours for each of its bars
def mix(a: str, b: str, t: float) -> str:
    """Colour between a (t = 0) and b (t = 1)."""
    ra, ga, ba = rgb(a)
    rb, gb, bb = rgb(b)
    return hex_colour(ra + (rb - ra) * t, ga + (gb - ga) * t, ba + (bb - ba) * t)


def luminance(colour: str) -> float:
    """Relative luminance (WCAG) of a #rrggbb colour, 0 (black) to 1 (white)."""
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
    r, g, b = rgb(colour)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def readable_on(fill: str) -> str:
    """White or ink, whichever contrasts more with `fill`."""
    lum = luminance(fill)
    return PAPER if (1.05 / (lum + 0.05)) >= ((lum + 0.05) / (luminance(INK) + 0.05)) else INK


def valid_colour(value: object, fallback: str) -> str:
    if isinstance(value, str) and len(value) == 7 and value.startswith("#"):
        try:
            rgb(value)
            return value.lower()
        except ValueError:
            pass
    return fallback


@dataclass(frozen=True)
class BarStyle:
    """How a bar of one status looks: fill, outline, label colour and label prefix."""

    fill: str
    stroke: str
    stroke_width: float
    text: str
    prefix: str = ""


def bar_style(status: str | None, owner_colour: str) -> BarStyle:
    """Planned bars are light tints of the owner's colour; committed, ongoing and done
    bars are solid; delayed ones get a red outline; cancelled ones turn grey."""
    if status == "cancelled":
        return BarStyle("#eceff2", FAINT, 0.75, MUTED, "✕ ")
    if status in (None, "planned"):
        fill = mix(owner_colour, PAPER, 0.68)
        return BarStyle(fill, mix(owner_colour, INK, 0.1), 0.9, INK)
    fill = owner_colour
    text = readable_on(fill)
    if status == "delayed":
        return BarStyle(fill, TODAY, 1.8, text, "! ")
    if status == "done":
        return BarStyle(fill, mix(fill, INK, 0.35), 0.6, text, "✓ ")
    return BarStyle(fill, mix(fill, INK, 0.35), 0.6, text)


def chain_colour(row: dict, index: int) -> str:
    return valid_colour(row.get("colour"), CHAIN_COLOURS[index % len(CHAIN_COLOURS)])


def lane_colour(row: dict) -> str:
    return valid_colour(row.get("colour"), LAYER_COLOUR.get(row.get("layer") or "other", "#f0f0f0"))


#: Okabe & Ito's colour-blind-safe palette (without black), for partners without a colour.
OWNER_PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442")


def owner_colours(partners) -> dict[str, str]:
    """Colour by partner id: the partner's own valid colour, else the next colour of
    OWNER_PALETTE in partner order (a palette colour is reused only after all seven);
    so partners without a colour still tell apart in bars and legend."""
    out: dict[str, str] = {}
    n = 0
    for p in partners:
        own = valid_colour(p.get("colour"), "")
        if own:
            out[p["id"]] = own
        else:
            out[p["id"]] = OWNER_PALETTE[n % len(OWNER_PALETTE)]
            n += 1
    return out
