"""Writing the yearly progress report (DOCX and/or PDF) from a roadmap snapshot.

Runs on a worker thread of the app or in the command line, like the monitoring report:
the PDF draws the KPI charts as vector graphics; the DOCX embeds them as PNG made with Qt
(offscreen) at print resolution.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.export import write_docx, write_pdf
from desktop.export.progress_report import Revision, build_progress_report, figure_visuals


def revision_from_file(path: str | Path) -> Revision:
    """A revision to compare with, read from a roadmap file (a snapshot) or roadmap JSON."""
    from db.interchange import export_document, load_json
    from db.store import RoadmapStore

    p = Path(path)
    if p.suffix.lower() == ".json":
        doc = load_json(p)
    else:
        with RoadmapStore.open(p, read_only=True) as s:
            doc = export_document(s)
    return Revision(p.stem, dt.datetime.fromtimestamp(p.stat().st_mtime).isoformat(timespec="seconds"), doc)


def export_progress(doc: dict, year: int, *, lang: str = "nl", docx: Path | None = None,
                    pdf: Path | None = None, today: dt.date | None = None,
                    revision: Revision | None = None,
                    progress: Callable[[int, int, str], None] | None = None) -> list[Path]:
    """Write the progress report on `year` of roadmap document `doc`; returns the files written."""
    today = today or dt.date.today()
    step = progress or (lambda done, total, what="": None)
    total = 1 + bool(docx) + bool(pdf)
    visuals = figure_visuals(doc, lang, today)
    step(1, total, "layout")
    written = []
    if pdf:
        written.append(write_pdf(build_progress_report(doc, year, lang, today, visuals=visuals,
                                                       revision=revision), pdf))
        step(len(written) + 1, total, "pdf")
    if docx:
        from desktop.export_ui.job import report_pngs

        with tempfile.TemporaryDirectory(prefix="routekaart-progress-") as tmp:
            figures = report_pngs(doc, visuals, Path(tmp))
            report = build_progress_report(doc, year, lang, today, figures=figures, visuals={},
                                           revision=revision)
            written.append(write_docx(report, docx))
        step(len(written) + 1, total, "docx")
    return written
