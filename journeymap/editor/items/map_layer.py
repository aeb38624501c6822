"""An item as large as the whole map that draws many things at once (connections, the overview, a drag's picture).

Its rectangle is the map's, set when the layout changes and never while a drag runs, so
the scene's index never moves it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem

from ..drawing_modes import ModesHanded


class MapLayerItem(ModesHanded, QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)

    def boundingRect(self) -> QRectF:
        return self._rect
