"""Form editors for single values of one row (the roadmap's own fields on a section page).

Text, numbers, dates and colours are typed in a line edit and stored when editing finishes
(Return or leaving the field); choices and references are picked from a list. A refused
value shows an inline message and leaves the store unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QVBoxLayout, QWidget

from db import catalogue
from db.errors import RoadmapError
from db.model import TEXT_MAX, Field, Kind
from db.ops import Change, Update
from desktop.app.session import RoadmapSession
from desktop.domain.value_text import parse_text, show_text
from desktop.wizard.feedback import InlineError, explain


class FieldEditor(QWidget):
    """Edits field `field` of row `row_id` of `entity`.

    Signals:
        message(str): an edit was refused (also shown inline).
    """

    message = Signal(str)

    def __init__(self, session: RoadmapSession, entity: str, row_id: str, field: str, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entity = entity
        self.row_id = row_id
        self.field: Field = catalogue.entity(entity).by_name[field]
        self.lang = lang
        f = self.field
        label = f.label(lang)
        if f.kind in (Kind.CHOICE, Kind.REF):
            self.input = QComboBox()
            self.input.activated.connect(lambda _i: self.commit())
        elif f.kind is Kind.BOOL:
            self.input = QCheckBox(label)
            self.input.toggled.connect(lambda _b: self.commit())
        else:
            self.input = QLineEdit()
            self.input.editingFinished.connect(self.commit)
            self.input.textEdited.connect(lambda _t: self.error.clear_error())
            if f.kind is Kind.DATE:
                self.input.setPlaceholderText(self.tr("YYYY-MM-DD"))
            elif f.kind is Kind.COLOUR:
                self.input.setPlaceholderText(self.tr("#rrggbb"))
            elif f.kind is Kind.TEXT:
                self.input.setPlaceholderText(self.tr("at most %1 characters").replace("%1", str(TEXT_MAX)))
        self.input.setAccessibleName(label)
        if isinstance(self.input, QLineEdit):  # read-only: selectable and copyable
            self.input.setReadOnly(session.store.read_only)
        else:
            self.input.setEnabled(not session.store.read_only)
        self.error = InlineError()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(self.input)
        lay.addWidget(self.error)
        self._value: object = None
        self.refresh()
        session.changed.connect(self._on_change)

    # -- showing ------------------------------------------------------------------------

    def _options(self) -> list[tuple[str | None, str]]:
        f = self.field
        if f.kind is Kind.CHOICE:
            opts = [(c.code, f.choice_label(c.code, self.lang)) for c in f.choices]
        else:
            target = catalogue.entity(f.ref)
            tf = target.by_name[target.title_field]
            opts = sorted(((r["id"], show_text(tf, r.get(tf.name), self.lang) or r["id"])
                           for r in self.session.store.rows(f.ref)), key=lambda kv: kv[1].lower())
        return opts if f.required else [(None, "—"), *opts]

    def refresh(self) -> None:
        """Show the stored value (drops a refused, unstored text)."""
        row = self.session.store.get(self.entity, self.row_id) or {}
        self._value = value = row.get(self.field.name)
        w = self.input
        w.blockSignals(True)
        try:
            if isinstance(w, QComboBox):
                w.clear()
                for code, text in self._options():
                    w.addItem(text, code)
                w.setCurrentIndex(max(w.findData(value), 0))
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            else:
                w.setText(show_text(self.field, value, self.lang))
        finally:
            w.blockSignals(False)

    def _on_change(self, change: Change) -> None:
        watched = {self.entity} | ({self.field.ref} if self.field.ref else set())
        if not change.entities & watched:
            return
        row = self.session.store.get(self.entity, self.row_id) or {}
        if self.field.ref in change.entities or row.get(self.field.name) != self._value:
            self.error.clear_error()
            self.refresh()

    # -- storing ------------------------------------------------------------------------

    def text(self) -> str:
        w = self.input
        if isinstance(w, QComboBox):
            return w.currentText()
        return w.text() if isinstance(w, QLineEdit) else str(w.isChecked())

    def commit(self) -> bool:
        """Store what the editor shows; False (with an inline message) when refused."""
        w = self.input
        label = self.field.label(self.lang)
        try:
            if isinstance(w, QComboBox):
                new = w.currentData()
            elif isinstance(w, QCheckBox):
                new = w.isChecked()
            else:
                new = parse_text(self.field, w.text(), self.lang)
                if new == "" and not self.field.required:
                    new = None
            if new == self._value:
                self.error.clear_error()
                return True
            self.session.apply([Update(self.entity, self.row_id, {self.field.name: new})],
                               self.tr("Edit %1").replace("%1", label))
        except (RoadmapError, ValueError) as exc:
            text = explain(exc, label, self.lang)
            self.error.show_error(text)
            self.message.emit(text)
            return False
        self.error.clear_error()
        return True
