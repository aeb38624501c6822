"""The flat sheets: Cards, Connections and Personas, each an Excel Table with filters.

Every row starts with the item's id, so a workbook sent back can be matched to the map
card by card. Numbers (emotion, share) are numbers, so a manager can sort and filter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from ...model import JourneyDocument
from ...model.kinds import CARD_KIND_LABELS, EMOTION_MAX, EMOTION_MIN, card_kind_for_lane
from . import styles
from .cells import chars_per_line, put, text_width, wrapped_line_count
from .signs import kpis_text

TABLE_STYLE = "TableStyleMedium2"
LINE_HEIGHT = 13.0
ROW_PADDING = 4.0
ROWS_PER_PROGRESS_STEP = 500
SPARE_ROWS = 500  # rows under a table that keep the checks, for rows added in Excel


@dataclass(frozen=True)
class Column:
    """One column of a table: its header's label key, width bounds (characters) and whether text wraps."""

    key: str
    min_width: int
    max_width: int
    wrap: bool = False
    centered: bool = False  # short values (scores, yes/no, shares) read best centred
    number: str | None = None  # the named style of a column of numbers (its format, left to right)


CARD_COLUMNS = (
    Column("id", 10, 24),
    Column("stage", 12, 24, wrap=True),
    Column("step", 12, 28, wrap=True),
    Column("lane", 12, 24, wrap=True),
    Column("kind", 11, 14),
    Column("title", 24, 48, wrap=True),
    Column("description", 24, 60, wrap=True),
    Column("emotion", 10, 12, number=styles.SCORE),
    Column("moment_of_truth", 10, 19, centered=True),
    Column("owner", 10, 24, wrap=True),
    Column("kpis", 14, 40, wrap=True),
    Column("personas", 12, 30, wrap=True),
)

CONNECTION_COLUMNS = (
    Column("id", 10, 24),
    Column("from_id", 10, 24),
    Column("from", 20, 44, wrap=True),
    Column("to_id", 10, 24),
    Column("to", 20, 44, wrap=True),
    Column("label", 14, 40, wrap=True),
    Column("share", 9, 14, number=styles.NUMBER),
    Column("personas", 12, 30, wrap=True),
)

PERSONA_COLUMNS = (
    Column("id", 10, 24),
    Column("name", 14, 30, wrap=True),
    Column("description", 24, 60, wrap=True),
    Column("goals", 24, 60, wrap=True),
    Column("colour", 10, 10),
)


def _join_personas(ids: Sequence[str], names: dict[str, str]) -> str:
    return ", ".join(names.get(persona_id, persona_id) for persona_id in ids)


def card_rows(doc: JourneyDocument, words: dict[str, str]) -> Iterable[list]:
    """One row per card, in the order a reader meets them on the map."""
    step_names = {}
    stage_names = {}
    for stage in doc.stages():
        for step in stage.steps:
            step_names[step.id] = step.name
            stage_names[step.id] = stage.name
    lanes = {lane.id: lane for lane in doc.lanes()}
    personas = {p.id: p.name for p in doc.personas()}
    kind_names = {kind: words.get(f"kind.{kind}", label) for kind, label in CARD_KIND_LABELS.items()}
    yes, no = words["yes"], words["no"]
    rtl = doc.info.direction == "rtl"
    for card in doc.cards():
        lane = lanes[card.lane]
        kind = card_kind_for_lane(lane.kind) or "note"
        yield [
            card.id,
            stage_names[card.step],
            step_names[card.step],
            lane.name,
            kind_names.get(kind, kind),
            card.title,
            card.description,
            card.emotion,
            yes if card.moment_of_truth else no,
            card.owner,
            kpis_text(card.kpis, rtl),
            _join_personas(card.personas, personas),
        ]


def connection_rows(doc: JourneyDocument) -> Iterable[list]:
    personas = {p.id: p.name for p in doc.personas()}
    for conn in sorted(doc.connections(), key=lambda c: (doc.timeline_key(c.source), doc.timeline_key(c.target))):
        yield [
            conn.id,
            conn.source,
            doc.card(conn.source).title,
            conn.target,
            doc.card(conn.target).title,
            conn.label,
            conn.share,
            _join_personas(conn.personas, personas),
        ]


