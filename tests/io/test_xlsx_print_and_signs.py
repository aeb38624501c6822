"""The workbook prints and reads as it should: gaps in the emotion chart where nobody scored a
step, a paper size by the system's locale, the print header above the grid, and the sign of a
score before its digit in a right-to-left sheet."""

from __future__ import annotations

import zipfile

import openpyxl

from journeymap.io.export_formats import export_document
from journeymap.io.templates import load_template
from journeymap.io.xlsx.styles import letter_paper
from tests.factories import small_map


def _book(tmp_path, doc, monkeypatch=None, lang=None):
    if monkeypatch is not None:
        monkeypatch.setenv("LC_ALL", lang)
    path = tmp_path / "map.xlsx"
    export_document(doc, path, "xlsx")
    return openpyxl.load_workbook(path)


def test_the_emotion_chart_leaves_a_gap_at_a_step_nobody_scored(tmp_path):
    _book(tmp_path, small_map())
    with zipfile.ZipFile(tmp_path / "map.xlsx") as archive:
        xml = next(archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/charts/chart"))
    assert 'dispBlanksAs val="gap"' in xml


def test_the_paper_follows_the_locale(tmp_path, monkeypatch):
    assert letter_paper({"LANG": "en_US.UTF-8"}) and not letter_paper({"LANG": "he_IL.UTF-8"})
    assert not letter_paper({"LC_ALL": "de_DE@euro"}) and letter_paper({"LC_PAPER": "en_CA"})
    us = _book(tmp_path, small_map(), monkeypatch, "en_US.UTF-8")
    assert int(us["Map"].page_setup.paperSize) == 1  # Letter
    israel = _book(tmp_path, small_map(), monkeypatch, "he_IL.UTF-8")
    assert all(int(israel[name].page_setup.paperSize) == 9 for name in ("Map", "Cards"))  # A4


def test_the_print_header_sits_above_the_grid(tmp_path):
    ws = _book(tmp_path, small_map())["Map"]
    margins = ws.page_margins
    assert margins.header + 0.3 <= margins.top  # room for the header's line of text
    assert ws.oddHeader.center.text


def test_a_right_to_left_sheet_keeps_the_sign_before_the_digit(tmp_path):
    ws = _book(tmp_path, load_template("online-purchase-he")).worksheets[0]  # the grid, named in Hebrew
    texts = [cell.value for row in ws.iter_rows() for cell in row if isinstance(cell.value, str)]
    scored = [text for text in texts if "(\u200e\u2212" in text or "(\u200e+" in text]
    assert scored and not any("(\u2212" in text or "(+" in text for text in texts)
