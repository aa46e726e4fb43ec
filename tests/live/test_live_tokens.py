"""The server token is kept out of the settings file, in a file only its user can read."""

from __future__ import annotations

import stat
from pathlib import Path

from desktop.coedit_ui import live


def _ini() -> str:
    q = live._settings()
    q.sync()
    return Path(q.fileName()).read_text(encoding="utf-8")


def test_token_is_stored_apart_with_mode_0600_and_read_back(qapp, tmp_path):
    assert live.token_file().is_relative_to(tmp_path)  # (the test's own settings folder)
    live.remember("road-1", "ws://127.0.0.1:9/", "s3cret-token-0123456789", True)
    assert "s3cret" not in _ini()
    assert "ws://127.0.0.1:9/" in _ini()
    path = live.token_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "s3cret-token-0123456789" in path.read_text(encoding="utf-8")
    assert live.remembered("road-1") == ("ws://127.0.0.1:9/", "s3cret-token-0123456789", True)
    assert live.remembered("road-2") == ("", "", False)
    live.remember("road-1", "ws://127.0.0.1:9/", "", False)  # forgotten
    assert "s3cret" not in path.read_text(encoding="utf-8")


def test_a_token_left_in_the_settings_by_an_earlier_version_is_moved(qapp):
    q = live._settings()
    q.setValue("live/road-3/url", "ws://127.0.0.1:9/")
    q.setValue("live/road-3/token", "old-token-0123456789")
    q.sync()
    assert "old-token" in _ini()
    assert live.remembered("road-3")[1] == "old-token-0123456789"
    assert "old-token" not in _ini()
    assert stat.S_IMODE(live.token_file().stat().st_mode) == 0o600
