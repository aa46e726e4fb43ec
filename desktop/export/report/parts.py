"""Small constructors for report blocks used by the chapter builders."""

from __future__ import annotations

from desktop.export.report.document import Paragraph, Run, Table


def para(text: str, *, bold: bool = False, italic: bool = False, style: str = "body") -> Paragraph:
    return Paragraph([Run(text, bold=bold, italic=italic)], style)


def lead(text: str, suffix: str = "") -> Paragraph:
    """A bold item title ("lead" style), optionally followed by a plain suffix."""
    runs = [Run(text, bold=True)]
    if suffix:
        runs.append(Run(suffix, italic=True))
    return Paragraph(runs, "lead")


def note(text: str) -> Paragraph:
    return Paragraph([Run(text, italic=True)], "note")


def cell(main: str, *extra: object) -> list | str:
    """A table cell: `main` text, plus italic lines for every non-empty extra.
    Extras may also be lists of blocks (parsed Markdown), which are appended as they are."""
    parts = [p for p in extra if p]
    if not parts:
        return main
    out: list = [Paragraph([Run(main)])] if main else []
    for p in parts:
        if isinstance(p, list):
            out.extend(p)
        else:
            out.append(Paragraph([Run(str(p), italic=True)], "note"))
    return out


def bold_cell(text: str, *extra: object) -> list:
    """Like `cell`, with the main text in bold."""
    out = [Paragraph([Run(text, bold=True)])]
    for p in extra:
        if not p:
            continue
        out.extend(p if isinstance(p, list) else [Paragraph([Run(str(p), italic=True)], "note")])
    return out


def table(header: list[str], rows: list[list], widths: list[float], *,
          numeric: tuple[int, ...] = (), caption: str = "") -> Table | None:
    """A Table, or None when there are no rows (so empty tables vanish)."""
    if not rows:
        return None
    return Table(header, rows, widths, caption=caption, numeric=numeric)


def grouped_table(header: list[str], groups: list[tuple[str, list[list]]], widths: list[float], *,
                  numeric: tuple[int, ...] = ()) -> Table | None:
    """One table for several groups of rows, each group under a spanning sub-header row.
    With a single group and no title the sub-header is left out."""
    groups = [(title, rows) for title, rows in groups if rows]
    if not groups:
        return None
    rows: list[list] = []
    marks: list[int] = []
    for title, group in groups:
        if title:
            marks.append(len(rows))
            rows.append([title] + [""] * (len(header) - 1))
        rows.extend(group)
    return Table(header, rows, widths, numeric=numeric, group_rows=tuple(marks))


def joined(*parts: str | bool | None, sep: str = " · ") -> str:
    """The non-empty parts (a part may be `cond and text`) joined by `sep`."""
    return sep.join(p for p in parts if isinstance(p, str) and p)
