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

    def __init__(self, message: str, path: Path | None = None, reason: str = "other") -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason


def from_os_error(exc: OSError, target: Path, *, replacing: bool) -> ExportError:
    """Translate an OSError met while writing `target` into an ExportError.

    `replacing` is True when the error came from moving the finished file into place
    (on Windows this fails when the old file is open in Word or a PDF viewer)."""
    name = target.name
    folder = target.parent
    if exc.errno == errno.ENOSPC:
        return ExportError(f"Could not write {name}: the disk is full. Free some space "
                           f"or choose another folder.", target, "disk_full")
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        if replacing:
            return ExportError(f"Could not replace {name}: the file may be open in Word or a "
                               f"PDF viewer. Close it and try again, or choose another name.",
                               target, "locked")
        return ExportError(f"Could not write {name}: you have no permission to write in "
                           f"{folder}. Choose another folder.", target, "permission")
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        return ExportError(f"Could not write {name}: the folder {folder} does not exist.",
                           target, "missing_folder")
    return ExportError(f"Could not write {name}: {exc.strerror or exc}.", target, "other")
