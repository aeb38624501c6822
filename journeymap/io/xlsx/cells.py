"""Writing values into cells safely: user text always stays text, never a formula.

openpyxl turns any string starting with ``=`` into a formula and strings such as ``#N/A``
into error values; a map title must never do either. ``put`` stores every string as a
string cell (with Excel's quote prefix when it looks like a formula, so it also stays text
after a user edits it in Excel) and keeps numbers as numbers.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from copy import copy

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet.worksheet import Worksheet

EXCEL_MAX_CELL_CHARS = 32_767
# Leading characters that make a spreadsheet read text as a formula or command.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_MAYBE_WIDE = re.compile(r"[\u1100-\U0010ffff]")
_STYLE_ARRAYS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def clean_text(text: str) -> str:
    """Text Excel accepts: no control characters, no lone surrogates, not too long."""
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if _SURROGATES.search(text):
        text = _SURROGATES.sub("\ufffd", text)
    if len(text) > EXCEL_MAX_CELL_CHARS:
        text = text[: EXCEL_MAX_CELL_CHARS - 1] + "\u2026"
    return text


def put(ws: Worksheet, row: int, column: int, value, style: str | None = None):
    """Write ``value`` into a cell as text or number (never a formula); returns the cell."""
    cell = ws.cell(row=row, column=column)
    if style is not None:
        cell._style = copy(_style_array(ws.parent, style))  # first: a style resets the quote prefix below
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text
        cell.data_type = "s"  # overrides openpyxl's guess of formula ('f') or error ('e')
        if text.startswith(FORMULA_TRIGGERS):
            cell.quotePrefix = True
    elif value is not None:
        cell.value = value
    return cell


def _style_array(workbook, name: str):
    """A named style's cell formatting, looked up once per workbook (the lookup is slow)."""
    arrays = _STYLE_ARRAYS.get(workbook)
    if arrays is None:
        arrays = _STYLE_ARRAYS[workbook] = {}
    found = arrays.get(name)
    if found is None:
        found = arrays[name] = workbook._named_styles[name].as_tuple()
    return found


def put_row(ws: Worksheet, row: int, values, style: str | None = None) -> None:
    """Write a row of values starting in column A."""
    for column, value in enumerate(values, start=1):
        put(ws, row, column, value, style)


def text_width(text: str) -> int:
    """Width of the longest line of ``text`` in Excel's character units (wide characters count double)."""
    longest = 0
    for line in text.split("\n"):
        width = len(line)
        if not line.isascii():
            width += sum(1 for ch in _MAYBE_WIDE.findall(line) if unicodedata.east_asian_width(ch) in ("W", "F"))
        longest = max(longest, width)
    return longest


def chars_per_line(width: float, indent: int = 0) -> int:
    """Characters of 10 pt text that fit on one line of a column ``width`` units wide.

    A width unit is one digit of the 11 pt default font; 10 pt text averages about 1.25
    characters per unit. 1.2 keeps a margin, so an estimate errs towards a spare line
    rather than a clipped one.
    """
    return max(4, int(width * 1.2) - 1 - 2 * indent)


def wrapped_line_count(text: str, chars_per_line: int) -> int:
    """How many lines ``text`` takes when wrapped at ``chars_per_line`` (a close estimate)."""
    per_line = max(1, chars_per_line)
    total = 0
    for line in text.split("\n"):
        width = text_width(line)
        total += max(1, -(-width // per_line))
    return total
