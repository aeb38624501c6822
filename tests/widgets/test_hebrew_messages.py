"""Messages a Hebrew facilitator can act on: the open-error dialog, Qt's own dialogs, the
unsaved-changes prompt, and --lang that holds for one run only."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from journeymap import i18n
from journeymap.widgets import app as app_module
from journeymap.widgets import open_error


@pytest.fixture
def hebrew(qapp):
    assert app_module.install_translator(qapp, "he")
    yield
    app_module.install_translator(qapp, "en")


def test_open_error_in_hebrew_says_what_where_and_that_no_copy_exists(hebrew, window, tmp_path, dialogs):
    cut = tmp_path / "סדנה.journey"
    cut.write_text('{"format": "journeymap", "version": 1, "map": {"title": "ס', encoding="utf-8")
    assert window.controller.open_path(str(cut)) is None
    kind, title, text = dialogs.calls[0]
    assert kind == "warning" and title == "לא ניתן לפתוח את המפה"
    assert "לא ניתן לפתוח את „\u2068סדנה.journey\u2069”." in text
    assert "הקובץ נגמר מוקדם מדי" in text and "היכן: שורה" in text
    assert "אין עותק שחזור" in text and f"\u2068{tmp_path}\u2069" in text  # the folder keeps its order
    assert not any(word in text for word in ("JSON", "Unterminated", "UTF-8"))


def test_open_error_offers_the_recovery_copy_and_opens_it(window, tmp_path, monkeypatch):
    bad = tmp_path / "trip.journey"
    bad.write_bytes(b"\xff\xfe\x00binary")

    class Copy:
        class info:  # noqa: N801 - stands in for RecoveryInfo
            saved = "2026-12-01T09:30:00Z"

    shown, restored = [], []
    monkeypatch.setattr(open_error, "recovery_copies_of", lambda path: [Copy])
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args) or QMessageBox.StandardButton.Open)
    monkeypatch.setattr("journeymap.widgets.recovery_dialog.restore", lambda entry, win: restored.append(entry) or win)
    assert window.controller.open_path(str(bad)) is None
    text = shown[0][2]
    assert "Not a journey map: this file is not text" in text and "A recovery copy of this map from" in text
    assert shown[0][3] == QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel
    assert restored == [Copy]


def test_qt_dialogs_speak_hebrew_and_discard_reads_as_a_hebrew_program_says_it(hebrew):
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&חיפוש בתוך:" and labels["fileTypeLabel"] == "קבצים מ&סוג:"
    box = QMessageBox()
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    assert discard.text() == "אל תשמור"
    assert box.addButton(QMessageBox.StandardButton.Save).text() == "שמור"


def test_the_unsaved_prompt_names_the_map_in_good_hebrew(hebrew, window, dialogs):
    from journeymap.editor.commands import SetPropertiesCommand

    window.undo_stack.push(SetPropertiesCommand(window.document, "map", None, {"title": "שונה"}))
    window.controller.path = None
    window.close()
    question = [text for kind, _, text in dialogs.calls if kind == "question"][0]
    assert question == "לשמור את השינויים במפה „ללא שם” לפני הסגירה?"
    assert "ב־ללא" not in question


def test_lang_holds_for_one_run_only(qapp):
    i18n.remember_language("en")
    try:
        app_module.create_application("he")
        assert i18n.current_language() == "he"
        assert i18n.remembered_language() == "en"
    finally:
        app_module.install_translator(qapp, "en")


def test_a_spreadsheet_opened_as_a_map_offers_the_import(window, tmp_path, monkeypatch):
    from journeymap.io.xlsx_export import export_xlsx

    book = tmp_path / "workshop.xlsx"
    export_xlsx(window.document, book)
    offered, imported = [], []

    def answer(box):
        offered.append((box.text(), [b.text() for b in box.buttons() if not b.isHidden()]))
        for button in box.buttons():
            if button.text() == "Import into This Map":
                button.click()
                return 0
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(window.import_actions, "import_path", lambda path: imported.append(path) or True)
    assert window.controller.open_path(str(book)) is None
    assert "“workshop.xlsx” is a spreadsheet" in offered[0][0]
    assert "New Map from It" in offered[0][1] and imported == [str(book)]
