"""The part of a map a slide shows, as a map of its own, laid out by the canvas's layout code.

A stage slide shows one stage with the lane headers beside it. Drawn from the whole map
its text would be as small as on the overview, because the map is as tall as all its
lanes; so the stage becomes a small map: only the lanes that hold something in it, each
as tall as its cards need, and steps widened (as a user could widen them) until the
stage fills the slide's width. Ids stay those of the map, so shapes are named alike on
every slide.
"""

from __future__ import annotations

from dataclasses import replace

from ...editor import style
from ...editor.layout import step_width
from ...model import JourneyDocument
from ...model.kinds import EMOTION_LANE_KIND

MAX_WIDEN = 2.2  # a step at most this many times its width on the map


def part_of_map(doc: JourneyDocument, stage_ids, compact: bool, widen: float = 1.0) -> JourneyDocument:
    """A new document holding the stages ``stage_ids`` of ``doc`` with their cards and connections.

    ``compact`` keeps only lanes with something in those stages and lets rows hug their
    cards; ``widen`` multiplies every step's width.
    """
    chosen = [stage for stage in doc.stages() if stage.id in set(stage_ids)]
    step_ids = {step.id for stage in chosen for step in stage.steps}
    cells = [(cell, ids) for cell, ids in doc.cells() if cell[0] in step_ids]
    part = JourneyDocument(doc.info)
    for persona in doc.personas():
        part.add_persona(persona)
    for stage in chosen:
        steps = tuple(replace(step, width=min(style.MAX_STEP_WIDTH, step_width(step) * widen)) for step in stage.steps)
        part.add_stage(replace(stage, steps=steps))
    used = {lane_id for (_step, lane_id), ids in cells if ids}
    scored = any(doc.card(card_id).emotion is not None for _cell, ids in cells for card_id in ids)
    for lane in doc.lanes():
        if lane.kind == EMOTION_LANE_KIND:
            if scored or not compact:
                part.add_lane(lane)
        elif not compact:
            part.add_lane(lane)
        elif lane.id in used:
            part.add_lane(replace(lane, height=style.MIN_LANE_HEIGHT))
    lanes = {lane.id for lane in part.lanes()}
    part.add_cards(doc.card(card_id) for (_step, lane_id), ids in cells if lane_id in lanes for card_id in ids)
    part.add_connections(c for c in doc.connections() if part.has_card(c.source) and part.has_card(c.target))
    return part
