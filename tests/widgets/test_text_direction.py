"""Multi-line fields align to the language typed in them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from journeymap.widgets.inspector.fields import description_edit


def alignment(edit) -> Qt.AlignmentFlag:
    return edit.document().defaultTextOption().alignment() & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight)


def test_description_aligns_right_for_hebrew_and_left_for_english(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    edit = description_edit(parent, "")
    assert alignment(edit) == Qt.AlignmentFlag.AlignLeft
    edit.setPlainText("זמן שיחה: 2 דקות (יעד: 90%)\nDynamics 365")
    assert alignment(edit) == Qt.AlignmentFlag.AlignRight
    edit.setPlainText("Dynamics 365 trial (30 days).")
    assert alignment(edit) == Qt.AlignmentFlag.AlignLeft
    parent.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    edit.setPlainText("90%")  # no letters: the interface's direction
    assert alignment(edit) == Qt.AlignmentFlag.AlignRight
