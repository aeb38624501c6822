"""Cards on a slide: rounded rectangles with their fill, their whole title as text, and badges.

Each card is a shape named ``card:<id>``; with badges (emotion face, moment of truth,
friction, KPIs, personas) it is grouped with them, so dragging the card in PowerPoint
takes its badges along, while connectors stay glued to the card itself.
The title is the card's real text, wrapped by the slide; when it needs more room than
the card has (the canvas elides beyond seven lines) its ``fontScale`` is written.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls

from ...editor import style
from ...editor.items.card import has_badges
from ...i18n import arg
from ..map_words import translate
from .fit import font_scale
from .frame import Placement
from .shape_xml import Anchor, add_sp
from .shapes import blend
from .text import TextStyle, body_xml

BADGE = style.BADGE_SIZE
SMILE = 4653  # the smiley face's widest smile; negative frowns


def draw_cards(shapes, scene, card_ids, place: Placement, language: str) -> dict[str, Anchor]:
    """Every card in ``card_ids`` (in the scene's order); returns the card shapes by id."""
    doc, layout, rtl = scene.document, scene.layout, scene.is_rtl()
    personas = {p.id: p for p in doc.personas()}
    tree = shapes._spTree
    drawn = {}
    for card_id in card_ids:
        box = layout.cards.get(card_id)
        if box is None:
            continue
        card = doc.card(card_id)
        kind, color = scene.card_color(card_id)
        badges = has_badges(card, kind)
        shape = _card_shape(tree, card, color, box, badges, place, rtl, language)
        if badges:
            before = len(tree)
            _badges(tree, card, kind, box, place, rtl, personas)
            group_last(tree, len(tree) - before + 1, f"card-group:{card_id}", shape)
        drawn[card_id] = shape
    return drawn


def _card_shape(tree, card, color, box, badges, place: Placement, rtl: bool, language: str) -> Anchor:
    badge_row = style.BADGE_ROW_GAP + BADGE if badges else 0.0
    pad_x, pad_y = style.CARD_PADDING_X, style.CARD_PADDING_Y
    insets = (place.length(pad_x), place.length(pad_y), place.length(pad_x), place.length(pad_y + badge_row))
    fit = font_scale(card.title, box.w - 2 * pad_x, box.h - 2 * pad_y - badge_row)
    text = TextStyle(place.points(style.CARD_FONT_SIZE), style.TEXT)
    return add_sp(
        tree,
        f"card:{card.id}",
        "roundRect",
        place.box(box.x, box.y, box.w, box.h),
        adjust=style.CARD_RADIUS / max(1.0, min(box.w, box.h)),
        fill=color,
        line=blend(style.CARD_BORDER, color),
        line_width=place.length(1.0),
        shadow=place.length(style.SHADOW_OFFSET),
        body=body_xml(card.title, text, rtl, language, insets, scale=fit),
        descr=card.description,
    )


def group_last(tree, count: int, name: str, frame: Anchor) -> None:
    """Put the last ``count`` shapes of the slide in a group framed like ``frame``.

    The group is written directly: python-pptx's groups measure all their children again
    after each one added, which a deck of a thousand cards pays for dearly.
    """
    members = tree[-count:]
    x, y, w, h = frame.left, frame.top, frame.width, frame.height
    group = parse_xml(
        f'<p:grpSp {nsdecls("a", "p")}><p:nvGrpSpPr><p:cNvPr id="{tree._next_shape_id}" name={quoteattr(name)}/>'
        "<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>"
        f'<a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/><a:chOff x="{x}" y="{y}"/><a:chExt cx="{w}" cy="{h}"/>'
        "</a:xfrm></p:grpSpPr></p:grpSp>"
    )
    members[0].addprevious(group)
    for member in members:
        group.append(member)


def _slots(box, rtl: bool):
    """Badge squares along the card's bottom row, from the reading start (as the canvas places them)."""
    y = box.bottom - style.CARD_PADDING_Y - BADGE
    step = BADGE + 5
    x = box.right - style.CARD_PADDING_X - BADGE if rtl else box.x + style.CARD_PADDING_X
    while True:
        yield x, y
        x += -step if rtl else step


def _badges(tree, card, kind, box, place: Placement, rtl: bool, personas) -> None:
    slots = _slots(box, rtl)
    hairline = place.length(1.0)
    if card.emotion is not None:
        x, y = next(slots)
        face_shape(tree, place, x, y, BADGE, card.emotion, f"emotion:{card.id}")
    if card.moment_of_truth:
        x, y = next(slots)
        add_sp(
            tree,
            f"moment-of-truth:{card.id}",
            "star5",
            place.box(x + 1, y + 1, BADGE - 2, BADGE - 2),
            fill=style.MOMENT_OF_TRUTH,
            line=style.MOMENT_OF_TRUTH_BORDER,
            line_width=hairline,
            descr=translate("pptx", "Moment of truth"),
        )
    if kind == "friction":
        x, y = next(slots)
        add_sp(
            tree,
            f"friction:{card.id}",
            "lightningBolt",
            place.box(x + 2, y + 1, BADGE - 4, BADGE - 2),
            fill=style.FRICTION_BADGE,
        )
    if card.kpis:
        x, y = next(slots)
        _kpi_pill(tree, card, x, y, place, rtl)
    _persona_dots(tree, card, box, place, rtl, personas)


def face_shape(tree, place: Placement, x: float, y: float, size: float, score: int, name: str) -> Anchor:
    """A smiley face coloured and shaped by an emotion score (-2 frowns, +2 smiles)."""
    return add_sp(
        tree,
        name,
        "smileyFace",
        place.box(x, y, size, size),
        adjust=SMILE * max(-2, min(2, score)) / 2 / 100000,
        fill=style.EMOTION_FACE.get(score, style.EMOTION_FACE[0]),
        line=style.ON_BADGE,
        line_width=place.length(1.0),
        descr=arg(translate("pptx", "Emotion %1"), f"{score:+d}" if score else "0"),
    )


def _kpi_pill(tree, card, x: float, y: float, place: Placement, rtl: bool) -> None:
    width = BADGE + 12
    left = x + BADGE - width if rtl else x
    text = TextStyle(place.points(8), style.ON_BADGE, bold=True, align="center", anchor="middle")
    label = arg(translate("pptx", "KPI %1"), len(card.kpis))
    add_sp(
        tree,
        f"kpis:{card.id}",
        "roundRect",
        place.box(left, y + 1, width, BADGE - 2),
        adjust=0.5,
        fill=style.KPI_BADGE,
        body=body_xml(label, text, False, "en-US", (0, 0, 0, 0), wrap=False),
        descr="; ".join(kpi.display() for kpi in card.kpis),
    )


def _persona_dots(tree, card, box, place: Placement, rtl: bool, personas) -> None:
    size = 8.0
    y = box.bottom - style.CARD_PADDING_Y - BADGE / 2 - size / 2
    for index, persona_id in enumerate(card.personas[:5]):
        persona = personas.get(persona_id)
        offset = style.CARD_PADDING_X + size + index * (size - 2)
        x = box.x + offset - size if rtl else box.right - offset
        add_sp(
            tree,
            f"persona:{card.id}:{persona_id}",
            "ellipse",
            place.box(x, y, size, size),
            fill=persona.color if persona else "#9AA5B1",
            line=style.ON_BADGE,
            line_width=place.length(1.0),
            descr=persona.name if persona else "",
        )
