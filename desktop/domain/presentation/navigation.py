"""Moving through a presentation (Qt-free): `Navigator` keeps the current scene and reveal
step and moves forward, back, home, end and to a scene."""

from __future__ import annotations

# -- navigation -------------------------------------------------------------------------------

class Navigator:
    """Where the talk is: a scene index and a reveal step within it.

    `steps_of(i)` gives the number of reveal steps of scene i (at least 1). Going forward
    into a scene starts at its frame (step 0); going back into a scene or jumping to it
    shows it whole.
    """

    def __init__(self, count: int, steps_of) -> None:
        self.count = count
        self.steps_of = steps_of
        self.index = 0
        self.step = 0

    def last_step(self, i: int | None = None) -> int:
        return max(self.steps_of(self.index if i is None else i), 1) - 1

    def next(self) -> bool:
        if self.count == 0:
            return False
        if self.step < self.last_step():
            self.step += 1
            return True
        if self.index < self.count - 1:
            self.index += 1
            self.step = 0
            return True
        return False

    def previous(self) -> bool:
        if self.step > 0:
            self.step -= 1
            return True
        if self.index > 0:
            self.index -= 1
            self.step = self.last_step()
            return True
        return False

    def home(self) -> None:
        self.index, self.step = 0, 0

    def end(self) -> None:
        if self.count:
            self.index = self.count - 1
            self.step = self.last_step()

    def jump(self, i: int) -> bool:
        """Show scene i (0-based) whole; False when there is no such scene."""
        if not 0 <= i < self.count:
            return False
        self.index = i
        self.step = self.last_step()
        return True

    def reveal_all(self) -> None:
        self.step = self.last_step()

    def reset(self, count: int) -> None:
        """The scene list changed (a value chain added or removed): stay in range."""
        self.count = count
        if count == 0:
            self.index, self.step = 0, 0
            return
        self.index = min(self.index, count - 1)
        self.step = min(self.step, self.last_step())
