"""Part B as a standalone figure: the timeline of a value chain (or of all) as a `Visual`.

The figure is A3 landscape wide (1190 pt): title, a time header (terms, years, quarters),
lane labels, the lanes with bars, milestones, dependency arrows and the today-line, and a
legend of owners, statuses and symbols. Geometry comes from part_b_layout.
"""

from __future__ import annotations

import datetime as dt

from desktop.domain.visuals import style
from desktop.domain.visuals.part_b_layout import (
    BarGeom,
    TimelineLayout,
    build_timeline,
    chain_title,
    owner_colour,
)
from desktop.domain.visuals.roadmap_data import PART_B_ENTITIES, Filters, TimelineData
from desktop.domain.visuals.textmetrics import text_width, wrap, wrap_whole
from desktop.domain.visuals.timeline import header_levels, ticks
from desktop.domain.visuals.visual import Diamond, Line, Rect, Text, Visual, translate
from desktop.domain.words import in_language

FIGURE_W = 1190.0
MIN_TEXT = 7.5  # smallest text of the figure, in points at scale 1 (posters print it at >= 7 pt)
MARGIN = 28.0
LABEL_COL = 112.0
TERM_H, YEAR_H, SUB_H = 17.0, 17.0, 13.0

WORDS = {
    "nl": {"part": "Deel B – operationeel actieplan", "all": "alle waardeketens",
           "chain": "Waardeketen", "short": "Korte termijn", "medium": "Middellange termijn",
           "long": "Lange termijn", "today": "Vandaag", "owners": "Trekkers",
           "status": "Status", "symbols": "Symbolen", "milestone": "Mijlpaal",
           "dependency": "Afhankelijkheid", "trl": "TRL bij start→einde",
           "filtered": "Gefilterd", "empty": "Geen acties om te tonen.",
           "planned": "gepland", "active": "toegezegd / lopend", "done": "afgerond",
           "delayed": "vertraagd", "cancelled": "geannuleerd", "no_owner": "geen trekker",
           "state": "Stand"},
    "en": {"part": "Part B – operational action plan", "all": "all value chains",
           "chain": "Value chain", "short": "Short term", "medium": "Medium term",
           "long": "Long term", "today": "Today", "owners": "Owners",
           "status": "Status", "symbols": "Symbols", "milestone": "Milestone",
           "dependency": "Dependency", "trl": "TRL at start→end",
           "filtered": "Filtered", "empty": "No actions to show.",
           "planned": "planned", "active": "committed / ongoing", "done": "done",
           "delayed": "delayed", "cancelled": "cancelled", "no_owner": "no owner",
           "state": "As of"},
}


def words(lang: str) -> dict[str, str]:
    return in_language(WORDS, lang)


def part_b_visual(doc: dict, value_chain_id: str | None, lang: str,
                  filters: dict | None = None, *, width: float = FIGURE_W, routes: bool = True) -> Visual:
    """The Part B figure of one value chain (None: all value chains), in points.

    `filters` may hold sets under "partner", "layer", "status", "programme", booleans
    "projects" and "kpi_milestones" (a strip under the lanes with the chain's projects
    and KPI yearly targets; off by default), and a "today" date (default: the current date)
    for the today-line. `width` is the figure's width in points: an exporter lays the figure
    out at the width it prints it (a narrower figure gets more rows, never smaller text:
    every text is at least MIN_TEXT points at scale 1). Without `routes` the figure has no
    dependency arrows (`Visual.sketch_at_width`: same size, rows and breaks, made faster).
    """
    data = TimelineData.from_doc(doc, PART_B_ENTITIES)
    today = (filters or {}).get("today")
    if isinstance(today, str):
        today = dt.date.fromisoformat(today)
    f = Filters.from_dict(filters)
    layout = build_timeline(data, value_chain_id, lang, f, width=max(width - 2 * MARGIN - LABEL_COL, 120.0),
                            today=today, routes=routes, label_h=lambda name: len(lane_label(name)) * LANE_LINE_H)
    show = {k: bool((filters or {}).get(k, False)) for k in ("projects", "kpi_milestones")}
    v = timeline_visual(layout, data, value_chain_id, lang, filtered=f.active(), width=width, doc=doc, show=show)
    v.at_width = lambda w: part_b_visual(doc, value_chain_id, lang, filters, width=w)
    v.sketch_at_width = lambda w: part_b_visual(doc, value_chain_id, lang, filters, width=w, routes=False)
    return v


