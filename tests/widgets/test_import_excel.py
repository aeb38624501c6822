"""File → Import from Excel… and File → New from Spreadsheet…, driven as a user drives them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QTreeWidget

from journeymap.io.xlsx_import import preview_import
from journeymap.widgets.import_dialog import ImportPreviewDialog
from tests.io.xlsx_books import Book, exported


@pytest.fixture()
def answer(monkeypatch):
    """The preview dialog's answer: a function given the dialog, returning whether to accept."""
    state = {"choose": lambda dialog: True, "seen": []}

    def exec_(dialog):
        state["seen"].append(dialog)
        accepted = state["choose"](dialog)
        return QDialog.DialogCode.Accepted if accepted else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportPreviewDialog, "exec", exec_)
    return state


def test_the_menu_names_both_commands(window):
    file_menu = window.menus["file"]
    names = [action.objectName() for action in file_menu.actions()]
    assert names.index("action_new_from_spreadsheet") < names.index("action_open")
    assert names.index("action_import_excel") < names.index("action_export")
    assert window.findChild(QAction, "action_import_excel").text() == "&Import from Excel…"


def test_an_import_is_one_undo_step(window, tmp_path, answer):
    book = Book(exported(window.document, tmp_path))
    book.set("Cards", "web-ad", "Title", "Sees a banner")
    book.set("Cards", "web-compare", "Emotion", "+2")
    book.append("Cards", {"Stage": "Purchase", "Step": "Buy", "Lane": "Phone", "Title": "Calls to confirm"})
    before = window.document.snapshot()
    depth = window.undo_stack.count()
    assert window.import_actions.import_path(str(book.save()))
    doc = window.document
    assert doc.card("web-ad").title == "Sees a banner" and doc.card("web-compare").emotion == 2
    assert any(c.title == "Calls to confirm" for c in doc.cards())
    assert window.undo_stack.count() == depth + 1 and window.undo_stack.undoText().startswith("Import 3 change")
    window.undo_stack.undo()
    assert doc.snapshot() == before
    window.undo_stack.redo()
    assert doc.card("web-ad").title == "Sees a banner"


def test_conflicts_must_be_resolved_and_deletions_ticked(window, tmp_path, answer):
    book = Book(exported(window.document, tmp_path))
    book.set("Cards", "web-buy", "Title", "Buys online")
    book.delete_row("Cards", "act-search")
    path = book.save()
    window.editor.set_properties("card", "web-buy", {"title": "Buys in the shop"})

    def choose(dialog):
        assert not dialog.import_button.isEnabled()  # a conflict without a choice
        dialog.resolve_all("sheet")
        assert dialog.import_button.isEnabled()
        dialog.set_deletion("act-search", True)
        return True

    answer["choose"] = choose
    assert window.import_actions.import_path(str(path))
    assert window.document.card("web-buy").title == "Buys online"
    assert not window.document.has_card("act-search")


def test_delete_all_ticks_every_deletion(window, tmp_path):
    from PySide6.QtWidgets import QPushButton

    book = Book(exported(window.document, tmp_path))
    book.delete_row("Cards", "act-search")
    book.delete_row("Connections", "e4")
    dialog = ImportPreviewDialog(preview_import(window.document, book.save()), window)
    assert dialog.deletions() == set()
    dialog.findChild(QPushButton, "deletions_delete_all").click()
    assert dialog.deletions() == {"act-search", "e4"}
    dialog.findChild(QPushButton, "deletions_keep_all").click()
    assert dialog.deletions() == set()


def test_an_unticked_deletion_keeps_the_card(window, tmp_path, answer):
    book = Book(exported(window.document, tmp_path))
    book.delete_row("Cards", "act-search")
    book.set("Cards", "web-ad", "Title", "Sees a banner")
    assert window.import_actions.import_path(str(book.save()))
    assert window.document.has_card("act-search")


def test_cancel_changes_nothing(window, tmp_path, answer):
    book = Book(exported(window.document, tmp_path))
    book.set("Cards", "web-ad", "Title", "Sees a banner")
    answer["choose"] = lambda dialog: False
    before = window.document.snapshot()
    assert not window.import_actions.import_path(str(book.save()))
    assert window.document.snapshot() == before and window.undo_stack.count() == 0


def test_a_broken_workbook_gets_one_message(window, tmp_path, dialogs, answer):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a workbook at all")
    assert not window.import_actions.import_path(str(path))
    assert dialogs.kinds() == ["warning"] and "not an Excel workbook" in dialogs.calls[0][2]
    assert answer["seen"] == []


def test_another_maps_workbook_asks_first(window, tmp_path, dialogs, answer):
    from journeymap.io.templates import load_template

    path = exported(load_template("contact-centre"), tmp_path, "other.xlsx")
    assert not window.import_actions.import_path(str(path))  # the recorder answers Cancel
    assert dialogs.kinds() == ["question"] and answer["seen"] == []


def test_the_dialog_lists_changes_errors_and_warnings(window, tmp_path):
    book = Book(exported(window.document, tmp_path))
    book.set("Cards", "web-ad", "Title", "Sees a banner")
    book.set("Cards", "phone-ask", "Emotion", 7)
    book.sheet("Map")["C3"] = "typed in the grid"
    dialog = ImportPreviewDialog(preview_import(window.document, book.save()), window)
    changes = dialog.findChild(QTreeWidget, "import_changes")
    errors = dialog.findChild(QTreeWidget, "import_errors")
    warnings = dialog.findChild(QTreeWidget, "import_warnings")
    assert changes.topLevelItem(0).text(4) == "Sees an ad" and changes.topLevelItem(0).text(5) == "Sees a banner"
    assert errors.topLevelItem(0).text(2) == "Emotion" and "-2" in errors.topLevelItem(0).text(4)
    assert "Map sheet" in warnings.topLevelItem(0).text(0)
    assert "1 changed" in dialog.summary.text() and dialog.import_button.isEnabled()


def test_new_from_spreadsheet_opens_the_map(window, tmp_path, answer):
    table = tmp_path / "journey.csv"
    table.write_text("Stage,Step,Lane,Title\nAwareness,Ad,Website,Sees an ad\nPurchase,Buy,Phone,Calls\n",
                     encoding="utf-8")
    shown = window.import_actions.new_map_from(str(table))
    assert shown is not None and shown.document.card_count() == 2
    assert shown.controller.path is None  # untitled: Save asks where
    dialog = answer["seen"][0]
    assert dialog.new_map is not None and dialog.import_button.text() == "Create Map"
    assert dialog.findChild(QTreeWidget, "import_cards").topLevelItemCount() == 2
    lanes = dialog.findChild(QTreeWidget, "import_lanes")
    assert [(lanes.topLevelItem(i).text(0), lanes.topLevelItem(i).text(1)) for i in range(2)] == [
        ("Website", "Website"), ("Phone", "Phone call")]
    assert "2 cards" in dialog.summary.text() or "2 card" in dialog.summary.text()
