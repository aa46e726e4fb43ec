"""The Word report's figure PNGs (desktop.export_ui.visual_png.save_png with `palette`)."""

from __future__ import annotations

from PIL import Image

from desktop.domain.visuals.visual import Rect, Text, Visual


def _visual() -> Visual:
    v = Visual(200.0, 100.0, "t")
    v.add(Rect(10, 10, 80, 30, fill="#1f77b4", stroke=None),
          Rect(100, 10, 80, 30, fill="#ff7f0e", stroke=None),
          Text(10, 60, 180, 20, "Technologiecomponenten", size=9, colour="#222222"))
    return v


def test_palette_png_keeps_the_flat_colours_and_the_resolution(qapp, tmp_path):
    from desktop.export_ui.visual_png import save_png

    path = save_png(_visual(), tmp_path / "f.png", 150, palette=True, scratch=True)
    with Image.open(path) as im:
        assert im.mode == "P" and im.size == (417, 208)
        assert round(im.info["dpi"][0]) == 150
        rgb = im.convert("RGB")
        # colours exact at the centre of the fills (ARGB32 read as BGRX: channels not swapped)
        assert rgb.getpixel((104, 52)) == (0x1F, 0x77, 0xB4)
        assert rgb.getpixel((292, 52)) == (0xFF, 0x7F, 0x0E)
        assert min(rgb.getpixel((5, 200))) >= 253  # the paper (the octree may round it)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.png"]  # written in place


def test_file_for_the_user_is_still_written_atomically(qapp, tmp_path, monkeypatch):
    from desktop.export_ui import visual_png

    seen = []
    real = visual_png.write_atomically
    monkeypatch.setattr(visual_png, "write_atomically", lambda p, produce: seen.append(p) or real(p, produce))
    visual_png.save_png(_visual(), tmp_path / "g.png", 100)
    visual_png.save_png(_visual(), tmp_path / "h.png", 100, palette=True, scratch=True)
    assert seen == [tmp_path / "g.png"]
