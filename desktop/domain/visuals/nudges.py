"""Manual nudges of Part A boxes, kept per roadmap in memory (Qt-free).

The model has no field for visual offsets yet, so nudges live for the session only: they
survive redraws and switching views, not closing the app. Keys are (entity, id) of the
nudged box; values are offsets (dx, dy) in points. When the model gains a place to store
them, only this module needs to read and write it.
"""

from __future__ import annotations

Key = tuple[str, str]


class NudgeBook:
    """Offsets by roadmap id and box."""

    def __init__(self) -> None:
        self._by_roadmap: dict[str, dict[Key, tuple[float, float]]] = {}

    def of(self, roadmap_id: str) -> dict[Key, tuple[float, float]]:
        """The nudges of one roadmap (a copy)."""
        return dict(self._by_roadmap.get(roadmap_id, {}))

    def add(self, roadmap_id: str, key: Key, dx: float, dy: float) -> tuple[float, float]:
        """Nudge a box further by (dx, dy); returns its total offset."""
        book = self._by_roadmap.setdefault(roadmap_id, {})
        ox, oy = book.get(key, (0.0, 0.0))
        total = (ox + dx, oy + dy)
        if abs(total[0]) < 1e-6 and abs(total[1]) < 1e-6:
            book.pop(key, None)
        else:
            book[key] = total
        return total

    def clear(self, roadmap_id: str) -> None:
        self._by_roadmap.pop(roadmap_id, None)


#: The nudges of this session, shared by the Part A canvas and the exported figures.
NUDGES = NudgeBook()
