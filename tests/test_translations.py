"""Every text a user sees is marked for translation, and the Hebrew catalogue translates it.

Three checks, each naming file:line or the text that fails:
- lupdate run over the package today finds no text the committed journeymap_he.ts leaves
  untranslated (run ``python tools/update_translations.py``, translate, run it again);
- no string literal goes straight into a user-facing Qt call (setText, QAction, addMenu,
  QMessageBox...) or a command-line message without tr()/translate();
- no call is spelled so that lupdate misses it or files it where Qt will not look.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "journeymap"
sys.path.insert(0, str(ROOT / "tools"))

import update_translations  # noqa: E402

# Qt calls whose string arguments a user reads.
USER_FACING_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "showMessage", "addMenu", "addAction", "setTitle", "setHeaderLabels", "setHorizontalHeaderLabels",
    "addItem", "addItems", "insertItem", "setLabelText", "setTabText", "addTab", "setSuffix", "setPrefix",
    "setSpecialValueText", "setAccessibleName", "addRow", "setInformativeText", "setDetailedText",
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolBar", "QMenu",
    "QToolButton", "QListWidgetItem", "QDockWidget", "QCommandLinkButton",
    "warning", "critical", "information", "question", "about", "getSaveFileName", "getOpenFileName",
    "getExistingDirectory", "getText", "getItem", "getInt", "getDouble", "getColor",
}
# Calls whose later arguments are data, not text: only the first is read.
FIRST_ARGUMENT_ONLY = {"addItem", "insertItem", "addAction"}
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_N_NOOP", "QT_TR_N_NOOP"}
CLI_FILES = ("cli.py", "io/export_cli.py", "io/import_cli.py")
QT_FOLDERS = ("widgets", "editor")


def python_files(*parts: str) -> list[Path]:
    files: list[Path] = []
    for part in parts:
        path = PACKAGE / part
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return [f for f in files if f.exists()]


def is_words(node: ast.AST) -> bool:
    """A literal (or f-string) with at least one word in it: something a person reads.

    The program's name, as in the "journeymap:" that starts every error line, is no word to translate.
    """
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[A-Za-z]{2,}", re.sub(r"journeymap( export)?:", "", node.value)))
    if isinstance(node, ast.JoinedStr):
        return any(is_words(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return is_words(node.left) or is_words(node.right)
    return False


def call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{node.lineno}"


def untranslated_literals(path: Path, cli: bool) -> list[str]:
    problems = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node)
        if cli and name in ("print", "_fail", "_message", "_usage_error", "ArgumentTypeError", "add_parser"):
            arguments = list(node.args)
        elif cli and name in ("add_argument", "ArgumentParser", "command"):
            arguments = [kw.value for kw in node.keywords if kw.arg in ("help", "description")]
            arguments += node.args[1:2] if name == "command" else []
        elif not cli and name in USER_FACING_CALLS:
            arguments = node.args[:1] if name in FIRST_ARGUMENT_ONLY else list(node.args)
        else:
            continue
        problems += [f"{where(path, arg)}: {name}() is given {ast.unparse(arg)[:60]} untranslated"
                     for arg in arguments if is_words(arg)]
    return problems


def lupdate_blind_spots(path: Path, base_classes: set[str]) -> list[str]:
    """Spellings lupdate cannot see, or files under a context Qt does not look up at run time."""
    problems = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        if cls.name not in base_classes and not cls.name.endswith("Mixin"):
            continue
        for node in ast.walk(cls):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr":
                problems.append(f"{where(path, node)}: self.tr in {cls.name}, which other classes inherit: at run time "
                                f"Qt looks the text up under the subclass's name; use "
                                f"QCoreApplication.translate(\"<Subclass>\", ...)")
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and node.value.attr == "tr":
            problems.append(f"{where(path, node)}: an alias of .tr: lupdate does not see calls through it")
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda) and "translate" in ast.unparse(node):
            problems.append(f"{where(path, node)}: a lambda around translate: lupdate does not see calls through it")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr":
            owner = node.func.value
            if not (isinstance(owner, ast.Name) and owner.id in ("self", "cls")):
                problems.append(f"{where(path, node)}: {ast.unparse(owner)}.tr(): lupdate files it under "
                                f"'{ast.unparse(owner)}'; use QCoreApplication.translate(\"<Class>\", ...)")
        if isinstance(node, ast.Call) and call_name(node) in ("translate", "tr") and len(node.args) >= 4:
            count = node.args[3]
            if not isinstance(count, (ast.Name, ast.Constant)):
                problems.append(f"{where(path, node)}: the count {ast.unparse(count)} is an expression; lupdate "
                                f"skips the whole text unless it is a plain name")
    return problems


def inherited_class_names() -> set[str]:
    """Classes of the package that other classes of the package derive from."""
    names = set()
    for path in python_files(*QT_FOLDERS):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.update(base.id for base in node.bases if isinstance(base, ast.Name))
    return names


def test_every_user_visible_text_is_marked_for_translation():
    problems = []
    for path in python_files(*QT_FOLDERS):
        problems += untranslated_literals(path, cli=False)
    for path in python_files(*CLI_FILES):
        problems += untranslated_literals(path, cli=True)
    assert problems == [], "texts not marked for translation:\n" + "\n".join(problems)


def test_translation_calls_are_spelled_so_lupdate_finds_them_where_qt_looks():
    bases = inherited_class_names()
    problems = []
    for path in python_files(*QT_FOLDERS, *CLI_FILES):
        problems += lupdate_blind_spots(path, bases)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("lang", update_translations.LANGUAGES)
def test_every_extracted_text_has_a_translation(lang):
    gaps = update_translations.missing(lang)
    listed = "\n".join(f"[{entry.context}] {entry.source!r}" for entry in gaps)
    assert not gaps, (
        f"{len(gaps)} texts have no {lang} translation; run tools/update_translations.py, "
        f"translate them in journeymap/assets/translations/journeymap_{lang}.ts, and run it again:\n{listed}"
    )


@pytest.mark.parametrize("lang", update_translations.LANGUAGES)
def test_compiled_catalogue_is_up_to_date(lang, tmp_path):
    """The shipped .qm holds what the committed .ts says (someone ran lrelease after translating)."""
    scratch = tmp_path / f"journeymap_{lang}.ts"
    scratch.write_bytes(update_translations.catalogue(lang).read_bytes())
    update_translations.run_lrelease(scratch)
    shipped = update_translations.catalogue(lang).with_suffix(".qm")
    assert scratch.with_suffix(".qm").read_bytes() == shipped.read_bytes()


def test_the_scanner_catches_what_it_should(tmp_path):
    """The checks above would fail on the mistakes they are meant to catch."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "class Panel(QWidget):\n"
        "    def build(self, scene):\n"
        "        self.setWindowTitle('Journey settings')\n"
        "        QAction(f'Open {name}', self)\n"
        "        box.addItem(self.tr('Left to right'), 'ltr')\n"
        "        scene.tr('Hidden')\n"
        "        t = self.tr\n"
        "        QCoreApplication.translate('c', '%n cards', None, len(cards))\n",
        encoding="utf-8",
    )
    sample_root = sample.relative_to(tmp_path)
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        literals = untranslated_literals(sample, cli=False)
        blind = lupdate_blind_spots(sample, {"Panel"})
    finally:
        ROOT = saved
    assert [line.split(":")[1] for line in literals] == ["3", "4"]
    assert str(sample_root) in literals[0]
    assert len(blind) == 5, blind  # self.tr and scene.tr in an inherited class, the alias, scene.tr, the count
    assert any("alias" in p for p in blind) and any("scene.tr()" in p for p in blind)
    assert any("len(cards)" in p for p in blind)


@pytest.mark.parametrize("lang", update_translations.LANGUAGES)
def test_translations_keep_every_placeholder(lang):
    """A translation that drops or invents %1, %2... would show the wrong value or a raw '%2'."""
    wrong = []
    for entry in update_translations.read_entries(update_translations.catalogue(lang)):
        if not entry.translated:
            continue
        wanted = sorted(set(re.findall(r"%\d", entry.source)))
        for text in entry.translations:
            if sorted(set(re.findall(r"%\d", text))) != wanted:
                wrong.append(f"[{entry.context}] {entry.source!r} -> {text!r}")
        if entry.numerus and "%n" not in entry.translations[-1]:
            wrong.append(f"[{entry.context}] {entry.source!r}: the plural form needs %n")
    assert wrong == [], "\n".join(wrong)
