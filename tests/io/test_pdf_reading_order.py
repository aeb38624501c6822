"""The order a PDF line's characters are placed in so readers give them back as typed.

``read_back`` is the rule poppler-based readers (pdftotext, Evince, Okular) apply; the
tests in test_pdf_text.py check it, and the layout built on it, against pdftotext itself.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.io.pictures.pdf_reading_order import (
    LRM,
    MARKS,
    RLM,
    direction_count,
    read_back,
    reading_layout,
)

MIXED = "אבגדהוזחטיכלמנסעפצקרשת abcXYZ 0123456789 -+.,:;%₪$/()[]\"'?!·–…★"


def _plain(text: str) -> str:
    return " ".join("".join(c for c in text if c not in MARKS).split())


def test_the_lines_that_came_back_scrambled():
    for text in ("ל-30 יום", "הרשמה ל-30 יום ניסיון ב-Dynamics 365", "שיחה עם נציג (Chat)", "מחכה בתור 5 דקות."):
        for rtl_page in (True, False):
            assert _plain(read_back(reading_layout(text, rtl_page), rtl_page)) == text


def test_qt_s_visual_order_is_what_scrambled_them():
    # Qt writes "ל-30 יום" left to right as "םוי 30-ל"; the rule reads it as "ל 30-יום".
    assert _plain(read_back("םוי 30-ל", True)) == "ל 30-יום"


def test_marks_keep_the_page_direction():
    # On a right-to-left page only right-to-left marks are added, and the reverse, so the
    # balance of directions readers weigh never tips because of them.
    text = "שאלה (Call centre?) ל-30 יום"
    rtl_placed, ltr_placed = reading_layout(text, True), reading_layout(text, False)
    assert LRM not in rtl_placed and RLM in rtl_placed
    assert RLM not in ltr_placed and LRM in ltr_placed
    assert direction_count(rtl_placed) <= direction_count(text) <= direction_count(ltr_placed)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=MIXED, min_size=1, max_size=40), st.booleans())
def test_any_line_reads_back_as_typed(text, rtl_page):
    assert _plain(read_back(reading_layout(text, rtl_page), rtl_page)) == _plain(text)
