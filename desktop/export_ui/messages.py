"""Export errors in the user's language.

The Qt-free pipeline raises `ExportError` with an English message, a `reason` and the
target `path`; the interface shows the message of the reasons a user can act on in the
interface language (anything else keeps the pipeline's own wording).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.export.errors import ExportError


def export_error_text(exc: BaseException) -> str:
    if not isinstance(exc, ExportError) or exc.path is None:
        return str(exc)
    name, folder = exc.path.name, str(exc.path.parent)
    if exc.reason == "disk_full":
        text = QCoreApplication.translate(
            "ExportErrors", "Could not write %1: the disk is full. Free some space or choose another folder.")
    elif exc.reason == "locked":
        text = QCoreApplication.translate(
            "ExportErrors", "Could not replace %1: the file may be open in Word or a PDF viewer. Close it and try again, or choose another name.")
    elif exc.reason == "missing_folder":
        text = QCoreApplication.translate(
            "ExportErrors", "Could not write %1: the folder %2 does not exist.")
    elif exc.reason == "permission" and "permission to write in" in str(exc):
        text = QCoreApplication.translate(
            "ExportErrors", "Could not write %1: you have no permission to write in %2. Choose another folder.")
    else:
        return str(exc)
    return text.replace("%1", name).replace("%2", folder)
