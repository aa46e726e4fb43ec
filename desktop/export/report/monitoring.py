"""The monitoring report for the cluster board and the funding government (Qt-free):
title page, contents, 1 summary, 2 KPIs (overview figure, table with trends, a chart per
measured KPI), 3 action status (per value chain, late actions), 4 changes since a
revision (when given). Written with the report writers (DOCX, PDF).

    report = build_monitoring_report(doc, "nl")
    write_pdf(report, "monitoring.pdf")     # vector figures
    write_docx(report_with_pngs, "monitoring.docx")  # figures as PNG (see figure_keys)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from db import catalogue
from desktop.domain.monitoring.status import (
    LIGHT_LABEL,
    LIGHTS,
    action_summary,
    kpi_statuses,
    light_counts,
)
from desktop.domain.visuals.figure_text import number
from desktop.domain.visuals.kpi_visual import kpi_charts_visual, kpi_overview_visual, short_unit
from desktop.domain.visuals.visual import Visual
from desktop.export.report.document import (
    BulletList,
    FigureNumbering,
    Heading,
    ListItem,
    PageBreak,
    Paragraph,
    Report,
    Run,
    Table,
    TableOfContents,
    TitlePage,
)

WORDS = {
    "nl": {
        "title": "Monitoringrapport", "toc": "Inhoud", "date": "Datum", "cluster": "Cluster",
        "horizon": "Horizon", "summary": "Samenvatting", "kpis": "KPI's", "actions": "Status van de acties",
        "changes": "Wijzigingen sinds %s", "fig": "Figuur", "overview": "Stand van de KPI's",
        "charts": "Verloop van de gemeten KPI's: nulmeting, metingen, plan en streefwaarde",
        "kpi": "KPI", "category": "Categorie", "baseline": "Nulmeting",
        "latest": "Laatste meting", "target": "Streefwaarde", "trend": "Trend per jaar",
        "status": "Status", "chain": "Waardeketen", "none_chain": "(geen waardeketen)",
        "late": "Acties met vertraging", "title_col": "Actie", "owner": "Trekker", "end": "Einde",
        "no_late": "Er zijn geen acties met vertraging.", "no_kpis": "De roadmap heeft nog geen KPI's.",
        "rule": ("Verkeerslicht: een KPI is op koers wanneer de laatste meting minder dan 10 "
                 "procentpunten achterloopt op de rechte lijn van nulmeting naar streefwaarde; "
                 "risico tot 25 procentpunten; daarboven, of na de streefdatum zonder de "
                 "streefwaarde te halen, niet op koers."),
        "kpi_line": "%d KPI's: %s.", "action_line": ("%d acties, waarvan %d %% afgerond; %d met "
                                                    "vertraging."),
        "toc_note": "Klik met de rechtermuisknop en kies 'Veld bijwerken' om de inhoudstafel te vullen.",
        "added": "toegevoegd", "changed": "gewijzigd",
        "removed": "verwijderd", "no_changes": "Geen wijzigingen.", "total": "Totaal",
    },
    "en": {
        "title": "Monitoring report", "toc": "Contents", "date": "Date", "cluster": "Cluster",
        "horizon": "Horizon", "summary": "Summary", "kpis": "KPIs", "actions": "Action status",
        "changes": "Changes since %s", "fig": "Figure", "overview": "Where the KPIs stand",
        "charts": "Course of the measured KPIs: baseline, measurements, plan and target",
        "kpi": "KPI", "category": "Category", "baseline": "Baseline",
        "latest": "Latest measurement", "target": "Target", "trend": "Trend per year",
        "status": "Status", "chain": "Value chain", "none_chain": "(no value chain)",
        "late": "Late actions", "title_col": "Action", "owner": "Owner", "end": "End",
        "no_late": "No action is late.", "no_kpis": "The roadmap has no KPIs yet.",
        "rule": ("Traffic light: a KPI is on track when its latest measurement is less than 10 "
                 "percentage points behind the straight line from baseline to target; at risk "
                 "up to 25 points; beyond that, or past the target date without reaching the "
                 "target, off track."),
        "kpi_line": "%d KPIs: %s.", "action_line": "%d actions, %d %% done; %d late.",
        "toc_note": "Right-click and choose 'Update field' to fill in the table of contents.",
        "added": "added", "changed": "changed",
        "removed": "removed", "no_changes": "No changes.", "total": "Total",
    },
}


CHARTS_PER_FIGURE = 8


def figure_visuals(doc: dict, lang: str, today: dt.date | None = None) -> dict[str, Visual]:
    """The report's figures by key: "kpi_overview", and "kpi_charts:<n>" with the charts of
    the measured KPIs (eight per figure, two per row)."""
    today = today or dt.date.today()
    out = {"kpi_overview": kpi_overview_visual(doc, lang, today)}
    measured = [s for s in kpi_statuses(doc, today) if s.actuals]
    for n, i in enumerate(range(0, len(measured), CHARTS_PER_FIGURE), start=1):
        out[f"kpi_charts:{n}"] = kpi_charts_visual(measured[i:i + CHARTS_PER_FIGURE], lang, today)
    return out


def build_monitoring_report(doc: dict, lang: str = "nl", today: dt.date | None = None, *,
                            figures: Mapping[str, Path] | None = None,
                            visuals: Mapping[str, Visual] | None = None,
                            changes: list[tuple[str, str, str]] | None = None,
                            since: str = "") -> Report:
    """The monitoring report of a roadmap document.

    `visuals` (default: laid out here) are drawn as vector figures in PDF; `figures` are
    PNG files by the same keys for DOCX. `changes` = (kind, entity label, what) rows of a
    comparison with the revision named `since` (chapter 4 is left out without them).
    """
    w = WORDS[lang]
    today = today or dt.date.today()
    visuals = dict(figure_visuals(doc, lang, today) if visuals is None else visuals)
    figures = dict(figures or {})
    road = doc.get("roadmap", {}) or {}
    statuses = kpi_statuses(doc, today)
    summary = action_summary(doc, today)
    labels = LIGHT_LABEL[lang]
    figure = FigureNumbering(w["fig"], figures, visuals)

    lines = [(w["date"], today.isoformat())]
    if road.get("cluster_name"):
        lines.append((w["cluster"], road["cluster_name"]))
    if road.get("horizon_start") or road.get("horizon_end"):
        lines.append((w["horizon"], f"{(road.get('horizon_start') or '')[:4]}–{(road.get('horizon_end') or '')[:4]}"))
    blocks: list = [TitlePage(w["title"], road.get("title") or "", lines), PageBreak(),
                    TableOfContents(w["toc"], w["toc_note"]), PageBreak()]

    blocks += _summary_chapter(w, statuses, summary, labels)
    blocks += _kpi_chapter(w, lang, statuses, labels, figure)
    blocks += _actions_chapter(w, lang, doc, summary)
    if changes is not None:
        blocks += _changes_chapter(w, changes, since)
    return Report(title=f"{w['title']} – {road.get('title') or ''}".strip(" –"),
                  author=road.get("cluster_name") or "", language=lang, blocks=blocks,
                  subject=w["title"], keywords="KPI, monitoring, roadmap")


def _summary_chapter(w: dict, statuses: list, summary, labels: dict) -> list:
    """1 summary: the KPI lights and how far the actions are."""
    counts = light_counts(statuses)
    light_text = ", ".join(f"{counts[k]} {labels[k]}" for k in LIGHTS if counts.get(k))
    return [Heading(1, w["summary"], "1"),
            Paragraph([Run(w["kpi_line"] % (len(statuses), light_text or "–"))]),
            Paragraph([Run(w["action_line"] % (summary.total, round(summary.done_share * 100),
                                               len(summary.late)))]),
            Paragraph([Run(w["rule"])], "note")]


def _kpi_chapter(w: dict, lang: str, statuses: list, labels: dict, figure: FigureNumbering) -> list:
    """2 KPIs: the overview figure, a table of baseline, latest, target and trend, the charts."""
    blocks: list = [Heading(1, w["kpis"], "2")]
    if not statuses:
        return [*blocks, Paragraph([Run(w["no_kpis"])])]
    f = figure("kpi_overview", w["overview"])
    if f:
        blocks.append(f)
    cat = catalogue.entity("kpi").by_name["category"]
    rows = []
    for s in statuses:
        unit = short_unit(s.kpi.get("unit") or "")

        def val(p, unit=unit):
            return f"{number(p.value, lang)} {unit}".strip() + f" ({p.date.isoformat()})" if p else "–"

        trend = "–" if s.trend is None else f"{'+' if s.trend > 0 else ''}{number(round(s.trend, 2), lang)}"
        rows.append([s.kpi.get("name") or "", cat.choice_label(s.kpi.get("category"), lang),
                     val(s.baseline), val(s.latest), val(s.target), trend, labels[s.light]])
    blocks.append(Table([w["kpi"], w["category"], w["baseline"], w["latest"], w["target"],
                         w["trend"], w["status"]], rows, [3.2, 1.6, 1.5, 1.6, 1.5, 1.0, 1.1],
                        numeric=(5,)))
    n_measured = sum(1 for s in statuses if s.actuals)
    for n in range(1, (n_measured + CHARTS_PER_FIGURE - 1) // CHARTS_PER_FIGURE + 1):
        f = figure(f"kpi_charts:{n}", w["charts"])
        if f:
            blocks.append(f)
    return blocks


def _actions_chapter(w: dict, lang: str, doc: dict, summary) -> list:
    """3 actions: status per value chain, and the late actions."""
    blocks: list = [Heading(1, w["actions"], "3")]
    status_field = catalogue.entity("action").by_name["status"]
    codes = status_field.choice_codes()
    chains = {c["id"]: c.get("name") or "" for c in doc.get("value_chain", [])}
    per_chain: dict[str | None, dict[str, int]] = {}
    for a in doc.get("action", []):
        per_chain.setdefault(a.get("value_chain_id"), {}).setdefault(a.get("status") or "planned", 0)
        per_chain[a.get("value_chain_id")][a.get("status") or "planned"] += 1
    order = [c for c in chains if c in per_chain] + ([None] if None in per_chain else [])
    rows = [[chains.get(c, w["none_chain"]) if c else w["none_chain"],
             *[str(per_chain[c].get(code, 0)) for code in codes], str(sum(per_chain[c].values()))]
            for c in order]
    if rows:
        rows.append([w["total"], *[str(summary.by_status.get(code, 0)) for code in codes],
                     str(summary.total)])
    blocks.append(Table([w["chain"], *[status_field.choice_label(c, lang) for c in codes], w["total"]],
                        rows, [2.6] + [1.0] * (len(codes) + 1),
                        numeric=tuple(range(1, len(codes) + 2))))
    blocks.append(Heading(2, w["late"], "3.1"))
    partners = {p["id"]: p.get("name") or "" for p in doc.get("partner", [])}
    if summary.late:
        blocks.append(Table([w["title_col"], w["owner"], w["end"], w["status"]],
                            [[a.get("title") or "", partners.get(a.get("owner_id"), ""),
                              a.get("end_date") or "", status_field.choice_label(a.get("status") or "planned", lang)]
                             for a in summary.late], [4, 2.2, 1.2, 1.2]))
    else:
        blocks.append(Paragraph([Run(w["no_late"])]))
    return blocks


def _changes_chapter(w: dict, changes: list[tuple[str, str, str]], since: str) -> list:
    """4 changes since a revision."""
    blocks: list = [Heading(1, w["changes"] % since, "4")]
    if changes:
        blocks.append(BulletList([ListItem([Run(f"{entity}: ", bold=True), Run(f"{what} ({w[kind]})")])
                                  for kind, entity, what in changes]))
    else:
        blocks.append(Paragraph([Run(w["no_changes"])]))
    return blocks
