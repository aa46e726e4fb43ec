"""Issue 17's "done when" for the main report: the demo's report shows every element a
funder and a cluster board ask for, each in the section where a reader looks for it
(yearly KPI targets with scope and baseline link, indicator series and data quality, the
project portfolio, leverage, commitments with conditions and status, the partner ×
programme matrix, problem owners, programme managers, risk origin, communication goal and
approach, resources' competences). The Part B strip is tested in test_part_b_strip_report."""

from __future__ import annotations

import pytest

from db import catalogue
from db.interchange import load_json
from desktop.domain import funding as F
from desktop.domain.paths import demo_json
from desktop.export import build_report
from desktop.export.report.document import BulletList, Heading, Paragraph, Table, plain_text

LANG = "en"
ACTION_ANNEX = "Full action list"


@pytest.fixture(scope="module")
def demo():
    return load_json(demo_json())


@pytest.fixture(scope="module")
def report(demo):
    return build_report(demo, LANG, visuals={})


def _text(block) -> str:
    if isinstance(block, Table):
        return "\n".join(block.header + [plain_text(c) for row in block.rows for c in row])
    if isinstance(block, Paragraph):
        return block.text
    if isinstance(block, BulletList):
        return "\n".join(i.text for i in block.items)
    return ""


def section(report, title: str) -> str:
    """The text under the first level 1-3 heading that contains `title`, up to the next
    heading of the same or a higher level."""
    blocks = report.blocks
    for i, b in enumerate(blocks):
        if isinstance(b, Heading) and b.level <= 3 and title in b.text:
            out = []
            for nxt in blocks[i + 1:]:
                if isinstance(nxt, Heading) and nxt.level <= b.level:
                    break
                out.append(nxt.text if isinstance(nxt, Heading) else _text(nxt))
            return "\n".join(out)
    raise AssertionError(f"no section {title!r} in {[b.text for b in blocks if isinstance(b, Heading)][:80]}")


def squeeze(text: str) -> str:
    return " ".join(text.split())


def label(entity: str, field: str, code: str) -> str:
    return catalogue.entity(entity).by_name[field].choice_label(code, LANG)


def test_yearly_kpi_targets_with_scope(demo, report):
    text = squeeze(section(report, "KPI targets per year"))
    with_targets = [k for k in demo["kpi"] if F.yearly_targets(demo, k["id"])]
    assert len(with_targets) >= 10
    for k in with_targets:
        assert squeeze(k["name"]) in text
    scopes = {label("kpi", "scope", k["scope"]).split(" (")[0] for k in with_targets if k.get("scope")}
    assert scopes == {"programme-wide", "cluster-specific"}
    for s in scopes:
        assert s in text


def test_kpi_annex_names_the_baseline_indicator(demo, report):
    text = squeeze(section(report, "KPI table"))
    names = {i["id"]: i["name"] for i in demo["indicator"]}
    linked = [k for k in demo["kpi"] if k.get("indicator_id")]
    assert linked
    for k in linked:
        assert f"Baseline indicator: {squeeze(names[k['indicator_id']])}" in text


def test_kpi_results_per_year_with_a_verdict(demo, report):
    text = section(report, "KPIs per year: target, result and notes")
    labels = F.YEAR_LABEL[LANG]
    lights = F.on_track_per_year(demo)
    judged = [y for y, counts in sorted(lights.items()) if counts.get(F.MET) or counts.get(F.MISSED)]
    assert judged  # the demo has results to judge
    for light in (F.MET, F.CLOSE, F.MISSED):
        if lights[judged[0]].get(light):
            assert labels[light] in text


def test_indicator_series_and_data_quality(demo, report):
    text = squeeze(section(report, "Indicators: time series and data quality"))
    series = [i for i in demo["indicator"] if len(F.indicator_series(demo, i["id"])) > 1]
    assert series
    for i in series:
        assert squeeze(i["name"]) in text
        for year, _value in F.indicator_series(demo, i["id"]):
            assert str(year) in text


def test_portfolio_kind_status_and_partners(demo, report):
    text = squeeze(section(report, "Project portfolio"))
    annex = squeeze(section(report, "Project portfolio: partners, budget shares and actions"))
    partners = {p["id"]: p for p in demo["partner"]}
    for p in demo["project"]:
        assert p["code"] in text and squeeze(p["title"]) in text
        assert label("project", "kind", p["kind"]) in text
        assert label("project", "status", p["status"]) in text
    for pp in demo["project_partner"]:
        who = partners[pp["partner_id"]]
        assert (who.get("short_name") or who["name"]) in annex or who["name"] in annex
        if pp.get("role"):
            assert label("project_partner", "role", pp["role"]) in annex
    assert "TRL" in text


def test_leverage_per_programme_partner_and_total(demo, report):
    text = section(report, "Leverage and co-financing")
    lev = F.leverage(demo)
    assert F.ratio_text(lev.total.leverage, LANG) in text
    for money in [*lev.by_programme.values(), *lev.by_partner.values()]:
        if money.public:
            assert F.ratio_text(money.leverage, LANG) in text


def test_commitments_with_kind_status_conditions_and_matrix(demo, report):
    text = squeeze(section(report, "Commitments"))
    matrix = squeeze(section(report, "Commitment matrix partner × programme"))
    for m in demo["commitment"]:
        assert label("commitment", "kind", m["kind"]) in text
        assert label("commitment", "status", m["status"]) in text
        if m.get("conditions"):
            assert squeeze(m["conditions"]) in text
    statuses = {m["status"] for m in demo["commitment"]}
    assert {"signed", "announced"} <= statuses
    assert "Coverage per programme" in matrix


def test_problem_owners_and_programme_managers(demo, report):
    people = {t["id"]: t["name"] for t in demo["team_member"]}
    activities = squeeze(section(report, "Activities and problem owners"))
    owned = [a for a in demo["action"] if a.get("owner_member_id")]
    assert owned
    annex = squeeze(section(report, ACTION_ANNEX))
    for a in owned:
        assert f"Problem owner: {squeeze(people[a['owner_member_id']])}" in activities
        assert f"{squeeze(people[a['owner_member_id']])} (problem owner)" in annex
    programmes = squeeze(section(report, "Strategic programmes"))
    managed = [p for p in demo["programme"] if p.get("manager_id")]
    assert managed
    for p in managed:
        assert f"Programme manager: {squeeze(people[p['manager_id']])}" in programmes


def test_risk_origin_communication_goal_and_resource_competences(demo, report):
    risks = section(report, "Risk analysis")
    for r in demo["risk"]:
        if r.get("origin"):
            assert label("risk", "origin", r["origin"]) in risks
    assert {r.get("origin") for r in demo["risk"]} >= {"internal", "external"}
    comms = squeeze(section(report, "Communication"))
    for m in demo["communication_item"]:
        if m.get("goal"):
            assert squeeze(m["goal"]) in comms
        if m.get("scope"):
            assert label("communication_item", "scope", m["scope"]) in comms
    resources = squeeze(section(report, "Resources"))
    competent = [r for r in demo["resource"] if r.get("competences")]
    assert competent
    for r in competent:
        assert squeeze(r["competences"]) in resources
