"""The export dialog and the export job it runs in the background.

`ExportDialog` (Qt widgets) lives in `desktop.export_ui.dialog`; `run_export` in
`desktop.export.job` is Qt-free apart from PNG rendering and is shared with the
command line. Nothing is imported here, so the command line can use the job without
loading the widgets.
"""
