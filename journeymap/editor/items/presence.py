"""The other people of a live session on the canvas: their selection outlined in their colour.

A card someone is typing in carries a tag "Dana is editing" in Dana's colour; a card
someone has selected is outlined in their colour, with their name. One item draws
every outline, above the cards and below the handles; it takes no mouse input.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

OUTLINE_WIDTH = 3.0
GAP = 4.0  # between a card and the outline, so the card's own selection frame stays visible
TAG_PADDING = 4.0


@dataclass(frozen=True)
class PresenceMark:
    rect: QRectF  # the card's rectangle in scene coordinates
    color: QColor
    label: str
    rank: int  # the second person on one card draws a little further out


class PresenceItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.setZValue(25)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._marks: list[PresenceMark] = []
        self._bounds = QRectF()
        self._font = QFont()
        self._font.setPointSizeF(8.5)
        self._font.setBold(True)

    def set_people(self, people: list[dict], card_rect) -> None:
        """``people``: the session's others; ``card_rect(card_id)`` gives a card's rectangle or None."""
        marks: list[PresenceMark] = []
        per_card: dict[str, int] = {}
        for person in people:
            color = QColor(person["color"])
            if not color.isValid():
                color = QColor("#888888")
            for card_id in dict.fromkeys([*person["selection"], *([person["editing"]] if person["editing"] else [])]):
                rect = card_rect(card_id)
                if rect is None:
                    continue
                label = (
                    QCoreApplication.translate("live", "%1 is editing").replace("%1", person["name"])
                    if card_id == person["editing"]
                    else person["name"]
                )
                rank = per_card.get(card_id, 0)
                per_card[card_id] = rank + 1
                marks.append(PresenceMark(QRectF(rect), color, label, rank))
        self.prepareGeometryChange()
        self._marks = marks
        bounds = QRectF()
        for mark in marks:
            bounds = bounds.united(self._outline(mark).adjusted(-4, -24, 4, 4))
        self._bounds = bounds
        self.update()

    def marks(self) -> list[PresenceMark]:
        return list(self._marks)

    def _outline(self, mark: PresenceMark) -> QRectF:
        grow = GAP + mark.rank * (OUTLINE_WIDTH + 2)
        return mark.rect.adjusted(-grow, -grow, grow, grow)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        metrics = QFontMetricsF(self._font)
        painter.setFont(self._font)
        for mark in self._marks:
            outline = self._outline(mark)
            pen = QPen(mark.color, OUTLINE_WIDTH)
            pen.setCosmetic(True)  # as thick on the screen at any zoom: seen from across the room
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(outline, 6, 6)
            width = metrics.horizontalAdvance(mark.label) + 2 * TAG_PADDING + 4  # room for either direction
            height = metrics.height() + 2
            tag = QRectF(outline.left() + 6 + mark.rank * 8, outline.top() - height + 1, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark.color)
            painter.drawRoundedRect(tag, 3, 3)
            painter.setPen(_text_color(mark.color))
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, mark.label)


def _text_color(background: QColor) -> QColor:
    """White on dark colours, near-black on light ones."""
    luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF()
    return QColor("#1B1B1B") if luminance > 0.6 else QColor("#FFFFFF")



