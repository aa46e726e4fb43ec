"""Splitting a tall figure over several pages without making its text smaller (Qt-free).

A figure that is taller than a page at its printed size is not shrunk: it is cut between
rows into pieces, and every piece repeats the figure's head (title and time axis) and its
foot (the legend), so each page reads on its own. A `Visual` says where it may be cut in
`Visual.breaks` (y values, e.g. between the lanes and rows of Part B) and where its head
ends and its foot starts (`Visual.head`, `Visual.foot`); a visual without them is one piece.

A piece is a new `Visual` of the same primitives, clipped to the rows it shows, so every
renderer (PDF, SVG, PNG) draws it as it draws any figure.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.domain.visual import Diamond, Line, Primitive, Rect, Text, Visual


def _clip_line(ln: Line, y0: float, y1: float) -> Line | None:
    """The part of polyline `ln` between y0 and y1 (the longest run of it inside)."""
    runs: list[list[tuple[float, float]]] = [[]]
    pts = ln.points
    for (ax, ay), (bx, by) in zip(pts, pts[1:]):
        lo, hi = 0.0, 1.0
        dy = by - ay
        if abs(dy) < 1e-9:
            if not (y0 <= ay <= y1):
                if runs[-1]:
                    runs.append([])
                continue
        else:
            t0, t1 = (y0 - ay) / dy, (y1 - ay) / dy
            lo, hi = max(lo, min(t0, t1)), min(hi, max(t0, t1))
            if lo > hi:
                if runs[-1]:
                    runs.append([])
                continue
        p = (ax + (bx - ax) * lo, ay + dy * lo)
        q = (ax + (bx - ax) * hi, ay + dy * hi)
        run = runs[-1]
        if run and (abs(run[-1][0] - p[0]) > 1e-6 or abs(run[-1][1] - p[1]) > 1e-6):
            runs.append([p])
            run = runs[-1]
        elif not run:
            run.append(p)
        run.append(q)
        if hi < 1.0:
            runs.append([])
    runs = [r for r in runs if len(r) >= 2]
    if not runs:
        return None
    best = runs[-1] if runs[-1][-1] == tuple(pts[-1]) else max(runs, key=len)
    whole_end = best[-1] == tuple(pts[-1])
    return replace(ln, points=tuple(best), arrow_end=ln.arrow_end and whole_end)


def _clip(p: Primitive, y0: float, y1: float) -> Primitive | None:
    """`p` cut to the band y0..y1 (None when nothing of it is there)."""
    if isinstance(p, Rect):
        top, bottom = max(p.y, y0), min(p.y + p.h, y1)
        if bottom - top <= 0.01:
            return None
        if top == p.y and bottom == p.y + p.h:
            return p
        return replace(p, y=top, h=bottom - top)
    if isinstance(p, Text):
        mid = p.y + p.h / 2
        return p if y0 <= mid < y1 else None
    if isinstance(p, Diamond):
        return p if y0 <= p.cy < y1 else None
    if isinstance(p, Line):
        ys = [y for _, y in p.points]
        if min(ys) >= y0 and max(ys) <= y1:
            return p
        if max(ys) < y0 or min(ys) > y1:
            return None
        return _clip_line(p, y0, y1)
    return p


def _shift(p: Primitive, dy: float) -> Primitive:
    if dy == 0:
        return p
    if isinstance(p, Line):
        return replace(p, points=tuple((x, y + dy) for x, y in p.points))
    if isinstance(p, Diamond):
        return replace(p, cy=p.cy + dy)
    return replace(p, y=p.y + dy)


def piece(v: Visual, y0: float, y1: float) -> Visual:
    """The head of `v`, its rows from y0 to y1, and its foot, as one Visual."""
    head, foot = v.head or 0.0, v.foot or v.height
    bands = [(0.0, head, 0.0), (y0, y1, head - y0), (foot, v.height, head + (y1 - y0) - foot)]
    out = Visual(v.width, head + (y1 - y0) + (v.height - foot), v.title)
    for lo, hi, dy in bands:
        if hi <= lo:
            continue
        for item in v.items:
            cut = _clip(item, lo, hi)
            if cut is not None:
                out.items.append(_shift(cut, dy))
    return out


def split(v: Visual, max_height: float) -> list[Visual]:
    """`v` cut into pieces of at most `max_height` points (each with head and foot), at its
    breaks; one piece when it fits or cannot be cut. Pieces are balanced: a figure that
    needs three pages gets three pieces of about the same height."""
    if v.height <= max_height or not v.breaks or v.head is None or v.foot is None:
        return [v]
    room = max_height - v.head - (v.height - v.foot)
    body = v.foot - v.head
    if room <= 20:
        return [v]
    cuts = sorted({b for b in v.breaks if v.head < b < v.foot})
    n = -(-int(body) // int(room)) if room < body else 1
    target = body / max(n, 1)
    out, start = [], v.head
    while start < v.foot - 0.5:
        limit = start + room
        if limit >= v.foot:
            out.append(piece(v, start, v.foot))
            break
        fitting = [c for c in cuts if start < c <= limit]
        lanes = [c for c in fitting if c in set(v.lane_breaks) and c - start >= 0.4 * room]
        if lanes:  # whole lanes on a page where that costs no more than 60 % of the room
            end = min(lanes, key=lambda c: abs((c - start) - target))
        elif not fitting:  # a single row taller than the room: cut it where it must be
            end = limit
        else:
            end = min(fitting, key=lambda c: abs((c - start) - target))
        out.append(piece(v, start, end))
        start = end
    return out
