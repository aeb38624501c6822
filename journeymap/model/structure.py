"""The grid and cast of a document: stages with their steps, lanes, personas.

A mixin of ``JourneyDocument`` kept in its own file because the rules for
reshaping the grid (what happens to the cards of a removed step or lane) are a
concept of their own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .entities import Lane, Persona, Stage, Step
from .errors import ModelError
from .events import EventKind
from .kinds import EMOTION_LANE_KIND, LANE_KINDS, card_kind_for_lane
from .removal import Removal
from .text import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:  # pragma: no cover
    from .document import JourneyDocument


def _clamp(index: int | None, length: int) -> int:
    return length if index is None else max(0, min(index, length))


class StructureMixin:
    """Stages, steps, lanes and personas of a ``JourneyDocument``."""

    # ----------------------------------------------------------------- personas
    def personas(self: JourneyDocument) -> list[Persona]:
        return list(self._personas)

    def persona(self: JourneyDocument, persona_id: str) -> Persona:
        for persona in self._personas:
            if persona.id == persona_id:
                return persona
        raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "no persona with id %1"), repr(persona_id)))

    def add_persona(self: JourneyDocument, persona: Persona, index: int | None = None) -> Persona:
        self._claim_id(persona.id)
        self._personas.insert(_clamp(index, len(self._personas)), persona)
        self._persona_id_cache = None
        self._emit(EventKind.PERSONA, (persona.id,))
        return persona

    def update_persona(self: JourneyDocument, persona_id: str, **changes) -> Persona:
        if "id" in changes:
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "an id never changes")))
        old = self.persona(persona_id)
        self._personas[self._personas.index(old)] = replace(old, **changes)
        self._emit(EventKind.PERSONA, (persona_id,))
        return old

    def move_persona(self: JourneyDocument, persona_id: str, index: int) -> int:
        persona = self.persona(persona_id)
        old_index = self._personas.index(persona)
        self._personas.remove(persona)
        self._personas.insert(_clamp(index, len(self._personas)), persona)
        self._emit(EventKind.PERSONA, (persona_id,))
        return old_index

    def remove_persona(self: JourneyDocument, persona_id: str) -> Removal:
        """Remove a persona and take it off every card and connection that named it."""
        with self._events_after():  # listeners see the map once it is whole again
            return self._remove_persona(persona_id)

    def _remove_persona(self: JourneyDocument, persona_id: str) -> Removal:
        persona = self.persona(persona_id)
        removal = Removal()
        for card in self.cards():
            if persona_id in card.personas:
                removal.changed_cards.append(card)
                kept = tuple(p for p in card.personas if p != persona_id)
                self._cards[card.id] = replace(card, personas=kept)
                self._graph_changed()
        for conn in self.connections():
            if persona_id in conn.personas:
                removal.changed_connections.append(conn)
                kept = tuple(p for p in conn.personas if p != persona_id)
                self._set_connection(replace(conn, personas=kept))
        removal.personas.append((self._personas.index(persona), persona))
        self._personas.remove(persona)
        self._persona_id_cache = None
        self._ids.discard(persona_id)
        if removal.changed_cards:
            self._emit(EventKind.CARD_CHANGED, [c.id for c in removal.changed_cards])
        if removal.changed_connections:
            self._emit(EventKind.CONNECTION_CHANGED, [c.id for c in removal.changed_connections])
        self._emit(EventKind.PERSONA, (persona_id,))
        return removal

    # ----------------------------------------------------------------- stages and steps: reading
    def stages(self: JourneyDocument) -> list[Stage]:
        return list(self._stages)

    def stage(self: JourneyDocument, stage_id: str) -> Stage:
        for stage in self._stages:
            if stage.id == stage_id:
                return stage
        raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "no stage with id %1"), repr(stage_id)))

    def steps(self: JourneyDocument) -> list[Step]:
        """Every step of every stage, in timeline order (cached until the grid changes)."""
        if self._step_cache is None:
            self._step_cache = [step for stage in self._stages for step in stage.steps]
            self._step_index = {step.id: i for i, step in enumerate(self._step_cache)}
            self._step_stage = {step.id: stage.id for stage in self._stages for step in stage.steps}
        return self._step_cache

    def step(self: JourneyDocument, step_id: str) -> Step:
        index = self.step_index(step_id)
        return self._step_cache[index]

    def step_index(self: JourneyDocument, step_id: str) -> int:
        """Position of a step on the whole timeline, counting across stages."""
        self.steps()
        try:
            return self._step_index[step_id]
        except KeyError:
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "no step with id %1"), repr(step_id))) from None

    def stage_of_step(self: JourneyDocument, step_id: str) -> Stage:
        self.step_index(step_id)
        return self.stage(self._step_stage[step_id])

    # ----------------------------------------------------------------- lanes: reading
    def lanes(self: JourneyDocument) -> list[Lane]:
        return list(self._lanes)

    def lane(self: JourneyDocument, lane_id: str) -> Lane:
        if self._lane_cache is None:
            self._lane_cache = {lane.id: lane for lane in self._lanes}
        try:
            return self._lane_cache[lane_id]
        except KeyError:
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "no lane with id %1"), repr(lane_id))) from None

    def lane_index(self: JourneyDocument, lane_id: str) -> int:
        for index, lane in enumerate(self._lanes):
            if lane.id == lane_id:
                return index
        raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "no lane with id %1"), repr(lane_id)))

    def emotion_lane(self: JourneyDocument) -> Lane | None:
        for lane in self._lanes:
            if lane.kind == EMOTION_LANE_KIND:
                return lane
        return None

    # ----------------------------------------------------------------- stages: changing
    def _grid_changed(self: JourneyDocument, ids) -> None:
        self._step_cache = None
        self._lane_cache = None
        self._emit(EventKind.GRID, tuple(ids))

    def add_stage(self: JourneyDocument, stage: Stage, index: int | None = None) -> Stage:
        """Insert a stage with its steps (a stage always has at least one step)."""
        if not stage.steps:
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "stage %1 needs at least one step"), repr(stage.name)))
        self._claim_id(stage.id)
        claimed = [stage.id]
        try:
            for step in stage.steps:
                self._claim_id(step.id)
                claimed.append(step.id)
        except ModelError:
            self._ids.difference_update(claimed)
            raise
        self._stages.insert(_clamp(index, len(self._stages)), stage)
        self._grid_changed([stage.id])
        return stage

    def update_stage(self: JourneyDocument, stage_id: str, **changes) -> Stage:
        """Rename, describe or recolour a stage; returns the old stage."""
        if {"id", "steps"} & changes.keys():
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "use the step methods to change a stage's steps")))
        old = self.stage(stage_id)
        self._stages[self._stages.index(old)] = replace(old, **changes)
        self._grid_changed([stage_id])
        return old

    def move_stage(self: JourneyDocument, stage_id: str, index: int) -> int:
        stage = self.stage(stage_id)
        old_index = self._stages.index(stage)
        self._stages.remove(stage)
        self._stages.insert(_clamp(index, len(self._stages)), stage)
        self._grid_changed([stage_id])
        return old_index

    def remove_stage(self: JourneyDocument, stage_id: str, move_cards_to: str | None = None) -> Removal:
        """Remove a stage and its steps; their cards are removed, or moved to step ``move_cards_to``."""
        with self._events_after():  # listeners see the map once it is whole again
            return self._remove_stage(stage_id, move_cards_to)

    def _remove_stage(self: JourneyDocument, stage_id: str, move_cards_to: str | None = None) -> Removal:
        stage = self.stage(stage_id)
        if len(self._stages) == 1:
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "a map keeps at least one stage")))
        own_steps = {step.id for step in stage.steps}
        if move_cards_to is not None and move_cards_to in own_steps:
            raise ModelError(
                Text(QT_TRANSLATE_NOOP("messages", "cards cannot move to a step of the stage being removed"))
            )
        removal = Removal()
        for step in stage.steps:
            self._clear_step(step.id, move_cards_to, removal)
        removal.stages.append((self._stages.index(stage), stage))
        self._stages.remove(stage)
        self._ids.difference_update(own_steps | {stage_id})
        self._grid_changed([stage_id])
        return removal

    # ----------------------------------------------------------------- steps: changing
    def add_step(self: JourneyDocument, stage_id: str, step: Step, index: int | None = None) -> Step:
        stage = self.stage(stage_id)
        self._claim_id(step.id)
        steps = list(stage.steps)
        steps.insert(_clamp(index, len(steps)), step)
        self._stages[self._stages.index(stage)] = replace(stage, steps=tuple(steps))
        self._grid_changed([step.id])
        return step

    def update_step(self: JourneyDocument, step_id: str, **changes) -> Step:
        """Rename, describe or resize a step; returns the old step."""
        if "id" in changes:
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "an id never changes")))
        stage = self.stage_of_step(step_id)
        old = self.step(step_id)
        steps = tuple(replace(s, **changes) if s.id == step_id else s for s in stage.steps)
        self._stages[self._stages.index(stage)] = replace(stage, steps=steps)
        self._grid_changed([step_id])
        return old

    def move_step(self: JourneyDocument, step_id: str, stage_id: str, index: int) -> tuple[str, int]:
        """Move a step within its stage or into another; returns (old stage id, old index)."""
        source = self.stage_of_step(step_id)
        target = self.stage(stage_id)
        if source.id != target.id and len(source.steps) == 1:
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "stage %1 keeps at least one step"), repr(source.name)))
        step = self.step(step_id)
        old_index = [s.id for s in source.steps].index(step_id)
        source_steps = [s for s in source.steps if s.id != step_id]
        self._stages[self._stages.index(source)] = replace(source, steps=tuple(source_steps))
        target = self.stage(stage_id)
        target_steps = list(target.steps)
        target_steps.insert(_clamp(index, len(target_steps)), step)
        self._stages[self._stages.index(target)] = replace(target, steps=tuple(target_steps))
        self._grid_changed([step_id])
        return source.id, old_index

    def remove_step(self: JourneyDocument, step_id: str, move_cards_to: str | None = None) -> Removal:
        """Remove a step; its cards are removed, or moved to step ``move_cards_to``."""
        with self._events_after():  # listeners see the map once it is whole again
            return self._remove_step(step_id, move_cards_to)

    def _remove_step(self: JourneyDocument, step_id: str, move_cards_to: str | None = None) -> Removal:
        stage = self.stage_of_step(step_id)
        if len(stage.steps) == 1:
            raise ModelError(
                Text(
                    QT_TRANSLATE_NOOP("messages", "stage %1 keeps at least one step; remove the stage instead"),
                    repr(stage.name),
                )
            )
        if move_cards_to == step_id:
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "cards cannot move to the step being removed")))
        removal = Removal()
        self._clear_step(step_id, move_cards_to, removal)
        index = [s.id for s in stage.steps].index(step_id)
        removal.steps.append((stage.id, index, stage.steps[index]))
        steps = tuple(s for s in stage.steps if s.id != step_id)
        self._stages[self._stages.index(stage)] = replace(stage, steps=steps)
        self._ids.discard(step_id)
        self._grid_changed([step_id])
        return removal

    def _clear_step(self: JourneyDocument, step_id: str, move_to: str | None, removal: Removal) -> None:
        card_ids = [cid for lane in self._lanes for cid in self._cells.get((step_id, lane.id), ())]
        if move_to is None:
            self._take_cards(card_ids, removal)
        else:
            moves = [(cid, move_to, self.card(cid).lane, None) for cid in card_ids]
            removal.moved_cards.extend(self.move_cards(moves))

    # ----------------------------------------------------------------- lanes: changing
    def add_lane(self: JourneyDocument, lane: Lane, index: int | None = None) -> Lane:
        self._check_lane_kind(lane.kind, None)
        self._claim_id(lane.id)
        self._lanes.insert(_clamp(index, len(self._lanes)), lane)
        self._grid_changed([lane.id])
        return lane

    def update_lane(self: JourneyDocument, lane_id: str, **changes) -> Lane:
        """Rename, recolour, resize or change the kind of a lane; returns the old lane."""
        if "id" in changes:
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "an id never changes")))
        old = self.lane(lane_id)
        if "kind" in changes and changes["kind"] != old.kind:
            self._check_lane_kind(changes["kind"], lane_id)
        self._lanes[self._lanes.index(old)] = replace(old, **changes)
        self._grid_changed([lane_id])
        return old

    def _check_lane_kind(self: JourneyDocument, kind: str, lane_id: str | None) -> None:
        if kind not in LANE_KINDS:
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "unknown lane kind %1"), repr(kind)))
        if kind != EMOTION_LANE_KIND:
            return
        existing = self.emotion_lane()
        if existing is not None and existing.id != lane_id:
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "a map has only one emotion lane")))
        if lane_id is not None and any(self._cells.get((s.id, lane_id)) for s in self.steps()):
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "a lane with cards cannot become the emotion lane")))

    def move_lane(self: JourneyDocument, lane_id: str, index: int) -> int:
        lane = self.lane(lane_id)
        old_index = self._lanes.index(lane)
        self._lanes.remove(lane)
        self._lanes.insert(_clamp(index, len(self._lanes)), lane)
        self._grid_changed([lane_id])
        return old_index

    def remove_lane(self: JourneyDocument, lane_id: str, move_cards_to: str | None = None) -> Removal:
        """Remove a lane; its cards are removed, or moved to lane ``move_cards_to``."""
        with self._events_after():  # listeners see the map once it is whole again
            return self._remove_lane(lane_id, move_cards_to)

    def _remove_lane(self: JourneyDocument, lane_id: str, move_cards_to: str | None = None) -> Removal:
        lane = self.lane(lane_id)
        if move_cards_to == lane_id:
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "cards cannot move to the lane being removed")))
        if move_cards_to is not None and card_kind_for_lane(self.lane(move_cards_to).kind) is None:
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "cards cannot move to the emotion lane")))
        removal = Removal()
        card_ids = [cid for step in self.steps() for cid in self._cells.get((step.id, lane_id), ())]
        if move_cards_to is None:
            self._take_cards(card_ids, removal)
        else:
            moves = [(cid, self.card(cid).step, move_cards_to, None) for cid in card_ids]
            removal.moved_cards.extend(self.move_cards(moves))
        removal.lanes.append((self._lanes.index(lane), lane))
        self._lanes.remove(lane)
        self._ids.discard(lane_id)
        self._grid_changed([lane_id])
        return removal

    # ----------------------------------------------------------------- undo of removals
    def restore(self: JourneyDocument, removal: Removal) -> None:
        """Put back everything a removal took, exactly where it was."""
        with self._events_after():  # listeners see the map once it is whole again
            self._restore(removal)

    def _restore(self: JourneyDocument, removal: Removal) -> None:
        for index, persona in removal.personas:
            self.add_persona(persona, index)
        for index, stage in removal.stages:
            self.add_stage(stage, index)
        for stage_id, index, step in removal.steps:
            self.add_step(stage_id, step, index)
        for index, lane in removal.lanes:
            self.add_lane(lane, index)
        for card, index in sorted(removal.cards, key=lambda rec: rec[1]):
            self.add_card(card, index)
        if removal.moved_cards:
            self.move_cards(list(reversed(removal.moved_cards)))
        for conn in removal.connections:
            self.add_connection(conn)
        if removal.changed_cards:
            self.replace_cards(removal.changed_cards)
        if removal.changed_connections:
            self.replace_connections(removal.changed_connections)
