"""The "Map" sheet: the journey as a grid a manager reads without the app.

Row 1 holds the stages (merged across their steps, in the stage colour), row 2 the
steps, then one row per lane with the lane name in column A. Each cell lists its
cards one per line. The emotion lane shows the average score per step as numbers
under a red-to-green colour scale, and a native line chart of the curve sits under
the grid. In a right-to-left map the sheet itself is right-to-left, so the first
stage stays in the first column and Excel shows it at the right.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ...model import Card, JourneyDocument
from ...model.kinds import EMOTION_LANE_KIND, LANE_KIND_COLORS
from . import styles
from .cells import chars_per_line, clean_text, put, text_width, wrapped_line_count
from .emotion_chart import CHART_ROWS, LABEL_SEPARATOR, add_emotion_chart, write_category_labels
from .persona_emotions import average_by_step, persona_curves, write_persona_rows
from .signs import score_text

HEADER_ROWS = 2
FIRST_STEP_COLUMN = 2
STAR = "\u2605"

# Sizes in Excel's units: column widths in characters, row heights in points.
LANE_COLUMN_WIDTH = (14, 28)
STEP_COLUMN_WIDTH = (16, 40)
WIDEST_STEP_COLUMN = 90
LINE_HEIGHT = 13.0  # one line of 10 pt Calibri
STAGE_LINE_HEIGHT = 15.0  # one line of 11 pt
ROW_PADDING = 5.0
MIN_LANE_ROW_HEIGHT = 22.0
MAX_ROW_HEIGHT = 409.0  # Excel's limit
CARD_FILL_LIGHTEN = 0.45
# Darkest fills allowed under dark text, for colours a user picked (headers, then cards).
HEADER_MIN_LUMINANCE = 165.0
CARD_MIN_LUMINANCE = 200.0


def card_line(card: Card, untitled: str = "(untitled)", rtl: bool = False) -> str:
    """One card in a cell: its title, a star for a moment of truth, its emotion score."""
    text = card.title.strip() or untitled
    text = " ".join(text.split())  # a card is one line in the grid; its full text is on the Cards sheet
    if card.moment_of_truth:
        text = f"{STAR} {text}"
    if card.emotion is not None:
        text = f"{text} ({score_text(card.emotion, rtl)})"
    return text


def cell_text(cards: list[Card], untitled: str = "(untitled)", rtl: bool = False) -> str:
    """Every card of a cell, one per line; bullets mark where each begins when there are several."""
    if len(cards) == 1:
        return card_line(cards[0], untitled, rtl)
    return "\n".join(f"\u2022 {card_line(card, untitled, rtl)}" for card in cards)


def step_emotions(doc: JourneyDocument) -> dict[str, float]:
    """Average emotion score per step id, over every scored card in that step."""
    return average_by_step(doc.cards())


@dataclass
class _Grid:
    """What the sheet shows, gathered once: the texts of the cells and the lane colours."""

    texts: dict[tuple[int, int], str]  # (row, column) -> cell text
    lane_colors: dict[int, str]  # row -> 'FFRRGGBB'
    emotion_row: int | None
    last_row: int
    last_column: int


def _lane_color(lane) -> str:
    color = styles.hex_to_argb(lane.color or LANE_KIND_COLORS.get(lane.kind, "#EDEDED"), "FFEDEDED")
    return styles.readable_fill(color, HEADER_MIN_LUMINANCE)


def _gather(doc: JourneyDocument, untitled: str) -> _Grid:
    steps = doc.steps()
    lanes = doc.lanes()
    column_of = {step.id: FIRST_STEP_COLUMN + i for i, step in enumerate(steps)}
    row_of = {lane.id: HEADER_ROWS + 1 + i for i, lane in enumerate(lanes)}
    texts: dict[tuple[int, int], str] = {}
    for (step_id, lane_id), card_ids in doc.cells():
        cards = [doc.card(card_id) for card_id in card_ids]
        texts[(row_of[lane_id], column_of[step_id])] = cell_text(cards, untitled, doc.info.direction == "rtl")
    emotion_row = next((row_of[lane.id] for lane in lanes if lane.kind == EMOTION_LANE_KIND), None)
    return _Grid(
        texts=texts,
        lane_colors={row_of[lane.id]: _lane_color(lane) for lane in lanes},
        emotion_row=emotion_row,
        last_row=HEADER_ROWS + len(lanes),
        last_column=FIRST_STEP_COLUMN + len(steps) - 1,
    )


def _clamp(value: float, bounds: tuple[float, float]) -> float:
    return max(bounds[0], min(bounds[1], value))


def _chars_per_line(width: float) -> int:
    return chars_per_line(width, indent=1)  # cards and lane names are indented by one step


def _row_height(lines: int) -> float:
    return lines * LINE_HEIGHT + ROW_PADDING


def _size_grid(ws: Worksheet, doc: JourneyDocument, grid: _Grid) -> None:
    """Column widths from the longest lines, row heights from the wrapped text: nothing clipped."""
    lanes = doc.lanes()
    lane_width = _clamp(max([text_width(lane.name) for lane in lanes] + [8]) + 3, LANE_COLUMN_WIDTH)
    ws.column_dimensions["A"].width = lane_width

    by_column: dict[int, list[tuple[int, str]]] = {}
    for (row, column), text in grid.texts.items():
        by_column.setdefault(column, []).append((row, text))
    stage_share: dict[int, float] = {}
    for stage in doc.stages():
        for step in stage.steps:
            stage_share[FIRST_STEP_COLUMN + doc.step_index(step.id)] = text_width(stage.name) / len(stage.steps)

    row_lines: dict[int, int] = {}
    step_lines = 1
    for index, step in enumerate(doc.steps()):
        column = FIRST_STEP_COLUMN + index
        cells = by_column.get(column, [])
        wanted = max([text_width(text) for _, text in cells] + [text_width(step.name), stage_share.get(column, 0)])
        width = _clamp(wanted + 3, STEP_COLUMN_WIDTH)
        # A crowded cell would need a row taller than Excel allows: widen its column instead.
        fullest = max((text for _, text in cells), key=len, default="")
        while (
            width < WIDEST_STEP_COLUMN
            and _row_height(wrapped_line_count(fullest, _chars_per_line(width))) > MAX_ROW_HEIGHT
        ):
            width += 6
        ws.column_dimensions[get_column_letter(column)].width = width
        per_line = _chars_per_line(width)
        for row, text in cells:
            row_lines[row] = max(row_lines.get(row, 1), wrapped_line_count(text, per_line))
        step_lines = max(step_lines, wrapped_line_count(step.name, per_line))

    lane_per_line = _chars_per_line(lane_width)
    for lane_index, lane in enumerate(lanes):
        row = HEADER_ROWS + 1 + lane_index
        lines = max(row_lines.get(row, 1), wrapped_line_count(lane.name, lane_per_line))
        height = max(MIN_LANE_ROW_HEIGHT, _row_height(lines))
        ws.row_dimensions[row].height = min(MAX_ROW_HEIGHT, height)
    ws.row_dimensions[1].height = min(MAX_ROW_HEIGHT, max(24.0, _stage_lines(ws, doc) * STAGE_LINE_HEIGHT + 8))
    ws.row_dimensions[2].height = min(MAX_ROW_HEIGHT, max(20.0, _row_height(step_lines) + 2))


def _stage_lines(ws: Worksheet, doc: JourneyDocument) -> int:
    """Lines the longest stage name wraps to across its merged columns (11 pt bold: fewer characters a line)."""
    lines = 1
    column = FIRST_STEP_COLUMN
    for stage in doc.stages():
        letters = [get_column_letter(column + i) for i in range(len(stage.steps))]
        width = sum(ws.column_dimensions[letter].width for letter in letters)
        lines = max(lines, wrapped_line_count(stage.name, int(chars_per_line(width) * 0.8)))
        column += len(stage.steps)
    return lines


def _write_headers(ws: Worksheet, doc: JourneyDocument, palette: styles.Palette, words: dict[str, str]) -> None:
    put(ws, 1, 1, words["stage"], styles.CORNER)
    put(ws, 2, 1, words["step"], styles.CORNER)
    column = FIRST_STEP_COLUMN
    for stage in doc.stages():
        fill = palette.fill(styles.readable_fill(styles.hex_to_argb(stage.color), HEADER_MIN_LUMINANCE))
        first = column
        for step in stage.steps:
            put(ws, 2, column, step.name, styles.STEP).fill = fill
            stage_cell = put(ws, 1, column, stage.name if column == first else None, styles.STAGE)
            stage_cell.fill = fill
            column += 1
        if column - 1 > first:
            ws.merge_cells(start_row=1, start_column=first, end_row=1, end_column=column - 1)


def _write_lanes(
    ws: Worksheet, doc: JourneyDocument, grid: _Grid, palette: styles.Palette, emotions: dict[str, float]
) -> None:
    steps = doc.steps()
    for lane_index, lane in enumerate(doc.lanes()):
        row = HEADER_ROWS + 1 + lane_index
        color = grid.lane_colors[row]
        put(ws, row, 1, lane.name, styles.LANE).fill = palette.fill(color)
        if row == grid.emotion_row:
            for index, step in enumerate(steps):
                put(ws, row, FIRST_STEP_COLUMN + index, emotions.get(step.id), styles.EMOTION)
            continue
        card_fill = palette.fill(styles.readable_fill(styles.lighten(color, CARD_FILL_LIGHTEN), CARD_MIN_LUMINANCE))
        for index in range(len(steps)):
            column = FIRST_STEP_COLUMN + index
            text = grid.texts.get((row, column))
            cell = put(ws, row, column, text, styles.CARDS)
            if text is not None:
                cell.fill = card_fill


def _add_emotion_scale(ws: Worksheet, grid: _Grid) -> None:
    if grid.emotion_row is None or grid.last_column < FIRST_STEP_COLUMN:
        return
    row = grid.emotion_row
    area = f"{get_column_letter(FIRST_STEP_COLUMN)}{row}:{get_column_letter(grid.last_column)}{row}"
    ws.conditional_formatting.add(area, styles.emotion_color_scale())


def _set_print_layout(ws: Worksheet, title: str) -> None:
    ws.freeze_panes = ws.cell(row=HEADER_ROWS + 1, column=FIRST_STEP_COLUMN)
    ws.sheet_view.showGridLines = False
    styles.fit_to_page_width(ws, landscape=True, title_rows=f"1:{HEADER_ROWS}")
    ws.print_title_cols = "A:A"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.25  # the title prints above the grid, never on it
    ws.oddHeader.center.text = title.replace("&", "&&")[:200]
    ws.oddFooter.center.text = "&P / &N"


def write_map_sheet(ws: Worksheet, doc: JourneyDocument, palette: styles.Palette, words: dict[str, str]) -> None:
    """Fill ``ws`` with the map's grid, emotion scale and curve, ready to print."""
    grid = _gather(doc, words["untitled"])
    emotions = step_emotions(doc)
    _write_headers(ws, doc, palette, words)
    _write_lanes(ws, doc, grid, palette, emotions)
    _size_grid(ws, doc, grid)
    _add_emotion_scale(ws, grid)
    if grid.emotion_row is not None and emotions:
        chart_row = grid.last_row + 2
        persona_rows = write_persona_rows(
            ws,
            doc,
            persona_curves(doc, emotions),
            first_row=chart_row + CHART_ROWS + 1,
            first_column=FIRST_STEP_COLUMN,
            palette=palette,
            words=words,
        )
        label_row = chart_row + CHART_ROWS + 1 + (len(persona_rows) + 2 if persona_rows else 0)
        labels = [f"{stage.name}{LABEL_SEPARATOR}{step.name}" for stage in doc.stages() for step in stage.steps]
        write_category_labels(ws, label_row, FIRST_STEP_COLUMN, labels)
        add_emotion_chart(
            ws,
            data_row=grid.emotion_row,
            category_row=label_row,
            first_column=FIRST_STEP_COLUMN,
            last_column=grid.last_column,
            anchor_row=chart_row,
            rtl=doc.info.direction == "rtl",
            title=words["chart.title"],
            axis_title=words["emotion"],
            overall_name=words["all_customers"],
            persona_rows=persona_rows,
        )
    _set_print_layout(ws, clean_text(doc.info.title))
