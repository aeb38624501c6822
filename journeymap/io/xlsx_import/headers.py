"""Which column is which: headers matched by name, in English or Hebrew, never by position."""

from __future__ import annotations

from ..xlsx.labels import ENGLISH, HEBREW
from ..xlsx.tables import CARD_COLUMNS, CONNECTION_COLUMNS, PERSONA_COLUMNS

SHEET_COLUMNS = {
    "cards": [c.key for c in CARD_COLUMNS],
    "connections": [c.key for c in CONNECTION_COLUMNS],
    "personas": [c.key for c in PERSONA_COLUMNS],
}
# Other spellings people use for the same column (in table-shaped spreadsheets, too).
SYNONYMS = {
    "title": ("card", "text", "touchpoint", "כרטיס", "טקסט"),
    "emotion": ("feeling", "feelings", "score", "רגש", "ציון"),
    "moment_of_truth": ("moment of truth?", "mot", "רגע אמת"),
    "lane": ("channel", "row", "swimlane", "ערוץ"),
    "owner": ("department", "owner / department", "אחראי"),
    "share": ("share", "share of customers", "%"),
    "goals": ("goal", "מטרה"),
    "description": ("notes on the card", "details", "פרטים"),
}


def header_key(text: object) -> str:
    return " ".join(str(text or "").replace("\u200f", "").replace("\u200e", "").casefold().split())


def known_headers(sheet: str) -> dict[str, str]:
    """Normalised header text -> column key, for one kind of sheet, in both languages."""
    found: dict[str, str] = {}
    for key in SHEET_COLUMNS[sheet]:
        for words in (ENGLISH, HEBREW):
            found[header_key(words[key])] = key
        found[header_key(key.replace("_", " "))] = key
        for other in SYNONYMS.get(key, ()):
            found.setdefault(header_key(other), key)
    return found


def map_headers(sheet: str, header_row: tuple) -> tuple[dict[str, int], list[str]]:
    """(column key -> index, headers that are not ours) for a sheet's first row."""
    known = known_headers(sheet)
    columns: dict[str, int] = {}
    others: list[str] = []
    for index, text in enumerate(header_row):
        key = known.get(header_key(text))
        if key is not None and key not in columns:
            columns[key] = index
        elif text not in (None, ""):
            others.append(str(text))
    return columns, others


def sheet_names(key: str) -> set[str]:
    return {header_key(ENGLISH[f"sheet.{key}"]), header_key(HEBREW[f"sheet.{key}"])}
