"""The roadmap outline: the method's steps with their entities on the left, the rows of the
chosen entity in an editable table on the right, with add / delete / reorder, and
cut / copy / paste of whole rows (Edit menu, or Ctrl+X / Ctrl+C / Ctrl+V in the table)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import catalogue
from db.errors import RoadmapError
from db.model import Kind
from db.ops import Change, Create, Delete, Move
from desktop.app.entity_table import ChoiceDelegate, EntityTableModel
from desktop.app.row_clipboard import RowCommands, row_key, select_rows
from desktop.app.session import RoadmapSession
from desktop.domain.reasons import refusal_text

STEP_NAMES = {
    "nl": ["Stap 0 — Voorbereiding", "Stap 1 — Toekomstbeelden en doelstellingen",
           "Stap 2 — Huidige situatie", "Stap 3 — Paden", "Stap 4 — Strategisch actieplan",
           "Stap 5 — Uitvoering en opvolging"],
    "en": ["Step 0 — Preparation", "Step 1 — Future visions and objectives",
           "Step 2 — Current situation", "Step 3 — Paths", "Step 4 — Strategic action plan",
           "Step 5 — Execution and monitoring"],
}


class OutlineView(RowCommands, QWidget):
    """Steps and entities on the left, the chosen entity's rows on the right.

    Signals:
        message(str): something to tell the user in the status bar (e.g. a refused edit).
    """

    message = Signal(str)

    def __init__(self, session: RoadmapSession, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.model: EntityTableModel | None = None

        self._build_tree(lang)
        right = self._build_rows()
        self._lay_out(right)

        self.tree.currentItemChanged.connect(self._on_tree)
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.delete_rows)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(+1))
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_rows)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.add_row)
        self.table.installEventFilter(self)  # Ctrl+C / Ctrl+X / Ctrl+V: whole rows
        session.changed.connect(self._update_counts)
        self._update_counts()
        self.show_entity("roadmap")

    def _build_tree(self, lang: str) -> None:
        """The outline: a node per step with an item per entity of that step."""
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Roadmap outline"))
        self._items: dict[str, QTreeWidgetItem] = {}
        for step, name in enumerate(STEP_NAMES[lang]):
            top = QTreeWidgetItem([name])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            for e in catalogue.ENTITIES:
                if e.step == step:
                    item = QTreeWidgetItem([e.label(lang)])
                    item.setData(0, Qt.ItemDataRole.UserRole, e.name)
                    top.addChild(item)
                    self._items[e.name] = item
        self.tree.expandAll()

    def _build_rows(self) -> QWidget:
        """The chosen entity's title, its row buttons and its table."""
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Rows"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(150)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.add_button = QPushButton(self.tr("&Add row"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.title)
        rl.addLayout(buttons)
        rl.addWidget(self.table, 1)
        return right

    def _lay_out(self, right: QWidget) -> None:
        """The outline beside the rows."""
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 900])
        self.splitter = split
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.table and event.type() == QEvent.Type.KeyPress \
                and self.table.state() != QAbstractItemView.State.EditingState and row_key(self, event):
            return True
        return super().eventFilter(obj, event)

    # -- what the Edit menu and the row keys use (RowCommands) -----------------------------

    def row_entity(self) -> str | None:
        return self.model.entity.name if self.model is not None else None

    def rows_addable(self) -> bool:
        return self.model is not None and not self.model.entity.singleton

    def selected_ids(self) -> list[str]:
        return [self.model.row_id(r) for r in self._selected_rows()] if self.model else []

    def select_ids(self, ids: list[str]) -> None:
        select_rows(self.table, self.model, ids)

    def row_message(self, text: str) -> None:
        self.message.emit(text)

    # -- navigation ----------------------------------------------------------------------

    def show_entity(self, name: str) -> None:
        self.tree.setCurrentItem(self._items[name])

    def show_target(self, entity: str, row_id: str | None, field: str | None = None) -> bool:
        """Select the row `row_id` of `entity` (and the column of `field`, when given)."""
        if entity not in self._items:
            return False
        self.show_entity(entity)
        if self.model is None:
            return False
        row = self.model.row_ids().index(row_id) if row_id in self.model.row_ids() else 0
        col = 0
        if field:
            names = [f.name for f in self.model.fields]
            col = names.index(field) if field in names else 0
        index = self.model.index(row, col)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
            self.table.setFocus()
        return True

    def current_entity(self) -> str | None:
        return self.model.entity.name if self.model else None

    def _on_tree(self, item: QTreeWidgetItem | None) -> None:
        name = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if not name:
            return
        old = self.model
        self.model = EntityTableModel(self.session, name, self.lang)
        self.model.error.connect(self.message)
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.model, self.table))
        if old is not None:
            self.session.changed.disconnect(old._on_change)
            old.deleteLater()
        e = self.model.entity
        self.title.setText(e.label(self.lang))
        for b in (self.add_button, self.delete_button, self.up_button, self.down_button):
            b.setVisible(not e.singleton)
            b.setEnabled(not self.session.store.read_only)

    def _update_counts(self, change: Change | None = None) -> None:
        store = self.session.store
        names = change.entities if change else self._items.keys()
        for name in names:
            e = catalogue.entity(name)
            label = e.label(self.lang) if e.singleton else f"{e.label(self.lang)} ({store.count(name)})"
            self._items[name].setText(0, label)

    # -- editing -------------------------------------------------------------------------

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()}) \
            if self.table.selectionModel() else []

    def add_row(self) -> None:
        if not self.model or self.model.entity.singleton:
            return
        e = self.model.entity
        values: dict = {}
        for f in e.fields:
            if not f.required or f.default is not None:
                continue
            if f.kind is Kind.REF:
                options = self.model.ref_options(f)
                if not options:
                    target = catalogue.entity(f.ref).label(self.lang)
                    self.message.emit(self.tr("Add a row to “%1” first.").replace("%1", target))
                    return
                values[f.name] = options[0][0]
            elif f.kind is Kind.CHOICE:
                values[f.name] = f.choices[0].code
            elif f.kind is Kind.DATE:
                values[f.name] = "2026-01-01"
            elif f.kind in (Kind.INT, Kind.FLOAT):
                values[f.name] = f.minimum or 0
            else:
                from desktop.domain.wizard.default_names import new_name  # the roadmap's language

                values[f.name] = new_name(e.name, self.session.store.roadmap(), self.lang)
        try:
            change = self.session.apply([Create(e.name, values)], self.tr("Add %1").replace("%1", e.label(self.lang)))
        except RoadmapError as exc:
            self.message.emit(refusal_text(exc, self.lang))
            return
        row = self.model.row_ids().index(change.ops[0].id)
        self.table.selectRow(row)
        self.table.setFocus()

    def delete_rows(self) -> None:
        rows = self._selected_rows()
        if not self.model or not rows or self.model.entity.singleton:
            return
        ids = [self.model.row_id(r) for r in rows]
        try:
            self.session.apply([Delete(self.model.entity.name, i) for i in ids],
                               self.tr("Delete %n row(s)", "", len(ids)))
        except RoadmapError as exc:
            self.message.emit(refusal_text(exc, self.lang))

    def move_row(self, step: int) -> None:
        rows = self._selected_rows()
        if not self.model or len(rows) != 1:
            return
        r = rows[0]
        other = r + step
        if not 0 <= other < self.model.rowCount():
            return
        store = self.session.store
        name = self.model.entity.name
        a, b = store.get(name, self.model.row_id(r)), store.get(name, self.model.row_id(other))
        pa, pb = a["position"], b["position"]
        if pa == pb:  # equal positions: give the pair distinct ones first
            pb = pa + step
        self.session.apply([Move(name, a["id"], pb), Move(name, b["id"], pa)], self.tr("Reorder"))
        self.table.selectRow(other)
