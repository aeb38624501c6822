"""Checks for values this version does not know ("extra"), kept so that they survive a save.

Such values can be anything JSON allows, so they are the easiest place to hide
trouble: nesting deep enough to break the writer, numbers like ``1e999`` that
JSON reads as infinity but cannot write back, or broken characters that UTF-8
cannot store. They are checked once, on the way in, without recursion.
"""

from __future__ import annotations

import math
from typing import Any

MAX_EXTRA_DEPTH = 32
MAX_EXTRA_VALUES = 200_000  # in a whole file; a newer version adding five fields to 10,000 cards needs 50,000


class ExtraBudget:
    """Counts extra values over one whole file, so a file cannot hide millions of them."""

    def __init__(self, limit: int = MAX_EXTRA_VALUES) -> None:
        self.limit = limit
        self.used = 0


def extra_problem(value: Any, budget: ExtraBudget) -> str | None:
    """What is wrong with one kept value, or None when it can be written back exactly."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        budget.used += 1
        if budget.used > budget.limit:
            return f"more than {budget.limit:,} values this version does not know; not a journey map"
        if depth > MAX_EXTRA_DEPTH:
            return f"values this version does not know nest more than {MAX_EXTRA_DEPTH} levels deep"
        if isinstance(item, dict):
            for key, child in item.items():
                if not text_is_writable(key):
                    return "a name contains a broken character (a lone UTF-16 surrogate)"
                stack.append((child, depth + 1))
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
        elif isinstance(item, str):
            if not text_is_writable(item):
                return "a text contains a broken character (a lone UTF-16 surrogate)"
        elif isinstance(item, float) and not math.isfinite(item):
            return "a number is too large (infinite numbers cannot be stored)"
    return None


def text_is_writable(text: str) -> bool:
    """False for text holding lone surrogates (from JSON escapes like \\ud800), which UTF-8 cannot store."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
