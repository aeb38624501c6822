"""The grid behind the cards: faint lane bands, light cell lines, stronger stage borders.

One item for the whole grid: a few hundred lines are cheaper to draw from one
item than to keep as hundreds of items in the scene's index.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from ...model.kinds import EMOTION_MAX, EMOTION_MIN
from .. import fonts, style
from ..drawing_modes import ModesHanded
from ..layout import MapLayout
from .emotion import SCALE_MARGIN, SCALE_WIDTH, score_y


class GridItem(ModesHanded, QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._rect = QRectF()
        self._bands: list[QRectF] = []
        self._cell_lines: list[QLineF] = []
        self._stage_lines: list[QLineF] = []
        self._drop_target: QRectF | None = None
        self._scale: list[tuple[QRectF, str]] = []
        self._focus_cell: QRectF | None = None

    def set_layout(self, layout: MapLayout, stage_first_steps: set[str]) -> None:
        self.prepareGeometryChange()
        grid = layout.grid
        self._rect = QRectF(grid.x, grid.y, grid.w, grid.h)
        self._bands = []
        self._cell_lines = []
        self._stage_lines = []
        for index, lane_id in enumerate(layout.lane_order):
            row = layout.rows[lane_id]
            if index % 2 == 1:
                self._bands.append(QRectF(row.x, row.y, row.w, row.h))
            self._cell_lines.append(QLineF(row.x, row.bottom, row.right, row.bottom))
        for step_id in layout.step_order:
            column = layout.columns[step_id]
            leading = column.right if layout.rtl else column.x
            line = QLineF(leading, column.y, leading, column.bottom)
            (self._stage_lines if step_id in stage_first_steps else self._cell_lines).append(line)
        trailing = grid.x if layout.rtl else grid.right
        self._stage_lines.append(QLineF(trailing, grid.y, trailing, grid.bottom))
        self._scale = self._emotion_scale(layout)
        self.update()

    @staticmethod
    def _emotion_scale(layout: MapLayout) -> list[tuple[QRectF, str]]:
        """'+2', '0', '-2' beside the start of the emotion lane, so the curve can be read."""
        if layout.emotion_lane is None:
            return []
        row = layout.rows[layout.emotion_lane]
        width = SCALE_WIDTH
        x = row.right - width - SCALE_MARGIN if layout.rtl else row.x + SCALE_MARGIN
        marks = []
        for score in (EMOTION_MAX, 0, EMOTION_MIN):
            y = score_y(row.y, row.bottom, score)
            # ASCII minus: the bundled fonts have no U+2212. The left-to-right mark keeps the sign
            # before the digit in a right-to-left map, on the canvas and in an SVG's <text>.
            text = "\u200e" + (f"+{score}" if score > 0 else str(score))
            marks.append((QRectF(x, y - 8, width, 16), text))
        return marks

    def set_drop_target(self, rect: QRectF | None) -> None:
        if rect != self._drop_target:
            self._drop_target = rect
            self.update()

    def set_focus_cell(self, rect: QRectF | None) -> None:
        """Frame the cell where paste and keyboard entry go."""
        if rect != self._focus_cell:
            self._focus_cell = rect
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.GRID_BAND))
        for band in self._bands:
            painter.drawRect(band)
        painter.setPen(QPen(QColor(style.GRID_LINE), 1))
        painter.drawLines(self._cell_lines)
        painter.setPen(QPen(QColor(style.HEADER_BORDER), 1.5))
        painter.drawLines(self._stage_lines)
        if self._scale:
            painter.setFont(fonts.label_font())
            painter.setPen(QColor(style.TEXT_MUTED))
            painter.save()
            painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # numbers, whatever the window's
            for rect, text in self._scale:
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            painter.restore()
        if self.modes.exporting:
            return
        if self._focus_cell is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(style.FOCUS_FRAME), 1.5))
            painter.drawRect(self._focus_cell.adjusted(1.5, 1.5, -1.5, -1.5))
        if self._drop_target is not None:
            painter.setBrush(style.qcolor(style.DROP_TARGET))
            painter.setPen(QPen(QColor(style.DROP_TARGET_BORDER), 1.5, Qt.PenStyle.DashLine))
            painter.drawRect(self._drop_target.adjusted(2, 2, -2, -2))
