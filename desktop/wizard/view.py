"""The step wizard: the method's steps 0-5 and their sections on the left (with how complete
each is), the chosen section's page in the middle, guidance and problems on the right.

Every edit goes through `RoadmapSession.apply` (stored at once, undoable). A shared
`RowCache` feeds the tables, the checks and the completeness figures; the checks run again
300 ms after the last change.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.ops import Change
from desktop.app.session import RoadmapSession
from desktop.domain.checks.engine import CheckRunner, Problem
from desktop.domain.wizard.section_numbers import NUMBERS
from desktop.domain.wizard.sections import BY_KEY, SECTIONS, STEPS, home, section_score, step_score
from desktop.wizard.guidance_panel import GuidancePanel
from desktop.wizard.page import SectionPage
from desktop.wizard.problems import ProblemsPanel
from desktop.wizard.progress import Progress

CHECK_DELAY_MS = 300
KEY_ROLE = Qt.ItemDataRole.UserRole


class WizardView(QWidget):
    """Signals:
        message(str): something for the status bar (a refused edit).
    """

    message = Signal(str)
    problems_changed = Signal(int)  # the number of problems after each recomputation

    def __init__(self, session: RoadmapSession, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.cache = session.rows  # the session patches it before `changed` reaches us
        session.changed.connect(self._on_change)  # before any page: progress is fresh for them
        session.closing.connect(self._on_closing)
        self.pages: dict[str, SectionPage] = {}
        self.current_key: str | None = None
        self.problems: list[Problem] = []
        self.open_codes: set[str] = set()
        self.last_check_ms = 0.0
        self.progress = Progress(self.cache)
        self.checks = CheckRunner(self.cache)

        self._build_nav(lang)
        self._build_panes(lang)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.recompute)
        self.nav.currentItemChanged.connect(self._on_nav)
        self.problem_panel.activated.connect(self.show_problem)

        self.recompute()
        self.show_section(SECTIONS[0].key)

    def _build_nav(self, lang: str) -> None:
        """The tree of steps and their sections (a second column for their progress)."""
        self.nav = QTreeWidget()
        self.nav.setAccessibleName(self.tr("Steps and sections"))
        self.nav.setColumnCount(2)
        self.nav.setHeaderHidden(True)
        self.nav.setRootIsDecorated(True)
        self.nav.setUniformRowHeights(True)
        self._step_items: dict[int, QTreeWidgetItem] = {}
        self._section_items: dict[str, QTreeWidgetItem] = {}
        for step in STEPS:
            top = QTreeWidgetItem([self.tr("Step %1 · %2").replace("%1", str(step.number))
                                   .replace("%2", step.title(lang)), ""])
            top.setData(0, KEY_ROLE, step.sections[0].key)
            f = top.font(0)
            f.setBold(True)
            top.setFont(0, f)
            self.nav.addTopLevelItem(top)
            self._step_items[step.number] = top
            for s in step.sections:
                item = QTreeWidgetItem([f"{NUMBERS[s.key]}  {s.title(lang)}", ""])
                item.setData(0, KEY_ROLE, s.key)
                item.setToolTip(0, self.tr("%1 (report chapter %2)").replace("%1", s.title(lang))
                                .replace("%2", s.chapter))
                top.addChild(item)
                self._section_items[s.key] = item
        self.nav.expandAll()
        self.nav.header().setStretchLastSection(False)
        self.nav.header().setSectionResizeMode(0, self.nav.header().ResizeMode.Stretch)
        self.nav.setColumnWidth(1, 52)

    def _build_panes(self, lang: str) -> None:
        """The navigation, the section pages, and guidance over problems, side by side."""
        self.stack = QStackedWidget()
        self.guidance = GuidancePanel(lang)
        self.problem_panel = ProblemsPanel(lang)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.guidance)
        right.addWidget(self.problem_panel)
        right.setSizes([420, 300])
        split = QSplitter()
        split.addWidget(self.nav)
        split.addWidget(self.stack)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 860, 330])
        split.setChildrenCollapsible(False)
        self.splitter = split
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

    # -- navigation ---------------------------------------------------------------------

    def page(self, key: str) -> SectionPage:
        """The page of section `key` (built on first use)."""
        page = self.pages.get(key)
        if page is None:
            page = SectionPage(self.session, BY_KEY[key], self.lang, self.cache.rows)
            page.message.connect(self.message)
            self.pages[key] = page
            self.stack.addWidget(page)
            self._tab_order(page)
        return page

    def _tab_order(self, page: SectionPage) -> None:
        """Tab goes from the section list into the page's form, top to bottom, and only
        then to the guidance and the problems (pages are built later than those)."""
        previous = self.nav
        for w in page.focus_chain():
            QWidget.setTabOrder(previous, w)
            previous = w
        QWidget.setTabOrder(previous, self.guidance)
        QWidget.setTabOrder(self.guidance, self.problem_panel.scope)
        QWidget.setTabOrder(self.problem_panel.scope, self.problem_panel.list)

    def show_section(self, key: str) -> SectionPage:
        """Bring the page of section `key` to the front (pending text is stored first)."""
        old = self.pages.get(self.current_key) if self.current_key else None
        if old is not None and self.current_key != key:
            old.commit_pending()
            old.set_active(False)
        page = self.page(key)
        page.set_active(True)
        self.current_key = key
        self.stack.setCurrentWidget(page)
        item = self._section_items[key]
        if self.nav.currentItem() is not item:
            self.nav.blockSignals(True)
            self.nav.setCurrentItem(item)
            self.nav.blockSignals(False)
        self.problem_panel.set_section(key)
        self._show_guidance()
        return page

    def _on_nav(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        key = item.data(0, KEY_ROLE) if item else None
        if key and key != self.current_key:
            self.show_section(key)

    def show_target(self, entity: str, row_id: str | None, field: str | None = None,
                    section: str | None = None) -> bool:
        """Show the page where (entity, row, field) is edited and put the cursor there."""
        keys = [section] if section in BY_KEY else []
        try:
            keys.append(home(entity, field))
        except KeyError:
            pass
        for key in keys:
            if self.page(key).can_show(entity, field):
                page = self.show_section(key)
                return page.show_target(entity, row_id, field)
        if keys:
            self.show_section(keys[0])
            return True
        return False

    def show_problem(self, p: Problem) -> None:
        if p.entity:
            self.show_target(p.entity, p.row_id, p.field, p.section)
        else:
            self.show_section(p.section)

    # -- keeping current ------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        self.progress.apply(change)
        self._timer.start()

    def _on_closing(self) -> None:
        self._timer.stop()  # nothing is checked once the roadmap is closed

    def recompute(self) -> None:
        """Run every check and refresh the completeness figures and the guidance checklist."""
        t0 = time.perf_counter()
        self._timer.stop()
        if not self.session.is_open:
            return
        problems = self.checks.run()
        changed = self.checks.last_changed or not self.problems
        if changed:  # else the panel and the codes are those of the same problems already
            self.problems = problems
            self.open_codes = self.progress.open_codes = {p.code for p in self.problems}
        scorer = self.progress.score
        for step in STEPS:
            pct = round(100 * step_score(step, self.cache, scorer=scorer))
            self._step_items[step.number].setText(1, f"{pct} %")
            for s in step.sections:
                score = section_score(s, self.cache, scorer=scorer)
                item = self._section_items[s.key]
                item.setText(1, "" if score is None else "✔" if score >= 1 else f"{round(100 * score)} %")
                item.setForeground(1, Qt.GlobalColor.darkGreen if score is not None and score >= 1
                                   else Qt.GlobalColor.darkGray)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if changed:
            self.problem_panel.set_problems(self.problems, self.current_key)
        self.problems_changed.emit(len(self.problems))
        if self.current_key:
            self._show_guidance()
        self.last_check_ms = (time.perf_counter() - t0) * 1000

    def _show_guidance(self) -> None:
        spec = BY_KEY[self.current_key]
        self.guidance.show_section(spec, STEPS[spec.step], self.cache, self.open_codes,
                                   self.progress.score)

    def commit_pending(self) -> list[str]:
        """Store text still being typed (call before closing the roadmap); returns the labels
        of entries that could not be stored (invalid input the user still sees)."""
        page = self.pages.get(self.current_key) if self.current_key else None
        if page is None or not self.session.is_open:  # once closed, nothing can be stored
            return []
        return page.commit_pending()

    def hideEvent(self, event) -> None:  # noqa: N802
        self.commit_pending()
        super().hideEvent(event)
