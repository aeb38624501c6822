"""A big loop's factorisation in rounds of numpy calls, not a Python loop per pivot.

The elimination of ``factor.py`` pays Python's price for every entry it touches, and a big
loop of far connections touches more entries per card the bigger it is. Here each round
eliminates a set of pivots no two of which are neighbours: their updates never meet, so the
whole round is a few array operations. The pivots of a round are the cards of (nearly) the
fewest neighbours, each one chosen where no neighbour ranks before it, as minimum degree
would choose them one by one. Selected inversion (Takahashi's equations) and the solve for
visits then run round by round backwards and forwards: a round's pivots only read entries of
later rounds and of the dense block.

The matrix is kept as sorted keys ``row·n + col`` with both (i, j) and (j, i) present (a
zero where only one is an entry), so the keys of a row are its neighbours.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .factor import CLOSED_TOLERANCE, Factor, NearlyClosed, dense_inverse_of
from .numeric import numpy

SLACK = 3  # a round takes cards of up to this many neighbours more than the fewest
# A loop whose rounds are narrow is better eliminated pivot by pivot (TooNarrow): a round that
# takes fewer than 1/NARROW of the many cards still to eliminate, or more than MAX_ROUNDS rounds
NARROW = 64
MAX_ROUNDS = 32
_SPREAD = 2654435761  # ties between equal degrees broken by a hash of the card, not its number


class TooNarrow(Exception):
    """Few cards at a time have the fewest neighbours (a long loop of near connections, eliminated
    from its two ends): rounds would be as many as pivots, each costing the whole matrix."""


@dataclass
class _Round:
    """One round's pivots and their later neighbours (``w``, grouped by pivot), in local numbers."""

    pivots: object
    owner: object  # per entry: the position of its pivot in ``pivots``
    w: object
    upper: object  # U[p][w]
    lower: object  # L[w][p]
    pivot_values: object


@dataclass
class RoundsFactor(Factor):
    """A Factor made in rounds; its entries of the inverse live in sorted arrays, not dicts."""

    members: list[int] = field(default_factory=list)
    rounds: list[_Round] = field(default_factory=list)
    local_tail: object = None
    _keys: object = None  # sorted keys of the inverse's entries found by _select()
    _values: object = None
    _local: dict[int, int] | None = None

    def local(self) -> dict[int, int]:
        """Each member's local number: its row and column in the arrays."""
        if self._local is None:
            self._local = {m: i for i, m in enumerate(self.members)}
        return self._local

    def solve_left(self, b: dict[int, float]) -> dict[int, float]:
        """x with x·(I - Q) = b, round by round: forward through U, the dense block, back through L."""
        np = numpy()
        n = len(self.members)
        local = self.local()
        y = np.zeros(n)
        for state, value in b.items():
            y[local[state]] += value
        for r in self.rounds:
            y -= np.bincount(r.w, weights=y[r.pivots][r.owner] * r.upper, minlength=n)
        x = y.copy()
        if self.dense:
            x[self.local_tail] = y[self.local_tail] @ self.dense_inverse
        for r in reversed(self.rounds):
            back = np.bincount(r.owner, weights=x[r.w] * r.lower, minlength=len(r.pivots))
            x[r.pivots] = y[r.pivots] / r.pivot_values - back
        return dict(zip(self.members, x.tolist(), strict=True))

    def diagonal(self) -> dict[int, float]:
        """The inverse's diagonal, from the selected entries and the dense block."""
        np = numpy()
        n = len(self.members)
        found = {}
        if self._keys is not None and self.rounds:
            pivots = np.concatenate([r.pivots for r in self.rounds])
            at = np.searchsorted(self._keys, pivots * n + pivots)
            found = dict(zip((self.members[p] for p in pivots.tolist()), self._values[at].tolist(), strict=True))
        if self.dense:
            found.update(zip(self.dense, np.asarray(self.dense_inverse).diagonal().tolist(), strict=True))
        return found

    def entry(self, i: int, j: int) -> float | None:
        """(I - Q)⁻¹[i][j] on the pattern (once selected) or in the dense block, else None."""
        if self._keys is not None:
            local = self.local()
            if i in local and j in local:
                key = local[i] * len(self.members) + local[j]
                at = int(numpy().searchsorted(self._keys, key))
                if at < len(self._keys) and self._keys[at] == key:
                    return float(self._values[at])
        return super().entry(i, j)


