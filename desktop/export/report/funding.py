"""Report sections on what funders and cluster boards ask (Qt-free): the project portfolio,
leverage and co-financing, KPI targets per year, the partner × programme commitment matrix
and the indicators' time series with their data quality.

Chapter 5 of the main report takes `portfolio_section`, `leverage_section` and
`yearly_kpi_section`; the annexes take the `*_annex` functions. The yearly progress report
(`desktop.export.report.progress`) reuses the tables. Labels are in `WORDS` (nl/en).
"""

from __future__ import annotations

from desktop.domain import funding as F
from desktop.export.report.context import Context
from desktop.export.report.parts import bold_cell, cell, joined, lead, note, table
from desktop.export.report.tree import Section

WORDS = {
    "nl": {
        "portfolio": "Projectportefeuille", "leverage": "Hefboom en cofinanciering",
        "kpi_years": "KPI-streefwaarden per jaar", "matrix": "Engagementenmatrix partner × programma",
        "portfolio_annex": "Projectportefeuille: partners, budgetdelen en acties",
        "kpi_year_annex": "KPI's per jaar: streefwaarde, resultaat en opmerkingen",
        "indicator_annex": "Indicatoren: tijdreeksen en datakwaliteit",
        "project": "Project", "kind_status": "Soort · status", "where": "Programma · penvoerder",
        "period": "Periode · TRL", "public": "Publiek", "private": "Privaat", "total": "Totaal",
        "leverage_col": "Hefboom", "cofin": "Cofinanciering", "projects": "Projecten",
        "counted_note": ("Hefboom = private ÷ publieke middelen; cofinanciering = privaat aandeel van het "
                         "totaal. Meegeteld worden projecten die ingediend, goedgekeurd, lopend of "
                         "afgerond zijn ({n} van {all})."),
        "target": "Beoogde hefboom", "actual": "Werkelijke hefboom (ingediend tot afgerond)",
        "secured": "Hefboom van de goedgekeurde en lopende projecten",
        "per_programme": "Per programma", "per_partner": "Per partner", "per_kind": "Per soort project",
        "programme": "Programma", "partner": "Partner", "kind": "Soort", "none_programme": "(geen programma)",
        "trl_mix": "TRL-mix van de portefeuille", "band": "TRL-band", "ends": "Projecten die eindigen in deze band",
        "starts": "Projecten die starten in deze band", "budget": "Budget", "no_trl": "zonder TRL",
        "kpi": "KPI", "final": "Eindwaarde", "result": "resultaat", "year": "Jaar",
        "target_col": "Streefwaarde", "result_col": "Resultaat", "status": "Oordeel", "note_col": "Opmerking",
        "years_note": ("Per jaar de streefwaarde, en in cursief het resultaat van dat jaar (de laatste meting "
                       "met dat rapportagejaar). Volledige reeks in de bijlage."),
        "cell_note": ("Per cel de engagementen van de partner voor het programma: soort, status en bedrag. "
                      "Een engagement telt voor het programma van zijn actie of project als het zelf geen "
                      "programma noemt."),
        "backed": "Programma's zonder aangekondigd of ondertekend engagement: {names}.",
        "all_backed": "Elk programma heeft minstens één aangekondigd of ondertekend engagement.",
        "role_share": "Rol · aandeel", "actions": "Acties", "series": "Waarden per jaar",
        "quality": "Datakwaliteit", "yes": "ja", "no": "nee", "unknown": "?",
        "coverage": "Dekking per programma", "planned": "Budget acties",
        "signed": "Ondertekend", "announced": "Aangekondigd", "intended": "Beoogd",
        "covered": "Gedekt (ondertekend)",
    },
    "en": {
        "portfolio": "Project portfolio", "leverage": "Leverage and co-financing",
        "kpi_years": "KPI targets per year", "matrix": "Commitment matrix partner × programme",
        "portfolio_annex": "Project portfolio: partners, budget shares and actions",
        "kpi_year_annex": "KPIs per year: target, result and notes",
        "indicator_annex": "Indicators: time series and data quality",
        "project": "Project", "kind_status": "Kind · status", "where": "Programme · lead partner",
        "period": "Period · TRL", "public": "Public", "private": "Private", "total": "Total",
        "leverage_col": "Leverage", "cofin": "Co-financing", "projects": "Projects",
        "counted_note": ("Leverage = private ÷ public money; co-financing = private share of the total. "
                         "Counted are projects that are submitted, approved, running or finished "
                         "({n} of {all})."),
        "target": "Leverage aimed for", "actual": "Actual leverage (submitted to finished)",
        "secured": "Leverage of the approved and running projects",
        "per_programme": "Per programme", "per_partner": "Per partner", "per_kind": "Per project kind",
        "programme": "Programme", "partner": "Partner", "kind": "Kind", "none_programme": "(no programme)",
        "trl_mix": "TRL mix of the portfolio", "band": "TRL band", "ends": "Projects ending in this band",
        "starts": "Projects starting in this band", "budget": "Budget", "no_trl": "no TRL",
        "kpi": "KPI", "final": "Final target", "result": "result", "year": "Year",
        "target_col": "Target", "result_col": "Result", "status": "Verdict", "note_col": "Note",
        "years_note": ("Per year the target, and in italics the result of that year (the last measurement "
                       "with that reporting year). The full series is in the annex."),
        "cell_note": ("Each cell lists the partner's commitments to the programme: kind, status and amount. "
                      "A commitment counts for the programme of its action or project when it names no "
                      "programme itself."),
        "backed": "Programmes without an announced or signed commitment: {names}.",
        "all_backed": "Every programme has at least one announced or signed commitment.",
        "role_share": "Role · share", "actions": "Actions", "series": "Values per year",
        "quality": "Data quality", "yes": "yes", "no": "no", "unknown": "?",
        "coverage": "Coverage per programme", "planned": "Action budget",
        "signed": "Signed", "announced": "Announced", "intended": "Intended",
        "covered": "Covered (signed)",
    },
}

