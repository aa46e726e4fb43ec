"""Presentation mode for diverging/converging workshops, through real key events on the
demo roadmap: C switches to one scenario's programmes and their actions (and back to all),
V opens the dot-voting board where dots entered live are stored as dot votes through the
store (undo takes them back) and shown as totals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor

from desktop.app.session import RoadmapSession
from desktop.demo import fresh_demo
from desktop.domain.presentation import workshop_live as live
from desktop.domain.presentation.style import THEMES
from desktop.presentation.window import PresentationWindow

K = Qt.Key


@pytest.fixture
def window(qtbot, tmp_path):
    store = fresh_demo(tmp_path / "demo.roadmap")
    session = RoadmapSession(store)
    w = PresentationWindow(session, "en", precompute=False)
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    with qtbot.waitExposed(w):
        w.show()
    yield w
    w.close()
    store.close()


def shown(w, entity):
    return {p.ref[1] for p in w.current_visual().items if p.ref and p.ref[0] == entity}


def part_b_scene(w, chain_id):
    i = w.cache.index_of(f"part_b:{chain_id}")
    w.jump(i)
    w.reveal_all()
    return i


def test_c_shows_one_scenario_at_a_time_then_all_again(qtbot, window):
    w = window
    store = w.session.store
    scenarios = live.scenarios({n: store.rows(n) for n in ("scenario", "programme_scenario")})
    assert len(scenarios) >= 2
    actions = store.rows("action")
    chain = scenarios[0]
    sc_chain = store.get("scenario", chain[0])["value_chain_id"] or actions[0]["value_chain_id"]
    part_b_scene(w, sc_chain)
    everything = shown(w, "action")
    seen = []
    for sid, title, programmes in scenarios:
        qtbot.keyClick(w, K.Key_C)
        assert w.scenario is not None and w.scenario[0] == sid
        assert w.cache.doc["programme"] and {p["id"] for p in w.cache.doc["programme"]} <= programmes
        w.reveal_all()
        mine = {a["id"] for a in actions if a.get("programme_id") in programmes}
        on_screen = shown(w, "action")
        assert on_screen <= mine
        seen.append(on_screen)
        assert title in w._flash
    assert len({frozenset(s) for s in seen}) > 1  # the scenarios show different actions
    qtbot.keyClick(w, K.Key_C)  # after the last one: everything again
    assert w.scenario is None
    w.reveal_all()
    assert shown(w, "action") == everything


def test_dot_voting_live_with_keys_stored_and_undone(qtbot, window):
    w = window
    store = w.session.store
    before = len(store.rows("dot_vote"))
    scene = w.nav.index
    qtbot.keyClick(w, K.Key_V)
    assert w.voting
    qtbot.keyClick(w, K.Key_Return)  # the participant's name
    assert w.editor.isVisible()
    qtbot.keyClicks(w.editor, "Fatima")
    qtbot.keyClick(w.editor, K.Key_Return)
    assert w.participant == "Fatima" and not w.editor.isVisible()
    visions = live.options(w.cache.doc, "vision")
    totals0 = live.tally(store.rows("dot_vote"), "vision", w.vote_workshop)
    qtbot.keyClick(w, K.Key_2)  # a dot for the second vision
    qtbot.keyClick(w, K.Key_Space)  # and one more for it (the cursor followed)
    assert w.nav.index == scene  # digits vote on the board, they do not jump scenes
    votes = store.rows("dot_vote")
    assert len(votes) == before + 2
    new = votes[-2:]
    assert all(v["vision_id"] == visions[1][0] and v["participant"] == "Fatima" and v["points"] == 1
               and v["workshop_id"] == w.vote_workshop for v in new)
    assert w.vote_workshop is not None
    lines = w.vote_board_lines()
    assert lines[1] == (f"2  {visions[1][1]}", totals0.get(visions[1][0], 0) + 2)
    qtbot.keyClick(w, K.Key_Minus)  # take one back
    assert len(store.rows("dot_vote")) == before + 1
    qtbot.keyClick(w, K.Key_Right)  # now the opportunities
    assert w.vote_subject == "opportunity"
    qtbot.keyClick(w, K.Key_1)
    [opp_vote] = store.rows("dot_vote")[-1:]
    assert opp_vote["opportunity_id"] == live.options(w.cache.doc, "opportunity")[0][0]
    qtbot.keyClick(w, K.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo in the board
    assert len(store.rows("dot_vote")) == before + 1
    # the board is painted over the scene
    img_board = w.grab().toImage()
    qtbot.keyClick(w, K.Key_V)
    assert not w.voting
    img_scene = w.grab().toImage()
    # the board is a framed box inset 8 % (painting._paint_votes): its frame is drawn in the
    # theme's accent, it covers the scene inside, and outside it the scene is left as it is
    W, H = img_scene.width(), img_scene.height()
    box = QRect(round(W * 0.08), round(H * 0.08), round(W * 0.84), round(H * 0.84))
    accent = QColor(THEMES[w.theme].accent)
    assert img_board.pixelColor(W // 2, box.top()) == accent
    assert img_board.pixelColor(box.left(), H // 2) == accent
    grid = [(x, y) for x in range(0, W, 16) for y in range(0, H, 16)]
    outside = [(x, y) for x, y in grid if not box.adjusted(-4, -4, 4, 4).contains(x, y)]
    assert outside and all(img_board.pixel(x, y) == img_scene.pixel(x, y) for x, y in outside)
    inked = [(x, y) for x, y in grid if box.adjusted(8, 8, -8, -8).contains(x, y)
             and img_scene.pixelColor(x, y) != QColor(THEMES[w.theme].background)]
    covered = [(x, y) for x, y in inked if img_board.pixel(x, y) != img_scene.pixel(x, y)]
    assert inked and len(covered) > 0.9 * len(inked), (len(covered), len(inked))
    qtbot.keyClick(w, K.Key_2)  # board closed: digits jump scenes again
    assert w.nav.index == 1


def test_votes_of_the_workshop_count_per_option():
    votes = [{"id": "a", "vision_id": "v1", "points": 2, "participant": "An", "workshop_id": "w"},
             {"id": "b", "vision_id": "v1", "points": 1, "participant": "Bo", "workshop_id": "w"},
             {"id": "c", "vision_id": "v2", "points": 1, "participant": "An", "workshop_id": "x"},
             {"id": "d", "programme_id": "g", "points": 3, "participant": "An", "workshop_id": "w"}]
    assert live.tally(votes, "vision", "w") == {"v1": 3}
    assert live.tally(votes, "vision") == {"v1": 3, "v2": 1}
    assert live.voters(votes, "vision", "w") == 2
    [op] = live.unvote_ops(votes, "vision", "v1", "An", "w")
    assert op.values == {"points": 1}  # a vote of two points loses one
    assert live.unvote_ops(votes, "vision", "v2", "Bo", None) == []
