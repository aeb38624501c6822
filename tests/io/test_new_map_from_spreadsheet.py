"""A new map from the spreadsheets people keep journeys in: a grid, a table, CSV or xlsx, English or Hebrew."""

from __future__ import annotations

import openpyxl
import pytest

from journeymap.io.templates import load_template
from journeymap.io.xlsx_import import ImportRefused
from journeymap.io.xlsx_import.lane_kinds import lane_kind_for_name
from journeymap.io.xlsx_import.new_map import map_from_spreadsheet
from tests.io.xlsx_books import exported, only_map_sheet


def nngroup_grid(path, merged=True):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Customer journey: buying a laptop"])
    ws.append(["Phase", "Awareness", None if merged else "Awareness", "Purchase", "Support"])
    ws.append(["Steps", "See an ad", "Compare", "Buy", "Call"])
    ws.append(["Actions", "Scrolls\nClicks", "Opens three tabs", "Pays", "Calls support"])
    ws.append(["Website", None, "• Compares prices\n• Reads reviews", "★ Checkout", None])
    ws.append(["Pain points", None, "Too many models", None, "Long wait"])
    ws.append(["Feelings", 1, 0, 2, -2])
    ws.append(["Field visit", None, None, None, "Technician comes"])
    if merged:
        ws.merge_cells("B2:C2")
    book.save(path)
    return path


@pytest.mark.parametrize("merged", [True, False])
def test_a_grid_with_merged_or_repeated_stages(tmp_path, merged):
    doc, preview = map_from_spreadsheet(nngroup_grid(tmp_path / "grid.xlsx", merged))
    assert [(s.name, [t.name for t in s.steps]) for s in doc.stages()] == [
        ("Awareness", ["See an ad", "Compare"]), ("Purchase", ["Buy"]), ("Support", ["Call"])]
    assert [(lane.name, lane.kind) for lane in doc.lanes()] == [
        ("Actions", "actions"), ("Website", "website"), ("Pain points", "friction"), ("Feelings", "emotion"),
        ("Field visit", "custom")]
    cards = {c.title: c for c in doc.cards()}
    assert set(cards) >= {"Scrolls", "Clicks", "Compares prices", "Reads reviews", "Checkout", "Technician comes"}
    assert cards["Checkout"].moment_of_truth and cards["Checkout"].emotion == 2
    assert cards["Long wait"].emotion == -2 and cards["Scrolls"].emotion == 1
    assert len(preview.added) == doc.card_count() and not preview.errors


def test_the_map_sheet_of_our_own_workbook_reads_as_a_grid_too(tmp_path):
    doc = load_template("online-purchase")
    path = exported(doc, tmp_path)
    only_map_sheet(path)
    new, _ = map_from_spreadsheet(path)
    assert [s.name for s in new.stages()] == [s.name for s in doc.stages()]
    assert new.card_count() == doc.card_count()


def test_our_own_workbook_makes_a_new_map_with_connections_and_personas(tmp_path):
    doc = load_template("online-purchase-he")
    new, preview = map_from_spreadsheet(exported(doc, tmp_path))
    assert new.info.language == "he" and new.info.direction == "rtl"
    assert new.card_count() == doc.card_count() and new.connection_count() == doc.connection_count()
    assert sorted(p.name for p in new.personas()) == sorted(p.name for p in doc.personas())
    assert [c.title for c in new.cards() if c.personas][:1] and not preview.errors


def test_a_hebrew_csv_without_bom_with_commas(tmp_path):
    path = tmp_path / "מסע.csv"
    path.write_text("שלב,צעד,נתיב,כותרת,רגש\nמודעות,מודעה,אתר,רואה מודעה,1\nרכישה,קנייה,מוקד טלפוני,מתקשרת,-1\n",
                    encoding="utf-8")
    doc, _ = map_from_spreadsheet(path)
    assert doc.info.direction == "rtl"
    assert [(lane.name, lane.kind) for lane in doc.lanes()][:2] == [("אתר", "website"), ("מוקד טלפוני", "phone")]


def test_bad_rows_of_a_table_are_errors(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("Stage,Lane,Title,Emotion\nA,Web,Fine,1\nA,Web,Too happy,7\n", encoding="utf-8")
    doc, preview = map_from_spreadsheet(path)
    assert doc.card_count() == 1 and [(e.row, e.column) for e in preview.errors] == [(3, "emotion")]


def test_a_spreadsheet_of_neither_shape(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("just one cell\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="neither a journey grid"):
        map_from_spreadsheet(path)


@pytest.mark.parametrize("name, kind", [
    ("Website", "website"), ("Email", "email"), ("Phone call", "phone"), ("Chatbot", "chatbot"),
    ("Store", "store"), ("Actions", "actions"), ("Questions", "questions"), ("Pain points", "friction"),
    ("Friction", "friction"), ("Opportunities", "opportunities"), ("Feelings", "emotion"), ("רגש", "emotion"),
    ("אתר", "website"), ("נקודות חיכוך", "friction"), ("הזדמנויות", "opportunities"), ("פעולות", "actions"),
    ("שאלות", "questions"), ("מוקד שירות", "phone"), ("Apply online", "website"), ("Carrier pigeon", "custom"),
])
def test_lane_kinds_from_names(name, kind):
    assert lane_kind_for_name(name) == kind
