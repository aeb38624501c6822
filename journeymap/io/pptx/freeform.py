"""Freeform shapes with real curves: the emotion curve and the lane icons.

python-pptx's freeform builder draws straight segments only, so the path is
written as DrawingML ``a:custGeom`` with ``a:cubicBezTo`` and ``a:quadBezTo``:
a smooth line that stays smooth, and whose points PowerPoint lets you drag.
"""

from __future__ import annotations

from lxml import etree
from pptx.enum.shapes import MSO_SHAPE
from pptx.oxml.ns import qn
from pptx.util import Emu

from .shapes import style_shape

Point = tuple[float, float]
Command = tuple  # ("M", p) | ("L", p) | ("C", c1, c2, p) | ("Q", c, p) | ("Z",)


def path_commands(path, transform) -> list[Command]:
    """A QPainterPath as commands, each point passed through ``transform(x, y) -> (x, y)``."""
    from PySide6.QtGui import QPainterPath

    kinds = QPainterPath.ElementType
    commands: list[Command] = []
    index, count = 0, path.elementCount()
    while index < count:
        element = path.elementAt(index)
        point = transform(element.x, element.y)
        if element.type == kinds.MoveToElement:
            commands.append(("M", point))
        elif element.type == kinds.LineToElement:
            commands.append(("L", point))
        elif element.type == kinds.CurveToElement and index + 2 < count:
            c2 = path.elementAt(index + 1)
            end = path.elementAt(index + 2)
            commands.append(("C", point, transform(c2.x, c2.y), transform(end.x, end.y)))
            index += 2
        index += 1
    return commands


def _bounds(commands: list[Command]) -> tuple[float, float, float, float]:
    xs = [p[0] for command in commands for p in command[1:]]
    ys = [p[1] for command in commands for p in command[1:]]
    return min(xs), min(ys), max(xs), max(ys)


def add_path(shapes, commands: list[Command], name: str, line: str | None, line_width: int, fill: str | None = None):
    """A freeform shape drawing ``commands`` (slide EMU); ``fill`` None leaves it open and unfilled."""
    x0, y0, x1, y1 = _bounds(commands)
    width, height = max(1, round(x1 - x0)), max(1, round(y1 - y0))
    shape = shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(round(x0)), Emu(round(y0)), Emu(width), Emu(height))
    shape.name = name
    sp_pr = shape._element.spPr
    preset = sp_pr.find(qn("a:prstGeom"))
    geometry = etree.Element(qn("a:custGeom"))
    for tag in ("a:avLst", "a:gdLst", "a:ahLst", "a:cxnLst"):
        etree.SubElement(geometry, qn(tag))
    etree.SubElement(geometry, qn("a:rect"), l="l", t="t", r="r", b="b")
    path_list = etree.SubElement(geometry, qn("a:pathLst"))
    path = etree.SubElement(path_list, qn("a:path"), w=str(width), h=str(height))
    if fill is None:
        path.set("fill", "none")
    for command in commands:
        _append(path, command, x0, y0)
    preset.addprevious(geometry)
    sp_pr.remove(preset)
    style_shape(shape, fill, line, line_width)
    return shape


_TAGS = {"M": "a:moveTo", "L": "a:lnTo", "C": "a:cubicBezTo", "Q": "a:quadBezTo"}


def _append(path, command: Command, x0: float, y0: float) -> None:
    if command[0] == "Z":
        etree.SubElement(path, qn("a:close"))
        return
    element = etree.SubElement(path, qn(_TAGS[command[0]]))
    for x, y in command[1:]:
        etree.SubElement(element, qn("a:pt"), x=str(round(x - x0)), y=str(round(y - y0)))
