"""What a picture holds and where: the title band, the scene region, the legend.

All sizes are scene units (pixels at 1x); the writers scale the painter. The
scene region is the whole drawn map, or the cards of a selection with their
shadows, never the scene's own title band: the title is drawn above by the
frame (with the canvas's title item), so it can be switched off for any scope.
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
    grid_rect: QRectF | None = None  # the grid and its headers in the picture: kept white on a transparent background


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


def sheet_rect(scene: JourneyScene) -> QRectF:
    """The grid with its stage, step and lane headers: one solid sheet on a transparent picture
    (left transparent, the hairlines between header cells showed a dark slide through as seams)."""
    layout = scene.layout
    rect = QRectF()
    for box in (layout.grid, layout.corner, *layout.stages.values(), *layout.lanes.values()):
        if box.w > 0 and box.h > 0:
            rect = rect.united(QRectF(box.x, box.y, box.w, box.h))
    return rect


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
    body = sheet_rect(scene).intersected(source)
    if not body.isEmpty():
        frame.grid_rect = body.translated(frame.target.topLeft() - source.topLeft())
    y += source.height()
    if legend:
        y += LEGEND_GAP
        height = legend.height(width)
        frame.legend, frame.legend_rect = legend, QRectF(margin, y, width, height)
        y += height
    frame.width, frame.height = width + 2 * margin, y + margin
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
    elif frame.grid_rect is not None and frame.grid_rect.intersects(region):
        # Only the space around the map is transparent: its lanes stay one solid sheet on any slide.
        painter.fillRect(frame.grid_rect.intersected(region), QColor(style.BACKGROUND))
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
        if transparent:  # the legend is read with the map: it gets the same solid sheet
            painter.fillRect(frame.legend_rect.adjusted(0, 0, 0, LEGEND_GAP / 2), QColor(style.BACKGROUND))
        frame.legend.paint(painter, frame.legend_rect)
    painter.restore()
