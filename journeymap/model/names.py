"""Finding a part of the map by a name a person typed: loosely, in any script, Hebrew included.

First exactly (ignoring case and spacing), then as a prefix, then as a part of the name,
then by similarity (``difflib``). Quick add and the spreadsheet import both use it.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

SIMILARITY_CUTOFF = 0.6


def normalise(text: str) -> str:
    return " ".join(text.casefold().split())


def best_match(query: str, names: Sequence[tuple[str, str]]) -> str | None:
    """The id whose name fits ``query`` best (exact, prefix, part, similar), or None.

    ``names`` are (id, name) pairs in map order; among equally good fits the first wins.
    """
    wanted = normalise(query)
    if not wanted:
        return None
    pairs = [(item_id, normalise(name)) for item_id, name in names]
    for test in (
        lambda name: name == wanted,
        lambda name: name.startswith(wanted),
        lambda name: wanted in name,
    ):
        for item_id, name in pairs:
            if name and test(name):
                return item_id
    close = difflib.get_close_matches(wanted, [name for _, name in pairs], n=1, cutoff=SIMILARITY_CUTOFF)
    if close:
        return next(item_id for item_id, name in pairs if name == close[0])
    return None
