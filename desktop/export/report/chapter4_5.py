"""Chapters 4 and 5 of the report: paths, and the strategic action plan."""

from __future__ import annotations

from db import catalogue
from desktop.export.report import funding as funding_report
from desktop.export.report.context import Context
from desktop.export.report.document import BulletList, Figure, ListItem, Paragraph, Run
from desktop.export.report.parts import bold_cell, cell, grouped_table, joined, lead, note, table
from desktop.export.report.tree import Section


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _codes(entity: str, field: str) -> list:
    return [ch.code for ch in catalogue.entity(entity).by_name[field].choices] + [None]


def _group_by(c: Context, rows: list[dict], entity: str, field: str, none_key: str):
    """(title, rows) per choice code of `field`, in catalogue order, then rows without one."""
    for code in _codes(entity, field):
        group = [r for r in rows if r.get(field) == code]
        if group:
            yield (_cap(c.choice(entity, field, code)) if code else c.t(none_key)), group


# -- chapter 4 -------------------------------------------------------------------------
def figures_after_headings(doc: dict) -> set[str]:
    """The keys of the chapter-4 figures that `paths` puts right after their headings (no
    text between): on pages of their own those headings go with them, so their plan keeps
    room for them (`figure_plan.HEADING_ROOM`; the Word figures are planned before the report)."""
    c = Context(doc, "en")
    keys = {"overview"} if not c.md(c.road.get("paths_intro")) else set()
    return keys | {f"value_chain:{vc['id']}" for vc in c.rows["value_chain"] if not c.md(vc.get("description"))}


def paths(c: Context, figures: dict, visuals: dict | None = None) -> Section:
    visuals = visuals or {}
    ch = Section(c.t("ch4"))
    ch.add(c.md(c.road.get("paths_intro")))
    ch.add(Figure("overview", c.t("fig.overview"), figures.get("overview"), visuals.get("overview")))
    sec = ch.sub(c.t("ch4.value_chains"))
    for vc in c.rows["value_chain"]:
        sub = sec.sub(c.row_name("value_chain", vc))
        sub.add(c.md(vc.get("description")))
        key = f"value_chain:{vc['id']}"
        sub.add(Figure(key, c.t("fig.value_chain", name=c.row_name("value_chain", vc)), figures.get(key),
                       visuals.get(key)))
        links = c.children("value_chain_objective", "value_chain_id", vc["id"])
        rows = [[c.name("objective", link["objective_id"]), link.get("contribution") or ""] for link in links]
        if rows:
            sub.add(lead(c.entity("value_chain_objective")),
                    table([c.field("value_chain_objective", "objective_id"),
                           c.field("value_chain_objective", "contribution")], rows, [0.5, 0.5]))
        sub.add(_scenarios(c, c.children("scenario", "value_chain_id", vc["id"])))
    loose = c.children("scenario", "value_chain_id", None)
    if loose:
        sec.sub(c.t("label.general_scenarios"), _scenarios(c, loose, with_title=False))
    from desktop.export.report import landscape as landscape_report

    compared = landscape_report.scenario_comparison(c)
    if compared is not None:
        ch.children.append(compared)
    ch.children.append(_programmes(c))
    ch.children.append(landscape_report.coherence_section(c))
    ch.children.append(_actions(c))
    return ch


def _scenarios(c: Context, rows: list[dict], with_title: bool = True) -> list:
    if not rows:
        return []
    out: list = [lead(c.entity("scenario"))] if with_title else []
    for s in rows:
        out.append(Paragraph([Run(s["title"], bold=True, italic=True)] + (
            [Run(f" ({c.t('report.preferred')})", italic=True)] if s.get("preferred") else [])))
        out.extend(c.md(s.get("description")))
    return out


