"""Sentences made below the interface that the interface can still say in the user's language.

The model and the file readers know no Qt, yet their refusals and explanations reach users.
A ``Text`` is the English sentence (so logs, tests and English runs read as before) that also
keeps its template and values; ``journeymap.i18n.localized`` looks the template up in the
"messages" catalogue context and fills the values in the user's language.
"""

from __future__ import annotations

import re

MESSAGES = "messages"  # the catalogue context of every Text template


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for lupdate; Qt-free, so the model may use it."""
    return text


def fill(template: str, values: tuple) -> str:
    """%1, %2... replaced in one pass, as QString.arg does."""

    def value(match: re.Match) -> str:
        index = int(match.group(1))
        return str(values[index - 1]) if 0 < index <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, template)


class Text(str):
    """An English sentence that remembers how it was made: ``Text(template, *values)``.

    ``template`` is marked with ``QT_TRANSLATE_NOOP("messages", ...)``; a value may itself be a
    Text (a nested phrase, translated too) or anything else (a name, a number, a path: kept).
    """

    template: str
    values: tuple

    def __new__(cls, template: str, *values: object) -> Text:
        made = super().__new__(cls, fill(template, values))
        made.template = template
        made.values = values
        return made

    def __reduce__(self):  # pickles (and copies) as the sentence it is
        return (Text, (self.template, *self.values))
