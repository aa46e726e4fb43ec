"""The co-editing tests check every incremental step of the merge against doing it all again."""

from __future__ import annotations

import pytest

from db.crdt import causality


@pytest.fixture(autouse=True)
def _verify_incremental_merge(monkeypatch):
    monkeypatch.setattr(causality, "VERIFY", True)
