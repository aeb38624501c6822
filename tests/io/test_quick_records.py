"""The loader's quick path for cards and connections accepts nothing the full reader refuses.

Opening a file tries each card and connection record on a quick path first and reads
it again with the full reader when the quick path declines. So for any record the
quick path must either decline or give exactly the value the full reader gives.
"""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.io import journey_format as jf
from journeymap.io import journey_quick_read as quick_read
from journeymap.io import journey_reading as reading
from journeymap.io.errors import FormatError
from journeymap.io.field_reader import _Reader
from journeymap.io.journey_file import document_to_json, load_map, save_map
from journeymap.io.journey_schema import KNOWN_KEYS
from journeymap.model.kinds import card_kind_for_lane
from tests.io.fuzz_inputs import base_data, base_texts

# Values that each break some rule, or pass close to its edge.
ODD_VALUES = [
    None, True, False, 0, 1, -1, 2, 3, -3, 1.0, 2.5, -0.0, 100, 100.0, 100.5, -1e15, 1e15, 1e16, 10**30,
    float("nan"), "", "x", "a b", "st-a1", "st-b1", "l-web", "l-act", "l-emo", "l-phone", "web-ad", "e1",
    "p-anna", "p-ben", "nobody", "\ud800", "é", "x" * 65, "x" * (jf.MAX_TEXT + 1), "touchpoint", "action",
    [], ["p-anna"], ["p-anna", "p-ben"], ["nobody"], [1], [None], ["p-anna"] * (jf.MAX_REFS + 1), [["p-anna"]],
    {}, {"name": "n", "value": 1}, [{"name": "n", "value": 1, "unit": "min"}], [{"name": "n"}],
    [{"name": "n", "value": True}], [{"name": 1, "value": 1}], [{"name": "n", "value": 1, "unit": None}],
    [{"name": "n", "value": 1e16}], [{"value": 2, "name": "n", "other": 1}], [1.5], ["p-anna", 7],
]
CARD_KEYS = list(KNOWN_KEYS["card"]) + ["x-unknown"]
CONNECTION_KEYS = list(KNOWN_KEYS["connection"]) + ["x-unknown"]
ERROR = object()


def _setting(index: int):
    """A reader and document as the loader has them when it reaches the cards, for one base map."""
    data = base_data(index)
    doc = jf.data_to_document(data, "x.journey")
    r = _Reader("x.journey", KNOWN_KEYS)
    r.persona_ids = frozenset(p.id for p in doc.personas())
    r.lanes = {lane.id: lane for lane in doc.lanes()}
    return data, doc, r


def _full(read, r, raw, doc):
    try:
        return read(r, raw, "cards[0]", lambda value, place: value, doc)
    except FormatError:
        return ERROR


def _quick_card(raw, doc, r):
    steps = frozenset(s.id for s in doc.steps())
    kinds = {lane.id: card_kind_for_lane(lane.kind) for lane in doc.lanes()}
    return quick_read.plain_card(raw, steps, kinds, r.persona_ids)


def _quick_connection(raw, doc, r):
    return quick_read.plain_connection(raw, frozenset(c.id for c in doc.cards()), r.persona_ids)


def _same(quick, full):
    if quick is None:
        return
    assert full is not ERROR, "the quick path accepted a record the full reader refuses"
    assert quick == full and repr(quick) == repr(full)


def _changed(record: dict, changes: list[tuple[str, object]], removals: list[str]) -> dict:
    record = copy.deepcopy(record)
    for key, value in changes:
        record[key] = copy.deepcopy(value)
    for key in removals:
        record.pop(key, None)
    return record


def _single_changes(keys: list[str]) -> list[tuple[list, list]]:
    """Every record with one field set to one odd value, or one field removed."""
    return [([(key, value)], []) for key in keys for value in ODD_VALUES] + [([], [key]) for key in keys]


def test_every_single_change_to_a_card_is_declined_or_read_alike():
    for base in (0, 1):  # small_map and rich_map (Hebrew, KPIs, personas)
        data, doc, r = _setting(base)
        for record in data["cards"]:
            for change, remove in _single_changes(CARD_KEYS):
                raw = _changed(record, change, remove)
                _same(_quick_card(raw, doc, r), _full(reading._read_card, r, raw, doc))


def test_every_single_change_to_a_connection_is_declined_or_read_alike():
    for base in (0, 1):
        data, doc, r = _setting(base)
        for record in data["connections"]:
            for change, remove in _single_changes(CONNECTION_KEYS):
                raw = _changed(record, change, remove)
                _same(_quick_connection(raw, doc, r), _full(reading._read_connection, r, raw, doc))


changes = st.lists(st.tuples(st.sampled_from(CARD_KEYS + CONNECTION_KEYS), st.sampled_from(ODD_VALUES)), max_size=3)
removals = st.lists(st.sampled_from(CARD_KEYS + CONNECTION_KEYS), max_size=2)


@pytest.mark.parametrize(
    ("kind", "quick", "full"),
    [("cards", _quick_card, reading._read_card), ("connections", _quick_connection, reading._read_connection)],
)
@settings(max_examples=400, deadline=None)
@given(base=st.integers(0, 20), which=st.integers(0, 200), change=changes, remove=removals)
def test_the_quick_path_declines_or_agrees_with_the_full_reader(kind, quick, full, base, which, change, remove):
    data, doc, r = _setting(base)
    if not data[kind]:
        return
    record = data[kind][which % len(data[kind])]
    raw = _changed(record, change, remove)
    _same(quick(raw, doc, r), _full(full, r, raw, doc))


def test_records_as_saved_take_the_quick_path():
    for index in range(len(base_texts())):
        data, doc, r = _setting(index)
        for raw in data["cards"]:
            if not set(raw) - set(KNOWN_KEYS["card"]):  # unknown keys always go the full way
                assert _quick_card(raw, doc, r) == _full(reading._read_card, r, raw, doc)
        for raw in data["connections"]:
            if not set(raw) - set(KNOWN_KEYS["connection"]):
                assert _quick_connection(raw, doc, r) == _full(reading._read_connection, r, raw, doc)


def test_a_duplicate_id_found_on_the_quick_path_is_reported_like_before(tmp_path):
    data = base_data(0)
    data["connections"][1]["id"] = data["cards"][2]["id"]
    path = tmp_path / "dup.journey"
    path.write_text(json.dumps(data), encoding="utf-8")
    try:
        load_map(path)
    except FormatError as exc:
        assert exc.place == "connections[1].id"
        assert "already used at cards[2].id" in exc.expected
    else:  # pragma: no cover - only reached by a bug
        raise AssertionError("a duplicate id was accepted")


def test_a_loaded_map_saves_the_same_text(tmp_path):
    path = tmp_path / "m.journey"
    text = base_texts()[1]
    path.write_text(text, encoding="utf-8")
    doc = load_map(path)
    assert document_to_json(doc) == text
    save_map(doc, tmp_path / "again.journey")
    assert load_map(tmp_path / "again.journey") == doc
