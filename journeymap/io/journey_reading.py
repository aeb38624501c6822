"""Reading the .journey format: plain JSON data checked into a document, every problem named
with its place in the file."""

from __future__ import annotations

from typing import Any

from ..model import Card, Connection, JourneyDocument, Kpi, Lane, MapInfo, ModelError, Persona, Stage, Step
from ..model.kinds import DIRECTIONS, EMOTION_MAX, EMOTION_MIN, LANE_KINDS, card_kind_for_lane
from ..model.text import QT_TRANSLATE_NOOP, Text
from .field_reader import (
    _describe,
    _join,
    _Reader,
    _shown,
)
from .journey_quick_read import plain_card, plain_connection, quick_or_full
from .journey_schema import FORMAT_NAME, FORMAT_VERSION, KNOWN_KEYS, MAX_CARDS, MAX_CONNECTIONS, MAX_KPIS, MAX_PARTS


def data_to_document(data: Any, file: str) -> JourneyDocument:
    """Check parsed JSON data and build the document; raises ``FormatError`` naming the place."""
    r = _Reader(file, KNOWN_KEYS)
    top = r.obj(data, "")
    if top.get("format") != FORMAT_NAME:
        raise r.fail(
            "format", Text(QT_TRANSLATE_NOOP("messages", 'expected "%1"; this is not a Journeymap file'), FORMAT_NAME)
        )
    version = top.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise r.fail(
            "version", Text(QT_TRANSLATE_NOOP("messages", "expected a whole number, found %1"), _describe(version))
        )
    if version > FORMAT_VERSION:
        raise r.fail(
            "version",
            Text(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the file's format version is %1, from a newer Journeymap; "
                    "this version reads up to %2. Please update Journeymap",
                ),
                version if version < 10**20 else _describe(version),
                FORMAT_VERSION,
            ),
        )
    if version < 1:
        raise r.fail(
            "version",
            Text(
                QT_TRANSLATE_NOOP("messages", "expected a version from 1 to %1, found %2"),
                FORMAT_VERSION,
                _describe(version),
            ),
        )

    doc = JourneyDocument(_read_info(r, top))
    doc.extra = r.extra(top, "top", "")
    try:
        _read_parts(r, top, doc)
    except ModelError as exc:  # pragma: no cover - every rule is checked above with a place
        raise r.fail("", Text(QT_TRANSLATE_NOOP("messages", "inconsistent map: %1"), exc.args[0])) from None
    return doc


def _read_info(r: _Reader, top: dict) -> MapInfo:
    m = r.obj(top.get("map"), "map")
    direction = r.text(m, "direction", "map", "ltr")
    if direction not in DIRECTIONS:
        raise r.fail(
            "map.direction", Text(QT_TRANSLATE_NOOP("messages", 'expected "ltr" or "rtl", found %1'), _shown(direction))
        )
    return MapInfo(
        title=r.text(m, "title", "map"),
        description=r.text(m, "description", "map", ""),
        language=r.text(m, "language", "map", "en"),
        direction=direction,
        created=r.text(m, "created", "map", ""),
        modified=r.text(m, "modified", "map", ""),
        extra=r.extra(m, "map", "map"),
    )


