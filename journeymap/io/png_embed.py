"""A map carried inside a PNG: the .journey JSON in a compressed iTXt chunk.

This lets a picture pasted into a deck or mailed around be opened again as an
editable map. Reading goes through Pillow, whose decompression-bomb limit guards
against absurd images; only the chunk is read, the pixels are never decoded.
"""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

from .errors import FormatError

MAP_CHUNK_KEY = "journeymap"
MAX_MAP_TEXT = 64 * 1024 * 1024


def map_text_from_png(raw: bytes, file: str) -> str:
    """The embedded map's JSON text, or ``FormatError`` when the PNG carries none."""
    try:
        with Image.open(io.BytesIO(raw)) as image:
            # Text chunks after the image data are only read once the image has been loaded.
            text = getattr(image, "text", {}) or {}
            if MAP_CHUNK_KEY not in text:
                image.load()
                text = getattr(image, "text", {}) or {}
    except Image.DecompressionBombError:
        raise FormatError(file, "", "the picture is too large to open safely") from None
    except (OSError, SyntaxError, ValueError, struct.error, zlib.error) as exc:
        raise FormatError(file, "", f"a damaged PNG picture ({exc})") from None
    value = text.get(MAP_CHUNK_KEY)
    if value is None:
        raise FormatError(
            file, "", "this PNG picture does not carry a map; only PNGs exported by Journeymap can be opened"
        )
    value = str(value)
    if len(value) > MAX_MAP_TEXT:
        raise FormatError(file, "", "the map inside this picture is too large")
    return value


def png_with_map(png: bytes, map_text: str) -> bytes:
    """The same PNG with the map added as a compressed iTXt chunk just before the image data."""
    key = MAP_CHUNK_KEY.encode("latin-1")
    body = key + b"\x00" + b"\x01\x00" + b"\x00" + b"\x00" + zlib.compress(map_text.encode("utf-8"), 9)
    chunk = struct.pack(">I", len(body)) + b"iTXt" + body + struct.pack(">I", zlib.crc32(b"iTXt" + body) & 0xFFFFFFFF)
    position = _first_chunk(png, b"IDAT")
    return png[:position] + chunk + png[position:]


def _first_chunk(png: bytes, name: bytes) -> int:
    position = 8
    while position + 8 <= len(png):
        length = struct.unpack(">I", png[position : position + 4])[0]
        if png[position + 4 : position + 8] == name:
            return position
        position += 12 + length
    raise ValueError("not a complete PNG")

