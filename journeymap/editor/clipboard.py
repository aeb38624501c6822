"""Cards on the clipboard: a JSON payload with their properties and the connections among them.

The payload names each card's original cell so a paste can put cards back where
they came from, or shift the whole group to the cell the user chose. Parsing
never trusts the clipboard: anything malformed gives ``None``, never an exception.
"""

from __future__ import annotations

import json
from dataclasses import replace

from ..model import Card, Connection, JourneyDocument, Kpi

MIME_CARDS = "application/x-journeymap-cards"
MIME_KIND = "application/x-journeymap-kind"


def cards_payload(doc: JourneyDocument, card_ids: list[str]) -> dict:
    """The selected cards (in timeline order) and every connection joining two of them."""
    ids = sorted(set(card_ids), key=doc.timeline_key)
    chosen = set(ids)
    cards = []
    for card_id in ids:
        card = doc.card(card_id)
        cards.append(
            {
                "id": card.id,
                "step": card.step,
                "lane": card.lane,
                "index": doc.card_index(card_id),
                "title": card.title,
                "description": card.description,
                "emotion": card.emotion,
                "moment_of_truth": card.moment_of_truth,
                "owner": card.owner,
                "kpis": [{"name": k.name, "value": k.value, "unit": k.unit} for k in card.kpis],
                "personas": list(card.personas),
                "extra": card.extra,
            }
        )
    conns = [
        {"source": c.source, "target": c.target, "label": c.label, "share": c.share, "personas": list(c.personas)}
        for c in doc.connections()
        if c.source in chosen and c.target in chosen
    ]
    return {"format": "journeymap-cards", "version": 1, "cards": cards, "connections": conns}


def payload_text(payload: dict) -> str:
    return "\n".join(card["title"] for card in payload["cards"])


def encode(payload: dict) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def decode(data: bytes) -> dict | None:
    try:
        payload = json.loads(bytes(data).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("cards"), list):
        return None
    return payload


def _card_from(entry: dict, new_id: str, step: str, lane: str, personas: set[str]) -> Card:
    kpis = tuple(
        Kpi(str(k.get("name", "")), float(k.get("value", 0)), str(k.get("unit", "")))
        for k in entry.get("kpis", [])
        if isinstance(k, dict)
    )
    emotion = entry.get("emotion")
    if not isinstance(emotion, int) or isinstance(emotion, bool) or not -2 <= emotion <= 2:
        emotion = None
    return Card(
        id=new_id,
        step=step,
        lane=lane,
        title=str(entry.get("title", "")),
        description=str(entry.get("description", "")),
        emotion=emotion,
        moment_of_truth=bool(entry.get("moment_of_truth", False)),
        owner=str(entry.get("owner", "")),
        kpis=kpis,
        personas=tuple(p for p in entry.get("personas", []) if p in personas),
        extra=dict(entry.get("extra") or {}),
    )


def build_cards(
    doc: JourneyDocument, payload: dict, place, after_originals: bool = False
) -> tuple[list[tuple[Card, int | None]], list[Connection]] | None:
    """New cards (fresh ids) and connections from a payload.

    ``place(entry) -> (step id, lane id) | None`` decides each card's cell. With
    ``after_originals`` each copy goes right after its original (duplicate).
    Returns None when the payload cannot be used.
    """
    personas = {p.id for p in doc.personas()}
    id_map: dict[str, str] = {}
    cards: list[tuple[Card, int | None]] = []
    try:
        for entry in payload["cards"]:
            cell = place(entry)
            if cell is None:
                continue
            new_id = doc.new_id("card")
            while new_id in id_map.values():
                new_id = doc.new_id("card")
            id_map[str(entry["id"])] = new_id
            card = _card_from(entry, new_id, cell[0], cell[1], personas)
            index = None
            if after_originals and doc.has_card(str(entry["id"])):
                index = doc.card_index(str(entry["id"])) + 1 + sum(
                    1 for c, _ in cards if (c.step, c.lane) == cell
                )
            cards.append((card, index))
        conns = _connections(doc, payload, id_map, personas)
    except (KeyError, TypeError, ValueError):
        return None
    return cards, conns


def _connections(doc, payload, id_map, personas) -> list[Connection]:
    conns = []
    used: set[str] = set()
    for entry in payload.get("connections", []):
        source, target = id_map.get(str(entry["source"])), id_map.get(str(entry["target"]))
        if source is None or target is None:
            continue
        conn_id = doc.new_id("conn")
        while conn_id in used:
            conn_id = doc.new_id("conn")
        used.add(conn_id)
        share = entry.get("share")
        share = float(share) if isinstance(share, (int, float)) and 0 <= share <= 100 else None
        conn = Connection(conn_id, source, target, str(entry.get("label", "")), share)
        conns.append(replace(conn, personas=tuple(p for p in entry.get("personas", []) if p in personas)))
    return conns
