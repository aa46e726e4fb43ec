"""The rows a roadmap visual needs, indexed for layout and patched row by row (Qt-free).

`TimelineData.from_doc(doc)` reads a roadmap JSON dict (db.interchange.export_document,
or any dict holding the same entity lists). The canvas keeps one instance per view and
patches it with `put` when the store reports a change, so a small edit does not re-read
the whole roadmap.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

#: Entities read for Part B (and their order of loading).
PART_B_ENTITIES = ("partner", "value_chain", "lane", "programme", "action", "action_partner",
                   "dependency")
#: Entities Part A reads besides those of Part B.
PART_A_ENTITIES = ("challenge", "vision", "objective", "value_chain_objective", "indicator",
                   "reference_roadmap", "reference_link", "priority_tag")

FILTER_KEYS = ("partner", "layer", "status", "programme")


@dataclass(frozen=True)
class Filters:
    """Which actions to show. None for a key means no filter on it; a set keeps only
    actions whose value is in it. `partner` matches the owner or any action partner."""

    partner: frozenset[str] | None = None
    layer: frozenset[str] | None = None
    status: frozenset[str] | None = None
    programme: frozenset[str] | None = None

    @classmethod
    def from_dict(cls, d: dict | None) -> Filters:
        if not d:
            return cls()
        values = {}
        for key in FILTER_KEYS:
            v = d.get(key)
            if v is None:
                v = d.get(key + "s")
            values[key] = None if v is None else frozenset(v)
        return cls(**values)

    def active(self) -> bool:
        return any(getattr(self, k) is not None for k in FILTER_KEYS)


class TimelineData:
    """Rows by id per entity, plus the action partners by action."""

    def __init__(self, roadmap: dict | None = None) -> None:
        self.roadmap: dict = dict(roadmap or {})
        self.rows: dict[str, dict[str, dict]] = {}
        self._order: dict[str, dict[str, float]] = {}
        self.participants: dict[str, set[str]] = {}
        #: Laid-out bars by their inputs, so a relayout after a small edit is cheap.
        self.bar_cache: dict[tuple, object] = {}
        #: Bumped by every `put` of an entity: lets derived values (owner colours) be cached.
        self.versions: dict[str, int] = {}
        #: The owner colours (part_b_layout.owner_colour): (version, partners, count, colours).
        self._owner_colours: tuple | None = None

    @classmethod
    def from_doc(cls, doc: dict, entities: Iterable[str] = PART_B_ENTITIES + PART_A_ENTITIES
                 ) -> TimelineData:
        data = cls(doc.get("roadmap") or {})
        for name in entities:
            for i, row in enumerate(doc.get(name) or ()):
                data.put(name, row["id"], row, order=float(row.get("position", i)))
        return data

    def table(self, entity: str) -> dict[str, dict]:
        return self.rows.setdefault(entity, {})

    def ordered(self, entity: str) -> list[dict]:
        """The rows of `entity` in list order (their position)."""
        order = self._order.get(entity, {})
        rows = self.table(entity)
        return sorted(rows.values(), key=lambda r: (order.get(r["id"], 0.0), r["id"]))

    def get(self, entity: str, row_id: str | None) -> dict | None:
        if row_id is None:
            return None
        return self.rows.get(entity, {}).get(row_id)

    def put(self, entity: str, row_id: str, row: dict | None, order: float | None = None) -> None:
        """Set (or with row=None remove) one row."""
        table = self.table(entity)
        self.versions[entity] = self.versions.get(entity, 0) + 1
        old = table.get(row_id)
        if entity == "action_partner" and old is not None:
            self.participants.get(old["action_id"], set()).discard(old["partner_id"])
        if row is None:
            table.pop(row_id, None)
            self._order.get(entity, {}).pop(row_id, None)
            return
        table[row_id] = row
        orders = self._order.setdefault(entity, {})
        if order is None:
            order = float(row.get("position", orders.get(row_id, len(orders))))
        orders[row_id] = order
        if entity == "action_partner":
            self.participants.setdefault(row["action_id"], set()).add(row["partner_id"])

    # -- questions the layouts ask -------------------------------------------------------

    def chains(self) -> list[dict]:
        return self.ordered("value_chain")

    def lanes_of(self, chain_id: str | None) -> list[dict]:
        return [r for r in self.ordered("lane") if r.get("value_chain_id") == chain_id]

    def partner_label(self, partner_id: str | None) -> str:
        p = self.get("partner", partner_id)
        if p is None:
            return ""
        return p.get("short_name") or p.get("name") or ""

    def matches(self, action: dict, filters: Filters, layer: str | None) -> bool:
        """Whether `action` (whose lane has `layer`) passes the filters."""
        if filters.status is not None and (action.get("status") or "planned") not in filters.status:
            return False
        if filters.programme is not None and action.get("programme_id") not in filters.programme:
            return False
        if filters.layer is not None and (layer or "other") not in filters.layer:
            return False
        if filters.partner is not None:
            people = {action.get("owner_id")} | self.participants.get(action["id"], set())
            if not (people & filters.partner):
                return False
        return True
