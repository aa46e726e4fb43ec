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

    def export_dir(self) -> str:
        """The folder of the last export (falls back to the last roadmap folder)."""
        return str(self._q.value("export/last_dir", self.last_dir()))

    def set_export_dir(self, folder: str) -> None:
        self._q.setValue("export/last_dir", str(folder))

    def export_options(self) -> dict:
        """The export dialog's last choices (formats, language, paper, ...), or {}."""
        import json

        try:
            value = json.loads(str(self._q.value("export/options", "{}")))
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def set_export_options(self, options: dict) -> None:
        import json

        self._q.setValue("export/options", json.dumps(options))

    def sync(self) -> None:
        self._q.sync()

    # -- the main window's views (lead) ---------------------------------------------------

    def last_view(self) -> str:
        """The key of the roadmap view shown last (wizard, part_a, part_b, tables)."""
        return str(self._q.value("window/last_view", "wizard"))

    def set_last_view(self, key: str) -> None:
        self._q.setValue("window/last_view", key)

    # -- the Part B timeline's strip of projects and KPI targets --------------------------

    def part_b_strip(self) -> dict[str, bool]:
        """Which rows the Part B canvas shows under its lanes: {"projects", "kpi_milestones"}."""
        return {key: str(self._q.value(f"part_b/{key}", "false")).lower() == "true"
                for key in ("projects", "kpi_milestones")}

    def set_part_b_strip(self, key: str, on: bool) -> None:
        self._q.setValue(f"part_b/{key}", "true" if on else "false")
