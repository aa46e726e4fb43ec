"""Per-machine user-interface state (window geometry, recent files), kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


class Settings:
    """Typed access to the app's QSettings (INI format)."""

    def __init__(self) -> None:
        self._q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                            "Routekaart", "Routekaart")

    def recent_files(self) -> list[str]:
        value = self._q.value("recent/files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def add_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files() if f != path]
        self._q.setValue("recent/files", files[:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self._q.setValue("recent/files", [f for f in self.recent_files() if f != path])

    def window_geometry(self) -> QByteArray | None:
        return self._q.value("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._q.value("window/state")

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)

    def last_dir(self) -> str:
        return str(self._q.value("files/last_dir", str(Path.home())))

    def set_last_dir(self, path: str) -> None:
        self._q.setValue("files/last_dir", str(Path(path).parent))

    def sync(self) -> None:
        self._q.sync()
