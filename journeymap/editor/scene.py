"""The canvas: a QGraphicsScene that shows one JourneyDocument and turns gestures into commands.

The scene subscribes to the document's change events and keeps a model-id -> item
map. Items are created or removed as events arrive; geometry is recomputed by the
pure layout module once per batch of events (after each undo-stack step, or on the
next turn of the event loop) and applied only to items whose boxes changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QColor, QPixmapCache, QUndoStack
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ..collector import cycle_collector_paused
from ..model import JourneyDocument
from ..model.events import ChangeEvent, EventKind
from ..model.kinds import CARD_KIND_COLORS, LANE_KIND_COLORS
from . import style
from .cell_focus import first_cell
from .drawing_modes import DrawingModes, ModesHanded
from .focus_frame import FocusFrameMixin
from .following import stop_following_when_destroyed
from .items.card import CardItem, CardTextCache
from .items.connection import ConnectionItem
from .items.connection_layer import ConnectionLayerItem
from .items.emotion import EmotionCurveItem
from .items.grid import GridItem
from .items.handles import ConnectionHandleItem, InsertMarkerItem
from .items.headers import HeaderItem, TitleItem
from .items.map_overview import MapOverviewItem
from .layout import LabelSpots, MapLayout
from .map_editor import MapEditor
from .scene_edit import EditOperationsMixin
from .scene_geometry import GeometryMixin
from .scene_index import DeferredIndexMixin
from .scene_input import InputMixin
from .scene_overview import OverviewMixin

PIXMAP_CACHE_KB = 256 * 1024


class JourneyScene(
    FocusFrameMixin, GeometryMixin, InputMixin, EditOperationsMixin, OverviewMixin, DeferredIndexMixin, QGraphicsScene
):
    """Shows a document; every change the user makes on it goes through ``map_editor``.

    Made without an editor (``JourneyScene(doc)``, as exports do) it only shows the map.
    An undo stack alone may be given in place of an editor: one is made around it.
    """

    statusMessage = Signal(str)
    layoutChanged = Signal()  # a geometry pass (apply_geometry) has ended: boxes and routes are current

    def __init__(self, document: JourneyDocument, editor: MapEditor | QUndoStack | None = None, parent=None) -> None:
        super().__init__(parent)
        # Item caches live in QPixmapCache; its 10 MB default holds less than two
        # viewport-sized layers, and a thrashing cache repaints every card every frame.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self._init_index()
        self.setBackgroundBrush(QColor(style.BACKGROUND))
        if isinstance(editor, QUndoStack):
            editor = MapEditor(document, editor, self)
        self.map_editor: MapEditor | None = editor
        self._following_editor = editor is not None
        self.document: JourneyDocument | None = None
        self.drawing_modes = DrawingModes()  # handed to every item added (addItem)
        self.layout = MapLayout()
        self.texts = CardTextCache()
        self.card_items: dict[str, CardItem] = {}
        self.connection_items: dict[str, ConnectionItem] = {}
        self.header_items: dict[str, HeaderItem] = {}
        self.focus_cell = None  # FocusFrameMixin: the frame follows
        self.label_spots = LabelSpots(self.layout)
        self._dirty = False
        self._routes_dirty = True
        self._geometry_timer = QTimer(self)
        self._geometry_timer.setSingleShot(True)
        self._geometry_timer.timeout.connect(self.apply_geometry)
        self._init_fixed_items()
        self._init_input()
        self.selectionChanged.connect(self._on_selection_changed)
        stop_following_when_destroyed(self, "_on_change")
        if editor is not None:
            editor.undo_stack.indexChanged.connect(self._after_step)
            editor.message.connect(self.statusMessage)
            editor.documentReplaced.connect(self._show_document)
            if editor.document is not document:
                editor.set_document(document)  # shows it through documentReplaced
        if self.document is not document:
            self._show_document(document)

    def addItem(self, item: QGraphicsItem) -> None:
        """Add an item and hand it the scene's drawing modes (items that paint by mode have ``modes``)."""
        if isinstance(item, ModesHanded):
            item.modes = self.drawing_modes
        super().addItem(item)

    @property
    def exporting(self) -> bool:
        """A picture is being drawn (or a presentation shows the map): no marks, full detail."""
        return self.drawing_modes.exporting

    @exporting.setter
    def exporting(self, on: bool) -> None:
        self.drawing_modes.exporting = on

    @property
    def overview_mode(self) -> bool:
        """Zoomed far out: the overview item draws the cards and captions."""
        return self.drawing_modes.far_out

    @property
    def undo_stack(self) -> QUndoStack | None:
        """The editor's history (read it, undo and redo it; edits go through ``map_editor``)."""
        return self.map_editor.undo_stack if self.map_editor is not None else None

    def _init_fixed_items(self) -> None:
        self.grid_item = GridItem()
        self.title_item = TitleItem()
        self.emotion_item = EmotionCurveItem()
        self.handle_item = ConnectionHandleItem()
        self.marker_item = InsertMarkerItem()
        self.connection_layer = ConnectionLayerItem(self.connection_items)
        self.map_overview = MapOverviewItem(self.card_items, self.connection_items)
        self._overview_selected: set[CardItem] = set()
        self._dragged_cards: set[CardItem] = set()
        self._dragged_connections: set = set()
        self._live_connections: set = set()  # drawn by their own items: selected or dragged
        fixed = (self.grid_item, self.title_item, self.emotion_item, self.handle_item, self.marker_item)
        for item in (*fixed, self.connection_layer, self.map_overview):
            self.addItem(item)
        self.layoutChanged.connect(self._refresh_overview)
        self.selectionChanged.connect(self._sync_overview_selection)

    # ----------------------------------------------------------------- document
    def set_document(self, doc: JourneyDocument) -> None:
        """Show (and edit) another document: its editor starts a fresh history."""
        if self.map_editor is not None:
            self.map_editor.set_document(doc)  # tells this scene back through documentReplaced
        else:
            self._show_document(doc)

    def _show_document(self, doc: JourneyDocument) -> None:
        """Unsubscribe from the old document and rebuild everything for the new one."""
        if self.document is not None:
            self.document.unsubscribe(self._on_change)
        self.cancel_edit()
        self.cancel_interaction()
        self.document = doc
        doc.subscribe(self._on_change)
        self.rebuild()

    def detach(self) -> None:
        """Stop following the document and go quiet, before this scene is thrown away.

        A scene destroyed with items selected emits selectionChanged from its C++
        destructor into a Python side that is half gone; detaching first avoids that,
        and stops the document (which may outlive the scene) calling it.
        """
        if self.document is not None:
            self.document.unsubscribe(self._on_change)
        if self.map_editor is not None and self._following_editor:
            self._following_editor = False
            self.map_editor.documentReplaced.disconnect(self._show_document)
            self.map_editor.message.disconnect(self.statusMessage)
            self.map_editor.undo_stack.indexChanged.disconnect(self._after_step)
        self.cancel_edit()
        self.cancel_interaction()  # a window closed mid-drag: the drag's pause of the collector ends here
        self.blockSignals(True)
        self.clearSelection()
        self._geometry_timer.stop()

    def rebuild(self) -> None:
        """Drop every model item and build them again from the document."""
        with cycle_collector_paused():  # tens of thousands of items, no garbage cycles
            self._rebuild_items()

    def _rebuild_items(self) -> None:
        self.handle_item.attach(None, 1)
        for item in [*self.connection_items.values(), *self.card_items.values(), *self.header_items.values()]:
            self.removeItem(item)
        for item in self.connection_items.values():
            if item.caption_item() is not None:
                self.removeItem(item.caption_item())
        self.card_items.clear()
        self.connection_items.clear()
        self.header_items.clear()
        self.index_after_paint()  # the first paint goes through the items; the tree is built after it
        self.focus_cell = first_cell(self.document)  # keyboard entry starts here when a map opens
        personas, rtl = self._persona_colors(), self.is_rtl()
        # Made, placed and routed before they join the scene: each then enters the index once,
        # where it will stay, instead of entering empty and moving (a third of a rebuild).
        self._adding_later = []
        for card in self.document.cards():
            self._add_card_item(card.id, personas, rtl)
        for conn in self.document.connections():
            self._add_connection_item(conn.id)
        self._dirty = True
        self._routes_dirty = True
        self.connection_layer.forget()  # nothing of the last map's connections may stay drawn
        self.apply_geometry()
        waiting, self._adding_later = self._adding_later, None
        add = self.addItem
        for item in waiting:
            add(item)
        for item in self.connection_items.values():
            label = item.caption_item()
            if label is not None and label.scene() is None:
                add(label)
                if self.overview_mode:
                    label.set_overview_mode(True)

    def _on_change(self, event: ChangeEvent) -> None:
        if self.interaction is not None and self.interaction.active:
            self.cancel_interaction()  # the map changed under a drag (Delete, an undo by key): the drag is off
        self._EVENT_HANDLERS[event.kind](self, event.ids)
        if event.kind not in (EventKind.CARD_CHANGED, EventKind.PERSONA):
            self._routes_dirty = True  # an edited title alone changes no route unless a card box moves
        self._mark_dirty()

    def _after_step(self, _index: int) -> None:
        """Each undo-stack step ends with one geometry pass (not one per event)."""
        self.apply_geometry()

    def _mark_dirty(self) -> None:
        self._dirty = True
        if not self._geometry_timer.isActive():
            self._geometry_timer.start(0)

    def _on_card_added(self, ids) -> None:
        for card_id in ids:
            self._add_card_item(card_id)

    def _on_card_removed(self, ids) -> None:
        for card_id in ids:
            item = self.card_items.pop(card_id, None)
            if item is not None:
                if self.handle_item.parentItem() is item:
                    self.handle_item.attach(None, 1)
                self.removeItem(item)

    def _on_card_changed(self, ids) -> None:
        for card_id in ids:
            self._refresh_card(card_id)

    def _on_card_moved(self, ids) -> None:
        for card_id in ids:
            self._refresh_card(card_id)  # the kind follows the lane

    def _on_connection_added(self, ids) -> None:
        for conn_id in ids:
            self._add_connection_item(conn_id)

    def _on_connection_removed(self, ids) -> None:
        for conn_id in ids:
            item = self.connection_items.pop(conn_id, None)
            if item is not None:
                item.source.connections.discard(item)
                item.target.connections.discard(item)
                if item.caption_item() is not None:
                    self.removeItem(item.caption_item())
                self.removeItem(item)
                self.connection_layer.invalidate()

    def _on_connection_changed(self, ids) -> None:
        for conn_id in ids:
            item = self.connection_items[conn_id]
            item.set_connection(self.document.connection(conn_id))
            item.rebuild(self.free_label_spot)

    def _on_reset(self, ids) -> None:
        self.rebuild()

    def _on_grid_or_personas_or_info(self, ids) -> None:
        self._refresh_all_cards()  # a card's kind follows its lane; its colours the personas; its text the direction

    _EVENT_HANDLERS = {
        EventKind.CARD_ADDED: _on_card_added,
        EventKind.CARD_REMOVED: _on_card_removed,
        EventKind.CARD_CHANGED: _on_card_changed,
        EventKind.CARD_MOVED: _on_card_moved,
        EventKind.CONNECTION_ADDED: _on_connection_added,
        EventKind.CONNECTION_REMOVED: _on_connection_removed,
        EventKind.CONNECTION_CHANGED: _on_connection_changed,
        EventKind.GRID: _on_grid_or_personas_or_info,
        EventKind.PERSONA: _on_grid_or_personas_or_info,
        EventKind.MAP_INFO: _on_grid_or_personas_or_info,
        EventKind.RESET: _on_reset,
    }

    # ----------------------------------------------------------------- items
    def is_rtl(self) -> bool:
        return self.document.info.direction == "rtl"

    def card_color(self, card_id: str) -> tuple[str, str]:
        """(card kind, fill colour): touchpoints take their lane's colour."""
        doc = self.document
        lane = doc.lane(doc.card(card_id).lane)
        kind = doc.card_kind(card_id)
        if kind == "touchpoint":
            return kind, lane.color or LANE_KIND_COLORS.get(lane.kind, CARD_KIND_COLORS["touchpoint"])
        return kind, CARD_KIND_COLORS.get(kind, style.FALLBACK_CARD)

    def _persona_colors(self) -> dict[str, str]:
        return {p.id: p.color for p in self.document.personas()}

    def _add_card_item(self, card_id: str, personas: dict[str, str] | None = None, rtl: bool | None = None) -> None:
        kind, color = self.card_color(card_id)
        card = self.document.card(card_id)
        personas = self._persona_colors() if personas is None else personas
        item = CardItem(card, kind, color, self.texts, self.is_rtl() if rtl is None else rtl, personas)
        if self.overview_mode:
            item.set_overview_mode(True)
        self.card_items[card_id] = item
        self._add_now_or_later(item)

    def _refresh_card(self, card_id: str) -> None:
        item = self.card_items.get(card_id)
        if item is not None:
            kind, color = self.card_color(card_id)
            item.set_card(self.document.card(card_id), kind, color, self.is_rtl(), self._persona_colors())

    def _refresh_all_cards(self) -> None:
        personas = self._persona_colors()
        rtl = self.is_rtl()
        for card_id, item in self.card_items.items():
            kind, color = self.card_color(card_id)
            item.set_card(self.document.card(card_id), kind, color, rtl, personas)

    def _add_connection_item(self, conn_id: str) -> None:
        conn = self.document.connection(conn_id)
        source, target = self.card_items[conn.source], self.card_items[conn.target]
        item = ConnectionItem(conn, source, target)
        source.connections.add(item)
        target.connections.add(item)
        self.connection_items[conn_id] = item
        self._add_now_or_later(item)  # its caption's item is made by its first route, if it has a caption

    _adding_later: list | None = None  # while a rebuild makes items: added once placed

    def _add_now_or_later(self, item) -> None:
        if self._adding_later is not None:
            self._adding_later.append(item)
        else:
            self.addItem(item)

    # ----------------------------------------------------------------- queries
    def cell_at(self, scene_pos: QPointF) -> tuple[str, str] | None:
        self.apply_geometry()
        return self.layout.cell_at(scene_pos.x(), scene_pos.y())

    def map_rect(self) -> QRectF:
        return QRectF(0, 0, self.layout.width, self.layout.height)

    def cell_rect(self, step_id: str, lane_id: str) -> QRectF:
        box = self.layout.cell(step_id, lane_id)
        return QRectF(box.x, box.y, box.w, box.h)

    # ----------------------------------------------------------------- selection
    def selected_card_ids(self) -> list[str]:
        ids = [item.card_id for item in self.selectedItems() if isinstance(item, CardItem)]
        return sorted(ids, key=self.document.timeline_key)

    def selected_connection_ids(self) -> list[str]:
        return sorted(item.conn_id for item in self.selectedItems() if isinstance(item, ConnectionItem))

    def select_ids(self, ids: Iterable[str]) -> None:
        """Select exactly the cards, connections and headers with these ids."""
        wanted = set(ids)
        self.clearSelection()
        for mapping in (self.card_items, self.connection_items, self.header_items):
            for model_id in wanted & mapping.keys():
                mapping[model_id].setSelected(True)

    def selection_target(self) -> tuple[str, str | None]:
        selected = self.selectedItems()
        if len(selected) == 1:
            item = selected[0]
            if isinstance(item, CardItem):
                return ("card", item.card_id)
            if isinstance(item, ConnectionItem):
                return ("connection", item.conn_id)
            if isinstance(item, HeaderItem):
                return (item.part, item.model_id)
        cards = self.selected_card_ids()
        if selected and len(cards) == len(selected):
            return ("card", cards[0])
        return ("map", None)

    # ----------------------------------------------------------------- export
    @contextmanager
    def export_mode(self) -> Iterator[None]:
        """While exporting: no selection marks, handles, hover or focus frame, and no bitmap caches."""
        self.apply_geometry()
        self.cancel_edit()
        overview = self.overview_mode
        self.set_overview(False)  # pictures are drawn in full, whatever the view's zoom
        cached = [item for item in self.items() if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
        modes = [item.cacheMode() for item in cached]
        handle_visible = self.handle_item.isVisible()
        self.exporting = True
        self.handle_item.setVisible(False)
        self.marker_item.setVisible(False)
        for item in cached:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self.update()
        try:
            yield
        finally:
            self.exporting = False
            for item, mode in zip(cached, modes, strict=True):
                item.setCacheMode(mode)
            self.handle_item.setVisible(handle_visible)
            self.set_overview(overview)
            self.update()

    def card_hover_changed(self, card: CardItem, active: bool) -> None:
        """Show the connection handle on the hovered or selected card."""
        if active:
            self.handle_item.attach(card, self.layout.forward_sign())
        elif self.handle_item.card is card:
            self.handle_item.attach(None, 1)