def factorise_in_rounds(
    rows: list[dict[int, float]],
    members: list[int],
    select: bool,
    keep: frozenset[int],
    dense_min: int,
    dense_fill: float,
) -> RoundsFactor:
    """``I - Q`` on ``members`` as factor.factorise() makes it, for a big loop."""
    np = numpy()
    n = len(members)
    factor = RoundsFactor(members=list(members))
    keys, values, rows_of, cols_of, diagonal = _matrix(np, rows, members, factor.local())
    alive = np.ones(n, dtype=bool)
    kept = np.zeros(n, dtype=bool)
    kept[[factor.local()[m] for m in keep]] = True
    spread = np.arange(n, dtype=np.int64) * _SPREAD % 4294967291
    while True:
        degree = np.bincount(rows_of, minlength=n)
        candidate = alive & ~kept
        if not candidate.any():
            break
        left = int(alive.sum())
        fewest = int(degree[candidate].min())
        if left >= dense_min and fewest >= dense_fill * (left - 1):
            break
        chosen = _independent(np, candidate & (degree <= fewest + SLACK), degree, spread, rows_of, cols_of, n)
        waiting = int(candidate.sum())  # the cards kept for the dense block wait for no round
        if len(factor.rounds) >= MAX_ROUNDS or (waiting > 8 * NARROW and len(chosen) * NARROW < waiting):
            raise TooNarrow
        done = _eliminate(np, factor, chosen, keys, values, rows_of, cols_of, diagonal, n)
        keys, values, rows_of, cols_of = done
        alive[chosen] = False
    tail = np.flatnonzero(alive)
    if len(tail):
        factor.local_tail = tail
        where = np.full(n, -1, dtype=np.intp)
        where[tail] = np.arange(len(tail))
        block = np.zeros((len(tail), len(tail)))
        block[where[rows_of], where[cols_of]] = values
        block[np.arange(len(tail)), np.arange(len(tail))] = diagonal[tail]
        factor.dense = [members[t] for t in tail.tolist()]
        factor.dense_inverse = dense_inverse_of(block)
    _fill_lists(factor)
    if select:
        _select(np, factor, n)
    return factor


def _matrix(np, rows, members, local):
    """``I - Q`` off the diagonal as sorted symmetric keys with values, and its diagonal."""
    at_row, at_col, probability = [], [], []
    diagonal = np.ones(len(members))
    for i, m in enumerate(members):
        for j, p in rows[m].items():
            lj = local.get(j)
            if lj is None:
                continue
            if lj == i:
                diagonal[i] -= p
            else:
                at_row.append(i)
                at_col.append(lj)
                probability.append(p)
    n = len(members)
    r = np.array(at_row, dtype=np.int64)
    c = np.array(at_col, dtype=np.int64)
    keys, where = np.unique(np.concatenate((r * n + c, c * n + r)), return_inverse=True)
    weights = np.concatenate((-np.array(probability, dtype=float), np.zeros(len(r))))
    values = np.bincount(where, weights=weights, minlength=len(keys))
    rows_of = keys // n
    return keys, values, rows_of, keys - rows_of * n, diagonal


def _independent(np, able, degree, spread, rows_of, cols_of, n):
    """The able cards that rank before every able neighbour (fewer neighbours first, then the hash)."""
    rank = degree.astype(np.int64) * 4294967296 + spread
    both = able[rows_of] & able[cols_of]
    best_neighbour = np.full(n, np.iinfo(np.int64).max)
    np.minimum.at(best_neighbour, rows_of[both], rank[cols_of[both]])
    return np.flatnonzero(able & (rank < best_neighbour))


def _eliminate(np, factor: RoundsFactor, pivots, keys, values, rows_of, cols_of, diagonal, n):
    """One round: the pivots' rows of L, D and U, and the Schur complement's update of what is left."""
    is_pivot = np.zeros(n, dtype=bool)
    is_pivot[pivots] = True
    entries = is_pivot[rows_of]
    p_of, w = rows_of[entries], cols_of[entries]  # grouped by pivot, in pivot order
    a_pw = values[entries]
    a_wp = values[np.searchsorted(keys, w * n + p_of)]
    counts = np.bincount(p_of, minlength=n)[pivots]
    pivot_values = diagonal[pivots]
    if len(pivot_values) and pivot_values.min() < CLOSED_TOLERANCE:
        raise NearlyClosed
    owner = np.repeat(np.arange(len(pivots)), counts)
    upper = a_pw / pivot_values[owner]
    lower = a_wp / pivot_values[owner]
    major, inner = _pairs(np, counts)
    factor.rounds.append(_Round(pivots, owner, w, upper, lower, pivot_values))
    i, j = w[major], w[inner]
    update = -lower[major] * a_pw[inner]  # a_ij -= a_ip · a_pj / a_pp
    on = i == j
    np.add.at(diagonal, i[on], update[on])
    i, j, update = i[~on], j[~on], update[~on]
    stay = ~(entries | is_pivot[cols_of])
    keys, values, rows_of, cols_of = keys[stay], values[stay], rows_of[stay], cols_of[stay]
    new = i * n + j
    at = np.searchsorted(keys, new)
    found = at < len(keys)
    found[found] = keys[at[found]] == new[found]
    np.add.at(values, at[found], update[found])
    if not found.all():
        fresh, where = np.unique(new[~found], return_inverse=True)
        fresh_values = np.bincount(where, weights=update[~found], minlength=len(fresh))
        at = np.searchsorted(keys, fresh)
        keys = np.insert(keys, at, fresh)
        values = np.insert(values, at, fresh_values)
        fresh_rows = fresh // n
        rows_of = np.insert(rows_of, at, fresh_rows)
        cols_of = np.insert(cols_of, at, fresh - fresh_rows * n)
    return keys, values, rows_of, cols_of


