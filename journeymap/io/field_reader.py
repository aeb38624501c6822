"""Reading typed fields out of parsed JSON, naming the exact place of every problem.

The rules every field of a .journey file shares (ids, colours, text length, list
length, numbers) live here, so the format module only says which field is which.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..model.text import QT_TRANSLATE_NOOP, Text
from .errors import FormatError
from .extra_values import ExtraBudget, extra_problem, text_is_writable

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Lane

ID_PATTERN = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
COLOR_PATTERN = re.compile(r"^#[0-9A-Fa-f]{6}$")
MAX_TEXT = 100_000  # characters in one text field
MAX_ITEMS = 200_000  # entries in one list
MAX_REFS = 100  # persona references on one card or connection, goals of one persona


class _Reader:
    """Typed access to parsed JSON that names the exact place of every problem."""

    def __init__(self, file: str, known_keys: dict[str, tuple[str, ...]]) -> None:
        self.file = file
        self.known_keys = known_keys  # per kind of object, the keys this version reads
        self.extra_budget = ExtraBudget()
        self.persona_ids: frozenset[str] = frozenset()
        self.lanes: dict[str, Lane] = {}

    def extra(self, data: dict, kind: str, place: str) -> dict[str, Any]:
        """The keys of ``data`` this version does not know, checked so they can be written back."""
        known = self.known_keys[kind]
        extra = {k: v for k, v in data.items() if k not in known}
        for key, value in extra.items():
            problem = extra_problem({key: value}, self.extra_budget)
            if problem:
                raise self.fail(_join(place, _shown(key)[1:-1]), problem)
        return extra

    def fail(self, place: str, expected: str) -> FormatError:
        return FormatError(self.file, place, expected)

    def obj(self, value: Any, place: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(
                place, Text(QT_TRANSLATE_NOOP("messages", "expected an object {...}, found %1"), _describe(value))
            )
        return value

    def lst(self, parent: dict, key: str, place: str, required: bool = True, limit: int = MAX_ITEMS) -> list:
        if key not in parent:
            if required:
                raise self.fail(
                    _join(place, key), Text(QT_TRANSLATE_NOOP("messages", "missing; expected a list [...]"))
                )
            return []
        value = parent[key]
        if not isinstance(value, list):
            raise self.fail(
                _join(place, key),
                Text(QT_TRANSLATE_NOOP("messages", "expected a list [...], found %1"), _describe(value)),
            )
        if len(value) > limit:
            raise self.fail(
                _join(place, key),
                Text(
                    QT_TRANSLATE_NOOP("messages", "too many entries (%1); at most %2"),
                    format(len(value), ","),
                    format(limit, ","),
                ),
            )
        return value

    def text(self, parent: dict, key: str, place: str, default: str | None = None) -> str:
        if key not in parent:
            if default is None:
                raise self.fail(_join(place, key), Text(QT_TRANSLATE_NOOP("messages", "missing; expected a text")))
            return default
        value = parent[key]
        if not isinstance(value, str):
            raise self.fail(
                _join(place, key), Text(QT_TRANSLATE_NOOP("messages", "expected a text, found %1"), _describe(value))
            )
        if len(value) > MAX_TEXT:
            raise self.fail(
                _join(place, key),
                Text(
                    QT_TRANSLATE_NOOP("messages", "text too long (%1 characters; at most %2)"),
                    format(len(value), ","),
                    format(MAX_TEXT, ","),
                ),
            )
        if not text_is_writable(value):
            raise self.fail(
                _join(place, key),
                Text(QT_TRANSLATE_NOOP("messages", "the text contains a broken character (a lone UTF-16 surrogate)")),
            )
        return value

    def ident(self, parent: dict, key: str, place: str) -> str:
        value = self.text(parent, key, place)
        if not ID_PATTERN.fullmatch(value):
            expected = Text(
                QT_TRANSLATE_NOOP("messages", "expected an id of 1-64 letters, digits, '-', '_', '.' or ':', found %1"),
                _shown(value),
            )
            raise self.fail(_join(place, key), expected)
        return value

    def color(self, parent: dict, key: str, place: str, default: str) -> str:
        value = self.text(parent, key, place, default)
        if value and not COLOR_PATTERN.fullmatch(value):
            raise self.fail(
                _join(place, key),
                Text(QT_TRANSLATE_NOOP("messages", "expected a colour like '#3A7BD5', found %1"), _shown(value)),
            )
        return value

    def number(self, parent: dict, key: str, place: str, low: float, high: float, optional: bool) -> float | None:
        value = parent.get(key)
        if value is None:
            if optional:
                return None
            raise self.fail(_join(place, key), Text(QT_TRANSLATE_NOOP("messages", "missing; expected a number")))
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(
                _join(place, key), Text(QT_TRANSLATE_NOOP("messages", "expected a number, found %1"), _describe(value))
            )
        if not low <= value <= high:  # also refuses NaN; ints of any size compare exactly
            raise self.fail(
                _join(place, key),
                Text(
                    QT_TRANSLATE_NOOP("messages", "expected a number from %1 to %2, found %3"),
                    format(low, "g"),
                    format(high, "g"),
                    _describe(value),
                ),
            )
        return value

    def flag(self, parent: dict, key: str, place: str) -> bool:
        value = parent.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(
                _join(place, key),
                Text(QT_TRANSLATE_NOOP("messages", "expected true or false, found %1"), _describe(value)),
            )
        return value

    def texts(self, parent: dict, key: str, place: str) -> tuple[str, ...]:
        items = self.lst(parent, key, place, required=False, limit=MAX_REFS)
        for i, value in enumerate(items):
            if not isinstance(value, str) or len(value) > MAX_TEXT or not text_is_writable(value):
                self.text({"v": value}, "v", f"{_join(place, key)}[{i}]")  # raises, naming the problem
        return tuple(items)


# ---------------------------------------------------------------------------- plain values
# Quick yes-or-no checks for the common case, a field that is plainly right. They accept
# only what the ``_Reader`` methods accept (often less); on a no, the caller reads the
# record again with ``_Reader``, which names the problem. None of them raises.


def plain_text(value: Any) -> bool:
    """True for a text ``_Reader.text`` accepts."""
    return type(value) is str and len(value) <= MAX_TEXT and (value.isascii() or text_is_writable(value))


def plain_refs(value: Any, known: frozenset[str]) -> tuple[str, ...] | None:
    """The ids of a list of references that all name something in ``known``, or None."""
    if type(value) is not list or len(value) > MAX_REFS:
        return None
    for item in value:
        if type(item) is not str or item not in known:
            return None
    return tuple(value)


def plain_number(value: Any, low: float, high: float) -> bool:
    """True for a number (not true/false) from ``low`` to ``high``, as ``_Reader.number`` accepts."""
    return (type(value) is int or type(value) is float) and low <= value <= high


def _join(place: str, key: str) -> str:
    return f"{place}.{key}" if place else key


def _shown(text: str) -> str:
    """A text quoted for a message: on one line and never longer than about 40 characters."""
    shown = repr(text if len(text) <= 30 else text[:27] + "...")
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        digits = len(str(abs(value)))
        if digits > 20:
            return Text(QT_TRANSLATE_NOOP("messages", "a number with %1 digits"), digits)
        return Text(QT_TRANSLATE_NOOP("messages", "the number %1"), value)
    if isinstance(value, float):
        return Text(QT_TRANSLATE_NOOP("messages", "the number %1"), format(value, "g"))
    if isinstance(value, str):
        return Text(QT_TRANSLATE_NOOP("messages", "the text %1"), _shown(value))
    if isinstance(value, list):
        return Text(QT_TRANSLATE_NOOP("messages", "a list"))
    if isinstance(value, dict):
        return Text(QT_TRANSLATE_NOOP("messages", "an object"))
    return type(value).__name__
