"""Mouse gestures on the canvas, each ending in (at most) one undo command on release.

While a gesture runs only the items it concerns move: dragged cards and their own
connections (routed again at every step, see dragged_connections.py), or a marker line.
Nothing is laid out again until the command is pushed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF
from PySide6.QtWidgets import QApplication

from ..collector import GesturePause
from ..model.kinds import card_kind_for_lane
from .dragged_connections import DraggedConnections
from .interaction import Interaction
from .items.card import CardItem
from .moves import plan_moves


class Gesture(Interaction):
    """A press that turns into a drag once the pointer has travelled far enough."""

    consumes_release = False  # True: Qt's own release handling (selection) does not follow

    def __init__(self, scene, press: QPointF) -> None:
        self.scene = scene
        self.press = QPointF(press)
        self.active = False

    def move(self, pos: QPointF) -> None:
        if not self.active:
            if QLineF(self.press, pos).length() < QApplication.startDragDistance():
                return
            self.active = True
            self.start()
        self.drag(pos)

    def mouse_move(self, pos: QPointF) -> bool:
        self.move(pos)
        return True

    def mouse_release(self, pos: QPointF) -> bool:
        self.scene.end_interaction(self)
        self.release(pos)
        return self.consumes_release

    def start(self) -> None:
        pass

    def drag(self, pos: QPointF) -> None:
        pass

    def release(self, pos: QPointF) -> None:
        if self.active:
            self.finish(pos)
        self.cleanup()

    def cancel(self) -> None:
        """End without a command (Escape, or another press before this one's release): put back what moved."""
        if self.active:
            self.abandon()
        self.cleanup()

    def abandon(self) -> None:
        pass

    def finish(self, pos: QPointF) -> None:
        pass

    def cleanup(self) -> None:
        self.scene.marker_item.setVisible(False)
        self.scene.grid_item.set_drop_target(None)


class CardDragGesture(Gesture):
    """Move the selected cards; on release they snap into cells as one move of the editor."""

    def __init__(self, scene, press: QPointF, primary: CardItem) -> None:
        super().__init__(scene, press)
        self.primary = primary
        self.items: list[CardItem] = []
        self.origins: dict[CardItem, QPointF] = {}
        self.drop_cell: tuple[str, str] | None = None

    def start(self) -> None:
        self._collector_pause = GesturePause()  # no collection stutters while the cards move
        selected = [i for i in self.scene.selectedItems() if isinstance(i, CardItem)]
        if self.primary not in selected:
            selected = [self.primary]
        self.items = sorted(selected, key=lambda i: (i.pos().y(), i.pos().x()))
        self.origins = {item: item.pos() for item in self.items}
        for item in self.items:
            item.setZValue(20)
        self.connections = {conn for item in self.items for conn in item.connections}
        self.scene.set_dragged_connections(self.connections)
        self.scene.set_dragged_cards(self.items)
        self.following = DraggedConnections(self.scene, self.items, self.connections)

    def drag(self, pos: QPointF) -> None:
        delta = pos - self.press
        dx, dy = delta.x(), delta.y()
        boxes = {}
        for item in self.items:
            origin = self.origins[item]
            item.setPos(origin + delta)
            boxes[item.card_id] = (origin.x() + dx, origin.y() + dy, item.width(), item.height())
        self.following.step(boxes)
        self.scene.live_layer().commit()
        cell = self.scene.layout.cell_at(pos.x(), pos.y())
        if cell != self.drop_cell:
            old = self.scene.cell_rect(*self.drop_cell) if self.drop_cell else None
            self.drop_cell = cell
            new = self.scene.cell_rect(*cell) if cell else None
            self.scene.grid_item.set_drop_target(new)
            self.scene.drop_target_changed(old, new)
        self._show_insert_marker(cell, pos)

    def _show_insert_marker(self, cell, pos: QPointF) -> None:
        if cell is None:
            self.scene.marker_item.setVisible(False)
            return
        layout = self.scene.layout
        moving = {item.card_id for item in self.items}
        staying = [c for c in self.scene.document.cell_cards(*cell) if c not in moving]
        index = layout.insert_index(staying, pos.y())
        box = layout.cell(*cell)
        if not staying:
            y = box.y + 6
        elif index < len(staying):
            y = layout.cards[staying[index]].y - 4
        else:
            last = layout.cards[staying[-1]]
            y = last.bottom + 4
        self.scene.marker_item.show_line(QPointF(box.x + 8, y), QPointF(box.right - 8, y))

    def targets(self, pos: QPointF) -> dict[CardItem, tuple[str, str]] | None:
        """Each dragged card's new cell, or None when any would land off the grid or on the emotion lane."""
        layout = self.scene.layout
        delta = pos - self.press
        result = {}
        for item in self.items:
            anchor = (pos if item is self.primary else self.origins[item] + QPointF(item.width() / 2, 12) + delta)
            cell = layout.cell_at(anchor.x(), anchor.y())
            if cell is None or card_kind_for_lane(self.scene.document.lane(cell[1]).kind) is None:
                return None
            result[item] = cell
        return result

    def cleanup(self) -> None:
        super().cleanup()
        if self.active:
            self.scene.set_dragged_connections(())
            self.scene.set_dragged_cards(())
            self._collector_pause.end()

    def finish(self, pos: QPointF) -> None:
        scene = self.scene
        doc = scene.document
        for item in self.items:
            item.setZValue(10)
        targets = self.targets(pos)
        if targets is None:
            scene.statusMessage.emit(
                QCoreApplication.translate("JourneyScene", "Cards can only be dropped into cells of card lanes")
            )
            self._snap_back()
            return
        moving = {item.card_id for item in self.items}
        card_cells = {item.card_id: (doc.card(item.card_id).step, doc.card(item.card_id).lane) for item in self.items}
        drops: dict[tuple[str, str], tuple[int, list[str]]] = {}
        for item in self.items:  # already top to bottom
            cell = targets[item]
            if cell not in drops:
                staying = [c for c in doc.cell_cards(*cell) if c not in moving]
                anchor_y = pos.y() if item is self.primary or cell == targets[self.primary] else item.pos().y()
                drops[cell] = (scene.layout.insert_index(staying, anchor_y), [])
            drops[cell][1].append(item.card_id)
        cells = {cell: doc.cell_cards(*cell) for cell in set(card_cells.values()) | set(drops)}
        moves = plan_moves(cells, dict(card_cells), drops)
        if not moves:
            self._snap_back()
            return
        scene.map_editor.move_cards(moves)

    def abandon(self) -> None:
        for item in self.items:
            item.setZValue(10)
        self._snap_back()

    def _snap_back(self) -> None:
        """Cards back where they were; their connections show their resting geometry again (cleanup)."""
        for item, origin in self.origins.items():
            item.setPos(origin)


class ConnectGesture(Gesture):
    """Drag from a card's handle to another card: one new connection."""

    consumes_release = True

    def __init__(self, scene, press: QPointF, source: CardItem) -> None:
        super().__init__(scene, press)
        self.source = source
        self.rubber = None

    def start(self) -> None:
        from .items.handles import RubberConnectionItem

        self.rubber = RubberConnectionItem()
        self.scene.addItem(self.rubber)

    def drag(self, pos: QPointF) -> None:
        self.rubber.set_ends(self.press, pos, self.scene.layout.forward_sign())
        target = self.target_at(pos)
        rect = target.scene_rect().adjusted(-4, -4, 4, 4) if target is not None else None
        self.scene.grid_item.set_drop_target(rect)

    def target_at(self, pos: QPointF) -> CardItem | None:
        item = self.scene.item_at(pos, (CardItem,))
        return item if item is not None and item is not self.source else None

    def finish(self, pos: QPointF) -> None:
        target = self.target_at(pos)
        if target is None:
            return
        conn_id = self.scene.map_editor.connect_cards(self.source.card_id, target.card_id)
        if conn_id is not None:
            self.scene.select_ids([conn_id])

    def cleanup(self) -> None:
        super().cleanup()
        if self.rubber is not None:
            self.scene.removeItem(self.rubber)
            self.rubber = None


class HeaderMoveGesture(Gesture):
    """Drag a stage, step or lane header to another place in its order."""

    def __init__(self, scene, press: QPointF, header) -> None:
        super().__init__(scene, press)
        self.header = header

    def drag(self, pos: QPointF) -> None:
        target = self.target(pos)
        if target is None:
            self.scene.marker_item.setVisible(False)
            return
        a, b = target[2]
        self.scene.marker_item.show_line(a, b)

    def target(self, pos: QPointF):
        """(index, stage id or None, marker line) for a drop at ``pos``."""
        layout = self.scene.layout
        doc = self.scene.document
        kind = self.header.part
        if kind == "lane":
            order = [lane for lane in layout.lane_order if lane != self.header.model_id]
            index = sum(1 for lane in order if layout.lanes[lane].center[1] < pos.y())
            y = layout.lanes[order[index - 1]].bottom if index else layout.grid.y
            left = min(layout.corner.x, layout.grid.x)
            right = max(layout.corner.right, layout.grid.right)
            return index, None, (QPointF(left, y), QPointF(right, y))
        if kind == "stage":
            boxes = [(s.id, layout.stages[s.id]) for s in doc.stages() if s.id != self.header.model_id]
            return self._along(boxes, pos, None)
        stage = self._stage_at(pos.x())
        if stage is None:
            return None
        boxes = [(s.id, layout.steps[s.id]) for s in stage.steps if s.id != self.header.model_id]
        return self._along(boxes, pos, stage.id, layout.stages[stage.id])

    def _along(self, boxes, pos: QPointF, stage_id, stage_box=None):
        layout = self.scene.layout
        before = (lambda box: box.center[0] > pos.x()) if layout.rtl else (lambda box: box.center[0] < pos.x())
        index = sum(1 for _, box in boxes if before(box))
        if index:
            box = boxes[index - 1][1]
            x = box.x if layout.rtl else box.right
        else:
            edge = stage_box or layout.grid
            x = edge.right if layout.rtl else edge.x
        top = layout.stages and min(b.y for b in layout.stages.values())
        return index, stage_id, (QPointF(x, top), QPointF(x, layout.grid.bottom))

    def _stage_at(self, x: float):
        for stage in self.scene.document.stages():
            box = self.scene.layout.stages[stage.id]
            if box.x <= x < box.right:
                return stage
        return None

    def finish(self, pos: QPointF) -> None:
        target = self.target(pos)
        if target is not None:
            index, stage_id, _line = target
            self.scene.move_structure(self.header.part, self.header.model_id, index, stage_id)


class HeaderResizeGesture(Gesture):
    """Drag a step header's trailing edge or a lane header's bottom edge."""

    consumes_release = True

    def __init__(self, scene, press: QPointF, header) -> None:
        super().__init__(scene, press)
        self.header = header
        self.active = True  # a resize starts at once: the edge was grabbed on purpose

    def size_at(self, pos: QPointF) -> float:
        layout = self.scene.layout
        if self.header.part == "step":
            column = layout.columns[self.header.model_id]
            return column.right - pos.x() if layout.rtl else pos.x() - column.x
        return pos.y() - layout.rows[self.header.model_id].y

    def drag(self, pos: QPointF) -> None:
        layout = self.scene.layout
        grid = layout.grid
        if self.header.part == "step":
            top = min((b.y for b in layout.steps.values()), default=grid.y)
            self.scene.marker_item.show_line(QPointF(pos.x(), top), QPointF(pos.x(), grid.bottom))
        else:
            left, right = min(layout.corner.x, grid.x), max(layout.corner.right, grid.right)
            self.scene.marker_item.show_line(QPointF(left, pos.y()), QPointF(right, pos.y()))

    def finish(self, pos: QPointF) -> None:
        if QLineF(self.press, pos).length() < 1:
            return
        self.scene.resize_structure(self.header.part, self.header.model_id, self.size_at(pos))


def rect_of(box) -> QRectF:
    return QRectF(box.x, box.y, box.w, box.h)
