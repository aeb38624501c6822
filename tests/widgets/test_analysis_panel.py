"""The Analysis panel: figures that follow the map, paths shown on the canvas, cards brought into view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journeymap.editor.persona_filter import DIMMED_OPACITY
from journeymap.widgets.main_window import MainWindow
from tests.factories import small_map


@pytest.fixture
def window(qtbot):
    window = MainWindow(small_map())
    qtbot.addWidget(window)
    window.show()
    window.analysis.dock.show()
    assert window.analysis.runner.wait_idle()
    return window


def test_the_panel_is_hidden_at_first_and_computes_nothing_then(qtbot):
    window = MainWindow(small_map())
    qtbot.addWidget(window)
    window.show()
    analysis = window.analysis
    assert not analysis.dock.isVisible() and not analysis.runner.enabled
    assert not analysis.dock.built  # its widgets are made when it is first shown
    assert analysis.show_action.text() == "&Analysis" and analysis.show_action in window.menus["view"].actions()
    analysis.show_action.trigger()
    assert analysis.dock.built and analysis.dock.paths.isVisible()
    assert analysis.runner.wait_idle() and analysis.dock.result is not None


def test_paths_are_listed_by_share_with_the_rest_counted(window):
    dock = window.analysis.dock
    rows = [dock.paths.topLevelItem(i) for i in range(dock.paths.topLevelItemCount())]
    assert [row.text(0) for row in rows] == ["70%", "21%"]
    assert rows[0].text(1) == "Sees an ad → Compares prices → Buys → Support call"
    assert rows[0].text(2) == "−2" and rows[0].text(3) == "1"
    assert "go round a loop" in dock.more.text()


def test_clicking_a_path_highlights_it_and_draws_its_emotion(window, qtbot):
    dock, scene = window.analysis.dock, window.scene
    dock.paths.topLevelItem(0).setSelected(True)
    highlight = window.analysis.highlight
    assert highlight.active
    assert scene.card_items["web-buy"].opacity() == 1.0
    assert scene.card_items["phone-ask"].opacity() == DIMMED_OPACITY
    assert scene.connection_items["e3"].opacity() == DIMMED_OPACITY
    assert scene.connection_items["e2"].opacity() == 1.0
    assert [score for _x, score in highlight.curve_points()] == [1, 0, 2, -2]
    assert highlight.curve is not None and highlight.curve.isVisible() and not scene.emotion_item.isVisible()
    assert "moments of truth: Buys" in dock.path_details.text()
    qtbot.mouseClick(dock.clear_button, Qt.MouseButton.LeftButton)
    assert not highlight.active
    assert all(item.opacity() == 1.0 for item in scene.card_items.values())
    assert highlight.curve is None


def test_the_highlight_gives_way_to_the_persona_filter(window):
    dock = window.analysis.dock
    window.persona_filter.set_persona("p-ben")
    assert window.analysis.runner.wait_idle()
    assert dock.result.persona == "p-ben" and "Ben" in dock.status.text()
    window.persona_filter.set_persona(None)
    window.analysis.runner.wait_idle()
    dock.paths.topLevelItem(0).setSelected(True)
    dock.paths.clearSelection()
    assert all(item.opacity() == 1.0 for item in window.scene.card_items.values())


def test_figures_follow_an_edit_without_blocking_it(window):
    runner, dock = window.analysis.runner, window.analysis.dock
    window.editor.set_properties("connection", "e3", {"share": 10.0})
    assert runner.busy or runner._timer.isActive()  # the edit returned before any figure was computed
    assert runner.wait_idle()
    assert dock.updating.isHidden()
    assert dock.result.reach["phone-ask"] == pytest.approx(0.1)
    window.undo_stack.undo()
    assert runner.wait_idle() and dock.result.reach["phone-ask"] == pytest.approx(0.3)


def test_drop_offs_and_unreachable_cards_are_listed_and_clickable(window):
    window.editor.delete_items(conn_ids=["e5"])
    window.editor.add_card("st-b1", "l-web", "Orphan page")
    assert window.analysis.runner.wait_idle()
    leaks = window.analysis.dock.leaks
    rows = [(leaks.topLevelItem(i).text(1), leaks.topLevelItem(i).text(2)) for i in range(leaks.topLevelItemCount())]
    # Buys is now a dead end; Support call and the new page are touchpoints no connection reaches
    assert rows == [("Buys", "dead end"), ("Orphan page", "nobody reaches it"), ("Support call", "nobody reaches it")]
    leaks.itemClicked.emit(leaks.topLevelItem(0), 1)
    assert window.scene.selected_card_ids() == ["web-buy"]


def test_the_stage_table_and_the_overlay(window):
    table = window.analysis.dock.stages
    assert table.rowCount() == 3
    assert [table.item(r, 0).text() for r in range(3)] == ["Awareness", "Purchase", "Retention"]
    assert table.item(0, 1).text() == "100%" and table.item(2, 3).text() == "−2"
    overlay = window.analysis.overlay
    assert not overlay.isVisible()
    window.analysis.dock.overlay_box.setChecked(True)
    assert window.analysis.overlay_action.isChecked() and overlay.isVisible() and overlay.badges.isVisible()
    texts = sorted(text for _rect, text, _reached in overlay.badges.badges)
    assert texts == sorted(["100%", "100%", "30%", "100%", "100%"])


def test_choosing_an_entry(window):
    dock = window.analysis.dock
    assert [dock.entry_combo.itemData(i) for i in range(dock.entry_combo.count())] == [None, "web-ad"]
    dock.entry_combo.setCurrentIndex(1)
    assert window.analysis.runner.wait_idle()
    assert dock.result.entry == "web-ad"


def test_closing_the_window_while_it_computes(qtbot):
    window = MainWindow(small_map())
    qtbot.addWidget(window)
    window.show()
    window.analysis.dock.show()
    window.editor.set_properties("connection", "e3", {"share": 20.0})
    window.analysis.runner.request(now=True)
    window.undo_stack.setClean()
    window.close()
    qtbot.wait(200)  # the worker's answer, if late, finds nobody and is dropped
    assert window.closed


def test_clicking_a_loop_shows_it_on_the_map(window, qtbot):
    dock, scene = window.analysis.dock, window.scene
    assert dock.result.loops[0].connections == ("e3", "e4")
    dock.loops.itemClicked.emit(dock.loops.topLevelItem(0), 1)
    highlight = window.analysis.highlight
    assert highlight.active and set(highlight.connections) == {"e3", "e4"}
    assert scene.card_items["phone-ask"].opacity() == 1.0 and scene.card_items["web-buy"].opacity() < 1.0
    assert window.scene.selected_card_ids() == ["web-compare"]
    qtbot.mouseClick(dock.clear_button, Qt.MouseButton.LeftButton)
    assert not highlight.active


def test_many_warnings_scroll_in_a_box_of_a_few_lines(qtbot):
    from tests.model.analysis_maps import chain_map

    cards = [f"c{i}" for i in range(30)]
    conns = [(cards[i], cards[i + 1], 80) for i in range(29)] + [(cards[i], cards[i + 2], 70) for i in range(28)]
    window = MainWindow(chain_map(cards, conns))  # 28 cards whose shares add up to 150 %
    qtbot.addWidget(window)
    window.show()
    dock = window.analysis.dock
    dock.show()
    assert window.analysis.runner.wait_idle()
    assert len(dock.result.warnings) == 28 and dock.warnings_box.isVisible()
    line = dock.warnings.fontMetrics().lineSpacing()
    assert dock.warnings_box.height() <= 5 * line < dock.warnings.sizeHint().height()  # the rest scrolls
    assert dock.tabs.height() > dock.warnings_box.height()


def test_a_warning_that_wraps_is_shown_whole_at_any_width(qtbot, qapp):
    from tests.model.analysis_maps import chain_map

    long = "checkout-with-delivery-slot-payment-and-warranty"  # a card with a long title
    window = MainWindow(chain_map(["s", long, "b"], [("s", long), (long, "b", 100), ("b", long, 100)]))
    qtbot.addWidget(window)
    window.show()
    dock = window.analysis.dock
    dock.show()
    assert window.analysis.runner.wait_idle()
    assert len(dock.result.warnings) == 1  # a loop nobody leaves
    dock.setFloating(True)
    heights = []
    for width in (1200, 300, 1200):  # narrow, it wraps onto more lines; wide again, the box shrinks back
        dock.resize(width, 400)
        qapp.processEvents()
        box = dock.warnings_box
        assert box.verticalScrollBar().maximum() == 0  # nothing hidden below
        assert box.height() >= dock.warnings.heightForWidth(box.viewport().width())
        heights.append(box.height())
    assert heights[0] < heights[1] and heights[2] == heights[0]
