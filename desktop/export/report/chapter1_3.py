"""Chapters 1-3 of the report: introduction, future visions and objectives, current situation."""

from __future__ import annotations

from db import catalogue
from desktop.export.report.context import Context, has_text
from desktop.export.report.document import BulletList, ListItem, Run
from desktop.export.report.parts import bold_cell, cell, grouped_table, joined, lead, note, table
from desktop.export.report.tree import Section


# -- chapter 1 -------------------------------------------------------------------------
def introduction(c: Context) -> Section:
    r = c.road
    ch = Section(c.t("ch1"))
    ch.add(c.md(r.get("introduction")))
    ch.sub(c.t("ch1.coalition"), c.md(r.get("coalition")))
    ch.children.append(_partners(c))
    ch.sub(c.t("ch1.team"), _team_table(c))
    decision = c.kv([(c.field("roadmap", "decision"), c.choice("roadmap", "decision", r.get("decision"))),
                     (c.field("roadmap", "decision_date"), c.date(r.get("decision_date")))])
    ch.sub(c.t("ch1.decision"), decision, c.md(r.get("decision_rationale")))
    status = c.kv([(c.field("roadmap", "application_status"),
                    c.choice("roadmap", "application_status", r.get("application_status")))])
    ch.sub(c.t("ch1.application"), status, c.md(r.get("application_notes")))
    from desktop.export.report.landscape import inventory_section

    ch.children.append(inventory_section(c))
    return ch


def _partners(c: Context) -> Section:
    sec = Section(c.t("ch1.partners"))
    partners = c.rows["partner"]
    rings = [ch.code for ch in _choices("partner", "ring")] + [None]
    header = [c.field("partner", "name"), c.field("partner", "type"), c.field("partner", "role"),
              c.field("partner", "contact")]
    groups = []
    for ring in rings:
        title = _cap(c.choice("partner", "ring", ring)) if ring else c.t("group.no_ring")
        groups.append((title, [[bold_cell(p["name"], p.get("short_name")),
                                cell(c.choice("partner", "type", p.get("type")),
                                     " · ".join(x for x in (c.choice("partner", "size", p.get("size")),
                                                            p.get("sector"), p.get("region"), p.get("country"))
                                                if x)),
                                p.get("role") or "",
                                cell(p.get("contact") or "", p.get("email"))]
                               for p in partners if p.get("ring") == ring]))
    sec.add(grouped_table(header, groups, [0.3, 0.18, 0.26, 0.26]))
    described = [p for p in partners if has_text(p.get("description"))]
    if described:
        sec.add(lead(c.field("partner", "description")))
        for p in described:
            blocks = c.md(p["description"])
            if blocks and hasattr(blocks[0], "runs") and not isinstance(blocks[0], BulletList):
                blocks[0].runs.insert(0, Run(f"{c.row_name('partner', p)}: ", bold=True))
            else:
                sec.add(lead(c.row_name("partner", p)))
            sec.add(blocks)
    return sec


def _team_table(c: Context):
    rows = [[bold_cell(m["name"], m.get("email")), m.get("role") or "",
             c.name("partner", m.get("partner_id")), m.get("responsibility") or ""]
            for m in c.rows["team_member"]]
    header = [c.field("team_member", f) for f in ("name", "role", "partner_id", "responsibility")]
    return table(header, rows, [0.3, 0.2, 0.22, 0.28])


# -- chapter 2 -------------------------------------------------------------------------
def visions(c: Context) -> Section:
    ch = Section(c.t("ch2"))
    sec = ch.sub(c.t("ch2.challenges"))
    for ch_row in c.rows["challenge"]:
        sec.add(lead(c.row_name("challenge", ch_row)), c.md(ch_row.get("description")))
    sec = ch.sub(c.t("ch2.visions"))
    for ch_row in c.rows["challenge"]:
        for v in c.children("vision", "challenge_id", ch_row["id"]):
            sub = sec.sub(c.row_name("vision", v))
            sub.add(note(joined(f"{c.field('vision', 'challenge_id')}: {c.row_name('challenge', ch_row)}",
                                c.t("report.selected") if v.get("selected") else "")))
            sub.add(c.md(v.get("narrative")))
            sub.add(_objectives_table(c, v["id"]))
    ch.children.append(_opportunities(c))
    ch.children.append(_selection(c))
    return ch


