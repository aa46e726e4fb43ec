"""Roadmap JSON: the documented, versioned interchange format (see docs/roadmap-json.md).

`export_document(store)` turns a roadmap into a plain dict; `validate_document(doc)` checks
one completely (every problem names its place, e.g. ``action[3].start_date``) and returns
the operations that build it; `import_document(doc, path)` writes a new roadmap file from it.
Qt-free; talks to SQLite only through `RoadmapStore`.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from db import catalogue
from db.errors import RoadmapError, StorageFullError, ValidationError
from db.graph import find_cycle
from db.ops import Create, Update
from db.store import RoadmapStore, remove_stale_copies
from db.values import check_row, check_values

FORMAT = "routekaart-roadmap"
#: 2 (schema v4) added yearly KPI targets, indicator time series, the project portfolio and
#: linked commitments; 3 (schema v5) added other roadmaps and their links, priority tags,
#: partner country/region/sector/size, programmes per scenario, workshops, process results
#: and dot votes; 4 (schema v6) the flag that draws an other roadmap as a Part B lane.
#: Older files read unchanged (their new fields and lists are empty).
VERSION = 4
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$")


def export_document(store: RoadmapStore) -> dict:
    """The whole roadmap as a JSON-ready dict, rows in list order, every field present."""
    doc: dict = {"format": FORMAT, "version": VERSION}
    for e in catalogue.ENTITIES:
        rows = [{"id": r["id"], **{f.name: r[f.name] for f in e.fields}}
                for r in store.rows(e.name)]
        doc[e.name] = rows[0] if e.singleton else rows
    return doc


def dumps(doc: dict) -> str:
    """Serialise a document the way Routekaart writes it (UTF-8, indented, stable order)."""
    return json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def validate_document(doc: object) -> list[Create | Update]:
    """Check a parsed JSON document and return the operations that build it.

    Raises ValidationError naming the first offending place. The roadmap's own fields come
    as an Update of the roadmap row (its id is `roadmap_id(doc)`), every other row as a Create
    in dependency order, so applying the list to a fresh store rebuilds the roadmap.
    """
    doc = _check_header(doc)
    ops: list[Create | Update] = []
    ids: dict[str, set[str]] = {}
    road = doc.get("roadmap")
    if not isinstance(road, dict):
        raise ValidationError("roadmap", "expected an object with the roadmap's fields")
    road_entity = catalogue.entity("roadmap")
    road_values = {k: v for k, v in road.items() if k != "id"}
    _check_id(road.get("id"), "roadmap.id")
    ops.append(Update("roadmap", road["id"], check_values(road_entity, road_values,
                                                          where="roadmap", partial=False)))
    for e in catalogue.ENTITIES:
        if not e.singleton:
            ops += _entity_creates(e, doc.get(e.name, []), ids)
    cycle = find_cycle((d.values["from_action_id"], d.values["to_action_id"])
                       for d in ops if isinstance(d, Create) and d.entity == "dependency")
    if cycle:
        raise ValidationError("dependency", "the dependencies form a cycle: " + " → ".join(cycle),
                              "json_cycle", names=" → ".join(cycle))
    return ops


def _check_header(doc: object) -> dict:
    """`doc` when it is a JSON object of this format, of a version this one reads, with only
    known sections (else ValidationError)."""
    if not isinstance(doc, dict):
        raise ValidationError("(document)", "expected a JSON object at the top level",
                              "json_not_object")
    if doc.get("format") != FORMAT:
        raise ValidationError("format", f"expected {FORMAT!r}, got {doc.get('format')!r}: "
                                        "this is not a Routekaart roadmap JSON file", "json_format")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ValidationError("version", f"expected a whole number, got {version!r}")
    if version > VERSION:
        raise ValidationError("version", f"version {version} was written by a newer Routekaart; "
                                         f"this version reads up to {VERSION}", "json_too_new",
                              version=version, supported=VERSION)
    known = {"format", "version", *(e.name for e in catalogue.ENTITIES)}
    for key in doc:
        if key not in known:
            raise ValidationError(str(key), "unknown section of a roadmap document", "json_section",
                                  section=str(key))
    return doc


def _entity_creates(e, rows: object, ids: dict[str, set[str]]) -> list[Create]:
    """The Creates of the rows of entity `e` (each checked, its references to rows before
    it in the file), noting their ids in `ids`."""
    ops: list[Create] = []
    if not isinstance(rows, list):
        raise ValidationError(e.name, "expected a list of rows")
    seen = ids.setdefault(e.name, set())
    for i, row in enumerate(rows):
        where = f"{e.name}[{i}]"
        if not isinstance(row, dict):
            raise ValidationError(where, "expected an object")
        row_id = _check_id(row.get("id"), f"{where}.id")
        if row_id in seen:
            raise ValidationError(f"{where}.id", f"the id {row_id!r} is used twice",
                                  "json_twice", id=row_id)
        seen.add(row_id)
        # marked as checked: the store takes these rows without checking them again
        values = check_row(e, {k: v for k, v in row.items() if k != "id"}, where=where)
        for f in e.refs():
            target = values.get(f.name)
            if target is not None and target not in ids.get(f.target, ()):
                raise ValidationError(f"{where}.{f.name}",
                                      f"refers to {f.ref} {target!r}, which is not in the file",
                                      "json_dangling", target=target)
        ops.append(Create(e.name, values, row_id, float(i)))
    return ops


def _check_id(value: object, where: str) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise ValidationError(where, f"expected an id (letters, digits, '-', '_', '.', ':'; "
                                     f"at most 100), got {value!r}")
    return value


def load_json(path: str | Path) -> dict:
    """Read and parse a roadmap JSON file, with a clear message when it is not one."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RoadmapError(f"The file {p} does not exist.", "missing_file", path=str(p)) from None
    except UnicodeDecodeError:
        raise ValidationError(p.name, "not a UTF-8 text file, so not a roadmap JSON file",
                              "json_not_text", name=p.name) from None
    except OSError as exc:
        raise RoadmapError(f"Could not read {p}: {exc.strerror or exc}.") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(p.name, f"not valid JSON (line {exc.lineno}, column {exc.colno}: "
                                      f"{exc.msg})", "json_syntax", line=exc.lineno,
                              column=exc.colno) from None


