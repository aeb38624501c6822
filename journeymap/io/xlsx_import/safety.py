"""Checks made before openpyxl opens a file: is it a workbook, a safe one, of a sane size?

openpyxl trusts the zip it is given: it would inflate a zip bomb and run into any size.
So the members are looked at first (their declared sizes, and their ratio to the
compressed size), macro workbooks are refused, and XML entities are refused by
defusedxml, which openpyxl uses when it is installed.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

from .messages import QT_TRANSLATE_NOOP, ImportRefused, msg

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_MEMBER_BYTES = 128 * 1024 * 1024  # one inflated part (a sheet's XML)
MAX_TOTAL_BYTES = 384 * 1024 * 1024  # all parts together, inflated
MAX_RATIO = 150  # real sheets compress 5 to 30 times; a bomb thousands of times
RATIO_FROM_BYTES = 4 * 1024 * 1024  # small parts may compress very well; only big ones are checked for ratio
MAX_MEMBERS = 10_000
MACRO_PARTS = ("vbaproject.bin", "vbadata.xml", "macrosheets/")
SIGNATURES = (
    (b"\x89PNG", QT_TRANSLATE_NOOP("ExcelImport", "%1 is a PNG picture, not an Excel workbook.")),
    (b"\xd0\xcf\x11\xe0", QT_TRANSLATE_NOOP(
        "ExcelImport",
        "%1 is an Excel 97–2003 workbook (.xls); open it in Excel or LibreOffice and save it as .xlsx.")),
    (b"%PDF", QT_TRANSLATE_NOOP("ExcelImport", "%1 is a PDF document, not an Excel workbook.")),
)


def check_defused() -> None:
    if not openpyxl.DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise ImportRefused(msg(QT_TRANSLATE_NOOP(
            "ExcelImport",
            "Workbooks cannot be read safely: the defusedxml package is missing. Reinstall Journeymap.")))


def check_workbook_file(path: Path) -> None:
    """Raise ``ImportRefused`` unless ``path`` looks like a safe, plain .xlsx workbook."""
    check_defused()
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise ImportRefused(msg(QT_TRANSLATE_NOOP("ExcelImport", "Could not read %1: %2."), name,
                                exc.strerror or exc)) from None
    if size == 0:
        raise ImportRefused(msg(QT_TRANSLATE_NOOP("ExcelImport", "%1 is empty: there is no workbook in it."), name))
    if size > MAX_FILE_BYTES:
        raise ImportRefused(msg(QT_TRANSLATE_NOOP(
            "ExcelImport", "%1 is %2 MB; a workbook to import is at most %3 MB."),
            name, size // (1024 * 1024), MAX_FILE_BYTES // (1024 * 1024)))
    for magic, text in SIGNATURES:
        if head.startswith(magic):
            raise ImportRefused(msg(text, name))
    if path.suffix.lower() in (".xlsm", ".xltm", ".xlsb"):
        raise ImportRefused(_macro(name))
    try:
        with zipfile.ZipFile(path) as archive:
            _check_members(archive.infolist(), name)
    except zipfile.BadZipFile:
        raise ImportRefused(msg(QT_TRANSLATE_NOOP(
            "ExcelImport", "%1 is not an Excel workbook (.xlsx): it is not even a zip archive."), name)) from None


def _macro(name: str):
    return msg(QT_TRANSLATE_NOOP(
        "ExcelImport", "%1 contains macros; Journeymap does not open macro workbooks. Save it as a plain .xlsx."),
        name)


def _check_members(members: list[zipfile.ZipInfo], name: str) -> None:
    if len(members) > MAX_MEMBERS:
        raise ImportRefused(_bomb(name))
    names = {member.filename.lower() for member in members}
    if "[content_types].xml" not in names or not any(n.startswith("xl/workbook") for n in names):
        raise ImportRefused(msg(QT_TRANSLATE_NOOP(
            "ExcelImport", "%1 is a zip archive but not an Excel workbook (it has no workbook part)."), name))
    if any(part in n for n in names for part in MACRO_PARTS):
        raise ImportRefused(_macro(name))
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(1, member.compress_size)
        big = member.file_size > RATIO_FROM_BYTES
        if member.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or (big and ratio > MAX_RATIO):
            raise ImportRefused(_bomb(name))


def _bomb(name: str):
    return msg(QT_TRANSLATE_NOOP(
        "ExcelImport", "%1 inflates to far more data than a workbook of a journey holds (a zip bomb?); refused."),
        name)
