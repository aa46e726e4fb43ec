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

from desktop.domain.visuals.visual import Diamond, Line, Primitive, Rect, Text, Visual


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


def _section_head(v: Visual, y0: float) -> tuple[float, float] | None:
    """The head of the section a piece starting at y0 is in, when y0 is below it."""
    found = None
    for top, bottom in v.section_heads:
        if y0 >= bottom - 0.5:
            found = (top, bottom)
    return found


def piece(v: Visual, y0: float, y1: float) -> Visual:
    """The head of `v`, its rows from y0 to y1, and its foot, as one Visual."""
    head, foot = v.head or 0.0, v.foot or v.height
    bands = [(0.0, head, 0.0)]
    at = head
    section = _section_head(v, y0)
    if section is not None and y0 > section[1] + 0.5:
        bands.append((section[0], section[1], at - section[0]))
        at += section[1] - section[0]
    bands += [(y0, y1, at - y0), (foot, v.height, at + (y1 - y0) - foot)]
    out = Visual(v.width, at + (y1 - y0) + (v.height - foot), v.title)
    items = v.items
    for lo, hi, dy in bands:
        if hi <= lo:
            continue
        for i in _near_band(v, lo, hi):
            cut = _clip(items[i], lo, hi)
            if cut is not None:
                out.items.append(_shift(cut, dy))
    out.items.extend(_shift(t, at - y0) for t in _lane_labels(v, y0, y1))
    out.items.extend(_shift(t, at - y0) for t in _row_labels(v, y0, y1))
    return out


_BUCKET = 64.0  # points of height per bucket of the index of a figure's items


def _extent(p: Primitive) -> tuple[float, float] | None:
    """The y extent of `p` (None: unknown, always looked at)."""
    if isinstance(p, (Rect, Text)):
        return p.y, p.y + p.h
    if isinstance(p, Line):
        ys = [y for _, y in p.points]
        return min(ys), max(ys)
    if isinstance(p, Diamond):
        return p.cy - p.r, p.cy + p.r
    return None


