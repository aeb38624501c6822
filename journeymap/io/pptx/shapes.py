"""Fills, lines and colours for shapes python-pptx makes (headers, grid, freeforms).

The default theme gives every autoshape a shadow and white text; each shape styled
here sets its fill and line itself and loses the theme's style reference, so the deck
looks the same in PowerPoint, Keynote and Impress.
"""

from __future__ import annotations

from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn

from .shape_xml import fill_xml, line_xml

_STYLE_TAGS = tuple(qn(tag) for tag in ("a:noFill", "a:solidFill", "a:gradFill", "a:ln", "a:effectLst"))


def blend(color: str, over: str = "#FFFFFF") -> str:
    """A '#RRGGBBAA' colour flattened onto ``over`` (slides have no alpha on lines)."""
    color = color.lstrip("#")
    if len(color) != 8:
        return "#" + color[:6]
    alpha = int(color[6:], 16) / 255
    base = over.lstrip("#")
    mixed = [round(int(color[i : i + 2], 16) * alpha + int(base[i : i + 2], 16) * (1 - alpha)) for i in (0, 2, 4)]
    return "#" + "".join(f"{v:02X}" for v in mixed)


def style_shape(shape, fill: str | None, line: str | None = None, line_width: int = 0) -> None:
    """Solid ``fill`` (or none), a ``line`` of ``line_width`` EMU (or none), no shadow, no theme style."""
    sp_pr = shape._element.spPr
    for tag in _STYLE_TAGS:
        for old in sp_pr.findall(tag):
            sp_pr.remove(old)
    fill_part = fill_xml(fill) if shape._element.tag != qn("p:cxnSp") else ""
    wrapper = parse_xml(f"<p:spPr {nsdecls('a', 'p')}>{fill_part}{line_xml(line, line_width)}<a:effectLst/></p:spPr>")
    for child in list(wrapper):
        sp_pr.append(child)
    theme_style = shape._element.find(qn("p:style"))
    if theme_style is not None:
        shape._element.remove(theme_style)


def plain_connector(connector, name: str, color: str, width: int) -> None:
    """A line python-pptx made, in ``color`` and ``width`` EMU, without the theme's style (it adds a shadow)."""
    connector.name = name
    style_shape(connector, None, color, width)
