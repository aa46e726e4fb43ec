"""Time geometry of the roadmap timeline (Qt-free).

`TimeScale` maps calendar dates to x positions (points or scene units) and back.
Dates of actions are inclusive: an action from 2026-03-01 to 2027-06-30 covers the days
up to and including 30 June, so its bar ends at `x_after(end)` = the x of 1 July.
Snapping rounds to the nearest boundary of a unit (day, week, month, quarter, year);
the span helpers move or resize an action the way a drag on the canvas does.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import lru_cache

DAY = dt.timedelta(days=1)
SNAP_UNITS = ("day", "week", "month", "quarter", "year")
_MONTH_STEP = {"month": 1, "quarter": 3, "year": 12}

MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
QUARTER_PREFIX = {"nl": "K", "en": "Q"}
TERMS = ("short", "medium", "long")


def parse_date(value: object) -> dt.date | None:
    """An ISO date string (or date) as a date; None for empty or malformed values."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value:
        return None
    return _iso_date(value)


@lru_cache(maxsize=16384)  # a big roadmap's bars share their dates' strings many times over
def _iso_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def add_months(d: dt.date, n: int) -> dt.date:
    """`d` moved by `n` calendar months; the day is clamped to the month's length."""
    index = d.year * 12 + d.month - 1 + n
    year, month = divmod(index, 12)
    month += 1
    days = _days_in_month(year, month)
    return dt.date(year, month, min(d.day, days))


def _days_in_month(year: int, month: int) -> int:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.date(year, month, 1)).days


def unit_floor(d: dt.date, unit: str) -> dt.date:
    """The first day of the unit that contains `d`."""
    if unit == "day":
        return d
    if unit == "week":
        return d - dt.timedelta(days=d.weekday())
    if unit == "month":
        return d.replace(day=1)
    if unit == "quarter":
        return dt.date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    if unit == "year":
        return dt.date(d.year, 1, 1)
    raise ValueError(f"unknown snap unit {unit!r}")


def unit_add(d: dt.date, unit: str, n: int = 1) -> dt.date:
    """`d` moved by `n` units (calendar months for month, quarter and year)."""
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(days=7 * n)
    if unit in _MONTH_STEP:
        return add_months(d, _MONTH_STEP[unit] * n)
    raise ValueError(f"unknown snap unit {unit!r}")


def snap(d: dt.date, unit: str) -> dt.date:
    """The boundary of `unit` nearest to `d` (ties go to the later boundary)."""
    lo = unit_floor(d, unit)
    hi = unit_add(lo, unit)
    return lo if (d - lo) < (hi - d) else hi


def _units_between(a: dt.date, b: dt.date, unit: str) -> int:
    """How many units the unit boundary `b` lies after the unit boundary `a`."""
    if unit == "day":
        return (b - a).days
    if unit == "week":
        return (b - a).days // 7
    months = (b.year - a.year) * 12 + b.month - a.month
    return months // _MONTH_STEP[unit]


def shift_span(start: dt.date, end: dt.date, n: int, unit: str) -> tuple[dt.date, dt.date]:
    """Move an inclusive span by `n` whole units, keeping its length in those units.

    Month-like units keep month ends as month ends (30 June + 1 month = 31 July).
    """
    if unit in ("day", "week"):
        step = dt.timedelta(days=n * (7 if unit == "week" else 1))
        return start + step, end + step
    return unit_add(start, unit, n), unit_add(end + DAY, unit, n) - DAY


def move_span(start: dt.date, end: dt.date, delta_days: float, unit: str) -> tuple[dt.date, dt.date]:
    """The span after dragging it by `delta_days`: its start snaps to the nearest `unit`
    boundary and the span keeps its length (in units when it was aligned to them)."""
    target = snap(start + dt.timedelta(days=round(delta_days)), unit)
    base = unit_floor(start, unit)
    if base == start:
        return shift_span(start, end, _units_between(base, target, unit), unit)
    # not aligned yet: align the start, keep the length in days
    return target, target + (end - start)


def resize_start(start: dt.date, end: dt.date, delta_days: float, unit: str) -> tuple[dt.date, dt.date]:
    """The span after dragging its left edge by `delta_days` (snapped, at least one unit long)."""
    new = snap(start + dt.timedelta(days=round(delta_days)), unit)
    return min(new, unit_floor(end, unit)), end


def resize_end(start: dt.date, end: dt.date, delta_days: float, unit: str) -> tuple[dt.date, dt.date]:
    """The span after dragging its right edge by `delta_days` (snapped, at least one unit long)."""
    after = snap(end + DAY + dt.timedelta(days=round(delta_days)), unit)
    after = max(after, unit_add(unit_floor(start, unit), unit))
    return start, after - DAY


