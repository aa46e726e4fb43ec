"""Exporting a canvas view as PNG (chosen resolution) or SVG, through the exporters'
one renderer of a Visual (desktop.export_ui.visual_png and desktop.export.graphics.svg)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from desktop.domain.visuals.visual import Visual

DPI_CHOICES = ("96", "150", "300", "600")


def save_visual(visual: Visual, path: str | Path, dpi: float = 300) -> Path:
    """Write `visual` to `path`: SVG for a .svg name, else PNG at `dpi`."""
    path = Path(path)
    if path.suffix.lower() == ".svg":
        from desktop.export.graphics.svg import write_svg

        return write_svg(visual, path)
    from desktop.export_ui.visual_png import save_png

    if path.suffix.lower() != ".png":
        path = path.with_suffix(".png")
    return save_png(visual, path, dpi)


def ask_and_save(parent: QWidget, visual: Visual, kind: str, base_name: str) -> Path | None:
    """Ask where (and for PNG at which resolution) to save; returns the written file."""
    if kind == "svg":
        name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("CanvasExport", "Export as SVG"),
                                              f"{base_name}.svg",
                                              QCoreApplication.translate("CanvasExport", "SVG image (*.svg)"))
        if not name:
            return None
        if not name.lower().endswith(".svg"):
            name += ".svg"
        return save_visual(visual, name)
    dpi, ok = QInputDialog.getItem(parent, QCoreApplication.translate("CanvasExport", "Export as PNG"),
                                   QCoreApplication.translate("CanvasExport", "Resolution (dots per inch)"),
                                   list(DPI_CHOICES), 2, False)
    if not ok:
        return None
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("CanvasExport", "Export as PNG"),
                                          f"{base_name}.png",
                                          QCoreApplication.translate("CanvasExport", "PNG image (*.png)"))
    if not name:
        return None
    return save_visual(visual, name, float(dpi))


def export_message(parent: QWidget, visual: Visual, kind: str, base_name: str) -> str | None:
    """Ask, save, and say how it went: the message for the status bar (None: cancelled)."""
    from db.errors import RoadmapError

    try:
        path = ask_and_save(parent, visual, kind, base_name)
    except (OSError, RoadmapError) as exc:
        return str(exc)
    if path is None:
        return None
    return QCoreApplication.translate("CanvasExport", "Saved %1").replace("%1", str(path))
