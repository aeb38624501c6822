"""Level of detail: zoomed far out, cards draw an overview; exports always draw everything."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from journeymap.editor.detail import TEXT_DETAIL_SCALE, simplified


def _painter_at(image: QImage, scale: float) -> QPainter:
    painter = QPainter(image)
    painter.scale(scale, scale)
    return painter


def test_the_rule_follows_the_painted_scale(qapp):
    image = QImage(10, 10, QImage.Format.Format_ARGB32_Premultiplied)
    for scale, expected in ((1.0, False), (TEXT_DETAIL_SCALE, False), (0.2, True)):
        painter = _painter_at(image, scale)
        assert simplified(painter, exporting=False) is expected
        assert simplified(painter, exporting=True) is False
        painter.end()


def _render(canvas, scale: float) -> tuple[QImage, dict]:
    """The scene's map drawn at ``scale``, counting the text layouts drawn meanwhile."""
    from journeymap.editor import text_block

    drawn = {"layouts": 0}
    original = text_block.TextBlock.draw

    def counting(self, painter, x, y):
        drawn["layouts"] += 1
        original(self, painter, x, y)

    rect = canvas.scene.map_rect()
    image = QImage(int(rect.width() * scale) + 1, int(rect.height() * scale) + 1, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    text_block.TextBlock.draw = counting
    try:
        painter = QPainter(image)
        canvas.scene.render(painter, QRectF(image.rect()), rect)
        painter.end()
    finally:
        text_block.TextBlock.draw = original
    return image, drawn


def test_cards_far_out_draw_bars_not_text(canvas):
    far, far_drawn = _render(canvas, 0.25)
    near, near_drawn = _render(canvas, 1.0)
    cards = len(canvas.scene.card_items)
    assert near_drawn["layouts"] >= cards  # every card title, plus headers
    assert near_drawn["layouts"] - far_drawn["layouts"] >= cards  # card titles became bars; headers stay text
    item = next(iter(canvas.scene.card_items.values()))
    centre = item.scene_rect().center() - canvas.scene.map_rect().topLeft()
    inside = far.pixelColor(int(centre.x() * 0.25), int(item.scene_rect().top() * 0.25 + 2))
    assert inside != QColor("white")  # the card is still there, in its colour


def test_an_export_at_a_small_scale_keeps_the_text(canvas):
    with canvas.scene.export_mode():
        _image, drawn = _render(canvas, 0.25)
    assert drawn["layouts"] >= len(canvas.scene.card_items)
