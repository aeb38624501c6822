"""Exact answers for an absorbing Markov chain given as sparse rows of transition probabilities.

States are the integers 0..n-1 and ``rows[i]`` maps a state to the probability of moving
there next; whatever a row leaves below 1 leaves the chain (absorption). The chain is cut
into strongly connected components and solved component by component in topological
order: a card outside every loop costs one addition per connection; inside a loop the
component's matrix ``I - Q`` is factorised once (``factor.py``: sparse elimination, then a
dense core in numpy), and the diagonal of its inverse comes from Takahashi's equations at
the cost of the factorisation.

A component nothing leaves (a loop whose shares add up to 100 % everywhere) is *closed*:
whoever enters it goes round for ever. Its visits are infinite (reported as ``None``); its
reach is exact all the same (every card of it is visited once it is entered).
"""

from __future__ import annotations

from dataclasses import dataclass

from .factor import CLOSED_TOLERANCE, Factor, NearlyClosed, factorise

Rows = list[dict[int, float]]


def components(rows: Rows) -> list[list[int]]:
    """Strongly connected components in topological order (every edge goes forward or stays).

    Tarjan's algorithm without recursion: maps have thousands of cards in a row.
    """
    n = len(rows)
    index = [-1] * n
    low = [0] * n
    on_stack = [False] * n
    stack: list[int] = []
    found: list[list[int]] = []
    counter = 0
    for root in range(n):
        if index[root] != -1:
            continue
        work = [(root, iter(rows[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack[root] = True
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if index[child] == -1:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack[child] = True
                    work.append((child, iter(rows[child])))
                    advanced = True
                    break
                if on_stack[child] and index[child] < low[node]:
                    low[node] = index[child]
            if advanced:
                continue
            work.pop()
            if work and low[node] < low[work[-1][0]]:
                low[work[-1][0]] = low[node]
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack[member] = False
                    component.append(member)
                    if member == node:
                        break
                found.append(component)
    found.reverse()  # Tarjan finds sinks first
    return found


@dataclass
class Solution:
    """Per state: expected visits (None: unbounded), and the probability of ever being there."""

    visits: list[float | None]
    reach: list[float]
    component_of: list[int]
    comps: list[list[int]]
    factors: dict[int, Factor]
    closed: list[int]  # indices of closed components that were entered
    trapped: float  # the arrivals that went round a closed component for ever

    def expected_returns(self, start: int, target: int) -> float | None:
        """Expected visits of ``target`` starting at ``start`` (same component, on the factor's pattern)."""
        factor = self.factors.get(self.component_of[start])
        if factor is None:
            return None
        return factor.entry(start, target)


def solve(
    rows: Rows, arrivals: dict[int, float], with_reach: bool = True, keep: frozenset[int] = frozenset()
) -> Solution:
    """Visits and reach of every state for customers arriving by ``arrivals`` (state -> share).

    Without ``with_reach`` only visits are exact, and reach only for states outside loops
    (all that the probability of reaching an absorbing state needs). ``keep``: states whose
    entries of a big loop's inverse are wanted later (factorise() says which are kept).
    """
    n = len(rows)
    comps = components(rows)
    component_of = [0] * n
    for c, members in enumerate(comps):
        for m in members:
            component_of[m] = c
    incoming = [0.0] * n
    for state, share in arrivals.items():
        incoming[state] += share
    found = Solution([0.0] * n, [0.0] * n, component_of, comps, {}, [], 0.0)
    for c, members in enumerate(comps):
        if len(members) == 1 and members[0] not in rows[members[0]]:
            state = members[0]
            v = found.visits[state] = found.reach[state] = incoming[state]
            if v:
                for j, p in rows[state].items():
                    incoming[j] += v * p
        elif _is_closed(rows, members):
            _close(c, members, incoming, found)
        else:
            try:
                _solve_loop(rows, c, members, incoming, found, with_reach, keep)
            except NearlyClosed:
                found.factors.pop(c, None)
                _close(c, members, incoming, found)
    return found


def _close(c: int, members: list[int], incoming: list[float], found: Solution) -> None:
    """Whoever enters a closed component goes round it for ever: unbounded visits, every card reached."""
    entering = sum(incoming[m] for m in members)
    for m in members:
        found.visits[m] = None if entering else 0.0
        found.reach[m] = min(1.0, entering)
    if entering:
        found.closed.append(c)
        found.trapped += entering


def _solve_loop(rows: Rows, c: int, members, incoming: list[float], found: Solution, with_reach, keep) -> None:
    """Visits (and reach) inside one component that customers can leave; pass on what leaves it."""
    factor = found.factors[c] = factorise(rows, members, with_reach, keep)
    arrivals = {m: incoming[m] for m in members if incoming[m]}
    if not arrivals:
        return
    solved = factor.solve_left(arrivals)
    inside = set(members)
    diagonal = factor.diagonal() if with_reach else {}
    for m in members:
        v = found.visits[m] = max(0.0, solved[m])
        if with_reach:
            found.reach[m] = min(1.0, v / diagonal[m])
        for j, p in rows[m].items():
            if j not in inside:
                incoming[j] += v * p


def _is_closed(rows: Rows, members: list[int]) -> bool:
    """Nothing measurable leaves: every member keeps all but rounding of its customers inside.

    A card that loops to itself at 100 % and sends 1e-300 % elsewhere keeps them all: its
    pivot 1 - 1.0 is zero, so solving it as a loop customers leave would divide by zero.
    """
    inside = set(members)
    for m in members:
        kept = sum(p for j, p in rows[m].items() if j in inside)
        if kept < 1.0 - CLOSED_TOLERANCE:
            return False
    return True
