"""The Connections sheet against the map: labels, shares and personas; new and deleted connections.

A new row names its ends by card id (also the id of a card new in this workbook) or,
without ids, by card title.
"""

from __future__ import annotations

from ...model import Connection, JourneyDocument
from ...model.names import normalise
from ..xlsx.canonical import CONNECTION_FIELDS, connection_record, norm_text
from . import values as read
from .formulas import formula_errors, formula_rows
from .messages import QT_TRANSLATE_NOOP, msg
from .places import Places
from .preview import Added, Deleted, Preview, RowError
from .reader import SheetData
from .three_way import compare_record
from .values import BadValue

SHEET = "connections"


class ConnectionRows:
    def __init__(self, doc: JourneyDocument, sheet: SheetData, base: dict, places: Places, preview: Preview,
                 taken: set[str], new_titles: dict[str, str], shown: dict | None = None) -> None:
        self.doc, self.sheet, self.base, self.places, self.preview = doc, sheet, base, places, preview
        self.taken, self.new_titles, self.shown = taken, new_titles, shown or {}
        self._by_title: dict[str, str] | None = None

    def cell(self, values: tuple, key: str):
        index = self.sheet.columns.get(key)
        return values[index] if index is not None and index < len(values) else None

    def error(self, row: int, key: str, item_id: str, raw, expected) -> None:
        shown = "" if raw is None else str(raw)[:80]
        self.preview.errors.append(RowError(SHEET, row, self.sheet.headers.get(key, key), item_id, shown, expected))

    def run(self) -> None:
        seen: dict[str, int] = {}
        formulas = formula_rows(self.sheet)
        for row, values in self.sheet.rows:
            item_id = read.item_id(self.cell(values, "id"))
            if item_id and item_id in seen:
                self.error(row, "id", item_id, item_id, msg(QT_TRANSLATE_NOOP(
                    "ExcelImport", "an id used once; row %1 has it too"), seen[item_id]))
                continue
            if item_id:
                seen[item_id] = row
            if row in formulas:
                self.preview.errors += formula_errors(self.sheet, SHEET, row, formulas[row], item_id)
                continue
            self._row(row, values, item_id)
        for item_id in self.base:
            if item_id not in seen and self.doc.has_connection(item_id):
                conn = self.doc.connection(item_id)
                title = f"{self.doc.card(conn.source).title} → {self.doc.card(conn.target).title}"
                self.preview.deleted.append(Deleted(SHEET, item_id, title))

    def _row(self, row: int, values: tuple, item_id: str) -> None:
        incoming: dict = {}
        model: dict = {}
        try:
            if "label" in self.sheet.columns:
                incoming["label"] = read.text(self.cell(values, "label"))
            if "share" in self.sheet.columns:
                raw = self.cell(values, "share")
                if row in self.sheet.percent_rows:
                    raw = raw * 100  # 30 % typed into a percentage cell is stored as 0.3
                incoming["share"] = read.share(raw)
        except BadValue as exc:
            self.error(row, "share", item_id, self.cell(values, "share"), exc.expected)
            return
        if "personas" in self.sheet.columns:
            try:
                ids = self._personas(item_id, read.text(self.cell(values, "personas")))
            except BadValue as exc:
                self.error(row, "personas", item_id, self.cell(values, "personas"), exc.expected)
                return
            incoming["personas"], model["personas"] = sorted(ids), tuple(ids)
        if item_id and self.doc.has_connection(item_id):
            if not self._ends(row, values, item_id, incoming):
                return
            now = connection_record(self.doc.connection(item_id))
            base = self.base.get(item_id, (None, None))[1]
            title = self.doc.card(now["source"]).title
            if compare_record(self.preview, SHEET, item_id, row, title, CONNECTION_FIELDS, base, now, incoming, model,
                              self.describe):
                self.preview.unchanged += 1
        elif item_id in self.base:
            self.preview.unchanged += 1  # removed from the map since the export
        else:
            self._new(row, values, item_id, incoming, model)

    def _ends(self, row: int, values: tuple, item_id: str, incoming: dict) -> bool:
        """An existing connection's From id and To id: another card there reconnects it."""
        for key, field in (("from_id", "source"), ("to_id", "target")):
            typed = read.item_id(self.cell(values, key))
            if not typed:
                continue  # an emptied end says nothing; the connection keeps it
            if not (self.doc.has_card(typed) or typed in self.new_titles):
                self.error(row, key, item_id, typed, msg(QT_TRANSLATE_NOOP(
                    "ExcelImport", "the id of a card of the map")))
                return False
            incoming[field] = typed
        return True

    def _personas(self, item_id: str, shown: str) -> list[str]:
        """A cell left as exported, or as the map shows it now, is not parsed again (names may hold commas)."""
        if item_id and self.doc.has_connection(item_id):
            conn = self.doc.connection(item_id)
            names = dict(self.places.personas)
            if shown == norm_text(", ".join(names.get(p, p) for p in conn.personas)):
                return list(conn.personas)
        if item_id in self.base and shown == self.shown.get(item_id, {}).get("personas"):
            return list(self.base[item_id][1]["personas"])
        return self.places.persona_ids(shown)

    def describe(self, field: str, value) -> str:
        if field in ("source", "target"):
            if value in self.new_titles:
                return self.new_titles[value]
            return self.doc.card(value).title if value and self.doc.has_card(value) else str(value or "")
        if field == "personas":
            return self.places.personas_text(value)
        if field == "share":
            return "" if value is None else f"{value:g} %"
        return "" if value is None else str(value)

    def _end(self, row: int, values: tuple, item_id: str, id_key: str, title_key: str) -> str | None:
        typed = read.item_id(self.cell(values, id_key))
        if typed and (self.doc.has_card(typed) or typed in self.new_titles):
            return typed
        try:
            title = normalise(read.text(self.cell(values, title_key)))
        except BadValue:
            title = ""
        found = self._titles().get(title) if title else None
        if found is None:
            self.error(row, id_key if typed else title_key, item_id, typed or title, msg(QT_TRANSLATE_NOOP(
                "ExcelImport", "the id or the exact title of a card of the map")))
        return found

    def _titles(self) -> dict[str, str]:
        if self._by_title is None:
            self._by_title = {}
            for card_id, title in self.new_titles.items():
                self._by_title.setdefault(normalise(title), card_id)
            for card in self.doc.cards():
                self._by_title.setdefault(normalise(card.title), card.id)
        return self._by_title

    def _new(self, row: int, values: tuple, typed_id: str, incoming: dict, model: dict) -> None:
        source = self._end(row, values, typed_id, "from_id", "from")
        target = self._end(row, values, typed_id, "to_id", "to")
        if source is None or target is None:
            return
        item_id = typed_id if typed_id and not self.doc.has_id(typed_id) and typed_id not in self.taken else ""
        while not item_id or item_id in self.taken:
            item_id = self.doc.new_id("conn")
        self.taken.add(item_id)
        conn = Connection(item_id, source, target, incoming.get("label", ""), incoming.get("share"),
                          model.get("personas", ()))
        titles = {**{c: t for c, t in self.new_titles.items()}}
        names = [titles[end] if end in titles else self.doc.card(end).title for end in (source, target)]
        self.preview.added.append(Added(SHEET, item_id, row, f"{names[0]} → {names[1]}", conn))
