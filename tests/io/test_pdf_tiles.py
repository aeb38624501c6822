"""A map too big for one readable paper page is tiled over several; read back with pdfinfo
and pdftotext (poppler-utils), and the plan itself checked as plain numbers."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from itertools import pairwise

import pytest

from journeymap.cli import main
from journeymap.io.journey_file import save_map
from journeymap.io.picture_export import export_picture
from journeymap.io.pictures.options import PictureOptions
from journeymap.io.pictures.page_plan import MAX_PAGES, PagePlan, plan_pages
from journeymap.model import Card, Lane, MapInfo, Stage, Step
from journeymap.model.document import JourneyDocument
from tests.factories import small_map

A4_LANDSCAPE = (3272.0, 2244.0)  # printable area at 300 units per inch, 10 mm margins


def wide_map(stages: int = 10, steps: int = 5) -> JourneyDocument:
    doc = JourneyDocument(MapInfo(title="Wide"))
    for s in range(stages):
        named = tuple(Step(f"s{s}-{k}", f"Step {s}.{k}") for k in range(steps))
        doc.add_stage(Stage(f"s{s}", f"Stage {s}", steps=named))
    doc.add_lane(Lane("web", "Website", "website"))
    doc.add_lane(Lane("emo", "Emotion", "emotion"))
    for i, step in enumerate(doc.steps()):
        doc.add_card(Card(f"c{i}", step.id, "web", f"Card {i}", emotion=i % 5 - 2))
    return doc


def _pdfinfo(path) -> tuple[int, tuple[float, float]]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    width, height = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return pages, (float(width), float(height))


def _page_text(path, page: int) -> str:
    args = ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def test_a_map_that_fits_readably_stays_on_one_page():
    plan = plan_pages(1200, 600, A4_LANDSCAPE, "auto", 1.9, 90)
    assert (plan.pages, plan.landscape) == (1, True)
    assert plan.scale == pytest.approx(min(3272 / 1200, 2244 / 600))


def test_a_wide_map_is_tiled_in_reading_order_with_overlap():
    plan = plan_pages(8000, 900, A4_LANDSCAPE, "auto", 1.9, 90)
    assert plan.landscape and plan.rows == 1 and plan.columns == 5
    assert plan.scale >= 1.9  # text never smaller than asked
    tiles = plan.tiles(8000)
    assert [tile.y for tile in tiles] == [0.0] * 5
    step = tiles[1].x - tiles[0].x
    assert step * plan.scale == pytest.approx(A4_LANDSCAPE[0] - 90)  # each page repeats 90 units of the last
    covered = tiles[-1].x + A4_LANDSCAPE[0] / plan.scale
    assert covered >= 8000  # the last page reaches the map's end
    # A Hebrew map reads from the right: the first page ends where the map does, the last reaches its start.
    rtl = [tile.x for tile in plan.tiles(8000, rtl=True)]
    assert rtl == sorted(rtl, reverse=True)
    assert rtl[0] + A4_LANDSCAPE[0] / plan.scale == pytest.approx(8000) and rtl[-1] <= 0


def test_pages_past_the_first_column_and_row_leave_room_for_the_headers_they_repeat():
    plan = plan_pages(8000, 3000, A4_LANDSCAPE, "landscape", 1.9, 90, side=188, top=76)
    k, (page_w, page_h) = plan.scale, A4_LANDSCAPE
    assert plan.columns > 1 and plan.rows > 1 and k >= 1.9
    tiles = plan.tiles(8000)
    for tile in tiles:  # the map's part is drawn beside the headers' room, never under it
        room_side, room_top = (188 * k if tile.column else 0.0), (76 * k if tile.row else 0.0)
        assert (tile.left, tile.top) == pytest.approx((room_side, room_top))
        assert (tile.width, tile.height) == pytest.approx((page_w - room_side, page_h - room_top))
    row = [tile for tile in tiles if tile.row == 0]
    assert row[0].x == 0
    for before, after in pairwise(row):  # each part starts where the last ends, less the overlap
        assert after.x == pytest.approx(before.x + (before.width - 90) / k)
    assert row[-1].x + row[-1].width / k >= 8000 - 1e-6  # nothing of the map is left off
    column = [tile for tile in tiles if tile.column == 0]
    for before, after in pairwise(column):
        assert after.y == pytest.approx(before.y + (before.height - 90) / k)
    assert column[-1].y + column[-1].height / k >= 3000 - 1e-6


def test_the_page_count_allows_for_the_repeated_headers():
    bare = plan_pages(8000, 900, A4_LANDSCAPE, "landscape", 1.9, 90)
    plan = plan_pages(8000, 900, A4_LANDSCAPE, "landscape", 1.9, 90, side=188, top=76)
    assert plan.columns == bare.columns + 1  # the room the lane headers take needs one more page here
    fewer = PagePlan(True, plan.columns - 1, plan.rows, 1.9, A4_LANDSCAPE, 90, 188, 76)
    last = fewer.tiles(8000)[-1]
    assert last.x + last.width / 1.9 < 8000  # one page fewer would leave the map's end off, even at the least scale


def test_a_hebrew_map_repeats_its_lane_headers_on_the_right():
    plan = plan_pages(8000, 900, A4_LANDSCAPE, "landscape", 1.9, 90, side=188, top=76)
    k = plan.scale
    tiles = plan.tiles(8000, rtl=True)
    assert tiles[0].x + tiles[0].width / k == pytest.approx(8000)  # the first page ends where the map does
    for before, after in pairwise(tiles):
        assert after.left == 0 and after.width == pytest.approx(A4_LANDSCAPE[0] - 188 * k)  # the room is on the right
        assert after.x + after.width / k == pytest.approx(before.x + 90 / k)
    assert tiles[-1].x <= 1e-6  # and the last reaches its start


def test_the_orientation_asked_for_is_kept_even_when_it_needs_more_pages():
    auto = plan_pages(8000, 900, A4_LANDSCAPE, "auto", 1.9, 90)
    portrait = plan_pages(8000, 900, A4_LANDSCAPE, "portrait", 1.9, 90)
    assert not portrait.landscape and portrait.pages > auto.pages


def test_a_huge_map_never_becomes_a_poster_of_hundreds_of_pages():
    plan = plan_pages(200_000, 50_000, A4_LANDSCAPE, "auto", 1.9, 90)
    assert plan.pages <= MAX_PAGES


def test_a_wide_map_on_a4_comes_out_on_several_readable_pages(qapp, tmp_path):
    path = tmp_path / "wide.pdf"
    summary = export_picture("pdf", wide_map(), path, PictureOptions(page="a4"))
    pages, size = _pdfinfo(path)
    assert pages > 1 and size == pytest.approx((842, 595), abs=1.5)  # A4 landscape
    assert summary == f"A4 landscape, {pages} pages"
    for page in range(1, pages + 1):
        text = _page_text(path, page)
        assert f"Page {page} of {pages}" in text
        assert re.search(rf"Page {page} of {pages} \u00b7 Stage \d( \u2013 Stage \d)?", text)  # which stages it holds
        assert re.search(r"Card \d+", text), f"page {page} shows no card"
    assert "Card 0" in _page_text(path, 1) and "Card 49" in _page_text(path, pages)  # reading order
    assert f"Page 1 of {pages} \u00b7 Stage 0" in _page_text(path, 1)
    assert re.search(rf"Page {pages} of {pages} \u00b7 (Stage \d \u2013 )?Stage 9", _page_text(path, pages))


def test_a_small_map_stays_on_one_page_and_says_so(qapp, tmp_path):
    path = tmp_path / "small.pdf"
    summary = export_picture("pdf", small_map(), path, PictureOptions(page="letter"))
    assert _pdfinfo(path)[0] == 1 and "Page 1" not in _page_text(path, 1)
    assert summary == "Letter landscape, 1 page"
    assert export_picture("pdf", small_map(), tmp_path / "map.pdf", PictureOptions()) == ""  # map-sized: nothing to say


def test_a_hebrew_map_starts_on_its_right_end(qapp, tmp_path):
    doc = wide_map()
    doc.info = replace(doc.info, direction="rtl")
    path = tmp_path / "rtl.pdf"
    export_picture("pdf", doc, path, PictureOptions(page="a4"))
    pages = _pdfinfo(path)[0]
    assert "Card 0" in _page_text(path, 1) and "Card 49" in _page_text(path, pages)
    assert "Card 49" not in _page_text(path, 1)


def test_the_command_line_names_the_paper_and_the_pages(qapp, tmp_path, capsys):
    source = tmp_path / "wide.journey"
    save_map(wide_map(), source)
    out = tmp_path / "wide.pdf"
    assert main(["export", str(source), "-o", str(out), "--page", "a4"]) == 0
    pages = _pdfinfo(out)[0]
    assert f"(PDF document, A4 landscape, {pages} pages)" in capsys.readouterr().out
