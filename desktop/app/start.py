"""Starting the Qt application."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from db.errors import RoadmapError
from desktop import __version__


def _quiet_offscreen(mode: QtMsgType, context, message: str) -> None:
    """Drop the offscreen platform's harmless notices; print anything else as Qt would."""
    if "does not support propagateSizeHints" in message:
        return
    print(message, file=sys.stderr)


def make_app() -> QApplication:
    existing = QApplication.instance()
    if existing is not None:  # tests: pytest-qt owns the application and its message handler
        return existing
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        qInstallMessageHandler(_quiet_offscreen)
    # high-DPI: scale by the screen's exact factor (150 % stays 150 %, no rounding to 200 %)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Routekaart")
    app.setApplicationName("Routekaart")
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    from desktop.domain.paths import resources_dir

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resources_dir() / "icons" / f"routekaart-{size}.png"))
    app.setWindowIcon(icon)
    app.setDesktopFileName("routekaart")
    if app.platformName() == "offscreen":
        # the offscreen clipboard crashes at exit when it still holds data made in Python
        # (copied rows, desktop.app.row_clipboard); a desktop clipboard keeps it
        app.aboutToQuit.connect(lambda: app.clipboard().clear())
    from desktop.app import i18n, theme
    from desktop.settings.preferences import Preferences

    prefs = Preferences()
    i18n.install(i18n.resolve(prefs.language))
    theme.apply(prefs.theme)
    return app


def run(*, file: Path | None = None, demo: bool = False) -> int:
    """Open the main window (on `file` or a fresh demo copy) and run the event loop."""
    app = make_app()
    from desktop.app import crash
    from desktop.app.main_window import MainWindow

    crash.install()

    from desktop.app import i18n
    from desktop.settings.preferences import Preferences

    window = MainWindow(lang=i18n.resolve(Preferences().language))
    if demo:
        from desktop.demo import free_demo_path, fresh_demo
        from desktop.domain.paths import data_dir

        try:
            path = free_demo_path(data_dir())
            fresh_demo(path, cache=data_dir() / "cache").close()
        except RoadmapError as exc:
            window.show_error(exc)
        else:
            window.open_file(path, demo=True)
    elif file is not None:
        window.open_file(file)
    window.show()
    if os.environ.get("ROUTEKAART_STARTUP_PROBE"):
        _quit_after_first_paint(window)
    return app.exec()


class _FirstPaint(QObject):
    """Startup benchmark probe: report the first paint of the window, then quit."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            print("FIRST-PAINT", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            obj.removeEventFilter(self)
        return False


def _quit_after_first_paint(window) -> None:
    probe = _FirstPaint(window)
    window.installEventFilter(probe)
