"""The map's frame on a slide: lane bands and grid lines, stage, step and lane headers.

Headers are shapes named after their model ids (``stage:<id>``, ``step:<id>``,
``lane:<id>``) holding their names as real text; the grid is one group, so it can be
selected, moved or locked at once.
"""

from __future__ import annotations

from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.util import Emu

from ...editor import style
from ...editor.icons import DIRECTIONAL_ICONS, lane_icon_path
from ...editor.items.emotion import score_y
from ...model.kinds import EMOTION_MAX, EMOTION_MIN, LANE_KIND_COLORS
from .frame import Placement
from .freeform import add_path, path_commands
from .shapes import blend, plain_connector, style_shape
from .text import TextStyle, set_insets, write_text

ICON = 20.0  # lane header icon size, as the canvas draws it


def draw_grid(shapes, layout, doc, place: Placement) -> None:
    """Alternate lane bands, lane and step lines, stage lines, and the emotion scale, as one group."""
    group = shapes.add_group_shape()
    group.name = "grid"
    inner = group.shapes
    for index, lane_id in enumerate(layout.lane_order):
        row = layout.rows[lane_id]
        if index % 2 == 1:
            band = inner.add_shape(MSO_SHAPE.RECTANGLE, *map(Emu, place.box(row.x, row.y, row.w, row.h)))
            band.name = f"band:{lane_id}"
            style_shape(band, style.GRID_BAND)
        _line(inner, place, (row.x, row.bottom), (row.right, row.bottom), style.GRID_LINE, 1.0)
    firsts = {stage.steps[0].id for stage in doc.stages() if stage.steps}
    for step_id in layout.step_order:
        column = layout.columns[step_id]
        leading = column.right if layout.rtl else column.x
        stage_line = step_id in firsts
        color, width = (style.HEADER_BORDER, 1.5) if stage_line else (style.GRID_LINE, 1.0)
        _line(inner, place, (leading, column.y), (leading, column.bottom), color, width)
    grid = layout.grid
    trailing = grid.x if layout.rtl else grid.right
    _line(inner, place, (trailing, grid.y), (trailing, grid.bottom), style.HEADER_BORDER, 1.5)
    if layout.emotion_lane is not None:
        _emotion_scale(inner, layout, place)


def _line(shapes, place: Placement, start, end, color: str, width: float) -> None:
    line = shapes.add_connector(
        MSO_CONNECTOR.STRAIGHT,
        Emu(place.x(start[0])),
        Emu(place.y(start[1])),
        Emu(place.x(end[0])),
        Emu(place.y(end[1])),
    )
    plain_connector(line, "grid-line", color, place.length(width))


def _emotion_scale(shapes, layout, place: Placement) -> None:
    row = layout.rows[layout.emotion_lane]
    width = 22.0
    x = row.right - width - 4 if layout.rtl else row.x + 4
    for score in (EMOTION_MAX, 0, EMOTION_MIN):
        y = score_y(row.y, row.bottom, score)
        text = f"+{score}" if score > 0 else str(score)
        box = shapes.add_textbox(*map(Emu, place.box(x, y - 8, width, 16)))
        box.name = f"emotion-scale:{score}"
        set_insets(box.text_frame, 0, 0, 0, 0)
        write_text(
            box.text_frame,
            text,
            TextStyle(place.points(style.LABEL_FONT_SIZE), style.TEXT_MUTED, align="center", anchor="middle"),
            False,
        )


def draw_headers(shapes, doc, layout, place: Placement, language: str) -> dict[str, object]:
    """Every stage, step and lane header; returns the stage header shapes by stage id (for links)."""
    rtl = layout.rtl
    stages = {}
    for stage in doc.stages():
        box = layout.stages[stage.id]
        header = shapes.add_shape(
            MSO_SHAPE.ROUND_2_SAME_RECTANGLE, *map(Emu, place.box(box.x + 1, box.y + 1, box.w - 2, box.h - 1))
        )
        header.name = f"stage:{stage.id}"
        header.adjustments[0] = min(0.5, 5.0 / max(1.0, min(box.w, box.h)))
        header.adjustments[1] = 0.0
        style_shape(header, stage.color)
        _header_text(header, stage.name, place, style.STAGE_FONT_SIZE, True, "center", rtl, language)
        stages[stage.id] = header
        tint = blend(stage.color + "5A")  # the canvas lays the stage colour at alpha 90 over white
        for step in stage.steps:
            box = layout.steps[step.id]
            cell = shapes.add_shape(MSO_SHAPE.RECTANGLE, *map(Emu, place.box(box.x + 1, box.y, box.w - 2, box.h)))
            cell.name = f"step:{step.id}"
            style_shape(cell, tint)
            _header_text(cell, step.name, place, style.STEP_FONT_SIZE, False, "center", rtl, language)
    for lane in doc.lanes():
        _lane_header(shapes, lane, layout.lanes[lane.id], place, rtl, language)
    return stages


def _header_text(shape, text, place, pixels, bold, align, rtl, language, insets=(6.0, 2.0, 6.0, 2.0)) -> None:
    frame = shape.text_frame
    left, top, right, bottom = (place.length(v) for v in insets)
    set_insets(frame, left, top, right, bottom)
    write_text(
        frame, text, TextStyle(place.points(pixels), style.TEXT, bold=bold, align=align, anchor="middle"), rtl, language
    )


def _lane_header(shapes, lane, box, place: Placement, rtl: bool, language: str) -> None:
    header = shapes.add_shape(MSO_SHAPE.RECTANGLE, *map(Emu, place.box(box.x, box.y + 0.5, box.w, box.h - 1)))
    header.name = f"lane:{lane.id}"
    style_shape(header, style.HEADER_BACKGROUND)
    text_start = 12 + ICON + 10
    insets = (4.0 + 4, 4.0, text_start, 4.0) if rtl else (text_start, 4.0, 4.0 + 4, 4.0)
    _header_text(header, lane.name, place, style.LANE_FONT_SIZE, True, "start", rtl, language, insets)
    stripe_color = lane.color or LANE_KIND_COLORS.get(lane.kind, style.FALLBACK_LANE)
    stripe_x = box.x if rtl else box.right - 4
    stripe = shapes.add_shape(MSO_SHAPE.RECTANGLE, *map(Emu, place.box(stripe_x, box.y + 1, 4, box.h - 2)))
    stripe.name = f"lane-colour:{lane.id}"
    style_shape(stripe, stripe_color)
    icon_x = box.right - 12 - ICON if rtl else box.x + 12
    icon_y = box.y + (box.h - ICON) / 2
    mirrored = rtl and lane.kind in DIRECTIONAL_ICONS
    size = ICON / 24.0

    def to_slide(x: float, y: float) -> tuple[float, float]:
        local_x = (24.0 - x) if mirrored else x
        return place.x(icon_x + local_x * size), place.y(icon_y + y * size)

    commands = path_commands(lane_icon_path(lane.kind), to_slide)
    if commands:
        add_path(shapes, commands, f"lane-icon:{lane.id}", style.ICON, place.length(1.5))
