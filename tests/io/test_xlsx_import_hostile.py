"""Hostile and broken workbooks: one readable message each, the map untouched, nothing written, fast."""

from __future__ import annotations

import time
import tracemalloc

import openpyxl
import pytest

from journeymap.cli import main
from journeymap.io.journey_file import save_map
from journeymap.io.xlsx_import import ImportRefused, preview_import
from journeymap.io.xlsx_import.new_map import map_from_spreadsheet
from tests.factories import small_map
from tests.io import hostile_books
from tests.io.xlsx_books import Book, exported

SECONDS = 5.0


@pytest.fixture()
def doc():
    return small_map()


@pytest.fixture()
def good_book(doc, tmp_path):
    return exported(doc, tmp_path, "good.xlsx")


def refused(doc, path) -> str:
    before = doc.snapshot()
    started = time.perf_counter()
    with pytest.raises(ImportRefused) as caught:
        preview_import(doc, path)
    assert time.perf_counter() - started < SECONDS
    assert doc.snapshot() == before
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message and len(message) < 300
    return message


def test_random_bytes(doc, tmp_path):
    path = tmp_path / "noise.xlsx"
    path.write_bytes(bytes(range(256)) * 40)
    assert "not an Excel workbook" in refused(doc, path)


def test_an_empty_file(doc, tmp_path):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert "is empty" in refused(doc, path)


def test_a_png_renamed(doc, tmp_path):
    assert "PNG picture" in refused(doc, hostile_books.renamed_png(tmp_path / "picture.xlsx"))


def test_an_old_xls_file(doc, tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert "97–2003" in refused(doc, path)


def test_a_macro_workbook(doc, good_book, tmp_path):
    path = hostile_books.rewrite_member(good_book, tmp_path / "macro.xlsx", "", None,
                                        {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0 macro"})
    assert "macros" in refused(doc, path)
    assert "macros" in refused(doc, hostile_books.copy(good_book, tmp_path / "book.xlsm"))


def test_a_zip_bomb(doc, good_book, tmp_path):
    path = hostile_books.zip_bomb(good_book, tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 2_000_000
    assert "zip bomb" in refused(doc, path)


def test_an_xml_entity_bomb(doc, good_book, tmp_path):
    assert openpyxl.DEFUSEDXML
    path = hostile_books.entity_bomb(good_book, tmp_path / "lol.xlsx")
    assert "entit" in refused(doc, path)


@pytest.mark.slow
def test_a_sheet_of_a_million_rows_in_bounded_memory(doc, good_book, tmp_path):
    path = hostile_books.million_rows(good_book, tmp_path / "rows.xlsx")
    assert "more than 40000 rows" in refused(doc, path)  # within seconds
    tracemalloc.start()  # a second time, traced (tracing slows it down several times)
    try:
        with pytest.raises(ImportRefused):
            preview_import(doc, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 200 * 1024 * 1024


def test_a_huge_string_is_an_error_of_its_cell(doc, good_book, tmp_path):
    started = time.perf_counter()
    preview = preview_import(doc, hostile_books.huge_string(good_book, tmp_path / "huge.xlsx"))
    assert time.perf_counter() - started < SECONDS
    assert [(e.id, e.column) for e in preview.errors] == [("web-ad", "Title")]
    assert "32767" in str(preview.errors[0].expected)
    assert preview.changed == [] and preview.deleted == []


def test_a_formula_without_a_cached_value_is_reported_not_read_as_empty(doc, good_book):
    book = Book(good_book)
    book.set("Cards", "web-ad", "Emotion", "=1+1")  # openpyxl writes formulas without values
    book.sheet("Cards").cell(book.row_of("Cards", "web-ad"), 8).data_type = "f"
    preview = preview_import(doc, book.save())
    assert [(e.id, e.column) for e in preview.errors] == [("web-ad", "Emotion")]
    assert "formula" in str(preview.errors[0].expected)
    assert preview.changed == [] and preview.deleted == []


def test_missing_cards_sheet(doc, good_book):
    book = Book(good_book)
    del book.book["Cards"]
    assert "no Cards sheet" in refused(doc, book.save())


def test_a_cards_sheet_without_an_id_column(doc, good_book):
    book = Book(good_book)
    book.sheet("Cards").cell(1, 1).value = "Number"
    assert "“Id” column" in refused(doc, book.save())


def test_hostile_spreadsheets_for_a_new_map_too(tmp_path, good_book):
    for path in (hostile_books.renamed_png(tmp_path / "p.xlsx"),
                 hostile_books.zip_bomb(good_book, tmp_path / "b.xlsx")):
        with pytest.raises(ImportRefused):
            map_from_spreadsheet(path)
    latin = tmp_path / "latin1.csv"
    latin.write_bytes("Stage,Lane,Title\nCaf\xe9,Web,Hi\n".encode("latin-1"))
    with pytest.raises(ImportRefused, match="UTF-8"):
        map_from_spreadsheet(latin)


@pytest.mark.parametrize("kind", ["noise", "png", "bomb", "lol", "other"])
def test_the_command_line_leaves_the_map_file_and_writes_nothing(kind, doc, good_book, tmp_path, capsys):
    map_path = tmp_path / "map.journey"
    save_map(doc, map_path)
    original = map_path.read_bytes()
    if kind == "noise":
        bad = tmp_path / "noise.xlsx"
        bad.write_bytes(b"\x01\x02" * 500)
    elif kind == "png":
        bad = hostile_books.renamed_png(tmp_path / "pic.xlsx")
    elif kind == "bomb":
        bad = hostile_books.zip_bomb(good_book, tmp_path / "bomb.xlsx")
    elif kind == "lol":
        bad = hostile_books.entity_bomb(good_book, tmp_path / "lol.xlsx")
    else:
        from journeymap.io.templates import load_template

        bad = exported(load_template("contact-centre"), tmp_path, "other.xlsx")
    out = tmp_path / "out.journey"
    assert main(["import", str(map_path), str(bad), "-o", str(out)]) == 1
    assert main(["import", str(map_path), str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.startswith("journeymap:")
    assert map_path.read_bytes() == original and not out.exists()


def test_a_formula_in_a_connection_or_persona_row_is_reported_too(doc, good_book):
    book = Book(good_book)
    book.set("Connections", "e2", "Label", "=A1")
    book.sheet("Connections").cell(book.row_of("Connections", "e2"), 6).data_type = "f"
    book.set("Personas", "p-anna", "Name", "=B2")
    book.sheet("Personas").cell(book.row_of("Personas", "p-anna"), 2).data_type = "f"
    preview = preview_import(doc, book.save())
    assert sorted((e.sheet, e.id, e.column) for e in preview.errors) == [
        ("connections", "e2", "Label"), ("personas", "p-anna", "Name")]
    assert preview.changed == [] and preview.deleted == []
