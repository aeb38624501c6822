"""File → Export… to PowerPoint and to a web page, with a choice of stages for decks."""

from __future__ import annotations

from pptx import Presentation

from journeymap.widgets.export_dialog import ExportDialog


def _dialog(window):
    stages = [(stage.id, stage.name) for stage in window.document.stages()]
    return ExportDialog(window, "small", (), stages)


def test_the_stage_choice_is_for_decks_only(window):
    dialog = _dialog(window)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("png"))
    assert not dialog.stage_chooser.isEnabled()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pptx"))
    assert dialog.stage_chooser.isEnabled() and dialog.path_edit.text().endswith("small.pptx")
    assert not dialog.size_box.isEnabled() and not dialog.legend_box.isEnabled()
    assert dialog.request().options.stages == ()  # every stage
    assert dialog.stage_chooser.text() == "All stages"


def test_unticking_stages_and_keeping_at_least_one(window):
    dialog = _dialog(window)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pptx"))
    actions = [a for a in dialog.stage_chooser.menu().actions() if a.isCheckable()]
    actions[0].setChecked(False)
    assert dialog.request().options.stages == ("s-buy", "s-keep")
    assert dialog.stage_chooser.text() == "2 of 3 stages"
    actions[1].setChecked(False)
    actions[2].setChecked(False)  # the last one stays ticked
    assert dialog.request().options.stages == ("s-keep",)
    dialog.stage_chooser.choose_all()
    assert dialog.request().options.stages == ()


def test_exporting_a_deck_of_chosen_stages_and_a_page(window, tmp_path):
    dialog = _dialog(window)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pptx"))
    [a for a in dialog.stage_chooser.menu().actions() if a.isCheckable()][0].setChecked(False)
    dialog.path_edit.setText(str(tmp_path / "deck.pptx"))
    assert window.export_actions.run(dialog.request())
    deck = Presentation(str(tmp_path / "deck.pptx"))
    assert len(deck.slides) == 1 + 2 + 1
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    dialog.path_edit.setText(str(tmp_path / "map.html"))
    assert window.export_actions.run(dialog.request())
    assert "<svg" in (tmp_path / "map.html").read_text(encoding="utf-8")


def test_a_deck_that_cannot_be_written_says_so_once(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(window.export_actions, "_failed", shown.append)
    dialog = _dialog(window)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pptx"))
    dialog.path_edit.setText(str(tmp_path / "no-such-folder" / "deck.pptx"))
    assert not window.export_actions.run(dialog.request())
    assert len(shown) == 1 and "deck.pptx" in shown[0]
