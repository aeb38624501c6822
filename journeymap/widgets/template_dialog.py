"""File → New from Template…: pick one of the bundled templates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..io.templates import DEFAULT_TEMPLATE, template_names
from .new_maps import template_display_title
from .settings import settings

LAST_TEMPLATE = "templates/last"  # the template chosen last time, offered first next time


class TemplateDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from Template"))
        self.setObjectName("template_dialog")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start a new map from:"), self))
        self.list = QTreeWidget(self)
        self.list.setObjectName("template_list")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([self.tr("Map"), self.tr("Template")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(False)
        wanted = str(settings().value(LAST_TEMPLATE, DEFAULT_TEMPLATE, str) or DEFAULT_TEMPLATE)
        for name in template_names():
            try:
                title = template_display_title(name)
            except (KeyError, ValueError):
                continue  # a damaged bundled template is left out rather than offered
            item = QTreeWidgetItem(self.list, [title, name])
            item.setData(0, Qt.ItemDataRole.UserRole, name)
            item.setToolTip(0, title)
            item.setForeground(1, self.palette().placeholderText())
            if name == wanted:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 340)

    def names(self) -> list[str]:
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in items]

    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    @classmethod
    def choose(cls, parent: QWidget | None = None) -> str | None:
        """Show the dialog; the chosen template's name, or None when cancelled."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        name = dialog.selected_name()
        if name:
            settings().setValue(LAST_TEMPLATE, name)
        return name
