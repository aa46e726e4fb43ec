"""The Preferences dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.settings.preferences import Preferences


class PreferencesDialog(QDialog):
    """Edits `Preferences`; changes are saved when the user presses OK."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox()
        for code, label in (("system", self.tr("Follow the system")), ("nl", "Nederlands"),
                            ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(prefs.language))
        self.language.setAccessibleName(self.tr("Interface language"))
        form.addRow(self.tr("Interface &language:"), self.language)
        self.theme = QComboBox()
        for code, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                            ("dark", self.tr("Dark"))):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(self.theme.findData(prefs.theme))
        self.theme.setAccessibleName(self.tr("Theme"))
        form.addRow(self.tr("&Theme:"), self.theme)
        self.snapshots = QSpinBox()
        self.snapshots.setRange(1, 240)
        self.snapshots.setSuffix(self.tr(" min"))
        self.snapshots.setValue(prefs.snapshot_minutes)
        self.snapshots.setAccessibleName(self.tr("Automatic snapshot interval in minutes"))
        form.addRow(self.tr("Automatic &snapshot every:"), self.snapshots)
        self.author = QLineEdit(prefs.author)
        self.author.setMaxLength(80)
        self.author.setAccessibleName(self.tr("Author name for co-editing"))
        form.addRow(self.tr("&Author name (co-editing):"), self.author)
        self.export_language = QComboBox()
        self.export_language.addItem("Nederlands", "nl")
        self.export_language.addItem("English", "en")
        self.export_language.setCurrentIndex(self.export_language.findData(prefs.export_language))
        self.export_language.setAccessibleName(self.tr("Default report language"))
        form.addRow(self.tr("Default &report language:"), self.export_language)
        self.include_empty = QCheckBox(self.tr("Show empty sections in reports as “not yet filled in”"))
        self.include_empty.setChecked(prefs.export_include_empty)
        form.addRow("", self.include_empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        p = self.prefs
        p.language = self.language.currentData()
        p.theme = self.theme.currentData()
        p.snapshot_minutes = self.snapshots.value()
        p.author = self.author.text()
        p.export_language = self.export_language.currentData()
        p.export_include_empty = self.include_empty.isChecked()
        p.sync()
        super().accept()
