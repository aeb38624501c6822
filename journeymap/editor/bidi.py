"""Which way a piece of text runs: the base direction the Unicode bidi algorithm starts from.

Hebrew with English words, numbers and punctuation ("הרשמה ל-30 יום ניסיון ב-Dynamics 365",
"זמן שיחה: 2 דקות (יעד: 90%)") reads right only when the paragraph's base direction is
right-to-left; an English line ("Trial (30 days).") only when it is left-to-right, or its
final full stop jumps to the wrong end. So each text gets its own base direction:

- text with right-to-left letters in a right-to-left map runs right-to-left, even when it
  opens with an English word ("Dynamics 365 זמין בניסיון");
- otherwise the first strong letter decides, as Qt's LayoutDirectionAuto would;
- text with no letters at all ("90%", "2:30") takes the map's direction.

Alignment is a separate matter and follows the map (right in a right-to-left map).
"""

from __future__ import annotations

import unicodedata

RTL_CLASSES = ("R", "AL")


def first_strong(text: str) -> str | None:
    """'rtl' or 'ltr' after the first letter with a direction of its own, None when there is none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in RTL_CLASSES:
            return "rtl"
    return None


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in RTL_CLASSES for char in text)


def base_direction(text: str, rtl_map: bool) -> str:
    """'rtl' or 'ltr': the direction ``text`` is laid out in, on a map running ``rtl_map``."""
    if rtl_map and has_rtl(text):
        return "rtl"
    return first_strong(text) or ("rtl" if rtl_map else "ltr")
