"""One row cache per open roadmap: the problem count, the presentation and the wizard all
read the session's `RowCache`, which the session patches from each `Change` before any view
hears of it. It is made once, each entity is read from the store once, and one edit reaches
every view."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from db.ops import Create
from db.store import RoadmapStore
from desktop.domain import rowcache
from tests.helpers import basic_rows


@pytest.fixture
def made():
    return []


@pytest.fixture
def reads():
    return []


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, made, reads):
    """The main window on a small roadmap, watched from before it opens: `made` gets every
    RowCache made, `reads` the entity of every full read of the store."""
    from desktop.app.main_window import MainWindow

    path = tmp_path / "r.roadmap"
    with RoadmapStore.create(path) as s:
        basic_rows(s)
    init = rowcache.RowCache.__init__
    monkeypatch.setattr(rowcache.RowCache, "__init__", lambda self, store: (made.append(self), init(self, store))[1])
    rows = RoadmapStore.rows
    monkeypatch.setattr(RoadmapStore, "rows", lambda self, entity, where=None: (
        reads.append(entity) if where is None else None, rows(self, entity, where))[1])
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"unexpected warning {a}"))
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.settings.set_last_view("tables")  # reopened on the tables: the problem count counts
    assert w.open_file(path)
    w.show()
    yield w
    w.close()


def _titles(presentation) -> set[str]:
    return {a["title"] for a in presentation._document()["action"]}


def test_the_views_share_one_cache_that_one_edit_updates(qtbot, window, made, reads):
    session = window.session
    counter = window.problem_count
    qtbot.waitUntil(lambda: counter.count is not None)
    before = counter.count

    window.presentation_actions.present_action.trigger()  # View > Present (F5)
    presentation = window.presentation_actions.presentation
    qtbot.waitUntil(presentation.isVisible)
    assert presentation.rows is session.rows and counter.cache is session.rows
    assert _titles(presentation) == {"Sensorplatform", "Pilot thuiszorg"}

    # one edit: the cache is patched once, the problem count and the presentation see it
    with qtbot.waitSignal(counter.counted, timeout=5000):
        session.apply([Create("action", {"title": "Living lab", "value_chain_id": "vc1"}, id="a3")], "Add")
    assert [a["title"] for a in session.rows.rows("action")][-1] == "Living lab"
    assert "Living lab" in _titles(presentation)
    assert counter.count != before  # an action without dates or owner is one problem more

    wizard = window.show_view("wizard")
    assert wizard.cache is session.rows
    wizard.recompute()
    found = {(p.entity, p.row_id) for p in wizard.problems}
    assert ("action", "a3") in found
    session.apply([Create("action", {"title": "Second lab", "value_chain_id": "vc1"}, id="a4")], "Add")
    qtbot.waitUntil(lambda: ("action", "a4") in {(p.entity, p.row_id) for p in wizard.problems}, timeout=5000)
    assert "Second lab" in _titles(presentation)

    assert made == [session.rows]  # one cache, made with the session
    # every entity the three views read came from the store once, the actions too: each of
    # the two rows added is inserted into the loaded list, not read afresh with the table
    counts = {e: reads.count(e) for e in set(reads) - {"roadmap"}}  # the title bar reads it too
    assert counts["action"] == 1
    assert {"action", "partner", "lane", "kpi", "workshop", "dot_vote", "scenario"} <= set(counts)
    assert set(counts.values()) == {1}, counts
    presentation.close()
