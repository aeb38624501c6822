"""Context menus of the canvas. Built on demand; every action calls a scene operation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QColorDialog, QMenu

from ..model.kinds import EMOTION_MAX, EMOTION_MIN

# Called by this name, with the context spelled out, so that lupdate files each text
# under the context it is looked up in at run time.
translate = QCoreApplication.translate


def _action(menu: QMenu, text: str, slot, checked: bool | None = None) -> QAction:
    action = menu.addAction(text)
    if checked is not None:
        action.setCheckable(True)
        action.setChecked(checked)
    action.triggered.connect(lambda _checked=False: slot())
    return action


EMOTION_NAMES = {
    -2: QT_TRANSLATE_NOOP("CanvasMenus", "Very negative (-2)"),
    -1: QT_TRANSLATE_NOOP("CanvasMenus", "Negative (-1)"),
    0: QT_TRANSLATE_NOOP("CanvasMenus", "Neutral (0)"),
    1: QT_TRANSLATE_NOOP("CanvasMenus", "Positive (+1)"),
    2: QT_TRANSLATE_NOOP("CanvasMenus", "Very positive (+2)"),
}


def card_menu(scene, card_id: str) -> QMenu:
    menu = QMenu()
    card = scene.document.card(card_id)
    ids = scene.selected_card_ids() or [card_id]
    _action(menu, translate("CanvasMenus", "Edit title"), lambda: scene.begin_edit_card(card_id))
    emotion = menu.addMenu(translate("CanvasMenus", "Emotion"))
    clear, set_score = translate("CanvasMenus", "Clear emotion"), translate("CanvasMenus", "Set emotion")
    _action(emotion, translate("CanvasMenus", "No score"),
            lambda: scene.set_cards_property(ids, "emotion", None, clear), card.emotion is None)
    for score in range(EMOTION_MAX, EMOTION_MIN - 1, -1):
        _action(emotion, translate("CanvasMenus", EMOTION_NAMES[score]),
                lambda s=score: scene.set_cards_property(ids, "emotion", s, set_score), card.emotion == score)
    moment = translate("CanvasMenus", "Moment of truth")
    _action(menu, moment,
            lambda: scene.set_cards_property(ids, "moment_of_truth", not card.moment_of_truth, moment),
            card.moment_of_truth)
    menu.addSeparator()
    _action(menu, translate("CanvasMenus", "Duplicate"), scene.duplicate_selection)
    _action(menu, translate("CanvasMenus", "Delete"), scene.delete_selection)
    return menu


def header_menu(scene, kind: str, model_id: str) -> QMenu:
    menu = QMenu()
    _action(menu, translate("CanvasMenus", "Rename"), lambda: scene.begin_rename_header(kind, model_id))
    _action(menu, translate("CanvasMenus", "Colour…"), lambda: choose_colour(scene, kind, model_id))
    menu.addSeparator()
    before, after = {
        "stage": (translate("CanvasMenus", "Insert stage before"), translate("CanvasMenus", "Insert stage after")),
        "step": (translate("CanvasMenus", "Insert step before"), translate("CanvasMenus", "Insert step after")),
        "lane": (translate("CanvasMenus", "Insert lane above"), translate("CanvasMenus", "Insert lane below")),
    }[kind]
    _action(menu, before, lambda: scene.insert_structure(kind, model_id, after=False))
    _action(menu, after, lambda: scene.insert_structure(kind, model_id, after=True))
    menu.addSeparator()
    delete = {
        "stage": translate("CanvasMenus", "Delete stage"),
        "step": translate("CanvasMenus", "Delete step"),
        "lane": translate("CanvasMenus", "Delete lane"),
    }[kind]
    _action(menu, delete, lambda: scene.delete_structure_asking(kind, model_id))
    return menu


def connection_menu(scene, conn_id: str) -> QMenu:
    menu = QMenu()
    _action(menu, translate("CanvasMenus", "Delete connection"), scene.delete_selection)
    return menu


def cell_menu(scene, cell: tuple[str, str]) -> QMenu:
    menu = QMenu()
    _action(menu, translate("CanvasMenus", "Add card here"), lambda: scene.add_card_at(cell[0], cell[1]))
    paste = _action(menu, translate("CanvasMenus", "Paste here"), lambda: _paste_into(scene, cell))
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
    color = QColorDialog.getColor(current, None, translate("CanvasMenus", "Choose a colour"))
    if color.isValid():
        scene.recolour_structure(kind, model_id, color.name().upper())
