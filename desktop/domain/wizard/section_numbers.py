"""The numbers the wizard shows for its sections: step and place in the method, e.g. "3.4"
for the fourth section of step 3. Several sections feed one report chapter (the lanes,
the actions and the dependencies all write 4.3), so the report chapter cannot number the
wizard: these numbers follow the method's order and are never repeated. The report
chapter a section writes is shown with its guidance. Qt-free.
"""

from __future__ import annotations

from desktop.domain.wizard.sections import STEPS


def section_numbers() -> dict[str, str]:
    """Section key -> its wizard number ("<step>.<n>")."""
    out: dict[str, str] = {}
    for step in STEPS:
        for i, s in enumerate(step.sections, start=1):
            out[s.key] = f"{step.number}.{i}"
    return out


NUMBERS = section_numbers()
