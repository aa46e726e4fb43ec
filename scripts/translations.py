"""Keep the interface translations current.

    python scripts/translations.py update   # extract strings into resources/i18n/*.ts
    python scripts/translations.py check    # list strings without a Dutch translation

Source strings are English (the code); resources/i18n/routekaart_nl.ts holds the Dutch
translations and routekaart_en.ts only the English plural forms. Edit the .ts files with
pyside6-linguist (or any editor); build_installer.py compiles them to .qm.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("nl", "en")


def sources(root: Path = ROOT) -> list[Path]:
    """Every Python file of the Qt layer (the Qt-free core has its own nl/en labels)."""
    return sorted(p for p in (root / "desktop").rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(target: Path, lang: str, root: Path = ROOT, *, drop_obsolete: bool = True) -> None:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    args = [str(tool), *map(str, sources(root)), "-locations", "none",
            "-source-language", "en", "-target-language", lang, "-ts", str(target)]
    if drop_obsolete:
        args.insert(1, "-no-obsolete")
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"pyside6-lupdate failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <message> element of a .ts file."""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            out[(name, m.findtext("source"))] = m
    return out


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """Messages of `ts` that have no finished translation (every plural form filled)."""
    missing = []
    for key, m in messages(ts).items():
        t = m.find("translation")
        if t is None or t.get("type") in ("unfinished", "obsolete", "vanished"):
            if t is None or t.get("type") == "unfinished":
                missing.append(key)
            continue
        if m.get("numerus") == "yes":
            forms = [f.text for f in t.iter("numerusform")]
            if len(forms) < 2 or not all(forms):
                missing.append(key)
        elif not (t.text or "").strip():
            missing.append(key)
    return missing


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        for lang in LANGS:
            lupdate(I18N / f"routekaart_{lang}.ts", lang)
        command = "check"
    if command == "check":
        missing = untranslated(I18N / "routekaart_nl.ts")
        for ctx, src in missing:
            print(f"untranslated [{ctx}] {src!r}")
        print(f"{len(missing)} untranslated string(s)")
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
