"""A connection's caption: its label and share of customers, in a pill on the curve.

A top-level item of its own (see ``ConnectionLabelItem``), owned by its ConnectionItem;
the text, its size and where it goes are worked out once and kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from ...model import Connection
from .. import fonts, style
from ..detail import simplified
from ..drawing_modes import ModesHanded
from ..text_block import qt_direction

if TYPE_CHECKING:  # pragma: no cover
    from .connection import ConnectionItem

_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
EMPTY_RECT = QRectF()  # shared, never changed: items replace their rectangles, never edit them
_LABEL_FONT = None
_LABEL_SIZES: dict[str, tuple[tuple[str, ...], float, float]] = {}


def label_font():
    global _LABEL_FONT
    if _LABEL_FONT is None:
        _LABEL_FONT = fonts.label_font()
    return _LABEL_FONT


LINE_WIDTH = 150.0       # a caption wraps beyond this width of text
WIDE_LINE_WIDTH = 230.0  # ... or this, when the narrow width would need more than three lines
PILL_PADDING_X = 6.0


def _caption_words(caption: str) -> list[str]:
    """The caption's words, the share glued to its dot ("· 45%"): a line never breaks between them."""
    words: list[str] = []
    glue = False
    for word in caption.split():
        if glue and words:
            words[-1] += " " + word
        else:
            words.append(word)
        glue = word == "·"
    return words


def wrap_caption(caption: str, width: float, advance) -> list[str]:
    """The caption's lines, each at most ``width`` wide where a word allows (a word is never cut)."""
    lines: list[str] = []
    for word in _caption_words(caption):
        if lines and advance(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def caption_layout(caption: str) -> tuple[tuple[str, ...], float, float]:
    """The caption's lines and its pill's width and height (cached: many connections share captions).

    A long label wraps onto more lines and never loses a word or the share."""
    layout = _LABEL_SIZES.get(caption)
    if layout is None:
        metrics = QFontMetricsF(label_font())
        advance = metrics.horizontalAdvance
        lines = wrap_caption(caption, LINE_WIDTH, advance)
        if len(lines) > 3:
            lines = wrap_caption(caption, WIDE_LINE_WIDTH, advance)
        width = max(advance(line) for line in lines) + 2 * PILL_PADDING_X + 2
        layout = (tuple(lines), width, metrics.height() * len(lines) + 4)
        if len(_LABEL_SIZES) < 50000:
            _LABEL_SIZES[caption] = layout
    return layout


def label_size(caption: str) -> tuple[float, float]:
    """Width and height of a caption's pill."""
    _lines, width, height = caption_layout(caption)
    return width, height


def caption_text(label: str, share: float | None) -> str:
    """'label · 70%', either part alone, or '' ."""
    share_text = f"{share:g}%" if share is not None else ""
    return " · ".join(part for part in (label.strip(), share_text) if part)


def connection_caption(conn: Connection) -> str:
    return caption_text(conn.label, conn.share)


def has_caption(label: str, share: float | None) -> bool:
    return share is not None or bool(label and not label.isspace())


class ConnectionLabelItem(ModesHanded, QGraphicsItem):
    """The caption of a connection, drawn above cards so it is never hidden.

    A top-level item (not a child) because a child cannot stack above other
    top-level items; it belongs to its ConnectionItem and is not selectable itself.
    Made only for connections that have a caption: most have none, and an item each
    made 15,000 more items (a third of the scene) on a map of 10,000 cards.
    """

    Type = QGraphicsItem.UserType + 4

    def __init__(self, connection: ConnectionItem, rect: QRectF | None = None) -> None:
        super().__init__()
        self.connection = connection
        self.setZValue(15)
        self._rect = QRectF(rect) if rect is not None else EMPTY_RECT  # set before it joins a scene
        if rect is None or rect.isNull():
            self.setVisible(False)
        self.setCacheMode(_DEVICE_CACHE)
        self._overview_mode = False
        self._no_contents = False

    def type(self) -> int:
        return self.Type

    def rect(self) -> QRectF:
        return self._rect

    def set_overview_mode(self, on: bool, repaint: bool = True) -> None:
        """Far out, the scene's overview item draws this caption; while its connection is live
        (selected or dragged) it draws itself too, on top."""
        self._overview_mode = on
        self.sync_contents(repaint)

    def sync_contents(self, repaint: bool = True) -> None:
        conn = self.connection
        empty = self._overview_mode and not (conn.live or conn.isSelected())
        if empty != self._no_contents:
            self._no_contents = empty
            self.setFlag(_NO_CONTENTS, empty)
            if repaint:
                self.update()

    def set_rect(self, rect: QRectF) -> None:
        if rect.isNull() and self._rect.isNull():
            if self.isVisible():
                self.setVisible(False)
            return  # a connection without a caption: nothing to draw or move
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        self.setVisible(not rect.isNull())
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        conn = self.connection
        exporting = self.modes.exporting
        selected = conn.isSelected() and not exporting
        border = QColor(style.CONNECTION_SELECTED if selected else style.LABEL_BORDER)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._rect
        painter.setPen(QPen(border, 1))
        painter.setBrush(style.qcolor(style.LABEL_BACKGROUND))
        radius = min(rect.height() / 2, 9.0)
        painter.drawRoundedRect(rect, radius, radius)
        if simplified(painter, exporting):
            return  # the overview: the pill alone, its text would be a smudge
        painter.setFont(label_font())
        painter.setPen(QColor(style.TEXT_MUTED))
        lines = self.text_lines()
        line_height = (rect.height() - 4) / len(lines)
        painter.save()
        top = rect.top() + 2
        for line in lines:
            painter.setLayoutDirection(qt_direction(line, conn.forward < 0))  # the caption's own, not the window's
            painter.drawText(QRectF(rect.left(), top, rect.width(), line_height), Qt.AlignmentFlag.AlignCenter, line)
            top += line_height
        painter.restore()

    def text_lines(self) -> list[str]:
        """The lines the pill shows: the whole caption, wrapped."""
        return list(caption_layout(self.connection.caption)[0])
