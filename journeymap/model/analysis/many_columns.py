"""Solves with one factor for many right-hand sides at once, in numpy: ``(I - Q)·X = B``.

A pivot's row of the solution depends only on the pivots below it in the elimination tree,
so the pivots of one level of that tree are solved together: the cost in Python is a few
numpy calls per level (some fifteen on a 10,000-card map), not a loop per pivot and column.
Rows are the states of ``factor.states()``: the sparse pivots in order, then the dense block.
"""

from __future__ import annotations

from itertools import chain

from .factor import Factor
from .numeric import numpy


def lower_solve(factor: Factor, x) -> None:
    """x ← L⁻¹·x, in place."""
    np = numpy()
    for targets, sources, weights, starts in _levels(factor)[0]:
        x[targets] -= np.add.reduceat(weights[:, None] * x[sources], starts, axis=0)


def upper_solve(factor: Factor, x) -> None:
    """x ← U⁻¹·D⁻¹·x on the sparse rows, in place; the dense rows must hold their solution already."""
    np = numpy()
    backward, pivots = _levels(factor)[1:]
    x[: len(pivots)] /= pivots[:, None]
    for rows, cols, weights, starts in backward:
        x[rows] -= np.add.reduceat(weights[:, None] * x[cols], starts, axis=0)


def solve_right_many(factor: Factor, b):
    """X with (I - Q)·X = b (a numpy array, one column per problem)."""
    np = numpy()
    x = np.array(b, dtype=float)
    lower_solve(factor, x)
    start = len(factor.order)
    if factor.dense:
        x[start:] = factor.dense_inverse @ x[start:]
    upper_solve(factor, x)
    return x


def _levels(factor: Factor):
    """Per level: the rows it writes, the rows they read, the factor's entries between, where each row's terms start."""
    if factor.levels is None:
        factor.levels = _make_levels(factor)
    return factor.levels


def _make_levels(factor: Factor):
    """The factor's entries as flat arrays, grouped by level: a few passes in Python, the grouping in numpy."""
    np = numpy()
    order = factor.order
    position = {s: n for n, s in enumerate(factor.states())}
    at = position.__getitem__
    later = [list(map(at, factor.later[k])) for k in order]
    sparse = len(order)
    down = [0] * len(position)  # L⁻¹: the level a row is written at, once every term into it is final
    for n, targets in enumerate(later):  # in pivot order every term into n has been seen
        after = down[n] + 1
        for i in targets:
            if down[i] < after:
                down[i] = after
    up = [0] * sparse  # U⁻¹: a pivot's row is ready once every state after it is solved
    for n in range(sparse - 1, -1, -1):
        highest = -1
        for j in later[n]:
            if j < sparse and up[j] > highest:
                highest = up[j]
        up[n] = highest + 1
    src = np.repeat(np.arange(sparse, dtype=np.intp), list(map(len, later)))
    dst = np.fromiter(chain.from_iterable(later), dtype=np.intp, count=len(src))
    low = np.fromiter(chain.from_iterable(map(factor.lower.__getitem__, order)), dtype=float, count=len(src))
    upper = np.fromiter(chain.from_iterable(map(factor.upper.__getitem__, order)), dtype=float, count=len(src))
    forward = _grouped(np, dst, src, low, np.array(down, dtype=np.intp)[dst])
    backward = _grouped(np, src, dst, upper, np.array(up, dtype=np.intp)[src] if sparse else src)
    pivots = np.array([factor.pivot[k] for k in order], dtype=float)
    return forward, backward, pivots


def _grouped(np, rows, cols, weights, levels):
    """Per level (in order): the rows it writes, the columns each reads, the weights, where each row's terms start."""
    keep = weights != 0
    rows, cols, weights, levels = rows[keep], cols[keep], weights[keep], levels[keep]
    order = np.lexsort((rows, levels))
    rows, cols, weights, levels = rows[order], cols[order], weights[order], levels[order]
    found = []
    if not len(rows):
        return found
    level_starts = np.flatnonzero(np.r_[True, levels[1:] != levels[:-1]])
    level_ends = np.r_[level_starts[1:], len(rows)]
    for a, b in zip(level_starts.tolist(), level_ends.tolist(), strict=True):
        r = rows[a:b]
        starts = np.flatnonzero(np.r_[True, r[1:] != r[:-1]])
        found.append((r[starts], cols[a:b], weights[a:b], starts))
    return found
