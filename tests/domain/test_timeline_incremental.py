"""The incremental Part B relayout gives exactly the layout a full relayout gives, after
every step of random sequences of edits (Qt-free)."""

from __future__ import annotations

import copy
import datetime as dt
import random

import pytest

from desktop.domain.visuals.part_b_layout import build_timeline
from desktop.domain.visuals.roadmap_data import PART_B_ENTITIES, Filters, TimelineData
from desktop.domain.visuals.timeline_incremental import IncrementalTimeline
from tests.generate import generate_document

TODAY = dt.date(2027, 6, 1)


def assert_same(got, want) -> None:
    assert got.scale == want.scale
    assert got.metrics == want.metrics
    assert got.chain_ids == want.chain_ids
    assert got.bands == want.bands
    assert got.width == want.width and got.height == want.height
    assert [ln.key for ln in got.lanes] == [ln.key for ln in want.lanes]
    assert got.lanes == want.lanes
    assert got.bars.keys() == want.bars.keys()
    for k, b in want.bars.items():
        assert got.bars[k] == b, k
    assert got.arrows.keys() == want.arrows.keys()
    for k, a in want.arrows.items():
        assert got.arrows[k] == a, k


class Editor:
    """Random edits of a TimelineData, each returning the (entity, id) rows it changed
    (what a store `Change` lists, cascades included)."""

    def __init__(self, data: TimelineData, rnd: random.Random, structural: bool) -> None:
        self.data = data
        self.rnd = rnd
        self.structural = structural
        self.n = 0

    def _pick(self, entity: str) -> dict | None:
        rows = list(self.data.table(entity).values())
        return self.rnd.choice(rows) if rows else None

    def _date(self) -> str:
        return (dt.date(2026, 1, 1) + dt.timedelta(days=self.rnd.randrange(0, 3600))).isoformat()

    def step(self) -> list[tuple[str, str]]:
        r, d = self.rnd, self.data
        kinds = ["dates", "dates", "dates", "lane", "title", "status", "owner", "kind", "chain",
                 "create", "delete", "dep_add", "dep_del", "dep_kind", "far_date", "none_chain",
                 "trl", "resize"]
        if self.structural:
            kinds += ["horizon", "partner_colour", "lane_layer"]
        kind = r.choice(kinds)
        a = self._pick("action")
        if a is None:
            kind = "create"
        if kind in ("dates", "resize", "far_date"):
            new = dict(a)
            if kind == "far_date":
                new["start_date"] = new["end_date"] = r.choice(["2019-03-01", "2041-11-30", self._date()])
            else:
                s = dt.date.fromisoformat(a.get("start_date") or "2027-01-01")
                s2 = s + dt.timedelta(days=r.randrange(-200, 200))
                e2 = s2 + dt.timedelta(days=r.randrange(0, 700))
                new["start_date"] = s2.isoformat()
                new["end_date"] = e2.isoformat() if a.get("kind") != "milestone" else s2.isoformat()
            d.put("action", a["id"], new)
            return [("action", a["id"])]
        if kind in ("lane", "chain", "none_chain"):
            new = dict(a)
            lane = self._pick("lane")
            if kind == "lane" and lane is not None:
                new["lane_id"] = r.choice([lane["id"], None])
                new["value_chain_id"] = lane["value_chain_id"] if r.random() < 0.8 else a.get("value_chain_id")
            elif kind == "chain":
                chain = self._pick("value_chain")
                new["value_chain_id"] = chain["id"] if chain else None
            else:
                new["value_chain_id"] = None
                new["lane_id"] = None
            d.put("action", a["id"], new)
            return [("action", a["id"])]
        if kind == "title":
            new = dict(a, title=r.choice(["", "Kort", "Een veel langere titel die niet in de balk past "
                                          * r.randint(1, 3), "Ω ünïcode"]))
            d.put("action", a["id"], new)
            return [("action", a["id"])]
        if kind == "status":
            d.put("action", a["id"], dict(a, status=r.choice(["planned", "ongoing", "done", "delayed",
                                                               "cancelled", None])))
            return [("action", a["id"])]
        if kind == "owner":
            p = self._pick("partner")
            d.put("action", a["id"], dict(a, owner_id=r.choice([p["id"] if p else None, None])))
            return [("action", a["id"])]
        if kind == "trl":
            d.put("action", a["id"], dict(a, trl_start=r.choice([None, 2, 5]), trl_end=r.choice([None, 7, 9])))
            return [("action", a["id"])]
        if kind == "kind":
            milestone = a.get("kind") != "milestone"
            new = dict(a, kind="milestone" if milestone else "action")
            if milestone:
                new["end_date"] = new.get("start_date")
            d.put("action", a["id"], new)
            return [("action", a["id"])]
        if kind == "create":
            self.n += 1
            lane = self._pick("lane")
            aid = f"new{self.n}"
            s = self._date()
            d.put("action", aid, {"id": aid, "title": f"Nieuw {self.n}", "kind": "action",
                                  "value_chain_id": lane["value_chain_id"] if lane else None,
                                  "lane_id": lane["id"] if lane else None, "start_date": s,
                                  "end_date": s, "status": "planned", "position": 10_000.0 + self.n})
            return [("action", aid)]
        if kind == "delete":
            rows = [("action", a["id"])]
            for dep in list(d.table("dependency").values()):
                if a["id"] in (dep.get("from_action_id"), dep.get("to_action_id")):
                    d.put("dependency", dep["id"], None)
                    rows.append(("dependency", dep["id"]))
            d.put("action", a["id"], None)
            return rows
        if kind == "dep_add":
            b = self._pick("action")
            if b is None or b["id"] == a["id"]:
                return []
            self.n += 1
            did = f"dnew{self.n}"
            d.put("dependency", did, {"id": did, "from_action_id": a["id"], "to_action_id": b["id"],
                                      "kind": r.choice(["finish_start", "start_start", "finish_finish", None])})
            return [("dependency", did)]
        if kind in ("dep_del", "dep_kind"):
            dep = self._pick("dependency")
            if dep is None:
                return []
            if kind == "dep_del":
                d.put("dependency", dep["id"], None)
            else:
                d.put("dependency", dep["id"], dict(dep, kind=r.choice(["finish_start", "start_start"])))
            return [("dependency", dep["id"])]
        if kind == "horizon":
            d.roadmap = dict(d.roadmap, horizon_start=r.choice(["2024-01-01", "2026-01-01", None]))
            return [("roadmap", "roadmap")]
        if kind == "partner_colour":
            p = self._pick("partner")
            d.put("partner", p["id"], dict(p, colour=r.choice(["#123456", None, "#ff0000"])))
            return [("partner", p["id"])]
        if kind == "lane_layer":
            lane = self._pick("lane")
            d.put("lane", lane["id"], dict(lane, layer=r.choice(["science", "market", "other"])))
            return [("lane", lane["id"])]
        raise AssertionError(kind)


