"""PDF pictures: vector, fonts embedded, one page the size of the map or an A4, A3 or Letter
page, landscape or portrait (by default the orientation the map fills best)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ...editor.scene import JourneyScene
from ..errors import SaveError
from .frame import paint_frame, prepared
from .options import SCREEN_DPI, PictureOptions

RESOLUTION = 300  # device units per inch: fine enough for hairlines, the drawing stays vector
POINTS_PER_UNIT = 72 / SCREEN_DPI
PAGE_MARGIN_MM = 10.0
MAX_PAGE_POINTS = 14_400  # 200 inches: the largest page PDF readers accept; bigger maps are scaled to fit
_PAGES = {"a4": QPageSize.PageSizeId.A4, "a3": QPageSize.PageSizeId.A3, "letter": QPageSize.PageSizeId.Letter}


def page_orientation(options: PictureOptions, width: float, height: float) -> QPageLayout.Orientation:
    """The paper's orientation: as asked, or for "auto" the one a picture this wide and high fills best."""
    landscape = options.orientation == "landscape" or (options.orientation == "auto" and width >= height)
    return QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait


def render_pdf(scene: JourneyScene, options: PictureOptions, title: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    with prepared(scene, options) as frame:
        writer = QPdfWriter(buffer)
        writer.setTitle(title)
        writer.setCreator("Journeymap")
        writer.setResolution(RESOLUTION)
        if options.page in _PAGES:
            margins = QMarginsF(*(PAGE_MARGIN_MM,) * 4)
            page = QPageSize(_PAGES[options.page])
            orientation = page_orientation(options, frame.width, frame.height)
            layout = QPageLayout(page, orientation, margins, QPageLayout.Unit.Millimeter)
        else:
            shrink = min(1.0, MAX_PAGE_POINTS / (max(frame.width, frame.height) * POINTS_PER_UNIT))
            points = QSizeF(frame.width * POINTS_PER_UNIT * shrink, frame.height * POINTS_PER_UNIT * shrink)
            page = QPageSize(points, QPageSize.Unit.Point, "Map")
            layout = QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
        if not writer.setPageLayout(layout):
            raise SaveError("the PDF page could not be set up")
        painter = QPainter()
        if not painter.begin(writer):
            raise SaveError("the PDF could not be started")
        try:
            area = writer.pageLayout().paintRectPixels(RESOLUTION)
            fit = min(area.width() / frame.width, area.height() / frame.height)
            painter.translate((area.width() - frame.width * fit) / 2, (area.height() - frame.height * fit) / 2)
            painter.scale(fit, fit)
            paint_frame(painter, scene, frame, options.transparent)
        finally:
            painter.end()
    buffer.close()
    return bytes(data)
