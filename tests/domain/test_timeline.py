"""Time geometry: dates to x and back, snapping, span moves and resizes, ticks, terms."""

import datetime as dt

import pytest

from desktop.domain.visuals.timeline import (
    TimeScale,
    header_levels,
    horizon,
    move_span,
    resize_end,
    resize_start,
    shift_span,
    snap,
    term_bands,
    ticks,
    unit_floor,
)

D = dt.date


def test_scale_round_trip():
    s = TimeScale(D(2026, 1, 1), D(2026, 12, 31), 2.0, origin=10.0)
    assert s.to_x(D(2026, 1, 1)) == 10.0
    assert s.x_after(D(2026, 1, 1)) == 12.0
    assert s.width == 365 * 2.0
    for d in (D(2026, 1, 1), D(2026, 6, 15), D(2026, 12, 31)):
        assert s.to_date(s.to_x(d) + 0.5) == d
        assert s.nearest_date(s.to_x(d) + 0.9) == d


@pytest.mark.parametrize("unit, day, expected", [
    ("month", D(2026, 3, 10), D(2026, 3, 1)),
    ("month", D(2026, 3, 20), D(2026, 4, 1)),
    ("quarter", D(2026, 2, 1), D(2026, 1, 1)),
    ("quarter", D(2026, 2, 20), D(2026, 4, 1)),
    ("year", D(2026, 8, 1), D(2027, 1, 1)),
    ("week", D(2026, 1, 8), D(2026, 1, 5)),
])
def test_snap(unit, day, expected):
    assert snap(day, unit) == expected


def test_unit_floor_quarter():
    assert unit_floor(D(2026, 11, 23), "quarter") == D(2026, 10, 1)


def test_move_keeps_month_ends():
    start, end = D(2026, 1, 1), D(2026, 6, 30)
    assert shift_span(start, end, 1, "month") == (D(2026, 2, 1), D(2026, 7, 31))
    # dragged about 40 days: snaps to the next month, keeps six whole months
    assert move_span(start, end, 40, "month") == (D(2026, 2, 1), D(2026, 7, 31))
    assert move_span(start, end, 80, "quarter") == (D(2026, 4, 1), D(2026, 9, 30))
    assert move_span(start, end, -10, "month") == (start, end)  # nearest boundary: no move
    assert move_span(start, end, -20, "month") == (D(2025, 12, 1), D(2026, 5, 31))


def test_move_unaligned_span_keeps_days():
    s, e = move_span(D(2026, 1, 10), D(2026, 1, 20), 0, "month")
    assert s == D(2026, 1, 1) and (e - s).days == 10


def test_resize_never_below_one_unit():
    s, e = resize_end(D(2026, 1, 1), D(2026, 6, 30), -400, "month")
    assert (s, e) == (D(2026, 1, 1), D(2026, 1, 31))
    s, e = resize_start(D(2026, 1, 1), D(2026, 6, 30), 400, "month")
    assert (s, e) == (D(2026, 6, 1), D(2026, 6, 30))
    assert resize_end(D(2026, 1, 1), D(2026, 6, 30), 31, "month") == (D(2026, 1, 1), D(2026, 7, 31))


def test_ticks_and_levels():
    s = TimeScale(D(2026, 1, 1), D(2027, 12, 31), 1.0)
    years = ticks(s, "year", "nl")
    assert [t.label for t in years] == ["2026", "2027"]
    assert years[1].x0 == s.to_x(D(2027, 1, 1))
    quarters = ticks(s, "quarter", "nl")
    assert len(quarters) == 8 and quarters[0].label == "K1"
    assert ticks(s, "quarter", "en")[0].label == "Q1"
    assert header_levels(0.1) == ("year",)
    assert header_levels(0.3) == ("year", "quarter")
    assert header_levels(2.0) == ("year", "month")


def test_horizon_widens_to_dates_and_terms_cover_it():
    lo, hi = horizon({"horizon_start": "2026-03-01", "horizon_end": "2030-06-30"}, [D(2031, 2, 1)])
    assert (lo, hi) == (D(2026, 1, 1), D(2031, 12, 31))
    bands = term_bands(lo, hi)
    assert [b.term for b in bands] == ["short", "medium", "long"]
    assert bands[0].start == lo and bands[-1].end == hi
    for a, b in zip(bands, bands[1:]):
        assert b.start == a.end + dt.timedelta(days=1)
