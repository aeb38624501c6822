"""Reading a returned workbook: the three editable sheets by header, and the hidden base.

Opened read-only for values (``data_only``: formulas are never evaluated, and one whose
program never calculated it has no value: those cells are found in the sheet's XML and
reported, so an empty-looking cell is never taken for a cleared one). Rows are capped,
whatever the sheet's header claims.
"""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook

from ..xlsx.round_trip import BASE_SHEET, LISTS_SHEET
from .headers import header_key, map_headers, sheet_names
from .messages import QT_TRANSLATE_NOOP, ImportRefused, Message, msg
from .safety import check_workbook_file

MAX_ROWS = 40_000  # a map holds at most 10,000 cards and 30,000 connections
MAX_COLUMNS = 200
MAX_BASE_CELLS = 5_000  # of 30,000 characters: the base of the largest map a file may hold, with room
EDITABLE = ("cards", "connections", "personas")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")


@dataclass
class SheetData:
    key: str
    title: str
    columns: dict[str, int]
    other_headers: list[str]
    rows: list[tuple[int, tuple]]  # (row number in the sheet, values)
    headers: dict[str, str] = field(default_factory=dict)  # column key -> the header as the sheet spells it
    formulas: set[tuple[int, int]] = field(default_factory=set)  # (row, column index) without a value
    percent_rows: set[int] = field(default_factory=set)  # rows whose share is a number shown as a percentage


@dataclass
class WorkbookData:
    name: str
    sheets: dict[str, SheetData]
    base: dict[str, dict[str, tuple[str, dict]]]  # kind -> id -> (hash, exported record)
    meta: dict | None
    grid_texts: list | None = None  # the Map sheet's values, to tell whether it was edited
    notes: list[Message] = field(default_factory=list)
    shown: dict[str, dict] = field(default_factory=dict)  # id -> cell texts as exported (persona names, KPIs)


