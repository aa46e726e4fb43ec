"""Showing field values as text and reading them back from what a user typed (Qt-free).

Numbers accept a decimal comma (Dutch habit) as well as a point; dates are YYYY-MM-DD.
Errors are ValueError with a message naming what was expected, in the user's language.
"""

from __future__ import annotations

import re

from db.model import Field, Kind
from desktop.domain.reasons import REASONS
from desktop.domain.words import nl_en

#: What the user typed, after the reason (desktop.domain.reasons words the reason itself).
GOT = {"nl": ", niet “{text}”", "en": ", got “{text}”"}


def show_text(f: Field, value: object, lang: str) -> str:
    """The value as a user reads it."""
    if value is None:
        return ""
    if f.kind is Kind.CHOICE:
        return f.choice_label(str(value), lang)
    if f.kind is Kind.BOOL:
        yes, no = nl_en(lang, ("ja", "nee"), ("yes", "no"))
        return yes if value else no
    if f.kind is Kind.FLOAT:
        text = f"{value:.15g}"  # exact enough to read back unchanged, no grouping
        return nl_en(lang, text.replace(".", ","), text)
    return str(value)


_CONTROL = {c: None for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)}
_ONE_LINE = {**_CONTROL, 0x09: " ", 0x0A: " ", 0x0D: None, 0x2028: " ", 0x2029: " "}


def clean_text(text: str, *, multiline: bool) -> str:
    """Pasted text without control characters (NUL, escape codes ...); one-line text also
    without line breaks and tabs. Other Unicode (accents, emoji, right-to-left) is kept."""
    if multiline:
        return text.replace("\r\n", "\n").translate({**_CONTROL, 0x0D: "\n"})
    return text.translate(_ONE_LINE)


def parse_text(f: Field, text: str, lang: str = "en") -> object:
    """What the user typed, as a value for field `f` (empty text means no value)."""
    if f.kind in (Kind.TEXT, Kind.MARKDOWN) and text:
        text = clean_text(text, multiline=f.kind is Kind.MARKDOWN)
    text = (text or "").strip() if f.kind not in (Kind.TEXT, Kind.MARKDOWN) else (text or "")
    if text == "" and f.kind not in (Kind.TEXT, Kind.MARKDOWN):
        return None
    if f.kind is Kind.INT:
        try:
            return int(text.replace(".", "").replace(" ", ""))
        except ValueError:
            raise ValueError(_refused(f, "not_int", text, lang)) from None
    if f.kind is Kind.FLOAT:
        cleaned = text.replace(" ", "").replace("€", "")
        if "," in cleaned:  # Dutch: 1.234,5 -> 1234.5
            cleaned = cleaned.replace(".", "").replace(",", ".")
        try:
            return float(cleaned)
        except ValueError:
            raise ValueError(_refused(f, "not_number", text, lang)) from None
    if f.kind is Kind.BOOL:
        return text.lower() in ("1", "true", "yes", "ja", "waar")
    if f.kind is Kind.DATE:
        return _date(text)
    return text


def _refused(f: Field, code: str, text: str, lang: str) -> str:
    return f"{f.label(lang)}: {REASONS[lang][code]}{GOT[lang].format(text=text)}"


_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO_LOOSE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")


def _date(text: str) -> str:
    """A date as the store keeps it (YYYY-MM-DD). Dutch habits are accepted too:
    31-12-2027, 31/12/2027, 31.12.2027 (day first) and 2027-1-5; anything else is passed
    on unchanged, so the store's check names the field and what it expects."""
    import datetime as dt

    m = _DAY_FIRST.match(text)
    parts: tuple[str, ...] | None = (m.group(3), m.group(2), m.group(1)) if m else None
    if parts is None:
        m = _ISO_LOOSE.match(text)
        parts = m.groups() if m else None
    if parts is None:
        return text
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
    except ValueError:
        return text
