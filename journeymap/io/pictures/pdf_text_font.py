"""A font of blank glyphs, one per character, for a PDF's hidden text layer.

Glyphs drawn in it show nothing, but a PDF writer maps each one back to its
character (Qt writes the font's character map as the page's ToUnicode table), so
readers extract, search and copy exactly the characters placed. Each glyph is as
wide as the character is in the map's own fonts, so the hidden line is as long as
the drawn one and readers see the same word breaks.
"""

from __future__ import annotations

import io
import secrets

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QRawFont

from ...editor import fonts
from ..errors import SaveError

UNITS = 1000
# Characters a map's pictures are likely to hold; others are added as lines need them.
BASE_REPERTOIRE = frozenset(
    [chr(c) for c in range(0x20, 0x7F)]
    + [chr(c) for c in range(0xA0, 0x180)]
    + [chr(c) for c in range(0x5B0, 0x5F5)]
    + [chr(c) for c in range(0x2010, 0x2028)]
    + [chr(c) for c in range(0x2030, 0x205F)]
    + list("\u200e\u200f\u20aa\u20ac\u2116\u2122\u2190\u2192\u2212\u2605\u2606\u25cf\u2713")
)


def _advances(chars: list[str]) -> list[int]:
    """Each character's advance in the map's card font, in thousandths of an em."""
    font = QFont(fonts.card_font())
    font.setPixelSize(UNITS)
    metrics = QFontMetricsF(font)
    return [0 if c in "\u200e\u200f" else round(metrics.horizontalAdvance(c)) for c in chars]


def _font_bytes(chars: tuple[str, ...], family: str) -> bytes:
    names = [".notdef"] + [f"u{ord(c):04X}" for c in chars]
    builder = FontBuilder(UNITS, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(c): name for c, name in zip(chars, names[1:], strict=True)})
    blank = TTGlyphPen(None).glyph()
    builder.setupGlyf({name: blank for name in names})
    advances = [500] + _advances(list(chars))
    builder.setupHorizontalMetrics({name: (width, 0) for name, width in zip(names, advances, strict=True)})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": family, "styleName": "Regular", "psName": family.replace(" ", "")})
    builder.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200)
    builder.setupPost()
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue()


class LayerFont:
    """The blank font for the characters seen so far, rebuilt when a line needs more.

    Qt writes glyphs of a font into a PDF only when the font is in its font database, so
    the font is added there while a PDF is written; ``close`` takes it out again.
    """

    def __init__(self) -> None:
        self._chars: frozenset[str] = frozenset()
        self._ids: list[int] = []
        self._family = ""
        self._raw: dict[float, QRawFont] = {}

    def at(self, pixel_size: float, text: str) -> QRawFont:
        """The font at ``pixel_size``, holding every character of ``text``."""
        if not self._family or not set(text) <= self._chars:
            self._add(self._chars | BASE_REPERTOIRE | set(text))
        raw = self._raw.get(pixel_size)
        if raw is None:
            font = QFont(self._family)
            font.setPixelSize(max(1, round(pixel_size)))
            raw = self._raw[pixel_size] = QRawFont.fromFont(font)
        return raw

    def _add(self, chars: frozenset[str]) -> None:
        family = f"Journeymap Text Layer {len(self._ids) + 1} {secrets.token_hex(3)}"
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(_font_bytes(tuple(sorted(chars)), family)))
        if font_id < 0:
            raise SaveError("the font of the PDF's text layer could not be loaded")
        self._ids.append(font_id)
        self._family = QFontDatabase.applicationFontFamilies(font_id)[0]
        self._chars = frozenset(chars)
        self._raw.clear()

    def close(self) -> None:
        for font_id in self._ids:
            QFontDatabase.removeApplicationFont(font_id)
        self._ids.clear()
        self._raw.clear()
        self._family = ""