def _near_band(v: Visual, lo: float, hi: float) -> list[int]:
    """The indices (in drawing order) of the items of `v` whose y extent may meet lo..hi:
    every item `_clip` keeps is among them. A figure of 2,000 actions cut into 100 pieces
    clipped each of its items for every band of every piece (a million clips); the items
    are bucketed by height once per figure instead."""
    index = v.__dict__.get("_y_index")
    if index is None or index[0] != len(v.items):
        buckets: dict[int, list[int]] = {}
        always: list[int] = []
        for i, p in enumerate(v.items):
            e = _extent(p)
            if e is None:
                always.append(i)
                continue
            for b in range(int(e[0] // _BUCKET), int(e[1] // _BUCKET) + 1):
                buckets.setdefault(b, []).append(i)
        index = (len(v.items), buckets, always)
        v.__dict__["_y_index"] = index
    _, buckets, always = index
    found = set(always)
    for b in range(int(lo // _BUCKET), int(hi // _BUCKET) + 1):
        found.update(buckets.get(b, ()))
    return sorted(found)


def _row_labels(v: Visual, y0: float, y1: float) -> list[Text]:
    """The labels of `v.row_labels` rows cut above y0, at the top of the part of the row
    the band y0..y1 shows (as far down as the label sat in its row): a page that goes on
    with a value chain of Part A's plan names it. Lines of the label that do not fit in
    the visible part are left out (the first always stays)."""
    out: list[Text] = []
    for top, bottom, (bx, by, bw, bh) in v.row_labels:
        vis_top, vis_bottom = max(top, y0), min(bottom, y1)
        if vis_bottom - vis_top < 6 or vis_top <= top:
            continue
        texts = [t for t in v.items if isinstance(t, Text) and bx <= t.x + t.w / 2 <= bx + bw
                 and by <= t.y + t.h / 2 <= by + bh]
        if not texts or any(y0 <= t.y + t.h / 2 < y1 for t in texts):
            continue
        dy = vis_top - top
        moved = sorted((replace(t, y=t.y + dy) for t in texts), key=lambda t: t.y)
        out.extend(t for i, t in enumerate(moved) if i == 0 or t.y + t.h <= vis_bottom + 1)
    return out


def _lane_labels(v: Visual, y0: float, y1: float) -> list[Text]:
    """The labels of lanes that reach into the band y0..y1 but whose label lies outside
    it (a tall lane cut over pages), moved to the middle of the lane's visible part: every
    page names the lanes it shows."""
    labels: dict[object, list[Text]] = {}
    for item in v.items:
        if isinstance(item, Text) and item.ref and item.ref[0] == "lane":
            labels.setdefault(item.ref, []).append(item)
    out: list[Text] = []
    for item in v.items:
        if not (isinstance(item, Rect) and item.ref in labels):
            continue
        texts = labels.pop(item.ref)
        top, bottom = max(item.y, y0), min(item.y + item.h, y1)
        if bottom - top < 6 or any(y0 <= t.y + t.h / 2 < y1 for t in texts):
            continue
        first, last = min(t.y for t in texts), max(t.y + t.h for t in texts)
        new_top = max(top, (top + bottom) / 2 - (last - first) / 2)
        out.extend(replace(t, y=t.y - first + new_top) for t in texts)
    return out


def split(v: Visual, max_height: float, whole_lanes: bool = False) -> list[Visual]:
    """`v` cut into pieces of at most `max_height` points (each with head and foot), at its
    breaks; one piece when it fits or cannot be cut. As few pieces as fit, and of those
    the most even cut (cuts between lanes preferred), so every page is about as full."""
    bands = _bands(v, max_height, whole_lanes)
    return [v] if len(bands) == 1 else [piece(v, a, b) for a, b in bands]


def _bands(v: Visual, max_height: float, whole_lanes: bool = False) -> list[tuple[float, float]]:
    """The (y0, y1) row bands of the pieces `split` makes. `whole_lanes` (a report's pages):
    a lane that fits on a page is never cut, even when that takes a page or two more."""
    if v.height <= max_height or not v.breaks or v.head is None or v.foot is None:
        return [(v.head or 0.0, v.foot or v.height)] if v.head is not None else [(0.0, v.height)]
    room = max_height - v.head - (v.height - v.foot)
    room -= max((b - t for t, b in v.section_heads), default=0.0)  # a piece may repeat one
    if room <= 20:
        return [(v.head, v.foot)]
    cuts = [v.head] + sorted({b for b in v.breaks if v.head < b < v.foot}) + [v.foot]
    lanes = set(v.lane_breaks) | {v.head, v.foot}
    # a row taller than the room is cut where it must be: add forced cuts inside it
    full: list[float] = [cuts[0]]
    for c in cuts[1:]:
        while c - full[-1] > room:
            full.append(full[-1] + room)
        full.append(c)
    cuts = full
    k = len(cuts)
    # fewest pieces first (greedy), then the most even cut with that many (dynamic programme)
    count, start = 0, 0
    while start < k - 1:
        nxt = max(j for j in range(start + 1, k) if cuts[j] - cuts[start] <= room + 1e-6)
        start, count = nxt, count + 1
    # whole_lanes: a cut inside a lane that would fit whole on a page splits it needlessly:
    # avoided first, with up to two more pieces if need be; then the fewest pieces; then the most even cut
    bad = [0] * k
    if whole_lanes:
        marks = sorted(lanes)
        for n, c in enumerate(cuts):
            if c not in lanes:
                lo = max((m for m in marks if m < c), default=cuts[0])
                hi = min((m for m in marks if m > c), default=cuts[-1])
                bad[n] = 1 if hi - lo <= room + 1e-6 else 0
    best_plan: tuple | None = None
    for pieces in range(count, min(count + 2 if whole_lanes else count, k - 1) + 1):
        plan = _even_cut(cuts, pieces, room, bad, lanes)
        if plan is not None and (best_plan is None or plan[0] < best_plan[0]):
            best_plan = plan
    if best_plan is None:  # cannot happen (greedy found a cut), but stay safe
        return [(v.head, v.foot)]
    return best_plan[1]


def _even_cut(cuts: list[float], count: int, room: float, bad: list[int], lanes: set) -> tuple | None:
    """The cut of `cuts` into `count` bands of at most `room`: ((needless lane cuts, count,
    unevenness, cuts between lanes preferred), bands), or None when there is none."""
    k = len(cuts)
    target = (cuts[-1] - cuts[0]) / count
    inf = (float("inf"), 0.0)
    best = [[inf] * k for _ in range(count + 1)]
    back = [[-1] * k for _ in range(count + 1)]
    best[0][0] = (0, 0.0)
    for m in range(1, count + 1):
        for j in range(1, k):
            for i in range(j - 1, -1, -1):
                h = cuts[j] - cuts[i]
                if h > room + 1e-6:
                    break
                if best[m - 1][i] == inf:
                    continue
                prev = best[m - 1][i]
                cost = (prev[0] + (bad[j] if j < k - 1 else 0), prev[1] + ((h - target) / target) ** 2
                        + (0.0 if cuts[j] in lanes else 0.04))
                if cost < best[m][j]:
                    best[m][j], back[m][j] = cost, i
    if best[count][k - 1] == inf:
        return None
    out, j = [], k - 1
    for m in range(count, 0, -1):
        i = back[m][j]
        out.append((cuts[i], cuts[j]))
        j = i
    needless, uneven = best[count][k - 1]
    return (needless, count, uneven), out[::-1]


def smallest_text(v: Visual) -> float:
    """The smallest type size of `v`, in points at scale 1."""
    return min((t.size for t in v.items if isinstance(t, Text)), default=10.0)


def paginate(v: Visual, box_w: float, box_h: float, min_pt: float,
             max_scale: float = 1.0, whole_lanes: bool = False) -> tuple[float, list[Visual]]:
    """How to print `v` in pages whose room is box_w x box_h points so that no text is
    under `min_pt`: (scale, pieces); `whole_lanes`: as `_bands`. Fewest pages first; then as large as still fits that
    many pages (up to `max_scale`), so every page is filled. A figure that can be laid
    out again (`Visual.at_width`) is laid out at the printed width (narrower: more rows,
    same type sizes); any other is scaled (at most to the page width) and split between
    its rows, at the scale that gives the fewest pages and, of those, the largest. The
    scale is below min_pt / smallest text only when even the page width is too narrow."""
    small = smallest_text(v)
    need = min_pt / small
    fixed = not callable(v.at_width)
    if fixed:
        fit = min(box_w / v.width, box_h / v.height, max_scale)
        if fit >= need:
            return fit, [v]
        widest = min(box_w / v.width, max_scale)
        if widest <= need:  # the page is too narrow even at the smallest readable size
            return widest, split(v, box_h / widest, whole_lanes)
        # a fixed figure that needs several pages: search the scale between the smallest
        # readable size and the page width, as for a re-laid-out one (fewer, fuller pages)
        max_scale = widest

    # the trials only measure: a figure with a sketch (same sizes and breaks, made faster)
    # is tried with it and laid out in full once, at the chosen scale
    sketch = None if fixed else v.sketch_at_width if callable(v.sketch_at_width) else v.at_width

    def trial(scale: float):
        u = v if sketch is None else sketch(box_w / scale)
        bands = _bands(u, box_h / scale, whole_lanes)
        return u, bands

    cache: dict[float, tuple] = {}

    def at(scale: float):
        if scale not in cache:
            cache[scale] = trial(scale)
        return cache[scale]

    scales = [need]
    while scales[-1] * 1.07 <= max_scale:
        scales.append(scales[-1] * 1.07)
    if max_scale > scales[-1]:
        scales.append(max_scale)
    fewest = len(at(scales[0])[1])
    chosen = scales[0]
    for s in scales[1:]:
        if len(at(s)[1]) > fewest:
            break
        chosen = s
    u, bands = at(chosen)
    if sketch is not None and sketch is not v.at_width and callable(v.at_width):
        u = v.at_width(box_w / chosen)
    if len(bands) == 1:
        return chosen, [u]
    return chosen, [piece(u, a, b) for a, b in bands]
