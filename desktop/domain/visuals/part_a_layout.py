"""Geometry of Part A, the overview (Qt-free).

Left to right the figure goes from today to tomorrow: the current situation ("today"),
the value chains as paths along the science → technology → product → market axis with
their programmes, and the future visions with their objectives grouped under the
societal challenges ("tomorrow"). Arrows run from each value chain to every objective it
contributes to (many-to-many). Below, the action plan and its execution over the horizon.

Boxes that can be nudged are `Node`s; their offsets come from desktop.domain.visuals.nudges and
the arrows are routed after the nudges, so they stay attached.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.domain.visuals import style
from desktop.domain.visuals.figure_text import counted, markdown_blocks, number, paragraph
from desktop.domain.visuals.roadmap_data import TimelineData
from desktop.domain.visuals.visual import Line, Primitive, Rect, Text, translate
from desktop.domain.words import in_language

W = 1190.0
M = 28.0
LEFT_X, LEFT_W = M, 206.0
MID_X, MID_W = 256.0, 468.0
RIGHT_X = 792.0
RIGHT_W = W - M - RIGHT_X
TOP = 96.0
AXIS = ("science", "technology", "product", "market")
ZONE_OF: dict[str | None, str] = {"science_domain": "science", "applied_research": "technology",
           "technology_component": "technology", "prototype_demo": "product",
           "product_type": "product", "value_proposition": "market", "new_market": "market"}
SLATE = "#334e68"

WORDS = {
    "nl": {"today": "VANDAAG", "today_sub": "Huidige situatie", "tomorrow": "MORGEN",
           "tomorrow_sub": "Toekomstbeelden en doelstellingen", "paths": "Waardeketens als paden",
           "figures": "Kerncijfers", "enabling": "Randvoorwaarden", "actions": "acties",
           "milestones": "mijlpalen", "not_selected": "niet geselecteerd", "mission": "Missie",
           "science": "Wetenschap", "technology": "Technologie", "product": "Product",
           "market": "Markt", "plan": "Actieplan en uitvoering", "part": "Deel A – overzicht",
           "sub": "van de huidige situatie naar de toekomstbeelden", "undescribed": "Nog niet beschreven."},
    "en": {"today": "TODAY", "today_sub": "Current situation", "tomorrow": "TOMORROW",
           "tomorrow_sub": "Future visions and objectives", "paths": "Value chains as paths",
           "figures": "Key figures", "enabling": "Enabling conditions", "actions": "actions",
           "milestones": "milestones", "not_selected": "not selected", "mission": "Mission",
           "science": "Science", "technology": "Technology", "product": "Product",
           "market": "Market", "plan": "Action plan and execution", "part": "Part A – overview",
           "sub": "from the current situation to the future visions", "undescribed": "Not described yet."},
}


def words(lang: str) -> dict[str, str]:
    return in_language(WORDS, lang)


@dataclass
class Node:
    """A box of the overview that can be nudged, with what it draws and where arrows attach."""

    key: tuple[str, str]
    x: float
    y: float
    w: float
    h: float
    items: list[Primitive] = field(default_factory=list)
    anchors: dict[str, tuple[float, float]] = field(default_factory=dict)

    def moved(self, dx: float, dy: float) -> Node:
        if not dx and not dy:
            return self
        return Node(self.key, self.x + dx, self.y + dy, self.w, self.h,
                    [translate(p, dx, dy) for p in self.items],
                    {k: (x + dx, y + dy) for k, (x, y) in self.anchors.items()})


def _prints(text: str) -> bool:
    """Whether `text` prints anything (not only spaces and control characters)."""
    return any(c.isprintable() and not c.isspace() for c in text)


def today_node(data: TimelineData, lang: str, top: float) -> Node:
    w = words(lang)
    road = data.roadmap
    x, inner = LEFT_X + 10, LEFT_W - 20
    items: list[Primitive] = []
    y = top + 12
    blocks = markdown_blocks(road.get("current_situation"))
    # the first paragraph leads (a text of headings only: its first heading)
    lead = [b for b in blocks if b.kind == "para" and _prints(b.text)][:1] or \
        [b for b in blocks if b.kind == "heading" and _prints(b.text)][:1]
    bullets = [b for b in blocks if b.kind == "bullet"][:6]
    for b in lead:
        texts, h = paragraph(x, y, inner, b.text, size=8.2, colour=style.INK, line_h=10.2,
                             max_lines=9)
        items += texts
        y += h + 8
    for b in bullets:
        items.append(Rect(x, y + 3.5, 3, 3, fill=style.MUTED, stroke=None, radius=1.5))
        texts, h = paragraph(x + 8, y, inner - 8, b.text, size=8.2, colour=style.MUTED,
                             line_h=10.2, max_lines=3)
        items += texts
        y += h + 4
    indicators = data.ordered("indicator")[:4]
    if indicators:
        y += 6
        items.append(Text(x, y, inner, 11, w["figures"], size=8.2, colour=style.INK, bold=True))
        y += 14
        for ind in indicators:
            value = f"{number(ind.get('value'), lang)} {ind.get('unit') or ''}".strip()
            items.append(Text(x, y, inner, 11, value, size=8.5, colour=style.ACCENT, bold=True))
            texts, h = paragraph(x, y + 11, inner, f"{ind.get('name', '')} ({ind.get('year') or '–'})",
                                 size=8.2, colour=style.MUTED, line_h=10.2, max_lines=2)
            items += texts
            y += 11 + h + 5
    if not any(isinstance(t, Text) and _prints(t.text) for t in items):  # not an empty box
        items.append(Text(x, y, inner, 11, w["undescribed"], size=8.2, colour=style.MUTED))
        y += 14
    h = max(y - top + 6, 60.0)
    box = Rect(LEFT_X, top, LEFT_W, h, fill="#f5f7fa", stroke=style.RULE, stroke_width=0.6,
               radius=4, ref=("roadmap", road.get("id", "")))
    return Node(("roadmap", road.get("id", "roadmap")), LEFT_X, top, LEFT_W, h, [box, *items],
                {"out": (LEFT_X + LEFT_W, top + h / 2)})


def chain_node(data: TimelineData, chain: dict, index: int, lang: str, top: float) -> Node:
    w = words(lang)
    colour = style.chain_colour(chain, index)
    dark = style.mix(colour, style.INK, 0.4)
    zone_w = MID_W / 4
    items: list[Primitive] = []
    title = f"{chain.get('code') or ''} {chain.get('name') or ''}".strip()
    actions = [a for a in data.ordered("action") if a.get("value_chain_id") == chain["id"]]
    n_ms = sum(1 for a in actions if a.get("kind") == "milestone")
    counts = f"{counted(len(actions) - n_ms, 'action', lang)} · {counted(n_ms, 'milestone', lang)}"
    items.append(Text(MID_X + 12, top + 5, MID_W - 130, 15, title, size=9.5, colour=dark, bold=True,
                      ref=("value_chain", chain["id"])))
    items.append(Text(MID_X + MID_W - 124, top + 5, 116, 15, counts, size=8.2, colour=style.MUTED,
                      align="right"))
    programmes = [p for p in data.ordered("programme") if p.get("value_chain_id") == chain["id"]]
    content = [p for p in programmes if p.get("module_type") != "enabling"]
    enabling = [p for p in programmes if p.get("module_type") == "enabling"]
    y0 = top + 24
    zone_bottom = y0
    for z, zone in enumerate(AXIS):
        y = y0
        for p in (p for p in content if ZONE_OF.get(p.get("category"), "technology") == zone):
            chip, h = _chip(MID_X + z * zone_w + 5, y, zone_w - 10, p, colour)
            items += chip
            y += h + 4
        zone_bottom = max(zone_bottom, y)
    if not content:
        zone_bottom = y0 + 10
    y = zone_bottom + 2
    if enabling:
        items.append(Text(MID_X + 12, y, MID_W - 24, 10, w["enabling"], size=8.2, colour=dark,
                          bold=True))
        y += 12
        x = MID_X + 5
        for p in enabling:
            if x + zone_w - 10 > MID_X + MID_W:
                x, y = MID_X + 5, y + 28
            chip, h = _chip(x, y, zone_w - 10, p, colour, light=True)
            items += chip
            x += zone_w
        y += 28
    h = y - top + 4
    band = Rect(MID_X, top, MID_W, h, fill=style.mix(colour, style.PAPER, 0.9), stroke=None,
                radius=4, ref=("value_chain", chain["id"]))
    accent = Rect(MID_X, top, 4, h, fill=colour, stroke=None)
    tip_x = MID_X + MID_W
    arrow = Line(((tip_x, top + h / 2), (tip_x + 14, top + h / 2)), stroke=colour, width=3.2,
                 arrow_end=True)
    return Node(("value_chain", chain["id"]), MID_X, top, MID_W, h, [band, accent, *items, arrow],
                {"out": (tip_x + 14, top + h / 2), "colour": (index, 0)})


def _chip(x: float, y: float, w: float, p: dict, colour: str, light: bool = False
          ) -> tuple[list[Primitive], float]:
    code = p.get("code") or ""
    texts, th = paragraph(x + 5, y + 3, w - 10, f"{code} {p.get('name') or ''}".strip(),
                          size=8.2, colour=style.INK, line_h=10.2, max_lines=3,
                          ref=("programme", p["id"]))
    h = th + 6
    fill = style.PAPER if not light else style.mix(colour, style.PAPER, 0.96)
    return [Rect(x, y, w, h, fill=fill, stroke=style.mix(colour, style.PAPER, 0.55),
                 stroke_width=0.6, radius=3, ref=("programme", p["id"])), *texts], h


def challenge_node(data: TimelineData, challenge: dict, linked: set[str], lang: str,
                   top: float) -> Node:
    w = words(lang)
    items: list[Primitive] = []
    anchors: dict[str, tuple[float, float]] = {}
    head = f"{challenge.get('code') or ''}  {challenge.get('title') or ''}".strip()
    items.append(Rect(RIGHT_X, top, RIGHT_W, 20, fill=SLATE, stroke=None, radius=3,
                      ref=("challenge", challenge["id"])))
    items.append(Text(RIGHT_X + 8, top, RIGHT_W - 16, 20, head, size=8.5, colour=style.PAPER,
                      bold=True, ref=("challenge", challenge["id"])))
    y = top + 24
    visions = [v for v in data.ordered("vision") if v.get("challenge_id") == challenge["id"]]
    for v in visions:
        objectives = [o for o in data.ordered("objective") if o.get("vision_id") == v["id"]]
        active = bool(v.get("selected")) or any(o["id"] in linked for o in objectives)
        x, inner = RIGHT_X + 12, RIGHT_W - 24
        start = y
        ref = ("vision", v["id"])
        if not active:
            label = f"{v.get('code') or ''} {v.get('title') or ''} ({w['not_selected']})".strip()
            texts, th = paragraph(x, y + 4, inner, label, size=8.2, colour=style.FAINT,
                                  line_h=10.2, max_lines=2, ref=ref)
            items.append(Rect(RIGHT_X + 6, y, RIGHT_W - 6, th + 8, fill="#f8f9fb",
                              stroke=style.GRID, stroke_width=0.5, radius=3, ref=ref))
            items += texts
            y += th + 12
            continue
        box_at = len(items)
        texts, th = paragraph(x, y + 5, inner, f"{v.get('code') or ''} {v.get('title') or ''}".strip(),
                              size=8.2, colour=style.INK, bold=True, line_h=10.2, max_lines=2, ref=ref)
        items += texts
        y += th + 8
        for o in objectives:
            target = _target(o, lang)
            texts, oh = paragraph(x + 8, y, inner - 8, f"{o.get('code') or ''} {o.get('title') or ''}".strip(),
                                  size=8.2, colour=style.INK, line_h=10.2, max_lines=3,
                                  ref=("objective", o["id"]))
            items.append(Rect(x, y + 2.5, 4, 4, fill=style.ACCENT, stroke=None, radius=2))
            items += texts
            anchors[f"objective:{o['id']}"] = (RIGHT_X + 6, y + 4.5)
            y += oh
            if target:
                items.append(Text(x + 8, y, inner - 8, 9, target, size=8.2, colour=style.MUTED,
                                  ref=("objective", o["id"])))
                y += 9
            y += 4
        items.insert(box_at, Rect(RIGHT_X + 6, start, RIGHT_W - 6, y - start + 2, fill=style.PAPER,
                                  stroke="#bcccdc", stroke_width=0.7, radius=3, ref=ref))
        y += 8
    items.insert(2, Line(((RIGHT_X + 2.5, top + 20), (RIGHT_X + 2.5, y - 8)), stroke=SLATE,
                         width=1.2))
    return Node(("challenge", challenge["id"]), RIGHT_X, top, RIGHT_W, y - top - 4, items, anchors)


def _target(o: dict, lang: str) -> str:
    base, target = o.get("baseline_value"), o.get("target_value")
    if target is None:
        return ""
    unit = o.get("unit") or ""
    arrow = "→"
    text = f"{number(base, lang)} {arrow} {number(target, lang)} {unit}" if base is not None \
        else f"{arrow} {number(target, lang)} {unit}"
    if o.get("target_year"):
        text += f" ({o['target_year']})"
    return text.replace("  ", " ").strip()
