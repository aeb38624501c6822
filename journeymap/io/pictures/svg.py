"""SVG pictures: vector, with text kept as <text> that any editor can select and change.

The lines of text blocks (cards, headers, legend) are written one <text> each, in
logical order, by ``svg_lines``. Other short labels go through Qt's SVG generator,
which writes one <text> per run of one script and direction, placed by its left
edge. Three things are fixed afterwards: empty groups go (a third of the file), font
families get quotes and a generic fallback, and right-to-left runs are marked
``direction="rtl"`` with ``text-anchor="end"`` (which in right-to-left text means
the left edge), so a browser orders the characters of a Hebrew run, and the
punctuation at its ends, as the canvas does.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import unescape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from ...editor.line_sink import lines_drawn_by
from ...editor.scene import JourneyScene
from .frame import paint_frame, prepared
from .options import SCREEN_DPI, PictureOptions
from .svg_lines import HEBREW as _HEBREW
from .svg_lines import SvgLines

FONT_STACK = "'Noto Sans', 'Noto Sans Hebrew', Arial, sans-serif"
_FONT_FAMILY = re.compile(r'font-family="[^"]*"')
_TEXT = re.compile(r'<text ([^>]*)>([^<]*)</text>')
_STRONG_RTL = {"R", "AL"}
_EMPTY_GROUP = re.compile(r"<g [^>]*>\s*</g>\s*")  # state changes Qt writes with nothing drawn in them


def render_svg(scene: JourneyScene, options: PictureOptions, title: str, description: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    lines = SvgLines()
    with prepared(scene, options) as frame, lines_drawn_by(lines.draw):
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setResolution(SCREEN_DPI)
        generator.setSize(QSize(round(frame.width), round(frame.height)))
        generator.setViewBox(QRectF(0, 0, frame.width, frame.height))
        generator.setTitle(title)
        generator.setDescription(description)
        painter = QPainter(generator)
        try:
            paint_frame(painter, scene, frame, options.transparent)
        finally:
            painter.end()
    buffer.close()
    return lines.fill_in(tidy_svg(bytes(data).decode("utf-8"), scene.is_rtl())).encode("utf-8")


def tidy_svg(text: str, rtl_map: bool) -> str:
    text = _EMPTY_GROUP.sub("", text)
    text = _FONT_FAMILY.sub(f'font-family="{FONT_STACK}"', text)
    return _mark_rtl_runs(text, rtl_map)


def _strong(run: str) -> str | None:
    """'R' or 'L' for the first strongly directional character of ``run``, None if it has none."""
    for char in run:
        kind = unicodedata.bidirectional(char)
        if kind in _STRONG_RTL:
            return "R"
        if kind == "L":
            return "L"
    return None


def _mark_rtl_runs(text: str, rtl_map: bool) -> str:
    """Give right-to-left runs, and neutral runs between them, a right-to-left direction."""
    matches = list(_TEXT.finditer(text))
    runs = [unescape(m.group(2), {"&quot;": '"', "&apos;": "'"}) for m in matches]
    ys = [re.search(r' y="([^"]*)"', m.group(1)) for m in matches]
    lines = [y.group(1) if y else "" for y in ys]
    strong = [_strong(run) for run in runs]
    rtl = []
    for index, direction in enumerate(strong):
        if direction is None:
            before = _neighbour(strong, lines, index, -1)
            after = _neighbour(strong, lines, index, 1)
            if before == after and before is not None:
                direction = before
            else:
                direction = "R" if rtl_map else (before or after)
        rtl.append(direction == "R")
    pieces, last = [], 0
    for match, run, is_rtl in zip(matches, runs, rtl, strict=True):
        if is_rtl:
            lang = ' xml:lang="he"' if _HEBREW.search(run) else ""
            pieces.append(text[last : match.start()])
            pieces.append(f'<text direction="rtl" text-anchor="end"{lang} {match.group(1)}>{match.group(2)}</text>')
            last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


def _neighbour(strong: list[str | None], lines: list[str], index: int, step: int) -> str | None:
    """The direction of the nearest strong run on the same line, looking back or ahead."""
    position = index + step
    while 0 <= position < len(strong) and lines[position] == lines[index]:
        if strong[position] is not None:
            return strong[position]
        position += step
    return None
