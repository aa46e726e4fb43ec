"""Rendering the main window on a roadmap to a PNG (works offscreen, without a display)."""

from __future__ import annotations

from pathlib import Path

from db.store import RoadmapStore


def window_png(roadmap: Path, target: Path, *, entity: str = "action",
               size: tuple[int, int] = (1400, 860)) -> Path:
    """Open `roadmap` read-only in a main window showing `entity`, and save a PNG of it."""
    from desktop.app import make_app
    from desktop.main_window import MainWindow

    app = make_app()
    window = MainWindow(lang="nl")
    window.set_store(RoadmapStore.open(roadmap), demo=True, remember=False)
    window.resize(*size)
    window.outline.show_entity(entity)
    window.show()
    app.processEvents()
    window.outline.table.resizeColumnsToContents()
    for c in range(window.outline.table.model().columnCount()):
        width = window.outline.table.columnWidth(c)
        window.outline.table.setColumnWidth(c, min(width, 260))
    app.processEvents()
    if not window.grab().save(str(target)):
        raise OSError(f"could not write {target}")
    window.close_roadmap()
    window.hide()
    window.deleteLater()
    app.processEvents()
    return target

