"""The yearly progress report a cluster sends its funder and board (Qt-free).

    report = build_progress_report(doc, 2026, "nl")
    write_pdf(report, "voortgang-2026.pdf")

Chapters: 1 summary; 2 KPIs (target against result of the year, the year before, the next
year's target; charts of the measured KPIs); 3 project portfolio (by status, what changed
since the revision, the list); 4 leverage and co-financing (with the TRL mix);
5 commitments (signed in the year, the funnel, coverage per programme); 6 action status
(finished in the year, status changes, late actions); 7 changes since the previous year's
revision.

The revision is a named snapshot kept in the roadmap (`snapshot` rows with a roadmap JSON
`content`): the newest one made before the reporting year, or the one passed in.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from db import catalogue
from db.snapshots import compare_rows
from desktop.domain import funding as F
from desktop.domain import revisions as R
from desktop.domain.changes import change_lines
from desktop.domain.monitoring.status import action_summary, kpi_statuses
from desktop.domain.revisions import Revision, doc_rows
from desktop.domain.visuals.visual import Visual
from desktop.domain.words import in_language
from desktop.export.report.context import Context
from desktop.export.report.document import (
    BulletList,
    FigureNumbering,
    Heading,
    ListItem,
    PageBreak,
    Paragraph,
    Report,
    Run,
    TableOfContents,
    TitlePage,
)
from desktop.export.report.funding import (
    backing_sentence,
    coverage_table,
    leverage_blocks,
    portfolio_table,
    trl_table,
    unbacked_programmes,
)
from desktop.export.report.parts import bold_cell, cell, joined, lead, note, table

WORDS = {
    "nl": {
        "title": "Voortgangsrapport {year}", "toc": "Inhoud", "date": "Datum", "cluster": "Cluster",
        "year": "Rapportagejaar", "since": "Vergeleken met",
        "toc_note": "Klik met de rechtermuisknop en kies 'Veld bijwerken' om de inhoudstafel te vullen.",
        "summary": "Samenvatting", "kpis": "KPI's: streefwaarde en resultaat {year}",
        "portfolio": "Projectportefeuille", "leverage": "Hefboom en cofinanciering",
        "commitments": "Engagementen", "actions": "Uitvoering van de acties",
        "changes": "Wijzigingen sinds ‘{name}’", "no_revision": "Wijzigingen sinds de vorige revisie",
        "s_kpi": "KPI's {year}: {met} gehaald, {close} net niet gehaald, {missed} niet gehaald, "
                 "{none} zonder resultaat (van {n} met een jaardoel).",
        "s_leverage": "Hefboom: {actual} tegenover een doel van {target}; goedgekeurde en lopende "
                      "projecten: {secured}.",
        "s_portfolio": "Portefeuille: {n} projecten tellen mee, samen {public} publiek en {private} privaat; "
                       "{new} nieuw sinds de revisie, {moved} van status veranderd.",
        "s_commit": "Engagementen: {n} ondertekend in {year} voor {amount}; in totaal {signed} ondertekend, "
                    "{announced} aangekondigd en {intended} beoogd.",
        "s_actions": "Acties: {done} afgerond in {year}, {late} met vertraging, {total} in totaal.",
        "kpi": "KPI", "scope": "Reikwijdte", "target": "Doel {year}", "result": "Resultaat {year}",
        "previous": "Resultaat {year}", "change": "Verschil", "verdict": "Oordeel", "next": "Doel {year}",
        "kpi_rule": ("Het resultaat van een jaar is de laatste meting met dat rapportagejaar. ‘Net niet "
                     "gehaald’: het tekort is hoogstens 10 % van de geplande verandering tot dat jaardoel. "
                     "Voor KPI's die moeten dalen geldt het omgekeerde."),
        "kpi_notes": "Toelichting bij de resultaten", "charts": "Verloop van de gemeten KPI's",
        "fig": "Figuur", "no_kpis": "Geen KPI met een streefwaarde voor {year}.",
        "by_status": "Projecten per status", "status": "Status", "count": "Aantal", "public": "Publiek",
        "private": "Privaat", "portfolio_changes": "Wat veranderde sinds de revisie",
        "new_project": "nieuw", "status_change": "{old} → {new}", "project": "Project", "what": "Wijziging",
        "no_portfolio_changes": "Geen wijzigingen in de portefeuille sinds de revisie.",
        "all_projects": "Alle projecten",
        "signed_in": "Ondertekend in {year}", "none_signed": "Geen engagement ondertekend in {year}.",
        "funnel": "Trechter van de engagementen", "amount": "Bedrag", "partner": "Partner",
        "kind": "Soort", "for": "Voor", "signed_on": "Ondertekend op",
        "coverage": "Dekking per programma",
        "status_table": "Acties per status", "chain": "Waardeketen", "total": "Totaal",
        "done_in": "Afgerond in {year}", "none_done": "Geen actie afgerond in {year}.",
        "events": "Statuswijzigingen in {year}", "late": "Acties met vertraging",
        "no_late": "Er zijn geen acties met vertraging.", "action": "Actie", "owner": "Trekker",
        "end": "Einde", "date_col": "Datum", "change_col": "Wijziging", "note": "Opmerking",
        "no_changes": "Geen wijzigingen.", "count_table": "Wijzigingen per onderdeel", "entity": "Onderdeel",
        "added": "toegevoegd", "changed": "gewijzigd", "removed": "verwijderd",
        "more": "… en nog {n} wijzigingen.",
        "in_ch2": "Nieuwe KPI-metingen en jaardoelen staan in de tabel hierboven en in hoofdstuk 2.",
        "no_rev_text": ("De roadmap bewaart geen benoemde revisie van vóór {year}. Maak bij elk jaarrapport "
                        "een benoemde revisie, zodat het volgende rapport kan tonen wat er veranderde."),
        "none": "geen",
    },
    "en": {
        "title": "Progress report {year}", "toc": "Contents", "date": "Date", "cluster": "Cluster",
        "year": "Reporting year", "since": "Compared with",
        "toc_note": "Right-click and choose 'Update field' to fill in the table of contents.",
        "summary": "Summary", "kpis": "KPIs: target and result {year}",
        "portfolio": "Project portfolio", "leverage": "Leverage and co-financing",
        "commitments": "Commitments", "actions": "Execution of the actions",
        "changes": "Changes since ‘{name}’", "no_revision": "Changes since the previous revision",
        "s_kpi": "KPIs {year}: {met} met, {close} narrowly missed, {missed} missed, {none} without a "
                 "result (of {n} with a yearly target).",
        "s_leverage": "Leverage: {actual} against a target of {target}; approved and running projects: "
                      "{secured}.",
        "s_portfolio": "Portfolio: {n} projects count, together {public} public and {private} private; "
                       "{new} new since the revision, {moved} changed status.",
        "s_commit": "Commitments: {n} signed in {year} for {amount}; in all {signed} signed, {announced} "
                    "announced and {intended} intended.",
        "s_actions": "Actions: {done} finished in {year}, {late} late, {total} in all.",
        "kpi": "KPI", "scope": "Scope", "target": "Target {year}", "result": "Result {year}",
        "previous": "Result {year}", "change": "Change", "verdict": "Verdict", "next": "Target {year}",
        "kpi_rule": ("A year's result is the last measurement with that reporting year. 'Narrowly "
                     "missed': short by at most 10% of the change planned up to that year's target. For "
                     "KPIs that must fall, the other way round."),
        "kpi_notes": "Notes on the results", "charts": "Course of the measured KPIs",
        "fig": "Figure", "no_kpis": "No KPI has a target for {year}.",
        "by_status": "Projects by status", "status": "Status", "count": "Number", "public": "Public",
        "private": "Private", "portfolio_changes": "What changed since the revision",
        "new_project": "new", "status_change": "{old} → {new}", "project": "Project", "what": "Change",
        "no_portfolio_changes": "The portfolio did not change since the revision.",
        "all_projects": "All projects",
        "signed_in": "Signed in {year}", "none_signed": "No commitment was signed in {year}.",
        "funnel": "Commitment funnel", "amount": "Amount", "partner": "Partner",
        "kind": "Kind", "for": "For", "signed_on": "Signed on",
        "coverage": "Coverage per programme",
        "status_table": "Actions by status", "chain": "Value chain", "total": "Total",
        "done_in": "Finished in {year}", "none_done": "No action was finished in {year}.",
        "events": "Status changes in {year}", "late": "Late actions",
        "no_late": "No action is late.", "action": "Action", "owner": "Owner",
        "end": "End", "date_col": "Date", "change_col": "Change", "note": "Note",
        "no_changes": "No changes.", "count_table": "Changes per part", "entity": "Part",
        "added": "added", "changed": "changed", "removed": "removed",
        "more": "… and {n} more changes.",
        "in_ch2": "New KPI measurements and yearly targets are counted above and shown in chapter 2.",
        "no_rev_text": ("The roadmap keeps no named revision from before {year}. Make a named revision with "
                        "every yearly report, so the next report can show what changed."),
        "none": "none",
    },
}

CHARTS_PER_FIGURE = 8
MAX_CHANGE_LINES = 60
#: bookkeeping the change chapter leaves out (status history is chapter 6; measurements chapter 2)
CHANGE_SKIP = R.SKIP
#: counted in the change table but not listed one by one (chapter 2 shows them)
LIST_SKIP = {"kpi_measurement", "kpi_target"}
#: what a funder reads first in the list of changes (the sort is stable: the rest keeps its order)
LIST_ORDER = ["roadmap", "project", "commitment", "programme", "kpi", "objective", "action"]


def revision_before(doc: Mapping, year: int) -> Revision | None:
    """The newest named revision kept in the roadmap file (`snapshot` rows) made before
    `year`. The app and the command line also look at the snapshot files on disk:
    `desktop.domain.revisions.choose_revision`."""
    rows = doc.get("snapshot")
    refs = R.revision_refs(rows, None, named_only=True)
    while refs:
        ref = R.revision_before(refs, year)
        if ref is None:
            return None
        rev = R.load_revision(ref, rows)
        if rev is not None:
            return rev
        refs = [r for r in refs if r is not ref]
    return None


#: colours of the year's verdict in the KPI charts (as the monitoring lights: green, amber, red, grey)
VERDICT_COLOUR = {F.MET: "#2f9e44", F.CLOSE: "#f59f00", F.MISSED: "#e03131", F.NO_RESULT: "#adb5bd",
                  F.NO_TARGET: "#adb5bd"}


def figure_visuals(doc: dict, lang: str, today: dt.date, year: int | None = None) -> dict[str, Visual]:
    """The report's figures: the charts of the measured KPIs, eight per figure. A KPI with
    yearly targets is drawn against them (not a straight line from baseline to target), and
    with `year` its legend gives the year's verdict, the one the KPI table gives."""
    from desktop.domain.visuals.kpi_visual import kpi_charts_visual

    out: dict[str, Visual] = {}
    measured = [s for s in kpi_statuses(doc, today) if s.actuals]
    plans, verdicts = {}, {}
    labels = in_language(F.YEAR_LABEL, lang)
    for s in measured:
        targets = F.yearly_targets(doc, s.id)
        if not targets:
            continue
        plans[s.id] = [(dt.date(y, 12, 31), v) for y, v in sorted(targets.items())]
        if s.target is not None and s.target.date > plans[s.id][-1][0]:
            plans[s.id].append((s.target.date, s.target.value))  # the end target, after the last year
        if year is not None:
            light = F.kpi_year(doc, s.kpi, year, targets=targets).light
            verdicts[s.id] = (f"{year}: {labels[light]}", VERDICT_COLOUR[light])
    for n, i in enumerate(range(0, len(measured), CHARTS_PER_FIGURE), start=1):
        out[f"kpi_charts:{n}"] = kpi_charts_visual(measured[i:i + CHARTS_PER_FIGURE], lang, today,
                                                   plans=plans, verdicts=verdicts)
    return out


