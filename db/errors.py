"""Errors the store raises. `RoadmapError` and its subclasses are meant for the user:
their message says what is wrong in plain words and the file is left as it was."""

from __future__ import annotations


class RoadmapError(Exception):
    """A problem the user can understand and act on (shown as a message, not a crash).

    The message is English; `code` and `params` let an interface say the same in another
    language (desktop/domain/reasons.py). Errors without a code are shown as they are.
    """

    def __init__(self, message: str = "", code: str = "", **params) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


class NotARoadmapError(RoadmapError):
    """The file is not a Routekaart roadmap (another file type or another SQLite database)."""


class CorruptRoadmapError(RoadmapError):
    """The file is a roadmap but damaged (truncated, malformed pages)."""


class SchemaTooNewError(RoadmapError):
    """The file was written by a newer Routekaart with a schema this version does not know."""


class ReadOnlyError(RoadmapError):
    """The file or its folder cannot be written."""


class ClosedRoadmapError(RoadmapError):
    """The roadmap was closed; nothing can be read from or stored in it any more."""


class StorageFullError(RoadmapError):
    """The disk is full; the edit was not stored and the file is unchanged."""


class ValidationError(RoadmapError):
    """A value does not fit its field. `where` names the field, `reason` says why (English).

    `code` and `params` say the same for interfaces in other languages (see
    desktop/domain/reasons.py): e.g. code "too_long" with params {"length": 612, "limit": 500}.
    """

    def __init__(self, where: str, reason: str, code: str = "", **params) -> None:
        super().__init__(f"{where}: {reason}", code, **params)
        self.where = where
        self.reason = reason


class DependencyCycleError(ValidationError):
    """A dependency would make an action (indirectly) depend on itself."""


class FileInUseError(RoadmapError):
    """Another Routekaart window or program has the roadmap open for editing.

    `holder` says who (author, host, pid, since) when known; the file can still be
    opened read-only.
    """

    def __init__(self, message: str, holder: dict | None = None, code: str = "", **params) -> None:
        super().__init__(message, code, **params)
        self.holder = holder or {}


class CoeditError(RoadmapError):
    """A co-editing step (shared folder, state file, merge) could not be done; nothing was lost."""


class Notice(str):
    """A message for the user about one file (English text; `code` and `params` let the
    interface say it in another language, see desktop/domain/reasons.py)."""

    code: str = ""
    params: dict

    def __new__(cls, text: str, code: str = "", **params) -> Notice:
        obj = super().__new__(cls, text)
        obj.code, obj.params = code, params
        return obj
