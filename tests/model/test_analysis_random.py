"""The analysis against a brute-force reference on random small maps.

The reference shares the rules, not the method: exact fractions, a dense Gauss-Jordan
inverse for visits, one absorbing solve per card (and per stage) for reach, and explicit
enumeration of every path on maps without loops.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from journeymap.model.analysis import analyze
from tests.model.analysis_maps import chain_map

NAMES = [f"c{i}" for i in range(7)]


@st.composite
def graphs(draw, acyclic: bool = False):
    n = draw(st.integers(2, 7))
    cards = NAMES[:n]
    pairs = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))
    raw = draw(st.lists(pairs, max_size=12))
    conns = []
    for a, b in raw:
        if acyclic and a >= b:
            continue
        share = draw(st.one_of(st.none(), st.integers(0, 100)))
        conns.append((cards[a], cards[b], share))
    return cards, conns


def reference_shares(cards, conns):
    """Per card, [(target, fraction)] by the documented rules."""
    out = {c: [] for c in cards}
    for a, b, share in conns:
        out[a].append((b, share))
    rules = {}
    for card, leaving in out.items():
        known = sum(Fraction(s, 100) for _, s in leaving if s is not None)
        unknown = sum(1 for _, s in leaving if s is None)
        scale = 1 / known if known > 1 else Fraction(1)
        rest = max(Fraction(0), 1 - known * scale)
        rules[card] = [(b, Fraction(s, 100) * scale if s is not None else rest / unknown) for b, s in leaving]
    return rules


def inverse(matrix):
    n = len(matrix)
    a = [row[:] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
        if pivot is None:
            return None
        a[col], a[pivot] = a[pivot], a[col]
        p = a[col][col]
        a[col] = [x / p for x in a[col]]
        for r in range(n):
            if r != col and a[r][col] != 0:
                f = a[r][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col], strict=True)]
    return [row[n:] for row in a]


def visits(cards, rules, entries, absorbing=()):
    index = {c: i for i, c in enumerate(cards)}
    n = len(cards)
    m = [[Fraction(int(i == j)) for j in range(n)] for i in range(n)]
    for card, leaving in rules.items():
        if card in absorbing:
            continue
        for b, p in leaving:
            m[index[card]][index[b]] -= p
    inv = inverse(m)
    if inv is None:
        return None
    return {c: sum(entries.get(a, 0) * inv[index[a]][index[c]] for a in cards) for c in cards}


def reference_entries(cards, conns):
    starts = [c for c in cards if any(a == c for a, _, _ in conns) and not any(b == c for _, b, _ in conns)]
    return {c: Fraction(1, len(starts)) for c in starts}


@settings(max_examples=150, deadline=None)
@given(graphs())
def test_visits_reach_and_stage_reach_match_exact_fractions(graph):
    cards, conns = graph
    doc = chain_map(cards, conns)
    result = analyze(doc)
    rules = reference_shares(cards, conns)
    entries = reference_entries(cards, conns)
    expected = visits(cards, rules, entries)
    assume(expected is not None and result.trapped == 0)  # a loop nobody leaves has no finite visits
    for card, value in result.visits.items():
        assert value == pytest.approx(float(expected[card]), abs=1e-9)
    for card, value in result.reach.items():
        hit = visits(cards, rules, entries, absorbing={card})
        assert value == pytest.approx(float(hit[card]), abs=1e-9)
    for stage in result.stages:
        members = {c.id for c in doc.cards() if doc.stage_of_step(c.step).id == stage.id}
        if stage.reach is None:
            assert not conns
            continue
        hit = visits(cards, rules, entries, absorbing=members)
        assert stage.reach == pytest.approx(float(sum(hit[c] for c in members)), abs=1e-9)
    # conservation: everyone who enters leaves once, at an exit or by dropping out
    leaving = sum(result.exits.values()) + sum(d.share for d in result.drop_offs if not d.dead_end)
    assert leaving == pytest.approx(float(sum(entries.values())), abs=1e-9)


def all_paths(cards, rules, entries):
    found = []

    def walk(card, share, path):
        onward = sum(p for _, p in rules[card])
        end = 1 if not rules[card] else 1 - onward
        if end > 0:
            found.append((tuple(path), share * end))
        for b, p in rules[card]:
            if p > 0:
                walk(b, share * p, path + [b])

    for card, share in entries.items():
        walk(card, share, [card])
    return found


@settings(max_examples=150, deadline=None)
@given(graphs(acyclic=True), st.integers(1, 6))
def test_paths_on_maps_without_loops_are_the_best_of_every_path(graph, top):
    cards, conns = graph
    doc = chain_map(cards, conns)
    result = analyze(doc, top=top)
    every = all_paths(cards, reference_shares(cards, conns), reference_entries(cards, conns))
    best = sorted((float(s) for _, s in every if s > 0), reverse=True)
    assert [p.share for p in result.paths] == pytest.approx(best[:top], abs=1e-12)
    assert result.more_paths.exact and result.more_paths.count == len(best) - len(result.paths)
    assert sum(p.share for p in result.paths) + result.more_paths.share == pytest.approx(sum(best), abs=1e-9)
    for path in result.paths:
        assert (path.cards, pytest.approx(path.share)) in [(p, float(s)) for p, s in every]


@settings(max_examples=100, deadline=None)
@given(graphs(), st.sampled_from(["p-a", "p-b"]), st.data())
def test_persona_analysis_conserves_customers(graph, persona, data):
    cards, conns = graph
    conns = [(a, b, s, data.draw(st.sampled_from([(), ("p-a",), ("p-b",)]))) for a, b, s in conns]
    result = analyze(chain_map(cards, conns), persona=persona)
    assume(result.trapped == 0)
    leaving = sum(result.exits.values()) + sum(d.share for d in result.drop_offs if not d.dead_end)
    assert leaving == pytest.approx(result.entered(), abs=1e-9)
    assert all(0 <= r <= 1 + 1e-12 for r in result.reach.values())


@settings(max_examples=80, deadline=None)
@given(graphs(), st.data())
def test_one_chosen_entry_matches_exact_fractions(graph, data):
    cards, conns = graph
    entry = data.draw(st.sampled_from(cards))
    result = analyze(chain_map(cards, conns), entry=entry)
    rules = reference_shares(cards, conns)
    expected = visits(cards, rules, {entry: Fraction(1)})
    assume(expected is not None and result.trapped == 0)
    assert result.entries == {entry: 1.0}
    for card, value in result.reach.items():
        hit = visits(cards, rules, {entry: Fraction(1)}, absorbing={card})
        assert value == pytest.approx(float(hit[card]), abs=1e-9)
    leaving = sum(result.exits.values()) + sum(d.share for d in result.drop_offs if not d.dead_end)
    assert leaving == pytest.approx(1.0, abs=1e-9)
