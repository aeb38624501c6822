"""The numpy paths of the analysis: a loop's dense block, the many-column solves, the stages' reach.

Small maps reach the dense block only when its thresholds are lowered, so the random maps
run three ways (sparse only, dense from the start, dense at the end) against the exact
fractions of test_analysis_random.py; the benchmark's M map checks them at size against
numpy's dense linear algebra.
"""

from __future__ import annotations

import random
from contextlib import contextmanager
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings

from bench.generate import generate
from journeymap.model.analysis import analyze, factor, markov, stage_summary
from journeymap.model.analysis.flow import build_chain
from journeymap.model.analysis.many_columns import solve_right_many
from journeymap.model.analysis.rounds import RoundsFactor
from journeymap.model.analysis.stage_reach import StageReach
from tests.model.analysis_maps import chain_map
from tests.model.test_analysis_random import graphs, inverse, reference_entries, reference_shares, visits

# (DENSE_MIN, DENSE_FILL, ROUNDS_MIN): the dense block's thresholds, and the loop size from
# which the elimination runs in rounds (rounds.py) instead of pivot by pivot
MODES = {
    "sparse": (10**9, 0.1, 10**9),
    "dense": (2, 0.0, 10**9),
    "dense at the end": (3, 0.5, 10**9),
    "rounds": (10**9, 0.1, 2),
    "rounds, dense at the end": (3, 0.5, 2),
}


@contextmanager
def thresholds(mode: str):
    """The thresholds of one mode (restored after)."""
    saved = factor.DENSE_MIN, factor.DENSE_FILL, factor.ROUNDS_MIN
    factor.DENSE_MIN, factor.DENSE_FILL, factor.ROUNDS_MIN = MODES[mode]
    try:
        yield
    finally:
        factor.DENSE_MIN, factor.DENSE_FILL, factor.ROUNDS_MIN = saved


def reference_hit(cards, rules, entries, members) -> Fraction:
    """The share of entering customers who ever arrive at ``members``, loops nobody leaves included.

    With ``members`` absorbing, only the cards that can still get there count: the rest
    (a loop nobody leaves among them) never arrive, and what is left can be inverted.
    """
    back = {c: set() for c in cards}
    for card, leaving in rules.items():
        for b, p in leaving:
            if p > 0 and card not in members:
                back[b].add(card)
    can = set(members)
    todo = list(members)
    while todo:
        for a in back[todo.pop()]:
            if a not in can:
                can.add(a)
                todo.append(a)
    kept = [c for c in cards if c in can]
    index = {c: i for i, c in enumerate(kept)}
    m = [[Fraction(int(i == j)) for j in range(len(kept))] for i in range(len(kept))]
    for card in kept:
        if card in members:
            continue
        for b, p in rules[card]:
            if b in index:
                m[index[card]][index[b]] -= p
    inv = inverse(m)
    return sum((entries.get(a, 0) * inv[index[a]][index[t]] for a in kept for t in members), Fraction(0))


@pytest.mark.parametrize("mode", list(MODES))
@settings(max_examples=120, deadline=None)
@given(graph=graphs())
def test_every_mode_matches_exact_fractions_loops_nobody_leaves_included(mode, graph):
    cards, conns = graph
    doc = chain_map(cards, conns)
    with thresholds(mode):
        result = analyze(doc)
        stages = stage_summary(doc)
    rules = reference_shares(cards, conns)
    entries = reference_entries(cards, conns)
    for card, value in result.reach.items():
        assert value == pytest.approx(float(reference_hit(cards, rules, entries, {card})), abs=1e-9)
    for stage, alone in zip(result.stages, stages, strict=True):
        assert alone.reach == stage.reach  # stage_summary solves without reach: the same figures
        if stage.reach is None:
            continue
        members = {c.id for c in doc.cards() if doc.stage_of_step(c.step).id == stage.id}
        assert stage.reach == pytest.approx(float(reference_hit(cards, rules, entries, members)), abs=1e-9)
    expected = visits(cards, rules, entries)
    if expected is not None and result.trapped == 0:
        for card, value in result.visits.items():
            assert value == pytest.approx(float(expected[card]), abs=1e-9)
    with thresholds("sparse"):
        sparse = analyze(doc)
    shares = {(lp.cards, lp.connections): lp.share for lp in result.loops}  # equal shares may swap places
    assert shares == pytest.approx({(lp.cards, lp.connections): lp.share for lp in sparse.loops}, abs=1e-9)


def test_the_dense_modes_take_the_dense_path():
    ring = [f"r{i}" for i in range(7)]  # each card of the ring touches two others
    conns = [("s", "r0")] + [(a, b) for a, b in zip(ring, ring[1:], strict=False)] + [("r6", "r0", 50)]
    chain = build_chain(chain_map(["s", *ring], conns))
    for mode, sparse, dense in (("sparse", 7, 0), ("dense", 0, 7), ("dense at the end", 2, 5)):
        with thresholds(mode):
            solution = markov.solve(chain.rows(), chain.entries)
        (only,) = solution.factors.values()
        assert (len(only.order), len(only.dense)) == (sparse, dense), mode


