"""Connections on a slide: connectors glued to both cards, with arrowheads and captions.

A connector glued to its cards (``stCxn``/``endCxn``) follows them when a card is dragged
in PowerPoint. Each route of the canvas takes the connector that draws it: a forward
move is a curved connector (the canvas's S), a move within a column a straight one, and a
loop back an elbow connector turned upright that runs along the grid line between lanes,
as the canvas's loops do. Connectors sit behind the cards; captions are text boxes.
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF

from ...editor import style
from ...editor.items.connection_caption import label_font
from ...editor.routing import DOWN, FORWARD, LOOP_DOWN, LOOP_SAME, LOOP_UP, SELF, UP
from .frame import Placement
from .shape_xml import Anchor, add_cxn, add_sp
from .text import TextStyle, body_xml, clean

TOP, LEFT, BOTTOM, RIGHT = 0, 1, 2, 3  # connection sites of a rectangle
LOOPS = (LOOP_SAME, LOOP_DOWN, LOOP_UP)


def sites(kind: str, rtl: bool) -> tuple[int, int]:
    """The (source, target) connection sites for a route of this kind."""
    forward, back = (LEFT, RIGHT) if rtl else (RIGHT, LEFT)
    return {
        FORWARD: (forward, back),
        DOWN: (BOTTOM, TOP),
        UP: (TOP, BOTTOM),
        LOOP_SAME: (BOTTOM, BOTTOM),
        LOOP_DOWN: (BOTTOM, TOP),
        LOOP_UP: (TOP, BOTTOM),
        SELF: (forward, TOP),
    }[kind]


PRESETS = {FORWARD: "curvedConnector3", SELF: "curvedConnector3", DOWN: "straightConnector1", UP: "straightConnector1"}


def draw_connections(shapes, scene, cards: dict[str, Anchor], place: Placement, language: str) -> list:
    """A glued connector per connection whose two cards are on the slide, and the captions; returns the connectors."""
    rtl = scene.is_rtl()
    tree = shapes._spTree
    drawn = place.length(style.CONNECTION_WIDTH)
    width = max(3175, drawn)  # at least a quarter point
    arrow = "med" if drawn >= 6350 else "sm"  # far out, the arrowhead keeps to the size of the cards
    connectors = []
    for conn_id, item in scene.connection_items.items():
        source, target = cards.get(item.source.card_id), cards.get(item.target.card_id)
        if source is None or target is None or item.route is None:
            continue
        kind = item.route.kind
        begin, end = sites(kind, rtl)
        gutter = place.y(item.route.gutter) if kind in LOOPS else None
        preset = PRESETS.get(kind, "bentConnector3")
        connectors.append(
            add_cxn(
                tree,
                f"connection:{conn_id}",
                preset,
                (source, begin),
                (target, end),
                style.CONNECTION,
                width,
                gutter,
                arrow,
            )
        )
        rect = item.caption_rect()
        if item.has_caption() and rect is not None:
            _caption(tree, conn_id, item.caption, rect, place, rtl, language)
    return connectors


def _caption(tree, conn_id: str, text: str, rect, place: Placement, rtl: bool, language: str) -> None:
    font = label_font()
    needed = QFontMetricsF(font).horizontalAdvance(clean(text)) + 8  # the canvas elides a caption past 160 px
    words = TextStyle(place.points(font.pixelSize()), style.TEXT_MUTED, align="center", anchor="middle")
    body = body_xml(
        text,
        words,
        rtl,
        language,
        (place.length(4), 0, place.length(4), 0),
        wrap=False,
        scale=min(1.0, (rect.width() - 8) / needed),
    )
    add_sp(
        tree,
        f"caption:{conn_id}",
        "roundRect",
        place.box(rect.x(), rect.y(), rect.width(), rect.height()),
        adjust=0.5,
        fill="#FFFFFF",
        line=style.LABEL_BORDER,
        line_width=place.length(1.0),
        body=body,
    )


def send_behind(connectors: list, first_card) -> None:
    """Move the connectors just before the first card in the shape tree: drawn under every card."""
    if first_card is None:
        return
    anchor = first_card._element
    for connector in connectors:
        anchor.addprevious(connector)
