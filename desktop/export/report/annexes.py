"""The report's annexes: the complete tables behind chapters 3-5."""

from __future__ import annotations

from desktop.export.report import funding
from desktop.export.report.chapter1_3 import indicator_table
from desktop.export.report.chapter4_5 import (
    action_partners,
    kpi_indicator,
    kpi_scope,
    problem_owner,
    stakeholder_table,
    trl,
)
from desktop.export.report.context import Context
from desktop.export.report.document import Paragraph, Run
from desktop.export.report.parts import bold_cell, cell, joined, table
from desktop.export.report.tree import Section


def annexes(c: Context, changes=None, since: str = "") -> Section:
    ch = Section(c.t("annex"), numbering="annex")
    if changes is not None:  # first: what a reader of an updated roadmap wants to see
        ch.sub(c.t("annex.changes", since=since), _changes(c, changes))
    ch.sub(c.t("annex.indicators"), indicator_table(c, [("", c.rows["indicator"])], full=True))
    ch.sub(funding.words(c)["indicator_annex"], funding.indicator_annex(c))
    ch.sub(c.t("annex.actions"), _actions(c))
    ch.sub(c.t("annex.kpis"), _kpis(c))
    ch.sub(funding.words(c)["kpi_year_annex"], funding.kpi_year_annex(c))
    ch.sub(funding.words(c)["portfolio_annex"], funding.portfolio_annex(c))
    ch.sub(c.t("annex.risks"), _risks(c))
    ch.sub(c.t("annex.stakeholders"), stakeholder_table(c))
    ch.sub(c.t("annex.commitments"), _commitments(c))
    matrix = funding.commitment_matrix(c)
    if matrix:
        ch.sub(funding.words(c)["matrix"], matrix)
        ch.children[-1].add(Paragraph([Run(funding.words(c)["coverage"], bold=True)], "lead"),
                            funding.coverage_table(c))
    ch.sub(c.t("annex.status_history"), _status_history(c))
    ch.sub(c.t("annex.workshop_notes"), _workshop_notes(c))
    return ch


def _changes(c: Context, changes) -> object:
    """What changed since a revision: one row per added, changed or removed item."""
    if not changes:
        return Paragraph([Run(c.t("changes.none"))])
    rows = [[c.t(f"changes.{kind}"), entity, what] for kind, entity, what in changes]
    return table([c.t("changes.kind"), c.t("changes.entity"), c.t("changes.what")], rows,
                 [0.16, 0.24, 0.6])


def _status_history(c: Context):
    """Every recorded status change of an action, by action and date."""
    order = {a["id"]: i for i, a in enumerate(c.rows["action"])}
    events = sorted(c.rows.get("action_status_event", []),
                    key=lambda e: (order.get(e.get("action_id"), len(order)), e.get("date") or ""))
    rows = [[c.name("action", e.get("action_id")), c.date(e.get("date")),
             joined(c.choice("action_status_event", "previous_status", e.get("previous_status")),
                    c.choice("action_status_event", "status", e.get("status")), sep=" → "),
             e.get("note") or ""] for e in events]
    header = [c.t("col.action"), c.field("action_status_event", "date"),
              c.field("action_status_event", "status"), c.field("action_status_event", "note")]
    return table(header, rows, [0.36, 0.14, 0.2, 0.3])


def _workshop_notes(c: Context):
    """Notes taken during workshops; open parking-lot items first."""
    notes = sorted(c.rows.get("workshop_note", []),
                   key=lambda n: (bool(n.get("resolved")), not n.get("parking_lot"), n.get("date") or ""))
    rows = [[n.get("text") or "",
             joined(c.name("value_chain", n.get("value_chain_id")), c.name("lane", n.get("lane_id")),
                    sep="\n"),
             c.date(n.get("date")),
             joined(n.get("parking_lot") and c.field("workshop_note", "parking_lot"),
                    n.get("resolved") and c.field("workshop_note", "resolved"), sep=", ")]
            for n in notes]
    header = [c.field("workshop_note", "text"), c.t("col.where"), c.field("workshop_note", "date"),
              c.field("action", "status")]
    return table(header, rows, [0.5, 0.22, 0.12, 0.16])


