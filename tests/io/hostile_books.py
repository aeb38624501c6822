"""Files that pretend to be workbooks, made small on disk however large they claim to be."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

MINIMAL_PARTS = ("[Content_Types].xml", "xl/workbook.xml")


def rewrite_member(source: Path, target: Path, member: str, data: bytes | None, extra: dict | None = None) -> Path:
    """A copy of the workbook ``source`` with one part replaced (or more parts added)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            payload = data if info.filename == member and data is not None else old.read(info.filename)
            new.writestr(info.filename, payload)
        for name, payload in (extra or {}).items():
            new.writestr(name, payload)
    return target


def cards_sheet_member(path: Path) -> str:
    """The part of the Cards sheet (the second sheet the export writes)."""
    return "xl/worksheets/sheet2.xml"


def zip_bomb(source: Path, target: Path) -> Path:
    """The workbook with 60 MB of zeros hidden in its Cards sheet part (it stays about 60 KB)."""
    with zipfile.ZipFile(source) as old:
        sheet = old.read(cards_sheet_member(source))
    padded = sheet.replace(b"</worksheet>", b"<!--" + b" " * 60_000_000 + b"--></worksheet>")
    return rewrite_member(source, target, cards_sheet_member(source), padded)


def _replace_in_cards(source: Path, target: Path, old: bytes, new: bytes, prefix: bytes = b"") -> Path:
    with zipfile.ZipFile(source) as archive:
        sheet = archive.read(cards_sheet_member(source))
    assert old in sheet
    return rewrite_member(source, target, cards_sheet_member(source), prefix + sheet.replace(old, new))


def entity_bomb(source: Path, target: Path, text: bytes = b"Sees an ad") -> Path:
    """A billion laughs: entities that expand ten times per level, nine levels deep, in a card's title."""
    doctype = (b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY lol "lol">'
               + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                          for i in range(1, 10)) + b"]>")
    return _replace_in_cards(source, target, b"<t>" + text + b"</t>", b"<t>&lol9;</t>", doctype)


def huge_string(source: Path, target: Path, text: bytes = b"Sees an ad", size: int = 5_000_000) -> Path:
    """A card title of megabytes of text (random letters: it does not compress like a bomb)."""
    import random
    import string

    letters = "".join(random.Random(7).choices(string.ascii_letters + " ", k=size)).encode("ascii")
    return _replace_in_cards(source, target, b"<t>" + text + b"</t>", b"<t>" + letters + b"</t>")


def million_rows(source: Path, target: Path, rows: int = 1_000_000) -> Path:
    """The Cards sheet with a million short rows after its header (written in pieces, a few MB zipped)."""
    with zipfile.ZipFile(source) as old:
        sheet = old.read(cards_sheet_member(source)).decode("utf-8")
    head, _, _ = sheet.partition("<sheetData>")
    header = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Id</t></is></c>'
              '<c r="F1" t="inlineStr"><is><t>Title</t></is></c></row>')
    body = "".join(f'<row r="{n}"><c r="F{n}" t="inlineStr"><is><t>x</t></is></c></row>' for n in range(2, rows + 2))
    xml = (head + "<sheetData>" + header + body + "</sheetData></worksheet>").encode("utf-8")
    return rewrite_member(source, target, cards_sheet_member(source), xml)


def renamed_png(target: Path) -> Path:
    import base64

    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
    target.write_bytes(png)
    return target


def copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target
