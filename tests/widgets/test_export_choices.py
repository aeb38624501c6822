"""The Export dialog's new choices: the emotion lane's curves, embedding the map, the file name
following the format, and asking before a file is replaced."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from journeymap.widgets.export_dialog import ExportDialog


def test_curves_and_embedding_are_choices_with_the_command_lines_defaults(window):
    dialog = ExportDialog(window, "small", ("web-ad",))
    options = dialog.request().options
    assert options.curves == "personas" and options.embeds_map  # the whole map: embedded
    dialog.selection.setChecked(True)
    assert not dialog.request().options.embeds_map  # a selection: off by default
    dialog.curves_box.setCurrentIndex(dialog.curves_box.findData("overall"))
    assert dialog.request().options.curves == "overall"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("svg"))
    assert not dialog.embed_box.isEnabled()  # only a PNG can carry the map


def test_the_file_name_follows_the_format(window, tmp_path):
    dialog = ExportDialog(window, "small", ())
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("xlsx"))
    dialog.path_edit.setText(str(tmp_path / "x.svg"))
    assert dialog.request().path == tmp_path / "x.xlsx"
    dialog.path_edit.setText(str(tmp_path / "notes"))
    assert dialog.request().path == tmp_path / "notes.xlsx"


def test_an_existing_file_is_replaced_only_when_the_user_says_so(window, tmp_path, dialogs):
    target = tmp_path / "map.png"
    target.write_bytes(b"keep me")
    dialog = ExportDialog(window, "small", ())
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("png"))
    dialog.path_edit.setText(str(target))
    dialogs.answer = QMessageBox.StandardButton.No
    dialog.accept()
    assert dialogs.kinds() == ["question"] and "map.png" in dialogs.calls[0][2]
    assert dialog.result() != ExportDialog.DialogCode.Accepted and target.read_bytes() == b"keep me"
    dialogs.answer = QMessageBox.StandardButton.Yes
    dialog.accept()
    assert dialog.result() == ExportDialog.DialogCode.Accepted
