"""Drawing a `Visual` as vector graphics on a reportlab canvas (report figures, posters).

`draw_visual` paints the primitives in list order at any scale; `VisualFlowable` is the
platypus flowable that scales a visual to the frame width (and a height limit). Text is
set in the embedded DejaVu Sans (with its fallback fonts for emoji, symbols and CJK) and
fitted to its box by `textfit`, so nothing but the registered fonts ends up in the PDF.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from desktop.domain.visuals.visual import Diamond, Line, Rect, Text, Visual
from desktop.export.fonts import draw_runs, register_fonts
from desktop.export.graphics.shapes import corner_radius, diamond_points, line_with_arrow, rgb
from desktop.export.graphics.textfit import font_of, place


class _Mapper:
    """Visual coordinates (points, y down, origin top-left) to canvas coordinates."""

    def __init__(self, x: float, y_top: float, scale: float) -> None:
        self.x0, self.y0, self.s = x, y_top, scale

    def pt(self, x: float, y: float) -> tuple[float, float]:
        return self.x0 + x * self.s, self.y0 - y * self.s


def draw_visual(canv, visual: Visual, x: float, y_top: float, scale: float = 1.0,
                clip: bool = True) -> None:
    """Draw `visual` with its top-left corner at canvas point (x, y_top), `scale` points
    per visual point. With `clip`, nothing is drawn outside the visual's own box."""
    register_fonts()
    m = _Mapper(x, y_top, scale)
    canv.saveState()
    if clip:
        path = canv.beginPath()
        path.rect(x, y_top - visual.height * scale, visual.width * scale, visual.height * scale)
        canv.clipPath(path, stroke=0, fill=0)
    canv.setLineJoin(1)
    for item in visual.items:
        if isinstance(item, Rect):
            _rect(canv, m, item)
        elif isinstance(item, Line):
            _line(canv, m, item)
        elif isinstance(item, Text):
            _text(canv, m, item)
        elif isinstance(item, Diamond):
            _diamond(canv, m, item)
    canv.restoreState()


def _rect(canv, m: _Mapper, r: Rect) -> None:
    if not r.fill and not r.stroke:
        return
    if r.fill:
        canv.setFillColorRGB(*rgb(r.fill))
    if r.stroke:
        canv.setStrokeColorRGB(*rgb(r.stroke))
        canv.setLineWidth(r.stroke_width * m.s)
    x, y = m.pt(r.x, r.y + r.h)
    radius = corner_radius(r) * m.s
    if radius > 0:
        canv.roundRect(x, y, r.w * m.s, r.h * m.s, radius, stroke=int(bool(r.stroke)), fill=int(bool(r.fill)))
    else:
        canv.rect(x, y, r.w * m.s, r.h * m.s, stroke=int(bool(r.stroke)), fill=int(bool(r.fill)))


def _line(canv, m: _Mapper, ln: Line) -> None:
    pts, head = line_with_arrow(ln)
    if len(pts) < 2:
        return
    canv.setStrokeColorRGB(*rgb(ln.stroke))
    canv.setLineWidth(ln.width * m.s)
    canv.setLineCap(0 if ln.dash else 1)
    if ln.dash:
        canv.setDash([d * m.s for d in ln.dash], 0)
    path = canv.beginPath()
    path.moveTo(*m.pt(*pts[0]))
    for p in pts[1:]:
        path.lineTo(*m.pt(*p))
    canv.drawPath(path, stroke=1, fill=0)
    if ln.dash:
        canv.setDash([], 0)
    if head:
        canv.setFillColorRGB(*rgb(ln.stroke))
        _polygon(canv, m, head, fill=True, stroke=False)


def _polygon(canv, m: _Mapper, pts, *, fill: bool, stroke: bool) -> None:
    path = canv.beginPath()
    path.moveTo(*m.pt(*pts[0]))
    for p in pts[1:]:
        path.lineTo(*m.pt(*p))
    path.close()
    canv.drawPath(path, stroke=int(stroke), fill=int(fill))


def _diamond(canv, m: _Mapper, d: Diamond) -> None:
    canv.setFillColorRGB(*rgb(d.fill))
    if d.stroke:
        canv.setStrokeColorRGB(*rgb(d.stroke))
        canv.setLineWidth(0.75 * m.s)
    _polygon(canv, m, diamond_points(d), fill=bool(d.fill), stroke=bool(d.stroke))


def _text(canv, m: _Mapper, t: Text) -> None:
    lines = place(t)
    if not lines:
        return
    canv.setFillColorRGB(*rgb(t.colour, "#222222"))
    font, size = font_of(t), t.size * m.s
    canv.setFont(font, size)
    for ln in lines:
        x, y = m.pt(ln.x, ln.baseline)
        draw_runs(canv, x, y, ln.text, font, size, ln.anchor)


class VisualFlowable(Flowable):
    """A visual as a platypus flowable: as wide as the frame (never wider than
    `max_scale` times its own size) and at most `max_height` points tall."""

    def __init__(self, visual: Visual, *, max_height: float | None = None, max_scale: float = 1.5,
                 border: str | None = "#D0D7E1") -> None:
        super().__init__()
        self.visual = visual
        self.max_height = max_height
        self.max_scale = max_scale
        self.border = border
        self.scale = 1.0
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float):
        v = self.visual
        limits = [avail_width / max(v.width, 1.0), self.max_scale]
        if self.max_height:
            limits.append(self.max_height / max(v.height, 1.0))
        self.scale = max(min(limits), 0.01)
        self.width, self.height = v.width * self.scale, v.height * self.scale
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        draw_visual(canv, self.visual, 0, self.height, self.scale)
        if self.border:
            canv.saveState()
            canv.setStrokeColorRGB(*rgb(self.border))
            canv.setLineWidth(0.5)
            canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
            canv.restoreState()
