"""Mouse and drag-and-drop input of the canvas: to the current interaction first, else the
default, which starts one (a gesture) or carries out a click, double-click or drop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import QGraphicsSceneDragDropEvent, QGraphicsSceneMouseEvent

from ..model.kinds import CARD_KINDS, LANE_KINDS, card_kind_for_lane
from . import menus
from .clipboard import MIME_KIND
from .gestures import CardDragGesture, ConnectGesture, HeaderMoveGesture, HeaderResizeGesture
from .interaction import Interaction
from .items.card import CardItem
from .items.connection import ConnectionItem
from .items.connection_caption import ConnectionLabelItem
from .items.handles import ConnectionHandleItem
from .items.headers import HeaderItem

# Mixed into JourneyScene: texts are looked up under its name (what self.tr would use at run time).
translate = QCoreApplication.translate


class InputMixin:
    def _init_input(self) -> None:
        self.interaction: Interaction | None = None  # what the canvas is in the middle of (interaction.py)
        self._editor = None

    # ----------------------------------------------------------------- mouse
    def _top_item(self, pos: QPointF):
        editor = self._editor  # the in-place editor, if one is open (its module loads with the first)
        for item in self.items(pos):
            if isinstance(item, ConnectionLabelItem):
                return item.connection
            if item is editor or isinstance(item, (ConnectionHandleItem, CardItem, ConnectionItem, HeaderItem)):
                return item
        return None

    def begin_interaction(self, interaction: Interaction) -> None:
        """Make ``interaction`` the current one (one that was running is called off)."""
        self.cancel_interaction()
        self.interaction = interaction

    def end_interaction(self, interaction: Interaction) -> None:
        """``interaction`` is over (it finished, or ended itself): input goes to the default again."""
        if self.interaction is interaction:
            self.interaction = None

    def cancel_interaction(self) -> bool:
        """Call off the current interaction, putting back what it moved; False when none ran."""
        interaction, self.interaction = self.interaction, None
        if interaction is None:
            return False
        interaction.cancel()
        return True

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.cancel_interaction()  # a press before the last one's release (another button): that drag is off
        pos = event.scenePos()
        item = self._top_item(pos)
        if event.button() != Qt.MouseButton.LeftButton or (item is not None and item is self._editor):
            super().mousePressEvent(event)
            return
        if self._editor is not None:
            self._editor.commit()
        if isinstance(item, ConnectionHandleItem) and item.card is not None:
            self.begin_interaction(ConnectGesture(self, pos, item.card))
            event.accept()
            return
        resized = self._resize_target(item, pos)
        if resized is not None:
            self.begin_interaction(HeaderResizeGesture(self, pos, resized))
            event.accept()
            return
        if isinstance(item, ConnectionItem) and self._on_caption(pos):
            self._select_from_caption(item, event.modifiers())
            event.accept()
            return
        super().mousePressEvent(event)
        if isinstance(item, CardItem):
            self.begin_interaction(CardDragGesture(self, pos, item))
        elif isinstance(item, HeaderItem):
            self.begin_interaction(HeaderMoveGesture(self, pos, item))
        elif item is None:
            self._set_focus_cell(self.layout.cell_at(pos.x(), pos.y()))

    def _on_caption(self, pos: QPointF) -> bool:
        return any(isinstance(item, ConnectionLabelItem) for item in self.items(pos)[:1])

    def _select_from_caption(self, connection: ConnectionItem, modifiers) -> None:
        """A caption is clicked as its connection is: it selects it (Ctrl toggles it in the selection)."""
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            connection.setSelected(not connection.isSelected())
            return
        if not connection.isSelected() or len(self.selectedItems()) > 1:
            self.clearSelection()
            connection.setSelected(True)

    def _resize_target(self, item, pos: QPointF):
        """The step or lane header whose trailing edge is under ``pos``: this one's, or the previous one's."""
        if not isinstance(item, HeaderItem) or item.part == "stage":
            return None
        if item.resize_edge_hit(item.mapFromScene(pos)):
            return item
        order = self.layout.step_order if item.part == "step" else self.layout.lane_order
        index = order.index(item.model_id)
        if index == 0:
            return None
        previous = self.header_items.get(order[index - 1])
        if previous is not None and previous.resize_edge_hit(previous.mapFromScene(pos)):
            return previous
        return None

    def _set_focus_cell(self, cell) -> None:
        if cell is not None and card_kind_for_lane(self.document.lane(cell[1]).kind) is None:
            cell = None
        self.focus_cell = cell
        self._apply_focus_cell()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        interaction = self.interaction
        if interaction is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if interaction.mouse_move(event.scenePos()):
                event.accept()
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        interaction = self.interaction
        if interaction is not None and event.button() == Qt.MouseButton.LeftButton:
            if interaction.mouse_release(event.scenePos()):
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        item = self._top_item(pos)
        if event.button() != Qt.MouseButton.LeftButton or (item is not None and item is self._editor):
            super().mouseDoubleClickEvent(event)
            return
        self.cancel_interaction()
        if isinstance(item, CardItem):
            self.begin_edit_card(item.card_id)
        elif isinstance(item, HeaderItem):
            self.begin_rename_header(item.part, item.model_id)
        elif item is None and self.title_item.sceneBoundingRect().contains(pos):
            self.begin_edit_title()  # the title is text to edit, not an empty cell
        elif item is None:
            cell = self.layout.cell_at(pos.x(), pos.y())
            if cell is not None:
                self.add_card_at(cell[0], cell[1])
        event.accept()

    # ----------------------------------------------------------------- context menus
    def contextMenuEvent(self, event) -> None:
        menu = self.context_menu_at(event.scenePos())
        if menu is None:
            super().contextMenuEvent(event)
            return
        menu.exec(event.screenPos())
        event.accept()

    def context_menu_at(self, pos: QPointF):
        """The context menu for whatever is under ``pos`` (None over empty space)."""
        item = self._top_item(pos)
        if isinstance(item, CardItem):
            if not item.isSelected():
                self.select_ids([item.card_id])
            return menus.card_menu(self, item.card_id)
        if isinstance(item, HeaderItem):
            self.select_ids([item.model_id])
            return menus.header_menu(self, item.part, item.model_id)
        if isinstance(item, ConnectionItem):
            self.select_ids([item.conn_id])
            return menus.connection_menu(self, item.conn_id)
        cell = self.layout.cell_at(pos.x(), pos.y())
        if cell is not None and card_kind_for_lane(self.document.lane(cell[1]).kind) is not None:
            return menus.cell_menu(self, cell)
        return None

    # ----------------------------------------------------------------- drops from the palette
    @staticmethod
    def dropped_kind(mime) -> str | None:
        if mime is None or not mime.hasFormat(MIME_KIND):
            return None
        text = bytes(mime.data(MIME_KIND).data()).decode("utf-8", "replace").strip()
        if text in CARD_KINDS or (text.startswith("lane:") and text[5:] in LANE_KINDS):
            return text
        return None

    def drop_cell(self, kind: str, pos: QPointF) -> tuple[str, str] | None:
        """The cell a dropped card kind lands in: the cell under the drop, or the nearest lane of that kind."""
        cell = self.layout.cell_at(pos.x(), pos.y())
        if cell is None:
            return None
        step_id, lane_id = cell
        doc = self.document
        if card_kind_for_lane(doc.lane(lane_id).kind) == kind:
            return cell
        here = doc.lane_index(lane_id)
        candidates = [
            (abs(index - here), lane.id)
            for index, lane in enumerate(doc.lanes())
            if card_kind_for_lane(lane.kind) == kind
        ]
        return (step_id, min(candidates)[1]) if candidates else None

    def _drag_feedback(self, event: QGraphicsSceneDragDropEvent) -> bool:
        kind = self.dropped_kind(event.mimeData())
        pos = event.scenePos()
        if kind is None:
            self.grid_item.set_drop_target(None)
            self.marker_item.setVisible(False)
            return False
        if kind.startswith("lane:"):
            index = self.lane_drop_index(pos)
            self._show_lane_marker(index)
            return True
        cell = self.drop_cell(kind, pos)
        self.grid_item.set_drop_target(self.cell_rect(*cell) if cell else None)
        return cell is not None

    def lane_drop_index(self, pos: QPointF) -> int:
        layout = self.layout
        return sum(1 for lane in layout.lane_order if layout.rows[lane].center[1] < pos.y())

    def _show_lane_marker(self, index: int) -> None:
        layout = self.layout
        order = layout.lane_order
        y = layout.rows[order[index - 1]].bottom if index and order else layout.grid.y
        left, right = min(layout.corner.x, layout.grid.x), max(layout.corner.right, layout.grid.right)
        self.marker_item.show_line(QPointF(left, y), QPointF(right, y))

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.setAccepted(self.dropped_kind(event.mimeData()) is not None)

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        ok = self._drag_feedback(event)
        event.setAccepted(ok)
        if ok:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.grid_item.set_drop_target(None)
        self.marker_item.setVisible(False)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.grid_item.set_drop_target(None)
        self.marker_item.setVisible(False)
        ok = self.drop_kind(self.dropped_kind(event.mimeData()), event.scenePos()) is not None
        event.setAccepted(ok)
        if ok:
            event.acceptProposedAction()
            self.take_keyboard()

    def take_keyboard(self) -> None:
        """After a drop from the palette the keys go to the canvas (and so to the new card's title),
        not to the palette the drag started in."""
        for view in self.views()[:1]:
            view.activateWindow()
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        editor = self.editor()
        if editor is not None:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def drop_kind(self, kind: str | None, pos: QPointF) -> str | None:
        """Create what a palette drop asks for; returns the new card or lane id, or None when refused."""
        if kind is None:
            return None
        if kind.startswith("lane:"):
            return self.add_lane_of_kind(kind[5:], self.lane_drop_index(pos))
        cell = self.drop_cell(kind, pos)
        if cell is None:
            self.statusMessage.emit(translate("JourneyScene", "There is no lane for this kind of card here"))
            return None
        index = None
        if cell == self.layout.cell_at(pos.x(), pos.y()):
            index = self.layout.insert_index(self.document.cell_cards(*cell), pos.y())
        return self.add_card_at(cell[0], cell[1], index=index)
