"""The limits that keep absurd files from hanging the program or eating its memory.

Each limit gives one clear message; the worst files allowed by the limits still
open within two seconds of CPU time; the worst files beyond them are refused
before they cost time or memory.
"""

from __future__ import annotations

import json
import os
import time
import tracemalloc

import pytest

from journeymap.io import journey_format as fmt
from journeymap.io.errors import FormatError
from journeymap.io.journey_file import MAX_FILE_BYTES, MAX_JSON_VALUES, load_map, parse_bytes
from journeymap.io.journey_format import document_to_data
from tests.factories import small_map
from tests.fuzz_budget import FUZZED
from tests.io.fuzz_inputs import assert_clear_message


def _open(raw: bytes, kind: str) -> FormatError:
    FUZZED["files at and beyond the limits"] += 1
    with pytest.raises(FormatError) as info:
        parse_bytes(raw, "limit.journey")
    assert_clear_message(info.value, "limit.journey")
    return info.value


def _with(**changes) -> bytes:
    data = document_to_data(small_map())
    data.update(changes)
    return json.dumps(data).encode()


def _card(i: int, **more) -> dict:
    return {"id": f"c{i}", "step": "st-a1", "lane": "l-act", "title": "t", **more}


@pytest.mark.parametrize(
    ("kind", "build", "words"),
    [
        ("cards", lambda: _with(cards=[{}] * (fmt.MAX_CARDS + 1), connections=[]), "at most 10,000"),
        ("connections", lambda: _with(connections=[{}] * (fmt.MAX_CONNECTIONS + 1)), "at most 30,000"),
        ("personas", lambda: _with(personas=[{}] * (fmt.MAX_PARTS + 1)), "at most 1,000"),
        ("stages", lambda: _with(stages=[{}] * (fmt.MAX_PARTS + 1)), "at most 1,000"),
        ("lanes", lambda: _with(lanes=[{}] * (fmt.MAX_PARTS + 1)), "at most 1,000"),
        (
            "steps over all stages",
            lambda: _with(
                stages=[
                    {"id": f"s{s}", "name": "S", "steps": [{"id": f"st{s}-{i}", "name": "x"} for i in range(600)]}
                    for s in range(2)
                ],
                cards=[],
                connections=[],
            ),
            "at most 1,000 over all stages",
        ),
        ("KPIs on a card", lambda: _with(cards=[_card(0, kpis=[{"name": "k", "value": 1}] * 101)]), "at most 100"),
        ("persona references", lambda: _with(cards=[_card(0, personas=["p-anna"] * 101)]), "at most 100"),
        ("text length", lambda: _with(map={"title": "x" * (fmt.MAX_TEXT + 1)}), "at most 100,000"),
        ("nesting of unknown values", lambda: _with(plugin=json.loads("[" * 40 + "]" * 40)), "32 levels"),
        ("count of unknown values", lambda: _with(plugin=[0] * 200_001), "200,000 values"),
        ("JSON values", lambda: b"[" + b"0," * MAX_JSON_VALUES + b"0]", "2,000,000 values"),
        ("huge number", lambda: _with(version=10**40), "41 digits"),
    ],
)
def test_each_limit_gives_one_clear_message(kind, build, words):
    assert words in str(_open(build(), kind))


def _timed_open(raw: bytes, kind: str):
    FUZZED["files at and beyond the limits"] += 1
    start = time.process_time()
    try:
        parse_bytes(raw, "limit.journey")
    except FormatError as exc:
        assert_clear_message(exc, "limit.journey")
    return time.process_time() - start


@pytest.mark.parametrize(
    ("kind", "raw"),
    [
        ("64 MB of empty objects", b"[" + b"{}," * (MAX_FILE_BYTES // 3 - 1) + b"{}]"),
        ("64 MB of short texts", b"[" + b'"ab",' * (MAX_FILE_BYTES // 5 - 1) + b'"ab"]'),
        ("a 60 MB title", b'{"format":"journeymap","version":1,"map":{"title":"' + b"x" * (60 << 20) + b'"}}'),
        ("a million open brackets", b"[" * 1_000_000),
    ],
)
def test_worst_files_beyond_the_limits_are_refused_quickly_and_small(kind, raw):
    tracemalloc.start()
    try:
        seconds = _timed_open(raw, kind)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seconds < 2.0
    assert peak < 3 * len(raw) + (16 << 20), f"{peak / 2**20:.0f} MB for {len(raw) / 2**20:.0f} MB of input"


def _map_at_every_limit() -> bytes:
    data = {
        "format": "journeymap",
        "version": 1,
        "map": {"title": "At every limit"},
        "personas": [{"id": f"p{i}", "name": f"P{i}"} for i in range(fmt.MAX_PARTS)],
        "stages": [
            {"id": f"s{i}", "name": "S", "steps": [{"id": f"st{i}", "name": "x"}]} for i in range(fmt.MAX_PARTS)
        ],
        "lanes": [{"id": f"l{i}", "name": "L", "kind": "website"} for i in range(fmt.MAX_PARTS)],
        "cards": [
            {"id": f"c{i}", "step": f"st{i % fmt.MAX_PARTS}", "lane": f"l{fmt.MAX_PARTS - 1}", "title": "t",
             "personas": [f"p{fmt.MAX_PARTS - 1 - j}" for j in range(5)], "kpis": [{"name": "k", "value": 2.5}]}
            for i in range(fmt.MAX_CARDS)
        ],
        "connections": [
            {"id": f"e{i}", "from": f"c{i % fmt.MAX_CARDS}", "to": f"c{(i * 7) % fmt.MAX_CARDS}", "personas": ["p0"]}
            for i in range(fmt.MAX_CONNECTIONS)
        ],
    }
    return json.dumps(data).encode()


def test_a_map_at_every_count_limit_opens_within_two_seconds():
    raw = _map_at_every_limit()
    FUZZED["files at and beyond the limits"] += 1
    start = time.process_time()
    doc = parse_bytes(raw, "limit.journey")
    seconds = time.process_time() - start
    assert doc.card_count() == fmt.MAX_CARDS and doc.connection_count() == fmt.MAX_CONNECTIONS
    assert seconds < 2.0, f"{seconds:.2f} s of CPU time"


def test_files_too_large_pipes_and_devices_are_refused_without_reading(tmp_path):
    big = tmp_path / "big.journey"
    with open(big, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no 64 MB written
    pipe = tmp_path / "pipe.journey"
    os.mkfifo(pipe)  # reading it would block forever
    for path, words in ((big, "at most 64 MB"), (pipe, "not a regular file"), ("/dev/zero", "not a regular file")):
        FUZZED["files at and beyond the limits"] += 1
        with pytest.raises(FormatError, match=words) as info:
            load_map(path)
        assert_clear_message(info.value, os.path.basename(path))
