"""Cards on a slide: rounded rectangles with their fill, their whole title as text, and badges.

Each card is a shape named ``card:<id>``; with badges (emotion face, moment of truth,
friction, KPIs, personas) it is grouped with them, so dragging the card in PowerPoint
takes its badges along, while connectors stay glued to the card itself.
The title is the card's real text, wrapped by the slide; when it needs more room than
the card has (the canvas elides beyond seven lines) its ``fontScale`` is written.
"""

from __future__ import annotations

from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Emu

from ...editor import style
from ...editor.items.card import has_badges
from ...i18n import arg, translate
from .fit import font_scale
from .frame import Placement
from .shapes import blend, describe, soft_shadow, style_shape
from .text import TextStyle, set_autofit, set_insets, write_text

BADGE = style.BADGE_SIZE
SMILE = 4653  # the smiley face's widest smile; negative frowns


def draw_cards(shapes, scene, card_ids, place: Placement, language: str) -> dict[str, object]:
    """Every card in ``card_ids`` (in the scene's order); returns the card shapes by id."""
    doc, layout, rtl = scene.document, scene.layout, scene.is_rtl()
    personas = {p.id: p for p in doc.personas()}
    drawn = {}
    for card_id in card_ids:
        box = layout.cards.get(card_id)
        if box is None:
            continue
        card = doc.card(card_id)
        kind, color = scene.card_color(card_id)
        badges = has_badges(card, kind)
        target = shapes
        group = None
        if badges:
            group = shapes.add_group_shape()
            group.name = f"card-group:{card_id}"
            target = group.shapes
        shape = _card_shape(target, card, kind, color, box, badges, place, rtl, language)
        if badges:
            _badges(target, card, kind, box, place, rtl, personas)
        drawn[card_id] = shape
    return drawn


def _card_shape(shapes, card, kind, color, box, badges, place, rtl, language):
    shape = shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, *map(Emu, place.box(box.x, box.y, box.w, box.h)))
    shape.name = f"card:{card.id}"
    shape.adjustments[0] = style.CARD_RADIUS / max(1.0, min(box.w, box.h))
    style_shape(shape, color, blend(style.CARD_BORDER, color), place.length(1.0))
    soft_shadow(shape, place.length(style.SHADOW_OFFSET))
    badge_row = style.BADGE_ROW_GAP + BADGE if badges else 0.0
    frame = shape.text_frame
    pad_x, pad_y = style.CARD_PADDING_X, style.CARD_PADDING_Y
    set_insets(frame, place.length(pad_x), place.length(pad_y), place.length(pad_x), place.length(pad_y + badge_row))
    shrink = write_text(frame, card.title, TextStyle(place.points(style.CARD_FONT_SIZE), style.TEXT), rtl, language)
    available = box.h - 2 * pad_y - badge_row
    set_autofit(frame, (font_scale(card.title, box.w - 2 * pad_x, available) or 1.0) * shrink)
    if card.description:
        describe(shape, card.description)
    return shape


def _slots(box, rtl: bool):
    """Badge squares along the card's bottom row, from the reading start (as the canvas places them)."""
    y = box.bottom - style.CARD_PADDING_Y - BADGE
    step = BADGE + 5
    x = box.right - style.CARD_PADDING_X - BADGE if rtl else box.x + style.CARD_PADDING_X
    while True:
        yield x, y
        x += -step if rtl else step


def _badges(shapes, card, kind, box, place: Placement, rtl: bool, personas) -> None:
    slots = _slots(box, rtl)
    if card.emotion is not None:
        x, y = next(slots)
        face_shape(shapes, place, x, y, BADGE, card.emotion, f"emotion:{card.id}")
    if card.moment_of_truth:
        x, y = next(slots)
        star = shapes.add_shape(MSO_SHAPE.STAR_5_POINT, *map(Emu, place.box(x + 1, y + 1, BADGE - 2, BADGE - 2)))
        star.name = f"moment-of-truth:{card.id}"
        style_shape(star, style.MOMENT_OF_TRUTH, style.MOMENT_OF_TRUTH_BORDER, place.length(1.0))
        describe(star, translate("pptx", "Moment of truth"))
    if kind == "friction":
        x, y = next(slots)
        bolt = shapes.add_shape(MSO_SHAPE.LIGHTNING_BOLT, *map(Emu, place.box(x + 2, y + 1, BADGE - 4, BADGE - 2)))
        bolt.name = f"friction:{card.id}"
        style_shape(bolt, style.FRICTION_BADGE)
    if card.kpis:
        x, y = next(slots)
        _kpi_pill(shapes, card, x, y, place, rtl)
    _persona_dots(shapes, card, box, place, rtl, personas)


def face_shape(shapes, place: Placement, x: float, y: float, size: float, score: int, name: str):
    """A smiley face coloured and shaped by an emotion score (-2 frowns, +2 smiles)."""
    face = shapes.add_shape(MSO_SHAPE.SMILEY_FACE, *map(Emu, place.box(x, y, size, size)))
    face.name = name
    face.adjustments[0] = SMILE * max(-2, min(2, score)) / 2 / 100000
    style_shape(face, style.EMOTION_FACE.get(score, style.EMOTION_FACE[0]), style.ON_BADGE, place.length(1.0))
    describe(face, arg(translate("pptx", "Emotion %1"), f"{score:+d}" if score else "0"))
    return face


def _kpi_pill(shapes, card, x: float, y: float, place: Placement, rtl: bool) -> None:
    width = BADGE + 12
    left = x + BADGE - width if rtl else x
    pill = shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, *map(Emu, place.box(left, y + 1, width, BADGE - 2)))
    pill.name = f"kpis:{card.id}"
    pill.adjustments[0] = 0.5
    style_shape(pill, style.KPI_BADGE)
    frame = pill.text_frame
    set_insets(frame, 0, 0, 0, 0)
    write_text(
        frame,
        arg(translate("pptx", "KPI %1"), len(card.kpis)),
        TextStyle(place.points(8), style.ON_BADGE, bold=True, align="center", anchor="middle"),
        False,
    )
    describe(pill, "; ".join(kpi.display() for kpi in card.kpis))


def _persona_dots(shapes, card, box, place: Placement, rtl: bool, personas) -> None:
    size = 8.0
    y = box.bottom - style.CARD_PADDING_Y - BADGE / 2 - size / 2
    for index, persona_id in enumerate(card.personas[:5]):
        persona = personas.get(persona_id)
        offset = style.CARD_PADDING_X + size + index * (size - 2)
        x = box.x + offset - size if rtl else box.right - offset
        dot = shapes.add_shape(MSO_SHAPE.OVAL, *map(Emu, place.box(x, y, size, size)))
        dot.name = f"persona:{card.id}:{persona_id}"
        style_shape(dot, persona.color if persona else "#9AA5B1", style.ON_BADGE, place.length(1.0))
        if persona is not None:
            describe(dot, persona.name)
