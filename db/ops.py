"""The mutation vocabulary: every change to a roadmap is a list of these operations,
applied by `RoadmapStore.apply` in one transaction. Each applied batch yields a `Change`
that carries its own inverse, so undo, autosave and co-editing all see the same edits."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Create:
    """Add a row. `id` and `position` are chosen by the store when left out."""

    entity: str
    values: dict = field(default_factory=dict)
    id: str | None = None
    position: float | None = None


@dataclass(frozen=True)
class Update:
    """Change some fields of a row."""

    entity: str
    id: str
    values: dict


@dataclass(frozen=True)
class Delete:
    """Remove a row; rows that belong to it go too, references to it are cleared."""

    entity: str
    id: str


@dataclass(frozen=True)
class Move:
    """Give a row a new place in its list (rows are ordered by position)."""

    entity: str
    id: str
    position: float


@dataclass(frozen=True)
class SetMeta:
    """Set a setting of this copy of the file (share folder, device id, ...); `value` None
    removes it. Settings stay with the file: they are not sent to co-authors."""

    key: str
    value: str | None


@dataclass(frozen=True)
class SetConflictRecords:
    """Write conflict records (key, JSON text) into the co-editing document, e.g. to mark
    them resolved; every author sees them after the next sync."""

    records: tuple[tuple[str, str], ...]


Op = Create | Update | Delete | Move | SetMeta | SetConflictRecords


@dataclass(frozen=True)
class RowChange:
    """What happened to one row: kind is 'create', 'update', 'delete' or 'move'."""

    kind: str
    entity: str
    id: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Change:
    """The result of one applied batch.

    Attributes:
        ops: the batch as applied, with ids and positions filled in (replaying it redoes it).
        inverse: operations that undo the batch exactly.
        rows: every row touched, including cascaded deletes and cleared references.
        origin: who made it ("user", "undo", "redo", "import", ...).
        meta: keys of the file settings it set (`SetMeta`).
        conflicts: keys of the conflict records it wrote (`SetConflictRecords`).
    """

    ops: tuple[Op, ...]
    inverse: tuple[Op, ...]
    rows: tuple[RowChange, ...]
    origin: str = "user"
    meta: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()

    @property
    def entities(self) -> frozenset[str]:
        return frozenset(r.entity for r in self.rows)
