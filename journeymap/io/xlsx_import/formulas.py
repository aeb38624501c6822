"""Rows holding a formula that no program ever calculated: an error of the row, never a cleared value.

Read for values only, such a cell looks empty; taking it for empty would blank a card's
text or a connection's label. So the row is reported, cell by cell, and left as it is.
"""

from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP, msg
from .preview import RowError
from .reader import SheetData

EXPECTED = QT_TRANSLATE_NOOP(
    "ExcelImport", "a value, not a formula that was never calculated (open and save it in Excel)")


def formula_rows(sheet: SheetData) -> dict[int, list[int]]:
    """Row number -> the columns (0-based) of its uncalculated formulas."""
    rows: dict[int, list[int]] = {}
    for row, column in sorted(sheet.formulas):
        rows.setdefault(row, []).append(column)
    return rows


def formula_errors(sheet: SheetData, sheet_key: str, row: int, columns: list[int], item_id: str) -> list[RowError]:
    by_index = {index: key for key, index in sheet.columns.items()}
    errors = []
    for column in columns:
        key = by_index.get(column)
        header = sheet.headers.get(key, key) if key else str(column + 1)
        errors.append(RowError(sheet_key, row, header, item_id, "=…", msg(EXPECTED)))
    return errors
