"""File → New is a blank map in the interface's language; New from Template offers blank first
and then the choice made last time."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from journeymap.widgets import app as app_module
from journeymap.widgets.template_dialog import TemplateDialog


@pytest.fixture
def hebrew(qapp):
    assert app_module.install_translator(qapp, "he")
    yield
    app_module.install_translator(qapp, "en")


def test_file_new_is_a_blank_map_in_the_interface_language(hebrew, window):
    window.actions.new.trigger()
    doc = window.document
    assert doc.card_count() == 0 and [s.name for s in doc.stages()][0] == "מודעות"
    assert doc.info.direction == "rtl" and doc.info.language == "he"
    assert window.controller.path is None


def test_file_new_in_english(window, qapp):
    app_module.install_translator(qapp, "en")
    window.actions.new.trigger()
    assert window.document.stages()[0].name == "Awareness" and window.document.info.direction == "ltr"


def test_template_dialog_preselects_blank_then_remembers(qtbot, monkeypatch):
    dialog = TemplateDialog()
    qtbot.addWidget(dialog)
    assert dialog.selected_name() == "blank"
    monkeypatch.setattr(QDialog, "exec", lambda self: self.list.setCurrentItem(
        self.list.topLevelItem(self.names().index("contact-centre"))) or QDialog.DialogCode.Accepted)
    assert TemplateDialog.choose() == "contact-centre"
    again = TemplateDialog()
    qtbot.addWidget(again)
    assert again.selected_name() == "contact-centre"
