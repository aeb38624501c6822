"""The Excel export, read back with openpyxl (and the raw sheet XML where openpyxl would hide a formula)."""

from __future__ import annotations

import os
import re
import stat
import sys
import time
import zipfile

import openpyxl
import pytest
from openpyxl.chart import LineChart

from journeymap.io.errors import SaveError
from journeymap.io.templates import load_template, template_names
from journeymap.io.xlsx.styles import hex_to_argb
from journeymap.io.xlsx_export import SHEET_NAMES, export_xlsx
from journeymap.model import Card, Lane, MapInfo, Stage, Step
from journeymap.model.document import JourneyDocument
from tests.factories import small_map

INJECTIONS = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "=1+1", "\t=1+1", "\r=2", "#N/A"]


@pytest.fixture()
def small_book(tmp_path):
    path = tmp_path / "small.xlsx"
    export_xlsx(small_map(), path)
    return openpyxl.load_workbook(path), path


def _sheet_xml(path, index: int) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"xl/worksheets/sheet{index}.xml").decode("utf-8")


def visible_sheets(book) -> list[str]:
    """The sheets a reader sees (the hidden ones carry the lists and the base values for an import)."""
    return [ws.title for ws in book.worksheets if ws.sheet_state == "visible"]


def test_sheet_names_and_order(small_book):
    book, _ = small_book
    sheets = ["Map", "Cards", "Connections", "Personas", "Paths", "Stages", "About"]
    assert visible_sheets(book) == list(SHEET_NAMES) == sheets
    assert book.active.title == "Map"


