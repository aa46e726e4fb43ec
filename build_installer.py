"""Build the Routekaart desktop bundle and a platform package.

    .venv/bin/python build_installer.py            # bundle + package + self-test
    .venv/bin/python build_installer.py --no-test  # skip running the bundle's self-test

Steps: compile the Qt translations (.ts -> .qm), run PyInstaller (one folder, with
resources/ included), run the frozen app's `--self-test` offscreen, then make the
platform package: Linux tar.gz with a .desktop file and a MIME type for *.roadmap;
Windows zip plus an Inno Setup script (compiled when `iscc` is available); macOS .app
zipped. Every step is an importable function with tests (tests/test_build_installer.py).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
NAME = "routekaart"
APP_NAME = "Routekaart"


def version() -> str:
    """The version in pyproject.toml (one source of truth)."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def platform_tag(system: str | None = None, machine: str | None = None) -> str:
    system = (system or platform.system()).lower()
    machine = (machine or platform.machine()).lower()
    name = {"darwin": "macos", "windows": "windows"}.get(system, system)
    return f"{name}-{machine}"


def data_files(root: Path = ROOT) -> list[tuple[Path, str]]:
    """(source folder, destination in the bundle) for every resource folder."""
    res = root / "resources"
    return [(p, f"resources/{p.name}") for p in sorted(res.iterdir()) if p.is_dir()]


LIVE_IMPORTS = ("--collect-submodules", "websockets", "--collect-submodules", "anyio",
                "--hidden-import", "pycrdt.websocket", "--hidden-import", "pycrdt.websocket.yroom",
                "--hidden-import", "pycrdt.websocket.websocket_server",
                "--hidden-import", "pycrdt.store", "--hidden-import", "pycrdt.store.sqlite",
                "--hidden-import", "sqlite_anyio")


def pyinstaller_args(*, dist: Path, work: Path, system: str | None = None,
                     root: Path = ROOT) -> list[str]:
    """Command-line arguments for PyInstaller: one folder, windowed on Windows and macOS."""
    system = system or platform.system()
    sep = ";" if system == "Windows" else ":"
    args = [str(root / "desktop" / "__main__.py"), "--name", NAME, "--onedir", "--noconfirm",
            "--clean", "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
            "--specpath", str(work), "--paths", str(root),
            # imported lazily by the exporters and co-editing, so PyInstaller must be told
            "--collect-submodules", "desktop", "--collect-submodules", "db",
            "--collect-data", "docx", "--collect-data", "pptx", "--hidden-import", "pycrdt",
            # reportlab imports its C accelerator by a name in a string
            "--hidden-import", "_rl_accel",
            # live co-editing (db/live): the server and client import these on first use,
            # anyio picks its backend by name at run time
            *LIVE_IMPORTS]
    if system in ("Windows", "Darwin"):
        args.append("--windowed")
    if system == "Darwin":
        args += ["--osx-bundle-identifier", "be.routekaart.app"]
    if system == "Windows":
        args += ["--icon", str(root / "resources" / "icons" / "routekaart.ico")]
    for src, dest in data_files(root):
        args += ["--add-data", f"{src}{sep}{dest}"]
    # python-docx opens its templates as docx/parts/../templates/*.xml: the folder
    # docx/parts must exist on disk in the bundle, or headers and footers fail
    import docx

    parts_init = Path(docx.__file__).parent / "parts" / "__init__.py"
    args += ["--add-data", f"{parts_init}{sep}docx/parts"]
    # python-pptx does the same with pptx/oxml/../templates (notes master of the deck)
    import pptx

    oxml_init = Path(pptx.__file__).parent / "oxml" / "__init__.py"
    args += ["--add-data", f"{oxml_init}{sep}pptx/oxml"]
    for sql in sorted((root / "db").glob("*.sql")):
        args += ["--add-data", f"{sql}{sep}db"]
    return args


def compile_translations(root: Path = ROOT) -> list[Path]:
    """Run pyside6-lrelease on every resources/i18n/*.ts; returns the .qm files."""
    out = []
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    for ts in sorted((root / "resources" / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool, str(ts), "-qm", str(qm)], check=True, capture_output=True)
        out.append(qm)
    return out


DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name={app}
GenericName=Roadmap editor
Comment=Draft, visualise and publish cluster innovation roadmaps
Exec={exe} %f
Icon={name}
Terminal=false
Categories=Office;ProjectManagement;
MimeType=application/x-routekaart;
"""

MIME_XML = """<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-routekaart">
    <comment>Routekaart roadmap</comment>
    <glob pattern="*.roadmap"/>
  </mime-type>
</mime-info>
"""

INNO_SCRIPT = """[Setup]
AppName={app}
AppVersion={version}
DefaultDirName={{autopf}}\\{app}
OutputBaseFilename={name}-{version}-setup
ChangesAssociations=yes

[Files]
Source: "{bundle}\\*"; DestDir: "{{app}}"; Flags: recursesubdirs

