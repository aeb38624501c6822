"""What a picture holds and where: the title band, the scene region, the legend.

All sizes are scene units (pixels at 1x); the writers scale the painter. The
scene region is the whole drawn map, or the cards of a selection with their
shadows, never the scene's own title band: the title is drawn above by the
frame (with the canvas's title item), so it can be switched off for any scope.
On a transparent picture, title, map and legend lie on one solid sheet with rounded
corners, a little larger than they are: dark text stays readable on any slide, and only
the margin around the sheet lets the slide show through.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter

from ...editor import fonts, style
from ...editor.items.headers import TitleItem
from ...editor.scene import JourneyScene
from ...editor.text_block import TextBlock
from ...i18n import arg, translate
from .curves import curves_for, shown_persona
from .legend import Legend, legend_entries
from .options import PictureOptions

TITLE_BAND = 48.0
TITLE_GAP = 16.0
LEGEND_GAP = 20.0
LEGEND_MIN_WIDTH = 480.0
MAX_TITLE_WIDTH = 1600.0  # a longer title is elided rather than widening a small picture further
SHEET_PADDING = 12.0  # how far a transparent picture's sheet reaches past what it carries (at most half the margin)
SHEET_RADIUS = 8.0  # its corners, at most its padding: a corner never cuts into the grid


@dataclass
class PictureFrame:
    width: float
    height: float
    source: QRectF  # the region of the scene
    target: QRectF  # where that region lands in the picture
    title: str = ""
    title_rect: QRectF | None = None
    legend: Legend | None = None
    legend_rect: QRectF | None = None
    rtl: bool = False
    sheet: QRectF | None = None  # under title, map and legend: kept solid on a transparent background
    sheet_radius: float = 0.0


def content_rect(scene: JourneyScene, selection: tuple[str, ...] = ()) -> QRectF:
    """The drawn region: the chosen cards, or the grid with its headers, cards and connections.

    The map's title band is left out (the frame draws the title), and so are the edit
    handles and any whole-scene layer item: only boxes that hold something count.
    """
    chosen = [scene.card_items[card_id] for card_id in selection if card_id in scene.card_items]
    rect = QRectF()
    if not chosen:
        layout = scene.layout
        boxes = [layout.corner, layout.grid, *layout.stages.values(), *layout.steps.values(), *layout.lanes.values()]
        for box in boxes:
            if box.w > 0 and box.h > 0:
                rect = rect.united(QRectF(box.x, box.y, box.w, box.h))
        chosen = [*scene.card_items.values()]
        for conn in scene.connection_items.values():
            caption = conn.caption_item()
            chosen += [conn] if caption is None else [conn, caption]
    for item in chosen:
        if item.isVisible():
            rect = rect.united(item.sceneBoundingRect())
    if rect.isEmpty():
        rect = scene.map_rect()
    return rect


def title_width(title: str) -> float:
    """The width the title needs on one line (0 for none), at most ``MAX_TITLE_WIDTH``."""
    if not title:
        return 0.0
    block = TextBlock(title, fonts.title_font(), MAX_TITLE_WIDTH, 1)
    return min(MAX_TITLE_WIDTH, block.natural_width() + 4)


def sheet_padding(margin: float) -> float:
    """How far the sheet reaches past title, map and legend: half the margin stays transparent."""
    return min(SHEET_PADDING, margin / 2)


def sheet_rect(frame: PictureFrame, padding: float) -> QRectF:
    """Title, map and legend with the gaps between them, and ``padding`` around. One sheet: left
    transparent, dark title text sat straight on a dark slide, and the hairlines between header
    cells showed the slide through as seams."""
    rect = QRectF(frame.target)
    for part in (frame.title_rect, frame.legend_rect):
        if part is not None:
            rect = rect.united(part)
    return rect.adjusted(-padding, -padding, padding, padding)


def build_frame(scene: JourneyScene, options: PictureOptions) -> PictureFrame:
    doc = scene.document
    margin = options.margin
    source = content_rect(scene, options.selection)
    rtl = scene.is_rtl()
    legend = Legend(legend_entries(doc), rtl) if options.legend else None
    title = doc.info.title.strip() if options.title else ""
    persona = shown_persona(scene, options)
    if persona is not None:  # dimmed cards are explained: the picture says whose paths it shows
        caption = arg(translate("Pictures", "Persona: %1"), doc.persona(persona).name)
        title = f"{title} · {caption}" if title else caption
    # A few cards can be narrower than their title or legend: the picture widens for those,
    # and the cards keep to the reading start.
    width = max(source.width(), title_width(title), LEGEND_MIN_WIDTH if legend else 0.0)
    y = margin
    frame = PictureFrame(0, 0, source, QRectF(), rtl=rtl)
    if title:
        frame.title = title
        frame.title_rect = QRectF(margin, y, width, TITLE_BAND)
        y += TITLE_BAND + TITLE_GAP
    left = margin + (width - source.width() if rtl else 0.0)
    frame.target = QRectF(left, y, source.width(), source.height())
    y += source.height()
    if legend:
        y += LEGEND_GAP
        height = legend.height(width)
        frame.legend, frame.legend_rect = legend, QRectF(margin, y, width, height)
        y += height
    frame.width, frame.height = width + 2 * margin, y + margin
    padding = sheet_padding(margin)
    frame.sheet, frame.sheet_radius = sheet_rect(frame, padding), min(SHEET_RADIUS, padding)
    return frame


@contextmanager
def prepared(scene: JourneyScene, options: PictureOptions) -> Iterator[PictureFrame]:
    """The scene as a picture shows it (no edit marks, no title item, chosen background)."""
    with curves_for(scene, options), scene.export_mode():  # curves first: export_mode uncaches every item
        title_visible = scene.title_item.isVisible()
        background = scene.backgroundBrush()
        scene.title_item.setVisible(False)
        if options.transparent:
            scene.setBackgroundBrush(QBrush(Qt.BrushStyle.NoBrush))
        try:
            yield build_frame(scene, options)
        finally:
            scene.setBackgroundBrush(background)
            scene.title_item.setVisible(title_visible)


def paint_frame(
    painter: QPainter, scene: JourneyScene, frame: PictureFrame, transparent: bool, region: QRectF | None = None
) -> None:
    """Draw the whole picture in scene units onto ``painter`` (already scaled by the writer), or only
    its part within ``region`` (picture units): a paper page draws what it shows, not the whole map
    clipped away (thirty pages of a big map each held all of it, and took as long)."""
    whole = QRectF(0, 0, frame.width, frame.height)
    region = whole if region is None else region.intersected(whole)
    if region.isEmpty():
        return
    painter.save()
    hints = QPainter.RenderHint
    for hint in (hints.Antialiasing, hints.TextAntialiasing, hints.SmoothPixmapTransform):
        painter.setRenderHint(hint)
    if not transparent:
        painter.fillRect(region, QColor(style.BACKGROUND))
    elif frame.sheet is not None and frame.sheet.intersects(region):  # only the margin around the sheet is transparent
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.BACKGROUND))
        painter.drawRoundedRect(frame.sheet, frame.sheet_radius, frame.sheet_radius)
        painter.restore()
    if frame.title_rect is not None and frame.title_rect.intersects(region):
        title = TitleItem()
        title.set_title(frame.title, frame.rtl)
        title.set_box(0, 0, frame.title_rect.width(), frame.title_rect.height())
        painter.save()
        painter.translate(frame.title_rect.topLeft())
        title.paint(painter, None)
        painter.restore()
    target = frame.target.intersected(region)
    if not target.isEmpty():  # the target is the source moved, never scaled: the part shown maps back by the same move
        source = target.translated(frame.source.topLeft() - frame.target.topLeft())
        scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    if frame.legend is not None and frame.legend_rect is not None and frame.legend_rect.intersects(region):
        frame.legend.paint(painter, frame.legend_rect)
    painter.restore()
