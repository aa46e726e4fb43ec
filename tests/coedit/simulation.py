"""N simulated authors making random offline edits, exchanged through a shared folder.

Used by the convergence tests and by bench/merge.py. Every author has a real store (in
memory or in a file) and a real shared folder on disk; nothing is mocked.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from pathlib import Path

from db.coedit.sync_folder import SharedFolder, device_for
from db.crdt.document import DELETED
from db.ops import Create, Delete, Move, Update
from db.store import RoadmapStore

TEXTS = ["Imec", "Zorgbedrijf 😀", "שלום עולם", "مرحبا", "👩‍👩‍👧 gezin", "e\u0301cole", "Ωmega",
         "tab\tline", "NUL\x00byte", "‮override", "日本語", "plain"]
FIELDS = {"partner": ["name", "role", "description", "short_name"],
          "indicator": ["name", "value", "year", "note"]}


def _value(rnd: random.Random, entity: str, field: str, author: int, i: int) -> object:
    if field == "value":
        return round(rnd.uniform(-1000, 1000), 3)
    if field == "year":
        return rnd.randint(1990, 2100)
    return f"{rnd.choice(TEXTS)} a{author}-{i}"


@dataclass
class Author:
    index: int
    store: RoadmapStore
    folder: SharedFolder
    final: dict = field(default_factory=dict)     # (entity, id, field) -> last value set
    deleted: set = field(default_factory=set)     # (entity, id)
    created: list = field(default_factory=list)
    edits: int = 0


def base_store(path, rows: int = 40) -> RoadmapStore:
    s = RoadmapStore.create(path, title="Gedeelde roadmap")
    ops = []
    for i in range(rows):
        ops.append(Create("partner", {"name": f"Partner {i}", "role": "base"}, id=f"p{i}", position=float(i)))
        ops.append(Create("indicator", {"name": f"Indicator {i}", "value": float(i), "year": 2020},
                          id=f"i{i}", position=float(i)))
    s.apply(ops)
    return s


def setup(tmp: Path, n: int, *, files: bool = False, rows: int = 40) -> list[Author]:
    share = tmp / "share"
    first = base_store(tmp / "author0.roadmap" if files else ":memory:", rows)
    f0 = SharedFolder(share, author="Author 0", device=f"{0:012x}", quarantine=tmp / "quarantine")
    f0.share(first)
    authors = [Author(0, first, f0)]
    for k in range(1, n):
        device = f"{k:012x}"
        local = tmp / f"author{k}.roadmap" if files else ":memory:"
        store = SharedFolder.join(share, local, author=f"Author {k}", device=device,
                                  quarantine=tmp / "quarantine")
        authors.append(Author(k, store, SharedFolder(share, author=f"Author {k}",
                                                     device=device_for(store, device),
                                                     quarantine=tmp / "quarantine")))
    return authors


def offline_edits(a: Author, count: int, rnd: random.Random) -> None:
    """`count` random single-edit batches on this author's own copy (no syncing)."""
    s = a.store
    for i in range(count):
        r = rnd.random()
        if r < 0.06:
            row_id = f"a{a.index}-n{i}"
            s.apply([Create("partner", {"name": _value(rnd, "partner", "name", a.index, i)}, id=row_id)])
            a.created.append(row_id)
            a.final[("partner", row_id, "name")] = s.get("partner", row_id)["name"]
        elif r < 0.09:
            candidates = [row["id"] for row in s.rows("partner")]
            row_id = rnd.choice(candidates)
            s.apply([Delete("partner", row_id)])
            a.deleted.add(("partner", row_id))
        elif r < 0.16:
            entity = rnd.choice(("partner", "indicator"))
            row_id = rnd.choice([row["id"] for row in s.rows(entity)])
            pos = round(rnd.uniform(-10, 60), 4)
            s.apply([Move(entity, row_id, pos)])
            a.final[(entity, row_id, "position")] = pos
        elif r < 0.19:
            title = _value(rnd, "roadmap", "title", a.index, i)
            s.apply([Update("roadmap", s.roadmap_id, {"title": title})])
            a.final[("roadmap", s.roadmap_id, "title")] = title
        else:
            entity = rnd.choice(("partner", "indicator"))
            rows = s.rows(entity)
            row_id = rnd.choice(rows)["id"]
            fld = rnd.choice(FIELDS[entity])
            value = _value(rnd, entity, fld, a.index, i)
            s.apply([Update(entity, row_id, {fld: value})])
            a.final[(entity, row_id, fld)] = s.get(entity, row_id)[fld]
        a.edits += 1


