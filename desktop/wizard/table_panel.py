"""An editable table of one entity on a wizard page, with add / delete / reorder buttons
and rich-text editors below it for the Markdown fields of the selected row.

Keys: Ctrl+Return adds a row, Delete removes the selected rows, Alt+Up / Alt+Down move
the selected row; typing or F2 edits a cell; choices and links open a drop-down list.
Ctrl+C / Ctrl+X / Ctrl+V copy, cut and paste whole rows (desktop.app.row_clipboard), as
Edit ▸ Copy / Cut / Paste do while the table has the focus.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import catalogue
from db.errors import RoadmapError
from db.model import Kind
from db.ops import Create, Delete, Move
from desktop.app.entity_table import ChoiceDelegate, EntityTableModel
from desktop.app.row_clipboard import RowCommands, row_key, select_rows
from desktop.app.session import RoadmapSession
from desktop.domain.reasons import refusal_text
from desktop.domain.wizard.sections import TableSpec
from desktop.wizard.feedback import InlineError
from desktop.wizard.richtext import MarkdownEditor

_WHERE = re.compile(r"^\w+(?:\[[^\]]*\])?\.(\w+): ")
WIDE = {"title", "name", "description", "text", "contribution", "deliverable", "message",
        "role", "note", "assessment", "core_task", "existing_instrument", "audience", "members",
        "source_detail", "indicator", "responsibility"}


class TablePanel(RowCommands, QWidget):
    """Rows of `spec.entity` as a table, edited in place.

    Signals:
        message(str): something to tell the user (a refused edit).
    """

    message = Signal(str)

    def __init__(self, session: RoadmapSession, spec: TableSpec, lang: str,
                 rows_source: Callable[[str], list[dict]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.spec = spec
        self.lang = lang
        self.entity = catalogue.entity(spec.entity)
        self.model = EntityTableModel(session, spec.entity, lang, columns=spec.column_names(),
                                      readonly=spec.readonly, rows_source=rows_source)
        read_only = session.store.read_only

        self._build_table(spec, lang)
        self._build_buttons(spec, lang, read_only)
        detail_box = self._build_details(session, spec, lang)
        self._lay_out(detail_box)

        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.delete_rows)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(+1))
        self.model.error.connect(self._on_error)
        self.model.dataChanged.connect(lambda *_: self.error.clear_error())
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.model.modelReset.connect(self._after_reset)
        if spec.addable and not read_only:
            ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
            QShortcut(QKeySequence("Ctrl+Return"), self, self.add_row, context=ctx)
        self.table.installEventFilter(self)  # Delete, Alt+Up, Alt+Down, copy/cut/paste rows
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._on_current(self.table.currentIndex())

    def _build_table(self, spec: TableSpec, lang: str) -> None:
        """The title and the table (its editing, selection and column widths)."""
        self.title = QLabel(self.entity.label(lang))
        self.title.setStyleSheet("font-weight: 600;")
        self.table = QTableView()
        self.table.setObjectName(f"table_{spec.entity}")
        self.table.setAccessibleName(self.entity.label(lang))
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(230)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for i, f in enumerate(self.model.fields):
            width = 230 if f.name in WIDE else 95 if f.kind in (Kind.INT, Kind.FLOAT, Kind.BOOL,
                                                                  Kind.COLOUR) else 130
            header.resizeSection(i, width)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def _build_buttons(self, spec: TableSpec, lang: str, read_only: bool) -> None:
        """Add, Delete, Up and Down (shown for a table rows can be added to), and the
        inline error."""
        self.add_button = QPushButton(self.tr("Add"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        tips = (self.tr("Add a row (Ctrl+Return)"), self.tr("Delete the selected rows (Delete)"),
                self.tr("Move the selected row up (Alt+Up)"), self.tr("Move the selected row down (Alt+Down)"))
        label = self.entity.label(lang)
        for b, tip in zip(self.buttons(), tips):
            b.setToolTip(tip)
            b.setAccessibleName(f"{tip.split(' (')[0]} — {label}")
            b.setVisible(spec.addable)
            b.setEnabled(not read_only)
        self.error = InlineError()

    def _build_details(self, session: RoadmapSession, spec: TableSpec, lang: str) -> QVBoxLayout:
        """A Markdown editor per detail field of the selected row, each under its caption."""
        self.details: dict[str, MarkdownEditor] = {}
        detail_box = QVBoxLayout()
        for name in spec.detail_names():
            editor = MarkdownEditor(session, spec.entity, name, lang)
            editor.setMaximumHeight(170)
            editor.message.connect(self.message)
            self.details[name] = editor
            caption = QLabel(self.tr("%1 of the selected row").replace(
                "%1", self.entity.by_name[name].label(lang)))
            caption.setStyleSheet("color: #555;")
            detail_box.addWidget(caption)
            detail_box.addWidget(editor)
        return detail_box

    def _lay_out(self, detail_box: QVBoxLayout) -> None:
        """The title and buttons above the table, the error and the details under it."""
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        for b in self.buttons():
            top.addWidget(b)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.error)
        lay.addLayout(detail_box)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.table and event.type() == QEvent.Type.KeyPress \
                and self.table.state() != QAbstractItemView.State.EditingState:
            key, mods = event.key(), event.modifiers()
            if row_key(self, event):
                return True
            if not self.spec.addable or self.session.store.read_only:
                return super().eventFilter(obj, event)
            if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_row(-1 if key == Qt.Key.Key_Up else +1)
                return True
            if key == Qt.Key.Key_Delete and mods == Qt.KeyboardModifier.NoModifier:
                self.delete_rows()
                return True
        return super().eventFilter(obj, event)

    # -- what the Edit menu and the row keys use (RowCommands) -------------------------------

    def row_entity(self) -> str:
        return self.entity.name

    def rows_addable(self) -> bool:
        return self.spec.addable

    def selected_ids(self) -> list[str]:
        return [self.model.row_id(r) for r in self._selected_rows()]

    def select_ids(self, ids: list[str]) -> None:
        select_rows(self.table, self.model, ids)

    def row_message(self, text: str) -> None:
        self.message.emit(text)

    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.add_button, self.delete_button, self.up_button, self.down_button)

    # -- state ------------------------------------------------------------------------------

    def set_active(self, active: bool) -> None:
        self.model.set_active(active)

    def commit_pending(self) -> list[str]:
        """Store detail text still being typed; the labels of entries that were refused."""
        return [self.entity.by_name[name].label(self.lang)
                for name, editor in self.details.items() if not editor.commit()]

    def _on_error(self, text: str) -> None:
        m = _WHERE.match(text)  # "action[a1].budget_eur: reason" -> "Budget (EUR): reason"
        if m and m.group(1) in self.entity.by_name:
            text = f"{self.entity.by_name[m.group(1)].label(self.lang)}: {text[m.end():]}"
        else:
            for f in self.entity.fields:  # "Budget (EUR): expected a number" -> label in lang
                if text.startswith(f.en + ": "):
                    text = f"{f.label(self.lang)}: {text[len(f.en) + 2:]}"
                    break
        msg = self.tr("Not stored — %1").replace("%1", text)
        self.error.show_error(msg)
        self.message.emit(msg)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def live_editing(self) -> dict | None:
        """{"entity", "row", "field"} of the current cell (what co-authors see marked)."""
        index = self.table.currentIndex()
        if not index.isValid() or not 0 <= index.column() < len(self.model.fields):
            return None
        return {"entity": self.spec.entity, "row": self.model.row_id(index.row()),
                "field": self.model.fields[index.column()].name}

    def row_rect(self, row_id: str):
        """The viewport rectangle of row `row_id` (None when it is not in the table)."""
        ids = self.model.row_ids()
        if row_id not in ids:
            return None
        row = ids.index(row_id)
        viewport = self.table.viewport()
        return QRect(0, self.table.rowViewportPosition(row), viewport.width(),
                     self.table.rowHeight(row))

    def _on_current(self, index) -> None:
        row_id = self.model.row_id(index.row()) if index.isValid() else None
        for editor in self.details.values():
            editor.set_row(row_id)

    def _after_reset(self) -> None:
        self._on_current(self.table.currentIndex())

    def select(self, row_id: str | None, field: str | None = None) -> bool:
        """Select row `row_id` (and the cell of `field`); focus the field's editor."""
        ids = self.model.row_ids()
        row = ids.index(row_id) if row_id in ids else (0 if ids else -1)
        names = [f.name for f in self.model.fields]
        col = names.index(field) if field in names else 0
        if row >= 0:
            index = self.model.index(row, col)
            self.table.setCurrentIndex(index)
            # the row in view from its first columns (code, title: which row it is), then
            # as far to the right as the field's cell needs
            self.table.horizontalScrollBar().setValue(0)
            self.table.scrollTo(self.model.index(row, 0))
            if not self.table.viewport().rect().contains(self.table.visualRect(index)):
                self.table.scrollTo(index)
        if field in self.details:
            self.details[field].edit.setFocus()
        else:
            self.table.setFocus()
        return True

    # -- editing ---------------------------------------------------------------------------

    def _selected_rows(self) -> list[int]:
        sel = self.table.selectionModel()
        rows = {i.row() for i in sel.selectedRows()} if sel else set()
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        return sorted(rows)

    def new_values(self) -> dict | None:
        """Values for a new row: required links and choices get a first option."""
        e = self.entity
        values: dict = {}
        taken = set()
        if self.spec.unique_choice:
            taken = {r.get(self.spec.unique_choice) for r in self.session.store.rows(e.name)}
        for f in e.fields:
            if not f.required or f.default is not None:
                continue
            if f.kind is Kind.REF:
                options = self.model.ref_options(f)
                if not options:
                    target = catalogue.entity(f.ref).label(self.lang)
                    self._on_error(self.tr("add a row to “%1” first").replace("%1", target))
                    return None
                used = {v for k, v in values.items() if e.by_name[k].ref == f.ref}
                free = [o for o in options if o[0] not in used]  # from ≠ to for dependencies
                if f.ref == "vision":
                    free = self._visions_first(f, free or options)
                values[f.name] = (free or options)[0][0]
            elif f.kind is Kind.CHOICE:
                free = [c.code for c in f.choices if c.code not in taken] \
                    if f.name == self.spec.unique_choice else []
                values[f.name] = (free or [f.choices[0].code])[0]
            elif f.kind is Kind.DATE:
                values[f.name] = self.session.store.roadmap().get("horizon_start") or "2026-01-01"
            elif f.kind in (Kind.INT, Kind.FLOAT):
                values[f.name] = f.minimum or 0
            else:
                from desktop.domain.wizard.default_names import new_name  # the roadmap's language

                values[f.name] = new_name(e.name, self.session.store.roadmap(), self.lang)
        return values

    def _visions_first(self, f, options: list) -> list:
        """Vision options with the likely one first: the vision of the row the user is on,
        then the selected visions (the ones Part A shows), in their order."""
        store = self.session.store
        current = self.current_id()
        here = (store.get(self.entity.name, current) or {}).get(f.name) if current else None
        selected = [v["id"] for v in store.rows("vision") if v.get("selected")]
        rank = {vid: i for i, vid in enumerate(selected)}

        def key(option):
            vid = option[0]
            return (0 if vid == here and vid in rank else 1, rank.get(vid, len(rank)))
        return sorted(options, key=key)

    def _warn_unselected_vision(self, row_id: str) -> None:
        """A new objective (or opportunity) under a vision that is not selected: say that
        Part A will not show it."""
        f = self.entity.by_name.get("vision_id")
        if f is None or self.entity.name != "objective":
            return
        store = self.session.store
        vid = (store.get(self.entity.name, row_id) or {}).get("vision_id")
        vision = store.get("vision", vid) if vid else None
        if vision is None:
            text = self.tr("This objective has no future vision: it will not show in Part A. "
                           "Choose one in the “%1” column.").replace("%1", f.label(self.lang))
        elif not vision.get("selected"):
            text = self.tr("This objective belongs to “%1”, a future vision that is not selected: "
                           "it will not show in Part A until that vision is selected or you choose "
                           "another one.").replace("%1", vision.get("title") or vision.get("code") or "")
        else:
            return
        self.error.show_error(text)
        self.message.emit(text)

    def add_row(self) -> str | None:
        """Add a row at the end and select it (its first required text cell)."""
        if not self.spec.addable or self.session.store.read_only:
            return None
        values = self.new_values()
        if values is None:
            return None
        try:
            change = self.session.apply([Create(self.entity.name, values)],
                                        self.tr("Add %1").replace("%1", self.entity.label(self.lang)))
        except RoadmapError as exc:
            self._on_error(refusal_text(exc, self.lang))
            return None
        self.error.clear_error()
        new_id = change.ops[0].id
        self.model.set_active(True)
        first_text = next((i for i, f in enumerate(self.model.fields)
                           if f.kind is Kind.TEXT and f.required), 0)
        row = self.model.row_ids().index(new_id)
        index = self.model.index(row, first_text)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        self._warn_unselected_vision(new_id)
        return new_id

    def delete_rows(self) -> None:
        rows = self._selected_rows()
        if not rows or not self.spec.addable:
            return
        ids = [self.model.row_id(r) for r in rows]
        try:
            self.session.apply([Delete(self.entity.name, i) for i in ids],
                               self.tr("Delete %n row(s)", "", len(ids)))
        except RoadmapError as exc:
            self._on_error(refusal_text(exc, self.lang))

    def move_row(self, step: int) -> None:
        rows = self._selected_rows()
        if len(rows) != 1:
            return
        r, other = rows[0], rows[0] + step
        if not 0 <= other < self.model.rowCount():
            return
        store = self.session.store
        name = self.entity.name
        a, b = store.get(name, self.model.row_id(r)), store.get(name, self.model.row_id(other))
        pa, pb = a["position"], b["position"]
        if pa == pb:
            pb = pa + step
        col = max(self.table.currentIndex().column(), 0)
        try:
            self.session.apply([Move(name, a["id"], pb), Move(name, b["id"], pa)], self.tr("Reorder"))
        except RoadmapError as exc:
            self._on_error(refusal_text(exc, self.lang))
            return
        self.table.setCurrentIndex(self.model.index(other, col))
