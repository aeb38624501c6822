"""Multi-line text fields that align to the language typed in them, as ``dir="auto"`` does on the web.

A line edit already lays out and aligns its text by the text's own direction. A plain-text
edit orders each paragraph correctly but always aligns it to the left, so a Hebrew
description would hang on the wrong side. Here the field's alignment follows the first
letter with a direction (the interface's direction while the field is empty).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from ..editor.bidi import first_strong


def follow_text_direction(edit: QPlainTextEdit) -> QPlainTextEdit:
    edit.textChanged.connect(lambda: align_to_text(edit))
    align_to_text(edit)
    return edit


def align_to_text(edit: QPlainTextEdit) -> None:
    direction = first_strong(edit.toPlainText())
    if direction is None:
        direction = "rtl" if edit.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
    horizontal = Qt.AlignmentFlag.AlignRight if direction == "rtl" else Qt.AlignmentFlag.AlignLeft
    option = edit.document().defaultTextOption()
    if option.alignment() & horizontal:
        return
    option.setAlignment(horizontal | Qt.AlignmentFlag.AlignAbsolute)
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    edit.document().setDefaultTextOption(option)
