"""``I - Q`` of one loop (a strongly connected component), factorised once and solved often.

Sparse LU in minimum-degree order, pivoting on the diagonal (stable: ``I - Q`` is an
M-matrix). A loop with far connections (a random graph, in effect) leaves a dense core at
the end of the elimination: once every card still to eliminate touches at least
``DENSE_FILL`` of the others, what is left is one dense block. Its Schur complement is
inverted by numpy, and that inverse is exactly the block of ``(I - Q)⁻¹`` on those cards,
which the solves and Takahashi's equations then read. Pure Python pays per entry, numpy per
block: the dense core costs what a few of its rows would cost in Python.

A loop of ROUNDS_MIN cards or more is eliminated in rounds of numpy calls instead
(``rounds.py``): the same factor, whose cost in Python no longer grows with the fill.

numpy is loaded when a block is dense or many solves are made at once (``numeric.py``).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from operator import mul

from .numeric import numpy

CLOSED_TOLERANCE = 1e-12
DENSE_MIN = 32  # cards left in the elimination, at least, for the dense block to pay
DENSE_FILL = 0.03  # share of the other cards left that each card left touches
ROUNDS_MIN = 128  # cards of a loop, at least, for its elimination to run in rounds of numpy calls (rounds.py)
KEEP_MAX = 1500  # states kept for the dense block at most (its memory grows with the square)


class NearlyClosed(Exception):
    """A pivot of (almost) zero: so little leaves the component that it is closed in all but rounding."""


@dataclass
class Factor:
    """``I - Q`` of one component as L·D·U over the sparse pivots, then a dense block.

    ``order`` holds the sparse pivots, ``dense`` the states left after them; ``dense_inverse``
    is the block of the inverse on ``dense`` (rows and columns in that order). ``inverse``
    holds the inverse's entries on the factor's pattern once ``select_inverse`` has run.
    """

    order: list[int] = field(default_factory=list)
    later: dict[int, list[int]] = field(default_factory=dict)  # pivot -> its neighbours eliminated after it
    lower: dict[int, list[float]] = field(default_factory=dict)  # lower[k][n] = L[later[k][n]][k]
    upper: dict[int, list[float]] = field(default_factory=dict)  # upper[k][n] = U[k][later[k][n]]
    pivot: dict[int, float] = field(default_factory=dict)
    inverse: dict[int, dict[int, float]] = field(default_factory=dict)  # inverse[i][j] = (I - Q)⁻¹[i][j]
    dense: list[int] = field(default_factory=list)
    dense_inverse: object = None  # a numpy array, None without a dense block
    dense_near: dict[int, set[int]] = field(default_factory=dict)  # the dense block's pattern
    levels: object = None  # the index arrays of many_columns.py, made on first use
    _dense_position: dict[int, int] | None = None

    def states(self) -> list[int]:
        """The component's states: the sparse pivots in order, then the dense block (the rows of a solve)."""
        return self.order + self.dense

    def solve_left(self, b: dict[int, float]) -> dict[int, float]:
        """x with x·(I - Q) = b: the expected visits of each state for the arrivals b."""
        return self._substitute(b, self.upper, self.lower, lambda y: y @ self.dense_inverse)

    def solve_right(self, b: dict[int, float]) -> dict[int, float]:
        """h with (I - Q)·h = b: for b the chances of a goal one step away, h those of getting there."""
        return self._substitute(b, self.lower, self.upper, lambda y: self.dense_inverse @ y)

    def _substitute(self, b: dict[int, float], forward: dict, backward: dict, dense) -> dict[int, float]:
        """Forward through one triangle, the dense block by ``dense``, back through the other.

        Left solves go forward through U and back through L; right solves the other way
        round (the same factor, transposed): y·U = b, then x·D·L = y, and L·y = b, then D·U·h = y.
        """
        y = {k: b.get(k, 0.0) for k in self.order}
        for d in self.dense:
            y[d] = b.get(d, 0.0)
        for k in self.order:
            yk = y[k]
            if yk:
                for j, w in zip(self.later[k], forward[k], strict=True):
                    y[j] -= yk * w
        if self.dense:
            np = numpy()

            y.update(zip(self.dense, dense(np.array([y[d] for d in self.dense])).tolist(), strict=True))
        for k in reversed(self.order):
            total = y[k] / self.pivot[k]
            for j, w in zip(self.later[k], backward[k], strict=True):
                total -= w * y[j]
            y[k] = total
        return y

    def diagonal(self) -> dict[int, float]:
        """(I - Q)⁻¹[m][m] of every state (once selected): 1 / (1 - the chance of coming back to m)."""
        return {m: row[m] for m, row in self.inverse.items()}

    def entry(self, i: int, j: int) -> float | None:
        """(I - Q)⁻¹[i][j] when it is at hand: on the factor's pattern (once selected) or in the dense block."""
        found = self.inverse.get(i, {}).get(j)
        if found is None and self.dense:
            where = self.dense_position()
            if i in where and j in where:
                return float(self.dense_inverse[where[i], where[j]])
        return found

    def dense_position(self) -> dict[int, int]:
        """Each dense state's row (and column) in ``dense_inverse``."""
        if self._dense_position is None:
            self._dense_position = {m: n for n, m in enumerate(self.dense)}
        return self._dense_position


