"""A table and the note printed right under it, kept together at their end.

A note under a table ("Leverage = private ÷ public money; …") explains the table; printed
alone at the top of the next page it reads as a stray remark. reportlab has keep-with-next
but no keep-with-previous, so the pair is one flowable: it splits the table as platypus
would, and carries the note with the table's last part; when the whole table fits but the
note does not, the table's last rows go to the next page with the note.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from desktop.export.pdf.paragraphs import RLParagraph, RLTable


class TableWithNote(Flowable):
    def __init__(self, table, note, gap: float) -> None:
        super().__init__()
        self.table, self.note, self.gap = table, note, gap
        self.spaceBefore = table.getSpaceBefore()
        self.spaceAfter = note.getSpaceAfter()
        self.hAlign = "LEFT"
        self._sizes = (0.0, 0.0, 0.0)

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        tw, th = self.table.wrap(avail_w, avail_h)
        _nw, nh = self.note.wrap(avail_w, avail_h)
        self._sizes = (tw, th, nh)
        self.width, self.height = avail_w, th + self.gap + nh
        return self.width, self.height

    def split(self, avail_w: float, avail_h: float) -> list:
        self.wrap(avail_w, avail_h)
        _tw, th, nh = self._sizes
        if th <= avail_h:  # the table fits, the note does not: leave room for it by moving rows
            parts = self.table.split(avail_w, avail_h - self.gap - nh)
        else:
            parts = self.table.split(avail_w, avail_h)
        if len(parts) == 2:
            return [parts[0], TableWithNote(parts[1], self.note, self.gap)]
        if th <= avail_h:  # the table cannot give up rows (one tall row): as without the pairing
            return [self.table, self.note]
        return []  # nothing of it fits here: all of it goes to the next frame

    def draw(self) -> None:
        tw, _th, nh = self._sizes
        align = getattr(self.table, "hAlign", "CENTER")
        x = {"LEFT": 0.0, "RIGHT": self.width - tw}.get(align, (self.width - tw) / 2)
        self.table.drawOn(self.canv, x, nh + self.gap)
        self.note.drawOn(self.canv, 0, 0)


def notes_kept_with_tables(story: list) -> list:
    """The story with every table that is directly followed by a note paragraph paired with it."""
    out: list = []
    for f in story:
        prev = out[-1] if out else None
        if isinstance(prev, RLTable) and isinstance(f, RLParagraph) and f.style.name == "note":
            out[-1] = TableWithNote(prev, f, prev.getSpaceAfter())
        else:
            out.append(f)
    return out
