"""Writing the yearly progress report (DOCX and/or PDF) from a roadmap snapshot.

Runs on a worker thread of the app or in the command line, like the monitoring report:
the PDF draws the KPI charts as vector graphics; the DOCX embeds them as PNG made with Qt
(offscreen) at print resolution.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from desktop.domain.revisions import Revision, revision_from_file  # noqa: F401 - used by the CLI
from desktop.export.report.progress import build_progress_report, figure_visuals
from desktop.monitoring.report_job import write_report_files


def export_progress(doc: dict, year: int, *, lang: str = "nl", docx: Path | None = None,
                    pdf: Path | None = None, today: dt.date | None = None,
                    revision: Revision | None = None,
                    progress: Callable[[int, int, str], None] | None = None) -> list[Path]:
    """Write the progress report on `year` of roadmap document `doc`; returns the files written."""
    today = today or dt.date.today()
    return write_report_files(
        lambda **figs: build_progress_report(doc, year, lang, today, revision=revision, **figs),
        doc, figure_visuals(doc, lang, today, year), docx=docx, pdf=pdf, progress=progress,
        prefix="routekaart-progress-")


def write_progress(doc: dict, year: int, *, lang: str = "nl", target: Path, folder: Path | None = None,
                   revision_key: str | None = None, today: dt.date | None = None,
                   progress: Callable[[int, int, str], None] | None = None) -> list[Path]:
    """The app's progress report job: `target` (.pdf or .docx) compared with the revision
    `revision_key` (a `RevisionRef.key`) or, when None, the newest named revision before
    `year` kept in the file or in the snapshot `folder`."""
    from db.errors import RoadmapError
    from desktop.domain import revisions as R

    rows = doc.get("snapshot")
    if revision_key is None:
        revision = R.choose_revision(doc, folder, year)
    else:
        ref = next((r for r in R.revision_refs(rows, folder) if r.key == revision_key), None)
        revision = R.load_revision(ref, rows) if ref is not None else None
        if revision is None:
            raise RoadmapError("The content of this revision cannot be read as a roadmap.",
                               code="revision_unreadable")
    kind = "docx" if target.suffix.lower() == ".docx" else "pdf"
    return export_progress(doc, year, lang=lang, today=today, revision=revision, progress=progress,
                           **{kind: target})
