"""Presentation-mode benchmark on a generated roadmap with 5,000 actions (offscreen Qt).

Measures, on a 1920x1080 presentation window:

* laying out each scene once (`build_scene`: Part A and every value chain's Part B; this
  runs in a background thread while the first scene is shown, off the critical path);
* switching scenes once laid out: the key press handler plus a full repaint of the
  window (`jump` + `repaint`), for every scene in turn, in the light and dark theme and
  with a followed path (first use of a theme or path recolours the scene once: shown
  separately as "first_*");
* the next reveal step (Right key + repaint);
* an edit round-trip: quick-add through session.apply, redrawn from session.changed.

Prints the figures and writes bench/results/presentation.json. Target: < 100 ms per switch.

    .venv/bin/python bench/presentation.py [--actions 5000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from db.interchange import import_document  # noqa: E402
from desktop.app.session import RoadmapSession  # noqa: E402
from tests.generate import generate_document  # noqa: E402


def ms(samples: list[float]) -> dict:
    s = sorted(x * 1000 for x in samples)
    return {"median_ms": round(statistics.median(s), 2), "max_ms": round(s[-1], 2), "n": len(s)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--actions", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication(["bench"])
    from desktop.domain.presentation import edits as edit
    from desktop.domain.presentation.path import objectives
    from desktop.presentation.window import PresentationWindow

    t = time.perf_counter()
    store = import_document(generate_document(args.actions, seed=7), ":memory:")
    t_import = time.perf_counter() - t
    session = RoadmapSession(store)

    t = time.perf_counter()
    w = PresentationWindow(session, "en", precompute=True)
    t_open = time.perf_counter() - t
    for f in list(w.cache._futures.values()):  # the facilitator looks at scene 1 meanwhile
        f.result()
    w.resize(1920, 1080)
    w.show()
    app.processEvents()
    n = len(w.cache)

    from desktop.domain.presentation.scenes import build_scene

    build = {}
    for i in range(n):
        t = time.perf_counter()
        build_scene(w.cache.doc, w.cache.scenes[i], "en")
        build[w.cache.scenes[i].key] = round((time.perf_counter() - t) * 1000, 1)
        w.cache.get(i)

    def switch_all(label: str) -> tuple[list[float], list[float]]:
        first, later = [], []
        for r in range(args.repeat + 1):
            for i in range(n):
                t = time.perf_counter()
                w.jump(i)
                w.repaint()
                (first if r == 0 else later).append(time.perf_counter() - t)
        return first, later

    results = {}
    for label, setup in (("light", lambda: None),
                         ("dark", w.toggle_theme),
                         ("path", lambda: w.follow_path(objectives(w.cache.doc)[0][0]))):
        setup()
        first, later = switch_all(label)
        results[f"first_switch_{label}"] = ms(first)
        results[f"switch_{label}"] = ms(later)
    w.follow_path(None)
    if w.theme == "dark":
        w.toggle_theme()

    steps = []
    w.jump(1)
    for _ in range(args.repeat):
        w.nav.step = 0
        while w.nav.step < w.scene_visual().n_steps - 1:
            t = time.perf_counter()
            w.next()
            w.repaint()
            steps.append(time.perf_counter() - t)
    results["reveal_step"] = ms(steps)

    # edit round trip: quick-add through session.apply, redrawn from session.changed, repainted
    def quick_add(sv, k: int):
        lane = sv.lanes[k % len(sv.lanes)]
        return edit.quick_add_ops(sv, sv.axis.chart_x0 + 100 + 7 * k, (lane.y0 + lane.y1) / 2,
                                  f"Bench idea {k}")

    # floor 1: the same ops through session.apply of a second session on the same roadmap
    # with no view listening (store + CRDT + rows patch, no presentation redraw)
    floor_store = import_document(generate_document(args.actions, seed=7), ":memory:")
    floor_session = RoadmapSession(floor_store)
    rt_wall, rt_cpu, fl_wall, fl_cpu = [], [], [], []
    n_rt = max(5, args.repeat * 2)
    for k in range(n_rt + 1):
        sv = w.scene_visual()
        ops = quick_add(sv, k)
        w0, c0 = time.perf_counter(), time.process_time()
        floor_session.apply(ops, "Add action")
        fw, fc = time.perf_counter() - w0, time.process_time() - c0
        w0, c0 = time.perf_counter(), time.process_time()
        session.apply(ops, "Add action")
        w.repaint()
        ew, ec = time.perf_counter() - w0, time.process_time() - c0
        if k:  # the first is warm-up
            rt_wall.append(ew)
            rt_cpu.append(ec)
            fl_wall.append(fw)
            fl_cpu.append(fc)
    items = len(w.scene_visual().visual.items)  # primitives painted by the presentation

    # floor 2: what Qt itself costs: a plain QGraphicsScene with as many rect + text items as
    # the presentation scene, one item added and the 1920x1080 view repainted
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    n_items = items or 2 * args.actions
    plain = QGraphicsScene()
    for i in range(n_items // 2):
        plain.addRect(10 + (i % 40) * 45, 10 + (i // 40) * 12, 40, 10)
        plain.addSimpleText(f"a{i}").setPos(10 + (i % 40) * 45, 10 + (i // 40) * 12)
    pv = QGraphicsView(plain)
    pv.resize(1920, 1080)
    pv.show()
    app.processEvents()
    pl_wall, pl_cpu = [], []
    for k in range(n_rt + 1):
        w0, c0 = time.perf_counter(), time.process_time()
        plain.addRect(20 + k, 20, 40, 10)
        pv.viewport().repaint()
        if k:
            pl_wall.append(time.perf_counter() - w0)
            pl_cpu.append(time.process_time() - c0)
    pv.close()

    # profile one round trip
    import cProfile
    import io
    import pstats

    ops = quick_add(w.scene_visual(), n_rt + 1)
    prof = cProfile.Profile()
    prof.enable()
    session.apply(ops, "Add action")
    w.repaint()
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(25)
    profile_top = [ln.rstrip() for ln in buf.getvalue().splitlines() if ln.strip()][:40]
    print("\n".join(profile_top))
    floor_session.close()

    def med(xs):
        return round(statistics.median(xs) * 1000, 2)

    roundtrip = {
        "n": len(rt_wall), "scene_items": n_items,
        "wall_median_ms": med(rt_wall), "cpu_median_ms": med(rt_cpu),
        "wall_max_ms": round(max(rt_wall) * 1000, 2),
        "floor_session_apply_no_view_wall_ms": med(fl_wall),
        "floor_session_apply_no_view_cpu_ms": med(fl_cpu),
        "floor_plain_qgraphicsscene_add_repaint_wall_ms": med(pl_wall),
        "floor_plain_qgraphicsscene_add_repaint_cpu_ms": med(pl_cpu),
        "ratio_cpu_to_apply_floor": round(med(rt_cpu) / max(med(fl_cpu), 0.01), 1),
        "ratio_cpu_to_apply_plus_plain_repaint": round(
            med(rt_cpu) / max(med(fl_cpu) + med(pl_cpu), 0.01), 1),
        "goal_ms": 16,
        "load_1min_before": os.getloadavg()[0],
    }
    t_edit = statistics.median(rt_wall)

    # background layout: how long until every scene is ready while the first is shown
    from db.interchange import export_document
    from desktop.domain.presentation.cache import SceneCache

    t = time.perf_counter()
    doc = export_document(store)
    t_export = time.perf_counter() - t
    t = time.perf_counter()
    bg = SceneCache(doc, "en", precompute=True)
    for f in list(bg._futures.values()):
        f.result()
    t_bg = time.perf_counter() - t
    bg.close()

    out = {
        "actions": args.actions, "scenes": n, "screen": "1920x1080 offscreen",
        "import_ms": round(t_import * 1000), "open_window_ms": round(t_open * 1000),
        "export_document_ms": round(t_export * 1000),
        "layout_scene_ms": build, "all_scenes_in_background_ms": round(t_bg * 1000),
        **results,
        "edit_roundtrip_ms": round(t_edit * 1000),
        "edit_roundtrip": roundtrip,
        "edit_roundtrip_profile_top_cumulative": profile_top,
        "target_switch_ms": 100,
        "python": platform.python_version(), "machine": platform.machine(),
    }
    print(json.dumps(out, indent=2))
    path = ROOT / "bench" / "results" / "presentation.json"
    path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    w.close()
    session.close()


if __name__ == "__main__":
    main()
