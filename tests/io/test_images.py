"""Pictures open through one door with one size limit, checked before any pixel is decoded."""

from __future__ import annotations

import struct
import zlib

import pytest
from PIL import Image

from journeymap.io import images
from journeymap.io.errors import FormatError
from journeymap.io.journey_file import document_to_json, parse_bytes
from journeymap.io.png_embed import png_with_map
from tests.factories import small_map
from tests.io.fuzz_inputs import assert_clear_message, plain_png


def _claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` pixels (a decompression bomb's shape)."""
    png = bytearray(plain_png())
    body = b"IHDR" + struct.pack(">II", width, height) + bytes(png[24:29])
    png[12:29] = body
    png[29:33] = struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    return bytes(png)


def test_the_limit_is_set_once_for_pillow_too():
    assert Image.MAX_IMAGE_PIXELS == images.MAX_IMAGE_PIXELS == 150_000_000


@pytest.mark.parametrize("size", [(13_000, 13_000), (20_000, 20_000), (100_000, 100_000)])
def test_a_picture_over_the_limit_is_refused_before_decoding(size):
    """13,000 squared is in Pillow's warning zone, the others beyond its error limit: all are refused."""
    raw = png_with_map(_claiming(*size), document_to_json(small_map()))
    with pytest.raises(FormatError, match="too large to open safely") as info:
        parse_bytes(raw, "bomb.png")
    assert_clear_message(info.value, "bomb.png")


def test_a_picture_under_the_limit_with_a_map_opens():
    raw = png_with_map(_claiming(10_000, 10_000), document_to_json(small_map()))
    assert parse_bytes(raw, "big.png") == small_map()


def test_open_picture_names_damage_in_one_line():
    with pytest.raises(images.PictureError) as info:
        images.open_picture(b"not a picture at all", "PNG picture")
    assert str(info.value) == "a damaged PNG picture: its format is not recognised"
