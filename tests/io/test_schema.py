"""The shipped JSON Schema agrees with the loader: it accepts what Journeymap writes,
and rejects the broken documents the loader rejects."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from journeymap.io.errors import FormatError
from journeymap.io.journey_file import document_to_json, parse_json_text
from journeymap.io.journey_format import FORMAT_VERSION
from journeymap.io.templates import template_names, template_text
from journeymap.model.kinds import CARD_KINDS, LANE_KINDS
from tests.factories import small_map


@pytest.fixture(scope="module")
def validator():
    text = (resources.files("journeymap.assets") / "schema" / "journey.schema.json").read_text(encoding="utf-8")
    schema = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _small_data() -> dict:
    return json.loads(document_to_json(small_map()))


def _loads(data: dict) -> bool:
    try:
        parse_json_text(json.dumps(data), "test.journey")
    except FormatError:
        return False
    return True


def test_schema_describes_this_format_version(validator):
    assert validator.schema["properties"]["version"]["const"] == FORMAT_VERSION
    assert validator.schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_knows_every_lane_kind_and_card_kind(validator):
    defs = validator.schema["$defs"]
    assert defs["lane"]["properties"]["kind"]["enum"] == list(LANE_KINDS)
    assert defs["card"]["properties"]["kind"]["enum"] == list(CARD_KINDS)


@pytest.mark.parametrize("name", template_names())
def test_schema_accepts_every_template(validator, name):
    assert list(validator.iter_errors(json.loads(template_text(name)))) == []


def test_schema_accepts_what_the_program_writes(validator):
    assert list(validator.iter_errors(_small_data())) == []


def _set(path: str, value):
    """A mutation that sets the value at a dotted path like ``cards.1.emotion``."""

    def mutate(data: dict) -> None:
        *parents, last = path.split(".")
        target = data
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return mutate


def _delete(path: str):
    def mutate(data: dict) -> None:
        *parents, last = path.split(".")
        target = data
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        del target[last]

    return mutate


BROKEN = {
    "not a journeymap file": _set("format", "mindmap"),
    "newer version": _set("version", FORMAT_VERSION + 1),
    "version zero": _set("version", 0),
    "version as text": _set("version", "1"),
    "no map": _delete("map"),
    "no title": _delete("map.title"),
    "unknown direction": _set("map.direction", "up"),
    "no stages": _set("stages", []),
    "stage without steps": _set("stages.0.steps", []),
    "step name not text": _set("stages.0.steps.0.name", 5),
    "step too narrow": _set("stages.0.steps.0.width", 10),
    "id with a space": _set("stages.0.id", "stage one"),
    "id too long": _set("personas.0.id", "p" * 65),
    "empty id": _set("lanes.0.id", ""),
    "colour without hash": _set("personas.0.color", "E15759"),
    "short colour": _set("stages.0.color", "#FFF"),
    "unknown lane kind": _set("lanes.0.kind", "fax"),
    "no lanes": _delete("lanes"),
    "no cards": _delete("cards"),
    "card without title": _delete("cards.0.title"),
    "emotion too high": _set("cards.1.emotion", 3),
    "emotion not whole": _set("cards.1.emotion", 1.5),
    "emotion as text": _set("cards.1.emotion", "happy"),
    "unknown card kind": _set("cards.1.kind", "sticker"),
    "moment of truth as text": _set("cards.1.moment_of_truth", "yes"),
    "kpi without value": _set("cards.1.kpis", [{"name": "Duration", "unit": "min"}]),
    "kpi value as text": _set("cards.1.kpis", [{"name": "Duration", "value": "2", "unit": "min"}]),
    "personas not a list": _set("cards.1.personas", "p-anna"),
    "share above 100": _set("connections.0.share", 120),
    "negative share": _set("connections.0.share", -5),
    "connection without target": _delete("connections.0.to"),
    "goals not texts": _set("personas.0.goals", [1, 2]),
}


@pytest.mark.parametrize("mutate", BROKEN.values(), ids=BROKEN.keys())
def test_schema_and_loader_both_reject(validator, mutate):
    data = _small_data()
    mutate(data)
    assert not validator.is_valid(data)
    assert not _loads(data)


def test_schema_and_loader_both_reject_a_list_at_the_top(validator):
    assert not validator.is_valid([_small_data()])
    with pytest.raises(FormatError):
        parse_json_text(json.dumps([_small_data()]), "test.journey")


ACCEPTED = {
    "unknown keys everywhere": lambda d: (
        d.update(plugin={"a": 1}),
        d["map"].update(theme="dark"),
        d["cards"][0].update(sticker="star"),
        d["connections"][0].update(style="dashed"),
    ),
    "optional lists left out": lambda d: (d.pop("personas"), d.pop("connections"), _strip_personas(d)),
    "no emotion score": _set("cards.1.emotion", None),
    "no share": _set("connections.0.share", None),
    "empty colour": _set("lanes.0.color", ""),
    "no kind written": _delete("cards.0.kind"),
    "fixed step width": _set("stages.0.steps.0.width", 240),
    "fixed lane height": _set("lanes.0.height", 90.5),
    "right to left": _set("map.direction", "rtl"),
    "minimal map block": _set("map", {"title": "Only a title"}),
}


def _strip_personas(data: dict) -> None:
    for item in data["cards"] + data.get("connections", []):
        item["personas"] = []


@pytest.mark.parametrize("mutate", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_schema_and_loader_both_accept(validator, mutate):
    data = _small_data()
    mutate(data)
    assert list(validator.iter_errors(data)) == []
    assert _loads(data)


def _documented_example() -> str:
    text = (Path(__file__).resolve().parents[2] / "docs" / "file-format.md").read_text(encoding="utf-8")
    start = text.index("```json\n") + len("```json\n")
    return text[start : text.index("```", start)]


def test_example_in_the_format_documentation_is_valid_and_canonical(validator):
    text = _documented_example()
    assert list(validator.iter_errors(json.loads(text))) == []
    doc = parse_json_text(text, "example.journey")
    assert document_to_json(doc) == text
    assert doc.card_count() == 3 and doc.connection_count() == 1