#: how many years the chapter 5 table shows (the annex shows all)
YEAR_COLUMNS = 5


def words(c: Context) -> dict[str, str]:
    return WORDS[c.lang]


def _doc(c: Context) -> dict:
    return {"roadmap": c.road, **c.rows}


def unbacked_programmes(c: Context) -> list[str]:
    """Names of the programmes without an announced or signed commitment."""
    return [c.row_name("programme", cov.programme) for cov in F.commitment_coverage(_doc(c)) if not cov.backed]


def backing_sentence(c: Context, unbacked: list[str] | None = None) -> str:
    """The one sentence on programmes without backing, shared by the main and progress reports."""
    missing = unbacked_programmes(c) if unbacked is None else unbacked
    w = words(c)
    return w["backed"].format(names=", ".join(missing)) if missing else w["all_backed"]


def _programme_name(c: Context, pid: str | None) -> str:
    return c.name("programme", pid) if pid else words(c)["none_programme"]


def portfolio_table(c: Context, projects: list[dict] | None = None):
    """One row per project: title and description, kind and status, programme and lead,
    period and TRL, public and private money."""
    w = words(c)
    rows = []
    for p in c.rows["project"] if projects is None else projects:
        trl = f"TRL {p['trl_start']}→{p['trl_end']}" if p.get("trl_start") and p.get("trl_end") else ""
        rows.append([
            bold_cell(joined(p.get("code"), p["title"], sep=" "), p.get("funder"), c.md(p.get("description"))),
            cell(c.choice("project", "kind", p.get("kind")), c.choice("project", "status", p.get("status"))),
            cell(c.name("programme", p.get("programme_id")), c.name("partner", p.get("lead_partner_id"), short=True)),
            cell(c.period(p.get("start_date"), p.get("end_date")), trl),
            c.eur(p.get("public_eur")), c.eur(p.get("private_eur"))])
    return table([w["project"], w["kind_status"], w["where"], w["period"], w["public"], w["private"]],
                 rows, [0.27, 0.13, 0.17, 0.15, 0.14, 0.14], numeric=(4, 5))


def trl_table(c: Context):
    w = words(c)
    mix = F.trl_mix(_doc(c))
    if not mix.total:
        return None
    rows = [[b, str(mix.start_count[b]), str(mix.end_count[b]), c.eur(mix.end_budget[b])] for b in F.TRL_BANDS]
    if mix.unknown:
        rows.append([w["no_trl"], "", str(mix.unknown), ""])
    return table([w["band"], w["starts"], w["ends"], w["budget"]], rows, [0.2, 0.27, 0.27, 0.26],
                 numeric=(1, 2, 3))


def portfolio_section(c: Context) -> Section:
    w = words(c)
    sec = Section(w["portfolio"])
    sec.add(portfolio_table(c))
    if c.rows["project"]:
        sec.add(lead(w["trl_mix"]), trl_table(c))
    return sec


def money_rows(c: Context, items) -> list[list]:
    """[name, projects, public, private, leverage, co-financing] for (name, Money) pairs."""
    return [[bold_cell(name), str(m.projects), c.eur(m.public), c.eur(m.private),
             F.ratio_text(m.leverage, c.lang), F.share_text(m.cofinancing, c.lang)] for name, m in items]


