"""Canvas benchmark: the Part B timeline with 1,000 / 5,000 / 20,000 generated actions.

For each size (all value chains in one view, as the heaviest case): scene build (reading
the store, layout, creating the items), frame render of a 1920x1080 viewport into a
QImage (fit-all and zoomed in at 1 point per pixel), one drag update (a real mouse move
on the viewport while a bar is dragged: snapping, moving the bar, re-routing its arrows),
the commit of that drag (store + relayout + scene update), and memory (growth of the
process RSS while the view is built and shown). Prints the figures and writes
bench/results/canvas.json.

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
from PySide6.QtGui import QImage, QMouseEvent, QPainter  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from db.generate import generate_document  # noqa: E402
from db.interchange import import_document  # noqa: E402

W, H = 1920, 1080


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def ms(samples: list[float]) -> dict:
    s = sorted(samples)
    return {"median_ms": round(statistics.median(s) * 1000, 2), "min_ms": round(s[0] * 1000, 2),
            "max_ms": round(s[-1] * 1000, 2), "n": len(s)}


def frame(view) -> float:
    image = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
    t = time.perf_counter()
    p = QPainter(image)
    p.setRenderHints(view.renderHints())  # as on screen: antialiased
    view.render(p, QRectF(0, 0, W, H), view.viewport().rect())
    p.end()
    return time.perf_counter() - t


def frames(view, n: int) -> list[float]:
    frame(view)  # warm caches (fonts, index)
    return [frame(view) for _ in range(n)]


def run_size(app: QApplication, n: int, folder: Path) -> dict:
    from desktop.canvas.views import PartBView
    from desktop.session import RoadmapSession

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

    tv.fit_all()
    app.processEvents()
    out["frame_fit_all"] = ms(frames(tv, 5))
    # zoomed in: 1 point per pixel, in the middle of the chart
    tv.set_zoom(1.0)
    lay = tv.timeline.layout
    tv.centerOn(QPointF(lay.width / 2, lay.height / 2))
    app.processEvents()
    out["frame_zoomed_in"] = ms(frames(tv, 10))

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
    t = time.perf_counter()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(120, 0))
    commit = time.perf_counter() - t
    out["drag_update"] = ms(moves[1:])
    out["drag_update_with_repaint"] = ms(frames_[1:])
    out["drag_arrows_rerouted"] = len(tv.timeline.arrows_of.get(bar.action_id, ()))
    out["drag_commit_ms"] = round(commit * 1000, 1)
    out["drag_committed"] = session.undo_stack.count() == 1
    view.close()
    view.deleteLater()
    session.close()
    app.processEvents()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,5000,20000")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(["bench"])
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for n in (int(s) for s in args.sizes.split(",")):
            r = run_size(app, n, Path(folder))
            results.append(r)
            print(f"{n:>6} actions: build {r['scene_build_ms']:>8.1f} ms | "
                  f"frame fit-all {r['frame_fit_all']['median_ms']:>7.2f} ms | "
                  f"zoomed {r['frame_zoomed_in']['median_ms']:>6.2f} ms | "
                  f"drag update {r['drag_update']['median_ms']:>5.2f} ms "
                  f"(+repaint {r['drag_update_with_repaint']['median_ms']:.2f}) | commit {r['drag_commit_ms']:.0f} ms | "
                  f"RSS +{r['rss_growth_mb']} MB",
                  flush=True)
    out = {"benchmark": "canvas", "python": platform.python_version(),
           "machine": platform.machine(), "cpus": os.cpu_count(),
           "targets": {"frame_zoomed_in_5000_ms": 16, "frame_fit_all_5000_ms": 50,
                       "drag_update_ms": 8, "frame_20000_ms": 100},
           "results": results}
    path = ROOT / "bench" / "results" / "canvas.json"
    path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
