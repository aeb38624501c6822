"""PDF pictures: vector, fonts embedded, one page the size of the map or A4, A3 or Letter
paper. On paper the map goes on one page when its card text stays readable there, in the
orientation it fits best unless one is asked for; otherwise it is tiled over several pages
(see ``page_plan``), each saying which page of how many it is and showing the headers of
its part of the map (see ``page_headers``)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from ...editor import style
from ...editor.line_sink import draw_centered_text, lines_drawn_by
from ...editor.scene import JourneyScene
from ...i18n import arg, translate
from ..errors import SaveError
from .frame import paint_frame, prepared
from .options import SCREEN_DPI, PictureOptions
from .page_headers import Bands, header_bands, headers_left_out, paint_page_headers
from .page_plan import MIN_TEXT_POINTS, PagePlan, Tile, plan_pages
from .pdf_text_layer import PdfTextLayer, reads_right_to_left

RESOLUTION = 300  # device units per inch: fine enough for hairlines, the drawing stays vector
POINTS_PER_UNIT = 72 / SCREEN_DPI
PAGE_MARGIN_MM = 10.0
MAX_PAGE_POINTS = 14_400  # 200 inches: the largest page PDF readers accept; bigger maps are scaled to fit
OVERLAP = RESOLUTION * 0.3  # 0.3 inch (about 8 mm) of each tile repeats on its neighbour
FOOTER = RESOLUTION * 0.25  # the band under a tile that names the page
FOOTER_POINTS = 8
STAGE_SHOWN = 0.25  # a page holds a stage when it shows a quarter of it (or of the page's width)
# The smallest scale (device units per map unit) at which card text is still MIN_TEXT_POINTS high.
LEAST_SCALE = MIN_TEXT_POINTS / 72 * RESOLUTION / style.CARD_FONT_SIZE
_PAGES = {"a4": QPageSize.PageSizeId.A4, "a3": QPageSize.PageSizeId.A3, "letter": QPageSize.PageSizeId.Letter}
FOOTER_COLOR = "#6B7785"  # a quiet grey: the page number never competes with the map


def page_summary(options: PictureOptions, plan: PagePlan) -> str:
    """"A4 landscape, 3 pages": what the user is told about the paper a PDF went onto."""
    name = translate("Pictures", "Letter") if options.page == "letter" else options.page.upper()
    if plan.pages == 1 and plan.landscape:
        return arg(translate("Pictures", "%1 landscape, 1 page"), name)
    if plan.pages == 1:
        return arg(translate("Pictures", "%1 portrait, 1 page"), name)
    if plan.landscape:
        return arg(translate("Pictures", "%1 landscape, %2 pages"), name, str(plan.pages))
    return arg(translate("Pictures", "%1 portrait, %2 pages"), name, str(plan.pages))


def _paper_plan(options: PictureOptions, width: float, height: float, bands: Bands) -> PagePlan:
    """The page plan on the paper asked for, in device units, with room for the repeated headers."""
    paper = QPageLayout(QPageSize(_PAGES[options.page]), QPageLayout.Orientation.Landscape,
                        QMarginsF(*(PAGE_MARGIN_MM,) * 4), QPageLayout.Unit.Millimeter)
    area = paper.paintRectPixels(RESOLUTION)
    plan = plan_pages(width, height, (area.width(), area.height() - FOOTER), options.orientation, LEAST_SCALE, OVERLAP,
                      bands.side, bands.top)
    if plan.pages == 1:  # one page needs no footer: fill it all, in the orientation the map fills best
        full = (area.width(), area.height()) if plan.landscape else (area.height(), area.width())
        return PagePlan(plan.landscape, 1, 1, min(full[0] / width, full[1] / height), full, 0.0)
    return plan


def _layout(options: PictureOptions, width: float, height: float, plan: PagePlan | None) -> QPageLayout:
    if plan is not None:
        orientation = QPageLayout.Orientation.Landscape if plan.landscape else QPageLayout.Orientation.Portrait
        margins = QMarginsF(*(PAGE_MARGIN_MM,) * 4)
        return QPageLayout(QPageSize(_PAGES[options.page]), orientation, margins, QPageLayout.Unit.Millimeter)
    shrink = min(1.0, MAX_PAGE_POINTS / (max(width, height) * POINTS_PER_UNIT))
    points = QSizeF(width * POINTS_PER_UNIT * shrink, height * POINTS_PER_UNIT * shrink)
    page = QPageSize(points, QPageSize.Unit.Point, "Map")
    return QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def stages_on_tile(scene: JourneyScene, frame, left: float, width: float) -> list[str]:
    """The names of the stages a tile from ``left`` (picture units) ``width`` wide shows more than
    a sliver of, in the map's order: what the page says it holds."""
    shift = frame.target.left() - frame.source.left()
    names = []
    for stage in scene.document.stages():
        box = scene.layout.stages.get(stage.id)
        if box is None or box.w <= 0:
            continue
        shown = min(box.x + box.w + shift, left + width) - max(box.x + shift, left)
        if shown >= min(box.w, width) * STAGE_SHOWN:
            names.append(" ".join(stage.name.split()))
    return names


