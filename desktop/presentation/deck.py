"""The scenes of a presentation as a PPTX deck (python-pptx).

One 16:9 slide per scene: the scene's title, a high-DPI PNG of the whole scene (all reveal
steps, light theme, as on screen) fitted below it, and speaker notes from
desktop.domain.presentation.notes. The file is written beside the target and renamed
into place, so a failed export leaves no half-written deck.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

from desktop.domain.presentation.notes import scene_notes
from desktop.domain.presentation.scenes import SceneVisual, build_scene, scene_list
from desktop.domain.presentation.style import themed
from desktop.domain.visuals.visual import Visual

DPI = 200
SLIDE_W_IN, SLIDE_H_IN = 13.333, 7.5
MAX_SIDE_PX = 6000  # longest side of a slide image


def scene_png(sv: SceneVisual, dpi: float = DPI) -> bytes:
    """The PNG bytes of a whole scene (light theme, as on screen)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from desktop.export_ui.visual_png import effective_dpi, render_image

    visual: Visual = themed(sv.visual, "light")
    longest = max(visual.width, visual.height) * dpi / 72
    if longest > MAX_SIDE_PX:
        dpi = dpi * MAX_SIDE_PX / longest
    image = render_image(visual, effective_dpi(visual, dpi))
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def export_deck(doc: dict, lang: str, path: str | os.PathLike, *, dpi: float = DPI,
                today: dt.date | None = None, scenes=None, progress=None) -> Path:
    """Write the deck of roadmap `doc` to `path`; returns the path. `progress(i, n)` is
    called before each scene. Raises desktop.export.errors.ExportError on failure."""
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.util import Emu, Inches, Pt

    from desktop.export.atomic import write_atomically

    scenes = scene_list(doc, lang) if scenes is None else scenes
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(SLIDE_W_IN), Inches(SLIDE_H_IN)
    blank = prs.slide_layouts[6]
    margin = Inches(0.35)
    title_h = Inches(0.75)
    for i, scene in enumerate(scenes):
        if progress is not None:
            progress(i, len(scenes))
        sv = build_scene(doc, scene, lang, today)
        slide = prs.slides.add_slide(blank)
        box = slide.shapes.add_textbox(margin, Inches(0.2), prs.slide_width - 2 * margin, title_h)
        tf = box.text_frame
        tf.word_wrap = True
        run = tf.paragraphs[0].add_run()
        run.text = scene.title
        run.font.size = Pt(28)
        run.font.bold = True
        run.font.color.rgb = RGBColor(0x1F, 0x29, 0x33)
        png = scene_png(sv, dpi)
        avail_w = prs.slide_width - 2 * margin
        avail_h = prs.slide_height - title_h - Inches(0.35) - margin
        ratio = sv.visual.height / sv.visual.width if sv.visual.width else 1.0
        w = avail_w
        h = int(w * ratio)
        if h > avail_h:
            h = avail_h
            w = int(h / ratio)
        left = int((prs.slide_width - w) / 2)
        slide.shapes.add_picture(io.BytesIO(png), Emu(left), Emu(title_h + Inches(0.3)),
                                 Emu(int(w)), Emu(int(h)))
        slide.notes_slide.notes_text_frame.text = scene_notes(doc, scene, lang, today)
    return write_atomically(path, lambda tmp: prs.save(str(tmp)))
