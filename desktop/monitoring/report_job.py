"""Writing the monitoring report (DOCX and/or PDF) from a roadmap snapshot.

Runs anywhere: on a worker thread of the app or in the command line. The PDF draws the
figures as vector graphics; the DOCX embeds them as PNG at print resolution, made the same
way as the roadmap report's (Qt, offscreen).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.export import write_docx, write_pdf
from desktop.export.report.monitoring import build_monitoring_report, figure_visuals


def export_monitoring(doc: dict, *, lang: str = "nl", docx: Path | None = None,
                      pdf: Path | None = None, today: dt.date | None = None,
                      changes: list[tuple[str, str, str]] | None = None, since: str = "",
                      progress: Callable[[int, int, str], None] | None = None) -> list[Path]:
    """Write the monitoring report of roadmap document `doc`; returns the files written."""
    today = today or dt.date.today()
    return write_report_files(
        lambda **figs: build_monitoring_report(doc, lang, today, changes=changes, since=since, **figs),
        doc, figure_visuals(doc, lang, today), docx=docx, pdf=pdf, progress=progress,
        prefix="routekaart-monitoring-")


def write_report_files(build: Callable[..., object], doc: dict, visuals: dict, *,
                       docx: Path | None, pdf: Path | None, prefix: str,
                       progress: Callable[[int, int, str], None] | None = None) -> list[Path]:
    """Write the report `build(visuals=…)` / `build(figures=…, visuals={})` makes as PDF
    (vector figures) and/or DOCX (figures as PNG at print resolution); returns the files
    written. Shared by the monitoring and the progress report."""
    step = progress or (lambda done, total, what="": None)
    total = 1 + bool(docx) + bool(pdf)
    step(1, total, "layout")
    written = []
    if pdf:
        written.append(write_pdf(build(visuals=visuals), pdf))
        step(len(written) + 1, total, "pdf")
    if docx:
        from desktop.export.job import report_pngs
        from desktop.export_ui.visual_png import save_png

        with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
            figures = report_pngs(doc, visuals, Path(tmp), save_png)  # print resolution, as the report
            written.append(write_docx(build(figures=figures, visuals={}), docx))
        step(len(written) + 1, total, "docx")
    return written
