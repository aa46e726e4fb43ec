"""Interface language: choosing Dutch or English and loading the Qt translations.

Source strings in the code are English; resources/i18n/routekaart_nl.ts holds the Dutch
translations (compiled to .qm by build_installer.compile_translations or on the fly).
The choice is "system" (follow the operating system), "nl" or "en"; the labels of the
roadmap model (db/catalogue/) follow the same language.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.domain.paths import resources_dir

LANGUAGES = ("nl", "en")
_installed: list[QTranslator] = []


def resolve(choice: str | None) -> str:
    """The language to use for a setting of 'system', 'nl' or 'en'."""
    if choice in LANGUAGES:
        return choice
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def _qm_for(lang: str) -> Path | None:
    folder = resources_dir() / "i18n"
    qm, ts = folder / f"routekaart_{lang}.qm", folder / f"routekaart_{lang}.ts"
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        tool = Path(sys.executable).parent / "pyside6-lrelease"
        try:  # a source checkout: compile the translations on the fly
            subprocess.run([str(tool), str(ts), "-qm", str(qm)], check=True, capture_output=True)
        except (OSError, subprocess.CalledProcessError):
            pass
    return qm if qm.exists() else None


def uninstall() -> None:
    """Remove the translators `install` loaded."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()


def install(lang: str) -> None:
    """Load the translators for `lang` into the running application (replacing earlier ones)."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang == "en":  # English source strings; the .qm holds only the plural forms
        ours = QTranslator(app)
        qm = _qm_for("en")
        if qm is not None and ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
        return
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    qm = _qm_for(lang)
    ours = QTranslator(app)
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
