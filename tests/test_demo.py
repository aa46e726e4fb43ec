"""The bundled demo roadmap: valid, complete across the method's steps, and exportable."""

from __future__ import annotations

import subprocess
from collections import Counter

import pytest

from db.interchange import export_document, import_document, load_json
from db.ops import Update
from desktop.cli import main as cli
from desktop.domain.paths import demo_json


@pytest.fixture(scope="module")
def demo():
    store = import_document(load_json(demo_json()), ":memory:")
    yield store
    store.close()


def test_demo_round_trips_exactly(demo):
    assert export_document(demo) == load_json(demo_json())


def test_demo_covers_steps_0_to_5(demo):
    road = demo.roadmap()
    assert road["language"] == "nl" and road["horizon_start"] < road["horizon_end"]
    for field in ("introduction", "coalition", "mission", "current_situation", "selection_rationale"):
        assert len(road[field] or "") > 200, field
    assert demo.count("challenge") == 3
    assert demo.count("value_chain") == 3
    for entity in ("partner", "team_member", "opportunity", "selection_criterion", "criterion_score",
                   "indicator", "area_assessment", "swot_item", "value_chain_objective", "scenario",
                   "programme", "lane", "action_partner", "dependency", "intervention_point", "kpi",
                   "kpi_measurement", "resource", "stakeholder", "commitment", "governance_body",
                   "risk", "communication_item", "quality_assessment", "indicator_value",
                   "kpi_target", "project", "project_partner", "project_action", "snapshot"):
        assert demo.count(entity) > 0, entity
    assert demo.count("area_assessment") == 8


def test_every_selected_vision_has_two_measurable_objectives(demo):
    objectives = demo.rows("objective")
    selected = [v for v in demo.rows("vision") if v["selected"]]
    assert len(selected) >= 3
    for v in selected:
        own = [o for o in objectives if o["vision_id"] == v["id"]]
        measurable = [o for o in own if o["target_value"] is not None and o["unit"] and o["target_year"]]
        assert len(measurable) >= 2, v["title"]


def test_part_b_detail_for_a_value_chain(demo):
    actions = demo.rows("action")
    per_chain = Counter(a["value_chain_id"] for a in actions)
    chain, n = per_chain.most_common(1)[0]
    assert n >= 25
    mine = [a for a in actions if a["value_chain_id"] == chain]
    assert {a["kind"] for a in mine} == {"action", "milestone"}
    lanes = {lane["id"]: lane["layer"] for lane in demo.rows("lane")}
    assert {lanes[a["lane_id"]] for a in mine} >= {"science", "technology", "product", "market", "enabling"}
    for a in actions:
        assert a["owner_id"] and a["start_date"] and a["end_date"], a["title"]
        assert a["end_date"] >= a["start_date"], a["title"]
    assert demo.count("dependency") >= 15


def test_headless_demo_export_writes_every_format(qapp, tmp_path, capsys):
    from PySide6.QtGui import QImage
    assert cli(["demo-export", "--out", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    names = ["demo.roadmap", "demo.json", "demo-nl.docx", "demo-nl.pdf", "demo-window.png",
             "demo-poster-nl-A3.pdf", "demo-monitoring-nl.pdf", "demo-presentation-nl.pptx",
             "part-a-overview.png", "part-a-overview.svg"]
    for name in names:
        assert (tmp_path / name).stat().st_size > 1000, name
        assert str(tmp_path / name) in printed
    assert not list(tmp_path.glob("*.roadmap-*")), "no -wal/-shm left beside the demo copy"
    image = QImage(str(tmp_path / "demo-window.png"))
    assert image.width() >= 1200 and image.height() >= 700
    text = subprocess.run(["pdftotext", str(tmp_path / "demo-nl.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert load_json(demo_json())["roadmap"]["title"] in text


def test_cli_export_to_a_missing_folder_is_a_clear_error(tmp_path, capsys):
    roadmap = tmp_path / "demo.roadmap"
    import_document(load_json(demo_json()), roadmap).close()
    code = cli(["export", str(roadmap), "--docx", str(tmp_path / "nope" / "r.docx")])
    assert code == 1
    assert "does not exist" in capsys.readouterr().err
    assert cli(["export", str(roadmap), "--pdf", str(tmp_path / "r.pdf"), "--lang", "en"]) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_demo_copies_from_the_cached_template_equal_a_fresh_import(tmp_path):
    from db.interchange import export_document
    from desktop.demo import fresh_demo

    cache = tmp_path / "cache"
    with fresh_demo(tmp_path / "a.roadmap") as imported:
        expected = export_document(imported)
    with fresh_demo(tmp_path / "b.roadmap", cache=cache) as first:
        assert export_document(first) == expected
        first.apply([Update("roadmap", first.roadmap()["id"], {"title": "Gewijzigd"})])
    templates = list(cache.glob("demo-template-*.roadmap"))
    assert len(templates) == 1
    stamp = templates[0].stat().st_mtime_ns
    with fresh_demo(tmp_path / "c.roadmap", cache=cache) as second:  # copied, not re-imported
        assert export_document(second) == expected
        assert second.integrity_check() == ["ok"]
    assert templates[0].stat().st_mtime_ns == stamp
    assert not list(cache.glob("*.tmp")) and not list(tmp_path.glob(".*.tmp"))


def test_cli_monitoring_report_and_deck(qapp, tmp_path, capsys):
    from pptx import Presentation

    roadmap = tmp_path / "demo.roadmap"
    import_document(load_json(demo_json()), roadmap).close()
    assert cli(["monitoring-report", str(roadmap), "--pdf", str(tmp_path / "m.pdf"),
                "--docx", str(tmp_path / "m.docx"), "--lang", "en"]) == 0
    text = subprocess.run(["pdftotext", str(tmp_path / "m.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Monitoring report" in text and "Action status" in text
    assert (tmp_path / "m.docx").stat().st_size > 10000
    assert cli(["deck", str(roadmap), str(tmp_path / "d.pptx")]) == 0
    deck = Presentation(str(tmp_path / "d.pptx"))
    value_chains = len(load_json(demo_json())["value_chain"])
    assert len(deck.slides) == 1 + value_chains + 1  # Part A, each Part B, KPIs
    assert cli(["monitoring-report", str(roadmap)]) == 1
    assert "say what to write" in capsys.readouterr().err


def test_cli_report_with_changes_since_a_revision(tmp_path):
    from db.ops import Update
    from db.store import RoadmapStore

    roadmap = tmp_path / "demo.roadmap"
    store = import_document(load_json(demo_json()), roadmap)
    store.backup_to(tmp_path / "na-workshop-2.roadmap")
    action = store.rows("action")[0]
    store.apply([Update("action", action["id"], {"end_date": "2031-12-31"})])
    store.close()
    out = tmp_path / "r.pdf"
    assert cli(["export", str(roadmap), "--pdf", str(out), "--lang", "en",
                "--changes-since", str(tmp_path / "na-workshop-2.roadmap")]) == 0
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Changes since na-workshop-2" in text
    assert f"{action['title'][:30]}" in text and "End / deadline" in text
    with RoadmapStore.open(roadmap, read_only=True):
        pass
