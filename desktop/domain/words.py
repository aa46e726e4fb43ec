"""Choosing Dutch or English words in the Qt-free core, in one place.

The core keeps its words in small tables per module (`{"nl": {...}, "en": {...}}`) or as a
Dutch/English pair next to the code that shows them (the interface's own text goes through
Qt's translations instead). These helpers pick by a roadmap's or report's language; any
language other than Dutch gets English, as the app has the two.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

T = TypeVar("T")


def language(lang: str | None) -> str:
    """"nl" for Dutch, "en" for any other language."""
    return "nl" if lang == "nl" else "en"


def in_language(table: Mapping[str, T], lang: str | None) -> T:
    """The entry of `table` (keyed "nl" and "en") for `lang`."""
    return table[language(lang)]


def nl_en(lang: str | None, nl: T, en: T) -> T:
    """`nl` when `lang` is Dutch, else `en`."""
    return nl if lang == "nl" else en
