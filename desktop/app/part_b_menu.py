"""View-menu toggles for the Part B timeline: show the projects and the KPI yearly targets
in a strip under the lanes (the strip the report's Part B figures print).

The choice is remembered in the user's settings and applies to every roadmap opened; the
Part B view gets it when it is built and whenever a toggle changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

KEYS = ("projects", "kpi_milestones")


class PartBStripActions(QObject):
    """The two checkable actions, owned by the main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("PartBStripActions")
        self.window = window
        texts = {
            "projects": (QCoreApplication.translate("PartBMenu", "Part B: show pro&jects"),
                         QCoreApplication.translate(
                             "PartBMenu", "Show the projects of the portfolio under the timeline's lanes")),
            "kpi_milestones": (QCoreApplication.translate("PartBMenu", "Part B: show &KPI targets per year"),
                               QCoreApplication.translate(
                                   "PartBMenu", "Show each KPI's yearly targets under the timeline's lanes")),
        }
        settings = getattr(window, "settings", None)
        saved = settings.part_b_strip() if settings is not None else {}
        self.actions: dict[str, QAction] = {}
        menu = window.menu("view")
        menu.addSeparator()
        for key in KEYS:
            text, tip = texts[key]
            a = QAction(text, window)
            a.setObjectName(f"part_b_{key}_action")
            a.setCheckable(True)
            a.setChecked(bool(saved.get(key)))
            a.setStatusTip(tip)
            a.setToolTip(tip)
            a.toggled.connect(lambda on, k=key: self.toggled(k, on))
            menu.addAction(a)
            self.actions[key] = a
        self._tabs = None
        window.session_changed.connect(self.on_session)
        self.on_session(getattr(window, "session", None))

    def options(self) -> dict[str, bool]:
        return {k: a.isChecked() for k, a in self.actions.items()}

    def toggled(self, key: str, on: bool) -> None:
        settings = getattr(self.window, "settings", None)
        if settings is not None:
            settings.set_part_b_strip(key, on)
        self.apply()

    def on_session(self, session) -> None:
        for a in self.actions.values():
            a.setEnabled(session is not None)
        tabs = getattr(self.window, "tabs", None) if session is not None else None
        if tabs is not None and tabs is not self._tabs:
            self._tabs = tabs
            tabs.view_built.connect(self._on_view_built)
        self.apply()

    def _on_view_built(self, key: str, view) -> None:
        if key == "part_b":
            self._apply_to(view)

    def apply(self) -> None:
        """Give the current choice to the Part B view, if it is built."""
        tabs = getattr(self.window, "tabs", None)
        view = tabs.view("part_b") if tabs is not None else None
        if view is not None:
            self._apply_to(view)

    def _apply_to(self, view) -> None:
        o = self.options()
        if getattr(view, "strip_options", None) != o:
            view.set_strip(o["projects"], o["kpi_milestones"])


def install(window) -> PartBStripActions:
    window.part_b_strip_actions = PartBStripActions(window)
    return window.part_b_strip_actions