def _date_text(d: dt.date, lang: str) -> str:
    from desktop.domain.visuals.timeline import MONTHS
    months = in_language(MONTHS, lang)
    return f"{d.day} {months[d.month - 1]} {d.year}"


def timeline_visual(layout: TimelineLayout, data: TimelineData, value_chain_id: str | None,
                    lang: str, filtered: bool = False, width: float = FIGURE_W, *,
                    doc: dict | None = None, show: dict | None = None) -> Visual:
    """The figure of a laid-out timeline. With `doc`, a strip under the lanes shows the
    chain's projects and KPI yearly targets (`show`: {"projects": bool, "kpi_milestones": bool})."""
    show = show or {}
    w = words(lang)
    fw = width
    v = Visual(fw, 0.0)
    _title(v, layout, data, value_chain_id, lang, filtered)
    right = fw - MARGIN
    ox, top = MARGIN + LABEL_COL, 78.0
    levels = header_levels(layout.scale.px_per_day)
    header_h = TERM_H + YEAR_H + (SUB_H if len(levels) > 1 else 0.0)
    oy = top + header_h + 4
    chart_bottom = oy + layout.height
    _header(v, layout, lang, ox, top, levels, chart_bottom)
    _lanes(v, layout, ox, oy)
    for a in layout.arrows.values():
        v.add(Line(tuple((ox + x, oy + y) for x, y in a.points), stroke=style.ARROW, width=0.7,
                   arrow_end=True, ref=("dependency", a.id)))
    for b in layout.bars.values():
        _bar(v, b, layout, ox, oy)
    if not layout.bars:
        v.add(Text(ox, oy + 8, layout.width, 16, w["empty"], size=9, colour=style.MUTED,
                   align="center"))
    _today_line(v, layout, w, ox, top, header_h, chart_bottom)
    ref_lanes: list = []
    strip_tops: list[float] = []
    if doc is not None:
        chart_bottom, strip_tops, ref_lanes = _strips(v, layout, doc, value_chain_id, lang, ox, chart_bottom,
                                                      show)
    v.add(Line(((MARGIN, chart_bottom), (right, chart_bottom)), stroke=style.RULE, width=0.8))
    v.height = _legend(v, layout, data, lang, chart_bottom + 14, reference=bool(ref_lanes)) + MARGIN - 6
    v.head, v.foot = oy, chart_bottom
    m = layout.metrics
    # between lanes, and where a strip under them (projects, KPI targets, other roadmaps) starts
    v.lane_breaks = tuple(sorted({oy + ln.y for ln in layout.lanes} | set(strip_tops)))
    v.breaks = tuple(sorted(set(v.lane_breaks) | set(strip_tops) | {
        oy + ln.y + m.lane_pad + k * m.row_h for ln in layout.lanes if ln.kind == "lane"
        for k in range(1, ln.rows)}))
    return v


def chain_scope(name: str, lang: str) -> str:
    """"Waardeketen <name>" / "Value chain <name>", unless the name already starts with such a
    word (in either language: a Dutch name in an English report is not prefixed either)."""
    if any(name.casefold().startswith(w["chain"].casefold()) for w in WORDS.values()):
        return name
    return f"{words(lang)['chain']} {name}"


def _subtitle(text: str, width: float) -> Text:
    """The subtitle under the title: 10 pt, smaller down to MIN_TEXT when it is long, and
    wrapped over two lines (above the chain's rule at y 62) when even that does not fit."""
    size = 10.0
    while size > MIN_TEXT and text_width(text, size) > width:
        size -= 0.5
    if text_width(text, size) <= width:
        return Text(MARGIN, 41, width, 14, text, size=size, colour=style.MUTED)
    return Text(MARGIN, 39.5, width, 21.5, text, size=size, colour=style.MUTED, wrap=True)


