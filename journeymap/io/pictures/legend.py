"""The legend under a picture: what each card colour means, and the emotion scale.

Entries use the map's own lane names (so a Hebrew map gets a Hebrew legend), the
canvas's colours, icons and faces, and flow from the reading start of the map.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from ...editor import fonts, style
from ...editor.icons import draw_face, draw_icon, lane_icon_path
from ...editor.items.card import paint_kpi_badge
from ...editor.kpi_text import kpi_line
from ...editor.text_block import TextBlock
from ...i18n import arg, translate
from ...model import JourneyDocument
from ...model.kinds import (
    CARD_KIND_COLORS,
    EMOTION_LANE_KIND,
    EMOTION_MAX,
    EMOTION_MIN,
    LANE_KIND_COLORS,
    card_kind_for_lane,
)

SWATCH = 22.0
ICON = 16.0
TEXT_GAP = 8.0
ENTRY_GAP = 26.0
ROW_GAP = 10.0
TOP_PAD = 18.0  # between the rule above the legend and the first row
# A left-to-right mark first: the sign stays before the number in right-to-left maps, in SVG readers too.
# ASCII minus: U+2212 is not in the bundled fonts and would fall back to whatever the machine has.
SCORE_TEXT = {score: "\u200e" + text for score, text in {-2: "-2", -1: "-1", 0: "0", 1: "+1", 2: "+2"}.items()}


@dataclass
class LegendEntry:
    """One mark and its words: a card-colour swatch with a lane icon, a face, or a heading."""

    mark: str  # "swatch" | "face" | "heading" | "kpi" (the KPI badge and what it means, with an example)
    text: str
    color: str = ""
    lane_kind: str = ""
    score: int = 0
    block: TextBlock | None = None

    def text_block(self, rtl: bool) -> TextBlock:
        if self.block is None:
            font = fonts.lane_font() if self.mark == "heading" else fonts.card_font()
            rtl = rtl and self.mark != "face"  # a score is a number: "−2" reads left to right in any map
            wide = TextBlock(self.text, font, 10_000, 1, rtl)
            self.block = TextBlock(self.text, font, wide.natural_width() + 2, 1, rtl)
        return self.block

    def width(self, rtl: bool) -> float:
        mark = 0.0 if self.mark == "heading" else SWATCH + TEXT_GAP
        return mark + self.text_block(rtl).width


def lane_card_color(lane) -> str:
    """The fill of the cards in a lane, as the canvas paints them."""
    kind = card_kind_for_lane(lane.kind)
    if kind == "touchpoint":
        return lane.color or LANE_KIND_COLORS.get(lane.kind, CARD_KIND_COLORS["touchpoint"])
    return CARD_KIND_COLORS.get(kind or "", "#EDEDED")


def legend_entries(doc: JourneyDocument) -> list[LegendEntry]:
    """Every lane's card colour (once per name and colour), then the emotion scale if the map has one."""
    entries: list[LegendEntry] = []
    seen: set[tuple[str, str]] = set()
    emotion_name = None
    for lane in doc.lanes():
        if lane.kind == EMOTION_LANE_KIND:
            emotion_name = emotion_name or lane.name
            continue
        color = lane_card_color(lane)
        if (lane.name, color) not in seen:
            seen.add((lane.name, color))
            entries.append(LegendEntry("swatch", lane.name, color, lane.kind))
    measured = next((card for card in doc.cards() if card.kpis), None)
    if measured is not None:
        text = arg(translate("Legend", "Measured figures (KPIs), under the card's title: %1"), kpi_line(measured))
        entries.append(LegendEntry("kpi", text, score=len(measured.kpis)))
    has_scores = any(card.emotion is not None for card in doc.cards())
    if emotion_name is not None or has_scores:
        if emotion_name:
            entries.append(LegendEntry("heading", emotion_name))
        for score in range(EMOTION_MIN, EMOTION_MAX + 1):
            entries.append(LegendEntry("face", SCORE_TEXT[score], style.EMOTION_FACE[score], score=score))
    return entries


