"""Why the store refused an edit, in the user's language (Qt-free).

The store raises `ValidationError` with an English reason plus a `code` and `params`
(db/values.py, db/store.py). Here those become Dutch or English text, and the field named
by `where` ("action[a1].budget_eur") becomes its label ("Budget (EUR)").
"""

from __future__ import annotations

import re

from db import catalogue
from db.errors import ValidationError

REASONS = {
    "nl": {
        "not_text": "verwacht tekst",
        "bad_char": "bevat een ongeldig teken ({char})",
        "too_long": "de tekst is te lang ({length} tekens, hoogstens {limit})",
        "not_bool": "verwacht ja of nee",
        "not_int": "verwacht een geheel getal",
        "not_number": "verwacht een getal",
        "not_finite": "verwacht een eindig getal",
        "not_date": "verwacht een datum als JJJJ-MM-DD of DD-MM-JJJJ",
        "bad_date": "geen bestaande datum",
        "not_choice": "geen van de toegelaten keuzes",
        "not_ref": "kies een item uit de lijst",
        "missing_ref": "het gekozen item bestaat niet meer",
        "not_colour": "verwacht een kleur als #rrggbb",
        "too_small": "moet minstens {minimum:g} zijn",
        "too_large": "mag hoogstens {maximum:g} zijn",
        "required": "er is een waarde nodig",
        "cycle": "zo zou een actie van zichzelf afhangen: {names}",
        "broken_link": "deze wijziging breekt een koppeling tussen rijen",
    },
    "en": {
        "not_text": "expected text",
        "bad_char": "contains an invalid character ({char})",
        "too_long": "the text is too long ({length} characters, at most {limit})",
        "not_bool": "expected yes or no",
        "not_int": "expected a whole number",
        "not_number": "expected a number",
        "not_finite": "expected a finite number",
        "not_date": "expected a date as YYYY-MM-DD or DD-MM-YYYY",
        "bad_date": "not a calendar date",
        "not_choice": "not one of the allowed choices",
        "not_ref": "choose an item from the list",
        "missing_ref": "the chosen item no longer exists",
        "not_colour": "expected a colour as #rrggbb",
        "too_small": "must be at least {minimum:g}",
        "too_large": "must be at most {maximum:g}",
        "required": "a value is required",
        "cycle": "this would make an action depend on itself: {names}",
        "broken_link": "the edit breaks a link between rows",
    },
}

_WHERE = re.compile(r"^(?P<entity>[a-z_]+)(?:\[[^\]]*\])?(?:\.(?P<field>[a-z_]+))?$")


def reason_text(exc: ValidationError, lang: str) -> str:
    """The reason of a refused edit in `lang` (the store's English reason when unknown)."""
    template = REASONS.get(lang, REASONS["en"]).get(getattr(exc, "code", ""))
    if template is None:
        return exc.reason
    try:
        return template.format(**getattr(exc, "params", {}))
    except (KeyError, ValueError):
        return exc.reason


def field_label(where: str, lang: str) -> str | None:
    """The label of the field `where` names ("kpi[k1].target_value" -> "Streefwaarde")."""
    m = _WHERE.match(where or "")
    if not m or m["entity"] not in catalogue.BY_NAME:
        return None
    e = catalogue.entity(m["entity"])
    if m["field"] and m["field"] in e.by_name:
        return e.by_name[m["field"]].label(lang)
    return e.label(lang)


def refusal_text(exc: Exception, lang: str) -> str:
    """A whole message for a refused edit: "Label: reason", in `lang`."""
    if isinstance(exc, ValidationError):
        label = field_label(exc.where, lang)
        reason = reason_text(exc, lang)
        return f"{label}: {reason}" if label else reason
    return str(exc)