def _year_of(value) -> int | None:
    return int(value[:4]) if isinstance(value, str) and value[:4].isdigit() else None


def build_progress_report(doc: dict, year: int, lang: str = "nl", today: dt.date | None = None, *,
                          figures: Mapping[str, Path] | None = None,
                          visuals: Mapping[str, Visual] | None = None,
                          revision: Revision | None = None) -> Report:
    """The progress report on `year` of a roadmap document.

    `visuals` (default: laid out here) are drawn as vector figures in PDF; `figures` are PNG
    files by the same keys for DOCX. `revision` defaults to `revision_before(doc, year)`.
    """
    if lang not in WORDS:
        raise ValueError(f"unsupported report language {lang!r}; expected one of {tuple(WORDS)}")
    w = WORDS[lang]
    today = today or dt.date.today()
    c = Context(doc, lang)
    rev = revision if revision is not None else revision_before(doc, year)
    visuals = dict(figure_visuals(doc, lang, today, year) if visuals is None else visuals)
    figures = dict(figures or {})
    figure = FigureNumbering(w["fig"], figures, visuals)

    road = c.road
    title = w["title"].format(year=year)
    lines = [(w["year"], str(year)), (w["date"], c.date(today.isoformat()))]
    if road.get("cluster_name"):
        lines.insert(0, (w["cluster"], road["cluster_name"]))
    if rev:
        lines.append((w["since"], f"{rev.name} ({c.date(rev.created_at[:10])})"))
    blocks: list = [TitlePage(title, road.get("title") or "", lines), PageBreak(),
                    TableOfContents(w["toc"], w["toc_note"]), PageBreak()]

    # -- the figures behind every chapter ---------------------------------------------------
    kpi_rows = [ky for ky in F.kpis_in_year(doc, year) if ky.target is not None or ky.result is not None]
    lights = Counter(ky.light for ky in kpi_rows)
    lev = F.leverage(doc)
    old = rev.doc if rev else {}
    old_projects = {p["id"]: p for p in old.get("project") or []} if rev else {}
    new_projects = [p for p in c.rows["project"] if rev and p["id"] not in old_projects]
    moved = [p for p in c.rows["project"]
             if p["id"] in old_projects and old_projects[p["id"]].get("status") != p.get("status")]
    commitments = c.rows["commitment"]
    signed_in = [m for m in commitments if m.get("status") == "signed"
                 and _year_of(m.get("signed_date") or m.get("date")) == year]
    funnel = {s: [m for m in commitments if m.get("status") == s] for s in (*F.COMMITMENT_FUNNEL, "expired")}
    unbacked = unbacked_programmes(c)
    summary = action_summary(doc, today)
    events = sorted((e for e in c.rows["action_status_event"] if _year_of(e.get("date")) == year),
                    key=lambda e: e.get("date") or "")
    done_ids = {e["action_id"] for e in events if e.get("status") == "done"}
    done_in = [a for a in c.rows["action"] if a["id"] in done_ids or (
        a.get("status") == "done" and _year_of(a.get("end_date")) == year)]

    # 1 summary
    n_target = sum(1 for ky in kpi_rows if ky.target is not None)
    items = [w["s_kpi"].format(year=year, met=lights[F.MET], close=lights[F.CLOSE], missed=lights[F.MISSED],
                               none=lights[F.NO_RESULT], n=n_target),
             w["s_leverage"].format(actual=F.ratio_text(lev.total.leverage, lang),
                                    target=F.ratio_text(road.get("leverage_target"), lang),
                                    secured=F.ratio_text(lev.secured.leverage, lang)),
             w["s_portfolio"].format(n=lev.total.projects, public=c.eur(lev.total.public) or "–",
                                     private=c.eur(lev.total.private) or "–", new=len(new_projects),
                                     moved=len(moved)),
             w["s_commit"].format(n=len(signed_in), year=year,
                                  amount=c.eur(sum(m.get("amount_eur") or 0 for m in signed_in)),
                                  signed=len(funnel["signed"]), announced=len(funnel["announced"]),
                                  intended=len(funnel["intended"])),
             w["s_actions"].format(done=len(done_in), year=year, late=len(summary.late), total=summary.total)]
    if unbacked:
        items.append(backing_sentence(c, unbacked))
    blocks += [Heading(1, w["summary"], "1"), BulletList([ListItem([Run(t)]) for t in items])]

    # 2 KPIs
    blocks.append(Heading(1, w["kpis"].format(year=year), "2"))
    labels = F.YEAR_LABEL[lang]
    if kpi_rows:
        rows = []
        for ky in kpi_rows:
            nxt = F.yearly_targets(doc, ky.kpi["id"]).get(year + 1)
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
        noted = [ky for ky in kpi_rows if ky.note]
        if noted:
            blocks.append(lead(w["kpi_notes"]))
            blocks.append(BulletList([ListItem([Run(f"{ky.kpi.get('name')}: ", bold=True), Run(ky.note)])
                                      for ky in noted]))
        n = 1
        while f"kpi_charts:{n}" in visuals or f"kpi_charts:{n}" in figures:
            f = figure(f"kpi_charts:{n}", w["charts"])
            if f:
                blocks.append(f)
            n += 1
    else:
        blocks.append(Paragraph([Run(w["no_kpis"].format(year=year))]))

    # 3 portfolio
    blocks.append(Heading(1, w["portfolio"], "3"))
    status_field = catalogue.entity("project").by_name["status"]
    rows = []
    for code in status_field.choice_codes():
        mine = [p for p in c.rows["project"] if p.get("status") == code]
        if mine:
            rows.append([status_field.choice_label(code, lang), str(len(mine)),
                         c.eur(sum(p.get("public_eur") or 0 for p in mine)),
                         c.eur(sum(p.get("private_eur") or 0 for p in mine))])
    blocks += [Heading(2, w["by_status"], "3.1"),
               table([w["status"], w["count"], w["public"], w["private"]], rows, [0.4, 0.16, 0.22, 0.22],
                     numeric=(1, 2, 3))]
    blocks.append(Heading(2, w["portfolio_changes"], "3.2"))
    rows = [[bold_cell(joined(p.get("code"), p["title"], sep=" ")), w["new_project"] + " · "
             + c.choice("project", "status", p.get("status"))] for p in new_projects]
    rows += [[bold_cell(joined(p.get("code"), p["title"], sep=" ")),
              w["status_change"].format(old=c.choice("project", "status", old_projects[p["id"]].get("status")),
                                        new=c.choice("project", "status", p.get("status")))] for p in moved]
    blocks.append(table([w["project"], w["what"]], rows, [0.6, 0.4])
                  or Paragraph([Run(w["no_portfolio_changes"] if rev else w["no_rev_text"].format(year=year))]))
    blocks += [Heading(2, w["all_projects"], "3.3"), portfolio_table(c)]

    # 4 leverage
    blocks.append(Heading(1, w["leverage"], "4"))
    blocks += [b for b in leverage_blocks(c) if b is not None]
    mix = trl_table(c)
    if mix is not None:
        from desktop.export.report.funding import words as fwords
        blocks += [lead(fwords(c)["trl_mix"]), mix]

    # 5 commitments
    blocks.append(Heading(1, w["commitments"], "5"))
    blocks.append(Heading(2, w["signed_in"].format(year=year), "5.1"))
    rows = [[bold_cell(c.name("partner", m.get("partner_id")), m.get("description")),
             c.choice("commitment", "kind", m.get("kind")),
             joined(c.name("programme", m.get("programme_id")), c.name("action", m.get("action_id")),
                    c.name("project", m.get("project_id")), sep="\n"),
             c.eur(m.get("amount_eur")), c.date(m.get("signed_date") or m.get("date"))] for m in signed_in]
    blocks.append(table([w["partner"], w["kind"], w["for"], w["amount"], w["signed_on"]], rows,
                        [0.34, 0.14, 0.24, 0.14, 0.14], numeric=(3,))
                  or Paragraph([Run(w["none_signed"].format(year=year))]))
    blocks.append(Heading(2, w["funnel"], "5.2"))
    status_c = catalogue.entity("commitment").by_name["status"]
    rows = [[status_c.choice_label(s, lang), str(len(ms)), c.eur(sum(m.get("amount_eur") or 0 for m in ms))]
            for s, ms in funnel.items() if ms]
    blocks.append(table([w["status"], w["count"], w["amount"]], rows, [0.5, 0.2, 0.3], numeric=(1, 2)))
    blocks += [Heading(2, w["coverage"], "5.3"), coverage_table(c)]
    if unbacked:
        blocks.append(note(backing_sentence(c, unbacked)))

    # 6 actions
    blocks.append(Heading(1, w["actions"], "6"))
    status_a = catalogue.entity("action").by_name["status"]
    codes = status_a.choice_codes()
    blocks += [Heading(2, w["status_table"], "6.1"),
               table([w["status"], w["count"]],
                     [[status_a.choice_label(s, lang), str(summary.by_status.get(s, 0))] for s in codes
                      if summary.by_status.get(s)] + [[w["total"], str(summary.total)]], [0.6, 0.4],
                     numeric=(1,))]
    blocks.append(Heading(2, w["done_in"].format(year=year), "6.2"))
    blocks.append(table([w["action"], w["owner"], w["end"]],
                        [[c.row_name("action", a), c.name("partner", a.get("owner_id"), short=True),
                          c.date(a.get("end_date"))] for a in done_in], [0.6, 0.24, 0.16])
                  or Paragraph([Run(w["none_done"].format(year=year))]))
    blocks.append(Heading(2, w["events"].format(year=year), "6.3"))
    blocks.append(table([w["action"], w["date_col"], w["change_col"], w["note"]],
                        [[c.name("action", e.get("action_id")), c.date(e.get("date")),
                          joined(c.choice("action", "status", e.get("previous_status")),
                                 c.choice("action", "status", e.get("status")), sep=" → "),
                          e.get("note") or ""] for e in events], [0.36, 0.14, 0.2, 0.3])
                  or Paragraph([Run(w["no_changes"])]))
    blocks.append(Heading(2, w["late"], "6.4"))
    blocks.append(table([w["action"], w["owner"], w["end"], w["status"]],
                        [[c.row_name("action", a), c.name("partner", a.get("owner_id"), short=True),
                          c.date(a.get("end_date")), status_a.choice_label(a.get("status") or "planned", lang)]
                         for a in summary.late], [0.5, 0.2, 0.14, 0.16])
                  or Paragraph([Run(w["no_late"])]))

    # 7 changes since the revision
    blocks.append(Heading(1, w["changes"].format(name=rev.name) if rev else w["no_revision"], "7"))
    if rev is None:
        blocks.append(Paragraph([Run(w["no_rev_text"].format(year=year))]))
    else:
        cmp = compare_rows(doc_rows(rev.doc), doc_rows(doc))
        changes = change_lines(cmp, lang)
        if not changes:
            blocks.append(Paragraph([Run(w["no_changes"])]))
        else:
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
    return Report(title=f"{title} – {road.get('title') or ''}".strip(" –"), author=road.get("cluster_name") or "",
                  language=lang, blocks=[b for b in blocks if b is not None], subject=title,
                  keywords="KPI, portfolio, leverage, commitments, progress report")


def report_years(doc: Mapping) -> list[int]:
    """Years a progress report can be made for: the KPI years and the roadmap's horizon."""
    years = set(F.kpi_years(doc))
    road = doc.get("roadmap") or {}
    a, b = _year_of(road.get("horizon_start")), _year_of(road.get("horizon_end"))
    if a and b and a <= b:
        years |= set(range(a, b + 1))
    return sorted(years)

