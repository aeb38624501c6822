"""Tiled PDF pages on a big map: each page carries its own part of the map; read back with pdfinfo (poppler-utils)."""

from __future__ import annotations

import re
import subprocess

from journeymap.io.picture_export import export_picture
from journeymap.io.pictures.options import PictureOptions
from journeymap.model import Card, Connection, Lane, MapInfo, Stage, Step
from journeymap.model.document import JourneyDocument

LANES = ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel",
         "India", "Juliett", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa")
STAGES = ("Amber", "Cobalt", "Crimson", "Indigo", "Jade")
STAGE_COLOR = "#DDE6F0"
STEPS = 9  # a stage of nine steps is wider than an A4 page: some pages show only its middle


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


def test_each_page_carries_only_its_part_of_the_map(qapp, tmp_path):
    doc, _where = grid_map()
    one, tiled = tmp_path / "one.pdf", tmp_path / "tiled.pdf"
    export_picture("pdf", doc, one, PictureOptions())
    export_picture("pdf", doc, tiled, PictureOptions(page="a4"))
    assert _pages(tiled)[0] >= 8
    # Each page used to draw the whole map clipped to its part: a dozen pages weighed a dozen maps.
    assert tiled.stat().st_size < 3 * one.stat().st_size
