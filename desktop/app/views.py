"""The views of an open roadmap (tabs of the main window) and the feature modules that add
menu actions. Both are imported only when needed, so start-up stays quick.

A view is a QWidget made as `Factory(session, lang, parent)`; its spec holds a loader that
imports the view's module on first use. A feature module has `install(window)`, called once
when the main window is built. The imports are plain `from ... import` statements inside
the loaders, so the dependencies stay visible to readers and to the import contracts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ViewSpec:
    key: str
    load: Callable[[], Callable]  # imports the view's module and returns its factory
    title: str  # translated in the "Views" context
    shortcut: str


def _wizard() -> Callable:
    from desktop.wizard.view import WizardView

    return WizardView


def _part_a() -> Callable:
    from desktop.canvas.views import PartAView

    return PartAView


def _part_b() -> Callable:
    from desktop.canvas.views import PartBView

    return PartBView


def _monitoring() -> Callable:
    from desktop.monitoring.view import MonitoringView

    return MonitoringView


def _tables() -> Callable:
    from desktop.app.outline import OutlineView

    return OutlineView


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("wizard", _wizard, QT_TRANSLATE_NOOP("Views", "Wizard"), "Ctrl+1"),
    ViewSpec("part_a", _part_a, QT_TRANSLATE_NOOP("Views", "Part A: overview"), "Ctrl+2"),
    ViewSpec("part_b", _part_b, QT_TRANSLATE_NOOP("Views", "Part B: timeline"), "Ctrl+3"),
    ViewSpec("monitoring", _monitoring, QT_TRANSLATE_NOOP("Views", "Monitoring"), "Ctrl+4"),
    ViewSpec("tables", _tables, QT_TRANSLATE_NOOP("Views", "Tables"), "Ctrl+5"),
)


def _edit_menu() -> Callable:
    from desktop.app.edit_menu import install

    return install


def _export_menu() -> Callable:
    from desktop.export_ui.menu import install

    return install


def _print_menu() -> Callable:
    from desktop.app.printing import install

    return install


def _coedit_menu() -> Callable:
    from desktop.coedit_ui.menu import install

    return install


def _live_menu() -> Callable:
    from desktop.coedit_ui.live import install

    return install


def _presentation_menu() -> Callable:
    from desktop.presentation.menu import install

    return install


def _reference_lane_menu() -> Callable:
    from desktop.canvas.reference_menu import install

    return install


def _part_b_menu() -> Callable:
    from desktop.app.part_b_menu import install

    return install


def _landscape_menu() -> Callable:
    from desktop.export_ui.landscape import install

    return install


#: loaders of the feature modules' `install(window)`, in menu order
FEATURES: tuple[Callable[[], Callable], ...] = (_edit_menu, _export_menu, _print_menu, _coedit_menu,
                                                _live_menu, _presentation_menu, _reference_lane_menu,
                                                _part_b_menu, _landscape_menu)


def view_factory(spec: ViewSpec) -> Callable:
    """The view's factory (its module is imported on first use)."""
    return spec.load()


def available_views() -> list[ViewSpec]:
    """The views, in tab order."""
    return list(VIEWS)


def feature_installers() -> list[Callable]:
    return [load() for load in FEATURES]
