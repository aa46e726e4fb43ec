"""Small helpers shared by tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

from db.ops import Create


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def basic_rows(store) -> dict[str, str]:
    """A partner, a value chain with a lane, and two actions; returns their ids."""
    ops = [
        Create("partner", {"name": "Imec", "type": "research_centre"}, id="p1"),
        Create("partner", {"name": "Zorgbedrijf"}, id="p2"),
        Create("value_chain", {"name": "Digitale zorg"}, id="vc1"),
        Create("lane", {"name": "Technologie", "layer": "technology", "value_chain_id": "vc1"}, id="l1"),
        Create("action", {"title": "Sensorplatform", "value_chain_id": "vc1", "lane_id": "l1",
                          "owner_id": "p1", "start_date": "2026-01-01", "end_date": "2027-06-30"}, id="a1"),
        Create("action", {"title": "Pilot thuiszorg", "value_chain_id": "vc1", "lane_id": "l1",
                          "owner_id": "p2", "start_date": "2027-07-01", "end_date": "2028-06-30"}, id="a2"),
    ]
    store.apply(ops)
    return {"p1": "p1", "vc1": "vc1", "a1": "a1", "a2": "a2"}
