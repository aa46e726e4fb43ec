"""Changes since a revision, in words: objectives, actions and KPIs first, noise left out."""

from __future__ import annotations

from db.snapshots import compare_rows
from desktop.domain.changes import change_lines, report_rows


def test_changes_are_described_and_ordered():
    before = {"action": {"a1": {"title": "Pilot", "start_date": "2027-01-01", "end_date": "2027-12-31"},
                         "a2": {"title": "Studie"}},
              "objective": {"o1": {"title": "Minder vallen"}},
              "action_status_event": {}}
    after = {"action": {"a1": {"title": "Pilot", "start_date": "2027-04-01", "end_date": "2028-03-31"},
                        "a3": {"title": "Opschaling"}},
             "objective": {"o1": {"title": "Minder vallen"}, "o2": {"title": "Langer thuis"}},
             "action_status_event": {"e1": {"date": "2027-01-01"}}}
    lines = change_lines(compare_rows(before, after), "nl")
    assert [(x.kind, x.entity, x.what) for x in lines] == [
        ("added", "objective", "Langer thuis"),
        ("added", "action", "Opschaling"),
        ("changed", "action", "Pilot: Start, Einde / deadline"),
        ("removed", "action", "Studie"),
    ]
    assert report_rows(lines)[0] == ("added", "Doelstellingen", "Langer thuis")
    assert change_lines(compare_rows(after, after), "en") == []
