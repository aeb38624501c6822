"""Base direction of mixed Hebrew and English text, and how the canvas lays it out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journeymap.editor.bidi import base_direction, first_strong
from journeymap.editor.text_block import TextBlock, qt_direction


@pytest.mark.parametrize(
    ("text", "rtl_map", "expected"),
    [
        ("הרשמה ל-30 יום ניסיון ב-Dynamics 365", True, "rtl"),
        ("זמן שיחה: 2 דקות (יעד: 90%)", False, "rtl"),  # a Hebrew line in an English map still runs rtl
        ("Dynamics 365 זמין בניסיון", True, "rtl"),  # opens in English, but it is a Hebrew sentence
        ("Dynamics 365 זמין בניסיון", False, "ltr"),  # first strong letter, as Qt's auto direction
        ("Free trial (30 days).", True, "ltr"),  # English in a Hebrew map keeps its full stop at the end
        ("90%", True, "rtl"),
        ("90%", False, "ltr"),
        ("", True, "rtl"),
    ],
)
def test_base_direction(text, rtl_map, expected):
    assert base_direction(text, rtl_map) == expected


def test_first_strong_ignores_numbers_and_punctuation():
    assert first_strong("(30) - ניסיון") == "rtl"
    assert first_strong("2:30 ") is None


def test_text_block_lays_mixed_text_out_right_to_left_and_right_aligned(qapp):
    from journeymap.editor import fonts

    text = "זמן שיחה: 2 דקות (יעד: 90%)"
    block = TextBlock(text, fonts.card_font(), 400, rtl=True)
    option = block._layout.textOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert option.alignment() & Qt.AlignmentFlag.AlignRight
    line = block._layout.lineAt(0)
    # The paragraph's start (the first Hebrew word) is drawn at the right edge, its end further left.
    start = line.cursorToX(0)[0]
    end = line.cursorToX(len(text))[0]
    assert start == pytest.approx(400, abs=1)
    assert end == pytest.approx(400 - line.naturalTextWidth(), abs=1)
    assert qt_direction("Free trial (30 days).", True) == Qt.LayoutDirection.LeftToRight


def test_in_place_editor_follows_the_text_being_typed(qapp):
    from PySide6.QtCore import QRectF

    from journeymap.editor import fonts
    from journeymap.editor.items.text_editor import InPlaceEditor

    editor = InPlaceEditor("Free trial.", fonts.card_font(), QRectF(0, 0, 200, 60), True, lambda _t: None, lambda: None)
    option = editor.document().defaultTextOption
    assert option().textDirection() == Qt.LayoutDirection.LeftToRight
    assert option().alignment() & Qt.AlignmentFlag.AlignRight  # aligned as the map runs
    editor.setPlainText("זמן שיחה: 2 דקות (יעד: 90%)")
    assert option().textDirection() == Qt.LayoutDirection.RightToLeft
