"""The report model and its builders: chapters, annexes and the monitoring, progress,
funding, landscape and roll-up reports (Qt-free, render-neutral)."""
