"""Building a new map from names: stages, steps and lanes made as a spreadsheet first names them."""

from __future__ import annotations

import re

from ...model import Card, Connection, JourneyDocument, Lane, MapInfo, Persona, Stage, Step
from ...model.kinds import EMOTION_LANE_KIND, card_kind_for_lane
from ...model.names import normalise
from .compare_personas import NEW_COLOURS
from .lane_kinds import lane_kind_for_name
from .messages import Message
from .preview import Added, Preview, RowError

STAGE_COLOURS = ("#DDE6F0", "#E3EEDD", "#F3E8D6", "#EDE1F0", "#DCEDEF", "#F2DEDE")
SEPARATORS = ",;\n\u060c "
_HEBREW = re.compile(r"[\u0590-\u05ff]")


def _original(cell: str, name: str) -> str:
    """``name`` (normalised) as the cell spells it."""
    for part in re.split(r"[,;\n\u060c]", cell):
        if normalise(part) == name:
            return part.strip()
    return name


class MapBuilder:
    """Collects a new map and the preview of what it holds."""

    def __init__(self, title: str, source: str) -> None:
        self.doc = JourneyDocument(MapInfo(title=title or "Imported journey"))
        self.preview = Preview(source=source)
        self._stages: dict[str, str] = {}
        self._steps: dict[tuple[str, str], str] = {}
        self._lanes: dict[str, str] = {}
        self._personas: dict[str, str] = {}
        self.texts: list[str] = []

    def _id(self, prefix: str) -> str:
        return self.doc.new_id(prefix)

    def step(self, stage_name: str, step_name: str) -> str:
        """The step of that name in the stage of that name, made (with its stage) when new."""
        stage_key = normalise(stage_name)
        key = (stage_key, normalise(step_name))
        if key in self._steps:
            return self._steps[key]
        step = Step(self._id("step"), step_name)
        if stage_key in self._stages:
            self.doc.add_step(self._stages[stage_key], step)
        else:
            stage_id = self._id("stage")
            colour = STAGE_COLOURS[len(self._stages) % len(STAGE_COLOURS)]
            self.doc.add_stage(Stage(stage_id, stage_name, color=colour, steps=(step,)))
            self._stages[stage_key] = stage_id
            self.texts.append(stage_name)
        self._steps[key] = step.id
        self.texts.append(step_name)
        return step.id

    def lane(self, name: str, kind: str | None = None) -> str:
        key = normalise(name)
        if key not in self._lanes:
            lane_id = self._id("lane")
            kind = kind or lane_kind_for_name(name)
            if kind == EMOTION_LANE_KIND and self.doc.emotion_lane() is not None:
                kind = "notes"  # a map has one emotion lane
            self.doc.add_lane(Lane(lane_id, name, kind))
            self._lanes[key] = lane_id
            self.texts.append(name)
        return self._lanes[key]

    def lane_holds_cards(self, lane_id: str) -> bool:
        return card_kind_for_lane(self.doc.lane(lane_id).kind) is not None

    def persona(self, name: str, description: str = "", goals: tuple[str, ...] = ()) -> str:
        key = normalise(name)
        if key not in self._personas:
            persona_id = self._id("persona")
            colour = NEW_COLOURS[len(self._personas) % len(NEW_COLOURS)]
            self.doc.add_persona(Persona(persona_id, name, description, goals, colour))
            self._personas[key] = persona_id
            self.preview.added.append(Added("personas", persona_id, 0, name, None))
        return self._personas[key]

    def persona_names(self, cell: str) -> tuple[str, ...]:
        """Persona ids for a cell naming several; known names first (they may hold commas), the rest made new."""
        rest = normalise(cell)
        found: list[str] = []
        known = sorted(self._personas.items(), key=lambda pair: -len(pair[0]))
        while rest.strip(SEPARATORS):
            rest = rest.lstrip(SEPARATORS)
            match = next(((name, pid) for name, pid in known if rest.startswith(name)
                          and rest[len(name):len(name) + 1] in ("", *SEPARATORS)), None)
            if match is None:
                name = re.split(r"[,;\n\u060c]", rest, maxsplit=1)[0].strip()
                match = (name, self.persona(_original(cell, name)))
            rest = rest[len(match[0]):]
            if match[1] not in found:
                found.append(match[1])
        return tuple(found)

    def card(self, row: int, card: Card, sheet: str = "cards") -> None:
        self.doc.add_card(card)
        self.texts.append(card.title)
        where = f"{self.doc.stage_of_step(card.step).name} / {self.doc.step(card.step).name} / " \
                f"{self.doc.lane(card.lane).name}"
        self.preview.added.append(Added(sheet, card.id, row, card.title, card, where))

    def connection(self, row: int, conn: Connection) -> None:
        self.doc.add_connection(conn)
        titles = (self.doc.card(conn.source).title, self.doc.card(conn.target).title)
        self.preview.added.append(Added("connections", conn.id, row, f"{titles[0]} → {titles[1]}", conn))

    def error(self, sheet: str, row: int, column: str, value, expected: Message) -> None:
        shown = "" if value is None else str(value)[:80]
        self.preview.errors.append(RowError(sheet, row, column, "", shown, expected))

    def finish(self) -> JourneyDocument:
        """The map, in Hebrew and right to left when its names are mostly Hebrew, with an emotion lane for scores."""
        if self.doc.emotion_lane() is None and any(card.emotion is not None for card in self.doc.cards()):
            name = "רגש" if self._mostly_hebrew() else "Emotion"
            self.doc.add_lane(Lane(self._id("lane"), name, EMOTION_LANE_KIND))
        if self._mostly_hebrew():
            self.doc.set_info(language="he", direction="rtl")
        return self.doc

    def _mostly_hebrew(self) -> bool:
        hebrew = sum(1 for text in self.texts if _HEBREW.search(text or ""))
        return bool(self.texts) and hebrew * 2 >= len(self.texts)
