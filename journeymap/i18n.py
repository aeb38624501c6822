"""Which language the interface speaks, and looking texts up in Qt's translation catalogues.

One mechanism for the editor and the command line: ``.ts`` sources in
``journeymap/assets/translations`` compiled to ``.qm`` files that Qt's QTranslator reads.
The editor installs the translators on its QApplication, so ``self.tr`` and
``QCoreApplication.translate`` find them. The command line has no application object
(Qt refuses to install translators without one), so it calls ``translate`` here, which
asks the same catalogue directly; lupdate extracts both spellings alike.

The language is, in order: ``--lang``, the choice remembered from View → Language, the
system's locale. Only languages with a catalogue (and English) are offered.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .model.text import MESSAGES, Text

__all__ = ["QT_TRANSLATE_NOOP", "arg", "choose_language", "isolated", "localized", "localized_error", "translate",
           "use_language"]

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "assets" / "translations"
SOURCE_LANGUAGE = "en"
RTL_LANGUAGES = ("he", "ar", "fa", "ur", "yi")
# Where the choice made in View → Language (or with --lang) is kept.
SETTINGS_KEY = "interface/language"
SETTINGS_NAMES = ("Journeymap", "Journeymap")

_catalogues: dict[str, QTranslator | None] = {}
_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def available_languages() -> list[str]:
    """English and every language a compiled catalogue ships for, e.g. ['en', 'he']."""
    found = sorted(p.stem.split("_", 1)[1] for p in TRANSLATIONS_DIR.glob("journeymap_*.qm"))
    return [SOURCE_LANGUAGE] + [lang for lang in found if lang != SOURCE_LANGUAGE]


def system_language() -> str:
    """The system locale's language code ('he' for he_IL), '' for the C locale."""
    name = QLocale.system().name()
    return "" if name in ("C", "") else name.split("_")[0]


def remembered_language() -> str:
    return str(QSettings(*SETTINGS_NAMES).value(SETTINGS_KEY, "", str) or "")


def remember_language(lang: str) -> None:
    store = QSettings(*SETTINGS_NAMES)
    store.setValue(SETTINGS_KEY, lang)
    store.sync()


def choose_language(requested: str | None = None) -> str:
    """The language to speak: the requested one, else the remembered one, else the system's."""
    offered = available_languages()
    for candidate in (requested, remembered_language(), system_language()):
        if candidate and candidate in offered:
            return candidate
    return SOURCE_LANGUAGE


def is_rtl_language(lang: str) -> bool:
    return lang.split("_")[0] in RTL_LANGUAGES


def current_language() -> str:
    """The language chosen by the last ``use_language`` (English before any)."""
    return _current


class Catalogue(QTranslator):
    """Our compiled catalogue, forgiving about one thing: a text lupdate filed without context.

    lupdate files ``tr("...")`` called through a module-level helper under the empty
    context, while the helper asks under its own; looking there second finds it.
    """

    def translate(self, context, source, disambiguation=None, n=-1):
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        # None reaches Qt as a null string, "not here": Qt then asks the next catalogue or keeps
        # the source text. An empty string would be taken for a translation that erases the text.
        return found or None


def catalogue(lang: str) -> QTranslator | None:
    """Our compiled catalogue for ``lang``, loaded once; None when none ships.

    English has one too, holding only the plural forms ("%n card(s)" -> "1 card", "3 cards").
    """
    if lang not in _catalogues:
        translator = Catalogue()
        _catalogues[lang] = translator if translator.load(str(TRANSLATIONS_DIR / f"journeymap_{lang}.qm")) else None
    return _catalogues[lang]


def use_language(lang: str) -> str:
    """Speak ``lang`` from now on: install its catalogues when an application exists.

    Qt's own catalogue (qt_he.qm, which loads qtbase_he.qm: the buttons and labels of
    standard dialogs) is installed too when PySide6 ships one. Returns the language in use.
    """
    global _current
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    ours = catalogue(lang)
    if ours is None:
        lang, ours = SOURCE_LANGUAGE, catalogue(SOURCE_LANGUAGE)
    _current = lang
    if app is None or ours is None:
        return _current
    qt_own = QTranslator(app)
    if qt_own.load(f"qt_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(ours)  # installed last, asked first: our words win over Qt's (qt_words.py)
    _installed.append(ours)
    return _current


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Like QCoreApplication.translate, also where no application object exists (the CLI)."""
    if QCoreApplication.instance() is not None and _installed:
        return QCoreApplication.translate(context, text, disambiguation, n)
    ours = catalogue(_current)
    found = ours.translate(context, text, disambiguation, n) if ours is not None else ""
    result = found or text
    return _replace_count(result, n) if n >= 0 else result


def arg(text: str, *values) -> str:
    """Fill %1, %2... in one pass (a value containing "%2" is left alone), like QString.arg."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), text)


def _replace_count(text: str, n: int) -> str:
    """Qt's %n (and %Ln) placeholder, filled as QCoreApplication.translate fills it."""
    return re.sub(r"%L?n", str(n), text)


# Unicode's isolates: a path, a number or a name keeps its own order inside right-to-left text
# ("/home/dana/trip.png" would otherwise show as "home/dana/trip.png/"), and a sentence that
# opens with one still runs right to left (isolates are skipped when the direction is chosen).
FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2068", "\u2069"


def isolated(value: object) -> str:
    """``value`` as one unit in running text: wrapped in isolates when the window reads right to left.

    Only in the editor: a terminal shows the marks as boxes or not at all, and lays text out by itself.
    """
    text = str(value)
    if not is_rtl_language(_current) or not text or QCoreApplication.instance() is None:
        return text
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_ISOLATE}"


def localized(text: object) -> str:
    """A ``Text`` made below the interface, said in the interface's language; anything else as it is."""
    if not isinstance(text, Text):
        return str(text)
    values = [localized(v) if isinstance(v, Text) else isolated(v) for v in text.values]
    return arg(translate(MESSAGES, text.template), *values)


def localized_error(exc: Exception) -> str:
    """A file error (``FormatError``: file, place, what is wrong) or a model refusal, in the user's language."""
    file, place, expected = (getattr(exc, name, None) for name in ("file", "place", "expected"))
    if expected is None:
        return localized(exc.args[0]) if exc.args else str(exc)
    if place:
        return arg(translate("messages", "%1: %2: %3"), isolated(file), localized(place), localized(expected))
    return arg(translate("messages", "%1: %2"), isolated(file), localized(expected))
