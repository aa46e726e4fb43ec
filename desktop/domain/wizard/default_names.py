"""Names given to rows the user adds without typing one (a drawn action, a new table row).

They are content of the roadmap, so they follow the roadmap's language (the report
language), not the language of the interface: a Dutch roadmap edited in an English
interface still gets "Nieuwe actie". Qt-free.
"""

from __future__ import annotations

NAMES: dict[str, dict[str, str]] = {
    "action": {"nl": "Nieuwe actie", "en": "New action"},
    "milestone": {"nl": "Nieuwe mijlpaal", "en": "New milestone"},
    "*": {"nl": "Nieuw", "en": "New"},
}


def content_language(roadmap: dict | None, fallback: str = "nl") -> str:
    """The language the roadmap is written in ("nl" or "en")."""
    lang = (roadmap or {}).get("language")
    if lang in ("nl", "en"):
        return lang
    return fallback if fallback in ("nl", "en") else "nl"


def new_name(kind: str, roadmap: dict | None, fallback: str = "nl") -> str:
    """The default name of a new `kind` ("action", "milestone", or any entity) in the
    roadmap's language."""
    names = NAMES.get(kind, NAMES["*"])
    return names[content_language(roadmap, fallback)]
