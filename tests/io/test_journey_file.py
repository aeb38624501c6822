"""The .journey file: round trip, stable text, precise errors, atomic saving."""

from __future__ import annotations

import json
import os

import pytest

from journeymap.io.errors import FormatError, SaveError
from journeymap.io.journey_file import document_to_json, load_map, parse_json_text, save_map
from journeymap.io.journey_format import document_to_data
from tests.factories import small_map


def test_save_then_load_gives_an_equal_document(tmp_path):
    doc = small_map()
    path = tmp_path / "small.journey"
    save_map(doc, path)
    loaded = load_map(path)
    assert loaded == doc
    assert document_to_json(loaded) == path.read_text(encoding="utf-8")


def test_text_is_stable_and_readable(tmp_path):
    doc = small_map()
    text = document_to_json(doc)
    assert text == document_to_json(parse_json_text(text, "x"))
    assert text.startswith('{\n  "format": "journeymap",\n  "version": 1,')
    assert text.endswith("}\n")


def test_unknown_keys_survive(tmp_path):
    data = document_to_data(small_map())
    data["plugin"] = {"kept": True}
    data["map"]["theme"] = "dark"
    data["cards"][0]["sticker"] = "star"
    data["stages"][0]["steps"][0]["icon"] = "eye"
    doc = parse_json_text(json.dumps(data), "x")
    again = document_to_data(doc)
    assert again["plugin"] == {"kept": True}
    assert again["map"]["theme"] == "dark"
    assert again["cards"][0]["sticker"] == "star"
    assert again["stages"][0]["steps"][0]["icon"] == "eye"


def _broken(mutate) -> str:
    data = document_to_data(small_map())
    mutate(data)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("mutate", "place", "words"),
    [
        (lambda d: d["stages"][2]["steps"][0].update(name=5), "stages[2].steps[0].name", "expected a text"),
        (lambda d: d["cards"][1].update(lane="ghost"), "cards[1].lane", "not in the map"),
        (lambda d: d["connections"][0].update(to="ghost"), "connections[0].to", "not in the map"),
        (lambda d: d["cards"][1].update(emotion=5), "cards[1].emotion", "from -2 to 2"),
        (lambda d: d["cards"][1].update(emotion=1.5), "cards[1].emotion", "whole number"),
        (lambda d: d["cards"][1].update(kind="question"), "cards[1].kind", "touchpoint"),
        (lambda d: d["cards"][1].update(id="act-search"), "cards[1].id", "already used"),
        (lambda d: d["cards"][1].update(lane="l-emo"), "cards[1].lane", "emotion lane"),
        (lambda d: d["lanes"][0].update(kind="fax"), "lanes[0].kind", "expected one of"),
        (lambda d: d["map"].update(direction="up"), "map.direction", "rtl"),
        (lambda d: d["personas"][0].update(color="red"), "personas[0].color", "colour"),
        (lambda d: d["connections"][1].update(share=150), "connections[1].share", "from 0 to 100"),
        (lambda d: d.update(version=2), "version", "newer Journeymap"),
        (lambda d: d.update(format="other"), "format", "not a Journeymap file"),
        (lambda d: d.update(stages=[]), "stages", "at least one stage"),
        (lambda d: d["cards"][0].update(personas=["nobody"]), "cards[0].personas[0]", "persona"),
    ],
)
def test_errors_name_file_place_and_expectation(mutate, place, words):
    with pytest.raises(FormatError) as info:
        parse_json_text(_broken(mutate), "map.journey")
    message = str(info.value)
    assert message.startswith(f"map.journey: {place}: "), message
    assert words in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"", "empty"),
        (b"\xff\xfe\x00garbage", "UTF-8"),
        (b'{"format": "journeymap", "version": 1, "map": {', "line 1"),
        (b'{"format": "journeymap", "version": NaN}', "NaN"),
        (b'{"format": "journeymap", "format": "journeymap"}', "twice"),
        (b"[" * 100000 + b"]" * 100000, "nested too deeply"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG"),
    ],
)
def test_bad_bytes_give_one_clear_error(tmp_path, raw, words):
    path = tmp_path / "bad.journey"
    path.write_bytes(raw)
    with pytest.raises(FormatError) as info:
        load_map(path)
    assert str(info.value).startswith("bad.journey: ")
    assert words in str(info.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(FormatError, match="no such file"):
        load_map(tmp_path / "nope.journey")
    with pytest.raises(FormatError, match="folder"):
        load_map(tmp_path)


def test_failed_save_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "map.journey"
    save_map(small_map(), path)
    before = path.read_bytes()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    doc = small_map()
    doc.update_card("web-ad", title="changed")
    with pytest.raises(SaveError, match="disk is full"):
        save_map(doc, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["map.journey"]


def test_save_into_missing_folder_says_so(tmp_path):
    with pytest.raises(SaveError, match="folder does not exist"):
        save_map(small_map(), tmp_path / "gone" / "map.journey")


def test_png_round_trip_of_embedded_map(tmp_path):
    from io import BytesIO

    from PIL import Image

    from journeymap.io.png_embed import png_with_map

    buffer = BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, "PNG")
    doc = small_map()
    path = tmp_path / "map.png"
    path.write_bytes(png_with_map(buffer.getvalue(), document_to_json(doc)))
    assert load_map(path) == doc
    plain = tmp_path / "plain.png"
    plain.write_bytes(buffer.getvalue())
    with pytest.raises(FormatError, match="does not carry a map"):
        load_map(plain)
