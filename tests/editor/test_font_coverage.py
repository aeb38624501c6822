"""The bundled fonts draw every character the map shows, so no machine substitutes its own."""

from __future__ import annotations

import json
import unicodedata

import pytest
from PySide6.QtGui import QRawFont

from journeymap.editor.fonts import FONT_DIR, FONT_FILES
from journeymap.io.pictures.legend import SCORE_TEXT
from journeymap.io.templates import template_names, template_text


@pytest.fixture(scope="module")
def bundled(qapp):
    return [QRawFont(str(FONT_DIR / name), 12) for name in FONT_FILES]


def uncovered(text: str, fonts) -> set[str]:
    return {
        char for char in text
        if not char.isspace() and unicodedata.category(char) != "Cf"  # marks like U+200E draw nothing
        and not any(font.supportsCharacter(ord(char)) for font in fonts)
    }


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@pytest.mark.parametrize("name", template_names())
def test_every_character_of_every_template_is_in_the_bundled_fonts(bundled, name):
    data = json.loads(template_text(name))
    assert uncovered("".join(_strings(data)), bundled) == set()


def test_score_labels_of_canvas_and_legend_are_in_the_bundled_fonts(bundled):
    texts = list(SCORE_TEXT.values()) + ["+2", "+1", "0", "-1", "-2"]
    assert uncovered("".join(texts), bundled) == set()
    assert uncovered("\u2212", bundled) == {"\u2212"}  # why the scores use an ASCII minus
