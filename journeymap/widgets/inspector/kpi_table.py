"""The KPIs of a card as an editable table: name, value, unit, one row per KPI."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model import Kpi

VALUE_LIMIT = 1e12


class _ValueDelegate(QStyledItemDelegate):
    """Values are numbers: edited in a spin box, so text can never reach the model."""

    def createEditor(self, parent, option, index):
        editor = QDoubleSpinBox(parent)
        editor.setRange(-VALUE_LIMIT, VALUE_LIMIT)
        editor.setDecimals(2)
        editor.setFrame(False)
        return editor


class KpiTable(QWidget):
    changed = Signal(tuple)  # the new tuple of Kpi

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("kpi_table")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Value"), self.tr("Unit")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setItemDelegateForColumn(1, _ValueDelegate(self.table))
        self.table.itemChanged.connect(self._edited)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QToolButton(self)
        self.add_button.setObjectName("kpi_add")
        self.add_button.setText(self.tr("Add KPI"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("kpi_remove")
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._loading = False
        self._kpis: tuple[Kpi, ...] = ()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._fit_height()
        self._update_buttons()

    def set_kpis(self, kpis: tuple[Kpi, ...]) -> None:
        if kpis == self._kpis and self.table.rowCount() == len(kpis):
            return
        self._kpis = tuple(kpis)
        self._loading = True
        try:
            self.table.setRowCount(len(kpis))
            for row, kpi in enumerate(kpis):
                self._set_cell(row, 0, kpi.name)
                self._set_cell(row, 1, float(kpi.value))
                self._set_cell(row, 2, kpi.unit)
        finally:
            self._loading = False
        self._fit_height()
        self._update_buttons()

    def _fit_height(self) -> None:
        """As tall as its rows (up to a limit); no empty table at all when the card has no KPIs."""
        rows = self.table.rowCount()
        self.table.setVisible(rows > 0)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(min(header + rows * self.table.verticalHeader().defaultSectionSize(), 220) + 4)

    def _set_cell(self, row: int, column: int, value) -> None:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, column, item)
        if item.data(Qt.ItemDataRole.EditRole) != value:
            item.setData(Qt.ItemDataRole.EditRole, value)

    def _read(self) -> tuple[Kpi, ...]:
        kpis = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 0).data(Qt.ItemDataRole.EditRole) or ""
            value = self.table.item(row, 1).data(Qt.ItemDataRole.EditRole)
            unit = self.table.item(row, 2).data(Qt.ItemDataRole.EditRole) or ""
            try:
                number = float(value)
            except (TypeError, ValueError):
                number = self._kpis[row].value if row < len(self._kpis) else 0.0
            kpis.append(Kpi(str(name).strip(), number, str(unit).strip()))
        return tuple(kpis)

    def _edited(self, _item) -> None:
        if self._loading:
            return
        kpis = self._read()
        if kpis != self._kpis:
            self._kpis = kpis
            self.changed.emit(kpis)

    def _add(self) -> None:
        kpis = self._kpis + (Kpi(self.tr("New KPI"), 0.0, ""),)
        self.changed.emit(kpis)
        self.table.setCurrentCell(len(kpis) - 1, 0)
        item = self.table.item(len(kpis) - 1, 0)
        if item is not None:
            self.table.editItem(item)

    def _remove(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentRow() >= 0:
            rows = {self.table.currentRow()}
        if rows:
            self.changed.emit(tuple(kpi for row, kpi in enumerate(self._kpis) if row not in rows))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.rowCount() > 0 and self.table.currentRow() >= 0)