def _title(v: Visual, layout: TimelineLayout, data: TimelineData, value_chain_id: str | None, lang: str,
           filtered: bool) -> None:
    """The figure's title, what it shows and when (filtered or not), and the chain's rule."""
    w = words(lang)
    fw = v.width
    right = fw - MARGIN
    title = data.roadmap.get("title") or ""
    chain = data.get("value_chain", value_chain_id)
    scope = (chain_scope(chain_title(chain, lang), lang) if value_chain_id
             else w["all"][:1].upper() + w["all"][1:])
    v.title = f"{title} — {w['part']}: {scope}" if title else f"{w['part']}: {scope}"
    v.add(Text(MARGIN, 18, fw - 2 * MARGIN - 200, 22, title, size=16, colour=style.INK,
               bold=True),
          _subtitle(f"{w['part']}  ·  {scope}", fw - 2 * MARGIN - 200))
    meta = f"{w['state']}: {_date_text(layout.today, lang)}"
    if filtered:
        meta += f"  ·  {w['filtered']}"
    v.add(Text(right - 240, 41, 240, 14, meta, size=8, colour=style.MUTED, align="right"))
    if value_chain_id and chain is not None:
        colour = style.chain_colour(chain, 0)
        v.add(Rect(MARGIN, 62, fw - 2 * MARGIN, 2.2, fill=colour, stroke=None))


def _today_line(v: Visual, layout: TimelineLayout, w: dict, ox: float, top: float, header_h: float,
                chart_bottom: float) -> None:
    """The dashed today line under the header, with its badge above the term band."""
    tx = layout.today_x
    if tx is None:
        return
    bw = text_width(w["today"], MIN_TEXT, bold=True) + 8  # above the term band, clear of labels
    # the line starts under the header's rule: it never crosses the term, year or month labels
    v.add(Line(((ox + tx, top + header_h + 1), (ox + tx, chart_bottom)), stroke=style.TODAY, width=1.1,
               dash=(4.0, 2.5)),
          Rect(ox + tx - bw / 2, top - 13, bw, 11, fill=style.TODAY, stroke=None, radius=2.5),
          Text(ox + tx - bw / 2, top - 13, bw, 11, w["today"], size=MIN_TEXT, colour=style.PAPER,
               bold=True, align="center"))


def _strips(v: Visual, layout: TimelineLayout, doc: dict, value_chain_id: str | None, lang: str, ox: float,
            chart_bottom: float, show: dict) -> tuple[float, list[float], list]:
    """The projects and KPI yearly targets strip and other roadmaps' milestones (read-only)
    under the lanes, on the same time axis: (their bottom, their row tops, the reference lanes)."""
    from desktop.domain.visuals.part_b_portfolio import draw_portfolio
    from desktop.domain.visuals.reference_lanes import draw_reference_lanes, reference_lanes

    chart_bottom, strip_tops = draw_portfolio(
        v, doc, value_chain_id, layout.scale, lang, x0=MARGIN, ox=ox, label_w=LABEL_COL, y=chart_bottom,
        show_projects=show.get("projects", False), show_kpis=show.get("kpi_milestones", False))
    ref_lanes = reference_lanes(doc.get("reference_roadmap") or (), doc.get("reference_milestone") or (),
                                layout.scale, label_col=LABEL_COL)
    chart_bottom, ref_tops = draw_reference_lanes(v, ref_lanes, x0=MARGIN, ox=ox, label_w=LABEL_COL,
                                                  y=chart_bottom, scale=layout.scale)
    return chart_bottom, [*strip_tops, *ref_tops], ref_lanes