def _footer_text(number: int, count: int, stages: list[str]) -> str:
    text = arg(translate("Pictures", "Page %1 of %2"), str(number), str(count))
    if not stages:
        return text
    span = stages[0] if len(stages) == 1 else f"{stages[0]} \u2013 {stages[-1]}"
    return f"{text} \u00b7 {span}"


def _sheet(writer: QPdfWriter) -> QRectF:
    """The whole sheet in the painter's coordinates (which start at the margin)."""
    layout = writer.pageLayout()
    full, paint = layout.fullRectPixels(RESOLUTION), layout.paintRectPixels(RESOLUTION)
    return QRectF(full.translated(-paint.topLeft()))


def _to_tile(painter: QPainter, tile: Tile, scale: float) -> None:
    """From page units to picture units for ``tile``: its part of the map lands in its page rectangle."""
    painter.translate(tile.left, tile.top)
    painter.scale(scale, scale)
    painter.translate(-tile.x, -tile.y)


def _paint_tiles(writer: QPdfWriter, painter: QPainter, scene, frame, options: PictureOptions, plan: PagePlan,
                 bands: Bands, text: PdfTextLayer) -> None:
    """One page per tile, in reading order, each with the headers of its part and its page number under it."""
    tiles = plan.tiles(frame.width, rtl=frame.rtl)
    font = QFont()
    font.setPixelSize(round(FOOTER_POINTS / 72 * RESOLUTION))
    with headers_left_out(scene, bands):
        for number, tile in enumerate(tiles, start=1):
            if number > 1:
                text.finish_page(painter, _sheet(writer))
                if not writer.newPage():
                    raise SaveError("a PDF page could not be added")
            shown = QRectF(tile.x, tile.y, tile.width / plan.scale, tile.height / plan.scale)
            painter.save()
            text.region = QRectF(tile.left, tile.top, tile.width, tile.height)
            painter.setClipRect(text.region)
            _to_tile(painter, tile, plan.scale)
            paint_frame(painter, scene, frame, options.transparent, shown)
            painter.restore()
            painter.save()
            text.region = QRectF(0, 0, *plan.area)
            painter.setClipRect(text.region)
            _to_tile(painter, tile, plan.scale)
            paint_page_headers(painter, scene, bands, tile, plan.scale)
            painter.restore()
            text.region = None
            painter.setFont(font)
            painter.setPen(QColor(FOOTER_COLOR))
            footer = QRectF(0, plan.area[1], plan.area[0], FOOTER)
            stages = stages_on_tile(scene, frame, tile.x, shown.width())
            draw_centered_text(painter, footer, _footer_text(number, len(tiles), stages))


def render_pdf(scene: JourneyScene, options: PictureOptions, title: str) -> tuple[bytes, str]:
    """The PDF bytes and, on paper, what it came out as ("A4 landscape, 3 pages"; "" otherwise)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    summary = ""
    with prepared(scene, options) as frame:
        writer = QPdfWriter(buffer)
        writer.setTitle(title)
        writer.setCreator("Journeymap")
        writer.setResolution(RESOLUTION)
        bands = header_bands(scene, frame)
        plan = _paper_plan(options, frame.width, frame.height, bands) if options.page in _PAGES else None
        if not writer.setPageLayout(_layout(options, frame.width, frame.height, plan)):
            raise SaveError("the PDF page could not be set up")
        painter = QPainter()
        if not painter.begin(writer):
            raise SaveError("the PDF could not be started")
        text = PdfTextLayer(reads_right_to_left(scene.document))
        try:
            with lines_drawn_by(text.draw):
                if plan is not None and plan.pages > 1:
                    _paint_tiles(writer, painter, scene, frame, options, plan, bands, text)
                else:
                    area = writer.pageLayout().paintRectPixels(RESOLUTION)
                    fit = min(area.width() / frame.width, area.height() / frame.height)
                    painter.translate((area.width() - frame.width * fit) / 2, (area.height() - frame.height * fit) / 2)
                    painter.scale(fit, fit)
                    paint_frame(painter, scene, frame, options.transparent)
                painter.resetTransform()
                text.finish_page(painter, _sheet(writer))
        finally:
            painter.end()
            text.close()
        if plan is not None:
            summary = page_summary(options, plan)
    buffer.close()
    return bytes(data), summary
