"""The bundled templates: each loads, fits the schema, survives a save unchanged,
and shows what a journey map is for (personas, stages, lanes, feelings, branches, loops)."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import networkx as nx
import pytest

from journeymap.io.journey_file import document_to_json, load_map, parse_json_text, save_map
from journeymap.io.templates import DEFAULT_TEMPLATE, SAMPLE_TEMPLATE, load_template, template_names, template_text
from journeymap.model.kinds import (
    ANNOTATION_LANE_KINDS,
    CHANNEL_LANE_KINDS,
    EMOTION_LANE_KIND,
    lane_category,
)
from journeymap.model.queries import dead_ends, unreachable_cards, warnings

EXAMPLES = ["online-purchase", "online-purchase-he", "contact-centre"]
STANDARD_ANNOTATIONS = {"actions", "motivations", "questions", "friction", "opportunities"}


def _schema() -> dict:
    text = (resources.files("journeymap.assets") / "schema" / "journey.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def _parsed(name: str):
    return parse_json_text(template_text(name), name)


def test_every_template_is_listed_blank_first():
    names = template_names()
    assert names[0] == DEFAULT_TEMPLATE == "blank"
    assert set(EXAMPLES) <= set(names)
    assert SAMPLE_TEMPLATE in names


@pytest.mark.parametrize("name", ["blank", *EXAMPLES])
def test_template_loads_and_fits_the_schema(name):
    doc = load_template(name)
    assert doc.stages() and doc.lanes()
    jsonschema.validate(json.loads(template_text(name)), _schema(), cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize("name", ["blank", *EXAMPLES])
def test_template_text_is_exactly_what_saving_writes(name):
    """Files are kept in the program's own layout, so a save shows no diff beyond the times."""
    text = template_text(name)
    assert document_to_json(_parsed(name)) == text


@pytest.mark.parametrize("name", ["blank", *EXAMPLES])
def test_template_round_trips_through_a_file(name, tmp_path):
    doc = load_template(name)
    path = tmp_path / f"{name}.journey"
    save_map(doc, path)
    loaded = load_map(path)
    assert loaded == doc
    assert path.read_text(encoding="utf-8") == document_to_json(loaded)


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_has_the_parts_of_a_journey_map(name):
    doc = _parsed(name)
    assert 2 <= len(doc.personas()) <= 3
    for persona in doc.personas():
        assert persona.description and persona.goals and persona.color
    assert 4 <= len(doc.stages()) <= 6
    for stage in doc.stages():
        assert 1 <= len(stage.steps) <= 4
    kinds = [lane.kind for lane in doc.lanes()]
    assert sum(kind in CHANNEL_LANE_KINDS for kind in kinds) >= 3
    assert STANDARD_ANNOTATIONS <= set(kinds)
    assert kinds.count(EMOTION_LANE_KIND) == 1
    assert 25 <= doc.card_count() <= 45
    assert doc.info.description


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_annotation_lane_and_channel_lane_holds_cards(name):
    doc = _parsed(name)
    used = {card.lane for card in doc.cards()}
    for lane in doc.lanes():
        if lane.kind != EMOTION_LANE_KIND:
            assert lane.id in used, f"lane {lane.name!r} is empty"


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_tells_a_story_with_feelings_owners_and_figures(name):
    doc = _parsed(name)
    touchpoints = [c for c in doc.cards() if lane_category(doc.lane(c.lane).kind) == "channel"]
    scored = [c for c in touchpoints if c.emotion is not None]
    assert len(scored) >= 0.8 * len(touchpoints)
    scores = {c.emotion for c in scored}
    assert min(scores) <= -1 and max(scores) >= 2, "the curve should have real highs and lows"
    assert any(c.moment_of_truth for c in doc.cards())
    assert sum(bool(c.owner) for c in touchpoints) >= 0.8 * len(touchpoints)
    assert sum(bool(c.kpis) for c in doc.cards()) >= 5
    assert any(c.personas for c in doc.cards())
    assert any(conn.personas for conn in doc.connections())


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_graph_has_a_branch_with_sensible_shares_and_a_loop(name):
    doc = _parsed(name)
    graph = doc.graph
    branches = [n for n in graph if graph.out_degree(n) >= 2]
    assert branches
    for card_id in branches:
        shares = [conn.share for conn in doc.connections() if conn.source == card_id]
        if all(share is not None for share in shares):
            assert sum(shares) == pytest.approx(100)
    assert any(nx.simple_cycles(graph)), "expected a loop back to an earlier step"
    assert all(conn.label for conn in doc.connections())
    assert any(
        doc.step_index(doc.card(c.target).step) < doc.step_index(doc.card(c.source).step) for c in doc.connections()
    ), "a loop should lead back to an earlier step"


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_has_no_warnings(name):
    doc = _parsed(name)
    assert dead_ends(doc) == []
    assert unreachable_cards(doc) == []
    assert warnings(doc) == []