class Legend:
    """Entries laid out in rows that fit a width."""

    def __init__(self, entries: list[LegendEntry], rtl: bool) -> None:
        self.entries = entries
        self.rtl = rtl

    def __bool__(self) -> bool:
        return bool(self.entries)

    def _groups(self) -> list[list[LegendEntry]]:
        """Entries that stay on one row together: each swatch alone, the emotion scale as one."""
        groups: list[list[LegendEntry]] = []
        for entry in self.entries:
            if entry.mark == "face" and groups and groups[-1][-1].mark in ("heading", "face"):
                groups[-1].append(entry)
            else:
                groups.append([entry])
        return groups

    def _rows(self, width: float) -> list[list[LegendEntry]]:
        rows: list[list[LegendEntry]] = [[]]
        used = 0.0
        for group in self._groups():
            w = sum(entry.width(self.rtl) for entry in group) + ENTRY_GAP * (len(group) - 1)
            if rows[-1] and used + ENTRY_GAP + w > width:
                rows.append([])
                used = 0.0
            used += (ENTRY_GAP if rows[-1] else 0.0) + w
            rows[-1].extend(group)
        return rows

    def _row_height(self, row: list[LegendEntry]) -> float:
        return max([SWATCH] + [entry.text_block(self.rtl).height for entry in row])

    def height(self, width: float) -> float:
        rows = self._rows(width)
        return TOP_PAD + sum(self._row_height(r) for r in rows) + ROW_GAP * (len(rows) - 1)

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(style.HEADER_BORDER), 1))
        painter.drawLine(QPointF(rect.left(), rect.top() + 0.5), QPointF(rect.right(), rect.top() + 0.5))
        y = rect.top() + TOP_PAD
        for row in self._rows(rect.width()):
            height = self._row_height(row)
            x = rect.right() if self.rtl else rect.left()
            for entry in row:
                w = entry.width(self.rtl)
                left = x - w if self.rtl else x
                self._paint_entry(painter, entry, QRectF(left, y, w, height))
                x += -(w + ENTRY_GAP) if self.rtl else w + ENTRY_GAP
            y += height + ROW_GAP
        painter.restore()

    def _paint_entry(self, painter: QPainter, entry: LegendEntry, box: QRectF) -> None:
        block = entry.text_block(self.rtl)
        if entry.mark == "heading":
            painter.setPen(QColor(style.TEXT))
            block.draw(painter, box.left(), box.center().y() - block.height / 2)
            return
        mark_x = box.right() - SWATCH if self.rtl else box.left()
        mark = QRectF(mark_x, box.center().y() - SWATCH / 2, SWATCH, SWATCH)
        if entry.mark == "face":
            draw_face(painter, mark.adjusted(1, 1, -1, -1), entry.score, QColor(entry.color))
        elif entry.mark == "kpi":
            badge_x = mark.right() - ICON if self.rtl else mark.x()  # the pill grows from here towards the text
            paint_kpi_badge(painter, QRectF(badge_x, mark.y() + 3, ICON, ICON), entry.score, self.rtl)
        else:
            painter.setBrush(QColor(entry.color))
            painter.setPen(QPen(style.qcolor(style.CARD_BORDER), 1))
            painter.drawRoundedRect(mark.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            inset = (SWATCH - ICON) / 2
            icon = mark.adjusted(inset, inset, -inset, -inset)
            draw_icon(painter, lane_icon_path(entry.lane_kind), icon, QColor(style.ICON), 1.3)
        text_x = mark.left() - TEXT_GAP - block.width if self.rtl else mark.right() + TEXT_GAP
        painter.setPen(QColor(style.TEXT_MUTED if entry.mark == "face" else style.TEXT))
        block.draw(painter, text_x, box.center().y() - block.height / 2)
