"""The roll-up reads two roadmaps together: shared partners, projects, value chains,
intervention points, KPI families, other roadmaps and a combined timeline."""

from __future__ import annotations

import copy
import subprocess
import sys

import pytest

from db.interchange import dumps, load_json
from desktop.domain.paths import demo_json
from desktop.export.report.rollup import build_rollup, key_of, similar


def second_roadmap() -> dict:
    """A small building-innovation roadmap that overlaps the demo in a few places."""
    demo = load_json(demo_json())
    doc = {k: ([] if isinstance(v, list) else v) for k, v in copy.deepcopy(demo).items()}
    doc["roadmap"] = {**{k: None for k in demo["roadmap"]}, "id": "r2", "title": "Roadmap Bouwinnovatie 2027–2032",
                      "cluster_name": "Bouwinnovatie (fictief)", "language": "nl",
                      "horizon_start": "2027-01-01", "horizon_end": "2032-12-31"}
    blank = {e: {k: None for k in rows[0]} for e, rows in demo.items() if isinstance(rows, list) and rows}

    def row(entity, **values):
        doc[entity].append({**blank[entity], **values})

    row("partner", id="b-p1", name="KU Leuven", type="university", ring="project_team")
    row("partner", id="b-p2", name="Bouwgroep Vanhoutte NV", type="large_company", ring="back_office")
    row("partner", id="b-p3", name="Betonfabriek Maes", type="sme", ring="execution")
    row("value_chain", id="b-vc1", code="BV1", name="Nieuw wonen en renovatie")
    row("value_chain", id="b-vc2", code="BV2", name="Circulair beton")
    row("programme", id="b-g1", value_chain_id="b-vc1", code="B1", name="Seriële renovatie")
    row("action", id="b-a1", value_chain_id="b-vc1", programme_id="b-g1", code="B-01", title="Demowijk 50 woningen",
        kind="milestone", start_date="2029-06-30", end_date="2029-06-30", status="planned")
    row("action", id="b-a2", value_chain_id="b-vc2", code="B-02", title="Eerste circulaire betonmix gecertificeerd",
        kind="milestone", start_date="2028-03-31", end_date="2028-03-31", status="planned")
    row("intervention_point", id="b-ip1", title="Label levensloopbestendig", core_task="regelgeving renovatie",
        term="short", impact="high", white_spot=False)
    demo_ip = next(ip for ip in demo["intervention_point"])
    row("intervention_point", id="b-ip2", title=demo_ip["title"], core_task="opdrachtgeverschap",
        term="medium", impact="medium", white_spot=False)
    row("kpi", id="b-k1", name="Bijkomende omzet in Vlaanderen gekoppeld aan clusteractiviteiten",
        category="economic", scope="programme_wide")
    row("kpi", id="b-k2", name="Gerenoveerde woningen", category="societal", scope="cluster_specific")
    row("project", id="b-pj1", code="BI-1", title="Prefab-zorgmodules", kind="icon", status="approved",
        public_eur=300000.0, private_eur=500000.0)
    row("reference_roadmap", id="b-rr1", title="Vlaamse renovatieroadmap voor woningen (fictief)", kind="national")
    row("reference_link", id="b-rl1", reference_roadmap_id="b-rr1", value_chain_id="b-vc1", relation="builds_on")
    row("priority_tag", id="b-t1", priority="s3_built", value_chain_id="b-vc1")
    return doc


def test_matching_ignores_case_accents_and_small_words():
    assert key_of("Bouwgroep  Vanhoutte NV") == key_of("bouwgroep vanhoutte nv.")
    assert key_of("Café Één") == "cafe een"
    assert similar("Nieuw wonen", "Nieuw wonen en renovatie") and not similar("Nieuw wonen", "Circulair beton")


def test_two_roadmaps_read_together():
    demo, other = load_json(demo_json()), second_roadmap()
    report = build_rollup([demo, other], "nl")
    heads = [b.text for b in report.headings(1)]
    assert heads[:3] == ["De roadmaps naast elkaar", "Partners in meer dan één roadmap",
                         "Projecten in meer dan één roadmap"]

    def text(block) -> str:
        from desktop.export.report.document import Paragraph, Table

        if isinstance(block, Table):
            def flat(c):
                if isinstance(c, str):
                    return c
                return " ".join("".join(r.text for r in getattr(p, "runs", [])) for p in c)
            return " | ".join(flat(c) for row in block.rows for c in row)
        return block.text if isinstance(block, Paragraph) else ""

    body = "\n".join(text(b) for b in report.blocks)
    assert "KU Leuven" in body and "Bouwgroep Vanhoutte NV" in body and "Betonfabriek Maes" not in body
    assert "Prefab-zorgmodules" in body  # a project in both
    assert "S3: bouw en gebouwde omgeving" in body  # the shared tag, with the chains of both
    assert "R1: WK3 Nieuw wonen" in body and "R2: BV1 Nieuw wonen en renovatie" in body
    assert demo["intervention_point"][0]["title"] in body
    assert "Vlaamse renovatieroadmap voor woningen (fictief)" in body
    assert "Demowijk 50 woningen" in body and "2029" in body  # the combined timeline
    with pytest.raises(ValueError):
        build_rollup([demo], "nl")


def test_cli_rollup_writes_pdf_and_docx(tmp_path):
    import docx

    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(dumps(load_json(demo_json())), encoding="utf-8")
    b.write_text(dumps(second_roadmap()), encoding="utf-8")
    pdf, word = tmp_path / "samen.pdf", tmp_path / "samen.docx"
    out = subprocess.run([sys.executable, "-m", "desktop", "rollup", str(a), str(b), "--pdf", str(pdf),
                          "--docx", str(word), "--lang", "en"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "roll-up of 2 roadmaps" in out.stdout
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Roadmaps read together" in text and "Partners in more than one roadmap" in text
    d = docx.Document(str(word))
    assert any(p.text.endswith("Combined timeline of the milestones") for p in d.paragraphs)
    bad = subprocess.run([sys.executable, "-m", "desktop", "rollup", str(a), "--pdf", str(pdf)],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode != 0 and "at least two roadmaps" in bad.stderr


def test_shared_intervention_named_by_its_core_task_and_listed_once():
    from desktop.export.report.document import Table

    demo, other = load_json(demo_json()), second_roadmap()
    for doc in (demo, other):
        doc["intervention_point"][0].update(core_task="Regelgeving Zorg", title="regelgeving zorg")
    report = build_rollup([demo, other], "nl")
    shared = [row for b in report.blocks if isinstance(b, Table) for row in b.rows
              if "Regelgeving" in str(row[0]) or "regelgeving" in str(row[0])]

    def flat(cell) -> str:
        if isinstance(cell, str):
            return cell
        return " ".join("".join(r.text for r in getattr(p, "runs", [])) for p in cell)

    assert len(shared) == 1
    name, points = flat(shared[0][0]), flat(shared[0][1])
    assert name == "Regelgeving Zorg"  # the core task, whatever the run's string hashing
    assert points.count("R1: regelgeving zorg") == 1 and points.count("R2: regelgeving zorg") == 1
