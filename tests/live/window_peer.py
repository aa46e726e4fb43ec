"""One Routekaart main window in its own process, driven over stdin (JSON lines).

    python -m tests.live.window_peer FILE URL AUTHOR [TOKEN]

The window opens FILE and connects through Collaboration → Connect to server… (the
action triggered, the dialog filled in with typed keys and confirmed by a mouse click),
exactly as a user would. Commands (each answered by one JSON line):

* {"op": "type", "field": F, "text": T}: the wizard's roadmap field F gets T, typed with
  key events and confirmed with Return;
* {"op": "add_partner"}: the Add button of the wizard's partners table, clicked;
* {"op": "state"}: the live status text, the roadmap's title/subtitle and the partners;
* {"op": "watch"}: from now on note when merged edits of partners reached the window:
  after every view handled the session's `changed` signal, and when the event loop was
  next idle (bench/live.py); {"op": "seen"} returns those times (time.monotonic);
* {"op": "grab", "path": P}: the window's picture saved to P (to look at);
* {"op": "quit"}.

Settings and data go to XDG_CONFIG_HOME / XDG_DATA_HOME, which the caller points at a
folder of this process's own. It stops by itself when stdin closes or after 120 s.
"""

from __future__ import annotations

import json
import sys
import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox

LIFETIME_MS = 120_000


class Commands(QObject):
    line = Signal(str)


def main() -> int:
    path, url, author = sys.argv[1:4]
    token = sys.argv[4] if len(sys.argv) > 4 else ""
    app = QApplication([sys.argv[0]])
    messages: list[str] = []
    QMessageBox.warning = lambda *a, **k: messages.append(str(a[2] if len(a) > 2 else ""))

    from desktop.app.main_window import MainWindow
    from desktop.coedit_ui.live import ConnectDialog
    from desktop.settings.preferences import Preferences
    from desktop.wizard.table_panel import TablePanel

    Preferences().author = author
    w = MainWindow(lang="en")
    w.resize(1300, 850)
    w.show()
    if not w.open_file(path):
        print(json.dumps({"ok": False, "error": "could not open", "messages": messages}),
              flush=True)
        return 1

    def answer() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, ConnectDialog):
            QTimer.singleShot(20, answer)
            return
        dlg.url.clear()
        QTest.keyClicks(dlg.url, url)
        dlg.token.clear()
        QTest.keyClicks(dlg.token, token)
        QTest.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    w.live_actions.connect_action.trigger()

    seen: list = []

    def on_changed(change) -> None:
        if change.origin != "sync":
            return
        import time

        handled = time.monotonic()
        keys = []
        for r in change.rows:
            if r.entity == "partner":
                row = w.session.store.get("partner", r.id)
                keys.append([r.entity, r.id, None if row is None else row["name"]])

        def idle() -> None:
            now = time.monotonic()
            seen.extend([k, handled, now] for k in keys)

        QTimer.singleShot(0, idle)

    def reply(data: dict) -> None:
        print(json.dumps(data, default=str), flush=True)

    def run(text: str) -> None:
        cmd = json.loads(text)
        op = cmd["op"]
        store = w.session.store
        if op == "type":
            wizard = w.show_view("wizard")
            wizard.show_target("roadmap", None, cmd["field"])
            field = wizard.pages[wizard.current_key].fields[cmd["field"]].input
            if not isinstance(field, QLineEdit):
                reply({"ok": False, "error": f"the field is a {type(field).__name__}"})
                return
            field.setFocus()
            field.selectAll()
            QTest.keyClicks(field, cmd["text"])
            QTest.keyClick(field, Qt.Key.Key_Return)
            reply({"ok": True, "stored": store.roadmap()[cmd["field"]]})
        elif op == "add_partner":
            wizard = w.show_view("wizard")
            first = store.rows("partner")[0]["id"]
            wizard.show_target("partner", first, "name")
            panels = [p for p in wizard.findChildren(TablePanel)
                      if p.spec.entity == "partner" and p.isVisible()]
            before = {r["id"] for r in store.rows("partner")}
            QTest.mouseClick(panels[0].add_button, Qt.MouseButton.LeftButton)
            new = sorted({r["id"] for r in store.rows("partner")} - before)
            reply({"ok": bool(new), "new": new})
        elif op == "state":
            road = store.roadmap()
            reply({"ok": True, "status": w.live_actions.status.text(),
                   "title": road["title"], "subtitle": road["subtitle"],
                   "partners": {r["id"]: r["name"] for r in store.rows("partner")},
                   "messages": messages})
        elif op == "watch":  # connected last: runs after the views' own slots
            w.session.changed.connect(on_changed)
            reply({"ok": True})
        elif op == "seen":
            reply({"ok": True, "seen": seen[:]})
            seen.clear()
        elif op == "grab":
            w.show_view(cmd.get("view", "wizard"))
            reply({"ok": w.grab().save(cmd["path"])})
        elif op == "quit":
            reply({"ok": True})
            w.close_roadmap()
            app.quit()

    commands = Commands()
    commands.line.connect(run, Qt.ConnectionType.QueuedConnection)

    def read() -> None:
        for text in sys.stdin:
            commands.line.emit(text)
        commands.line.emit('{"op": "quit"}')

    threading.Thread(target=read, daemon=True).start()
    QTimer.singleShot(LIFETIME_MS, app.quit)
    reply({"ok": True, "ready": True})
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
