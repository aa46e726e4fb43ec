"""The interface is fully Dutch and English: every string shown by the Qt layer goes through
Qt's translation and has a Dutch translation; plural forms are right in both languages."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

from scripts import translations as tr

ROOT = Path(__file__).resolve().parent.parent
NL_TS = tr.I18N / "routekaart_nl.ts"
EN_TS = tr.I18N / "routekaart_en.ts"

# Calls that put text in front of the user: a string literal passed to them must be wrapped
# in tr()/translate() (checked by the lint test below).
UI_CALLS = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip",
    "setAccessibleName", "setAccessibleDescription", "addMenu", "addTab", "setTitle",
    "showMessage", "setLabelText", "setWhatsThis", "setTabText", "setHeaderLabels",
    "setInformativeText", "setDetailedText", "setPrefix", "setSuffix", "setSpecialValueText",
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton",
    "information", "warning", "critical", "question", "about",
}
NOT_WORDS = {"Routekaart", "PNG", "SVG", "PDF", "DOCX", "JSON", "TRL", "KPI", "DPI", "A3", "A2",
             "A4", "OK", "Qt"}


def _bare_strings(path: Path) -> list[str]:
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in UI_CALLS:
            continue
        for arg in node.args:
            parts = []
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                parts = [arg.value]
            elif isinstance(arg, ast.JoinedStr):
                parts = [v.value for v in arg.values if isinstance(v, ast.Constant)]
            text = "".join(parts)
            markup_free = re.sub(r"<[^>]*>", " ", text)  # HTML tags are not words the user reads
            words = [w for w in re.findall(r"[A-Za-zÀ-ÿ]{2,}", markup_free) if w not in NOT_WORDS]
            if words:
                found.append(f"{path.name}:{node.lineno} {name}({text!r})")
    return found


def test_the_lint_sees_bare_strings(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('QLabel("Hello")\nQLabel(self.tr("Hello"))\nb.setToolTip(f"Open {x} now")\n'
                      'w.setWindowTitle(f"{t} — Routekaart")\nQLabel("…")\n')
    hits = _bare_strings(sample)
    assert [h.split(" ")[0] for h in hits] == ["sample.py:1", "sample.py:3"]


def test_no_user_visible_string_bypasses_translation():
    bare = [hit for p in tr.sources() for hit in _bare_strings(p)]
    assert not bare, "wrap these in self.tr()/QCoreApplication.translate():\n" + "\n".join(bare)


@pytest.fixture(scope="module")
def current_nl_ts(tmp_path_factory) -> Path:
    """The committed Dutch .ts, brought up to date with the sources (as lupdate would)."""
    target = tmp_path_factory.mktemp("ts") / "routekaart_nl.ts"
    shutil.copy(NL_TS, target)
    tr.lupdate(target, "nl")
    return target


def test_every_interface_string_has_a_dutch_translation(current_nl_ts):
    missing = tr.untranslated(current_nl_ts)
    assert not missing, (f"{len(missing)} string(s) without Dutch translation; run "
                         "`python scripts/translations.py update` and translate them:\n"
                         + "\n".join(f"[{c}] {s}" for c, s in missing[:60]))


def test_the_committed_translations_are_current(current_nl_ts):
    """No string in the code is missing from the committed .ts (nothing only translated
    in a developer's working copy)."""
    assert set(tr.messages(current_nl_ts)) == set(tr.messages(NL_TS))


def test_plural_forms_are_filled_in_both_languages():
    plural = 0
    for ts in (NL_TS, EN_TS):
        for key, m in tr.messages(ts).items():
            if m.get("numerus") == "yes":
                plural += 1
                forms = [f.text for f in m.find("translation").iter("numerusform")]
                assert len(forms) == 2 and all(forms), (ts.name, key)
                assert "%n" in forms[1], (ts.name, key)
    assert plural >= 2  # the interface does use plurals (problem counts, sync results)


def test_the_window_speaks_dutch(qtbot, tmp_path):
    from PySide6.QtCore import QCoreApplication

    from desktop.app import i18n
    from desktop.app.main_window import MainWindow

    qm = tmp_path / "routekaart_nl.qm"
    tool = Path(tr.sys.executable).parent / "pyside6-lrelease"
    tr.subprocess.run([str(tool), str(NL_TS), "-qm", str(qm)], check=True, capture_output=True)
    from PySide6.QtCore import QTranslator

    t = QTranslator()
    assert t.load(str(qm))
    QCoreApplication.installTranslator(t)
    try:
        w = MainWindow(lang="nl")
        qtbot.addWidget(w)
        titles = [a.text() for a in w.menuBar().actions()]
        assert "&Bestand" in titles and "&Help" in titles
        assert QCoreApplication.translate("MainWindow", "%n problem(s)", "", 3) == "3 problemen"
        assert QCoreApplication.translate("MainWindow", "%n problem(s)", "", 1) == "1 probleem"
        w.close()
    finally:
        QCoreApplication.removeTranslator(t)
    assert i18n.resolve("nl") == "nl"


SAME_IN_BOTH = {"&Help", "Routekaart", "Wizard", "(none)"}


def _menu_texts(window) -> list[str]:
    out = []

    def walk(menu):
        for a in menu.actions():
            if a.isSeparator():
                continue
            out.append(a.text())
            if a.menu() is not None:
                walk(a.menu())
    for a in window.menuBar().actions():
        out.append(a.text())
        walk(a.menu())
    return out


def test_every_menu_entry_is_dutch_in_the_dutch_interface(qtbot, tmp_path):
    """Catches strings that reach the screen without passing lupdate (e.g. a tr() helper
    called with a variable), which the .ts checks above cannot see."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.app.main_window import MainWindow

    english = MainWindow(lang="en")
    qtbot.addWidget(english)
    en = _menu_texts(english)
    qm = tmp_path / "nl.qm"
    tool = Path(tr.sys.executable).parent / "pyside6-lrelease"
    tr.subprocess.run([str(tool), str(NL_TS), "-qm", str(qm)], check=True, capture_output=True)
    t = QTranslator()
    assert t.load(str(qm))
    QCoreApplication.installTranslator(t)
    try:
        dutch = MainWindow(lang="nl")
        qtbot.addWidget(dutch)
        nl = _menu_texts(dutch)
    finally:
        QCoreApplication.removeTranslator(t)
    assert len(en) == len(nl) > 30
    same = [e for e, n in zip(en, nl) if e == n and e not in SAME_IN_BOTH]
    assert not same, f"menu entries still in English: {same}"
