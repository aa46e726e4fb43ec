"""Where Routekaart finds its bundled resources and keeps its own files (Qt-free)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The resources/ folder, in a source checkout or inside a PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def demo_json() -> Path:
    """The bundled demo roadmap (roadmap JSON)."""
    return resources_dir() / "demo" / "demo.json"


def data_dir(create: bool = True) -> Path:
    """Per-user folder for Routekaart's own files (the demo copy, snapshots, the log);
    made when missing unless `create` is False (for code that only looks)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA", base)
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    path = Path(base) / "routekaart"
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def has_display() -> bool:
    """True when a graphical session is available (or a Qt platform was chosen explicitly)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
