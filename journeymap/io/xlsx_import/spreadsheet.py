"""Any spreadsheet as rows of values: an .xlsx sheet (checked as for an import) or a CSV file.

CSV: UTF-8 with or without a byte-order mark, separated by commas, semicolons or tabs
(Excel writes semicolons where the decimal mark is a comma).
"""

from __future__ import annotations

import csv
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook

from .messages import QT_TRANSLATE_NOOP, ImportRefused, msg
from .reader import MAX_COLUMNS, MAX_ROWS, _unreadable
from .safety import MAX_FILE_BYTES, check_workbook_file


@dataclass
class SheetRows:
    title: str
    rows: list[tuple]  # every row, blank ones too (a grid's layout counts), without trailing blanks


def read_spreadsheet(path: str | Path) -> list[SheetRows]:
    """The visible sheets of a workbook, or the one table of a CSV file."""
    path = Path(path)
    if path.suffix.lower() in (".csv", ".txt", ".tsv"):
        return [read_csv(path)]
    check_workbook_file(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = load_workbook(path, read_only=True, data_only=True, keep_links=False)
            try:
                return [_sheet_rows(ws) for ws in book.worksheets if ws.sheet_state == "visible"]
            finally:
                book.close()
    except ImportRefused:
        raise
    except Exception as exc:
        raise ImportRefused(_unreadable(path.name, exc)) from None


def _sheet_rows(ws) -> SheetRows:
    rows = []
    for number, values in enumerate(ws.iter_rows(values_only=True, max_row=MAX_ROWS + 2, max_col=MAX_COLUMNS), 1):
        if number > MAX_ROWS:
            raise ImportRefused(msg(QT_TRANSLATE_NOOP(
                "ExcelImport", "The sheet “%1” has more than %2 rows; a journey map has far fewer."),
                ws.title, MAX_ROWS))
        rows.append(tuple(values))
    while rows and all(v in (None, "") for v in rows[-1]):
        rows.pop()
    return SheetRows(ws.title, rows)


def read_csv(path: Path) -> SheetRows:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused(msg(QT_TRANSLATE_NOOP(
                "ExcelImport", "%1 is %2 MB; a workbook to import is at most %3 MB."),
                path.name, size // (1024 * 1024), MAX_FILE_BYTES // (1024 * 1024)))
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(msg(QT_TRANSLATE_NOOP("ExcelImport", "Could not read %1: %2."), path.name,
                                exc.strerror or exc)) from None
    if not raw.strip():
        raise ImportRefused(msg(QT_TRANSLATE_NOOP("ExcelImport", "%1 is empty: there is no table in it."), path.name))
    if b"\x00" in raw[:4096]:
        raise ImportRefused(msg(QT_TRANSLATE_NOOP(
            "ExcelImport", "%1 is not a text file; save the table as “CSV UTF-8”."), path.name))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(msg(QT_TRANSLATE_NOOP(
            "ExcelImport", "%1 is not in UTF-8; in Excel, save it as “CSV UTF-8 (comma delimited)”."),
            path.name)) from None
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    rows = []
    csv.field_size_limit(1_000_000)
    try:
        for number, values in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), 1):
            if number > MAX_ROWS:
                raise ImportRefused(msg(QT_TRANSLATE_NOOP(
                    "ExcelImport", "The sheet “%1” has more than %2 rows; a journey map has far fewer."),
                    path.name, MAX_ROWS))
            rows.append(tuple(value if value != "" else None for value in values[:MAX_COLUMNS]))
    except csv.Error as exc:
        raise ImportRefused(msg(QT_TRANSLATE_NOOP("ExcelImport", "%1 could not be read as CSV: %2."),
                                path.name, exc)) from None
    while rows and all(v in (None, "") for v in rows[-1]):
        rows.pop()
    return SheetRows(path.name, rows)
