"""WordprocessingML written as text (the table rows of the Word report are built as one XML
string and parsed in one go, see `_Writer.table` in writer.py): runs, paragraphs, rows and
cells as python-docx's own calls write them."""

from __future__ import annotations

import re

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from desktop.export.report.document import Run

_BREAK_CHARS = re.compile(r"([\t\r\n])")


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_xml(text: str, bold: bool = False, italic: bool = False, *, br: bool = False,
             size: int | None = None) -> str:
    """A run as python-docx's `add_run(text)` writes it (a tab as <w:tab/>, a return or
    newline as <w:br/>), with bold/italic, the size in half points and a trailing break."""
    out = ["<w:r>"]
    if bold or italic or size is not None:
        out.append("<w:rPr>")
        if bold:
            out.append("<w:b/>")
        if italic:
            out.append("<w:i/>")
        if size is not None:
            out.append(f'<w:sz w:val="{size}"/>')
        out.append("</w:rPr>")
    if text:
        pieces = _BREAK_CHARS.split(text) if ("\t" in text or "\r" in text or "\n" in text) else (text,)
        for piece in pieces:
            if piece == "\t":
                out.append("<w:tab/>")
            elif piece == "\r" or piece == "\n":
                out.append("<w:br/>")
            elif piece:
                out.append(t_xml(piece))
    if br:
        out.append("<w:br/>")
    out.append("</w:r>")
    return "".join(out)


#: A hyphen between digits (a date "08-04-2028", a code "D-02"... of digits): Word and
#: LibreOffice break lines after a hyphen, which split dates over two lines in narrow
#: table columns ("29-" / "03-2032"); such a hyphen is written as Word's no-break hyphen.
_DIGIT_HYPHEN = re.compile(r"(?<=\d)-(?=\d)")


def t_xml(text: str) -> str:
    """`text` as <w:t> elements, a hyphen between digits as a <w:noBreakHyphen/>."""
    parts = _DIGIT_HYPHEN.split(text) if "-" in text else (text,)
    out = []
    for i, part in enumerate(parts):
        if i:
            out.append("<w:noBreakHyphen/>")
        if part:
            space = ' xml:space="preserve"' if len(part.strip()) < len(part) else ""
            out.append(f"<w:t{space}>{esc(part)}</w:t>")
    return "".join(out)


def runs_xml(runs: list[Run], size: int | None = None) -> str:
    """`runs` as XML, a line break at each newline (as `_Writer.runs`)."""
    out = []
    for r in runs:
        parts = r.text.split("\n")
        last = len(parts) - 1
        for i, part in enumerate(parts):
            out.append(run_xml(part, r.bold, r.italic, br=i < last, size=size))
    return "".join(out)


def p_xml(style_id: str, runs: str, *, keep_next: bool = False, num_id: int | None = None,
           space_after: int | None = None, jc: str | None = None) -> str:
    """A paragraph with its properties (in the schema's order) and its runs' XML."""
    out = [f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>']
    if keep_next:
        out.append("<w:keepNext/>")
    if num_id is not None:
        out.append(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
    if space_after is not None:
        out.append(f'<w:spacing w:after="{space_after}"/>')
    if jc is not None:
        out.append(f'<w:jc w:val="{jc}"/>')
    out.append("</w:pPr>")
    out.append(runs)
    out.append("</w:p>")
    return "".join(out)


def tr_open(*, cant_split: bool, header: bool = False) -> str:
    if not (cant_split or header):
        return "<w:tr>"
    return ("<w:tr><w:trPr>" + ("<w:cantSplit/>" if cant_split else "")
            + ('<w:tblHeader w:val="true"/>' if header else "") + "</w:trPr>")


def tc_open(width_twips: int, *, fill: str | None = None, span: int = 1) -> str:
    out = f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width_twips}"/>'
    if span > 1:
        out += f'<w:gridSpan w:val="{span}"/>'
    if fill is not None:
        out += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    return out + "</w:tcPr>"


# -- blocks --------------------------------------------------------------------------------


def set_cell_margins(tbl_pr, twips: int) -> None:
    """Left and right cell margins of `twips` for a table (<w:tblCellMar> in the place the
    schema gives it: before <w:tblLook>)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    mar = parse_xml(f'<w:tblCellMar {nsdecls("w")}><w:left w:w="{twips}" w:type="dxa"/>'
                    f'<w:right w:w="{twips}" w:type="dxa"/></w:tblCellMar>')
    look = tbl_pr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(mar)
    else:
        tbl_pr.append(mar)


def keep_table_end_with(p) -> None:
    """Keep the last row of the table right before paragraph element `p` (and the
    breathing-room paragraph after that table) on the page of `p`: a note under a table
    does not go alone to the next page. Nothing happens when no table precedes `p`."""
    spacer = p.getprevious()
    table = spacer.getprevious() if spacer is not None and spacer.tag == qn("w:p") else spacer
    if table is None or table.tag != qn("w:tbl"):
        return
    rows = table.findall(qn("w:tr"))
    if not rows:
        return
    paras = list(rows[-1].iter(qn("w:p"))) + ([spacer] if spacer is not table else [])
    for para in paras:
        ppr = para.find(qn("w:pPr"))
        if ppr is None:
            ppr = OxmlElement("w:pPr")
            para.insert(0, ppr)
        if ppr.find(qn("w:keepNext")) is None:
            style = ppr.find(qn("w:pStyle"))
            ppr.insert(0 if style is None else list(ppr).index(style) + 1, OxmlElement("w:keepNext"))
