"""Headers of the grid: the stage band, step headers, lane headers, and the map title.

Headers are selectable (the inspector shows the stage, step or lane) and report
where their resize edge is; gestures on them are handled by the scene.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from ...model.kinds import LANE_KIND_COLORS
from .. import fonts, style
from ..detail import draw_text
from ..drawing_modes import ModesHanded
from ..icons import DIRECTIONAL_ICONS, draw_icon, lane_icon_path
from ..text_block import TextBlock

RESIZE_GRIP = 5.0  # how near the edge a press starts a resize


class TextBoxMixin:
    """A text item placed by the layout: a new size drops the cached text layout."""

    def set_box(self, x: float, y: float, w: float, h: float) -> None:
        if (w, h) != self._size:
            self.prepareGeometryChange()
            self._size = (w, h)
            self._block = None
        self.setPos(x, y)


class HeaderItem(ModesHanded, TextBoxMixin, QGraphicsItem):
    """Common ground of stage, step and lane headers: a box with a name."""

    Type = QGraphicsItem.UserType + 10
    part = "header"  # which part of the grid: "stage", "step" or "lane" (a lane's own kind is lane_kind)
    max_lines = 2
    _shown: QRectF | None = None  # while a paper page paints part of the header: that part (see paint_part)

    def __init__(self, model_id: str) -> None:
        super().__init__()
        self.model_id = model_id
        self.name = ""
        self.color = QColor(style.HEADER_BACKGROUND)
        self.rtl = False
        self._size = (1.0, 1.0)
        self._block: TextBlock | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(5)

    def type(self) -> int:
        return self.Type

    def font(self):
        return fonts.header_font()

    def text_width(self) -> float:
        return self._size[0] - 16

    def set_content(self, name: str, color: str, rtl: bool) -> None:
        if (name, QColor(color), rtl) != (self.name, self.color, self.rtl):
            self.name, self.color, self.rtl = name, QColor(color), rtl
            self._block = None
            self.update()


    def rect(self) -> QRectF:
        return QRectF(0, 0, *self._size)

    def boundingRect(self) -> QRectF:
        return self.rect().adjusted(-1, -1, 1, 1)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.rect())
        return path

    def block(self) -> TextBlock:
        if self._block is None:
            self._block = TextBlock(self.name, self.font(), self.text_width(), self.max_lines, self.rtl, center=True)
        return self._block

    def _exporting(self) -> bool:
        return self.modes.exporting

    def paint_selection(self, painter: QPainter) -> None:
        if self.isSelected() and not self._exporting():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(style.SELECTION), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))

    def paint_part(self, painter: QPainter, shown: QRectF) -> None:
        """Paint the header with its name in ``shown`` (item coordinates), the part of it a paper page
        holds: a long stage cut by the page's edge still says its name on the page. A part too small
        for the name goes without it (the neighbouring page has it) rather than show a cut word."""
        self._shown = shown
        try:
            self.paint(painter, None, None)
        finally:
            self._shown = None

    def name_area(self, rect: QRectF, width: float, height: float) -> QRectF | None:
        """Where the name goes: ``rect``, or the part of it shown on a page when the header is cut
        there; None when that part is narrower than ``width`` or lower than ``height``."""
        if self._shown is None or self._shown.contains(rect):
            return rect
        area = rect.intersected(self._shown)
        return area if area.width() >= width and area.height() >= height else None

    def draw_text_centered(self, painter: QPainter, rect: QRectF) -> None:
        block = self.block()
        area = self.name_area(rect, block.natural_width() + 16, block.height)
        if area is None:
            return
        painter.setPen(QColor(style.TEXT))
        y = area.top() + max(0.0, (area.height() - block.height) / 2)
        draw_text(painter, block, area.center().x() - block.width / 2, y, self._exporting())  # centred in its width

    def resize_edge_hit(self, local: QPointF) -> bool:
        """Whether a press at ``local`` grabs the edge that resizes this header's column or row."""
        return False

    def hoverMoveEvent(self, event) -> None:
        if self.resize_edge_hit(event.pos()):
            self.setCursor(self.resize_cursor())
        else:
            self.unsetCursor()

    def hoverLeaveEvent(self, event) -> None:
        self.unsetCursor()

    def resize_cursor(self):
        return Qt.CursorShape.ArrowCursor


class StageHeaderItem(HeaderItem):
    part = "stage"
    max_lines = 1

    def font(self):
        return fonts.stage_font()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        rect = self.rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.color)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
        painter.drawRect(rect.adjusted(1, rect.height() / 2, -1, 0))
        self.draw_text_centered(painter, rect)
        self.paint_selection(painter)


