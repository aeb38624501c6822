"""Widgets that show the map's state follow the document's events, not the canvas's geometry pass."""

from __future__ import annotations


def test_the_direction_box_follows_the_document_at_once(window):
    action = window.direction_and_language.rtl_action
    window.scene.layoutChanged.disconnect()  # no geometry pass reaches anyone: the event alone must do
    window.editor.set_map_info({"direction": "rtl"})
    assert action.isChecked()
    window.undo_stack.undo()
    assert not action.isChecked()


def test_the_persona_list_follows_the_document_at_once(window):
    combo = window.persona_combo
    names = lambda: [combo.itemText(i) for i in range(combo.count())]  # noqa: E731
    window.scene.layoutChanged.disconnect()
    persona_id = window.editor.add_persona("Dana", "#123456")
    assert names()[-1] == "Dana"
    window.editor.set_properties("persona", persona_id, {"name": "Dina"})
    assert names()[-1] == "Dina"
    window.editor.remove_persona(persona_id)
    assert "Dina" not in names()


def test_a_window_showing_another_map_lists_its_personas(window):
    from tests.factories import small_map

    other = small_map()
    other.update_persona("p-anna", name="Annette")
    window.set_document(other, None)
    combo = window.persona_combo
    assert "Annette" in [combo.itemText(i) for i in range(combo.count())]
