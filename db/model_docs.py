"""Generates the field reference of docs/roadmap-json.md from the catalogue."""

from __future__ import annotations

from db import catalogue
from db.model import MARKDOWN_MAX, TEXT_MAX, Kind

BEGIN = "<!-- BEGIN GENERATED FIELD REFERENCE -->"
END = "<!-- END GENERATED FIELD REFERENCE -->"

_KIND = {
    Kind.TEXT: f"text (≤ {TEXT_MAX} characters)",
    Kind.MARKDOWN: f"Markdown text (≤ {MARKDOWN_MAX:,} characters)",
    Kind.INT: "whole number",
    Kind.FLOAT: "number",
    Kind.DATE: "date `YYYY-MM-DD`",
    Kind.BOOL: "true/false",
    Kind.COLOUR: "colour `#rrggbb`",
    Kind.DOCUMENT: "text (a roadmap JSON document)",
}


def field_reference() -> str:
    """Markdown tables, one per entity, describing every field."""
    out = [BEGIN, ""]
    for e in catalogue.ENTITIES:
        shape = "object" if e.singleton else "list of objects"
        out += [f"### `{e.name}` — {e.en} / {e.nl}", "",
                f"Step {e.step}; {shape}. Every row also has `id` (text, stable).", "",
                "| field | kind | required | meaning (en / nl) |", "|---|---|---|---|"]
        for f in e.fields:
            if f.kind is Kind.CHOICE:
                kind = "one of " + ", ".join(f"`{c}`" for c in f.choice_codes())
            elif f.kind is Kind.REF:
                gone = ("row is removed with it" if f.on_delete == "cascade"
                        else "cleared when it is removed")
                kind = f"id of a `{f.ref}` ({gone})"
            else:
                kind = _KIND[f.kind]
            if f.minimum is not None or f.maximum is not None:
                kind += (f", {f.minimum:g}–{f.maximum:g}" if f.maximum is not None
                         else f", ≥ {f.minimum:g}")
            if f.default is not None:
                default = str(f.default).lower() if isinstance(f.default, bool) else f.default
                kind += f"; default `{default}`"
            out.append(f"| `{f.name}` | {kind} | {'yes' if f.required else ''} | {f.en} / {f.nl} |")
        out.append("")
    out.append(END)
    return "\n".join(out)


def update(text: str) -> str:
    """Return `text` with the generated section replaced by the current reference."""
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    return head + field_reference() + tail


if __name__ == "__main__":
    from pathlib import Path

    doc = Path(__file__).resolve().parent.parent / "docs" / "roadmap-json.md"
    doc.write_text(update(doc.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"updated {doc}")