def _read_parts(r: _Reader, top: dict, doc: JourneyDocument) -> None:
    seen: dict[str, str] = {}

    def claim(value: str, place: str) -> str:
        if value in seen:
            raise r.fail(
                place,
                Text(
                    QT_TRANSLATE_NOOP("messages", "id %1 is already used at %2; ids must be unique"),
                    _shown(value),
                    seen[value],
                ),
            )
        seen[value] = place
        return value

    for i, raw in enumerate(r.lst(top, "personas", "", required=False, limit=MAX_PARTS)):
        place = f"personas[{i}]"
        p = r.obj(raw, place)
        doc.add_persona(
            Persona(
                **_named(r, p, place, claim),
                goals=r.texts(p, "goals", place),
                color=r.color(p, "color", place, "#5B8DEF"),
                extra=r.extra(p, "persona", place),
            )
        )
    r.persona_ids = frozenset(p.id for p in doc.personas())
    stages = r.lst(top, "stages", "", limit=MAX_PARTS)
    if not stages:
        raise r.fail("stages", Text(QT_TRANSLATE_NOOP("messages", "expected at least one stage")))
    step_count = 0
    for i, raw in enumerate(stages):
        stage = _read_stage(r, raw, f"stages[{i}]", claim)
        step_count += len(stage.steps)
        if step_count > MAX_PARTS:
            raise r.fail(
                f"stages[{i}].steps",
                Text(
                    QT_TRANSLATE_NOOP("messages", "too many steps in the map; at most %1 over all stages"),
                    format(MAX_PARTS, ","),
                ),
            )
        doc.add_stage(stage)
    emotion_seen = None
    for i, raw in enumerate(r.lst(top, "lanes", "", limit=MAX_PARTS)):
        place = f"lanes[{i}]"
        lane = _read_lane(r, raw, place, claim)
        if lane.kind == "emotion":
            if emotion_seen:
                raise r.fail(
                    f"{place}.kind",
                    Text(
                        QT_TRANSLATE_NOOP("messages", "a map has only one emotion lane; %1 is one already"),
                        emotion_seen,
                    ),
                )
            emotion_seen = place
        doc.add_lane(lane)
        r.lanes[lane.id] = lane
    _read_cards(r, top, doc, claim, seen)
    _read_connections(r, top, doc, claim, seen)


def _read_cards(r: _Reader, top: dict, doc: JourneyDocument, claim, seen: dict[str, str]) -> None:
    step_ids = frozenset(step.id for step in doc.steps())
    card_kinds = {lane.id: card_kind_for_lane(lane.kind) for lane in r.lanes.values()}
    records = r.lst(top, "cards", "", limit=MAX_CARDS)
    quick = lambda raw: plain_card(raw, step_ids, card_kinds, r.persona_ids)  # noqa: E731
    doc.add_cards(quick_or_full(r, records, "cards", quick, _read_card, claim, doc, seen))


def _read_connections(r: _Reader, top: dict, doc: JourneyDocument, claim, seen: dict[str, str]) -> None:
    card_ids = frozenset(card.id for card in doc.cards())
    records = r.lst(top, "connections", "", required=False, limit=MAX_CONNECTIONS)
    quick = lambda raw: plain_connection(raw, card_ids, r.persona_ids)  # noqa: E731
    doc.add_connections(quick_or_full(r, records, "connections", quick, _read_connection, claim, doc, seen))


def _named(r: _Reader, record: dict, place: str, claim) -> dict:
    """The id (claimed), name and description every persona and step has, read in that order."""
    return {
        "id": claim(r.ident(record, "id", place), f"{place}.id"),
        "name": r.text(record, "name", place),
        "description": r.text(record, "description", place, ""),
    }


def _read_stage(r: _Reader, raw: Any, place: str, claim) -> Stage:
    s = r.obj(raw, place)
    stage_id = claim(r.ident(s, "id", place), f"{place}.id")
    steps_raw = r.lst(s, "steps", place, limit=MAX_PARTS)
    if not steps_raw:
        raise r.fail(f"{place}.steps", Text(QT_TRANSLATE_NOOP("messages", "expected at least one step")))
    steps = []
    for j, step_raw in enumerate(steps_raw):
        sp = f"{place}.steps[{j}]"
        st = r.obj(step_raw, sp)
        steps.append(
            Step(
                **_named(r, st, sp, claim),
                width=r.number(st, "width", sp, 40, 5000, optional=True),
                extra=r.extra(st, "step", sp),
            )
        )
    return Stage(
        id=stage_id,
        name=r.text(s, "name", place),
        description=r.text(s, "description", place, ""),
        color=r.color(s, "color", place, "#DDE6F0"),
        steps=tuple(steps),
        extra=r.extra(s, "stage", place),
    )


def _read_lane(r: _Reader, raw: Any, place: str, claim) -> Lane:
    ln = r.obj(raw, place)
    lane_id = claim(r.ident(ln, "id", place), f"{place}.id")
    kind = r.text(ln, "kind", place)
    if kind not in LANE_KINDS:
        raise r.fail(
            f"{place}.kind",
            Text(QT_TRANSLATE_NOOP("messages", "expected one of %1; found %2"), ", ".join(LANE_KINDS), _shown(kind)),
        )
    return Lane(
        id=lane_id,
        name=r.text(ln, "name", place),
        kind=kind,
        icon=r.text(ln, "icon", place, ""),
        color=r.color(ln, "color", place, ""),
        height=r.number(ln, "height", place, 20, 5000, optional=True),
        extra=r.extra(ln, "lane", place),
    )


