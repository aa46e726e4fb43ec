"""The projects and KPI-targets strip under the Part B canvas's lanes.

The strip is the one the report's Part B figures print (desktop.domain.visuals.part_b_portfolio),
drawn on the canvas's own time axis just below the last lane: project bars by status and a row
of yearly-target diamonds per KPI. It is read-only here (projects and KPIs are edited in the
wizard and the tables); the view keeps the rows it needs up to date from change notifications.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem

from desktop.canvas.items import LABEL_W
from desktop.domain.visuals.part_b_portfolio import draw_portfolio
from desktop.domain.visuals.visual import Visual

#: Tables the strip reads besides the timeline's own (programmes and actions)
STRIP_ENTITIES = ("project", "project_action", "kpi", "kpi_target", "value_chain_objective")
#: Changes to these tables can change what the strip shows
STRIP_INPUTS = frozenset(STRIP_ENTITIES + ("programme", "action"))


class StripRows:
    """The rows of STRIP_ENTITIES, read from the store once and then kept current."""

    def __init__(self, store) -> None:
        self.store = store
        self.tables: dict[str, dict[str, dict]] = {
            name: {r["id"]: r for r in store.rows(name)} for name in STRIP_ENTITIES}

    def put(self, entity: str, row_id: str, deleted: bool) -> None:
        table = self.tables.get(entity)
        if table is None:
            return
        row = None if deleted else self.store.get(entity, row_id)
        if row is None:
            table.pop(row_id, None)
        else:
            table[row_id] = row

    def doc(self, data) -> dict:
        """A document with what draw_portfolio reads; programmes and actions come from the
        timeline's data (`TimelineData`)."""
        out: dict = {name: list(rows.values()) for name, rows in self.tables.items()}
        out["programme"] = data.ordered("programme")
        out["action"] = list(data.table("action").values())
        return out


class StripItem(QGraphicsItem):
    """The strip's primitives (a `Visual`), painted at scene coordinates."""

    def __init__(self) -> None:
        super().__init__()
        self.visual = Visual(0.0, 0.0)
        self._bounds = QRectF()
        self.setZValue(-5)  # above the lane background, below bars and arrows

    def set_visual(self, visual: Visual, bounds: QRectF) -> None:
        self.prepareGeometryChange()
        self.visual = visual
        self._bounds = bounds
        self.update()

    def refs(self) -> set[tuple[str, str]]:
        """(entity, id) of the projects and KPIs shown."""
        return {i.ref for i in self.visual.items if getattr(i, "ref", None)}

    def texts(self) -> list[str]:
        return [i.text for i in self.visual.items if hasattr(i, "text")]

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: N802
        from desktop.export_ui.visual_png import paint_visual

        paint_visual(painter, self.visual, background=None)


def draw_strip(doc: dict, chain_id: str | None, layout, lang: str, *, projects: bool,
               kpis: bool) -> tuple[Visual, QRectF]:
    """The strip under `layout` (a TimelineLayout) and its bounds; empty bounds when there
    is nothing to show."""
    v = Visual(0.0, 0.0)
    top = layout.height
    bottom, _tops = draw_portfolio(v, doc, chain_id, layout.scale, lang, x0=-LABEL_W, ox=0.0,
                                   label_w=LABEL_W, y=top, show_projects=projects, show_kpis=kpis)
    if bottom <= top:
        return v, QRectF()
    right = max([layout.width] + [i.x + i.w for i in v.items if hasattr(i, "w")])  # labels right of bars
    return v, QRectF(-LABEL_W - 1, top - 1, LABEL_W + right + 2, bottom - top + 2)
