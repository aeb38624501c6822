"""Deterministic maps of a given size for the benchmark (and for tests that need a big map).

The same seed always gives the same map, so figures from two runs compare.
"""

from __future__ import annotations

import random

from journeymap.model import Card, Connection, JourneyDocument, Kpi, Lane, MapInfo, Persona, Stage, Step
from journeymap.model.kinds import ANNOTATION_LANE_KINDS, CHANNEL_LANE_KINDS, LANE_KIND_COLORS, LANE_KIND_LABELS

# size: (stages, steps per stage, lanes, cards, connections)
SIZES: dict[str, tuple[int, int, int, int, int]] = {
    "S": (5, 2, 8, 60, 70),
    "M": (10, 4, 12, 1_000, 1_500),
    "L": (20, 6, 16, 10_000, 15_000),
}

_WORDS = (
    "compares prices reads reviews asks chatbot calls service centre opens app gets email newsletter "
    "visits store signs up trial pays checkout waits delivery tracks order returns item rates product "
    "shares friends loyalty points coupon complains resolves ticket escalates callback renews plan"
).split()


def generate(size: str, seed: int = 7, direction: str = "ltr", shape: tuple[int, ...] | None = None) -> JourneyDocument:
    """A map of the named size (S, M or L), or of ``shape`` (stages, steps per stage, lanes, cards,
    connections): grid, lanes, cards with text, emotion, KPIs, connections."""
    n_stages, n_steps, n_lanes, n_cards, n_connections = shape or SIZES[size]
    rng = random.Random(seed)
    doc = JourneyDocument(MapInfo(title=f"Benchmark map {size}", direction=direction))
    for p in range(3):
        doc.add_persona(Persona(f"p{p}", f"Persona {p + 1}", color=("#E15759", "#4E79A7", "#59A14F")[p]))
    for s in range(n_stages):
        steps = tuple(Step(f"st{s}-{k}", f"Step {k + 1}") for k in range(n_steps))
        doc.add_stage(Stage(f"s{s}", f"Stage {s + 1}", color="#DDE6F0", steps=steps))
    kinds = list(CHANNEL_LANE_KINDS[:-1]) + list(ANNOTATION_LANE_KINDS)
    lane_ids = []
    for i in range(n_lanes - 1):
        kind = kinds[i % len(kinds)]
        lane_ids.append(f"l{i}")
        doc.add_lane(Lane(f"l{i}", f"{LANE_KIND_LABELS[kind]} {i + 1}", kind, kind, LANE_KIND_COLORS[kind]))
    doc.add_lane(Lane("l-emotion", "Emotion", "emotion", "emotion", LANE_KIND_COLORS["emotion"]))
    step_ids = [step.id for step in doc.steps()]
    card_ids = []
    for c in range(n_cards):
        title = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 7))).capitalize()
        kpis = (Kpi("duration", rng.randint(1, 30), "min"),) if rng.random() < 0.2 else ()
        card = Card(
            id=f"c{c}",
            step=step_ids[c % len(step_ids)] if c < len(step_ids) else rng.choice(step_ids),
            lane=rng.choice(lane_ids),
            title=title,
            emotion=rng.randint(-2, 2) if rng.random() < 0.4 else None,
            moment_of_truth=rng.random() < 0.03,
            kpis=kpis,
            personas=(f"p{rng.randrange(3)}",) if rng.random() < 0.3 else (),
        )
        doc.add_card(card)
        card_ids.append(card.id)
    order = sorted(card_ids, key=doc.timeline_key)
    position = {cid: i for i, cid in enumerate(order)}
    for e in range(n_connections):
        source = rng.choice(order)
        if rng.random() < 0.9:  # mostly forward, a few loops back
            i = position[source]
            target = order[min(len(order) - 1, i + rng.randint(1, 12))]
        else:
            target = rng.choice(order)
        if target == source:
            target = order[(position[source] + 1) % len(order)]
        share = float(rng.randint(5, 95)) if rng.random() < 0.3 else None
        doc.add_connection(Connection(f"e{e}", source, target, "", share))
    return doc


def side_by_side(maps: list[JourneyDocument]) -> JourneyDocument:
    """``maps`` in one document, on the first one's grid (the others' cards name the same steps and lanes).

    Nothing connects one map to another, so analysing it is exactly the work of analysing
    each: what linear growth costs on the machine at hand, caches included.
    """
    from dataclasses import replace

    first = maps[0]
    doc = JourneyDocument(MapInfo(title=f"{len(maps)} maps side by side"))
    for persona in first.personas():
        doc.add_persona(persona)
    for stage in first.stages():
        doc.add_stage(stage)
    for lane in first.lanes():
        doc.add_lane(lane)
    for n, one in enumerate(maps):
        doc.add_cards([replace(card, id=f"m{n}-{card.id}") for card in one.cards()])
        doc.add_connections(
            [
                replace(c, id=f"m{n}-{c.id}", source=f"m{n}-{c.source}", target=f"m{n}-{c.target}")
                for c in one.connections()
            ]
        )
    return doc