def money_table(c: Context, first: str, items):
    w = words(c)
    return table([first, w["projects"], w["public"], w["private"], w["leverage_col"], w["cofin"]],
                 money_rows(c, items), [0.26, 0.12, 0.17, 0.17, 0.11, 0.17], numeric=(1, 2, 3, 4, 5))


def leverage_blocks(c: Context) -> list:
    """Target and actual leverage, then the tables per programme, partner and kind."""
    w = words(c)
    doc = _doc(c)
    lev = F.leverage(doc)
    out: list = []
    out.append(c.kv([(w["target"], F.ratio_text(c.road.get("leverage_target"), c.lang)
                      if c.road.get("leverage_target") is not None else ""),
                     (w["actual"], F.ratio_text(lev.total.leverage, c.lang) if lev.total.projects else ""),
                     (w["secured"], F.ratio_text(lev.secured.leverage, c.lang) if lev.secured.projects else "")]))
    if not lev.total.projects:
        return out
    programmes = [(_programme_name(c, pid), m) for pid, m in
                  sorted(lev.by_programme.items(), key=lambda kv: _order(c, "programme", kv[0]))]
    programmes.append((w["total"], lev.total))
    out += [lead(w["per_programme"]), money_table(c, w["programme"], programmes)]
    partners = [(c.name("partner", pid), m) for pid, m in
                sorted(lev.by_partner.items(), key=lambda kv: _order(c, "partner", kv[0]))]
    if partners:
        out += [lead(w["per_partner"]), money_table(c, w["partner"], partners)]
    kinds = [(c.choice("project", "kind", k) or "–", m) for k, m in lev.by_kind.items()]
    out += [lead(w["per_kind"]), money_table(c, w["kind"], kinds)]
    out.append(note(w["counted_note"].format(n=lev.total.projects, all=len(c.rows["project"]))))
    return out


def _order(c: Context, entity: str, row_id) -> int:
    ids = [r["id"] for r in c.rows[entity]]
    return ids.index(row_id) if row_id in ids else len(ids)


def leverage_section(c: Context) -> Section:
    sec = Section(words(c)["leverage"])
    sec.add(c.md(c.road.get("leverage_note")))
    if c.rows["project"] or c.road.get("leverage_target") is not None:
        sec.add(leverage_blocks(c))
    return sec


def _fmt(c: Context, value) -> str:
    return c.num(value) if value is not None else "–"


def yearly_kpi_section(c: Context) -> Section:
    w = words(c)
    sec = Section(w["kpi_years"])
    doc = _doc(c)
    years = sorted({t["year"] for t in c.rows["kpi_target"]})
    if not years:
        return sec
    start = c.road.get("horizon_start")
    first = int(start[:4]) if start else years[0]
    shown = [y for y in years if y >= first][:YEAR_COLUMNS] or years[:YEAR_COLUMNS]
    rows = []
    for k in c.rows["kpi"]:
        targets = F.yearly_targets(doc, k["id"])
        if not targets:
            continue
        results = F.yearly_results(doc, k["id"])
        cells = []
        for y in shown:
            ky = F.kpi_year(doc, k, y, targets=targets, results=results)
            main = c.num(ky.target) if ky.target is not None else ""
            cells.append(cell(main, ky.result is not None and f"{w['result']} {c.num(ky.result)}"))
        scope = c.choice("kpi", "scope", k.get("scope")).split(" (")[0]  # the short form
        rows.append([cell(k["name"], joined(k.get("unit"), scope)), *cells,
                     cell(c.num(k.get("target_value")), c.date(k.get("target_date")))])
    n = len(shown)
    sec.add(table([w["kpi"], *[str(y) for y in shown], w["final"]], rows,
                  [0.28] + [0.54 / n] * n + [0.18], numeric=tuple(range(1, n + 2))))
    sec.add(note(w["years_note"]))
    return sec


def kpi_year_annex(c: Context):
    """Every KPI target and result by year, with the verdict and notes."""
    w = words(c)
    doc = _doc(c)
    labels = F.YEAR_LABEL[c.lang]
    # years after the last one with any result are still to come: no verdict yet
    measured = [F.measurement_year(m) for m in c.rows["kpi_measurement"]]
    frontier = max((y for y in measured if y is not None), default=None)
    rows = []
    for k in c.rows["kpi"]:
        targets = F.yearly_targets(doc, k["id"])
        results = F.yearly_results(doc, k["id"])
        notes = {t["year"]: t.get("note") for t in c.rows["kpi_target"] if t.get("kpi_id") == k["id"]}
        for n, y in enumerate(sorted(set(targets) | set(results))):
            ky = F.kpi_year(doc, k, y, targets=targets, results=results)
            future = ky.light == F.NO_RESULT and (frontier is None or y > frontier)
            rows.append([k["name"] if n == 0 else "", str(y), _fmt(c, ky.target),
                         "" if future else _fmt(c, ky.result), "" if future else labels[ky.light],
                         joined(notes.get(y), ky.note, sep="\n")])
    out = rows
    return table([w["kpi"], w["year"], w["target_col"], w["result_col"], w["status"], w["note_col"]],
                 out, [0.26, 0.07, 0.14, 0.13, 0.15, 0.25], numeric=(2, 3))


