"""Canvas benchmark: the Part B timeline with 1,000 / 5,000 / 20,000 generated actions.

Every figure is printed next to a floor measured in the same run (ratio = ours / floor):
what Qt itself costs for the same number of items, a plain QGraphicsScene holding one
QGraphicsRectItem and one QGraphicsSimpleTextItem per bar at the bar's place, built,
rendered at the same zoom and given the same one-item change; for the commit also the
store alone (the same edit through RoadmapStore.apply, CRDT recording included, no view).

For each size (all value chains in one view, as the heaviest case): scene build (reading
the store, layout, creating the items), a frame of the 1920x1080 viewport painted as on
screen with every visible item painting itself (fit-all, and zoomed in at 1 point per
pixel; also at the same zoom from the items' cached pixmaps, and through
QGraphicsView.render as earlier runs measured), one drag update (a real mouse move on the
viewport while a bar is dragged: snapping, moving the bar, re-routing its arrows), the
commit of that drag and of six more (store + relayout + scene update + repaint; wall and
CPU time), and memory (growth of the process RSS while the view is built and shown).
Prints the figures and writes bench/results/canvas.json.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/canvas.py [--sizes 1000,5000,20000]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPixmapCache  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from db.interchange import import_document  # noqa: E402
from tests.generate import generate_document  # noqa: E402

W, H = 1920, 1080
COMMITS = 7  # drag commits measured per size


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def ms(samples: list) -> dict:
    """Median, min and max of wall-clock samples; (wall, CPU) pairs add the CPU median
    (this process's CPU time: on a shared machine the wall clock also counts other work)."""
    cpu = [c for _, c in samples] if samples and isinstance(samples[0], tuple) else None
    s = sorted(w for w, _ in samples) if cpu is not None else sorted(samples)
    out = {"median_ms": round(statistics.median(s) * 1000, 2), "min_ms": round(s[0] * 1000, 2),
           "max_ms": round(s[-1] * 1000, 2), "n": len(s)}
    if cpu is not None:
        out["cpu_median_ms"] = round(statistics.median(cpu) * 1000, 2)
    return out


def clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def since(start: tuple[float, float]) -> tuple[float, float]:
    return time.perf_counter() - start[0], time.process_time() - start[1]


def frame(view, how: str = "fresh") -> tuple[float, float]:
    """One frame of the view's viewport, painted as on screen (QWidget.repaint: the
    scene's paint of the exposed region). "fresh": Qt's pixmap cache emptied first, so
    every visible item paints itself (as the first frame at a new zoom); "cached": as a
    repaint at the same zoom (items drawn from their cached pixmaps); "render":
    QGraphicsView.render into a QImage (what earlier runs measured; the app does not
    render that way, and it paints every child of a visible lane group there)."""
    if how == "render":
        image = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
        t = clocks()
        p = QPainter(image)
        p.setRenderHints(view.renderHints())  # as on screen: antialiased
        view.render(p, QRectF(0, 0, W, H), view.viewport().rect())
        p.end()
        return since(t)
    if how == "fresh":
        QPixmapCache.clear()
    t = clocks()
    view.viewport().repaint()
    return since(t)


def frames(view, n: int, how: str = "fresh") -> list[tuple[float, float]]:
    if not view.isVisible():
        view.show()
        QApplication.processEvents()
    frame(view, how)  # warm caches (fonts, index)
    return [frame(view, how) for _ in range(n)]


def plain_scene(layout, tv):
    """The floor: a plain QGraphicsScene with a rect and a simple text item per bar, in a
    QGraphicsView of the canvas's size and render hints."""
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView

    t = time.perf_counter()
    scene = QGraphicsScene()
    brush = QBrush(QColor("#4477aa"))
    rects = {}
    for b in layout.bars.values():
        r = scene.addRect(0, 0, b.w, b.h)
        r.setPos(b.x, b.y)
        r.setBrush(brush)
        text = QGraphicsSimpleTextItem(b.title[:40], r)
        text.setPos(2, 2)
        rects[b.id] = r
    scene.setSceneRect(tv.timeline.sceneRect())
    build = time.perf_counter() - t
    view = QGraphicsView(scene)
    view.setRenderHints(tv.renderHints())
    view.resize(tv.viewport().size())
    return scene, view, rects, build


def floor_frames(view, transform, centre, n) -> list[tuple[float, float]]:
    if not view.isVisible():
        view.show()
        QApplication.processEvents()
    view.setTransform(transform)
    view.centerOn(centre)
    return frames(view, n)


def run_size(app: QApplication, n: int, folder: Path) -> dict:
    from desktop.app.session import RoadmapSession
    from desktop.canvas.views import PartBView

    doc = generate_document(n, seed=1)
    store = import_document(doc, folder / f"bench-{n}.roadmap")
    session = RoadmapSession(store)
    gc.collect()
    rss0 = rss_mb()
    t = time.perf_counter()
    view = PartBView(session, "en")
    build = time.perf_counter() - t
    tv = view.view
    view.resize(W, H)
    view.show()
    app.processEvents()
    extra = H - tv.viewport().height()
    view.resize(W + (W - tv.viewport().width()), H + extra)
    app.processEvents()
    rss1 = rss_mb()
    out: dict = {"actions": n, "dependencies": len(doc.get("dependency", [])),
                 "items": len(tv.timeline.items()),
                 "viewport": [tv.viewport().width(), tv.viewport().height()],
                 "scene_build_ms": round(build * 1000, 1),
                 "rss_growth_mb": round(rss1 - rss0, 1)}

    fscene, fview, frects, fbuild = plain_scene(tv.timeline.layout, tv)
    out["floor_scene_build_ms"] = round(fbuild * 1000, 1)
    tv.fit_all()
    app.processEvents()
    out["frame_fit_all"] = ms(frames(tv, 5))
    out["floor_frame_fit_all"] = ms(floor_frames(fview, tv.transform(),
                                                 tv.mapToScene(tv.viewport().rect().center()), 5))
    fview.hide()
    # zoomed in: 1 point per pixel, in the middle of the chart
    tv.set_zoom(1.0)
    lay = tv.timeline.layout
    tv.centerOn(QPointF(lay.width / 2, lay.height / 2))
    app.processEvents()
    out["frame_zoomed_in"] = ms(frames(tv, 10))
    out["frame_zoomed_in_cached"] = ms(frames(tv, 10, "cached"))
    out["frame_zoomed_in_render"] = ms(frames(tv, 5, "render"))
    out["floor_frame_zoomed_in"] = ms(floor_frames(fview, tv.transform(),
                                                   QPointF(lay.width / 2, lay.height / 2), 10))
    fview.hide()
    # right after the first paint the app reads the co-editing document and settles the
    # heap (desktop.app.heap); do it now so the commits below are ordinary edits (the
    # time is reported on its own)
    t = time.perf_counter()
    settle = getattr(session, "settle", None) or getattr(session.store, "load_crdt", lambda: None)
    settle()  # (older versions had no settle(), or read the document on opening)
    out["crdt_load_after_paint_ms"] = round((time.perf_counter() - t) * 1000, 1)

    # one drag: press on a visible bar, then time each mouse move event
    centre = tv.mapToScene(tv.viewport().rect().center())
    bars = sorted(tv.timeline.bars.values(),
                  key=lambda b: (b.scene_bar_rect().center() - centre).manhattanLength())
    candidates = [b for b in bars[:400] if b.geom.kind == "action" and
                  tv.mapFromScene(b.scene_bar_rect()).boundingRect().width() > 40]
    # prefer a bar with dependencies, so the update re-routes arrows too
    bar = max(candidates[:50], key=lambda b: len(tv.timeline.arrows_of.get(b.action_id, ())))
    start = tv.mapFromScene(bar.scene_bar_rect().center())
    viewport = tv.viewport()
    lanes_before = [ln.y for ln in tv.timeline.layout.lanes]
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    if not tv._drag:
        raise SystemExit(f"the press at {start} did not start a drag")
    moves, frames_ = [], []
    for i in range(1, 31):
        pos = QPointF(start + QPoint(12 * i, 0))  # 12 px = 12 pt: about 43 days, a new month each time
        event = QMouseEvent(QEvent.Type.MouseMove, pos, QPointF(viewport.mapToGlobal(pos)),
                            Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
        t = time.perf_counter()
        QApplication.sendEvent(viewport, event)  # delivered now, handled synchronously
        t1 = time.perf_counter()
        app.processEvents()  # the repaint of the viewport it scheduled
        moves.append(t1 - t)
        frames_.append(time.perf_counter() - t)
    if not tv._drag.get("active"):
        raise SystemExit("the moves did not reach the canvas")
    t = clocks()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(120, 0))
    commit = since(t)[0]
    app.processEvents()  # the repaint the commit scheduled
    commits = [since(t)]
    lanes_moved = [lanes_y != [ln.y for ln in tv.timeline.layout.lanes]
                   for lanes_y in [lanes_before]]
    # more commits (shorter drags of the next bars): one commit is one sample; some grow a
    # lane (every lane below it moves), most do not
    for other in [b for b in candidates[:12] if b is not bar][:COMMITS - 1]:
        lanes_before = [ln.y for ln in tv.timeline.layout.lanes]
        p0 = tv.mapFromScene(other.scene_bar_rect().center())
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p0)
        for i in range(1, 11):
            QTest.mouseMove(viewport, p0 + QPoint(12 * i, 0))
        app.processEvents()
        t = clocks()
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           p0 + QPoint(120, 0))
        app.processEvents()
        commits.append(since(t))
        lanes_moved.append(lanes_before != [ln.y for ln in tv.timeline.layout.lanes])
    out["drag_commits"] = ms(commits)
    out["drag_commits_moving_lanes"] = sum(lanes_moved)
    out["drag_commit_with_repaint_ms"] = out["drag_commits"]["median_ms"]
    out["drag_commit_with_repaint_cpu_ms"] = out["drag_commits"]["cpu_median_ms"]
    # floors of the commit: the same edit through the store alone, and a plain scene moving
    # one item and repainting
    from db.ops import Update

    row = session.store.get("action", bar.action_id)
    edits = []
    session.store.unsubscribe(session._on_change)  # the store alone: no view is told
    for i in range(5):
        t = clocks()
        session.store.apply([Update("action", bar.action_id, {"title": f"{row['title']} {i}"})],
                            origin="bench")
        edits.append(since(t))
    session.store.subscribe(session._on_change)
    out["floor_store_edit"] = ms(edits)
    fview.show()
    app.processEvents()
    moves_f = []
    item = frects.get(bar.action_id) or next(iter(frects.values()))
    for _ in range(5):
        t = clocks()
        item.setPos(item.pos().x() + 12, item.pos().y())
        app.processEvents()
        fview.viewport().repaint()  # a whole frame, as a fair floor of a commit's repaint
        moves_f.append(since(t))
    out["floor_item_move_with_repaint"] = ms(moves_f)
    fview.close()
    out["drag_update"] = ms(moves[1:])
    out["drag_update_with_repaint"] = ms(frames_[1:])
    out["drag_arrows_rerouted"] = len(tv.timeline.arrows_of.get(bar.action_id, ()))
    out["drag_commit_ms"] = round(commit * 1000, 1)
    out["drag_committed"] = session.undo_stack.count() == len(commits)
    view.close()
    view.deleteLater()
    session.close()
    app.processEvents()
    return out


