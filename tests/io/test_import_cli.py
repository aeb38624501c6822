"""``journeymap import``: exit codes, dry runs, JSON, conflicts, deletions, writing as Save does."""

from __future__ import annotations

import json

import pytest

from journeymap.cli import main
from journeymap.io.journey_file import load_map, save_map
from journeymap.io.xlsx_import import PREVIEW_KEYS
from tests.factories import small_map
from tests.io.xlsx_books import Book, exported


@pytest.fixture()
def files(tmp_path):
    doc = small_map()
    map_path = tmp_path / "small.journey"
    save_map(doc, map_path)
    book = Book(exported(load_map(map_path), tmp_path))
    return map_path, book


def test_dry_run_json_prints_exactly_the_preview_keys_and_writes_nothing(files, capsys):
    map_path, book = files
    book.set("Cards", "web-ad", "Title", "Sees a banner")
    before = map_path.read_bytes()
    assert main(["import", str(map_path), str(book.save()), "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert list(report) == list(PREVIEW_KEYS)
    assert report["changed"][0]["id"] == "web-ad" and report["changed"][0]["row"] == book.row_of("Cards", "web-ad")
    assert map_path.read_bytes() == before


def test_without_output_the_map_itself_is_updated(files, capsys):
    map_path, book = files
    book.set("Cards", "web-ad", "Title", "Sees a banner")
    assert main(["import", str(map_path), str(book.save())]) == 0
    assert load_map(map_path).card("web-ad").title == "Sees a banner"
    assert "1 change" in capsys.readouterr().out
    assert not list(map_path.parent.glob(".*.tmp"))  # written through a temporary file, none left over


def test_output_goes_to_another_file(files):
    map_path, book = files
    book.set("Cards", "web-ad", "Emotion", "-2")
    out = map_path.parent / "out.journey"
    before = map_path.read_bytes()
    assert main(["import", str(map_path), str(book.save()), "-o", str(out)]) == 0
    assert load_map(out).card("web-ad").emotion == -2 and map_path.read_bytes() == before


def test_conflicts_need_on_conflict(files, capsys):
    map_path, book = files
    book.set("Cards", "web-ad", "Title", "Sees a banner")
    book.save()
    doc = load_map(map_path)
    doc.update_card("web-ad", title="Sees a poster")
    save_map(doc, map_path)
    before = map_path.read_bytes()
    assert main(["import", str(map_path), str(book.path)]) == 1
    assert "--on-conflict" in capsys.readouterr().err and map_path.read_bytes() == before
    assert main(["import", str(map_path), str(book.path), "--on-conflict", "map"]) == 0
    assert load_map(map_path).card("web-ad").title == "Sees a poster"
    assert main(["import", str(map_path), str(book.path), "--on-conflict", "sheet"]) == 0
    assert load_map(map_path).card("web-ad").title == "Sees a banner"


def test_deleted_rows_are_removed_only_with_delete(files):
    map_path, book = files
    book.delete_row("Cards", "act-search")
    book.save()
    assert main(["import", str(map_path), str(book.path)]) == 0
    assert load_map(map_path).has_card("act-search")
    assert main(["import", str(map_path), str(book.path), "--delete"]) == 0
    assert not load_map(map_path).has_card("act-search")


def test_wrong_usage_is_exit_2(files, capsys):
    map_path, book = files
    assert main(["import"]) == 2
    assert main(["import", str(map_path), str(book.path), "--on-conflict", "mine"]) == 2
    assert main(["import", str(book.path)]) == 2  # a new map needs -o
    assert main(["import", "a", "b", "c"]) == 2


def test_a_map_that_cannot_be_read_is_exit_1(tmp_path, files, capsys):
    _, book = files
    broken = tmp_path / "broken.journey"
    broken.write_text("{not json", encoding="utf-8")
    assert main(["import", str(broken), str(book.path)]) == 1
    assert capsys.readouterr().err.startswith("journeymap:")


def test_a_new_map_from_a_csv_table(tmp_path, capsys):
    table = tmp_path / "journey.csv"
    table.write_bytes("\ufeffStage;Step;Lane;Title;Emotion\r\nAwareness;Ad;Website;Sees an ad;+1\r\n"
                      "Purchase;Buy;Store / branch;Buys;2\r\n".encode("utf-8"))
    out = tmp_path / "new.journey"
    assert main(["import", str(table), "-o", str(out)]) == 0
    doc = load_map(out)
    assert [s.name for s in doc.stages()] == ["Awareness", "Purchase"]
    assert [(lane.name, lane.kind) for lane in doc.lanes()] == [("Website", "website"), ("Store / branch", "store"),
                                                               ("Emotion", "emotion")]
    assert [c.emotion for c in doc.cards()] == [1, 2]
    assert main(["import", str(table), "-o", str(out)]) == 1  # exists: --force to overwrite
    assert main(["import", str(table), "-o", str(out), "--force"]) == 0


def test_the_workbook_is_never_overwritten_by_the_map(files, capsys):
    map_path, book = files
    before = book.path.read_bytes()
    assert main(["import", str(map_path), str(book.path), "-o", str(book.path)]) == 1
    assert main(["import", str(book.path), "-o", str(book.path), "--force"]) == 1
    assert book.path.read_bytes() == before and "choose another name" in capsys.readouterr().err
