"""The menus, their actions, shortcuts and toolbar of the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton, QWidgetAction

from journeymap.model.kinds import LANE_KINDS

EXPECTED_MENUS = {
    "menu_file": ["action_new", "action_new_from_template", "action_open", "menu_open_recent", "action_save",
                  "action_save_as", "action_export", "action_close", "action_quit"],
    "menu_edit": ["action_undo", "action_redo", "action_cut", "action_copy", "action_paste", "action_duplicate",
                  "action_delete", "action_select_all", "action_quick_add"],
    "menu_view": ["action_zoom_in", "action_zoom_out", "action_fit_map", "action_actual_size",
                  "action_presentation"],
    "menu_map": ["action_add_stage", "action_add_step", "menu_add_lane", "action_personas"],
    "menu_help": ["action_keyboard_shortcuts"],
}

SHORTCUTS = {
    "action_new": ["Ctrl+N"],
    "action_new_from_template": ["Ctrl+Shift+N"],
    "action_open": ["Ctrl+O"],
    "action_save": ["Ctrl+S"],
    "action_save_as": ["Ctrl+Shift+S"],
    "action_close": ["Ctrl+W"],
    "action_quit": ["Ctrl+Q"],
    "action_undo": ["Ctrl+Z"],
    "action_redo": ["Ctrl+Shift+Z", "Ctrl+Y"],
    "action_cut": ["Ctrl+X"],
    "action_copy": ["Ctrl+C"],
    "action_paste": ["Ctrl+V"],
    "action_duplicate": ["Ctrl+D"],
    "action_delete": ["Del"],
    "action_select_all": ["Ctrl+A"],
    "action_zoom_in": ["Ctrl+=", "Ctrl++"],
    "action_zoom_out": ["Ctrl+-"],
    "action_fit_map": ["Ctrl+0"],
    "action_actual_size": ["Ctrl+1"],
    "action_quick_add": ["Ctrl+K"],
    "action_presentation": ["F5"],
    "action_keyboard_shortcuts": ["F1"],
}


def _entries(menu: QMenu) -> list[str]:
    names = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        names.append(action.menu().objectName() if action.menu() else action.objectName())
    return names


def test_menu_bar_has_file_edit_view_map_in_order(window):
    titles = [action.menu().objectName() for action in window.menuBar().actions()]
    assert titles[:4] == ["menu_file", "menu_edit", "menu_view", "menu_map"]
    assert _in_order(list(EXPECTED_MENUS), titles)


def _in_order(expected: list[str], actual: list[str]) -> bool:
    """Every expected entry is there, in this order (later features may add entries between)."""
    remaining = iter(actual)
    return all(name in remaining for name in expected)


def test_each_menu_holds_its_actions_in_order(window):
    for menu_name, expected in EXPECTED_MENUS.items():
        actual = _entries(window.findChild(QMenu, menu_name))
        assert _in_order(expected, actual), (menu_name, actual)
    assert not _in_order(["action_save", "action_open"], _entries(window.findChild(QMenu, "menu_file")))


def test_shortcuts_are_the_standard_ones(window):
    for name, keys in SHORTCUTS.items():
        action = window.findChild(QAction, name)
        assert action is not None, name
        assert [seq.toString(QKeySequence.SequenceFormat.PortableText) for seq in action.shortcuts()] == keys, name


def test_every_action_has_a_name_and_a_text(window):
    for action in window.actions.all():
        assert action.objectName().startswith("action_")
        assert action.text()


def test_export_is_in_the_file_menu_for_the_exports_to_connect(window):
    export = window.findChild(QAction, "action_export")
    assert export.isVisible() and not export.icon().isNull()
    # Enabled only once the exports connect to it: a disabled entry never pretends to export.
    assert export.isEnabled() == (export.receivers("2triggered(bool)") > 0)


def test_add_lane_menu_offers_every_lane_kind(window):
    names = [n for n in _entries(window.findChild(QMenu, "menu_add_lane"))]
    assert names == [f"action_add_lane_{kind}" for kind in _ordered_kinds()]


def _ordered_kinds():
    from journeymap.model.kinds import ANNOTATION_LANE_KINDS, CHANNEL_LANE_KINDS, EMOTION_LANE_KIND

    kinds = list(CHANNEL_LANE_KINDS + ANNOTATION_LANE_KINDS) + [EMOTION_LANE_KIND]
    assert sorted(kinds) == sorted(LANE_KINDS)
    return kinds


def test_toolbar_buttons_all_have_icons(window):
    toolbar = window.toolbar
    plain = [a for a in toolbar.actions() if not a.isSeparator() and not isinstance(a, QWidgetAction)]
    buttons = [toolbar.widgetForAction(a) for a in plain]
    assert len(buttons) >= 12
    for button in buttons:
        assert isinstance(button, QToolButton)
        assert not button.icon().isNull(), button.defaultAction().objectName()


def test_zoom_actions_drive_the_view_and_the_status_bar(window, qtbot):
    window.findChild(QAction, "action_actual_size").trigger()
    assert window.zoom_label.text() == "100 %"
    window.findChild(QAction, "action_zoom_in").trigger()
    assert window.view.zoom_factor() > 1.0
    assert window.zoom_label.text() == f"{round(window.view.zoom_factor() * 100)} %"


def test_delete_key_deletes_on_the_canvas_but_not_in_the_inspector(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.scene.select_ids(["web-buy"])
    personas = window.inspector_dock.forms["card"].personas.list
    personas.setFocus()
    qtbot.keyClick(personas, Qt.Key.Key_Delete)
    assert window.document.has_card("web-buy")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert not window.document.has_card("web-buy")
    window.undo_stack.undo()
    assert window.document.has_card("web-buy")
