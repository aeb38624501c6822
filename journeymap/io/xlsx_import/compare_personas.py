"""The Personas sheet against the map: names, descriptions and goals; new and deleted personas."""

from __future__ import annotations

from ...model import JourneyDocument, Persona
from ..xlsx.canonical import PERSONA_FIELDS, persona_record
from . import values as read
from .formulas import formula_errors, formula_rows
from .messages import QT_TRANSLATE_NOOP, msg
from .places import Places
from .preview import Added, Deleted, Preview, RowError
from .reader import SheetData
from .three_way import compare_record
from .values import BadValue

SHEET = "personas"
NEW_COLOURS = ("#5B8DEF", "#E8744F", "#3FA796", "#B367C9", "#D6A630", "#E05A8A")


def compare_personas(doc: JourneyDocument, sheet: SheetData, base: dict, places: Places, preview: Preview,
                     taken: set[str]) -> None:
    seen: dict[str, int] = {}
    formulas = formula_rows(sheet)
    for row, values in sheet.rows:
        item_id = read.item_id(_cell(sheet, values, "id"))
        if item_id and item_id in seen:
            preview.errors.append(RowError(SHEET, row, sheet.headers.get("id", "id"), item_id, item_id, msg(
                QT_TRANSLATE_NOOP("ExcelImport", "an id used once; row %1 has it too"), seen[item_id])))
            continue
        if item_id:
            seen[item_id] = row
        if row in formulas:
            preview.errors += formula_errors(sheet, SHEET, row, formulas[row], item_id)
            continue
        try:
            incoming = _incoming(sheet, values)
        except _CellError as exc:
            preview.errors.append(RowError(SHEET, row, sheet.headers.get(exc.key, exc.key), item_id,
                                           str(_cell(sheet, values, exc.key) or "")[:80], exc.expected))
            continue
        if item_id and any(p.id == item_id for p in doc.personas()):
            _existing(doc, row, item_id, incoming, base, preview)
        elif item_id in base:
            preview.unchanged += 1  # deleted from the map since the export; the row says nothing new
        elif incoming.get("name"):
            _new_persona(doc, row, item_id, incoming, places, preview, taken)
    for item_id in base:
        if item_id not in seen and any(p.id == item_id for p in doc.personas()):
            preview.deleted.append(Deleted(SHEET, item_id, doc.persona(item_id).name))


def _cell(sheet: SheetData, values: tuple, key: str):
    index = sheet.columns.get(key)
    return values[index] if index is not None and index < len(values) else None


class _CellError(Exception):
    def __init__(self, key: str, expected) -> None:
        super().__init__(str(expected))
        self.key, self.expected = key, expected


def _incoming(sheet: SheetData, values: tuple) -> dict:
    incoming: dict = {}
    readers = (("name", "name", read.text), ("description", "description", read.text), ("goals", "goals", read.goals),
               ("colour", "color", read.colour))
    for key, field, reader in readers:
        if key not in sheet.columns:
            continue
        try:
            value = reader(_cell(sheet, values, key))
        except BadValue as exc:
            raise _CellError(key, exc.expected) from None
        if value is not None:
            incoming[field] = value
    return incoming


def _describe(field: str, value) -> str:
    return "\n".join(value) if isinstance(value, list | tuple) else str(value or "")


def _existing(doc, row, item_id, incoming, base, preview) -> None:
    now = persona_record(doc.persona(item_id))
    base_record = base.get(item_id, (None, None))[1]
    model = {"goals": tuple(incoming.get("goals", ()))}
    if compare_record(preview, SHEET, item_id, row, now["name"], PERSONA_FIELDS, base_record, now, incoming,
                      model, _describe):
        preview.unchanged += 1


def _new_persona(doc, row, typed_id, incoming, places, preview, taken) -> None:
    item_id = typed_id if typed_id and not doc.has_id(typed_id) and typed_id not in taken else ""
    while not item_id or item_id in taken:
        item_id = doc.new_id("persona")
    taken.add(item_id)
    colour = NEW_COLOURS[(len(doc.personas()) + len(places.personas)) % len(NEW_COLOURS)]
    persona = Persona(item_id, incoming["name"], incoming.get("description", ""), tuple(incoming.get("goals", ())),
                      incoming.get("color", colour))
    places.add_persona(item_id, persona.name)
    preview.added.append(Added(SHEET, item_id, row, persona.name, persona))
