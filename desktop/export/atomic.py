"""Write a file beside its target and rename it into place, so a failed export never
leaves a half-written report (and never damages the previous one)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

from desktop.export.errors import ExportError, from_os_error


def write_atomically(path: str | os.PathLike, produce: Callable[[Path], object]) -> Path:
    """Call `produce(tmp)` to write a temporary file in the target's folder, then move it
    over `path`. Raises ExportError (with a user-facing message) for file-system problems
    and for any failure while producing; the target is then untouched and no temporary
    file is left behind."""
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"Could not write {target.name}: a folder with that name exists.",
                          target, "other")
    if not target.parent.is_dir():
        raise ExportError(f"Could not write {target.name}: the folder {target.parent} "
                          f"does not exist.", target, "missing_folder", "export_missing_folder",
                          name=target.name, folder=str(target.parent))
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        # os.open with 0o666 honours the umask, unlike mkstemp's 0o600
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    except OSError as exc:
        raise from_os_error(exc, target, replacing=False) from exc
    try:
        produce(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
    except OSError as exc:
        _discard(tmp)
        raise from_os_error(exc, target, replacing=False) from exc
    except ExportError:
        _discard(tmp)
        raise
    except Exception as exc:
        _discard(tmp)
        raise ExportError(f"Could not create {target.name}: {type(exc).__name__}: {exc}",
                          target, "other") from exc
    except BaseException:
        _discard(tmp)
        raise
    try:
        os.replace(tmp, target)
    except OSError as exc:
        _discard(tmp)
        raise from_os_error(exc, target, replacing=True) from exc
    return target


def _discard(tmp: Path) -> None:
    try:
        tmp.unlink(missing_ok=True)
    except OSError:
        pass
