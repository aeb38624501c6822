"""Valid documents to break, the ways to break them, and the one check every broken input must pass.

The check: opening the bytes gives either a document that saves and reopens
identically, or one ``FormatError`` whose message is a single short line that
starts with the file name. Anything else (another exception, a traceback, the
catch-all "unexpected problem" message) fails the test that fed the input.
"""

from __future__ import annotations

import io
import json
from functools import lru_cache

from PIL import Image

from journeymap.io.errors import FormatError
from journeymap.io.journey_file import UNEXPECTED, document_to_json, parse_bytes
from journeymap.io.png_embed import png_with_map
from journeymap.io.templates import load_template, template_names
from journeymap.model import Card, Kpi
from tests.factories import small_map
from tests.fuzz_budget import FUZZED, OPENED

NAME = "fuzz.journey"
MAX_MESSAGE = 400


def rich_map():
    """small_map plus Hebrew, emoji, markup characters, KPIs and values from a newer version."""
    doc = small_map()
    doc.add_card(
        Card(
            "act-he",
            "st-b1",
            "l-act",
            "הרשמה ל-30 יום ניסיון ב-Dynamics 365 😀",
            'quotes " \' < > & and a\nnew line',
            owner="שירות",
            kpis=(Kpi("משך שיחה", 2, "min"), Kpi("people", 3.5)),
            personas=("p-anna", "p-ben"),
            extra={"x-sticker": {"shape": "star", "sizes": [1, 2.5, None, True]}},
        )
    )
    doc.extra = {"x-plugin": {"kept": [1, {"deep": ["a", "ב"]}]}}
    return doc


@lru_cache(maxsize=None)
def base_texts() -> tuple[str, ...]:
    """The JSON text of every valid document the fuzzers start from."""
    docs = [small_map(), rich_map()] + [load_template(name) for name in template_names()]
    return tuple(document_to_json(doc) for doc in docs)


def base_data(index: int) -> dict:
    """A fresh copy of one base document's data (callers change it freely)."""
    return json.loads(base_texts()[index % len(base_texts())])


@lru_cache(maxsize=None)
def base_paths(index: int) -> tuple[tuple, ...]:
    return tuple(paths(base_data(index)))


def paths(value, prefix=()) -> list[tuple]:
    """Every place in parsed JSON, as a tuple of keys and indexes (the root is ``()``)."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += paths(child, prefix + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += paths(child, prefix + (index,))
    return found


def replaced(data, path: tuple, new):
    """``data`` with the value at ``path`` replaced, in place (the root path replaces everything)."""
    if not path:
        return new
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = new
    return data


def removed(data, path: tuple):
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    del parent[path[-1]]
    return data


def value_at(data, path: tuple):
    for step in path:
        data = data[step]
    return data


@lru_cache(maxsize=1)
def plain_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 9), "white").save(buffer, "PNG")
    return buffer.getvalue()


def png_carrying(text: str) -> bytes:
    return png_with_map(plain_png(), text)


def assert_clear_message(exc: FormatError, name: str = NAME) -> None:
    message = str(exc)
    assert message.startswith(f"{name}: "), message
    assert len(message.splitlines()) == 1, message
    assert len(message) < MAX_MESSAGE, message
    assert UNEXPECTED not in message, message


def check_bytes(raw: bytes, kind: str, name: str = NAME):
    """Open ``raw`` as a file called ``name``; only a document or one clear FormatError may come out."""
    FUZZED[kind] += 1
    OPENED[kind] += 0  # listed even when none opens
    try:
        doc = parse_bytes(raw, name)
    except FormatError as exc:
        assert_clear_message(exc, name)
        return None
    OPENED[kind] += 1
    text = document_to_json(doc)  # whatever opens must save (as UTF-8) and reopen the same
    assert parse_bytes(text.encode("utf-8"), name) == doc
    return doc


def check_data(data, kind: str):
    return check_bytes(json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass"), kind)