def read_workbook(path: str | Path, wanted: tuple[str, ...] = EDITABLE) -> WorkbookData:
    """The workbook's editable sheets and base values; raises ``ImportRefused`` with the reason."""
    path = Path(path)
    check_workbook_file(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it skips; they do not matter here
            book = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except ImportRefused:
        raise
    except Exception as exc:  # defusedxml's refusals, broken XML, a missing part: one message
        raise ImportRefused(_unreadable(path.name, exc)) from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # sheets are parsed lazily, while their rows are read
            return _read(book, path.name, wanted)
    except ImportRefused:
        raise
    except MemoryError:
        raise ImportRefused(msg(QT_TRANSLATE_NOOP("ExcelImport", "%1 is too large to read."), path.name)) from None
    except Exception as exc:
        raise ImportRefused(_unreadable(path.name, exc)) from None
    finally:
        book.close()


def _unreadable(name: str, exc: Exception) -> Message:
    causes = []
    cause: BaseException | None = exc
    while cause is not None and len(causes) < 10:
        causes.append(type(cause).__name__)
        cause = cause.__cause__ or cause.__context__
    if any("Entit" in kind or "DTD" in kind for kind in causes):
        return msg(QT_TRANSLATE_NOOP(
            "ExcelImport", "%1 declares XML entities, which a workbook never needs (an entity bomb?); refused."), name)
    return msg(QT_TRANSLATE_NOOP("ExcelImport", "%1 could not be read as an Excel workbook: %2."), name,
               str(exc)[:200] or type(exc).__name__)


def _read(book, name: str, wanted: tuple[str, ...]) -> WorkbookData:
    base, meta = _read_base(book)
    shown = base.pop("shown")
    by_title = {ws.title: ws for ws in book.worksheets}
    sheets: dict[str, SheetData] = {}
    for key in wanted:
        ws = _find_sheet(by_title, key, meta)
        if ws is not None:
            sheets[key] = _read_sheet(book, ws, key)
    data = WorkbookData(name, sheets, base, meta, shown=shown)
    map_title = (meta or {}).get("sheets", {}).get("map")
    if map_title in by_title and meta and "grid" in meta:
        data.grid_texts = grid_values(by_title[map_title].iter_rows(values_only=True, max_row=MAX_ROWS))
    return data


SIGNATURE_COLUMNS = {"cards": {"id", "title", "lane"}, "connections": {"id", "from_id", "to_id"},
                     "personas": {"id", "name", "goals"}}


def _find_sheet(by_title: dict, key: str, meta: dict | None):
    """The sheet as exported, else by its name in English or Hebrew, else (renamed) by its headers."""
    exported = (meta or {}).get("sheets", {}).get(key)
    if exported in by_title:
        return by_title[exported]
    names = sheet_names(key)
    for title, ws in by_title.items():
        if header_key(title) in names:
            return ws
    for title, ws in by_title.items():
        if title in (BASE_SHEET, LISTS_SHEET) or ws.sheet_state != "visible":
            continue
        header = next(ws.iter_rows(values_only=True, max_row=1, max_col=MAX_COLUMNS), ())
        if SIGNATURE_COLUMNS[key] <= map_headers(key, tuple(header or ()))[0].keys():
            return ws
    return None


def _read_sheet(book, ws, key: str) -> SheetData:
    rows_iter = ws.iter_rows(values_only=True, max_row=MAX_ROWS + 2, max_col=MAX_COLUMNS)
    header = next(rows_iter, ()) or ()
    columns, others = map_headers(key, tuple(header))
    rows: list[tuple[int, tuple]] = []
    for number, values in enumerate(rows_iter, start=2):
        if number > MAX_ROWS + 1:
            raise ImportRefused(msg(QT_TRANSLATE_NOOP(
                "ExcelImport", "The sheet “%1” has more than %2 rows; a journey map has far fewer."),
                ws.title, MAX_ROWS))
        if any(value not in (None, "") for value in values):
            rows.append((number, values))
    headers = {name: str(header[index]) for name, index in columns.items()}
    sheet = SheetData(key, ws.title, columns, others, rows, headers)
    sheet.formulas = _formulas_without_values(book, ws)
    if "share" in columns and _maybe_percent(rows, columns["share"]):
        sheet.percent_rows = _percent_rows(ws, columns["share"] + 1, rows[-1][0])
    return sheet


def _maybe_percent(rows: list[tuple[int, tuple]], index: int) -> bool:
    """A share between 0 and 1 may be a percentage Excel stored as a fraction; only then are formats read."""
    for _, values in rows:
        value = values[index] if index < len(values) else None
        if isinstance(value, float) and 0 < value < 1:
            return True
    return False


def _percent_rows(ws, column: int, last_row: int) -> set[int]:
    """Rows where the share cell is formatted as a percentage: Excel keeps "30%" typed there as 0.3."""
    found = set()
    for row in ws.iter_rows(min_row=2, max_row=max(2, last_row), min_col=column, max_col=column):
        for cell in row:
            if isinstance(cell.value, int | float) and "%" in str(getattr(cell, "number_format", "") or ""):
                found.add(cell.row)
    return found


def _formulas_without_values(book, ws) -> set[tuple[int, int]]:
    """Cells holding a formula but no calculated value, as (row, 0-based column)."""
    from defusedxml.ElementTree import iterparse
    from openpyxl.utils.cell import coordinate_to_tuple

    path = getattr(ws, "_worksheet_path", None)  # read-only sheets know their part in the archive
    if path is None:
        return set()
    with book._archive.open(path) as handle:
        if not _mentions_formula(handle):
            return set()
    found = set()
    with book._archive.open(path) as handle:  # streamed: a sheet of a million rows is never held whole
        for _event, element in iterparse(handle):
            if element.tag.endswith("}c"):
                children = {child.tag.rsplit("}", 1)[-1]: child for child in element}
                value = children.get("v")
                if "f" in children and (value is None or value.text in (None, "")):
                    row, column = coordinate_to_tuple(element.get("r"))
                    found.add((row, column - 1))
            if element.tag.endswith("}row"):
                element.clear()
    return found


def _mentions_formula(handle) -> bool:
    """Does the sheet's XML hold a formula element at all? Read in pieces, at the speed of a byte search."""
    tail = b""
    while chunk := handle.read(1 << 20):
        if _FORMULA.search(tail + chunk):
            return True
        tail = chunk[-16:]
    return False


def _read_base(book) -> tuple[dict, dict | None]:
    """The exported values by kind and id, and the export's facts; empty when the sheet is gone or damaged."""
    base: dict = {"card": {}, "connection": {}, "persona": {}, "shown": {}}
    if BASE_SHEET not in book.sheetnames:
        return base, None
    chunks = [str(values[0]) for values in book[BASE_SHEET].iter_rows(min_row=2, max_col=1, values_only=True,
                                                                        max_row=MAX_BASE_CELLS) if values[0]]
    try:
        stored = json.loads("".join(chunks))
        meta = stored["meta"]
        for kind in ("card", "connection", "persona"):
            for item_id, (digest, record, shown) in stored[kind].items():
                base[kind][item_id] = (digest, record)
                if shown:
                    base["shown"][item_id] = shown
    except (ValueError, KeyError, TypeError, AttributeError):
        return {"card": {}, "connection": {}, "persona": {}, "shown": {}}, None  # compared two-way, map and sheet
    return base, meta if isinstance(meta, dict) else None


def grid_values(rows) -> list:
    """The Map sheet's non-empty values by place, numbers rounded: what the grid shows."""
    found = []
    for row_number, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            if value in (None, ""):
                continue
            if isinstance(value, float):
                value = round(value, 4)
                value = int(value) if value.is_integer() else value  # LibreOffice writes 1.0 as 1
            found.append([row_number, column, str(value).replace("\r\n", "\n")])
    return found
