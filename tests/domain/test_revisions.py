"""Revisions from the file and from the snapshot folder: one list, one choice per year."""

from __future__ import annotations

import json

from db import snapshots
from db.interchange import export_document
from db.ops import Create
from desktop.domain import revisions as R


def test_both_sources_are_listed_and_the_newest_named_before_the_year_is_chosen(file_store, tmp_path):
    folder = tmp_path / "snaps"
    file_store.apply([Create("kpi", {"name": "Banen"}, id="k1")])
    content = json.dumps(export_document(file_store))
    file_store.apply([
        Create("snapshot", {"name": "Jaar 2025", "kind": "named", "created_at": "2025-12-30T09:00:00",
                            "content": content}),
        Create("snapshot", {"name": "Kapot", "kind": "named", "created_at": "2026-11-01T09:00:00",
                            "content": "{not json"}),
        Create("snapshot", {"name": "Auto", "kind": "auto", "created_at": "2026-12-01T09:00:00",
                            "content": content}),
    ])
    snapshots.take(file_store, folder, kind="named", label="op schijf")
    doc = export_document(file_store)
    refs = R.revision_refs(doc["snapshot"], folder)
    names = [r.name for r in refs]
    assert names[0] == "op schijf" and set(names) == {"op schijf", "Jaar 2025", "Kapot", "Auto"}
    assert [r.name for r in R.revision_refs(doc["snapshot"], folder, named_only=True)] == [
        "op schijf", "Kapot", "Jaar 2025"]
    # 2027: the newest named revision before the year is the one on disk (made today, 2026 or later)
    made = refs[0].created_at[:4]
    later = int(made) + 1
    assert R.choose_revision(doc, folder, later).name == "op schijf"
    # 2027 without the folder: "Kapot" cannot be read, so the one of 2025 is used
    assert R.choose_revision(doc, None, 2027).name == "Jaar 2025"
    assert R.choose_revision(doc, None, 2025) is None
    from desktop.export.report.progress import revision_before

    assert revision_before(doc, 2027).name == "Jaar 2025"


def test_the_unbacked_programmes_sentence_has_one_source():
    from desktop.export.report import funding as funding_report
    from desktop.export.report import progress as progress_report
    from desktop.export.report.context import Context

    doc = {"roadmap": {"title": "R"}, "programme": [{"id": "pg1", "name": "Zonder steun"}], "commitment": []}
    c = Context(doc, "en")
    sentence = funding_report.backing_sentence(c)
    assert sentence == "Programmes without an announced or signed commitment: Zonder steun."
    assert all("s_unbacked" not in w for w in progress_report.WORDS.values())
    report = progress_report.build_progress_report(doc, 2026, "en")
    from desktop.export.report.document import BulletList

    summary = next(b for b in report.blocks if isinstance(b, BulletList))
    assert sentence in ["".join(r.text for r in item.runs) for item in summary.items]