def _data(n: int, seed: int) -> TimelineData:
    doc = generate_document(n, seed=seed)
    return TimelineData.from_doc(copy.deepcopy(doc), PART_B_ENTITIES)


@pytest.mark.parametrize("seed, n, chain, obstacles, filters, structural", [
    (1, 60, None, True, None, False),
    (2, 120, None, False, None, False),
    (3, 80, "vc1", True, None, False),
    (4, 90, None, True, {"status": {"planned", "ongoing", "delayed"}}, False),
    (5, 70, None, True, {"layer": {"science", "product", "other"}}, True),
    (6, 50, "vc0", False, {"partner": {"p0", "p1"}}, True),
    (7, 100, None, True, None, True),
])
def test_incremental_layout_equals_full_layout(seed, n, chain, obstacles, filters, structural):
    rnd = random.Random(seed)
    data = _data(n, seed)
    f = Filters.from_dict(filters)
    inc = IncrementalTimeline(data, chain, "nl", f, today=TODAY, route_obstacles=obstacles)
    editor = Editor(data, rnd, structural)
    incremental_steps = 0
    for step in range(150):
        rows = editor.step()
        delta = inc.update(rows)
        incremental_steps += not delta.full
        want = build_timeline(data, chain, "nl", f, today=TODAY, route_obstacles=obstacles)
        try:
            assert_same(inc.layout, want)
        except AssertionError as exc:
            raise AssertionError(f"step {step} after {rows}: {exc}") from None
    assert incremental_steps > 50  # most edits were laid out incrementally, not again in full


def test_delta_names_only_what_changed():
    data = _data(200, 11)
    inc = IncrementalTimeline(data, None, "en", today=TODAY, route_obstacles=False)
    before = inc.layout
    a = next(iter(before.bars.values()))
    row = data.get("action", a.id)
    data.put("action", a.id, dict(row, title=row["title"] + " (bijgewerkt)"))
    delta = inc.update([("action", a.id)])
    assert not delta.full
    assert a.id in delta.bars
    unchanged = [k for k in before.bars if k not in delta.bars]
    assert unchanged and all(inc.layout.bars[k] is before.bars[k] for k in unchanged)
    # arrows other than those of the changed bar keep their geometry objects
    for k, g in before.arrows.items():
        if a.id not in (g.src, g.dst) and k not in delta.arrows:
            assert inc.layout.arrows[k] is g
    # nothing changed: nothing to do
    assert inc.update([("action_partner", "x")]).empty()


