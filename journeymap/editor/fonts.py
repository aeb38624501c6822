"""The bundled fonts (Noto Sans with Noto Sans Hebrew) and the fonts the canvas draws with.

A map must look the same on every machine and in every export, so the canvas never
relies on whatever sans-serif the system happens to have: the fonts ship in
``journeymap/assets/fonts`` and are registered once with Qt's font database.
Latin text takes Noto Sans; Hebrew falls through to Noto Sans Hebrew by family list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from . import style

FONT_DIR = Path(__file__).resolve().parent.parent / "assets" / "fonts"
FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansHebrew-Bold.ttf",
)
FAMILIES = ["Noto Sans", "Noto Sans Hebrew", "sans-serif"]

_registered: list[str] = []


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's database once; returns the families they provide.

    Qt's font database needs a QGuiApplication; called before one exists this does
    nothing and returns an empty list, so calling it again later is what registers.
    """
    if _registered:
        return list(_registered)
    if QGuiApplication.instance() is None:
        return []
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    _registered.extend(dict.fromkeys(families))
    return list(_registered)


def _font(pixel_size: int, bold: bool = False) -> QFont:
    register_fonts()
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    # No ligature glyphs: a PDF's text must search and copy as the letters typed ("find", not
    # "ﬁnd"); the bundled fonts' "fi" and "fl" are barely different from the two letters.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def title_font() -> QFont:
    """The map title above everything."""
    return _font(style.TITLE_FONT_SIZE, bold=True)


def stage_font() -> QFont:
    return _font(style.STAGE_FONT_SIZE, bold=True)


def step_font() -> QFont:
    return _font(style.STEP_FONT_SIZE, bold=False)


def lane_font() -> QFont:
    return _font(style.LANE_FONT_SIZE, bold=True)


def header_font() -> QFont:
    """Stage, step and lane headers share one family and weight scheme; this is the lane one."""
    return lane_font()


def card_font() -> QFont:
    """Card titles."""
    return _font(style.CARD_FONT_SIZE)


def label_font() -> QFont:
    """Connection labels and badges."""
    return _font(style.LABEL_FONT_SIZE)
