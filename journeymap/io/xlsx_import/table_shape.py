"""A journey kept as a table: one card a row, with stage, step, lane and title columns.

The columns are the Cards sheet's, in English or Hebrew, in any order; a workbook
exported by Journeymap also brings its Connections and Personas sheets along.
"""

from __future__ import annotations

from ...model import Card, Connection
from ...model.kinds import lane_kind_for_card
from ...model.names import normalise
from ..xlsx.labels import ENGLISH, HEBREW
from . import values as read
from .headers import map_headers
from .map_builder import MapBuilder
from .messages import QT_TRANSLATE_NOOP, msg
from .spreadsheet import SheetRows
from .values import BadValue

DEFAULT_STAGE = "Journey"


def table_header(sheet: SheetRows, kind: str = "cards") -> tuple[int, dict[str, int]] | None:
    """(row index, columns) of the first row that reads as this kind of table's header."""
    needed = {"cards": ({"title"}, {"lane", "stage", "step"}), "connections": (set(), {"from", "from_id"}),
              "personas": ({"name"}, {"goals", "description"})}[kind]
    for index, row in enumerate(sheet.rows[:10]):
        columns, _ = map_headers(kind, row)
        if needed[0] <= columns.keys() and needed[1] & columns.keys():
            if kind != "connections" or {"to", "to_id"} & columns.keys():
                return index, columns
    return None


def _kind_names() -> dict[str, str]:
    names = {}
    for words in (ENGLISH, HEBREW):
        for key, value in words.items():
            if key.startswith("kind."):
                names[normalise(value)] = key.split(".", 1)[1]
    return names


def read_cards(sheet: SheetRows, header: tuple[int, dict[str, int]], builder: MapBuilder) -> dict[str, str]:
    """Cards from the table; returns typed id -> card id, for connections naming them."""
    start, columns = header
    kinds = _kind_names()
    ids: dict[str, str] = {}

    def cell(row, key):
        index = columns.get(key)
        return row[index] if index is not None and index < len(row) else None

    for number, row in enumerate(sheet.rows[start + 1:], start=start + 2):
        title = read.text(cell(row, "title"))
        if not title:
            continue
        stage = read.text(cell(row, "stage")) or DEFAULT_STAGE
        step = read.text(cell(row, "step")) or stage
        kind = kinds.get(normalise(read.text(cell(row, "kind"))))
        lane_name = read.text(cell(row, "lane")) or (ENGLISH.get(f"kind.{kind}") if kind else "") or "Notes"
        lane_kind = lane_kind_for_card(kind) if kind and kind != "touchpoint" else None
        try:
            fields = _fields(row, cell, builder)
        except _RowError as exc:
            builder.error("cards", number, exc.column, exc.value, exc.expected)
            continue
        lane_id = builder.lane(lane_name, lane_kind)
        if not builder.lane_holds_cards(lane_id):
            builder.error("cards", number, "lane", lane_name, msg(QT_TRANSLATE_NOOP(
                "ExcelImport", "a lane that holds cards (the emotion lane draws the curve)")))
            continue
        typed = read.item_id(cell(row, "id"))
        card_id = typed if typed and not builder.doc.has_id(typed) else builder.doc.new_id("card")
        builder.card(number, Card(card_id, builder.step(stage, step), lane_id, title, **fields))
        if typed:
            ids[typed] = card_id
    return ids


class _RowError(Exception):
    def __init__(self, column, value, expected) -> None:
        super().__init__(str(expected))
        self.column, self.value, self.expected = column, value, expected


def _fields(row, cell, builder: MapBuilder) -> dict:
    fields = {}
    readers = (("description", read.text), ("owner", read.text), ("emotion", read.emotion),
               ("moment_of_truth", read.yes_no))
    for key, reader in readers:
        try:
            fields[key] = reader(cell(row, key))
        except BadValue as exc:
            raise _RowError(key, cell(row, key), exc.expected) from None
    try:
        fields["kpis"] = read.kpis(cell(row, "kpis"))[1]
    except BadValue as exc:
        raise _RowError("kpis", cell(row, "kpis"), exc.expected) from None
    fields["personas"] = builder.persona_names(read.text(cell(row, "personas")))
    return fields


def read_personas(sheet: SheetRows, header, builder: MapBuilder) -> None:
    start, columns = header
    for row in sheet.rows[start + 1:]:
        def cell(key, row=row):
            index = columns.get(key)
            return row[index] if index is not None and index < len(row) else None
        name = read.text(cell("name"))
        if name:
            builder.persona(name, read.text(cell("description")), tuple(read.goals(cell("goals"))))


def read_connections(sheet: SheetRows, header, builder: MapBuilder, ids: dict[str, str]) -> None:
    start, columns = header
    titles = {}
    for card in builder.doc.cards():
        titles.setdefault(normalise(card.title), card.id)
    for number, row in enumerate(sheet.rows[start + 1:], start=start + 2):
        def cell(key, row=row):
            index = columns.get(key)
            return row[index] if index is not None and index < len(row) else None
        ends = []
        for id_key, title_key in (("from_id", "from"), ("to_id", "to")):
            typed = read.item_id(cell(id_key))
            ends.append(ids.get(typed) or titles.get(normalise(read.text(cell(title_key)))))
        if None in ends:
            if any(cell(k) not in (None, "") for k in ("from_id", "from", "to_id", "to")):
                builder.error("connections", number, "from", cell("from") or cell("from_id"), msg(QT_TRANSLATE_NOOP(
                    "ExcelImport", "the id or the exact title of a card of the map")))
            continue
        try:
            share = read.share(cell("share"))
        except BadValue as exc:
            builder.error("connections", number, "share", cell("share"), exc.expected)
            continue
        builder.connection(number, Connection(builder.doc.new_id("conn"), ends[0], ends[1],
                                              read.text(cell("label")), share))