def test_horizon_change_falls_back_to_a_full_layout():
    data = _data(40, 12)
    inc = IncrementalTimeline(data, None, "en", today=TODAY)
    row = next(iter(data.table("action").values()))
    data.put("action", row["id"], dict(row, start_date="2050-01-01", end_date="2050-02-01"))
    delta = inc.update([("action", row["id"])])
    assert delta.full
    assert inc.layout.scale.end == dt.date(2050, 12, 31)
    assert_same(inc.layout, build_timeline(data, None, "en", today=TODAY))


@pytest.mark.parametrize("seed, step", [(1, 4), (2, 1), (3, 32), (4, 7)])
def test_lane_packing_follows_pack_rows(seed, step, monkeypatch):
    from desktop.domain.visuals.lane_packing import LanePacking
    from desktop.domain.visuals.lanes import Footprint, pack_rows

    monkeypatch.setattr(LanePacking, "STEP", step)
    rnd = random.Random(seed)

    def fp(key):
        x0 = rnd.choice([rnd.uniform(0, 900), float(rnd.randrange(0, 900, 50))])
        return Footprint(key, x0, x0 + rnd.choice([rnd.uniform(1, 200), 50.0]))

    items = {f"k{i}": fp(f"k{i}") for i in range(300)}
    packing = LanePacking(items.values(), 7.0)
    rows, n = pack_rows(items.values(), 7.0)
    assert packing.rows == rows and packing.n == n
    for i in range(300):
        before = dict(packing.rows)
        gone = rnd.sample(sorted(items), rnd.choice([0, 1, 1, 1, 2, 5]))
        for k in gone:
            del items[k]
        added = []
        for _ in range(rnd.choice([0, 1, 1, 1, 3])):
            k = rnd.choice([f"k{rnd.randrange(1000)}", *gone]) if gone else f"k{rnd.randrange(1000)}"
            if k in items:
                continue
            items[k] = fp(k)
            added.append(items[k])
        changed = packing.change(gone, added)
        rows, n = pack_rows(items.values(), 7.0)
        assert packing.rows == rows, i
        assert packing.n == n, i
        assert {k for k in rows if before.get(k) != rows[k]} <= changed


def test_big_lanes_incremental_equals_full():
    """Hundreds of bars per lane: packing resumes from checkpoints inside the lanes."""
    rnd = random.Random(21)
    doc = generate_document(900, seed=21, chains=1)
    data = TimelineData.from_doc(copy.deepcopy(doc), PART_B_ENTITIES)
    inc = IncrementalTimeline(data, None, "en", today=TODAY, route_obstacles=False)
    editor = Editor(data, rnd, False)
    full = inc.full_layouts
    translated = 0
    for step in range(120):
        rows = editor.step()
        translated += len(inc.update(rows).arrows_shifted)
        want = build_timeline(data, None, "en", today=TODAY, route_obstacles=False)
        try:
            assert_same(inc.layout, want)
        except AssertionError as exc:
            raise AssertionError(f"step {step} after {rows}: {exc}") from None
    assert inc.full_layouts - full < 40
    assert translated > 100  # arrows moved with their lanes were translated, not routed again


def test_arrows_between_lanes_that_moved_apart_are_translated():
    """Without obstacles, an arrow whose two bars moved with lanes that moved by different
    amounts is not routed again but its ends' y's moved (and still equals a full layout)."""
    rnd = random.Random(8)
    data = _data(400, 8)
    inc = IncrementalTimeline(data, None, "en", today=TODAY, route_obstacles=False)
    editor = Editor(data, rnd, False)
    across = 0
    for step in range(80):
        rows = editor.step()
        delta = inc.update(rows)
        if not delta.full:
            bars = inc.layout.bars
            for k in delta.arrows_shifted:
                g = inc.layout.arrows[k]
                dy = [delta.lane_dy.get(bars[e].lane_key, 0.0) if e in delta.shifted else 0.0
                      for e in (g.src, g.dst)]
                across += dy[0] != dy[1]
        want = build_timeline(data, None, "en", today=TODAY, route_obstacles=False)
        try:
            assert_same(inc.layout, want)
        except AssertionError as exc:
            raise AssertionError(f"step {step} after {rows}: {exc}") from None
    assert across > 20
