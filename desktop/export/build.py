"""Build the render-neutral report of a roadmap document, in the NIB method's chapter order:
title page, contents, 1 introduction, 2 future visions and objectives, 3 current situation,
4 paths, 5 strategic action plan, annexes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from desktop.export.annexes import annexes
from desktop.export.chapter1_3 import current_situation, introduction, visions
from desktop.export.chapter4_5 import action_plan, paths
from desktop.export.context import Context
from desktop.export.document import PageBreak, Report, TableOfContents, TitlePage
from desktop.export.resources import LANGUAGES
from desktop.export.tree import flatten


def build_report(doc: dict, lang: str = "nl", include_empty: bool = False, *,
                 figures: Mapping[str, Path] | None = None, today: dt.date | None = None) -> Report:
    """The report of a roadmap document (a dict as in roadmap JSON).

    Args:
        doc: the roadmap document (`db.interchange.export_document(store)` or `load_json`).
        lang: "nl" or "en": the language of headings and labels; the roadmap's own text is
            used as written.
        include_empty: keep sections that have no content, marked "Not yet filled in";
            otherwise they are left out.
        figures: PNG files of the visuals by figure key ("overview",
            "value_chain:<id>"); figures without a file are left out by the writers.
        today: the date printed on the title page (default: today).
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported report language {lang!r}; expected one of {LANGUAGES}")
    c = Context(doc, lang)
    figures = dict(figures or {})
    road = c.road
    title = (road.get("title") or "").strip() or c.t("report.default_title")
    chapters = [introduction(c), visions(c), current_situation(c), paths(c, figures),
                action_plan(c), annexes(c)]
    body = flatten(chapters, include_empty=include_empty, not_filled=c.t("report.not_filled"),
                   annex_word=c.t("report.annex"))
    blocks: list = [_title_page(c, title, today or dt.date.today())]
    if body:
        blocks += [PageBreak(), TableOfContents(c.t("report.toc"), c.t("report.toc_note")), PageBreak()]
        blocks += body
    return Report(title=title, author=road.get("cluster_name") or "", language=lang, blocks=blocks,
                  subject=road.get("subtitle") or "", keywords=c.t("report.keywords"))


def _title_page(c: Context, title: str, today: dt.date) -> TitlePage:
    r = c.road
    horizon = ""
    if r.get("horizon_start") or r.get("horizon_end"):
        horizon = " – ".join(str(d)[:4] for d in (r.get("horizon_start"), r.get("horizon_end")) if d)
    lines = [(c.field("roadmap", "cluster_name"), r.get("cluster_name") or ""),
             (c.field("roadmap", "version_label"), r.get("version_label") or ""),
             (c.t("report.horizon"), horizon),
             (c.t("report.date"), c.date(today.isoformat()))]
    return TitlePage(title=title, subtitle=r.get("subtitle") or "",
                     lines=[(k, v) for k, v in lines if v])
