"""File names for exported files: safe on Windows, macOS and Linux, readable, unique."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from desktop.export.graphics.visuals import value_chain_id

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_DASHES = re.compile("[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")  # hyphens, en/em dashes, minus
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def slug(text: str, fallback: str = "roadmap", limit: int = 60) -> str:
    """`text` as a file-name part: ASCII letters, digits, "-", "_" and "." only."""
    text = _DASHES.sub("-", text or "")  # "2026–2035" keeps its dash: "2026-2035"
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub("-{2,}", "-", _UNSAFE.sub("-", ascii_text)).strip("-._")[:limit].strip("-._")
    if not out or out.lower() in _RESERVED:
        return fallback
    return out


def report_base_name(doc: dict) -> str:
    """A base name for the reports of `doc`, from its title."""
    return slug((doc.get("roadmap") or {}).get("title") or "", "roadmap")


def visual_file_names(doc: dict, keys: Iterable[str]) -> dict[str, str]:
    """File names (without extension) of the visuals: "part-a-overview" and
    "part-b-<value chain code or name>", unique within the set."""
    chains = {vc.get("id"): vc for vc in doc.get("value_chain") or []}
    out: dict[str, str] = {}
    used: set[str] = set()
    for key in keys:
        vc_id = value_chain_id(key)
        if vc_id is None:
            name = "part-a-overview"
        else:
            vc = chains.get(vc_id) or {}
            name = "part-b-" + slug(vc.get("code") or vc.get("name") or "", slug(vc_id, "value-chain"))
        base, n = name, 2
        while name.lower() in used:
            name = f"{base}-{n}"
            n += 1
        used.add(name.lower())
        out[key] = name
    return out
