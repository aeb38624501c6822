"""The inspector when nothing is selected: the map itself and its personas."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QPushButton

from ..icons import swatch_icon
from .fields import description_edit, set_line_text, set_plain_text
from .form_base import TargetForm

# Languages a map is commonly written in; a file may name any other code, which is then kept.
LANGUAGES = ("en", "he", "ar", "de", "es", "fr", "ru")


class MapForm(TargetForm):
    target = "map"
    editPersonasRequested = Signal()

    def __init__(self, editor, parent=None) -> None:
        super().__init__(editor, parent)
        self.title = self.add_row(self.tr("Title"), QLineEdit(self), "map_title")
        self.bind_line(self.title, "title")
        self.description = self.add_row(
            self.tr("Description"), description_edit(self, self.tr("Whose journey, which goal, which scope")),
            "map_description",
        )
        self.bind_plain(self.description, "description")
        self.language = self.add_row(self.tr("Language"), QComboBox(self), "map_language")
        self.language.activated.connect(lambda index: self.apply({"language": self.language.itemData(index)}))
        self.direction = self.add_row(self.tr("Direction"), QComboBox(self), "map_direction")
        self.direction.addItem(self.tr("Left to right"), "ltr")
        self.direction.addItem(self.tr("Right to left"), "rtl")
        self.direction.activated.connect(lambda index: self.apply({"direction": self.direction.itemData(index)}))
        self.personas = self.add_row(self.tr("Personas"), QListWidget(self), "map_personas")
        self.personas.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.edit_personas = QPushButton(self.tr("Edit Personas…"), self)
        self.edit_personas.setObjectName("map_edit_personas")
        self.edit_personas.clicked.connect(self.editPersonasRequested)
        self.form.addRow("", self.edit_personas)

    def current(self):
        return self.doc.info

    def exists(self) -> bool:
        return self.doc is not None

    def heading(self) -> str:
        return self.tr("Map")

    def _language_names(self) -> dict[str, str]:
        return {
            "en": self.tr("English"), "he": self.tr("Hebrew"), "ar": self.tr("Arabic"), "de": self.tr("German"),
            "es": self.tr("Spanish"), "fr": self.tr("French"), "ru": self.tr("Russian"),
        }

    def load(self, info) -> None:
        set_line_text(self.title, info.title)
        set_plain_text(self.description, info.description)
        codes = list(LANGUAGES) + ([info.language] if info.language not in LANGUAGES else [])
        if [self.language.itemData(i) for i in range(self.language.count())] != codes:
            names = self._language_names()
            self.language.clear()
            for code in codes:
                self.language.addItem(self.tr("%1 (%2)").replace("%1", names.get(code, code)).replace("%2", code), code)
        self.language.setCurrentIndex(self.language.findData(info.language))
        self.direction.setCurrentIndex(max(self.direction.findData(info.direction), 0))
        self._load_personas()

    def _load_personas(self) -> None:
        personas = self.doc.personas()
        shown = [(p.name, p.color) for p in personas]
        if shown == getattr(self, "_shown_personas", None):
            return  # typing in the title must not rebuild this list at every key
        self._shown_personas = shown
        self.personas.clear()
        for persona in personas:
            QListWidgetItem(swatch_icon(persona.color, 14, rounded=False), persona.name, self.personas)
        if not personas:
            item = QListWidgetItem(self.tr("No personas yet"), self.personas)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        rows = max(len(personas), 1)
        self.personas.setFixedHeight(min(rows, 5) * max(self.personas.sizeHintForRow(0), 20) + 6)
