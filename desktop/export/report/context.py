"""What the report builder needs around a roadmap document: labels in the report language,
reference resolution (ids to names) and value formatting."""

from __future__ import annotations

import datetime as dt
import math

from db import catalogue
from desktop.domain.words import nl_en
from desktop.export.report import markdown
from desktop.export.report.document import Paragraph, Run
from desktop.export.resources import report_labels

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Entities whose rows are named "code title" when they have a code.
_CODED = {"challenge", "vision", "objective", "value_chain", "programme", "action"}


class Context:
    """A roadmap document seen in one report language."""

    def __init__(self, doc: dict, lang: str) -> None:
        self.lang = lang
        self.labels = report_labels(lang)
        self.road: dict = doc.get("roadmap") or {}
        self.rows: dict[str, list[dict]] = {
            e.name: list(doc.get(e.name) or []) for e in catalogue.ENTITIES if not e.singleton}
        self.by_id = {name: {r["id"]: r for r in rows} for name, rows in self.rows.items()}

    # -- labels -------------------------------------------------------------------------
    def t(self, key: str, **kw) -> str:
        """A report label; `{name}` placeholders are filled from `kw`."""
        text = self.labels[key]
        return text.format(**kw) if kw else text

    def entity(self, entity: str) -> str:
        return catalogue.entity(entity).label(self.lang)

    def field(self, entity: str, field: str) -> str:
        return catalogue.entity(entity).by_name[field].label(self.lang)

    def choice(self, entity: str, field: str, code: str | None) -> str:
        if code is None:
            return ""
        return catalogue.entity(entity).by_name[field].choice_label(code, self.lang)

    # -- references ----------------------------------------------------------------------
    def row(self, entity: str, row_id: str | None) -> dict | None:
        return self.by_id.get(entity, {}).get(row_id) if row_id else None

    def name(self, entity: str, row_id: str | None, *, short: bool = False) -> str:
        """The display name of the row `row_id` of `entity` ("" when missing)."""
        row = self.row(entity, row_id)
        return self.row_name(entity, row, short=short) if row else ""

    def row_name(self, entity: str, row: dict, *, short: bool = False) -> str:
        e = catalogue.entity(entity)
        if entity == "partner" and short and row.get("short_name"):
            return row["short_name"]
        title = row.get(e.title_field)
        if e.by_name.get(e.title_field) is not None and e.by_name[e.title_field].choices:
            title = e.by_name[e.title_field].choice_label(title, self.lang)
        title = "" if title is None else str(title)
        code = row.get("code") if entity in _CODED else None
        return f"{code} {title}".strip() if code else title

    def children(self, entity: str, field: str, parent_id: str | None) -> list[dict]:
        return [r for r in self.rows[entity] if r.get(field) == parent_id]

    # -- values --------------------------------------------------------------------------
    def num(self, value, decimals: int = 2) -> str:
        """A number with the language's separators (nl: 1.234,5; en: 1,234.5)."""
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            return ""
        value = round(float(value), decimals)
        text = f"{value:,.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        if text in ("-0", ""):
            text = "0"
        if self.lang == "nl":
            text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return text

    def eur(self, value) -> str:
        if value is None:
            return ""
        return nl_en(self.lang, f"€\u00a0{self.num(value, 0)}", f"€{self.num(value, 0)}")

    def date(self, value: str | None) -> str:
        if not value:
            return ""
        try:
            d = dt.date.fromisoformat(value)
        except ValueError:
            return str(value)
        if self.lang == "nl":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"

    def period(self, start: str | None, end: str | None) -> str:
        if start and end:
            return f"{self.date(start)} – {self.date(end)}"
        return self.date(start or end)

    def yes_no(self, value) -> str:
        return self.t("report.yes") if value else self.t("report.no")

    def value_year(self, value, year=None, unit: str | None = None) -> str:
        """"12,5 % (2023)"-style text; "" when there is no value."""
        if value is None:
            return ""
        text = self.num(value)
        if unit:
            text += f"\u00a0{unit}"
        if year:
            text += f" ({year})"
        return text

    # -- text helpers --------------------------------------------------------------------
    def md(self, text: str | None) -> list:
        return markdown.parse(text)

    def kv(self, pairs: list[tuple[str, str | None]], style: str = "body") -> Paragraph | None:
        """"Label: value" lines (bold labels); pairs with an empty value are left out."""
        runs: list[Run] = []
        for label, value in pairs:
            if value in (None, ""):
                continue
            if runs:
                runs.append(Run("\n"))
            runs += [Run(f"{label}: ", bold=True), Run(str(value))]
        return Paragraph(runs, style) if runs else None


def has_text(value) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))
