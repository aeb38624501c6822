"""Toolbar and menu icons, drawn in code as simple line glyphs.

Drawn rather than taken from an icon theme because most Linux desktops, Windows
and the offscreen platform have no theme with these names, and an empty toolbar
button looks broken. Every glyph is drawn on a 24-unit grid in one stroke style.

Icons are painted when Qt first asks for them, at the size and pixel ratio it asks for
(``_PaintedIconEngine``): a window holds some 70 icons, most in menus never opened, and
painting all of them in every size up front was a tenth of opening the editor.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QApplication, QStyleOption

from ..editor.icons import DIRECTIONAL_ICONS, draw_icon, lane_icon_path

INK = QColor("#37474F")
ACCENT = QColor("#1E88E5")
SIZES = (16, 20, 24, 32, 48)

DISABLED_INK = QColor("#9AA5AB")

_cache: dict[str, QIcon] = {}

# paint(painter, disabled) draws on a square of ``base`` units, already scaled to the pixmap
IconPainter = Callable[[QPainter, bool], None]


class _PaintedIconEngine(QIconEngine):
    """Paints an icon on first request, at the requested size and pixel ratio, and keeps it."""

    def __init__(self, paint: IconPainter, base: float, sizes: tuple[int, ...], style_disabled: bool) -> None:
        super().__init__()
        self._paint = paint
        self._base = base
        self._sizes = sizes
        self._style_disabled = style_disabled  # dim the normal look as Qt dims any icon
        self._pixmaps: dict[tuple[int, int, bool, float], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _PaintedIconEngine(self._paint, self._base, self._sizes, self._style_disabled)

    def availableSizes(self, mode=QIcon.Mode.Normal, state=QIcon.State.Off) -> list[QSize]:  # noqa: N802 - Qt's name
        return [QSize(size, size) for size in self._sizes]

    def actualSize(self, size: QSize, mode, state) -> QSize:  # noqa: N802 - Qt's name
        side = min(size.width(), size.height())
        return QSize(side, side)

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode, state, scale: float) -> QPixmap:  # noqa: N802 - Qt's name
        side = min(size.width(), size.height())
        disabled = mode == QIcon.Mode.Disabled
        key = (side, side, disabled, scale)
        pixmap = self._pixmaps.get(key)
        if pixmap is None and disabled and self._style_disabled:
            normal = self.scaledPixmap(size, QIcon.Mode.Normal, state, scale)
            pixmap = QApplication.style().generatedIconPixmap(QIcon.Mode.Disabled, normal, QStyleOption())
            pixmap.setDevicePixelRatio(scale)
            self._pixmaps[key] = pixmap
        if pixmap is None:
            pixmap = QPixmap(max(1, round(side * scale)), max(1, round(side * scale)))
            pixmap.setDevicePixelRatio(scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.scale(side / self._base, side / self._base)
            self._paint(painter, disabled)
            painter.end()
            self._pixmaps[key] = pixmap
        return pixmap

    def paint(self, painter: QPainter, rect, mode, state) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))


def _lazy_icon(paint: IconPainter, base: float, sizes: tuple[int, ...], style_disabled: bool = False) -> QIcon:
    return QIcon(_PaintedIconEngine(paint, base, sizes, style_disabled))


def icon(name: str) -> QIcon:
    """The icon called ``name`` (see ``_GLYPHS``), cached."""
    if name not in _cache:
        glyph = _GLYPHS[name]
        _cache[name] = _lazy_icon(lambda painter, disabled: _stroke(painter, glyph, disabled), 24.0, SIZES)
    return _cache[name]


def painted_icon(size: int, draw: Callable[[QPainter], None]) -> QIcon:
    """An icon for any pixel density: ``draw`` paints on an antialiased ``size``-point square.

    Disabled, it is dimmed the way Qt dims any icon (the style's generated pixmap).
    """
    return _lazy_icon(lambda painter, _disabled: draw(painter), float(size), (size,), style_disabled=True)


def swatch_icon(color: str, size: int = 20, rounded: bool = True) -> QIcon:
    """A filled rounded square in ``color`` with a thin darker border (palette and persona lists)."""

    def draw(painter: QPainter) -> None:
        fill = QColor(color)
        painter.setPen(QPen(fill.darker(135), 1))
        painter.setBrush(fill)
        radius = 4 if rounded else size / 2
        painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), radius, radius)

    return painted_icon(size, draw)


def kind_icon(glyph_kind: str, color: str, size: int = 26) -> QIcon:
    """A rounded swatch in the kind's colour with the lane glyph drawn on it.

    Glyphs that point along the timeline point left in a right-to-left interface, as on the map.
    """
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return _kind_icon(glyph_kind, color, size, rtl and glyph_kind in DIRECTIONAL_ICONS)


@lru_cache(maxsize=256)
def _kind_icon(glyph_kind: str, color: str, size: int, mirrored: bool) -> QIcon:
    def draw(painter: QPainter) -> None:
        fill = QColor(color)
        painter.setPen(QPen(fill.darker(130), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 5, 5)
        inset = size * 0.2
        draw_icon(painter, lane_icon_path(glyph_kind), QRectF(inset, inset, size - 2 * inset, size - 2 * inset),
                  QColor("#33414E"), 1.7, mirrored)

    return painted_icon(size, draw)


def _stroke(painter: QPainter, glyph: Callable[[QPainter], None], disabled: bool) -> None:
    """A glyph on its 24-unit grid, in the icons' one stroke style."""
    pen = QPen(DISABLED_INK if disabled else INK, 1.8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    glyph(painter)


def _accent(painter: QPainter) -> None:
    pen = QPen(painter.pen())
    pen.setColor(ACCENT)
    pen.setWidthF(2.2)
    painter.setPen(pen)


def _plus_badge(painter: QPainter, x: float = 18, y: float = 18) -> None:
    _accent(painter)
    painter.drawLine(QPointF(x - 3.5, y), QPointF(x + 3.5, y))
    painter.drawLine(QPointF(x, y - 3.5), QPointF(x, y + 3.5))


def _page(painter: QPainter) -> None:
    path = QPainterPath(QPointF(6, 3))
    for x, y in ((14, 3), (19, 8), (19, 21), (6, 21)):
        path.lineTo(x, y)
    path.closeSubpath()
    painter.drawPath(path)
    painter.drawPolyline(QPolygonF([QPointF(14, 3), QPointF(14, 8), QPointF(19, 8)]))


def _new(painter: QPainter) -> None:
    _page(painter)
    _plus_badge(painter, 12.5, 14.5)


def _open(painter: QPainter) -> None:
    path = QPainterPath(QPointF(3, 19))
    for x, y in ((3, 5), (9, 5), (11, 7), (19, 7), (19, 10)):
        path.lineTo(x, y)
    painter.drawPath(path)
    painter.drawPolygon(QPolygonF([QPointF(3, 19), QPointF(6.5, 10), QPointF(22, 10), QPointF(18.5, 19)]))


def _save(painter: QPainter) -> None:
    path = QPainterPath(QPointF(4, 4))
    for x, y in ((17, 4), (20, 7), (20, 20), (4, 20)):
        path.lineTo(x, y)
    path.closeSubpath()
    painter.drawPath(path)
    painter.drawRect(QRectF(8, 4, 7, 5))
    painter.drawRect(QRectF(7, 13, 10, 7))


def _arrow_arc(painter: QPainter, mirrored: bool) -> None:
    if mirrored:
        painter.translate(24, 0)
        painter.scale(-1, 1)
    path = QPainterPath(QPointF(5, 10))
    path.lineTo(15, 10)
    path.cubicTo(QPointF(22, 10), QPointF(22, 19), QPointF(15, 19))
    path.lineTo(10, 19)
    painter.drawPath(path)
    painter.drawPolyline(QPolygonF([QPointF(9, 6), QPointF(5, 10), QPointF(9, 14)]))


def _cut(painter: QPainter) -> None:
    painter.drawEllipse(QPointF(7, 18), 3, 3)
    painter.drawEllipse(QPointF(17, 18), 3, 3)
    painter.drawLine(QPointF(9, 16), QPointF(17, 4))
    painter.drawLine(QPointF(15, 16), QPointF(7, 4))


def _copy(painter: QPainter) -> None:
    painter.drawRoundedRect(QRectF(9, 8, 11, 13), 1.5, 1.5)
    painter.drawPolyline(QPolygonF([QPointF(15, 5), QPointF(15, 3), QPointF(4, 3), QPointF(4, 16), QPointF(6, 16)]))


def _paste(painter: QPainter) -> None:
    painter.drawRoundedRect(QRectF(5, 5, 14, 16), 1.5, 1.5)
    painter.drawRoundedRect(QRectF(9, 3, 6, 4), 1, 1)
    painter.drawLine(QPointF(9, 12), QPointF(15, 12))
    painter.drawLine(QPointF(9, 16), QPointF(15, 16))


def _delete(painter: QPainter) -> None:
    painter.drawLine(QPointF(4, 6), QPointF(20, 6))
    painter.drawPolyline(QPolygonF([QPointF(9, 6), QPointF(9, 3), QPointF(15, 3), QPointF(15, 6)]))
    painter.drawPolygon(QPolygonF([QPointF(6, 6), QPointF(7, 21), QPointF(17, 21), QPointF(18, 6)]))
    painter.drawLine(QPointF(10, 10), QPointF(10, 17))
    painter.drawLine(QPointF(14, 10), QPointF(14, 17))


def _magnifier(painter: QPainter) -> None:
    painter.drawEllipse(QPointF(10, 10), 6.5, 6.5)
    painter.drawLine(QPointF(15, 15), QPointF(21, 21))


def _zoom_in(painter: QPainter) -> None:
    _magnifier(painter)
    painter.drawLine(QPointF(7, 10), QPointF(13, 10))
    painter.drawLine(QPointF(10, 7), QPointF(10, 13))


def _zoom_out(painter: QPainter) -> None:
    _magnifier(painter)
    painter.drawLine(QPointF(7, 10), QPointF(13, 10))


def _fit(painter: QPainter) -> None:
    for sx, sy in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
        cx, cy = 12 - 8 * sx, 12 - 8 * sy
        painter.drawPolyline(QPolygonF([QPointF(cx, cy + 5 * sy), QPointF(cx, cy), QPointF(cx + 5 * sx, cy)]))
    painter.drawRect(QRectF(8.5, 8.5, 7, 7))


def _actual(painter: QPainter) -> None:
    painter.drawRoundedRect(QRectF(3, 5, 18, 14), 2, 2)
    font = QFont()
    font.setPixelSize(8)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(3, 5, 18, 14), Qt.AlignmentFlag.AlignCenter, "1:1")


def _add_stage(painter: QPainter) -> None:
    painter.drawRoundedRect(QRectF(2, 5, 9, 6), 1.5, 1.5)
    painter.drawRoundedRect(QRectF(13, 5, 9, 6), 1.5, 1.5)
    painter.drawLine(QPointF(2, 15), QPointF(11, 15))
    _plus_badge(painter, 18, 18)


def _add_step(painter: QPainter) -> None:
    for x in (4, 10):
        painter.drawRoundedRect(QRectF(x, 4, 4.5, 16), 1.2, 1.2)
    _plus_badge(painter, 18, 12)


def _add_lane(painter: QPainter) -> None:
    for y in (4, 10):
        painter.drawRoundedRect(QRectF(3, y, 18, 4.5), 1.2, 1.2)
    _plus_badge(painter, 12, 18.5)


def _personas(painter: QPainter) -> None:
    painter.drawEllipse(QPointF(9, 8), 3.5, 3.5)
    painter.drawArc(QRectF(3, 14, 12, 12), 0, 180 * 16)
    painter.drawEllipse(QPointF(17, 9), 2.8, 2.8)
    painter.drawArc(QRectF(13, 15, 9, 9), 0, 180 * 16)


def _export(painter: QPainter) -> None:
    painter.drawPolyline(QPolygonF([QPointF(9, 9), QPointF(5, 9), QPointF(5, 20), QPointF(19, 20), QPointF(19, 9),
                                    QPointF(15, 9)]))
    painter.drawLine(QPointF(12, 14), QPointF(12, 3))
    painter.drawPolyline(QPolygonF([QPointF(8, 7), QPointF(12, 3), QPointF(16, 7)]))


def _import(painter: QPainter) -> None:
    """The export tray with the arrow coming in: a workbook brought back."""
    painter.drawPolyline(QPolygonF([QPointF(9, 9), QPointF(5, 9), QPointF(5, 20), QPointF(19, 20), QPointF(19, 9),
                                    QPointF(15, 9)]))
    painter.drawLine(QPointF(12, 3), QPointF(12, 14))
    painter.drawPolyline(QPolygonF([QPointF(8, 10), QPointF(12, 14), QPointF(16, 10)]))


def _spreadsheet(painter: QPainter) -> None:
    """A sheet of rows and columns, the first column wider: a journey kept in a spreadsheet."""
    painter.drawRoundedRect(QRectF(4, 4, 16, 16), 1.5, 1.5)
    for y in (9.5, 15):
        painter.drawLine(QPointF(4, y), QPointF(20, y))
    painter.drawLine(QPointF(10, 4), QPointF(10, 20))


def _app(painter: QPainter) -> None:
    """The application icon: a rounded tile with an emotion curve through three stages."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1E63B8"))
    painter.drawRoundedRect(QRectF(1, 1, 22, 22), 5, 5)
    painter.setBrush(QColor(255, 255, 255, 60))
    for x in (4, 10, 16):
        painter.drawRoundedRect(QRectF(x, 4, 4.5, 3), 1, 1)
    pen = QPen(QColor("white"), 2.2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(4, 15))
    path.cubicTo(QPointF(8, 9), QPointF(10, 20), QPointF(13, 17))
    path.cubicTo(QPointF(16, 14), QPointF(17, 10), QPointF(20, 11))
    painter.drawPath(path)
    painter.setBrush(QColor("white"))
    for point in (QPointF(4, 15), QPointF(13, 17), QPointF(20, 11)):
        painter.drawEllipse(point, 1.6, 1.6)


_GLYPHS: dict[str, Callable[[QPainter], None]] = {
    "new": _new,
    "open": _open,
    "save": _save,
    "undo": lambda p: _arrow_arc(p, False),
    "redo": lambda p: _arrow_arc(p, True),
    "cut": _cut,
    "copy": _copy,
    "paste": _paste,
    "delete": _delete,
    "zoom_in": _zoom_in,
    "zoom_out": _zoom_out,
    "fit": _fit,
    "actual_size": _actual,
    "add_stage": _add_stage,
    "add_step": _add_step,
    "add_lane": _add_lane,
    "personas": _personas,
    "export": _export,
    "import": _import,
    "spreadsheet": _spreadsheet,
    "app": _app,
}

ICON_NAMES = tuple(_GLYPHS)
