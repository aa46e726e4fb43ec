"""The chapters of the yearly progress report (Qt-free): `gather_facts` finds the figures
behind every chapter once, and one function per chapter turns them into report blocks
(`w` is the report's word table, desktop.export.report.progress.WORDS[lang]).
`build_progress_report` puts them together."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from db import catalogue
from db.snapshots import compare_rows
from desktop.domain import funding as F
from desktop.domain.changes import change_lines
from desktop.domain.monitoring.status import action_summary
from desktop.domain.revisions import Revision, doc_rows
from desktop.export.report.context import Context
from desktop.export.report.document import BulletList, Heading, ListItem, Paragraph, Run
from desktop.export.report.funding import (
    backing_sentence,
    coverage_table,
    leverage_blocks,
    portfolio_table,
    trl_table,
    unbacked_programmes,
)
from desktop.export.report.parts import bold_cell, cell, joined, lead, note, table

MAX_CHANGE_LINES = 60
#: counted in the change table but not listed one by one (chapter 2 shows them)
LIST_SKIP = {"kpi_measurement", "kpi_target"}
#: what a funder reads first in the list of changes (the sort is stable: the rest keeps its order)
LIST_ORDER = ["roadmap", "project", "commitment", "programme", "kpi", "objective", "action"]


def _year_of(value) -> int | None:
    return int(value[:4]) if isinstance(value, str) and value[:4].isdigit() else None


@dataclass
class Facts:
    """The figures behind every chapter of the report on `year`."""

    doc: dict
    year: int
    rev: Revision | None
    kpi_rows: list = field(default_factory=list)
    lights: Counter = field(default_factory=Counter)
    lev: Any = None
    old_projects: dict[str, dict] = field(default_factory=dict)
    new_projects: list[dict] = field(default_factory=list)
    moved: list[dict] = field(default_factory=list)
    signed_in: list[dict] = field(default_factory=list)
    funnel: dict[str, list[dict]] = field(default_factory=dict)
    unbacked: Any = None
    summary: Any = None
    events: list[dict] = field(default_factory=list)
    done_in: list[dict] = field(default_factory=list)


def gather_facts(c: Context, doc: dict, year: int, today: dt.date, rev: Revision | None) -> Facts:
    """The KPIs of the year, leverage, the projects new or moved since the revision, the
    commitments signed in the year and the funnel, and the action status of the year."""
    f = Facts(doc, year, rev)
    f.kpi_rows = [ky for ky in F.kpis_in_year(doc, year) if ky.target is not None or ky.result is not None]
    f.lights = Counter(ky.light for ky in f.kpi_rows)
    f.lev = F.leverage(doc)
    old = rev.doc if rev else {}
    f.old_projects = old_projects = {p["id"]: p for p in old.get("project") or []} if rev else {}
    f.new_projects = [p for p in c.rows["project"] if rev and p["id"] not in old_projects]
    f.moved = [p for p in c.rows["project"]
               if p["id"] in old_projects and old_projects[p["id"]].get("status") != p.get("status")]
    commitments = c.rows["commitment"]
    f.signed_in = [m for m in commitments if m.get("status") == "signed"
                   and _year_of(m.get("signed_date") or m.get("date")) == year]
    f.funnel = {s: [m for m in commitments if m.get("status") == s] for s in (*F.COMMITMENT_FUNNEL, "expired")}
    f.unbacked = unbacked_programmes(c)
    f.summary = action_summary(doc, today)
    f.events = sorted((e for e in c.rows["action_status_event"] if _year_of(e.get("date")) == year),
                      key=lambda e: e.get("date") or "")
    done_ids = {e["action_id"] for e in f.events if e.get("status") == "done"}
    f.done_in = [a for a in c.rows["action"] if a["id"] in done_ids or (
        a.get("status") == "done" and _year_of(a.get("end_date")) == year)]
    return f


def summary_chapter(c: Context, w: dict, f: Facts) -> list:
    """1 summary: one sentence per chapter."""
    lang, year, lights, lev = c.lang, f.year, f.lights, f.lev
    n_target = sum(1 for ky in f.kpi_rows if ky.target is not None)
    items = [w["s_kpi"].format(year=year, met=lights[F.MET], close=lights[F.CLOSE], missed=lights[F.MISSED],
                               none=lights[F.NO_RESULT], n=n_target),
             w["s_leverage"].format(actual=F.ratio_text(lev.total.leverage, lang),
                                    target=F.ratio_text(c.road.get("leverage_target"), lang),
                                    secured=F.ratio_text(lev.secured.leverage, lang)),
             w["s_portfolio"].format(n=lev.total.projects, public=c.eur(lev.total.public) or "–",
                                     private=c.eur(lev.total.private) or "–", new=len(f.new_projects),
                                     moved=len(f.moved)),
             w["s_commit"].format(n=len(f.signed_in), year=year,
                                  amount=c.eur(sum(m.get("amount_eur") or 0 for m in f.signed_in)),
                                  signed=len(f.funnel["signed"]), announced=len(f.funnel["announced"]),
                                  intended=len(f.funnel["intended"])),
             w["s_actions"].format(done=len(f.done_in), year=year, late=len(f.summary.late),
                                   total=f.summary.total)]
    if f.unbacked:
        items.append(backing_sentence(c, f.unbacked))
    return [Heading(1, w["summary"], "1"), BulletList([ListItem([Run(t)]) for t in items])]


def kpi_chapter(c: Context, w: dict, f: Facts, figure: Callable, visuals: Mapping, figures: Mapping) -> list:
    """2 KPIs: target against result, the notes, and the charts of the measured KPIs."""
    year = f.year
    blocks: list = [Heading(1, w["kpis"].format(year=year), "2")]
    if not f.kpi_rows:
        return [*blocks, Paragraph([Run(w["no_kpis"].format(year=year))])]
    labels = F.YEAR_LABEL[c.lang]
    rows = []
    for ky in f.kpi_rows:
        nxt = F.yearly_targets(f.doc, ky.kpi["id"]).get(year + 1)
        change = ky.change
        scope = c.choice("kpi", "scope", ky.kpi.get("scope")).split(" (")[0]  # the short form
        rows.append([cell(ky.kpi.get("name") or "", joined(ky.kpi.get("unit"), scope)),
                     c.num(ky.previous) if ky.previous is not None else "–",
                     c.num(ky.target) if ky.target is not None else "–",
                     c.num(ky.result) if ky.result is not None else "–",
                     "–" if change is None else ("+" if change > 0 else "") + c.num(change),
                     labels[ky.light], c.num(nxt) if nxt is not None else "–"])
    blocks.append(table([w["kpi"], w["previous"].format(year=year - 1),
                         w["target"].format(year=year), w["result"].format(year=year), w["change"],
                         w["verdict"], w["next"].format(year=year + 1)], rows,
                        [0.27, 0.12, 0.1, 0.12, 0.1, 0.17, 0.12], numeric=(1, 2, 3, 4, 6)))
    blocks.append(Paragraph([Run(w["kpi_rule"])], "note"))
    noted = [ky for ky in f.kpi_rows if ky.note]
    if noted:
        blocks.append(lead(w["kpi_notes"]))
        blocks.append(BulletList([ListItem([Run(f"{ky.kpi.get('name')}: ", bold=True), Run(ky.note)])
                                  for ky in noted]))
    n = 1
    while f"kpi_charts:{n}" in visuals or f"kpi_charts:{n}" in figures:
        fig = figure(f"kpi_charts:{n}", w["charts"])
        if fig:
            blocks.append(fig)
        n += 1
    return blocks


def portfolio_chapter(c: Context, w: dict, f: Facts) -> list:
    """3 portfolio: by status, what changed since the revision, the list."""
    status_field = catalogue.entity("project").by_name["status"]
    rows: list[list] = []
    for code in status_field.choice_codes():
        mine = [p for p in c.rows["project"] if p.get("status") == code]
        if mine:
            rows.append([status_field.choice_label(code, c.lang), str(len(mine)),
                         c.eur(sum(p.get("public_eur") or 0 for p in mine)),
                         c.eur(sum(p.get("private_eur") or 0 for p in mine))])
    none = Paragraph([Run(w["no_projects"])])  # a heading is never left without a line under it
    blocks: list = [Heading(1, w["portfolio"], "3"), Heading(2, w["by_status"], "3.1"),
                    table([w["status"], w["count"], w["public"], w["private"]], rows, [0.4, 0.16, 0.22, 0.22],
                          numeric=(1, 2, 3)) or none]
    blocks.append(Heading(2, w["portfolio_changes"], "3.2"))
    old_projects = f.old_projects
    rows = [[bold_cell(joined(p.get("code"), p["title"], sep=" ")), w["new_project"] + " · "
             + c.choice("project", "status", p.get("status"))] for p in f.new_projects]
    rows += [[bold_cell(joined(p.get("code"), p["title"], sep=" ")),
              w["status_change"].format(old=c.choice("project", "status", old_projects[p["id"]].get("status")),
                                        new=c.choice("project", "status", p.get("status")))] for p in f.moved]
    blocks.append(table([w["project"], w["what"]], rows, [0.6, 0.4])
                  or Paragraph([Run(w["no_portfolio_changes"] if f.rev else w["no_rev_text"].format(year=f.year))]))
    blocks += [Heading(2, w["all_projects"], "3.3"), portfolio_table(c) or none]
    return blocks


def leverage_chapter(c: Context, w: dict) -> list:
    """4 leverage and co-financing, with the TRL mix."""
    blocks: list = [Heading(1, w["leverage"], "4")]
    blocks += [b for b in leverage_blocks(c) if b is not None] or [Paragraph([Run(w["no_projects"])])]
    mix = trl_table(c)
    if mix is not None:
        from desktop.export.report.funding import words as fwords
        blocks += [lead(fwords(c)["trl_mix"]), mix]
    return blocks


def commitments_chapter(c: Context, w: dict, f: Facts) -> list:
    """5 commitments: signed in the year, the funnel, coverage per programme."""
    year = f.year
    blocks: list = [Heading(1, w["commitments"], "5"), Heading(2, w["signed_in"].format(year=year), "5.1")]
    rows = [[bold_cell(c.name("partner", m.get("partner_id")), m.get("description")),
             c.choice("commitment", "kind", m.get("kind")),
             joined(c.name("programme", m.get("programme_id")), c.name("action", m.get("action_id")),
                    c.name("project", m.get("project_id")), sep="\n"),
             c.eur(m.get("amount_eur")), c.date(m.get("signed_date") or m.get("date"))] for m in f.signed_in]
    blocks.append(table([w["partner"], w["kind"], w["for"], w["amount"], w["signed_on"]], rows,
                        [0.34, 0.14, 0.24, 0.14, 0.14], numeric=(3,))
                  or Paragraph([Run(w["none_signed"].format(year=year))]))
    blocks.append(Heading(2, w["funnel"], "5.2"))
    status_c = catalogue.entity("commitment").by_name["status"]
    rows = [[status_c.choice_label(s, c.lang), str(len(ms)), c.eur(sum(m.get("amount_eur") or 0 for m in ms))]
            for s, ms in f.funnel.items() if ms]
    blocks.append(table([w["status"], w["count"], w["amount"]], rows, [0.5, 0.2, 0.3], numeric=(1, 2))
                  or Paragraph([Run(w["no_commitments"])]))
    blocks += [Heading(2, w["coverage"], "5.3"), coverage_table(c) or Paragraph([Run(w["no_programmes"])])]
    if f.unbacked:
        blocks.append(note(backing_sentence(c, f.unbacked)))
    return blocks


def actions_chapter(c: Context, w: dict, f: Facts) -> list:
    """6 action status: the status table, finished in the year, status changes, late actions."""
    year, summary, lang = f.year, f.summary, c.lang
    status_a = catalogue.entity("action").by_name["status"]
    codes = status_a.choice_codes()
    blocks: list = [Heading(1, w["actions"], "6"), Heading(2, w["status_table"], "6.1"),
                    table([w["status"], w["count"]],
                          [[status_a.choice_label(s, lang), str(summary.by_status.get(s, 0))] for s in codes
                           if summary.by_status.get(s)] + [[w["total"], str(summary.total)]], [0.6, 0.4],
                          numeric=(1,))]
    blocks.append(Heading(2, w["done_in"].format(year=year), "6.2"))
    blocks.append(table([w["action"], w["owner"], w["end"]],
                        [[c.row_name("action", a), c.name("partner", a.get("owner_id"), short=True),
                          c.date(a.get("end_date"))] for a in f.done_in], [0.6, 0.24, 0.16])
                  or Paragraph([Run(w["none_done"].format(year=year))]))
    blocks.append(Heading(2, w["events"].format(year=year), "6.3"))
    blocks.append(table([w["action"], w["date_col"], w["change_col"], w["note"]],
                        [[c.name("action", e.get("action_id")), c.date(e.get("date")),
                          joined(c.choice("action", "status", e.get("previous_status")),
                                 c.choice("action", "status", e.get("status")), sep=" → "),
                          e.get("note") or ""] for e in f.events], [0.36, 0.14, 0.2, 0.3])
                  or Paragraph([Run(w["no_changes"])]))
    blocks.append(Heading(2, w["late"], "6.4"))
    blocks.append(table([w["action"], w["owner"], w["end"], w["status"]],
                        [[c.row_name("action", a), c.name("partner", a.get("owner_id"), short=True),
                          c.date(a.get("end_date")), status_a.choice_label(a.get("status") or "planned", lang)]
                         for a in summary.late], [0.5, 0.2, 0.14, 0.16])
                  or Paragraph([Run(w["no_late"])]))
    return blocks


def changes_chapter(c: Context, w: dict, f: Facts) -> list:
    """7 changes since the revision: a count per entity and the list (the first
    MAX_CHANGE_LINES)."""
    rev = f.rev
    blocks: list = [Heading(1, w["changes"].format(name=rev.name) if rev else w["no_revision"], "7")]
    if rev is None:
        return [*blocks, Paragraph([Run(w["no_rev_text"].format(year=f.year))])]
    cmp = compare_rows(doc_rows(rev.doc), doc_rows(f.doc))
    changes = change_lines(cmp, c.lang)
    if not changes:
        return [*blocks, Paragraph([Run(w["no_changes"])])]
    per: dict[str, Counter] = {}
    for x in changes:
        per.setdefault(x.entity_label, Counter())[x.kind] += 1
    blocks += [lead(w["count_table"]),
               table([w["entity"], w["added"], w["changed"], w["removed"]],
                     [[k, str(v["added"]), str(v["changed"]), str(v["removed"])] for k, v in per.items()],
                     [0.46, 0.18, 0.18, 0.18], numeric=(1, 2, 3))]
    listed = sorted((x for x in changes if x.entity not in LIST_SKIP),
                    key=lambda x: LIST_ORDER.index(x.entity) if x.entity in LIST_ORDER else len(LIST_ORDER))
    shown = listed[:MAX_CHANGE_LINES]
    blocks.append(BulletList([ListItem([Run(f"{x.entity_label}: ", bold=True),
                                        Run(f"{x.what} ({w[x.kind]})")]) for x in shown]))
    if len(listed) > len(shown):
        blocks.append(note(w["more"].format(n=len(listed) - len(shown))))
    if len(listed) < len(changes):
        blocks.append(note(w["in_ch2"]))
    return blocks