def _objectives_table(c: Context, vision_id: str):
    rows = []
    for o in c.children("objective", "vision_id", vision_id):
        details = joined(
            o.get("indicator") and f"{c.field('objective', 'indicator')}: {o['indicator']}",
            c.choice("objective", "direction", o.get("direction")),
            c.choice("objective", "dimension", o.get("dimension")))
        rows.append([o.get("code") or "", cell(o["title"], details),
                     c.value_year(o.get("baseline_value"), o.get("baseline_year")),
                     c.value_year(o.get("target_value"), o.get("target_year")),
                     o.get("unit") or ""])
    header = [c.field("objective", "code"), c.t("col.objective"), c.field("objective", "baseline_value"),
              c.field("objective", "target_value"), c.field("objective", "unit")]
    return table(header, rows, [0.09, 0.47, 0.15, 0.15, 0.14], numeric=(2, 3))


def _opportunities(c: Context) -> Section:
    sec = Section(c.t("ch2.opportunities"))
    for o in c.rows["opportunity"]:
        sec.add(lead(o["title"]))
        sec.add(c.kv([(c.field("opportunity", f), o.get(f)) for f in ("market", "growth", "potential")]
                     + [(c.field("opportunity", "vision_id"), c.name("vision", o.get("vision_id")))]))
        sec.add(c.md(o.get("description")))
    return sec


def _selection(c: Context) -> Section:
    sec = Section(c.t("ch2.selection"))
    criteria = c.rows["selection_criterion"]
    rows = [[bold_cell(k["name"]), c.md(k.get("description")) or "", c.num(k.get("weight"))]
            for k in criteria]
    sec.add(table([c.field("selection_criterion", f) for f in ("name", "description", "weight")],
                  rows, [0.3, 0.55, 0.15], numeric=(2,)))
    scores = c.rows["criterion_score"]
    if criteria and scores:
        sec.add(lead(c.t("label.score_matrix")), _score_matrix(c, criteria, scores))
        notes = [s for s in scores if has_text(s.get("note"))]
        if notes:
            items = []
            for v in c.rows["vision"]:
                mine = [s for s in notes if s["vision_id"] == v["id"]]
                if mine:
                    items.append(ListItem([Run(c.row_name("vision", v), bold=True)]))
                    items += [ListItem([Run(f"{c.name('selection_criterion', s['criterion_id'])}: ", italic=True),
                                        Run(s["note"])], level=1) for s in mine]
            sec.add(lead(c.t("label.score_notes")), BulletList(items))
    selected = [v for v in c.rows["vision"] if v.get("selected")]
    if selected:
        sec.add(lead(c.t("label.selected_visions")))
        sec.add(BulletList([ListItem([Run(c.row_name("vision", v))]) for v in selected]))
    rationale = c.md(c.road.get("selection_rationale"))
    if rationale:
        sec.add(lead(c.field("roadmap", "selection_rationale")), rationale)
    return sec


def _score_matrix(c: Context, criteria: list[dict], scores: list[dict]):
    """Scores per vision and criterion with the weighted score. Visions are columns (by code)
    when they all have a code, so the matrix stays readable with many criteria."""
    matrix = {(s["vision_id"], s["criterion_id"]): s.get("score") for s in scores}
    visions = [v for v in c.rows["vision"] if any(vid == v["id"] for vid, _ in matrix)]

    def weighted(v: dict) -> str:
        total = weight_sum = 0.0
        for k in criteria:
            value = matrix.get((v["id"], k["id"]))
            if value is not None:
                weight = k.get("weight")
                w = 1.0 if weight is None else weight
                total, weight_sum = total + value * w, weight_sum + w
        return c.num(total / weight_sum, 2) if weight_sum else ""

    def score(v: dict, k: dict) -> str:
        value = matrix.get((v["id"], k["id"]))
        return "" if value is None else str(value)

    n = len(visions)
    if n and all(v.get("code") for v in visions) and n <= 10:
        header = [c.field("criterion_score", "criterion_id")] + [v["code"] for v in visions]
        rows = [[k["name"]] + [score(v, k) for v in visions] for k in criteria]
        rows.append([bold_cell(c.t("col.weighted_total"))] + [bold_cell(weighted(v)) for v in visions])
        rows.append([_cap(c.t("report.selected"))] + [("✓" if v.get("selected") else "") for v in visions])
        return table(header, rows, [0.4] + [0.6 / n] * n, numeric=tuple(range(1, n + 1)))
    m = len(criteria)
    header = [c.field("criterion_score", "vision_id")] + [k["name"] for k in criteria]
    header.append(c.t("col.weighted_total"))
    rows = [[cell(c.row_name("vision", v), c.t("report.selected") if v.get("selected") else "")]
            + [score(v, k) for k in criteria] + [weighted(v)] for v in visions]
    return table(header, rows, [0.3] + [0.55 / m] * m + [0.15], numeric=tuple(range(1, m + 2)))


