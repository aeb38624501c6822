"""The scene's item index (Qt's BSP tree) is built just after a rebuilt map is first painted.

Filing every item of a map of 1,000 cards in the tree takes some 25 ms (a curve across
the map is filed under every cell of the tree it crosses), and Qt does it at the first
lookup: the first paint. Until the tree is built the scene has no index, and the first
paint goes through every item instead, which costs less, once, than building the tree.
The tree is built in the event loop's next turn after a view has painted the map (not
after a fixed wait: a map of 10,000 cards takes longer than any such wait to build and
show). A scene no view paints, an export's, keeps looking through its items, which gives
the same answers as the tree, only slower.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QTimer
from PySide6.QtWidgets import QGraphicsScene

# Qt picks a BSP depth from the item count (15 for the 30,000 items of a 10,000-card map):
# its tiny leaves made the index's first build take 0.6 s, as every long connection was
# filed under hundreds of them. At 10, the build takes 0.17 s and lookups cost the same.
BSP_TREE_DEPTH = 10

_TREE = QGraphicsScene.ItemIndexMethod.BspTreeIndex
_NONE = QGraphicsScene.ItemIndexMethod.NoIndex


class DeferredIndexMixin:
    """Mixed into JourneyScene: ``index_after_paint`` before a rebuild makes its items."""

    _index_pending = False

    def _init_index(self) -> None:
        self.setItemIndexMethod(_TREE)
        self.setBspTreeDepth(BSP_TREE_DEPTH)

    def index_after_paint(self) -> None:
        """Drop the tree now, while the scene is (nearly) empty; build it after the next paint."""
        if self._index_pending:
            return
        self._index_pending = True
        self.setItemIndexMethod(_NONE)

    def painted(self) -> None:
        """A view has painted this scene (its drawForeground calls this)."""
        if self._index_pending:
            QTimer.singleShot(0, self, self.build_index)

    def index_pending(self) -> bool:
        return self._index_pending

    def build_index(self) -> None:
        """Build the tree now, every item filed (not at the first hover or click)."""
        if not self._index_pending:
            return
        self._index_pending = False
        self._init_index()
        # a tree made after the scene's rectangle was set does not know it (its cells would cover
        # nothing and every item would be filed in one): tell it, by setting the rectangle anew
        rect = self.sceneRect()
        self.setSceneRect(rect.adjusted(0, 0, 1, 1))
        self.setSceneRect(rect)
        self.items(QRectF(0, 0, 1, 1))  # a lookup files every item
