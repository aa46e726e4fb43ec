"""The monitoring report model: every KPI, the status tables, late actions, changes."""

from __future__ import annotations

import datetime as dt

from db.interchange import load_json
from desktop.domain.paths import demo_json
from desktop.export.report.document import Figure, Heading, Table
from desktop.export.report.monitoring import build_monitoring_report, figure_visuals

TODAY = dt.date(2026, 11, 23)


def _texts(report):
    out = []
    for b in report.blocks:
        if isinstance(b, Table):
            out += [str(c) for row in b.rows for c in row] + list(b.header)
        elif hasattr(b, "text"):
            out.append(b.text if isinstance(b.text, str) else "")
        elif hasattr(b, "items"):
            out += [i.text for i in b.items]
    return "\n".join(out)


def test_demo_monitoring_report_has_every_kpi_and_the_late_actions():
    doc = load_json(demo_json())
    report = build_monitoring_report(doc, "nl", TODAY)
    text = _texts(report)
    for kpi in doc["kpi"]:
        assert kpi["name"] in text
    late = [a for a in doc["action"] if a["status"] == "delayed"]
    assert late and all(a["title"] in text for a in late)
    heads = [b.display for b in report.blocks if isinstance(b, Heading)]
    assert heads[:3] == ["1 Samenvatting", "2 KPI's", "3 Status van de acties"]
    figs = [b for b in report.blocks if isinstance(b, Figure)]
    assert [f.key for f in figs] == list(figure_visuals(doc, "nl", TODAY))
    assert [f.number for f in figs] == list(range(1, len(figs) + 1))
    status_table = next(b for b in report.blocks if isinstance(b, Table) and b.header[0] == "Waardeketen")
    assert status_table.rows[-1][-1] == str(len(doc["action"]))


def test_english_and_changes_chapter():
    doc = load_json(demo_json())
    report = build_monitoring_report(doc, "en", TODAY, changes=[("added", "Actions", "Pilot X")],
                                      since="after workshop 2")
    heads = [b.display for b in report.blocks if isinstance(b, Heading)]
    assert heads[-1] == "4 Changes since after workshop 2"
    assert "Pilot X (added)" in _texts(report)


def test_empty_roadmap_gives_a_short_report():
    report = build_monitoring_report({"roadmap": {"title": "Leeg"}}, "en", TODAY)
    text = _texts(report)
    assert "The roadmap has no KPIs yet." in text and "No action is late." in text
