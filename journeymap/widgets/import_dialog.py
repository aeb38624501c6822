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
from ..model import Card, JourneyDocument
from .labels import lane_kind_name

EMPTY = "\u2014"  # an empty value, shown so that "nothing" is visibly a value
MAX_SHOWN_TEXT = 160
TOOLTIP_FROM = 24  # characters of one value in a cell of the lists; the tooltip has it all


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
        if len(str(value)) > TOOLTIP_FROM or "\n" in str(value):  # a column may cut it short: the whole text on hover
            item.setToolTip(column, str(value))
    return item


class ImportPreviewDialog(QDialog):
    """Shows a ``Preview``; after ``exec`` its ``choices()`` and ``deletions()`` say what to apply."""

    def __init__(self, preview: Preview, parent: QWidget | None = None, new_map: JourneyDocument | None = None) -> None:
        """``new_map``: the map a spreadsheet would start (its cards and lanes are listed), else an import."""
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
        source = f"<b>{html.escape(p.source)}</b>"
        if self.new_map is not None:
            return self._new_map_summary(source)
        added, changed, deleted = len(p.added), len(p.changed), len(p.deleted)
        conflicts, errors, unchanged = len(p.conflicts), len(p.errors), p.unchanged
        parts = [self.tr("%n added", None, added), self.tr("%n changed", None, changed),
                 self.tr("%n deleted in the workbook", None, deleted), self.tr("%n in conflict", None, conflicts),
                 self.tr("%n with errors", None, errors), self.tr("%n unchanged", None, unchanged)]
        text = self.tr("From %1: %2.").replace("%2", html.escape(self.tr(", ").join(parts))).replace("%1", source)
        if p.is_no_change():
            nothing = self.tr("Nothing to import: the map already holds everything in the workbook.")
            text += "<br>" + html.escape(nothing)
        return text

    def _new_map_summary(self, source: str) -> str:
        doc = self.new_map
        stages, steps, lanes = len(doc.stages()), len(doc.steps()), len(doc.lanes())
        cards, connections, personas = doc.card_count(), doc.connection_count(), len(doc.personas())
        errors = len(self.preview.errors)
        parts = [self.tr("%n stage(s)", None, stages), self.tr("%n step(s)", None, steps),
                 self.tr("%n lane(s)", None, lanes), self.tr("%n card(s)", None, cards),
                 self.tr("%n connection(s)", None, connections), self.tr("%n persona(s)", None, personas),
                 self.tr("%n row(s) with errors", None, errors)]
        text = self.tr("A new map from %1: %2.").replace("%2", html.escape(self.tr(", ").join(parts)))
        return text.replace("%1", source)

    def _add_tabs(self) -> None:
        if self.new_map is not None:
            self._cards_tab(self.new_map)
            self._lanes_tab(self.new_map)
        else:
            self._changes_tab()
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

    def _cards_tab(self, doc: JourneyDocument) -> None:
        tree = _tree([self.tr("Row"), self.tr("Card"), self.tr("Stage"), self.tr("Step"), self.tr("Lane"),
                      self.tr("Emotion")])
        for item in self.preview.added:
            card = item.item
            if not isinstance(card, Card) or not doc.has_card(card.id):
                continue
            card = doc.card(card.id)  # with the score its step's emotion row gave it
            emotion = "" if card.emotion is None else f"{card.emotion:+d}" if card.emotion else "0"
            _row(tree, [item.row or "", card.title, doc.stage_of_step(card.step).name, doc.step(card.step).name,
                        doc.lane(card.lane).name, emotion])
        self._tab(tree, "cards", self.tr("Cards (%1)"))

    def _lanes_tab(self, doc: JourneyDocument) -> None:
        """Each lane with the kind its name was read as: the one guess the user should look at."""
        tree = _tree([self.tr("Lane"), self.tr("Read as"), self.tr("Cards")])
        counts: dict[str, int] = {}
        for card in doc.cards():
            counts[card.lane] = counts.get(card.lane, 0) + 1
        for lane in doc.lanes():
            _row(tree, [lane.name, lane_kind_name(lane.kind), counts.get(lane.id, 0)])
        self._tab(tree, "lanes", self.tr("Lanes (%1)"))

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
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Rows removed from the workbook; tick the items to delete from the map:")), 1)
        for text, delete, name in ((self.tr("Delete All"), True, "delete_all"), (self.tr("Keep All"), False,
                                                                                  "keep_all")):
            button = QPushButton(text)
            button.setObjectName(f"deletions_{name}")
            button.clicked.connect(lambda _checked=False, d=delete: self.set_all_deletions(d))
            row.addWidget(button)
        layout.addLayout(row)
        layout.addWidget(tree)
        self._tab(tree, "deletions", self.tr("Deleted in the workbook (%1)"), page)

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

    def set_all_deletions(self, delete: bool) -> None:
        for item_id in self._deletion_items:
            self.set_deletion(item_id, delete)

    def deletions(self) -> set[str]:
        return {item_id for item_id, item in self._deletion_items.items()
                if item.checkState(0) == Qt.CheckState.Checked}

    def _update_button(self) -> None:
        unresolved = len(self._conflict_boxes) - len(self.choices())
        if self.new_map is not None:
            nothing = self.new_map.card_count() == 0 and not self.new_map.stages()
        else:
            nothing = self.preview.is_no_change()
        self.import_button.setEnabled(unresolved == 0 and not nothing)
        hint = self.tr("Choose a value for each conflict first (%n left)", None, unresolved) if unresolved else ""
        self.hint.setText(hint)
        self.import_button.setToolTip(hint)
