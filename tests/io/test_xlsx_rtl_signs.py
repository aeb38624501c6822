"""A right-to-left workbook keeps every sign before its digit, on every sheet: score numbers are
numbers in cells that read left to right with a signed format, text that carries a signed number
marks it, and the import reads both back."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess

import openpyxl
import pytest

from journeymap.io.templates import load_template
from journeymap.io.xlsx.analysis_sheets import HEBREW as ANALYSIS_HEBREW
from journeymap.io.xlsx.analysis_sheets import _more_note, analysis_words
from journeymap.io.xlsx.labels import HEBREW
from journeymap.io.xlsx_import import preview_import
from journeymap.io.xlsx_import.new_map import map_from_spreadsheet
from journeymap.model import Kpi
from journeymap.model.analysis import analyze
from journeymap.model.analysis.result import MorePaths
from tests.io.xlsx_books import exported, only_map_sheet

LRM = "\u200e"
KPI_NAME = "מדד המלצה"


def hebrew_map():
    """The Hebrew template with a negative KPI, the one signed number of a card's text fields."""
    doc = load_template("online-purchase-he")
    card = next(card for card in doc.cards() if card.kpis)
    doc.update_card(card.id, kpis=(*card.kpis, Kpi(KPI_NAME, -37.0, "")))
    return doc, card.id


def visible_sheets(book):
    return [ws for ws in book.worksheets if ws.sheet_state == "visible"]


def column_cells(ws, header):
    column = next(cell.column for cell in ws[1] if cell.value == header)
    return [row[column - 1] for row in ws.iter_rows(min_row=2) if row[column - 1].value is not None]


def score_cells(book):
    """Every emotion score the workbook shows as a number, by sheet."""
    map_ws = book[HEBREW["sheet.map"]]
    emotion_row = next(row for row in map_ws.iter_rows() if row[0].value == HEBREW["emotion"])
    persona_title = next(row[0].row for row in map_ws.iter_rows() if row[0].value == HEBREW["emotion_by_persona"])
    persona_rows = [row for row in map_ws.iter_rows(min_row=persona_title + 1) if row[0].value]
    found = {HEBREW["sheet.map"]: [c for row in [emotion_row, *persona_rows] for c in row[1:] if c.value is not None]}
    found[HEBREW["sheet.cards"]] = column_cells(book[HEBREW["sheet.cards"]], HEBREW["emotion"])
    paths = book[ANALYSIS_HEBREW["sheet.paths"]]
    found[paths.title] = [c for key in ("emotion_start", "emotion_lowest", "emotion_end")
                          for c in column_cells(paths, ANALYSIS_HEBREW[key])]
    stages = book[ANALYSIS_HEBREW["sheet.stages"]]
    found[stages.title] = [c for key in ("emotion_avg", "emotion_min")
                           for c in column_cells(stages, ANALYSIS_HEBREW[key])]
    return found


def test_every_number_cell_of_a_right_to_left_workbook_reads_left_to_right(tmp_path):
    book = openpyxl.load_workbook(exported(hebrew_map()[0], tmp_path))
    numbers = [
        cell
        for ws in visible_sheets(book)
        for row in ws.iter_rows()
        for cell in row
        if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool)
    ]
    assert len(numbers) > 200 and all(ws.sheet_view.rightToLeft for ws in visible_sheets(book))
    wrong = [(cell.parent.title, cell.coordinate) for cell in numbers if cell.alignment.readingOrder != 1]
    assert not wrong


def test_emotion_scores_are_signed_numbers_on_every_sheet(tmp_path):
    doc = hebrew_map()[0]
    book = openpyxl.load_workbook(exported(doc, tmp_path))
    found = score_cells(book)
    assert all(found.values()), {sheet: len(cells) for sheet, cells in found.items()}
    for sheet, cells in found.items():
        for cell in cells:
            assert isinstance(cell.value, (int, float)), (sheet, cell.coordinate, cell.value)
            positive, negative, *_ = cell.number_format.split(";") + [""]
            assert positive.startswith("+") and negative.startswith("-"), (sheet, cell.coordinate, cell.number_format)
    scores = sorted(cell.value for cell in found[HEBREW["sheet.cards"]])
    assert scores == sorted(card.emotion for card in doc.cards() if card.emotion is not None)
    assert min(scores) < 0 < max(scores)


def test_a_negative_kpi_keeps_its_sign_in_front_and_comes_back_unchanged(tmp_path):
    doc, card_id = hebrew_map()
    path = exported(doc, tmp_path)
    book = openpyxl.load_workbook(path)
    ws = book[HEBREW["sheet.cards"]]
    kpi_cell = next(c for c in column_cells(ws, HEBREW["kpis"]) if ws.cell(c.row, 1).value == card_id)
    assert f"{KPI_NAME}: {LRM}-37" in kpi_cell.value
    assert preview_import(doc, path).is_no_change()

    kpi_cell.value = kpi_cell.value.replace(f"{LRM}-37", f"{LRM}-12")  # an edit keeps the mark it found
    book.save(path)
    preview = preview_import(doc, path)
    assert not preview.errors
    changed = [change for change in preview.to_json()["changed"] if change["id"] == card_id]
    assert changed and "-12" in str(changed) and LRM not in str(changed)


def test_the_map_sheet_of_a_hebrew_workbook_reads_back_with_its_scores(tmp_path):
    doc = load_template("online-purchase-he")
    path = exported(doc, tmp_path)
    only_map_sheet(path)
    new, _ = map_from_spreadsheet(path)
    wanted = {" ".join(c.title.split()): c.emotion for c in doc.cards() if c.emotion is not None}
    read = {c.title: c.emotion for c in new.cards() if c.title in wanted}
    assert read == wanted and min(wanted.values()) < 0 < max(wanted.values())


def test_a_count_of_at_least_so_many_paths_is_said_in_words():
    doc = load_template("online-purchase-he")
    result = dataclasses.replace(analyze(doc), more_paths=MorePaths(count=202, exact=False, share=0.2))
    note = _more_note(doc, result, analysis_words(HEBREW, "he"))
    assert "לפחות 202 " in note and "+" not in note
    exact = _more_note(doc, dataclasses.replace(result, more_paths=MorePaths(202, True, 0.2)), analysis_words({}, "he"))
    assert "ועוד 202 נתיבים" in exact


@pytest.mark.slow
def test_libreoffice_shows_every_sign_before_its_digit(tmp_path):
    soffice, pdftotext = shutil.which("soffice"), shutil.which("pdftotext")
    if soffice is None or pdftotext is None:
        pytest.fail("LibreOffice Calc and pdftotext are needed (Debian: libreoffice-calc-nogui, poppler-utils)")
    path = exported(hebrew_map()[0], tmp_path)
    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=240,
    )
    text = subprocess.run([pdftotext, str(path.with_suffix(".pdf")), "-"], check=True, capture_output=True, text=True,
                          timeout=60).stdout
    # pdftotext writes each line as it is laid out: a sign after its digit shows up as "1−" or "37-".
    assert re.search("[+\u2212][12]", text) and "-37" in text
    assert not re.search("[12][+\u2212]", text) and "37-" not in text
