"""Refused edits are explained in the interface language, with the field's label."""

from __future__ import annotations

import pytest

from db.errors import DependencyCycleError, ValidationError
from db.ops import Create, Update
from desktop.reasons import REASONS, field_label, reason_text, refusal_text

BAD_EDITS = [
    ("action", {"title": "x" * 501}, "too_long"),
    ("action", {"title": "a\ud800b"}, "bad_char"),
    ("action", {"trl_start": "zes"}, "not_int"),
    ("action", {"budget_eur": "veel"}, "not_number"),
    ("action", {"budget_eur": float("inf")}, "not_finite"),
    ("action", {"start_date": "morgen"}, "not_date"),
    ("action", {"start_date": "2027-02-30"}, "bad_date"),
    ("action", {"status": "bijna"}, "not_choice"),
    ("action", {"trl_start": 12}, "too_large"),
    ("action", {"trl_start": 0}, "too_small"),
    ("action", {"owner_id": "p-unknown"}, "missing_ref"),
    ("value_chain", {"colour": "blauw"}, "not_colour"),
    ("action", {"title": None}, "required"),
]


@pytest.mark.parametrize("entity, values, code", BAD_EDITS)
def test_every_refusal_has_a_dutch_and_english_reason(store, entity, values, code):
    store.apply([Create("action", {"title": "Pilot"}, id="a1"),
                 Create("value_chain", {"name": "Zorg"}, id="vc1")])
    row_id = "a1" if entity == "action" else "vc1"
    with pytest.raises(ValidationError) as info:
        store.apply([Update(entity, row_id, values)])
    exc = info.value
    assert exc.code == code
    nl, en = reason_text(exc, "nl"), reason_text(exc, "en")
    assert nl and en and nl != en
    label_nl = field_label(exc.where, "nl")
    assert refusal_text(exc, "nl") == f"{label_nl}: {nl}"
    assert "[" not in refusal_text(exc, "nl")  # no ids shown to the user


def test_cycle_and_unknown_codes(store):
    store.apply([Create("action", {"title": "A"}, id="a"), Create("action", {"title": "B"}, id="b"),
                 Create("dependency", {"from_action_id": "a", "to_action_id": "b"})])
    with pytest.raises(DependencyCycleError) as info:
        store.apply([Create("dependency", {"from_action_id": "b", "to_action_id": "a"})])
    assert reason_text(info.value, "nl").startswith("zo zou een actie van zichzelf afhangen: ")
    plain = ValidationError("action[a].title", "something new")
    assert reason_text(plain, "nl") == "something new"  # no code: the store's own words
    assert set(REASONS["nl"]) == set(REASONS["en"])
