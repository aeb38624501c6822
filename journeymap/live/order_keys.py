"""Fractional order keys: strings that sort in the order of a list and leave room between.

A peer moving an item writes one new key between its new neighbours' keys, so a
concurrent move elsewhere in the list never duplicates or loses an item (an array
would). Keys use the digits 0-9, A-Z, a-z (their ASCII order) and never end in "0",
so there is always room for one more key before any key.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_BASE = len(DIGITS)
_VALUE = {ch: i for i, ch in enumerate(DIGITS)}


def is_key(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 200 and value[-1] != "0" and all(c in _VALUE for c in value)


def key_between(before: str | None, after: str | None) -> str:
    """A key strictly between ``before`` and ``after`` (None: no bound on that side)."""
    low = before or ""
    if after is not None and after <= low:
        raise ValueError(f"no key between {before!r} and {after!r}")
    high = after
    result = []
    i = 0
    while True:
        lo = _VALUE[low[i]] if i < len(low) else 0
        hi = _VALUE[high[i]] if high is not None and i < len(high) else _BASE
        if hi - lo > 1:
            result.append(DIGITS[(lo + hi) // 2])
            return "".join(result)
        result.append(DIGITS[lo])
        if hi - lo == 1:
            high = None  # below the upper bound from here on: any larger digit will do
        i += 1


def keys_between(before: str | None, after: str | None, count: int) -> list[str]:
    """``count`` increasing keys between two bounds, kept short by halving the gap."""
    if count <= 0:
        return []
    middle = key_between(before, after)
    half = count // 2
    return keys_between(before, middle, half) + [middle] + keys_between(middle, after, count - half - 1)


def reorder(ids: Sequence[str], old_keys: dict[str, str]) -> dict[str, str]:
    """New keys for the items of ``ids`` (in their wanted order) whose old key is out of place.

    Keeps the longest run of items whose old keys already increase (so a move writes one
    key, not the whole list) and gives every other item a key between its kept neighbours.
    """
    kept = _longest_increasing(ids, old_keys)
    changes: dict[str, str] = {}
    pending: list[str] = []
    before: str | None = None
    for item in ids:
        if item in kept:
            if pending:
                changes.update(zip(pending, keys_between(before, old_keys[item], len(pending)), strict=True))
                pending = []
            before = old_keys[item]
        else:
            pending.append(item)
    if pending:
        changes.update(zip(pending, keys_between(before, None, len(pending)), strict=True))
    return changes


def _longest_increasing(ids: Sequence[str], old_keys: dict[str, str]) -> set[str]:
    """Ids whose old keys form a longest strictly increasing run, in list order (patience sort)."""
    tails: list[str] = []  # smallest last key of a run of each length
    tail_ids: list[int] = []
    parent: list[int] = []
    candidates = [(i, old_keys.get(item)) for i, item in enumerate(ids)]
    for i, key in candidates:
        if not is_key(key):
            parent.append(-1)
            continue
        at = bisect_left(tails, key)
        parent.append(tail_ids[at - 1] if at else -1)
        if at == len(tails):
            tails.append(key)
            tail_ids.append(i)
        else:
            tails[at] = key
            tail_ids[at] = i
    result: set[str] = set()
    at_index = tail_ids[-1] if tail_ids else -1
    while at_index >= 0:
        result.add(ids[at_index])
        at_index = parent[at_index]
    return result
