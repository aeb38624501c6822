"""The shape of a map in a Y.Doc, and the map <-> Y.Doc conversions (no Qt).

Every root is a ``Y.Map``. ``meta`` says what the document is; ``map`` holds the map's
title and other info; ``extra`` the file's unknown top-level keys. Each kind of part
(``personas``, ``stages``, ``steps``, ``lanes``, ``cards``, ``connections``) is a root map
from id to a nested ``Y.Map`` of plain fields, the same fields and values as in a
.journey file. Lists (order) come from an ``order`` field, a fractional key, with the id
breaking ties; a step names its ``stage``, a card its ``step`` and ``lane``. No arrays
of parts: a concurrent move would leave two copies. docs/collaboration.md is the
reference for other Yjs clients.
"""

from __future__ import annotations

import json
from typing import Any

from pycrdt import Doc, Map

from ..io.journey_format import FORMAT_NAME, FORMAT_VERSION, data_to_document, document_to_data
from ..model import JourneyDocument, ModelError
from .order_keys import is_key, keys_between, reorder

SCHEMA_VERSION = 1
PART_ROOTS = ("personas", "stages", "steps", "lanes", "cards", "connections")
ROOTS = ("meta", "map", "extra", *PART_ROOTS)

LOST_STAGE = "stage.restored"  # stands in when concurrent removals left no stage at all
Flat = dict[str, dict[str, dict[str, Any]]]  # root -> id -> fields ("map", "extra": one entry, id "")


def roots(ydoc: Doc) -> dict[str, Map]:
    """The document's root maps, created on first use (a guest's empty Doc has none yet)."""
    return {name: ydoc.get(name, type=Map) for name in ROOTS}


# ============================================================================ map -> flat fields
def flatten(doc: JourneyDocument, previous: Flat | None = None) -> Flat:
    """The map as root -> id -> fields, keeping ``previous`` order keys wherever they still fit."""
    data = document_to_data(doc)
    previous = previous or {}
    flat: Flat = {"map": {"": dict(data["map"])}, "extra": {"": _top_extra(data)}}
    flat["personas"] = _ordered("personas", data["personas"], previous)
    flat["stages"] = _ordered("stages", [_without(s, "steps") for s in data["stages"]], previous)
    steps = []
    for stage in data["stages"]:
        steps.extend({**step, "stage": stage["id"]} for step in stage["steps"])
    flat["steps"] = _ordered("steps", steps, previous, group="stage")
    flat["lanes"] = _ordered("lanes", data["lanes"], previous)
    cards = [_without(card, "kind") for card in data["cards"]]
    flat["cards"] = _ordered("cards", cards, previous, group=("step", "lane"))
    flat["connections"] = {c["id"]: _without(c, "id") for c in data["connections"]}
    return flat


def flatten_parts(
    doc: JourneyDocument, previous: Flat, card_ids: set[str], conn_ids: set[str]
) -> tuple[Flat, dict[str, set[str]]]:
    """``previous`` with only these cards and connections taken again from the map (the grid unchanged).

    The order keys of every cell a listed card left or entered are checked, so a move
    writes the one key it needs. Returns the new flat map and root -> the ids that may differ.
    """
    from ..io.journey_format import card_to_data, connection_to_data

    touched = set(card_ids)
    flat = dict(previous)
    cards, conns = dict(previous["cards"]), dict(previous["connections"])
    cells = set()
    for card_id in card_ids:
        old = cards.pop(card_id, None)
        if old is not None:
            cells.add((old.get("step"), old.get("lane")))
        if doc.has_card(card_id):
            card = doc.card(card_id)
            cells.add((card.step, card.lane))
            fields = _without(card_to_data(doc, card), "id", "kind")
            fields["order"] = old.get("order") if old else None
            cards[card_id] = fields
    for step_id, lane_id in cells:
        if _cell_exists(doc, step_id, lane_id):
            ids = doc.cell_cards(step_id, lane_id)
            old_keys = {i: cards[i]["order"] for i in ids if is_key(cards[i].get("order"))}
            new_keys = reorder(ids, old_keys)
            for item in ids:
                if item in new_keys:
                    cards[item] = {**cards[item], "order": new_keys[item]}
                    touched.add(item)
    for conn_id in conn_ids:
        conns.pop(conn_id, None)
        if doc.has_connection(conn_id):
            conns[conn_id] = _without(connection_to_data(doc.connection(conn_id)), "id")
    flat["cards"], flat["connections"] = cards, conns
    return flat, {"cards": touched, "connections": set(conn_ids)}


def _cell_exists(doc: JourneyDocument, step_id: str, lane_id: str) -> bool:
    try:
        doc.step(step_id)
        doc.lane(lane_id)
    except ModelError:
        return False
    return True


def _top_extra(data: dict) -> dict[str, Any]:
    known = ("format", "version", "map", *PART_ROOTS)
    return {k: v for k, v in data.items() if k not in known}


def _without(record: dict, *keys: str) -> dict:
    return {k: v for k, v in record.items() if k not in keys}


