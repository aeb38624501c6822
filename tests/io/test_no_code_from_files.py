"""No code path can run data from a file: the package never evaluates, unpickles or unsafely loads YAML.

A text search over the package source, so that a new module cannot slip one in.
Qt's ``app.exec()`` and ``dialog.exec()`` are method calls and are allowed.
"""

from __future__ import annotations

import re
from pathlib import Path

import journeymap

FORBIDDEN = {
    "eval": re.compile(r"(?<![\w.])eval\s*\("),
    "exec": re.compile(r"(?<![\w.])exec\s*\("),
    "literal_eval": re.compile(r"literal_eval"),
    "compile": re.compile(r"(?<![\w.])compile\s*\("),
    "pickle": re.compile(r"\b(c?pickle|dill|jsonpickle)\b"),
    "marshal": re.compile(r"\bmarshal\b"),
    "shelve": re.compile(r"\bshelve\b"),
    "yaml.load": re.compile(r"yaml\.(unsafe_)?load\b|yaml\.(full_)?load_all|UnsafeLoader|FullLoader"),
    "__import__": re.compile(r"__import__\s*\("),
}


def _sources() -> list[Path]:
    return sorted(Path(journeymap.__file__).parent.rglob("*.py"))


def test_the_package_source_is_searched():
    names = {path.name for path in _sources()}
    assert {"journey_file.py", "journey_format.py", "png_embed.py", "commands.py"} <= names


def test_no_eval_exec_pickle_marshal_or_unsafe_yaml():
    found = []
    for path in _sources():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            for name, pattern in FORBIDDEN.items():
                if pattern.search(code):
                    found.append(f"{path.relative_to(Path(journeymap.__file__).parent)}:{number}: {name}")
    assert not found, "code that could run data from a file:\n" + "\n".join(found)


def test_the_search_would_catch_each_pattern():
    samples = {
        "eval": "value = eval(text)",
        "exec": "exec(code)",
        "literal_eval": "ast.literal_eval(text)",
        "compile": "compile(text, 'f', 'exec')",
        "pickle": "import pickle",
        "marshal": "import marshal",
        "shelve": "import shelve",
        "yaml.load": "yaml.load(stream)",
        "__import__": "__import__(name)",
    }
    for name, sample in samples.items():
        assert FORBIDDEN[name].search(sample), name
    assert not FORBIDDEN["exec"].search("app.exec()")
    assert not FORBIDDEN["compile"].search("re.compile(r'x')")
