"""One call that answers the map's questions: ``analyze(doc, persona=..., entry=..., top=...)``."""

from __future__ import annotations

from ...collector import cycle_collector_paused
from ..document import JourneyDocument
from ..kinds import lane_category
from . import markov
from .flow import AnalysisWarning, Chain, build_chain
from .paths import best_journeys
from .result import Analysis, ChannelSwitch, DropOff, Emotion, Loop, MorePaths, PathInfo
from .snapshot import MapSnapshot, snapshot_of
from .stages import reach_plan, speaks_for, stage_cards, summarise_stages

DEFAULT_TOP = 10


def analyze(
    doc: JourneyDocument | MapSnapshot, persona: str | None = None, entry: str | None = None, top: int = DEFAULT_TOP
) -> Analysis:
    """Everything the graph says about ``doc`` (a document or a ``MapSnapshot`` of one).

    Raises ModelError for an unknown persona or entry card. The cycle collector waits
    meanwhile: the work makes many short-lived objects and no cycles, and on a big map each
    collection would walk the whole map again for nothing.
    """
    with cycle_collector_paused():
        return _analyze(snapshot_of(doc), persona, entry, top)


def _analyze(doc: MapSnapshot, persona: str | None, entry: str | None, top: int) -> Analysis:
    chain = build_chain(doc, persona, entry)
    rows = chain.rows()
    by_stage = stage_cards(doc, chain, persona)
    plan = reach_plan(doc, chain, rows, by_stage)
    solution = markov.solve(rows, chain.entries, keep=plan.keep if plan else frozenset())
    touched = _touched(chain)
    cards = chain.cards
    reach = {cards[s]: solution.reach[s] for s in touched}
    visits = {cards[s]: solution.visits[s] for s in touched}
    exits, drops = _endings(doc, chain, solution)
    ended = sum(exits.values()) + sum(d.share for d in drops if not d.dead_end)
    search = best_journeys(chain, max(0, top), ended)
    lanes = {lane.id: lane for lane in doc.lanes()}
    counted = speaks_for(doc, persona, chain)
    paths = [_path_info(doc, chain, j.states, j.connections, j.share, lanes, counted) for j in search.journeys]
    warnings = list(chain.warnings)
    for c in solution.closed:
        members = tuple(sorted((cards[m] for m in solution.comps[c]), key=doc.timeline_key))
        warnings.append(AnalysisWarning("closed_loop", members[0], cards=members))
    reached = _reachable(chain)
    return Analysis(
        persona=persona,
        entry=entry,
        entries={cards[s]: share for s, share in chain.entries.items()},
        reach=reach,
        visits=visits,
        paths=paths,
        more_paths=MorePaths(search.more_count, search.more_count_exact, search.more_share),
        loops=_loops(doc, chain, solution),
        drop_offs=drops,
        exits=exits,
        unreachable=_unreachable(doc, chain, reached, persona),
        dead_ends=[d.card for d in drops if d.dead_end],
        channel_switches=_switches(chain, solution, lanes, doc),
        stages=summarise_stages(doc, by_stage, plan.reaches(solution) if plan else None),
        warnings=warnings,
        trapped=solution.trapped,
    )


def _touched(chain: Chain) -> list[int]:
    """States on a followed connection or entered at, in timeline order."""
    seen = set(chain.entries)
    for source, out in enumerate(chain.edges):
        if out:
            seen.add(source)
            seen.update(t for t, _, _ in out)
    return sorted(seen)


def _endings(doc: MapSnapshot, chain: Chain, solution: markov.Solution) -> tuple[dict[str, float], list[DropOff]]:
    """Where journeys end: cards nothing goes on from, and cards part of the customers leave at."""
    stages = doc.stages()
    last = stages[-1].id if stages else None
    exits: dict[str, float] = {}
    drops: list[DropOff] = []
    for state in _touched(chain):
        card = chain.cards[state]
        arrived = solution.visits[state]
        if arrived is None:
            continue  # inside a loop nobody leaves: nothing ends here
        if not chain.edges[state]:
            exits[card] = arrived
            if doc.stage_of_step(doc.card(card).step).id != last:
                drops.append(DropOff(card, arrived, True))
            continue
        leaving = arrived * chain.ending(state)
        if leaving > 0:
            drops.append(DropOff(card, leaving, False))
    drops.sort(key=lambda d: (-d.share, doc.timeline_key(d.card)))
    return exits, drops


