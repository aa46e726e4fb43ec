"""The one error the export pipeline raises for problems the user can act on."""

from __future__ import annotations

import errno
from pathlib import Path

from db.errors import RoadmapError


class ExportError(RoadmapError):
    """Writing a report failed; `str(exc)` is a message fit for the user.

    Attributes:
        path: the target file.
        reason: "permission", "locked", "disk_full", "missing_folder" or "other".
    """

    def __init__(self, message: str, path: Path | None = None, reason: str = "other",
                 code: str = "", **params) -> None:
        super().__init__(message, code, **params)
        self.path = path
        self.reason = reason


def _elsewhere(exc: OSError, target: Path) -> Path | None:
    """The file the error is about, when it is not the target or a temporary file beside
    it (e.g. a figure image or a font that could not be read); else None."""
    if not exc.filename:
        return None
    other = Path(exc.filename)
    try:
        same_folder = other.parent.resolve() == target.parent.resolve()
    except OSError:
        same_folder = False
    return None if same_folder and target.name in other.name else other


def from_os_error(exc: OSError, target: Path, *, replacing: bool) -> ExportError:
    """Translate an OSError met while writing `target` into an ExportError.

    `replacing` is True when the error came from moving the finished file into place
    (on Windows this fails when the old file is open in Word or a PDF viewer). A file
    that is not found only means "the folder does not exist" when the target's folder
    really is missing; an error about another file (an image, a font) names that file."""
    name = target.name
    folder = target.parent
    other = _elsewhere(exc, target)
    if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", -1):
        return ExportError(f"Could not write {name}: the disk is full. Free some space "
                           f"or choose another folder.", target, "disk_full", "export_disk_full",
                           name=name)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        if other is not None:
            return ExportError(f"Could not write {name}: no permission to read {other}.",
                               target, "permission")
        if replacing:
            return ExportError(f"Could not replace {name}: the file may be open in Word or a "
                               f"PDF viewer. Close it and try again, or choose another name.",
                               target, "locked", "export_locked", name=name)
        return ExportError(f"Could not write {name}: you have no permission to write in "
                           f"{folder}. Choose another folder.", target, "permission",
                           "export_no_write", name=name, folder=str(folder))
    if replacing and exc.errno in (errno.EBUSY, getattr(errno, "ETXTBSY", -1)):
        return ExportError(f"Could not replace {name}: the file is in use. Close it and try "
                           f"again, or choose another name.", target, "locked")
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        if not folder.is_dir():
            return ExportError(f"Could not write {name}: the folder {folder} does not exist.",
                               target, "missing_folder", "export_missing_folder", name=name,
                               folder=str(folder))
        if other is not None:
            return ExportError(f"Could not write {name}: the file {other} was not found.",
                               target, "other")
        return ExportError(f"Could not write {name}: its temporary file disappeared while "
                           f"writing (moved or deleted by another program?). Try again.",
                           target, "other")
    return ExportError(f"Could not write {name}: {exc.strerror or exc}.", target, "other")
