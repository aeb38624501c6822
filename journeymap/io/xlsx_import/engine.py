"""Reading a returned workbook against a map into a preview (nothing changes here)."""

from __future__ import annotations

from pathlib import Path

from ...model import JourneyDocument
from ..xlsx.canonical import map_identity, record_hash
from .compare_cards import CardRows
from .compare_connections import ConnectionRows
from .compare_personas import compare_personas
from .messages import QT_TRANSLATE_NOOP, ImportRefused, msg
from .places import Places
from .preview import Preview
from .reader import WorkbookData, grid_values, read_workbook

REQUIRED_CARD_COLUMNS = ("id", "title")


def preview_import(doc: JourneyDocument, path: str | Path) -> Preview:
    """What importing the workbook at ``path`` into ``doc`` would do; raises ``ImportRefused``."""
    return compare_workbook(doc, read_workbook(path))


def compare_workbook(doc: JourneyDocument, data: WorkbookData) -> Preview:
    cards = data.sheets.get("cards")
    if cards is None:
        raise ImportRefused(msg(QT_TRANSLATE_NOOP(
            "ExcelImport", "%1 has no Cards sheet (Cards or כרטיסים), so there is nothing to import."), data.name))
    missing = [key for key in REQUIRED_CARD_COLUMNS if key not in cards.columns]
    if missing:
        raise ImportRefused(msg(QT_TRANSLATE_NOOP(
            "ExcelImport", "The sheet “%1” has no “%2” column; the import matches rows by Id and needs a title."),
            cards.title, "Id" if "id" in missing else "Title"))
    preview = Preview(source=data.name)
    _warnings(doc, data, preview)
    places = Places(doc, data.meta)
    taken: set[str] = set()
    personas = data.sheets.get("personas")
    if personas is not None:
        compare_personas(doc, personas, data.base["persona"], places, preview, taken)
    card_rows = CardRows(doc, cards, data.base["card"], places, preview, taken, data.shown)
    card_rows.run()
    connections = data.sheets.get("connections")
    if connections is not None:
        ConnectionRows(doc, connections, data.base["connection"], places, preview, taken, card_rows.new_titles,
                       data.shown).run()
    return preview


def _warnings(doc: JourneyDocument, data: WorkbookData, preview: Preview) -> None:
    meta = data.meta
    warn = preview.warnings.append
    if meta is None:
        warn(msg(QT_TRANSLATE_NOOP("ExcelImport", "%1 was not exported by Journeymap (or lost its hidden base sheet): "
                                   "rows are compared with the map as it is now, and nothing counts as deleted."),
                 data.name))
    elif is_other_map(doc, data):
        preview.other_map = True
        warn(msg(QT_TRANSLATE_NOOP("ExcelImport", "%1 was exported from another map (“%2”): its rows would be added "
                                   "to this one as new cards."), data.name, meta.get("title", "")))
    if data.grid_texts is not None and meta and record_hash({"grid": data.grid_texts}) != meta.get("grid"):
        warn(msg(QT_TRANSLATE_NOOP("ExcelImport", "The Map sheet was edited; edits there are not imported "
                                   "(edit the Cards, Connections and Personas sheets).")))
    for key in ("connections", "personas"):
        if key not in data.sheets and meta is not None:
            warn(msg(QT_TRANSLATE_NOOP("ExcelImport", "The workbook has no %1 sheet; those stay as they are."),
                     key.capitalize()))
    for sheet in data.sheets.values():
        if sheet.other_headers:
            warn(msg(QT_TRANSLATE_NOOP("ExcelImport", "Sheet “%1”: columns not imported: %2."), sheet.title,
                     ", ".join(sheet.other_headers[:6])))


def is_other_map(doc: JourneyDocument, data: WorkbookData) -> bool:
    """True when nothing of the workbook's base is in ``doc`` (or, with no ids at all, the identity differs)."""
    ids = [item_id for kind in data.base.values() for item_id in kind]
    if ids:
        return not any(doc.has_id(item_id) for item_id in ids)
    meta = data.meta or {}
    return bool(meta.get("identity")) and meta.get("identity") != map_identity(doc) and doc.card_count() > 0


__all__ = ["compare_workbook", "grid_values", "preview_import"]
