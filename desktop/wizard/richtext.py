"""A rich-text editor for narrative (Markdown) fields: bold, italic, lists and headings.

The text is stored as Markdown (see `markdown_io`) through `RoadmapSession.apply`: when the
editor loses focus, after a second without typing, and when `commit()` is called (page
switch, closing). A refused edit (e.g. text too long) shows an inline message and stores
nothing; the text stays in the editor so the user can fix it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QTextEdit, QToolButton, QVBoxLayout, QWidget

from db import catalogue
from db.errors import RoadmapError
from db.ops import Change, Update
from desktop.app.session import RoadmapSession
from desktop.domain.value_text import clean_text
from desktop.wizard.feedback import InlineError, explain
from desktop.wizard.markdown_io import keep_untouched, load_markdown, to_markdown

IDLE_MS = 1000
_PLACEHOLDER: QImage | None = None


def _placeholder() -> QImage:
    """What the editor shows for an image: a small grey box (the file is never read)."""
    global _PLACEHOLDER
    if _PLACEHOLDER is None:
        _PLACEHOLDER = QImage(24, 18, QImage.Format.Format_RGB32)
        _PLACEHOLDER.fill(QColor("#d5dae0"))
    return _PLACEHOLDER


class _PlainPasteEdit(QTextEdit):
    """Pastes text without foreign formatting, images or control characters, and never
    loads an image a text refers to (local file or remote): a grey placeholder is shown."""

    def loadResource(self, kind: int, name):  # noqa: N802 (Qt name)
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return _placeholder()
        return QByteArray()  # style sheets or anything else: nothing is read from disk

    def insertFromMimeData(self, source) -> None:  # noqa: N802 (Qt name)
        if source.hasText():
            self.textCursor().insertText(clean_text(source.text(), multiline=True))

    def canInsertFromMimeData(self, source) -> bool:  # noqa: N802
        return source.hasText()


class MarkdownEditor(QWidget):
    """Edits one Markdown field of one row.

    Signals:
        message(str): an edit was refused (also shown inline).
    """

    message = Signal(str)

    def __init__(self, session: RoadmapSession, entity: str, field: str, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entity = entity
        self.field = catalogue.entity(entity).by_name[field]
        self.lang = lang
        self.row_id: str | None = None
        self._stored: str | None = None   # value in the store for the current row
        self._baseline = ""               # the editor's Markdown when it equalled _stored
        self._loading = False

        self.edit = _PlainPasteEdit()
        self.edit.setAccessibleName(self.field.label(lang))
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(110)
        self.edit.document().setDocumentMargin(6)
        self._build_toolbar()
        self.error = InlineError()
        self._lay_out()

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.commit)
        self.edit.textChanged.connect(self._on_text)
        self.edit.cursorPositionChanged.connect(self._sync_toolbar)
        self.style_box.activated.connect(lambda i: self.set_heading(self.style_box.itemData(i)))
        self.edit.installEventFilter(self)
        session.changed.connect(self._on_change)
        session.closing.connect(self._idle.stop)
        self.set_row(None)

    def _build_toolbar(self) -> None:
        """The paragraph style box and the bold, italic and list buttons."""
        self.style_box = QComboBox()
        self.style_box.setAccessibleName(self.tr("Paragraph style"))
        for text, level in ((self.tr("Normal text"), 0), (self.tr("Heading 1"), 1),
                            (self.tr("Heading 2"), 2), (self.tr("Heading 3"), 3)):
            self.style_box.addItem(text, level)
        self.bold = self._button("B", self.tr("Bold (Ctrl+B)"), QKeySequence.StandardKey.Bold, self.toggle_bold)
        self.italic = self._button("I", self.tr("Italic (Ctrl+I)"), QKeySequence.StandardKey.Italic,
                                   self.toggle_italic)
        f = self.bold.font()
        f.setBold(True)
        self.bold.setFont(f)
        f = self.italic.font()
        f.setItalic(True)
        self.italic.setFont(f)
        self.bullets = self._button("•", self.tr("Bulleted list"), None,
                                    lambda: self.toggle_list(QTextListFormat.Style.ListDisc))
        self.numbers = self._button("1.", self.tr("Numbered list"), None,
                                    lambda: self.toggle_list(QTextListFormat.Style.ListDecimal))

    def _lay_out(self) -> None:
        """The toolbar above the editor, the inline error under it."""
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        bar.addWidget(self.style_box)
        for b in (self.bold, self.italic, self.bullets, self.numbers):
            bar.addWidget(b)
        bar.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addLayout(bar)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.error)

    def _button(self, text: str, tip: str, key, slot) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(tip)
        b.setAutoRaise(True)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.setMinimumWidth(26)
        b.clicked.connect(slot)
        if key is not None:  # on the text itself: several editors can share a page
            QShortcut(QKeySequence(key), self.edit, slot, context=Qt.ShortcutContext.WidgetShortcut)
        return b

    # -- binding ------------------------------------------------------------------------

    def set_row(self, row_id: str | None) -> None:
        """Edit the field of row `row_id` (None: nothing to edit, disabled)."""
        if row_id != self.row_id:
            self.commit()
        self.row_id = row_id
        self.error.clear_error()
        row = self.session.store.get(self.entity, row_id) if row_id else None
        self._load(row.get(self.field.name) if row else None)
        editable = row is not None and not self.session.store.read_only
        for w in (self.style_box, self.bold, self.italic, self.bullets, self.numbers):
            w.setEnabled(editable)
        # a read-only roadmap: the text can still be selected and copied, not changed
        self.edit.setEnabled(row is not None)
        self.edit.setReadOnly(not editable)
        if not editable and row is not None:
            self.edit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)

    def _load(self, value: str | None) -> None:
        self._loading = True
        try:
            load_markdown(self.edit.document(), value)
            self.edit.moveCursor(QTextCursor.MoveOperation.Start)
            self._stored = value
            self._baseline = to_markdown(self.edit.document())
        finally:
            self._loading = False
        self._idle.stop()

    def markdown(self) -> str:
        return to_markdown(self.edit.document())

    def set_markdown(self, text: str) -> None:
        """Replace the text (as if typed) and store it."""
        load_markdown(self.edit.document(), text)
        self.commit()

    # -- storing ------------------------------------------------------------------------

    def _on_text(self) -> None:
        if not self._loading:
            self._idle.start()

    def dirty(self) -> bool:
        return self.row_id is not None and self.markdown() != self._baseline

    def commit(self) -> bool:
        """Store the text if it changed; False when the store refused it."""
        self._idle.stop()
        if not self.dirty():
            return True
        if not self.session.is_open:  # closed: the window stored what could be stored before
            return False
        md = self.markdown()
        # blocks the user did not change keep their original bytes
        value = keep_untouched(self._stored, md) if md.strip() else None
        previous = self._stored
        self._stored = value  # set first: our own change must not reload the editor
        try:
            self.session.apply([Update(self.entity, self.row_id, {self.field.name: value})],
                               self.tr("Edit %1").replace("%1", self.field.label(self.lang)))
        except RoadmapError as exc:
            self._stored = previous
            text = explain(exc, self.field.label(self.lang), self.lang)
            self.error.show_error(text)
            self.message.emit(text)
            return False
        self.error.clear_error()
        self._baseline = md
        return True

    def _on_change(self, change: Change) -> None:
        if self.row_id is None or self.entity not in change.entities:
            return
        for r in change.rows:
            if r.entity == self.entity and r.id == self.row_id:
                row = self.session.store.get(self.entity, self.row_id)
                if row is None:
                    self._load(None)
                    self.set_row(None)
                    return
                value = row.get(self.field.name)
                if value != self._stored:  # changed elsewhere (undo, another view)
                    self._load(value)
                    self.error.clear_error()
                return

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.edit and event.type() == QEvent.Type.FocusOut:
            self.commit()
        return super().eventFilter(obj, event)

    # -- formatting ---------------------------------------------------------------------

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.edit.fontWeight() < QFont.Weight.DemiBold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.edit.mergeCurrentCharFormat(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.edit.fontItalic())
        self.edit.mergeCurrentCharFormat(fmt)

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.edit.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            for i in reversed(range(current.count())):
                block = current.item(i)
                if cursor.block() == block or cursor.hasSelection():
                    current.remove(block)
                    fmt = block.blockFormat()
                    fmt.setIndent(0)
                    QTextCursor(block).setBlockFormat(fmt)
        else:
            fmt = QTextListFormat()
            fmt.setStyle(style)
            cursor.createList(fmt)
        cursor.endEditBlock()

    def set_heading(self, level: int) -> None:
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        block_fmt = cursor.blockFormat()
        block_fmt.setHeadingLevel(level)
        cursor.setBlockFormat(block_fmt)
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        char = QTextCharFormat()
        sizes = {1: 1.6, 2: 1.35, 3: 1.15}
        base = self.edit.document().defaultFont().pointSizeF()
        char.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        char.setFontPointSize(base * sizes.get(level, 1.0))
        cursor.mergeCharFormat(char)
        cursor.endEditBlock()
        self.edit.setFocus()

    def _sync_toolbar(self) -> None:
        level = self.edit.textCursor().blockFormat().headingLevel()
        self.style_box.setCurrentIndex(max(self.style_box.findData(level), 0))
