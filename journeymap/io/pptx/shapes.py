"""Small helpers for native shapes: solid fills, hairlines, no theme shadow, colours.

The default theme gives every autoshape a shadow and white text; each shape made
here sets its fill, line and text colour itself so the deck looks the same in
PowerPoint, Keynote and Impress.
"""

from __future__ import annotations

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.oxml.ns import qn
from pptx.util import Emu


def rgb(color: str) -> RGBColor:
    return RGBColor.from_string(color.lstrip("#")[:6].upper())


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
    """Solid ``fill`` (or none), a ``line`` of ``line_width`` EMU (or none), and no shadow."""
    if fill is None:
        shape.fill.background()
    else:
        shape.fill.solid()
        shape.fill.fore_color.rgb = rgb(fill)
    if line is None:
        shape.line.fill.background()
    else:
        shape.line.color.rgb = rgb(line)
        shape.line.width = Emu(max(1, line_width))
    shape.shadow.inherit = False
    drop_theme_style(shape)


def drop_theme_style(shape) -> None:
    """Remove the theme's style reference: its shadow shows in Impress even under an empty effect list."""
    theme_style = shape._element.find(qn("p:style"))
    if theme_style is not None:
        shape._element.remove(theme_style)


def soft_shadow(shape, distance: int) -> None:
    """A faint shadow straight below, as the canvas draws under cards."""
    effects = shape._element.spPr.find(qn("a:effectLst"))
    if effects is None:
        effects = etree.SubElement(shape._element.spPr, qn("a:effectLst"))
    shadow = etree.SubElement(effects, qn("a:outerShdw"))
    shadow.set("dist", str(distance))
    shadow.set("dir", "5400000")
    shadow.set("algn", "t")
    shadow.set("rotWithShape", "0")
    color = etree.SubElement(shadow, qn("a:srgbClr"), val="000000")
    etree.SubElement(color, qn("a:alpha"), val="12000")


def describe(shape, text: str) -> None:
    """Alternative text for a shape (read aloud by screen readers, shown in PowerPoint's Alt Text)."""
    shape._element.xpath("./*[1]/p:cNvPr")[0].set("descr", text)


def no_text_wrap_margins(text_frame) -> None:
    text_frame.margin_left = text_frame.margin_right = 0
    text_frame.margin_top = text_frame.margin_bottom = 0


def plain_connector(connector, name: str) -> None:
    """Drop the theme's style from a connector (it adds a shadow): its line is set explicitly."""
    connector.name = name
    drop_theme_style(connector)
