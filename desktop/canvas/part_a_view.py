"""PartAView: the generated Part A overview; its boxes can be dragged to nudge them.

The figure is the same `Visual` the exporters print (desktop.domain.visuals.part_a), painted by
desktop.export_ui.visual_png.paint_visual. Boxes (challenges, value chains, current situation) are
movable items; a drop stores the offset in desktop.domain.visuals.nudges and the arrows are
routed again. The selected boxes can be cut, copied, pasted and deleted (Edit menu, or
Ctrl+X / Ctrl+C / Ctrl+V / Delete on the canvas): their rows go to the clipboard as text and
as rows (desktop.app.row_clipboard); Paste adds them as new value chains or challenges.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.canvas.part_b_view import load_data
from desktop.domain.visuals import style
from desktop.domain.visuals.nudges import NUDGES
from desktop.domain.visuals.part_a import PartALayout, build_part_a
from desktop.domain.visuals.part_a_layout import Node
from desktop.domain.visuals.roadmap_data import PART_A_ENTITIES, PART_B_ENTITIES
from desktop.domain.visuals.visual import Visual

_ENTITIES = PART_B_ENTITIES + PART_A_ENTITIES
#: Entities of which Part A reads only some fields, and those fields.
_ACTION_ONLY = frozenset({"action"})
_PART_A_ACTION_FIELDS = frozenset({"value_chain_id", "start_date", "end_date", "kind", "status"})


class VisualItem(QGraphicsItem):
    """Primitives of a Visual, painted at their own coordinates."""

    def __init__(self, visual: Visual, bounds: QRectF) -> None:
        super().__init__()
        self.visual = visual
        self._bounds = bounds

    def boundingRect(self) -> QRectF:
        return self._bounds

    def set_visual(self, visual: Visual, bounds: QRectF) -> None:
        """Show `visual` in `bounds` instead (repainted)."""
        self.prepareGeometryChange()
        self.visual, self._bounds = visual, bounds
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: N802
        from desktop.export_ui.visual_png import paint_visual

        paint_visual(painter, self.visual, background=None)


class NodeItem(VisualItem):
    """A nudgeable box: drag it; on release the view records the offset."""

    def __init__(self, node: Node, on_drop) -> None:
        super().__init__(Visual(node.x + node.w, node.y + node.h, items=list(node.items)),
                         QRectF(node.x - 2, node.y - 2, node.w + 4, node.h + 4))
        self.node = node
        self.on_drop = on_drop
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(1)

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: N802
        super().paint(painter, option, widget)
        if self.isSelected():
            painter.setPen(QPen(QColor(style.ACCENT), 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._bounds, 4, 4)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        p = self.pos()
        if abs(p.x()) > 0.5 or abs(p.y()) > 0.5:
            self.on_drop(self.node.key, p.x(), p.y())


class ZoomView(QGraphicsView):
    """A QGraphicsView that zooms with Ctrl+wheel and fits all with F."""

    MAX_ZOOM = 8.0  # in: the figure's text eight times its printed size
    MIN_FIT = 0.5  # out: the whole figure takes half the window

    def zoom_limits(self) -> tuple[float, float]:
        rect, vp = self.sceneRect(), self.viewport().rect()
        if rect.isEmpty():
            return 0.05, self.MAX_ZOOM
        fit = min(vp.width() / rect.width(), vp.height() / rect.height())
        return min(self.MIN_FIT * fit, self.MAX_ZOOM / 2), self.MAX_ZOOM

    def zoom_by(self, f: float) -> None:
        """Zoom by `f` within zoom_limits() (Ctrl+wheel, Zoom in / out)."""
        lo, hi = self.zoom_limits()
        now = self.transform().m11()
        target = min(now * f, max(hi, now)) if f > 1 else max(now * f, min(lo, now))
        if now > 0 and target != now:
            self.scale(target / now, target / now)

    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 ** (event.angleDelta().y() / 120.0))
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_F and not event.modifiers():
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            return
        owner = self.parentWidget()
        K = QKeySequence.StandardKey
        for key, name, run in ((K.Copy, "copy", "copy"), (K.Cut, "cut", "cut"),
                               (K.Paste, "paste", "paste"), (K.Delete, "delete", "delete_selected")):
            if hasattr(owner, "can_copy") and event.matches(key):
                if getattr(owner, f"can_{name}")():
                    getattr(owner, run)()
                event.accept()
                return
        super().keyPressEvent(event)


class PartAView(QWidget):
    message = Signal(str)

    def __init__(self, session, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.layout_: PartALayout | None = None
        self.nodes: dict[tuple[str, str], NodeItem] = {}
        self.scene = QGraphicsScene(self)
        self.scene.setBackgroundBrush(QColor("#e9edf2"))
        self.view = ZoomView(self.scene, self)
        self.view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setAccessibleName(self.tr("Part A overview"))
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        bar = QToolBar(self)
        bar.setAccessibleName(self.tr("Overview tools"))
        bar.addAction(self.tr("Zoom in")).triggered.connect(lambda: self.view.zoom_by(1.25))
        bar.addAction(self.tr("Zoom out")).triggered.connect(lambda: self.view.zoom_by(0.8))
        bar.addAction(self.tr("Fit all")).triggered.connect(self.fit_all)
        bar.addSeparator()
        bar.addAction(self.tr("Reset layout")).triggered.connect(self.reset_layout)
        bar.addSeparator()
        bar.addAction(self.tr("Export PNG…")).triggered.connect(lambda: self._export("png"))
        bar.addAction(self.tr("Export SVG…")).triggered.connect(lambda: self._export("svg"))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(bar)
        box.addWidget(self.view, 1)
        self._fitted = False
        self._dirty = False
        self._data = None
        self._paper = None  # the page rect, the static drawing: patched by refresh
        self._static: VisualItem | None = None
        self.refresh()
        session.changed.connect(self._on_change)

    @property
    def roadmap_id(self) -> str:
        return self.session.store.roadmap().get("id", "")

    def _on_change(self, change) -> None:
        """Patch the rows the change names (no re-read of the roadmap) and lay out again
        only when Part A draws something that changed: of an action it shows only the value
        chain, the dates, the kind and the status."""
        store = self.session.store
        data = self._data
        relevant = False
        for rc in change.rows:
            if rc.entity == "roadmap":
                relevant = True
                if data is not None:
                    data.roadmap = store.roadmap()
            elif rc.entity in _ENTITIES:
                if data is not None:
                    data.put(rc.entity, rc.id, store.get(rc.entity, rc.id) if rc.kind != "delete" else None)
                relevant |= not (rc.entity in _ACTION_ONLY and rc.kind == "update" and rc.fields
                                 and not set(rc.fields) & _PART_A_ACTION_FIELDS)
        if relevant:
            if self.isVisible():
                self.refresh(reload=False)
            else:  # a hidden tab catches up when it is shown
                self._dirty = True

    def refresh(self, reload: bool = True) -> None:
        self._dirty = False
        if reload or self._data is None:
            self._data = load_data(self.session.store, _ENTITIES)
        layout = build_part_a(self._data, self.lang, NUDGES.of(self.roadmap_id))
        self.layout_ = layout
        v = layout.visual
        in_nodes = {id(p) for n in layout.nodes for p in n.items}
        static = Visual(v.width, v.height, items=[p for p in v.items if id(p) not in in_nodes])
        page = QRectF(0, 0, v.width, v.height)
        if self._static is None or reload:
            self.nodes = {}  # before clear(): its selectionChanged must not meet deleted items
            self.scene.clear()
            self._paper = self.scene.addRect(page, QPen(QColor(style.RULE), 0), QColor(style.PAPER))
            self._paper.setZValue(-2)
            self._static = VisualItem(static, page)
            self.scene.addItem(self._static)
            for n in layout.nodes:
                item = NodeItem(n, self.nudge)
                self.scene.addItem(item)
                self.nodes[n.key] = item
        else:
            self._patch(static, page, layout.nodes)
        self.scene.setSceneRect(QRectF(-20, -20, v.width + 40, v.height + 40))

    def _patch(self, static: Visual, page: QRectF, nodes) -> None:
        """Show a new layout by touching only what differs from the shown one: a box whose
        node is unchanged keeps its item (and its selection), a changed box gets a new item,
        a gone box's item is removed; the static drawing is replaced only if it changed."""
        if self._paper.rect() != page:
            self._paper.setRect(page)
        if self._static.visual.items != static.items or self._static.boundingRect() != page:
            self._static.set_visual(static, page)
        old, kept = self.nodes, {}
        gone = []
        for n in nodes:
            item = old.pop(n.key, None)
            if item is not None and item.node == n and item.pos().isNull():
                kept[n.key] = item
                continue
            if item is not None:
                gone.append(item)
            fresh = NodeItem(n, self.nudge)
            self.scene.addItem(fresh)
            if item is not None and item.isSelected():
                fresh.setSelected(True)
            kept[n.key] = fresh
        self.nodes = kept  # before removing: selectionChanged sees only shown items
        for item in gone + list(old.values()):
            self.scene.removeItem(item)

    def nudge(self, key, dx: float, dy: float) -> None:
        NUDGES.add(self.roadmap_id, key, dx, dy)
        QTimer.singleShot(0, lambda: self.refresh(reload=False))  # not inside the item's own event

    # -- Cut, Copy, Paste, Delete of the selected boxes (what the Edit menu asks) ----------

    PASTABLE = frozenset({"value_chain", "challenge"})

    def selected_keys(self) -> list[tuple[str, str]]:
        return [item.node.key for item in self.nodes.values() if item.isSelected()]

    def _deletable(self) -> list[tuple[str, str]]:
        return [k for k in self.selected_keys() if k[0] in self.PASTABLE]

    def can_copy(self) -> bool:
        return bool(self.selected_keys())

    def can_cut(self) -> bool:
        return bool(self._deletable()) and not self.session.store.read_only

    can_delete = can_cut

    def can_paste(self) -> bool:
        from desktop.app.row_clipboard import clipboard_rows

        return not self.session.store.read_only and bool(clipboard_rows(set(self.PASTABLE)))

    def can_select_all(self) -> bool:
        return bool(self.nodes)

    def select_all(self) -> None:
        for item in self.nodes.values():
            item.setSelected(True)

    def copy(self) -> int:
        from desktop.app.row_clipboard import copy_rows

        groups: dict[str, list[str]] = {}
        for entity, row_id in self.selected_keys():
            groups.setdefault(entity, []).append(row_id)
        n = copy_rows(self.session.store, list(groups.items()), self.lang)
        if n:
            self.message.emit(self.tr("%n item(s) copied", "", n))
        return n

    def cut(self) -> None:
        if self._deletable() and self.copy():
            self._delete(self.tr("Cut"))

    def delete_selected(self) -> None:
        self._delete(self.tr("Delete"))

    def _delete(self, label: str) -> None:
        from db.errors import RoadmapError
        from db.ops import Delete
        from desktop.domain.reasons import refusal_text

        keys = self._deletable()
        if not keys or self.session.store.read_only:
            return
        try:
            self.session.apply([Delete(e, i) for e, i in keys], label)
        except RoadmapError as exc:
            self.message.emit(refusal_text(exc, self.lang))

    def paste(self) -> list[tuple[str, str]]:
        from db.errors import RoadmapError
        from db.ops import Create
        from desktop.app.row_clipboard import clipboard_rows, paste_ops
        from desktop.domain.reasons import refusal_text

        ops = paste_ops(self.session.store, clipboard_rows(set(self.PASTABLE)))
        if not ops:
            return []
        try:
            change = self.session.apply(ops, self.tr("Paste"))
        except RoadmapError as exc:
            self.message.emit(refusal_text(exc, self.lang))
            return []
        keys = [(op.entity, op.id) for op in change.ops if isinstance(op, Create)]
        if self._dirty or any(k not in self.nodes for k in keys):
            self.refresh(reload=False)
        self.scene.clearSelection()
        for k in keys:
            if k in self.nodes:
                self.nodes[k].setSelected(True)
        return keys

    def reset_layout(self) -> None:
        NUDGES.clear(self.roadmap_id)
        self.refresh(reload=False)

    def fit_all(self) -> None:
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def show_target(self, entity: str, row_id: str, field: str | None = None) -> None:
        for key, item in self.nodes.items():
            if key == (entity, row_id):
                self.scene.clearSelection()
                item.setSelected(True)
                self.view.centerOn(item)
                return

    def visual(self) -> Visual:
        from db.interchange import export_document
        from desktop.domain.visuals.part_a import part_a_visual

        return part_a_visual(export_document(self.session.store), self.lang,
                             NUDGES.of(self.roadmap_id))

    def export_to(self, path, dpi: float = 300):
        from desktop.canvas.export_view import save_visual

        return save_visual(self.visual(), path, dpi)

    def _export(self, kind: str) -> None:
        from desktop.canvas.export_view import export_message

        text = export_message(self, self.visual(), kind, "part-a-overview")
        if text:
            self.message.emit(text)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty:
            self.refresh(reload=False)
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self.fit_all)
