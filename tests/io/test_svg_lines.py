"""Each line of text in an SVG is one <text> in logical order, with its direction.

Read back with ElementTree: a card title must be the words of consecutive lines,
each line exactly one element (and so each line of a connection's caption), so
copying or searching it in an SVG editor finds the title as it was typed, also a
Hebrew line with English words and numbers.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from journeymap.editor.items.connection_caption import ConnectionLabelItem
from journeymap.io.picture_export import export_picture
from journeymap.io.pictures.options import PictureOptions
from journeymap.io.pictures.source import scene_for
from journeymap.io.templates import load_template
from journeymap.model import Card

SVG = "{http://www.w3.org/2000/svg}"
MIXED = "הרשמה ל-30 יום ניסיון ב-Dynamics 365"


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def text_elements(doc, tmp_path) -> list[ET.Element]:
    path = tmp_path / "map.svg"
    export_picture("svg", doc, path, PictureOptions(legend=True))
    return [node for node in ET.parse(path).getroot().iter(f"{SVG}text") if node.text]


def as_lines(title: str, lines: set[str]) -> list[str] | None:
    """``title`` cut where a line may break (after a space or a hyphen) into pieces that are
    each one whole line, or None if it cannot be."""
    breaks = [0] + [i + 1 for i, char in enumerate(title) if char in " -"] + [len(title)]
    found: dict[int, list[str]] = {0: []}
    for start in breaks:
        if start not in found:
            continue
        for end in breaks:
            piece = title[start:end].strip()
            if end > start and piece in lines and end not in found:
                found[end] = [*found[start], piece]
    return found.get(len(title))


def test_every_hebrew_card_title_is_whole_lines_in_logical_order(tmp_path):
    doc = load_template("online-purchase-he")
    nodes = text_elements(doc, tmp_path)
    lines = {node.text for node in nodes}
    unsplit = [card.title for card in doc.cards() if as_lines(card.title, lines) is None]
    assert not unsplit
    for node in nodes:
        if any("\u05d0" <= char <= "\u05ea" for char in node.text):
            assert node.get("direction") == "rtl", node.text
            assert node.get("{http://www.w3.org/XML/1998/namespace}lang") == "he", node.text


def test_a_mixed_line_is_one_element_in_reading_order(tmp_path):
    doc = load_template("online-purchase-he")
    first = doc.cards()[0]
    doc.add_card(Card("mixed", first.step, first.lane, MIXED))
    nodes = text_elements(doc, tmp_path)
    pieces = as_lines(MIXED, {node.text for node in nodes})
    assert pieces is not None
    assert pieces[0].startswith("הרשמה ל-30")
    mixed = [node for node in nodes if node.text in pieces]
    assert all(node.get("direction") == "rtl" for node in mixed)


def test_english_lines_stay_left_to_right(tmp_path):
    doc = load_template("online-purchase")
    nodes = text_elements(doc, tmp_path)
    lines = {node.text for node in nodes}
    assert all(as_lines(card.title, lines) is not None for card in doc.cards())
    assert all(node.get("direction") is None for node in nodes if node.text in {c.title for c in doc.cards()})


def test_no_placeholder_is_left_and_awkward_text_is_escaped(tmp_path):
    doc = load_template("online-purchase-he")
    first = doc.cards()[0]
    doc.add_card(Card("odd", first.step, first.lane, 'a < b & "c" \x07 ]]> ל-30'))
    path = tmp_path / "map.svg"
    export_picture("svg", doc, path, PictureOptions())
    markup = path.read_text(encoding="utf-8")
    root = ET.fromstring(markup)  # raises on broken XML
    texts = [node.text for node in root.iter(f"{SVG}text")]
    assert 'a < b & "c"  ]]> ל-30' in texts
    assert not [t for t in texts if t and re.fullmatch(r"jm[0-9a-f]{8}n\d+", t)]


def test_every_caption_line_is_one_element(tmp_path):
    doc = load_template("online-purchase-he")
    lines = {node.text for node in text_elements(doc, tmp_path)}
    with scene_for(doc) as scene:
        captions = [item for item in scene.items() if isinstance(item, ConnectionLabelItem)]
        caption_lines = [line for item in captions for line in item.text_lines()]
    assert len(caption_lines) >= 10
    assert not [line for line in caption_lines if line not in lines]
    assert " · " not in lines  # a caption's separator is never a piece of its own
