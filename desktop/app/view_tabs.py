"""The tabs of an open roadmap: one page per view (wizard, Part A, Part B, tables).

A view is built the first time its tab is shown, so opening a roadmap paints at once and
views the user never opens cost nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.app.session import RoadmapSession
from desktop.app.views import ViewSpec, view_factory


def view_title(spec: ViewSpec) -> str:
    return QCoreApplication.translate("Views", spec.title)


class ViewTabs(QTabWidget):
    """Tabs with lazily built views of one session.

    Signals:
        message(str): a view has something to tell the user (status bar).
        view_built(str, QWidget): a view was built (its key and the view).
    """

    message = Signal(str)
    view_built = Signal(str, QWidget)

    def __init__(self, session: RoadmapSession, lang: str, specs: list[ViewSpec],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.specs = list(specs)
        self.views: dict[str, QWidget] = {}
        self.setDocumentMode(True)
        self.setAccessibleName(self.tr("Roadmap views"))
        for spec in self.specs:
            page = QWidget()
            page.setObjectName(f"page_{spec.key}")
            lay = QVBoxLayout(page)
            lay.setContentsMargins(0, 0, 0, 0)
            self.addTab(page, view_title(spec))
        self.currentChanged.connect(self._ensure_built)

    def keys(self) -> list[str]:
        return [s.key for s in self.specs]

    def current_key(self) -> str | None:
        i = self.currentIndex()
        return self.specs[i].key if 0 <= i < len(self.specs) else None

    def show_view(self, key: str) -> QWidget | None:
        """Bring the view `key` to the front (building it if needed) and return it."""
        if key not in self.keys():
            return None
        index = self.keys().index(key)
        if self.currentIndex() == index:
            self._ensure_built(index)
        else:
            self.setCurrentIndex(index)
        return self.views.get(key)

    def view(self, key: str) -> QWidget | None:
        return self.views.get(key)

    def _ensure_built(self, index: int) -> None:
        if not 0 <= index < len(self.specs):
            return
        spec = self.specs[index]
        if spec.key in self.views:
            return
        factory = view_factory(spec)
        view = factory(self.session, self.lang, None)
        view.setObjectName(f"view_{spec.key}")
        self.views[spec.key] = view
        self.widget(index).layout().addWidget(view)
        view.show()  # a child added to a visible page is otherwise shown only later (queued)
        signal = getattr(view, "message", None)
        if signal is not None:
            signal.connect(self.message)
        self.view_built.emit(spec.key, view)

    def show_target(self, entity: str, row_id: str | None, field: str | None = None) -> bool:
        """Show an item: in the current view if it can, else in the wizard, else the tables."""
        order = [self.current_key()] + [k for k in ("wizard", "tables") if k != self.current_key()]
        for key in order:
            if key is None or key not in self.keys():
                continue
            view = self.show_view(key)
            handler = getattr(view, "show_target", None)
            if handler is not None and handler(entity, row_id, field) is not False:
                return True
        return False
