"""Lane packing and band hit tests."""

import random

from desktop.domain.visuals.lanes import Band, BandIndex, Footprint, pack_rows, row_of, stack


def test_pack_rows_never_overlaps():
    rnd = random.Random(3)
    items = []
    for i in range(300):
        x = rnd.uniform(0, 1000)
        items.append(Footprint(i, x, x + rnd.uniform(5, 200)))
    rows, n = pack_rows(items, gap=4.0)
    assert len(rows) == 300
    by_row: dict[int, list[Footprint]] = {}
    for f in items:
        by_row.setdefault(rows[f.key], []).append(f)
    assert len(by_row) == n
    for fs in by_row.values():
        fs.sort(key=lambda f: f.x0)
        for a, b in zip(fs, fs[1:]):
            assert a.x1 + 4.0 <= b.x0


def test_pack_rows_fills_top_first():
    rows, n = pack_rows([Footprint("a", 0, 10), Footprint("b", 20, 30), Footprint("c", 5, 25)])
    assert rows == {"a": 0, "c": 1, "b": 0} and n == 2


def test_band_index():
    bands = stack([("a", 10.0), ("b", 20.0), ("c", 5.0)], top=0.0, gap=2.0)
    assert [(b.y, b.y1) for b in bands] == [(0, 10), (12, 32), (34, 39)]
    idx = BandIndex(bands)
    assert idx.at(5).key == "a"
    assert idx.at(11) is None
    assert idx.nearest(11).key in ("a", "b")
    assert idx.at(33.9) is None and idx.at(34).key == "c"
    assert idx.nearest(500).key == "c"
    assert BandIndex([]).nearest(3) is None
    assert isinstance(bands[0], Band)


def test_row_of_clamps():
    assert row_of(0, 0, 5, 25, 3) == 0
    assert row_of(31, 0, 5, 25, 3) == 1
    assert row_of(999, 0, 5, 25, 3) == 2


def _first_fit_by_scan(items, gap):
    """pack_rows as first written: every row scanned from the top for each item."""
    row_end, rows = [], {}
    for f in sorted(items, key=lambda f: (f.x0, f.x1, str(f.key))):
        for i, end in enumerate(row_end):
            if end <= f.x0 - gap:
                row_end[i] = f.x1
                rows[f.key] = i
                break
        else:
            rows[f.key] = len(row_end)
            row_end.append(f.x1)
    return rows, len(row_end)


def test_pack_rows_equals_a_scan_of_every_row():
    import random

    rnd = random.Random(4)
    for trial in range(300):
        n = rnd.randrange(0, 80)
        grid = rnd.choice((1.0, 0.5, 7.0))  # coarse grids give equal starts and ends
        items = []
        for k in range(n):
            x0 = rnd.randrange(0, 60) * grid
            items.append(Footprint(f"k{k}", x0, x0 + rnd.randrange(0, 25) * grid))
        gap = rnd.choice((0.0, 2.0, 3.5))
        assert pack_rows(items, gap) == _first_fit_by_scan(items, gap), trial