# -- chapter 3 -------------------------------------------------------------------------
def current_situation(c: Context) -> Section:
    ch = Section(c.t("ch3"))
    ch.add(c.md(c.road.get("current_situation")))
    sec = ch.sub(c.t("ch3.indicators"))
    groups = []
    for area in [a.code for a in _choices("indicator", "area")] + [None]:
        title = _cap(c.choice("indicator", "area", area)) if area else c.t("group.no_area")
        groups.append((title, [i for i in c.rows["indicator"] if i.get("area") == area]))
    sec.add(indicator_table(c, groups, full=False))
    sec = ch.sub(c.t("ch3.assessment"))
    for a in c.rows["area_assessment"]:
        sub = sec.sub(_cap(c.choice("area_assessment", "area", a.get("area"))))
        if a.get("rating") is not None:
            sub.add(c.kv([(c.field("area_assessment", "rating"), f"{a['rating']}/5")]))
        sub.add(c.md(a.get("assessment")))
    swot = _swot(c)
    if swot:
        sec.sub(c.t("ch3.swot"), swot)
    return ch


def indicator_table(c: Context, groups: list[tuple[str, list[dict]]], *, full: bool):
    """The indicator table; `groups` are (sub-header, indicators) pairs ("" for none)."""
    def row(i: dict) -> list:
        source = joined(c.choice("indicator", "source", i.get("source")), i.get("source_detail"), sep=": ")
        bench = c.num(i.get("benchmark_value"))
        bench_cell = cell(bench, i.get("benchmark_label")) if bench else (i.get("benchmark_label") or "")
        out = [cell(i["name"], i.get("note")), c.value_year(i.get("value"), None, i.get("unit")),
               str(i.get("year") or ""), source, bench_cell]
        if full:
            out.insert(1, _cap(c.choice("indicator", "area", i.get("area"))))
        return out

    header = [c.field("indicator", f) for f in ("name", "value", "year", "source", "benchmark_value")]
    widths = [0.32, 0.15, 0.08, 0.23, 0.22]
    if full:
        header.insert(1, c.field("indicator", "area"))
        widths = [0.25, 0.15, 0.13, 0.07, 0.2, 0.2]
    numeric = (2, 3) if full else (1, 2)
    return grouped_table(header, [(title, [row(i) for i in rows]) for title, rows in groups], widths,
                         numeric=numeric)


def _swot(c: Context) -> list:
    items = c.rows["swot_item"]
    if not items:
        return []

    def bullets(kind: str):
        found = [s for s in items if s.get("kind") == kind]
        if not found:
            return "–"
        return [BulletList([ListItem([Run(s["text"])] + (
            [Run(f" ({c.choice('swot_item', 'area', s['area'])})", italic=True)] if s.get("area") else []))
            for s in found])]

    label = {k: _cap(c.t(f"swot.{k}")) for k in ("strength", "weakness", "opportunity", "threat")}
    top = table([label["strength"], label["weakness"]], [[bullets("strength"), bullets("weakness")]],
                [0.5, 0.5])
    bottom = table([label["opportunity"], label["threat"]], [[bullets("opportunity"), bullets("threat")]],
                   [0.5, 0.5])
    return [top, bottom]


def _choices(entity: str, field: str):
    return catalogue.entity(entity).by_name[field].choices


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
