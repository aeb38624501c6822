"""Starting a map from a spreadsheet: a grid or a table, from .xlsx or CSV, with a preview."""

from __future__ import annotations

from pathlib import Path

from ...model import JourneyDocument
from ..xlsx.labels import ENGLISH, HEBREW
from .grid_shape import looks_like_grid, read_grid
from .headers import header_key
from .map_builder import MapBuilder
from .messages import QT_TRANSLATE_NOOP, ImportRefused, msg
from .preview import Preview
from .spreadsheet import SheetRows, read_spreadsheet
from .table_shape import read_cards, read_connections, read_personas, table_header
from .values import BadValue


def map_from_spreadsheet(path: str | Path) -> tuple[JourneyDocument, Preview]:
    """A new map from the spreadsheet at ``path`` and the preview of what it holds."""
    path = Path(path)
    sheets = [sheet for sheet in read_spreadsheet(path) if sheet.rows]
    if not sheets:
        raise ImportRefused(msg(QT_TRANSLATE_NOOP("ExcelImport", "%1 holds no rows to make a map of."), path.name))
    builder = MapBuilder(path.stem, path.name)
    try:
        _read_into(sheets, builder, path.name)
    except BadValue as exc:  # a cell no spreadsheet program would hold (a text of megabytes)
        raise ImportRefused(msg(QT_TRANSLATE_NOOP("ExcelImport", "%1 holds a cell that is not %2."), path.name,
                                exc.expected)) from None
    doc = builder.finish()
    if doc.card_count() == 0 and not doc.stages():
        raise ImportRefused(msg(QT_TRANSLATE_NOOP("ExcelImport", "%1 holds no cards to make a map of."), path.name))
    return doc, builder.preview


def _read_into(sheets: list[SheetRows], builder: MapBuilder, name: str) -> None:
    cards = next((s for s in sheets if table_header(s, "cards")), None)
    if cards is not None:
        _from_tables(sheets, cards, builder)
    else:
        grid = _grid_sheet(sheets)
        if grid is None:
            raise ImportRefused(msg(QT_TRANSLATE_NOOP(
                "ExcelImport", "%1 is neither a journey grid (stages in the first row, lanes in the first column) "
                "nor a table of cards (Stage, Step, Lane and Title columns)."), name))
        read_grid(grid, builder)


def _grid_sheet(sheets: list[SheetRows]) -> SheetRows | None:
    named = {header_key(ENGLISH["sheet.map"]), header_key(HEBREW["sheet.map"])}
    ordered = sorted(sheets, key=lambda s: header_key(s.title) not in named)
    return next((sheet for sheet in ordered if looks_like_grid(sheet)), None)


def _from_tables(sheets: list[SheetRows], cards: SheetRows, builder: MapBuilder) -> None:
    for sheet in sheets:
        header = table_header(sheet, "personas") if sheet is not cards else None
        if header is not None:
            read_personas(sheet, header, builder)
    ids = read_cards(cards, table_header(cards, "cards"), builder)
    for sheet in sheets:
        header = table_header(sheet, "connections") if sheet is not cards else None
        if header is not None:
            read_connections(sheet, header, builder, ids)
