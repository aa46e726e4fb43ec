"""Raster images of the roadmap visuals with QPainter (the Qt side of the exporters).

`render_image` paints a `Visual` on a QImage at a chosen resolution (300 dpi by default,
antialiased, DejaVu Sans from resources/fonts); `save_png` writes it atomically;
`render_pngs` makes the PNG of every visual of a roadmap (the Word report's figures are
made by `desktop.export.job.report_pngs`: DOCX_DPI at the size they are printed). The text of
a label is fitted by `desktop.export.graphics.textfit`, so it is cut exactly where the PDF and SVG cut it.

Painting on a QImage is allowed outside the GUI thread; a QGuiApplication must exist.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from desktop.domain.visuals.visual import Diamond, Line, Rect, Text, Visual
from desktop.export.atomic import write_atomically
from desktop.export.bidi_text import ltr_line
from desktop.export.errors import ExportError, from_os_error
from desktop.export.fonts import FALLBACK_FILES
from desktop.export.graphics.shapes import (
    corner_radius,
    diamond_points,
    hex_colour,
    line_with_arrow,
)
from desktop.export.graphics.textfit import place
from desktop.export.resources import fonts_dir

DEFAULT_DPI = 300
MAX_PIXELS = 60_000_000  # about 240 MB of ARGB; bigger visuals are rendered at a lower dpi
FAMILY = "DejaVu Sans"
_fonts_lock = threading.Lock()
_family: str | None = None
_fallbacks: list[str] = []


def ensure_app() -> QGuiApplication:
    """The running Q(Gui)Application, or a new offscreen QGuiApplication (command line)."""
    app = QGuiApplication.instance()
    if app is None:
        from desktop.domain.paths import has_display

        if not has_display():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(["routekaart"])
    return app


def font_family() -> str:
    """Load the bundled DejaVu Sans into Qt once; its family name."""
    global _family
    with _fonts_lock:
        if _family is None:
            family = FAMILY
            for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
                fid = QFontDatabase.addApplicationFont(str(fonts_dir() / name))
                families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
                family = families[0] if families else family
            for name in FALLBACK_FILES.values():  # emoji and symbols, CJK
                fid = QFontDatabase.addApplicationFont(str(fonts_dir() / name))
                _fallbacks.extend(QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else [])
            _family = family
        return _family


def font_families() -> list[str]:
    """The bundled families in the order Qt should try them for a character: DejaVu Sans,
    then the fallback fonts for emoji/symbols and for CJK."""
    family = font_family()
    return [family] + [f for f in _fallbacks if f != family]


def image_size(visual: Visual, dpi: float = DEFAULT_DPI) -> tuple[int, int]:
    """Pixel size of `visual` at `dpi` (1 point = 1/72 inch)."""
    return max(1, round(visual.width * dpi / 72)), max(1, round(visual.height * dpi / 72))


def effective_dpi(visual: Visual, dpi: float = DEFAULT_DPI) -> float:
    """`dpi`, lowered when the image would exceed MAX_PIXELS."""
    w, h = image_size(visual, dpi)
    if w * h <= MAX_PIXELS:
        return dpi
    return dpi * (MAX_PIXELS / (w * h)) ** 0.5 * 0.999


#: zlib level of the 8-bit report figures: level 4 takes 60 % of the time of the default 6
#: for files 5 % larger (bench/export.py: 2,000 actions, 95 figure pages, 7.0 vs 6.6 MB)
PALETTE_PNG_LEVEL = 4


def _save_palette_png(image: QImage, path: Path, dpi: float) -> None:
    """`image` (ARGB32, opaque) as an 8-bit PNG of 256 colours chosen for it. The pixels are
    read straight from the QImage's memory (no converted copy in Qt first)."""
    from PIL import Image  # Pillow comes with reportlab

    raw = "BGRX" if sys.byteorder == "little" else "XRGB"  # ARGB32 is one 32-bit word a pixel
    picture = Image.frombuffer("RGB", (image.width(), image.height()), image.constBits(), "raw", raw,
                               image.bytesPerLine(), 1)
    picture = picture.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    picture.save(str(path), "PNG", dpi=(dpi, dpi), compress_level=PALETTE_PNG_LEVEL)


