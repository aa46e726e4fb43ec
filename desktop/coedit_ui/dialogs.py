"""Conflict review and snapshots dialogs of the Collaboration menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from db import catalogue, snapshots
from db.crdt import conflicts as queue
from db.crdt.document import DELETED
from db.errors import RoadmapError
from desktop.app.plain_text import literal


def _show(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("CoeditDialogs", "yes")
        return QCoreApplication.translate("CoeditDialogs", "no")
    return str(value)


def _button(text: str, slot, name: str) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setAccessibleName(text.replace("&", ""))
    b.clicked.connect(slot)
    return b


class ConflictsDialog(QDialog):
    """Lists open conflicts (base / values / current) and resolves the selected one."""

    resolved = Signal()

    COLUMNS = ("Item", "Field", "Base", "Competing values", "Current")

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictsDialog")
        self.setWindowTitle(self.tr("Review conflicts"))
        self.session = session
        self.groups: list[queue.ConflictGroup] = []
        lay = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "Co-authors changed the same thing at the same time. The value shown as current "
            "was kept; nothing was thrown away. Choose what to keep."))
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("conflict_table")
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Item"), self.tr("Field"), self.tr("Base"), self.tr("Competing values"),
            self.tr("Current")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection)
        lay.addWidget(self.table, 1)
        self.values = QListWidget()
        self.values.setObjectName("conflict_values")
        self.values.setAccessibleName(self.tr("Values to choose from"))
        self.values.setMaximumHeight(110)
        lay.addWidget(self.values)
        self.detail = QLabel()
        self.detail.setObjectName("conflict_detail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # names co-authors and their items
        self.detail.setWordWrap(True)
        lay.addWidget(self.detail)
        row = QHBoxLayout()
        self.keep_btn = _button(self.tr("&Keep current"), self.keep_current, "keep_current")
        self.use_btn = _button(self.tr("&Use selected value"), self.use_selected, "use_selected")
        self.edit_btn = _button(self.tr("&Edit value…"), self.edit_value, "edit_value")
        self.restore_btn = _button(self.tr("&Restore deleted item"), self.restore_deleted,
                                   "restore_deleted")
        for b in (self.keep_btn, self.use_btn, self.edit_btn, self.restore_btn):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        self.resize(820, 460)
        self.reload()

    def reload(self) -> None:
        self.groups = queue.open_conflicts(self.session.store)
        self.table.setRowCount(len(self.groups))
        for i, g in enumerate(self.groups):
            row = self.session.store.get(g.entity, g.row) or {}
            e = catalogue.entity(g.entity)
            item = f"{e.en}: {row.get(e.title_field) or g.row}" if e.title_field else g.row
            if g.field == DELETED:
                cells = self._row_cells(g, item)
            else:
                cells = (item, g.label.split(": ", 1)[-1], _show(g.base),
                         " | ".join(_show(v) for v in g.values), _show(g.kept))
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(literal(text))  # co-authors' values, as written
                self.table.setItem(i, c, cell)
        self.table.resizeColumnsToContents()
        if self.groups:
            self.table.selectRow(0)
        self._selection()

    def _items(self, refs) -> str:
        """'Action: title' for each 'entity:row[:field]' reference (plain text)."""
        names = []
        for ref in refs:
            ename, _, rest = str(ref).partition(":")
            row_id = rest.split(":", 1)[0]
            try:
                e = catalogue.entity(ename)
            except KeyError:
                continue
            row = self.session.store.get(ename, row_id) or {}
            title = row.get(e.title_field) if e.title_field else None
            names.append(f"{e.en}: {title or row_id}")
        return ", ".join(names)

    def _row_cells(self, g: queue.ConflictGroup, item: str) -> tuple[str, ...]:
        """Table cells of a record about a whole row (deleted, restored, left out)."""
        added = self._items(g.edited.get("added") or [])
        linked = self._items(g.edited.get("linked") or [])
        edited = ", ".join(sorted(k for k in g.edited if k not in ("added", "linked")))
        if g.kind == "restored":
            return (item, self.tr("restored: deleted while items were added under it"), "",
                    added, self.tr("restored"))
        if g.kind == "cycle":
            return (item, self.tr("left out: it would close a circle of dependencies"), "",
                    "", self.tr("left out"))
        if linked and not edited:
            return (item, self.tr("deleted while linked to"), "", linked, self.tr("deleted"))
        return (item, self.tr("deleted while edited"), "",
                ", ".join(x for x in (edited, linked) if x), self.tr("deleted"))

    def explanation(self, g: queue.ConflictGroup | None) -> str:
        """What happened to the selected conflict and what each choice does."""
        if g is None:
            return ""
        who = ", ".join(g.authors) or self.tr("co-authors")
        if g.kind == "restored":
            return self.tr(
                "%1: this item was deleted while items were added under it (%2). It was "
                "brought back so that nothing added is lost. Keep current keeps it; delete it "
                "yourself if it should go, together with what is under it.").replace(
                "%1", who).replace("%2", self._items(g.edited.get("added") or []))
        if g.kind == "cycle":
            return self.tr(
                "%1: these dependencies were added at the same time and together would make "
                "actions depend on themselves. This one was left out; the others are kept. "
                "Keep current accepts that; or delete another dependency of the circle and "
                "add this one again.").replace("%1", who)
        if g.field == DELETED:
            return self.tr(
                "%1: this item was deleted while it was being edited or linked to. It stays "
                "deleted; Restore deleted item brings it back with those edits and links.").replace(
                "%1", who)
        return self.tr(
            "%1 changed this at the same time. The current value was kept; the competing "
            "values are listed below.").replace("%1", who)

    def current(self) -> queue.ConflictGroup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.groups[rows[0].row()] if rows else None

    def _selection(self) -> None:
        g = self.current()
        self.values.clear()
        if g is not None and g.field != DELETED:
            for v in g.values:
                it = QListWidgetItem(_show(v))
                it.setData(Qt.ItemDataRole.UserRole, v)
                self.values.addItem(it)
            if self.values.count():
                self.values.setCurrentRow(0)
        deleted = g is not None and g.field == DELETED
        self.keep_btn.setEnabled(g is not None)
        self.use_btn.setEnabled(g is not None and not deleted)
        self.edit_btn.setEnabled(g is not None and not deleted)
        self.restore_btn.setEnabled(deleted and g.kind == "deleted")
        self.detail.setText(self.explanation(g))

    def _resolve(self, g: queue.ConflictGroup, ops: list, text: str) -> bool:
        try:  # one undoable step: the chosen value and the conflict's "resolved" mark
            self.session.apply([*ops, *queue.mark_ops(self.session.store, g)], text)
        except RoadmapError as exc:
            parent = self.parent()
            if parent is not None and hasattr(parent, "show_error"):
                parent.show_error(str(exc))
            return False
        self.reload()
        self.resolved.emit()
        return True

    def keep_current(self) -> bool:
        g = self.current()
        return g is not None and self._resolve(g, [], self.tr("Keep current value"))

    def use_value(self, value: object) -> bool:
        g = self.current()
        if g is None:
            return False
        return self._resolve(g, queue.resolution_ops(self.session.store, g, value),
                             self.tr("Resolve conflict"))

    def use_selected(self) -> bool:
        it = self.values.currentItem()
        return it is not None and self.use_value(it.data(Qt.ItemDataRole.UserRole))

    def edit_value(self) -> bool:
        g = self.current()
        if g is None:
            return False
        text, ok = QInputDialog.getText(self, self.tr("Edit value"), self.tr("Value to keep:"),
                                        text="" if g.kept is None else str(g.kept))
        return bool(ok) and self.use_value(text)

    def restore_deleted(self) -> bool:
        g = self.current()
        if g is None:
            return False
        return self._resolve(g, queue.restore_ops(self.session.store, g),
                             self.tr("Restore deleted item"))


class SnapshotsDialog(QDialog):
    """Named revisions, restore as new edits, compare two snapshots."""

    def __init__(self, session, folder: Path, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("SnapshotsDialog")
        self.setWindowTitle(self.tr("Snapshots and revisions"))
        self.session = session
        self.folder = Path(folder)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Snapshots are verified copies made automatically; named revisions are kept until "
            "you remove them. Restoring adds the differences as new edits (you can undo them)."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("snapshot_list")
        self.list.setAccessibleName(self.tr("Snapshots"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        lay.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(_button(self.tr("&Name a revision…"), self.name_revision, "name_revision"))
        row.addWidget(_button(self.tr("&Restore selected"), self.restore_selected,
                              "restore_selected"))
        row.addWidget(_button(self.tr("&Compare two selected"), self.compare_selected,
                              "compare_selected"))
        row.addWidget(_button(self.tr("Compare with &now"), self.compare_with_now, "compare_now"))
        row.addStretch(1)
        lay.addLayout(row)
        self.report = QPlainTextEdit()
        self.report.setObjectName("snapshot_report")
        self.report.setAccessibleName(self.tr("Comparison"))
        self.report.setReadOnly(True)
        lay.addWidget(self.report, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        self.resize(720, 560)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for info in snapshots.listing(self.folder):
            kind = self.tr("  (automatic)") if info.kind == "auto" else self.tr("  (named revision)")
            text = info.title() + kind
            it = QListWidgetItem(text)
            it.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(it)

    def selected(self) -> list[str]:
        paths = [it.data(Qt.ItemDataRole.UserRole) for it in self.list.selectedItems()]
        return sorted(paths)  # file names start with the time: oldest first

    def _error(self, exc: Exception) -> None:
        self.report.setPlainText(str(exc))

    def name_revision(self, label: str | None = None) -> bool:
        if label is None:
            label, ok = QInputDialog.getText(self, self.tr("Name a revision"),
                                             self.tr("Name (e.g. after workshop 2):"))
            if not ok:
                return False
        try:
            snapshots.take(self.session.store, self.folder, kind="named", label=label.strip())
        except RoadmapError as exc:
            self._error(exc)
            return False
        self.reload()
        return True

    def restore_selected(self) -> bool:
        paths = self.selected()
        if len(paths) != 1:
            self.report.setPlainText(self.tr("Select one snapshot to restore."))
            return False
        try:
            ops = snapshots.restore_ops(self.session.store, paths[0])
            if ops:
                self.session.apply(ops, self.tr("Restore snapshot"))
        except RoadmapError as exc:
            self._error(exc)
            return False
        self.report.setPlainText(self.tr("Restored: %n change(s) applied as new edits.", "", len(ops)))
        return True

    def _describe(self, cmp: snapshots.Comparison) -> str:
        if cmp.is_empty():
            return self.tr("No differences.")
        lines = []
        for title, entries in ((self.tr("Added"), cmp.added), (self.tr("Removed"), cmp.removed)):
            if entries:
                lines.append(f"{title} ({len(entries)}):")
                lines += [f"  {catalogue.entity(e).en}: {t or i}" for e, i, t in entries]
        if cmp.changed:
            lines.append(self.tr("Changed") + f" ({len(cmp.changed)}):")
            for e, i, t, f in cmp.changed:
                ent = catalogue.entity(e)
                labels = ", ".join(ent.by_name[n].en if n in ent.by_name else n for n in f)
                lines.append(f"  {ent.en}: {t or i} — {labels}")
        return "\n".join(lines)

    def compare_selected(self) -> bool:
        paths = self.selected()
        if len(paths) != 2:
            self.report.setPlainText(self.tr("Select two snapshots to compare."))
            return False
        try:
            self.report.setPlainText(self._describe(snapshots.compare(paths[0], paths[1])))
        except RoadmapError as exc:
            self._error(exc)
            return False
        return True

    def compare_with_now(self) -> bool:
        from db.crdt.merge import store_rows

        paths = self.selected()
        if len(paths) != 1:
            self.report.setPlainText(
                self.tr("Select one snapshot to compare with the roadmap now."))
            return False
        try:
            old = snapshots._rows_of(paths[0])[1]
            self.report.setPlainText(self._describe(
                snapshots.compare_rows(old, store_rows(self.session.store))))
        except RoadmapError as exc:
            self._error(exc)
            return False
        return True
