"""Rendering the main window on a roadmap to PNGs (works offscreen, without a display)."""

from __future__ import annotations

from pathlib import Path

from db.store import RoadmapStore


def window_png(roadmap: Path, target: Path, *, view: str = "part_b",
               size: tuple[int, int] = (1600, 1000), lang: str = "nl") -> Path:
    """Open `roadmap` read-only in a main window showing `view` (a view key such as
    "wizard", "part_a", "part_b", "monitoring", "tables"), and save a PNG of it."""
    from desktop.app.main_window import MainWindow
    from desktop.app.start import make_app

    app = make_app()
    window = MainWindow(lang=lang)
    window.set_store(RoadmapStore.open(roadmap, read_only=True), demo=True, remember=False)
    window.resize(*size)
    window.show()
    shown = window.show_view(view) if window.tabs and view in window.tabs.keys() else None
    for _ in range(3):
        app.processEvents()
    if view == "tables" and shown is not None:
        shown.show_entity("action")
        shown.table.resizeColumnsToContents()
        for c in range(shown.table.model().columnCount()):
            shown.table.setColumnWidth(c, min(shown.table.columnWidth(c), 260))
        app.processEvents()
    try:
        if not window.grab().save(str(target)):
            raise OSError(f"could not write {target}")
    finally:
        window.close_roadmap()
        window.hide()
        window.deleteLater()
        app.processEvents()
    return target
