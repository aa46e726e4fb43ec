"""The views of an open roadmap (tabs of the main window) and the feature modules that add
menu actions. Both are imported only when needed, so start-up stays quick.

A view is a QWidget made as `Factory(session, lang, parent)`. A feature module has
`install(window)`, called once when the main window is built.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ViewSpec:
    key: str
    module: str
    factory: str
    title: str  # translated in the "Views" context
    shortcut: str


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("wizard", "desktop.wizard.view", "WizardView",
             QT_TRANSLATE_NOOP("Views", "Wizard"), "Ctrl+1"),
    ViewSpec("part_a", "desktop.canvas.views", "PartAView",
             QT_TRANSLATE_NOOP("Views", "Part A: overview"), "Ctrl+2"),
    ViewSpec("part_b", "desktop.canvas.views", "PartBView",
             QT_TRANSLATE_NOOP("Views", "Part B: timeline"), "Ctrl+3"),
    ViewSpec("monitoring", "desktop.monitoring.view", "MonitoringView",
             QT_TRANSLATE_NOOP("Views", "Monitoring"), "Ctrl+4"),
    ViewSpec("tables", "desktop.outline", "OutlineView",
             QT_TRANSLATE_NOOP("Views", "Tables"), "Ctrl+5"),
)

FEATURES: tuple[str, ...] = ("desktop.edit_menu", "desktop.export_ui.menu", "desktop.coedit_ui.menu",
                             "desktop.coedit_ui.live", "desktop.presentation.menu")


def _optional_module(name: str):
    """The module `name`, or None when that module itself is not part of this build.

    An import error inside an existing module is a bug and is raised, not hidden.
    """
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and (exc.name == name or name.startswith(exc.name + ".")):
            return None
        raise


def view_factory(spec: ViewSpec) -> Callable | None:
    module = _optional_module(spec.module)
    return getattr(module, spec.factory) if module is not None else None


def available_views() -> list[ViewSpec]:
    """The views this build has, in tab order (a view's module is imported on first use)."""
    import importlib.util

    found = []
    for spec in VIEWS:
        try:
            present = importlib.util.find_spec(spec.module) is not None
        except ModuleNotFoundError:
            present = False
        if present:
            found.append(spec)
    return found


def feature_installers() -> list[Callable]:
    out = []
    for name in FEATURES:
        module = _optional_module(name)
        if module is not None:
            out.append(module.install)
    return out
