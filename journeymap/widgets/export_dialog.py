"""File → Export…: one dialog for every format, remembering the last choices.

The dialog only gathers an ``ExportRequest``; ``export_actions`` runs it. Options
that do not apply to the chosen format are disabled rather than hidden, so the
dialog keeps its shape while the format changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ..io.export_formats import DPI_RANGE, PICTURE_FORMATS
from ..io.pictures.options import SCREEN_DPI, PictureOptions
from .settings import last_folder, remember_folder_of, settings
from .stage_chooser import StageChooser

FORMATS = ("png", "svg", "pdf", "xlsx", "pptx", "html")
SCALES = (1, 2, 4)  # the size menu's fixed entries; the last entry is a custom DPI
PAGES = ("map", "a4", "a3", "letter")
ORIENTATIONS = ("auto", "landscape", "portrait")
_KEY = "export/"


@dataclass(frozen=True)
class ExportRequest:
    """What the user asked for: a format, a file, and the picture options."""

    format: str
    path: Path
    options: PictureOptions


class ExportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        base_name: str,
        selection: tuple[str, ...] = (),
        stages: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._stages = list(stages or [])
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export Map"))
        self.base_name = base_name or self.tr("journey map")
        self.selected_ids = tuple(selection)
        self._selection_possible = bool(selection)
        self._build()
        self._restore()
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.size_box.currentIndexChanged.connect(self._update_enabled)
        self.page_box.currentIndexChanged.connect(self._update_enabled)
        self._format_changed()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setMinimumWidth(560)
        self.format_box = QComboBox(self)
        self.format_box.setObjectName("export_format")
        names = {
            "png": self.tr("PNG picture"),
            "svg": self.tr("SVG vector picture"),
            "pdf": self.tr("PDF document"),
            "xlsx": self.tr("Excel workbook"),
            "pptx": self.tr("PowerPoint presentation"),
            "html": self.tr("Web page"),
        }
        for name in FORMATS:
            self.format_box.addItem(names[name], name)
        form.addRow(self.tr("&Format:"), self.format_box)

        self.size_box = QComboBox(self)
        self.size_box.setObjectName("export_size")
        for scale in SCALES:
            label = self.tr("%1× (%2 DPI)").replace("%1", str(scale)).replace("%2", str(scale * SCREEN_DPI))
            self.size_box.addItem(label, scale)
        self.size_box.addItem(self.tr("Custom DPI"), 0)
        self.dpi_box = QSpinBox(self)
        self.dpi_box.setObjectName("export_dpi")
        self.dpi_box.setRange(*DPI_RANGE)
        self.dpi_box.setSuffix(self.tr(" DPI"))
        form.addRow(self.tr("&Size:"), self._row(self.size_box, self.dpi_box))

        self.white = QRadioButton(self.tr("&White"), self)
        self.white.setObjectName("export_white")
        self.transparent = QRadioButton(self.tr("&Transparent"), self)
        self.transparent.setObjectName("export_transparent")
        self._group(self.white, self.transparent)
        form.addRow(self.tr("Background:"), self._row(self.white, self.transparent))

        self.whole_map = QRadioButton(self.tr("Whole &map"), self)
        self.whole_map.setObjectName("export_whole_map")
        self.selection = QRadioButton(self.tr("Selected &cards"), self)
        self.selection.setObjectName("export_selection")
        self._group(self.whole_map, self.selection)
        self.whole_map.setChecked(True)
        form.addRow(self.tr("Scope:"), self._row(self.whole_map, self.selection))

        self.title_box = QCheckBox(self.tr("T&itle"), self)
        self.title_box.setObjectName("export_title")
        self.legend_box = QCheckBox(self.tr("&Legend"), self)
        self.legend_box.setObjectName("export_legend")
        form.addRow(self.tr("Include:"), self._row(self.title_box, self.legend_box))
        self._build_picture_choices(form)

        self.page_box = QComboBox(self)
        self.page_box.setObjectName("export_page")
        pages = {
            "map": self.tr("The size of the map"),
            "a4": self.tr("A4"),
            "a3": self.tr("A3"),
            "letter": self.tr("Letter"),
        }
        for page in PAGES:
            self.page_box.addItem(pages[page], page)
        self.orientation_box = QComboBox(self)
        self.orientation_box.setObjectName("export_orientation")
        orientations = {
            "auto": self.tr("The one the map fits best"),
            "landscape": self.tr("Landscape"),
            "portrait": self.tr("Portrait"),
        }
        for orientation in ORIENTATIONS:
            self.orientation_box.addItem(orientations[orientation], orientation)
        form.addRow(self.tr("&Page:"), self._row(self.page_box, self.orientation_box))

        self.stage_chooser = StageChooser(self._stages, self)
        form.addRow(self.tr("S&lides:"), self.stage_chooser)

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("export_path")
        self.path_edit.setMinimumWidth(360)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("export_browse")
        browse.clicked.connect(self._browse)
        form.addRow(self.tr("Sa&ve to:"), self._row(self.path_edit, browse))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export_accept")
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.path_edit.textChanged.connect(lambda text: self.export_button.setEnabled(bool(text.strip())))

    def _build_picture_choices(self, form: QFormLayout) -> None:
        """The emotion lane's curves, and whether a PNG carries the map (the command line's
        --curves and --no-embed)."""
        self.curves_box = QComboBox(self)
        self.curves_box.setObjectName("export_curves")
        self.curves_box.addItem(self.tr("One curve per persona"), "personas")
        self.curves_box.addItem(self.tr("The overall curve"), "overall")
        form.addRow(self.tr("E&motion lane:"), self.curves_box)
        self.embed_box = QCheckBox(self.tr("Embed the &map (the picture opens as an editable map)"), self)
        self.embed_box.setObjectName("export_embed")
        self.embed_box.setChecked(True)
        form.addRow("", self.embed_box)
        # on for the whole map, off for a selection (which would carry only its cards)
        self.whole_map.toggled.connect(self.embed_box.setChecked)

    def _row(self, *widgets: QWidget) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        if not isinstance(widgets[0], QLineEdit):
            layout.addStretch(1)
        return row

    def _group(self, *buttons: QRadioButton) -> None:
        group = QButtonGroup(self)
        for button in buttons:
            group.addButton(button)

    # ------------------------------------------------------------------ state
    def current_format(self) -> str:
        return self.format_box.currentData()

    def _format_changed(self) -> None:
        name = self.current_format()
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix(f".{name}")))
        else:
            self.path_edit.setText(str(Path(last_folder()) / f"{self.base_name}.{name}"))
        self._update_enabled()

    def _update_enabled(self) -> None:
        name = self.current_format()
        picture = name in PICTURE_FORMATS
        self.size_box.setEnabled(name == "png")
        self.dpi_box.setEnabled(name == "png" and self.size_box.currentData() == 0)
        for widget in (self.white, self.transparent, self.whole_map, self.title_box, self.legend_box, self.curves_box):
            widget.setEnabled(picture)
        self.embed_box.setEnabled(name == "png")
        self.selection.setEnabled(picture and self._selection_possible)
        if not self.selection.isEnabled():
            self.whole_map.setChecked(True)
        self.page_box.setEnabled(name == "pdf")
        self.stage_chooser.setEnabled(name == "pptx" and bool(self._stages))
        self.orientation_box.setEnabled(name == "pdf" and self.page_box.currentData() != "map")

    def _browse(self) -> None:
        name = self.current_format()
        filters = {
            "png": self.tr("PNG pictures (*.png)"),
            "svg": self.tr("SVG pictures (*.svg)"),
            "pdf": self.tr("PDF documents (*.pdf)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "pptx": self.tr("PowerPoint presentations (*.pptx)"),
            "html": self.tr("Web pages (*.html)"),
        }
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export To"), self.path_edit.text(), filters[name])
        if path:
            if Path(path).suffix.lower() != f".{name}":
                path += f".{name}"
            self.path_edit.setText(path)

    def request(self) -> ExportRequest:
        """The export the dialog describes now."""
        name = self.current_format()
        scale = self.size_box.currentData()
        dpi = self.dpi_box.value() if scale == 0 else None
        options = PictureOptions(
            scale=None if dpi else float(scale),
            dpi=dpi,
            transparent=self.transparent.isChecked(),
            title=self.title_box.isChecked(),
            legend=self.legend_box.isChecked(),
            page=self.page_box.currentData(),
            orientation=self.orientation_box.currentData(),
            selection=self.selected_ids if self.selection.isChecked() and self.selection.isEnabled() else (),
            stages=self.stage_chooser.chosen() if name == "pptx" else (),
            curves=self.curves_box.currentData(),
            embed=self.embed_box.isChecked(),
        )
        return ExportRequest(name, self.target_path(), options)

    def target_path(self) -> Path:
        """The file to write: its name always ends in the chosen format's extension (a workbook is
        never written as map.svg)."""
        path = Path(self.path_edit.text().strip()).expanduser()
        name = self.current_format()
        if path.suffix.lower() != f".{name}":
            path = (
                path.with_suffix(f".{name}")
                if path.suffix.lower() in {f".{f}" for f in FORMATS}
                else Path(f"{path}.{name}")
            )
        return path

    def accept(self) -> None:
        """Export, after asking (as Save As does) before a file already there is replaced."""
        path = self.target_path()
        if path.exists():
            answer = QMessageBox.question(
                self,
                self.tr("Replace File?"),
                self.tr("“%1” already exists. Replace it?").replace("%1", path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.path_edit.setText(str(path))
        super().accept()

    # ------------------------------------------------------------------ memory
    def _restore(self) -> None:
        store = settings()
        self._select(self.format_box, store.value(_KEY + "format", "png", str))
        self._select(self.size_box, _int(store, "scale", 2))
        self.dpi_box.setValue(_int(store, "dpi", 300))
        transparent = _bool(store, "transparent", False)
        (self.transparent if transparent else self.white).setChecked(True)
        self.title_box.setChecked(_bool(store, "title", True))
        self.legend_box.setChecked(_bool(store, "legend", False))
        self._select(self.page_box, store.value(_KEY + "page", "map", str))
        self._select(self.curves_box, store.value(_KEY + "curves", "personas", str))
        self._select(self.orientation_box, store.value(_KEY + "orientation", "auto", str))
        if _bool(store, "selection", False) and self._selection_possible:
            self.selection.setChecked(True)

    def remember(self) -> None:
        """Keep the choices for next time (called when the export starts)."""
        store = settings()
        request = self.request()
        store.setValue(_KEY + "format", request.format)
        store.setValue(_KEY + "scale", int(self.size_box.currentData()))
        store.setValue(_KEY + "dpi", self.dpi_box.value())
        store.setValue(_KEY + "transparent", request.options.transparent)
        store.setValue(_KEY + "title", request.options.title)
        store.setValue(_KEY + "legend", request.options.legend)
        store.setValue(_KEY + "page", request.options.page)
        store.setValue(_KEY + "curves", request.options.curves)
        store.setValue(_KEY + "orientation", request.options.orientation)
        store.setValue(_KEY + "selection", self.selection.isChecked())
        remember_folder_of(str(request.path))
        store.sync()

    @staticmethod
    def _select(box: QComboBox, data) -> None:
        index = box.findData(data)
        if index >= 0:
            box.setCurrentIndex(index)


def _bool(store: QSettings, key: str, default: bool) -> bool:
    value = store.value(_KEY + key, default)
    return value if isinstance(value, bool) else str(value).lower() in ("true", "1")


def _int(store: QSettings, key: str, default: int) -> int:
    try:
        return int(store.value(_KEY + key, default))
    except (TypeError, ValueError):
        return default
