"""The main window's actions and menus: File, Edit, View, Tools, Help, the recent files and
the undo/redo entries that follow the undo stack."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.app.plain_text import action_text, literal
from desktop.app.view_tabs import view_title


class MainWindowMenus:
    """The actions and menus of MainWindow (`self` is the window)."""

    # -- actions and menus ---------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(slot)
        return a

    def roadmap_filter(self) -> str:
        return self.tr("Routekaart roadmap (*.roadmap)")

    def json_filter(self) -> str:
        return self.tr("Roadmap JSON (*.json)")

    def _make_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New…"), self.new_file, K.New)
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog, K.Open)
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, K.SaveAs)
        self.import_action = self._action(self.tr("&Import roadmap JSON…"), self.import_json)
        self.export_json_action = self._action(self.tr("Export roadmap &JSON…"), self.export_json)
        self.close_action = self._action(self.tr("&Close"), lambda: self.close_roadmap(ask=True),
                                         "Ctrl+W")
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.undo_action = self._action(self.tr("&Undo"), lambda: self._stack_call("undo"), K.Undo)
        self.redo_action = self._action(self.tr("&Redo"), lambda: self._stack_call("redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action.setProperty("help_text", self.tr("&Undo"))
        self.redo_action.setProperty("help_text", self.tr("&Redo"))
        self.about_action = self._action(self.tr("&About Routekaart"), self.about)
        self.prefs_action = self._action(self.tr("&Preferences…"), self.edit_preferences,
                                         "Ctrl+,")
        self.prefs_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                                             "Ctrl+/")

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self._menus: dict[str, QMenu] = {}
        m = self._menus["file"] = bar.addMenu(self.tr("&File"))
        m.addActions([self.new_action, self.open_action])
        self.recent_menu = m.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addSeparator()
        m.addAction(self.save_as_action)
        m.addSeparator()
        m.addActions([self.import_action, self.export_json_action])
        self._file_tail = m.addSeparator()  # features add their file actions above this
        m.addActions([self.close_action, self.quit_action])
        e = self._menus["edit"] = bar.addMenu(self.tr("&Edit"))
        e.addActions([self.undo_action, self.redo_action])
        e.addSeparator()
        e.addAction(self.prefs_action)
        v = self._menus["view"] = bar.addMenu(self.tr("&View"))
        self.view_actions: dict[str, QAction] = {}
        for spec in self.view_specs:
            a = self._action(view_title(spec), lambda _=False, k=spec.key: self.show_view(k),
                             spec.shortcut)
            self.view_actions[spec.key] = a
            v.addAction(a)
        self._menus["tools"] = bar.addMenu(self.tr("&Tools"))
        h = self._menus["help"] = bar.addMenu(self.tr("&Help"))
        h.addActions([self.shortcuts_action, self.about_action])
        self._update_actions()

    def menu(self, name: str) -> QMenu:
        """The menu `name` ("file", "edit", "view", "tools", "help") for feature actions."""
        return self._menus[name]

    def add_file_action(self, action: QAction) -> None:
        """Put a feature's action in the File menu, above Close/Quit."""
        self._menus["file"].insertAction(self._file_tail, action)

    def _update_actions(self) -> None:
        has = self.session is not None
        for a in (self.save_as_action, self.export_json_action, self.close_action,
                  *self.view_actions.values()):
            a.setEnabled(has)
        self._menus["tools"].menuAction().setVisible(not self._menus["tools"].isEmpty())
        stack = self.session.undo_stack if has else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        undo, redo = (stack.undoText(), stack.redoText()) if stack else ("", "")
        # with nothing to name, the plain "Undo" ("Ongedaan maken", not "ongedaan maken")
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo).strip() if undo
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", redo).strip() if redo
                                 else self.tr("&Redo"))

    def _stack_call(self, which: str) -> None:
        if self.session:
            getattr(self.session.undo_stack, which)()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for f in files:
            self.recent_menu.addAction(action_text(Path(f).name), lambda f=f: self.open_file(f)).setToolTip(
                literal(f))
        if not files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
