"""Checking and normalising field values against the model (Qt-free, no SQL)."""

from __future__ import annotations

import datetime as dt
import math
import re

from db.errors import ValidationError
from db.model import MARKDOWN_MAX, TEXT_MAX, Entity, Field, Kind

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _check_text(value: object, where: str, limit: int | None) -> str:
    if not isinstance(value, str):
        raise ValidationError(where, f"expected text, got {type(value).__name__}", "not_text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = value[exc.start]
        raise ValidationError(
            where, f"contains an invalid character (unpaired surrogate U+{ord(bad):04X})",
            "bad_char", char=f"U+{ord(bad):04X}") from None
    if limit is not None and len(value) > limit:
        raise ValidationError(
            where, f"text is too long ({len(value):,} characters, at most {limit:,})",
            "too_long", length=len(value), limit=limit)
    return value


def check_value(f: Field, value: object, where: str) -> object:
    """Return `value` normalised for field `f`, or raise ValidationError naming `where`."""
    if value is None:
        return None
    k = f.kind
    if k is Kind.TEXT:
        return _check_text(value, where, TEXT_MAX)
    if k is Kind.MARKDOWN:
        return _check_text(value, where, MARKDOWN_MAX)
    if k is Kind.DOCUMENT:
        return _check_text(value, where, None)
    if k is Kind.BOOL:
        if isinstance(value, bool):
            return value
        raise ValidationError(where, f"expected true or false, got {value!r}", "not_bool",
                              value=value)
    if k is Kind.INT:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(where, f"expected a whole number, got {value!r}", "not_int",
                                  value=value)
        _check_range(f, value, where)
        return value
    if k is Kind.FLOAT:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValidationError(where, f"expected a number, got {value!r}", "not_number",
                                  value=value)
        if not math.isfinite(value):
            raise ValidationError(where, f"expected a finite number, got {value!r}", "not_finite",
                                  value=value)
        _check_range(f, value, where)
        return float(value)
    if k is Kind.DATE:
        if not isinstance(value, str) or not _DATE.match(value):
            raise ValidationError(where, f"expected a date as YYYY-MM-DD, got {value!r}",
                                  "not_date", value=value)
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise ValidationError(where, f"not a valid calendar date: {value!r}", "bad_date",
                                  value=value) from None
        return value
    if k is Kind.CHOICE:
        if not f.is_choice(value):
            allowed = ", ".join(f.choice_codes())
            raise ValidationError(where, f"{value!r} is not one of: {allowed}", "not_choice",
                                  value=value, allowed=allowed)
        return value
    if k is Kind.REF:
        if not isinstance(value, str) or not value:
            raise ValidationError(where, f"expected the id of a {f.ref}, got {value!r}", "not_ref",
                                  target=f.ref, value=value)
        return value
    if k is Kind.COLOUR:
        if not isinstance(value, str) or not _COLOUR.match(value):
            raise ValidationError(where, f"expected a colour as #rrggbb, got {value!r}",
                                  "not_colour", value=value)
        return value
    raise AssertionError(f"unhandled kind {k}")


def _check_range(f: Field, value: float, where: str) -> None:
    if f.minimum is not None and value < f.minimum:
        raise ValidationError(where, f"must be at least {f.minimum:g}, got {value!r}", "too_small",
                              minimum=f.minimum, value=value)
    if f.maximum is not None and value > f.maximum:
        raise ValidationError(where, f"must be at most {f.maximum:g}, got {value!r}", "too_large",
                              maximum=f.maximum, value=value)


def check_values(e: Entity, values: dict, *, where: str, partial: bool) -> dict:
    """Validate a dict of field values for entity `e`.

    With partial=False (a new row), missing fields get their default and required fields
    must have a value. With partial=True (an update) only the given fields are checked.
    """
    by_name = e.by_name
    if any(k not in by_name for k in values):
        unknown = sorted(str(k) for k in values if k not in by_name)
        raise ValidationError(f"{where}.{unknown[0]}", f"unknown field of {e.name}")
    out = {}
    for f in e.fields:
        if f.name in values:
            v = check_value(f, values[f.name], f"{where}.{f.name}")
        elif partial:
            continue
        else:
            v = f.default
        if f.required and (v is None or (isinstance(v, str) and not v.strip())):
            raise ValidationError(f"{where}.{f.name}", "a value is required", "required")
        out[f.name] = v
    return out


_CHECKED = object()  # only `check_row` makes CheckedValues


class CheckedValues(dict):
    """The values of a whole new row of one entity, as `check_values` returned them.

    Made only by `check_row` and read-only afterwards, so a write batch can take them as they
    are instead of checking the same row a second time (JSON import checks every row while
    reading the document). Compares equal to the plain dict of the same values.
    """

    __slots__ = ("entity",)

    def __init__(self, entity: str, values: dict, token: object) -> None:
        if token is not _CHECKED:
            raise TypeError("CheckedValues are made by check_row only")
        super().__init__(values)
        self.entity = entity

    def _read_only(self, *args: object, **kwargs: object) -> None:
        raise TypeError("checked values cannot be changed; copy them with dict()")

    __setitem__ = __delitem__ = __ior__ = _read_only  # type: ignore[assignment]
    update = pop = popitem = clear = setdefault = _read_only  # type: ignore[assignment]

    def __reduce__(self) -> tuple:  # copies and pickles are plain dicts (unchecked)
        return (dict, (dict(self),))


def check_row(e: Entity, values: dict, *, where: str) -> CheckedValues:
    """`check_values` for a whole new row, marked as checked (see CheckedValues)."""
    return CheckedValues(e.name, check_values(e, values, where=where, partial=False), _CHECKED)


def checked_row(e: Entity, values: object) -> dict | None:
    """A plain copy of `values` when they are `check_row`'s output for entity `e`, else None
    (the caller checks them)."""
    if type(values) is CheckedValues and values.entity == e.name:
        return dict(values)
    return None