def _programmes(c: Context) -> Section:
    sec = Section(c.t("ch4.programmes"))
    for code in _codes("programme", "module_type"):
        group = [p for p in c.rows["programme"] if p.get("module_type") == code]
        if not group:
            continue
        sub = sec.sub(c.t(f"module.{code}" if code else "group.no_module"))
        for p in group:
            sub.add(lead(c.row_name("programme", p)))
            sub.add(c.kv([(c.field("programme", "category"),
                           _cap(c.choice("programme", "category", p.get("category")))),
                          (c.field("programme", "value_chain_id"), c.name("value_chain", p.get("value_chain_id"))),
                          (c.field("programme", "manager_id"), c.name("team_member", p.get("manager_id")))]))
            sub.add(c.md(p.get("description")))
    return sec


def action_partners(c: Context, action_id: str) -> str:
    return ", ".join(joined(c.name("partner", ap["partner_id"], short=True), ap.get("role") and f"({ap['role']})",
                            sep=" ")
                     for ap in c.children("action_partner", "action_id", action_id))


def problem_owner(c: Context, a: dict, *, narrow: bool = False) -> str:
    """"Problem owner: <person>" for an action whose problem owner (a team member) is named;
    `narrow` (a narrow column): "<person> (problem owner)", which wraps at its spaces."""
    person = c.name("team_member", a.get("owner_member_id"))
    word = c.field("action", "owner_member_id").split(" (")[0]
    if not person:
        return ""
    return f"{person} ({word.lower()})" if narrow else f"{word}: {person}"


def kpi_scope(c: Context, k: dict) -> str:
    """The KPI's scope in its short form ("programme-wide", "cluster-specific")."""
    return c.choice("kpi", "scope", k.get("scope")).split(" (")[0]


def kpi_indicator(c: Context, k: dict) -> str:
    """"Baseline indicator: <name>" for a KPI linked to a baseline indicator."""
    name = c.name("indicator", k.get("indicator_id"))
    return name and f"{c.field('kpi', 'indicator_id')}: {name}"


def _action_title(c: Context, a: dict, *extra) -> list:
    milestone = a.get("kind") == "milestone"
    title = Paragraph([Run(a["title"], bold=milestone)] + (
        [Run(f" ({c.choice('action', 'kind', 'milestone')})", italic=True)] if milestone else []))
    rest = cell("", a.get("deliverable") and f"{c.field('action', 'deliverable')}: {a['deliverable']}", *extra)
    return [title] + (rest if isinstance(rest, list) else [])


def trl(a: dict) -> str:
    s, e = a.get("trl_start"), a.get("trl_end")
    if s and e and s != e:
        return f"{s}→{e}"
    return str(s or e or "")


