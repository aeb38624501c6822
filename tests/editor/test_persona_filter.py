"""The persona filter dims what a persona does not meet and draws its emotion curve; a view state only."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from journeymap.editor.persona_filter import DIMMED_OPACITY, PersonaFilter
from journeymap.editor.scene import JourneyScene
from journeymap.io.templates import load_template
from journeymap.model import queries
from tests.factories import small_map


@pytest.fixture
def filtered(qtbot):
    doc = small_map()
    stack = QUndoStack()
    scene = JourneyScene(doc, stack)
    return doc, stack, scene, PersonaFilter(scene)


def test_all_personas_dims_nothing_and_draws_one_curve_per_persona(filtered):
    doc, _stack, scene, persona_filter = filtered
    assert persona_filter.persona_id is None
    assert all(item.opacity() == 1.0 for item in scene.card_items.values())
    assert [c.persona_id for c in persona_filter.curves] == ["p-anna", "p-ben"]
    assert not scene.emotion_item.isVisible()
    assert persona_filter.visible_curve_count() == 2


def test_choosing_a_persona_dims_the_rest_and_draws_its_curve(filtered):
    doc, stack, scene, persona_filter = filtered
    doc.update_connection("e4", personas=("p-ben",))  # Ben's loop back: now only his
    persona_filter.set_persona("p-anna")
    on_path = queries.persona_cards(doc, "p-anna")
    assert "phone-ask" not in on_path and "web-compare" in on_path
    for card_id, item in scene.card_items.items():
        assert item.opacity() == (1.0 if card_id in on_path else DIMMED_OPACITY)
    assert scene.connection_items["e3"].label_item.opacity() == DIMMED_OPACITY  # Ben's branch
    assert scene.connection_items["e2"].label_item.opacity() == 1.0
    assert scene.connection_layer.opacity() == DIMMED_OPACITY
    assert persona_filter.paths_item.count == len(queries.persona_connections(doc, "p-anna"))
    assert persona_filter.visible_curve_count() == 1
    curve = persona_filter.curves[0]
    scores = [score for _point, score in curve._points]
    assert scores == [p.score for p in queries.emotion_curve(doc, "p-anna")]
    assert -1 not in scores  # Ben's call is not on Anna's curve
    assert stack.count() == 0  # a view state: no undo step


def test_the_filter_follows_edits_and_cycles(filtered):
    doc, _stack, scene, persona_filter = filtered
    persona_filter.set_persona("p-ben")
    assert scene.card_items["act-search"].opacity() == 1.0  # names nobody: everyone's
    doc.update_card("act-search", personas=("p-anna",))
    scene.apply_geometry()
    assert scene.card_items["act-search"].opacity() == DIMMED_OPACITY
    assert persona_filter.cycle() is None  # Ben is last: back to all personas
    assert scene.card_items["act-search"].opacity() == 1.0
    assert persona_filter.cycle() == "p-anna"


def test_a_map_without_personas_keeps_its_overall_curve(qtbot):
    doc = load_template("blank")
    scene = JourneyScene(doc, QUndoStack())
    persona_filter = PersonaFilter(scene)
    assert persona_filter.curves == []
    assert persona_filter.visible_curve_count() == 1
    persona_filter.set_persona("p-none")  # unknown: stays on all
    assert persona_filter.persona_id is None


def test_removing_the_chosen_persona_goes_back_to_all(filtered):
    doc, _stack, scene, persona_filter = filtered
    persona_filter.set_persona("p-ben")
    doc.remove_persona("p-ben")
    scene.apply_geometry()
    assert persona_filter.persona_id is None
    assert persona_filter.visible_curve_count() == 1  # only Anna is left


def test_curves_follow_emotion_changes_and_are_kept_otherwise(filtered):
    doc, _stack, scene, persona_filter = filtered
    anna = persona_filter.curves[0]
    doc.update_card("web-ad", title="Sees a billboard")
    scene.apply_geometry()
    assert persona_filter.curves[0] is anna  # nothing on the curve changed: the same item
    doc.update_card("web-ad", emotion=-2)
    scene.apply_geometry()
    assert [score for _p, score in persona_filter.curves[0]._points] == [
        p.score for p in queries.emotion_curve(doc, "p-anna")
    ]
    assert persona_filter.curves[0]._points[0][1] == -2
    doc.update_persona("p-anna", color="#000000")
    scene.apply_geometry()
    assert persona_filter.curves[0].color.name() == "#000000"
    assert len(scene.items()) == len(set(scene.items()))
    assert sum(1 for item in scene.items() if type(item).__name__ == "PersonaCurveItem") == 2
