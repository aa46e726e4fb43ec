"""Helpers to check that every text field of a roadmap shows up in an exported text."""

from __future__ import annotations

import re

from desktop.export.report.markdown import to_plain

_HYPHEN_BREAK = re.compile(r"(?<=\w)- (?=\w)")


def norm(text: str) -> str:
    """Whitespace made single spaces; a line break after a compound's hyphen ("ECOOM-" at a
    line end, as the writers may break) read as no break, in the text and what is sought alike."""
    return _HYPHEN_BREAK.sub("-", " ".join(text.split()))


def missing_fields(values: list[tuple[str, str, str]], haystack: str) -> list[str]:
    """The places (e.g. 'risk[0].mitigation') whose text is not found in `haystack`."""
    hay = norm(haystack)
    missing = []
    for where, kind, value in values:
        parts = to_plain(value) if kind == "markdown" else [value]
        if not all(norm(p) in hay for p in parts if p.strip()):
            missing.append(where)
    return missing