def render_image(visual: Visual, dpi: float = DEFAULT_DPI, background: str | None = "#ffffff") -> QImage:
    """`visual` painted on a new QImage at `dpi` (its dots-per-metre set to match)."""
    ensure_app()
    font_family()  # loads the bundled fonts into Qt (once) before anything is painted
    w, h = image_size(visual, dpi)
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        message = QCoreApplication.translate(
            "VisualImage", "Not enough memory for a %1 × %2 pixel image; choose a lower resolution.")
        raise ExportError(message.replace("%1", str(w)).replace("%2", str(h)))
    image.fill(QColor(background) if background else Qt.GlobalColor.transparent)
    dpm = round(dpi / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    p = QPainter(image)
    try:
        p.scale(w / visual.width if visual.width else 1, h / visual.height if visual.height else 1)
        p.setClipRect(QRectF(0, 0, visual.width, visual.height))
        paint_visual(p, visual, None)
    finally:
        p.end()
    return image


def paint_visual(painter: QPainter, visual: Visual, background: str | None = "#ffffff") -> None:
    """Paint `visual` with `painter` in the painter's current coordinates, one user unit of
    the visual (a PDF point) per coordinate unit: the one Qt renderer of a Visual (PNG
    export, the on-screen canvas). `background` fills the visual's rectangle first (None:
    leave it). The painter's state (pen, brush, font, hints) is saved and restored."""
    ensure_app()
    family = font_family()
    device = painter.device()
    device_dpi = device.logicalDpiY() if device is not None else 72
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        if background:
            painter.fillRect(QRectF(0, 0, visual.width, visual.height), QColor(background))
        _Painter(painter, family, device_dpi).draw(visual)
    finally:
        painter.restore()


#: Text is set this many times larger and drawn scaled down by as much: Qt rounds a font's
#: pixel size to a whole number, so 7.5 or 8.5 points drawn at one unit per point came out at
#: 8 and 9 (6 % wider than measured, past the edges of their boxes); at 16 times the rounding
#: is under half a percent.
TEXT_SCALE = 16.0


class _Painter:
    def __init__(self, p: QPainter, family: str, device_dpi: float) -> None:
        self.p = p
        self.family = family
        self.pt_per_unit = 72.0 / max(device_dpi, 1.0)  # QFont point size for 1 user unit
        self._fonts: dict[tuple[float, bool], QFont] = {}

    def draw(self, visual: Visual) -> None:
        for item in visual.items:
            if isinstance(item, Rect):
                self.rect(item)
            elif isinstance(item, Line):
                self.line(item)
            elif isinstance(item, Text):
                self.text(item)
            elif isinstance(item, Diamond):
                self.diamond(item)

    def font(self, size: float, bold: bool) -> QFont:
        key = (size, bold)
        if key not in self._fonts:
            f = QFont(self.family)
            f.setFamilies(font_families())
            f.setPointSizeF(max(size * TEXT_SCALE * self.pt_per_unit, 0.1))
            f.setBold(bold)
            f.setKerning(False)  # the PDF and SVG layouts are measured without kerning
            f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            f.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
            self._fonts[key] = f
        return self._fonts[key]

    def rect(self, r: Rect) -> None:
        if not r.fill and not r.stroke:
            return
        p = self.p
        p.setPen(QPen(QColor(hex_colour(r.stroke)), r.stroke_width) if r.stroke else Qt.PenStyle.NoPen)
        p.setBrush(QBrush(QColor(hex_colour(r.fill))) if r.fill else Qt.BrushStyle.NoBrush)
        box = QRectF(r.x, r.y, r.w, r.h)
        radius = corner_radius(r)
        if radius > 0:
            p.drawRoundedRect(box, radius, radius)
        else:
            p.drawRect(box)

    def line(self, ln: Line) -> None:
        pts, head = line_with_arrow(ln)
        if len(pts) < 2:
            return
        colour = QColor(hex_colour(ln.stroke, "#444444"))
        pen = QPen(colour, ln.width)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap if ln.dash else Qt.PenCapStyle.RoundCap)
        if ln.dash and ln.width > 0:
            pen.setDashPattern([max(d / ln.width, 0.01) for d in ln.dash])  # in pen widths
        path = QPainterPath(QPointF(*pts[0]))
        for pt in pts[1:]:
            path.lineTo(*pt)
        self.p.setPen(pen)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawPath(path)
        if head:
            self.p.setPen(Qt.PenStyle.NoPen)
            self.p.setBrush(QBrush(colour))
            self.p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in head]))

    def diamond(self, d: Diamond) -> None:
        self.p.setPen(QPen(QColor(hex_colour(d.stroke)), 0.75) if d.stroke else Qt.PenStyle.NoPen)
        self.p.setBrush(QBrush(QColor(hex_colour(d.fill))) if d.fill else Qt.BrushStyle.NoBrush)
        self.p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in diamond_points(d)]))

    def text(self, t: Text) -> None:
        lines = place(t)
        if not lines:
            return
        p = self.p
        p.save()
        p.scale(1 / TEXT_SCALE, 1 / TEXT_SCALE)
        p.setFont(self.font(t.size, t.bold))
        p.setPen(QColor(hex_colour(t.colour, "#222222")))
        for ln in lines:
            x = ln.x - (ln.width / 2 if ln.anchor == "middle" else ln.width if ln.anchor == "end" else 0)
            p.drawText(QPointF(x * TEXT_SCALE, ln.baseline * TEXT_SCALE), ltr_line(ln.text))
        p.restore()


