"""Report export: the roadmap as a Word (.docx) or PDF report in the NIB method's chapter
structure, posters of the roadmap visuals, and the visuals as SVG. Qt-free (never
imports PySide6); the GUI calls these functions in a worker. PNG images of the visuals
are made on the Qt side (`desktop.export_ui.visual_png`) and handed to `export_docx` as `figures`.

    from desktop.export import export_docx, export_pdf, export_poster
    export_docx(export_document(store), "rapport.docx", lang="nl")

Pipeline: `build_report` (roadmap document -> render-neutral `Report`) then `write_docx`
or `write_pdf`. Every writer builds its file beside the target and renames it into place,
and raises `ExportError` (with a user-facing message) when it cannot.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping
from pathlib import Path

from desktop.export.errors import ExportError
from desktop.export.report.build import SECTION_KEYS, build_report
from desktop.export.report.document import Report
from desktop.export.resources import resources_dir

__all__ = ["ExportError", "Report", "SECTION_KEYS", "build_report", "export_docx", "export_pdf",
           "export_poster", "export_svg", "resources_dir", "write_docx", "write_pdf"]


def write_docx(report: Report, path: str | os.PathLike) -> Path:
    from desktop.export.docx.writer import write_docx as _write

    return _write(report, path)


def write_pdf(report: Report, path: str | os.PathLike) -> Path:
    from desktop.export.pdf.writer import write_pdf as _write

    return _write(report, path)


def export_docx(doc: dict, path: str | os.PathLike, lang: str = "nl", include_empty: bool = False,
                *, figures: Mapping[str, Path] | None = None,
                sections: Collection[str] | None = None, changes=None, since: str = "") -> Path:
    """Write the Word report of roadmap document `doc` to `path`; returns the path.
    `figures` are PNG files by figure key ("overview", "value_chain:<id>"), e.g. from
    `desktop.export.job.report_pngs`; `sections` limits the chapters (SECTION_KEYS)."""
    return write_docx(build_report(doc, lang, include_empty, figures=figures, sections=sections,
                                   changes=changes, since=since), path)


def export_pdf(doc: dict, path: str | os.PathLike, lang: str = "nl", include_empty: bool = False,
               *, figures: Mapping[str, Path] | None = None, visuals: Mapping | None = None,
               sections: Collection[str] | None = None, changes=None, since: str = "") -> Path:
    """Write the PDF report of roadmap document `doc` to `path`; returns the path.
    The visuals are drawn as vector figures: `visuals` by figure key, by default laid out
    from `doc` (pass {} for none); `figures` (PNG files) stand in for missing ones."""
    if visuals is None:
        from desktop.export.graphics.visuals import report_visuals

        visuals = report_visuals(doc, lang)
    report = build_report(doc, lang, include_empty, figures=figures, visuals=visuals, sections=sections,
                          changes=changes, since=since)
    return write_pdf(report, path)


def export_poster(doc: dict, path: str | os.PathLike, *, visual: str = "all", paper: str = "A3",
                  lang: str = "nl", visuals: Mapping | None = None) -> Path:
    """Write a landscape A3/A2 vector poster PDF: one page per visual ("overview",
    "value_chain:<id>" or "all"), each with title and legend."""
    from desktop.export.pdf.poster import export_poster as _poster

    return _poster(doc, path, visual=visual, paper=paper, lang=lang, visuals=visuals)


def export_svg(visual, path: str | os.PathLike) -> Path:
    """Write one `Visual` as a standalone SVG file."""
    from desktop.export.graphics.svg import write_svg

    return write_svg(visual, path)
