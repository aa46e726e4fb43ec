"""Presentation mode without Qt: scenes, reveal steps, notes, live edits and styles."""
