"""The personas slide: who the map is about, one panel per persona (name, colour, description, goals)."""

from __future__ import annotations

from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Emu

from ...editor import style
from ..map_words import translate
from .frame import EMU_PER_PX, content_area
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
    room = (height - GAP * (rows - 1)) // rows
    panel_h = min(room, max(_needed_height(persona, panel_w) for persona in personas))
    for index, persona in enumerate(personas):
        column, row = index % COLUMNS, index // COLUMNS
        if rtl:
            column = COLUMNS - 1 - column
        x = left + column * (panel_w + GAP)
        y = top + row * (panel_h + GAP)
        _panel(slide.shapes, persona, x, y, panel_w, panel_h, rtl, language)


INSET_X, INSET_Y = 228_600, 182_880
NAME_PT, BODY_PT = 20.0, 13.0


def _body_lines(persona) -> list[str]:
    body = [persona.description.strip()] if persona.description.strip() else []
    goals = [goal.strip() for goal in persona.goals if goal.strip()]
    if goals:
        body += ["", translate("pptx", "Goals:")]
        body += [f"• {goal}" for goal in goals]
    return body


def _needed_height(persona, width: int) -> int:
    """How tall a panel must be for its text, measured with the bundled fonts (EMU)."""
    from ...editor import fonts
    from ...editor.text_block import TextBlock

    inner = (width - 2 * INSET_X) / EMU_PER_PX
    total = 2 * INSET_Y / EMU_PER_PX
    for text, points, bold in [
        (persona.name, NAME_PT, True),
        *((line, BODY_PT, False) for line in ["", *_body_lines(persona)]),
    ]:
        font = fonts.card_font()
        font.setPixelSize(round(points * 96 / 72))
        font.setBold(bold)
        total += (
            TextBlock(text or " ", font, inner - 4).height * 1.08
        )  # a little room: other renderers space lines wider
    return round(total * EMU_PER_PX)


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
    set_insets(frame, INSET_X, INSET_Y, INSET_X, INSET_Y)
    write_text(frame, persona.name, TextStyle(NAME_PT, style.TITLE_TEXT, bold=True), rtl, language)
    body = _body_lines(persona)
    if body:
        write_text(frame, "\n".join(["", *body]), TextStyle(BODY_PT, style.TEXT), rtl, language, append=True)


def personas_title() -> str:
    return translate("pptx", "Personas")
