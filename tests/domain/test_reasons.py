"""Refused edits are explained in the interface language, with the field's label."""

from __future__ import annotations

import pytest

from db.errors import DependencyCycleError, ValidationError
from db.ops import Create, Update
from desktop.domain.reasons import REASONS, field_label, reason_text, refusal_text

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


def test_file_problems_are_told_in_dutch(tmp_path):
    from db.errors import NotARoadmapError, SchemaTooNewError
    from db.store import RoadmapStore

    text_file = tmp_path / "notities.roadmap"
    text_file.write_text("geen database")
    with pytest.raises(NotARoadmapError) as info:
        RoadmapStore.open(text_file)
    assert refusal_text(info.value, "nl") == "notities.roadmap is geen Routekaart-roadmap."
    assert refusal_text(info.value, "en") == str(info.value)
    with pytest.raises(Exception) as missing:
        RoadmapStore.open(tmp_path / "weg.roadmap")
    assert refusal_text(missing.value, "nl").startswith("Het bestand ") and "bestaat niet" in \
        refusal_text(missing.value, "nl")
    too_new = SchemaTooNewError("x", "too_new", name="a.roadmap", version=9, supported=3)
    assert "nieuwere Routekaart (bestandsformaat 9" in refusal_text(too_new, "nl")


def test_file_in_use_names_the_holder_in_dutch(tmp_path):
    from db.errors import FileInUseError
    from db.locking import acquire
    from db.store import RoadmapStore

    path = tmp_path / "a.roadmap"
    RoadmapStore.create(path).close()
    with acquire(path, author="Alice"):
        with pytest.raises(FileInUseError) as info:
            acquire(path)
    text = refusal_text(info.value, "nl")
    assert text.startswith("a.roadmap is al geopend om te bewerken door Alice op ")
    assert text.endswith("Je kan het alleen-lezen openen.")


def test_json_import_problems_are_told_in_dutch(tmp_path):
    from db.interchange import load_json, validate_document

    bad = tmp_path / "kapot.json"
    bad.write_text('{"format": "routekaart-roadmap", ')
    with pytest.raises(ValidationError) as info:
        load_json(bad)
    assert refusal_text(info.value, "nl").startswith("geen geldige JSON (regel 1, kolom")
    with pytest.raises(ValidationError) as info:
        validate_document({"format": "iets anders", "version": 1})
    assert refusal_text(info.value, "nl") == "dit is geen Routekaart-roadmap-JSON"
    with pytest.raises(ValidationError) as info:
        validate_document({"format": "routekaart-roadmap", "version": 99})
    assert "nieuwere Routekaart" in refusal_text(info.value, "nl")


def test_export_problems_a_user_can_act_on_are_told_in_dutch(tmp_path):
    import errno
    from pathlib import Path

    from desktop.export.atomic import write_atomically
    from desktop.export.errors import ExportError, from_os_error

    target = tmp_path / "rapport.pdf"
    full = from_os_error(OSError(errno.ENOSPC, "No space left"), target, replacing=False)
    assert refusal_text(full, "en") == str(full)
    assert refusal_text(full, "nl") == ("Kon rapport.pdf niet schrijven: de schijf is vol. Maak "
                                        "ruimte vrij of kies een andere map.")
    locked = from_os_error(PermissionError(errno.EACCES, "denied"), target, replacing=True)
    assert refusal_text(locked, "nl").startswith("Kon rapport.pdf niet vervangen")
    with pytest.raises(ExportError) as info:
        write_atomically(tmp_path / "weg" / "r.pdf", lambda tmp: Path(tmp).write_text("x"))
    assert refusal_text(info.value, "nl") == f"Kon r.pdf niet schrijven: de map {tmp_path / 'weg'} bestaat niet."
    assert refusal_text(info.value, "en") == str(info.value)