def scaling_table(results: list[dict]) -> str:
    """How each figure grows with the roadmap's size (x = relative to the smallest size)."""
    keys = (("scene build", lambda r: r["scene_build_ms"]),
            ("frame fit-all", lambda r: r["frame_fit_all"]["median_ms"]),
            ("frame zoomed", lambda r: r["frame_zoomed_in"]["median_ms"]),
            ("drag update", lambda r: r["drag_update"]["median_ms"]),
            ("commit+repaint", lambda r: r["drag_commit_with_repaint_ms"]))
    head = "scaling (ms, xN = growth from the smallest size):\n  " + "".join(
        f"{'':<15}" if i == 0 else "" for i in range(1)) + "".join(f"{r['actions']:>16,}" for r in results)
    lines = [head]
    for label, get in keys:
        base = max(get(results[0]), 1e-3)
        lines.append(f"  {label:<15}" + "".join(f"{get(r):>9.1f} (x{get(r) / base:>4.1f})" for r in results))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,5000,20000", help="e.g. 1000,5000,20000,50000")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(["bench"])
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for n in (int(s) for s in args.sizes.split(",")):
            r = run_size(app, n, Path(folder))
            results.append(r)
            ratios = {
                "scene_build": r["scene_build_ms"] / max(r["floor_scene_build_ms"], 1e-3),
                "frame_fit_all": r["frame_fit_all"]["median_ms"] / max(r["floor_frame_fit_all"]["median_ms"], 1e-3),
                "frame_zoomed_in": (r["frame_zoomed_in"]["median_ms"]
                                    / max(r["floor_frame_zoomed_in"]["median_ms"], 1e-3)),
                "drag_commit_with_repaint": r["drag_commit_with_repaint_ms"] / max(
                    r["floor_store_edit"]["median_ms"] + r["floor_item_move_with_repaint"]["median_ms"], 1e-3),
                "frame_zoomed_in_cpu": (r["frame_zoomed_in"]["cpu_median_ms"]
                                        / max(r["floor_frame_zoomed_in"]["cpu_median_ms"], 1e-3)),
                "frame_fit_all_cpu": (r["frame_fit_all"]["cpu_median_ms"]
                                      / max(r["floor_frame_fit_all"]["cpu_median_ms"], 1e-3)),
                "drag_commit_with_repaint_cpu": r["drag_commit_with_repaint_cpu_ms"] / max(
                    r["floor_store_edit"]["cpu_median_ms"]
                    + r["floor_item_move_with_repaint"]["cpu_median_ms"], 1e-3),
            }
            r["ratios_to_floor"] = {k: round(v, 2) for k, v in ratios.items()}
            print(f"{n:>6} actions ({r['items']} items): build {r['scene_build_ms']:>7.1f} ms "
                  f"(floor {r['floor_scene_build_ms']:.1f}, x{ratios['scene_build']:.1f}) | "
                  f"fit-all {r['frame_fit_all']['median_ms']:>6.2f} ms (floor "
                  f"{r['floor_frame_fit_all']['median_ms']:.2f}, x{ratios['frame_fit_all']:.1f}) | "
                  f"zoomed {r['frame_zoomed_in']['median_ms']:>6.2f} ms (floor "
                  f"{r['floor_frame_zoomed_in']['median_ms']:.2f}, x{ratios['frame_zoomed_in']:.1f}) | "
                  f"drag update {r['drag_update']['median_ms']:>5.2f} ms "
                  f"(+repaint {r['drag_update_with_repaint']['median_ms']:.2f})", flush=True)
            print(f"{'':>6}          commit {r['drag_commit_ms']:.1f} ms, +repaint "
                  f"{r['drag_commit_with_repaint_ms']:.1f} ms (floor: store edit "
                  f"{r['floor_store_edit']['median_ms']:.1f} + plain item move+repaint "
                  f"{r['floor_item_move_with_repaint']['median_ms']:.1f} ms, "
                  f"x{ratios['drag_commit_with_repaint']:.1f}) | CRDT read after paint "
                  f"{r['crdt_load_after_paint_ms']:.0f} ms | RSS +{r['rss_growth_mb']} MB", flush=True)
            c = r["drag_commits"]
            print(f"{'':>6}          zoomed: at the same zoom (cached) "
                  f"{r['frame_zoomed_in_cached']['median_ms']:.2f} ms "
                  f"(CPU {r['frame_zoomed_in_cached']['cpu_median_ms']:.2f}), through QGraphicsView.render "
                  f"{r['frame_zoomed_in_render']['median_ms']:.2f} ms", flush=True)
            print(f"{'':>6}          CPU: zoomed {r['frame_zoomed_in']['cpu_median_ms']:.2f} ms (floor "
                  f"{r['floor_frame_zoomed_in']['cpu_median_ms']:.2f}, x{ratios['frame_zoomed_in_cpu']:.1f}) | "
                  f"fit-all {r['frame_fit_all']['cpu_median_ms']:.2f} ms (floor "
                  f"{r['floor_frame_fit_all']['cpu_median_ms']:.2f}, x{ratios['frame_fit_all_cpu']:.1f}) | "
                  f"{c['n']} commits+repaint median {c['cpu_median_ms']:.1f} ms (wall {c['median_ms']:.1f}, "
                  f"max {c['max_ms']:.1f}; {r['drag_commits_moving_lanes']} moved lanes) (floor "
                  f"{r['floor_store_edit']['cpu_median_ms'] + r['floor_item_move_with_repaint']['cpu_median_ms']:.1f}"
                  f", x{ratios['drag_commit_with_repaint_cpu']:.1f})", flush=True)
    print(scaling_table(results))
    out = {"benchmark": "canvas", "python": platform.python_version(),
           "load_average_1min": round(os.getloadavg()[0], 2),
           "machine": platform.machine(), "cpus": os.cpu_count(),
           "targets": {"frame_zoomed_in_5000_ms": 16, "frame_fit_all_5000_ms": 50,
                       "drag_update_ms": 8, "frame_20000_ms": 100},
           "results": results}
    path = ROOT / "bench" / "results" / "canvas.json"
    path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
