"""Startup benchmark: what a user waits for, measured the same way for Routekaart and for the
tool they would otherwise use.

    .venv/bin/python bench/startup.py [--runs 7] [--shots DIR]

Both programs start as whole processes under one Xvfb server (1920x1080, xcb) and the clock
stops when their window is visible on the X server (`xdotool search --onlyvisible`, polled
every 20 ms):

- Routekaart: `routekaart --demo`, until the main window showing demo.roadmap is mapped;
- the reference, LibreOffice Writer (the Debian GUI package) opening the demo report DOCX
  (made by `routekaart demo-export`), until the window titled with that file is mapped.

Runs alternate between the two after one warm-up start each (the warm-up also makes
LibreOffice's profile and Python's .pyc files), and the medians are compared. LibreOffice uses its own profile
(-env:UserInstallation) and its own copy of the GUI program: the Debian GUI packages conflict
with libreoffice-writer-nogui, which setup.sh installs for the tests, so the bench downloads
libreoffice-core and libreoffice-writer of the installed version with `apt-get download` and
unpacks them over a copy of /usr/lib/libreoffice in a cache folder; the system installation
is not changed. Missing tools (xvfb, xdotool) and libraries of the GUI program are installed
with apt-get when run as root, otherwise the line to run is printed.

Prints the figures and writes bench/results/startup.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLL_S = 0.02
LIMIT_S = 90.0


def _root() -> bool:
    return os.geteuid() == 0


def apt_install(packages: list[str]) -> None:
    if not packages:
        return
    line = "apt-get install -y --no-install-recommends " + " ".join(packages)
    if not _root():
        sys.exit(f"startup bench: missing {', '.join(packages)}; run as root:\n  {line}")
    print(f"installing {' '.join(packages)} ...", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], env=env, check=True, capture_output=True)
    subprocess.run(line.split(), env=env, check=True, capture_output=True)


def installed_version(package: str) -> str | None:
    out = subprocess.run(["dpkg-query", "-W", "-f=${db:Status-Abbrev}|${Version}", package],
                         capture_output=True, text=True)
    status, _, version = out.stdout.partition("|")
    return version if out.returncode == 0 and status.startswith("ii") else None


def cache_dir() -> Path:
    if _root():
        return Path("/var/cache/routekaart-bench")
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "routekaart-bench"


def writer_gui() -> tuple[Path, str]:
    """The soffice of a private LibreOffice Writer GUI (made once, kept in the cache)."""
    version = installed_version("libreoffice-core-nogui") or installed_version("libreoffice-core")
    if version is None:
        apt_install(["libreoffice-writer-nogui"])
        version = installed_version("libreoffice-core-nogui")
    if installed_version("libreoffice-core") == version and installed_version("libreoffice-writer"):
        return Path("/usr/lib/libreoffice/program/soffice"), version  # the GUI is installed
    prefix = cache_dir() / f"libreoffice-gui-{re.sub(r'[^0-9A-Za-z.+-]', '_', version)}"
    soffice = prefix / "libreoffice" / "program" / "soffice"
    if not (prefix / ".ready").exists():
        print(f"making a private LibreOffice Writer GUI {version} in {prefix} ...", flush=True)
        shutil.rmtree(prefix, ignore_errors=True)
        debs = prefix / "debs"
        debs.mkdir(parents=True)
        subprocess.run(["apt-get", "download", f"libreoffice-core={version}",
                        f"libreoffice-writer={version}"], cwd=debs, check=True, capture_output=True)
        shutil.copytree("/usr/lib/libreoffice", prefix / "libreoffice", symlinks=True)
        unpacked = prefix / "unpacked"
        for deb in sorted(debs.glob("*.deb")):
            subprocess.run(["dpkg", "-x", str(deb), str(unpacked)], check=True)
        subprocess.run(["cp", "-a", f"{unpacked}/usr/lib/libreoffice/.", str(prefix / "libreoffice")],
                       check=True)  # the GUI program files over the copy
        shutil.rmtree(unpacked)
        for rc in (prefix / "libreoffice" / "program").glob("*rc"):
            text = rc.read_text()
            if "file:///usr/lib/libreoffice" in text:  # point the program at this copy
                rc.write_text(text.replace("file:///usr/lib/libreoffice",
                                           (prefix / "libreoffice").as_uri()))
        (prefix / ".ready").write_text(version + "\n")
    missing = _missing_libraries(prefix / "libreoffice" / "program")
    if missing:
        apt_install(_library_packages("libreoffice-core", version))
        if _missing_libraries(prefix / "libreoffice" / "program"):
            sys.exit(f"startup bench: libraries still missing: {_missing_libraries(prefix)}")
    return soffice, version


def _missing_libraries(program: Path) -> list[str]:
    names = ["soffice.bin", "libmergedlo.so", "libvclplug_genlo.so", "libswlo.so"]
    out = subprocess.run(["ldd", *(str(program / n) for n in names if (program / n).exists())],
                         capture_output=True, text=True, env={**os.environ,
                                                              "LD_LIBRARY_PATH": str(program)})
    return sorted({line.split()[0] for line in out.stdout.splitlines() if "not found" in line})


def _library_packages(package: str, version: str) -> list[str]:
    """The shared-library packages the GUI package depends on that are not installed."""
    out = subprocess.run(["apt-cache", "depends", "--no-recommends", "--no-suggests",
                          f"{package}={version}"], capture_output=True, text=True).stdout
    deps = {m.group(1) for m in re.finditer(r"^\s+Depends: (lib[\w.+-]+)$", out, re.M)}
    return sorted(p for p in deps if not p.startswith("libreoffice") and not installed_version(p))


class Xvfb:
    def __init__(self) -> None:
        read, write = os.pipe()
        self.proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                                      "1920x1080x24", "-nolisten", "tcp"], pass_fds=(write,),
                                     stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as fh:
            self.display = ":" + fh.readline().strip()

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def _visible(display: str, pattern: str) -> bool:
    out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", pattern],
                         env={**os.environ, "DISPLAY": display}, capture_output=True, text=True)
    return bool(out.stdout.strip())


def time_window(cmd: list[str], env: dict, display: str, pattern: str,
                shot: Path | None = None) -> float:
    """Seconds from starting `cmd` until a visible window whose title matches `pattern`."""
    env = {**env, "DISPLAY": display}
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=env.get("HOME"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        while not _visible(display, pattern):
            if proc.poll() is not None and not _visible(display, pattern):
                raise RuntimeError(f"{cmd[0]} exited ({proc.returncode}) without its window")
            if time.perf_counter() - t > LIMIT_S:
                raise RuntimeError(f"no window matching {pattern!r} after {LIMIT_S} s")
            time.sleep(POLL_S)
        elapsed = time.perf_counter() - t
        if shot is not None:
            time.sleep(2.0)  # let it paint, then keep a picture of the screen
            _screenshot(display, shot)
        return elapsed
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()


def _screenshot(display: str, target: Path) -> None:
    code = ("import sys; from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]); "
            "QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[1])")
    subprocess.run([sys.executable, "-c", code, str(target)], check=True,
                   env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"})


def demo_docx(work: Path) -> Path:
    out = work / "demo-export"
    subprocess.run([sys.executable, "-m", "desktop", "demo-export", "--out", str(out)], cwd=ROOT,
                   check=True, capture_output=True,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                        "XDG_DATA_HOME": str(work / "export-data")})
    return out / "demo-nl.docx"


def summary(values: list[float]) -> dict:
    return {"median": round(statistics.median(values), 3), "min": round(min(values), 3),
            "max": round(max(values), 3), "all": [round(v, 3) for v in values]}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--shots", type=Path, help="save a screenshot of each program's window here")
    args = ap.parse_args()
    need = [p for p, tool in (("xvfb", "Xvfb"), ("xdotool", "xdotool")) if not shutil.which(tool)]
    apt_install(need)
    soffice, lo_version = writer_gui()
    script = Path(sys.executable).with_name("routekaart")
    app_cmd = [str(script)] if script.exists() else [sys.executable, "-m", "desktop"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        docx = demo_docx(work)
        app_home, lo_home = work / "app-home", work / "lo-home"
        app_home.mkdir()
        lo_home.mkdir()
        # PYTHONDONTWRITEBYTECODE (set on some build machines) would make Python compile every
        # module on every start; a user's machine keeps the .pyc files of the first start
        base = {k: v for k, v in os.environ.items()
                if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "PYTHONDONTWRITEBYTECODE")}
        app_env = {**base, "HOME": str(app_home), "XDG_DATA_HOME": str(app_home / "data"),
                   "XDG_CONFIG_HOME": str(app_home / "config"), "QT_QPA_PLATFORM": "xcb"}
        lo_env = {**base, "HOME": str(lo_home), "SAL_USE_VCLPLUGIN": "gen"}
        profile = (work / "lo-profile").as_uri()

        def office(i: int, shot: Path | None = None) -> float:
            copy = work / f"run-{i}" / docx.name  # own folder: no lock file from an earlier run
            copy.parent.mkdir()
            shutil.copyfile(docx, copy)
            return time_window([str(soffice), f"-env:UserInstallation={profile}", "--norestore",
                                "--nologo", str(copy)], lo_env, display,
                               re.escape(docx.name), shot)

        def routekaart(shot: Path | None = None) -> float:
            return time_window([*app_cmd, "--demo"], app_env, display, r"demo(-[0-9]+)?\.roadmap",
                               shot)

        if args.shots:
            args.shots.mkdir(parents=True, exist_ok=True)
        x = Xvfb()
        display = x.display
        try:
            warm_app = routekaart(args.shots / "routekaart.png" if args.shots else None)
            warm_lo = office(0, args.shots / "libreoffice.png" if args.shots else None)
            app, lo = [], []
            for i in range(args.runs):
                app.append(routekaart())
                lo.append(office(i + 1))
        finally:
            x.close()
    ratio = statistics.median(lo) / statistics.median(app)
    result = {
        "method": "whole process start until its window is visible on Xvfb 1920x1080 (xcb), "
                  "xdotool search --onlyvisible polled every 20 ms; runs alternate",
        "runs": args.runs,
        "routekaart_demo_window_s": summary(app),
        "routekaart_first_start_s": round(warm_app, 3),
        "libreoffice_writer_open_demo_docx_window_s": summary(lo),
        "libreoffice_first_start_with_new_profile_s": round(warm_lo, 3),
        "libreoffice_version": lo_version,
        "ratio_libreoffice_over_routekaart": round(ratio, 2),
        "goal_ratio": 3.0,
    }
    print(f"Routekaart --demo until its main window is visible:  median {statistics.median(app):.3f} s "
          f"(min {min(app):.3f}, max {max(app):.3f}; first start {warm_app:.3f} s)")
    print(f"LibreOffice Writer {lo_version} opening demo-nl.docx until its window is visible: "
          f"median {statistics.median(lo):.3f} s (min {min(lo):.3f}, max {max(lo):.3f}; "
          f"first start with a new profile {warm_lo:.3f} s)")
    print(f"ratio LibreOffice / Routekaart = {ratio:.2f} (goal >= 3)")
    out = ROOT / "bench" / "results" / "startup.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
