"""Exact answers for an absorbing Markov chain given as sparse rows of transition probabilities.

States are the integers 0..n-1 and ``rows[i]`` maps a state to the probability of moving
there next; whatever a row leaves below 1 leaves the chain (absorption). The chain is cut
into strongly connected components and solved component by component in topological
order: a card outside every loop costs one addition per connection; inside a loop the
component's matrix ``I - Q`` is factorised once (sparse LU in minimum-degree order,
pivoting on the diagonal, which is stable because ``I - Q`` is an M-matrix), and the
diagonal of its inverse comes from Takahashi's equations at the cost of the factorisation.

A component nothing leaves (a loop whose shares add up to 100 % everywhere) is *closed*:
whoever enters it goes round for ever. Its visits are infinite (reported as ``None``); its
reach is exact all the same (every card of it is visited once it is entered).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

Rows = list[dict[int, float]]

CLOSED_TOLERANCE = 1e-12


class NearlyClosed(Exception):
    """A pivot of (almost) zero: so little leaves the component that it is closed in all but rounding."""


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
class Factor:
    """``I - Q`` of one component as L·D·U in pivot order, and the selected entries of its inverse."""

    order: list[int]
    later: dict[int, list[int]]  # pivot -> its neighbours eliminated after it
    lower: dict[int, dict[int, float]]  # lower[k][i] = L[i][k] for i in later[k]
    upper: dict[int, dict[int, float]]  # upper[k][j] = U[k][j] for j in later[k]
    pivot: dict[int, float]
    inverse: dict[tuple[int, int], float]

    def solve_left(self, b: dict[int, float]) -> dict[int, float]:
        """x with x·(I - Q) = b: the expected visits of each state for the arrivals b."""
        y = {k: b.get(k, 0.0) for k in self.order}
        for k in self.order:  # y·U = b, forward
            yk = y[k]
            if yk:
                for j, u in self.upper[k].items():
                    y[j] -= yk * u
        x = {k: y[k] / self.pivot[k] for k in self.order}
        for k in reversed(self.order):  # x·L = y·D⁻¹, backward
            total = x[k]
            for i, low in self.lower[k].items():
                total -= x[i] * low
            x[k] = total
        return x


def factorise(rows: Rows, members: list[int], select: bool = True) -> Factor:
    """Factorise ``I - Q`` restricted to ``members`` (a component that something leaves).

    ``select``: also find the inverse's entries on the factor's pattern (its diagonal gives reach).
    """
    inside = set(members)
    matrix: dict[int, dict[int, float]] = {m: {m: 1.0} for m in members}
    near: dict[int, set[int]] = {m: set() for m in members}
    for i in members:
        row = matrix[i]
        for j, p in rows[i].items():
            if j in inside:
                row[j] = row.get(j, 0.0) - p
                if j != i:
                    near[i].add(j)
                    near[j].add(i)
    heap = [(len(near[m]), m) for m in members]
    heapq.heapify(heap)
    done: set[int] = set()
    order: list[int] = []
    factor = Factor(order, {}, {}, {}, {}, {})
    while heap:
        degree, k = heapq.heappop(heap)
        if k in done or degree != len(near[k]):
            continue
        done.add(k)
        order.append(k)
        _eliminate(matrix, near, k, factor)
        for i in factor.later[k]:
            heapq.heappush(heap, (len(near[i]), i))
    if select:
        _select_inverse(factor)
    return factor


def _eliminate(matrix, near, k, factor: Factor) -> None:
    row_k = matrix[k]
    piv = row_k[k]
    if piv < CLOSED_TOLERANCE:
        raise NearlyClosed
    neighbours = list(near[k])
    factor.pivot[k] = piv
    factor.later[k] = neighbours
    factor.upper[k] = {j: row_k.get(j, 0.0) / piv for j in neighbours}
    lower = factor.lower[k] = {}
    pivot_row = [(j, v) for j in neighbours if (v := row_k.get(j))]  # the pivot row's nonzeros, once
    for i in neighbours:
        row_i = matrix[i]
        f = row_i.get(k, 0.0) / piv
        lower[i] = f
        if f:
            get = row_i.get
            for j, v in pivot_row:
                row_i[j] = get(j, 0.0) - f * v
        near_i = near[i]
        near_i.discard(k)
        near_i.update(neighbours)  # the neighbours become one clique...
        near_i.discard(i)  # ...without a loop to itself


def _select_inverse(factor: Factor) -> None:
    """Entries of (I - Q)⁻¹ on the factor's pattern, last pivot first (Takahashi's equations)."""
    z = factor.inverse
    for i in reversed(factor.order):
        later = factor.later[i]
        upper = [(k, factor.upper[i][k]) for k in later]
        lower = [(k, factor.lower[i][k]) for k in later]
        for j in later:
            z[(i, j)] = -sum(u * z[(k, j)] for k, u in upper)
            z[(j, i)] = -sum(z[(j, k)] * low for k, low in lower)
        z[(i, i)] = 1.0 / factor.pivot[i] - sum(u * z[(k, i)] for k, u in upper)


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
        return factor.inverse.get((start, target))


def solve(rows: Rows, arrivals: dict[int, float], with_reach: bool = True) -> Solution:
    """Visits and reach of every state for customers arriving by ``arrivals`` (state -> share).

    Without ``with_reach`` only visits are exact, and reach only for states outside loops
    (all that the probability of reaching an absorbing state needs).
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
                _solve_loop(rows, c, members, incoming, found, with_reach)
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


def _solve_loop(rows: Rows, c: int, members: list[int], incoming: list[float], found: Solution, with_reach) -> None:
    """Visits (and reach) inside one component that customers can leave; pass on what leaves it."""
    factor = found.factors[c] = factorise(rows, members, with_reach)
    arrivals = {m: incoming[m] for m in members if incoming[m]}
    if not arrivals:
        return
    solved = factor.solve_left(arrivals)
    inside = set(members)
    for m in members:
        v = found.visits[m] = max(0.0, solved[m])
        if with_reach:
            found.reach[m] = min(1.0, v / factor.inverse[(m, m)])
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


def hitting(rows: Rows, arrivals: dict[int, float], targets: set[int]) -> float:
    """The share of arrivals that ever reach one of ``targets``: the targets made absorbing."""
    cut = [({} if i in targets else row) for i, row in enumerate(rows)]
    relevant = _can_reach(cut, targets)
    trimmed = [(row if i in relevant else {}) for i, row in enumerate(cut)]
    found = solve(trimmed, {s: a for s, a in arrivals.items() if s in relevant}, with_reach=False)
    return min(1.0, sum(found.reach[t] for t in targets))


def _can_reach(rows: Rows, targets: set[int]) -> set[int]:
    """States from which some target is reachable (the targets included)."""
    back: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        for j in row:
            back.setdefault(j, []).append(i)
    seen = set(targets)
    todo = list(targets)
    while todo:
        j = todo.pop()
        for i in back.get(j, ()):
            if i not in seen:
                seen.add(i)
                todo.append(i)
    return seen
