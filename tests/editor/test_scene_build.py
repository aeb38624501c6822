"""The scene mirrors the document: items per model id, geometry from the layout, updates on events."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontDatabase, QImage, QPainter, QUndoStack

from journeymap.editor import fonts
from journeymap.editor.commands import SetPropertiesCommand
from journeymap.editor.items.card import CardItem
from journeymap.editor.scene import JourneyScene
from journeymap.model import Card, Connection
from tests.editor.big_map import big_map
from tests.factories import small_map


def test_fonts_are_bundled_and_registered(qapp):
    families = fonts.register_fonts()
    assert "Noto Sans" in families and "Noto Sans Hebrew" in families
    assert fonts.register_fonts() == families  # idempotent
    assert "Noto Sans" in QFontDatabase.families()
    assert (fonts.FONT_DIR / "OFL.txt").read_text().count("Open Font License") >= 1
    assert fonts.card_font().families()[:2] == ["Noto Sans", "Noto Sans Hebrew"]


def test_items_for_every_model_part(canvas):
    scene, doc = canvas.scene, canvas.doc
    assert set(scene.card_items) == {c.id for c in doc.cards()}
    assert set(scene.connection_items) == {c.id for c in doc.connections()}
    structure = {s.id for s in doc.stages()} | {s.id for s in doc.steps()} | {lane.id for lane in doc.lanes()}
    assert set(scene.header_items) == structure
    for card_id, item in scene.card_items.items():
        box = scene.layout.cards[card_id]
        assert (item.pos().x(), item.pos().y(), item.width(), item.height()) == (box.x, box.y, box.w, box.h)
    assert scene.map_rect() == QRectF(0, 0, scene.layout.width, scene.layout.height)
    drawn = QRectF()
    for item in scene.items():
        if item.isVisible():
            drawn = drawn.united(item.sceneBoundingRect())
    assert scene.map_rect().contains(drawn.adjusted(4, 4, -4, -4))


def test_document_events_update_items(canvas):
    scene, doc = canvas.scene, canvas.doc
    doc.add_card(Card("n1", "st-k1", "l-act", "A long title " * 12))
    scene.apply_geometry()
    item = scene.card_items["n1"]
    assert item.height() > 100  # the card grew to hold its wrapped title
    assert scene.layout.rows["l-act"].h >= item.height()
    doc.add_connection(Connection("en", "n1", "web-ad"))
    scene.apply_geometry()
    assert scene.connection_items["en"].source is item
    doc.remove_cards(["n1"])
    scene.apply_geometry()
    assert "n1" not in scene.card_items and "en" not in scene.connection_items
    assert all(i.scene() is scene for i in scene.card_items.values())


def test_text_never_overflows_a_card(canvas):
    scene, doc = canvas.scene, canvas.doc
    doc.update_card("web-ad", title="Word " * 400)
    scene.apply_geometry()
    item = scene.card_items["web-ad"]
    block = scene.texts.block(item.card.title, item.width(), False)
    assert block.elided
    assert block.height + 16 <= item.height() <= 400


def test_selection_target(canvas):
    scene = canvas.scene
    assert scene.selection_target() == ("map", None)
    scene.select_ids(["web-ad"])
    assert scene.selection_target() == ("card", "web-ad")
    scene.select_ids(["web-buy", "web-ad"])
    assert scene.selection_target() == ("card", "web-ad")  # first in timeline order
    assert scene.selected_card_ids() == ["web-ad", "web-buy"]
    scene.select_ids(["e2"])
    assert scene.selection_target() == ("connection", "e2")
    assert scene.selected_connection_ids() == ["e2"]
    for kind, model_id in (("stage", "s-buy"), ("step", "st-a2"), ("lane", "l-phone")):
        scene.select_ids([model_id])
        assert scene.selection_target() == (kind, model_id)
    scene.select_ids(["web-ad", "e2"])
    assert scene.selection_target() == ("map", None)


def test_set_document_switches_and_unsubscribes(canvas, qapp):
    scene = canvas.scene
    old = canvas.doc
    new = big_map(stages=2, steps=2, lanes=4, cards=12, connections=6)
    scene.set_document(new)
    assert scene.document is new and set(scene.card_items) == {c.id for c in new.cards()}
    old.add_card(Card("ghost", "st-a1", "l-web", "Ghost"))
    scene.apply_geometry()
    assert "ghost" not in scene.card_items


def test_cell_at(canvas):
    scene = canvas.scene
    assert scene.cell_at(canvas.cell_center("st-b1", "l-act")) == ("st-b1", "l-act")
    assert scene.cell_at(scene.title_item.pos()) is None


def test_rtl_scene_mirrors_headers_and_cards(canvas):
    scene, doc = canvas.scene, canvas.doc
    canvas.stack.push(SetPropertiesCommand(doc, "map", None, {"direction": "rtl"}))
    headers = scene.header_items
    assert headers["s-aware"].pos().x() > headers["s-keep"].pos().x()
    assert headers["l-web"].pos().x() > headers["st-a1"].pos().x()
    assert scene.card_items["web-ad"].pos().x() > scene.card_items["web-buy"].pos().x()
    assert scene.card_items["web-ad"].rtl
    # the forward arrow of e1 (web-ad -> web-compare) points left
    path = scene.connection_items["e1"].path()
    assert path.pointAtPercent(0).x() > path.pointAtPercent(1).x()
    canvas.stack.undo()
    assert headers["s-aware"].pos().x() < headers["s-keep"].pos().x()


def test_emotion_curve_runs_in_timeline_order(canvas):
    scene = canvas.scene
    points = scene.emotion_item._points
    assert [score for _, score in points] == [1, 0, -1, 2, -2]
    xs = [p.x() for p, _ in points]
    assert xs == sorted(xs)
    canvas.stack.push(SetPropertiesCommand(canvas.doc, "map", None, {"direction": "rtl"}))
    xs = [p.x() for p, _ in scene.emotion_item._points]
    assert xs == sorted(xs, reverse=True)


def test_export_mode_hides_editing_marks(canvas):
    scene = canvas.scene
    scene.select_ids(["web-ad"])
    item = scene.card_items["web-ad"]
    scene.card_hover_changed(item, True)
    assert scene.handle_item.isVisible()
    with scene.export_mode():
        assert scene.exporting and not scene.handle_item.isVisible()
        assert item.cacheMode() == CardItem.CacheMode.NoCache
    assert not scene.exporting and scene.handle_item.isVisible()
    assert item.cacheMode() == CardItem.CacheMode.DeviceCoordinateCache


def _render(scene, size=(800, 500)) -> QImage:
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    scene.render(painter)
    painter.end()
    return image


def test_export_render_differs_only_in_marks(canvas):
    scene = canvas.scene
    with scene.export_mode():
        clean = _render(scene)
    scene.select_ids(["web-ad", "e2"])
    with scene.export_mode():
        still_clean = _render(scene)
    assert clean == still_clean
    assert _render(scene) != clean  # outside export mode the selection shows


def test_repeated_painting_of_a_200_card_scene(qapp):
    """Guards against bindings that crash after many calls of methods returning None (PySide6 6.12.0)."""
    doc = big_map(stages=5, steps=4, lanes=10, cards=200, connections=260)
    scene = JourneyScene(doc, QUndoStack())
    first = None
    for round_ in range(30):
        image = _render(scene, (600, 400))
        if round_ == 1:
            first = image
    assert image == first
    assert image.pixelColor(300, 200).alpha() > 0


def test_big_map_builds_with_one_item_per_part(qapp):
    doc = big_map()
    scene = JourneyScene(doc, QUndoStack())
    assert len(scene.card_items) == 1000 and len(scene.connection_items) == 1500
    scene.build_index()
    assert scene.itemIndexMethod() == JourneyScene.ItemIndexMethod.BspTreeIndex
    assert scene.bspTreeDepth() == 10  # Qt's own pick (15) made the first build take 0.6 s on 10,000 cards


def test_a_deleted_scene_lets_go_of_its_document(qapp):
    import shiboken6

    doc = small_map()
    stack = QUndoStack()
    scene = JourneyScene(doc, stack)
    shiboken6.delete(scene)
    doc.add_card(Card("late", "st-a1", "l-web", "Late"))  # no error from the dead scene
    assert doc.listener_count() == 0
    stack.push(SetPropertiesCommand(doc, "card", "late", {"title": "Later"}))  # its geometry slot is harmless
    assert doc.card("late").title == "Later"


def test_a_detached_scene_no_longer_follows_its_document(qapp):
    from PySide6.QtGui import QUndoStack

    from journeymap.editor.scene import JourneyScene
    from tests.factories import small_map

    doc = small_map()
    scene = JourneyScene(doc, QUndoStack())
    scene.select_ids(["web-ad", "web-buy"])
    heard = []
    scene.selectionChanged.connect(lambda: heard.append(1))
    scene.detach()
    assert scene.selected_card_ids() == []
    assert heard == []  # going quiet: no signal while letting go
    doc.update_card("web-ad", title="Changed after detach")
    assert scene.card_items["web-ad"].card.title != "Changed after detach"


def test_a_detached_scene_no_longer_listens_to_its_undo_stack(qapp):
    """The stack can outlive the scene: clearing as it goes, it must not call into a scene whose
    Python side is gone (which prints a slot error on the console)."""
    from PySide6.QtCore import SIGNAL

    stack = QUndoStack()
    scene = JourneyScene(small_map(), stack)
    before = stack.receivers(SIGNAL("indexChanged(int)"))
    scene.detach()
    assert stack.receivers(SIGNAL("indexChanged(int)")) == before - 1


def test_selected_connections_are_live_and_the_others_rest(canvas):
    scene = canvas.scene
    conns = list(scene.connection_items.values())
    scene.select_ids([conns[0].conn_id, conns[1].conn_id])
    assert conns[0].live and conns[1].live and not any(c.live for c in conns[2:])
    scene.select_ids([conns[1].conn_id])
    assert not conns[0].live and conns[1].live
    scene.clearSelection()
    assert not any(c.live for c in conns)


def _found_where_they_are(scene) -> bool:
    """Every card, connection and caption item is in the scene, and its index finds it where it is."""
    items = [*scene.card_items.values(), *scene.connection_items.values()]
    items += [c.caption_item() for c in scene.connection_items.values() if c.caption_item() is not None]
    return all(item.scene() is scene and item in scene.items(item.sceneBoundingRect()) for item in items)


def test_a_rebuild_puts_every_item_in_the_scene_where_the_index_finds_it(qapp):
    doc = small_map()
    scene = JourneyScene(doc, QUndoStack())
    assert any(c.caption_item() is not None for c in scene.connection_items.values())
    assert _found_where_they_are(scene)
    scene.set_overview(True)
    scene.rebuild()  # far out: the rebuilt captions are drawn by the overview, like the cards
    assert _found_where_they_are(scene)
    captions = [c.caption_item() for c in scene.connection_items.values() if c.caption_item() is not None]
    assert captions and all(label.flags() & label.GraphicsItemFlag.ItemHasNoContents for label in captions)
    scene.set_overview(False)
    doc.add_card(Card(id="late", title="Added after the rebuild", step=doc.steps()[0].id, lane=doc.lanes()[0].id))
    qapp.processEvents()
    scene.apply_geometry()
    assert scene.card_items["late"].scene() is scene  # items made outside a rebuild join at once
    scene.detach()


def test_a_card_bounds_its_shadow_and_ring_and_qt_reads_them_without_calling_python(canvas, qapp):
    item = next(iter(canvas.scene.card_items.values()))
    card = item.rect()
    bounds = item.boundingRect()
    assert bounds.contains(card.adjusted(-2, -2, 2, 2))  # the selection ring
    assert bounds.bottom() >= card.bottom() + 2 and bounds.right() >= card.right() + 2  # the shadow
    assert "boundingRect" not in vars(CardItem)  # a Python override is called a few hundred times a drag step
    x, y, _w, _h = item.box()
    item.set_box(x, y, card.width() + 40, card.height())  # a wider column: the index hears of the new bounds
    qapp.processEvents()
    assert item.boundingRect().width() == bounds.width() + 40
    strip = item.mapRectToScene(QRectF(card.right() + 20, card.top() + 4, 4, 4))  # inside only the wider card
    assert item in canvas.scene.items(strip)
