"""First-paint benchmark of the Part B view: from opening the view on a roadmap of 5,000 /
20,000 generated actions until its first frame is painted (wall and CPU time of this
process), next to a floor measured in the same run.

Figures per size (the report fonts are registered before the clocks start: that is a
once-per-process cost, printed on its own):

- first paint: PartBView (reading the store, laying out every value chain, creating the
  items it shows), shown at 1920x1080, the queued fit to the width, one painted frame; this
  is what opening the Part B tab costs (the view opens on "All value chains"); "cold" is
  the first such view of the roadmap in the process (text measurement caches empty), the
  other the second;
- chain switch: choosing the second value chain in the box of the open view (its layout
  and the items it shows made when first shown), until the frame is painted;
- floor: a plain QGraphicsScene with one QGraphicsRectItem and one QGraphicsSimpleTextItem
  per bar of the all-chains layout, at the bars' places, in a QGraphicsView of the same size
  and zoom, built and painted once (what Qt itself costs for the same items).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/first_paint.py [--sizes 5000,20000]

Prints the figures and writes bench/results/first_paint.json.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from db.interchange import import_document  # noqa: E402
from tests.generate import generate_document  # noqa: E402

W, H = 1920, 1080


def clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def since(start: tuple[float, float]) -> dict:
    return {"wall_ms": round((time.perf_counter() - start[0]) * 1000, 1),
            "cpu_ms": round((time.process_time() - start[1]) * 1000, 1)}


def open_view(app, session, chain_index: int | None = None):
    """Open the Part B view as the app does and paint its first frame; `chain_index`: the
    value chain chosen in the box before the view is first shown (None: all chains)."""
    from desktop.canvas.views import PartBView

    view = PartBView(session, "en")
    if chain_index is not None:
        view.chains.setCurrentIndex(chain_index)  # (the box's signal: set_chain)
    view.resize(W, H)
    view.show()
    app.processEvents()  # the show, and the fit to the width queued by showEvent
    app.processEvents()
    view.view.viewport().repaint()
    return view


def floor(app, view) -> dict:
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView

    tv = view.view
    layout = tv.timeline.layout
    t = clocks()
    scene = QGraphicsScene()
    brush = QBrush(QColor("#4477aa"))
    for b in layout.bars.values():
        r = scene.addRect(0, 0, b.w, b.h)
        r.setPos(b.x, b.y)
        r.setBrush(brush)
        QGraphicsSimpleTextItem(b.title[:40], r).setPos(2, 2)
    scene.setSceneRect(tv.timeline.sceneRect())
    fview = QGraphicsView(scene)
    fview.setRenderHints(tv.renderHints())
    fview.resize(tv.viewport().size())
    fview.setTransform(tv.transform())
    fview.show()
    app.processEvents()
    fview.horizontalScrollBar().setValue(tv.horizontalScrollBar().value())
    fview.verticalScrollBar().setValue(tv.verticalScrollBar().value())
    fview.viewport().repaint()
    out = since(t)
    fview.close()
    fview.deleteLater()
    return out


def close(app, view) -> None:
    view.close()
    view.deleteLater()
    app.processEvents()


def built_items(view) -> int:
    tl = view.view.timeline
    count = getattr(tl, "built_bars", None)  # (before lazy lanes every bar had its item)
    return count() if count is not None else len(tl.bars)


def run_size(app, n: int, folder: Path) -> dict:
    from desktop.app.session import RoadmapSession

    store = import_document(generate_document(n, seed=1), folder / f"first-paint-{n}.roadmap")
    session = RoadmapSession(store)
    out = {"actions": n, "value_chains": len(session.store.rows("value_chain"))}
    gc.collect()
    t = clocks()
    view = open_view(app, session)
    out["first_paint_cold"] = since(t)  # the first view of this roadmap in the process
    close(app, view)
    gc.collect()
    t = clocks()
    view = open_view(app, session)
    out["first_paint"] = since(t)  # opened again (text measurement caches warm)
    out["bars"] = len(view.view.timeline.layout.bars)
    out["bar_items_after_first_paint"] = built_items(view)
    out["floor"] = floor(app, view)
    t = clocks()
    view.chains.setCurrentIndex(2)  # the second value chain (0 is "All value chains")
    app.processEvents()
    view.view.viewport().repaint()
    out["chain_switch"] = since(t)
    out["chain_switch_bars"] = len(view.view.timeline.layout.bars)
    out["bar_items_after_switch"] = built_items(view)
    close(app, view)
    session.close()
    for key in ("first_paint_cold", "first_paint", "chain_switch"):
        out[f"{key}_cpu_over_floor"] = round(out[key]["cpu_ms"] / max(out["floor"]["cpu_ms"], 1e-3), 1)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="5000,20000")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(["bench"])
    from desktop.export.fonts import register_fonts

    t = clocks()
    register_fonts()  # once per process (the bars' labels are measured with these fonts)
    fonts = since(t)
    print(f"report fonts registered once per process: {fonts['wall_ms']} ms (CPU {fonts['cpu_ms']})")
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for n in (int(s) for s in args.sizes.split(",")):
            r = run_size(app, n, Path(folder))
            results.append(r)
            f = r["floor"]
            print(f"{n:>6} actions, {r['value_chains']} chains, {r['bars']} bars: first paint "
                  f"{r['first_paint']['wall_ms']:.0f} ms (CPU {r['first_paint']['cpu_ms']:.0f}, "
                  f"x{r['first_paint_cpu_over_floor']} floor; cold {r['first_paint_cold']['cpu_ms']:.0f} CPU, "
                  f"x{r['first_paint_cold_cpu_over_floor']}), {r['bar_items_after_first_paint']} bar items | "
                  f"switch to another chain ({r['chain_switch_bars']} bars) {r['chain_switch']['wall_ms']:.0f} ms "
                  f"(CPU {r['chain_switch']['cpu_ms']:.0f}, x{r['chain_switch_cpu_over_floor']}), "
                  f"{r['bar_items_after_switch']} bar items | floor (plain scene of all bars, built + "
                  f"painted) {f['wall_ms']:.0f} ms (CPU {f['cpu_ms']:.0f})", flush=True)
    out = {"benchmark": "first_paint", "python": platform.python_version(),
           "load_average_1min": round(os.getloadavg()[0], 2), "machine": platform.machine(),
           "cpus": os.cpu_count(), "fonts_registered_once": fonts, "results": results}
    path = ROOT / "bench" / "results" / "first_paint.json"
    path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
