"""The builder's section tree, and turning it into the flat, numbered block list of a Report."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.export.report.document import Figure, Heading, PageBreak, Paragraph, Run


@dataclass
class Section:
    """A chapter or section: its own blocks first, then its subsections.

    numbering: "auto" (1, 1.1; level-3 headings stay unnumbered), "none", or "annex"
    (children titled "Annex A – ...")."""

    title: str
    blocks: list = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    numbering: str = "auto"

    def add(self, *items) -> Section:
        """Append blocks; None is skipped and lists are spliced in."""
        for item in items:
            if item is None:
                continue
            if isinstance(item, list):
                self.add(*item)
            else:
                self.blocks.append(item)
        return self

    def sub(self, title: str, *blocks) -> Section:
        child = Section(title)
        child.add(*blocks)
        self.children.append(child)
        return child

    @property
    def filled(self) -> bool:
        """True when the section holds anything besides figures."""
        return (any(not isinstance(b, Figure) for b in self.blocks)
                or any(c.filled for c in self.children))


def flatten(chapters: list[Section], *, include_empty: bool, not_filled: str,
            annex_word: str) -> list:
    """Number the sections and lay them out as blocks. Each chapter starts on a new page.
    Empty sections are left out, or (include_empty) kept with a not-filled-in marker."""
    out: list = []
    number = 0

    def emit(sec: Section, level: int, num: str) -> None:
        out.extend(sec.blocks)
        if not sec.filled and not sec.children:
            out.append(Paragraph([Run(not_filled, italic=True)], "empty"))
        k = 0
        for child in sec.children:
            if not child.filled and not include_empty:
                continue
            k += 1
            title, child_num = child.title, ""
            if sec.numbering == "annex":
                title = f"{annex_word} {chr(ord('A') + k - 1)} – {child.title}"
            elif sec.numbering == "auto" and num and level + 1 <= 2:
                child_num = f"{num}.{k}"
            out.append(Heading(level + 1, title, child_num))
            emit(child, level + 1, child_num)

    for chapter in chapters:
        if not chapter.filled and not include_empty:
            continue
        num = ""
        if chapter.numbering != "annex" and chapter.numbering != "none":
            number += 1
            num = str(number)
        if out and not isinstance(out[-1], PageBreak):
            out.append(PageBreak())
        out.append(Heading(1, chapter.title, num))
        emit(chapter, 1, num)
    return out
