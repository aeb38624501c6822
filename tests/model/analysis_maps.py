"""Small maps for the analysis tests, built from a list of connections."""

from __future__ import annotations

from journeymap.model import Card, Connection, JourneyDocument, Lane, MapInfo, Persona, Stage, Step

LANES = (("l-web", "website"), ("l-phone", "phone"), ("l-fric", "friction"), ("l-opp", "opportunities"))


def chain_map(cards: list[str], conns: list[tuple], stages: int = 3, emotions: dict | None = None) -> JourneyDocument:
    """Cards placed one per step across ``stages`` stages (alternating website and phone lanes).

    ``conns``: (source, target) or (source, target, share) or (source, target, share, personas).
    """
    doc = JourneyDocument(MapInfo(title="Analysis"))
    doc.add_persona(Persona("p-a", "A"))
    doc.add_persona(Persona("p-b", "B"))
    per_stage = max(1, -(-len(cards) // stages))
    for s in range(stages):
        steps = tuple(Step(f"st{s}-{k}", f"Step {s}.{k}") for k in range(per_stage))
        doc.add_stage(Stage(f"s{s}", f"Stage {s}", steps=steps))
    for lane_id, kind in LANES:
        doc.add_lane(Lane(lane_id, kind.title(), kind))
    steps = doc.steps()
    emotions = emotions or {}
    for i, cid in enumerate(cards):
        lane = "l-web" if i % 2 == 0 else "l-phone"
        doc.add_card(Card(cid, steps[i].id, lane, cid.upper(), emotion=emotions.get(cid)))
    for n, conn in enumerate(conns):
        source, target = conn[0], conn[1]
        share = conn[2] if len(conn) > 2 else None
        personas = conn[3] if len(conn) > 3 else ()
        doc.add_connection(Connection(f"e{n}", source, target, "", share, tuple(personas)))
    return doc
