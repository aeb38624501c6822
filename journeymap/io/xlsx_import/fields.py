"""The names of the fields an import changes, as people read them (translated where shown)."""

from __future__ import annotations

from .messages import CONTEXT, QT_TRANSLATE_NOOP, Translate

FIELD_LABELS = {
    "step": QT_TRANSLATE_NOOP("ExcelImport", "stage / step"),
    "lane": QT_TRANSLATE_NOOP("ExcelImport", "lane"),
    "title": QT_TRANSLATE_NOOP("ExcelImport", "title"),
    "description": QT_TRANSLATE_NOOP("ExcelImport", "description"),
    "emotion": QT_TRANSLATE_NOOP("ExcelImport", "emotion"),
    "moment_of_truth": QT_TRANSLATE_NOOP("ExcelImport", "moment of truth"),
    "owner": QT_TRANSLATE_NOOP("ExcelImport", "owner"),
    "kpis": QT_TRANSLATE_NOOP("ExcelImport", "KPIs"),
    "personas": QT_TRANSLATE_NOOP("ExcelImport", "personas"),
    "label": QT_TRANSLATE_NOOP("ExcelImport", "label"),
    "source": QT_TRANSLATE_NOOP("ExcelImport", "from"),
    "target": QT_TRANSLATE_NOOP("ExcelImport", "to"),
    "share": QT_TRANSLATE_NOOP("ExcelImport", "share of customers"),
    "name": QT_TRANSLATE_NOOP("ExcelImport", "name"),
    "goals": QT_TRANSLATE_NOOP("ExcelImport", "goals"),
    "color": QT_TRANSLATE_NOOP("ExcelImport", "colour"),
}
SHEET_LABELS = {
    "cards": QT_TRANSLATE_NOOP("ExcelImport", "Cards"),
    "connections": QT_TRANSLATE_NOOP("ExcelImport", "Connections"),
    "personas": QT_TRANSLATE_NOOP("ExcelImport", "Personas"),
    "grid": QT_TRANSLATE_NOOP("ExcelImport", "Map"),
}


def field_label(name: str, translate: Translate) -> str:
    return translate(CONTEXT, FIELD_LABELS[name]) if name in FIELD_LABELS else name


def sheet_label(name: str, translate: Translate) -> str:
    return translate(CONTEXT, SHEET_LABELS[name]) if name in SHEET_LABELS else name