def _reference(r: _Reader, data: dict, key: str, place: str, exists, what: str) -> str:
    value = r.text(data, key, place)
    if not exists(value):
        raise r.fail(
            _join(place, key),
            Text(QT_TRANSLATE_NOOP("messages", "refers to %1 %2, which is not in the map"), what, _shown(value)),
        )
    return value


def _personas(r: _Reader, data: dict, place: str, doc: JourneyDocument) -> tuple[str, ...]:
    ids = r.texts(data, "personas", place)
    for i, pid in enumerate(ids):
        if pid not in r.persona_ids:
            raise r.fail(
                f"{place}.personas[{i}]",
                Text(QT_TRANSLATE_NOOP("messages", "refers to persona %1, which is not in the map"), _shown(pid)),
            )
    return ids


def _read_card(r: _Reader, raw: Any, place: str, claim, doc: JourneyDocument) -> Card:
    c = r.obj(raw, place)
    card_id = claim(r.ident(c, "id", place), f"{place}.id")
    step = _reference(r, c, "step", place, lambda v: _has_step(doc, v), "step")
    lane_id = _reference(r, c, "lane", place, r.lanes.__contains__, "lane")
    lane = r.lanes[lane_id]
    expected_kind = card_kind_for_lane(lane.kind)
    if expected_kind is None:
        raise r.fail(
            f"{place}.lane",
            Text(QT_TRANSLATE_NOOP("messages", "lane %1 is the emotion lane, which holds no cards"), _shown(lane.name)),
        )
    if "kind" in c and c["kind"] != expected_kind:
        raise r.fail(
            f"{place}.kind",
            Text(
                QT_TRANSLATE_NOOP("messages", "a card in lane %1 (%2) is a %3, found %4"),
                _shown(lane.name),
                lane.kind,
                repr(expected_kind),
                _describe(c["kind"]),
            ),
        )
    emotion = r.number(c, "emotion", place, EMOTION_MIN, EMOTION_MAX, optional=True)
    if emotion is not None and emotion != int(emotion):
        expected = Text(
            QT_TRANSLATE_NOOP("messages", "expected a whole number from %1 to %2, found %3"),
            EMOTION_MIN,
            EMOTION_MAX,
            emotion,
        )
        raise r.fail(f"{place}.emotion", expected)
    kpis = []
    for k, kraw in enumerate(r.lst(c, "kpis", place, required=False, limit=MAX_KPIS)):
        kp = f"{place}.kpis[{k}]"
        kd = r.obj(kraw, kp)
        kpis.append(
            Kpi(
                name=r.text(kd, "name", kp),
                value=r.number(kd, "value", kp, -1e15, 1e15, optional=False),
                unit=r.text(kd, "unit", kp, ""),
            )
        )
    return Card(
        id=card_id,
        step=step,
        lane=lane_id,
        title=r.text(c, "title", place),
        description=r.text(c, "description", place, ""),
        emotion=None if emotion is None else int(emotion),
        moment_of_truth=r.flag(c, "moment_of_truth", place),
        owner=r.text(c, "owner", place, ""),
        kpis=tuple(kpis),
        personas=_personas(r, c, place, doc),
        extra=r.extra(c, "card", place),
    )


def _has_step(doc: JourneyDocument, step_id: str) -> bool:
    try:
        doc.step_index(step_id)
        return True
    except ModelError:
        return False


def _read_connection(r: _Reader, raw: Any, place: str, claim, doc: JourneyDocument) -> Connection:
    c = r.obj(raw, place)
    conn_id = claim(r.ident(c, "id", place), f"{place}.id")
    return Connection(
        id=conn_id,
        source=_reference(r, c, "from", place, doc.has_card, "card"),
        target=_reference(r, c, "to", place, doc.has_card, "card"),
        label=r.text(c, "label", place, ""),
        share=r.number(c, "share", place, 0, 100, optional=True),
        personas=_personas(r, c, place, doc),
        extra=r.extra(c, "connection", place),
    )