def persona_rows(doc: JourneyDocument) -> Iterable[list]:
    for persona in doc.personas():
        yield [persona.id, persona.name, persona.description, "\n".join(persona.goals), persona.color]


def write_table(
    ws: Worksheet,
    table_name: str,
    columns: Sequence[Column],
    words: dict[str, str],
    rows: Iterable[list],
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write a header and rows as an Excel Table with filters and a frozen header; returns the row count."""
    headers = [words[column.key] for column in columns]
    for index, header in enumerate(headers, start=1):
        put(ws, 1, index, header, styles.TABLE_HEADER)
    wanted = [text_width(header) + 4 for header in headers]  # room for the filter button
    wraps = [column.wrap for column in columns]
    cell_styles = [
        column.number or (styles.BODY_CENTER if column.centered else styles.BODY_WRAP if column.wrap else styles.BODY)
        for column in columns
    ]
    row_texts: list[tuple[int, list]] = []
    count = 0
    for count, values in enumerate(rows, start=1):
        row = count + 1
        for index, value in enumerate(values):
            if value is None or value == "":
                continue  # no cell at all: a third fewer cells to write on a typical map
            put(ws, row, index + 1, value, cell_styles[index])
            if isinstance(value, str):
                width = text_width(value)
                if width > wanted[index]:
                    wanted[index] = width
        if any(
            wraps[i] and isinstance(v, str) and (len(v) > columns[i].min_width or "\n" in v)
            for i, v in enumerate(values)
        ):
            row_texts.append((row, values))
        if progress is not None and count % ROWS_PER_PROGRESS_STEP == 0:
            progress(count)

    widths = [max(c.min_width, min(c.max_width, w + 2)) for c, w in zip(columns, wanted, strict=True)]
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    _set_row_heights(ws, columns, widths, row_texts)

    last_row = max(2, count + 1)  # a table needs a data row, even an empty one
    ref = f"A1:{get_column_letter(len(columns))}{last_row}"
    table = Table(displayName=table_name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True, showColumnStripes=False)
    ws.add_table(table)
    ws.freeze_panes = "B2"
    ws.row_dimensions[1].height = 20
    styles.fit_to_page_width(ws, landscape=True, title_rows="1:1")
    return count


def _set_row_heights(ws: Worksheet, columns, widths, row_texts) -> None:
    """Rows whose wrapped text needs several lines get the height for them; others keep the default."""
    per_line = [chars_per_line(w) for w in widths]
    for row, values in row_texts:
        lines = 1
        for index, value in enumerate(values):
            if columns[index].wrap and isinstance(value, str) and value:
                lines = max(lines, wrapped_line_count(value, per_line[index]))
        if lines > 1:
            ws.row_dimensions[row].height = min(409.0, lines * LINE_HEIGHT + ROW_PADDING)


def color_persona_cells(ws: Worksheet, doc: JourneyDocument, palette: styles.Palette, column: int) -> None:
    """Show each persona's colour as a filled cell next to its hex code."""
    for row, persona in enumerate(doc.personas(), start=2):
        color = styles.hex_to_argb(persona.color, "FFFFFFFF")
        cell = ws.cell(row=row, column=column)
        cell.fill = palette.fill(color)
        cell.font = palette.text_font_on(color)


def add_card_validations(ws: Worksheet, rows: int, words: dict[str, str]) -> None:
    """Guard the columns a stakeholder edits before sending the workbook back.

    Emotion takes a whole number from -2 to +2, moment of truth a choice of yes or no;
    Excel refuses anything else with a message, so a returned workbook reads back cleanly.
    """
    last = max(2, rows + 1) + SPARE_ROWS
    keys = [column.key for column in CARD_COLUMNS]
    emotion = get_column_letter(keys.index("emotion") + 1)
    moment = get_column_letter(keys.index("moment_of_truth") + 1)
    score = DataValidation(
        type="whole",
        operator="between",
        formula1=str(EMOTION_MIN),
        formula2=str(EMOTION_MAX),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=words["emotion"],
        error=words["check.emotion"],
    )
    score.add(f"{emotion}2:{emotion}{last}")
    choice = DataValidation(
        type="list",
        formula1=f'"{words["yes"]},{words["no"]}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=words["moment_of_truth"],
        error=words["check.yes_no"],
    )
    choice.add(f"{moment}2:{moment}{last}")
    ws.add_data_validation(score)
    ws.add_data_validation(choice)
