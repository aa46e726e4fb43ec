"""Roadmap JSON: lossless round trip (property test), validation messages, CLI commands."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import catalogue
from db.errors import RoadmapError, ValidationError
from db.interchange import (
    FORMAT,
    VERSION,
    dumps,
    export_document,
    import_document,
    load_json,
    validate_document,
)
from db.model import TEXT_MAX, Kind
from desktop.cli import main as cli
from tests.helpers import sha256

ODD = ["ë é ï € – ‘quote’", "😀🇧🇪👩‍👩‍👧", "שלום עולם", "مرحبا بالعالم", "\u200f\u202e rtl marks",
       "a\x00b", "tab\tnew\nline\r\n", "日本語", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"]
text_chars = st.characters(blacklist_categories=("Cs",))  # anything but lone surrogates


def _text(limit: int):
    long_text = st.sampled_from(ODD).map(lambda s: (s * (limit // len(s) + 1))[:limit])
    return st.one_of(st.text(text_chars, max_size=30), st.sampled_from(ODD), long_text)


_STRATEGIES: dict[tuple[int, bool], st.SearchStrategy] = {}


def _value(f, optional: bool = False):
    """The strategy for a value of field `f` (or None too, when `optional`): made once per
    field, since building and validating hypothesis strategies cost more than drawing."""
    key = (id(f), optional)
    if key not in _STRATEGIES:
        _STRATEGIES[key] = st.one_of(st.none(), _make_value(f)) if optional else _make_value(f)
    return _STRATEGIES[key]


def _make_value(f):
    k = f.kind
    if k is Kind.TEXT:
        return _text(TEXT_MAX)
    if k in (Kind.MARKDOWN, Kind.DOCUMENT):
        return st.one_of(_text(400), st.just("## Kop\n\n- **vet** en *schuin*\n- ë € 😀\n" * 3))
    if k is Kind.INT:
        lo = int(f.minimum) if f.minimum is not None else -(10**12)
        hi = int(f.maximum) if f.maximum is not None else 10**12
        return st.integers(lo, hi)
    if k is Kind.FLOAT:
        lo = f.minimum if f.minimum is not None else -1e15
        hi = f.maximum if f.maximum is not None else 1e15
        return st.floats(lo, hi, allow_nan=False, allow_infinity=False)
    if k is Kind.DATE:
        return st.dates().map(lambda d: d.isoformat()).filter(lambda s: len(s) == 10)
    if k is Kind.BOOL:
        return st.booleans()
    if k is Kind.CHOICE:
        return st.sampled_from(f.choice_codes())
    if k is Kind.COLOUR:
        return st.from_regex(r"\A#[0-9a-fA-F]{6}\Z")
    raise AssertionError(k)


ROW_COUNT = st.integers(0, 3)


@st.composite
def documents(draw):
    """Complete, valid roadmap JSON documents with random content."""
    doc = {"format": FORMAT, "version": VERSION}
    ids: dict[str, list[str]] = {}
    counter = 0
    for e in catalogue.ENTITIES:
        n = 1 if e.singleton else draw(ROW_COUNT)
        rows = []
        for _ in range(n):
            counter += 1
            row = {"id": f"{e.name}-{counter}" if not e.singleton else "road-1"}
            ok = True
            for f in e.fields:
                if f.kind is Kind.REF:
                    options = ids.get(f.ref, [])
                    if e.name == "dependency":  # only forward in list order: never a cycle
                        if len(options) < 2:
                            ok = False
                            break
                        a, b = sorted(draw(st.lists(st.sampled_from(range(len(options))),
                                                    min_size=2, max_size=2, unique=True)))
                        row[f.name] = options[a] if f.name == "from_action_id" else options[b]
                        if f.name == "to_action_id":
                            row["from_action_id"] = options[a]
                        continue
                    if f.required:
                        if not options:
                            ok = False
                            break
                        row[f.name] = draw(st.sampled_from(options))
                    else:
                        row[f.name] = draw(st.one_of(st.none(), st.sampled_from(options))) if options else None
                elif f.required:
                    v = draw(_value(f))
                    row[f.name] = v if not isinstance(v, str) or v.strip() else "x" + v
                else:
                    row[f.name] = draw(_value(f, optional=True))
            if ok:
                rows.append({"id": row["id"], **{f.name: row[f.name] for f in e.fields}})
                ids.setdefault(e.name, []).append(row["id"])
        doc[e.name] = rows[0] if e.singleton else rows
    return doc


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(documents())
def test_round_trip_is_lossless(doc):
    store = import_document(doc, ":memory:")
    try:
        assert export_document(store) == doc
        assert json.loads(dumps(doc)) == doc
    finally:
        store.close()


def test_round_trip_through_files_and_cli(tmp_path):
    from tests.generate import generate_document

    doc = export_document(import_document(generate_document(300, seed=7), ":memory:"))
    src = tmp_path / "in.json"
    src.write_text(dumps(doc), encoding="utf-8")
    assert cli(["import-json", str(src), str(tmp_path / "a.roadmap")]) == 0
    assert cli(["export-json", str(tmp_path / "a.roadmap"), str(tmp_path / "out.json")]) == 0
    assert load_json(tmp_path / "out.json") == doc
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == src.read_text(encoding="utf-8")


def _minimal():
    return {"format": FORMAT, "version": VERSION, "roadmap": {"id": "r", "title": "T"},
            "partner": [{"id": "p1", "name": "Imec"}],
            "action": [{"id": "a1", "title": "A", "owner_id": "p1"},
                       {"id": "a2", "title": "B"}]}


@pytest.mark.parametrize(("patch", "where", "reason"), [
    (lambda d: d.update(format="something-else"), "format", "not a Routekaart roadmap JSON"),
    (lambda d: d.update(version=VERSION + 1), "version", "newer Routekaart"),
    (lambda d: d.update(extra=[]), "extra", "unknown section"),
    (lambda d: d["action"][1].update(start_date="2026-02-30"), "action[1].start_date", "calendar date"),
    (lambda d: d["action"][0].update(owner_id="p9"), "action[0].owner_id", "not in the file"),
    (lambda d: d["action"][1].update(id="a1"), "action[1].id", "used twice"),
    (lambda d: d["action"][1].update(id="has space"), "action[1].id", "expected an id"),
    (lambda d: d["partner"][0].update(name=None), "partner[0].name", "required"),
    (lambda d: d["partner"][0].update(kleur="#fff"), "partner[0].kleur", "unknown field"),
    (lambda d: d["action"][0].update(trl_end=12), "action[0].trl_end", "at most 9"),
    (lambda d: d.update(dependency=[{"id": "d1", "from_action_id": "a1", "to_action_id": "a2"},
                                    {"id": "d2", "from_action_id": "a2", "to_action_id": "a1"}]),
     "dependency", "cycle"),
    (lambda d: d.update(action={"id": "a1"}), "action", "expected a list"),
    (lambda d: d.update(roadmap=[]), "roadmap", "expected an object"),
])
def test_validation_names_field_and_reason(patch, where, reason):
    doc = _minimal()
    validate_document(doc)
    patch(doc)
    with pytest.raises(ValidationError) as err:
        validate_document(doc)
    assert err.value.where == where and reason in err.value.reason


def test_failed_import_creates_no_file(tmp_path):
    doc = _minimal()
    doc["action"][0]["end_date"] = "tomorrow"
    with pytest.raises(ValidationError):
        import_document(doc, tmp_path / "x.roadmap")
    assert list(tmp_path.iterdir()) == []


def test_import_never_overwrites(tmp_path):
    target = tmp_path / "x.roadmap"
    target.write_text("mine")
    with pytest.raises(RoadmapError, match="already exists"):
        import_document(_minimal(), target)
    assert target.read_text() == "mine"


@pytest.mark.parametrize(("content", "reason"), [
    (b"{not json", "not valid JSON (line 1"),
    (b"\xff\xfe\x00garbage", "not a UTF-8 text file"),
    (b"[1, 2]", "expected a JSON object"),
])
def test_cli_reports_bad_json_clearly(tmp_path, capsys, content, reason):
    src = tmp_path / "bad.json"
    src.write_bytes(content)
    digest = sha256(src)
    assert cli(["import-json", str(src), str(tmp_path / "x.roadmap")]) == 1
    assert reason in capsys.readouterr().err
    assert sha256(src) == digest and not (tmp_path / "x.roadmap").exists()


def test_cli_reports_bad_roadmap_file(tmp_path, capsys):
    bad = tmp_path / "bad.roadmap"
    bad.write_text("hello")
    assert cli(["export-json", str(bad), str(tmp_path / "o.json")]) == 1
    assert "not a Routekaart roadmap file" in capsys.readouterr().err


#: what format version 2 (schema v4) added: new entities, and new fields of older entities
V2_ENTITIES = {"indicator_value", "kpi_target", "project", "project_partner", "project_action"}
V2_FIELDS = {
    "roadmap": {"leverage_target", "leverage_note"},
    "indicator": {"quality_current", "quality_reliable", "quality_complete", "quality_longitudinal",
                  "quality_note"},
    "programme": {"manager_id"}, "action": {"owner_member_id"}, "kpi": {"scope", "indicator_id"},
    "kpi_measurement": {"year"}, "resource": {"competences"},
    "commitment": {"programme_id", "action_id", "project_id", "conditions", "announced_date",
                   "signed_date", "valid_until"},
    "risk": {"origin"}, "communication_item": {"goal", "approach", "scope"},
}
V3_ENTITIES = {"reference_roadmap", "reference_milestone", "programme_scenario", "reference_link",
               "priority_tag", "workshop", "process_result", "dot_vote"}
V3_FIELDS = {"partner": {"country", "region", "sector", "size"},
             "roadmap": {"counter_expertise", "coherence_note"}}


def _as_version_2(doc: dict) -> dict:
    old = {"format": FORMAT, "version": 2}
    for e in catalogue.ENTITIES:
        if e.name in V3_ENTITIES:
            continue
        drop = V3_FIELDS.get(e.name, set())
        strip = lambda r, drop=drop: {k: v for k, v in r.items() if k not in drop}  # noqa: E731
        old[e.name] = strip(doc[e.name]) if e.singleton else [strip(r) for r in doc[e.name]]
    return old


def _as_version_1(doc: dict) -> dict:
    old = {"format": FORMAT, "version": 1}
    for e in catalogue.ENTITIES:
        if e.name in V2_ENTITIES | V3_ENTITIES:
            continue
        drop = V2_FIELDS.get(e.name, set()) | V3_FIELDS.get(e.name, set())
        strip = lambda r, drop=drop: {k: v for k, v in r.items() if k not in drop}  # noqa: E731
        old[e.name] = strip(doc[e.name]) if e.singleton else [strip(r) for r in doc[e.name]]
    for c in old["commitment"]:  # version 1 knew no "announced"
        if c.get("status") == "announced":
            c["status"] = "intended"
    return old


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(documents())
def test_version_1_documents_import_with_the_new_fields_empty(doc):
    old = _as_version_1(doc)
    store = import_document(old, ":memory:")
    try:
        back = export_document(store)
    finally:
        store.close()
    assert back["version"] == VERSION == 4
    for e in catalogue.ENTITIES:
        if e.name in V2_ENTITIES | V3_ENTITIES:
            assert back[e.name] == []
            continue
        rows = [back[e.name]] if e.singleton else back[e.name]
        olds = [old[e.name]] if e.singleton else old[e.name]
        assert len(rows) == len(olds)
        for new, was in zip(rows, olds):
            assert {k: v for k, v in new.items() if k in was} == was
            assert all(new[f] is None for f in V2_FIELDS.get(e.name, set()) | V3_FIELDS.get(e.name, set())), e.name


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(documents())
def test_version_2_documents_import_with_the_version_3_fields_empty(doc):
    old = _as_version_2(doc)
    store = import_document(old, ":memory:")
    try:
        back = export_document(store)
    finally:
        store.close()
    assert back["version"] == VERSION == 4
    for e in catalogue.ENTITIES:
        if e.name in V3_ENTITIES:
            assert back[e.name] == []
            continue
        rows = [back[e.name]] if e.singleton else back[e.name]
        olds = [old[e.name]] if e.singleton else old[e.name]
        assert len(rows) == len(olds)
        for new, was in zip(rows, olds):
            assert {k: v for k, v in new.items() if k in was} == was
            assert all(new[f] is None for f in V3_FIELDS.get(e.name, ())), e.name


def test_version_2_fields_are_all_listed_here():
    """Keeps the lists above honest: every field not in a v1 table is a v2 addition."""
    import sqlite3

    from db.migrations import pending

    conn = sqlite3.connect(":memory:")
    for v, sql in pending(0):
        if v <= 3:
            conn.executescript(sql)
    for e in catalogue.ENTITIES:
        cols = {r[1] for r in conn.execute(f"PRAGMA table_info({e.name})")}
        if not cols:
            assert e.name in V2_ENTITIES | V3_ENTITIES
            continue
        assert {f.name for f in e.fields} - cols == (
            V2_FIELDS.get(e.name, set()) | V3_FIELDS.get(e.name, set())), e.name


def test_version_3_fields_are_all_listed_here():
    """Every field or entity not in a schema v4 table is a version 3 addition."""
    import sqlite3

    from db.migrations import pending

    conn = sqlite3.connect(":memory:")
    for v, sql in pending(0):
        if v <= 4:
            conn.executescript(sql)
    for e in catalogue.ENTITIES:
        cols = {r[1] for r in conn.execute(f"PRAGMA table_info({e.name})")}
        if not cols:
            assert e.name in V3_ENTITIES, e.name
            continue
        assert {f.name for f in e.fields} - cols == V3_FIELDS.get(e.name, set()), e.name
