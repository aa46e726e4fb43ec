"""A generated roadmap with hard text: long titles, emoji and symbols, Arabic, Chinese,
combining accents, tabs and control characters (what co-authors and imports bring)."""

from __future__ import annotations

from tests.generate import generate_document

HARD = [
    "Zorgrobot 🤖 voor thuis ✅ met sensoren ⚠",
    "منصة الرعاية الذكية للمسنين",
    "智能护理平台 试点项目",
    "Cafe\u0301 e\u0301e\u0301n pilootproject met combinerende accenten",
    "Tab\tgescheiden\ttitel",
    "Control\x07chars\x00in a title",
    "Een heel lange titel van een actie die over meerdere regels moet lopen omdat een "
    "partner alles in de titel heeft gezet wat eigenlijk in de beschrijving hoort, "
    "inclusief de namen van alle betrokken partners en de planning",
]


def hard_document(n_actions: int) -> dict:
    """`generate_document(n_actions)` with the hard texts spread over its actions, value
    chains and partners."""
    doc = generate_document(n_actions)
    for i, action in enumerate(doc["action"]):
        if i % 5 == 0:
            action["title"] = f"{HARD[(i // 5) % len(HARD)]} {i}"
    for i, vc in enumerate(doc["value_chain"]):
        vc["name"] = f"{vc['name']} {HARD[i % 4]}"
    for i, p in enumerate(doc["partner"][:4]):
        p["name"] = f"{p['name']} {HARD[i]}"
        p["short_name"] = HARD[i][:14]
    return doc
