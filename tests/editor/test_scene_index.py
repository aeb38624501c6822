"""A rebuilt map's item index is built just after its first paint; lookups give the same answers before and after."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QUndoStack

from journeymap.editor.scene import JourneyScene
from journeymap.editor.view import JourneyView
from tests.editor.big_map import big_map
from tests.factories import small_map

TREE = JourneyScene.ItemIndexMethod.BspTreeIndex
NONE = JourneyScene.ItemIndexMethod.NoIndex


def _name(item) -> str:
    for attribute in ("card_id", "conn_id", "model_id"):
        if hasattr(item, attribute):
            return f"{type(item).__name__}:{getattr(item, attribute)}"
    return type(item).__name__


def _lookups(scene) -> list:
    """What lookups by rectangle and by point find, named so that a rebuild's new items compare."""
    probes = [QRectF(0, 0, 400, 300), QRectF(500, 200, 900, 700), scene.itemsBoundingRect()]
    found = [sorted(_name(item) for item in scene.items(rect)) for rect in probes]
    for item in list(scene.card_items.values())[:40]:
        found.append(sorted(_name(hit) for hit in scene.items(item.sceneBoundingRect().center())))
    return found


def test_the_tree_is_built_soon_after_the_first_paint(qapp, qtbot):
    scene = JourneyScene(big_map(), QUndoStack())
    assert scene.index_pending() and scene.itemIndexMethod() == NONE
    before = _lookups(scene)  # no tree yet: every item is looked at, and found
    view = JourneyView(scene)
    qtbot.addWidget(view)
    view.resize(800, 600)
    with qtbot.waitExposed(view):
        view.show()
    view.viewport().repaint()
    qtbot.waitUntil(lambda: not scene.index_pending(), timeout=1000)
    assert scene.itemIndexMethod() == TREE and scene.bspTreeDepth() == 10
    assert _lookups(scene) == before


def test_a_scene_no_view_paints_keeps_answering_lookups_without_a_tree(qapp, qtbot):
    scene = JourneyScene(small_map(), QUndoStack())
    found = _lookups(scene)
    qtbot.wait(50)
    assert scene.index_pending() and scene.itemIndexMethod() == NONE  # no paint, no tree
    scene.build_index()
    assert scene.itemIndexMethod() == TREE and _lookups(scene) == found


def test_a_rebuild_drops_the_tree_and_a_paint_brings_it_back(qapp, qtbot):
    doc = small_map()
    scene = JourneyScene(doc, QUndoStack())
    scene.build_index()
    before = _lookups(scene)
    scene.rebuild()
    assert scene.index_pending() and scene.itemIndexMethod() == NONE
    scene.painted()
    qapp.processEvents()
    assert scene.itemIndexMethod() == TREE
    assert _lookups(scene) == before
    moved = next(iter(scene.card_items.values()))
    moved.setPos(moved.pos() + QPointF(5000, 0))  # the tree follows items that move after it was built
    assert moved in scene.items(moved.sceneBoundingRect())


def test_the_built_tree_narrows_a_lookup_to_the_items_near_it(qapp, qtbot, monkeypatch):
    """A tree that does not know the scene's rectangle files every item in one cell: lookups then
    test every connection's box (and are as slow as no tree). Counted here by the box questions."""
    from journeymap.editor.items.connection import ConnectionItem

    asked = []
    own = ConnectionItem.boundingRect
    monkeypatch.setattr(ConnectionItem, "boundingRect", lambda item: asked.append(item) or own(item))
    scene = JourneyScene(big_map(), QUndoStack())
    scene.build_index()
    asked.clear()
    card = next(iter(scene.card_items.values()))
    assert scene.items(card.sceneBoundingRect())
    assert 0 < len(set(asked)) < len(scene.connection_items) / 5
