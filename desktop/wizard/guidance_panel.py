"""The guidance panel: what the current section must deliver, an example, the step's goal
and its results checklist (ticked from the roadmap's content)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.domain.wizard.guidance import GUIDANCE, STEP_GOALS
from desktop.domain.wizard.sections import Scorer, SectionSpec, StepSpec, checklist_done


class GuidancePanel(QTextBrowser):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setAccessibleName(self.tr("Guidance"))
        self.setOpenLinks(False)
        self.document().setDocumentMargin(10)

    def show_section(self, section: SectionSpec, step: StepSpec, data: Mapping,
                     open_codes: Iterable[str], scorer: Scorer | None = None) -> None:
        lang = self.lang
        g = GUIDANCE.get(section.key)
        codes = set(open_codes)
        chapter = self.tr("Report chapter %1").replace("%1", section.chapter)
        delivers = self.tr("What this section delivers")
        example = self.tr("Example")
        results = self.tr("Results of this step")
        parts = [f"<h3>{escape(section.title(lang))}</h3>",
                 f"<p style='color:#666'>{escape(chapter)}</p>"]
        if g is not None:
            parts += [f"<p><b>{escape(delivers)}</b><br>{escape(g.deliver(lang))}</p>",
                      f"<p><b>{escape(example)}</b></p>"
                      f"<p style='margin-left:12px; color:#444'><i>{escape(g.example(lang))}</i></p>"]
        goal = STEP_GOALS.get(step.number)
        title = self.tr("Step %1: %2").replace("%1", str(step.number)).replace("%2", step.title(lang))
        parts.append(f"<hr><h4>{escape(title)}</h4>")
        if goal:
            parts.append(f"<p>{escape(goal[0] if lang == 'nl' else goal[1])}</p>")
        parts.append(f"<p><b>{escape(results)}</b></p><table cellspacing=2>")
        for item in step.checklist:
            done = checklist_done(item, data, codes, scorer)
            mark = "<span style='color:#1b7f3b'>✔</span>" if done else "<span style='color:#999'>☐</span>"
            parts.append(f"<tr><td valign=top>{mark}</td><td>{escape(item.label(lang))}</td></tr>")
        parts.append("</table>")
        self.setHtml("".join(parts))