def _reachable(chain: Chain) -> set[int]:
    seen = set(chain.entries)
    todo = list(seen)
    while todo:
        state = todo.pop()
        for target, _, _ in chain.edges[state]:
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def _unreachable(doc: MapSnapshot, chain: Chain, reached: set[int], persona: str | None) -> list[str]:
    """Connected cards no entry leads to, and touchpoints without connections, as ``check`` defines them.

    For a persona, only cards naming it or nobody: another persona's card is no gap of this one's.
    """
    if not chain.connections:
        return []
    connected = set(_touched(chain))
    found = []
    for card in doc.cards():
        state = chain.index[card.id]
        if state in reached or (persona is not None and card.personas and persona not in card.personas):
            continue
        if state in connected or lane_category(doc.lane(card.lane).kind) == "channel":
            found.append(card.id)
    return found


def _path_info(doc, chain: Chain, states, conns, share, lanes, counted) -> PathInfo:
    cards = [doc.card(chain.cards[s]) for s in states]
    channels: list[str] = []
    lane_runs: list[str] = []
    for card in cards:
        lane = lanes[card.lane]
        if lane_category(lane.kind) == "channel" and (not lane_runs or lane_runs[-1] != lane.id):
            lane_runs.append(lane.id)
            channels.append(lane.kind)
    scores = [c.emotion for c in cards if c.emotion is not None]
    emotion = Emotion(scores[0], min(scores), scores[-1]) if scores else None
    steps = {c.step for c in cards}
    on_path = {c.id for c in cards}
    friction = [
        c.id
        for c in doc.cards()
        if lanes[c.lane].kind == "friction" and (c.id in on_path or (c.step in steps and c.id in counted))
    ]
    return PathInfo(
        cards=tuple(c.id for c in cards),
        connections=tuple(conns),
        share=share,
        channels=tuple(channels),
        switches=max(0, len(lane_runs) - 1),
        emotion=emotion,
        moments_of_truth=tuple(dict.fromkeys(c.id for c in cards if c.moment_of_truth)),
        friction=tuple(friction),
        channel_lanes=tuple(lane_runs),
    )


def _loops(doc: MapSnapshot, chain: Chain, solution: markov.Solution) -> list[Loop]:
    """One loop per connection that leads back into the walk that got there (depth first from the entries)."""
    found: list[Loop] = []
    on_path: dict[int, int] = {}
    path: list[int] = []
    taken: list[str] = []  # taken[k]: the connection into path[k + 1]
    visited: set[int] = set()
    for start in sorted(chain.entries) + list(range(len(chain.cards))):
        if start in visited or (start not in chain.entries and not chain.edges[start]):
            continue
        visited.add(start)
        on_path[start] = 0
        path.append(start)
        work = [iter(chain.edges[start])]
        while work:
            step = next(work[-1], None)
            if step is None:
                work.pop()
                del on_path[path.pop()]
                if taken:
                    taken.pop()
                continue
            target, p, conn = step
            if target in on_path:
                head = on_path[target]
                found.append(_loop(doc, chain, solution, path[head:], p, (*taken[head:], conn)))
            elif target not in visited:
                visited.add(target)
                on_path[target] = len(path)
                path.append(target)
                taken.append(conn)
                work.append(iter(chain.edges[target]))
    found.sort(key=lambda lp: -lp.share)
    return found


def _loop(doc, chain: Chain, solution: markov.Solution, members: list[int], p: float, conns: tuple) -> Loop:
    """P(go round at least once) = v_u·p / (1 + p·N_hu): the closing connection u→h split by a virtual card."""
    head, tail = members[0], members[-1]
    cards = tuple(chain.cards[m] for m in members)
    arrived = solution.visits[tail]
    if arrived is None:
        return Loop(cards, conns[-1], solution.reach[tail], conns)
    returns = solution.expected_returns(head, tail) or 0.0
    share = arrived * p / (1.0 + p * returns) if p > 0 else 0.0
    return Loop(cards, conns[-1], min(1.0, share), conns)


def _switches(chain: Chain, solution: markov.Solution, lanes, doc: MapSnapshot) -> list[ChannelSwitch]:
    """Moves along a connection between touchpoints of two channels, added up per pair of lanes."""
    totals: dict[tuple[str, str], list] = {}
    for source, out in enumerate(chain.edges):
        from_lane = lanes[doc.card(chain.cards[source]).lane]
        if lane_category(from_lane.kind) != "channel" or not out:
            continue
        v = solution.visits[source]
        for target, p, _ in out:
            to_lane = lanes[doc.card(chain.cards[target]).lane]
            if lane_category(to_lane.kind) != "channel" or to_lane.id == from_lane.id:
                continue
            if to_lane.kind == from_lane.kind and to_lane.kind != "custom":
                continue
            entry = totals.setdefault((from_lane.id, to_lane.id), [0, 0.0])
            entry[0] += 1
            entry[1] = None if v is None or entry[1] is None else entry[1] + v * p
    found = [
        ChannelSwitch(lanes[a].kind, lanes[b].kind, a, b, count, share) for (a, b), (count, share) in totals.items()
    ]
    found.sort(key=lambda s: (-(s.share if s.share is not None else float("inf")), -s.count))
    return found
