"""Nothing of a previous map stays drawn: File -> New after a map shows what a fresh canvas shows,
at every zoom (far out the connections are drawn as one combined path, which must be built anew)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from journeymap.io.templates import load_template


def _look(canvas, zoom: float):
    canvas.view.set_zoom(zoom)
    canvas.view.centerOn(0, 0)
    QApplication.processEvents()
    return canvas.view.viewport().grab().toImage()


@pytest.mark.parametrize("zoom", [0.4, 1.0])
def test_a_new_map_shows_nothing_of_the_last_one(make_canvas, zoom):
    fresh = _look(make_canvas(load_template("blank")), zoom)
    canvas = make_canvas(load_template("online-purchase"))
    assert _look(canvas, zoom) != fresh
    canvas.scene.set_document(load_template("blank"))  # what File -> New does to the canvas
    QApplication.processEvents()
    assert _look(canvas, zoom) == fresh
