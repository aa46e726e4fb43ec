"""Make the fallback fonts in resources/fonts from their upstream files (run by hand).

The report font is DejaVu Sans. Characters it lacks come from two fallback fonts, cut
down to exactly those characters so the installation stays small:

  RoutekaartSymbols.ttf  from Symbola 9 (George Douros; "free for any use", see LICENSE):
                         emoji and pictographs, arrows, technical and other symbols.
  RoutekaartCJK.ttf      from Droid Sans Fallback (Android, Apache-2.0): Chinese,
                         Japanese and Korean.

    python scripts/make_fallback_fonts.py SYMBOLA.ttf DROIDSANSFALLBACK.ttf

(Debian: packages fonts-symbola and fonts-droid-fallback.) Needs fontTools; it is not a
dependency of the app, only of this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def covered(path: Path) -> set[int]:
    return set(TTFont(str(path)).getBestCmap())


def cut(source: Path, target: Path, keep: set[int], family: str) -> None:
    font = TTFont(str(source))
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False  # smaller; printed and on-screen sizes need none
    sub = subset.Subsetter(options)
    sub.populate(unicodes=sorted(keep & set(font.getBestCmap())))
    sub.subset(font)
    for rec in font["name"].names:  # a new name: the cut font is not the upstream font
        if rec.nameID in (1, 4, 16):
            rec.string = family
        elif rec.nameID == 6:
            rec.string = family.replace(" ", "")
    font.save(str(target))
    print(f"{target.name}: {len(keep & set(font.getBestCmap()))} characters, {target.stat().st_size / 1e6:.2f} MB")


def main(symbola: str, droid: str) -> None:
    base = covered(FONTS / "DejaVuSans.ttf") | covered(FONTS / "DejaVuSans-Bold.ttf")
    sym = covered(Path(symbola)) - base
    cut(Path(symbola), FONTS / "RoutekaartSymbols.ttf", sym, "Routekaart Symbols")
    cjk_ranges = [(0x2E80, 0x2FDF), (0x3000, 0x30FF), (0x3100, 0x31FF), (0x3200, 0x33FF),
                  (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF),
                  (0xFE30, 0xFE4F), (0xFF00, 0xFFEF), (0x1100, 0x11FF), (0x3130, 0x318F)]
    cjk = {c for lo, hi in cjk_ranges for c in range(lo, hi + 1)} - base - sym
    cut(Path(droid), FONTS / "RoutekaartCJK.ttf", cjk, "Routekaart CJK")


if __name__ == "__main__":
    main(*sys.argv[1:3])
