"""Every stage's reach at once: the share of customers who arrive at one of its cards at least once.

Exact, from the one solution of the whole chain, without solving the chain again per stage.
Let X be the cards where customers can first arrive in a stage (its entry cards, and its
cards with a connection from outside the stage). Everyone who gets there has one last visit
to X, so the stage's reach is ``Σ_x visits_x · escape_x``, with ``escape_x`` the chance of
never coming back to X after x. Escape needs ``h_j``, the chance of getting to X from card
j, only where customers can come back: on cards both reachable from X and reaching X (the
stage's *region*). Where no region follows a card, no customer enters the stage twice from
there: its escape is 1 and what flows in is the reach.

Regions are found per strongly connected component, one bit per stage, and solved
backwards, downstream first: a card outside loops costs one addition per connection into
it. In a loop C with cards X_C of X, ``h = N·(r + E_X·c)`` (N the loop's ``(I - Q)⁻¹``, r
what leads out of the loop to X, c unknown on X_C) with ``h = 1`` on X_C gives
``N_XX·c = 1 - (N·r)_X``, and c is exactly the escape of X_C. A big loop keeps X for its
dense block (``keep``), where N_XX is at hand, and solves every stage at once
(many_columns.py): its cost hardly depends on the number of stages. A small loop solves in
Python, a column per card of X_C.

Customers caught in a loop nobody leaves that holds cards of X arrive there for ever: they
count once, with the share that entered the loop.
"""

from __future__ import annotations

from .factor import Factor
from .many_columns import lower_solve, upper_solve
from .markov import Rows, Solution
from .numeric import numpy

BATCH = 512  # stages solved together in one loop, at most (the memory of one solve)


class StageReach:
    """The stages of one chain: where customers first arrive in each, then their reach from a solution."""

    def __init__(self, rows: Rows, entries: dict[int, float], stages: list[set[int]]) -> None:
        self.rows = rows
        self.stages = stages
        n = len(rows)
        self.stage_of = stage_of = [-1] * n
        for s, states in enumerate(stages):
            for t in states:
                stage_of[t] = s
        self.preds: list[list[tuple[int, float]]] = [[] for _ in range(n)]
        first = set(entries)  # entry cards, and cards with a connection from outside their stage
        for i, row in enumerate(rows):
            here = stage_of[i]
            for j, p in row.items():
                self.preds[j].append((i, p))
                if stage_of[j] != here:
                    first.add(j)
        self.keep = frozenset(t for t in first if stage_of[t] >= 0)

    def reaches(self, solution: Solution) -> list[float]:
        """The reach of each stage, from the solution of the same chain (visits are what it needs)."""
        return _Sweep(self, solution).run()


