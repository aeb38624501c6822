"""A right-to-left map outside the editor: SVG mirrored like the canvas, Excel sheets right-to-left,
the direction kept through saving and loading."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from openpyxl import load_workbook

from journeymap.io.export_formats import export_document
from journeymap.io.journey_file import load_map, save_map
from journeymap.io.templates import load_template

SVG = "{http://www.w3.org/2000/svg}"


def _text_right_edges(svg_path) -> dict[str, float]:
    """Each <text>'s content -> the x where it is anchored, in the SVG's own coordinates."""
    edges: dict[str, float] = {}

    def walk(element, dx: float) -> None:
        match = re.search(r"matrix\(([^)]*)\)", element.get("transform", ""))
        if match:
            dx += float(match.group(1).split(",")[4])
        if element.tag == f"{SVG}text" and element.text:
            edges.setdefault(element.text.strip(), dx + float(element.get("x", "0")))
        for child in element:
            walk(child, dx)

    walk(ET.parse(svg_path).getroot(), 0.0)
    return edges


def test_svg_of_an_rtl_map_puts_the_first_stage_at_the_right(qapp, tmp_path):
    doc = load_template("online-purchase-he")
    path = tmp_path / "map.svg"
    export_document(doc, path, "svg")
    edges = _text_right_edges(path)
    first, last = doc.stages()[0].name, doc.stages()[-1].name
    assert edges[first] > edges[last]
    lane = doc.lanes()[0].name
    assert edges[lane] > edges[first]  # lane headers right of the grid
    texts = [t for t in ET.parse(path).getroot().iter(f"{SVG}text") if t.text and t.text.strip() == first]
    assert texts[0].get("direction") == "rtl"
    assert "Noto Sans Hebrew" in texts[0].get("font-family")


def test_svg_of_the_same_map_left_to_right_puts_the_first_stage_at_the_left(qapp, tmp_path):
    doc = load_template("online-purchase-he")
    doc.set_info(direction="ltr")
    path = tmp_path / "map.svg"
    export_document(doc, path, "svg")
    edges = _text_right_edges(path)
    assert edges[doc.stages()[0].name] < edges[doc.stages()[-1].name]


def test_excel_sheets_of_the_hebrew_template_are_right_to_left(tmp_path):
    path = tmp_path / "map.xlsx"
    export_document(load_template("online-purchase-he"), path, "xlsx")
    book = load_workbook(path)
    assert book.worksheets and all(ws.sheet_view.rightToLeft for ws in book.worksheets)


def test_direction_round_trips_through_saving(tmp_path):
    doc = load_template("blank")
    doc.set_info(direction="rtl", language="he")
    path = tmp_path / "map.journey"
    save_map(doc, path)
    again = load_map(path)
    assert (again.info.direction, again.info.language) == ("rtl", "he")
    again.set_info(direction="ltr")
    save_map(again, path)
    assert load_map(path).info.direction == "ltr"
