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
from collections.abc import Mapping
from pathlib import Path

from desktop.domain import funding as F
from desktop.domain import revisions as R
from desktop.domain.monitoring.status import kpi_statuses
from desktop.domain.revisions import Revision
from desktop.domain.visuals.visual import Visual
from desktop.domain.words import in_language
from desktop.export.report.context import Context
from desktop.export.report.document import (
    FigureNumbering,
    PageBreak,
    Report,
    TableOfContents,
    TitlePage,
)
from desktop.export.report.progress_chapters import (
    _year_of,
    actions_chapter,
    changes_chapter,
    commitments_chapter,
    gather_facts,
    kpi_chapter,
    leverage_chapter,
    portfolio_chapter,
    summary_chapter,
)

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
        "no_projects": "De roadmap telt nog geen projecten.",
        "no_commitments": "De roadmap telt nog geen engagementen.",
        "no_programmes": "De roadmap telt nog geen programma's.",
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
        "no_projects": "The roadmap has no projects yet.", "no_commitments": "The roadmap has no commitments yet.",
        "no_programmes": "The roadmap has no programmes yet.",
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
#: bookkeeping the change chapter leaves out (status history is chapter 6; measurements chapter 2)
CHANGE_SKIP = R.SKIP


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
    f = gather_facts(c, doc, year, today, rev)
    blocks += summary_chapter(c, w, f)
    blocks += kpi_chapter(c, w, f, figure, visuals, figures)
    blocks += portfolio_chapter(c, w, f)
    blocks += leverage_chapter(c, w)
    blocks += commitments_chapter(c, w, f)
    blocks += actions_chapter(c, w, f)
    blocks += changes_chapter(c, w, f)
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

