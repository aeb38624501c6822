"""The words an export writes into the map itself (a deck's notes, a page's buttons) in the map's language.

A deck or a page is read by the map's audience, not by whoever exported it: a Hebrew map
exported from an English interface still says "שלב 2 מתוך 5". While ``in_language_of(doc)``
is active, ``translate`` looks texts up in the catalogue of the map's language when one
ships (English needs none), and in the interface's otherwise; lupdate finds the texts
through the usual ``translate(context, text)`` spelling.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .. import i18n

_LANGUAGE: ContextVar[str | None] = ContextVar("map_language", default=None)


@contextmanager
def in_language_of(doc) -> Iterator[str | None]:
    """Speak the map's language (when Journeymap has a catalogue for it) until the block ends."""
    code = (doc.info.language or "").split("-")[0].split("_")[0].lower()
    known = code == i18n.SOURCE_LANGUAGE or (code and i18n.catalogue(code) is not None)
    token = _LANGUAGE.set(code if known else None)
    try:
        yield _LANGUAGE.get()
    finally:
        _LANGUAGE.reset(token)


def translate(context: str, text: str) -> str:
    language = _LANGUAGE.get()
    if language is None:
        return i18n.translate(context, text)
    if language == i18n.SOURCE_LANGUAGE:
        return text
    found = i18n.catalogue(language).translate(context, text, None, -1)
    return found or text
