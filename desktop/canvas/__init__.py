"""The editable roadmap canvas: Part A overview and Part B timeline on QGraphicsView."""
