"""User preferences (language, theme, snapshots, author name, export defaults) in QSettings."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings

THEMES = ("system", "light", "dark")


class Preferences:
    """Typed access to the user's preferences; defaults are declared here once."""

    def __init__(self) -> None:
        self._q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                            "Routekaart", "Routekaart")

    def _get(self, key: str, default, kind=str):
        value = self._q.value(key, default)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    @property
    def language(self) -> str:
        value = self._get("prefs/language", "system")
        return value if value in ("system", "nl", "en") else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("prefs/language", value)

    @property
    def theme(self) -> str:
        value = self._get("prefs/theme", "system")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._q.setValue("prefs/theme", value)

    @property
    def snapshot_minutes(self) -> int:
        return max(1, min(240, self._get("prefs/snapshot_minutes", 15, int)))

    @snapshot_minutes.setter
    def snapshot_minutes(self, value: int) -> None:
        self._q.setValue("prefs/snapshot_minutes", int(value))

    @property
    def author(self) -> str:
        try:
            fallback = getpass.getuser()
        except (OSError, KeyError):
            fallback = ""
        return self._get("prefs/author", fallback) or fallback

    @author.setter
    def author(self, value: str) -> None:
        self._q.setValue("prefs/author", value.strip())

    @property
    def export_language(self) -> str:
        value = self._get("prefs/export_language", "nl")
        return value if value in ("nl", "en") else "nl"

    @export_language.setter
    def export_language(self, value: str) -> None:
        self._q.setValue("prefs/export_language", value)

    @property
    def export_include_empty(self) -> bool:
        return self._get("prefs/export_include_empty", "false", str).lower() == "true"

    @export_include_empty.setter
    def export_include_empty(self, value: bool) -> None:
        self._q.setValue("prefs/export_include_empty", "true" if value else "false")

    def sync(self) -> None:
        self._q.sync()