def _actions(c: Context) -> Section:
    sec = Section(c.t("ch4.actions"))
    header = [c.field("action", "code"), c.t("col.action"), c.field("action", "owner_id"),
              c.t("col.partners"), c.t("col.period"), "TRL"]
    widths = [0.08, 0.34, 0.15, 0.17, 0.19, 0.07]
    chains = [(vc["id"], c.row_name("value_chain", vc)) for vc in c.rows["value_chain"]]
    for vc_id, vc_name in chains + [(None, c.t("group.no_value_chain"))]:
        actions = c.children("action", "value_chain_id", vc_id)
        if not actions:
            continue
        sub = sec.sub(vc_name)
        lanes = [(lane["id"], lane["name"]) for lane in c.rows["lane"] if lane.get("value_chain_id") == vc_id]
        lanes += [(lane["id"], lane["name"]) for lane in c.rows["lane"]
                  if lane.get("value_chain_id") != vc_id and any(a.get("lane_id") == lane["id"] for a in actions)]
        groups = []
        for lane_id, lane_name in lanes + [(None, c.t("group.no_lane"))]:
            groups.append((lane_name, [
                [a.get("code") or "", _action_title(c, a), c.name("partner", a.get("owner_id"), short=True),
                 action_partners(c, a["id"]), c.period(a.get("start_date"), a.get("end_date")), trl(a)]
                for a in actions if a.get("lane_id") == lane_id]))
        sub.add(grouped_table(header, groups, widths))
    deps = c.rows["dependency"]
    if deps:
        rows = [[c.name("action", d["from_action_id"]), c.name("action", d["to_action_id"]),
                 c.choice("dependency", "kind", d.get("kind")), d.get("note") or ""] for d in deps]
        sec.sub(c.entity("dependency"), table(
            [c.field("dependency", f) for f in ("from_action_id", "to_action_id", "kind", "note")],
            rows, [0.28, 0.28, 0.16, 0.28]))
    points = c.rows["intervention_point"]
    if points:
        sub = sec.sub(c.entity("intervention_point"))
        for p in points:
            sub.add(lead(p["title"], f" – {c.field('intervention_point', 'white_spot').lower()}"
                         if p.get("white_spot") else ""))
            sub.add(c.kv([(c.field("intervention_point", "programme_id"), c.name("programme", p.get("programme_id"))),
                          (c.field("intervention_point", "core_task"), p.get("core_task")),
                          (c.field("intervention_point", "term"),
                           c.choice("intervention_point", "term", p.get("term"))),
                          (c.field("intervention_point", "impact"),
                           c.choice("intervention_point", "impact", p.get("impact"))),
                          (c.field("intervention_point", "existing_instrument"), p.get("existing_instrument"))]))
            tailored = c.md(p.get("tailored_action"))
            if tailored:
                sub.add(lead(c.field("intervention_point", "tailored_action")), tailored)
    return sec


# -- chapter 5 -------------------------------------------------------------------------
def action_plan(c: Context) -> Section:
    ch = Section(c.t("ch5"))
    ch.sub(c.t("ch5.mission"), c.md(c.road.get("mission")))
    sec = ch.sub(c.t("ch5.activities"))
    header = [c.field("action", "code"), c.t("col.activity"), c.field("action", "owner_id"),
              c.field("action", "end_date"), c.field("action", "status")]
    groups = []
    for code in _codes("action", "category"):
        groups.append((c.t(f"activity.{code}" if code else "group.no_category"), [
            [a.get("code") or "", _action_title(c, a), cell(c.name("partner", a.get("owner_id")), problem_owner(c, a)),
             c.date(a.get("end_date")), c.choice("action", "status", a.get("status"))]
            for a in c.rows["action"] if a.get("category") == code]))
    sec.add(grouped_table(header, groups, [0.09, 0.43, 0.2, 0.14, 0.14]))
    sec = ch.sub(c.t("ch5.kpis"))
    header = [c.field("kpi", "name"), c.field("kpi", "objective_id"), c.field("kpi", "baseline_value"),
              c.field("kpi", "target_value"), c.field("kpi", "owner_id")]
    groups = [(title, [[cell(k["name"], k.get("unit") and f"{c.field('kpi', 'unit')}: {k['unit']}",
                             kpi_scope(c, k), kpi_indicator(c, k)),
                        c.name("objective", k.get("objective_id")),
                        c.value_year(k.get("baseline_value"), k.get("baseline_year")),
                        cell(c.num(k.get("target_value")), c.date(k.get("target_date"))),
                        c.name("partner", k.get("owner_id"), short=True)] for k in group])
              for title, group in _group_by(c, c.rows["kpi"], "kpi", "category", "group.no_category")]
    sec.add(grouped_table(header, groups, [0.3, 0.26, 0.14, 0.14, 0.16], numeric=(2, 3)))
    ch.children.append(_resources(c))
    ch.children.append(_stakeholders(c))
    ch.children.append(_planning(c))
    sec = ch.sub(c.t("ch5.governance"))
    for g in c.rows["governance_body"]:
        sec.add(lead(g["name"]))
        sec.add(c.kv([(c.field("governance_body", f), g.get(f)) for f in ("chair", "members", "rhythm")]))
        sec.add(c.md(g.get("role")))
    sec = ch.sub(c.t("ch5.risks"))
    rows = [[bold_cell(r["title"], c.choice("risk", "origin", r.get("origin"))),
             c.choice("risk", "likelihood", r.get("likelihood")),
             c.choice("risk", "impact", r.get("impact")), c.name("partner", r.get("owner_id"), short=True),
             c.md(r.get("mitigation")) or ""] for r in c.rows["risk"]]
    sec.add(table([c.field("risk", f) for f in ("title", "likelihood", "impact", "owner_id", "mitigation")],
                  rows, [0.27, 0.1, 0.1, 0.15, 0.38]))
    sec = ch.sub(c.t("ch5.communication"))
    rows = [[bold_cell(m["audience"], c.choice("communication_item", "scope", m.get("scope")),
                       m.get("goal") and f"{c.field('communication_item', 'goal')}: {m['goal']}"),
             cell(m.get("message") or "", c.md(m.get("approach"))), m.get("channel") or "", m.get("timing") or "",
             c.name("partner", m.get("owner_id"), short=True)] for m in c.rows["communication_item"]]
    sec.add(table([c.field("communication_item", f) for f in ("audience", "message", "channel", "timing", "owner_id")],
                  rows, [0.2, 0.3, 0.17, 0.15, 0.18]))
    ch.children.append(_commitments(c))
    ch.children += [funding_report.portfolio_section(c), funding_report.leverage_section(c),
                    funding_report.yearly_kpi_section(c)]
    ch.children.append(_monitoring(c))
    from desktop.export.report.landscape import process_section

    ch.children.append(process_section(c))
    return ch


