"""Single-letter keys act by the physical key, whatever the keyboard layout.

A Hebrew facilitator's keyboard types "צ" where an English one types "m": the key that
marks a moment of truth is the same key either way, so nobody switches layouts in front
of the room. Qt reports a letter typed in another layout as that letter; this maps it
back to the Latin key at the same place (the Israeli standard layout, SI 1452), so the
keymap, which names Latin keys, finds it. The typed text is left alone: with nothing to
act on, a key still types its own letter into a new card.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

K = Qt.Key
# Hebrew letters on the Israeli layout -> the Latin key in the same place (QWERTY).
HEBREW_LAYOUT = {
    "ק": K.Key_E, "ר": K.Key_R, "א": K.Key_T, "ט": K.Key_Y, "ו": K.Key_U, "ן": K.Key_I, "ם": K.Key_O,
    "פ": K.Key_P, "ש": K.Key_A, "ד": K.Key_S, "ג": K.Key_D, "כ": K.Key_F, "ע": K.Key_G, "י": K.Key_H,
    "ח": K.Key_J, "ל": K.Key_K, "ך": K.Key_L, "ז": K.Key_Z, "ס": K.Key_X, "ב": K.Key_C, "ה": K.Key_V,
    "נ": K.Key_B, "מ": K.Key_N, "צ": K.Key_M,
}
# Qt reports a key with no Latin name by its character's code point ("צ" is 0x05E6).
_LATIN_BY_CODE = {ord(letter): key for letter, key in HEBREW_LAYOUT.items()}


def physical_key(event: QKeyEvent) -> Qt.Key:
    """The Latin key at the place of the key pressed (``event.key()`` when it is Latin already)."""
    key = event.key()
    code = key.value if hasattr(key, "value") else int(key)
    if code in _LATIN_BY_CODE and code > 0x7F:
        return _LATIN_BY_CODE[code]
    text = event.text()
    if len(text) == 1 and ord(text) > 0x7F and text in HEBREW_LAYOUT:
        return HEBREW_LAYOUT[text]
    return key
