"""A native Excel line chart of the emotion curve, placed under the Map sheet's steps.

Native (not a picture) so a manager can restyle it, and it stays linked to the numbers
in the emotion row. In a right-to-left map the category axis runs from right to left,
like the sheet and the map itself. The category labels name the stage with the step
("Awareness · Step 1"): maps often repeat step names in every stage, and "Step 1, Step 1"
under the curve says nothing. They live in a hidden row of their own, with a cached copy
in the chart, so Excel and LibreOffice show the same words.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.chart import LineChart, Reference, Series
from openpyxl.chart.data_source import AxDataSource, StrData, StrRef, StrVal
from openpyxl.chart.legend import Legend
from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, TwoCellAnchor
from openpyxl.worksheet.worksheet import Worksheet

from ...model.kinds import EMOTION_MAX, EMOTION_MIN
from .cells import clean_text, put

CURVE_COLOR = "1F2933"  # near black: the map's own curve, distinct from any persona colour
OVERALL_WIDTH = 28575  # 2.25 pt, in EMU: the map's own curve stands out
PERSONA_WIDTH = 15875  # 1.25 pt
CHART_ROWS = 18  # about 9 cm of default-height rows
LABEL_SEPARATOR = " \u00b7 "  # a middle dot: "Awareness · Step 1"


def write_category_labels(ws: Worksheet, row: int, first_column: int, labels: Sequence[str]) -> None:
    """Put the chart's category labels in a hidden row: the chart reads them, the reader never sees them."""
    for offset, label in enumerate(labels):
        put(ws, row, first_column + offset, label[:255])
    ws.row_dimensions[row].hidden = True


def _category_source(ws: Worksheet, row: int, first_column: int, last_column: int) -> AxDataSource:
    """A string reference to the label row, with the labels cached for readers that do not recalculate."""
    formula = str(Reference(ws, min_col=first_column, max_col=last_column, min_row=row))
    texts = [ws.cell(row=row, column=column).value or "" for column in range(first_column, last_column + 1)]
    cache = StrData(ptCount=len(texts), pt=[StrVal(idx=index, v=str(text)) for index, text in enumerate(texts)])
    return AxDataSource(strRef=StrRef(f=formula, strCache=cache))


def add_emotion_chart(
    ws: Worksheet,
    *,
    data_row: int,
    category_row: int,
    first_column: int,
    last_column: int,
    anchor_row: int,
    rtl: bool,
    title: str = "Emotion curve",
    axis_title: str = "Emotion",
    overall_name: str = "All customers",
    persona_rows: Sequence[tuple[int, str, str]] = (),
) -> LineChart:
    """Chart the numbers of ``data_row`` against the labels of ``category_row`` (see ``write_category_labels``).

    ``persona_rows`` adds a thinner line per persona: (row, name, colour 'RRGGBB').
    """
    chart = LineChart()
    chart.title = title
    chart.style = 2
    chart.legend = Legend(legendPos="b") if persona_rows else None
    chart.display_blanks = "gap"  # a step nobody scored is a gap: the line never claims a feeling there
    chart.visible_cells_only = False  # the category labels sit in a hidden row

    lines = [(data_row, overall_name, CURVE_COLOR, OVERALL_WIDTH, 7)]
    lines += [(row, name, color, PERSONA_WIDTH, 5) for row, name, color in persona_rows]
    for row, name, color, width, marker_size in lines:
        values = Reference(ws, min_col=first_column, max_col=last_column, min_row=row, max_row=row)
        series = Series(values, title=clean_text(name)[:255])
        series.cat = _category_source(ws, category_row, first_column, last_column)
        series.smooth = False
        series.graphicalProperties.line.solidFill = color
        series.graphicalProperties.line.width = width
        series.marker.symbol = "circle"
        series.marker.size = marker_size
        series.marker.graphicalProperties.solidFill = color
        series.marker.graphicalProperties.line.solidFill = color
        chart.series.append(series)

    chart.y_axis.scaling.min = EMOTION_MIN
    chart.y_axis.scaling.max = EMOTION_MAX
    chart.y_axis.majorUnit = 1
    chart.y_axis.number_format = "+0;-0;0"
    chart.y_axis.title = axis_title
    chart.x_axis.axPos = "b"
    chart.x_axis.tickLblPos = "low"  # step names under the plot, not on the zero line
    if rtl:
        chart.x_axis.scaling.orientation = "maxMin"
    # openpyxl marks axes as deleted unless told otherwise; Excel then hides them.
    chart.x_axis.delete = False
    chart.y_axis.delete = False

    # Spread over exactly the step columns, so each point sits roughly under its step and the
    # chart follows when a column is resized.
    chart.anchor = TwoCellAnchor(
        _from=AnchorMarker(col=first_column - 1, row=anchor_row - 1),
        to=AnchorMarker(col=last_column, row=anchor_row - 1 + CHART_ROWS),
    )
    ws.add_chart(chart)
    return chart
