"""KPI values are shown, not only their count: a compact line on the card, every figure in the
card's tooltip, in every picture (the SVG's text), and in the legend's explanation."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtGui import QUndoStack

from journeymap.editor.kpi_text import card_tooltip, kpi_line, kpi_value
from journeymap.editor.scene import JourneyScene
from journeymap.io.export_formats import export_document
from journeymap.io.pictures.legend import legend_entries
from journeymap.io.pictures.options import PictureOptions
from journeymap.model import Card, Kpi
from tests.factories import small_map

SVG = "{http://www.w3.org/2000/svg}"
CALL = Card("c", "st-a1", "l-phone", "Calls the centre",
            kpis=(Kpi("Call time", 2, "min"), Kpi("Agents", 3), Kpi("Solved", 68, "%")))


def test_the_kpi_line_names_every_figure_with_its_unit():
    assert kpi_value(Kpi("Solved", 68, "%")) == "68%"
    assert kpi_line(CALL) == "Call time 2 min · Agents 3 · Solved 68%"
    assert kpi_line(Card("d", "s", "l", "No figures")) == ""


def test_the_tooltip_lists_each_kpi():
    assert card_tooltip(CALL).splitlines() == ["Calls the centre", "Call time: 2 min", "Agents: 3", "Solved: 68%"]


def _scene(doc) -> JourneyScene:
    scene = JourneyScene(doc, QUndoStack())
    scene.apply_geometry()
    return scene


def test_a_card_with_kpis_grows_to_show_them_and_says_them_in_its_tooltip(qapp):
    doc = small_map()
    scene = _scene(doc)
    before = scene.card_items["web-ad"].height()
    doc.update_card("web-ad", kpis=(Kpi("Clicks per day", 1200),))
    scene.apply_geometry()
    item = scene.card_items["web-ad"]
    assert item.height() > before
    assert "Clicks per day: 1200" in item.toolTip()


def test_pictures_and_the_legend_carry_the_values(qapp, tmp_path):
    doc = small_map()
    doc.update_card("phone-ask", kpis=(Kpi("Call time", 2, "min"), Kpi("Agents", 3)))
    path = tmp_path / "map.svg"
    export_document(doc, path, "svg", PictureOptions(legend=True))
    text = " ".join(" ".join(t.itertext()) for t in ET.parse(path).getroot().iter(f"{SVG}text"))
    assert "Call time 2 min" in text and "Agents 3" in text
    kpi_entries = [entry for entry in legend_entries(doc) if entry.mark == "kpi"]
    assert len(kpi_entries) == 1 and "Call time 2 min · Agents 3" in kpi_entries[0].text
