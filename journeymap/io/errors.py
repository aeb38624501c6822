"""Errors the file layer shows to users: one readable line, never a traceback."""

from __future__ import annotations

from ..model.text import Text


class FormatError(Exception):
    """A file that is not a valid journey map.

    ``place`` is where in the file the problem is (``stages[2].steps[0].name`` or
    ``line 3, column 5``), ``expected`` what should have been there. Either may be a
    ``Text``, which the interface says in the user's language (``i18n.localized_error``).
    """

    MAX_EXPECTED = 300  # characters: a message is read in a dialog, not scrolled

    def __init__(self, file: str, place: str, expected: str) -> None:
        if not isinstance(expected, Text):  # Texts are written on one line, and short
            expected = " ".join(expected.split())  # always one line
            if len(expected) > self.MAX_EXPECTED:
                expected = expected[: self.MAX_EXPECTED - 3] + "..."
        self.file = file
        self.place = place
        self.expected = expected
        where = f"{file}: {place}: " if place else f"{file}: "
        super().__init__(f"{where}{expected}")


class SaveError(Exception):
    """A map that could not be written; the file on disk is left as it was."""
