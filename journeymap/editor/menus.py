"""Context menus of the canvas. Built on demand; every action calls a scene operation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QColorDialog, QMenu

from ..model.kinds import EMOTION_MAX, EMOTION_MIN


def tr(text: str) -> str:
    return QCoreApplication.translate("CanvasMenus", text)


def _action(menu: QMenu, text: str, slot, checked: bool | None = None) -> QAction:
    action = menu.addAction(text)
    if checked is not None:
        action.setCheckable(True)
        action.setChecked(checked)
    action.triggered.connect(lambda _checked=False: slot())
    return action


EMOTION_NAMES = {
    -2: "Very negative (-2)",
    -1: "Negative (-1)",
    0: "Neutral (0)",
    1: "Positive (+1)",
    2: "Very positive (+2)",
}


def card_menu(scene, card_id: str) -> QMenu:
    menu = QMenu()
    card = scene.document.card(card_id)
    ids = scene.selected_card_ids() or [card_id]
    _action(menu, tr("Edit title"), lambda: scene.begin_edit_card(card_id))
    emotion = menu.addMenu(tr("Emotion"))
    _action(emotion, tr("No score"), lambda: scene.set_cards_property(ids, "emotion", None, tr("Clear emotion")),
            card.emotion is None)
    for score in range(EMOTION_MAX, EMOTION_MIN - 1, -1):
        _action(emotion, tr(EMOTION_NAMES[score]),
                lambda s=score: scene.set_cards_property(ids, "emotion", s, tr("Set emotion")), card.emotion == score)
    _action(menu, tr("Moment of truth"),
            lambda: scene.set_cards_property(ids, "moment_of_truth", not card.moment_of_truth, tr("Moment of truth")),
            card.moment_of_truth)
    menu.addSeparator()
    _action(menu, tr("Duplicate"), scene.duplicate_selection)
    _action(menu, tr("Delete"), scene.delete_selection)
    return menu


def header_menu(scene, kind: str, model_id: str) -> QMenu:
    menu = QMenu()
    _action(menu, tr("Rename"), lambda: scene.begin_rename_header(kind, model_id))
    _action(menu, tr("Colour…"), lambda: choose_colour(scene, kind, model_id))
    menu.addSeparator()
    before, after = {
        "stage": (tr("Insert stage before"), tr("Insert stage after")),
        "step": (tr("Insert step before"), tr("Insert step after")),
        "lane": (tr("Insert lane above"), tr("Insert lane below")),
    }[kind]
    _action(menu, before, lambda: scene.insert_structure(kind, model_id, after=False))
    _action(menu, after, lambda: scene.insert_structure(kind, model_id, after=True))
    menu.addSeparator()
    delete = {"stage": tr("Delete stage"), "step": tr("Delete step"), "lane": tr("Delete lane")}[kind]
    _action(menu, delete, lambda: scene.delete_structure(kind, model_id))
    return menu


def connection_menu(scene, conn_id: str) -> QMenu:
    menu = QMenu()
    _action(menu, tr("Delete connection"), scene.delete_selection)
    return menu


def cell_menu(scene, cell: tuple[str, str]) -> QMenu:
    menu = QMenu()
    _action(menu, tr("Add card here"), lambda: scene.add_card_at(cell[0], cell[1]))
    paste = _action(menu, tr("Paste here"), lambda: _paste_into(scene, cell))
    from PySide6.QtGui import QGuiApplication

    from .clipboard import MIME_CARDS

    mime = QGuiApplication.clipboard().mimeData()
    paste.setEnabled(mime is not None and mime.hasFormat(MIME_CARDS))
    return menu


def _paste_into(scene, cell) -> None:
    scene.focus_cell = cell
    scene.clearSelection()
    scene.paste()


def choose_colour(scene, kind: str, model_id: str) -> None:
    current = QColor(scene.structure_color(kind, model_id))
    color = QColorDialog.getColor(current, None, tr("Choose a colour"))
    if color.isValid():
        scene.recolour_structure(kind, model_id, color.name().upper())