def _pairs(np, counts):
    """Every (major, inner) pair of entries that belong to one pivot (its neighbours twice over), major first."""
    size = np.repeat(counts, counts)  # per entry, its pivot's count
    starts = np.cumsum(counts) - counts
    major = np.repeat(np.arange(len(size)), size)
    first = np.cumsum(size) - size
    inner = np.repeat(np.repeat(starts, counts), size) + (np.arange(len(major)) - np.repeat(first, size))
    return major, inner


def _round_pairs(np, r: _Round):
    """_pairs() of one round's pivots, made again where needed: they are the square of its entries."""
    return _pairs(np, np.bincount(r.owner, minlength=len(r.pivots)))


def _fill_lists(factor: RoundsFactor) -> None:
    """The per-pivot lists of Factor (order, later, lower, upper, pivot), which the other solves read."""
    members = factor.members
    for r in factor.rounds:
        pivots = [members[p] for p in r.pivots.tolist()]
        w = [members[k] for k in r.w.tolist()]
        upper, lower = r.upper.tolist(), r.lower.tolist()
        ends = numpy().cumsum(numpy().bincount(r.owner, minlength=len(pivots))).tolist()
        start = 0
        for p, end, value in zip(pivots, ends, r.pivot_values.tolist(), strict=True):
            factor.later[p] = w[start:end]
            factor.upper[p] = upper[start:end]
            factor.lower[p] = lower[start:end]
            factor.pivot[p] = value
            start = end
        factor.order.extend(pivots)


def _select(np, factor: RoundsFactor, n: int) -> None:
    """The inverse on the factor's pattern, last round first: z_pw = -Σ U_pk z_kw, z_wp = -Σ z_wk L_kp."""
    if not factor.rounds:
        return  # all dense: the block's inverse has every entry
    writes, reads = [], []
    pairs = [_round_pairs(np, r) for r in factor.rounds]
    for r, (major, inner) in zip(factor.rounds, pairs, strict=True):
        p = r.pivots[r.owner]
        writes += [r.pivots * n + r.pivots, p * n + r.w, r.w * n + p]
        reads += [r.w[inner] * n + r.w[major], r.w[major] * n + r.w[inner]]
    keys = np.unique(np.concatenate(writes + reads))
    values = np.zeros(len(keys))
    tail = factor.local_tail
    if tail is not None:  # the entries read inside the dense block are its inverse's
        where = np.full(n, -1, dtype=np.intp)
        where[tail] = np.arange(len(tail))
        row = keys // n
        a, b = where[row], where[keys - row * n]
        inside = (a >= 0) & (b >= 0)
        values[inside] = np.asarray(factor.dense_inverse)[a[inside], b[inside]]
    for r, (major, inner) in zip(reversed(factor.rounds), reversed(pairs), strict=True):
        w_major, w_inner = r.w[major], r.w[inner]
        z_kw = values[np.searchsorted(keys, w_inner * n + w_major)]
        z_wk = values[np.searchsorted(keys, w_major * n + w_inner)]
        count = len(r.w)
        above = -np.bincount(major, weights=r.upper[inner] * z_kw, minlength=count)  # z_pw
        beside = -np.bincount(major, weights=z_wk * r.lower[inner], minlength=count)  # z_wp
        p = r.pivots[r.owner]
        values[np.searchsorted(keys, p * n + r.w)] = above
        values[np.searchsorted(keys, r.w * n + p)] = beside
        own = 1.0 / r.pivot_values - np.bincount(r.owner, weights=r.upper * beside, minlength=len(r.pivots))
        values[np.searchsorted(keys, r.pivots * n + r.pivots)] = own
    factor._keys, factor._values = keys, values
