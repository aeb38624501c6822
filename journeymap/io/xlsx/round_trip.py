"""The parts of the workbook that let it come back: lists, dropdowns, base values, identity.

- A hidden "JourneymapLists" sheet holds the names of stages, steps, lanes and personas;
  defined names (``jm_stages``...) point at them and the Cards sheet's dropdowns use them,
  on the exported rows and on spare rows below for new cards.
- A hidden "JourneymapBase" sheet holds, per id, the exported values and their hash, and
  the map's identity, as JSON down its first column, so an import can tell who changed what.
- The identity is also a custom document property. LibreOffice Calc keeps hidden sheets,
  defined names and custom properties through a re-save (a "very hidden" sheet becomes
  merely hidden, so the base sheet is written hidden from the start).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.packaging.custom import StringProperty
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ...model import JourneyDocument
from ...model.kinds import EMOTION_LANE_KIND
from ..journey_format import FORMAT_VERSION
from .canonical import card_record, connection_record, map_identity, norm_text, persona_record, record_hash
from .cells import clean_text, put
from .signs import kpis_text
from .tables import CARD_COLUMNS, CONNECTION_COLUMNS, SPARE_ROWS

LISTS_SHEET = "JourneymapLists"
BASE_SHEET = "JourneymapBase"
BASE_FORMAT = 1
IDENTITY_PROPERTY = "JourneymapMap"
CHUNK = 30_000  # characters of ASCII JSON per cell; a cell holds at most 32,767
LIST_NAMES = {"stages": "jm_stages", "steps": "jm_steps", "lanes": "jm_lanes", "personas": "jm_personas",
              "yes_no": "jm_yes_no"}


def list_values(doc: JourneyDocument, words: dict[str, str]) -> dict[str, list[str]]:
    """The names each dropdown offers, unique and in map order."""
    steps = list(dict.fromkeys(clean_text(step.name) for step in doc.steps() if step.name.strip()))
    return {
        "stages": list(dict.fromkeys(clean_text(s.name) for s in doc.stages() if s.name.strip())),
        "steps": steps,
        "lanes": [clean_text(lane.name) for lane in doc.lanes() if lane.kind != EMOTION_LANE_KIND],
        "personas": [clean_text(p.name) for p in doc.personas()],
        "yes_no": [words["yes"], words["no"]],
    }


def write_lists_sheet(workbook: Workbook, doc: JourneyDocument, words: dict[str, str]) -> None:
    ws = workbook.create_sheet(LISTS_SHEET)
    ws.sheet_state = "hidden"
    for column, (key, values) in enumerate(list_values(doc, words).items(), start=1):
        put(ws, 1, column, key)
        for row, value in enumerate(values, start=2):
            put(ws, row, column, value)
        letter = get_column_letter(column)
        last = max(2, len(values) + 1)
        ref = f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${last}"
        workbook.defined_names[LIST_NAMES[key]] = DefinedName(LIST_NAMES[key], attr_text=ref)


def _dropdown(ws: Worksheet, column: int, rows: int, name: str, title: str, strict: bool = True) -> None:
    letter = get_column_letter(column)
    check = DataValidation(type="list", formula1=f"={name}", allow_blank=True, showErrorMessage=strict)
    check.errorTitle = title
    check.add(f"{letter}2:{letter}{rows + 1 + SPARE_ROWS}")
    ws.add_data_validation(check)


def add_card_dropdowns(ws: Worksheet, keys: list[str], rows: int, words: dict[str, str]) -> None:
    """Stage, step and lane from the lists; personas offered but free (a cell may name several)."""
    for key, name in (("stage", "jm_stages"), ("step", "jm_steps"), ("lane", "jm_lanes")):
        _dropdown(ws, keys.index(key) + 1, rows, name, words[key])
    _dropdown(ws, keys.index("personas") + 1, rows, "jm_personas", words["personas"], strict=False)
    text_ids(ws, rows)


def add_connection_checks(ws: Worksheet, keys: list[str], rows: int, words: dict[str, str]) -> None:
    letter = get_column_letter(keys.index("share") + 1)
    share = DataValidation(type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True,
                           showErrorMessage=True, errorTitle=words["share"], error=words["check.share"])
    share.add(f"{letter}2:{letter}{rows + 1 + SPARE_ROWS}")
    ws.add_data_validation(share)
    _dropdown(ws, keys.index("personas") + 1, rows, "jm_personas", words["personas"], strict=False)
    text_ids(ws, rows, (1, keys.index("from_id") + 1, keys.index("to_id") + 1))


def text_ids(ws: Worksheet, rows: int, columns: tuple[int, ...] = (1,)) -> None:
    """Id columns in text format, so Excel never turns an id typed by hand into a number or a date."""
    for column in columns:
        ws.column_dimensions[get_column_letter(column)].number_format = "@"


def write_base_sheet(workbook: Workbook, doc: JourneyDocument, sheet_names: dict[str, str],
                     exported: datetime | None = None, grid: str = "") -> None:
    """The exported values, by kind and id (hash, record, cell texts), as JSON over a column of cells.

    One JSON text rather than a row per id: a tenth of the cells to write and to read back.
    """
    ws = workbook.create_sheet(BASE_SHEET)
    ws.sheet_state = "hidden"
    moment = (exported or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat(timespec="seconds")
    identity = map_identity(doc)
    meta = {"format": BASE_FORMAT, "file_format": FORMAT_VERSION, "title": clean_text(doc.info.title),
            "language": doc.info.language, "exported": moment, "sheets": sheet_names, "grid": grid,
            "names": exported_names(doc), "identity": identity}
    names = {persona.id: persona.name for persona in doc.personas()}
    rtl = doc.info.direction == "rtl"
    cards, connections = {}, {}
    for card in doc.cards():
        shown = {"personas": norm_text(", ".join(names.get(p, p) for p in card.personas)),
                 "kpis": norm_text(kpis_text(card.kpis, rtl))}  # as the Cards sheet shows them
        cards[card.id] = _entry(card_record(card), shown)
    for conn in doc.connections():
        connections[conn.id] = _entry(connection_record(conn), {"personas": norm_text(
            ", ".join(names.get(p, p) for p in conn.personas))})
    personas = {persona.id: _entry(persona_record(persona), {}) for persona in doc.personas()}
    base = {"meta": meta, "card": cards, "connection": connections, "persona": personas}
    text = json.dumps(base, ensure_ascii=True, sort_keys=True, separators=(",", ":"))  # plain ASCII: any id is safe
    put(ws, 1, 1, "Journeymap base values (JSON, read by File > Import from Excel; do not edit)")
    for row, start in enumerate(range(0, len(text), CHUNK), start=2):
        ws.cell(row=row, column=1, value=text[start:start + CHUNK]).data_type = "s"
    workbook.custom_doc_props.append(StringProperty(name=IDENTITY_PROPERTY, value=clean_text(identity)[:250]))


def _entry(record: dict, shown: dict) -> list:
    """[hash, record, cell texts as the sheet shows them (persona names...): kept beside, not hashed]."""
    return [record_hash(record), record, shown]


def exported_names(doc: JourneyDocument) -> dict[str, dict[str, str]]:
    """The names as exported, by id: a row naming a step renamed since then still finds it."""
    return {
        "stages": {stage.id: clean_text(stage.name) for stage in doc.stages()},
        "steps": {step.id: clean_text(step.name) for step in doc.steps()},
        "lanes": {lane.id: clean_text(lane.name) for lane in doc.lanes()},
        "personas": {persona.id: clean_text(persona.name) for persona in doc.personas()},
        "step_stage": {step.id: stage.id for stage in doc.stages() for step in stage.steps},
    }


def add_editable_note(map_ws: Worksheet, words: dict[str, str]) -> None:
    """The grid is for reading: say where edits that come back belong, in the grid's first cell."""
    note = Comment(words["note.editable"], "Journeymap", width=320, height=110)
    map_ws.cell(row=1, column=1).comment = note


def add_round_trip_parts(workbook: Workbook, doc: JourneyDocument, words: dict[str, str], card_rows: int,
                         exported: datetime | None = None) -> None:
    """Everything an import needs, added to a workbook whose visible sheets are written."""
    titles = {ws.title: ws for ws in workbook.worksheets}
    names = {key: words[f"sheet.{key}"] for key in ("map", "cards", "connections", "personas", "about")}
    names = {key: title for key, title in names.items() if title in titles}  # by name: other sheets may sit between
    map_ws, cards_ws, conns_ws = (titles[names[key]] for key in ("map", "cards", "connections"))
    write_lists_sheet(workbook, doc, words)
    add_card_dropdowns(cards_ws, [c.key for c in CARD_COLUMNS], card_rows, words)
    add_connection_checks(conns_ws, [c.key for c in CONNECTION_COLUMNS], doc.connection_count(), words)
    add_editable_note(map_ws, words)
    from ..xlsx_import.reader import grid_values  # the same reading the import makes

    grid = record_hash({"grid": grid_values(map_ws.iter_rows(values_only=True))})
    write_base_sheet(workbook, doc, names, exported, grid)
