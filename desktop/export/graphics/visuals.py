"""The roadmap's visuals for export: Part A (overview) and one Part B per value chain.

The layouts live in `desktop.domain.visuals.part_a.part_a_visual(doc, lang)` and
`desktop.domain.visuals.part_b.part_b_visual(doc, value_chain_id, lang, filters=None)`. A layout
that fails on a roadmap is logged and its figure left out, so one bad figure never blocks
the report.

Figure keys: "overview" and "value_chain:<id>".

The report's Part B figures show, under the lanes, the strip of the chain's projects and KPI
yearly targets (PART_B_REPORT): a funder reads the portfolio and the targets on the same time
axis as the actions that are to deliver them. A chain with neither gets no strip, so the
option costs nothing where the roadmap has no projects or KPI targets yet.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from desktop.domain.visuals.part_a import part_a_visual
from desktop.domain.visuals.part_b import part_b_visual
from desktop.domain.visuals.visual import Visual

log = logging.getLogger(__name__)

OVERVIEW = "overview"
_VC = "value_chain:"
#: Part B options of the report, poster and image figures (see part_b_visual's `filters`)
PART_B_REPORT = {"projects": True, "kpi_milestones": True}
PART_B_PLAIN = {"projects": False, "kpi_milestones": False}


def layouts() -> tuple[Callable, Callable]:
    """(part_a_visual, part_b_visual): the layouts the report figures are drawn with."""
    return part_a_visual, part_b_visual


def layouts_available() -> dict[str, bool]:
    """Which figure layouts this build has (both, now that they are plain imports; kept for
    the export dialog and the bench, which report it)."""
    return {"part_a": True, "part_b": True}


def visual_keys(doc: dict) -> list[str]:
    """Every figure key of a roadmap document, in report order."""
    return [OVERVIEW] + [f"{_VC}{vc['id']}" for vc in doc.get("value_chain") or []]


def value_chain_id(key: str) -> str | None:
    return key[len(_VC):] if key.startswith(_VC) else None


def figure_title(doc: dict, key: str, labels: dict[str, str]) -> str:
    """The caption text of a figure (without its number)."""
    vc_id = value_chain_id(key)
    if vc_id is None:
        return labels["fig.overview"]
    vc: dict = next((v for v in doc.get("value_chain") or [] if v.get("id") == vc_id), {})
    return labels["fig.value_chain"].format(name=vc.get("name") or vc_id)


def select_keys(doc: dict, which: str | Iterable[str]) -> list[str]:
    """Keys for a choice such as "all", "overview", "value_chain:<id>" or a list of keys;
    ValueError for a key the roadmap does not have."""
    known = visual_keys(doc)
    wanted = known if which == "all" else [which] if isinstance(which, str) else list(which)
    unknown = [k for k in wanted if k not in known]
    if unknown:
        raise ValueError(f"unknown visual {unknown[0]!r}; expected 'all' or one of {known}")
    return wanted


def report_visuals(doc: dict, lang: str, keys: Iterable[str] | None = None, *,
                   part_b: dict | None = None) -> dict[str, Visual]:
    """The visuals of `doc` by figure key (all keys, or `keys`), laid out in `lang`; the
    Part B figures with the options `part_b` (default PART_B_REPORT: with the projects and
    KPI targets strip). Keys whose layout is not available, or fails, are missing."""
    options = dict(PART_B_REPORT if part_b is None else part_b)
    part_a, part_b_layout = layouts()
    out: dict[str, Visual] = {}
    for key in (visual_keys(doc) if keys is None else keys):
        vc_id = value_chain_id(key)
        layout = part_a if vc_id is None else part_b_layout
        if layout is None:
            continue
        try:
            visual = layout(doc, lang) if vc_id is None else layout(doc, vc_id, lang, options)
        except Exception:  # a layout bug must not block the report; the figure is left out
            log.exception("laying out figure %s failed", key)
            continue
        if isinstance(visual, Visual) and visual.width > 0 and visual.height > 0:
            out[key] = visual
    return out
