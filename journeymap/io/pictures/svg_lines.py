"""Text block lines written into an SVG as one <text> each, in logical order.

Qt's SVG generator writes a line as one <text> per glyph run, and a Hebrew line's
runs come word by word in visual order: copied or searched in an SVG editor the
words are scrambled. While the picture is painted, each line is drawn as a short
placeholder instead (so Qt writes it at the right place in the paint order, with
the line's colour, font and transform); afterwards each placeholder's content is
replaced by the line's own text, with its direction and the edge it is held by.
"""

from __future__ import annotations

import re
import secrets
import unicodedata

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter

from ...editor.line_sink import TextLine

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold
HEBREW = re.compile("[\u0590-\u05ff\ufb1d-\ufb4f]")


def _escaped(text: str) -> str:
    text = _NOT_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SvgLines:
    """Collects the lines drawn during one SVG export and puts them back into its markup."""

    def __init__(self) -> None:
        self._tag = "jm" + secrets.token_hex(4)  # no text of a map contains it by chance
        self._lines: list[TextLine] = []
        self._placeholder = re.compile(rf'<text ([^>]*)>{self._tag}n(\d+)</text>')

    def draw(self, painter: QPainter, line: TextLine) -> None:
        """Draw a placeholder for ``line`` at the point its text is anchored to."""
        x = {"left": line.left, "right": line.right, "center": (line.left + line.right) / 2}[line.align]
        painter.save()
        painter.setFont(line.font)
        painter.drawText(QPointF(x, line.baseline), f"{self._tag}n{len(self._lines)}")
        painter.restore()
        self._lines.append(line)

    def fill_in(self, svg: str) -> str:
        """The markup with every placeholder replaced by its line's <text>."""
        return self._placeholder.sub(self._element, svg)

    def _element(self, match: re.Match) -> str:
        line = self._lines[int(match.group(2))]
        attributes = [match.group(1)]
        if line.align == "center":
            anchor = "middle"
        else:
            anchor = "start" if (line.align == "right") == line.rtl else "end"
        if anchor != "start":
            attributes.append(f'text-anchor="{anchor}"')
        if line.rtl:
            attributes.append('direction="rtl" unicode-bidi="embed"')
        if HEBREW.search(line.text):
            attributes.append('xml:lang="he"')
        text = unicodedata.normalize("NFC", line.text)
        return f"<text {' '.join(attributes)}>{_escaped(text)}</text>"
