"""File → Export… and Edit → Copy as Picture, driven as a user would drive them."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from io import BytesIO

import openpyxl
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication

from journeymap.widgets.export_dialog import ExportDialog


def test_export_action_is_enabled_and_opens_the_dialog(window, monkeypatch):
    action = window.findChild(QAction, "action_export")
    assert action.isEnabled()
    opened = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: opened.append(self) or ExportDialog.DialogCode.Rejected)
    action.trigger()
    assert len(opened) == 1 and opened[0].current_format() in ("png", "svg", "pdf", "xlsx")


def test_scope_selection_only_when_cards_are_selected(window):
    dialog = ExportDialog(window, "small", ())
    assert not dialog.selection.isEnabled() and dialog.whole_map.isChecked()
    dialog = ExportDialog(window, "small", ("web-ad",))
    assert dialog.selection.isEnabled()
    dialog.selection.setChecked(True)
    assert dialog.request().options.selection == ("web-ad",)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("xlsx"))
    assert not dialog.selection.isEnabled() and not dialog.legend_box.isEnabled()


def test_options_follow_the_format(window):
    dialog = ExportDialog(window, "small", ())
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    assert dialog.page_box.isEnabled() and not dialog.size_box.isEnabled()
    assert dialog.path_edit.text().endswith("small.pdf")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("png"))
    assert not dialog.page_box.isEnabled() and dialog.size_box.isEnabled()
    assert dialog.path_edit.text().endswith("small.png")
    dialog.size_box.setCurrentIndex(dialog.size_box.findData(0))
    assert dialog.dpi_box.isEnabled()
    dialog.dpi_box.setValue(150)
    assert dialog.request().options.dpi == 150 and dialog.request().options.scale is None


def test_the_dialog_remembers_the_last_choices(window, tmp_path):
    dialog = ExportDialog(window, "small", ())
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    dialog.page_box.setCurrentIndex(dialog.page_box.findData("a3"))
    dialog.legend_box.setChecked(True)
    dialog.title_box.setChecked(False)
    dialog.transparent.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "out.pdf"))
    dialog.remember()
    again = ExportDialog(window, "small", ())
    assert again.current_format() == "pdf"
    assert again.page_box.currentData() == "a3"
    assert again.legend_box.isChecked() and not again.title_box.isChecked()
    assert again.transparent.isChecked()
    assert again.path_edit.text() == str(tmp_path / "small.pdf")


def test_export_through_the_dialog_writes_each_format(window, tmp_path, dialogs):
    for name in ("png", "svg", "pdf", "xlsx"):
        dialog = ExportDialog(window, "small", ())
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(name))
        dialog.path_edit.setText(str(tmp_path / f"out.{name}"))
        assert window.export_actions.run(dialog.request())
    assert Image.open(tmp_path / "out.png").info["dpi"][0] == pytest.approx(192, abs=0.5)  # 2x by default
    assert ET.parse(tmp_path / "out.svg").getroot().tag.endswith("svg")
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF-")
    assert "Cards" in openpyxl.load_workbook(tmp_path / "out.xlsx").sheetnames
    assert dialogs.calls == []
    assert "out.xlsx" in window.statusBar().currentMessage()


def test_a_target_that_cannot_be_written_shows_one_message_and_keeps_the_map(window, tmp_path, dialogs):
    window.scene.select_ids(["web-ad"])
    dialog = ExportDialog(window, "small", ("web-ad",))
    dialog.path_edit.setText(str(tmp_path / "missing folder" / "out.png"))
    before = window.undo_stack.count()
    assert not window.export_actions.run(dialog.request())
    assert dialogs.kinds() == ["warning"]
    assert "out.png" in dialogs.calls[0][2]
    assert not (tmp_path / "missing folder").exists()
    assert window.undo_stack.count() == before and window.undo_stack.isClean()
    assert window.scene.selected_card_ids() == ["web-ad"]


def test_copy_as_picture_puts_png_and_svg_on_the_clipboard(window):
    action = window.findChild(QAction, "action_copy_picture")
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    assert action in window.menus["edit"].actions()
    action.trigger()
    data = QGuiApplication.clipboard().mimeData()
    assert data.hasFormat("image/png") and data.hasFormat("image/svg+xml") and data.hasImage()
    whole = Image.open(BytesIO(bytes(data.data("image/png"))))
    assert "Small" in bytes(data.data("image/svg+xml")).decode("utf-8")
    window.scene.select_ids(["web-ad"])
    action.trigger()
    data = QGuiApplication.clipboard().mimeData()
    part = Image.open(BytesIO(bytes(data.data("image/png"))))
    assert part.width < whole.width / 2
    root = ET.fromstring(bytes(data.data("image/svg+xml")))
    assert "Sees an ad" in "".join(root.itertext())


def test_copy_as_picture_too_large_is_explained(window, dialogs, monkeypatch):
    from journeymap.io.pictures import png

    monkeypatch.setattr(png, "MAX_SIDE", 100)
    window.findChild(QAction, "action_copy_picture").trigger()
    assert dialogs.kinds() == ["warning"] and "too large" in dialogs.calls[0][2]


def test_progress_shows_only_for_slow_exports_and_blocks_the_window(window):
    progress = window.export_actions.progress_dialog("map.png")
    assert progress.minimumDuration() == 500
    assert progress.windowModality() == Qt.WindowModality.WindowModal
    assert not progress.isVisible()  # a fast export never shows it
    assert "map.png" in progress.labelText()


def test_copy_as_picture_falls_back_to_screen_size_for_a_large_map(window, dialogs, monkeypatch):
    from journeymap.io.pictures import png

    window.findChild(QAction, "action_copy_picture").trigger()
    full = Image.open(BytesIO(bytes(QGuiApplication.clipboard().mimeData().data("image/png"))))
    monkeypatch.setattr(png, "MAX_SIDE", full.width - 10)  # 2x no longer fits, 1x does
    window.findChild(QAction, "action_copy_picture").trigger()
    smaller = Image.open(BytesIO(bytes(QGuiApplication.clipboard().mimeData().data("image/png"))))
    assert dialogs.calls == []
    assert abs(smaller.width * 2 - full.width) <= 2


def test_the_status_bar_names_the_paper_and_pages_of_a_pdf(window, tmp_path, dialogs):
    dialog = ExportDialog(window, "small", ())
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    dialog.page_box.setCurrentIndex(dialog.page_box.findData("a4"))
    dialog.path_edit.setText(str(tmp_path / "paper.pdf"))
    assert window.export_actions.run(dialog.request())
    assert window.statusBar().currentMessage().endswith("paper.pdf (A4 landscape, 1 page)")
