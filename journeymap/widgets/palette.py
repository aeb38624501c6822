"""The palette dock: card kinds and channel lanes to drag onto the canvas.

Dragging an entry carries ``application/x-journeymap-kind`` (a card kind, or
``lane:<kind>`` for a lane), which the scene turns into a card or lane where it is
dropped. Double-clicking does the same without the mouse trip: a card goes into
the selected cell, a lane after the selected lane.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QSize, Qt
from PySide6.QtGui import QDrag, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..model.kinds import (
    CARD_KIND_COLORS,
    CARD_KINDS,
    CHANNEL_LANE_KINDS,
    LANE_KIND_COLORS,
    card_kind_for_lane,
    lane_kind_for_card,
)
from .icons import kind_icon
from .labels import card_kind_name, lane_kind_name

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow

KIND_MIME = "application/x-journeymap-kind"
ICON_SIZE = 26
_ICON_KIND = {"touchpoint": "custom"}  # the generic glyph for a touchpoint; others use their lane's


def kind_mime_data(payload: str) -> QMimeData:
    """What a palette drag carries: ``touchpoint``... or ``lane:email``..."""
    data = QMimeData()
    data.setData(KIND_MIME, payload.encode("utf-8"))
    data.setText(payload)
    return data


class KindList(QListWidget):
    """A list of kinds whose entries drag out as kind payloads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setSpacing(1)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)

    def add_kind(self, payload: str, text: str, icon: QIcon, tooltip: str) -> QListWidgetItem:
        item = QListWidgetItem(icon, text, self)
        item.setData(Qt.ItemDataRole.UserRole, payload)
        item.setToolTip(tooltip)
        item.setSizeHint(QSize(0, ICON_SIZE + 8))
        return item

    def mimeTypes(self) -> list[str]:
        return [KIND_MIME]

    def mimeData(self, items) -> QMimeData:
        return kind_mime_data(items[0].data(Qt.ItemDataRole.UserRole)) if items else QMimeData()

    def startDrag(self, supported_actions) -> None:
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.setPixmap(item.icon().pixmap(ICON_SIZE, ICON_SIZE))
        drag.exec(Qt.DropAction.CopyAction)

    def sizeHint(self) -> QSize:
        rows = sum(self.sizeHintForRow(row) + 2 * self.spacing() for row in range(self.count()))
        return QSize(180, rows + 4)


class PaletteDock(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("palette_dock")
        self.setWindowTitle(self.tr("Palette"))
        features = QDockWidget.DockWidgetFeature
        self.setFeatures(features.DockWidgetMovable | features.DockWidgetFloatable)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(_section(self.tr("Cards"), body))
        self.cards = KindList(body)
        self.cards.setObjectName("palette_cards")
        for kind in CARD_KINDS:
            glyph = _ICON_KIND.get(kind, lane_kind_for_card(kind))
            self.cards.add_kind(kind, card_kind_name(kind), kind_icon(glyph, CARD_KIND_COLORS[kind]),
                                self.tr("Drag onto a cell, or double-click to add to the selected cell"))
        layout.addWidget(self.cards)
        layout.addSpacing(8)
        layout.addWidget(_section(self.tr("Channel lanes"), body))
        self.lanes = KindList(body)
        self.lanes.setObjectName("palette_lanes")
        for kind in CHANNEL_LANE_KINDS:
            self.lanes.add_kind(f"lane:{kind}", lane_kind_name(kind), kind_icon(kind, LANE_KIND_COLORS[kind]),
                                self.tr("Drag onto the map, or double-click to add a lane after the selected one"))
        layout.addWidget(self.lanes)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.cards.itemDoubleClicked.connect(lambda item: self.add_card(item.data(Qt.ItemDataRole.UserRole)))
        self.lanes.itemDoubleClicked.connect(
            lambda item: window.map_actions.add_lane(item.data(Qt.ItemDataRole.UserRole).split(":", 1)[1])
        )

    def add_card(self, kind: str) -> str | None:
        """A new card of ``kind`` in the selected cell, or the first cell of a lane that holds that kind.

        When the map has no such lane, one is added first; both make one undo step.
        """
        window = self.window
        doc, scene, editor = window.document, window.scene, window.editor
        step_id, lane_id = _selected_cell(window)
        if lane_id is None or card_kind_for_lane(doc.lane(lane_id).kind) != kind:
            lane_id = next((lane.id for lane in doc.lanes() if card_kind_for_lane(lane.kind) == kind), None)
        step_id = step_id or doc.steps()[0].id
        with editor.batch(self.tr("Add %1").replace("%1", card_kind_name(kind))):
            if lane_id is None:
                lane_id = editor.add_lane(lane_kind_for_card(kind))
            card_id = scene.add_card_at(step_id, lane_id)
        window.view.setFocus()  # the new card's title is being edited in place: type straight away
        return card_id


def _selected_cell(window: MainWindow) -> tuple[str | None, str | None]:
    """The cell the user points at: a selected card's; else the canvas's focus cell, narrowed by a selected header."""
    doc = window.document
    target, item_id = window.scene.selection_target()
    if target == "card" and item_id and doc.has_card(item_id):
        card = doc.card(item_id)
        return card.step, card.lane
    focus = getattr(window.scene, "focus_cell", None)
    step_id, lane_id = focus if focus and doc.has_id(focus[0]) and doc.has_id(focus[1]) else (None, None)
    if target == "step" and item_id:
        return item_id, lane_id
    if target == "stage" and item_id:
        return doc.stage(item_id).steps[0].id, lane_id
    if target == "lane" and item_id:
        return step_id, item_id
    return step_id, lane_id


def _section(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setStyleSheet("color: #52606D; padding: 2px 2px 0 2px;")
    return label