@pytest.mark.parametrize("mode", ["dense", "rounds", "rounds, dense at the end"])
def test_a_dense_block_customers_leave_by_rounding_only_counts_as_closed(mode):
    # x leaks a millionth and only a ten-millionth of those at a go to x: 1e-13 leaves per round,
    # so a is returned to 10^13 times, past what 64-bit rounding can tell from for ever
    conns = [("s", "a"), ("a", "b"), ("a", "x", 1e-5), ("b", "a"), ("x", "a", 99.9999), ("x", "e")]
    doc = chain_map(["s", "a", "b", "x", "e"], conns)
    with thresholds(mode):
        result = analyze(doc)
    assert [w.kind for w in result.warnings] == ["closed_loop"]
    assert result.visits["a"] is None and result.reach["b"] == 1.0
    assert result.stages[0].reach == 1.0 and result.trapped == pytest.approx(1.0)


def random_loop(n: int, seed: int) -> list[dict[int, float]]:
    """One strongly connected component of n states: a ring, far connections, and some leaving."""
    rng = random.Random(seed)
    rows: list[dict[int, float]] = [{} for _ in range(n)]
    for i in range(n):
        targets = {(i + 1) % n, *(rng.randrange(n) for _ in range(rng.randint(0, 3)))}
        weights = [rng.random() for _ in targets]
        keep = rng.uniform(0.5, 0.99)
        for t, w in zip(targets, weights, strict=True):
            rows[i][t] = rows[i].get(t, 0.0) + keep * w / sum(weights)
    return rows


def dense_matrix(rows, states):
    where = {s: n for n, s in enumerate(states)}
    a = np.eye(len(states))
    for i in states:
        for j, p in rows[i].items():
            a[where[i], where[j]] -= p
    return a


@pytest.mark.parametrize("in_rounds", [False, True], ids=["pivot by pivot", "in rounds"])
@pytest.mark.parametrize("seed", range(6))
def test_solves_and_inverse_entries_of_a_factor_agree_with_dense_algebra(seed, in_rounds, monkeypatch):
    monkeypatch.setattr(factor, "ROUNDS_MIN", 100 if in_rounds else 10**9)
    rows = random_loop(120, seed)
    members = list(range(120))
    keep = frozenset(random.Random(seed).sample(members, 30)) if seed % 2 else frozenset()
    found = factor.factorise(rows, members, keep=keep)
    assert isinstance(found, RoundsFactor) == in_rounds
    assert found.dense and keep <= set(found.dense)
    states = found.states()
    a = dense_matrix(rows, states)
    inv = np.linalg.inv(a)
    b = np.random.default_rng(seed).random((len(states), 7))
    assert np.abs(solve_right_many(found, b) - np.linalg.solve(a, b)).max() < 1e-9
    column = {s: v for s, v in zip(states, b[:, 0].tolist(), strict=True)}
    right = found.solve_right(column)
    left = found.solve_left(column)
    assert max(abs(right[s] - v) for s, v in zip(states, np.linalg.solve(a, b[:, 0]), strict=True)) < 1e-9
    assert max(abs(left[s] - v) for s, v in zip(states, np.linalg.solve(a.T, b[:, 0]), strict=True)) < 1e-9
    where = {s: n for n, s in enumerate(states)}
    for i in found.order:  # Takahashi's entries, on the pattern
        for j in found.later[i]:
            assert found.entry(i, j) == pytest.approx(inv[where[i], where[j]], abs=1e-9)
            assert found.entry(j, i) == pytest.approx(inv[where[j], where[i]], abs=1e-9)
    diagonal = found.diagonal()
    assert set(diagonal) == set(states)
    for i in states:
        assert diagonal[i] == pytest.approx(inv[where[i], where[i]], abs=1e-9)
        assert found.entry(i, i) == pytest.approx(inv[where[i], where[i]], abs=1e-9)
        for j in rows[i]:
            assert found.entry(j, i) == pytest.approx(inv[where[j], where[i]], abs=1e-9)


