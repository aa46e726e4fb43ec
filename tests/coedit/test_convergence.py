"""2 and 5 simulated authors, >= 1,000 random offline edits each, exchanged through a real
shared folder in random order: identical content, no lost edit, every conflict listed."""

from __future__ import annotations

import pytest

from tests.coedit.simulation import run


def test_two_authors_with_files_converge(tmp_path):
    summary = run(tmp_path, 2, 1000, seed=7, files=True)
    assert summary["edits_checked"] > 150  # distinct fields; many edits overwrite a field
    assert summary["conflicts_expected"] > 0


def test_five_authors_converge(tmp_path):
    summary = run(tmp_path, 5, 1000, seed=11)
    print(summary)
    assert summary["edits_checked"] > 150
    assert summary["conflicts_expected"] > 10


@pytest.mark.soak  # the same property as the two tests above, with more seeds: `pytest --soak`
@pytest.mark.parametrize("seed", [1, 3])
def test_five_authors_converge_more_seeds(tmp_path, seed):
    run(tmp_path, 5, 1000, seed=seed, files=seed == 3)
