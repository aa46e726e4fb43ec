"""Collaboration → Connect to server…: live co-editing through a Yjs websocket server.

    from desktop.coedit_ui import live
    live.install(window)     # once, after the Collaboration menu exists

The network runs in db.live.client.LiveSync's own thread; received edits are merged in
the GUI thread (a queued signal calls `pump`), through the same merge path and conflict
review as the shared-folder mode, which keeps working alongside. The server address is
remembered per roadmap in the user's settings, the token in a file of its own beside
them (`live-tokens.json`, readable by the user only: mode 0600), never in the roadmap
file, so a copy sent by e-mail carries no token. (Not the system keyring: the `keyring`
package needs a Secret Service or KWallet running on a desktop session, which offline
and headless installs do not have.) Offline the roadmap keeps working; what was edited
is sent when the connection is back.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from db.live import client as live_client

PUMP_MS = 1000          # status, awareness renewal and resync also without traffic
PALETTE = ("#d1495b", "#00798c", "#edae49", "#66a182", "#8d5a97", "#2e4057", "#e07a5f",
           "#3d85c6")


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     "Routekaart", "Routekaart")


def token_file() -> Path:
    """The tokens' file: beside the user's settings file, readable by the user only."""
    return Path(_settings().fileName()).parent / "live-tokens.json"


def _read_tokens() -> dict[str, str]:
    try:
        data = json.loads(token_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else {}


def _write_tokens(tokens: dict[str, str]) -> None:
    path = token_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)  # also when the file was left with other rights
        os.write(fd, json.dumps(tokens, indent=1, sort_keys=True).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def remembered(roadmap_id: str) -> tuple[str, str, bool]:
    """(server URL, token, connect on open) remembered for a roadmap on this computer."""
    q = _settings()
    base = f"live/{roadmap_id}/"
    token = _read_tokens().get(roadmap_id, "")
    old = str(q.value(base + "token", "") or "")
    if old:  # kept in the settings by an earlier version: moved into the tokens' file
        token = token or old
        tokens = _read_tokens()
        tokens[roadmap_id] = token
        _write_tokens(tokens)
        q.remove(base + "token")
        q.sync()
    return (str(q.value(base + "url", "") or ""), token,
            str(q.value(base + "auto", "false")).lower() == "true")


def remember(roadmap_id: str, url: str, token: str, auto: bool) -> None:
    q = _settings()
    base = f"live/{roadmap_id}/"
    q.setValue(base + "url", url)
    q.remove(base + "token")
    q.setValue(base + "auto", "true" if auto else "false")
    q.sync()
    tokens = _read_tokens()
    if token:
        tokens[roadmap_id] = token
    else:
        tokens.pop(roadmap_id, None)
    _write_tokens(tokens)


def colour_for(name: str) -> str:
    """A stable colour for a co-author (the same on every computer)."""
    return PALETTE[hashlib.sha1(name.encode("utf-8")).digest()[0] % len(PALETTE)]


class ConnectDialog(QDialog):
    """Asks for the server address and the team's token."""

    def __init__(self, url: str = "", token: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("live_connect_dialog")
        self.setWindowTitle(self.tr("Connect to a co-editing server"))
        intro = QLabel(self.tr(
            "Edits are shared live with everyone connected to this roadmap on the server. "
            "Without a connection you keep working; your edits are sent when it is back."))
        intro.setWordWrap(True)
        self.url = QLineEdit(url)
        self.url.setObjectName("live_url")
        self.url.setPlaceholderText(self.tr("wss://server.example:8765"))
        self.token = QLineEdit(token)
        self.token.setObjectName("live_token")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("live_error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Server address:"), self.url)
        form.addRow(self.tr("Token:"), self.token)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    def accept(self) -> None:
        if not live_client.valid_server_url(self.url.text()):
            self.error.setText(self.tr(
                "Give an address that starts with ws:// or wss://, such as "
                "wss://server.example:8765."))
            return
        super().accept()


