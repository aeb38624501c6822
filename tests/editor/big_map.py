"""A large deterministic map for canvas speed and robustness checks."""

from __future__ import annotations

import random

from journeymap.model import Card, Connection, JourneyDocument, Lane, MapInfo, Stage, Step
from journeymap.model.kinds import ANNOTATION_LANE_KINDS, CHANNEL_LANE_KINDS

WORDS = "customer compares prices calls support opens app reads email visits store asks question pays waits".split()


def big_map(stages: int = 10, steps: int = 4, lanes: int = 12, cards: int = 1000, connections: int = 1500,
            seed: int = 7, direction: str = "ltr") -> JourneyDocument:
    rng = random.Random(seed)
    doc = JourneyDocument(MapInfo(title="Big map", direction=direction))
    for s in range(stages):
        stage_steps = tuple(Step(f"s{s}t{t}", f"Step {t + 1}") for t in range(steps))
        doc.add_stage(Stage(f"s{s}", f"Stage {s + 1}", steps=stage_steps))
    kinds = list(CHANNEL_LANE_KINDS[:-1]) + list(ANNOTATION_LANE_KINDS)
    for index in range(lanes - 1):
        kind = kinds[index % len(kinds)]
        doc.add_lane(Lane(f"l{index}", kind.title(), kind))
    doc.add_lane(Lane("l-emo", "Emotion", "emotion"))
    step_ids = [step.id for step in doc.steps()]
    lane_ids = [lane.id for lane in doc.lanes()][:-1]
    for c in range(cards):
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 9)))
        emotion = rng.choice([None, None, -2, -1, 0, 1, 2])
        doc.add_card(Card(f"c{c}", rng.choice(step_ids), rng.choice(lane_ids), title, emotion=emotion))
    ids = [f"c{c}" for c in range(cards)]
    for e in range(connections):
        a, b = rng.sample(ids, 2)
        doc.add_connection(Connection(f"e{e}", a, b, rng.choice(["", "", "next", "calls back"]),
                                      rng.choice([None, 30.0, 70.0])))
    return doc