def commitment_matrix(c: Context) -> list:
    """The partner × programme matrix of commitments, with the programmes still lacking backing."""
    w = words(c)
    doc = _doc(c)
    partners, programmes, cells = F.commitment_matrix(doc)
    if not partners:
        return []
    out: list = []
    # programmes as rows (there are more of them than fit as columns), partners listed per cell
    rows = []
    for prog in programmes:
        pid = prog["id"] if prog else None
        items = []
        for p in partners:
            for m in cells.get((p["id"], pid), []):
                items.append(joined(c.row_name("partner", p, short=True),
                                    c.choice("commitment", "kind", m.get("kind")),
                                    c.choice("commitment", "status", m.get("status")),
                                    c.eur(m.get("amount_eur")) or None, sep=" · "))
        head = c.row_name("programme", prog) if prog else w["none_programme"]
        rows.append([bold_cell(head), "\n".join(items) if items else "–"])
    out.append(table([w["programme"], w["partner"]], rows, [0.34, 0.66]))
    out.append(note(w["cell_note"]))
    out.append(note(backing_sentence(c)))
    return out


def coverage_table(c: Context):
    w = words(c)
    rows = []
    for cov in F.commitment_coverage(_doc(c)):
        rows.append([bold_cell(c.row_name("programme", cov.programme)),
                     c.eur(cov.amount["intended"]), c.eur(cov.amount["announced"]), c.eur(cov.amount["signed"]),
                     c.eur(cov.planned), F.share_text(cov.covered, c.lang)])
    return table([w["programme"], w["intended"], w["announced"], w["signed"], w["planned"], w["covered"]],
                 rows, [0.22, 0.15, 0.155, 0.155, 0.16, 0.16], numeric=(1, 2, 3, 4, 5))


def portfolio_annex(c: Context):
    """Per project its partners (role, public and private share) and the actions it carries."""
    w = words(c)
    rows = []
    for p in c.rows["project"]:
        total = (p.get("public_eur") or 0) + (p.get("private_eur") or 0)
        partners = []
        for pp in c.children("project_partner", "project_id", p["id"]):
            part = (pp.get("public_eur") or 0) + (pp.get("private_eur") or 0)
            share = F.share_text(part / total if total else None, c.lang)
            partners.append(joined(c.name("partner", pp["partner_id"], short=True),
                                   c.choice("project_partner", "role", pp.get("role")), share,
                                   f"{w['public']} {c.eur(pp.get('public_eur') or 0)}",
                                   f"{w['private']} {c.eur(pp.get('private_eur') or 0)}", sep=" · "))
        actions = [joined(c.name("action", pa["action_id"]), pa.get("note"), sep=" — ")
                   for pa in c.children("project_action", "project_id", p["id"])]
        rows.append([bold_cell(joined(p.get("code"), p["title"], sep=" ")), "\n".join(partners),
                     "\n".join(actions)])
    return table([w["project"], w["role_share"], w["actions"]], rows, [0.24, 0.46, 0.3])


def indicator_annex(c: Context):
    """Each indicator's values by year, its four data-quality marks and notes."""
    w = words(c)
    doc = _doc(c)
    rows = []
    flags = ("quality_current", "quality_reliable", "quality_complete", "quality_longitudinal")
    for i in c.rows["indicator"]:
        series = F.indicator_series(doc, i["id"])
        values = [v for v in c.rows["indicator_value"] if v.get("indicator_id") == i["id"]]
        if not series and all(i.get(f) is None for f in flags) and not i.get("quality_note"):
            continue
        notes = [f"{v['year']}: {v['note']}" for v in values if v.get("note")]
        marks = "\n".join(f"{c.field('indicator', f)}: "
                          f"{w['unknown'] if i.get(f) is None else (w['yes'] if i.get(f) else w['no'])}"
                          for f in flags)
        rows.append([cell(i["name"], i.get("unit")),
                     " · ".join(f"{y}: {c.num(v)}" for y, v in series),
                     marks, cell(i.get("quality_note") or "", *notes)])
    return table([c.field("indicator", "name"), w["series"], w["quality"], w["note_col"]], rows,
                 [0.26, 0.3, 0.2, 0.24])
