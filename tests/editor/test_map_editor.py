"""The editor's door: one typed method per operation, each one undo step, rules said once."""

from __future__ import annotations

from journeymap.editor.map_editor import MapEditor
from journeymap.editor.structure_edits import STAGE_COLORS
from journeymap.model import Card
from tests.factories import small_map


def _editor():
    editor = MapEditor(small_map())
    said = []
    editor.message.connect(said.append)
    return editor, said


def test_each_operation_is_one_undo_step_and_undoes_cleanly(qapp):
    editor, _ = _editor()
    doc, stack = editor.document, editor.undo_stack
    before = doc.snapshot()
    card = editor.add_card("st-b1", "l-act", "Pays")
    editor.move_cards([(card, "st-k1", "l-act", None)])
    conn = editor.connect_cards("web-buy", card)
    editor.set_properties("connection", conn, {"label": "then"})
    editor.rename("stage", "s-buy", "Buying")
    editor.recolour("lane", "l-web", "#112233")
    stage = editor.insert_stage(1)
    step = editor.insert_step("s-keep")
    lane = editor.add_lane("notes", 0)
    editor.move_structure("lane", "l-phone", 0)
    editor.resize_structure("step", "st-a1", 333)
    editor.set_cards_property(["web-ad", "web-buy"], "emotion", -1, "Set emotion")
    editor.set_map_info({"title": "Bigger"})
    persona = editor.add_persona("Cleo", "#123456")
    editor.move_persona(persona, 0)
    editor.delete_items([card])
    editor.delete_structure("step", step)
    editor.remove_persona("p-ben")
    assert None not in (card, conn, stage, step, lane, persona)
    assert stack.count() == 18
    assert doc.card("web-ad").emotion == -1 and doc.info.title == "Bigger"
    while stack.canUndo():
        stack.undo()
    assert doc.snapshot() == before


def test_unchanged_values_make_no_step(qapp):
    editor, _ = _editor()
    assert not editor.rename("stage", "s-buy", "  Purchase ")
    assert not editor.set_properties("card", "web-ad", {"title": "Sees an ad"})
    assert not editor.move_structure("stage", "s-buy", 1)
    assert not editor.set_cards_property(["web-buy"], "moment_of_truth", True, "x")
    assert not editor.delete_items()
    assert editor.undo_stack.count() == 0


def test_typing_merges_into_one_step(qapp):
    editor, _ = _editor()
    for text in ("B", "Bu", "Buy"):
        editor.set_properties("card", "web-buy", {"title": text}, merge=True)
    assert editor.undo_stack.count() == 1 and editor.document.card("web-buy").title == "Buy"


def test_rules_are_declined_with_one_message_each(qapp):
    editor, said = _editor()
    assert editor.add_card("st-a1", "l-emo") is None
    assert editor.add_lane("emotion") is None
    assert not editor.delete_structure("step", "st-b1")
    assert not editor.move_structure("step", "st-k1", 0, "s-aware")
    assert editor.undo_stack.count() == 0
    assert said == [
        "Cards cannot be placed on the emotion lane",
        "A map has only one emotion lane",
        "A stage keeps at least one step; delete the stage instead",
        "A stage keeps at least one step",
    ]


def test_a_new_stage_takes_the_next_colour_wherever_it_is_made(qapp):
    editor, _ = _editor()
    by_index = editor.insert_stage()
    next_to = editor.insert_next_to("stage", "s-aware", after=True)
    colours = [editor.document.stage(s).color for s in (by_index, next_to)]
    assert colours == [STAGE_COLORS[3], STAGE_COLORS[4]]


def test_a_batch_is_one_step_and_apply_takes_a_ready_command(qapp):
    from journeymap.editor.commands import AddCardsCommand

    editor, _ = _editor()
    doc = editor.document
    with editor.batch("Import"):
        lane = editor.add_lane("notes")
        editor.add_card("st-a1", lane, "Imported")
        assert editor.apply(AddCardsCommand(doc, [(Card("n-1", "st-a2", lane, "Also"), None)]))
    assert editor.undo_stack.count() == 1 and editor.undo_stack.text(0) == "Import"
    editor.undo_stack.undo()
    assert not doc.has_id(lane) and not doc.has_id("n-1")


def test_another_document_starts_a_fresh_history(qapp):
    editor, _ = _editor()
    replaced = []
    editor.documentReplaced.connect(replaced.append)
    editor.add_card("st-a1", "l-act", "x")
    other = small_map()
    editor.set_document(other)
    assert editor.document is other and replaced == [other] and editor.undo_stack.count() == 0


def test_an_editor_and_its_canvas_collected_together_go_quietly(qapp):
    """The undo stack's destructor signals indexChanged; a canvas half taken apart must not hear it."""
    import gc

    from journeymap.editor.scene import JourneyScene

    class Holder:
        pass

    for _ in range(3):
        holder = Holder()
        holder.editor = MapEditor(small_map())
        holder.scene = JourneyScene(holder.editor.document, holder.editor)
        holder.editor.add_card("st-a1", "l-act", "x")
        holder.cycle = holder  # only the collector frees it, in an order of its choosing
        del holder
        gc.collect()


def test_a_document_whose_content_is_replaced_is_shown_afresh(qapp):
    """A live session's peer reshapes the whole map (one reset event): the canvas is built again."""
    from journeymap.editor.scene import JourneyScene
    from tests.editor.scene_snapshot import scene_geometry

    editor = MapEditor(small_map())
    scene = JourneyScene(editor.document, editor)
    other = small_map()
    other.remove_stage("s-aware")
    editor.document.replace_content(other)
    fresh = JourneyScene(editor.document)
    try:
        assert "web-ad" not in scene.card_items
        assert scene_geometry(scene)["cards"] == scene_geometry(fresh)["cards"]
        assert scene_geometry(scene)["headers"] == scene_geometry(fresh)["headers"]
    finally:
        fresh.detach()
        scene.detach()
