"""The analysis drawn over the map (View → Show Reach on Map): a reach badge on each card,
each stage shaded by the share of customers it loses, and its summary in the stage band.

The shading lies under the cards; the badges, a second item, over the cards and captions.
The items only draw what they are given (texts already formatted in the interface's
language), so it knows nothing of how the figures are computed.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from .. import fonts
from ..line_sink import draw_centered_text

BADGE_HEIGHT = 17.0
BADGE_PAD = 5.0
SHADE = QColor("#7A8699")  # the darker a stage, the more customers never get there
MIN_SHADE_ALPHA = 18  # any loss at all shows
MAX_SHADE_ALPHA = 120
BADGE_FILL = QColor("#1F3A5F")
BADGE_NONE = QColor("#C0392B")
SUMMARY_FILL = QColor(255, 255, 255, 240)
SUMMARY_BORDER = QColor("#9AA5B1")


def shade_alpha(lost: float) -> int:
    """How dark a stage is for the share of customers who never reach it (0 when nobody is lost)."""
    if lost < 0.005:
        return 0
    return round(MIN_SHADE_ALPHA + (MAX_SHADE_ALPHA - MIN_SHADE_ALPHA) * min(1.0, lost))


class ReachBadgesItem(QGraphicsItem):
    """The reach badges, above the cards and the connection captions."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(16)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.rect = QRectF()
        self.badges: list[tuple[QRectF, str, bool]] = []

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(fonts.label_font())
        for rect, text, reached in self.badges:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BADGE_FILL if reached else BADGE_NONE)
            painter.drawRoundedRect(rect, BADGE_HEIGHT / 2, BADGE_HEIGHT / 2)
            painter.setPen(QPen(QColor("#FFFFFF")))
            draw_centered_text(painter, rect, text)


class ReachOverlayItem(QGraphicsItem):
    """The stage shading and summaries; ``badges`` is its companion item for the cards."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(9.4)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()
        self.badges = ReachBadgesItem()
        self._shades: list[tuple[QRectF, int]] = []
        self._summaries: list[tuple[QRectF, str]] = []

    def add_to(self, scene) -> None:
        for item in (self, self.badges):
            if item.scene() is not scene:
                scene.addItem(item)

    def show_on_map(self, visible: bool) -> None:
        self.setVisible(visible)
        self.badges.setVisible(visible)

    def set_figures(
        self, layout, card_rects: dict, cards: dict[str, tuple[str, bool]], stages: dict[str, tuple[str, float]]
    ) -> None:
        """``cards``: id -> (badge text, reached at all); ``stages``: id -> (summary, share lost 0..1)."""
        self.prepareGeometryChange()
        self.badges.prepareGeometryChange()
        metrics = QFontMetricsF(fonts.label_font())
        self.badges.badges = []
        for card_id, (text, reached) in cards.items():
            rect = card_rects.get(card_id)
            if rect is None:
                continue
            width = metrics.horizontalAdvance(text) + 2 * BADGE_PAD
            x = rect.left() + 4 if layout.rtl else rect.right() - width - 4
            self.badges.badges.append((QRectF(x, rect.top() - BADGE_HEIGHT / 2, width, BADGE_HEIGHT), text, reached))
        self._shades, self._summaries = [], []
        grid = layout.grid
        for stage_id, (text, lost) in stages.items():
            box = layout.stages.get(stage_id)
            if box is None:
                continue
            self._shades.append((QRectF(box.x, grid.y, box.w, grid.h), shade_alpha(lost)))
            width = min(box.w - 12, metrics.horizontalAdvance(text) + 2 * BADGE_PAD)
            # on the band's lower edge at the stage's end, clear of the stage and step names
            x = box.x + 6 if layout.rtl else box.right - width - 6
            self._summaries.append((QRectF(x, box.bottom - BADGE_HEIGHT / 2, width, BADGE_HEIGHT), text))
        self._rect = QRectF(0, 0, layout.width, layout.height).adjusted(
            -BADGE_HEIGHT, -BADGE_HEIGHT, BADGE_HEIGHT, BADGE_HEIGHT
        )
        self.badges.rect = self._rect
        self.update()
        self.badges.update()

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
            painter.setPen(QPen(SUMMARY_BORDER, 1))
            painter.setBrush(SUMMARY_FILL)
            painter.drawRoundedRect(rect, BADGE_HEIGHT / 2, BADGE_HEIGHT / 2)
            painter.setPen(QPen(QColor("#1F2933")))
            draw_centered_text(painter, rect, text)
