"""The roadmap model of the NIB method: every entity of steps 0-5, in one place.

Changing this catalogue changes the schema: add a migration in `db/migrations.py` too
(a test compares both).
"""

from __future__ import annotations

from db.catalogue.context import CONTEXT
from db.catalogue.fields import LAYERS, STATUS
from db.catalogue.implementation import IMPLEMENTATION
from db.catalogue.plan import PLAN
from db.model import Entity, Field

__all__ = ["BY_NAME", "ENTITIES", "LAYERS", "STATUS", "entity", "referencing"]

ENTITIES: tuple[Entity, ...] = (*CONTEXT, *PLAN, *IMPLEMENTATION)

BY_NAME: dict[str, Entity] = {e.name: e for e in ENTITIES}


def entity(name: str) -> Entity:
    """Return the entity called `name` (KeyError names the unknown entity)."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown entity {name!r}") from None


def referencing(target: str) -> list[tuple[Entity, Field]]:
    """All (entity, field) pairs whose REF field points at `target`."""
    return [(e, f) for e in ENTITIES for f in e.refs() if f.ref == target]
