"""Part B layout and figure on the demo roadmap and on small hand-made roadmaps."""

import datetime as dt

import pytest

from db.interchange import load_json
from desktop.domain.paths import demo_json
from desktop.domain.visuals.part_b import part_b_visual
from desktop.domain.visuals.part_b_layout import build_timeline
from desktop.domain.visuals.roadmap_data import Filters, TimelineData
from desktop.domain.visuals.visual import Diamond, Line, Rect, Text


@pytest.fixture(scope="module")
def demo():
    return load_json(demo_json())


def _overlap(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def test_every_action_is_laid_out_without_overlaps(demo):
    data = TimelineData.from_doc(demo)
    lay = build_timeline(data, None, "nl", today=dt.date(2026, 11, 23))
    assert set(lay.bars) == {a["id"] for a in demo["action"]}
    feet = [b.footprint for b in lay.bars.values()]
    for i, a in enumerate(feet):
        for b in feet[i + 1:]:
            assert not _overlap(a, b)
    for b in lay.bars.values():  # each bar lies inside its lane
        ln = lay.lane(b.lane_key)
        assert ln.y <= b.y and b.y + b.h <= ln.y1
        assert lay.scale.to_x(b.start) <= b.x + 0.01 or b.kind == "milestone"
    assert lay.lane_at(lay.lanes[1].y + 1) is lay.lanes[1]


def test_arrows_join_their_bars(demo):
    lay = build_timeline(TimelineData.from_doc(demo), None, "en")
    assert len(lay.arrows) == len(demo["dependency"])
    for a in lay.arrows.values():
        src, dst = lay.bars[a.src].box, lay.bars[a.dst].box
        # at the bar's end the dependency kind names (start: left, finish: right), or (round
        # a label, through the gutter) on the bar's lower/upper edge near that end
        kind = a.kind or "finish_start"
        x, y = a.points[0]
        end = src.x0 if kind.startswith("start_") else src.x1
        assert (x, y) == (end, src.cy) or (
            y in (src.y0, src.y1) and src.x0 <= x <= src.x1 and abs(x - end) <= 6.0 + 1e-9), (kind, a.points)
        x, y = a.points[-1]
        end = dst.x1 if kind.endswith("_finish") else dst.x0
        assert (x, y) == (end, dst.cy) or (
            y in (dst.y0, dst.y1) and dst.x0 <= x <= dst.x1 and abs(x - end) <= 6.0 + 1e-9), (kind, a.points)
        for p, q in zip(a.points, a.points[1:]):
            assert p[0] == q[0] or p[1] == q[1]


def test_filters_keep_only_matching_actions(demo):
    data = TimelineData.from_doc(demo)
    status = "done"
    lay = build_timeline(data, None, "nl", Filters(status=frozenset({status})))
    expected = {a["id"] for a in demo["action"] if a.get("status") == status}
    assert expected and set(lay.bars) == expected
    partner = demo["partner"][0]["id"]
    lay = build_timeline(data, None, "nl", Filters(partner=frozenset({partner})))
    people = {ap["action_id"] for ap in demo["action_partner"] if ap["partner_id"] == partner}
    expected = {a["id"] for a in demo["action"] if a.get("owner_id") == partner or a["id"] in people}
    assert set(lay.bars) == expected


def test_one_chain_shows_only_its_actions(demo):
    vc = demo["value_chain"][1]["id"]
    lay = build_timeline(TimelineData.from_doc(demo), vc, "nl")
    assert set(lay.bars) == {a["id"] for a in demo["action"] if a.get("value_chain_id") == vc}
    assert all(ln.kind == "lane" for ln in lay.lanes)


def test_figure_fits_and_names_every_action(demo):
    vc = demo["value_chain"][0]["id"]
    v = part_b_visual(demo, vc, "nl", {"today": "2026-11-23"})
    assert v.width == 1190 and 300 < v.height < 3000
    for item in v.items:
        if isinstance(item, (Rect, Text)):
            assert item.x >= -1 and item.x + item.w <= v.width + 1, item
            assert item.y >= 0 and item.y + item.h <= v.height, item
    refs = {i.ref[1] for i in v.items if i.ref and i.ref[0] == "action"}
    assert refs == {a["id"] for a in demo["action"] if a.get("value_chain_id") == vc}
    assert any(isinstance(i, Diamond) for i in v.items)
    assert sum(1 for i in v.items if isinstance(i, Line) and i.arrow_end) >= 1
    texts = " ".join(i.text for i in v.items if isinstance(i, Text))
    assert "Vandaag" in texts and "Trekkers" in texts


def test_empty_roadmap_gives_a_figure():
    v = part_b_visual({"roadmap": {"title": "Leeg"}}, None, "en")
    assert v.width > 0 and v.height > 0


def test_part_b_can_show_the_chains_projects_and_kpi_yearly_targets():
    from desktop.domain.visuals.visual import Diamond, Rect, Text

    doc = {
        "roadmap": {"title": "R", "horizon_start": "2026-01-01", "horizon_end": "2030-12-31"},
        "value_chain": [{"id": "vc1", "name": "Zorg"}, {"id": "vc2", "name": "Bouw"}],
        "programme": [{"id": "pg1", "name": "P1", "value_chain_id": "vc1"},
                      {"id": "pg2", "name": "P2", "value_chain_id": "vc2"}],
        "action": [{"id": "a1", "title": "Pilot", "value_chain_id": "vc1", "start_date": "2026-02-01",
                    "end_date": "2027-06-30"}],
        "project": [{"id": "pj1", "code": "PJ-1", "title": "Sensoren", "status": "running", "programme_id": "pg1",
                     "start_date": "2026-03-01", "end_date": "2028-02-28"},
                    {"id": "pj2", "title": "Elders", "status": "idea", "programme_id": "pg2",
                     "start_date": "2026-03-01", "end_date": "2028-02-28"},
                    {"id": "pj3", "title": "Zonder data", "programme_id": "pg1"}],
        "objective": [{"id": "o1", "title": "Doel"}],
        "value_chain_objective": [{"id": "vo1", "value_chain_id": "vc1", "objective_id": "o1"}],
        "kpi": [{"id": "k1", "name": "Pilootwoningen", "unit": "woningen", "objective_id": "o1"},
                {"id": "k2", "name": "Andere KPI", "objective_id": None}],
        "kpi_target": [{"id": "t1", "kpi_id": "k1", "year": 2027, "value": 120.0},
                       {"id": "t2", "kpi_id": "k1", "year": 2029, "value": 1000.0},
                       {"id": "t3", "kpi_id": "k2", "year": 2027, "value": 5.0}],
    }
    plain = part_b_visual(doc, "vc1", "en", {"today": "2026-06-01"})
    shown = part_b_visual(doc, "vc1", "en", {"today": "2026-06-01", "projects": True, "kpi_milestones": True})
    texts = [p.text for p in shown.items if isinstance(p, Text)]
    assert "PJ-1 Sensoren" in texts and "Elders" not in texts and "Zonder data" not in texts
    assert "Pilootwoningen (woningen)" in texts and "Andere KPI" not in texts  # k2 is not this chain's
    assert "120" in texts and "1,000" in texts and "Projects" in texts
    assert [p.ref for p in shown.items if isinstance(p, Diamond) and p.ref == ("kpi", "k1")] == [("kpi", "k1")] * 2
    assert any(isinstance(p, Rect) and p.ref == ("project", "pj1") for p in shown.items)
    assert shown.height > plain.height and not any(
        getattr(p, "ref", None) == ("project", "pj1") for p in plain.items)
    everything = part_b_visual(doc, None, "en", {"projects": True, "kpi_milestones": True})
    texts = [p.text for p in everything.items if isinstance(p, Text)]
    assert "Elders" in texts and "Andere KPI" in texts


def test_a_long_lane_name_is_printed_whole_and_its_lane_grows_to_hold_it():
    """The Part B figure cut a lane's label at 3 lines with an ellipsis: a printed report
    had no other place showing the whole name."""
    from desktop.domain.visuals.part_b import LANE_LINE_H, part_b_visual
    from desktop.domain.visuals.visual import Rect, Text
    from tests.generate import generate_document

    doc = generate_document(6)
    name = ("Wetenschappelijk onderzoek naar nieuwe sensoren en algoritmen voor valdetectie "
            "in de thuiszorg")
    doc["lane"][0]["name"] = name
    v = part_b_visual(doc, "vc0", "nl", {"today": "2027-01-01"})
    [lane] = [i for i in v.items if isinstance(i, Rect) and i.ref == ("lane", "l0-0")]
    lines = [t for t in v.items if isinstance(t, Text) and t.ref == ("lane", "l0-0")]
    assert " ".join(t.text for t in lines) == name and len(lines) > 3
    assert lane.y - 1 <= lines[0].y and lines[-1].y + LANE_LINE_H <= lane.y + lane.h + 1
    others = [i for i in v.items if isinstance(i, Rect) and i.ref and i.ref[0] == "lane" and i is not lane]
    assert all(o.y >= lane.y + lane.h or o.y + o.h <= lane.y for o in others)  # no overlap


def test_the_today_line_stays_out_of_the_header_labels(demo):
    """The dashed today-line runs through the chart only: it crosses no term, year or month
    label of the header (its badge sits above the header)."""
    from desktop.domain.visuals import style

    for lang, word in (("nl", "Vandaag"), ("en", "Today")):
        v = part_b_visual(demo, demo["value_chain"][0]["id"], lang, {"today": "2027-05-15"})
        line = next(i for i in v.items if isinstance(i, Line) and i.stroke == style.TODAY and i.dash)
        (x, y0), (_, y1) = line.points[0], line.points[-1]
        texts = [t for t in v.items if isinstance(t, Text) and t.text != word]
        years = [t for t in texts if t.text.isdigit() and len(t.text) == 4]
        below = max(t.y + t.h for t in years) + 13.0  # the year row and the month/quarter row under it
        header = [t for t in texts if t.y >= years[0].y - 20 and t.y + t.h <= below]  # term, year, month rows
        crossed = [t.text for t in header if t.x <= x <= t.x + t.w and y0 < t.y + t.h and t.y < y1]
        assert header and not crossed, crossed


@pytest.mark.parametrize("lang, word", [("nl", "Waardeketen"), ("en", "Value chain")])
def test_the_subtitle_names_the_chain_once_and_shows_it_whole(lang, word):
    """A chain named "Waardeketen 0 …" is not called "Waardeketen Waardeketen 0 …", and a
    long name wraps (or shrinks, >= MIN_TEXT) instead of being cut with an ellipsis."""
    from desktop.domain.visuals.part_b import MIN_TEXT
    from desktop.domain.visuals.textmetrics import text_width
    long = f"{word} 0 Zorgrobot voor thuis met sensoren, spraakbediening en een koppeling met de huisarts"
    doc = {"roadmap": {"title": "R"}, "value_chain": [{"id": "a", "name": long}, {"id": "b", "name": "Zorg"}]}
    v = part_b_visual(doc, "a", lang)
    sub = next(t for t in v.items if isinstance(t, Text) and "·" in t.text)
    assert f"{word} {word}" not in sub.text and sub.text.endswith(f"plan  ·  {long}")
    assert sub.size >= MIN_TEXT
    assert sub.wrap or text_width(sub.text, sub.size) <= sub.w
    assert sub.y + sub.h <= 62  # above the chain's rule
    short = next(t for t in part_b_visual(doc, "b", lang).items if isinstance(t, Text) and "·" in t.text)
    assert short.text.endswith(f"{word} Zorg") and short.size == 10 and not short.wrap
    dutch = {"roadmap": {"title": "R"}, "value_chain": [{"id": "a", "name": "Waardeketen 0 Zorg"}]}
    en = next(t for t in part_b_visual(dutch, "a", "en").items if isinstance(t, Text) and "·" in t.text)
    assert en.text.endswith("plan  ·  Waardeketen 0 Zorg")
