"""Connections on a slide: connectors glued to both cards, with arrowheads and captions.

A connector glued to its cards (``stCxn``/``endCxn``) follows them when a card is dragged
in PowerPoint. Each route of the canvas takes the connector that draws it, from the same
sides of the same cards: a short S between neighbouring columns is a curved connector, a
move within a column a straight one, and a route through the gutters an elbow connector
whose middle leg runs along the route's first gutter. Connectors sit behind the cards;
captions are rounded text boxes where the canvas placed them.
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF

from ...editor import style
from ...editor.items.connection_caption import PILL_PADDING_X, caption_layout, label_font
from .frame import Placement
from .shape_xml import Anchor, add_cxn, add_sp
from .text import TextStyle, body_xml, clean

TOP, LEFT, BOTTOM, RIGHT = 0, 1, 2, 3  # connection sites of a rectangle


def sites(route, rtl: bool) -> tuple[int, int]:
    """The (source, target) connection sites of a route's sides."""
    forward, back = (LEFT, RIGHT) if rtl else (RIGHT, LEFT)
    site = {"fwd": forward, "back": back, "top": TOP, "bottom": BOTTOM}
    source, target = route.sides()
    return site[source], site[target]


def connector_shape(route, begin: int, end: int, place: Placement) -> tuple[str, tuple[bool, int] | None]:
    """The preset connector that draws a route, and for an elbow where its middle leg runs.

    A route with no gutter legs is one smooth curve (curved, or straight within a column); one
    through the gutters becomes an elbow along its first gutter leg; one leaving sideways and
    arriving from above or below, a single bend.
    """
    upright = (begin in (TOP, BOTTOM), end in (TOP, BOTTOM))
    if upright[0] != upright[1]:
        return "bentConnector2", None
    if not route.channels:
        return ("straightConnector1" if upright[0] else "curvedConnector3"), None
    channel = route.channels[0]
    return "bentConnector3", (upright[0], place.y(channel) if upright[0] else place.x(channel))


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
        begin, end = sites(item.route, rtl)
        preset, elbow = connector_shape(item.route, begin, end, place)
        name = f"connection:{conn_id}"
        connectors.append(
            add_cxn(tree, name, preset, (source, begin), (target, end), style.CONNECTION, width, elbow, arrow)
        )
        rect = item.caption_rect()
        if item.has_caption() and rect is not None:
            _caption(tree, conn_id, item.caption, rect, place, rtl, language)
    return connectors


def _caption(tree, conn_id: str, text: str, rect, place: Placement, rtl: bool, language: str) -> None:
    font = label_font()
    lines, _width, _height = caption_layout(text)  # wrapped as the canvas wraps it, a paragraph per line
    advance = QFontMetricsF(font).horizontalAdvance
    needed = max(advance(clean(line)) for line in lines) + 2 * PILL_PADDING_X
    words = TextStyle(place.points(font.pixelSize()), style.TEXT_MUTED, align="center", anchor="middle")
    pad = place.length(PILL_PADDING_X)
    body = body_xml(
        "\n".join(lines), words, rtl, language, (pad, 0, pad, 0), wrap=False, scale=min(1.0, rect.width() / needed)
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
