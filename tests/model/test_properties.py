"""Properties of whole maps: any valid map survives save and load exactly, passes the shipped JSON Schema,
and keeps its indexes consistent."""

from __future__ import annotations

import json
import tempfile
from importlib import resources
from pathlib import Path

import jsonschema
from hypothesis import given

from journeymap.io.journey_file import document_to_json, load_map, parse_json_text, save_map
from tests.consistency import assert_consistent
from tests.fuzz_budget import FUZZED, OPENED, fuzz
from tests.strategies import journey_maps

_FOLDER = tempfile.TemporaryDirectory(prefix="journeymap-properties-")
_SCHEMA = jsonschema.Draft202012Validator(
    json.loads((resources.files("journeymap.assets") / "schema" / "journey.schema.json").read_text(encoding="utf-8"))
)


@fuzz(120)
@given(journey_maps())
def test_every_valid_map_round_trips_exactly(doc):
    FUZZED["valid maps saved and loaded"] += 1
    assert_consistent(doc)
    path = Path(_FOLDER.name) / "map.journey"
    save_map(doc, path)
    text = path.read_text(encoding="utf-8")
    loaded = load_map(path)
    OPENED["valid maps saved and loaded"] += 1
    assert loaded == doc
    assert document_to_json(loaded) == text
    assert_consistent(loaded)
    assert list(_SCHEMA.iter_errors(json.loads(text))) == []  # the shipped schema agrees


@fuzz(30)
@given(journey_maps(max_cards=4, max_connections=4))
def test_text_is_a_fixed_point(doc):
    """Writing, reading and writing again gives the same bytes: files diff cleanly."""
    FUZZED["valid maps written twice"] += 1
    text = document_to_json(doc)
    assert document_to_json(parse_json_text(text, "x")) == text
    OPENED["valid maps written twice"] += 1
