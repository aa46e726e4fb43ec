"""Failed exports: a clear ExportError, no half-written file, the old file untouched."""

from __future__ import annotations

import errno
import os

import pytest
from roadmap_sample import sample_document

from desktop.export import ExportError, atomic, export_docx, export_pdf

EXPORTERS = [pytest.param(export_docx, "r.docx", id="docx"), pytest.param(export_pdf, "r.pdf", id="pdf")]


@pytest.fixture(scope="module")
def sample():
    return sample_document()


@pytest.mark.parametrize(("export", "name"), EXPORTERS)
def test_missing_folder(sample, tmp_path, export, name):
    target = tmp_path / "nope" / name
    with pytest.raises(ExportError) as info:
        export(sample, target)
    assert info.value.reason == "missing_folder" and "does not exist" in str(info.value)
    assert not target.parent.exists()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores permissions")
@pytest.mark.parametrize(("export", "name"), EXPORTERS)
def test_unwritable_folder(sample, tmp_path, export, name):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError) as info:
            export(sample, folder / name)
        assert info.value.reason == "permission"
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize(("export", "name"), EXPORTERS)
def test_permission_denied_creating_the_temp_file(sample, tmp_path, monkeypatch, export, name):
    def deny(*args, **kw):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "open", deny)
    with pytest.raises(ExportError) as info:
        export(sample, tmp_path / name)
    assert info.value.reason == "permission" and "permission" in str(info.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("export", "name"), EXPORTERS)
def test_failure_midway_leaves_old_file_untouched(sample, tmp_path, monkeypatch, export, name):
    target = tmp_path / name
    target.write_bytes(b"the previous report")
    real_fsync = os.fsync

    def disk_full(fd):  # the writer has written its bytes, then the disk fills up
        assert os.fstat(fd).st_size > 1000
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(ExportError) as info:
        export(sample, target)
    monkeypatch.setattr(atomic.os, "fsync", real_fsync)
    assert info.value.reason == "disk_full" and "disk is full" in str(info.value)
    assert target.read_bytes() == b"the previous report"
    assert [p.name for p in tmp_path.iterdir()] == [name]


@pytest.mark.parametrize(("export", "name"), EXPORTERS)
def test_writer_crash_leaves_old_file_untouched(sample, tmp_path, monkeypatch, export, name):
    target = tmp_path / name
    target.write_bytes(b"old")
    real = atomic.write_atomically

    def crashing(path, produce):
        def half(tmp):
            tmp.write_bytes(b"half a report")
            raise RuntimeError("boom")
        return real(path, half)

    monkeypatch.setattr("desktop.export.docx.writer.write_atomically", crashing)
    monkeypatch.setattr("desktop.export.pdf.writer.write_atomically", crashing)
    with pytest.raises(ExportError) as info:
        export(sample, target)
    assert "boom" in str(info.value)
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == [name]


@pytest.mark.parametrize(("export", "name"), EXPORTERS)
def test_target_open_in_word(sample, tmp_path, monkeypatch, export, name):
    target = tmp_path / name
    target.write_bytes(b"old")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(ExportError) as info:
        export(sample, target)
    assert info.value.reason == "locked" and "open in Word" in str(info.value)
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == [name]


def test_success_replaces_existing_file(sample, tmp_path):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")
    export_pdf(sample, target)
    assert target.read_bytes().startswith(b"%PDF") and [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_missing_input_file_is_not_called_a_missing_folder(sample, tmp_path, monkeypatch):
    """A file that disappears while producing (an image, a font) is named as such: the
    target folder exists, so the message must not claim it does not."""
    target = tmp_path / "r.pdf"

    def lost_image(tmp):
        with open(tmp_path / "gone" / "figure.png", "rb"):  # raises FileNotFoundError
            pass

    with pytest.raises(ExportError) as info:
        atomic.write_atomically(target, lost_image)
    assert info.value.reason == "other" and "does not exist" not in str(info.value)
    assert "figure.png" in str(info.value) and list(tmp_path.iterdir()) == []


def test_folder_removed_while_writing_is_a_missing_folder(tmp_path):
    import shutil

    folder = tmp_path / "out"
    folder.mkdir()

    def folder_vanishes(tmp):
        shutil.rmtree(folder)
        tmp.write_bytes(b"x")  # FileNotFoundError: the folder is gone

    with pytest.raises(ExportError) as info:
        atomic.write_atomically(folder / "r.docx", folder_vanishes)
    assert info.value.reason == "missing_folder" and "does not exist" in str(info.value)


def test_unreadable_input_is_not_blamed_on_the_folder(tmp_path):
    def denied(tmp):
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "x" / "font.ttf"))

    with pytest.raises(ExportError) as info:
        atomic.write_atomically(tmp_path / "r.pdf", denied)
    assert info.value.reason == "permission" and "font.ttf" in str(info.value)
    assert "write in" not in str(info.value) and list(tmp_path.iterdir()) == []
