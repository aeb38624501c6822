"""A map carried inside a PNG: the .journey JSON in a compressed iTXt chunk.

This lets a picture pasted into a deck or mailed around be opened again as an
editable map. The picture itself is checked by Pillow (``images.open_picture``,
with the program's decompression-bomb limit); the map chunk is read by the small
reader below, which never decodes pixels and never inflates more than
``MAX_MAP_TEXT`` bytes. (Pillow's own text reading would decode the whole image
and refuses text over 1 MB, which a large map easily is.)
"""

from __future__ import annotations

import struct
import zlib

from ..model.text import QT_TRANSLATE_NOOP, Text
from .errors import FormatError
from .images import PictureError, open_picture

MAP_CHUNK_KEY = "journeymap"
MAX_MAP_TEXT = 64 * 1024 * 1024  # bytes of map JSON inside one picture, as for a .journey file
MAX_CHUNKS = 100_000  # far more than any real PNG has; stops a file made of millions of empty chunks
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_MAP_KEYWORD = MAP_CHUNK_KEY.encode("latin-1") + b"\x00"


def map_text_from_png(raw: bytes, file: str) -> str:
    """The embedded map's JSON text, or ``FormatError`` when the PNG carries none."""
    chunk = _find_map_chunk(raw, file)
    picture = raw if chunk is None else raw[: chunk[0]] + raw[chunk[1] :]
    try:
        open_picture(picture, "PNG picture").close()
    except PictureError as exc:
        raise FormatError(file, "", str(exc)) from None
    if chunk is None:
        raise FormatError(
            file,
            "",
            Text(
                QT_TRANSLATE_NOOP(
                    "messages", "this PNG picture does not carry a map; only PNGs exported by Journeymap can be opened"
                )
            ),
        )
    return _chunk_text(raw[chunk[0] + 8 : chunk[1] - 4], file)


def _find_map_chunk(raw: bytes, file: str) -> tuple[int, int] | None:
    """(start, end) of the iTXt chunk holding the map, found by walking the chunk list."""
    if not raw.startswith(PNG_SIGNATURE):
        raise FormatError(file, "", Text(QT_TRANSLATE_NOOP("messages", "not a PNG picture")))
    position = len(PNG_SIGNATURE)
    for _ in range(MAX_CHUNKS):
        if position + 12 > len(raw):
            return None  # a cut-off file: Pillow names the damage if the picture is unusable
        length = int.from_bytes(raw[position : position + 4], "big")
        name = raw[position + 4 : position + 8]
        end = position + 12 + length
        if end > len(raw):
            return None
        if name == b"IEND":
            return None
        if name == b"iTXt" and raw.startswith(_MAP_KEYWORD, position + 8):
            crc = int.from_bytes(raw[end - 4 : end], "big")
            if zlib.crc32(raw[position + 4 : end - 4]) & 0xFFFFFFFF != crc:
                raise FormatError(
                    file,
                    "",
                    Text(QT_TRANSLATE_NOOP("messages", "the map inside this picture is damaged (checksum mismatch)")),
                )
            return position, end
        position = end
    raise FormatError(
        file,
        "",
        Text(QT_TRANSLATE_NOOP("messages", "a damaged PNG picture (more than %1 chunks)"), format(MAX_CHUNKS, ",")),
    )


def _chunk_text(body: bytes, file: str) -> str:
    """Decode an iTXt body: keyword, compression flag and method, language, translated keyword, text."""
    rest = body[len(_MAP_KEYWORD) :]
    if len(rest) < 2:
        raise FormatError(
            file, "", Text(QT_TRANSLATE_NOOP("messages", "the map inside this picture is damaged (cut short)"))
        )
    compressed, method, rest = rest[0], rest[1], rest[2:]
    parts = rest.split(b"\x00", 2)
    if len(parts) != 3:
        raise FormatError(
            file, "", Text(QT_TRANSLATE_NOOP("messages", "the map inside this picture is damaged (cut short)"))
        )
    data = parts[2]
    if compressed:
        if method != 0:
            raise FormatError(
                file, "", Text(QT_TRANSLATE_NOOP("messages", "the map inside this picture uses an unknown compression"))
            )
        data = _inflate(data, file)
    elif len(data) > MAX_MAP_TEXT:
        raise FormatError(file, "", _too_large())
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise FormatError(
            file, "", Text(QT_TRANSLATE_NOOP("messages", "the map inside this picture is damaged (not UTF-8 text)"))
        ) from None


def _inflate(data: bytes, file: str) -> bytes:
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(data, MAX_MAP_TEXT + 1)
    except zlib.error:
        raise FormatError(
            file, "", Text(QT_TRANSLATE_NOOP("messages", "the map inside this picture is damaged (bad compression)"))
        ) from None
    if len(text) > MAX_MAP_TEXT or inflater.unconsumed_tail:
        raise FormatError(file, "", _too_large())
    if not inflater.eof:
        raise FormatError(
            file, "", Text(QT_TRANSLATE_NOOP("messages", "the map inside this picture is damaged (cut short)"))
        )
    return text


def _too_large() -> str:
    return Text(
        QT_TRANSLATE_NOOP("messages", "the map inside this picture is too large; at most %1 MB"),
        MAX_MAP_TEXT // (1024 * 1024),
    )


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
