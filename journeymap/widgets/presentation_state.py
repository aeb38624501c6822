"""What presentation mode must put back: the window's size and state, which bars and docks
were showing, and where the view was looking."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QPointF, QRect, Qt
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QDockWidget, QToolBar


@dataclass
class WindowSnapshot:
    state: Qt.WindowState
    geometry: QByteArray
    rect: QRect
    dock_state: QByteArray
    visible: dict  # widget -> was it visible
    transform: QTransform
    center: QPointF
    scroll_policies: tuple

    @classmethod
    def take(cls, window) -> WindowSnapshot:
        view = window.view
        bars = [window.menuBar(), window.statusBar(), *window.findChildren(QToolBar), *window.findChildren(QDockWidget)]
        return cls(
            state=window.windowState(),
            geometry=window.saveGeometry(),
            rect=window.geometry(),
            dock_state=window.saveState(),
            visible={widget: widget.isVisible() for widget in bars},
            transform=view.transform(),
            center=view.mapToScene(view.viewport().rect().center()),
            scroll_policies=(view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy()),
        )

    def restore(self, window) -> None:
        view = window.view
        for widget, visible in self.visible.items():
            widget.setVisible(visible)
        if self.state & Qt.WindowState.WindowMaximized:
            window.showMaximized()
        else:
            window.showNormal()
            window.restoreGeometry(self.geometry)
            window.setGeometry(self.rect)  # exactly where it was, whatever the frame the platform reports
        window.restoreState(self.dock_state)
        view.setHorizontalScrollBarPolicy(self.scroll_policies[0])
        view.setVerticalScrollBarPolicy(self.scroll_policies[1])
        view.setTransform(self.transform)
        view.centerOn(self.center)
        view.zoomChanged.emit(view.zoom_factor())