def _actions(c: Context):
    rows = []
    for a in c.rows["action"]:
        where = joined(c.name("value_chain", a.get("value_chain_id")), c.name("lane", a.get("lane_id")),
                       c.name("programme", a.get("programme_id")), sep="\n")
        title = bold_cell(a["title"], a.get("kind") == "milestone" and c.choice("action", "kind", "milestone"),
                          c.md(a.get("description")),
                          a.get("deliverable") and f"{c.field('action', 'deliverable')}: {a['deliverable']}")
        who = cell(c.name("partner", a.get("owner_id"), short=True), problem_owner(c, a, narrow=True),
                   action_partners(c, a["id"]))
        money = joined(c.eur(a.get("budget_eur")),
                       a.get("fte") is not None and f"{c.num(a['fte'])}\u00a0{c.field('action', 'fte')}")
        when = cell(c.period(a.get("start_date"), a.get("end_date")),
                    c.choice("action", "status", a.get("status")), trl(a) and f"TRL {trl(a)}", money)
        rows.append([a.get("code") or "", title, where, who, when])
    header = [c.field("action", "code"), c.t("col.action"), c.t("col.where"), c.field("action", "owner_id"),
              c.t("col.planning")]
    return table(header, rows, [0.08, 0.42, 0.18, 0.17, 0.15])


def _kpis(c: Context):
    rows = []
    for k in c.rows["kpi"]:
        rows.append([
            bold_cell(k["name"], c.md(k.get("definition"))),
            cell(c.choice("kpi", "category", k.get("category")), kpi_scope(c, k),
                 c.name("objective", k.get("objective_id")), kpi_indicator(c, k)),
            c.value_year(k.get("baseline_value"), k.get("baseline_year"), k.get("unit")),
            cell(c.value_year(k.get("target_value"), None, k.get("unit")), c.date(k.get("target_date"))),
            cell(c.name("partner", k.get("owner_id"), short=True),
                 joined(k.get("source"), c.choice("kpi", "frequency", k.get("frequency")))),
        ])
    header = [c.field("kpi", "name"), c.field("kpi", "category"), c.field("kpi", "baseline_value"),
              c.field("kpi", "target_value"), c.field("kpi", "owner_id")]
    return table(header, rows, [0.34, 0.2, 0.14, 0.14, 0.18], numeric=(2, 3))


def _risks(c: Context):
    rows = [[bold_cell(r["title"], c.md(r.get("description"))),
             c.choice("risk", "likelihood", r.get("likelihood")), c.choice("risk", "impact", r.get("impact")),
             cell(c.name("partner", r.get("owner_id"), short=True), c.choice("risk", "status", r.get("status"))),
             c.md(r.get("mitigation")) or ""] for r in c.rows["risk"]]
    header = [c.field("risk", f) for f in ("title", "likelihood", "impact", "owner_id", "mitigation")]
    return table(header, rows, [0.32, 0.1, 0.1, 0.15, 0.33])


def _commitments(c: Context):
    items = c.rows["commitment"]
    rows = [[bold_cell(c.name("partner", m["partner_id"]), m.get("description"),
                       joined(c.name("programme", m.get("programme_id")), c.name("action", m.get("action_id")),
                              c.name("project", m.get("project_id"))),
                       c.md(m.get("conditions"))),
             c.choice("commitment", "kind", m.get("kind")), c.eur(m.get("amount_eur")), c.num(m.get("fte")),
             cell(c.date(m.get("date")), c.choice("commitment", "status", m.get("status")),
                  m.get("announced_date")
                  and f"{c.field('commitment', 'announced_date')} {c.date(m['announced_date'])}",
                  m.get("signed_date") and f"{c.field('commitment', 'signed_date')} {c.date(m['signed_date'])}",
                  m.get("valid_until") and f"{c.field('commitment', 'valid_until')} {c.date(m['valid_until'])}")]
            for m in items]
    header = [c.field("commitment", f) for f in ("partner_id", "kind", "amount_eur", "fte", "date")]
    return table(header, rows, [0.36, 0.2, 0.16, 0.1, 0.18], numeric=(2, 3))