@dataclass(frozen=True)
class TimeScale:
    """Dates to x: `start` lies at x = `origin`, each day is `px_per_day` wide."""

    start: dt.date
    end: dt.date  # inclusive
    px_per_day: float
    origin: float = 0.0

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def width(self) -> float:
        return self.days * self.px_per_day

    def to_x(self, d: dt.date) -> float:
        """x of the start of day `d`."""
        return self.origin + (d - self.start).days * self.px_per_day

    def x_after(self, d: dt.date) -> float:
        """x of the end of day `d` (the right edge of an action ending on `d`)."""
        return self.to_x(d) + self.px_per_day

    def days_at(self, x: float) -> float:
        return (x - self.origin) / self.px_per_day

    def to_date(self, x: float) -> dt.date:
        """The day under x."""
        return self.start + dt.timedelta(days=math.floor(self.days_at(x)))

    def nearest_date(self, x: float) -> dt.date:
        """The day whose start is nearest to x."""
        return self.start + dt.timedelta(days=round(self.days_at(x)))

    def with_zoom(self, factor: float) -> TimeScale:
        return TimeScale(self.start, self.end, self.px_per_day * factor, self.origin * factor)


@dataclass(frozen=True)
class Tick:
    """One cell of the time header: a year, quarter or month from `start` to `end` (exclusive)."""

    level: str
    start: dt.date
    end: dt.date
    x0: float
    x1: float
    label: str


def header_levels(px_per_day: float) -> tuple[str, ...]:
    """Which header rows to show at a zoom: years always, then quarters or months."""
    if px_per_day * 30.4 >= 26:
        return ("year", "month")
    if px_per_day * 91.3 >= 20:
        return ("year", "quarter")
    return ("year",)


def ticks(scale: TimeScale, level: str, lang: str, *, x_from: float | None = None,
          x_to: float | None = None, zoom: float = 1.0) -> list[Tick]:
    """Cells of one header row between x_from and x_to, in units of `scale` times `zoom`.

    Labels shorten when cells get narrow (2026 → '26; jan → j).
    """
    ppd = scale.px_per_day * zoom
    lo = scale.start if x_from is None else scale.to_date(x_from / zoom)
    hi = scale.end if x_to is None else scale.to_date(x_to / zoom)
    lo = max(lo, scale.start)
    hi = min(hi, scale.end)
    unit = level
    out: list[Tick] = []
    d = unit_floor(lo, unit)
    while d <= hi:
        nxt = unit_add(d, unit)
        x0 = scale.to_x(max(d, scale.start)) * zoom
        x1 = scale.to_x(min(nxt, scale.end + DAY)) * zoom
        out.append(Tick(level, d, nxt, x0, x1, _label(d, level, lang, (nxt - d).days * ppd)))
        d = nxt
    return out


def _label(d: dt.date, level: str, lang: str, width: float) -> str:
    lang = lang if lang in MONTHS else "en"
    if level == "year":
        return str(d.year) if width >= 30 else f"’{d.year % 100:02d}" if width >= 16 else ""
    if level == "quarter":
        q = f"{QUARTER_PREFIX[lang]}{(d.month - 1) // 3 + 1}"
        return q if width >= 14 else ""
    name = MONTHS[lang][d.month - 1]
    return name if width >= 24 else name[0] if width >= 8 else ""


def horizon(roadmap: dict, dates: list[dt.date], today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The time range to show: the roadmap's horizon widened to every action date, in whole years."""
    lo = parse_date(roadmap.get("horizon_start"))
    hi = parse_date(roadmap.get("horizon_end"))
    known = [d for d in dates if d is not None]
    if known:
        lo = min([lo, *known]) if lo else min(known)
        hi = max([hi, *known]) if hi else max(known)
    if lo is None or hi is None:
        base = (today or dt.date.today()).year
        lo, hi = dt.date(base, 1, 1), dt.date(base + 4, 12, 31)
    if hi < lo:
        lo, hi = hi, lo
    return dt.date(lo.year, 1, 1), dt.date(hi.year, 12, 31)


@dataclass(frozen=True)
class TermBand:
    """A short-, medium- or long-term period of the horizon (end inclusive)."""

    term: str
    start: dt.date
    end: dt.date


def term_bands(start: dt.date, end: dt.date) -> list[TermBand]:
    """Split a horizon of whole years into short (~30 %), medium (~30 %) and long term."""
    years = end.year - start.year + 1
    if years <= 1:
        sizes = [years]
    elif years == 2:
        sizes = [1, 1]
    else:
        short = max(1, round(years * 0.3))
        medium = max(1, round(years * 0.3))
        sizes = [short, medium, years - short - medium]
    bands = []
    y = start.year
    for term, n in zip(TERMS, sizes):
        if n <= 0:
            continue
        bands.append(TermBand(term, dt.date(y, 1, 1), dt.date(y + n - 1, 12, 31)))
        y += n
    return bands
