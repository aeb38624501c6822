"""A card drawn as a sticky note: rounded, a soft shadow, wrapped title, a row of badges.

The title is wrapped once (``CardText``) and cached by text and width, so the layout's
height measurement and the painting share one QTextLayout.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem

from ...model import Card
from .. import fonts, style
from ..detail import simplified
from ..drawing_modes import ModesHanded
from ..icons import draw_face, draw_icon, lane_icon_path
from ..kpi_text import card_tooltip, kpi_line
from ..text_block import TextBlock

KPI_GAP = 4.0        # between the title and the KPI line
KPI_MAX_LINES = 2    # a longer KPI line is elided on the card; the tooltip has every figure


def has_badges(card: Card, kind: str) -> bool:
    return card.emotion is not None or card.moment_of_truth or bool(card.kpis) or bool(card.personas) or (
        kind == "friction"
    )


@lru_cache(maxsize=512)
def shared_color(text: str) -> QColor:
    """One QColor per colour name, shared by every card that shows it (never changed in place)."""
    return QColor(text)


Box = tuple[float, float, float, float]  # x, y, w, h

_CARD_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_OVERVIEW_BORDER = QPen(style.qcolor(style.CARD_BORDER), 0)  # cosmetic: one pixel at any zoom
_NO_PEN = QPen(Qt.PenStyle.NoPen)
_OVERVIEW_TEXT = style.qcolor(style.OVERVIEW_TEXT)


class CardTextCache:
    """Wrapped titles keyed by (text, width, direction): shared by measuring and painting."""

    def __init__(self) -> None:
        self._blocks: dict[tuple[str, float, bool], TextBlock] = {}
        self._kpi_blocks: dict[tuple[str, float, bool], TextBlock] = {}
        self._font = fonts.card_font()

    def block(self, text: str, width: float, rtl: bool) -> TextBlock:
        key = (text, width, rtl)
        block = self._blocks.get(key)
        if block is None:
            if len(self._blocks) > 20000:
                self._blocks.clear()
            inner = width - 2 * style.CARD_PADDING_X
            block = TextBlock(text, self._font, inner, style.CARD_MAX_TITLE_LINES, rtl=rtl)
            self._blocks[key] = block
        return block

    def kpi_block(self, card: Card, width: float, rtl: bool) -> TextBlock | None:
        """The card's KPI line, wrapped in the label font (None without KPIs)."""
        if not card.kpis:
            return None
        text = kpi_line(card)
        key = (text, width, rtl)
        block = self._kpi_blocks.get(key)
        if block is None:
            if len(self._kpi_blocks) > 20000:
                self._kpi_blocks.clear()
            inner = width - 2 * style.CARD_PADDING_X
            block = TextBlock(text, fonts.label_font(), inner, KPI_MAX_LINES, rtl=rtl)
            self._kpi_blocks[key] = block
        return block

    def card_height(self, card: Card, kind: str, width: float, rtl: bool) -> float:
        height = 2 * style.CARD_PADDING_Y + self.block(card.title, width, rtl).height
        kpis = self.kpi_block(card, width, rtl)
        if kpis is not None:
            height += KPI_GAP + kpis.height
        if has_badges(card, kind):
            height += style.BADGE_ROW_GAP + style.BADGE_SIZE
        return max(style.CARD_MIN_HEIGHT, height)


