"""Values as Excel gives them back, made into the map's values (or a readable objection).

Excel and Calc change what they were given: ``+2`` typed as text, whole numbers as
floats, CRLF newlines, ids turned into numbers, a minus typed as U+2212. Each reader here
takes a raw cell value and returns the map's value, or raises ``BadValue`` saying what was
expected.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ...model import Kpi
from ...model.kinds import EMOTION_MAX, EMOTION_MIN
from ..xlsx.canonical import norm_text
from ..xlsx.cells import EXCEL_MAX_CELL_CHARS
from ..xlsx.labels import ENGLISH, HEBREW
from .messages import QT_TRANSLATE_NOOP, Message, msg

YES = {"yes", "y", "true", "1", "x", "✓", "✔", "★", "כן", "v", "נכון"}
NO = {"no", "n", "false", "0", "", "-", "לא"}
_KPI = re.compile(
    r"^\s*(?P<name>[^:]+?)\s*:\s*\u200e?(?P<value>[-+\u2212]?\d+(?:[.,]\d+)?)\s*(?P<unit>.*?)\s*$"
)


class BadValue(ValueError):
    def __init__(self, expected: Message) -> None:
        super().__init__(str(expected))
        self.expected = expected


def text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (datetime, date)):
        value = value.isoformat()
    if isinstance(value, str):
        if len(value) > EXCEL_MAX_CELL_CHARS:  # more than Excel can hold: no one typed it
            raise BadValue(msg(QT_TRANSLATE_NOOP("ExcelImport", "a text of at most %1 characters"),
                               EXCEL_MAX_CELL_CHARS))
        return _norm_cell(value)
    return norm_text(value)


def _norm_cell(value: str) -> str:
    """``norm_text`` for a string read from a sheet: XML cannot hold the characters it would clean out."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" in value:
        value = "\n".join(line.rstrip() for line in value.split("\n"))
    return value.strip()


def item_id(value: object) -> str:
    """An id cell: text, also when Excel made it a number (``12.0`` is ``12``)."""
    return text(str(value)[:200] if isinstance(value, str) else value)



def _number(value: object, expected: Message, percent: bool = False) -> float | None:
    """A number as Excel or a person left it: ``+2`` as text, ``−1``, ``2,5``, ``45 %``; None when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise BadValue(expected)
    if isinstance(value, (int, float)):
        return float(value)
    cleaned = str(value).strip().replace("\u2212", "-").replace(",", ".").replace("\u200e", "").replace("\u200f", "")
    if percent:
        cleaned = cleaned.rstrip("%").strip()
    try:
        return float(cleaned)
    except ValueError:
        raise BadValue(expected) from None

def emotion(value: object) -> int | None:
    expected = msg(QT_TRANSLATE_NOOP("ExcelImport", "a whole number from -2 to +2, or nothing"))
    number = _number(value, expected)
    if number is None:
        return None
    if not number.is_integer() or not EMOTION_MIN <= number <= EMOTION_MAX:
        raise BadValue(expected)
    return int(number)


def yes_no(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    word = text(value).casefold()
    if word in YES or word == ENGLISH["yes"].casefold() or word == HEBREW["yes"]:
        return True
    if word in NO:
        return False
    raise BadValue(msg(QT_TRANSLATE_NOOP("ExcelImport", "Yes or No (כן or לא)")))


def share(value: object) -> float | None:
    expected = msg(QT_TRANSLATE_NOOP("ExcelImport", "a number from 0 to 100, or nothing"))
    number = _number(value, expected, percent=True)
    if number is None:
        return None
    if not 0 <= number <= 100:
        raise BadValue(expected)
    return round(number, 6)


def kpis(value: object) -> tuple[str, tuple[Kpi, ...]]:
    """'Call duration: 2 min; Talks to: 3' -> (its canonical text, the KPIs).

    In a right-to-left sheet a left-to-right mark leads a negative value ("\u200e-5", see xlsx/signs.py).
    """
    shown = text(value)
    found = []
    for part in re.split(r"[;\n]", shown):
        if not part.strip():
            continue
        match = _KPI.match(part)
        if match is None:
            raise BadValue(msg(QT_TRANSLATE_NOOP(
                "ExcelImport", "KPIs as “name: number unit”, separated by semicolons (“Call duration: 2 min”)")))
        number = float(match["value"].replace("\u2212", "-").replace(",", "."))
        found.append(Kpi(match["name"], number, match["unit"]))
    kpi_tuple = tuple(found)
    return norm_text("; ".join(kpi.display() for kpi in kpi_tuple)), kpi_tuple


def colour(value: object) -> str | None:
    """'#5b8def' or '5B8DEF' -> '#5B8DEF'; an empty cell says nothing (None)."""
    shown = text(value).lstrip("#").upper()
    if not shown:
        return None
    if len(shown) != 6 or any(ch not in "0123456789ABCDEF" for ch in shown):
        raise BadValue(msg(QT_TRANSLATE_NOOP("ExcelImport", "a colour as #RRGGBB, for example #5B8DEF")))
    return "#" + shown


def name_list(value: object) -> list[str]:
    """'Anna, Ben' or one name per line -> ['Anna', 'Ben']."""
    return [part.strip() for part in re.split(r"[,;\n،]", text(value)) if part.strip()]


def goals(value: object) -> list[str]:
    return [line.strip() for line in text(value).split("\n") if line.strip()]
