"""Routes (lists of 'M', 'L', 'Q', 'C' commands with plain-number points) as Qt paths."""

from __future__ import annotations

from PySide6.QtGui import QPainterPath


def add_arrow(path: QPainterPath, arrow: tuple, dx: float = 0.0, dy: float = 0.0) -> None:
    """Append an arrowhead's triangle (three corners as numbers) to a path filled at once with others."""
    (x0, y0), (x1, y1), (x2, y2) = arrow
    path.moveTo(x0 + dx, y0 + dy)
    path.lineTo(x1 + dx, y1 + dy)
    path.lineTo(x2 + dx, y2 + dy)
    path.closeSubpath()


def add_commands(path: QPainterPath, cmds: list[tuple], dx: float = 0.0, dy: float = 0.0) -> None:
    """Append routing commands to a QPainterPath, with plain numbers (no QPointF per point)."""
    for cmd in cmds:
        op = cmd[0]
        if op == "C":
            (x1, y1), (x2, y2), (x3, y3) = cmd[1], cmd[2], cmd[3]
            path.cubicTo(x1 + dx, y1 + dy, x2 + dx, y2 + dy, x3 + dx, y3 + dy)
        elif op == "L":
            x, y = cmd[1]
            path.lineTo(x + dx, y + dy)
        elif op == "Q":
            (x1, y1), (x2, y2) = cmd[1], cmd[2]
            path.quadTo(x1 + dx, y1 + dy, x2 + dx, y2 + dy)
        else:
            x, y = cmd[1]
            path.moveTo(x + dx, y + dy)


def build_path(cmds: list[tuple]) -> QPainterPath:
    path = QPainterPath()
    add_commands(path, cmds)
    return path
