"""Autoshapes and connectors written as XML into a slide's shape tree.

A card is one ``p:sp`` parsed from a string, its connectors ``p:cxnSp`` with their
``stCxn``/``endCxn`` glue: python-pptx's shape objects cost some ten times as much
per shape, which a deck of a thousand cards (and as many connections) would feel.
``Anchor`` is what a connector needs to know of a shape it glues to.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls

from .text import clean

_NS = nsdecls("a", "p")

Box = tuple[int, int, int, int]  # left, top, width, height in EMU


@dataclass(frozen=True)
class Anchor:
    """A shape on a slide, as connectors and groups see it."""

    shape_id: int
    left: int
    top: int
    width: int
    height: int
    _element: object

    def site(self, index: int) -> tuple[int, int]:
        """The point of connection site ``index`` (0 top, 1 left, 2 bottom, 3 right) of a rectangle."""
        x, y, w, h = self.left, self.top, self.width, self.height
        return {0: (x + w // 2, y), 1: (x, y + h // 2), 2: (x + w // 2, y + h), 3: (x + w, y + h // 2)}[index]


def fill_xml(color: str | None) -> str:
    if color is None:
        return "<a:noFill/>"
    return f'<a:solidFill><a:srgbClr val="{color.lstrip("#")[:6].upper()}"/></a:solidFill>'


def line_xml(color: str | None, width: int, arrow: str = "") -> str:
    """An ``a:ln``; ``arrow`` "sm", "med" or "lg" ends it in an arrowhead of that size (relative to the width)."""
    if color is None:
        return "<a:ln><a:noFill/></a:ln>"
    tail = f'<a:tailEnd type="triangle" w="{arrow}" len="{arrow}"/>' if arrow else ""
    return f'<a:ln w="{max(1, int(width))}">{fill_xml(color)}{tail}</a:ln>'


def shadow_xml(distance: int) -> str:
    return (
        f'<a:outerShdw dist="{distance}" dir="5400000" algn="t" rotWithShape="0">'
        '<a:srgbClr val="000000"><a:alpha val="12000"/></a:srgbClr></a:outerShdw>'
    )


def add_sp(
    tree,
    name: str,
    preset: str,
    box: Box,
    *,
    adjust: float | None = None,
    fill: str | None = None,
    line: str | None = None,
    line_width: int = 0,
    shadow: int = 0,
    body: str = "",
    descr: str = "",
) -> Anchor:
    """Append an autoshape of ``preset`` geometry to ``tree``; returns its anchor."""
    shape_id = tree._next_shape_id
    left, top, width, height = box
    guides = f'<a:gd name="adj" fmla="val {round(adjust * 100000)}"/>' if adjust is not None else ""
    description = f" descr={quoteattr(clean(descr))}" if descr else ""  # XML allows no control characters
    effects = shadow_xml(shadow) if shadow else ""
    element = parse_xml(
        f'<p:sp {_NS}><p:nvSpPr><p:cNvPr id="{shape_id}" name={quoteattr(name)}{description}/><p:cNvSpPr/>'
        f'<p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="{left}" y="{top}"/><a:ext cx="{width}" cy="{height}"/>'
        f'</a:xfrm><a:prstGeom prst="{preset}"><a:avLst>{guides}</a:avLst></a:prstGeom>{fill_xml(fill)}'
        f"{line_xml(line, line_width)}<a:effectLst>{effects}</a:effectLst></p:spPr>{body}</p:sp>"
    )
    tree.append(element)
    return Anchor(shape_id, left, top, width, height, element)


def add_cxn(
    tree,
    name: str,
    preset: str,
    begin: tuple[Anchor, int],
    end: tuple[Anchor, int],
    color: str,
    width: int,
    elbow: tuple[bool, int] | None = None,
    arrow: str = "med",
) -> object:
    """Append a connector glued from ``begin`` to ``end`` (anchor, site), with an arrowhead at the end.

    ``elbow`` (upright, channel): an elbow connector whose middle leg lies on ``channel`` (EMU),
    a y when it leaves upright (top or bottom), else an x.
    """
    (source, source_site), (target, target_site) = begin, end
    x0, y0 = source.site(source_site)
    x3, y3 = target.site(target_site)
    if elbow is None:
        xfrm, guides = _straight_box(x0, y0, x3, y3), ""
    elif elbow[0]:
        xfrm, guides = _upright_elbow(x0, y0, x3, y3, elbow[1])
    else:
        xfrm, guides = _elbow_across(x0, y0, x3, y3, elbow[1])
    shape_id = tree._next_shape_id
    element = parse_xml(
        f'<p:cxnSp {_NS}><p:nvCxnSpPr><p:cNvPr id="{shape_id}" name={quoteattr(name)}/><p:cNvCxnSpPr>'
        f'<a:stCxn id="{source.shape_id}" idx="{source_site}"/><a:endCxn id="{target.shape_id}" idx="{target_site}"/>'
        f'</p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr><p:spPr>{xfrm}<a:prstGeom prst="{preset}"><a:avLst>{guides}'
        f"</a:avLst></a:prstGeom>{line_xml(color, width, arrow)}<a:effectLst/></p:spPr></p:cxnSp>"
    )
    tree.append(element)
    return element


def _xfrm(left, top, width, height, rot: int = 0, flip_h: bool = False, flip_v: bool = False) -> str:
    attributes = (f' rot="{rot}"' if rot else "") + (' flipH="1"' if flip_h else "") + (' flipV="1"' if flip_v else "")
    return (
        f'<a:xfrm{attributes}><a:off x="{round(left)}" y="{round(top)}"/>'
        f'<a:ext cx="{round(width)}" cy="{round(height)}"/></a:xfrm>'
    )


def _straight_box(x0: int, y0: int, x3: int, y3: int) -> str:
    """A connector's box from its two ends: flipped where the end lies left of or above the start."""
    return _xfrm(min(x0, x3), min(y0, y3), abs(x3 - x0), abs(y3 - y0), flip_h=x3 < x0, flip_v=y3 < y0)


