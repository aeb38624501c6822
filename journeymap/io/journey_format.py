"""The .journey format: a document to plain JSON data and back, checking everything on the way in.

Writing (here) uses a fixed key order so files diff cleanly; keys this version does not
know are read into ``extra`` and written back after the known ones. Reading is in
``journey_reading``, its quick path for plainly right records in ``journey_quick_read``.
"""

from __future__ import annotations

from typing import Any

from ..model import Card, Connection, JourneyDocument, Lane, Persona, Stage, Step
from .field_reader import MAX_REFS, MAX_TEXT  # noqa: F401 - re-exported: limits of any field
from .journey_reading import data_to_document  # noqa: F401 - the format's other half, re-exported
from .journey_schema import (  # noqa: F401 - re-exported: the format's name, version and limits
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_CARDS,
    MAX_CONNECTIONS,
    MAX_KPIS,
    MAX_PARTS,
)


def _with_extra(data: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    for key in sorted(extra):
        if key not in data:
            data[key] = extra[key]
    return data


def document_to_data(doc: JourneyDocument) -> dict[str, Any]:
    """The whole document as JSON-ready data, keys in a fixed order."""
    info = doc.info
    data: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "map": _with_extra(
            {
                "title": info.title,
                "description": info.description,
                "language": info.language,
                "direction": info.direction,
                "created": info.created,
                "modified": info.modified,
            },
            info.extra,
        ),
        "personas": [_persona_data(p) for p in doc.personas()],
        "stages": [_stage_data(s) for s in doc.stages()],
        "lanes": [_lane_data(lane) for lane in doc.lanes()],
        "cards": [card_to_data(doc, c) for c in doc.cards()],
        "connections": [connection_to_data(c) for c in doc.connections()],
    }
    return _with_extra(data, doc.extra)


def _persona_data(p: Persona) -> dict[str, Any]:
    data = {"id": p.id, "name": p.name, "description": p.description, "goals": list(p.goals), "color": p.color}
    return _with_extra(data, p.extra)


def _stage_data(s: Stage) -> dict[str, Any]:
    data = {
        "id": s.id,
        "name": s.name,
        "description": s.description,
        "color": s.color,
        "steps": [_step_data(step) for step in s.steps],
    }
    return _with_extra(data, s.extra)


def _step_data(s: Step) -> dict[str, Any]:
    data: dict[str, Any] = {"id": s.id, "name": s.name, "description": s.description}
    if s.width is not None:
        data["width"] = s.width
    return _with_extra(data, s.extra)


def _lane_data(lane: Lane) -> dict[str, Any]:
    data: dict[str, Any] = {"id": lane.id, "name": lane.name, "kind": lane.kind, "icon": lane.icon, "color": lane.color}
    if lane.height is not None:
        data["height"] = lane.height
    return _with_extra(data, lane.extra)


def card_to_data(doc: JourneyDocument, c: Card) -> dict[str, Any]:
    data = {
        "id": c.id,
        "step": c.step,
        "lane": c.lane,
        "kind": doc.card_kind(c.id),
        "title": c.title,
        "description": c.description,
        "emotion": c.emotion,
        "moment_of_truth": c.moment_of_truth,
        "owner": c.owner,
        "kpis": [{"name": k.name, "value": k.value, "unit": k.unit} for k in c.kpis],
        "personas": list(c.personas),
    }
    return _with_extra(data, c.extra)


def connection_to_data(c: Connection) -> dict[str, Any]:
    data = {
        "id": c.id,
        "from": c.source,
        "to": c.target,
        "label": c.label,
        "share": c.share,
        "personas": list(c.personas),
    }
    return _with_extra(data, c.extra)