def save_png(visual: Visual, path: str | os.PathLike, dpi: float = DEFAULT_DPI, *,
             palette: bool = False, scratch: bool = False) -> Path:
    """Write `visual` as a PNG at `dpi` (lowered for huge visuals) to `path`, atomically.
    With `palette` it is written with 256 colours chosen for the image (the flat colours
    of a figure survive, anti-aliased edges come close): about a third of the size, and
    faster to encode; the report's figures use it so that big Word reports stay mailable.
    A `scratch` file (a figure on its way into a report, in a temporary folder) is written
    in place, without the atomic rename and the flush to disk a file for the user gets."""
    dpi = effective_dpi(visual, dpi)
    image = render_image(visual, dpi)

    def produce(tmp: Path) -> None:
        if palette:
            _save_palette_png(image, tmp, dpi)
            return
        if not image.save(str(tmp), "PNG"):
            raise OSError(QCoreApplication.translate("VisualImage", "could not encode %1")
                          .replace("%1", Path(path).name))

    if scratch:
        try:
            produce(Path(path))
        except OSError as exc:
            raise from_os_error(exc, Path(path), replacing=False) from exc
        return Path(path)
    return write_atomically(path, produce)


def render_pngs(doc: dict, lang: str, folder: str | os.PathLike, dpi: float = DEFAULT_DPI, *,
                visuals: dict | None = None, names: dict[str, str] | None = None) -> dict[str, Path]:
    """PNG files of the visuals of roadmap `doc` in `folder`, by figure key (for
    `export_docx(figures=...)`). `names` maps keys to file names (default: file_names)."""
    from desktop.export.graphics.visuals import report_visuals

    visuals = report_visuals(doc, lang) if visuals is None else visuals
    names = names or file_names(doc, visuals)
    return {key: save_png(v, Path(folder) / f"{names[key]}.png", dpi) for key, v in visuals.items()}


def file_names(doc: dict, keys) -> dict[str, str]:
    from desktop.export.naming import visual_file_names

    return visual_file_names(doc, keys)