@pytest.mark.parametrize("name", EXAMPLES)
def test_ids_are_readable(name):
    data = json.loads(template_text(name))
    ids = [c["id"] for c in data["cards"]] + [c["id"] for c in data["connections"]]
    for item_id in ids:
        assert "-" in item_id and len(item_id) <= 40 and item_id == item_id.lower()


def test_hebrew_template_runs_right_to_left_with_the_hebrew_stages():
    doc = _parsed("online-purchase-he")
    assert doc.info.language == "he"
    assert doc.info.direction == "rtl"
    assert [s.name for s in doc.stages()] == ["מודעות", "שיקול", "המרה", "שימור", "קידום"]
    lane_names = {lane.name for lane in doc.lanes()}
    assert {"אתר", 'דוא"ל', "צ'אטבוט", "מוקד טלפוני", "נקודות חיכוך", "הזדמנויות", "רגש"} <= lane_names
    titles = [c.title for c in doc.cards()]
    assert "הרשמה ל-30 יום ניסיון ב-Microsoft 365 Business" in titles
    assert "זמן המתנה: 2 דקות (יעד: 90%)" in titles


def test_hebrew_template_is_written_in_hebrew():
    doc = _parsed("online-purchase-he")
    hebrew = [c for c in doc.cards() if any("\u0590" <= ch <= "\u05ff" for ch in c.title)]
    assert len(hebrew) == doc.card_count()


def test_contact_centre_measures_calls_and_shows_the_backstage():
    doc = _parsed("contact-centre")
    kpi_names = {k.name for c in doc.cards() for k in c.kpis}
    assert {"Call duration", "Wait time", "People spoken to", "First-contact resolution", "CSAT"} <= kpi_names
    kinds = {lane.kind for lane in doc.lanes()}
    assert {"chatbot", "phone"} <= kinds
    owners = {c.owner for c in doc.cards()}
    assert {"Customer service", "Technical support"} <= owners
    chat = next(c for c in doc.cards() if doc.lane(c.lane).kind == "chatbot")
    phone_ids = {c.id for c in doc.cards() if doc.lane(c.lane).kind == "phone"}
    assert set(doc.graph.successors(chat.id)) & phone_ids, "the chatbot should hand over to the phone line"
    cycle_nodes = {n for cycle in nx.simple_cycles(doc.graph) for n in cycle}
    assert cycle_nodes & phone_ids, "an unresolved ticket should loop back to another call"


def test_blank_is_an_empty_grid_of_the_five_standard_stages():
    doc = _parsed("blank")
    assert [s.name for s in doc.stages()] == ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"]
    assert all(len(s.steps) == 1 for s in doc.stages())
    kinds = [lane.kind for lane in doc.lanes()]
    assert sum(kind in CHANNEL_LANE_KINDS for kind in kinds) == 3
    assert STANDARD_ANNOTATIONS <= {k for k in kinds if k in ANNOTATION_LANE_KINDS}
    assert kinds.count(EMOTION_LANE_KIND) == 1
    assert doc.card_count() == 0
    assert doc.connection_count() == 0
