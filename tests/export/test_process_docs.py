"""The working documents of the process, made from the model: start note, workshop reports,
synthesis (Qt-free builders, written as Word files by the command line)."""

from __future__ import annotations

import subprocess
import sys

import docx

from db.interchange import import_document, load_json
from desktop.domain.paths import demo_json
from desktop.export.report.process_docs import meeting_report, process_documents, synthesis


def _text(path) -> str:
    d = docx.Document(str(path))
    return "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])


def test_the_demo_gives_a_start_note_a_report_per_workshop_and_a_synthesis():
    demo = load_json(demo_json())
    docs = process_documents(demo, "nl")
    names = [n for n, _ in docs]
    assert names[0] == "startnota" and names[-1] == "synthese"
    assert len(names) == 2 + len(demo["workshop"])
    selection = next(w for w in demo["workshop"] if "selectie" in w["title"])
    report = meeting_report(demo, selection["id"], "nl")
    assert report.title.startswith("Verslag: Workshop selectie")
    heads = [h.text for h in report.headings(1)]
    assert "Resultaat van de stemming met stippen" in heads and "Procesresultaten" in heads
    syn = synthesis(demo, "en")
    assert [h.text for h in syn.headings(1)][:2] == ["Step 0 – preparation", "Step 1 – future visions and objectives"]


def test_cli_writes_the_working_documents(tmp_path):
    with import_document(load_json(demo_json()), tmp_path / "demo.roadmap"):
        pass
    out = subprocess.run([sys.executable, "-m", "desktop", "process-docs", str(tmp_path / "demo.roadmap"),
                          "--out", str(tmp_path / "docs")], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    files = sorted(p.name for p in (tmp_path / "docs").iterdir())
    assert "startnota.docx" in files and "synthese.docx" in files
    assert any(f.startswith("verslag-03-workshop-selectie") for f in files)
    start = _text(tmp_path / "docs" / "startnota.docx")
    assert "Tegenexpertise" in start and "S3-partnerschap Slim textiel voor gezondheid (fictief)" in start
    report = _text(next((tmp_path / "docs").glob("verslag-03-*.docx")))
    assert "Woonmaatschappij Scheldeland sluit aan" in report and "tafel 1" in report
