"""Reference lanes under Part B (Qt-free): only flagged other roadmaps, milestones outside the
horizon counted and left out, labels that would collide on further rows, labels near the
right end turned to the left; the import from another roadmap's JSON keeps its milestones."""

from __future__ import annotations

import datetime as dt

from desktop.domain.visuals.reference_lanes import import_ops, reference_lanes
from desktop.domain.visuals.timeline import TimeScale

SCALE = TimeScale(dt.date(2026, 1, 1), dt.date(2030, 12, 31), 0.5)


def _lanes(milestones, flagged=True):
    roadmaps = [{"id": "r1", "title": "EU", "part_b_lane": flagged}, {"id": "r2", "title": "Niet getoond"}]
    rows = [{"id": f"m{i}", "reference_roadmap_id": "r1", "title": t, "date": d} for i, (t, d) in enumerate(milestones)]
    rows.append({"id": "x", "reference_roadmap_id": "r2", "title": "Van r2", "date": "2027-01-01"})
    return reference_lanes(roadmaps, rows, SCALE, label_col=112)


def test_only_flagged_roadmaps_with_their_milestones_in_the_horizon():
    [lane] = _lanes([("Oproep", "2026-03-01"), ("Te laat", "2035-01-01"), ("Zonder datum", None)])
    assert lane.id == "r1" and [m.title for m in lane.milestones] == ["Oproep"] and lane.outside == 1
    assert _lanes([("Oproep", "2026-03-01")], flagged=False) == []


def test_colliding_labels_take_further_rows_and_never_overlap():
    ms = [(f"Een lange mijlpaaltitel nummer {i}", f"2027-0{i}-01") for i in range(1, 8)]
    [lane] = _lanes(ms)
    by_row: dict[float, list] = {}
    for m in lane.milestones:
        by_row.setdefault(m.cy, []).append(m)
        assert 0 < m.cy < lane.h
    assert len(by_row) > 1
    for row in by_row.values():
        spans = sorted((min(m.label_x, m.cx - 5), max(m.label_x + m.label_w, m.cx + 5)) for m in row)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_a_label_near_the_right_end_goes_left_of_its_diamond():
    [lane] = _lanes([("Einde programma en evaluatie", "2030-12-01")])
    [m] = lane.milestones
    assert m.label_left and m.label_x + m.label_w < m.cx and m.label_x >= 0


def test_import_ops_take_the_milestone_actions_of_the_other_roadmap():
    doc = {"roadmap": {"title": "Andere cluster", "cluster_name": "Cluster X", "horizon_start": "2025-01-01"},
           "value_chain": [{"id": "v", "name": "Keten"}],
           "action": [{"id": "a", "title": "Actie", "kind": "action", "start_date": "2026-01-01"},
                      {"id": "b", "title": "Go", "kind": "milestone", "end_date": "2027-05-01", "value_chain_id": "v"},
                      {"id": "c", "title": "Geen datum", "kind": "milestone"}]}
    ops, rid = import_ops(doc)
    assert ops[0].entity == "reference_roadmap" and ops[0].id == rid
    assert ops[0].values["part_b_lane"] is True and ops[0].values["owner"] == "Cluster X"
    assert ops[0].values["year"] == 2025
    assert [(o.values["title"], o.values["date"], o.values["note"]) for o in ops[1:]] == [("Go", "2027-05-01", "Keten")]


def test_a_long_lane_title_is_printed_whole_and_the_lane_grows_to_hold_it():
    from desktop.domain.visuals.reference_lanes import TITLE_LINE_H, TITLE_SIZE
    from desktop.domain.visuals.textmetrics import text_width

    title = ("Europees partnerschap voor transformatie van gezondheids- en zorgsystemen (THCS) met "
             "een tweede oproep rond langdurige zorg en Zorgtechnologieconsortiumpartnerorganisaties")
    roadmaps = [{"id": "r1", "title": title, "part_b_lane": True}]
    [lane] = reference_lanes(roadmaps, [], SCALE, label_col=112)
    assert len(lane.title_lines) > 3  # was cut at 3 lines with an ellipsis
    assert "".join(lane.title_lines).replace(" ", "") == title.replace(" ", "")
    assert all(text_width(t, TITLE_SIZE, bold=True) <= 112 - 20 + 1e-6 for t in lane.title_lines)
    assert lane.h >= len(lane.title_lines) * TITLE_LINE_H
