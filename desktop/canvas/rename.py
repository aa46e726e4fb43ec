"""The text field that renames an action in place, right after it was drawn on the canvas.

It sits over the new bar with the default title selected, so typing replaces it. Return
or leaving the field stores the title (its own undo step); Esc keeps the default name.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLineEdit


class InlineRename(QLineEdit):
    def __init__(self, view, action_id: str, title: str) -> None:
        super().__init__(title, view.viewport())
        self.view = view
        self.action_id = action_id
        self._finished = False
        self.setObjectName("inline_rename")
        self.setAccessibleName(self.tr("Title of the new action"))
        self.setToolTip(self.tr("Type a title; Enter stores it, Esc keeps this one"))
        self.setMaxLength(500)
        self._place()
        self.selectAll()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editingFinished.connect(self.commit)

    def _place(self) -> None:
        item = self.view.timeline.bars.get(self.action_id)
        if item is None:
            return
        r = self.view.mapFromScene(item.scene_bar_rect()).boundingRect()
        h = max(self.sizeHint().height(), r.height())
        w = max(r.width(), 220)
        self.setGeometry(QRect(r.left(), r.center().y() - h // 2, w, h))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self._close()
            event.accept()
            return
        super().keyPressEvent(event)

    def _close(self) -> None:
        self._finished = True
        if self.view.rename_editor is self:
            self.view.rename_editor = None
        self.hide()
        self.deleteLater()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def commit(self) -> None:
        if self._finished:
            return
        text = self.text().strip()
        self._close()
        self.view.rename(self.action_id, text)

    def done(self) -> None:
        self.commit()
