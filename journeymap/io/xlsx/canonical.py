"""The values of a card, connection or persona as the round trip compares them.

The export writes these records (with a hash of each) into the workbook's hidden base
sheet; the import rebuilds them from the sheet and from the map as it is now, and compares
the three field by field. Places and personas are kept as ids, so a renamed step or
persona is no change of the card; texts are normalised the way Excel gives them back.
"""

from __future__ import annotations

import hashlib
import json

from ...model import Card, Connection, JourneyDocument, Persona
from .cells import clean_text

CARD_FIELDS = ("step", "lane", "title", "description", "emotion", "moment_of_truth", "owner", "kpis", "personas")
CONNECTION_FIELDS = ("source", "target", "label", "share", "personas")
PERSONA_FIELDS = ("name", "description", "goals", "color")


def norm_text(value: object) -> str:
    """Text as compared: Excel's CRLF made LF, no trailing spaces on lines, none around the whole."""
    if value is None:
        return ""
    text = clean_text(str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def kpi_text(card: Card) -> str:
    return "; ".join(kpi.display() for kpi in card.kpis)


def card_record(card: Card) -> dict:
    return {
        "step": card.step,
        "lane": card.lane,
        "title": norm_text(card.title),
        "description": norm_text(card.description),
        "emotion": card.emotion,
        "moment_of_truth": bool(card.moment_of_truth),
        "owner": norm_text(card.owner),
        "kpis": norm_text(kpi_text(card)),
        "personas": sorted(card.personas),
    }


def connection_record(conn: Connection) -> dict:
    share = None if conn.share is None else round(float(conn.share), 6)
    return {
        "source": conn.source,
        "target": conn.target,
        "label": norm_text(conn.label),
        "share": share,
        "personas": sorted(conn.personas),
    }


def persona_record(persona: Persona) -> dict:
    lines = [line.strip() for goal in persona.goals for line in norm_text(goal).split("\n")]
    return {
        "name": norm_text(persona.name),
        "description": norm_text(persona.description),
        "goals": [line for line in lines if line],  # the sheet shows one goal a line
        "color": persona.color.upper(),
    }


def record_hash(record: dict) -> str:
    """A short, stable digest of a record: equal records, equal hashes, in any process."""
    text = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def map_identity(doc: JourneyDocument) -> str:
    """What tells this map from another: its creation stamp (set on first save), else its title."""
    return doc.info.created or f"title:{norm_text(doc.info.title)}"


def map_records(doc: JourneyDocument) -> dict[str, dict[str, dict]]:
    """Every record of the map now, by kind and id."""
    return {
        "card": {card.id: card_record(card) for card in doc.cards()},
        "connection": {conn.id: connection_record(conn) for conn in doc.connections()},
        "persona": {persona.id: persona_record(persona) for persona in doc.personas()},
    }
