"""Solves with one factor for many right-hand sides at once, in numpy: ``(I - Q)·X = B``.

A pivot's row of the solution depends only on the pivots below it in the elimination tree,
so the pivots of one level of that tree are solved together: the cost in Python is a few
numpy calls per level (some fifteen on a 10,000-card map), not a loop per pivot and column.
Rows are the states of ``factor.states()``: the sparse pivots in order, then the dense block.
"""

from __future__ import annotations

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
    np = numpy()
    order = factor.order
    position = {s: n for n, s in enumerate(factor.states())}
    level: dict[int, int] = dict.fromkeys(order, 0)  # L⁻¹: the level a row is written at, once its terms are final
    into: dict[int, list[tuple[int, float]]] = {}
    for k in order:  # in pivot order every term into k has been seen: its level is final
        after = level[k] + 1
        at_k = position[k]
        for i, low in zip(factor.later[k], factor.lower[k], strict=True):
            if low:
                into.setdefault(i, []).append((at_k, low))
                if level.get(i, 0) < after:
                    level[i] = after
    forward: dict[int, tuple[list, list, list, list]] = {}
    for i, terms in into.items():
        _add(forward.setdefault(level[i], ([], [], [], [])), position[i], terms)
    up: dict[int, int] = {}
    for k in reversed(order):  # U⁻¹: a pivot is ready once every state above it is solved
        up[k] = 1 + max((up[j] for j in factor.later[k] if j in up), default=-1)
    backward: dict[int, tuple[list, list, list, list]] = {}
    for k in order:
        pairs = [(position[j], u) for j, u in zip(factor.later[k], factor.upper[k], strict=True) if u]
        if pairs:
            _add(backward.setdefault(up[k], ([], [], [], [])), position[k], pairs)
    pivots = np.array([factor.pivot[k] for k in order], dtype=float)
    return [_arrays(forward[n]) for n in sorted(forward)], [_arrays(backward[n]) for n in sorted(backward)], pivots


def _add(level: tuple[list, list, list, list], row: int, terms: list[tuple[int, float]]) -> None:
    rows, cols, weights, starts = level
    rows.append(row)
    starts.append(len(cols))
    for col, weight in terms:
        cols.append(col)
        weights.append(weight)


def _arrays(level: tuple[list, list, list, list]):
    np = numpy()
    rows, cols, weights, starts = level
    return (
        np.array(rows, dtype=np.intp),
        np.array(cols, dtype=np.intp),
        np.array(weights),
        np.array(starts, dtype=np.intp),
    )
