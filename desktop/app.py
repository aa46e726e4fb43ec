"""Starting the Qt application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from db.errors import RoadmapError
from desktop import __version__


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Routekaart")
    app.setApplicationName("Routekaart")
    app.setApplicationVersion(__version__)
    return app


def run(*, file: Path | None = None, demo: bool = False) -> int:
    """Open the main window (on `file` or a fresh demo copy) and run the event loop."""
    app = make_app()
    from desktop.main_window import MainWindow

    window = MainWindow()
    if demo:
        from desktop.demo import fresh_demo
        from desktop.paths import data_dir

        try:
            window.set_store(fresh_demo(data_dir() / "demo.roadmap"), demo=True)
        except RoadmapError as exc:
            window.show_error(str(exc))
    elif file is not None:
        window.open_file(file)
    window.show()
    return app.exec()
