"""What a laid-out scene is (Qt-free): the `Scene` (which figure), the `SceneVisual` (the
figure, the reveal step of each primitive and, for Part B, the lane bands, bars and time
axis the facilitator edits on) and `bbox`, a primitive's extent."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain.visuals.visual import Diamond, Line, Primitive, Rect, Text, Visual


@dataclass(frozen=True)
class Scene:
    """One scene of the talk: kind is "part_a", "part_b" (of value chain `chain_id`) or "kpi"."""

    key: str
    kind: str
    title: str
    chain_id: str | None = None


@dataclass(frozen=True)
class LaneBand:
    """A swimlane of a Part B scene in figure coordinates."""

    key: str
    lane_id: str | None
    chain_id: str | None
    layer: str
    name: str
    y0: float
    y1: float


@dataclass(frozen=True)
class BarBox:
    """An action bar or milestone of a Part B scene in figure coordinates."""

    id: str
    kind: str  # action | milestone
    x: float
    y: float
    w: float
    h: float
    start: dt.date
    end: dt.date

    def contains(self, x: float, y: float, slack: float = 0.0) -> bool:
        return (self.x - slack <= x <= self.x + self.w + slack
                and self.y - slack <= y <= self.y + self.h + slack)


@dataclass(frozen=True)
class TimeAxis:
    """Dates to figure x and back: `start` lies at `origin`, a day is `px_per_day` wide."""

    start: dt.date
    end: dt.date
    px_per_day: float
    origin: float
    chart_x0: float
    chart_x1: float

    def date_at(self, x: float) -> dt.date:
        days = int((x - self.origin) // self.px_per_day)
        return self.start + dt.timedelta(days=days)

    def x_of(self, d: dt.date) -> float:
        return self.origin + (d - self.start).days * self.px_per_day


@dataclass
class SceneVisual:
    """A laid-out scene: the figure, the reveal step of each primitive and the step names."""

    scene: Scene
    visual: Visual
    steps: list[int]
    step_names: list[str]
    lanes: list[LaneBand] = field(default_factory=list)
    bars: dict[str, BarBox] = field(default_factory=dict)
    axis: TimeAxis | None = None
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)

    @property
    def n_steps(self) -> int:
        return len(self.step_names)

    def items_at(self, step: int) -> list[Primitive]:
        """The primitives shown at reveal step `step` (0 = frame only)."""
        if step >= self.n_steps - 1:
            return list(self.visual.items)
        return [p for p, s in zip(self.visual.items, self.steps) if s <= step]

    def visual_at(self, step: int) -> Visual:
        return Visual(self.visual.width, self.visual.height, self.visual.title, self.items_at(step))

    def step_extent(self, step: int) -> tuple[float, float] | None:
        """The vertical extent (y0, y1) of the primitives that appear at `step`."""
        ys = [(b[1], b[3]) for b, s in zip(self.boxes, self.steps) if s == step]
        if not ys:
            return None
        return min(y for y, _ in ys), max(y for _, y in ys)

    def step_box(self, step: int) -> tuple[float, float, float, float] | None:
        """The box (x0, y0, x1, y1) around the primitives that appear at `step`."""
        boxes = [b for b, s in zip(self.boxes, self.steps) if s == step]
        if not boxes:
            return None
        return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))

    def lane_at(self, y: float) -> LaneBand | None:
        for ln in self.lanes:
            if ln.y0 <= y < ln.y1:
                return ln
        return None

    def bar_at(self, x: float, y: float, kind: str | None = None,
               slack: float = 3.0) -> BarBox | None:
        for b in self.bars.values():
            if (kind is None or b.kind == kind) and b.contains(x, y, slack):
                return b
        return None


# -- geometry of primitives ------------------------------------------------------------------

def bbox(p: Primitive) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) of a primitive."""
    if isinstance(p, (Rect, Text)):
        return p.x, p.y, p.x + p.w, p.y + p.h
    if isinstance(p, Diamond):
        return p.cx - p.r, p.cy - p.r, p.cx + p.r, p.cy + p.r
    if isinstance(p, Line) and p.points:
        xs = [x for x, _ in p.points]
        ys = [y for _, y in p.points]
        return min(xs), min(ys), max(xs), max(ys)
    return 0.0, 0.0, 0.0, 0.0
