"""Graph checks on dependencies between actions (Qt-free, no SQL)."""

from __future__ import annotations

from collections.abc import Iterable


def find_cycle(edges: Iterable[tuple[str, str]]) -> list[str] | None:
    """Return one cycle as a list of nodes [a, b, ..., a], or None when the graph is acyclic.

    Iterative depth-first search, so long chains do not hit the recursion limit.
    """
    succ: dict[str, list[str]] = {}
    for a, b in edges:
        succ.setdefault(a, []).append(b)
        succ.setdefault(b, [])
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    for root in succ:
        if state.get(root):
            continue
        path: list[str] = [root]
        stack = [iter(succ[root])]
        state[root] = 1
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                stack.pop()
                continue
            s = state.get(nxt, 0)
            if s == 1:
                return [*path[path.index(nxt):], nxt]
            if s == 0:
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(succ[nxt]))
    return None
