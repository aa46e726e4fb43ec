"""The portfolio strip under a Part B figure: projects as bars and KPI yearly targets as
milestones, on the same time axis as the actions (Qt-free).

A value chain's figure shows the projects of its programmes (or linked to its actions)
and the KPIs of the objectives the chain contributes to; the figure of all value chains
shows every project and KPI. Projects are packed into as few rows as fit; each KPI gets
one row with a diamond per yearly target (value and unit next to it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain.visuals import style
from desktop.domain.visuals.lanes import Footprint, pack_rows
from desktop.domain.visuals.textmetrics import text_width, wrap
from desktop.domain.visuals.visual import Diamond, Line, Rect, Text, Visual
from desktop.domain.words import in_language

ROW_H = 17.0
KPI_ROW_H = 24.0
BAR_H = 11.0
LABEL_SIZE = 7.5
MAX_KPIS = 8

WORDS = {
    "nl": {"projects": "Projecten", "kpis": "KPI-doelen per jaar", "more": "+{n} KPI's (zie hoofdstuk 5)"},
    "en": {"projects": "Projects", "kpis": "KPI targets per year", "more": "+{n} KPIs (see chapter 5)"},
}

#: fill, outline, text colour per project status (idea → finished; rejected/stopped muted)
PROJECT_STYLE = {
    "idea": ("#ffffff", "#9aa5b1", style.MUTED),
    "preparing": ("#eef1f4", "#7b8794", style.INK),
    "submitted": ("#dbe7f3", "#2e75b6", style.INK),
    "approved": ("#9cc3e6", "#1f4e79", style.INK),
    "running": ("#2e75b6", "#1f4e79", "#ffffff"),
    "finished": ("#1f4e79", "#1f4e79", "#ffffff"),
    "rejected": ("#f5f7fa", "#cbd2d9", style.FAINT),
    "stopped": ("#f5f7fa", "#cbd2d9", style.FAINT),
}


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def chain_projects(doc: Mapping, chain_id: str | None) -> list[dict]:
    """Projects with dates of value chain `chain_id` (None: all)."""
    projects = [p for p in doc.get("project") or [] if _date(p.get("start_date")) and _date(p.get("end_date"))]
    if chain_id is None:
        return projects
    programmes = {g["id"] for g in doc.get("programme") or [] if g.get("value_chain_id") == chain_id}
    actions = {a["id"] for a in doc.get("action") or [] if a.get("value_chain_id") == chain_id}
    linked = {pa.get("project_id") for pa in doc.get("project_action") or [] if pa.get("action_id") in actions}
    return [p for p in projects if p.get("programme_id") in programmes or p["id"] in linked]


def chain_kpis(doc: Mapping, chain_id: str | None) -> list[tuple[dict, list[tuple[int, float]]]]:
    """(KPI, [(year, target)]) of the KPIs with yearly targets that belong to the chain."""
    targets: dict[str, list[tuple[int, float]]] = {}
    for t in doc.get("kpi_target") or []:
        if t.get("year") is not None and t.get("value") is not None:
            targets.setdefault(t.get("kpi_id"), []).append((int(t["year"]), float(t["value"])))
    kpis = [k for k in doc.get("kpi") or [] if targets.get(k["id"])]
    if chain_id is not None:
        objectives = {vo.get("objective_id") for vo in doc.get("value_chain_objective") or []
                      if vo.get("value_chain_id") == chain_id}
        kpis = [k for k in kpis if k.get("objective_id") in objectives]
    return [(k, sorted(targets[k["id"]])) for k in kpis]


def _num(value: float, lang: str) -> str:
    from desktop.domain.visuals.figure_text import number

    return number(value, lang)


def draw_portfolio(v: Visual, doc: Mapping, chain_id: str | None, scale, lang: str, *, x0: float,
                   ox: float, label_w: float, y: float, show_projects: bool = True,
                   show_kpis: bool = True) -> tuple[float, list[float]]:
    """Draw the strip from `y` down; returns (bottom, row tops for page breaks). Nothing is
    drawn (bottom == y) when the chain has neither projects nor KPI targets."""
    w = in_language(WORDS, lang)
    tops: list[float] = []
    projects = chain_projects(doc, chain_id) if show_projects else []
    kpis = chain_kpis(doc, chain_id) if show_kpis else []
    if not projects and not kpis:
        return y, tops
    strip = _Strip(v, scale, lang, x0, ox, label_w)
    y += 6
    if projects:
        y = strip.projects(projects, y, w["projects"], tops)
    if kpis:
        y = strip.kpis(kpis, y, w, tops)
    return y, tops


@dataclass
class _Strip:
    """Drawing the portfolio strip's bands into `v`: labels from `x0` (`label_w` wide), the
    time axis from `ox` on."""

    v: Visual
    scale: Any
    lang: str
    x0: float
    ox: float
    label_w: float

    def band(self, top: float, rows: int, title: str, colour: str, height: float | None = None) -> float:
        """A band's label, year lines and bottom rule; its bottom."""
        v, scale, x0, label_w = self.v, self.scale, self.x0, self.label_w
        h = rows * ROW_H + 6 if height is None else height
        v.add(Rect(x0, top + 1, label_w - 8, h - 2, fill=colour, stroke=None, radius=2.5))
        lines = wrap(title, label_w - 20, 8.5, bold=True, max_lines=3)
        y0 = top + (h - 10.5 * len(lines)) / 2
        for i, text in enumerate(lines):
            v.add(Text(x0 + 7, y0 + i * 10.5, label_w - 20, 10.5, text, size=8.5,
                       colour=style.mix(colour, style.INK, 0.82), bold=True))
        year = scale.start.year + 1
        while dt.date(year, 1, 1) <= scale.end:
            x = self.ox + scale.to_x(dt.date(year, 1, 1))
            v.add(Line(((x, top), (x, top + h)), stroke=style.GRID, width=0.5))
            year += 1
        v.add(Line(((x0, top + h), (self.ox + scale.width, top + h)), stroke=style.RULE, width=0.5))
        return top + h

    def projects(self, projects: list[dict], y: float, title: str, tops: list[float]) -> float:
        """The projects band (bars packed into rows) from `y`; its bottom."""
        v, scale, ox = self.v, self.scale, self.ox
        spans = {}
        for p in projects:
            start_day, end_day = _date(p["start_date"]), _date(p["end_date"])
            if start_day is None or end_day is None:
                continue  # (chain_projects keeps only projects with both dates)
            a, b = min(max(start_day, scale.start), scale.end), min(max(end_day, scale.start), scale.end)
            label = " ".join(t for t in (p.get("code"), p.get("title")) if t)
            xa, xb = scale.to_x(a), scale.x_after(b)
            lw = text_width(label, LABEL_SIZE) + 6
            spans[p["id"]] = (p, xa, max(xb, xa + 2), label, lw)
        # a label that does not fit in its bar goes right of it, and takes room in the row
        rows, n = pack_rows((Footprint(pid, xa, xb if lw <= xb - xa else xb + 3 + lw)
                             for pid, (_p, xa, xb, _l, lw) in spans.items()), 6.0)
        tops.append(y)
        y0, y = y, self.band(y, n, title, "#dbe7f3")  # under the bars: drawn first
        for pid, (p, xa, xb, label, lw) in spans.items():
            fill, stroke, ink = PROJECT_STYLE.get(p.get("status") or "idea", PROJECT_STYLE["idea"])
            top = y0 + 3 + rows[pid] * ROW_H + (ROW_H - BAR_H) / 2
            v.add(Rect(ox + xa, top, xb - xa, BAR_H, fill=fill, stroke=stroke, stroke_width=0.6, radius=2.5,
                       ref=("project", pid)))
            if lw <= xb - xa:
                v.add(Text(ox + xa + 3, top, xb - xa - 4, BAR_H, label, size=LABEL_SIZE, colour=ink,
                           ref=("project", pid)))
            else:
                v.add(Text(ox + xb + 3, top, lw, BAR_H, label, size=LABEL_SIZE,
                           colour=style.MUTED if ink == style.FAINT else style.INK, ref=("project", pid)))
        return y

    def kpis(self, kpis: list, y: float, w: Mapping[str, str], tops: list[float]) -> float:
        """The KPI band (a row per KPI: its name above, its yearly targets below) from `y`;
        its bottom."""
        v, scale, ox = self.v, self.scale, self.ox
        shown = kpis[:MAX_KPIS]
        tops.append(y)
        y0, y = y, self.band(y, 0, w["kpis"], "#fbe3bf",
                             height=len(shown) * KPI_ROW_H + (ROW_H if len(kpis) > len(shown) else 0) + 6)
        for i, (kpi, targets) in enumerate(shown):  # the name above, the targets below
            row_top = y0 + 3 + i * KPI_ROW_H
            name = kpi.get("name") or ""
            unit = kpi.get("unit") or ""
            caption = f"{name} ({unit})" if unit else name
            v.add(Text(ox + 2, row_top, scale.width - 4, 10, caption, size=LABEL_SIZE, colour=style.INK,
                       bold=True, ref=("kpi", kpi["id"])))
            cy = row_top + 10 + (KPI_ROW_H - 10) / 2
            for year, value in targets:
                d = dt.date(year, 12, 31)
                if not scale.start <= d <= scale.end:
                    continue
                cx = ox + scale.to_x(d)
                v.add(Diamond(cx, cy, 3.6, fill="#e69f00", stroke=style.INK, ref=("kpi", kpi["id"])))
                text = _num(value, self.lang)
                tw = text_width(text, LABEL_SIZE) + 2
                v.add(Text(cx - tw - 5, cy - 5, tw, 10, text, size=LABEL_SIZE, colour=style.MUTED,
                           align="right"))
        if len(kpis) > len(shown):
            more = w["more"].format(n=len(kpis) - len(shown))
            v.add(Text(ox + 2, y0 + 3 + len(shown) * KPI_ROW_H + 2, scale.width, ROW_H - 4, more,
                       size=LABEL_SIZE, colour=style.MUTED))
        return y
