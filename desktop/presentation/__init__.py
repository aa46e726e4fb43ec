"""Presentation mode: the roadmap's scenes full screen for a workshop, live edits, and a
PPTX deck of the scenes. `menu.install(window)` adds View ▸ Present (F5) and File ▸ Export
presentation deck (PPTX)…"""
