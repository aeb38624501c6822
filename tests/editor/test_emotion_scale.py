"""The emotion lane's scale: "+2", "0" and "-2" read as numbers in both directions (also in an
SVG's text), and the dashed zero line starts clear of the "0"."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QUndoStack

from journeymap.editor.items.grid import GridItem
from journeymap.editor.scene import JourneyScene
from journeymap.io.export_formats import export_document
from journeymap.io.templates import load_template

SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_the_zero_line_leaves_the_zero_label_alone(qapp, direction):
    doc = load_template("online-purchase")
    doc.set_info(direction=direction)
    scene = JourneyScene(doc, QUndoStack())
    scene.apply_geometry()
    marks = GridItem._emotion_scale(scene.layout)
    zero_label = next(rect for rect, text in marks if text.strip("\u200e") == "0")
    curve = scene.emotion_item
    line_start, line_end = curve.zero_line()
    assert zero_label.top() < curve.zero_y() < zero_label.bottom()
    if direction == "ltr":
        assert line_start.x() >= zero_label.right() + 6
    else:
        assert line_end.x() <= zero_label.left() - 6


def test_the_scale_of_a_right_to_left_map_keeps_its_signs_in_the_svg(qapp, tmp_path):
    path = tmp_path / "map.svg"
    export_document(load_template("online-purchase-he"), path, "svg")
    scale = {}
    for element in ET.parse(path).getroot().iter(f"{SVG}text"):
        text = (element.text or "").strip().strip("\u200e")
        if text in ("+2", "-2", "0"):
            scale[text] = element.get("direction", "ltr")
    assert scale == {"+2": "ltr", "0": "ltr", "-2": "ltr"}  # "+2" in a right-to-left run shows as "2+"
