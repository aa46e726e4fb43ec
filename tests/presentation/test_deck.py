"""The PPTX deck of the scenes: one slide per scene with an image, a title and notes."""

from __future__ import annotations

import datetime as dt

import pytest
from pptx import Presentation
from pptx.util import Emu

from desktop.domain.presentation.scenes import scene_list
from desktop.export.errors import ExportError
from desktop.presentation.deck import export_deck
from tests.presentation.roadmap import build


def test_deck_has_a_slide_per_scene(qapp, store, tmp_path):
    doc = build(store)
    scenes = scene_list(doc, "en")
    out = export_deck(doc, "en", tmp_path / "deck.pptx", dpi=100, today=dt.date(2026, 11, 23))
    assert out == tmp_path / "deck.pptx"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pptx"]  # no temporary file left
    prs = Presentation(str(out))
    assert len(prs.slides) == len(scenes)
    assert prs.slide_width / prs.slide_height == pytest.approx(16 / 9, rel=0.01)
    for slide, scene in zip(prs.slides, scenes):
        texts = [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame]
        assert scene.title in texts
        pictures = [sh for sh in slide.shapes if sh.shape_type == 13]
        assert len(pictures) == 1
        pic = pictures[0]
        assert pic.left >= 0 and pic.left + pic.width <= prs.slide_width
        assert pic.top + pic.height <= prs.slide_height
        assert pic.image.size[0] >= 1000  # high resolution
        notes = slide.notes_slide.notes_text_frame.text
        assert notes.strip()
    notes_b = prs.slides[1].notes_slide.notes_text_frame.text
    assert "3 actions and 1 milestone" in notes_b and "Go-beslissing" in notes_b


def test_deck_error_leaves_nothing(qapp, store, tmp_path):
    doc = build(store)
    with pytest.raises(ExportError):
        export_deck(doc, "en", tmp_path / "missing" / "deck.pptx", dpi=50)
    assert list(tmp_path.iterdir()) == []
    _ = Emu  # imported for readers: sizes in the deck are EMU
