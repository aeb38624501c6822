"""Thousands of broken files: each opens as a map or gives one clear line, never anything else.

Every input is built from a valid document (tests.factories.small_map, a richer
map with Hebrew and unknown keys, and every bundled template) and broken in one
way. Deadlines hold each example to two seconds. Budgets live in tests/fuzz_budget.py.
"""

from __future__ import annotations

import json
import zlib

from hypothesis import given
from hypothesis import strategies as st

from journeymap.io.journey_file import PNG_SIGNATURE
from journeymap.io.journey_format import MAX_TEXT
from tests.fuzz_budget import FUZZED, fuzz
from tests.io.fuzz_inputs import (
    base_data,
    base_paths,
    base_texts,
    check_bytes,
    check_data,
    plain_png,
    png_carrying,
    removed,
    replaced,
    value_at,
)

bases = st.integers(0, 50)
odd_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([10**300, -(10**300), 2**63, -1, 0, 10**4000]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(["", " ", "ghost", "#12345", "#GGGGGG", "emotion", "journeymap", "\ud800", "a\nb"]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


def _place(base, draw):
    return draw(st.sampled_from(base_paths(base % len(base_texts()))))


# ============================================================================ text-level damage
def test_truncation_at_every_point():
    """Every prefix of every base file, cut at each byte (so also inside Hebrew letters)."""
    for text in base_texts()[:3]:
        raw = text.encode("utf-8")
        for end in range(len(raw)):
            check_bytes(raw[:end], "truncated files")
    assert FUZZED["truncated files"] > 5000


@fuzz(300)
@given(bases, st.data())
def test_random_bytes_overwritten(base, data):
    raw = bytearray(base_texts()[base % len(base_texts())].encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 8))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    check_bytes(bytes(raw), "files with bytes overwritten")


@fuzz(300)
@given(bases, st.data(), st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "-1e999", "1e-999"]))
def test_nan_and_infinity_tokens(base, data, token):
    doc = base_data(base)
    path = _place(base, data.draw)
    text = json.dumps(replaced(doc, path, "@@TOKEN@@"), ensure_ascii=False)
    check_bytes(text.replace('"@@TOKEN@@"', token).encode("utf-8"), "NaN and Infinity tokens")


@fuzz(200)
@given(st.binary(max_size=3000))
def test_random_bytes(raw):
    check_bytes(raw, "random bytes")


@fuzz(100)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=20))
def test_random_json(value):
    check_bytes(json.dumps(value).encode("utf-8"), "random JSON values")
    check_bytes(json.dumps({"format": "journeymap", "version": 1, "map": value}).encode(), "random JSON values")


# ============================================================================ structure-level damage
@fuzz(400)
@given(bases, st.data(), odd_values)
def test_wrong_type_at_a_random_place(base, data, value):
    doc = base_data(base)
    check_data(replaced(doc, _place(base, data.draw), value), "wrong values at random places")


@fuzz(200)
@given(bases, st.data())
def test_missing_key_or_entry(base, data):
    doc = base_data(base)
    path = data.draw(st.sampled_from(base_paths(base % len(base_texts()))[1:]))
    check_data(removed(doc, path), "keys and entries removed")


@fuzz(50)
@given(bases, st.data(), st.sampled_from([MAX_TEXT, MAX_TEXT + 1, 1_000_000]))
def test_huge_strings(base, data, size):
    doc = base_data(base)
    path = _place(base, data.draw)
    check_data(replaced(doc, path, "ש" * size), "huge strings")
    if path and isinstance(path[-1], str):  # a huge unknown key next to the known ones
        parent = value_at(doc, path[:-1])
        parent["k" * size] = 1
        check_data(doc, "huge strings")


@fuzz(150)
@given(bases, st.data(), st.integers(1, 5000), st.sampled_from(["[", '{"a":']))
def test_deep_nesting(base, data, depth, opener):
    doc = base_data(base)
    path = _place(base, data.draw)
    text = json.dumps(replaced(doc, path, "@@DEEP@@"))
    closer = "]" if opener == "[" else "}"
    check_bytes(text.replace('"@@DEEP@@"', opener * depth + "1" + closer * depth).encode(), "deeply nested values")


