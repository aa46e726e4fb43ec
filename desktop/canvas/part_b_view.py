"""PartBView: the editable Part B timeline with its toolbar, filters and legend."""

from __future__ import annotations

import re

from PySide6.QtCore import QRectF, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from db.errors import RoadmapError
from db.ops import Update
from desktop.canvas.action_dialog import ActionDialog
from desktop.canvas.header import TimeHeader
from desktop.canvas.part_b_toolbar import PartBToolbar
from desktop.canvas.portfolio_strip import STRIP_ENTITIES, STRIP_INPUTS, StripItem, StripRows, draw_strip
from desktop.canvas.timeline_view import TimelineView
from desktop.domain.reasons import refusal_text
from desktop.domain.visuals import style
from desktop.domain.visuals.roadmap_data import PART_B_ENTITIES, Filters, TimelineData
from desktop.domain.visuals.timeline_incremental import IncrementalTimeline, TimelineDelta

#: Above this many actions arrows are routed without avoiding bars (layout time).
ROUTE_OBSTACLES_MAX = 3000


def load_data(store, entities=PART_B_ENTITIES) -> TimelineData:
    """The rows a visual needs, read from the store."""
    data = TimelineData(store.roadmap())
    for name in entities:
        for i, row in enumerate(store.rows(name)):
            data.put(name, row["id"], row, order=float(row.get("position", i) or i))
    return data


