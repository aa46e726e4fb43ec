"""Progress gives exactly what sections.score gives, before and after edits (Qt-free)."""

from __future__ import annotations

from db.ops import Create, Delete, Update
from desktop.domain.checks.engine import run_checks
from desktop.domain.rowcache import RowCache
from desktop.domain.wizard.sections import SECTIONS, STEPS, score
from desktop.wizard.progress import Progress
from tests.helpers import basic_rows


def test_progress_matches_score(store):
    basic_rows(store)
    cache = RowCache(store)
    progress = Progress(cache)

    def listener(change):
        cache.apply(change)
        progress.apply(change)

    store.subscribe(listener)
    expects = {e for s in SECTIONS for e in s.expects} | \
        {e for st in STEPS for i in st.checklist for e in i.expects}

    def same():
        codes = {p.code for p in run_checks(store)}
        progress.open_codes = codes
        data = {"roadmap": store.roadmap(), **{e: store.rows(e) for e in {x.entity for x in expects} - {"roadmap"}}}
        for e in expects:
            assert progress.score(e) == score(e, data, codes), e

    same()
    for ops in ([Update("action", "a1", {"status": "done", "category": "content"})],
                [Update("action", "a2", {"owner_id": None})],
                [Create("action", {"title": "Third", "owner_id": "p1"}, id="a3")],
                [Delete("partner", "p2")],          # clears a reference: an update by cascade
                [Update("roadmap", store.roadmap()["id"], {"mission": "M"})],
                [Create("partner", {"name": "X", "ring": "execution", "type": "sme"})]):
        store.apply(ops)
        same()
