"""The Cards sheet against the map: changed fields, new cards, deletions, errors."""

from __future__ import annotations

from ...model import Card, JourneyDocument
from ...model.kinds import card_kind_for_lane
from ...model.names import normalise
from ..xlsx.canonical import CARD_FIELDS, card_record, kpi_text, norm_text, record_hash
from ..xlsx.labels import ENGLISH, HEBREW
from ..xlsx.signs import kpis_text
from . import values as read
from .formulas import formula_errors, formula_rows
from .messages import QT_TRANSLATE_NOOP, msg
from .places import Places
from .preview import Added, Deleted, Preview, RowError
from .reader import SheetData
from .three_way import compare_record
from .values import BadValue

SHEET = "cards"
TEXT_FIELDS = ("title", "description", "owner")


class CardRows:
    """Reads the rows of a Cards sheet into the preview."""

    def __init__(self, doc: JourneyDocument, sheet: SheetData, base: dict, places: Places, preview: Preview,
                 taken_ids: set[str], shown: dict | None = None) -> None:
        self.doc, self.sheet, self.base, self.places, self.preview = doc, sheet, base, places, preview
        self.taken = taken_ids  # ids given to new items of this import
        self.shown = shown or {}
        self.new_titles: dict[str, str] = {}  # new card id -> title, for connections naming them
        self.formula_rows = formula_rows(sheet)
        self.persona_names = dict(places.personas)  # the Personas sheet is read first: new personas included

    def run(self) -> set[str]:
        """Compare every row; returns the ids the sheet still has (errors included: never a deletion)."""
        seen: dict[str, int] = {}
        for row, values in self.sheet.rows:
            self._row(row, values, seen)
        self._deletions(seen)
        return set(seen)

    def _cell(self, values: tuple, key: str):
        index = self.sheet.columns.get(key)
        return values[index] if index is not None and index < len(values) else None

    def _error(self, row: int, key: str, item_id: str, raw, expected) -> None:
        shown = "" if raw is None else str(raw)[:80]
        self.preview.errors.append(RowError(SHEET, row, self.sheet.headers.get(key, key), item_id, shown, expected))

    def _row(self, row: int, values: tuple, seen: dict[str, int]) -> None:
        item_id = read.item_id(self._cell(values, "id"))
        if item_id and item_id in seen:
            self._error(row, "id", item_id, item_id, msg(QT_TRANSLATE_NOOP(
                "ExcelImport", "an id used once; row %1 has it too (clear this id to add the row as a new card)"),
                seen[item_id]))
            return
        formulas = self.formula_rows.get(row)
        if formulas:  # the row is an error, never a deletion: its id counts as seen
            self.preview.errors += formula_errors(self.sheet, SHEET, row, formulas, item_id)
            if item_id:
                seen[item_id] = row
            return
        parsed = self._parse(row, values, item_id)
        if item_id:
            seen[item_id] = row
        if parsed is None:
            return
        incoming, model_values = parsed
        self._check_kind(row, values, item_id, incoming)
        if item_id and self.doc.has_card(item_id):
            self._existing(row, item_id, incoming, model_values)
        elif item_id and item_id in self.base:
            if incoming != {k: v for k, v in self.base[item_id][1].items() if k in incoming}:
                self.preview.warnings.append(msg(QT_TRANSLATE_NOOP(
                    "ExcelImport", "Cards, row %1: card %2 was deleted from the map after the export; "
                    "its edits in the workbook are not imported."), row, item_id))
            else:
                self.preview.unchanged += 1
        else:
            self._new(row, item_id, incoming, model_values)

    def _check_kind(self, row: int, values: tuple, item_id: str, incoming: dict) -> None:
        """The Kind column follows the lane: a kind typed over says nothing, and the user is told so."""
        typed = normalise(str(self._cell(values, "kind") or ""))
        lane_id = incoming.get("lane") or (self.doc.card(item_id).lane if self.doc.has_card(item_id) else None)
        if not typed or lane_id is None:
            return
        kind = card_kind_for_lane(self.doc.lane(lane_id).kind) or "note"
        names = {normalise(words[f"kind.{kind}"]) for words in (ENGLISH, HEBREW)} | {kind}
        if typed not in names:
            self.preview.warnings.append(msg(QT_TRANSLATE_NOOP(
                "ExcelImport", "Cards, row %1: the kind follows the lane (%2); to change it, choose another lane."),
                row, ENGLISH[f"kind.{kind}"] if self.doc.info.language[:2] != "he" else HEBREW[f"kind.{kind}"]))

    def _parse(self, row: int, values: tuple, item_id: str):
        incoming: dict = {}
        model_values: dict = {}
        ok = True
        columns = self.sheet.columns
        readers = (("emotion", read.emotion), ("moment_of_truth", read.yes_no))
        for key in TEXT_FIELDS:
            if key in columns:
                ok &= self._take(row, key, item_id, values, read.text, incoming)
        for key, reader in readers:
            if key in columns:
                ok &= self._take(row, key, item_id, values, reader, incoming)
        for key in ("kpis", "personas"):
            if key in columns:
                try:
                    incoming[key], model_values[key] = self._listed(key, item_id, self._cell(values, key))
                except BadValue as exc:
                    self._error(row, key, item_id, self._cell(values, key), exc.expected)
                    ok = False
        ok &= self._place(row, values, item_id, incoming)
        return (incoming, model_values) if ok else None

    def _listed(self, key: str, item_id: str, raw) -> tuple:
        """KPIs or personas: a cell left as exported (or as the map shows it now) is not parsed again."""
        shown = read.text(raw)
        if item_id and self.doc.has_card(item_id):
            card = self.doc.card(item_id)
            if key == "kpis":
                if shown == norm_text(kpis_text(card.kpis, self.doc.info.direction == "rtl")):
                    return norm_text(kpi_text(card)), card.kpis
            elif shown == norm_text(", ".join(self.persona_names.get(p, p) for p in card.personas)):
                return sorted(card.personas), card.personas
        base = self.base.get(item_id)
        if base is not None and shown == self.shown.get(item_id, {}).get(key):
            return base[1][key], tuple(base[1][key]) if key == "personas" else ()
        if key == "kpis":
            return read.kpis(raw)
        ids = self.places.persona_ids(shown)
        return sorted(ids), tuple(ids)

    def _take(self, row, key, item_id, values, reader, incoming) -> bool:
        raw = self._cell(values, key)
        try:
            incoming[key] = reader(raw)
            return True
        except BadValue as exc:
            self._error(row, key, item_id, raw, exc.expected)
            return False

    def _place(self, row: int, values: tuple, item_id: str, incoming: dict) -> bool:
        columns = self.sheet.columns
        if not ({"stage", "step", "lane"} & columns.keys()):
            return True
        base = self.base.get(item_id, ("", {}))[1]
        stage = step = ""
        try:
            stage, step = read.text(self._cell(values, "stage")), read.text(self._cell(values, "step"))
            if base.get("step") and self.doc.has_id(base["step"]) and self.places.exported_place(
                    stage, step, base["step"]):
                incoming["step"] = base["step"]
            elif "stage" in columns or "step" in columns:
                incoming["step"] = self.places.step(stage, step)
        except BadValue as exc:
            self._error(row, "step" if stage else "stage", item_id, step or stage, exc.expected)
            return False
        if "lane" in columns:
            lane = ""
            try:
                lane = read.text(self._cell(values, "lane"))
                same = base.get("lane") and self.doc.has_id(base["lane"]) and self.places.exported_lane(
                    lane, base["lane"])
                incoming["lane"] = base["lane"] if same else self.places.lane(lane)
            except BadValue as exc:
                self._error(row, "lane", item_id, lane, exc.expected)
                return False
        return True

    def describe(self, field: str, value) -> str:
        if field == "step":
            return self.places.step_text(value)
        if field == "lane":
            return self.places.lane_text(value)
        if field == "personas":
            return self.places.personas_text(value)
        if field == "moment_of_truth":
            return "✓" if value else ""
        if field == "emotion":
            return "" if value is None else f"{value:+d}" if value else "0"
        return "" if value is None else str(value)

    def _existing(self, row: int, item_id: str, incoming: dict, model_values: dict) -> None:
        card = self.doc.card(item_id)
        now = card_record(card)
        base_entry = self.base.get(item_id)
        base = base_entry[1] if base_entry else None
        if base is not None and len(incoming) == len(CARD_FIELDS):
            if record_hash(incoming) == base_entry[0]:  # the row as exported: nothing to compare
                self.preview.unchanged += 1
                return
        title = (base or {}).get("title") or card.title  # the title the stakeholder saw
        if compare_record(self.preview, SHEET, item_id, row, title, CARD_FIELDS, base, now, incoming,
                          model_values, self.describe):
            self.preview.unchanged += 1

    def _new(self, row: int, typed_id: str, incoming: dict, model_values: dict) -> None:
        if "step" not in incoming or "lane" not in incoming:
            self._error(row, "lane", typed_id, "", msg(QT_TRANSLATE_NOOP(
                "ExcelImport", "a stage, a step and a lane for the new card")))
            return
        if not any(incoming.get(key) for key in ("title", "description", "owner", "kpis")):
            return  # a row with a place and nothing else: a template row, not a card
        item_id = typed_id if typed_id and not self.doc.has_id(typed_id) and typed_id not in self.taken else ""
        while not item_id or item_id in self.taken:
            item_id = self.doc.new_id("card")
        self.taken.add(item_id)
        fields = {key: incoming[key] for key in ("title", "description", "owner", "emotion", "moment_of_truth")
                  if key in incoming}
        card = Card(item_id, incoming["step"], incoming["lane"], kpis=model_values.get("kpis", ()),
                    personas=model_values.get("personas", ()), **fields)
        self.new_titles[item_id] = card.title
        where = f"{self.places.step_text(card.step)} / {self.places.lane_text(card.lane)}"
        self.preview.added.append(Added(SHEET, item_id, row, card.title, card, where))

    def _deletions(self, seen: dict[str, int]) -> None:
        for item_id in self.base:
            if item_id not in seen and self.doc.has_card(item_id):
                self.preview.deleted.append(Deleted(SHEET, item_id, self.doc.card(item_id).title))
