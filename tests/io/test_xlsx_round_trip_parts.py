"""What the exported workbook carries for the way back: lists, dropdowns, notes, base values, identity."""

from __future__ import annotations

import json

import openpyxl
import pytest

from journeymap.io.templates import load_template
from journeymap.io.xlsx.round_trip import BASE_SHEET, IDENTITY_PROPERTY, LISTS_SHEET
from journeymap.io.xlsx_export import export_xlsx
from tests.factories import small_map
from tests.io.test_xlsx_import_round_trip import _calc_resave


@pytest.fixture()
def small_path(tmp_path):
    path = tmp_path / "small.xlsx"
    export_xlsx(small_map(), path)
    return path


def lists_of(book) -> dict[str, list]:
    found = {}
    for name, defined in book.defined_names.items():
        if name.startswith("jm_"):
            sheet, ref = list(defined.destinations)[0]
            found[name] = [cell.value for row in book[sheet][ref] for cell in row]
    return found


def test_dropdown_lists_live_on_a_hidden_sheet_behind_defined_names(small_path):
    book = openpyxl.load_workbook(small_path)
    assert book[LISTS_SHEET].sheet_state == "hidden"
    assert lists_of(book) == {
        "jm_stages": ["Awareness", "Purchase", "Retention"],
        "jm_steps": ["See ad", "Compare", "Buy", "Support"],
        "jm_lanes": ["Actions", "Website", "Phone"],  # not the emotion lane: it holds no cards
        "jm_personas": ["Anna", "Ben"],
        "jm_yes_no": ["Yes", "No"],
    }


def test_cards_offer_the_dropdowns_on_every_row_and_500_spare_ones(small_path):
    ws = openpyxl.load_workbook(small_path)["Cards"]
    lists = {dv.formula1: dv for dv in ws.data_validations.dataValidation if dv.type == "list"}
    assert str(lists["=jm_stages"].sqref) == "B2:B507" and lists["=jm_stages"].showErrorMessage
    assert str(lists["=jm_steps"].sqref) == "C2:C507" and str(lists["=jm_lanes"].sqref) == "D2:D507"
    assert str(lists["=jm_personas"].sqref) == "L2:L507"
    assert not lists["=jm_personas"].showErrorMessage  # offered, not enforced: a cell may name several
    assert ws.column_dimensions["A"].number_format == "@"  # an id typed by hand stays text


def test_connections_check_the_share_and_keep_ids_as_text(small_path):
    ws = openpyxl.load_workbook(small_path)["Connections"]
    share = next(dv for dv in ws.data_validations.dataValidation if dv.type == "decimal")
    assert (share.formula1, share.formula2, str(share.sqref)) == ("0", "100", "G2:G506")
    assert all(ws.column_dimensions[c].number_format == "@" for c in "ABD")


def test_the_map_and_about_sheets_say_which_sheets_come_back(small_path):
    book = openpyxl.load_workbook(small_path)
    note = book["Map"]["A1"].comment.text
    assert "Cards, Connections and Personas" in note and "not imported" in note
    about = [[c.value for c in row] for row in book["About"].iter_rows()]
    assert ["Sending it back", note] in about


def test_the_base_sheet_holds_every_item_and_the_maps_identity(small_path):
    book = openpyxl.load_workbook(small_path)
    assert book[BASE_SHEET].sheet_state == "hidden"
    text = "".join(row[0].value for row in book[BASE_SHEET].iter_rows(min_row=2) if row[0].value)
    base = json.loads(text)
    assert sorted(base["card"]) == sorted(c.id for c in small_map().cards())
    assert sorted(base["connection"]) == ["e1", "e2", "e3", "e4", "e5"] and sorted(base["persona"]) == ["p-anna",
                                                                                                      "p-ben"]
    digest, record, shown = base["card"]["web-compare"]
    assert record["title"] == "Compares prices" and record["personas"] == ["p-anna"] and shown["personas"] == "Anna"
    assert base["meta"]["sheets"]["cards"] == "Cards" and base["meta"]["identity"] == "title:Small"
    assert [p.value for p in book.custom_doc_props if p.name == IDENTITY_PROPERTY] == ["title:Small"]


def test_a_hebrew_map_has_hebrew_lists_and_notes(tmp_path):
    path = tmp_path / "he.xlsx"
    export_xlsx(load_template("online-purchase-he"), path)
    book = openpyxl.load_workbook(path)
    assert lists_of(book)["jm_yes_no"] == ["כן", "לא"]
    assert "כרטיסים" in book["מפה"]["A1"].comment.text


@pytest.mark.slow
def test_libreoffice_keeps_what_the_import_needs(small_path, tmp_path):
    book = openpyxl.load_workbook(_calc_resave(small_path, tmp_path))
    assert book[LISTS_SHEET].sheet_state == "hidden" and book[BASE_SHEET].sheet_state == "hidden"
    assert lists_of(book)["jm_lanes"] == ["Actions", "Website", "Phone"]
    assert [p.value for p in book.custom_doc_props if p.name == IDENTITY_PROPERTY] == ["title:Small"]
    formulas = {dv.formula1 for dv in book["Cards"].data_validations.dataValidation}
    assert {"jm_stages", "jm_steps", "jm_lanes"} <= {f.lstrip("=") for f in formulas if f}


def test_the_base_names_each_sheet_by_what_it_is(small_path):
    book = openpyxl.load_workbook(small_path)
    text = "".join(row[0].value for row in book[BASE_SHEET].iter_rows(min_row=2) if row[0].value)
    assert json.loads(text)["meta"]["sheets"] == {"map": "Map", "cards": "Cards", "connections": "Connections",
                                                   "personas": "Personas", "about": "About"}
