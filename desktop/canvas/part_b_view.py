"""PartBView: the editable Part B timeline with its toolbar, filters and legend."""

from __future__ import annotations

import re

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMenu,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.catalogue import LAYERS, STATUS
from db.errors import RoadmapError
from db.ops import Update
from desktop.app.plain_text import action_text
from desktop.canvas.action_dialog import ActionDialog
from desktop.canvas.header import TimeHeader
from desktop.canvas.portfolio_strip import STRIP_ENTITIES, STRIP_INPUTS, StripItem, StripRows, draw_strip
from desktop.canvas.timeline_view import TimelineView
from desktop.domain.reasons import refusal_text
from desktop.domain.visuals import style
from desktop.domain.visuals.part_b_layout import chain_title
from desktop.domain.visuals.roadmap_data import PART_B_ENTITIES, Filters, TimelineData
from desktop.domain.visuals.timeline_incremental import IncrementalTimeline, TimelineDelta
from desktop.domain.words import nl_en

ALL = "__all__"
#: Above this many actions arrows are routed without avoiding bars (layout time).
ROUTE_OBSTACLES_MAX = 3000


def load_data(store, entities=PART_B_ENTITIES) -> TimelineData:
    """The rows a visual needs, read from the store."""
    data = TimelineData(store.roadmap())
    for name in entities:
        for i, row in enumerate(store.rows(name)):
            data.put(name, row["id"], row, order=float(row.get("position", i) or i))
    return data


