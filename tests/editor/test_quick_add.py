"""Quick add: loose matching of stage, step and lane names (Hebrew too), connections by title,
clear errors that change nothing, one undo step per line."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from journeymap.editor.quick_add import (
    CardPlan,
    ConnectionPlan,
    QuickAddError,
    best_match,
    parse_quick_add,
    quick_add,
)
from journeymap.editor.scene import JourneyScene
from journeymap.io.templates import load_template


@pytest.fixture(scope="module")
def purchase():
    return load_template("online-purchase")


@pytest.fixture(scope="module")
def hebrew():
    return load_template("online-purchase-he")


def _names(doc, plan):
    stage = doc.stage_of_step(plan.step_id)
    return stage.name, doc.step(plan.step_id).name, doc.lane(plan.lane_id).name, plan.title


def test_stage_and_lane_go_to_the_stage_s_last_step(purchase):
    plan = parse_quick_add(purchase, "Purchase / Phone: call to ask about delivery")
    assert isinstance(plan, CardPlan)
    assert _names(purchase, plan) == ("Purchase", "Receives the laptop", "Phone call", "call to ask about delivery")


def test_names_match_loosely(purchase):
    assert _names(purchase, parse_quick_add(purchase, "  purch/WEB :  Pays"))[:3] == (
        "Purchase", "Receives the laptop", "Website")
    assert _names(purchase, parse_quick_add(purchase, "Considration / Emial: typo-tolerant"))[:3] == (
        "Consideration", "Asks for advice", "Email")
    assert _names(purchase, parse_quick_add(purchase, "retention / media: posts a photo"))[2] == "Social media"


def test_stage_step_lane_picks_the_step(purchase):
    plan = parse_quick_add(purchase, "Consideration / compares / Website: opens three tabs")
    assert _names(purchase, plan) == ("Consideration", "Compares prices", "Website", "opens three tabs")


def test_hebrew_names(hebrew):
    plan = parse_quick_add(hebrew, "המרה / מוקד טלפוני: שיחה לבירור משלוח")
    assert _names(hebrew, plan) == ("המרה", "מקבל את המחשב", "מוקד טלפוני", "שיחה לבירור משלוח")
    assert _names(hebrew, parse_quick_add(hebrew, "שימור / מוקד: מתקשר שוב"))[2] == "מוקד טלפוני"


def test_a_connection_by_titles(purchase):
    plan = parse_quick_add(purchase, "compares three -> checkout")
    assert isinstance(plan, ConnectionPlan)
    assert purchase.card(plan.source_id).title == "Compares three models side by side"
    assert purchase.card(plan.target_id).title == "Checkout: delivery, payment and warranty"
    assert parse_quick_add(purchase, "Compares three models → Checkout") == plan


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("", "Stage / Lane"),
        ("just some words", "Stage / Lane"),
        ("Nowhere / Website: text", "No stage is called “Nowhere”"),
        ("Purchase / Fax machine: text", "No lane is called “Fax machine”"),
        ("Purchase / Emotion: happy", "emotion lane holds no cards"),
        ("Purchase / Website:", "after the colon"),
        ("Purchase / Nope / Website: text", "has no step called “Nope”"),
        ("Zebra crossing -> Checkout", "No card is called “Zebra crossing”"),
    ],
)
def test_errors_name_what_did_not_match(purchase, line, fragment):
    with pytest.raises(QuickAddError) as caught:
        parse_quick_add(purchase, line)
    assert fragment in str(caught.value)


def test_best_match_prefers_exact_then_prefix_then_part():
    names = [("a", "Phone call"), ("b", "Phone"), ("c", "Smartphone app")]
    assert best_match("phone", names) == "b"
    assert best_match("pho", names) == "a"
    assert best_match("smart", names) == "c"
    assert best_match("app", names) == "c"
    assert best_match("zzz", names) is None


def test_quick_add_is_one_undo_step_and_a_failure_changes_nothing(qtbot):
    doc = load_template("online-purchase")
    stack = QUndoStack()
    scene = JourneyScene(doc, stack)
    cards, conns = doc.card_count(), doc.connection_count()
    card_id = quick_add(scene, "Purchase / Phone: call to ask about delivery")
    assert doc.card_count() == cards + 1 and stack.count() == 1
    assert doc.card(card_id).title == "call to ask about delivery"
    assert scene.selected_card_ids() == [card_id]
    assert scene.focus_cell == (doc.card(card_id).step, doc.card(card_id).lane)
    conn_id = quick_add(scene, "call to ask about delivery -> Tracking email")
    assert doc.connection(conn_id).source == card_id
    assert doc.connection_count() == conns + 1 and stack.count() == 2
    with pytest.raises(QuickAddError):
        quick_add(scene, "Nowhere / Website: text")
    assert (doc.card_count(), doc.connection_count(), stack.count()) == (cards + 1, conns + 1, 2)
    stack.undo()
    stack.undo()
    assert (doc.card_count(), doc.connection_count()) == (cards, conns)
    scene.clearSelection()
