"""Render-neutral graphics for export: the visuals to export, text fitting, shapes and SVG."""