def _id_paths(base):
    return [p for p in base_paths(base % len(base_texts())) if p and p[-1] == "id"]


@fuzz(200)
@given(bases, st.data())
def test_duplicate_ids(base, data):
    doc = base_data(base)
    ids = _id_paths(base)
    source = data.draw(st.sampled_from(ids))
    target = data.draw(st.sampled_from([p for p in ids if value_at(doc, p) != value_at(doc, source)]))
    check_data(replaced(doc, target, value_at(doc, source)), "duplicate ids")


_REFERENCE_KEYS = ("step", "lane", "from", "to")


@fuzz(250)
@given(bases, st.data())
def test_dangling_references(base, data):
    doc = base_data(base)
    every = base_paths(base % len(base_texts()))
    refs = [p for p in every if p and (p[-1] in _REFERENCE_KEYS or "personas" in p[:-1])]
    everything_else = [value_at(doc, p) for p in _id_paths(base)] + ["ghost", "l-emo"]
    choice = data.draw(st.integers(0, 2))
    if choice == 0 and refs:  # point a reference at a missing id or at an id of another kind
        check_data(replaced(doc, data.draw(st.sampled_from(refs)), data.draw(st.sampled_from(everything_else))),
                   "dangling references")
    else:  # take away what references point at
        part = data.draw(st.sampled_from(["personas", "stages", "lanes", "cards"]))
        if doc.get(part):
            if choice == 1:
                doc[part] = []
            else:
                del doc[part][data.draw(st.integers(0, len(doc[part]) - 1))]
        check_data(doc, "dangling references")


@fuzz(150)
@given(bases, st.one_of(odd_values, st.integers(-5, 10)), st.one_of(odd_values, st.just("journeymap")))
def test_unknown_versions_and_formats(base, version, name):
    doc = base_data(base)
    doc["version"] = version
    check_data(doc, "unknown versions and formats")
    doc["format"] = name
    check_data(doc, "unknown versions and formats")


# ============================================================================ pictures
@fuzz(200)
@given(st.binary(max_size=2000))
def test_random_bytes_after_a_png_signature(tail):
    check_bytes(PNG_SIGNATURE + tail, "random bytes after a PNG signature")


def test_png_without_a_map():
    assert check_bytes(plain_png(), "PNGs without a map", "fuzz.png") is None


@fuzz(200)
@given(bases, st.data())
def test_png_with_damage(base, data):
    raw = bytearray(png_carrying(base_texts()[base % len(base_texts())]))
    how = data.draw(st.sampled_from(["truncate", "overwrite", "broken map"]))
    if how == "truncate":
        raw = raw[: data.draw(st.integers(0, len(raw) - 1))]
    elif how == "overwrite":
        for _ in range(data.draw(st.integers(1, 6))):
            raw[data.draw(st.integers(8, len(raw) - 1))] = data.draw(st.integers(0, 255))
    else:  # a well-formed PNG whose map is itself broken
        doc = base_data(base)
        broken = replaced(doc, _place(base, data.draw), data.draw(odd_values))
        raw = png_carrying(json.dumps(broken))
    check_bytes(bytes(raw), "damaged PNGs carrying a map", "fuzz.png")


def test_png_map_that_inflates_beyond_the_limit():
    """A small chunk that would inflate to more than a file may hold is refused without inflating it all."""
    bomb = zlib.compress(b" " * (65 * 1024 * 1024), 9)
    body = b"journeymap\x00\x01\x00\x00\x00" + bomb
    chunk = len(body).to_bytes(4, "big") + b"iTXt" + body + (zlib.crc32(b"iTXt" + body)).to_bytes(4, "big")
    png = plain_png()
    raw = png[:33] + chunk + png[33:]
    assert check_bytes(raw, "damaged PNGs carrying a map", "fuzz.png") is None
