"""Connection captions: whole (a long label wraps, the share is never cut), placed where they
cover nothing, clickable like their connection, and placed once."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from journeymap.editor.items.connection_caption import caption_layout, wrap_caption
from journeymap.io.templates import load_template
from tests.map_checker import check_scene


def _width(text: str) -> float:
    return 7.0 * len(text)  # a made-up font: every character 7 units wide


def test_a_long_label_wraps_and_keeps_its_share_on_one_line():
    lines = wrap_caption("Needs a business quote for twelve laptops · 10%", 100, _width)
    assert " ".join(lines) == "Needs a business quote for twelve laptops · 10%"
    assert all(_width(line) <= 100 for line in lines)
    assert lines[-1].endswith("· 10%") and "10%" not in " ".join(lines[:-1])


def test_a_word_longer_than_a_line_stays_whole():
    assert wrap_caption("Supercalifragilistic · 5%", 50, _width) == ["Supercalifragilistic", "· 5%"]


def test_the_pill_grows_with_the_lines(qapp):
    short_lines, short_w, short_h = caption_layout("Pays")
    long_lines, long_w, long_h = caption_layout("Needs a business quote and a call back from sales · 10%")
    assert short_lines == ("Pays",)
    assert len(long_lines) >= 2 and long_h > short_h
    assert long_w <= 230 + 20


def test_the_template_captions_are_whole_and_cover_nothing(qapp, make_canvas):
    canvas = make_canvas(load_template("online-purchase"))
    scene = canvas.scene
    problems = check_scene(scene)
    assert problems.total() == 0, problems
    quote = next(c for c in scene.connection_items.values() if c.caption.startswith("Needs a business quote"))
    assert " ".join(quote.caption_item().text_lines()).endswith("· 10%")


def test_clicking_a_caption_selects_its_connection(qapp, make_canvas):
    canvas = make_canvas(load_template("online-purchase"))
    scene = canvas.scene
    for conn in scene.connection_items.values():
        if conn.caption_item() is None:
            continue
        rect = conn.caption_rect()
        canvas.view.centerOn(rect.center())
        QApplication.processEvents()
        # near the pill's corner: away from the line that runs through its middle
        canvas.click(QPointF(rect.right() - 4, rect.top() + 4))
        assert scene.selected_connection_ids() == [conn.conn_id], conn.caption


def test_captions_stay_put_on_repaints_and_unrelated_edits(qapp, make_canvas):
    canvas = make_canvas(load_template("contact-centre"))
    scene = canvas.scene
    before = {cid: c.label_rect() for cid, c in scene.connection_items.items() if c.caption_rect() is not None}
    canvas.view.viewport().repaint()
    scene.apply_geometry()
    card = next(iter(scene.card_items))
    canvas.doc.update_card(card, description="a description changes nothing on the map")
    scene.apply_geometry()
    canvas.view.viewport().repaint()
    after = {cid: c.label_rect() for cid, c in scene.connection_items.items() if c.caption_rect() is not None}
    assert after == before
