"""The adversarial schedules (tests/coedit/schedules.py), a fast subset: 3-5 authors make
random edits (same field, delete vs edit, creation under a deleted parent and grandparent,
dependency cycles across authors, row moves, references that must read as empty) while a
faulty cloud delivers late, out of order, twice, cut off, as "conflicted copies", old
versions again and with skewed clocks. After everything is delivered: every copy is
identical, the tables equal the truth computed from the schedule's own log, the listed
conflicts are exactly the real ones (values and authors too), the document equals the
tables and the integrity check is ok. The full run: bench/merge.py --schedules 1000."""

from __future__ import annotations

import pytest

from tests.coedit.schedules import BAD, run_schedule

SEEDS = range(1000, 1024)  # bench/merge.py runs 0..999; ~1-2 s each


@pytest.mark.parametrize("seed", SEEDS)
def test_schedule(tmp_path, seed):
    r = run_schedule(tmp_path, seed, steps=24)
    assert r["edits"] > 0
    assert {k: r[k] for k in BAD} == {k: 0 for k in BAD}, r["details"]
    assert r["conflicts_listed"] == r["conflicts_real"]


def test_the_subset_exercises_every_kind_of_conflict_and_fault(tmp_path):
    kinds: dict[str, int] = {}
    faults: dict[str, int] = {}
    for seed in (1010, 1021):
        (tmp_path / str(seed)).mkdir()
        r = run_schedule(tmp_path / str(seed), seed, steps=45)
        for k, v in r["kinds"].items():
            kinds[k] = kinds.get(k, 0) + v
        for k, v in r["faults"].items():
            faults[k] = faults.get(k, 0) + v
        assert {k: r[k] for k in BAD} == {k: 0 for k in BAD}, r["details"]
    assert {"field", "deleted", "restored"} <= set(kinds), kinds
    assert all(faults.get(k) for k in ("old", "duplicates", "truncated", "conflicted_copies")), faults
