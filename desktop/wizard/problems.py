"""The problems panel: the roadmap's check results, errors first; activating one asks the
wizard to jump to the row and field concerned."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.checks.engine import Problem, counts
from desktop.domain.wizard.sections import BY_KEY

#: At most this many problems are listed at once (a big roadmap can have thousands of hints).
MAX_SHOWN = 200

Index = QModelIndex | QPersistentModelIndex

_ICONS = {"error": QStyle.StandardPixmap.SP_MessageBoxCritical,
          "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
          "hint": QStyle.StandardPixmap.SP_MessageBoxInformation}


class ProblemsModel(QAbstractListModel):
    def __init__(self, lang: str, style: QStyle) -> None:
        super().__init__()
        self.lang = lang
        self.problems: list[Problem] = []
        self._icons = {k: style.standardIcon(v) for k, v in _ICONS.items()}

    def set_problems(self, problems: list[Problem]) -> None:
        if problems == self.problems:
            return  # no reset: the list keeps its layout and scroll position
        self.beginResetModel()
        self.problems = problems
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.problems)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self.problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return p.message(self.lang)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(p.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            spec = BY_KEY.get(p.section)
            from desktop.domain.wizard.section_numbers import NUMBERS

            where = f"{NUMBERS.get(spec.key, spec.chapter)} {spec.title(self.lang)}" if spec else p.section
            from desktop.app.plain_text import literal

            return literal(f"{p.message(self.lang)}\n{p.code} · {where}")
        return None


class ProblemsPanel(QWidget):
    """Signals:
        activated(Problem): the user chose a problem (click, Return).
    """

    activated = Signal(object)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.section_key: str | None = None
        self._all: list[Problem] = []
        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: 600;")
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Which problems"))
        self.scope.addItem(self.tr("All sections"), "all")
        self.scope.addItem(self.tr("This section"), "section")
        self.scope.addItem(self.tr("Errors only"), "error")
        self.model = ProblemsModel(lang, self.style())
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Problems"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(1)
        self.more = QLabel()
        self.more.setWordWrap(True)
        self.more.setStyleSheet("color: #666;")
        self.more.hide()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.scope)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.more)
        self.list.activated.connect(self._on_activated)
        self.list.clicked.connect(self._on_activated)
        self.scope.currentIndexChanged.connect(lambda _i: self._refilter())

    def set_problems(self, problems: list[Problem], section_key: str | None = None) -> None:
        self._all = problems
        if section_key is not None:
            self.section_key = section_key
        self._refilter()

    def set_section(self, key: str) -> None:
        self.section_key = key
        if self.scope.currentData() == "section":
            self._refilter()

    def _refilter(self) -> None:
        scope = self.scope.currentData()
        shown = self._all
        if scope == "section":
            shown = [p for p in shown if p.section == self.section_key]
        elif scope == "error":
            shown = [p for p in shown if p.severity == "error"]
        self.model.set_problems(shown[:MAX_SHOWN])
        more = len(shown) - MAX_SHOWN
        self.more.setVisible(more > 0)
        self.more.setText(self.tr("… and %1 more: choose “This section” to see the problems of "
                                  "one page").replace("%1", str(more)))
        c = counts(self._all)
        parts = (self.tr("%n error(s)", "", c["error"]), self.tr("%n warning(s)", "", c["warning"]),
                 self.tr("%n hint(s)", "", c["hint"]))
        self.summary.setText(self.tr("Problems: %1").replace("%1", ", ".join(parts)))

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.model.problems[index.row()])
