"""Putting an analysis into the panel's lists and table, and into the canvas overlay's texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem

from ...io import analysis_text as words
from ...model.analysis import Analysis

ROLE = Qt.ItemDataRole.UserRole
SHARE_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("AnalysisPanel", text, None, n)


def _row(tree: QTreeWidget, share: str, text: str, data, tip: str = "") -> QTreeWidgetItem:
    item = QTreeWidgetItem([share, text])
    item.setTextAlignment(0, SHARE_ALIGN)
    item.setData(0, ROLE, data)
    item.setToolTip(1, tip or text)
    tree.addTopLevelItem(item)
    return item


def fill_paths(tree: QTreeWidget, doc, result: Analysis) -> None:
    """Share, the path's cards, then its lowest emotion and channel switches (columns 2 and 3)."""
    tree.clear()
    for number, path in enumerate(result.paths):
        tip = words.path_cards(doc, path) + "\n" + words.path_details(doc, path)
        item = _row(tree, words.percent(path.share), words.path_cards(doc, path), number, tip)
        item.setText(2, words.score_text(path.emotion.lowest) if path.emotion is not None else "–")
        item.setText(3, str(path.switches))
        for column in (2, 3):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)


def fill_leaks(tree: QTreeWidget, doc, result: Analysis) -> None:
    """Drop-offs (dead ends marked), then the cards nobody reaches."""
    tree.clear()
    for drop in result.drop_offs:
        what = tr("dead end") if drop.dead_end else tr("drops out")
        item = _row(tree, words.percent(drop.share), words.card_name(doc, drop.card), drop.card)
        item.setText(2, what)
    for card_id in result.unreachable:
        item = _row(tree, "–", words.card_name(doc, card_id), card_id)
        item.setText(2, tr("nobody reaches it"))


def fill_loops(tree: QTreeWidget, doc, result: Analysis) -> None:
    tree.clear()
    for index, loop in enumerate(result.loops):
        names = words.arrow().join(words.card_name(doc, c) for c in loop.cards)
        _row(tree, words.percent(loop.share), names, index)


def fill_switches(tree: QTreeWidget, doc, result: Analysis) -> None:
    tree.clear()
    lanes = {lane.id: lane.name for lane in doc.lanes()}
    for switch in result.channel_switches:
        count = switch.count
        tip = tr("%n connection(s); moves per 100 customers", count)
        text = lanes.get(switch.from_lane, switch.from_kind) + words.arrow() + lanes.get(switch.to_lane, switch.to_kind)
        _row(tree, words.per_hundred(switch.share), text, None, tip)


STAGE_COLUMNS = (
    "Stage",
    "Reach",
    "Emotion",
    "Lowest",
    "Friction",
    "Opportunities",
    "Moments of truth",
    "Touchpoints",
    "Owners",
)


def stage_headers() -> list[str]:
    names = (
        tr("Stage"),
        tr("Reach"),
        tr("Emotion"),
        tr("Lowest"),
        tr("Friction"),
        tr("Opportunities"),
        tr("Moments of truth"),
        tr("Touchpoints"),
        tr("Owners"),
    )
    return list(names)


def fill_stages(table: QTableWidget, doc, result: Analysis) -> None:
    lanes = {lane.id: lane.name for lane in doc.lanes()}
    table.setRowCount(len(result.stages))
    for row, stage in enumerate(result.stages):
        touchpoints = tr(", ").join(f"{lanes.get(lane, lane)} {count}" for lane, count in stage.touchpoints.items())
        values = (
            stage.name,
            words.percent(stage.reach),
            words.score_text(stage.emotion_avg),
            words.score_text(stage.emotion_min),
            str(stage.friction),
            str(stage.opportunities),
            str(stage.moments_of_truth),
            touchpoints,
            tr(", ").join(stage.owners),
        )
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if 1 <= column <= 6:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setToolTip(value)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()


def overlay_texts(result: Analysis) -> tuple[dict[str, tuple[str, bool]], dict[str, tuple[str, float]]]:
    """Badge per card (reach), summary and shade per stage (the share it loses)."""
    cards = {card: (words.percent(reach), reach > 0) for card, reach in result.reach.items()}
    cards.update({card: (tr("unreached"), False) for card in result.unreachable})
    stages = {}
    for stage in result.stages:
        if stage.reach is None:
            continue
        text = tr("reach %1 · lowest %2").replace("%1", words.percent(stage.reach))
        stages[stage.id] = (text.replace("%2", words.score_text(stage.emotion_min)), 1.0 - stage.reach)
    return cards, stages