def _ordered(root: str, records: list[dict], previous: Flat, group=None) -> dict[str, dict]:
    """Records by id with an ``order`` key each, per group (a step's stage, a card's cell)."""
    old = previous.get(root, {})
    groups: dict[Any, list[str]] = {}
    by_id: dict[str, dict] = {}
    for record in records:
        fields = _without(record, "id")
        by_id[record["id"]] = fields
        key = None if group is None else tuple(fields[g] for g in group) if isinstance(group, tuple) else fields[group]
        groups.setdefault(key, []).append(record["id"])
    for ids in groups.values():
        old_keys = {i: old[i]["order"] for i in ids if i in old and "order" in old[i]}
        new_keys = reorder(ids, old_keys)
        for item in ids:
            by_id[item]["order"] = new_keys.get(item) or old_keys[item]
    return by_id


# ============================================================================ flat fields -> Y.Doc
def write_changes(ydoc: Doc, old: Flat, new: Flat, only: dict[str, set[str]] | None = None) -> int:
    """Write what differs between two flat maps into the Doc (call inside a transaction); returns the count.

    ``only``: root -> the ids that may differ (the rest is known to be equal), for speed.
    """
    ymaps = roots(ydoc)
    count = 0
    if only is None:
        for root in ("map", "extra"):
            count += _write_fields(ymaps[root], old.get(root, {}).get("", {}), new[root][""])
    for root in PART_ROOTS if only is None else only:
        ymap, before, after = ymaps[root], old.get(root, {}), new[root]
        ids = (before.keys() | after.keys()) if only is None else only[root]
        for item in [i for i in ids if i in before and i not in after]:
            if item in ymap:
                del ymap[item]
                count += 1
        for item, fields in ((i, after[i]) for i in ids if i in after):
            existing = before.get(item)
            if existing is None or item not in ymap:
                ymap[item] = Map({key: storable(value) for key, value in fields.items()})
                count += 1
            elif existing != fields:
                count += _write_fields(ymap[item], existing, fields)
    return count


def _write_fields(ymap: Map, before: dict, after: dict) -> int:
    count = 0
    for key in before.keys() - after.keys():
        if key in ymap:
            del ymap[key]
            count += 1
    for key, value in after.items():
        if key not in before or not _same(before[key], value):
            ymap[key] = storable(value)
            count += 1
    return count


def _same(a: Any, b: Any) -> bool:
    """Equal as the Doc holds them: 2 and 2.0 are one double there, True and 1 are not."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return a == b


def seed(doc: JourneyDocument, room: str) -> tuple[Doc, Flat]:
    """A Y.Doc holding the map, built the same way every time (client id 0), and its flat fields."""
    ydoc = Doc(client_id=0)
    flat = flatten(doc)
    with ydoc.transaction(origin="seed"):
        ymaps = roots(ydoc)
        ymaps["meta"]["format"] = FORMAT_NAME
        ymaps["meta"]["schema"] = SCHEMA_VERSION
        ymaps["meta"]["room"] = room
        write_changes(ydoc, {}, flat)
    return ydoc, flat


# ============================================================================ Y.Doc -> map
def read_flat(ydoc: Doc) -> Flat:
    """The Doc's content as flat fields, numbers cast back from floats.

    Read as JSON text made by the engine (``str`` of a root): ten times faster than
    ``to_py``, which walks every nested map in Python.
    """
    ymaps = roots(ydoc)
    flat: Flat = {"map": {"": _json(ymaps["map"])}, "extra": {"": _json(ymaps["extra"])}}
    for root in PART_ROOTS:
        raw = _json(ymaps[root])
        flat[root] = {item: fields for item, fields in raw.items() if isinstance(fields, dict)}
    return flat


def read_changed(ydoc: Doc, previous: Flat, dirty: dict[str, set[str] | None]) -> Flat:
    """``previous`` with the parts named in ``dirty`` read again (root -> ids, or None: the whole root)."""
    ymaps = roots(ydoc)
    flat = dict(previous)
    for root, ids in dirty.items():
        if root in ("map", "extra"):
            flat[root] = {"": _json(ymaps[root])}
        elif ids is None:
            raw = _json(ymaps[root])
            flat[root] = {item: fields for item, fields in raw.items() if isinstance(fields, dict)}
        else:
            part, ymap = dict(previous.get(root, {})), ymaps[root]
            for item in ids:
                value = ymap.get(item) if item in ymap else None
                if isinstance(value, Map):
                    part[item] = _json(value)
                else:
                    part.pop(item, None)
            flat[root] = part
    return flat


def _json(ymap: Map) -> dict:
    """A shared map's content; the engine writes whole doubles as whole numbers (2, not 2.0)."""
    text = str(ymap) or "{}"
    value = json.loads(text, object_hook=_unwrapped) if WRAPPED in text else json.loads(text)
    return value if isinstance(value, dict) else {}


def _unwrapped(value: dict) -> Any:
    if len(value) == 1 and isinstance(value.get(WRAPPED), str):
        try:
            return json.loads(value[WRAPPED])
        except ValueError:
            return value
    return value


WRAPPED = "journeymap:json"  # {WRAPPED: text}: a value a double cannot hold exactly (a whole number past 2**53)
_SAFE_INT = 2**53


