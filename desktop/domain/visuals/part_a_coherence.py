"""The "coherence with other roadmaps" box of the Part A figure (Qt-free).

Under the action plan band: one line per other roadmap (its kind, and the value chains,
programmes and actions of this roadmap that connect to it, with the relation), then one
line per positioning list (European S3 domains, Flemish priorities, key enabling
technologies) with the tags the roadmap carries. Nothing is drawn for a roadmap that
records neither.
"""

from __future__ import annotations

from db import catalogue
from desktop.domain.visuals import style
from desktop.domain.visuals.figure_text import paragraph
from desktop.domain.visuals.visual import Rect, Text, Visual
from desktop.domain.words import in_language

WORDS = {
    "nl": {"title": "Samenhang met andere roadmaps", "s3": "Europese S3-domeinen",
           "fl": "Vlaamse prioriteiten", "ket": "Sleuteltechnologieën", "none": "nog niet gekoppeld"},
    "en": {"title": "Coherence with other roadmaps", "s3": "European S3 domains",
           "fl": "Flemish priorities", "ket": "Key enabling technologies", "none": "not linked yet"},
}
SIZE, LINE_H = 8.2, 10.6
MAX_LINES = 14


def _label(entity: str, field: str, code: str | None, lang: str) -> str:
    if not code:
        return ""
    return catalogue.entity(entity).by_name[field].choice_label(code, lang)


def _name(data, entity: str, row_id: str | None) -> str:
    row = data.get(entity, row_id) if row_id else None
    if row is None:
        return ""
    title = row.get("name") or row.get("title") or ""
    return f"{row['code']} {title}" if row.get("code") else title


def coherence_lines(data, lang: str) -> list[tuple[str, str]]:
    """(bold head, text) per line of the box."""
    w = in_language(WORDS, lang)
    out = []
    links = data.ordered("reference_link")
    for r in data.ordered("reference_roadmap"):
        mine = [link for link in links if link.get("reference_roadmap_id") == r["id"]]
        parts = []
        for link in mine:
            source = ", ".join(n for n in (_name(data, "value_chain", link.get("value_chain_id")),
                                            _name(data, "programme", link.get("programme_id")),
                                            _name(data, "action", link.get("action_id"))) if n)
            if source:
                parts.append(f"{source} ({_label('reference_link', 'relation', link.get('relation'), lang)})")
        kind = _label("reference_roadmap", "kind", r.get("kind"), lang)
        head = r.get("title") or ""
        out.append((head, (f"{kind} — " if kind else "") + ("; ".join(parts) if parts else w["none"])))
    for key, prefix in (("s3", "s3_"), ("fl", "fl_"), ("ket", "ket_")):
        seen: list[str] = []
        for t in data.ordered("priority_tag"):
            code = t.get("priority") or ""
            label = _label("priority_tag", "priority", code, lang).split(": ", 1)[-1]
            if code.startswith(prefix) and label not in seen:
                seen.append(label)
        if seen:
            out.append((w[key], " · ".join(seen)))
    return out


def draw_coherence(v: Visual, data, lang: str, *, x: float, y: float, width: float) -> float:
    """Draw the box from `y` down; returns its bottom (`y` when there is nothing to show)."""
    lines = coherence_lines(data, lang)
    if not lines:
        return y
    w = in_language(WORDS, lang)
    items = [Text(x + 10, y + 6, width - 20, 14, w["title"], size=10, colour=style.ACCENT, bold=True)]
    ty = y + 24
    head_w = 250.0
    for used, (head, text) in enumerate(lines):
        if used >= MAX_LINES:
            break
        heads, hh = paragraph(x + 10, ty, head_w - 14, head, size=SIZE, colour=style.INK, bold=True,
                              line_h=LINE_H, max_lines=2)
        body, bh = paragraph(x + head_w, ty, width - head_w - 12, text, size=SIZE, colour=style.MUTED,
                             line_h=LINE_H, max_lines=2)
        items += heads + body
        ty += max(hh, bh) + 3
    h = ty - y + 4
    v.add(Rect(x, y, width, h, fill=style.mix(style.ACCENT, style.PAPER, 0.94), stroke=style.mix(
        style.ACCENT, style.PAPER, 0.6), stroke_width=0.6, radius=3), *items)
    return y + h