class PartBView(PartBToolbar, QWidget):
    message = Signal(str)

    def __init__(self, session, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.chain_id: str | None = None
        self.filters: dict[str, set[str]] = {}
        self.data = load_data(session.store)
        self._fitted = False
        self._dirty = False
        self.layouter: IncrementalTimeline | None = None
        self._pending: list[tuple[str, str]] = []  # rows changed while the view was hidden
        self._legend_owners: frozenset | None = None
        self._header_key: tuple | None = None  # what the time header showed last
        # the strip of projects and KPI yearly targets under the lanes (both off by default;
        # the View menu's toggles set them, see desktop.app.part_b_menu)
        self.strip_options = {"projects": False, "kpi_milestones": False}
        self._strip_rows: StripRows | None = None  # read when the strip is first shown
        self._strip_stale = False

        self.view = TimelineView(session, lang, self)
        self.strip = StripItem()
        self.strip.setVisible(False)
        self.view.timeline.addItem(self.strip)
        self.view.message.connect(self.message)
        self.view.edit_requested.connect(self.edit_action)
        self.header = TimeHeader(self.view, lang, self)
        self.toolbar = self._make_toolbar()
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Legend"))
        self.legend.setContentsMargins(8, 2, 8, 4)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.toolbar)
        box.addWidget(self.header)
        box.addWidget(self.view, 1)
        box.addWidget(self.legend)
        self._fill_chains()
        self._load_reference()
        self.refresh()
        session.changed.connect(self._on_change)

    # -- model ---------------------------------------------------------------------------

    def set_strip(self, projects: bool, kpi_milestones: bool) -> None:
        """Show or hide the projects and the KPI yearly targets under the lanes."""
        self.strip_options = {"projects": bool(projects), "kpi_milestones": bool(kpi_milestones)}
        if not any(self.strip_options.values()):
            self._strip_rows = None  # not kept current while hidden
        self._update_strip()

    def _update_strip(self) -> None:
        self._strip_stale = False
        scene = self.view.timeline
        lay = self.layouter.layout if self.layouter is not None else None
        if lay is None or not any(self.strip_options.values()):
            self.strip.setVisible(False)
            scene.set_strip_rect(QRectF())
            return
        if self._strip_rows is None:
            self._strip_rows = StripRows(self.session.store)
        visual, rect = draw_strip(self._strip_rows.doc(self.data), self.chain_id, lay, self.lang,
                                  projects=self.strip_options["projects"],
                                  kpis=self.strip_options["kpi_milestones"])
        self.strip.set_visual(visual, rect)
        self.strip.setVisible(not rect.isEmpty())
        scene.set_strip_rect(rect)

    def _load_reference(self) -> None:
        store = self.session.store
        self.view.timeline.set_reference_rows(store.rows("reference_roadmap"), store.rows("reference_milestone"))

    def reference_lanes(self):
        """The other roadmaps' lanes drawn under the timeline (read-only)."""
        return self.view.timeline.reference.lanes

    def _on_change(self, change) -> None:
        chains_changed = False
        store = self.session.store
        if change.entities & {"reference_roadmap", "reference_milestone"}:
            self._load_reference()
        strip = self._strip_rows
        for rc in change.rows:
            if rc.entity in STRIP_INPUTS:
                self._strip_stale = True
                if strip is not None and rc.entity in STRIP_ENTITIES:
                    strip.put(rc.entity, rc.id, rc.kind == "delete")
            if rc.entity == "roadmap":
                self.data.roadmap = store.roadmap()
            elif rc.entity in PART_B_ENTITIES:
                row = store.get(rc.entity, rc.id) if rc.kind != "delete" else None
                self.data.put(rc.entity, rc.id, row)
                chains_changed |= rc.entity == "value_chain"
        if chains_changed:
            self._fill_chains()
        self._pending.extend((rc.entity, rc.id) for rc in change.rows)
        if self.isVisible():
            self.catch_up()
        else:  # a hidden tab catches up when it is shown
            self._dirty = True

    def layout_filters(self) -> Filters:
        return Filters.from_dict(self.filters)

    def refresh(self) -> None:
        """Lay out everything again and update the scene (items are reused by id)."""
        self._dirty = False
        self._pending = []
        n = len(self.data.table("action"))
        self.layouter = IncrementalTimeline(self.data, self.chain_id, self.lang, self.layout_filters(),
                                            route_obstacles=n <= ROUTE_OBSTACLES_MAX)
        self._show(TimelineDelta(full=True))
        self._update_strip()

    def catch_up(self) -> None:
        """Lay out again only what the rows changed since the last layout touch (the
        incremental relayout of desktop.domain.visuals.timeline_incremental)."""
        self._dirty = False
        rows, self._pending = self._pending, []
        lay = self.layouter
        n = len(self.data.table("action"))
        if lay is None or lay.route_obstacles != (n <= ROUTE_OBSTACLES_MAX) or \
                lay.today != _today():
            self.refresh()
            return
        delta = lay.update(rows)
        if not delta.empty():
            self._show(delta)
        if any(self.strip_options.values()) and (self._strip_stale or not delta.empty()):
            self._update_strip()  # under the lanes, on the same time axis

    def _show(self, delta: TimelineDelta) -> None:
        layout = self.layouter.layout
        self.view.timeline.apply_delta(layout, delta)
        self.view.update_detail()
        self.view.apply_selection_after_sync()
        header = (layout.scale, layout.today_x, tuple(layout.bands))
        if delta.full or header != self._header_key:  # the time header shows only these
            self._header_key = header
            self.header.update()
        self.filter_button.setText(self.tr("Filter (on)") if self.filters else self.tr("Filter"))
        if delta.full or delta.bars or delta.bars_removed:
            self._update_legend(layout, delta)

    def _update_legend(self, layout, delta: TimelineDelta | None = None) -> None:
        if delta is not None and not delta.full:  # the owners shown may be the same
            owners_now = self._owner_counts
            for key in delta.bars_removed | (touched := delta.bars - delta.shifted):
                old = self._owner_of.pop(key, None)
                if old is not None:
                    owners_now[old] -= 1
            for key in touched:
                a = self.data.get("action", key) or {}
                self._owner_of[key] = a.get("owner_id")
                owners_now[a.get("owner_id")] += 1
            present = frozenset(k for k, v in owners_now.items() if v > 0)
            if present == self._legend_owners:
                return
        else:
            from collections import Counter

            self._owner_of = {b.id: (self.data.get("action", b.id) or {}).get("owner_id")
                              for b in layout.bars.values()}
            self._owner_counts = Counter(self._owner_of.values())
            present = frozenset(self._owner_counts)
        self._legend_owners = present
        owners: dict[str, str] = {}
        for b in layout.bars.values():
            a = self.data.get("action", b.id) or {}
            name = self.data.partner_label(a.get("owner_id")) or self.tr("no owner")
            owners.setdefault(name, b.owner_colour)
        owners_word, status_word = self.tr("Owners"), self.tr("Status")
        milestone_word, dependency_word = self.tr("milestone"), self.tr("dependency")
        today_word = self.tr("today")
        parts = [f"<b>{_esc(owners_word)}:</b>"]
        for name in sorted(owners, key=str.lower)[:40]:
            parts.append(f"<span style='color:{owners[name]}'>■</span>&nbsp;{_esc(name)}")
        status = [f"<b>{_esc(status_word)}:</b>"]
        for code, text in (("planned", self.tr("light = planned")),
                           ("ongoing", self.tr("solid = committed / ongoing")),
                           ("delayed", self.tr("red outline = delayed")),
                           ("done", self.tr("✓ done")), ("cancelled", self.tr("✕ cancelled"))):
            st = style.bar_style(code, style.DEFAULT_OWNER)
            status.append(f"<span style='color:{st.stroke if code == 'delayed' else st.fill}'>■</span>"
                          f"&nbsp;{_esc(text)}")
        status.append(f"&nbsp;◆&nbsp;{_esc(milestone_word)}&nbsp; →&nbsp;{_esc(dependency_word)}"
                      f"&nbsp; <span style='color:{style.TODAY}'>┆</span>&nbsp;{_esc(today_word)}")
        self.legend.setText("&nbsp;&nbsp; ".join(parts) + "<br>" + "&nbsp;&nbsp; ".join(status))

    # -- editing -------------------------------------------------------------------------

    def edit_action(self, action_id: str) -> ActionDialog | None:
        row = self.session.store.get("action", action_id)
        if row is None:
            return None
        dialog = ActionDialog(row, self.session.store, self.lang, self)
        dialog.setAccessibleName(self.tr("Edit action"))

        def done() -> None:
            changes = dialog.changes()
            if changes:
                try:
                    self.session.apply([Update("action", action_id, changes)], self.tr("Edit action"))
                except RoadmapError as exc:
                    self.message.emit(refusal_text(exc, self.lang))
            dialog.deleteLater()

        dialog.accepted.connect(done)
        dialog.rejected.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_target(self, entity: str, row_id: str, field: str | None = None) -> None:
        if entity == "value_chain":
            self.set_chain(row_id)
            return
        if entity == "dependency":
            dep = self.data.get("dependency", row_id)
            item = self.view.timeline.arrows.get(row_id)
            if item is None and dep:
                self.set_chain(None)
                item = self.view.timeline.arrows.get(row_id)
            if item is not None:
                self.view.timeline.clearSelection()
                item.setSelected(True)
                self.view.centerOn(item.center())
            return
        if entity != "action":
            return
        if row_id not in self.view.timeline.bars:
            if self.filters:
                self.clear_filters()
            if row_id not in self.view.timeline.bars:
                a = self.data.get("action", row_id) or {}
                self.set_chain(a.get("value_chain_id") if a.get("value_chain_id") in
                               {c["id"] for c in self.data.chains()} else None)
        item = self.view.timeline.bars.get(row_id)
        if item is not None:
            self.view.timeline.clearSelection()
            item.setSelected(True)
            self.view.centerOn(item)
            self.view.setFocus()

    # -- export --------------------------------------------------------------------------

    def visual(self):
        from db.interchange import export_document
        from desktop.domain.visuals.part_b import part_b_visual

        doc = export_document(self.session.store)
        return part_b_visual(doc, self.chain_id, self.lang, {**self.filters, **self.strip_options})

    def export_to(self, path, dpi: float = 300):
        from desktop.canvas.export_view import save_visual

        return save_visual(self.visual(), path, dpi)

    def _export(self, kind: str) -> None:
        from desktop.canvas.export_view import export_message

        text = export_message(self, self.visual(), kind, _slug(self.chains.currentText()))
        if text:
            self.message.emit(text)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty:
            self.catch_up()
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self.fit_width)


def _today():
    import datetime as dt

    return dt.date.today()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _slug(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text).strip("-") or "timeline"
