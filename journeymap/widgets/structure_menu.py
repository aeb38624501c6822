"""Map menu entries for the grid's keys (structure_keys.py), each showing its keys.

The keys belong to the canvas's keymap; these entries only show them (after a tab, where a
menu shows shortcuts) and do the same thing when clicked, so there is one owner per key. The
sideways keys follow the map's direction: in a right-to-left map "after" is Ctrl+Alt+Left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

from ..editor.structure_keys import confirm_delete

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow

Key = Qt.Key


def tr(text: str) -> str:
    return QCoreApplication.translate("StructureMenu", text)


def _entries():
    """(object name, label, action of the keymap, key it is given, keys shown in LTR, keys shown in RTL)."""
    return (
        ("add_step_after", tr("Add Step After"), "add_step_beside", "later", "Ctrl+Alt+→", "Ctrl+Alt+←"),
        ("add_step_before", tr("Add Step Before"), "add_step_beside", "earlier", "Ctrl+Alt+←", "Ctrl+Alt+→"),
        ("add_stage_after", tr("Add Stage After"), "add_stage", Key.Key_S, "Ctrl+Alt+S", None),
        ("add_lane_below", tr("Add Lane Below…"), "add_lane_below", Key.Key_Down, "Ctrl+Alt+↓", None),
        None,
        ("move_step_later", tr("Move Step Later"), "move_step", "later", "Ctrl+Shift+→", "Ctrl+Shift+←"),
        ("move_step_earlier", tr("Move Step Earlier"), "move_step", "earlier", "Ctrl+Shift+←", "Ctrl+Shift+→"),
        ("move_lane_up", tr("Move Lane Up"), "move_lane", Key.Key_Up, "Ctrl+Shift+↑", None),
        ("move_lane_down", tr("Move Lane Down"), "move_lane", Key.Key_Down, "Ctrl+Shift+↓", None),
        None,
        ("rename_step", tr("Rename Step"), "rename_step", Key.Key_F2, "F2", None),
        ("rename_stage", tr("Rename Stage"), "rename_stage", Key.Key_F2, "Shift+F2", None),
        ("rename_lane", tr("Rename Lane"), "rename_lane", Key.Key_F2, "Ctrl+F2", None),
        ("rename_title", tr("Edit Map Title"), "rename_title", Key.Key_F2, "Ctrl+Shift+F2", None),
        None,
        ("delete_step", tr("Delete Step"), "delete_step", Key.Key_Delete, "Ctrl+Del", None),
        ("delete_lane", tr("Delete Lane"), "delete_lane", Key.Key_Delete, "Ctrl+Shift+Del", None),
    )


def install_structure_menu(window: MainWindow) -> dict[str, QAction]:
    """The entries in the Map menu; the scene asks before a part with cards is deleted."""
    entry = window.keyboard_entry
    window.scene.confirm_delete = lambda kind, name, cards: confirm_delete(window, kind, name, cards)
    menu = window.menus["map"]
    menu.addSeparator()
    made: dict[str, tuple[QAction, str, str, str | None]] = {}
    for spec in _entries():
        if spec is None:
            menu.addSeparator()
            continue
        name, label, action_name, key, ltr_keys, rtl_keys = spec
        action = QAction(window)
        action.setObjectName(f"action_{name}")
        action.triggered.connect(lambda _=False, a=action_name, k=key: _run(window, entry, a, k))
        menu.addAction(action)
        made[name] = (action, label, ltr_keys, rtl_keys)

    def show_keys() -> None:
        rtl = window.scene.is_rtl()
        for action, label, ltr_keys, rtl_keys in made.values():
            action.setText(f"{label}\t{rtl_keys if rtl and rtl_keys else ltr_keys}")

    show_keys()
    menu.aboutToShow.connect(show_keys)
    return {name: value[0] for name, value in made.items()}


def _run(window: MainWindow, entry, action_name: str, key) -> None:
    """Do what the key does: 'later' / 'earlier' become the arrow that points that way on this map."""
    if key in ("later", "earlier"):
        later_is_right = not window.scene.is_rtl()
        key = Key.Key_Right if (key == "later") == later_is_right else Key.Key_Left
    window.view.setFocus()
    getattr(entry, f"key_{action_name}")(key)
