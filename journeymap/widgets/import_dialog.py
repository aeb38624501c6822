"""The preview of an import: what the workbook would change, before anything changes.

Tabs list the changes (added, and changed field by field, old → new), the conflicts
(the exported, map and workbook values side by side, each resolved on its own or all at
once), the deletions (each applied only when ticked), the errors by row and column, and
the warnings. Import stays disabled until every conflict has a choice.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..io.xlsx_import import Preview
from ..io.xlsx_import.fields import field_label, sheet_label

EMPTY = "\u2014"  # an empty value, shown so that "nothing" is visibly a value
MAX_SHOWN_TEXT = 160  # characters of one value in a cell of the lists; the tooltip has it all


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _short(text: str) -> str:
    text = " ".join(str(text).split())
    if text[:1] in "+-\u2212" and text[1:2].isdigit():
        text = "\u200e" + text  # a signed score keeps its sign in front in a right-to-left dialog
    return text if len(text) <= MAX_SHOWN_TEXT else text[: MAX_SHOWN_TEXT - 1] + "…"


def _tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setWordWrap(False)
    header = tree.header()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return tree


def _row(tree: QTreeWidget, values: list) -> QTreeWidgetItem:
    item = QTreeWidgetItem(tree, [_short(v) for v in values])
    for column, value in enumerate(values):
        if len(str(value)) > MAX_SHOWN_TEXT or "\n" in str(value):
            item.setToolTip(column, str(value))
    return item


class ImportPreviewDialog(QDialog):
    """Shows a ``Preview``; after ``exec`` its ``choices()`` and ``deletions()`` say what to apply."""

    def __init__(self, preview: Preview, parent: QWidget | None = None, new_map: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview_dialog")
        self.preview = preview
        self.new_map = new_map
        self._conflict_boxes: dict[str, QComboBox] = {}
        self._deletion_items: dict[str, QTreeWidgetItem] = {}
        self.setWindowTitle(self.tr("New Map from Spreadsheet") if new_map else self.tr("Import from Excel"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary_text())
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._add_tabs()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        label = self.tr("Create Map") if new_map else self.tr("Import")
        self.import_button = self.buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_button")
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel()
        self.hint.setObjectName("import_hint")
        self.hint.setStyleSheet("color: #8A4B08;")  # a dark amber: something to do, not an error
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._update_button()

    # ------------------------------------------------------------------ building
    def _summary_text(self) -> str:
        p = self.preview
        added, changed, deleted = len(p.added), len(p.changed), len(p.deleted)
        conflicts, errors, unchanged = len(p.conflicts), len(p.errors), p.unchanged
        parts = [self.tr("%n added", None, added), self.tr("%n changed", None, changed)]
        if not self.new_map:
            parts += [self.tr("%n deleted in the workbook", None, deleted),
                      self.tr("%n in conflict", None, conflicts)]
        parts.append(self.tr("%n with errors", None, errors))
        if not self.new_map:
            parts.append(self.tr("%n unchanged", None, unchanged))
        source = f"<b>{html.escape(p.source)}</b>"
        text = self.tr("From %1: %2.").replace("%2", html.escape(self.tr(", ").join(parts))).replace("%1", source)
        if p.is_no_change() and not self.new_map:
            nothing = self.tr("Nothing to import: the map already holds everything in the workbook.")
            text += "<br>" + html.escape(nothing)
        return text

    def _add_tabs(self) -> None:
        self._changes_tab()
        if not self.new_map:
            self._conflicts_tab()
            self._deletions_tab()
        self._errors_tab()
        self._warnings_tab()
        for index in range(self.tabs.count()):
            if self.tabs.isTabEnabled(index):  # the first list with something in it shows first
                self.tabs.setCurrentIndex(index)
                break

    def _tab(self, tree: QTreeWidget, name: str, title: str, page: QWidget | None = None, widest: int = 320) -> None:
        tree.setObjectName(f"import_{name}")
        count = tree.topLevelItemCount()
        self.tabs.addTab(page or tree, title.replace("%1", str(count)))
        self.tabs.setTabEnabled(self.tabs.count() - 1, count > 0)
        for column in range(tree.columnCount() - 1):
            tree.resizeColumnToContents(column)
            tree.setColumnWidth(column, min(widest, tree.columnWidth(column) + 12))

    def _changes_tab(self) -> None:
        tree = _tree([self.tr("Sheet"), self.tr("Row"), self.tr("Item"), self.tr("Field"), self.tr("Now"),
                      self.tr("After the import")])
        for item in self.preview.added:
            added = _row(tree, [sheet_label(item.sheet, _translate), item.row or "", item.title, self.tr("new"), "",
                                item.where])
            font = added.font(3)
            font.setItalic(True)
            added.setFont(3, font)
        for item in self.preview.changed:
            for change in item.fields:
                _row(tree, [sheet_label(item.sheet, _translate), item.row, item.title,
                            field_label(change.field, _translate), change.old_text or EMPTY,
                            change.new_text or EMPTY])
        self._tab(tree, "changes", self.tr("Changes (%1)"))

    def _conflicts_tab(self) -> None:
        tree = _tree([self.tr("Row"), self.tr("Item"), self.tr("Field"), self.tr("Exported"), self.tr("In the map now"),
                      self.tr("In the workbook"), self.tr("Keep")])
        for conflict in self.preview.conflicts:
            item = _row(tree, [conflict.row, conflict.title, field_label(conflict.field, _translate),
                               conflict.base_text or EMPTY, conflict.map_text or EMPTY, conflict.sheet_text or EMPTY,
                               ""])
            box = QComboBox()
            box.setObjectName(f"conflict_{conflict.key}")
            box.addItem(self.tr("Choose…"), "")
            box.addItem(self.tr("The map's value"), "map")
            box.addItem(self.tr("The workbook's value"), "sheet")
            box.currentIndexChanged.connect(self._update_button)
            tree.setItemWidget(item, 6, box)
            self._conflict_boxes[conflict.key] = box
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Changed both in the map since the export and in the workbook:")), 1)
        for text, choice, name in ((self.tr("Keep All Map Values"), "map", "all_map"),
                                   (self.tr("Take All Workbook Values"), "sheet", "all_sheet")):
            button = QPushButton(text)
            button.setObjectName(f"conflicts_{name}")
            button.clicked.connect(lambda _checked=False, c=choice: self.resolve_all(c))
            button.setEnabled(bool(self.preview.conflicts))
            row.addWidget(button)
        layout.addLayout(row)
        layout.addWidget(tree)
        self._tab(tree, "conflicts", self.tr("Conflicts (%1)"), page, widest=190)

    def _deletions_tab(self) -> None:
        tree = _tree([self.tr("Delete"), self.tr("Sheet"), self.tr("Item")])
        for deleted in self.preview.deleted:
            item = QTreeWidgetItem(tree, ["", sheet_label(deleted.sheet, _translate), _short(deleted.title)])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)  # a deletion happens only when ticked
            self._deletion_items[deleted.id] = item
        self._tab(tree, "deletions", self.tr("Deleted in the workbook (%1)"))

    def _errors_tab(self) -> None:
        tree = _tree([self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Expected")])
        for error in self.preview.errors:
            _row(tree, [sheet_label(error.sheet, _translate), error.row, error.column, error.value,
                        error.expected.render(_translate)])
        self._tab(tree, "errors", self.tr("Errors, not imported (%1)"))

    def _warnings_tab(self) -> None:
        tree = _tree([self.tr("Warning")])
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        for warning in self.preview.warnings:
            _row(tree, [warning.render(_translate)]).setToolTip(0, warning.render(_translate))
        self._tab(tree, "warnings", self.tr("Warnings (%1)"))

    # ------------------------------------------------------------------ choices
    def resolve_all(self, choice: str) -> None:
        for box in self._conflict_boxes.values():
            box.setCurrentIndex(box.findData(choice))

    def resolve(self, key: str, choice: str) -> None:
        box = self._conflict_boxes[key]
        box.setCurrentIndex(box.findData(choice))

    def choices(self) -> dict[str, str]:
        return {key: box.currentData() for key, box in self._conflict_boxes.items() if box.currentData()}

    def set_deletion(self, item_id: str, delete: bool) -> None:
        self._deletion_items[item_id].setCheckState(0, Qt.CheckState.Checked if delete else Qt.CheckState.Unchecked)

    def deletions(self) -> set[str]:
        return {item_id for item_id, item in self._deletion_items.items()
                if item.checkState(0) == Qt.CheckState.Checked}

    def _update_button(self) -> None:
        unresolved = len(self._conflict_boxes) - len(self.choices())
        nothing = self.preview.is_no_change() and not self.new_map
        self.import_button.setEnabled(unresolved == 0 and not nothing and not (self.new_map and not self.preview.added))
        hint = self.tr("Choose a value for each conflict first (%n left)", None, unresolved) if unresolved else ""
        self.hint.setText(hint)
        self.import_button.setToolTip(hint)