def _header(v: Visual, layout: TimelineLayout, lang: str, ox: float, top: float,
            levels: tuple[str, ...], chart_bottom: float) -> None:
    w = words(lang)
    s = layout.scale
    y_term, y_year = top, top + TERM_H
    y_sub = y_year + YEAR_H
    oy = y_sub + (SUB_H if len(levels) > 1 else 0.0) + 4
    for band in layout.bands:
        x0, x1 = ox + s.to_x(band.start), ox + s.x_after(band.end)
        v.add(Rect(x0, oy, x1 - x0, chart_bottom - oy, fill=style.TERM_TINT[band.term], stroke=None),
              Rect(x0 + 0.5, y_term, x1 - x0 - 1, TERM_H - 2, fill=style.TERM_FILL[band.term],
                   stroke=None, radius=2),
              Text(x0, y_term, x1 - x0, TERM_H - 2,
                   f"{w[band.term]}  {band.start.year}–{band.end.year}"
                   if band.end.year > band.start.year else f"{w[band.term]}  {band.start.year}",
                   size=7.5, colour=style.TERM_INK, bold=True, align="center"))
    for t in ticks(s, "year", lang):
        v.add(Line(((ox + t.x0, y_year), (ox + t.x0, chart_bottom)), stroke=style.GRID, width=0.6),
              Text(ox + t.x0, y_year, t.x1 - t.x0, YEAR_H, t.label, size=8.5, colour=style.INK,
                   bold=True, align="center"))
    if len(levels) > 1:
        for t in ticks(s, levels[1], lang):
            if t.start.month != 1:
                v.add(Line(((ox + t.x0, y_sub + 2), (ox + t.x0, chart_bottom)),
                           stroke=style.GRID_MINOR, width=0.4))
            v.add(Text(ox + t.x0, y_sub, t.x1 - t.x0, SUB_H - 1, t.label, size=MIN_TEXT,
                       colour=style.MUTED, align="center"))
    end = ox + s.width
    v.add(Line(((ox, y_sub + (SUB_H if len(levels) > 1 else 0) + 1), (end, y_sub + (
        SUB_H if len(levels) > 1 else 0) + 1)), stroke=style.RULE, width=0.8),
          Line(((end, y_year), (end, chart_bottom)), stroke=style.GRID, width=0.6))


