"""The most likely journeys from an entry to where customers leave, found best first.

A journey ends at a card with no connection onward (everyone there ends), or at a card
where part of the customers drop out (that part ends there). Its share is the entry's
share times the shares of its connections times the part that ends at its last card. A
journey uses each connection at most once, so it may go round a loop once per connection.

The search is A* over journeys: each partial journey is ranked by its share so far times
the best share any ending from its last card could still have (a shortest-path bound over
log-probabilities, computed once backwards with Dijkstra). Journeys therefore come out in
order of share, and the search stops after ``top`` of them or ``budget`` steps: never
exponential. How many other journeys there are is counted exactly when the map has no
loops (by dynamic programming over the cards in order), and found within the budget otherwise.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass

from .flow import Chain

DEFAULT_BUDGET = 12_000
_NEVER = math.inf


@dataclass(frozen=True)
class Journey:
    states: tuple[int, ...]
    connections: tuple[str, ...]
    share: float


@dataclass(frozen=True)
class JourneySearch:
    journeys: list[Journey]
    more_count: int  # journeys beyond the listed ones (a lower bound when not exact)
    more_count_exact: bool
    more_share: float  # the share of customers whose journey is not listed


def _bounds(chain: Chain) -> list[float]:
    """Per state: -log of the best share an ending from it can have (inf: nothing ends).

    The journeys behind it may repeat a connection, so it bounds the real best from above.
    """
    n = len(chain.cards)
    back: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for source, out in enumerate(chain.edges):
        for target, p, _ in out:
            if p > 0:
                back[target].append((source, -math.log(p)))
    cost = [_NEVER] * n
    heap = []
    for state in range(n):
        end = chain.ending(state)
        if end > 0:
            cost[state] = -math.log(end)
            heap.append((cost[state], state))
    heapq.heapify(heap)
    while heap:
        c, state = heapq.heappop(heap)
        if c > cost[state]:
            continue
        for source, w in back[state]:
            if c + w < cost[source]:
                cost[source] = c + w
                heapq.heappush(heap, (c + w, source))
    return cost


def best_journeys(chain: Chain, top: int, ended: float, budget: int = DEFAULT_BUDGET) -> JourneySearch:
    """The ``top`` journeys by share; ``ended`` is the share of customers whose journey ends."""
    bound = _bounds(chain)
    heap: list = []
    counter = 0
    for state, share in chain.entries.items():
        if share > 0 and bound[state] < _NEVER:
            cost = -math.log(share)
            heap.append((cost + bound[state], counter, False, cost, state, (state, None, None, _bit(state))))
            counter += 1
    heapq.heapify(heap)
    found: list[Journey] = []
    more = 0
    steps = 0
    while heap and steps < budget:
        steps += 1
        _, _, complete, cost, state, link = heapq.heappop(heap)
        if complete:
            if len(found) < top:
                found.append(_journey(link, math.exp(-cost)))
            else:
                more += 1
            continue
        end = chain.ending(state)
        if end > 0:
            total = cost - math.log(end)
            heapq.heappush(heap, (total, counter, True, total, state, link))
            counter += 1
        for target, p, conn in chain.edges[state]:
            if p <= 0 or bound[target] == _NEVER or _used(link, conn, target):
                continue
            step_cost = cost - math.log(p)
            new_link = (target, conn, link, link[3] | _bit(target))
            heapq.heappush(heap, (step_cost + bound[target], counter, False, step_cost, target, new_link))
            counter += 1
    exhausted = not heap
    listed = sum(j.share for j in found)
    count, exact = _count_more(chain, len(found), more, exhausted)
    return JourneySearch(found, count, exact, max(0.0, ended - listed))


def _bit(state: int) -> int:
    return 1 << (state % 61)


def _used(link, conn: str, target: int) -> bool:
    """Whether the journey ending at ``link`` already took ``conn``.

    A journey can only take a connection again by coming back to a card it met, so the
    walk back along the journey happens only when the bit mask of met cards says it may.
    """
    if not link[3] & _bit(target):
        return False
    while link is not None:
        if link[1] == conn:
            return True
        link = link[2]
    return False


def _journey(link, share: float) -> Journey:
    states, conns = [], []
    while link is not None:
        states.append(link[0])
        if link[1] is not None:
            conns.append(link[1])
        link = link[2]
    return Journey(tuple(reversed(states)), tuple(reversed(conns)), share)


def _count_more(chain: Chain, listed: int, seen_more: int, exhausted: bool) -> tuple[int, bool]:
    if exhausted:
        return seen_more, True
    total = count_journeys(chain)
    if total is None:
        return seen_more, False
    return max(0, total - listed), True


def count_journeys(chain: Chain) -> int | None:
    """How many journeys with a share above zero there are, when the cards form no loop; else None."""
    n = len(chain.cards)
    indegree = [0] * n
    for out in chain.edges:
        for target, p, _ in out:
            if p > 0:
                indegree[target] += 1
    order = [s for s in range(n) if indegree[s] == 0]
    for state in order:  # Kahn's algorithm; the list grows as cards are freed
        for target, p, _ in chain.edges[state]:
            if p > 0:
                indegree[target] -= 1
                if indegree[target] == 0:
                    order.append(target)
    if len(order) < n:
        return None
    ways = [0] * n  # journeys from each state to an ending
    for state in reversed(order):
        ways[state] = (1 if chain.ending(state) > 0 else 0) + sum(ways[t] for t, p, _ in chain.edges[state] if p > 0)
    return sum(ways[s] for s, share in chain.entries.items() if share > 0)
