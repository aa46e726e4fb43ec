"""Part A overview: boxes, arrows from value chains to objectives, nudges."""

import pytest

from db.interchange import load_json
from desktop.domain.paths import demo_json
from desktop.domain.visuals.nudges import NudgeBook
from desktop.domain.visuals.part_a import build_part_a, part_a_visual
from desktop.domain.visuals.roadmap_data import TimelineData
from desktop.domain.visuals.visual import Line, Rect, Text


@pytest.fixture(scope="module")
def demo():
    return load_json(demo_json())


def _boxes_overlap(a, b) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def test_nodes_do_not_overlap_and_fit(demo):
    lay = build_part_a(TimelineData.from_doc(demo), "nl", nudges={})
    keys = [n.key[0] for n in lay.nodes]
    assert keys.count("value_chain") == len(demo["value_chain"])
    assert keys.count("challenge") == len(demo["challenge"])
    for i, a in enumerate(lay.nodes):
        assert a.x >= 0 and a.x + a.w <= lay.visual.width
        for b in lay.nodes[i + 1:]:
            assert not _boxes_overlap(a, b), (a.key, b.key)
    for item in lay.visual.items:
        if isinstance(item, (Rect, Text)):
            assert item.y + item.h <= lay.visual.height


def test_one_arrow_per_contribution(demo):
    v = part_a_visual(demo, "en", nudges={})
    arrows = [i for i in v.items if isinstance(i, Line) and i.arrow_end and i.ref
              and i.ref[0] == "value_chain"]
    assert len(arrows) == len(demo["value_chain_objective"])
    texts = {i.text for i in v.items if isinstance(i, Text)}
    assert "TODAY" in texts and "TOMORROW" in texts


def test_nudge_moves_box_and_keeps_arrows_attached(demo):
    data = TimelineData.from_doc(demo)
    vc = demo["value_chain"][0]["id"]
    key = ("value_chain", vc)
    base = build_part_a(data, "nl", nudges={})
    moved = build_part_a(data, "nl", nudges={key: (10.0, 30.0)})
    a = next(n for n in base.nodes if n.key == key)
    b = next(n for n in moved.nodes if n.key == key)
    assert (b.x, b.y) == (a.x + 10, a.y + 30)

    def starts(lay):
        return sorted(i.points[0] for i in lay.visual.items
                      if isinstance(i, Line) and i.ref == key and i.arrow_end)
    s0, s1 = starts(base), starts(moved)
    assert s0 and len(s0) == len(s1)
    assert all(abs(q[0] - p[0] - 10) < 1e-6 and abs(q[1] - p[1] - 30) < 1e-6 for p, q in zip(s0, s1))


def test_nudge_book_accumulates_and_clears():
    book = NudgeBook()
    assert book.add("r", ("challenge", "c"), 5, 0) == (5, 0)
    assert book.add("r", ("challenge", "c"), -2, 3) == (3, 3)
    assert book.of("r") == {("challenge", "c"): (3, 3)}
    book.add("r", ("challenge", "c"), -3, -3)
    assert book.of("r") == {}
    book.add("r", ("x", "y"), 1, 1)
    book.clear("r")
    assert book.of("r") == {}


def test_roadmap_without_content():
    v = part_a_visual({"roadmap": {"id": "r", "title": "T"}}, "nl", nudges={})
    assert v.width > 0 and v.height > 0


def test_counts_in_figures_use_singular_and_plural():
    from desktop.domain.visuals.figure_text import counted

    assert counted(1, "action", "en") == "1 action" and counted(3, "action", "en") == "3 actions"
    assert counted(1, "milestone", "nl") == "1 mijlpaal" and counted(0, "milestone", "nl") == "0 mijlpalen"
