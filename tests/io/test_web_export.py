"""The web page: one self-contained file, its data escaped, its direction and language set."""

from __future__ import annotations

import json
import re

import pytest

from journeymap.io.export_formats import export_document
from journeymap.io.web.page_data import script_json
from tests.factories import small_map
from tests.io.deck_maps import ATTACKS, attack_map, hebrew_map

pytestmark = pytest.mark.usefixtures("qapp")


def _page(doc, tmp_path) -> str:
    path = tmp_path / "map.html"
    export_document(doc, path, "html")
    return path.read_text(encoding="utf-8")


def _data(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="map-data">(.*?)</script>', page, re.S)
    return json.loads(found.group(1))


def test_the_page_needs_nothing_from_outside(tmp_path):
    page = _page(small_map(), tmp_path)
    assert "<link" not in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert not re.search(r"url\((?!data:)", page)
    assert "default-src 'none'" in page
    assert page.count("@font-face") == 4 and "data:font/" in page
    assert "<svg" in page and "<?xml" not in page
    assert len(page.encode()) < 600_000  # fonts subset to the map's characters


def test_every_card_is_in_the_data_with_its_box_in_the_picture(tmp_path):
    doc = small_map()
    data = _data(_page(doc, tmp_path))
    cards = {card["id"]: card for card in data["cards"]}
    assert set(cards) == {card.id for card in doc.cards()}
    width = float(re.search(r'<svg[^>]* width="([\d.]+)"', _page(doc, tmp_path)).group(1))
    for card in cards.values():
        x, y, w, h = card["box"]
        assert 0 <= x and x + w <= width and w > 50 and h > 30
    assert cards["web-buy"]["moment"] is True
    assert data["personaCards"]["p-anna"]
    assert {(c["source"], c["target"]) for c in data["connections"]} >= {("web-ad", "web-compare")}


def test_attack_titles_never_become_markup(tmp_path):
    page = _page(attack_map(), tmp_path)
    assert "<script>alert(1)</script>" not in page
    assert "<img src=x" not in page
    assert page.count("<script") == 2  # the data and the page's own script
    assert "<title>Attack &lt;b&gt;map&lt;/b&gt; &amp; co</title>" in page
    titles = [card["title"] for card in _data(page)["cards"]]
    assert ATTACKS[0] in titles and ATTACKS[3] in titles


def test_script_json_cannot_close_its_element():
    text = script_json({"t": "</script><!-- \u2028 & >"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"t": "</script><!-- \u2028 & >"}


def test_a_hebrew_map_gives_a_right_to_left_hebrew_page(tmp_path):
    page = _page(hebrew_map(), tmp_path)
    assert re.search(r'<html lang="he" dir="rtl">', page)
    assert 'direction="rtl"' in page  # the picture's Hebrew runs
    assert _data(page)["rtl"] is True
