"""Leaving out the merged dependencies that would close a cycle (Qt-free, no SQL): used by
db.crdt.materialize, which lists the ones left out as problems."""

from __future__ import annotations

from typing import Any


def acyclic(deps: dict[str, dict[str, Any]], problems: list[str],
            left_out: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """The dependencies kept, in id order, each unless it closes a cycle with the ones
    kept before it. The kept ones never hold a cycle, so a new edge src -> dst closes one
    exactly when src is dst or src can be reached from dst: one search from dst per
    dependency (checking the whole graph again for each made this quadratic: seconds
    for a few thousand dependencies)."""
    kept: dict[str, dict[str, Any]] = {}
    succ: dict[object, list[object]] = {}
    for dep_id in sorted(deps):
        d = deps[dep_id]
        src, dst = d.get("from_action_id"), d.get("to_action_id")
        if src is not None and dst is not None:
            if _reaches(succ, dst, src):
                problems.append(f"dependency {dep_id} left out: merging made a cycle")
                if left_out is not None:
                    left_out.append(dep_id)
                continue
            succ.setdefault(src, []).append(dst)
        kept[dep_id] = d
    return kept


def _reaches(succ: dict[object, list[object]], start: object, goal: object) -> bool:
    if start == goal:
        return True
    seen = {start}
    stack = [start]
    while stack:
        for nxt in succ.get(stack.pop(), ()):
            if nxt == goal:
                return True
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return False
