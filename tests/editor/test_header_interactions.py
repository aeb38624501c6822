"""Stage, step and lane headers: rename in place, reorder by dragging, resize by the edge,
recolour, insert, delete. Each one undo step; model and items agree."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent

from journeymap.editor import style


def _commit(editor, text: str) -> None:
    editor.setPlainText(text)
    editor.keyPressEvent(QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))


def _center(canvas, model_id: str) -> QPointF:
    item = canvas.scene.header_items[model_id]
    return item.mapToScene(item.rect().center())


def test_double_click_renames_a_stage_step_and_lane(canvas):
    scene, doc = canvas.scene, canvas.doc
    renames = (("stage", "s-buy", "Buy"), ("step", "st-a2", "Compare offers"), ("lane", "l-web", "Web"))
    for kind, model_id, name in renames:
        canvas.double_click(_center(canvas, model_id))
        editor = scene.editor()
        assert editor is not None, kind
        _commit(editor, name)
        assert getattr(doc, kind)(model_id).name == name
        assert scene.header_items[model_id].name == name
    assert canvas.stack.count() == 3
    canvas.stack.undo()
    assert doc.lane("l-web").name == "Website" and scene.header_items["l-web"].name == "Website"
    canvas.stack.redo()
    assert scene.header_items["l-web"].name == "Web"


def test_an_empty_name_is_refused(canvas):
    canvas.double_click(_center(canvas, "s-buy"))
    _commit(canvas.scene.editor(), "   ")
    assert canvas.doc.stage("s-buy").name == "Purchase" and canvas.stack.count() == 0


def test_drag_a_lane_header_to_reorder(canvas):
    scene, doc = canvas.scene, canvas.doc
    target = scene.layout.lanes["l-act"]
    canvas.drag(_center(canvas, "l-phone"), QPointF(target.center[0], target.y + 5))
    assert [lane.id for lane in doc.lanes()] == ["l-phone", "l-act", "l-web", "l-emo"]
    assert scene.header_items["l-phone"].pos().y() < scene.header_items["l-act"].pos().y()
    assert scene.card_items["phone-ask"].pos().y() < scene.card_items["act-search"].pos().y()
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert [lane.id for lane in doc.lanes()] == ["l-act", "l-web", "l-phone", "l-emo"]
    assert scene.header_items["l-phone"].pos().y() > scene.header_items["l-act"].pos().y()
    canvas.stack.redo()
    assert scene.header_items["l-phone"].pos().y() < scene.header_items["l-act"].pos().y()


def test_drag_a_stage_header_to_reorder(canvas):
    scene, doc = canvas.scene, canvas.doc
    last = scene.layout.stages["s-keep"]
    canvas.drag(_center(canvas, "s-aware"), QPointF(last.right - 5, last.center[1]))
    assert [s.id for s in doc.stages()] == ["s-buy", "s-keep", "s-aware"]
    assert scene.header_items["s-aware"].pos().x() > scene.header_items["s-keep"].pos().x()
    assert scene.card_items["web-ad"].pos().x() > scene.card_items["web-buy"].pos().x()
    canvas.stack.undo()
    assert [s.id for s in doc.stages()] == ["s-aware", "s-buy", "s-keep"]
    assert scene.card_items["web-ad"].pos().x() < scene.card_items["web-buy"].pos().x()


def test_drag_a_step_header_within_and_across_stages(canvas):
    scene, doc = canvas.scene, canvas.doc
    first = scene.layout.steps["st-a1"]
    canvas.drag(_center(canvas, "st-a2"), QPointF(first.x + 5, first.center[1]))
    assert [s.id for s in doc.stage("s-aware").steps] == ["st-a2", "st-a1"]
    buy = scene.layout.steps["st-b1"]
    canvas.drag(_center(canvas, "st-a1"), QPointF(buy.right - 5, buy.center[1]))
    assert [s.id for s in doc.stage("s-buy").steps] == ["st-b1", "st-a1"]
    assert canvas.stack.count() == 2
    canvas.stack.undo()
    canvas.stack.undo()
    assert [s.id for s in doc.stage("s-aware").steps] == ["st-a1", "st-a2"]
    assert scene.header_items["st-a1"].pos().x() < scene.header_items["st-a2"].pos().x()


def test_the_last_step_of_a_stage_cannot_leave_it(canvas):
    scene, doc = canvas.scene, canvas.doc
    messages = []
    scene.statusMessage.connect(messages.append)
    first = scene.layout.steps["st-a1"]
    canvas.drag(_center(canvas, "st-k1"), QPointF(first.x + 5, first.center[1]))
    assert canvas.stack.count() == 0 and messages
    assert [s.id for s in doc.stage("s-keep").steps] == ["st-k1"]


def test_resize_a_step_by_its_edge(canvas):
    scene, doc = canvas.scene, canvas.doc
    header = scene.header_items["st-a1"]
    edge = header.mapToScene(QPointF(header.rect().right() - 1, header.rect().center().y()))
    canvas.drag(edge, edge + QPointF(90, 0))
    assert doc.step("st-a1").width == style.DEFAULT_STEP_WIDTH + 89
    assert header.rect().width() == doc.step("st-a1").width
    assert scene.card_items["web-ad"].width() == doc.step("st-a1").width - 2 * style.CELL_PADDING_X
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert doc.step("st-a1").width is None and header.rect().width() == style.DEFAULT_STEP_WIDTH
    canvas.stack.redo()
    assert header.rect().width() == style.DEFAULT_STEP_WIDTH + 89


def test_resize_a_lane_by_its_bottom_edge(canvas):
    scene, doc = canvas.scene, canvas.doc
    header = scene.header_items["l-phone"]
    edge = header.mapToScene(QPointF(header.rect().center().x(), header.rect().bottom() - 1))
    canvas.drag(edge, edge + QPointF(0, 70))
    assert doc.lane("l-phone").height == style.DEFAULT_LANE_HEIGHT + 69
    assert header.rect().height() == doc.lane("l-phone").height
    canvas.stack.undo()
    assert doc.lane("l-phone").height is None and header.rect().height() == style.DEFAULT_LANE_HEIGHT


def test_header_context_menu_inserts_recolours_and_deletes(canvas):
    scene, doc = canvas.scene, canvas.doc
    menu = scene.context_menu_at(_center(canvas, "s-buy"))
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["Rename", "Colour…", "Insert stage before", "Insert stage after", "Delete stage"]
    next(a for a in menu.actions() if a.text() == "Insert stage after").trigger()
    stages = doc.stages()
    assert [s.id for s in stages][:2] == ["s-aware", "s-buy"] and len(stages) == 4
    assert stages[2].id in scene.header_items and stages[2].steps[0].id in scene.header_items
    assert scene.recolour_structure("step", "st-b1", "#FF8800")
    assert doc.stage("s-buy").color == "#FF8800"
    assert scene.header_items["s-buy"].color.name().upper() == "#FF8800"
    assert scene.recolour_structure("lane", "l-phone", "#123456") and doc.lane("l-phone").color == "#123456"
    # touchpoints take their lane's colour
    assert scene.card_items["phone-ask"].color.name() == "#123456"
    assert canvas.stack.count() == 3
    for _ in range(3):
        canvas.stack.undo()
    assert len(doc.stages()) == 3 and doc.stage("s-buy").color == "#DDE6F0"


def test_delete_a_stage_with_its_cards_is_one_step(canvas):
    scene, doc = canvas.scene, canvas.doc
    menu = scene.context_menu_at(_center(canvas, "s-buy"))
    next(a for a in menu.actions() if a.text() == "Delete stage").trigger()
    assert not doc.has_id("s-buy") and not doc.has_card("web-buy")
    assert "s-buy" not in scene.header_items and "st-b1" not in scene.header_items
    assert "web-buy" not in scene.card_items and "e5" not in scene.connection_items
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert doc.has_card("web-buy") and {"s-buy", "st-b1"} <= scene.header_items.keys()
    assert {"e2", "e5"} <= scene.connection_items.keys()
    canvas.stack.redo()
    assert "web-buy" not in scene.card_items


def test_delete_a_lane_from_the_edit_menu_operation(canvas):
    scene, doc = canvas.scene, canvas.doc
    canvas.click(_center(canvas, "l-phone"))
    assert scene.selection_target() == ("lane", "l-phone")
    assert scene.delete_selection()
    assert not doc.has_id("l-phone") and not doc.has_card("phone-ask")
    assert "l-phone" not in scene.header_items
    canvas.stack.undo()
    assert "l-phone" in scene.header_items and "phone-ask" in scene.card_items


def test_the_last_stage_and_a_lone_step_are_kept(canvas):
    scene, doc = canvas.scene, canvas.doc
    assert not scene.delete_structure("step", "st-k1")
    scene.delete_structure("stage", "s-keep")
    scene.delete_structure("stage", "s-buy")
    assert not scene.delete_structure("stage", "s-aware")
    assert len(doc.stages()) == 1 and canvas.stack.count() == 2


def test_insert_lane_and_step_from_menus(canvas):
    scene, doc = canvas.scene, canvas.doc
    new_lane = scene.insert_structure("lane", "l-emo", after=False)
    assert doc.lane(new_lane).kind == "notes" and doc.lane_index(new_lane) == 3
    new_step = scene.insert_structure("step", "st-a1", after=True)
    assert [s.id for s in doc.stage("s-aware").steps] == ["st-a1", new_step, "st-a2"]
    assert new_step in scene.header_items and new_lane in scene.header_items
