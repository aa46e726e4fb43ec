"""The scenes of one presentation, laid out once and kept (Qt-free).

`SceneCache` owns the roadmap document the talk shows. `get(i)` returns scene i laid
out, building it on demand; `themed(i, theme)` its primitives recoloured for a theme and
`dimmed(i, theme, refs)` those faded off a followed path: all cached, so switching
scenes only filters and paints. With `precompute=True` a background thread lays out the
other scenes while the first one is shown. `set_document` (after an edit) drops what is
stale and bumps `generation`, so results of an older document are never used.
"""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from desktop.domain.presentation.scenes import SceneVisual, build_scene, scene_list
from desktop.domain.presentation.style import THEMES, dimmed_items, themed_items
from desktop.domain.visuals.visual import Primitive


class SceneCache:
    def __init__(self, doc: dict, lang: str, *, today: dt.date | None = None,
                 precompute: bool = False, kpi: bool | None = None) -> None:
        self.lang = lang
        self.today = today
        self.kpi = kpi
        self.generation = 0
        self._lock = threading.Lock()
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="scenes") if precompute else None
        self._futures: dict[str, Future] = {}
        # Part B scenes laid out on this (the GUI) thread keep an incremental timeline over
        # one TimelineData patched from the changed rows (the background thread lays out
        # from the document, as before)
        self._data = None
        self._timelines: dict[str, object] = {}
        self._pending: dict[str, list[tuple[str, str]]] = {}
        self.set_document(doc)

    def set_document(self, doc: dict, first: int = 0, *, schedule: bool = True,
                     rows: list[tuple[str, str]] | None = None) -> None:
        """Show `doc` from now on; the background thread lays out scene `first` first
        (`schedule=False`: not yet; call `schedule` when the screen has been redrawn).
        `rows` names the (entity, id) rows that changed since the previous document, so
        Part B scenes are laid out again only where those rows are (None: all changed)."""
        self._patch(doc, rows)
        with self._lock:
            self.generation += 1
            self.doc = doc
            self.scenes = scene_list(doc, self.lang, kpi=self.kpi)
            self._built: dict[str, SceneVisual] = {}
            self._themed: dict[tuple[str, str], list[Primitive]] = {}
            self._dimmed: dict[tuple[str, str, frozenset], list[Primitive]] = {}
            for f in self._futures.values():
                f.cancel()
            self._futures = {}
        if schedule:
            self.schedule(first)

    def schedule(self, first: int = 0) -> None:
        """Lay out the scenes not built yet in the background, scene `first` first."""
        if self._executor is None:
            return
        order = self.scenes[first:] + self.scenes[:first]
        for scene in order:
            if scene.key not in self._built and scene.key not in self._futures:
                self._futures[scene.key] = self._executor.submit(
                    self._build_bg, scene, self.generation)

    def _build_bg(self, scene, generation: int) -> SceneVisual | None:
        with self._lock:
            if generation != self.generation or scene.key in self._built:
                return None
            doc = self.doc
        sv = build_scene(doc, scene, self.lang, self.today)
        themes = {name: themed_items(sv.visual.items, name) for name in THEMES}
        with self._lock:
            if generation == self.generation:
                sv = self._built.setdefault(scene.key, sv)
                for name, items in themes.items():
                    self._themed.setdefault((scene.key, name), items)
        return sv

    def __len__(self) -> int:
        return len(self.scenes)

    def index_of(self, key: str) -> int | None:
        for i, s in enumerate(self.scenes):
            if s.key == key:
                return i
        return None

    def ready(self, i: int) -> bool:
        return self.scenes[i].key in self._built

    def get(self, i: int) -> SceneVisual:
        scene = self.scenes[i]
        sv = self._built.get(scene.key)
        if sv is not None:
            return sv
        future = self._futures.get(scene.key)
        if future is not None and not future.cancel():  # being laid out right now: wait
            try:
                future.result()
            except Exception:  # noqa: BLE001 - laid out again below, raising here
                pass
            sv = self._built.get(scene.key)
            if sv is not None:
                return sv
        sv = build_scene(self.doc, scene, self.lang, self.today, timeline=self._timeline(scene))
        with self._lock:
            return self._built.setdefault(scene.key, sv)

    # -- incremental Part B layout (GUI thread only) -------------------------------------

    def _patch(self, doc: dict, rows: list[tuple[str, str]] | None) -> None:
        from desktop.domain.visuals.roadmap_data import PART_B_ENTITIES

        if rows is None or self._data is None:
            self._data = None
            self._timelines = {}
            self._pending = {}
            return
        data = self._data
        wanted = {(e, i) for e, i in rows if e in PART_B_ENTITIES}
        if any(e == "roadmap" for e, _ in rows):
            data.roadmap = dict(doc.get("roadmap") or {})
        by_entity: dict[str, set[str]] = {}
        for e, i in wanted:
            by_entity.setdefault(e, set()).add(i)
        for e, ids in by_entity.items():
            found = {r["id"]: r for r in doc.get(e) or () if r["id"] in ids}
            for i in ids:
                data.put(e, i, found.get(i))
        for key in self._timelines:
            self._pending.setdefault(key, []).extend(rows)

    def _timeline(self, scene):
        """The kept-current timeline of a Part B scene, or None for other scenes."""
        if scene.kind != "part_b":
            return None
        from desktop.domain.presentation.scenes import part_b_timeline
        from desktop.domain.visuals.roadmap_data import PART_B_ENTITIES, TimelineData

        if self._data is None:
            self._data = TimelineData.from_doc(self.doc, PART_B_ENTITIES)
        tl = self._timelines.get(scene.key)
        today = self.today or dt.date.today()
        if tl is None or tl.today != today:
            tl = self._timelines[scene.key] = part_b_timeline(self._data, scene.chain_id,
                                                             self.lang, today)
            self._pending.pop(scene.key, None)
        else:
            rows = self._pending.pop(scene.key, None)
            if rows:
                tl.update(rows)
        return tl

    def themed(self, i: int, theme: str) -> list[Primitive]:
        key = (self.scenes[i].key, theme)
        items = self._themed.get(key)
        if items is None:
            items = themed_items(self.get(i).visual.items, theme)
            self._themed[key] = items
        return items

    def dimmed(self, i: int, theme: str, refs: frozenset) -> list[Primitive]:
        key = (self.scenes[i].key, theme, refs)
        items = self._dimmed.get(key)
        if items is None:
            t = THEMES[theme]
            items = dimmed_items(self.themed(i, theme), refs, t.background, t.dim)
            self._dimmed[key] = items
        return items

    def close(self) -> None:
        if self._executor is not None:
            for f in self._futures.values():
                f.cancel()
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
