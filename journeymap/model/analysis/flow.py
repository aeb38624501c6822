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
    _rows: list[dict[int, float]] | None = field(default=None, repr=False)

    def rows(self) -> list[dict[int, float]]:
        """Transition probabilities per state, parallel connections added together (shared: read only)."""
        if self._rows is None:
            rows: list[dict[int, float]] = []
            for out in self.edges:
                row: dict[int, float] = {}
                for target, p, _ in out:
                    if p > 0:
                        row[target] = row.get(target, 0.0) + p
                rows.append(row)
            self._rows = rows
        return self._rows

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


def _fractions(
    count: int, sources: list[int], percents: list[float | None]
) -> tuple[list[float], list[AnalysisWarning]]:
    """The fractions of connections given by their source states (0..count-1) and percentages
    (None: unknown), in their order; warnings name source states.

    Per source, in the order sources first appear: the known shares' total (added in the
    connections' order), its scale and what it leaves to the unknown ones.
    """
    known = [0.0] * count
    unknown = [0] * count
    for source, percent in zip(sources, percents, strict=True):
        if percent is None:
            unknown[source] += 1
        else:
            known[source] += percent
    scale = [1.0] * count
    rest = [0.0] * count
    warnings: list[AnalysisWarning] = []
    for source in dict.fromkeys(sources):
        total = known[source] / 100.0
        factor = 1.0
        if total > FULL + EPSILON:
            warnings.append(AnalysisWarning("shares_over_100", source, round(total * 100, 6)))
            factor = FULL / total
        elif unknown[source] and total >= FULL - EPSILON:
            warnings.append(AnalysisWarning("unknown_get_nothing", source, round(total * 100, 6)))
        left = FULL - total * factor
        if left <= EPSILON:  # 64 % + 100 % scaled to 100 % leaves rounding, not customers
            left = 0.0
        scale[source] = factor
        if unknown[source]:
            rest[source] = left / unknown[source]
    return [
        percent / 100.0 * scale[source] if percent is not None else rest[source]
        for source, percent in zip(sources, percents, strict=True)
    ], warnings


def build_chain(doc: JourneyDocument, persona: str | None = None, entry: str | None = None) -> Chain:
    """The chain of ``doc`` (for one persona, from one entry card if given).

    One pass reads each connection's ends and share; the rest runs over plain lists.
    """
    if persona is not None:
        doc.persona(persona)
    every = doc.connections()
    cards = [c.id for c in doc.cards()]
    index = {cid: i for i, cid in enumerate(cards)}
    read = [(index[c.source], index[c.target], c.share, c.id) for c in every]  # each connection read once
    sources, targets, percents, ids = (list(column) for column in zip(*read, strict=True)) if read else ([], [], [], [])
    fractions, warnings = _fractions(len(cards), sources, percents)
    arriving = [0] * len(cards)  # in the whole map: a persona enters where everybody enters
    for t in targets:
        arriving[t] += 1
    if persona is None:
        followed = every
        chosen = range(len(every))
    else:
        chosen = [n for n, c in enumerate(every) if not c.personas or persona in c.personas]
        followed = [every[n] for n in chosen]
        fractions = _persona_fractions(sources, fractions, chosen)
    edges: list[list[tuple[int, float, str]]] = [[] for _ in cards]
    rows: list[dict[int, float]] = [{} for _ in cards]
    for n in chosen:
        s, t, p = sources[n], targets[n], fractions[n]
        edges[s].append((t, p, ids[n]))
        if p > 0:
            row = rows[s]
            row[t] = row.get(t, 0.0) + p
    if entry is not None:
        doc.card(entry)
        entries = {index[entry]: 1.0}
    else:
        starts = [i for i in range(len(cards)) if edges[i] and not arriving[i]]
        entries = {i: 1.0 / len(starts) for i in starts}
        if followed and not starts:
            warnings.append(AnalysisWarning("no_entry"))
    touched = {sources[n] for n in chosen} | {targets[n] for n in chosen}
    warnings = [
        AnalysisWarning(w.kind, cards[w.card], w.percent, w.cards) if w.card != "" else w
        for w in warnings
        if w.card == "" or w.card in touched
    ]
    return Chain(cards, index, edges, entries, followed, warnings, rows)


def _persona_fractions(sources: list[int], fractions: list[float], chosen: list[int]) -> list[float]:
    """Rescale a persona's connections at each card to carry what the card sent on in the whole map."""
    sent: dict[int, float] = {}
    for s, f in zip(sources, fractions, strict=True):
        sent[s] = sent.get(s, 0.0) + f
    kept: dict[int, float] = {}
    for n in chosen:
        kept[sources[n]] = kept.get(sources[n], 0.0) + fractions[n]
    result = list(fractions)
    for n in chosen:
        total = kept[sources[n]]
        result[n] = fractions[n] * sent[sources[n]] / total if total > 0 else 0.0
    return result
