"""The analysis drawn over the map (View → Show Reach on Map): a reach badge on each card,
each stage shaded by the share of customers it loses, and its summary in the stage band.

The item only draws what it is given (texts already formatted in the interface's
language), so it knows nothing of how the figures are computed.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from .. import fonts

BADGE_HEIGHT = 17.0
BADGE_PAD = 5.0
SHADE = QColor("#7A8699")  # the darker a stage, the more customers never get there
MAX_SHADE_ALPHA = 70
BADGE_FILL = QColor("#1F3A5F")
BADGE_NONE = QColor("#C0392B")
SUMMARY_FILL = QColor(255, 255, 255, 225)


class ReachOverlayItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.setZValue(9.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()
        self._badges: list[tuple[QRectF, str, bool]] = []
        self._shades: list[tuple[QRectF, int]] = []
        self._summaries: list[tuple[QRectF, str]] = []

    def set_figures(
        self, layout, card_rects: dict, cards: dict[str, tuple[str, bool]], stages: dict[str, tuple[str, float]]
    ) -> None:
        """``cards``: id -> (badge text, reached at all); ``stages``: id -> (summary, share lost 0..1)."""
        self.prepareGeometryChange()
        metrics = QFontMetricsF(fonts.label_font())
        self._badges = []
        for card_id, (text, reached) in cards.items():
            rect = card_rects.get(card_id)
            if rect is None:
                continue
            width = metrics.horizontalAdvance(text) + 2 * BADGE_PAD
            x = rect.left() + 4 if layout.rtl else rect.right() - width - 4
            self._badges.append((QRectF(x, rect.top() - BADGE_HEIGHT / 2, width, BADGE_HEIGHT), text, reached))
        self._shades, self._summaries = [], []
        grid = layout.grid
        for stage_id, (text, lost) in stages.items():
            box = layout.stages.get(stage_id)
            if box is None:
                continue
            self._shades.append(
                (QRectF(box.x, grid.y, box.w, grid.h), round(MAX_SHADE_ALPHA * max(0.0, min(1.0, lost))))
            )
            width = min(box.w - 12, metrics.horizontalAdvance(text) + 2 * BADGE_PAD)
            self._summaries.append(
                (QRectF(box.x + (box.w - width) / 2, box.bottom - BADGE_HEIGHT - 3, width, BADGE_HEIGHT), text)
            )
        self._rect = QRectF(0, 0, layout.width, layout.height).adjusted(
            -BADGE_HEIGHT, -BADGE_HEIGHT, BADGE_HEIGHT, BADGE_HEIGHT
        )
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for rect, alpha in self._shades:
            if alpha:
                painter.setBrush(QColor(SHADE.red(), SHADE.green(), SHADE.blue(), alpha))
                painter.drawRect(rect)
        painter.setFont(fonts.label_font())
        for rect, text in self._summaries:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SUMMARY_FILL)
            painter.drawRoundedRect(rect, BADGE_HEIGHT / 2, BADGE_HEIGHT / 2)
            painter.setPen(QPen(QColor("#1F2933")))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        for rect, text, reached in self._badges:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BADGE_FILL if reached else BADGE_NONE)
            painter.drawRoundedRect(rect, BADGE_HEIGHT / 2, BADGE_HEIGHT / 2)
            painter.setPen(QPen(QColor("#FFFFFF")))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
