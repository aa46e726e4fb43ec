"""`TimelineDelta`: what one incremental Part B layout changed (the bars and arrows to redraw
or remove, the lanes that moved, or everything), so views touch only those items."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class TimelineDelta:
    """What one update changed. With `full` set, everything may have changed."""

    full: bool = False
    bars: set[str] = field(default_factory=set)  # added or changed bars (ids in layout.bars)
    bars_removed: set[str] = field(default_factory=set)
    arrows: set[str] = field(default_factory=set)
    arrows_removed: set[str] = field(default_factory=set)
    lanes: bool = False  # lane geometry (y, height, rows) changed
    shifted: set[str] = field(default_factory=set)  # of `bars`: only their y changed
    #: of `arrows`: moved with the lanes of its two bars and nothing else: each point's y
    #: moved by the `lane_dy` of the bar it belongs to (`target_points` tells which)
    arrows_shifted: set[str] = field(default_factory=set)
    #: lanes that moved up or down (key -> dy); their `shifted` bars moved along
    lane_dy: dict[str, float] = field(default_factory=dict)

    def empty(self) -> bool:
        return not (self.full or self.bars or self.bars_removed or self.arrows
                    or self.arrows_removed or self.lanes)