class PartBView(QWidget):
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

    # -- toolbar -------------------------------------------------------------------------

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setAccessibleName(self.tr("Timeline tools"))
        self.chains = QComboBox(bar)
        self.chains.setAccessibleName(self.tr("Value chain"))
        self.chains.setMinimumContentsLength(18)
        self.chains.currentIndexChanged.connect(self._on_chain)
        bar.addWidget(self.chains)
        bar.addSeparator()
        group = QActionGroup(self)
        self.tool_actions = {}
        for key, text, tip in (("select", self.tr("Select"), self.tr("Select, move and resize (drag)")),
                               ("link", self.tr("Link"),
                                self.tr("Draw a dependency from one item to another (or Alt+drag)")),
                               ("draw", self.tr("Draw"), self.tr("Draw a new action in a lane"))):
            act = QAction(text, self)
            act.setCheckable(True)
            act.setToolTip(tip)
            act.setChecked(key == "select")
            act.triggered.connect(lambda _c=False, k=key: self.set_tool(k))
            group.addAction(act)
            bar.addAction(act)
            self.tool_actions[key] = act
        bar.addSeparator()
        self.snap = QComboBox(bar)
        self.snap.setAccessibleName(self.tr("Snap to"))
        for code, text in (("day", self.tr("Snap: day")), ("week", self.tr("Snap: week")),
                           ("month", self.tr("Snap: month")), ("quarter", self.tr("Snap: quarter"))):
            self.snap.addItem(text, code)
        self.snap.setCurrentIndex(2)
        self.snap.currentIndexChanged.connect(
            lambda _i: setattr(self.view, "snap_unit", self.snap.currentData()))
        bar.addWidget(self.snap)
        self.filter_button = QToolButton(bar)
        self.filter_button.setText(self.tr("Filter"))
        self.filter_button.setAccessibleName(self.tr("Filter actions"))
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.filter_menu = QMenu(self.filter_button)
        self.filter_menu.aboutToShow.connect(self._fill_filters)
        self.filter_button.setMenu(self.filter_menu)
        bar.addWidget(self.filter_button)
        bar.addSeparator()
        for text, slot, shortcuts in ((self.tr("Zoom in"), lambda: self._zoom_by(1.25), ("Ctrl++", "Ctrl+=")),
                                      (self.tr("Zoom out"), lambda: self._zoom_by(0.8), ("Ctrl+-",)),
                                      (self.tr("Fit all"), self.view.fit_all, ()),
                                      (self.tr("Fit width"), self.fit_width, ())):
            act = bar.addAction(text)
            act.triggered.connect(slot)
            if shortcuts:
                act.setShortcuts([QKeySequence(k) for k in shortcuts])
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                # the shortcut works wherever the focus is in this view (the canvas), not
                # only in the tool bar the action is shown in
                self.addAction(act)
        bar.addSeparator()
        bar.addAction(self.tr("Export PNG…")).triggered.connect(lambda: self._export("png"))
        bar.addAction(self.tr("Export SVG…")).triggered.connect(lambda: self._export("svg"))
        return bar

    def set_tool(self, tool: str) -> None:
        self.view.tool = tool
        self.tool_actions[tool].setChecked(True)

    def _zoom_by(self, f: float) -> None:
        self.view.zoom_by(f)

    def fit_width(self) -> None:
        rect = self.view.timeline.sceneRect()
        vw = max(self.view.viewport().width(), 100)
        self.view.set_zoom(vw / max(rect.width(), 1.0))
        self.view.horizontalScrollBar().setValue(self.view.horizontalScrollBar().minimum())
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().minimum())

    def _fill_chains(self) -> None:
        self.chains.blockSignals(True)
        self.chains.clear()
        self.chains.addItem(self.tr("All value chains"), ALL)
        for c in self.data.chains():
            self.chains.addItem(chain_title(c, self.lang), c["id"])
        i = self.chains.findData(self.chain_id if self.chain_id else ALL)
        if i < 0:
            self.chain_id, i = None, 0
        self.chains.setCurrentIndex(i)
        self.chains.blockSignals(False)

    def _on_chain(self, _i: int) -> None:
        data = self.chains.currentData()
        self.set_chain(None if data in (None, ALL) else data)

    def set_chain(self, chain_id: str | None) -> None:
        self.chain_id = chain_id
        i = self.chains.findData(chain_id or ALL)
        if i >= 0 and i != self.chains.currentIndex():
            self.chains.blockSignals(True)
            self.chains.setCurrentIndex(i)
            self.chains.blockSignals(False)
        self.view.timeline.clearSelection()
        self.refresh()
        self.fit_width()

    def _fill_filters(self) -> None:
        menu = self.filter_menu
        menu.clear()
        groups = (
            ("partner", self.tr("Partner"), [(p["id"], p.get("short_name") or p.get("name") or "")
                                             for p in self.data.ordered("partner")]),
            ("layer", self.tr("Layer"), [(c.code, nl_en(self.lang, c.nl, c.en))
                                         for c in LAYERS] + [("other", self.tr("Other"))]),
            ("status", self.tr("Status"), [(c.code, nl_en(self.lang, c.nl, c.en))
                                           for c in STATUS]),
            ("programme", self.tr("Programme"), [(p["id"], f"{p.get('code') or ''} {p.get('name') or ''}".strip())
                                                 for p in self.data.ordered("programme")]),
        )
        for key, title, options in groups:
            sub = menu.addMenu(title)
            chosen = self.filters.get(key, set())
            for code, label in options:
                act = sub.addAction(action_text(label))
                act.setCheckable(True)
                act.setChecked(code in chosen)
                act.toggled.connect(lambda on, k=key, c=code: self.toggle_filter(k, c, on))
        self._add_scenario_menu(menu)
        menu.addSeparator()
        menu.addAction(self.tr("Clear filters")).triggered.connect(self.clear_filters)

    def _add_scenario_menu(self, menu) -> None:
        """One entry per scenario: show only the actions of that scenario's programmes."""
        scenarios = self.session.store.rows("scenario")
        if not scenarios:
            return
        members: dict[str, set[str]] = {}
        for ps in self.session.store.rows("programme_scenario"):
            members.setdefault(ps["scenario_id"], set()).add(ps["programme_id"])
        sub = menu.addMenu(self.tr("Scenario"))
        shown = self.filters.get("programme")
        for sc in scenarios:
            act = sub.addAction(action_text(sc.get("title")))
            act.setCheckable(True)
            mine = members.get(sc["id"], set())
            act.setChecked(bool(mine) and shown == mine)
            act.setEnabled(bool(mine))
            act.triggered.connect(lambda _on=False, ids=frozenset(mine): self.show_scenario(ids))

    def show_scenario(self, programme_ids) -> None:
        """Filter the timeline to the actions of these programmes (one scenario's)."""
        self.set_filters({**{k: v for k, v in self.filters.items() if k != "programme"},
                          "programme": set(programme_ids)})

    def toggle_filter(self, key: str, code: str, on: bool) -> None:
        chosen = self.filters.setdefault(key, set())
        (chosen.add if on else chosen.discard)(code)
        if not chosen:
            self.filters.pop(key)
        self.refresh()

    def set_filters(self, filters: dict[str, set[str]]) -> None:
        self.filters = {k: set(v) for k, v in filters.items() if v}
        self.refresh()

    def clear_filters(self) -> None:
        self.filters = {}
        self.refresh()

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