def factorise(
    rows: list[dict[int, float]], members: list[int], select: bool = True, keep: frozenset[int] = frozenset()
) -> Factor:
    """Factorise ``I - Q`` restricted to ``members`` (a component that something leaves).

    ``select``: also find the inverse's entries on the factor's pattern (its diagonal gives reach).
    ``keep``: states to leave to the dense block, where every entry of the inverse is at hand
    (honoured in components of DENSE_MIN states or more, for at most KEEP_MAX states).
    """
    if len(members) < DENSE_MIN:
        keep = frozenset()
    else:
        keep = keep.intersection(members)
        if len(keep) > KEEP_MAX:
            keep = frozenset()
    if len(members) >= ROUNDS_MIN:
        from .rounds import TooNarrow, factorise_in_rounds

        try:
            return factorise_in_rounds(rows, members, select, keep, DENSE_MIN, DENSE_FILL)
        except TooNarrow:
            pass  # pivot by pivot, below
    matrix, near = _matrix(rows, members)
    heap = [(len(near[m]), m) for m in members if m not in keep]
    heapq.heapify(heap)
    factor = Factor()
    while heap:
        degree, k = heapq.heappop(heap)
        if k not in near or degree != len(near[k]):
            continue  # eliminated already, or an entry from before its degree changed
        left = len(near)
        if left >= DENSE_MIN and degree >= DENSE_FILL * (left - 1):  # the fewest neighbours: all are as dense
            break
        factor.order.append(k)
        _eliminate(matrix, near, k, factor)
        for i in factor.later[k]:
            if i not in keep:
                heapq.heappush(heap, (len(near[i]), i))
    if near:
        _dense_tail(matrix, near, factor)
    if select:
        select_inverse(factor)
    return factor


def _matrix(rows: list[dict[int, float]], members: list[int]):
    """``I - Q`` on ``members`` by rows, and its pattern without the diagonal, made symmetric."""
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
    return matrix, near


def _eliminate(matrix, near, k, factor: Factor) -> None:
    row_k = matrix.pop(k)
    piv = row_k[k]
    if piv < CLOSED_TOLERANCE:
        raise NearlyClosed
    neighbours = list(near.pop(k))
    get_k = row_k.get
    factor.pivot[k] = piv
    factor.later[k] = neighbours
    factor.upper[k] = [get_k(j, 0.0) / piv for j in neighbours]
    lower = factor.lower[k] = []
    pivot_row = [(j, v) for j in neighbours if (v := get_k(j))]  # the pivot row's nonzeros, once
    for i in neighbours:
        row_i = matrix[i]
        f = row_i.pop(k, 0.0) / piv
        lower.append(f)
        if f:
            get = row_i.get
            for j, v in pivot_row:
                row_i[j] = get(j, 0.0) - f * v
        near_i = near[i]
        near_i.discard(k)
        near_i.update(neighbours)  # the neighbours become one clique...
        near_i.discard(i)  # ...without a loop to itself


def _dense_tail(matrix, near, factor: Factor) -> None:
    """Invert what is left of the matrix (the Schur complement on the states left) as one dense block.

    Its inverse is the block of ``(I - Q)⁻¹`` on those states. Nearly closed: some state of it
    is returned to more than 1/CLOSED_TOLERANCE times (the pivot it would have, eliminated
    last, is below the tolerance; no pivot of the block, in any order, is below the least of those).
    """
    np = numpy()

    tail = list(near)
    where = {m: n for n, m in enumerate(tail)}
    at_row, at_col, values = [], [], []
    for m in tail:
        n = where[m]
        for j, v in matrix[m].items():
            at_row.append(n)
            at_col.append(where[j])
            values.append(v)
    block = np.zeros((len(tail), len(tail)))
    block[at_row, at_col] = values
    inverse = dense_inverse_of(block)
    factor.dense = tail
    factor.dense_inverse = inverse
    factor.dense_near = near


def dense_inverse_of(block):
    """The inverse of a dense block, or NearlyClosed (see ``_dense_tail``)."""
    np = numpy()
    try:
        inverse = np.linalg.inv(block)
    except np.linalg.LinAlgError:
        raise NearlyClosed from None
    if not np.isfinite(inverse).all() or inverse.diagonal().max() > 1.0 / CLOSED_TOLERANCE:
        raise NearlyClosed
    return inverse


def select_inverse(factor: Factor) -> None:
    """Entries of (I - Q)⁻¹ on the factor's pattern, last pivot first (Takahashi's equations).

    The dense block's entries are its inverse's, on the block's pattern: the pairs the sparse
    pivots before it read (their later neighbours are pairwise connected by then). Kept by
    row (``inverse[i][j]``) and, while computing, by column, so that each sum runs in C.
    """
    rows = factor.inverse
    cols: dict[int, dict[int, float]] = {}
    if factor.dense:
        where = factor.dense_position()
        pairs = [(m, j) for m, near in factor.dense_near.items() for j in (m, *near)]
        at_row = [where[m] for m, _ in pairs]
        at_col = [where[j] for _, j in pairs]
        for m in factor.dense:
            rows[m] = {}
            cols[m] = {}
        for (m, j), value in zip(pairs, factor.dense_inverse[at_row, at_col].tolist(), strict=True):
            rows[m][j] = cols[j][m] = value
    for i in reversed(factor.order):
        later, ups, lows = factor.later[i], factor.upper[i], factor.lower[i]
        row_i = rows[i] = {}
        col_i = cols[i] = {}
        diagonal = 1.0 / factor.pivot[i]
        for j, u in zip(later, ups, strict=True):
            above = -sum(map(mul, ups, map(cols[j].__getitem__, later)))  # z_ij = -Σ U_ik z_kj
            beside = -sum(map(mul, map(rows[j].__getitem__, later), lows))  # z_ji = -Σ z_jk L_ki
            row_i[j] = cols[j][i] = above
            rows[j][i] = col_i[j] = beside
            diagonal -= u * beside  # z_ii = 1/d_i - Σ U_ij z_ji
        row_i[i] = col_i[i] = diagonal
