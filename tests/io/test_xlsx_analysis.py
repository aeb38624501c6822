"""The Paths and Stages sheets carry the analysis' own numbers, read back with openpyxl."""

from __future__ import annotations

import openpyxl
import pytest

from journeymap.io.templates import load_template
from journeymap.io.xlsx_export import export_xlsx
from journeymap.model import JourneyDocument, MapInfo
from journeymap.model.analysis import analyze
from tests.factories import small_map


def rows(ws):
    return list(ws.iter_rows(values_only=True))


def test_paths_sheet_lists_the_paths_by_share(tmp_path):
    doc = small_map()
    export_xlsx(doc, tmp_path / "m.xlsx")
    book = openpyxl.load_workbook(tmp_path / "m.xlsx")
    ws = book["Paths"]
    table = rows(ws)
    assert table[0][:3] == ("#", "Share of customers", "Path")
    assert table[1][:6] == (
        1,
        0.7,
        "Sees an ad → Compares prices → Buys → Support call",
        "web-ad > web-compare > web-buy > phone-support",
        "Website → Phone",
        1,
    )
    assert table[1][6:11] == (1, -2, -2, "Buys", 0)
    assert table[2][1] == pytest.approx(0.21)
    assert ws.cell(2, 2).number_format == "0.0%"
    assert "PathsTable" in ws.tables
    note = ws.cell(5, 3).value  # a row below the table
    assert note.startswith("9% of customers go round a loop")


def test_stages_sheet_matches_the_stage_summary(tmp_path):
    doc = load_template("online-purchase")
    export_xlsx(doc, tmp_path / "m.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "m.xlsx")["Stages"]
    table = rows(ws)
    expected = analyze(doc).stages
    assert [r[0] for r in table[1:]] == [s.id for s in expected]
    for row, stage in zip(table[1:], expected, strict=True):
        assert row[2] == pytest.approx(stage.reach)
        assert row[3] == (pytest.approx(stage.emotion_avg) if stage.emotion_avg is not None else None)
        assert row[4:8] == (stage.emotion_min, stage.friction, stage.opportunities, stage.moments_of_truth)
    assert ws.cell(2, 3).number_format == "0.0%" and "StagesTable" in ws.tables


def test_hebrew_map_gets_hebrew_sheets_right_to_left(tmp_path):
    export_xlsx(load_template("online-purchase-he"), tmp_path / "he.xlsx")
    book = openpyxl.load_workbook(tmp_path / "he.xlsx")
    ws = book["נתיבים"]
    assert ws.sheet_view.rightToLeft and ws.cell(1, 2).value == "אחוז מהלקוחות"
    assert " ← " in ws.cell(2, 3).value
    assert book["שלבים"].cell(1, 3).value == "הגעה"


def test_a_map_without_connections_says_so(tmp_path):
    from journeymap.model import Lane, Stage, Step

    doc = JourneyDocument(MapInfo(title="Empty"))
    doc.add_stage(Stage("s", "Only", steps=(Step("st", "One"),)))
    doc.add_lane(Lane("l", "Web", "website"))
    export_xlsx(doc, tmp_path / "e.xlsx")
    book = openpyxl.load_workbook(tmp_path / "e.xlsx")
    assert "no connections" in book["Paths"].cell(4, 3).value
    assert rows(book["Stages"])[1][:3] == ("s", "Only", None)


def test_a_failing_analysis_leaves_the_rest_of_the_workbook_whole(tmp_path, monkeypatch):
    from journeymap.io.xlsx import analysis_sheets

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(analysis_sheets, "analyze", broken)
    export_xlsx(small_map(), tmp_path / "m.xlsx")
    book = openpyxl.load_workbook(tmp_path / "m.xlsx")
    assert "boom" in book["Paths"]["A1"].value and book["Cards"]["A2"].value
