"""Every control a user can reach has a name for screen readers, in every view, and the
views can be reached from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.app.main_window import MainWindow
from desktop.app.views import available_views
from desktop.demo import fresh_demo

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QGraphicsView,
            QLineEdit, QPlainTextEdit, QTextEdit)


def accessible_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def unnamed_controls(root: QWidget) -> list[str]:
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or not w.isVisibleTo(root):
            continue
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        parent = w.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):  # their inner line edit
            continue
        if not accessible_name(w):
            out.append(f"{type(w).__name__} {w.objectName() or ''} in {type(parent).__name__}")
    return out


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.set_store(fresh_demo(tmp_path / "demo.roadmap"), demo=True)
    w.resize(1400, 900)
    with qtbot.waitExposed(w):
        w.show()
    yield w
    w.close()


@pytest.mark.parametrize("key", [s.key for s in available_views()])
def test_every_control_of_every_view_has_an_accessible_name(qtbot, window, key):
    view = window.show_view(key)
    assert view is not None
    qtbot.waitUntil(view.isVisible)  # in front and shown: its controls are the ones a user meets
    assert [w for w in view.findChildren(QWidget) if isinstance(w, CONTROLS) and w.isVisibleTo(view)], key
    missing = unnamed_controls(view)
    assert not missing, "controls without an accessible name:\n" + "\n".join(missing)


def test_the_views_are_reachable_from_the_keyboard(qtbot, window):
    for spec in available_views():
        action = window.view_actions[spec.key]
        assert action.shortcut().toString() == spec.shortcut
        action.trigger()
        assert window.tabs.current_key() == spec.key


def test_the_check_sees_an_unnamed_control(qtbot):
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    lay = QVBoxLayout(root)
    bare, named, labelled = QLineEdit(), QLineEdit(), QLineEdit()
    named.setAccessibleName("Title")
    label = QLabel("&Owner")
    label.setBuddy(labelled)
    for w in (bare, named, label, labelled, QPushButton("OK")):
        lay.addWidget(w)
    root.show()
    assert unnamed_controls(root) == ["QLineEdit  in QWidget"]
