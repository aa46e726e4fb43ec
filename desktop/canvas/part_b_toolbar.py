"""The Part B view's toolbar: the tools (select, link, draw), snapping, zoom, the value-chain
choice, the filters and scenarios, and the export buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QMenu, QToolBar, QToolButton

from db.catalogue import LAYERS, STATUS
from desktop.app.plain_text import action_text
from desktop.domain.visuals.part_b_layout import chain_title
from desktop.domain.words import nl_en

ALL = "__all__"


class PartBToolbar:
    """The toolbar and filters of PartBView (mixed into it; `self` is the view)."""

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
