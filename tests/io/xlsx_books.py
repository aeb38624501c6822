"""Workbooks for import tests: export a map, then edit its sheets as a stakeholder would."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from journeymap.io.xlsx_export import export_xlsx
from journeymap.model import JourneyDocument


def exported(doc: JourneyDocument, folder: Path, name: str = "book.xlsx") -> Path:
    path = folder / name
    export_xlsx(doc, path)
    return path


def only_map_sheet(path: Path) -> Path:
    """The workbook cut down to its first sheet, the Map grid, as a stakeholder might send it."""
    book = openpyxl.load_workbook(path)
    for name in book.sheetnames[1:]:
        del book[name]
    book.save(path)
    return path


class Book:
    """An exported workbook opened for editing; ``save()`` writes it back like Excel would."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.book = openpyxl.load_workbook(path)

    def sheet(self, index_or_name):
        if isinstance(index_or_name, int):
            return self.book.worksheets[index_or_name]
        return self.book[index_or_name]

    def headers(self, sheet) -> list:
        return [cell.value for cell in self.sheet(sheet)[1]]

    def column(self, sheet, header: str) -> int:
        return self.headers(sheet).index(header) + 1

    def row_of(self, sheet, item_id: str) -> int:
        ws = self.sheet(sheet)
        for row in range(2, ws.max_row + 1):
            if ws.cell(row, 1).value == item_id:
                return row
        raise KeyError(item_id)

    def set(self, sheet, item_id: str, header: str, value) -> None:
        self.sheet(sheet).cell(self.row_of(sheet, item_id), self.column(sheet, header)).value = value

    def get(self, sheet, item_id: str, header: str):
        return self.sheet(sheet).cell(self.row_of(sheet, item_id), self.column(sheet, header)).value

    def append(self, sheet, values: dict) -> int:
        """A new row after the last one, values by header."""
        ws = self.sheet(sheet)
        row = ws.max_row + 1
        while row > 2 and all(ws.cell(row - 1, c).value is None for c in range(1, ws.max_column + 1)):
            row -= 1
        for header, value in values.items():
            ws.cell(row, self.column(sheet, header)).value = value
        return row

    def delete_row(self, sheet, item_id: str) -> None:
        self.sheet(sheet).delete_rows(self.row_of(sheet, item_id))

    def save(self) -> Path:
        self.book.save(self.path)
        return self.path