class StepHeaderItem(HeaderItem):
    part = "step"
    max_lines = 2

    def font(self):
        return fonts.step_font()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        rect = self.rect()
        painter.setPen(Qt.PenStyle.NoPen)
        tint = QColor(self.color)
        tint.setAlpha(90)
        painter.setBrush(QColor(style.STEP_HEADER_BACKGROUND))
        painter.drawRect(rect.adjusted(1, 0, -1, 0))
        painter.setBrush(tint)
        painter.drawRect(rect.adjusted(1, 0, -1, 0))
        painter.setPen(QPen(QColor(style.HEADER_BORDER), 1))
        painter.drawLine(rect.bottomLeft() + QPointF(1, -0.5), rect.bottomRight() + QPointF(-1, -0.5))
        self.draw_text_centered(painter, rect)
        self.paint_selection(painter)

    def resize_edge_hit(self, local: QPointF) -> bool:
        edge = 0.0 if self.rtl else self._size[0]
        return abs(local.x() - edge) <= RESIZE_GRIP

    def resize_cursor(self):
        return Qt.CursorShape.SizeHorCursor


class LaneHeaderItem(HeaderItem):
    part = "lane"
    max_lines = 3
    ICON = 20.0
    STRIPE = 4.0

    def __init__(self, model_id: str) -> None:
        super().__init__(model_id)
        self.lane_kind = "custom"

    def set_lane_kind(self, kind: str) -> None:
        if kind != self.lane_kind:
            self.lane_kind = kind
            self.update()

    def text_width(self) -> float:
        return self._size[0] - self.ICON - 34

    def block(self) -> TextBlock:
        if self._block is None:
            self._block = TextBlock(self.name, self.font(), self.text_width(), self.max_lines, self.rtl)
        return self._block

    def paint(self, painter: QPainter, option, widget=None) -> None:
        rect = self.rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.HEADER_BACKGROUND))
        painter.drawRect(rect.adjusted(0, 0.5, 0, -0.5))
        stripe_color = self.color
        if not stripe_color.isValid():
            stripe_color = QColor(LANE_KIND_COLORS.get(self.lane_kind, style.FALLBACK_LANE))
        painter.setBrush(stripe_color)
        stripe_x = 0.0 if self.rtl else rect.width() - self.STRIPE
        painter.drawRect(QRectF(stripe_x, 1, self.STRIPE, rect.height() - 2))
        block = self.block()
        tall = max(block.height, self.ICON)
        area = self.name_area(rect, 0.0, tall + 16)
        if area is None:  # a sliver of the lane on a page: the name is on the page that holds more of it
            self._paint_edge(painter, rect)
            return
        top = area.top() + max(8.0, (area.height() - tall) / 2)
        icon_x = rect.width() - 12 - self.ICON if self.rtl else 12.0
        icon_rect = QRectF(icon_x, top, self.ICON, self.ICON)
        mirrored = self.rtl and self.lane_kind in DIRECTIONAL_ICONS
        draw_icon(painter, lane_icon_path(self.lane_kind), icon_rect, QColor(style.ICON), mirrored=mirrored)
        text_x = icon_x - 10 - block.width if self.rtl else icon_x + self.ICON + 10
        text_top = top + max(0.0, (self.ICON - block.height) / 2) if block.line_count() == 1 else top
        painter.setPen(QColor(style.TEXT))
        draw_text(painter, block, text_x, text_top, self._exporting())
        self._paint_edge(painter, rect)

    def _paint_edge(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(QColor(style.GRID_LINE), 1))
        painter.drawLine(QPointF(0, rect.height() - 0.5), QPointF(rect.width(), rect.height() - 0.5))
        self.paint_selection(painter)

    def resize_edge_hit(self, local: QPointF) -> bool:
        return abs(local.y() - self._size[1]) <= RESIZE_GRIP

    def resize_cursor(self):
        return Qt.CursorShape.SizeVerCursor


class TitleItem(ModesHanded, TextBoxMixin, QGraphicsItem):
    """The map's title, above everything, at the reading start of the map."""

    def __init__(self) -> None:
        super().__init__()
        self._size = (1.0, 1.0)
        self._block: TextBlock | None = None
        self.text = ""
        self.rtl = False
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_title(self, text: str, rtl: bool) -> None:
        if (text, rtl) != (self.text, self.rtl):
            self.text, self.rtl = text, rtl
            self._block = None
            self.update()


    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, *self._size)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._block is None:
            self._block = TextBlock(self.text, fonts.title_font(), self._size[0], 1, self.rtl)
        painter.setPen(QColor(style.TITLE_TEXT))
        exporting = self.modes.exporting
        draw_text(painter, self._block, 0, max(0.0, (self._size[1] - self._block.height) / 2), exporting)