def _resources(c: Context) -> Section:
    sec = Section(c.t("ch5.resources"))
    res = c.rows["resource"]
    rows = []
    for r in res:
        rows.append([cell(r["description"], joined(c.name("programme", r.get("programme_id")),
                                                   c.name("partner", r.get("partner_id"), short=True)),
                          r.get("competences") and f"{c.field('resource', 'competences')}: {r['competences']}"),
                     str(r.get("year") or ""), c.num(r.get("fte")), c.eur(r.get("amount_eur")),
                     cell(c.choice("resource", "source", r.get("source")), r.get("instrument")),
                     c.yes_no(r.get("secured"))])
    if rows:
        total = [bold_cell(c.t("report.total")), "", c.num(sum(r.get("fte") or 0 for r in res)),
                 c.eur(sum(r.get("amount_eur") or 0 for r in res)),
                 cell(c.t("label.secured_amount"),
                      c.eur(sum(r.get("amount_eur") or 0 for r in res if r.get("secured")))),
                 ""]
        rows.append(total)
    header = [c.field("resource", f) for f in ("description", "year", "fte", "amount_eur", "source", "secured")]
    sec.add(table(header, rows, [0.33, 0.08, 0.08, 0.16, 0.23, 0.12], numeric=(1, 2, 3)))
    return sec


def _stakeholders(c: Context) -> Section:
    sec = Section(c.t("ch5.stakeholders"))
    people = c.rows["stakeholder"]
    levels = ["high", "medium", "low"]
    if any(s.get("influence") and s.get("interest") for s in people):
        rows = []
        for inf in levels:
            row: list = [bold_cell(_cap(c.choice("stakeholder", "influence", inf)))]
            for intr in reversed(levels):
                names = [s["name"] for s in people if s.get("influence") == inf and s.get("interest") == intr]
                row.append(", ".join(names))
            rows.append(row)
        header = [f"{c.field('stakeholder', 'influence')} \\ {c.field('stakeholder', 'interest').lower()}"]
        header += [_cap(c.choice("stakeholder", "interest", i)) for i in reversed(levels)]
        sec.add(lead(c.t("label.stakeholder_grid")), table(header, rows, [0.22, 0.26, 0.26, 0.26]))
    sec.add(stakeholder_table(c))
    return sec


