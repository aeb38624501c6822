"""Excel export: the map as a workbook a stakeholder can read, filter and send back.

Built from the model alone (no Qt), with openpyxl. The workbook is made in memory and
written atomically, so a failure leaves no partial file and never damages a file that
was already there. Sheets: Map (the grid and the emotion curve), Cards, Connections,
Personas, Paths and Stages (Excel Tables with filters, ids first; the last two the
analysis of docs/analysis.md) and About, named and headed in the
map's language; the table names and ids stay fixed for a later import.
"""

from __future__ import annotations

import io
import os
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from ..model import JourneyDocument
from ..model.text import QT_TRANSLATE_NOOP
from .errors import SaveError
from .export_formats import ExportCancelled, ExportOptions, Progress, register_format
from .journey_file import write_bytes_atomic
from .xlsx import styles
from .xlsx.about_sheet import write_about_sheet
from .xlsx.analysis_sheets import ANALYSIS_SHEET_KEYS, write_analysis_sheets
from .xlsx.analysis_sheets import ENGLISH as ANALYSIS_ENGLISH
from .xlsx.cells import clean_text
from .xlsx.labels import ENGLISH, labels_for
from .xlsx.map_sheet import write_map_sheet
from .xlsx.round_trip import add_round_trip_parts
from .xlsx.tables import (
    CARD_COLUMNS,
    CONNECTION_COLUMNS,
    PERSONA_COLUMNS,
    add_card_validations,
    card_rows,
    color_persona_cells,
    connection_rows,
    persona_rows,
    write_table,
)

SHEET_KEYS = ("map", "cards", "connections", "personas", *ANALYSIS_SHEET_KEYS, "about")
SHEET_NAMES = tuple({**ENGLISH, **ANALYSIS_ENGLISH}[f"sheet.{key}"] for key in SHEET_KEYS)  # an English map's sheets
TABLE_NAMES = ("CardsTable", "ConnectionsTable", "PersonasTable")  # the same in every language


def progress_total(doc: JourneyDocument) -> int:
    """The ``total`` progress reports use: map grid + card rows + connections + saving."""
    return 2 * doc.card_count() + doc.connection_count() + 10


def build_workbook(
    doc: JourneyDocument, progress: Progress | None = None, exported: datetime | None = None
) -> Workbook:
    """The whole workbook for ``doc``, in memory."""
    cards = doc.card_count()
    total = progress_total(doc)

    def report(done: int) -> None:
        if progress is not None:
            progress(min(done, total), total)

    report(0)
    workbook = Workbook()
    rtl = doc.info.direction == "rtl"
    words = labels_for(doc.info.language)
    palette = styles.Palette(workbook, rtl)
    map_ws = workbook.active
    map_ws.title = words["sheet.map"]
    write_map_sheet(map_ws, doc, palette, words)
    report(cards)

    cards_ws = workbook.create_sheet(words["sheet.cards"])
    count = write_table(
        cards_ws, TABLE_NAMES[0], CARD_COLUMNS, words, card_rows(doc, words), lambda n: report(cards + n)
    )
    add_card_validations(cards_ws, count, words)
    report(2 * cards)
    conns_ws = workbook.create_sheet(words["sheet.connections"])
    write_table(conns_ws, TABLE_NAMES[1], CONNECTION_COLUMNS, words, connection_rows(doc))
    personas_ws = workbook.create_sheet(words["sheet.personas"])
    write_table(personas_ws, TABLE_NAMES[2], PERSONA_COLUMNS, words, persona_rows(doc))
    color_persona_cells(personas_ws, doc, palette, column=len(PERSONA_COLUMNS))
    write_analysis_sheets(workbook, doc, words)  # Paths and Stages: the figures of the Analysis panel
    about_ws = workbook.create_sheet(words["sheet.about"])
    write_about_sheet(about_ws, doc, words, exported)
    add_round_trip_parts(workbook, doc, words, count, exported)
    report(total - 10)

    for ws in workbook.worksheets:
        ws.sheet_view.rightToLeft = rtl
    workbook.active = 0
    workbook.properties.title = clean_text(doc.info.title)[:250]
    workbook.properties.creator = "Journeymap"
    return workbook


def workbook_bytes(doc: JourneyDocument, progress: Progress | None = None, exported: datetime | None = None) -> bytes:
    """The .xlsx file's bytes for ``doc``."""
    workbook = build_workbook(doc, progress, exported)
    buffer = io.BytesIO()
    workbook.save(buffer)
    if progress is not None:
        progress(progress_total(doc), progress_total(doc))
    return buffer.getvalue()


def export_xlsx(doc: JourneyDocument, path: str | os.PathLike, progress: Progress | None = None) -> None:
    """Write ``doc`` as an Excel workbook at ``path``; raises ``SaveError`` on any failure.

    Nothing is written until the whole workbook is made, and then atomically: a failure
    leaves no partial file, and a file already at ``path`` stays as it was.
    """
    path = Path(path)
    try:
        payload = workbook_bytes(doc, progress)
    except ExportCancelled:
        raise
    except MemoryError:
        raise SaveError(
            f"Could not make {path.name}: the map is too large for the memory available. Nothing was written."
        ) from None
    except Exception as exc:  # openpyxl refusing a value: one readable message, never a traceback
        raise SaveError(f"Could not make the Excel workbook {path.name}: {exc}. Nothing was written.") from exc
    write_bytes_atomic(path, payload)


@register_format("xlsx", QT_TRANSLATE_NOOP("messages", "Excel workbook"))
def _export_xlsx_format(doc: JourneyDocument, path: Path, options: ExportOptions, progress: Progress | None) -> None:
    export_xlsx(doc, path, progress)