class CardItem(ModesHanded, QGraphicsRectItem):
    """One card. Its position and size come from the layout; its look from the card.

    A rectangle item whose rectangle is the card's painted bounds (card, shadow and
    selection ring) and whose own pen and brush are empty: Qt then answers its many
    ``boundingRect`` questions (index updates, every repaint) in C++. As a Python
    override that was about 200 calls into Python on each step of dragging 20 cards.
    ``rect()`` is the card itself, without the margins.
    """

    Type = QGraphicsItem.UserType + 1

    def __init__(self, card: Card, kind: str, color: str, texts: CardTextCache, rtl: bool, persona_colors) -> None:
        super().__init__()
        self.setPen(_NO_PEN)
        self.card_id = card.id
        self.setFlags(_CARD_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(_DEVICE_CACHE)
        self.setZValue(10)
        self._texts = texts
        self._hover = False
        self._overview_mode = False
        self._no_contents = False
        self.dragging = False  # set by the scene while a gesture drags this card
        self._box = (0.0, 0.0, 0.0, 0.0)  # x, y, w, h as the layout last placed it
        self._set_size(style.DEFAULT_STEP_WIDTH - 2 * style.CELL_PADDING_X, style.CARD_MIN_HEIGHT)
        self.connections: set = set()  # ConnectionItems ending here, kept by the scene
        self.set_card(card, kind, color, rtl, persona_colors)

    def type(self) -> int:
        return self.Type

    # ------------------------------------------------------------- state from the scene
    def set_card(self, card: Card, kind: str, color: str, rtl: bool, persona_colors) -> None:
        self.card = card
        self.kind = kind
        self.color = shared_color(color)
        self.rtl = rtl
        self.persona_colors = [shared_color(persona_colors.get(p, "#9AA5B1")) for p in card.personas]
        self._overview = None
        self.setToolTip(card_tooltip(card))
        if self.scene() is not None:
            self.update()

    def box(self) -> tuple[float, float, float, float]:
        """(x, y, w, h) where the layout last put this card (a drag moves it without changing this)."""
        return self._box

    def set_box(self, x: float, y: float, w: float, h: float) -> None:
        if (w, h) != self._size:
            self._set_size(w, h)
        if (x, y) != (self.x(), self.y()):
            self.setPos(x, y)
        self._box = (x, y, w, h)

    def _set_size(self, w: float, h: float) -> None:
        """Keep the card's rectangle ready-made, and give Qt its bounds (setRect tells the index)."""
        self._size = (w, h)
        self._overview = None
        self._rect = QRectF(0, 0, w, h)
        grow = 3.0
        self.setRect(self._rect.adjusted(-grow, -grow, grow + style.SHADOW_OFFSET, grow + style.SHADOW_OFFSET))

    def width(self) -> float:
        return self._size[0]

    def height(self) -> float:
        return self._size[1]

    def rect(self) -> QRectF:
        return QRectF(self._rect)

    def scene_rect(self) -> QRectF:
        return QRectF(self.x(), self.y(), self._size[0], self._size[1])

    # ------------------------------------------------------------- painting
    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.rect(), style.CARD_RADIUS, style.CARD_RADIUS)
        return path

    def _exporting(self) -> bool:
        return self.modes.exporting

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        exporting = self._exporting()
        if simplified(painter, exporting):
            self._paint_overview(painter)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect()
        radius = style.CARD_RADIUS
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.qcolor(style.CARD_SHADOW))
        painter.drawRoundedRect(rect.translated(0, style.SHADOW_OFFSET), radius, radius)
        painter.setBrush(QBrush(self.color))
        painter.setPen(QPen(style.qcolor(style.CARD_BORDER), 1))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.setPen(QColor(style.TEXT))
        block = self._texts.block(self.card.title, rect.width(), self.rtl)
        block.draw(painter, style.CARD_PADDING_X, style.CARD_PADDING_Y)
        kpis = self._texts.kpi_block(self.card, rect.width(), self.rtl)
        if kpis is not None:
            painter.setPen(QColor(style.TEXT_MUTED))
            kpis.draw(painter, style.CARD_PADDING_X, style.CARD_PADDING_Y + block.height + KPI_GAP)
        if has_badges(self.card, self.kind):
            self._paint_badges(painter, rect)
        if not exporting:
            self._paint_state(painter, rect)

    def _paint_overview(self, painter: QPainter) -> None:
        """The card zoomed far out: its colour, its title's lines as bars, its badges as squares.

        Only a live card (hovered, selected or dragged) draws this itself: all resting cards
        are drawn at once by the scene's MapOverviewItem, from the same shapes.
        """
        rect = self._rect
        painter.setPen(_OVERVIEW_BORDER)
        painter.setBrush(self.color)
        painter.drawRect(rect)
        bars, badges = self.overview_shapes()
        fill = painter.fillRect
        for x, y, w, h in bars:
            fill(QRectF(x, y, w, h), _OVERVIEW_TEXT)
        for (x, y, w, h), color in badges:
            fill(QRectF(x, y, w, h), color)
        if self._hover or self.isSelected():
            self._paint_state(painter, rect)

    def overview_shapes(self) -> tuple[list[Box], list[tuple[Box, QColor]]]:
        """The title's bars and the badges' squares as (x, y, w, h) in the card, worked out once per look and size."""
        shapes = self._overview
        if shapes is None:
            block = self._texts.block(self.card.title, self._size[0], self.rtl)
            x0, y0 = style.CARD_PADDING_X, style.CARD_PADDING_Y
            bars = [(x0 + x, y0 + y + h * 0.2, w, h * 0.6) for x, y, w, h in block.line_boxes()]
            badges = []
            if has_badges(self.card, self.kind):
                w, h = self._size
                size = style.BADGE_SIZE
                step = -(size + 5) if self.rtl else size + 5
                x = w - style.CARD_PADDING_X - size if self.rtl else style.CARD_PADDING_X
                y = h - style.CARD_PADDING_Y - size + 3
                badges = [((x + i * step + 3, y, size - 6, size - 6), c) for i, c in enumerate(self._badge_colors())]
            shapes = self._overview = (bars, badges)
        return shapes

    # ------------------------------------------------------------- zoomed far out
    def set_overview_mode(self, on: bool, repaint: bool = True) -> None:
        """Far out, the scene's overview item draws this card; hovered, selected or dragged, the card
        draws itself too, on top (with its outline, or where the drag has taken it)."""
        self._overview_mode = on
        self.sync_contents(repaint)

    def sync_contents(self, repaint: bool = True) -> None:
        empty = self._overview_mode and not (self._hover or self.dragging or self.isSelected())
        if empty != self._no_contents:
            self._no_contents = empty
            self.setFlag(_NO_CONTENTS, empty)
            if repaint:
                self.update()

    def _badge_colors(self) -> list[QColor]:
        """The colour of each badge, in the order _paint_badges draws them (personas last)."""
        card = self.card
        colors = []
        if card.emotion is not None:
            colors.append(QColor(style.EMOTION_FACE.get(card.emotion, style.EMOTION_FACE[0])))
        if card.moment_of_truth:
            colors.append(QColor(style.MOMENT_OF_TRUTH))
        if self.kind == "friction":
            colors.append(QColor(style.FRICTION_BADGE))
        if card.kpis:
            colors.append(QColor(style.KPI_BADGE))
        return colors + self.persona_colors[:5]

    def _paint_state(self, painter: QPainter, rect: QRectF) -> None:
        if self.isSelected():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(style.SELECTION), 2))
            painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), style.CARD_RADIUS + 1, style.CARD_RADIUS + 1)
        elif self._hover:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(style.qcolor(style.HOVER), 1.5))
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), style.CARD_RADIUS, style.CARD_RADIUS)

    def _badge_slots(self, rect: QRectF):
        """Yield successive badge rects along the bottom row, from the reading start."""
        size = style.BADGE_SIZE
        y = rect.bottom() - style.CARD_PADDING_Y - size
        step = size + 5
        x = rect.right() - style.CARD_PADDING_X - size if self.rtl else rect.left() + style.CARD_PADDING_X
        while True:
            yield QRectF(x, y, size, size)
            x += -step if self.rtl else step

    def _paint_badges(self, painter: QPainter, rect: QRectF) -> None:
        slots = self._badge_slots(rect)
        card = self.card
        if card.emotion is not None:
            self._paint_face(painter, next(slots), card.emotion)
        if card.moment_of_truth:
            self._paint_star(painter, next(slots))
        if self.kind == "friction":
            draw_icon(painter, lane_icon_path("friction"), next(slots), QColor(style.FRICTION_BADGE), 1.4)
        if card.kpis:
            self._paint_kpi(painter, next(slots), len(card.kpis))
        self._paint_personas(painter, rect)

    def _paint_face(self, painter: QPainter, box: QRectF, score: int) -> None:
        draw_face(painter, box, score, QColor(style.EMOTION_FACE.get(score, style.EMOTION_FACE[0])))

    def _paint_star(self, painter: QPainter, box: QRectF) -> None:
        painter.save()
        painter.translate(box.topLeft())
        painter.scale(box.width() / 24.0, box.height() / 24.0)
        painter.setBrush(QColor(style.MOMENT_OF_TRUTH))
        painter.setPen(QPen(QColor(style.MOMENT_OF_TRUTH_BORDER), 1.2))
        painter.drawPath(lane_icon_path("loyalty"))
        painter.restore()

    def _paint_kpi(self, painter: QPainter, box: QRectF, count: int) -> None:
        paint_kpi_badge(painter, box, count, self.rtl)

    def _paint_personas(self, painter: QPainter, rect: QRectF) -> None:
        if not self.persona_colors:
            return
        size = 8.0
        y = rect.bottom() - style.CARD_PADDING_Y - style.BADGE_SIZE / 2 - size / 2
        painter.save()
        painter.setPen(QPen(QColor(style.ON_BADGE), 1))
        for index, color in enumerate(self.persona_colors[:5]):
            offset = style.CARD_PADDING_X + size + index * (size - 2)
            x = rect.left() + offset - size if self.rtl else rect.right() - offset
            painter.setBrush(color)
            painter.drawEllipse(QRectF(x, y, size, size))
        painter.restore()

    # ------------------------------------------------------------- hover
    def hoverEnterEvent(self, event) -> None:
        self._hover = True
        self._sync_handle()
        self.sync_contents()
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        self._sync_handle()
        self.sync_contents()
        self.update()

    def sync_handle(self) -> None:
        """Selection changed (told by the scene): show or hide the connection handle."""
        self._sync_handle()

    def _sync_handle(self) -> None:
        scene = self.scene()
        if scene is not None and hasattr(scene, "card_hover_changed"):
            scene.card_hover_changed(self, self._hover or self.isSelected())

    # ------------------------------------------------------------- Shift acts like Ctrl
    def mousePressEvent(self, event) -> None:
        _shift_as_control(event)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        _shift_as_control(event)
        super().mouseReleaseEvent(event)


def paint_kpi_badge(painter: QPainter, box: QRectF, count: int, rtl: bool) -> None:
    """A pill with a small bar chart and the number of KPIs (on cards, and in the legend)."""
    painter.save()
    pill = QRectF(box.x(), box.y() + 1, box.width() + 12, box.height() - 2)
    if rtl:
        pill.moveRight(box.right())
    painter.setBrush(QColor(style.KPI_BADGE))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
    painter.setBrush(QColor(style.ON_BADGE))
    base = pill.bottom() - 4
    chart_x = pill.right() - 14 if rtl else pill.left() + 6  # the chart leads, in reading order
    for index, height in enumerate((4.0, 7.0, 5.5)):
        painter.drawRect(QRectF(chart_x + index * 3, base - height, 2, height))
    painter.setPen(QColor(style.ON_BADGE))
    painter.setFont(fonts.label_font())
    text_box = pill.adjusted(3, 0, -14, 0) if rtl else pill.adjusted(14, 0, -3, 0)
    painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, f"{count}")
    painter.restore()


def _shift_as_control(event) -> None:
    if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
        event.setModifiers(event.modifiers() | Qt.KeyboardModifier.ControlModifier)
