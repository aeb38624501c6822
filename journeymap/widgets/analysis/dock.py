"""The Analysis panel (View → Analysis): paths, drop-offs, stages, loops and channel switches.

Its widgets are made when it is first shown (or first asked for), and the modules that word
the figures load then: a window whose panel stays hidden starts without them. It shows the
latest figures of its runner. Clicking a path highlights it on the canvas
and draws its emotion curve; clicking a drop-off, an unreachable card or a loop selects
that card and brings it into view. The panel looks at the map; it never changes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

WARNING_STYLE = (
    "QScrollArea#analysis_warnings_box { background: #FFF4D6; border: 1px solid #E8C77A; border-radius: 4px; }"
    " QScrollArea#analysis_warnings_box > QWidget > QWidget { background: transparent; }"
    " QLabel#analysis_warnings { background: transparent; padding: 6px; }"
)
WARNING_LINES = 4  # lines of warnings in view at most; a map with more scrolls them, the tabs keep their room


def _tree(columns: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(columns)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    for column in range(2, len(columns)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return tree


class AnalysisDock(QDockWidget):
    pathChosen = Signal(object)  # a PathInfo, or None to show the whole map again
    cardChosen = Signal(str)
    loopChosen = Signal(object)  # a Loop, shown on the canvas as a path is
    entryChosen = Signal(object)  # a card id, or None for every entry
    overlayToggled = Signal(bool)

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Analysis"), parent)
        self.setObjectName("dock_analysis")
        self.result = None
        self.snapshot = None
        self._entries: list[str] | None = None
        self.built = False

    def __getattr__(self, name: str):
        """The panel's widgets (``paths``, ``stages``…), made on first use."""
        if name.startswith("_") or self.__dict__.get("built", True):
            raise AttributeError(name)
        self._build()
        return getattr(self, name)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self.built:
            self._build()
        super().showEvent(event)

    # ----------------------------------------------------------------- building
    def _build(self) -> None:
        self.built = True
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(self._controls())
        self.status = QLabel(body)
        self.status.setObjectName("analysis_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.warnings = QLabel()
        self.warnings.setObjectName("analysis_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings_box = QScrollArea(body)
        self.warnings_box.setObjectName("analysis_warnings_box")
        self.warnings_box.setWidgetResizable(True)
        self.warnings_box.setWidget(self.warnings)
        self.warnings_box.setStyleSheet(WARNING_STYLE)
        self.warnings_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.warnings_box.hide()
        layout.addWidget(self.warnings_box)
        self.tabs = QTabWidget(body)
        self.tabs.setObjectName("analysis_tabs")
        self.tabs.addTab(self._paths_tab(), self.tr("Paths"))
        self.tabs.addTab(self._leaks_tab(), self.tr("Drop-offs"))
        self.tabs.addTab(self._stages_tab(), self.tr("Stages"))
        self.tabs.addTab(self._loops_tab(), self.tr("Loops and channels"))
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)

    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("Entry:"))
        self.entry_combo = QComboBox()
        self.entry_combo.setObjectName("analysis_entry")
        self.entry_combo.setToolTip(self.tr("Where customers come in: every entry card, split evenly, or one"))
        self.entry_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.entry_combo.setMinimumContentsLength(28)
        self.entry_combo.currentIndexChanged.connect(self._entry_changed)
        label.setBuddy(self.entry_combo)
        self.overlay_box = QCheckBox(self.tr("Show reach on the map"))
        self.overlay_box.setObjectName("analysis_overlay")
        self.overlay_box.toggled.connect(self.overlayToggled)
        row.addWidget(label)
        row.addWidget(self.entry_combo)
        row.addSpacing(16)
        row.addWidget(self.overlay_box)
        row.addStretch(1)
        self.updating = QLabel(self.tr("Updating…"))
        self.updating.setObjectName("analysis_updating")
        self.updating.setEnabled(False)  # drawn muted: a hint, not a message
        self.updating.hide()
        row.addWidget(self.updating)
        return row

    def _paths_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        columns = [self.tr("Share"), self.tr("Path"), self.tr("Lowest emotion"), self.tr("Channel switches")]
        self.paths = _tree(columns, "analysis_paths")
        self.paths.itemSelectionChanged.connect(self._path_selected)
        splitter.addWidget(self.paths)
        self.path_details = QLabel()
        self.path_details.setObjectName("analysis_path_details")
        self.path_details.setWordWrap(True)
        self.path_details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.path_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        splitter.addWidget(self.path_details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        self.more = QLabel()
        self.more.setObjectName("analysis_more")
        self.more.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Show Whole Map"))
        self.clear_button.setObjectName("analysis_clear_path")
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self._show_whole_map)
        bottom.addWidget(self.more, 1)
        bottom.addWidget(self.clear_button)
        layout.addLayout(bottom)
        return page

    def _leaks_tab(self) -> QWidget:
        self.leaks = _tree([self.tr("Share"), self.tr("Card"), self.tr("What happens")], "analysis_leaks")
        self.leaks.itemActivated.connect(self._card_clicked)
        self.leaks.itemClicked.connect(self._card_clicked)
        return self.leaks

    def _stages_tab(self) -> QWidget:
        from . import fill

        self.stages = QTableWidget(0, len(fill.STAGE_COLUMNS))
        self.stages.setObjectName("analysis_stages")
        self.stages.setHorizontalHeaderLabels(fill.stage_headers())
        self.stages.verticalHeader().hide()
        self.stages.setAlternatingRowColors(True)
        self.stages.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stages.setWordWrap(False)
        return self.stages

    def _loops_tab(self) -> QWidget:
        page = QSplitter(Qt.Orientation.Vertical)
        self.loops = _tree([self.tr("Go round"), self.tr("Loop")], "analysis_loops")
        self.loops.itemClicked.connect(self._loop_clicked)
        self.switches = _tree([self.tr("Per 100"), self.tr("Channel switch")], "analysis_switches")
        page.addWidget(self.loops)
        page.addWidget(self.switches)
        return page

    # ----------------------------------------------------------------- showing
    def show_status(self, text: str) -> None:
        self.updating.hide()
        self.status.setText(text)

    def show_updating(self) -> None:
        self.updating.show()

    def show_result(self, result, snapshot, persona_name: str | None) -> None:
        from ...io import analysis_text as words
        from . import fill

        self.updating.hide()
        chosen = self.chosen_path()
        self.result, self.snapshot = result, snapshot
        self._fill_entries(result, snapshot)
        self.paths.blockSignals(True)
        fill.fill_paths(self.paths, snapshot, result)
        self.paths.blockSignals(False)
        fill.fill_leaks(self.leaks, snapshot, result)
        fill.fill_stages(self.stages, snapshot, result)
        fill.fill_loops(self.loops, snapshot, result)
        fill.fill_switches(self.switches, snapshot, result)
        self.more.setText(words.more_text(result.more_paths))
        texts = [words.warning_text(snapshot, w) for w in result.warnings]
        self.warnings.setText("\n".join("• " + t for t in texts))
        self.warnings_box.setVisible(bool(texts))
        self._fit_warnings()
        self.status.setText(self._summary(result, snapshot, persona_name))
        self._reselect(chosen)

    def _fit_warnings(self) -> None:
        """The box as high as its warnings take, wrapped at its width, up to WARNING_LINES lines: more scroll."""
        width = self.warnings_box.viewport().width()
        needed = self.warnings.heightForWidth(width) if width > 0 else -1
        if needed < 0:
            needed = self.warnings.sizeHint().height()
        most = self.warnings.fontMetrics().lineSpacing() * WARNING_LINES + 12  # and the label's padding
        self.warnings_box.setFixedHeight(min(needed, most) + 2 * self.warnings_box.frameWidth())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.built and self.warnings_box.isVisible():
            self._fit_warnings()  # narrower, the same warnings wrap onto more lines

    def _summary(self, result, snapshot, persona_name: str | None) -> str:
        from ...io import analysis_text as words

        if not snapshot.connection_count():
            return self.tr("Connect cards to see the paths customers take.")
        count = len(result.entries)
        text = self.tr("%n entry card(s)", None, count)
        if result.entry is not None:
            text = self.tr("Everyone enters at “%1”").replace("%1", words.card_name(snapshot, result.entry))
        if persona_name:
            text = self.tr("%1 · persona %2").replace("%1", text).replace("%2", persona_name)
        return text

    def _fill_entries(self, result, snapshot) -> None:
        from ...io import analysis_text as words

        candidates = list(result.entries) if result.entry is None else self._entries or [result.entry]
        if candidates == self._entries:
            return
        self._entries = candidates
        self.entry_combo.blockSignals(True)
        current = self.entry_combo.currentData()
        self.entry_combo.clear()
        self.entry_combo.addItem(self.tr("All entry cards"), None)
        for card_id in candidates:
            self.entry_combo.addItem(words.card_name(snapshot, card_id), card_id)
        index = self.entry_combo.findData(current)
        self.entry_combo.setCurrentIndex(max(0, index))
        self.entry_combo.blockSignals(False)

    def _reselect(self, chosen) -> None:
        """Keep the same journey chosen when fresh figures come (if it is still among them)."""
        if chosen is None:
            self._path_selected()
            return
        for row, path in enumerate(self.result.paths):
            if path.cards == chosen.cards and path.connections == chosen.connections:
                self.paths.topLevelItem(row).setSelected(True)
                self._path_selected()
                return
        self.paths.clearSelection()
        self._path_selected()

    # ----------------------------------------------------------------- choosing
    def chosen_path(self):
        from . import fill

        items = self.paths.selectedItems()
        if not items or self.result is None:
            return None
        index = items[0].data(0, fill.ROLE)
        return self.result.paths[index] if 0 <= index < len(self.result.paths) else None

    def _path_selected(self) -> None:
        from ...io import analysis_text as words

        path = self.chosen_path()
        self.clear_button.setEnabled(path is not None)
        if path is None:
            self.path_details.setText(self.tr("Click a path to see it on the map with its emotion curve."))
        else:
            self.path_details.setText(words.path_details(self.snapshot, path))
        self.pathChosen.emit(path)

    def _card_clicked(self, item, _column=0) -> None:
        from . import fill

        card_id = item.data(0, fill.ROLE)
        if card_id:
            self.cardChosen.emit(card_id)

    def _show_whole_map(self) -> None:
        self.paths.clearSelection()
        self.loops.clearSelection()
        self.clear_button.setEnabled(False)
        self.pathChosen.emit(None)

    def _loop_clicked(self, item, _column=0) -> None:
        """A loop is shown like a path: its cards and connections, the rest faded."""
        from . import fill

        index = item.data(0, fill.ROLE)
        if self.result is not None and 0 <= index < len(self.result.loops):
            self.paths.clearSelection()
            self.loopChosen.emit(self.result.loops[index])

    def _entry_changed(self, _index: int) -> None:
        self.entryChosen.emit(self.entry_combo.currentData())
