"""The trial layouts that choose a print scale for Part B leave the arrows out (they change
no size); the figure is laid out in full once, at the chosen scale."""

from __future__ import annotations

from desktop.domain.visuals.part_b import part_b_visual
from desktop.domain.visuals.visual import Line
from desktop.domain.visuals.visual_pages import paginate
from tests.generate import generate_document


def _arrows(v) -> int:
    return sum(1 for t in v.items if isinstance(t, Line) and t.ref and t.ref[0] == "dependency")


def test_sketch_has_the_sizes_and_breaks_of_the_full_layout_without_arrows():
    doc = generate_document(150)
    v = part_b_visual(doc, "vc0", "en", {"today": "2027-01-01"})
    for width in (700.0, 1000.0):
        full, sketch = v.at_width(width), v.sketch_at_width(width)
        assert (sketch.width, sketch.height, sketch.head, sketch.foot) == (full.width, full.height,
                                                                          full.head, full.foot)
        assert sketch.breaks == full.breaks and sketch.lane_breaks == full.lane_breaks
        assert _arrows(full) > 0 and _arrows(sketch) == 0


def test_paginate_tries_sketches_and_lays_out_the_chosen_scale_in_full():
    doc = generate_document(300)
    v = part_b_visual(doc, "vc0", "en", {"today": "2027-01-01"})
    calls = {"full": 0, "sketch": 0}
    full, sketch = v.at_width, v.sketch_at_width

    def count(kind, fn):
        def wrapped(w):
            calls[kind] += 1
            return fn(w)
        return wrapped

    v.at_width, v.sketch_at_width = count("full", full), count("sketch", sketch)
    scale, pieces = paginate(v, 760.0, 480.0, 7.05)
    assert calls["full"] == 1 and calls["sketch"] >= 1
    # the same pages as trying full layouts, and the arrows are on them
    v.sketch_at_width = None
    v.at_width = full
    scale2, pieces2 = paginate(v, 760.0, 480.0, 7.05)
    assert scale == scale2 and len(pieces) == len(pieces2) > 1
    assert [p.items for p in pieces] == [p.items for p in pieces2]
    assert sum(_arrows(p) for p in pieces) > 0
