"""Stand-in Part A / Part B layouts for the export tests.

They build realistic `Visual`s (every primitive kind, refs, long labels, wrapped and
elided text, dashes, arrows, diamonds) from a roadmap document, with the signatures of
`desktop.domain.visuals.part_a.part_a_visual` and `desktop.domain.visuals.part_b.part_b_visual`, so the
renderers and the export paths are tested without the canvas's real layouts.
"""

from __future__ import annotations

import datetime as dt

from desktop.domain.visuals.visual import Diamond, Line, Rect, Text, Visual

LAYER_COLOURS = {"science": "#4472C4", "technology": "#70AD47", "product": "#ED7D31",
                 "market": "#A5509C", "enabling": "#7F7F7F"}
LABEL_W, TOP, ROW_PAD = 150.0, 54.0, 6.0


def _years(doc: dict) -> tuple[int, int]:
    road = doc.get("roadmap") or {}
    start = int(str(road.get("horizon_start") or "2026")[:4])
    end = int(str(road.get("horizon_end") or start + 9)[:4])
    return start, max(end, start)


def _x(date: str | None, y0: int, span: float, width: float) -> float:
    d = dt.date.fromisoformat(date) if date else dt.date(y0, 1, 1)
    return LABEL_W + (d - dt.date(y0, 1, 1)).days / 365.25 / span * width


def _time_axis(v: Visual, y0: int, y1: int, width: float, top: float, bottom: float) -> None:
    span = y1 - y0 + 1
    for k in range(span + 1):
        x = LABEL_W + k / span * width
        v.add(Line(((x, top - 14), (x, bottom)), stroke="#BFBFBF", width=0.5, dash=(2, 2)))
        if k < span:
            v.add(Text(x, top - 16, width / span, 14, str(y0 + k), size=8, bold=True, align="center",
                       colour="#595959"))


def part_a_visual(doc: dict, lang: str) -> Visual:
    """Overview: one row per value chain with its programmes as bars over the horizon."""
    y0, y1 = _years(doc)
    width = 700.0
    chains = doc.get("value_chain") or []
    rows = [(vc, [p for p in doc.get("programme") or [] if p.get("value_chain_id") == vc["id"]])
            for vc in chains]
    height = TOP + sum(max(1, len(ps)) * 22 + 2 * ROW_PAD for _, ps in rows) + 16
    title = "Deel A – overzicht" if lang == "nl" else "Part A – overview"
    v = Visual(LABEL_W + width + 10, height, title)
    v.add(Text(0, 4, v.width, 22, (doc.get("roadmap") or {}).get("title") or "", size=13, bold=True,
               colour="#1F4E79"))
    _time_axis(v, y0, y1, width, TOP, height - 8)
    y = TOP
    for n, (vc, progs) in enumerate(rows):
        h = max(1, len(progs)) * 22 + 2 * ROW_PAD
        v.add(Rect(0, y, v.width, h, fill="#F2F5F9" if n % 2 == 0 else None, stroke=None,
                   ref=("value_chain", vc["id"])))
        v.add(Text(6, y, LABEL_W - 12, h, vc.get("name") or "", size=9, bold=True, wrap=True,
                   ref=("value_chain", vc["id"])))
        for k, p in enumerate(progs):
            acts = [a for a in doc.get("action") or [] if a.get("programme_id") == p["id"]]
            starts = [a["start_date"] for a in acts if a.get("start_date")] or [f"{y0}-01-01"]
            ends = [a["end_date"] for a in acts if a.get("end_date")] or [f"{y1}-12-31"]
            x0, x1 = _x(min(starts), y0, y1 - y0 + 1, width), _x(max(ends), y0, y1 - y0 + 1, width)
            by = y + ROW_PAD + k * 22 + 2
            v.add(Rect(x0, by, max(x1 - x0, 20), 18, fill=vc.get("colour") or "#DCE6F1", stroke="#1F4E79",
                       stroke_width=0.6, radius=3, ref=("programme", p["id"])))
            label = f"{p.get('code') or ''} {p.get('name') or ''}".strip()
            v.add(Text(x0 + 4, by, max(x1 - x0, 20) - 8, 18, label, size=7.5, ref=("programme", p["id"])))
        y += h
    return v


