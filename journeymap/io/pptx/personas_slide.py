"""The personas slide: who the map is about, one panel per persona (name, colour, description, goals)."""

from __future__ import annotations

from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Emu

from ...editor import style
from ..map_words import translate
from .frame import content_area
from .shapes import style_shape
from .text import TextStyle, set_insets, write_text

PER_SLIDE = 6
COLUMNS = 3
GAP = 182_880  # 0.2 in


def persona_pages(personas: list) -> list[list]:
    return [personas[i : i + PER_SLIDE] for i in range(0, len(personas), PER_SLIDE)]


def draw_personas(slide, personas: list, rtl: bool, language: str) -> None:
    left, top, width, height = content_area()
    rows = max(1, -(-len(personas) // COLUMNS))
    panel_w = (width - GAP * (COLUMNS - 1)) // COLUMNS
    panel_h = (height - GAP * (rows - 1)) // rows
    for index, persona in enumerate(personas):
        column, row = index % COLUMNS, index // COLUMNS
        if rtl:
            column = COLUMNS - 1 - column
        x = left + column * (panel_w + GAP)
        y = top + row * (panel_h + GAP)
        _panel(slide.shapes, persona, x, y, panel_w, panel_h, rtl, language)


def _panel(shapes, persona, x: int, y: int, w: int, h: int, rtl: bool, language: str) -> None:
    panel = shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Emu(x), Emu(y), Emu(w), Emu(h))
    panel.name = f"persona:{persona.id}"
    panel.adjustments[0] = 0.04
    style_shape(panel, style.HEADER_BACKGROUND, style.HEADER_BORDER, 9525)
    stripe = shapes.add_shape(
        MSO_SHAPE.RECTANGLE, Emu(x + w - 91_440 if rtl else x), Emu(y + 91_440), Emu(91_440), Emu(h - 182_880)
    )
    stripe.name = f"persona-colour:{persona.id}"
    style_shape(stripe, persona.color)
    frame = panel.text_frame
    set_insets(frame, 228_600, 182_880, 228_600, 182_880)
    write_text(frame, persona.name, TextStyle(20.0, style.TITLE_TEXT, bold=True), rtl, language)
    body = [persona.description.strip()] if persona.description.strip() else []
    goals = [goal.strip() for goal in persona.goals if goal.strip()]
    if goals:
        body += ["", translate("pptx", "Goals:")]
        body += [f"• {goal}" for goal in goals]
    if body:
        write_text(frame, "\n".join(["", *body]), TextStyle(13.0, style.TEXT), rtl, language, append=True)


def personas_title() -> str:
    return translate("pptx", "Personas")