def import_document(doc: object, path: str | Path) -> RoadmapStore:
    """Create a new roadmap file at `path` from a document; returns it open.

    The document is checked completely before the file is created, and the file is built
    beside the target and renamed into place, so a failed import leaves nothing behind.
    """
    ops = validate_document(doc)
    target = Path(path)
    if str(path) != ":memory:" and target.exists():
        raise RoadmapError(f"{target} already exists; choose another name.")
    # the co-editing document is made from the imported tables when first needed (in one
    # go, `bootstrap_state`), not recorded row by row while importing
    if str(path) == ":memory:":
        store = RoadmapStore.create(":memory:", roadmap_id=ops[0].id, defer_crdt=True)
        store.apply(ops, origin="import")
        return store
    tmp = target.with_name(f".{target.name}.importing")
    parts = [tmp, *(Path(f"{tmp}{x}") for x in ("-wal", "-shm", "-journal"))]
    remove_stale_copies(target.parent)  # what interrupted imports left here before
    for leftover in parts:
        leftover.unlink(missing_ok=True)
    try:
        store = RoadmapStore.create(tmp, roadmap_id=ops[0].id, defer_crdt=True)
        try:
            store.apply(ops, origin="import")
        finally:
            store.close()
        for leftover in parts[1:]:
            leftover.unlink(missing_ok=True)
        os.replace(tmp, target)
    except BaseException as exc:  # a failed import leaves nothing behind
        for leftover in parts:
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass
        if isinstance(exc, StorageFullError) or (
                isinstance(exc, OSError) and exc.errno == 28):
            raise StorageFullError(
                f"The disk holding {target} is full; the roadmap was not imported and nothing "
                "was left behind. Free some space and try again.", "disk_full_import",
                path=str(target)) from None
        if isinstance(exc, OSError):
            raise RoadmapError(f"Could not write {target}: {exc.strerror or exc}.") from None
        raise
    return RoadmapStore.open(target)


def export_json(store: RoadmapStore, path: str | Path) -> Path:
    """Write the roadmap as JSON to `path` (temp file + rename: never half written)."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(dumps(export_document(store)))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise RoadmapError(f"Could not write {target}: {exc.strerror or exc}.") from None
    return target