class _Sweep:
    """One pass over the components, downstream first, for all stages together."""

    def __init__(self, plan: StageReach, solution: Solution) -> None:
        self.plan, self.solution = plan, solution
        self.rows, self.preds, self.stage_of = plan.rows, plan.preds, plan.stage_of
        self.comps, self.comp_of, self.visits = solution.comps, solution.component_of, solution.visits
        count = len(plan.stages)
        self.first: list[dict[int, list[int]]] = [{} for _ in range(count)]  # stage -> component -> its X there
        own = [0] * len(self.comps)
        for t in sorted(plan.keep):
            if self.visits[t] != 0.0:
                s, c = self.stage_of[t], self.comp_of[t]
                self.first[s].setdefault(c, []).append(t)
                own[c] |= 1 << s
        self.region = _region(self.rows, self.comps, self.comp_of, own)
        self.total = [0.0] * count
        self.flow: list[dict[int, float]] = [{} for _ in range(count)]  # Σ Q_ij h_j over the cards j done
        self.into_loop: list[dict[int, dict[int, float]]] = [{} for _ in range(count)]  # the same, by loop
        self.in_loop = [len(m) > 1 or m[0] in self.rows[m[0]] for m in self.comps]

    def run(self) -> list[float]:
        for c in range(len(self.comps) - 1, -1, -1):
            if self.region[c]:
                here = _stages_of(self.region[c])
                members = self.comps[c]
                if not self.in_loop[c]:
                    self._card(c, members[0], here)
                elif c in self.solution.factors:
                    self._loop(c, self.solution.factors[c], here)
                else:  # closed: in a region, it holds cards of X, and whoever entered it arrives there
                    for s in here:
                        self.total[s] += self.solution.reach[members[0]]
                        for m in members:
                            self._push(s, m, 1.0)
        return [min(1.0, max(0.0, t)) for t in self.total]

    def _push(self, s: int, state: int, h: float) -> None:
        """Pass h (the chance of getting to X from ``state``) back to the cards before it in stage s's region."""
        here = self.comp_of[state]
        for i, p in self.preds[state]:
            c = self.comp_of[i]
            if c != here and self.region[c] >> s & 1:
                target = self.into_loop[s].setdefault(c, {}) if self.in_loop[c] else self.flow[s]
                target[i] = target.get(i, 0.0) + p * h

    def _card(self, c: int, state: int, here: list[int]) -> None:
        for s in here:
            onward = self.flow[s].get(state, 0.0)
            if c in self.first[s]:  # a card of X: its escape, and h = 1
                self.total[s] += self.visits[state] * (1.0 - onward)
                self._push(s, state, 1.0)
            elif onward:
                self._push(s, state, onward)

    def _loop(self, c: int, factor: Factor, here: list[int]) -> None:
        dense = factor.dense_position()
        if dense and all(x in dense for s in here for x in self.first[s].get(c, ())):
            for start in range(0, len(here), BATCH):
                self._dense_loop(c, factor, here[start : start + BATCH])
        else:
            for s in here:
                self._small_loop(c, factor, s)

    def _small_loop(self, c: int, factor: Factor, s: int) -> None:
        """One stage in a loop, in Python: N·r, and N's columns on X_C."""
        z = factor.solve_right(self.into_loop[s].get(c, {}))
        xs = self.first[s].get(c, [])
        if xs:
            columns = [factor.solve_right({x: 1.0}) for x in xs]
            escape = _solve([[col[x] for col in columns] for x in xs], [1.0 - z[x] for x in xs])
            self.total[s] += sum(self.visits[x] * e for x, e in zip(xs, escape, strict=True))
            for col, e in zip(columns, escape, strict=True):
                for m, value in col.items():
                    z[m] += value * e
        for m in self.comps[c]:
            if z[m]:
                self._push(s, m, z[m])

    def _dense_loop(self, c: int, factor: Factor, group: list[int]) -> None:
        """The stages of ``group`` in one big loop whose dense block holds their X_C: one solve for all."""
        np = numpy()
        states = factor.states()
        where = {m: n for n, m in enumerate(states)}
        x = np.zeros((len(states), len(group)))
        for q, s in enumerate(group):
            for state, value in self.into_loop[s].get(c, {}).items():
                x[where[state], q] = value
        lower_solve(factor, x)
        block = factor.dense_inverse
        start = len(factor.order)
        solved = block @ x[start:]  # (N·r) on the dense block
        dense = factor.dense_position()
        for q, s in enumerate(group):
            xs = self.first[s].get(c, [])
            if xs:
                at = np.array([dense[m] for m in xs], dtype=np.intp)
                escape = np.linalg.solve(block[np.ix_(at, at)], 1.0 - solved[at, q])
                self.total[s] += float(np.dot([self.visits[m] for m in xs], escape))
                solved[:, q] += block[:, at] @ escape
        x[start:] = solved
        upper_solve(factor, x)  # h = N·(r + E_X·c) on the whole loop
        bits = 0
        for s in group:
            bits |= 1 << s
        column = {s: q for q, s in enumerate(group)}
        for m in self.comps[c]:
            row = None
            for i, p in self.preds[m]:
                ci = self.comp_of[i]
                shared = self.region[ci] & bits if ci != c else 0
                if shared:
                    if row is None:
                        row = x[where[m]].tolist()
                    for s in _stages_of(shared):
                        h = row[column[s]]
                        if h:
                            target = self.into_loop[s].setdefault(ci, {}) if self.in_loop[ci] else self.flow[s]
                            target[i] = target.get(i, 0.0) + p * h


def _region(rows: Rows, comps: list[list[int]], comp_of: list[int], own: list[int]) -> list[int]:
    """Per component, the stages (bits) whose X both leads to it and can be got to from it."""
    after = list(own)  # reachable from the stage's X
    for c, members in enumerate(comps):
        bits = after[c]
        if bits:
            for m in members:
                for j in rows[m]:
                    after[comp_of[j]] |= bits
    before = list(own)  # reaching the stage's X
    for c in range(len(comps) - 1, -1, -1):
        bits = before[c]
        for m in comps[c]:
            for j in rows[m]:
                bits |= before[comp_of[j]]
        before[c] = bits
    return [a & b for a, b in zip(after, before, strict=True)]


def _stages_of(bits: int) -> list[int]:
    found = []
    while bits:
        low = bits & -bits
        found.append(low.bit_length() - 1)
        bits ^= low
    return found


def _solve(matrix: list[list[float]], rhs: list[float]) -> list[float]:
    """A small dense system by Gaussian elimination with partial pivoting (a loop's few cards of X)."""
    n = len(rhs)
    a = [row[:] + [b] for row, b in zip(matrix, rhs, strict=True)]
    for col in range(n):
        best = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[best] = a[best], a[col]
        pivot = a[col]
        for r in range(col + 1, n):
            f = a[r][col] / pivot[col]
            if f:
                row = a[r]
                for k in range(col, n + 1):
                    row[k] -= f * pivot[k]
    solution = [0.0] * n
    for r in range(n - 1, -1, -1):
        solution[r] = (a[r][n] - sum(a[r][k] * solution[k] for k in range(r + 1, n))) / a[r][r]
    return solution