# -- the compact box, in free room of the figure ------------------------------------------

MORE = {"nl": "+{n} meer in het rapport (samenhang met andere roadmaps)",
        "en": "+{n} more in the report (coherence with other roadmaps)"}
TITLE_H = 13.0
PAD = 3.0
COMPACT_LINE_H = 10.0


def _short(data, entity: str, row_id: str | None) -> str:
    row = data.get(entity, row_id) if row_id else None
    if row is None:
        return ""
    return row.get("code") or row.get("name") or row.get("title") or ""


def compact_lines(data, lang: str) -> list[tuple[str, str]]:
    """(bold head, text) per line of the compact box: per other roadmap the relations with
    the codes of what links to it (value chains, programmes, actions), then the tag lists."""
    w = in_language(WORDS, lang)
    out = []
    links = data.ordered("reference_link")
    for r in data.ordered("reference_roadmap"):
        by_relation: dict[str, list[str]] = {}
        for link in links:
            if link.get("reference_roadmap_id") != r["id"]:
                continue
            for entity in ("value_chain", "programme", "action"):
                name = _short(data, entity, link.get(f"{entity}_id"))
                if name:
                    rel = _label("reference_link", "relation", link.get("relation"), lang) or "·"
                    by_relation.setdefault(rel, []).append(name)
        text = " · ".join(f"{rel} {', '.join(names)}" for rel, names in by_relation.items())
        out.append((r.get("title") or "", text or w["none"]))
    return out + [line for line in coherence_lines(data, lang) if line[0] in (w["s3"], w["fl"], w["ket"])]


def compact_height(n_lines: int) -> float:
    return TITLE_H + n_lines * COMPACT_LINE_H + 2 * PAD


def draw_coherence_compact(v: Visual, data, lang: str, *, x: float, y: float, width: float,
                           height: float) -> float | None:
    """Draw the compact box in the room (x, y, width, height): one line per entry (head and
    text elided to fit), as many as fit, the rest counted on a last line. Returns its
    bottom, `y` when there is nothing to show, None when not even two lines fit."""
    from desktop.domain.visuals.textmetrics import elide, text_width

    lines = compact_lines(data, lang)
    if not lines:
        return y
    room = int((height - TITLE_H - 2 * PAD) // COMPACT_LINE_H)
    if room < min(2, len(lines)):
        return None
    shown = lines if len(lines) <= room else lines[:room - 1]
    w = in_language(WORDS, lang)
    items = [Text(x + 8, y + PAD, width - 16, TITLE_H - 2, w["title"], size=9, colour=style.ACCENT, bold=True)]
    head_w = min(max(text_width(h, SIZE, bold=True) for h, _ in shown) + 8, width * 0.42)
    ty = y + PAD + TITLE_H
    for head, text in shown:
        items.append(Text(x + 8, ty, head_w - 6, COMPACT_LINE_H, elide(head, head_w - 8, SIZE, bold=True), size=SIZE,
                          colour=style.INK, bold=True))
        items.append(Text(x + 8 + head_w, ty, width - head_w - 16, COMPACT_LINE_H,
                          elide(text, width - head_w - 18, SIZE), size=SIZE, colour=style.MUTED))
        ty += COMPACT_LINE_H
    if len(shown) < len(lines):
        more = in_language(MORE, lang).format(n=len(lines) - len(shown))
        items.append(Text(x + 8, ty, width - 16, COMPACT_LINE_H, elide(more, width - 18, SIZE), size=SIZE,
                          colour=style.MUTED))
        ty += COMPACT_LINE_H
    h = ty - y + PAD
    v.add(Rect(x, y, width, h, fill=style.mix(style.ACCENT, style.PAPER, 0.94), stroke=style.mix(
        style.ACCENT, style.PAPER, 0.6), stroke_width=0.6, radius=3), *items)
    return y + h
