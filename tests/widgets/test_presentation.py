"""Presentation mode: full screen without chrome, stage-by-stage zoom, larger text, personas, and a
window restored exactly on leaving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QToolBar

from journeymap.editor import style

K = Qt.Key


def _chrome(window) -> list:
    return [window.menuBar(), window.statusBar(), *window.findChildren(QToolBar), *window.findChildren(QDockWidget)]


def _visible_rect(window):
    view = window.view
    return view.mapToScene(view.viewport().rect()).boundingRect()


def _enter(qtbot, window):
    qtbot.keyClick(window.view, K.Key_F5)
    qtbot.waitUntil(lambda: window.isFullScreen())
    qtbot.wait(20)


def test_f5_enters_and_escape_restores_the_window_exactly(qtbot, window):
    window.scene.select_ids(["web-ad"])
    geometry, transform = window.geometry(), window.view.transform()
    shown = [widget.isVisible() for widget in _chrome(window)]
    assert any(shown)
    _enter(qtbot, window)
    assert window.presentation.active
    assert not any(widget.isVisible() for widget in _chrome(window))
    assert window.scene.exporting  # selection marks and the focus frame are not drawn
    assert not window.keyboard_entry.enabled
    assert not window.view.isInteractive()  # no card can be dragged on the projector
    assert window.view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert _visible_rect(window).contains(window.scene.map_rect().adjusted(2, 2, -2, -2))
    qtbot.keyClick(window.view, K.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.presentation.active
    assert window.geometry() == geometry
    assert [widget.isVisible() for widget in _chrome(window)] == shown
    assert window.view.transform() == transform
    assert not window.scene.exporting and window.keyboard_entry.enabled and window.view.isInteractive()
    assert window.scene.selected_card_ids() == ["web-ad"]  # still selected, marks back


def test_page_down_zooms_stage_by_stage_and_home_shows_the_map(qtbot, window):
    _enter(qtbot, window)
    presentation = window.presentation
    stages = presentation.stage_rects()
    assert len(stages) == 3
    qtbot.keyClick(window.view, K.Key_PageDown)
    assert presentation.stage_index == 0
    qtbot.wait(400)  # the 250 ms glide
    visible = _visible_rect(window)
    assert visible.contains(stages[0].adjusted(1, 1, -1, -1))
    assert visible.width() < window.scene.map_rect().width()  # zoomed in on the stage
    veil = presentation.spotlight
    assert veil.isVisible() and veil.scene() is window.scene  # the other stages are veiled
    assert not veil.path().contains(stages[0].center())
    assert veil.path().contains(stages[1].center())
    qtbot.keyClick(window.view, K.Key_Right)
    qtbot.keyClick(window.view, K.Key_PageDown)
    assert presentation.stage_index == 2
    qtbot.keyClick(window.view, K.Key_PageUp)
    assert presentation.stage_index == 1
    qtbot.keyClick(window.view, K.Key_Home)
    assert presentation.stage_index == -1
    qtbot.wait(400)
    assert _visible_rect(window).contains(window.scene.map_rect().adjusted(2, 2, -2, -2))
    assert not presentation.spotlight.isVisible()
    qtbot.keyClick(window.view, K.Key_PageDown)
    qtbot.keyClick(window.view, K.Key_Escape)
    assert presentation.spotlight.scene() is None


def test_arrows_are_mirrored_in_a_right_to_left_map(qtbot, window):
    window.document.set_info(direction="rtl")
    window.scene.apply_geometry()
    _enter(qtbot, window)
    qtbot.keyClick(window.view, K.Key_Left)  # the next stage lies to the left
    assert window.presentation.stage_index == 0
    qtbot.keyClick(window.view, K.Key_Left)
    assert window.presentation.stage_index == 1
    qtbot.keyClick(window.view, K.Key_Right)
    assert window.presentation.stage_index == 0
    stage = window.presentation.stage_rects()[0]
    assert stage.center().x() > window.scene.map_rect().center().x()  # the first stage is on the right
    qtbot.keyClick(window.view, K.Key_Escape)


def test_larger_text_grows_cards_and_is_undone_on_leaving(qtbot, window):
    base = style.CARD_FONT_SIZE
    height = window.scene.card_items["phone-ask"].height()
    _enter(qtbot, window)
    qtbot.keyClick(window.view, K.Key_T)
    assert window.presentation.large_text
    assert style.CARD_FONT_SIZE > base
    assert window.scene.card_items["phone-ask"].height() > height
    assert window.scene.exporting  # the rebuilt items still hide their marks
    qtbot.keyClick(window.view, K.Key_Escape)
    assert style.CARD_FONT_SIZE == base
    assert window.scene.card_items["phone-ask"].height() == height


def test_p_cycles_personas_and_the_toolbar_follows(qtbot, window):
    _enter(qtbot, window)
    qtbot.keyClick(window.view, K.Key_P)
    assert window.persona_filter.persona_id == "p-anna"
    assert window.persona_combo.currentData() == "p-anna"
    assert window.presentation.caption.isVisible()
    assert "Anna" in window.presentation.caption.text()
    qtbot.keyClick(window.view, K.Key_Escape)
    assert window.persona_filter.persona_id == "p-anna"  # the filter outlives the presentation
    assert window.undo_stack.count() == 0


def test_typing_during_a_presentation_changes_nothing(qtbot, window):
    cards = window.document.card_count()
    _enter(qtbot, window)
    qtbot.keyClicks(window.view, "hello")
    qtbot.keyClick(window.view, K.Key_Return)
    assert window.document.card_count() == cards
    assert window.scene.editor() is None
    assert window.undo_stack.count() == 0
    qtbot.keyClick(window.view, K.Key_Escape)


def test_entering_closes_the_shortcuts_overlay_and_quick_add_box(qtbot, window):
    window.shortcuts_overlay.open_overlay()
    window.quick_add_popup.open_popup()
    window.presentation.enter()
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert not window.shortcuts_overlay.isVisible() and not window.quick_add_popup.isVisible()
    window.presentation.leave()


def test_closing_during_a_presentation_remembers_the_normal_window(qtbot, window):
    from journeymap.widgets.settings import window_geometry

    toolbar_shown = window.toolbar.isVisible()
    _enter(qtbot, window)
    assert window.close()
    assert not window.presentation.active
    geometry, state = window_geometry()
    assert geometry is not None and state is not None
    probe_window = type(window)(window.document.__class__())
    qtbot.addWidget(probe_window)
    probe_window.restoreState(state)
    probe_window.show()
    assert probe_window.toolbar.isVisible() == toolbar_shown
    assert not probe_window.isFullScreen()


def test_a_maximized_window_comes_back_maximized(qtbot, window):
    window.showMaximized()
    qtbot.waitUntil(lambda: window.isMaximized())
    _enter(qtbot, window)
    qtbot.keyClick(window.view, K.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.isMaximized()
    assert window.menuBar().isVisible() and window.toolbar.isVisible()