def exchange(authors: list[Author], rnd: random.Random, rounds: int = 2) -> list[float]:
    """Every author syncs, in a random order, at least `rounds` times and then until a
    whole round brings nothing new (at most 8 rounds); returns the sync times."""
    times = []
    for done in range(8):
        order = authors[:]
        rnd.shuffle(order)
        changed = False
        for a in order:
            t = time.perf_counter()
            report = a.folder.sync(a.store)
            times.append(time.perf_counter() - t)
            changed |= bool(report.result and report.result.changed_document)
        if done + 1 >= rounds and not changed:
            break
    else:
        raise AssertionError("the authors kept changing the document: no quiescence")
    return times


def check(authors: list[Author], base_values: dict) -> dict:
    """Assert convergence, no lost edit outside the conflict list, every conflict listed."""
    from db.crdt.merge import store_rows
    from tests.coedit.coedit_helpers import conflict_fields, doc_matches_tables

    first = store_rows(authors[0].store)
    for a in authors:
        assert store_rows(a.store) == first, f"author {a.index} differs"
        assert a.store.crdt.flatten() == authors[0].store.crdt.flatten()
        assert doc_matches_tables(a.store)
    listed = conflict_fields(authors[0].store)
    for a in authors[1:]:
        assert conflict_fields(a.store) == listed
    deleted = set().union(*(a.deleted for a in authors))
    edits_by_key: dict = {}
    for a in authors:
        for key, value in a.final.items():
            if value != base_values.get(key):
                edits_by_key.setdefault(key, {})[a.index] = value
    checked = conflicts_expected = 0
    for (entity, row_id, fld), by_author in edits_by_key.items():
        if (entity, row_id) in deleted:
            editors = [k for k in by_author if ("partner", row_id) not in authors[k].deleted]
            if any((entity, row_id) in a.deleted for a in authors if a.index not in editors) and editors:
                assert (entity, row_id, DELETED) in listed or (entity, row_id, fld) in listed, \
                    f"edit of deleted {entity} {row_id} not listed"
            continue
        values = set(map(repr, by_author.values()))
        row = first[entity][row_id]
        if len(values) > 1:
            conflicts_expected += 1
            assert (entity, row_id, fld) in listed, f"conflict on {entity}.{fld} of {row_id} not listed"
        elif (entity, row_id, fld) not in listed:
            assert row[fld] == next(iter(by_author.values())), f"lost edit {entity}.{fld} of {row_id}"
            checked += 1
    for entity, row_id in deleted:
        assert row_id not in first[entity]
    real = real_conflicts(authors)
    assert listed == real, f"hidden {sorted(real - listed)[:5]}, over-listed {sorted(listed - real)[:5]}"
    return {"edits_checked": checked, "conflicts_expected": conflicts_expected,
            "conflicts_listed": len(listed), "conflicts_real": len(real),
            "hidden": len(real - listed), "over_listed": len(listed - real),
            "deleted": len(deleted)}


def real_conflicts(authors: list[Author]) -> set[tuple[str, str, str]]:
    """The conflicts of authors who all edited offline from one base (so any two edits of
    different authors are concurrent, one author's edits are in order): a field whose
    authors' last values differ, and a row one author deleted that another one edited."""
    from db.crdt.document import DELETED as DEL

    out: set[tuple[str, str, str]] = set()
    last: dict = {}
    for a in authors:
        for key, value in a.final.items():
            last.setdefault(key, {})[a.index] = value
    for key, by_author in last.items():
        if len(by_author) > 1 and len(set(map(repr, by_author.values()))) > 1:
            out.add(key)
    for a in authors:
        for entity, row_id in a.deleted:
            if any((entity, row_id) == (k[0], k[1]) for b in authors if b is not a for k in b.final):
                out.add((entity, row_id, DEL))
    return out


def base_values_of(store) -> dict:
    from db.crdt.merge import store_rows

    out = {}
    for entity, rows in store_rows(store).items():
        for row_id, values in rows.items():
            for fld, v in values.items():
                out[(entity, row_id, fld)] = v
    return out


def run(tmp: Path, n: int, edits: int, seed: int, *, files: bool = False) -> dict:
    rnd = random.Random(seed)
    authors = setup(tmp, n, files=files)
    base = base_values_of(authors[0].store)
    t = time.perf_counter()
    for a in authors:
        offline_edits(a, edits, rnd)
    edit_seconds = time.perf_counter() - t
    times = exchange(authors, rnd, rounds=2)
    summary = check(authors, base)
    summary.update(sync_seconds_max=max(times), edit_ms=1000 * edit_seconds / (n * edits))
    for a in authors:
        a.store.close()
    return summary