def _lanes(v: Visual, layout: TimelineLayout, ox: float, oy: float) -> None:
    right = ox + layout.width
    for ln in layout.lanes:
        y = oy + ln.y
        if ln.kind == "chain":
            v.add(Rect(MARGIN, y + 3, right - MARGIN, ln.h - 3, fill=style.mix(ln.colour, style.PAPER, 0.85),
                       stroke=None),
                  Rect(MARGIN, y + 3, 4, ln.h - 3, fill=ln.colour, stroke=None),
                  Text(MARGIN + 10, y + 3, right - MARGIN - 14, ln.h - 3, ln.name, size=9.5,
                       colour=style.mix(ln.colour, style.INK, 0.45), bold=True,
                       ref=("value_chain", ln.chain_id) if ln.chain_id else None))
            continue
        v.add(Rect(MARGIN, y + 1, LABEL_COL - 8, ln.h - 2, fill=ln.colour, stroke=None, radius=2.5,
                   ref=("lane", ln.lane_id) if ln.lane_id else None))
        lines, lh = lane_label(ln.name), LANE_LINE_H
        if len(lines) * lh > ln.h + 1:  # a layout not made for it (a presentation scene): elided
            lines = wrap(ln.name, LABEL_COL - 20, 8.5, bold=True, max_lines=max(1, int((ln.h + 1) // lh)))
        y0 = y + (ln.h - lh * len(lines)) / 2
        for i, text in enumerate(lines):
            v.add(Text(MARGIN + 7, y0 + i * lh, LABEL_COL - 20, lh, text, size=8.5,
                       colour=style.mix(ln.colour, style.INK, 0.82), bold=True,
                       ref=("lane", ln.lane_id) if ln.lane_id else None))
        v.add(Line(((MARGIN, y + ln.h), (right, y + ln.h)), stroke=style.RULE, width=0.5))


LANE_LINE_H = 10.5


def lane_label(name: str) -> list[str]:
    """The lines of a lane's label: the whole name (a printed figure cannot show a cut one
    in full anywhere else); the lane is laid out at least as tall (build_timeline's label_h)."""
    return wrap_whole(name, LABEL_COL - 20, 8.5, bold=True)


def _bar(v: Visual, b: BarGeom, layout: TimelineLayout, ox: float, oy: float) -> None:
    m = layout.metrics
    x, y = ox + b.x, oy + b.y
    ref = ("action", b.id)
    st = b.style
    if b.kind == "milestone":
        v.add(Diamond(x + b.w / 2, y + b.h / 2, b.h / 2, fill=st.fill if st.fill != style.PAPER
                      else b.owner_colour, stroke=style.mix(b.owner_colour, style.INK, 0.5), ref=ref))
        colour = style.INK
    else:
        v.add(Rect(x, y, b.w, b.h, fill=st.fill, stroke=st.stroke, stroke_width=st.stroke_width,
                   radius=3.0, ref=ref))
        colour = st.text if b.label_side == "inside" else style.INK
    v.add(*bar_texts(b, m, x, y, colour, ref))


def bar_texts(b: BarGeom, m, x: float = 0.0, y: float = 0.0, colour: str | None = None,
              ref: tuple | None = None) -> list[Text | Rect]:
    """The label lines of bar `b` (its top-left corner at x, y) and its TRL pill (the
    pill's box, then its text): what the figure and the canvas both draw. Each label line
    is a box as wide as the label (`b.label_w`), so a renderer that fits text to its box
    (desktop.export.textfit) never lets a label run under the pill."""
    if colour is None:
        colour = style.INK if b.kind == "milestone" or b.label_side != "inside" else b.style.text
    if b.label_side != "inside" and b.style.prefix == "✕ ":
        colour = style.MUTED
    out: list[Text | Rect] = []
    n = len(b.lines)
    y0 = y + (b.h - n * m.line_h) / 2
    for i, text in enumerate(b.lines):
        out.append(Text(x + b.label_dx, y0 + i * m.line_h, b.label_w + 1, m.line_h, text,
                        size=m.label_size, colour=colour, ref=ref))
    if b.badge:
        bx, by = x + b.badge_dx, y + (b.h - m.badge_h) / 2
        out += [Rect(bx, by, b.badge_w, m.badge_h, fill=style.PAPER, stroke=style.RULE,
                     stroke_width=0.4, radius=m.badge_h / 2),
                Text(bx, by, b.badge_w, m.badge_h, b.badge, size=m.badge_size, colour=style.MUTED,
                     align="center")]
    return out


class _Flow:
    """Places legend entries left to right, starting a new line where one does not fit."""

    def __init__(self, v: Visual, x0: float, right: float, y: float, line_h: float = 14.0) -> None:
        self.v, self.x0, self.right, self.y, self.line_h = v, x0, right, y, line_h
        self.x = x0

    def newline(self) -> None:
        if self.x > self.x0:
            self.x, self.y = self.x0, self.y + self.line_h

    def put(self, width: float, items: list, gap: float = 12.0) -> None:
        """`items` drawn at (0, 0) of a box `width` wide, placed at the flow's position."""
        if self.x > self.x0 and self.x + width > self.right:
            self.x, self.y = self.x0, self.y + self.line_h
        self.v.add(*(translate(p, self.x, self.y) for p in items))
        self.x += width + gap


def _legend(v: Visual, layout: TimelineLayout, data: TimelineData, lang: str, y: float, *,
            reference: bool = False) -> float:
    """Draw the legend from y down; returns its bottom. Owners that share a colour share
    one swatch (their names joined), so every swatch shown is a colour that differs."""
    w = words(lang)
    x0, right = MARGIN, v.width - MARGIN
    head_w = 62.0
    entries = _owner_entries(layout, data, w)
    t = MIN_TEXT
    v.add(Text(x0, y, head_w, 11, w["owners"], size=t, colour=style.INK, bold=True))
    flow = _Flow(v, x0 + head_w, right, y)
    for colour, name in entries:
        tw = min(text_width(name, t), right - x0 - head_w - 14)
        flow.put(12 + tw, [Rect(0, 1.5, 9, 8, fill=colour, stroke=None, radius=1.5),
                           Text(12, 0, tw + 2, 11, name, size=t, colour=style.MUTED)])
    y = flow.y + 17
    v.add(Text(x0, y, head_w, 11, w["status"], size=t, colour=style.INK, bold=True))
    flow = _Flow(v, x0 + head_w, right, y)
    sample = style.DEFAULT_OWNER
    for status, key in (("planned", "planned"), ("ongoing", "active"), ("done", "done"),
                        ("delayed", "delayed"), ("cancelled", "cancelled")):
        st = style.bar_style(status, sample)
        label = w[key]
        tw = text_width(label, t)
        flow.put(28 + tw, [Rect(0, 1, 24, 10, fill=st.fill, stroke=st.stroke, stroke_width=st.stroke_width,
                                radius=2),
                           Text(0, 1, 24, 10, st.prefix.strip(), size=t, colour=st.text, bold=True,
                                align="center"),
                           Text(28, 0, tw + 2, 11, label, size=t, colour=style.MUTED)], gap=14)
    _symbols(flow, w, lang, sample, reference)
    return flow.y + 12


def _owner_entries(layout: TimelineLayout, data: TimelineData, w: dict) -> list[tuple[str, str]]:
    """(colour, owner names) of the owners of the bars shown: owners that share a colour
    share an entry, sorted by name."""
    owners: dict[str | None, None] = {}
    for b in layout.bars.values():
        a = data.get("action", b.id)
        owners[a.get("owner_id") if a else None] = None
    by_colour: dict[str, list[str]] = {}
    for pid in owners:
        p = data.get("partner", pid)
        name = w["no_owner"] if p is None else (p.get("short_name") or p.get("name") or "")
        by_colour.setdefault(owner_colour(data, pid if p else None), []).append(name)
    entries = sorted(((c, ", ".join(sorted(set(n), key=str.lower))) for c, n in by_colour.items()),
                     key=lambda e: e[1].lower())
    return entries


def _symbols(flow: _Flow, w: dict, lang: str, sample: str, reference: bool) -> None:
    """The legend's symbols: milestone, dependency, today, TRL and (with `reference`) other
    roadmaps' milestones."""
    t = MIN_TEXT
    flow.x += 18
    sw = text_width(w["symbols"], t, bold=True) + 8
    flow.put(sw, [Text(0, 0, sw, 11, w["symbols"], size=t, colour=style.INK, bold=True)], gap=0)
    tw = text_width(w["milestone"], t)
    flow.put(14 + tw, [Diamond(5, 5.5, 5, fill=sample, stroke=style.INK),
                       Text(14, 0, tw + 2, 11, w["milestone"], size=t, colour=style.MUTED)], gap=14)
    tw = text_width(w["dependency"], t)
    flow.put(26 + tw, [Line(((0, 5.5), (22, 5.5)), stroke=style.ARROW, width=0.7, arrow_end=True),
                       Text(26, 0, tw + 2, 11, w["dependency"], size=t, colour=style.MUTED)], gap=14)
    tw = text_width(w["today"], t)
    flow.put(10 + tw, [Line(((4, -1), (4, 12)), stroke=style.TODAY, width=1.1, dash=(3.0, 2.0)),
                       Text(10, 0, tw + 2, 11, w["today"], size=t, colour=style.MUTED)], gap=14)
    bw = text_width("TRL 3→6", t) + 6
    tw = text_width(w["trl"], t)
    flow.put(bw + 4 + tw, [Rect(0, 0.5, bw, 10, fill=style.PAPER, stroke=style.RULE, stroke_width=0.4, radius=5),
                           Text(0, 0.5, bw, 10, "TRL 3→6", size=t, colour=style.MUTED, align="center"),
                           Text(bw + 4, 0, tw + 2, 11, w["trl"], size=t, colour=style.MUTED)])
    if reference:
        from desktop.domain.visuals import reference_lanes as rl

        label = rl.words(lang)["legend"]
        tw = text_width(label, t)
        flow.put(14 + tw, [Diamond(5, 5.5, 4.2, fill=rl.DIAMOND_FILL, stroke=rl.DIAMOND_STROKE),
                           Text(14, 0, tw + 2, 11, label, size=t, colour=style.MUTED)])
