"""Locating the bundled resources (fonts, report labels) from the export package."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from desktop.domain.paths import resources_dir

LANGUAGES = ("nl", "en")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def report_labels(lang: str) -> dict[str, str]:
    """The report's own headings and labels (resources/i18n/report_<lang>.json)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported report language {lang!r}; expected one of {LANGUAGES}")
    path = resources_dir() / "i18n" / f"report_{lang}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}
