"""Build the render-neutral report of a roadmap document, in the NIB method's chapter order:
title page, contents, 1 introduction, 2 future visions and objectives, 3 current situation,
4 paths, 5 strategic action plan, annexes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

from desktop.export.report.annexes import annexes
from desktop.export.report.chapter1_3 import current_situation, introduction, visions
from desktop.export.report.chapter4_5 import action_plan, paths
from desktop.export.report.context import Context
from desktop.export.report.document import Figure, PageBreak, Report, TableOfContents, TitlePage
from desktop.export.report.tree import flatten
from desktop.export.resources import LANGUAGES

#: The parts of the report a user may include or leave out, in report order.
SECTION_KEYS = ("ch1", "ch2", "ch3", "ch4", "ch5", "annex")


def build_report(doc: dict, lang: str = "nl", include_empty: bool = False, *,
                 figures: Mapping[str, Path] | None = None, visuals: Mapping[str, object] | None = None,
                 sections: Collection[str] | None = None, today: dt.date | None = None,
                 changes: Sequence[tuple[str, str, str]] | None = None, since: str = "") -> Report:
    """The report of a roadmap document (a dict as in roadmap JSON).

    Args:
        doc: the roadmap document (`db.interchange.export_document(store)` or `load_json`).
        lang: "nl" or "en": the language of headings and labels; the roadmap's own text is
            used as written.
        include_empty: keep sections that have no content, marked "Not yet filled in";
            otherwise they are left out.
        figures: PNG files of the visuals by figure key ("overview",
            "value_chain:<id>"); the DOCX writer embeds them.
        visuals: `Visual`s by figure key; the PDF writer draws them as vector graphics
            (and falls back to `figures`). Figures with neither are left out; the ones
            shown are numbered ("Figure 1 – ...").
        sections: the chapters to include, keys of SECTION_KEYS ("ch1".."ch5", "annex");
            default all. The title page and the contents are always there.
        today: the date printed on the title page (default: today).
        changes: (kind, entity label, what) rows of a comparison with the revision named
            `since` ("added", "changed", "removed"): a "changes since" annex. None: no annex.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported report language {lang!r}; expected one of {LANGUAGES}")
    wanted = set(SECTION_KEYS if sections is None else sections)
    if wanted - set(SECTION_KEYS):
        raise ValueError(f"unknown report sections {sorted(wanted - set(SECTION_KEYS))}; "
                         f"expected some of {SECTION_KEYS}")
    c = Context(doc, lang)
    figures = dict(figures or {})
    road = c.road
    title = (road.get("title") or "").strip() or c.t("report.default_title")
    makers = {"ch1": lambda: introduction(c), "ch2": lambda: visions(c),
              "ch3": lambda: current_situation(c), "ch4": lambda: paths(c, figures, dict(visuals or {})),
              "ch5": lambda: action_plan(c), "annex": lambda: annexes(c, changes, since)}
    chapters = [makers[key]() for key in SECTION_KEYS if key in wanted]
    body = flatten(chapters, include_empty=include_empty, not_filled=c.t("report.not_filled"),
                   annex_word=c.t("report.annex"))
    _number_figures(body, c.t("fig.label"))
    blocks: list = [_title_page(c, title, today or dt.date.today())]
    if body:
        blocks += [PageBreak(), TableOfContents(c.t("report.toc"), c.t("report.toc_note")), PageBreak()]
        blocks += body
    return Report(title=title, author=road.get("cluster_name") or "", language=lang, blocks=blocks,
                  subject=road.get("subtitle") or "", keywords=c.t("report.keywords"))


def _number_figures(blocks: list, label: str) -> None:
    """Drop the figures that have nothing to show; number the others 1, 2, ..."""
    n = 0
    for i in range(len(blocks) - 1, -1, -1):
        if isinstance(blocks[i], Figure) and not blocks[i].shown:
            del blocks[i]
    for b in blocks:
        if isinstance(b, Figure):
            n += 1
            b.number, b.label = n, label


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