def stakeholder_table(c: Context):
    rows = [[bold_cell(s["name"], joined(s.get("group"), c.name("partner", s.get("partner_id")))),
             c.choice("stakeholder", "influence", s.get("influence")),
             c.choice("stakeholder", "interest", s.get("interest")),
             c.md(s.get("engagement")) or ""] for s in c.rows["stakeholder"]]
    return table([c.field("stakeholder", f) for f in ("name", "influence", "interest", "engagement")],
                 rows, [0.3, 0.1, 0.1, 0.5])


def _planning(c: Context) -> Section:
    sec = Section(c.t("ch5.planning"))
    sec.add(c.md(c.road.get("planning")))
    owners = [(p["id"], c.row_name("partner", p)) for p in c.rows["partner"]] + [(None, c.t("group.no_owner"))]
    rows = []
    for owner_id, owner in owners:
        mine = sorted((a for a in c.rows["action"] if a.get("owner_id") == owner_id),
                      key=lambda a: (a.get("end_date") or "9999", a.get("code") or ""))
        if mine:
            items = [ListItem([Run(c.row_name("action", a))] + (
                [Run(f" – {c.date(a['end_date'])}", italic=True)] if a.get("end_date") else [])) for a in mine]
            rows.append([bold_cell(owner), [BulletList(items)]])
    if rows:
        sec.add(lead(c.t("label.task_division")),
                table([c.field("action", "owner_id"), c.t("col.actions_deadline")], rows, [0.28, 0.72]))
    return sec


def _commitments(c: Context) -> Section:
    sec = Section(c.t("ch5.commitments"))
    items = c.rows["commitment"]
    rows = []
    for p in c.rows["partner"]:
        mine = [m for m in items if m.get("partner_id") == p["id"]]
        if mine:
            kinds = ", ".join(dict.fromkeys(c.choice("commitment", "kind", m.get("kind")) for m in mine))
            rows.append([bold_cell(c.row_name("partner", p)), kinds,
                         c.eur(sum(m.get("amount_eur") or 0 for m in mine)),
                         c.num(sum(m.get("fte") or 0 for m in mine))])
    if rows:
        rows.append([bold_cell(c.t("report.total")), "", c.eur(sum(m.get("amount_eur") or 0 for m in items)),
                     c.num(sum(m.get("fte") or 0 for m in items))])
    sec.add(table([c.field("commitment", "partner_id"), c.field("commitment", "kind"),
                   c.field("commitment", "amount_eur"), c.field("commitment", "fte")],
                  rows, [0.36, 0.34, 0.18, 0.12], numeric=(2, 3)))
    if rows:
        sec.add(note(c.t("label.see_annex_commitments")))
    return sec


def _monitoring(c: Context) -> Section:
    sec = Section(c.t("ch5.monitoring"))
    sec.add(c.md(c.road.get("monitoring")))
    rows = []
    for m in c.rows["kpi_measurement"]:
        k = c.row("kpi", m["kpi_id"]) or {}
        rows.append([c.name("kpi", m["kpi_id"]), c.date(m.get("date")),
                     c.value_year(m.get("value"), None, k.get("unit")), m.get("note") or ""])
    if rows:
        sec.add(lead(c.entity("kpi_measurement")),
                table([c.field("kpi_measurement", f) for f in ("kpi_id", "date", "value", "note")],
                      rows, [0.34, 0.15, 0.16, 0.35], numeric=(2,)))
    qa = c.rows["quality_assessment"]
    if qa:
        rows = [[bold_cell(_cap(c.choice("quality_assessment", "criterion", q.get("criterion")))),
                 f"{q['score']}/5" if q.get("score") else "", c.md(q.get("evidence")) or ""] for q in qa]
        sec.add(lead(c.entity("quality_assessment")),
                table([c.field("quality_assessment", f) for f in ("criterion", "score", "evidence")],
                      rows, [0.3, 0.1, 0.6]))
    return sec
