"""One wizard page: the form, narrative editors and tables of one report section."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from db import catalogue
from desktop.app.session import RoadmapSession
from desktop.domain.wizard.sections import SectionSpec
from desktop.wizard.fields import FieldEditor
from desktop.wizard.richtext import MarkdownEditor
from desktop.wizard.table_panel import TablePanel


class SectionPage(QScrollArea):
    """Signals:
        message(str): a refused edit, for the status bar.
    """

    message = Signal(str)

    def __init__(self, session: RoadmapSession, spec: SectionSpec, lang: str,
                 rows_source: Callable[[str], list[dict]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.spec = spec
        self.lang = lang
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName(f"page_{spec.key}")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container: Tab goes to its controls
        road = catalogue.entity("roadmap")
        road_id = session.store.roadmap()["id"]

        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(8)
        from desktop.domain.wizard.section_numbers import NUMBERS

        heading = QLabel(f"{NUMBERS.get(spec.key, spec.chapter)}  {spec.title(lang)}")
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        heading.setAccessibleName(spec.title(lang))
        lay.addWidget(heading)

        self._add_fields(lay, session, spec, lang, road, road_id)
        self._add_narratives(lay, session, spec, lang, road, road_id)

        self.tables: dict[str, TablePanel] = {}
        for t in spec.tables:
            panel = TablePanel(session, t, lang, rows_source)
            panel.message.connect(self.message)
            self.tables[t.entity] = panel
            lay.addWidget(panel, 1)
        if not spec.tables and not spec.narratives:
            lay.addStretch(1)
        self.setWidget(inner)

    def _add_fields(self, lay: QVBoxLayout, session: RoadmapSession, spec: SectionSpec, lang: str,
                    road, road_id: str) -> None:
        """A form with an editor per roadmap field of the section."""
        self.fields: dict[str, FieldEditor] = {}
        if spec.fields:
            form = QFormLayout()
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for name in spec.fields:
                editor = FieldEditor(session, "roadmap", road_id, name, lang)
                editor.setMaximumWidth(560)
                editor.message.connect(self.message)
                self.fields[name] = editor
                label = QLabel(road.by_name[name].label(lang) + (" *" if road.by_name[name].required else ""))
                label.setBuddy(editor.input)
                form.addRow(label, editor)
            lay.addLayout(form)

    def _add_narratives(self, lay: QVBoxLayout, session: RoadmapSession, spec: SectionSpec, lang: str,
                        road, road_id: str) -> None:
        """A Markdown editor per narrative field of the section, under its caption."""
        self.narratives: dict[str, MarkdownEditor] = {}
        for name in spec.narratives:
            editor = MarkdownEditor(session, "roadmap", name, lang)
            editor.set_row(road_id)
            editor.setMinimumHeight(200 if not spec.tables else 150)
            editor.message.connect(self.message)
            self.narratives[name] = editor
            caption = QLabel(road.by_name[name].label(lang))
            caption.setStyleSheet("font-weight: 600;")
            lay.addWidget(caption)
            lay.addWidget(editor, 1 if not spec.tables else 0)

    def focus_chain(self) -> list[QWidget]:
        """The controls of this page a Tab reaches, in reading order (top to bottom)."""
        from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar

        out = []
        for w in self.widget().findChildren(QWidget):  # depth first, in creation order
            if isinstance(w, QScrollBar) or not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
                continue
            if w.window() is not self.window() or w.isWindow():  # a combo box's popup list
                continue
            parent = w.parentWidget()
            if isinstance(parent, QAbstractScrollArea) and w is parent.viewport():
                continue
            if w.focusProxy() is not None:
                continue
            out.append(w)
        return out

    def set_active(self, active: bool) -> None:
        for panel in self.tables.values():
            panel.set_active(active)

    def commit_pending(self) -> list[str]:
        """Store what is still being typed; the labels of entries that could not be stored."""
        refused = []
        for editor in self.fields.values():
            if not editor.commit():
                refused.append(editor.field.label(editor.lang))
        for name, editor in self.narratives.items():
            if not editor.commit():
                refused.append(catalogue.entity("roadmap").by_name[name].label(self.lang))
        for panel in self.tables.values():
            refused += panel.commit_pending()
        return refused

    def can_show(self, entity: str, field: str | None) -> bool:
        if entity == "roadmap":
            return field in self.fields or field in self.narratives
        return entity in self.tables

    def show_target(self, entity: str, row_id: str | None, field: str | None) -> bool:
        """Focus the editor of (entity, row, field) on this page; False if it is not here."""
        if entity == "roadmap":
            if field in self.fields:
                w = self.fields[field]
                w.input.setFocus()
                self.ensureWidgetVisible(w)
                return True
            if field in self.narratives:
                w = self.narratives[field]
                w.edit.setFocus()
                self.ensureWidgetVisible(w)
                return True
            return False
        panel = self.tables.get(entity)
        if panel is None:
            return False
        panel.select(row_id, field)
        self.ensureWidgetVisible(panel)
        return True
