"""Connections on a slide: connectors glued to both cards, with arrowheads and captions.

A connector glued to its cards (``stCxn``/``endCxn``) follows them when a card is dragged
in PowerPoint. Each route of the canvas takes the connector that draws it: a forward
move is a curved connector (the canvas's S), a move within a column a straight one, and a
loop back an elbow connector turned upright that runs along the grid line between lanes,
as the canvas's loops do. Connectors sit behind the cards; captions are text boxes.
"""

from __future__ import annotations

from lxml import etree
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.oxml.ns import qn
from pptx.util import Emu
from PySide6.QtGui import QFontMetricsF

from ...editor import style
from ...editor.items.connection_caption import label_font
from ...editor.routing import DOWN, FORWARD, LOOP_DOWN, LOOP_SAME, LOOP_UP, SELF, UP
from .frame import EMU_PER_PX, Placement
from .shapes import plain_connector, rgb, style_shape
from .text import TextStyle, clean, set_autofit, set_insets, write_text

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


def draw_connections(shapes, scene, cards: dict[str, object], place: Placement, language: str) -> list:
    """A glued connector per connection whose two cards are on the slide, and the captions; returns the connectors."""
    rtl = scene.is_rtl()
    connectors = []
    for conn_id, item in scene.connection_items.items():
        source, target = cards.get(item.source.card_id), cards.get(item.target.card_id)
        if source is None or target is None or item.route is None:
            continue
        kind = item.route.kind
        begin, end = sites(kind, rtl)
        connector_type = MSO_CONNECTOR.CURVE if kind in (FORWARD, SELF) else MSO_CONNECTOR.STRAIGHT
        if kind in LOOPS:
            connector_type = MSO_CONNECTOR.ELBOW
        connector = shapes.add_connector(connector_type, 0, 0, 1, 1)
        plain_connector(connector, f"connection:{conn_id}")
        connector.begin_connect(source, begin)
        connector.end_connect(target, end)
        if kind in LOOPS:
            _upright_elbow(connector, place.y(item.route.gutter))
        _stroke(connector, place)
        connectors.append(connector)
        rect = item.caption_rect()
        if item.has_caption() and rect is not None:
            _caption(shapes, conn_id, item.caption, rect, place, rtl, language)
    return connectors


def _stroke(connector, place: Placement) -> None:
    line = connector.line
    line.color.rgb = rgb(style.CONNECTION)
    line.width = Emu(max(6350, place.length(style.CONNECTION_WIDTH)))  # at least half a point
    ln = line._get_or_add_ln()
    etree.SubElement(ln, qn("a:tailEnd"), type="triangle", w="med", len="med")


def _upright_elbow(connector, gutter: int) -> None:
    """Turn an elbow connector into vertical - along the gutter - vertical.

    ``bentConnector3`` runs across, up or down, across in its own box; turned a quarter
    (``rot`` 90°) it runs down or up, across, down or up. Its ``adj1`` says where the middle
    leg lies as a fraction of the box, here beyond the box (above or below both ends),
    which is the grid line the canvas's loop runs along.
    """
    x0, y0, x3, y3 = connector.begin_x, connector.begin_y, connector.end_x, connector.end_y
    first = gutter - y0
    total = y3 - y0
    along = 1 if (total if abs(total) >= EMU_PER_PX else first) >= 0 else -1
    length = max(abs(total), EMU_PER_PX)
    across = max(abs(x3 - x0), EMU_PER_PX)
    centre_x, centre_y = (x0 + x3) / 2, (y0 + y3) / 2
    xfrm = connector._element.spPr.find(qn("a:xfrm"))
    xfrm.set("rot", "5400000")
    _flag(xfrm, "flipH", along < 0)
    _flag(xfrm, "flipV", x3 > x0)
    xfrm.find(qn("a:off")).set("x", str(round(centre_x - length / 2)))
    xfrm.find(qn("a:off")).set("y", str(round(centre_y - across / 2)))
    xfrm.find(qn("a:ext")).set("cx", str(round(length)))
    xfrm.find(qn("a:ext")).set("cy", str(round(across)))
    geometry = connector._element.spPr.find(qn("a:prstGeom"))
    av = geometry.find(qn("a:avLst"))
    if av is None:
        av = etree.SubElement(geometry, qn("a:avLst"))
    for old in list(av):
        av.remove(old)
    adjust = round(first * along / length * 100000)
    etree.SubElement(av, qn("a:gd"), name="adj1", fmla=f"val {adjust}")


def _flag(xfrm, name: str, on: bool) -> None:
    if on:
        xfrm.set(name, "1")
    elif name in xfrm.attrib:
        del xfrm.attrib[name]


def _caption(shapes, conn_id: str, text: str, rect, place: Placement, rtl: bool, language: str) -> None:
    box = shapes.add_shape(
        MSO_SHAPE.ROUNDED_RECTANGLE, *map(Emu, place.box(rect.x(), rect.y(), rect.width(), rect.height()))
    )
    box.name = f"caption:{conn_id}"
    box.adjustments[0] = 0.5
    style_shape(box, "#FFFFFF", style.LABEL_BORDER, place.length(1.0))
    frame = box.text_frame
    set_insets(frame, place.length(4), 0, place.length(4), 0)
    frame.word_wrap = False
    font = label_font()
    shrink = write_text(
        frame,
        text,
        TextStyle(place.points(font.pixelSize()), style.TEXT_MUTED, align="center", anchor="middle"),
        rtl,
        language,
    )
    needed = QFontMetricsF(font).horizontalAdvance(clean(text)) + 8  # the canvas elides a caption past 160 px
    set_autofit(frame, shrink * min(1.0, (rect.width() - 8) / needed))


def send_behind(connectors: list, first_card) -> None:
    """Move the connectors just before the first card in the shape tree: drawn under every card."""
    if first_card is None:
        return
    anchor = first_card._element
    for connector in connectors:
        anchor.addprevious(connector._element)
