"""Who is editing what, live (Yjs awareness through db.live.client.LiveSync).

Outgoing: what this user is editing -- the wizard field that has the keyboard focus, or
the item selected on a canvas -- is sent as {"entity", "row", "field"} whenever it
changes (checked on focus changes and every 300 ms for canvas selections).

Incoming: every connected co-author who edits something gets
* on the Part A / Part B canvas: a rounded outline in their colour around that item, with
  their name above it;
* in the wizard: a border in their colour around that field's editor and their name in
  its tooltip (the `live_editor` property names them, for tests and accessibility); in a
  wizard table, a frame in their colour around the row they edit (a `RowMarker` over the
  table, with their name as tooltip and `live_editor`).

Names and colours come from other people's computers: names are shown as plain text and
cut to 80 characters, colours accepted only as #rrggbb.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

POLL_MS = 300
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
OUTLINE_Z = 1000.0


def _valid(obj) -> bool:
    try:
        from shiboken6 import isValid

        return isValid(obj)
    except ImportError:  # pragma: no cover - shiboken6 ships with PySide6
        return True


def editing_of_widget(widget: QWidget | None) -> dict | None:
    """{"entity", "row", "field"} of the wizard editor `widget` belongs to (a field's
    editor, or the current cell of a wizard table), or None."""
    w = widget
    while w is not None:
        table_cell = getattr(w, "live_editing", None)
        if callable(table_cell):
            return table_cell()
        entity = getattr(w, "entity", None)
        field = getattr(w, "field", None)
        row = getattr(w, "row_id", None)
        name = getattr(field, "name", None)
        if isinstance(entity, str) and isinstance(name, str) and isinstance(row, str):
            return {"entity": entity, "row": row, "field": name}
        w = w.parentWidget()
    return None


def selected_on_canvas(view: QGraphicsView) -> dict | None:
    """The item selected on a canvas: Part B bars are actions, Part A nodes (entity, row)."""
    scene = view.scene()
    if scene is None:
        return None
    for item in scene.selectedItems():
        action = getattr(item, "action_id", None)
        if isinstance(action, str):
            return {"entity": "action", "row": action}
        key = getattr(getattr(item, "node", None), "key", None)
        if isinstance(key, tuple) and len(key) == 2 and all(isinstance(k, str) for k in key):
            return {"entity": key[0], "row": key[1]}
    return None


class RowMarker(QFrame):
    """A frame in a co-author's colour around one row of a wizard table; it follows the
    table's scrolling and lets every click through."""

    def __init__(self, panel, row_id: str, colour: str, name: str) -> None:
        super().__init__(panel.table.viewport())
        self.setObjectName("live_row_marker")
        self.panel, self.row_id = panel, row_id
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet(f"QFrame#live_row_marker {{ border: 2px solid {colour}; "
                           "background: transparent; }")
        self.setToolTip(QCoreApplication.translate("AwarenessView", "%1 is editing this")
                        .replace("%1", name))
        self.setProperty("live_editor", name)
        panel.table.verticalScrollBar().valueChanged.connect(self.place)
        panel.table.horizontalScrollBar().valueChanged.connect(self.place)
        self.place()
        self.show()

    def place(self, *_args) -> None:
        rect = self.panel.row_rect(self.row_id) if _valid(self.panel) else None
        if rect is None:
            self.hide()
            return
        self.setGeometry(rect)
        self.setVisible(True)


