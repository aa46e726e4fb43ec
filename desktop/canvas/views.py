"""The canvas views registered in the main window: Part A overview and Part B timeline.

Both are created as `Factory(session, lang, parent=None)` and offer `message = Signal(str)`
and `show_target(entity, row_id, field)`.
"""

from desktop.canvas.part_a_view import PartAView
from desktop.canvas.part_b_view import PartBView

__all__ = ["PartAView", "PartBView"]
