"""Build a one-folder desktop bundle of Routekaart with PyInstaller.

    .venv/bin/pip install pyinstaller && .venv/bin/python build_installer.py

This is the first version: it bundles the app with its resources (demo, fonts, templates)
into dist/routekaart/ and runs the bundle's self-test. Platform packages (tar.gz with a
.desktop file, Windows installer, macOS .app) and translations come with the installer issue.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
NAME = "routekaart"


def data_files() -> list[tuple[Path, str]]:
    """(source, destination inside the bundle) for every resource folder."""
    return [(p, f"resources/{p.name}") for p in sorted((ROOT / "resources").iterdir()) if p.is_dir()]


def pyinstaller_args(*, dist: Path = ROOT / "dist", work: Path = ROOT / "build") -> list[str]:
    """Command-line arguments for PyInstaller (one-folder, windowed on Windows/macOS)."""
    sep = ";" if os.name == "nt" else ":"
    args = [str(ROOT / "desktop" / "__main__.py"), "--name", NAME, "--onedir", "--noconfirm",
            "--clean", "--distpath", str(dist), "--workpath", str(work),
            "--specpath", str(work), "--paths", str(ROOT),
            # python-docx and reportlab are imported lazily by the exporters
            "--collect-data", "docx", "--hidden-import", "reportlab.graphics.barcode.common"]
    if sys.platform in ("win32", "darwin"):
        args.append("--windowed")
    for src, dest in data_files():
        args += ["--add-data", f"{src}{sep}{dest}"]
    return args


def main() -> int:
    import PyInstaller.__main__

    PyInstaller.__main__.run(pyinstaller_args())
    exe = ROOT / "dist" / NAME / (NAME + (".exe" if os.name == "nt" else ""))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.call([str(exe), "--self-test"], env=env)


if __name__ == "__main__":
    sys.exit(main())
