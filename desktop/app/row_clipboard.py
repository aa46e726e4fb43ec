"""Rows of the roadmap on the system clipboard, for Cut/Copy/Paste of table rows (wizard
tables, the Tables tab) and of the boxes of the Part A overview.

Copy puts two forms on the clipboard: tab-separated text (a header line with the field
labels, one line per row, values as the user reads them) that any other program can
paste, and the rows as JSON under ROWS_MIME, which Paste reads back. Paste makes new rows
(fresh ids, at the end) through `RoadmapSession.apply`: one undo step. A link to a row
that no longer exists is left out, so a pasted row never points at nothing.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

from db import catalogue
from db.model import Kind
from db.ops import Create
from desktop.domain.value_text import show_text

ROWS_MIME = "application/x-routekaart-rows+json"


def _copyable(entity) -> list:
    return [f for f in entity.fields if f.kind is not Kind.DOCUMENT]


def rows_as_text(store, entity_name: str, ids: list[str], lang: str) -> str:
    """The rows as tab-separated text with a header line of field labels."""
    e = catalogue.entity(entity_name)
    fields = _copyable(e)
    lines = ["\t".join(f.label(lang) for f in fields)]
    for i in ids:
        row = store.get(entity_name, i) or {}
        cells = []
        for f in fields:
            value = row.get(f.name)
            if f.kind is Kind.REF and value:
                target = catalogue.entity(f.ref)
                value = (store.get(f.ref, value) or {}).get(target.title_field) or value
                text = str(value)
            else:
                text = show_text(f, value, lang)
            cells.append(" ".join(text.split()))  # one line per row, no tabs inside a cell
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def copy_rows(store, groups: list[tuple[str, list[str]]], lang: str) -> int:
    """Put the rows `groups` [(entity, [ids])] on the clipboard; returns how many."""
    payload, texts = [], []
    for entity_name, ids in groups:
        e = catalogue.entity(entity_name)
        names = [f.name for f in _copyable(e)]
        for i in ids:
            row = store.get(entity_name, i)
            if row is not None:
                payload.append({"entity": entity_name,
                                "values": {k: row.get(k) for k in names if row.get(k) is not None}})
        if ids:
            texts.append(rows_as_text(store, entity_name, ids, lang))
    if not payload:
        return 0
    mime = QMimeData()
    mime.setText("\n".join(texts))
    mime.setData(ROWS_MIME, json.dumps({"rows": payload}, ensure_ascii=False).encode("utf-8"))
    QApplication.clipboard().setMimeData(mime)
    return len(payload)


def clipboard_rows(entities: set[str] | None = None) -> list[tuple[str, dict]]:
    """The rows on the clipboard [(entity, values)], only of `entities` when given."""
    mime = QApplication.clipboard().mimeData()
    if mime is None or not mime.hasFormat(ROWS_MIME):
        return []
    try:
        data = json.loads(bytes(mime.data(ROWS_MIME)).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    out = []
    for item in data.get("rows", []) if isinstance(data, dict) else []:
        name, values = item.get("entity"), item.get("values")
        if not isinstance(name, str) or not isinstance(values, dict):
            continue
        try:
            e = catalogue.entity(name)
        except KeyError:
            continue
        if e.singleton or (entities is not None and name not in entities):
            continue
        out.append((name, values))
    return out


def paste_ops(store, rows: list[tuple[str, dict]]) -> list[Create]:
    """Create operations for `rows`: known fields only, links to missing rows left out."""
    ops = []
    for name, values in rows:
        e = catalogue.entity(name)
        clean = {}
        for f in _copyable(e):
            if f.name not in values:
                continue
            v = values[f.name]
            if f.kind is Kind.REF and v is not None and store.get(f.ref, v) is None:
                continue
            clean[f.name] = v
        ops.append(Create(name, clean))
    return ops


class RowCommands:
    """What the Edit menu asks of a view with one table of rows (mixed into the wizard's
    TablePanel and the Tables tab). The class provides `session`, `lang`, `table` and:
    row_entity() (the entity shown, or None), rows_addable() (rows may be added and
    removed here), selected_ids(), delete_rows() (one undo step), select_ids(ids) and
    row_message(text) (what to tell the user)."""

    def _rows_writable(self) -> bool:
        return self.row_entity() is not None and self.rows_addable() \
            and not self.session.store.read_only

    def can_copy(self) -> bool:
        return self.row_entity() is not None and bool(self.selected_ids())

    def can_cut(self) -> bool:
        return self._rows_writable() and bool(self.selected_ids())

    can_delete = can_cut

    def can_paste(self) -> bool:
        return self._rows_writable() and bool(clipboard_rows({self.row_entity()}))

    def can_select_all(self) -> bool:
        return self.row_entity() is not None and self.table.model() is not None \
            and self.table.model().rowCount() > 0

    def copy(self) -> int:
        n = copy_rows(self.session.store, [(self.row_entity(), self.selected_ids())], self.lang)
        if n:
            from PySide6.QtCore import QCoreApplication

            self.row_message(QCoreApplication.translate("RowCommands", "Rows copied: %1")
                             .replace("%1", str(n)))
        return n

    def cut(self) -> None:
        if self.copy():
            self.delete_rows()

    def delete_selected(self) -> None:
        self.delete_rows()

    def select_all(self) -> None:
        self.table.selectAll()

    def paste(self) -> list[str]:
        from PySide6.QtCore import QCoreApplication

        from db.errors import RoadmapError
        from desktop.domain.reasons import refusal_text

        ops = paste_ops(self.session.store, clipboard_rows({self.row_entity()}))
        if not ops:
            return []
        try:
            change = self.session.apply(ops, QCoreApplication.translate("RowCommands", "Paste rows"))
        except RoadmapError as exc:
            self.row_message(refusal_text(exc, self.lang))
            return []
        ids = [op.id for op in change.ops if isinstance(op, Create)]
        self.select_ids(ids)
        return ids


def select_rows(table, model, ids: list[str]) -> None:
    """Select the rows `ids` of `table` (the first one current) and show them."""
    from PySide6.QtCore import QItemSelectionModel

    all_ids = model.row_ids()
    rows = [all_ids.index(i) for i in ids if i in all_ids]
    if not rows:
        return
    sel = table.selectionModel()
    table.setCurrentIndex(model.index(rows[0], 0))
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    sel.clearSelection()
    for r in rows:
        sel.select(model.index(r, 0), flags)
    table.scrollTo(model.index(rows[0], 0))
    table.setFocus()


def row_key(view: RowCommands, event) -> bool:
    """Ctrl+C / Ctrl+X / Ctrl+V on a table of rows: copy, cut or paste whole rows (what the
    Edit menu does); True when the key was one of them."""
    from PySide6.QtGui import QKeySequence

    K = QKeySequence.StandardKey
    for key, name, run in ((K.Copy, "copy", view.copy), (K.Cut, "cut", view.cut),
                           (K.Paste, "paste", view.paste)):
        if event.matches(key):
            if getattr(view, f"can_{name}")():
                run()
            return True
    return False
