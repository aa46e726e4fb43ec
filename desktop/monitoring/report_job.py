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
from desktop.export.monitoring_report import build_monitoring_report, figure_visuals


def export_monitoring(doc: dict, *, lang: str = "nl", docx: Path | None = None,
                      pdf: Path | None = None, today: dt.date | None = None,
                      changes: list[tuple[str, str, str]] | None = None, since: str = "",
                      progress: Callable[[int, int, str], None] | None = None) -> list[Path]:
    """Write the monitoring report of roadmap document `doc`; returns the files written."""
    today = today or dt.date.today()
    step = progress or (lambda done, total, what="": None)
    total = 1 + bool(docx) + bool(pdf)
    visuals = figure_visuals(doc, lang, today)
    step(1, total, "layout")
    written = []
    if pdf:
        written.append(write_pdf(build_monitoring_report(doc, lang, today, visuals=visuals,
                                                            changes=changes, since=since), pdf))
        step(len(written) + 1, total, "pdf")
    if docx:
        from desktop.export_ui.job import report_pngs

        with tempfile.TemporaryDirectory(prefix="routekaart-monitoring-") as tmp:
            figures = report_pngs(doc, visuals, Path(tmp))  # print resolution, as the report
            report = build_monitoring_report(doc, lang, today, figures=figures, visuals={},
                                             changes=changes, since=since)
            written.append(write_docx(report, docx))
        step(len(written) + 1, total, "docx")
    return written