def storable(value: Any) -> Any:
    """The value as Yjs can hold it: numbers are doubles there, so a huge whole number travels as JSON text."""
    if _needs_wrapping(value):
        return {WRAPPED: json.dumps(value)}
    return value


def _needs_wrapping(value: Any) -> bool:
    if isinstance(value, int) and not isinstance(value, bool):
        return abs(value) >= _SAFE_INT
    if isinstance(value, dict):
        return any(_needs_wrapping(v) for v in value.values())
    if isinstance(value, list):
        return any(_needs_wrapping(v) for v in value)
    return False


# A field every part must have. Undoing one peer's change while another peer changed the
# same field can leave the field with no value at all (every write of it deleted); every
# reader then fills in the same value, so every peer still shows the same map.
REQUIRED = {
    "map": {"title": ""},
    "personas": {"name": ""},
    "stages": {"name": ""},
    "steps": {"name": ""},
    "lanes": {"name": "", "kind": "notes"},
    "cards": {"title": ""},
}


def _filled(root: str, fields: dict) -> dict:
    required = REQUIRED.get(root)
    if required is None or all(key in fields for key in required):
        return fields
    return {**required, **fields}


def flat_to_data(flat: Flat) -> dict[str, Any]:
    """File-format data from flat fields, dropping what a concurrent delete left dangling.

    Every peer drops the same things (a step whose stage is gone, a card whose step or
    lane is gone, a connection whose card is gone, a second emotion lane), so every peer
    ends with the same map.
    """
    stages = _sorted(flat["stages"])
    stage_ids = {s for s, _ in stages}
    steps_of: dict[str, list] = {s: [] for s in stage_ids}
    for step_id, fields in _sorted(flat["steps"]):
        if fields.get("stage") in stage_ids:
            steps_of[fields["stage"]].append({"id": step_id, **_without(_filled("steps", fields), "stage", "order")})
    stages = _stages_with_steps(stages, steps_of)
    lanes, seen_emotion = [], False
    for lane_id, fields in _sorted(flat["lanes"]):
        fields = _filled("lanes", fields)
        if fields.get("kind") == "emotion":
            if seen_emotion:
                continue
            seen_emotion = True
        lanes.append({"id": lane_id, **_without(fields, "order")})
    personas = [{"id": p, **_without(_filled("personas", f), "order")} for p, f in _sorted(flat["personas"])]
    persona_ids = {p["id"] for p in personas}
    step_ids = {s["id"] for steps in steps_of.values() for s in steps}
    lane_kinds = {lane["id"]: lane.get("kind") for lane in lanes}
    cards = []
    for card_id, fields in sorted(flat["cards"].items(), key=_card_key):
        if fields.get("step") in step_ids and lane_kinds.get(fields.get("lane"), "emotion") != "emotion":
            cards.append({"id": card_id, **_refs(_without(_filled("cards", fields), "order"), persona_ids)})
    card_ids = {c["id"] for c in cards}
    connections = [
        {"id": conn_id, **_refs(fields, persona_ids)}
        for conn_id, fields in sorted(flat["connections"].items())
        if fields.get("from") in card_ids and fields.get("to") in card_ids
    ]
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "map": _filled("map", flat["map"][""]),
        "personas": personas,
        "stages": [{"id": s, **_without(_filled("stages", f), "order"), "steps": steps_of[s]} for s, f in stages],
        "lanes": lanes,
        "cards": cards,
        "connections": connections,
        **{k: v for k, v in flat["extra"][""].items() if k not in ("format", "version")},
    }


def _stages_with_steps(stages: list[tuple[str, dict]], steps_of: dict[str, list]) -> list[tuple[str, dict]]:
    """Drop stages whose every step a peer removed; a map keeps one stage with one step, though."""
    kept = [(stage_id, fields) for stage_id, fields in stages if steps_of[stage_id]]
    if kept:
        return kept
    stage_id, fields = stages[0] if stages else (LOST_STAGE, {"name": "", "order": "V"})
    steps_of[stage_id] = [{"id": f"{stage_id}.step", "name": ""}]
    return [(stage_id, fields)]


def order_of(fields: dict) -> str:
    order = fields.get("order")
    return order if is_key(order) else ""


def _sorted(parts: dict[str, dict]) -> list[tuple[str, dict]]:
    return sorted(parts.items(), key=lambda item: (order_of(item[1]), item[0]))


def _card_key(item: tuple[str, dict]) -> tuple:
    return (order_of(item[1]), item[0])


def _refs(fields: dict, persona_ids: set[str]) -> dict:
    personas = fields.get("personas")
    if isinstance(personas, list):
        fields = {**fields, "personas": [p for p in dict.fromkeys(personas) if p in persona_ids]}
    return fields


def read_document(ydoc: Doc, place: str = "live map") -> JourneyDocument:
    """The Doc as a checked map: every rule of a .journey file applies (raises ``FormatError``)."""
    return data_to_document(flat_to_data(read_flat(ydoc)), place)


__all__ = ["keys_between", "read_document", "seed", "flatten", "write_changes", "read_flat", "roots"]