def test_map_stage_row_is_merged_over_its_steps_in_the_stage_colour(small_book):
    book, _ = small_book
    ws = book["Map"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert merged == {"B1:C1"}  # Awareness has two steps; the others one each
    assert [ws.cell(1, c).value for c in (2, 4, 5)] == ["Awareness", "Purchase", "Retention"]
    stage_color = hex_to_argb(small_map().stages()[0].color)
    assert ws["B1"].fill.fgColor.rgb == stage_color
    assert ws["C2"].fill.fgColor.rgb == stage_color  # the step under it too


def test_dark_colours_are_lightened_so_dark_text_stays_readable(tmp_path):
    from journeymap.io.xlsx.styles import luminance

    doc = small_map()
    doc.update_stage("s-buy", color="#102030")
    doc.update_lane("l-web", color="#000080")
    path = tmp_path / "dark.xlsx"
    export_xlsx(doc, path)
    ws = openpyxl.load_workbook(path)["Map"]
    assert luminance(ws["D1"].fill.fgColor.rgb) >= 160  # the stage header
    assert luminance(ws["A4"].fill.fgColor.rgb) >= 160  # the lane name
    assert luminance(ws["B4"].fill.fgColor.rgb) >= 195  # a card cell of that lane
    red, green, blue = (int(ws["A4"].fill.fgColor.rgb[i : i + 2], 16) for i in (2, 4, 6))
    assert blue > red and blue > green  # still the colour the user chose, only lighter


def test_map_steps_lanes_and_frozen_panes(small_book):
    book, _ = small_book
    ws = book["Map"]
    assert [ws.cell(2, c).value for c in range(2, 6)] == ["See ad", "Compare", "Buy", "Support"]
    assert [ws.cell(r, 1).value for r in range(3, 7)] == ["Actions", "Website", "Phone", "Emotion"]
    assert ws.freeze_panes == "B3"


def test_map_cells_list_their_cards_one_per_line(small_book):
    book, _ = small_book
    ws = book["Map"]
    assert ws["B4"].value == "Sees an ad (+1)"
    assert ws["D4"].value == "\u2605 Buys (+2)"  # a moment of truth is starred
    assert ws["C5"].value == "Calls to ask (\u22121)"
    assert ws["B3"].value == "Searches for a laptop"  # no score, no marker
    assert ws["B4"].alignment.wrap_text


def test_a_crowded_cell_has_one_line_per_card_and_a_row_tall_enough(tmp_path):
    doc = small_map()
    for i in range(5):
        doc.add_card(Card(f"more-{i}", "st-a1", "l-web", f"Extra card {i}"))
    path = tmp_path / "m.xlsx"
    export_xlsx(doc, path)
    ws = openpyxl.load_workbook(path)["Map"]
    lines = ws["B4"].value.split("\n")
    assert lines == ["\u2022 Sees an ad (+1)"] + [f"\u2022 Extra card {i}" for i in range(5)]
    assert ws.row_dimensions[4].height >= 6 * 12
    assert ws.row_dimensions[3].height < ws.row_dimensions[4].height


def test_sizes_follow_the_content_within_bounds(tmp_path):
    doc = small_map()
    doc.update_card("web-ad", title="A very long card title that certainly does not fit on one line of any column " * 3)
    path = tmp_path / "m.xlsx"
    export_xlsx(doc, path)
    ws = openpyxl.load_workbook(path)["Map"]
    widths = {c: ws.column_dimensions[c].width for c in "ABCDE"}
    assert all(14 <= w <= 90 for w in widths.values()), widths
    assert widths["B"] > widths["D"]  # the column with the long title is wider
    assert 40 <= ws.row_dimensions[4].height <= 409  # tall enough for the wrapped title, never a giant row


def test_a_long_stage_name_gets_a_header_row_tall_enough(tmp_path):
    doc = small_map()
    doc.update_stage("s-keep", name="Retention, renewal and the long tail of support after the first year " * 2)
    path = tmp_path / "m.xlsx"
    export_xlsx(doc, path)
    ws = openpyxl.load_workbook(path)["Map"]
    assert ws.row_dimensions[1].height >= 3 * 15  # the one-step stage wraps over several lines
    export_xlsx(small_map(), path)
    assert openpyxl.load_workbook(path)["Map"].row_dimensions[1].height == 24  # short names: one line


def test_emotion_row_is_numeric_with_a_colour_scale(small_book):
    book, _ = small_book
    ws = book["Map"]
    values = [ws.cell(6, c).value for c in range(2, 6)]
    assert values == [1, -0.5, 2, -2]  # step averages: Compare has 0 and -1
    assert all(ws.cell(6, c).data_type == "n" for c in range(2, 6))
    rules = {str(rng.sqref): rule for rng in ws.conditional_formatting for rule in rng.rules}
    rule = rules["B6:E6"]
    assert rule.type == "colorScale"
    assert [float(v.val) for v in rule.colorScale.cfvo] == [-2, 0, 2]


def test_an_unscored_step_leaves_the_emotion_cell_empty(tmp_path):
    doc = small_map()
    doc.update_card("phone-support", emotion=None)
    path = tmp_path / "m.xlsx"
    export_xlsx(doc, path)
    assert openpyxl.load_workbook(path)["Map"]["E6"].value is None


def test_emotion_line_chart_sits_under_the_grid(small_book):
    book, _ = small_book
    ws = book["Map"]
    assert len(ws._charts) == 1
    chart = ws._charts[0]
    assert isinstance(chart, LineChart)
    assert chart.anchor._from.row >= 6  # zero-based row index: below the last lane row
    assert (chart.anchor._from.col, chart.anchor.to.col) == (1, 5)  # spread over the step columns B:E
    series = chart.series[0]
    assert series.val.numRef.f == "'Map'!$B$6:$E$6"
    assert chart.x_axis.scaling.orientation == "minMax"


def test_emotion_chart_categories_name_the_stage_and_the_step(tmp_path):
    doc = JourneyDocument(MapInfo(title="Repeated steps"))
    for stage_id, name in (("aw", "Awareness"), ("co", "Consideration")):
        doc.add_stage(Stage(id=stage_id, name=name, steps=(Step(id=f"{stage_id}1", name="Step 1"),
                                                            Step(id=f"{stage_id}2", name="Step 2"))))
    doc.add_lane(Lane(id="web", name="Website", kind="website"))
    doc.add_lane(Lane(id="emo", name="Emotion", kind="emotion"))
    doc.add_card(Card(id="c1", title="Sees an ad", lane="web", step="aw1", emotion=1))
    doc.add_card(Card(id="c2", title="Compares", lane="web", step="co2", emotion=-1))
    path = tmp_path / "repeated.xlsx"
    export_xlsx(doc, path)
    ws = openpyxl.load_workbook(path)["Map"]
    source = ws._charts[0].series[0].cat.strRef
    row = int(re.search(r"\$B\$(\d+):", source.f).group(1))
    labels = [f"{stage} \u00b7 Step {n}" for stage in ("Awareness", "Consideration") for n in (1, 2)]
    assert [ws.cell(row, column).value for column in range(2, 6)] == labels
    assert ws.row_dimensions[row].hidden  # the labels serve the chart, not the reader
    assert [point.v for point in source.strCache.pt] == labels  # readers that never recalculate see them too
    assert row > ws._charts[0].anchor.to.row + 1  # under the chart, so hiding it never shrinks the chart
    with zipfile.ZipFile(path) as archive:
        chart_xml = archive.read("xl/charts/chart1.xml").decode("utf-8")
    assert '<plotVisOnly val="0"/>' in chart_xml  # so Excel draws from the hidden row


def test_persona_curves_join_the_chart_when_they_differ(small_book):
    book, _ = small_book
    ws = book["Map"]
    chart = ws._charts[0]
    # Anna and Ben part at "Compare": her card scores 0, his -1; cards naming nobody count for both.
    start = chart.anchor.to.row + 2  # the block under the chart (1-based row after the anchor)
    assert ws.cell(start, 1).value == "Emotion by persona"
    assert [ws.cell(start + 1, c).value for c in range(1, 6)] == ["Anna", 1, 0, 2, -2]
    assert [ws.cell(start + 2, c).value for c in range(1, 6)] == ["Ben", 1, -1, 2, -2]
    titles = [s.tx.v for s in chart.series]
    assert titles == ["All customers", "Anna", "Ben"]
    assert chart.series[1].val.numRef.f == f"'Map'!$B${start + 1}:$E${start + 1}"
    assert chart.series[1].graphicalProperties.line.solidFill.srgbClr == "E15759"  # Anna's colour
    assert chart.legend is not None
    rules = {str(rng.sqref) for rng in ws.conditional_formatting}
    assert f"B{start + 1}:E{start + 2}" in rules


def test_a_persona_whose_curve_is_the_maps_own_adds_nothing(tmp_path):
    doc = small_map()
    doc.update_card("web-compare", personas=())
    doc.update_card("phone-ask", personas=())
    path = tmp_path / "same.xlsx"
    export_xlsx(doc, path)
    ws = openpyxl.load_workbook(path)["Map"]
    assert len(ws._charts[0].series) == 1 and ws._charts[0].legend is None
    assert "Emotion by persona" not in [c.value for c in ws["A"]]


def test_map_print_setup(small_book):
    book, _ = small_book
    ws = book["Map"]
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$2" and ws.print_title_cols == "$A:$A"


def test_cards_sheet_is_a_table_with_ids(small_book):
    book, _ = small_book
    ws = book["Cards"]
    assert set(ws.tables) == {"CardsTable"}
    assert ws.tables["CardsTable"].ref == "A1:L7"
    assert ws.tables["CardsTable"].tableStyleInfo.name
    header = [c.value for c in ws[1]]
    assert header == [
        "Id",
        "Stage",
        "Step",
        "Lane",
        "Kind",
        "Title",
        "Description",
        "Emotion",
        "Moment of truth",
        "Owner",
        "KPIs",
        "Personas",
    ]
    assert ws.freeze_panes == "B2"
    rows = {row[0]: row for row in ws.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {c.id for c in small_map().cards()}
    assert rows["web-compare"][1:6] == ("Awareness", "Compare", "Website", "Touchpoint", "Compares prices")
    assert rows["web-compare"][7] == 0 and rows["web-compare"][11] == "Anna"
    assert rows["web-buy"][8] == "Yes" and rows["act-search"][4] == "Action"
    assert isinstance(rows["phone-support"][7], int)


def test_cards_sheet_guards_emotion_and_moment_of_truth(small_book):
    book, _ = small_book
    checks = {dv.type: dv for dv in book["Cards"].data_validations.dataValidation if dv.formula1[:1] != "="}
    assert str(checks["whole"].sqref) == "H2:H507"  # the exported rows and 500 spare ones for new cards
    assert (checks["whole"].formula1, checks["whole"].formula2) == ("-2", "2")
    assert str(checks["list"].sqref) == "I2:I507" and checks["list"].formula1 == '"Yes,No"'
    assert "-2" in checks["whole"].error and checks["whole"].showErrorMessage


def test_kpis_are_listed_name_value_unit(tmp_path):
    from journeymap.model import Kpi

    doc = small_map()
    doc.update_card("phone-support", kpis=(Kpi("call duration", 2, "min"), Kpi("people met", 3)), owner="Service")
    path = tmp_path / "m.xlsx"
    export_xlsx(doc, path)
    rows = {r[0]: r for r in openpyxl.load_workbook(path)["Cards"].iter_rows(min_row=2, values_only=True)}
    assert rows["phone-support"][9] == "Service"
    assert rows["phone-support"][10] == "call duration: 2 min; people met: 3"


def test_connections_personas_and_about(small_book):
    book, _ = small_book
    conns = book["Connections"]
    assert conns.tables["ConnectionsTable"].ref == "A1:H6"
    rows = {r[0]: r for r in conns.iter_rows(min_row=2, values_only=True)}
    assert rows["e2"] == ("e2", "web-compare", "Compares prices", "web-buy", "Buys", "online", 70, "Anna")
    personas = book["Personas"]
    assert personas.tables["PersonasTable"].ref == "A1:E3"
    assert personas["B2"].value == "Anna" and personas["E2"].fill.fgColor.rgb == "FFE15759"
    about = {r[0]: r[1] for r in book["About"].iter_rows(min_row=3, max_row=15, values_only=True)}
    from journeymap import __version__
    from journeymap.io.journey_format import FORMAT_VERSION

    assert about["Map title"] == "Small"
    assert about["Journeymap version"] == __version__ and about["File format version"] == FORMAT_VERSION
    assert about["Cards"] == 6 and about["Connections"] == 5 and about["Direction"] == "left-to-right"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", about["Exported"])


def test_short_lines_of_persona_goals_still_get_their_height(tmp_path):
    doc = small_map()
    doc.update_persona("p-anna", goals=("Fast", "Cheap", "Quiet"))
    path = tmp_path / "goals.xlsx"
    export_xlsx(doc, path)
    ws = openpyxl.load_workbook(path)["Personas"]
    assert ws["D2"].value == "Fast\nCheap\nQuiet"
    assert ws.row_dimensions[2].height >= 3 * 13


def test_an_empty_map_still_makes_valid_tables(tmp_path):
    doc = load_template("blank")
    path = tmp_path / "blank.xlsx"
    export_xlsx(doc, path)
    book = openpyxl.load_workbook(path)
    assert book["Cards"].tables["CardsTable"].ref == "A1:L2"  # Excel needs one (empty) data row
    assert book["Map"]._charts == []  # no scores, no curve to draw


def test_a_document_with_nothing_in_it_still_exports(tmp_path):
    path = tmp_path / "nothing.xlsx"
    export_xlsx(JourneyDocument(), path)
    book = openpyxl.load_workbook(path)
    assert visible_sheets(book) == list(SHEET_NAMES)
    assert book["Map"]["A1"].value == "Stage" and book["Map"].max_column == 1


def test_rtl_map_makes_every_sheet_right_to_left_in_stage_order(tmp_path):
    doc = small_map()
    doc.set_info(direction="rtl")
    path = tmp_path / "rtl.xlsx"
    export_xlsx(doc, path)
    book = openpyxl.load_workbook(path)
    assert all(ws.sheet_view.rightToLeft for ws in book.worksheets)
    ws = book["Map"]
    # The first stage stays in the first column; a right-to-left sheet shows it at the right.
    assert [ws.cell(1, c).value for c in (2, 4, 5)] == ["Awareness", "Purchase", "Retention"]
    assert ws._charts[0].x_axis.scaling.orientation == "maxMin"  # the curve runs right to left too
    assert ws["B4"].alignment.readingOrder == 2


def test_a_hebrew_map_speaks_hebrew_but_keeps_its_table_names(tmp_path):
    doc = small_map()
    doc.set_info(language="he", direction="rtl")
    path = tmp_path / "he.xlsx"
    export_xlsx(doc, path)
    book = openpyxl.load_workbook(path)
    assert visible_sheets(book) == ["מפה", "כרטיסים", "חיבורים", "פרסונות", "נתיבים", "שלבים", "אודות"]
    assert [set(book.worksheets[i].tables) for i in (1, 2, 3)] == [
        {"CardsTable"},
        {"ConnectionsTable"},
        {"PersonasTable"},
    ]
    cards = book["כרטיסים"]
    assert [c.value for c in cards[1]][:3] == ["מזהה", "שלב", "צעד"]
    rows = {r[0]: r for r in cards.iter_rows(min_row=2, values_only=True)}
    assert rows["web-buy"][4] == "נקודת מגע" and rows["web-buy"][8] == "כן"
    assert book["מפה"]["A1"].value == "שלב" and book["מפה"]._charts


def test_ltr_map_sheets_are_left_to_right(small_book):
    book, _ = small_book
    assert not any(ws.sheet_view.rightToLeft for ws in book.worksheets)


def test_user_text_never_becomes_a_formula(tmp_path):
    doc = small_map()
    doc.set_info(title="=1+1")
    for card, text in zip(doc.cards(), INJECTIONS, strict=False):
        doc.update_card(card.id, title=text, description=text, owner=text)
    doc.update_stage("s-aware", name="=SUM(1,2)")
    doc.update_step("st-a1", name="+1")
    doc.update_lane("l-web", name="@SUM(A1)")
    doc.update_connection("e1", label="-2")
    doc.update_persona("p-anna", name="=1+1")
    path = tmp_path / "inject.xlsx"
    export_xlsx(doc, path)

    for index in range(1, len(SHEET_NAMES) + 1):
        xml = _sheet_xml(path, index)
        assert "<f>" not in xml and "<f " not in xml, f"sheet {index} holds a formula"
    book = openpyxl.load_workbook(path)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula"
    by_id = {r[0]: r for r in book["Cards"].iter_rows(min_row=2, values_only=True)}
    for card in doc.cards():
        assert by_id[card.id][5] == card.title  # the exact text comes back
        assert by_id[card.id][6] == card.description
        cell = book["Cards"].cell(list(by_id).index(card.id) + 2, 6)
        assert cell.data_type == "s"
    assert book["Map"]["B1"].value == "=SUM(1,2)" and book["Map"]["B2"].value == "+1"
    assert book["Map"]["A4"].value == "@SUM(A1)"
    assert book["Connections"]["F2"].value == "-2"
    assert book["Personas"]["B2"].value == "=1+1"
    assert book["About"]["A1"].value == "=1+1"
    assert book["Cards"]["F2"].quotePrefix  # stays text when edited in Excel, too


def test_text_that_looks_like_numbers_or_mixes_directions_comes_back_exactly(tmp_path):
    texts = ["הרשמה ל-30 יום ניסיון ב-Dynamics 365", "זמן שיחה: 2 דקות (יעד: 90%)", "30", "1e5", "TRUE", "007"]
    doc = small_map()
    for card, text in zip(doc.cards(), texts, strict=True):
        doc.update_card(card.id, title=text)
    path = tmp_path / "mixed.xlsx"
    export_xlsx(doc, path)
    ws = openpyxl.load_workbook(path)["Cards"]
    assert [ws.cell(row, 6).value for row in range(2, 8)] == texts
    assert all(ws.cell(row, 6).data_type == "s" for row in range(2, 8))


def test_numbers_stay_numbers(small_book):
    book, _ = small_book
    emotions = [r[7] for r in book["Cards"].iter_rows(min_row=2, values_only=True) if r[7] is not None]
    assert emotions and all(isinstance(v, int) for v in emotions)
    shares = [r[6] for r in book["Connections"].iter_rows(min_row=2, values_only=True) if r[6] is not None]
    assert sorted(shares) == [30, 70]


def test_control_characters_and_long_text_do_not_break_the_export(tmp_path):
    doc = small_map()
    doc.update_card("web-ad", title="bell\x07 and nul\x00 and surrogate \ud83d", description="x" * 40_000)
    path = tmp_path / "odd.xlsx"
    export_xlsx(doc, path)
    rows = {r[0]: r for r in openpyxl.load_workbook(path)["Cards"].iter_rows(min_row=2, values_only=True)}
    assert rows["web-ad"][5] == "bell and nul and surrogate \ufffd"
    assert len(rows["web-ad"][6]) == 32_767


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs a folder permissions can close")
def test_unwritable_folder_raises_save_error_and_leaves_nothing(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(SaveError) as caught:
            export_xlsx(small_map(), folder / "out.xlsx")
        assert "out.xlsx" in str(caught.value) and "permission denied" in str(caught.value)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_file_in_the_way_of_the_folder_raises_save_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file, not a folder")
    with pytest.raises(SaveError, match="out.xlsx"):
        export_xlsx(small_map(), blocker / "out.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]
    assert blocker.read_text() == "a file, not a folder"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_a_new_workbook_gets_the_usual_file_mode(tmp_path):
    path = tmp_path / "shared.xlsx"
    export_xlsx(small_map(), path)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


def test_missing_folder_raises_save_error_and_leaves_nothing(tmp_path):
    with pytest.raises(SaveError, match="out.xlsx"):
        export_xlsx(small_map(), tmp_path / "gone" / "out.xlsx")
    assert not (tmp_path / "gone").exists()


def test_a_failed_export_keeps_the_existing_file(tmp_path, monkeypatch):
    path = tmp_path / "keep.xlsx"
    path.write_bytes(b"the old workbook")

    def broken(*args, **kwargs):
        raise ValueError("cannot convert")

    monkeypatch.setattr("journeymap.io.xlsx_export.write_map_sheet", broken)
    with pytest.raises(SaveError, match="keep.xlsx"):
        export_xlsx(small_map(), path)
    assert path.read_bytes() == b"the old workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.xlsx"]


def test_progress_is_reported_up_to_the_total(tmp_path):
    seen = []
    export_xlsx(small_map(), tmp_path / "p.xlsx", progress=lambda done, total: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert len({total for _, total in seen}) == 1
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_cancelled_export_writes_nothing(tmp_path):
    from journeymap.io.export_formats import ExportCancelled

    path = tmp_path / "cancel.xlsx"
    path.write_bytes(b"the old workbook")

    def cancel_halfway(done, total):
        if done > 0:
            raise ExportCancelled()

    with pytest.raises(ExportCancelled):
        export_xlsx(small_map(), path, progress=cancel_halfway)
    assert path.read_bytes() == b"the old workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cancel.xlsx"]


@pytest.mark.parametrize("name", template_names())
def test_every_template_exports_and_reads_back(tmp_path, name):
    doc = load_template(name)
    path = tmp_path / f"{name}.xlsx"
    export_xlsx(doc, path)
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    assert ws.max_column == 1 + len(doc.steps())
    assert [ws.cell(r, 1).value for r in range(3, 3 + len(doc.lanes()))] == [lane.name for lane in doc.lanes()]
    cards_ws = book.worksheets[1]
    assert set(cards_ws.tables) == {"CardsTable"}
    assert [r[0] for r in cards_ws.iter_rows(min_row=2, values_only=True) if r[0]] == [c.id for c in doc.cards()]
    assert all(ws.sheet_view.rightToLeft == (doc.info.direction == "rtl") for ws in book.worksheets)
    titles_on_map = "\n".join(str(c.value) for row in ws.iter_rows(min_row=3) for c in row if c.value)
    assert all(" ".join(card.title.split()) in titles_on_map for card in doc.cards())


def _big_map(cards: int) -> JourneyDocument:
    doc = JourneyDocument(MapInfo(title="Big"))
    for s in range(10):
        doc.add_stage(Stage(f"s{s}", f"Stage {s}", steps=tuple(Step(f"s{s}-{k}", f"Step {s}.{k}") for k in range(5))))
    kinds = ["website", "email", "phone", "actions", "friction", "emotion"]
    for kind in kinds:
        doc.add_lane(Lane(f"l-{kind}", kind.title(), kind))
    steps = doc.steps()
    card_lanes = [f"l-{kind}" for kind in kinds if kind != "emotion"]
    for i in range(cards):
        doc.add_card(
            Card(
                f"c{i}",
                steps[i % len(steps)].id,
                card_lanes[i % len(card_lanes)],
                f"Card number {i}",
                description="Some words about it",
                emotion=(i % 5) - 2,
            )
        )
    return doc


def test_a_ten_thousand_card_map_exports_in_seconds(tmp_path):
    doc = _big_map(10_000)
    started = time.perf_counter()
    export_xlsx(doc, tmp_path / "big.xlsx")
    elapsed = time.perf_counter() - started
    assert elapsed < 20, f"took {elapsed:.1f} s"
    ws = openpyxl.load_workbook(tmp_path / "big.xlsx", read_only=True)["Cards"]
    assert ws.max_row == 10_001