[Icons]
Name: "{{group}}\\{app}"; Filename: "{{app}}\\{name}.exe"

[Registry]
Root: HKA; Subkey: "Software\\Classes\\.roadmap"; ValueType: string; ValueData: "Routekaart.Roadmap"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\\Classes\\Routekaart.Roadmap\\shell\\open\\command"; ValueType: string; ValueData: \"\"\"{{app}}\\{name}.exe\"\" \"\"%1\"\"\"
"""


def desktop_entry(exe: str) -> str:
    return DESKTOP_ENTRY.format(app=APP_NAME, exe=exe, name=NAME)


def inno_script(bundle: Path, ver: str) -> str:
    return INNO_SCRIPT.format(app=APP_NAME, version=ver, name=NAME, bundle=bundle)


MAC_DOCUMENT_TYPES = [{
    "CFBundleTypeName": "Routekaart roadmap",
    "CFBundleTypeRole": "Editor",
    "LSHandlerRank": "Owner",
    "LSItemContentTypes": ["be.routekaart.roadmap"],
}]
MAC_EXPORTED_TYPES = [{
    "UTTypeIdentifier": "be.routekaart.roadmap",
    "UTTypeDescription": "Routekaart roadmap",
    "UTTypeConformsTo": ["public.data", "public.database"],
    "UTTypeTagSpecification": {"public.filename-extension": ["roadmap"]},
}]


def register_mac_document_type(app: Path) -> Path:
    """Add the *.roadmap document type to a macOS .app's Info.plist (file association)."""
    import plistlib

    plist = app / "Contents" / "Info.plist"
    info = plistlib.loads(plist.read_bytes())
    info["CFBundleDocumentTypes"] = MAC_DOCUMENT_TYPES
    info["UTExportedTypeDeclarations"] = MAC_EXPORTED_TYPES
    info["NSHighResolutionCapable"] = True
    plist.write_bytes(plistlib.dumps(info))
    return plist


def package(bundle: Path, out_dir: Path, *, system: str | None = None, ver: str | None = None) -> Path:
    """Wrap a built bundle folder in the platform's package; returns the package path."""
    system = system or platform.system()
    ver = ver or version()
    stem = f"{NAME}-{ver}-{platform_tag(system)}"
    out_dir.mkdir(parents=True, exist_ok=True)
    if system == "Linux":
        target = out_dir / f"{stem}.tar.gz"
        with tarfile.open(target, "w:gz") as tar:
            tar.add(bundle, arcname=stem)
            for name, text in ((f"{NAME}.desktop", desktop_entry(f"/opt/{stem}/{NAME}")),
                               (f"{NAME}-mime.xml", MIME_XML)):
                extra = out_dir / name
                extra.write_text(text, encoding="utf-8")
                tar.add(extra, arcname=f"{stem}/share/{name}")
            icon = ROOT / "resources" / "icons" / "routekaart-256.png"
            tar.add(icon, arcname=f"{stem}/share/icons/hicolor/256x256/apps/{NAME}.png")
        return target
    if system == "Windows":
        (out_dir / f"{NAME}.iss").write_text(inno_script(bundle, ver), encoding="utf-8")
        iscc = shutil.which("iscc")
        if iscc:
            subprocess.run([iscc, str(out_dir / f"{NAME}.iss")], check=True)
    if system == "Darwin":  # ship the .app (with its document type) rather than the folder
        app = bundle.parent / f"{NAME}.app"
        if app.exists():
            register_mac_document_type(app)
            bundle, stem = app, f"{stem}/{NAME}.app"
    target = out_dir / f"{Path(stem).parts[0]}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for p in sorted(bundle.rglob("*")):
            z.write(p, f"{stem}/{p.relative_to(bundle)}")
    return target


def self_test(bundle: Path, system: str | None = None) -> subprocess.CompletedProcess:
    """Run the frozen app's --self-test offscreen (exports the demo, exits 0)."""
    system = system or platform.system()
    exe = bundle / (NAME + (".exe" if system == "Windows" else ""))
    if system == "Darwin":
        exe = bundle.parent / f"{NAME}.app" / "Contents" / "MacOS" / NAME
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(exe), "--self-test"], env=env, capture_output=True, text=True,
                          timeout=300)


def build(*, dist: Path = ROOT / "dist", work: Path = ROOT / "build", test: bool = True) -> Path:
    import PyInstaller.__main__

    compile_translations()
    PyInstaller.__main__.run(pyinstaller_args(dist=dist, work=work))
    bundle = dist / NAME
    if test:
        result = self_test(bundle)
        print(result.stdout[-2000:], result.stderr[-2000:], sep="\n")
        if result.returncode != 0:
            raise SystemExit(f"self-test of the bundle failed (exit {result.returncode})")
    return package(bundle, dist)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-test", action="store_true", help="do not run the bundle's self-test")
    args = ap.parse_args(argv)
    print(f"built {build(test=not args.no_test)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