def part_b_visual(doc: dict, value_chain_id: str | None, lang: str, filters=None) -> Visual:
    """Timeline of one value chain: lanes, action bars, milestones and dependencies."""
    y0, y1 = _years(doc)
    span = y1 - y0 + 1
    width = 760.0
    lanes = [ln for ln in doc.get("lane") or [] if ln.get("value_chain_id") == value_chain_id]
    actions = [a for a in doc.get("action") or [] if a.get("value_chain_id") == value_chain_id]
    place: dict[str, tuple[float, float, float]] = {}
    lane_rows = []
    for lane in lanes:
        mine = sorted((a for a in actions if a.get("lane_id") == lane["id"]), key=lambda a: a["start_date"] or "")
        tracks: list[float] = []
        slots = []
        for a in mine:
            x0 = _x(a.get("start_date"), y0, span, width)
            x1 = max(_x(a.get("end_date"), y0, span, width), x0 + 4)
            t = next((i for i, end in enumerate(tracks) if end + 4 <= x0), None)
            if t is None:
                tracks.append(0.0)
                t = len(tracks) - 1
            tracks[t] = x1 if a.get("kind") != "milestone" else x0 + 60
            slots.append((a, t, x0, x1))
        lane_rows.append((lane, max(1, len(tracks)), slots))
    height = TOP + sum(n * 20 + 2 * ROW_PAD for _, n, _ in lane_rows) + 16
    vc = next((c for c in doc.get("value_chain") or [] if c.get("id") == value_chain_id), {})
    v = Visual(LABEL_W + width + 10, height, vc.get("name") or "")
    v.add(Text(0, 4, v.width, 22, f"{vc.get('code') or ''} {vc.get('name') or ''}".strip(), size=13,
               bold=True, colour="#1F4E79"))
    _time_axis(v, y0, y1, width, TOP, height - 8)
    y = TOP
    for lane, n, slots in lane_rows:
        h = n * 20 + 2 * ROW_PAD
        v.add(Rect(0, y, v.width, h, fill=lane.get("colour"), stroke="#FFFFFF", stroke_width=1,
                   ref=("lane", lane["id"])))
        v.add(Text(6, y, LABEL_W - 12, h, lane.get("name") or "", size=9, bold=True, ref=("lane", lane["id"])))
        colour = LAYER_COLOURS.get(lane.get("layer"), "#4472C4")
        for a, t, x0, x1 in slots:
            cy = y + ROW_PAD + t * 20 + 10
            if a.get("kind") == "milestone":
                v.add(Diamond(x0, cy, 6, fill="#C00000", stroke="#FFFFFF", ref=("action", a["id"])))
                v.add(Text(x0 + 9, cy - 8, 120, 16, a.get("title") or "", size=7, ref=("action", a["id"])))
                place[a["id"]] = (x0, x0, cy)
            else:
                v.add(Rect(x0, cy - 8, x1 - x0, 16, fill=colour, stroke=None, radius=2, ref=("action", a["id"])))
                v.add(Text(x0 + 3, cy - 8, x1 - x0 - 6, 16, a.get("title") or "", size=7, colour="#FFFFFF",
                           ref=("action", a["id"])))
                place[a["id"]] = (x0, x1, cy)
        y += h
    for d in doc.get("dependency") or []:
        a, b = place.get(d.get("from_action_id")), place.get(d.get("to_action_id"))
        if a and b:
            mx = a[1] + 6
            v.add(Line(((a[1], a[2]), (mx, a[2]), (mx, b[2]), (b[0], b[2])), stroke="#404040", width=0.7,
                       arrow_end=True, ref=("dependency", d["id"])))
    return v


def all_visuals(doc: dict, lang: str) -> dict[str, Visual]:
    out = {"overview": part_a_visual(doc, lang)}
    for vc in doc.get("value_chain") or []:
        out[f"value_chain:{vc['id']}"] = part_b_visual(doc, vc["id"], lang)
    return out


def use_sample_layouts(monkeypatch) -> None:
    """Make desktop.export.graphics.visuals use these layouts instead of the real ones."""
    from desktop.export.graphics import visuals

    monkeypatch.setattr(visuals, "layouts", lambda: (part_a_visual, part_b_visual))
