"""Startup benchmark: cold start of Routekaart to the first painted main window with the demo
roadmap loaded, measured as a whole process, against LibreOffice Writer's headless start
(`soffice --headless --terminate_after_init`) measured in the same run.

    .venv/bin/python bench/startup.py [--runs 7] [--platform offscreen|xcb]

With --platform xcb the app runs under Xvfb (xvfb-run must be installed). Prints the
figures and writes bench/results/startup.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def time_app(platform: str, home: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "ROUTEKAART_STARTUP_PROBE": "1",
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config")}
    cmd = [sys.executable, "-m", "desktop", "--demo"]
    if platform == "xcb":
        cmd = ["xvfb-run", "-a", *cmd]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    for line in proc.stdout:
        if line.startswith("FIRST-PAINT"):
            elapsed = time.perf_counter() - t
            break
    else:
        raise RuntimeError("the app exited without painting its window")
    proc.wait(timeout=30)
    return elapsed


def time_soffice(home: Path) -> float | None:
    soffice = shutil.which("soffice")
    if not soffice:
        return None
    t = time.perf_counter()
    subprocess.run([soffice, "--headless", "--norestore", "--terminate_after_init"],
                   env={**os.environ, "HOME": str(home)}, check=True, capture_output=True)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--platform", default="offscreen", choices=("offscreen", "xcb"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        time_app(args.platform, home)  # first run warms the OS file cache, like a second start
        app = [time_app(args.platform, home) for _ in range(args.runs)]
        office_home = home / "office"
        time_soffice(office_home)  # first start creates the profile
        office = [t for t in (time_soffice(office_home) for _ in range(args.runs)) if t is not None]
    result = {"platform": args.platform, "runs": args.runs,
              "app_first_paint_s": {"median": round(statistics.median(app), 3),
                                    "min": round(min(app), 3), "max": round(max(app), 3)}}
    print(f"Routekaart --demo to first paint ({args.platform}): median {statistics.median(app):.3f} s "
          f"(min {min(app):.3f}, max {max(app):.3f}); target < 1.0 s")
    if office:
        ratio = statistics.median(office) / statistics.median(app)
        result["soffice_terminate_after_init_s"] = {"median": round(statistics.median(office), 3),
                                                   "min": round(min(office), 3)}
        result["ratio_soffice_over_app"] = round(ratio, 2)
        print(f"LibreOffice Writer headless start: median {statistics.median(office):.3f} s; "
              f"ratio LibreOffice/Routekaart = {ratio:.2f} (target >= 3)")
    else:
        print("LibreOffice (soffice) not installed: no reference measured")
    out = ROOT / "bench" / "results" / "startup.json"
    out.write_text(json.dumps(result, indent=1) + "\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
