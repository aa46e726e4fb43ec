"""The `Guidance` of one wizard section: what it must deliver and an example, nl and en."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.words import nl_en


@dataclass(frozen=True)
class Guidance:
    deliver_nl: str
    deliver_en: str
    example_nl: str
    example_en: str

    def deliver(self, lang: str) -> str:
        return nl_en(lang, self.deliver_nl, self.deliver_en)

    def example(self, lang: str) -> str:
        return nl_en(lang, self.example_nl, self.example_en)


G = Guidance
