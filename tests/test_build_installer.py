"""build_installer.py: argument construction, packaging, and (marked) a real bundle build."""

from __future__ import annotations

import tarfile
import zipfile

import pytest

import build_installer as bi


def test_version_comes_from_pyproject():
    import desktop

    assert bi.version() == desktop.__version__


def test_pyinstaller_args_bundle_resources_and_sql(tmp_path):
    args = bi.pyinstaller_args(dist=tmp_path / "d", work=tmp_path / "w", system="Linux")
    assert "--onedir" in args and "--windowed" not in args
    data = [args[i + 1] for i, a in enumerate(args) if a == "--add-data"]
    assert any(d.endswith(":resources/demo") for d in data)
    assert any(d.endswith(":resources/fonts") for d in data)
    assert any("schema_v1.sql:db" in d for d in data)
    assert any(d.endswith(":docx/parts") for d in data)
    win = bi.pyinstaller_args(dist=tmp_path / "d", work=tmp_path / "w", system="Windows")
    assert "--windowed" in win and any(";resources/demo" in a for a in win)


def test_platform_tags():
    assert bi.platform_tag("Linux", "x86_64") == "linux-x86_64"
    assert bi.platform_tag("Darwin", "arm64") == "macos-arm64"
    assert bi.platform_tag("Windows", "AMD64") == "windows-amd64"


def _fake_bundle(tmp_path):
    bundle = tmp_path / "routekaart"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "routekaart").write_text("#!/bin/sh\n")
    (bundle / "_internal" / "x.txt").write_text("x")
    return bundle


def test_linux_package_has_desktop_entry_and_mime_type(tmp_path):
    target = bi.package(_fake_bundle(tmp_path), tmp_path / "out", system="Linux", ver="9.9")
    assert target.name.startswith("routekaart-9.9-linux-") and target.suffixes[-2:] == [".tar", ".gz"]
    with tarfile.open(target) as tar:
        names = tar.getnames()
        stem = names[0].split("/")[0]
        assert f"{stem}/routekaart" in names and f"{stem}/_internal/x.txt" in names
        entry = tar.extractfile(f"{stem}/share/routekaart.desktop").read().decode()
        mime = tar.extractfile(f"{stem}/share/routekaart-mime.xml").read().decode()
    assert "MimeType=application/x-routekaart;" in entry and "Exec=" in entry and "%f" in entry
    assert '<glob pattern="*.roadmap"/>' in mime


def test_windows_package_is_a_zip_with_an_inno_script(tmp_path):
    target = bi.package(_fake_bundle(tmp_path), tmp_path / "out", system="Windows", ver="9.9")
    assert target.suffix == ".zip"
    with zipfile.ZipFile(target) as z:
        assert any(n.endswith("/routekaart") for n in z.namelist())
    iss = (tmp_path / "out" / "routekaart.iss").read_text()
    assert "AppVersion=9.9" in iss and ".roadmap" in iss


def test_macos_package_is_the_app_with_the_roadmap_document_type(tmp_path):
    import plistlib

    bundle = _fake_bundle(tmp_path)
    app = bundle.parent / "routekaart.app" / "Contents"
    (app / "MacOS").mkdir(parents=True)
    (app / "MacOS" / "routekaart").write_text("#!/bin/sh\n")
    (app / "Info.plist").write_bytes(plistlib.dumps({"CFBundleName": "routekaart"}))
    target = bi.package(bundle, tmp_path / "out", system="Darwin", ver="9.9")
    assert target.name.startswith("routekaart-9.9-macos") and target.suffix == ".zip"
    with zipfile.ZipFile(target) as z:
        names = z.namelist()
        assert any(n.endswith("routekaart.app/Contents/MacOS/routekaart") for n in names)
        info = plistlib.loads(z.read(next(n for n in names if n.endswith("Info.plist"))))
    assert info["UTExportedTypeDeclarations"][0]["UTTypeTagSpecification"][
        "public.filename-extension"] == ["roadmap"]
    assert info["CFBundleDocumentTypes"][0]["LSItemContentTypes"] == ["be.routekaart.roadmap"]


@pytest.mark.bundle
@pytest.mark.slow
def test_frozen_bundle_builds_and_passes_its_self_test(tmp_path):
    import PyInstaller.__main__

    dist = tmp_path / "dist"
    PyInstaller.__main__.run(bi.pyinstaller_args(dist=dist, work=tmp_path / "work"))
    result = bi.self_test(dist / "routekaart")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "SELF-TEST OK" in result.stdout


def test_live_coediting_modules_are_bundled(tmp_path):
    """db/live imports these lazily: the bundle is told, and each of them is importable."""
    import importlib

    args = bi.pyinstaller_args(dist=tmp_path / "d", work=tmp_path / "w", system="Linux")
    hidden = [args[i + 1] for i, a in enumerate(args) if a == "--hidden-import"]
    collected = [args[i + 1] for i, a in enumerate(args) if a == "--collect-submodules"]
    assert {"pycrdt.websocket", "pycrdt.store", "sqlite_anyio"} <= set(hidden)
    assert {"websockets", "anyio", "db"} <= set(collected)
    for name in hidden + ["websockets.asyncio.client", "websockets.asyncio.server",
                          "anyio._backends._asyncio", "db.live.server", "db.live.client"]:
        importlib.import_module(name)
