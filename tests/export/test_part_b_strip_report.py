"""The report's Part B figures carry the projects and KPI-targets strip by default (the
funder reads the portfolio and the yearly targets on the actions' time axis); the export
snapshot's `part_b_strip` option and the CLI's --no-part-b-strip leave it out."""

from __future__ import annotations

import pytest

from db.interchange import load_json
from desktop.domain.paths import demo_json
from desktop.domain.visuals.part_b_portfolio import MAX_KPIS, chain_kpis, chain_projects
from desktop.export import job
from desktop.export.graphics.visuals import PART_B_PLAIN, report_visuals


@pytest.fixture(scope="module")
def demo():
    return load_json(demo_json())


def refs(visual, entity: str) -> set[str]:
    return {i.ref[1] for i in visual.items if getattr(i, "ref", None) and i.ref[0] == entity}


def test_every_chain_figure_shows_its_projects_and_kpi_targets(demo):
    figures = report_visuals(demo, "en")
    chains = [vc["id"] for vc in demo["value_chain"]]
    assert chains and all(f"value_chain:{c}" in figures for c in chains)
    for c in chains:
        figure = figures[f"value_chain:{c}"]
        projects = {p["id"] for p in chain_projects(demo, c)}
        kpis = {k["id"] for k, _targets in chain_kpis(demo, c)[:MAX_KPIS]}
        assert projects or kpis, c  # the demo has something to show for every chain
        assert refs(figure, "project") == projects
        assert refs(figure, "kpi") == kpis
        narrow = figure.at_width(700.0)  # the report lays the figure out again at its printed width
        assert refs(narrow, "project") == projects and refs(narrow, "kpi") == kpis
    assert not refs(figures["overview"], "project")


def test_the_plain_option_leaves_the_strip_out(demo):
    figures = report_visuals(demo, "en", part_b=PART_B_PLAIN)
    for key, figure in figures.items():
        assert not refs(figure, "project") and not refs(figure, "kpi"), key


@pytest.mark.parametrize("strip", [True, False])
def test_the_export_snapshot_option_reaches_the_pdf(demo, tmp_path, monkeypatch, strip):
    seen = {}

    def fake_pdf(doc, path, lang, include_empty, *, visuals, **_kw):
        seen.update(visuals)
        return path

    monkeypatch.setattr(job.export, "export_pdf", fake_pdf)
    snap = {"doc": demo, "lang": "nl", "pdf": tmp_path / "r.pdf"}
    if not strip:
        snap["part_b_strip"] = False
    job.run_export(snap)
    chain_figures = [v for k, v in seen.items() if k.startswith("value_chain:")]
    assert chain_figures
    assert any(refs(v, "project") for v in chain_figures) is strip


def test_the_cli_flag_turns_the_strip_off():
    import argparse

    from desktop import cli

    on = cli._snapshot({}, argparse.Namespace(lang="nl", docx=None, pdf=None))
    off = cli._snapshot({}, argparse.Namespace(lang="nl", docx=None, pdf=None, no_part_b_strip=True))
    assert on["part_b_strip"] is True and off["part_b_strip"] is False
    parser = cli._parser_for_commands()
    assert parser.parse_args(["export", "x.roadmap", "--pdf", "o.pdf", "--no-part-b-strip"]).no_part_b_strip
    assert not parser.parse_args(["export", "x.roadmap", "--pdf", "o.pdf"]).no_part_b_strip
