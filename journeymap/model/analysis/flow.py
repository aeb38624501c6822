"""From a map to a chain of cards: who enters where, and which share takes each connection.

The rules (docs/analysis.md):
- customers enter at the entry cards (connections leaving, none arriving), split evenly,
  or all at one chosen card; a persona enters at the map's entry cards its connections leave;
- a connection's share is a fraction of the customers at its source card; connections
  without a share split evenly what the known shares leave; when the known shares already
  add up to 100 % or more, the unknown ones get nothing and a warning says so; known shares
  above 100 % in total are scaled down to 100 % (with a warning);
- whatever the shares leave below 100 % at a card drops out there;
- for one persona, only its connections (naming it or naming nobody) are followed; at each
  card they keep their proportions and carry what the card sent on in the whole map, so
  the share dropping out at a card does not depend on the persona looked at.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import JourneyDocument
from ..entities import Connection

FULL = 1.0
EPSILON = 1e-12


@dataclass(frozen=True)
class AnalysisWarning:
    """Something about the shares the reader should know; ``kind`` names it, the rest says where."""

    kind: str  # 'unknown_get_nothing', 'shares_over_100', 'no_entry', 'closed_loop'
    card: str = ""
    percent: float = 0.0
    cards: tuple[str, ...] = ()


@dataclass
class Chain:
    """The cards as states 0..n-1 and, per state, the connections leaving it with their probabilities."""

    cards: list[str]
    index: dict[str, int]
    edges: list[list[tuple[int, float, str]]]  # state -> [(target state, probability, connection id)]
    entries: dict[int, float]
    connections: list[Connection]  # the connections followed
    warnings: list[AnalysisWarning] = field(default_factory=list)

    def rows(self) -> list[dict[int, float]]:
        """Transition probabilities per state, parallel connections added together."""
        rows: list[dict[int, float]] = []
        for out in self.edges:
            row: dict[int, float] = {}
            for target, p, _ in out:
                if p > 0:
                    row[target] = row.get(target, 0.0) + p
            rows.append(row)
        return rows

    def onward(self, state: int) -> float:
        """The fraction of the customers at a card who go on from it."""
        return min(FULL, sum(p for _, p, _ in self.edges[state]))

    def ending(self, state: int) -> float:
        """The fraction whose journey ends at a card: all at a card nothing leaves, else those dropping out.

        Rounding below ``EPSILON`` is no drop-off: 30 % + 70 % must not leave a journey of 1e-17.
        """
        if not self.edges[state]:
            return FULL
        end = FULL - self.onward(state)
        return end if end > EPSILON else 0.0


def connection_shares(doc: JourneyDocument, conns: list[Connection]) -> tuple[dict[str, float], list[AnalysisWarning]]:
    """Each connection's fraction (0..1) of the customers at its source, by the rules above."""
    by_source: dict[str, list[Connection]] = {}
    for conn in conns:
        by_source.setdefault(conn.source, []).append(conn)
    shares: dict[str, float] = {}
    warnings: list[AnalysisWarning] = []
    for source, leaving in by_source.items():
        known = sum(c.share for c in leaving if c.share is not None) / 100.0
        unknown = [c for c in leaving if c.share is None]
        scale = 1.0
        if known > FULL + EPSILON:
            warnings.append(AnalysisWarning("shares_over_100", source, round(known * 100, 6)))
            scale = FULL / known
        elif unknown and known >= FULL - EPSILON:
            warnings.append(AnalysisWarning("unknown_get_nothing", source, round(known * 100, 6)))
        rest = FULL - known * scale
        if rest <= EPSILON:  # 64 % + 100 % scaled to 100 % leaves rounding, not customers
            rest = 0.0
        for conn in leaving:
            shares[conn.id] = conn.share / 100.0 * scale if conn.share is not None else rest / len(unknown)
    return shares, warnings


def followed_connections(doc: JourneyDocument, persona: str | None) -> list[Connection]:
    conns = doc.connections()
    if persona is None:
        return conns
    doc.persona(persona)
    return [c for c in conns if not c.personas or persona in c.personas]


def build_chain(doc: JourneyDocument, persona: str | None = None, entry: str | None = None) -> Chain:
    """The chain of ``doc`` (for one persona, from one entry card if given)."""
    every = doc.connections()
    shares, warnings = connection_shares(doc, every)
    followed = followed_connections(doc, persona)
    if persona is not None:
        shares = _persona_shares(every, followed, shares)
    cards = [c.id for c in doc.cards()]
    index = {cid: i for i, cid in enumerate(cards)}
    edges: list[list[tuple[int, float, str]]] = [[] for _ in cards]
    arriving = [0] * len(cards)  # in the whole map: a persona enters where everybody enters
    for conn in every:
        arriving[index[conn.target]] += 1
    for conn in followed:
        edges[index[conn.source]].append((index[conn.target], shares[conn.id], conn.id))
    if entry is not None:
        doc.card(entry)
        entries = {index[entry]: 1.0}
    else:
        starts = [i for i in range(len(cards)) if edges[i] and not arriving[i]]
        entries = {i: 1.0 / len(starts) for i in starts}
        if followed and not starts:
            warnings.append(AnalysisWarning("no_entry"))
    touched = {c.source for c in followed} | {c.target for c in followed}
    warnings = [w for w in warnings if not w.card or w.card in touched]
    return Chain(cards, index, edges, entries, followed, warnings)


def _persona_shares(every: list[Connection], followed: list[Connection], shares: dict[str, float]) -> dict[str, float]:
    """Rescale a persona's connections at each card to carry what the card sent on in the whole map."""
    sent: dict[str, float] = {}
    for conn in every:
        sent[conn.source] = sent.get(conn.source, 0.0) + shares[conn.id]
    kept: dict[str, float] = {}
    for conn in followed:
        kept[conn.source] = kept.get(conn.source, 0.0) + shares[conn.id]
    result = {}
    for conn in followed:
        total = kept[conn.source]
        result[conn.id] = shares[conn.id] * sent[conn.source] / total if total > 0 else 0.0
    return result