def test_a_long_loop_of_near_connections_is_eliminated_pivot_by_pivot():
    """Only its two ends have the fewest neighbours: rounds of two cards would each cost the whole matrix."""
    n = 700
    rows: list[dict[int, float]] = [{} for _ in range(n)]
    for i in range(n):
        near = [j for j in range(i - 3, i + 4) if 0 <= j < n and j != i]
        for j in near:
            rows[i][j] = 0.95 / len(near)
    found = factor.factorise(rows, list(range(n)))
    assert not isinstance(found, RoundsFactor)
    a = dense_matrix(rows, list(range(n)))
    b = {0: 1.0}
    left = found.solve_left(b)
    expected = np.linalg.solve(a.T, np.eye(n)[0])
    assert max(abs(left[s] - expected[s]) for s in range(n)) < 1e-9
    assert found.diagonal()[n // 2] == pytest.approx(np.linalg.inv(a)[n // 2, n // 2], abs=1e-9)


def test_cards_kept_for_the_dense_block_do_not_make_the_rounds_look_narrow():
    """A big loop whose stages keep most of its cards (L's keeps 468 of 2,155): the rounds only wait on the rest."""
    rows = random_loop(1000, 3)
    members = list(range(1000))
    keep = frozenset(random.Random(3).sample(members, 700))
    found = factor.factorise(rows, members, select=False, keep=keep)
    assert isinstance(found, RoundsFactor) and found.rounds and keep <= set(found.dense)


def test_the_benchmark_map_agrees_with_dense_algebra_card_by_card_and_stage_by_stage():
    doc = generate("M")
    chain = build_chain(doc)
    rows = chain.rows()
    n = len(rows)
    a = dense_matrix(rows, list(range(n)))
    e = np.zeros(n)
    for s, share in chain.entries.items():
        e[s] = share
    v = np.linalg.solve(a.T, e)
    n_diag = np.diag(np.linalg.inv(a))
    result = analyze(doc)
    for card, reach in result.reach.items():
        i = chain.index[card]
        assert reach == pytest.approx(min(1.0, v[i] / n_diag[i]), abs=1e-9)
    assert max(len(c) for c in markov.components(rows)) > factor.DENSE_MIN  # the dense block is used
    solution = markov.solve(rows, chain.entries)
    big = max(solution.factors.values(), key=lambda f: len(f.states()))
    assert isinstance(big, RoundsFactor) and big.rounds and big.dense  # eliminated in rounds, then dense
    for stage in result.stages:
        members = [chain.index[c.id] for c in doc.cards() if doc.stage_of_step(c.step).id == stage.id]
        cut = a.copy()
        cut[members, :] = 0.0
        cut[members, members] = 1.0  # the stage's cards absorb
        arrived = np.linalg.solve(cut.T, e)
        assert stage.reach == pytest.approx(float(arrived[members].sum()), abs=1e-9)


def test_a_big_loop_keeps_the_stages_first_cards_in_its_dense_block():
    doc = generate("M")
    chain = build_chain(doc)
    rows = chain.rows()
    stages = [{chain.index[c.id] for c in doc.cards() if doc.stage_of_step(c.step).id == s.id} for s in doc.stages()]
    plan = StageReach(rows, chain.entries, stages)
    solution = markov.solve(rows, chain.entries, with_reach=False, keep=plan.keep)
    big = max(solution.factors.values(), key=lambda f: len(f.states()))
    assert plan.keep & set(big.states()) <= set(big.dense)
    without = markov.solve(rows, chain.entries, with_reach=False)  # nothing kept: the Python columns path
    assert plan.reaches(without) == pytest.approx(plan.reaches(solution), abs=1e-12)


def getting_to(rows, members) -> set[int]:
    """The states from which some of ``members`` can be got to, ``members`` absorbing."""
    back = {j: [] for j in range(len(rows))}
    for i, row in enumerate(rows):
        if i not in members:
            for j in row:
                back[j].append(i)
    can, todo = set(members), list(members)
    while todo:
        for i in back[todo.pop()]:
            if i not in can:
                can.add(i)
                todo.append(i)
    return can


def float_hit(rows, entries, members) -> float:
    """Dense numpy reference: the stage's cards absorbing, only the cards that can still get there."""
    kept = sorted(getting_to(rows, members))
    where = {s: n for n, s in enumerate(kept)}
    a = np.eye(len(kept))
    for i in kept:
        if i not in members:
            for j, p in rows[i].items():
                if j in where:
                    a[where[i], where[j]] -= p
    e = np.zeros(len(kept))
    for s, share in entries.items():
        if s in where:
            e[where[s]] = share
    arrived = np.linalg.solve(a.T, e)
    return float(sum(arrived[where[t]] for t in members))


@pytest.mark.parametrize("seed", range(8))
def test_stage_reach_through_big_loops_agrees_with_dense_algebra(seed):
    rng = random.Random(seed)
    cards = [f"c{i}" for i in range(48)]
    conns = [("c0", "c1")]
    for _ in range(90):
        a, b = rng.randrange(48), rng.randrange(1, 48)
        conns.append((cards[a], cards[b], rng.choice([None, None, rng.randint(5, 95), 100])))
    doc = chain_map(cards, conns, stages=6)
    chain = build_chain(doc)
    rows = chain.rows()
    stages = [{chain.index[c.id] for c in doc.cards() if doc.stage_of_step(c.step).id == s.id} for s in doc.stages()]
    expected = [float_hit(rows, chain.entries, members) for members in stages]
    for mode in MODES:
        with thresholds(mode):
            plan = StageReach(rows, chain.entries, stages)
            solution = markov.solve(rows, chain.entries, with_reach=False, keep=plan.keep)
            assert plan.reaches(solution) == pytest.approx(expected, abs=1e-9), mode
            big = [f for f in solution.factors.values() if len(f.states()) >= factor.DENSE_MIN]
            assert mode in ("sparse", "rounds") or all(plan.keep & set(f.states()) <= set(f.dense) for f in big)
