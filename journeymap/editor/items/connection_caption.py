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
_LABEL_SIZES: dict[str, tuple[float, float]] = {}


def label_font():
    global _LABEL_FONT
    if _LABEL_FONT is None:
        _LABEL_FONT = fonts.label_font()
    return _LABEL_FONT


def label_size(caption: str) -> tuple[float, float]:
    """Width and height of a caption's pill (cached: many connections share captions)."""
    size = _LABEL_SIZES.get(caption)
    if size is None:
        metrics = QFontMetricsF(label_font())
        size = (min(metrics.horizontalAdvance(caption) + 12, 160.0), metrics.height() + 4)
        if len(_LABEL_SIZES) < 50000:
            _LABEL_SIZES[caption] = size
    return size


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
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        if simplified(painter, exporting):
            return  # the overview: the pill alone, its text would be a smudge
        painter.setFont(label_font())
        painter.setPen(QColor(style.TEXT_MUTED))
        metrics = QFontMetricsF(label_font())
        text = metrics.elidedText(conn.caption, Qt.TextElideMode.ElideRight, rect.width() - 10)
        painter.save()
        painter.setLayoutDirection(qt_direction(text, conn.forward < 0))  # the caption's own, not the window's
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
