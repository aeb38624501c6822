"""The quick path of reading cards and connections, which come by the thousand.

Each record is first tried here, where only a record that is plainly right is accepted
(known keys, right types, known references); anything else is read again by the full
reader (``journey_reading``), which names the problem. Both paths accept the same records
and give the same values.
"""

from __future__ import annotations

from typing import Any

from ..model import Card, Connection, Kpi
from ..model.kinds import EMOTION_MAX, EMOTION_MIN
from .field_reader import ID_PATTERN, _Reader, plain_number, plain_refs, plain_text
from .journey_schema import KNOWN_KEYS, MAX_KPIS

_CARD_KEYS = frozenset(KNOWN_KEYS["card"])
_CONNECTION_KEYS = frozenset(KNOWN_KEYS["connection"])
_NO_ITEMS: list = []
_id_matches = ID_PATTERN.fullmatch


def quick_or_full(r: _Reader, records: list, name: str, quick, full, claim, doc, seen: dict[str, str]) -> list:
    """Each record through the quick path when it is plainly right, else through the full reader,
    which finds and names the problem (a repeated id included)."""
    items = []
    for i, raw in enumerate(records):
        item = quick(raw)
        if item is None or item.id in seen:
            item = full(r, raw, f"{name}[{i}]", claim, doc)
        else:
            seen[item.id] = f"{name}[{i}].id"
        items.append(item)
    return items


def plain_card(c: Any, step_ids: frozenset[str], card_kinds: dict, persona_ids: frozenset[str]) -> Card | None:
    """The card of a record that is plainly right, or None (then ``_read_card`` finds the problem)."""
    if type(c) is not dict or not c.keys() <= _CARD_KEYS:
        return None
    get = c.get
    card_id, step, lane_id, title = get("id"), get("step"), get("lane"), get("title")
    if type(card_id) is not str or type(step) is not str or type(lane_id) is not str or not _id_matches(card_id):
        return None
    kind = card_kinds.get(lane_id)
    if kind is None or step not in step_ids or get("kind", kind) != kind:
        return None
    emotion = get("emotion")
    if emotion is not None and (type(emotion) is not int or not EMOTION_MIN <= emotion <= EMOTION_MAX):
        return None
    description, owner, moment = get("description", ""), get("owner", ""), get("moment_of_truth", False)
    if not (plain_text(title) and plain_text(description) and plain_text(owner)) or type(moment) is not bool:
        return None
    kpis = plain_kpis(get("kpis", _NO_ITEMS))
    personas = plain_refs(get("personas", _NO_ITEMS), persona_ids)
    if kpis is None or personas is None:
        return None
    return Card(card_id, step, lane_id, title, description, emotion, moment, owner, kpis, personas, {})


def plain_kpis(value: Any) -> tuple[Kpi, ...] | None:
    if type(value) is not list or len(value) > MAX_KPIS:
        return None
    kpis = []
    for kd in value:
        if type(kd) is not dict:
            return None
        name, number, unit = kd.get("name"), kd.get("value"), kd.get("unit", "")
        if not (plain_text(name) and plain_number(number, -1e15, 1e15) and plain_text(unit)):
            return None
        kpis.append(Kpi(name, number, unit))
    return tuple(kpis)


def plain_connection(c: Any, card_ids: frozenset[str], persona_ids: frozenset[str]) -> Connection | None:
    """The connection of a record that is plainly right, or None (then ``_read_connection`` finds the problem)."""
    if type(c) is not dict or not c.keys() <= _CONNECTION_KEYS:
        return None
    get = c.get
    conn_id, source, target, label, share = get("id"), get("from"), get("to"), get("label", ""), get("share")
    if type(conn_id) is not str or type(source) is not str or type(target) is not str or not _id_matches(conn_id):
        return None
    if source not in card_ids or target not in card_ids or not plain_text(label):
        return None
    if share is not None and not plain_number(share, 0, 100):
        return None
    personas = plain_refs(get("personas", _NO_ITEMS), persona_ids)
    if personas is None:
        return None
    return Connection(conn_id, source, target, label, share, personas, {})
