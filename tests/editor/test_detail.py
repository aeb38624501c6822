"""Level of detail: zoomed far out, cards draw an overview; exports always draw everything."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

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


def _scene_image(scene, scale: float) -> QImage:
    rect = scene.map_rect()
    image = QImage(int(rect.width() * scale) + 1, int(rect.height() * scale) + 1, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def _differing_pixels(a: QImage, b: QImage) -> float:
    differing = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            ca, cb = a.pixelColor(x, y), b.pixelColor(x, y)
            if abs(ca.red() - cb.red()) + abs(ca.green() - cb.green()) + abs(ca.blue() - cb.blue()) > 60:
                differing += 1
    return differing / ((a.width() // 2 + 1) * (a.height() // 2 + 1))


def test_zooming_far_out_hands_the_cards_to_the_overview_layer(canvas):
    scene, view = canvas.scene, canvas.view
    assert not scene.overview_mode
    view.set_zoom(0.2)
    assert scene.overview_mode and scene.map_overview.isVisible()
    card = next(iter(scene.card_items.values()))
    assert card.flags() & card.GraphicsItemFlag.ItemHasNoContents
    card.setSelected(True)  # a selected card draws itself over the overview, with its outline
    assert not card.flags() & card.GraphicsItemFlag.ItemHasNoContents
    view.set_zoom(1.0)
    assert not scene.overview_mode and not scene.map_overview.isVisible()
    assert all(not item.flags() & item.GraphicsItemFlag.ItemHasNoContents for item in scene.card_items.values())


def test_the_overview_layer_looks_like_the_cards_drawing_themselves(canvas):
    scene = canvas.scene
    scene.set_overview(False)
    themselves = _scene_image(scene, 0.25)
    scene.set_overview(True)
    layer = _scene_image(scene, 0.25)
    scene.set_overview(False)
    assert _differing_pixels(themselves, layer) < 0.01


def test_the_overview_follows_moves_and_the_persona_filter(canvas):
    scene, doc = canvas.scene, canvas.doc
    scene.set_overview(True)
    before = _scene_image(scene, 0.25)
    card = next(iter(doc.cards()))
    other_step = next(step.id for step in doc.steps() if step.id != card.step)
    doc.move_cards([(card.id, other_step, card.lane, None)])
    scene.apply_geometry()
    moved = _scene_image(scene, 0.25)
    assert _differing_pixels(before, moved) > 0
    from journeymap.editor.persona_filter import PersonaFilter

    PersonaFilter(scene).set_persona("p-ben")  # cards Ben never meets are dimmed, in the overview too
    dimmed = _scene_image(scene, 0.25)
    assert _differing_pixels(moved, dimmed) > 0
    scene.set_overview(False)
    assert _differing_pixels(_scene_image(scene, 0.25), dimmed) < 0.01


def test_exports_draw_every_card_in_full_even_when_zoomed_out(canvas):
    canvas.view.set_zoom(0.2)
    with canvas.scene.export_mode():
        assert not canvas.scene.overview_mode
        _image, drawn = _render(canvas, 0.25)
    assert drawn["layouts"] >= len(canvas.scene.card_items)
    assert canvas.scene.overview_mode


def test_a_card_dragged_far_out_lands_and_the_overview_follows(canvas):
    scene, doc, view = canvas.scene, canvas.doc, canvas.view
    view.set_zoom(0.35)
    card = doc.cell_cards(doc.steps()[0].id, doc.lanes()[0].id)[0]
    target_step = doc.steps()[2].id
    start, end = canvas.card_center(card), canvas.cell_center(target_step, doc.lanes()[0].id)
    item = scene.card_items[card]
    origin = (item.x(), item.y())
    canvas.press(start)
    canvas.move(QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2))
    assert item.dragging and not item.flags() & item.GraphicsItemFlag.ItemHasNoContents
    fills = scene.map_overview._gather()[0]
    corners = {(rect.x(), rect.y()) for _opacity, _color, rects in fills.values() for rect in rects}
    assert origin not in corners and len(corners) == len(scene.card_items) - 1  # no copy left behind
    canvas.move(end)
    canvas.release(end)
    QApplication.processEvents()
    assert doc.card(card).step == target_step and not item.dragging
    assert item.isSelected() and not item.flags() & item.GraphicsItemFlag.ItemHasNoContents  # live, drawn by itself
    scene.clearSelection()
    assert not item.flags() & item.GraphicsItemFlag.ItemHasNoContents  # still under the mouse: still live
    canvas.move(scene.map_rect().bottomRight() + QPointF(-2, -2), Qt.MouseButton.NoButton)
    QApplication.processEvents()
    assert item.flags() & item.GraphicsItemFlag.ItemHasNoContents  # back in the overview layer
    scene.set_overview(True)
    layer = _scene_image(scene, 0.25)
    scene.set_overview(False)
    assert _differing_pixels(_scene_image(scene, 0.25), layer) < 0.01


def test_captions_far_out_are_drawn_by_the_overview_unless_their_connection_is_selected(canvas):
    scene = canvas.scene
    captioned = [conn for conn in scene.connection_items.values() if conn.caption_item() is not None]
    assert captioned, "the small map has captioned connections"
    canvas.view.set_zoom(0.2)
    label = captioned[0].caption_item()
    assert label.flags() & label.GraphicsItemFlag.ItemHasNoContents
    scene.select_ids([captioned[0].conn_id])
    assert not label.flags() & label.GraphicsItemFlag.ItemHasNoContents  # drawn by itself, with its selection
    scene.clearSelection()
    assert label.flags() & label.GraphicsItemFlag.ItemHasNoContents
    canvas.view.set_zoom(1.0)
    assert not label.flags() & label.GraphicsItemFlag.ItemHasNoContents


def _layer_image(layer, scale: float, size, exporting: bool) -> tuple[QImage, list[str]]:
    """The resting connection layer drawn at ``scale``, and the names of the painter calls that drew it."""
    image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = _painter_at(image, scale)
    calls: list[str] = []

    class Counting:
        def __getattr__(self, name):
            target = getattr(painter, name)
            if callable(target) and name.startswith(("draw", "fill")):

                def call(*args):
                    calls.append(name)
                    return target(*args)

                return call
            return target

    layer.scene().exporting = exporting
    try:
        layer.paint(Counting(), None)
    finally:
        layer.scene().exporting = False
    painter.end()
    return image, calls


def test_far_out_all_resting_curves_are_one_path_with_the_same_pixels(qapp):
    from PySide6.QtGui import QUndoStack

    from journeymap.editor.scene import JourneyScene
    from tests.editor.big_map import big_map

    scene = JourneyScene(big_map(), QUndoStack())
    layer = scene.connection_layer
    rect = scene.map_rect()
    scale = 0.2  # a 1.6 unit pen is a third of a pixel: Qt draws it one pixel wide, curve by curve
    size = (int(rect.width() * scale) + 1, int(rect.height() * scale) + 1)
    one_by_one, exact_calls = _layer_image(layer, scale, size, exporting=True)  # exports stroke each curve
    combined, calls = _layer_image(layer, scale, size, exporting=False)
    assert exact_calls.count("drawPath") == len(scene.connection_items)
    assert calls == ["drawPath", "fillPath"]
    assert _differing_pixels(one_by_one, combined) < 0.001
    near, near_calls = _layer_image(layer, 1.0, (400, 300), exporting=False)
    assert near_calls.count("drawPath") > 1  # a pen over a pixel wide: each curve on its own, as always
    scene.detach()
