"""What a file that is not a journey map is, in words a facilitator can act on.

The reader's own words ("Expecting ',' delimiter", "byte 0: not UTF-8") name a parser's
state; these say what the file is, what is wrong with it, and what to do instead.
"""

from __future__ import annotations

from pathlib import PurePath

from ..model.text import QT_TRANSLATE_NOOP, Text

# Python's json messages (their start) -> what they mean in a journey file.
_JSON_PROBLEMS = (
    (
        "Unterminated string",
        QT_TRANSLATE_NOOP(
            "messages", "damaged here: a text in quotes is never closed (the file may have been cut short)"
        ),
    ),
    (
        "Expecting value",
        QT_TRANSLATE_NOOP(
            "messages", "damaged here: a value is missing (the file may have been cut short or edited by hand)"
        ),
    ),
    ("Expecting ',' delimiter", QT_TRANSLATE_NOOP("messages", "damaged here: a comma is missing between two entries")),
    ("Expecting ':' delimiter", QT_TRANSLATE_NOOP("messages", "damaged here: a colon is missing after a field name")),
    (
        "Expecting property name",
        QT_TRANSLATE_NOOP(
            "messages", "damaged here: a field name in double quotes should follow (perhaps a comma too many)"
        ),
    ),
    (
        "Illegal trailing comma",
        QT_TRANSLATE_NOOP("messages", "damaged here: a comma too many before a closing bracket"),
    ),
    ("Extra data", QT_TRANSLATE_NOOP("messages", "damaged here: something follows the end of the map")),
    (
        "Invalid control character",
        QT_TRANSLATE_NOOP("messages", "damaged here: a text holds a control character (a line break inside quotes?)"),
    ),
    ("Invalid \\escape", QT_TRANSLATE_NOOP("messages", "damaged here: a text holds a backslash that escapes nothing")),
)

# The first bytes of kinds of files people open by mistake.
_SIGNATURES = (
    (b"%PDF", QT_TRANSLATE_NOOP("messages", "this is a PDF document, not a journey map")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("messages", "this is a JPEG picture, not a journey map")),
    (b"GIF8", QT_TRANSLATE_NOOP("messages", "this is a GIF picture, not a journey map")),
    (
        b"\xd0\xcf\x11\xe0",
        QT_TRANSLATE_NOOP("messages", "this is an older Microsoft Office document, not a journey map"),
    ),
)
EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls")


def json_problem(message: str, at_end: bool = False, at_start: bool = False) -> Text:
    """What Python's json message means for a journey file (``at_end``: the text stops there;
    ``at_start``: the very first character is wrong, so this is text of another kind)."""
    if at_start:
        return Text(QT_TRANSLATE_NOOP(
            "messages",
            "not a journey map: this is text of another kind (a journey file is JSON written by Journeymap)"))
    if at_end:
        return Text(QT_TRANSLATE_NOOP(
            "messages", "the file ends too early: it was cut short (perhaps it was not completely saved or copied)"))
    for start, meaning in _JSON_PROBLEMS:
        if message.startswith(start):
            return Text(meaning)
    return Text(QT_TRANSLATE_NOOP("messages", "not a journey map: the text is not valid JSON (%1)"), message)


def not_text_problem(raw: bytes, file: str, start: int) -> Text:
    """A file whose bytes are not UTF-8 text: what it most likely is instead."""
    if PurePath(file).suffix.lower() in EXCEL_SUFFIXES or raw.startswith(b"PK\x03\x04") and b"xl/" in raw[:4096]:
        return Text(
            QT_TRANSLATE_NOOP(
                "messages",
                "this is an Excel workbook, not a journey map; to bring its rows in as cards, use "
                "File → Import from Excel (on the command line: journeymap import)",
            )
        )
    if raw.startswith(b"PK\x03\x04"):
        return Text(QT_TRANSLATE_NOOP("messages", "this is a ZIP archive or an Office document, not a journey map"))
    for signature, meaning in _SIGNATURES:
        if raw.startswith(signature):
            return Text(meaning)
    if start:
        return Text(
            QT_TRANSLATE_NOOP(
                "messages", "damaged here: the text holds bytes that are not UTF-8 (was it saved by another program?)"
            )
        )
    return Text(
        QT_TRANSLATE_NOOP(
            "messages", "not a journey map: this file is not text (a .journey file is UTF-8 text written by Journeymap)"
        )
    )
