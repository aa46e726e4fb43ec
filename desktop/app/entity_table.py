"""A generic, editable table of the rows of one entity, driven by the model catalogue.

Every edit becomes an operation through `RoadmapSession.apply` (stored at once, undoable);
the table redraws from the session's `changed` signal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from db import catalogue
from db.errors import RoadmapError
from db.model import Field, Kind
from db.ops import Change, Update
from desktop.app.session import RoadmapSession
from desktop.domain.reasons import refusal_text
from desktop.domain.value_text import parse_text, show_text

Index = QModelIndex | QPersistentModelIndex


class EntityTableModel(QAbstractTableModel):
    """Rows of one entity as a Qt table model.

    Signals:
        error(str): an edit was refused; the message says why.
    """

    error = Signal(str)

    def __init__(self, session: RoadmapSession, entity: str, lang: str, *,
                 columns: Sequence[str] | None = None, readonly: Sequence[str] = (),
                 rows_source: Callable[[str], list[dict]] | None = None,
                 where: dict | None = None) -> None:
        """`columns` limits and orders the fields shown (default: all but documents);
        `readonly` names columns shown but not editable; `rows_source(entity)` reads rows
        (e.g. from a shared cache; the list is copied) instead of the store; `where` shows
        only the rows whose fields equal these values (e.g. {"kpi_id": k}; see set_where)."""
        super().__init__()
        self.session = session
        self.entity = catalogue.entity(entity)
        self.lang = lang
        if columns:
            self.fields: list[Field] = [self.entity.by_name[n] for n in columns]
        else:
            self.fields = [f for f in self.entity.fields if f.kind is not Kind.DOCUMENT]
        self._readonly = frozenset(readonly)
        self._rows_source = rows_source
        self.where = dict(where or {})
        self._active = True
        self._stale = False
        self._watch = {self.entity.name, *(f.ref for f in self.entity.refs())}
        self._rows: list[dict] = []
        self._titles: dict[str, dict[str, str]] = {}
        self.reload()
        session.changed.connect(self._on_change)

    def set_active(self, active: bool) -> None:
        """An inactive model (its view is hidden) only notes changes; it reloads when made
        active again, so hidden tables cost nothing while the user edits elsewhere."""
        self._active = active
        if active and self._stale:
            self.reload()

    def set_where(self, where: dict) -> None:
        """Show the rows matching `where` instead (reloads only when it changed)."""
        if dict(where) != self.where:
            self.where = dict(where)
            self.reload()

    def _read(self, entity: str) -> list[dict]:
        where = self.where if entity == self.entity.name else None
        if self._rows_source is None:
            return self.session.store.rows(entity, where)
        rows = list(self._rows_source(entity))
        if where:
            rows = [r for r in rows if all(r.get(k) == v for k, v in where.items())]
        return rows

    # -- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._stale = False
        self._rows = self._read(self.entity.name)
        self._where = {r["id"]: i for i, r in enumerate(self._rows)}
        self._titles = {}
        for f in self.entity.refs():
            target = catalogue.entity(f.ref)
            self._titles[f.ref] = {r["id"]: show_text(target.by_name[target.title_field],
                                                      r[target.title_field], self.lang) or r["id"]
                                   for r in self._read(f.ref)}
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if not change.entities & self._watch:
            return
        if not self._active:
            self._stale = True
            return
        relevant = [r for r in change.rows if r.entity in self._watch]
        if all(r.kind == "update" and r.entity == self.entity.name for r in relevant):
            # field edits of our own rows (rows of unrelated entities in the same batch, such
            # as a status-history entry, do not matter): refresh those rows in place, keeping
            # open editors and the selection (a model reset would close them mid-commit)
            for r in relevant:
                i = self._where.get(r.id)
                if i is not None:
                    self._rows[i] = self.session.store.get(self.entity.name, r.id)
                    self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.fields) - 1))
            return
        self.reload()

    def row_id(self, row: int) -> str:
        return self._rows[row]["id"]

    def row_ids(self) -> list[str]:
        return [r["id"] for r in self._rows]

    def ref_options(self, f: Field) -> list[tuple[str, str]]:
        return sorted(self._titles.get(f.ref, {}).items(), key=lambda kv: kv[1].lower())

    # -- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.header_tip(self.fields[section])  # the full name of a narrow column
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            f = self.fields[section]
            return f.label(self.lang) + (" *" if f.required else "")
        return str(section + 1)

    def header_tip(self, f) -> str:
        lines = [f.label(self.lang)]
        if f.required:
            lines.append(self.tr("Required"))
        if f.kind is Kind.REF and f.ref:
            lines.append(self.tr("Chosen from: %1").replace("%1", catalogue.entity(f.ref).label(self.lang)))
        elif f.kind is Kind.DATE:
            lines.append(self.tr("A date: YYYY-MM-DD"))
        elif f.kind in (Kind.INT, Kind.FLOAT) and (f.minimum is not None or f.maximum is not None):
            lo = "" if f.minimum is None else f"{f.minimum:g}"
            hi = "" if f.maximum is None else f"{f.maximum:g}"
            lines.append(self.tr("A number from %1 to %2").replace("%1", lo or "…").replace("%2", hi or "…"))
        return "\n".join(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.session.store.read_only or self.fields[index.column()].name in self._readonly:
            return base
        if self.fields[index.column()].kind is Kind.BOOL:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        f = self.fields[index.column()]
        value = self._rows[index.row()].get(f.name)
        if f.kind is Kind.BOOL:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if f.kind is Kind.REF:
                return self._titles.get(f.ref, {}).get(value, "")
            if f.kind is Kind.MARKDOWN:  # the text as read, not its Markdown marks
                from desktop.export.report.markdown import to_plain

                return " · ".join(line for line in to_plain(value) if line.strip())[:200]
            return show_text(f, value, self.lang)
        if role == Qt.ItemDataRole.EditRole:
            return value if f.kind in (Kind.REF, Kind.CHOICE) else show_text(f, value, self.lang)
        if role == Qt.ItemDataRole.ToolTipRole and f.kind is Kind.MARKDOWN and value:
            from desktop.app.plain_text import literal

            return literal(value[:2000])  # co-authors' text, shown as written
        if role == Qt.ItemDataRole.TextAlignmentRole and f.kind in (Kind.INT, Kind.FLOAT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        f = self.fields[index.column()]
        row_id = self._rows[index.row()]["id"]
        try:
            if f.kind is Kind.BOOL and role == Qt.ItemDataRole.CheckStateRole:
                new = Qt.CheckState(value) == Qt.CheckState.Checked
            elif role == Qt.ItemDataRole.EditRole:
                new = value if f.kind in (Kind.REF, Kind.CHOICE) else parse_text(f, value, self.lang)
                if new == "" and f.kind in (Kind.REF, Kind.CHOICE):
                    new = None
            else:
                return False
            if new == self._rows[index.row()].get(f.name):
                return False
            label = f.label(self.lang)
            self.session.apply([Update(self.entity.name, row_id, {f.name: new})],
                               self.tr("Edit %1").replace("%1", label))
        except (RoadmapError, ValueError) as exc:
            self.error.emit(refusal_text(exc, self.lang) if isinstance(exc, RoadmapError) else str(exc))
            return False
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """Edits choice and reference cells with a drop-down list instead of typing."""

    def __init__(self, model: EntityTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def _options(self, f: Field) -> list[tuple[str | None, str]]:
        lang = self._model.lang
        if f.kind is Kind.CHOICE:
            opts = [(c.code, f.choice_label(c.code, lang)) for c in f.choices]
        else:
            opts = self._model.ref_options(f)
        return opts if f.required else [(None, "—"), *opts]

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        f = self._model.fields[index.column()]
        if f.kind not in (Kind.CHOICE, Kind.REF):
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        for code, label in self._options(f):
            box.addItem(label, code)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(i, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