class LiveActions(QObject):
    """Connect/disconnect actions, the live status label and the merge pump of a window."""

    wake = Signal()         # emitted from the network thread; queued to the GUI thread
    merged = Signal(list)   # MergeResults of received edits (tests, views)
    peers_changed = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("LiveActions")
        self.window = window
        self.session = None
        self.live: live_client.LiveSync | None = None
        self.dialog: ConnectDialog | None = None
        self._peers_shown: object = None
        self._shown_problems = 0
        coedit = getattr(window, "coedit_actions", None)
        menu = coedit.menu if coedit is not None else window.menuBar().addMenu(
            self.tr("&Collaboration"))
        menu.addSeparator()
        self.connect_action = QAction(self.tr("&Connect to server…"), window)
        self.connect_action.setObjectName("live_connect_action")
        tip = self.tr("Edit live together with co-authors through a co-editing server")
        self.connect_action.setStatusTip(tip)
        self.connect_action.setToolTip(tip)
        self.connect_action.triggered.connect(lambda _=False: self.ask_and_connect())
        self.disconnect_action = QAction(self.tr("&Disconnect from server"), window)
        self.disconnect_action.setObjectName("live_disconnect_action")
        tip = self.tr("Stop sharing edits live; the roadmap keeps working on this computer")
        self.disconnect_action.setStatusTip(tip)
        self.disconnect_action.setToolTip(tip)
        self.disconnect_action.triggered.connect(lambda _=False: self.disconnect(forget=True))
        menu.addAction(self.connect_action)
        menu.addAction(self.disconnect_action)
        self.status = QLabel()
        self.status.setObjectName("live_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # names co-authors
        self.status.setAccessibleName(self.tr("Live co-editing status"))
        window.statusBar().addPermanentWidget(self.status)
        self.wake.connect(self.pump, Qt.ConnectionType.QueuedConnection)
        self.timer = QTimer(self)
        self.timer.setInterval(PUMP_MS)
        self.timer.timeout.connect(self.pump)
        from desktop.coedit_ui.awareness import AwarenessView

        self.awareness = AwarenessView(self)
        window.session_changed.connect(self.on_session)
        self.on_session(getattr(window, "session", None))

    # -- state ---------------------------------------------------------------------------

    @property
    def store(self):
        return self.session.store if self.session is not None else None

    def _author(self) -> str:
        coedit = getattr(self.window, "coedit_actions", None)
        if coedit is not None:
            return coedit.author()
        from desktop.settings.preferences import Preferences

        return Preferences().author

    def _device(self) -> str:
        coedit = getattr(self.window, "coedit_actions", None)
        return coedit.device() if coedit is not None else ""

    def on_session(self, session) -> None:
        self.disconnect(forget=False)
        self.session = session
        self.awareness.on_session(session)
        can = session is not None and not session.store.read_only
        self.connect_action.setEnabled(can)
        self.disconnect_action.setEnabled(False)
        if can:
            url, token, auto = remembered(session.store.roadmap_id)
            if url and auto:
                self.connect_to(url, token)
        self.update_status()

    # -- actions -------------------------------------------------------------------------

    def ask_and_connect(self) -> bool:
        if self.store is None or self.store.read_only:
            return False
        url, token, _auto = remembered(self.store.roadmap_id)
        dlg = ConnectDialog(url or (self.live.server_url if self.live else ""), token, self.window)
        self.dialog = dlg
        try:
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return False
            url, token = dlg.url.text().strip(), dlg.token.text().strip()
        finally:
            self.dialog = None
            dlg.deleteLater()
        remember(self.store.roadmap_id, url, token, True)
        return self.connect_to(url, token)

    def connect_to(self, url: str, token: str = "") -> bool:
        if self.store is None or self.store.read_only:
            return False
        self.disconnect(forget=False)
        author = self._author()
        self.live = live_client.LiveSync(
            self.store, url, token=token or None, author=author, device=self._device(),
            notify=self.wake.emit, user={"name": author, "color": colour_for(author)})
        self._shown_problems = 0
        self.live.start()
        self.timer.start()
        self.awareness.start()
        self.disconnect_action.setEnabled(True)
        self.update_status()
        return True

    def disconnect(self, forget: bool = True) -> None:
        """Stop the live connection; `forget`: do not connect again when the roadmap opens."""
        if self.live is not None:
            self.pump()  # what arrived before the user disconnected is merged, not lost
            self.live.stop()
            self.live = None
            if forget and self.store is not None:
                url, token, _auto = remembered(self.store.roadmap_id)
                remember(self.store.roadmap_id, url, token, False)
        self.timer.stop()
        self.awareness.stop()
        self.disconnect_action.setEnabled(False)
        self._peers_shown = None
        self.peers_changed.emit()
        self.update_status()

    # -- the GUI-thread pump -------------------------------------------------------------

    def pump(self) -> list:
        live = self.live
        if live is None or self.store is None:
            return []
        # text being typed is stored before merged changes redraw its editor
        results = live.pump(before_merge=getattr(self.window, "commit_pending", None))
        if self.live is not live:
            return results
        if results:
            n = sum(len(r.conflicts) for r in results)
            coedit = getattr(self.window, "coedit_actions", None)
            if coedit is not None:
                coedit.update_status()
            if n:
                self.window.statusBar().showMessage(
                    self.tr("Live: %n new conflict(s) to review (Collaboration → Review "
                            "conflicts…)", "", n), 10000)
            self.merged.emit(results)
        if len(live.problems) > self._shown_problems:
            text = "\n".join(live.problems[self._shown_problems:][:5])
            self._shown_problems = len(live.problems)
            self.window.statusBar().showMessage(text, 15000)
        peers = sorted((sorted(p.items(), key=str) for p in live.peers.values()), key=str)
        if repr(peers) != self._peers_shown:
            self._peers_shown = repr(peers)
            self.peers_changed.emit()
        self.awareness.tick()
        self.update_status()
        return results

    def peers(self) -> list[dict]:
        """The co-authors connected now: {"name", "color", "editing"} each."""
        if self.live is None:
            return []
        out = []
        for state in self.live.peers.values():
            user = state.get("user") if isinstance(state.get("user"), dict) else {}
            name = str(user.get("name") or "?")[:80]
            colour = str(user.get("color") or "")
            if not (len(colour) == 7 and colour.startswith("#")):
                colour = colour_for(name)
            editing = state.get("editing") if isinstance(state.get("editing"), dict) else None
            out.append({"name": name, "color": colour, "editing": editing})
        return sorted(out, key=lambda p: p["name"])

    def set_editing(self, editing: dict | None) -> None:
        if self.live is not None:
            self.live.set_editing(editing)

    def status_text(self) -> str:
        live = self.live
        if live is None:
            return ""
        status = live.status
        if status == live_client.CONNECTED and live.connected:
            names = ", ".join(p["name"] for p in self.peers())
            if names:
                return self.tr("Live: connected · with %1").replace("%1", names)
            return self.tr("Live: connected")
        if status == live_client.REFUSED:
            return self.tr("Live: refused by the server (check the token)")
        if status == live_client.UNRELATED:
            return self.tr("Live: stopped, the server holds another roadmap with this id")
        if status in (live_client.RECONNECTING, live_client.CONNECTED):
            return self.tr("Live: reconnecting… (your edits are kept)")
        if status == live_client.CONNECTING:
            return self.tr("Live: connecting…")
        return self.tr("Live: offline (your edits are kept and sent later)")

    def update_status(self) -> None:
        text = self.status_text()
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if self.live is not None:
            from desktop.app.plain_text import literal

            self.status.setToolTip(literal(self.live.url.split("?")[0]))


def install(window) -> LiveActions:
    actions = LiveActions(window)
    window.live_actions = actions
    return actions
