"""Every page of a tiled PDF reads on its own: it names the lanes and stages of the cards it shows,
with the lane headers on the side the map starts from and the stage and step headers on top.
Read back with pdftotext (words and where they are) and pdftoppm (the drawn page), poppler-utils."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace

import pytest
from PySide6.QtGui import QColor, QImage

from journeymap.editor import style
from journeymap.io.picture_export import export_picture
from journeymap.io.pictures.options import PictureOptions
from journeymap.model import Card, Connection, Lane, MapInfo, Stage, Step
from journeymap.model.document import JourneyDocument

LANES = ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel",
         "India", "Juliett", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa")
STAGES = ("Amber", "Cobalt", "Crimson", "Indigo", "Jade")
STAGE_COLOR = "#DDE6F0"
STEPS = 9  # a stage of nine steps is wider than an A4 page: some pages show only its middle
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
# Points from the paper's edges that the margin (10 mm), the repeated headers and the footer
# take at most: a word farther in is in the page's part of the map.
SIDE_ROOM, TOP_ROOM, BOTTOM_ROOM = 130.0, 80.0, 60.0


def grid_map(direction: str = "ltr") -> tuple[JourneyDocument, dict[str, tuple[str, str]]]:
    """Five wide stages and sixteen lanes, a card in every other cell, each card titled with a word
    of its own; and for each such word, the names of its lane and stage."""
    doc = JourneyDocument(MapInfo(title="Grid", direction=direction))
    for s, name in enumerate(STAGES):
        steps = tuple(Step(f"s{s}-{k}", f"Step {k + 1}") for k in range(STEPS))
        doc.add_stage(Stage(f"s{s}", name, color=STAGE_COLOR, steps=steps))
    for n, name in enumerate(LANES):
        doc.add_lane(Lane(f"l{n}", name, "website"))
    where: dict[str, tuple[str, str]] = {}
    for n, lane in enumerate(LANES):
        previous = None
        for k, step in enumerate(doc.steps()):
            if (n + k) % 2:
                continue
            word = f"q{n}x{k}"
            doc.add_card(Card(word, step.id, f"l{n}", word))
            where[word] = (lane, STAGES[k // STEPS])
            if previous is not None:  # connections cross the pages' edges: they must stop at the headers
                doc.add_connection(Connection(f"e{word}", previous, word))
            previous = word
    return doc, where


def _pages(path) -> tuple[int, float, float]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    width, height = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return int(re.search(r"Pages:\s+(\d+)", info).group(1)), float(width), float(height)


def _words(path, page: int) -> list[tuple[float, float, float, float, str]]:
    args = ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return [(float(a), float(b), float(c), float(d), text) for a, b, c, d, text in WORD.findall(out)]


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_every_page_names_the_lanes_and_stages_of_the_cards_it_shows(qapp, tmp_path, direction):
    doc, where = grid_map(direction)
    path = tmp_path / "grid.pdf"
    export_picture("pdf", doc, path, PictureOptions(page="a4"))
    pages, width, height = _pages(path)
    assert pages >= 8  # several columns and rows of pages: the middle ones are what this is about
    checked = 0
    for page in range(1, pages + 1):
        words = _words(path, page)
        text = {word for *_box, word in words}
        inside = [word for x0, y0, x1, y1, word in words if word in where and x0 > SIDE_ROOM
                  and x1 < width - SIDE_ROOM and y0 > TOP_ROOM and y1 < height - BOTTOM_ROOM]
        assert inside, f"page {page} shows no card"
        assert text & set(LANES) and text & set(STAGES), f"page {page} names no lane or no stage"
        for word in inside:
            lane, stage = where[word]
            assert lane in text, f"page {page} shows card {word} but not its lane {lane}"
            assert stage in text, f"page {page} shows card {word} but not its stage {stage}"
            checked += 1
        footer = next(line for line in _page_text(path, page).splitlines() if line.startswith("Page "))
        assert footer.startswith(f"Page {page} of {pages} \u00b7 ")  # the footer still says which page it is
    assert checked > 10 * pages


def _page_text(path, page: int) -> str:
    args = ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _drawn_page(path, page: int, tmp_path) -> QImage:
    stem = tmp_path / f"page-{page}"
    args = ["pdftoppm", "-png", "-r", "50", "-f", str(page), "-l", str(page), "-singlefile", str(path), str(stem)]
    subprocess.run(args, check=True)
    image = QImage(f"{stem}.png")
    assert not image.isNull()
    return image


def _share(image: QImage, xs: range, ys: range, color: str) -> float:
    """The share of the pixels at ``xs`` x ``ys`` drawn in ``color``."""
    want = QColor(color)
    hits = sum(1 for x in xs for y in ys if _near(image.pixelColor(x, y), want))
    return hits / (len(xs) * len(ys))


def _near(got: QColor, want: QColor) -> bool:
    return max(abs(got.red() - want.red()), abs(got.green() - want.green()), abs(got.blue() - want.blue())) <= 2


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_a_page_from_the_middle_has_its_lanes_on_the_starting_side_and_its_stages_on_top(qapp, tmp_path, direction):
    doc, _where = grid_map(direction)
    path = tmp_path / "grid.pdf"
    export_picture("pdf", doc, path, PictureOptions(page="a4"))
    pages = _pages(path)[0]
    image = _drawn_page(path, pages, tmp_path)  # the last page: neither in the first column nor the first row
    margin = round(10 / 25.4 * 50)  # 10 mm at 50 dpi
    strip = range(margin + 4, margin + 50)  # inside the lane headers' room (about 60 pixels wide at 50 dpi)
    other = range(image.width() - margin - 50, image.width() - margin - 4)
    lanes_side, far_side = (strip, other) if direction == "ltr" else (other, strip)
    rows = range(image.height() // 4, image.height() * 3 // 4)
    assert _share(image, lanes_side, rows, style.HEADER_BACKGROUND) > 0.6  # the lane headers, repeated
    assert _share(image, far_side, rows, style.HEADER_BACKGROUND) < 0.1  # and not on the other side
    band = range(margin + 3, margin + 10)  # the stage headers (about 13 pixels high at 50 dpi) along the top
    columns = range(image.width() // 4, image.width() * 3 // 4)
    assert _share(image, columns, band, STAGE_COLOR) > 0.8
    first = _drawn_page(path, 1, tmp_path)  # the first page has the map's own headers, at its start
    assert _share(first, lanes_side, rows, style.HEADER_BACKGROUND) > 0.6


def test_a_hebrew_map_still_starts_on_its_right_end_with_its_headers(qapp, tmp_path):
    doc, where = grid_map("rtl")
    doc.info = replace(doc.info, title="")
    path = tmp_path / "rtl.pdf"
    export_picture("pdf", doc, path, PictureOptions(page="a4"))
    first = {word for *_box, word in _words(path, 1)}
    assert "q0x0" in first and STAGES[0] in first and LANES[0] in first  # the map's start: its first card
    assert STAGES[-1] not in first


def test_each_page_carries_only_its_part_of_the_map(qapp, tmp_path):
    doc, _where = grid_map()
    one, tiled = tmp_path / "one.pdf", tmp_path / "tiled.pdf"
    export_picture("pdf", doc, one, PictureOptions())
    export_picture("pdf", doc, tiled, PictureOptions(page="a4"))
    assert _pages(tiled)[0] >= 8
    # Each page used to draw the whole map clipped to its part: a dozen pages weighed a dozen maps.
    assert tiled.stat().st_size < 3 * one.stat().st_size
