"""The "About" sheet: what this workbook is, where it came from, and how to read it."""

from __future__ import annotations

from datetime import datetime, timezone

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from ... import __version__
from ...model import JourneyDocument
from ..journey_format import FORMAT_VERSION
from . import styles
from .cells import put, text_width, wrapped_line_count

SHEET_GUIDE = ("map", "cards", "connections", "personas")
VALUE_WIDTH = 90


def about_rows(
    doc: JourneyDocument, words: dict[str, str], exported: datetime | None = None
) -> list[tuple[str, object]]:
    """The facts the About sheet lists, as (label, value) pairs."""
    moment = (exported or datetime.now(timezone.utc)).astimezone(timezone.utc)
    rtl = doc.info.direction == "rtl"
    return [
        (words["about.map_title"], doc.info.title),
        (words["description"], doc.info.description),
        (words["about.exported"], moment.strftime("%Y-%m-%d %H:%M UTC")),
        (words["about.app_version"], __version__),
        (words["about.format_version"], FORMAT_VERSION),
        (words["about.language"], doc.info.language),
        (words["about.direction"], words["about.rtl"] if rtl else words["about.ltr"]),
        (words["about.stages"], len(doc.stages())),
        (words["about.steps"], len(doc.steps())),
        (words["about.lanes"], len(doc.lanes())),
        (words["about.cards"], doc.card_count()),
        (words["about.connections"], doc.connection_count()),
        (words["about.personas"], len(doc.personas())),
    ]


def write_about_sheet(
    ws: Worksheet, doc: JourneyDocument, words: dict[str, str], exported: datetime | None = None
) -> None:
    rtl = doc.info.direction == "rtl"
    # Counts sit next to their labels, like the text values, not at the far edge of the wide column,
    # and read left to right as every number cell does (styles.LEFT_TO_RIGHT).
    number_alignment = Alignment(
        horizontal="right" if rtl else "left", vertical="top", readingOrder=styles.LEFT_TO_RIGHT
    )
    put(ws, 1, 1, doc.info.title, styles.TITLE)
    ws.row_dimensions[1].height = 26
    row = 3
    for label, value in about_rows(doc, words, exported):
        put(ws, row, 1, label, styles.LABEL)
        cell = put(ws, row, 2, value, styles.BODY_WRAP)
        if isinstance(value, int):
            cell.alignment = number_alignment
        _fit_height(ws, row, value)
        row += 1
    row += 1
    put(ws, row, 1, words["about.sheets"], styles.LABEL)
    for key in SHEET_GUIDE:
        row += 1
        text = words[f"guide.{key}"]
        put(ws, row, 1, words[f"sheet.{key}"], styles.BODY)
        put(ws, row, 2, text, styles.BODY_WRAP)
        _fit_height(ws, row, text)
    row += 2
    put(ws, row, 1, words["about.sending_back"], styles.LABEL)
    put(ws, row, 2, words["note.editable"], styles.BODY_WRAP)
    _fit_height(ws, row, words["note.editable"])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = VALUE_WIDTH
    ws.sheet_view.showGridLines = False
    styles.fit_to_page_width(ws, landscape=False)


def _fit_height(ws: Worksheet, row: int, value) -> None:
    if isinstance(value, str) and value and (text_width(value) > VALUE_WIDTH - 4 or "\n" in value):
        lines = wrapped_line_count(value, VALUE_WIDTH - 4)
        ws.row_dimensions[row].height = min(409.0, lines * 13.0 + 4)
