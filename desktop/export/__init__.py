"""Report export: the roadmap as a Word (.docx) or PDF report in the NIB method's chapter
structure. Qt-free (never imports PySide6); the GUI calls these functions in a worker.

    from desktop.export import export_docx, export_pdf
    export_docx(export_document(store), "rapport.docx", lang="nl")

Pipeline: `build_report` (roadmap document -> render-neutral `Report`) then `write_docx`
or `write_pdf`. Every writer builds its file beside the target and renames it into place,
and raises `ExportError` (with a user-facing message) when it cannot.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from desktop.export.build import build_report
from desktop.export.document import Report
from desktop.export.errors import ExportError
from desktop.export.resources import resources_dir

__all__ = ["ExportError", "Report", "build_report", "export_docx", "export_pdf", "resources_dir",
           "write_docx", "write_pdf"]


def write_docx(report: Report, path: str | os.PathLike) -> Path:
    from desktop.export.docx_writer import write_docx as _write

    return _write(report, path)


def write_pdf(report: Report, path: str | os.PathLike) -> Path:
    from desktop.export.pdf_writer import write_pdf as _write

    return _write(report, path)


def export_docx(doc: dict, path: str | os.PathLike, lang: str = "nl", include_empty: bool = False,
                *, figures: Mapping[str, Path] | None = None) -> Path:
    """Write the Word report of roadmap document `doc` to `path`; returns the path."""
    return write_docx(build_report(doc, lang, include_empty, figures=figures), path)


def export_pdf(doc: dict, path: str | os.PathLike, lang: str = "nl", include_empty: bool = False,
               *, figures: Mapping[str, Path] | None = None) -> Path:
    """Write the PDF report of roadmap document `doc` to `path`; returns the path."""
    return write_pdf(build_report(doc, lang, include_empty, figures=figures), path)