class Outline(QGraphicsPathItem):
    """A co-author's coloured outline around a canvas item (takes no mouse input)."""

    def __init__(self, rect: QRectF, colour: str, name: str) -> None:
        super().__init__()
        path = QPainterPath()
        r = rect.adjusted(-5, -5, 5, 5)
        path.addRoundedRect(r, 5, 5)
        self.setPath(path)
        pen = QPen(QColor(colour), 2.5)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setZValue(OUTLINE_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.name = name
        self.colour = colour
        label = QGraphicsSimpleTextItem(name, self)  # plain text
        label.setBrush(QBrush(QColor(colour)))
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        label.setPos(r.left(), r.top() - 14)
        label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


class AwarenessView(QObject):
    """Sends this user's focus and shows the co-authors' (owned by LiveActions)."""

    def __init__(self, live_actions) -> None:
        super().__init__(live_actions)
        self.setObjectName("LiveAwareness")
        self.actions = live_actions
        self.window = live_actions.window
        self.outlines: list[Outline] = []
        self.marked: dict[int, tuple[QWidget, str, str]] = {}  # id -> (widget, style, tip)
        self.row_markers: list[RowMarker] = []
        self._last_focus: dict | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.send_mine)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._on_focus)
        self._views_seen = 0
        self._session = None
        live_actions.peers_changed.connect(self.show_theirs)

    def on_session(self, session) -> None:
        """Views redraw on every change (Part A rebuilds its scene): outline again after."""
        if self._session is not None:
            try:
                self._session.changed.disconnect(self._later)
            except (RuntimeError, TypeError):
                pass
        self._session = session
        self.outlines, self.marked, self.row_markers = [], {}, []
        if session is not None:
            session.changed.connect(self._later)

    def _later(self, *_args) -> None:
        if self.actions.live is not None and self.actions.live.peers:
            QTimer.singleShot(0, self.show_theirs)

    def tick(self) -> None:
        """Called by the live pump: views built since (a tab opened) get the outlines too."""
        n = len(self._views())
        if n != self._views_seen:
            self._views_seen = n
            self.show_theirs()

    def start(self) -> None:
        self.timer.start()
        self.send_mine()

    def stop(self) -> None:
        self.timer.stop()
        self._last_focus = None
        self.show_theirs()

    # -- mine ----------------------------------------------------------------------------

    def _in_window(self, widget: QWidget | None) -> bool:
        return widget is not None and _valid(widget) and widget.window() is self.window

    def _on_focus(self, _old, new) -> None:
        if self.actions.live is None or not self._in_window(new):
            return
        editing = editing_of_widget(new)
        if editing is not None:
            self._last_focus = editing
        self.send_mine()

    def mine(self) -> dict | None:
        focus = QApplication.focusWidget()
        if self._in_window(focus):
            view = focus if isinstance(focus, QGraphicsView) else None
            if view is not None:
                on_canvas = selected_on_canvas(view)
                if on_canvas is not None:
                    return on_canvas
            editing = editing_of_widget(focus)
            if editing is not None:
                return editing
        return self._last_focus if self._in_window(QApplication.focusWidget()) else None

    def send_mine(self) -> None:
        if self.actions.live is None:
            return
        self.actions.set_editing(self.mine())

    # -- theirs --------------------------------------------------------------------------

    def _views(self) -> dict:
        tabs = getattr(self.window, "tabs", None)
        return dict(getattr(tabs, "views", {}) or {}) if tabs is not None else {}

    def clear(self) -> None:
        for item in self.outlines:
            if _valid(item) and item.scene() is not None:
                item.scene().removeItem(item)
        self.outlines = []
        for widget, style, tip in self.marked.values():
            if _valid(widget):
                widget.setStyleSheet(style)
                widget.setToolTip(tip)
                widget.setProperty("live_editor", None)
        self.marked = {}
        for marker in self.row_markers:
            if _valid(marker):
                marker.hide()
                marker.deleteLater()
        self.row_markers = []

    def show_theirs(self) -> None:
        self.clear()
        peers = [p for p in self.actions.peers() if isinstance(p.get("editing"), dict)]
        if not peers:
            return
        views = self._views()
        for peer in peers:
            e = peer["editing"]
            entity, row, field = e.get("entity"), e.get("row"), e.get("field")
            if not isinstance(entity, str) or not isinstance(row, str):
                continue
            colour = peer["color"] if COLOUR.match(peer["color"]) else "#d1495b"
            self._outline_on_canvas(views, entity, row, colour, peer["name"])
            if isinstance(field, str):
                self._mark_field(views, entity, row, field, colour, peer["name"])
            self._mark_row(views, entity, row, colour, peer["name"])

    def _outline_on_canvas(self, views: dict, entity: str, row: str, colour: str,
                           name: str) -> None:
        part_b = views.get("part_b")
        scene = getattr(getattr(part_b, "view", None), "timeline", None)
        if entity == "action" and scene is not None:
            bar = scene.bars.get(row)
            if bar is not None and bar.isVisible():
                self._add(scene, bar.sceneBoundingRect().adjusted(3, 3, -3, -3), colour, name)
        part_a = views.get("part_a")
        nodes = getattr(part_a, "nodes", None) or {}
        node = nodes.get((entity, row))
        if node is not None and _valid(node) and node.scene() is not None:
            self._add(node.scene(), node.sceneBoundingRect(), colour, name)

    def _add(self, scene, rect: QRectF, colour: str, name: str) -> None:
        item = Outline(rect, colour, name)
        scene.addItem(item)
        self.outlines.append(item)

    def _mark_row(self, views: dict, entity: str, row: str, colour: str, name: str) -> None:
        wizard = views.get("wizard")
        if wizard is None:
            return
        for panel in wizard.findChildren(QWidget):  # the wizard's tables (TablePanel)
            if not callable(getattr(panel, "row_rect", None)) or not hasattr(panel, "table"):
                continue
            if getattr(getattr(panel, "spec", None), "entity", None) == entity \
                    and panel.row_rect(row) is not None:
                self.row_markers.append(RowMarker(panel, row, colour, name))

    def _mark_field(self, views: dict, entity: str, row: str, field: str, colour: str,
                    name: str) -> None:
        wizard = views.get("wizard")
        if wizard is None:
            return
        for editor in wizard.findChildren(QWidget):
            f = getattr(editor, "field", None)
            if (getattr(editor, "entity", None) != entity or getattr(f, "name", None) != field
                    or getattr(editor, "row_id", None) != row):
                continue
            target = getattr(editor, "input", None) or getattr(editor, "edit", None) or editor
            if id(target) in self.marked:
                continue
            self.marked[id(target)] = (target, target.styleSheet(), target.toolTip())
            target.setStyleSheet(f"border: 2px solid {colour}; border-radius: 3px;")
            from desktop.app.plain_text import literal

            target.setToolTip(literal(self.tr("%1 is editing this").replace("%1", name)))
            target.setProperty("live_editor", name)
