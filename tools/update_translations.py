"""Extract the interface's texts into the .ts catalogues and compile them to the shipped .qm files.

    python tools/update_translations.py          # lupdate every catalogue, then lrelease it
    python tools/update_translations.py --check  # only report texts without a translation (exit 1)

lupdate reads every .py file of the package (``self.tr``, ``QCoreApplication.translate``,
``translate("Context", ...)``, ``QT_TRANSLATE_NOOP``), keeps the translations already
written, marks new texts "unfinished" and drops texts the code no longer has. Translate
the unfinished ones (Qt Linguist, or any editor: they are XML), then run this again so
the .qm the program loads is rebuilt. See docs/translations.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "journeymap"
TRANSLATIONS = PACKAGE / "assets" / "translations"
LANGUAGES = ("he", "en")
# The source language needs only its plural forms ("%n card(s)" -> "1 card" / "%n cards").
PLURALS_ONLY = ("en",)


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: next to this Python first, then on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 (it ships Qt's translation tools)")
    return found


def source_files() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in PACKAGE.rglob("*.py"))


def catalogue(lang: str) -> Path:
    return TRANSLATIONS / f"journeymap_{lang}.ts"


def run_lupdate(ts_file: Path, lang: str) -> None:
    plural_forms = _plural_forms(ts_file)
    command = [qt_tool("pyside6-lupdate"), *source_files(), "-locations", "none", "-no-obsolete",
               "-source-language", "en", "-target-language", lang, "-ts", str(ts_file)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
    _mark_plurals(ts_file, plural_forms)


# lupdate's Python reader marks a text as plural only when the count is a literal number,
# so a text with %n whose count is a variable would lose its plural forms. Every text
# with %n is plural here: the forms written before are kept across runs.
FORMS = 2  # Qt's rule for Hebrew: one, and every other number


def _plural_forms(ts_file: Path) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(context, source) -> [(form text, translation type)] of the plural texts already translated."""
    if not ts_file.exists():
        return {}
    kept = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = list(translation.iter("numerusform")) if translation is not None else []
            if forms:
                key = (context.findtext("name") or "", message.findtext("source") or "")
                kept[key] = [(f.text or "", translation.get("type", "")) for f in forms]
    return kept


def _mark_plurals(ts_file: Path, kept: dict) -> None:
    tree = ET.parse(ts_file)
    changed = False
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if "%n" not in source or translation is None:
                continue
            forms = kept.get((name, source))
            if message.get("numerus") == "yes" and not forms:
                continue
            message.set("numerus", "yes")
            for old in list(translation):
                translation.remove(old)
            translation.text = None
            kind = forms[0][1] if forms else "unfinished"
            if kind:
                translation.set("type", kind)
            elif "type" in translation.attrib:
                del translation.attrib["type"]
            for text, _kind in forms or [("", "")] * FORMS:
                ET.SubElement(translation, "numerusform").text = text
            changed = True
    if changed:
        _write(tree, ts_file)


def run_lrelease(ts_file: Path) -> None:
    qm_file = ts_file.with_suffix(".qm")
    subprocess.run([qt_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)],
                   cwd=ROOT, check=True, capture_output=True, text=True)


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    numerus: bool
    translations: tuple[str, ...]
    finished: bool

    @property
    def translated(self) -> bool:
        return self.finished and bool(self.translations) and all(t.strip() for t in self.translations)


def read_entries(ts_file: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            numerus = message.get("numerus") == "yes"
            texts = tuple(forms) if numerus else ((translation.text or "") if translation is not None else "",)
            entries.append(Entry(name, message.findtext("source") or "", numerus, texts, kind != "unfinished"))
    return entries


def extracted_now(lang: str) -> list[Entry]:
    """What lupdate finds in the code today, merged with the committed translations."""
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / catalogue(lang).name
        if catalogue(lang).exists():
            shutil.copy(catalogue(lang), scratch)
        run_lupdate(scratch, lang)
        return read_entries(scratch)


def missing(lang: str) -> list[Entry]:
    """Texts in the code that the committed catalogue does not translate (yet)."""
    committed = {(e.context, e.source): e for e in read_entries(catalogue(lang))} if catalogue(lang).exists() else {}
    gaps = []
    for entry in extracted_now(lang):
        if lang in PLURALS_ONLY and not entry.numerus:
            continue
        known = committed.get((entry.context, entry.source))
        if known is None or not known.translated:
            gaps.append(entry)
    return gaps


def write_source_plurals(ts_file: Path) -> None:
    """English plural forms written by the "(s)" convention: "Add %n card(s)" -> "Add %n card" / "Add %n cards"."""
    tree = ET.parse(ts_file)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None or translation.get("type") != "unfinished":
            continue
        forms = list(translation.iter("numerusform"))
        if "(s)" not in source or len(forms) != 2:
            continue
        forms[0].text, forms[1].text = source.replace("(s)", ""), source.replace("(s)", "s")
        del translation.attrib["type"]
    _write(tree, ts_file)


def _write(tree: ET.ElementTree, ts_file: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report untranslated texts and change nothing")
    args = parser.parse_args(argv)
    status = 0
    for lang in LANGUAGES:
        if args.check:
            gaps = missing(lang)
            for entry in gaps:
                print(f"{lang}: [{entry.context}] {entry.source!r} has no translation")
            status |= 1 if gaps else 0
            continue
        run_lupdate(catalogue(lang), lang)
        if lang in PLURALS_ONLY:
            write_source_plurals(catalogue(lang))
        run_lrelease(catalogue(lang))
        entries = read_entries(catalogue(lang))
        todo = sum(1 for e in entries if not e.translated and (e.numerus or lang not in PLURALS_ONLY))
        print(f"{catalogue(lang).relative_to(ROOT)}: {len(entries)} texts, {todo} still to translate")
    return status


if __name__ == "__main__":
    sys.exit(main())