def _upright_elbow(x0: int, y0: int, x3: int, y3: int, gutter: int) -> tuple[str, str]:
    """An elbow connector running vertical - along the gutter - vertical: its box and its ``adj1``.

    ``bentConnector3`` runs across, up or down, across in its own box; turned a quarter
    (``rot`` 90°) it runs down or up, across, down or up. ``adj1`` says where the middle
    leg lies as a fraction of the box, here beyond it (above or below both ends), on the
    grid line the canvas's loop runs along.
    """
    pixel = 9525
    first = gutter - y0
    total = y3 - y0
    along = 1 if (total if abs(total) >= pixel else first) >= 0 else -1
    length = max(abs(total), pixel)
    across = max(abs(x3 - x0), pixel)
    centre_x, centre_y = (x0 + x3) / 2, (y0 + y3) / 2
    xfrm = _xfrm(centre_x - length / 2, centre_y - across / 2, length, across, 5_400_000, along < 0, x3 > x0)
    return xfrm, f'<a:gd name="adj1" fmla="val {round(first * along / length * 100000)}"/>'


def _elbow_across(x0: int, y0: int, x3: int, y3: int, channel: int) -> tuple[str, str]:
    """An elbow connector running across - up or down on the ``channel`` x - across (a bracket when
    both ends leave the same way: ``adj1`` beyond its box)."""
    pixel = 9525
    total = x3 - x0
    along = 1 if (total if abs(total) >= pixel else channel - x0) >= 0 else -1
    length = max(abs(total), pixel)
    across = max(abs(y3 - y0), pixel)
    centre_x, centre_y = (x0 + x3) / 2, (y0 + y3) / 2
    xfrm = _xfrm(centre_x - length / 2, centre_y - across / 2, length, across, 0, along < 0, y3 < y0)
    return xfrm, f'<a:gd name="adj1" fmla="val {round((channel - x0) * along / length * 100000)}"/>'
