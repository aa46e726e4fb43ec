"""Part A as a figure: the overview from today to tomorrow, as a `Visual` (Qt-free).

Columns, left to right: the current situation ("today"), the value chains as paths along
the science → technology → product → market axis, and the societal challenges with their
future visions and objectives ("tomorrow"). Arrows run from every value chain to each
objective it contributes to. Below: the action plan and its execution over the horizon.

The boxes (`Node`s of part_a_layout) can be nudged by hand; `build_part_a` applies the
nudges before it routes the arrows, so arrows stay attached to moved boxes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.domain.visuals import style
from desktop.domain.visuals.figure_text import counted, paragraph, plain
from desktop.domain.visuals.lanes import Footprint, pack_rows
from desktop.domain.visuals.nudges import NUDGES
from desktop.domain.visuals.part_a_layout import (
    AXIS,
    LEFT_W,
    LEFT_X,
    MID_W,
    MID_X,
    RIGHT_W,
    RIGHT_X,
    SLATE,
    TOP,
    M,
    Node,
    W,
    chain_node,
    challenge_node,
    today_node,
    words,
)
from desktop.domain.visuals.roadmap_data import TimelineData
from desktop.domain.visuals.textmetrics import text_width
from desktop.domain.visuals.timeline import TimeScale, horizon, parse_date, term_bands, ticks
from desktop.domain.visuals.visual import Diamond, Line, Primitive, Rect, Text, Visual
from desktop.domain.words import in_language

AXIS_FILL = ("#dde8f4", "#e3efdb", "#fdf1cf", "#f9e0d0")
AXIS_INK = ("#1f4e79", "#3b6e22", "#7a5a00", "#8a3d12")
GAP = 12.0  # between stacked boxes
TERM_WORDS = {"nl": {"short": "Korte termijn", "medium": "Middellange termijn",
                     "long": "Lange termijn", "today": "Vandaag", "link": "draagt bij aan",
                     "selected": "gekozen toekomstbeeld", "programme": "programma",
                     "leads": "leidt via de waardeketens naar",
                     "link_legend": "waardeketen draagt bij aan doelstelling"},
              "en": {"short": "Short term", "medium": "Medium term", "long": "Long term",
                     "today": "Today", "link": "contributes to", "selected": "chosen vision",
                     "programme": "programme", "leads": "leads through the value chains to",
                     "link_legend": "value chain contributes to objective"}}

Nudges = dict[tuple[str, str], tuple[float, float]]


@dataclass
class PartALayout:
    """The figure plus its nudgeable boxes (already moved by their nudges)."""

    visual: Visual
    nodes: list[Node] = field(default_factory=list)


def part_a_visual(doc: dict, lang: str, nudges: Nudges | None = None,
                  today: dt.date | None = None) -> Visual:
    """The Part A figure of roadmap `doc` in points (nudges: this session's, by default)."""
    return build_part_a(TimelineData.from_doc(doc), lang, nudges, today).visual


def build_part_a(data: TimelineData, lang: str, nudges: Nudges | None = None,
                 today: dt.date | None = None) -> PartALayout:
    w = words(lang)
    tw = in_language(TERM_WORDS, lang)
    road = data.roadmap
    if nudges is None:
        nudges = NUDGES.of(road.get("id", ""))
    v = Visual(W, 0.0)
    top = _head(v, road, w, tw)
    body = top + 46
    nodes = _place_nodes(v, data, lang, body, nudges)

    from desktop.domain.visuals.part_a_coherence import draw_coherence, draw_coherence_compact

    col_bottom = max((n.y + n.h for n in nodes), default=body)
    # "coherence with other roadmaps": in the room under the value chains when the outer
    # columns reach further down, else under the action plan
    mid = [n for n in nodes if n.key[0] == "value_chain"]
    mx0 = min((n.x for n in mid), default=MID_X)
    mx1 = max((n.x + n.w for n in mid), default=MID_X + MID_W)
    room_top = max((n.y + n.h for n in mid), default=body - GAP) + GAP
    compact = draw_coherence_compact(v, data, lang, x=mx0, y=room_top, width=mx1 - mx0,
                                     height=col_bottom + 8 - room_top)
    if compact is not None:
        col_bottom = max(col_bottom, compact - 8)
    bottom = col_bottom + 18
    plan_top = bottom - 8
    plan_breaks: list[tuple[float, bool]] = []
    plan_rows_top: list[float] = []
    bottom = _plan(v, data, lang, w, tw, bottom, today or dt.date.today(), plan_breaks, plan_rows_top)
    box_breaks: tuple[float, ...] = ()
    if compact is None:
        box_top = bottom + 6
        boxed = draw_coherence(v, data, lang, x=M, y=box_top, width=W - 2 * M)
        if boxed > box_top:
            box_breaks, bottom = (box_top - 3,), boxed
    v.head, v.foot = top - 8, bottom + 4  # a page that must split shows the paths, then the plan
    v.section_heads = ((plan_top + 6, plan_rows_top[0] - 1),)  # the plan's title, terms and years
    v.lane_breaks = (plan_top,) + tuple(b for b, chain in plan_breaks if chain and b < v.foot) + box_breaks
    v.breaks = tuple(sorted({plan_top, *(b for b, _ in plan_breaks if b < v.foot), *box_breaks}))
    bottom = _legend(v, tw, w, bottom + 9)
    v.height = bottom + 12
    return PartALayout(v, nodes)


def _head(v: Visual, road: dict, w: dict, tw: dict) -> float:
    """The title, the mission, the rule under them and the column heads; the top of the heads."""
    title = road.get("title") or ""
    v.title = f"{title} — {w['part']}" if title else w["part"]
    v.add(Text(M, 18, W - 2 * M, 22, title or w["part"], size=16, colour=style.INK, bold=True),
          Text(M, 41, W - 2 * M, 14, f"{w['part']}  ·  {w['sub']}", size=10, colour=style.MUTED))
    y = 62.0
    mission = plain(road.get("mission") or "")
    if mission:
        texts, h = paragraph(M + 62, y, W - 2 * M - 62, mission, size=8.2, colour=style.INK,
                             line_h=10.5, max_lines=3)
        v.add(Text(M, y, 60, 10.5, w["mission"], size=8.2, colour=style.ACCENT, bold=True), *texts)
        y += h + 6
    v.add(Rect(M, y, W - 2 * M, 2.2, fill=style.ACCENT, stroke=None))
    top = max(TOP, y + 14)
    _column_heads(v, w, tw, top)
    return top


def _place_nodes(v: Visual, data: TimelineData, lang: str, body: float, nudges: Nudges) -> list[Node]:
    """The today node, a node per value chain and per challenge from `body` down (moved by
    their nudges), drawn with the arrows from today and the links; the nodes (today first)."""
    chains = data.chains()
    nodes: list[Node] = [today_node(data, lang, body)]
    y = body
    chain_nodes = []
    for i, chain in enumerate(chains):
        n = chain_node(data, chain, i, lang, y)
        chain_nodes.append(n)
        y += n.h + GAP
    links = [r for r in data.ordered("value_chain_objective")
             if data.get("value_chain", r.get("value_chain_id"))
             and data.get("objective", r.get("objective_id"))]
    linked = {r["objective_id"] for r in links}
    y = body
    challenge_nodes = []
    for ch in data.ordered("challenge"):
        n = challenge_node(data, ch, linked, lang, y)
        challenge_nodes.append(n)
        y += n.h + GAP
    nodes += chain_nodes + challenge_nodes
    nodes = [n.moved(*nudges.get(n.key, (0.0, 0.0))) for n in nodes]
    for n in nodes:
        v.add(*n.items)
    by_key = {n.key: n for n in nodes}
    _today_arrows(v, nodes[0], [by_key[c.key] for c in chain_nodes])
    _links(v, chains, by_key, links)
    return nodes


def _column_heads(v: Visual, w: dict, tw: dict, top: float) -> None:
    v.add(Text(LEFT_X, top, LEFT_W, 16, w["today"], size=12, colour=style.ACCENT, bold=True),
          Text(LEFT_X, top + 17, LEFT_W, 12, w["today_sub"], size=8.2, colour=style.MUTED),
          Text(RIGHT_X, top, RIGHT_W, 16, w["tomorrow"], size=12, colour=style.ACCENT, bold=True,
               align="right"),
          Text(RIGHT_X, top + 17, RIGHT_W, 12, w["tomorrow_sub"], size=8.2, colour=style.MUTED,
               align="right"))
    zone_w = MID_W / 4
    for i, zone in enumerate(AXIS):
        x = MID_X + i * zone_w
        v.add(Rect(x + 1, top, zone_w - 2, 18, fill=AXIS_FILL[i], stroke=None, radius=3),
              Text(x + 1, top, zone_w - 2, 18, w[zone], size=8.2, colour=AXIS_INK[i], bold=True,
                   align="center"))
        if i < 3:
            v.add(Text(x + zone_w - 6, top, 12, 18, "›", size=11, colour=style.FAINT,
                       align="center"))
    v.add(Text(MID_X, top + 20, MID_W, 12, w["paths"], size=8.2, colour=style.MUTED,
               align="center"),
          Line(((LEFT_X, top + 37), (W - M, top + 37)), stroke=style.RULE, width=1.0,
               arrow_end=True))


def _today_arrows(v: Visual, today: Node, chains: list[Node]) -> None:
    if not chains:
        return
    ox, oy = today.x + today.w, today.y + min(today.h / 2, 40)
    spine = ox + 9
    ys = [c.y + c.h / 2 for c in chains]
    v.add(Line(((ox, oy), (spine, oy)), stroke=style.FAINT, width=1.4))
    v.add(Line(((spine, min(ys + [oy])), (spine, max(ys + [oy]))), stroke=style.FAINT, width=1.4))
    for c, cy in zip(chains, ys):
        v.add(Line(((spine, cy), (c.x - 1, cy)), stroke=style.FAINT, width=1.4, arrow_end=True))


def _links(v: Visual, chains: list[dict], nodes: dict, links: list[dict]) -> None:
    """Arrows from each value chain to its objectives: one trunk per chain in its own
    vertical channel, branching off to each objective."""
    anchors: dict[str, tuple[float, float]] = {}
    for key, n in nodes.items():
        if key[0] == "challenge":
            for name, pt in n.anchors.items():
                anchors[name.split(":", 1)[1]] = pt
    index = {c["id"]: i for i, c in enumerate(chains)}
    by_chain: dict[str, list[tuple[float, float]]] = {}
    into: dict[str, int] = {}
    for r in links:
        pt = anchors.get(r["objective_id"])
        if pt is not None:
            by_chain.setdefault(r["value_chain_id"], []).append(pt)
    n_ch = max(len(chains), 1)
    lo, hi = MID_X + MID_W + 16, RIGHT_X - 6
    for cid, pts in by_chain.items():
        node = nodes.get(("value_chain", cid))
        if node is None:
            continue
        i = index[cid]
        colour = style.chain_colour(chains[i], i)
        sx, sy = node.anchors["out"]
        channel = lo + (i + 0.5) * (hi - lo) / n_ch
        pts = sorted(pts, key=lambda p: p[1])
        for tx, ty in pts:
            key = f"{tx:.1f}:{ty:.1f}"
            off_in = into.get(key, 0)
            into[key] = off_in + 1
            y0 = sy  # one trunk per chain: the branches share its first leg
            ty2 = ty + (off_in - 0.5) * 2.2 if off_in else ty
            x_end = max(tx - 1, channel + 4)
            v.add(Line(((sx, y0), (channel, y0), (channel, ty2), (x_end, ty2)), stroke=colour,
                       width=1.0, arrow_end=True, ref=("value_chain", cid)))


def _plan(v: Visual, data: TimelineData, lang: str, w: dict, tw: dict, y: float,
          today: dt.date, breaks: list[tuple[float, bool]] | None = None,
          rows_at: list[float] | None = None) -> float:
    """The action plan band: one row per value chain with its actions over the horizon.
    `breaks` gets where a page may cut it, as (y, between value chains): between value
    chains, and as a second choice between rows of bars."""
    breaks = [] if breaks is None else breaks
    actions = data.ordered("action")
    chains = data.chains()
    title_y = y
    v.add(Text(M, y, 300, 16, w["plan"], size=11, colour=style.ACCENT, bold=True))
    y += 20
    dates = [parse_date(a.get(k)) for a in actions for k in ("start_date", "end_date")]
    start, end = horizon(data.roadmap, [d for d in dates if d], today)
    x0, width = MID_X, W - M - MID_X
    scale = TimeScale(start, end, width / ((end - start).days + 1), origin=x0)
    y = _plan_axis(v, scale, tw, lang, y)
    rows_top = y
    if rows_at is not None:
        rows_at.append(rows_top)
    chain_ids = [c["id"] for c in chains]
    for i, chain in enumerate(chains):
        y = _plan_row(v, chain, i, actions, scale, lang, y, breaks)
    if chain_ids:
        for t in ticks(scale, "year", lang)[1:]:
            v.add(Line(((t.x0, rows_top - 1), (t.x0, y - 4)), stroke=style.PAPER, width=0.8))
    if scale.start <= today <= scale.end:
        tx = scale.to_x(today)
        # the label on the plan's title row, clear of the term and year labels
        label_w = text_width(tw["today"], 8.2, bold=True) + 2
        v.add(Line(((tx, title_y + 2), (tx, y - 2)), stroke=style.TODAY, width=1.0, dash=(3.0, 2.0)),
              Text(tx + 3, title_y + 3, label_w, 11, tw["today"], size=8.2, colour=style.TODAY, bold=True))
    return y


def _plan_axis(v: Visual, scale: TimeScale, tw: dict, lang: str, y: float) -> float:
    """The plan's term bands and year labels from `y`; the y under them."""
    for band in term_bands(scale.start, scale.end):
        bx0, bx1 = scale.to_x(band.start), scale.x_after(band.end)
        v.add(Rect(bx0 + 0.5, y, bx1 - bx0 - 1, 15, fill=style.TERM_FILL[band.term], stroke=None,
                   radius=2),
              Text(bx0, y, bx1 - bx0, 15, f"{tw[band.term]}  {band.start.year}–{band.end.year}"
                   if band.end.year > band.start.year else f"{tw[band.term]}  {band.start.year}",
                   size=8.2, colour=style.TERM_INK, bold=True, align="center"))
    y += 17
    for t in ticks(scale, "year", lang):
        v.add(Text(t.x0, y, t.x1 - t.x0, 12, t.label, size=8.2, colour=style.INK, bold=True,
                   align="center"))
    return y + 14


def _plan_row(v: Visual, chain: dict, i: int, actions: list[dict], scale: TimeScale, lang: str, y: float,
              breaks: list[tuple[float, bool]]) -> float:
    """The plan row of value chain `chain` (the `i`th) from `y`: its label and its actions
    packed into rows of bars; where a page may cut it goes to `breaks`. The y under it."""
    start, end = scale.start, scale.end
    row_h, bar_h = 6.5, 4.6
    colour = style.chain_colour(chain, i)
    mine = [a for a in actions if a.get("value_chain_id") == chain["id"]]
    spans = []
    for a in mine:
        s = parse_date(a.get("start_date")) or parse_date(a.get("end_date"))
        if s is None:
            continue
        e = max(parse_date(a.get("end_date")) or s, s)
        ax0 = scale.to_x(max(s, start))
        ax1 = scale.x_after(min(e, end)) if a.get("kind") != "milestone" else ax0 + 6
        spans.append((a, ax0, max(ax1, ax0 + 2)))
    rows, n = pack_rows([Footprint(a["id"], ax0, ax1) for a, ax0, ax1 in spans], gap=2.0)
    h = max(n, 2) * row_h + 8
    breaks.append((y - 2, True))
    breaks.extend((y + 4 + k * row_h - 0.5, False) for k in range(2, n, 2))
    v.add(Rect(M, y, W - 2 * M, h, fill=style.mix(colour, style.PAPER, 0.92), stroke=None,
               radius=3, ref=("value_chain", chain["id"])),
          Rect(M, y, 4, h, fill=colour, stroke=None))
    name = f"{chain.get('code') or ''} {chain.get('name') or ''}".strip()
    texts, th = paragraph(M + 10, y + 2, MID_X - M - 60, name, size=8.2,
                          colour=style.mix(colour, style.INK, 0.4), bold=True, line_h=10.2,
                          max_lines=2)
    v.add(*texts)
    n_ms = sum(1 for a in mine if a.get("kind") == "milestone")
    v.add(Text(M + 10, y + 2 + th, MID_X - M - 60, 10,
               f"{counted(len(mine) - n_ms, 'action', lang)} · {counted(n_ms, 'milestone', lang)}", size=8.2,
               colour=style.MUTED))
    v.row_labels += ((y, y + h, (M + 10, y + 2, MID_X - M - 60, th + 10)),)
    for a, ax0, ax1 in spans:
        ry = y + 4 + rows[a["id"]] * row_h
        ref = ("action", a["id"])
        fill = style.mix(colour, style.PAPER, 0.45 if a.get("status") in (None, "planned")
                         else 0.0)
        if a.get("kind") == "milestone":
            v.add(Diamond(ax0 + 3, ry + row_h / 2 - 1, 3.2, fill=style.mix(colour, style.INK, 0.3),
                          stroke=style.PAPER, ref=ref))
        else:
            v.add(Rect(ax0, ry, ax1 - ax0, bar_h, fill=fill, stroke=None, radius=1.5, ref=ref))
    return y + h + 4


def _legend(v: Visual, tw: dict, w: dict, y: float) -> float:
    """One line of legend entries, each as wide as its words (nothing elided)."""
    x = M
    size = 8.2
    entries: list[tuple[float, str, Callable[[float], Primitive]]] = [
        (24, tw["link_legend"], lambda x: Line(((x, y + 5), (x + 24, y + 5)), stroke=style.ACCENT,
                                               width=1.0, arrow_end=True)),
        (20, tw["selected"], lambda x: Rect(x, y + 1, 20, 9, fill=style.PAPER, stroke="#bcccdc",
                                            stroke_width=0.7, radius=2)),
        (20, w["not_selected"], lambda x: Rect(x, y + 1, 20, 9, fill="#f8f9fb", stroke=style.GRID,
                                               stroke_width=0.5, radius=2)),
        (20, tw["programme"], lambda x: Rect(x, y + 1, 20, 9, fill=style.PAPER, stroke=style.RULE,
                                             stroke_width=0.6, radius=2)),
    ]
    items: list[Primitive] = []
    for sample_w, label, sample in entries:
        tw_ = text_width(label, size) + 2
        items += [sample(x), Text(x + sample_w + 4, y, tw_, 11, label, size=size, colour=style.MUTED)]
        x += sample_w + 4 + tw_ + 22
    v.add(*items)
    return y + 12


__all__ = ["PartALayout", "build_part_a", "part_a_visual", "SLATE"]
