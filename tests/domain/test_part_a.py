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


def _coherence_box(visual):
    from desktop.domain.visuals.part_a_coherence import WORDS

    titles = {WORDS[lang]["title"] for lang in WORDS}
    [title] = [t for t in visual.items if isinstance(t, Text) and t.text in titles]
    [box] = [r for r in visual.items if isinstance(r, Rect) and r.x < title.x < r.x + r.w
             and r.y < title.y < r.y + r.h and r.h < 200]
    return title, box


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_coherence_box_sits_in_the_free_room_under_the_value_chains(demo, lang):
    lay = build_part_a(TimelineData.from_doc(demo), lang, nudges={})
    v = lay.visual
    title, box = _coherence_box(v)
    inside = [t for t in v.items if isinstance(t, Text) and box.x <= t.x and t.x + t.w <= box.x + box.w + 0.5
              and box.y <= t.y and t.y + t.h <= box.y + box.h + 0.5]
    for r in demo["reference_roadmap"]:  # every other roadmap has its line (heads may be elided)
        assert any(t.text and r["title"].startswith(t.text.rstrip("…")) for t in inside), r["title"]
    assert not any("+" in t.text and "rapport" in t.text for t in inside)  # all lines fit
    # it takes no room of its own: the figure is as tall as without any other roadmap
    bare = {k: v for k, v in demo.items() if k not in ("reference_roadmap", "reference_link", "priority_tag")}
    assert build_part_a(TimelineData.from_doc(bare), lang, nudges={}).visual.height == v.height
    # and it overlaps no box of the figure
    for n in lay.nodes:
        assert not _boxes_overlap(box, n), n.key
    from desktop.domain.visuals.visual_pages import smallest_text

    assert smallest_text(v) >= 8.2  # no smaller text than the rest of Part A


def test_coherence_box_goes_under_the_plan_when_the_middle_has_no_room(demo):
    doc = dict(demo)  # twice as many value chains: they now reach furthest down
    doc["value_chain"] = demo["value_chain"] + [{**c, "id": c["id"] + "-2"} for c in demo["value_chain"]]
    lay = build_part_a(TimelineData.from_doc(doc), "en", nudges={})
    title, box = _coherence_box(lay.visual)
    plan = [t for t in lay.visual.items if isinstance(t, Text) and t.text == "Action plan and execution"]
    assert plan and box.y > plan[0].y  # below the action plan, in full
    assert box.w > 1000


def test_a_page_that_goes_on_with_a_value_chain_names_it():
    """Part A cut over pages between rows of one value chain's plan: the page that goes on
    with the chain repeats its name (and counts) at the top of the part it shows, beside
    its first row of bars; every page names each chain it shows bars of, once."""
    import datetime as dt

    from desktop.domain.visuals.visual_pages import split
    from tests.generate import generate_document

    doc = generate_document(600)
    v = part_a_visual(doc, "en", {}, today=dt.date(2026, 11, 23))
    chain_of = {a["id"]: a["value_chain_id"] for a in doc["action"]}
    names = {c["id"]: f"{c.get('code') or ''} {c['name']}".strip() for c in doc["value_chain"]}
    pieces = split(v, 600)  # 3 pieces, cut inside the first and second chain
    shown = []
    for i, p in enumerate(pieces, 1):
        texts = [t for t in p.items if isinstance(t, Text)]
        bars = [r for r in p.items if isinstance(r, Rect) and r.ref and r.ref[0] == "action"]
        chains = {chain_of[r.ref[1]] for r in bars}
        shown.append(chains)
        left = min((r.x for r in bars), default=0.0)
        for cid in chains:  # the plan's labels, left of the bars (not the chain's box among the paths)
            labels = [t for t in texts if t.text == names[cid] and t.x + t.w <= left + 1]
            assert len(labels) == 1, f"piece {i}: {names[cid]!r} shown {len(labels)} times"
            first_bar = min(r.y for r in bars if chain_of[r.ref[1]] == cid)
            assert labels[0].y < first_bar + 6.5, f"piece {i}: {names[cid]!r} below its first row of bars"
    continued = [i for i in range(1, len(shown)) if shown[i] & shown[i - 1]]
    assert continued, "no chain goes on over a page: the test shows nothing"


@pytest.mark.parametrize("situation", [None, "", "## Vertrekpunt", "\x07\x00"])
def test_the_current_situation_box_is_never_drawn_empty(situation):
    """A roadmap with no current situation (the generated 300-action one), one of headings
    only, or of characters that print nothing: the box says so or shows the heading."""
    from desktop.domain.visuals.part_a_layout import today_node
    from desktop.domain.visuals.roadmap_data import TimelineData

    for lang, empty in (("nl", "Nog niet beschreven."), ("en", "Not described yet.")):
        node = today_node(TimelineData.from_doc({"roadmap": {"title": "R", "current_situation": situation}}),
                          lang, 100.0)
        texts = [t.text for t in node.items
                 if isinstance(t, Text) and any(c.isprintable() and not c.isspace() for c in t.text)]
        assert texts == (["Vertrekpunt"] if situation == "## Vertrekpunt" else [empty]), texts
