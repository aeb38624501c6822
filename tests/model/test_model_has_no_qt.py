"""The model must work without Qt: a scene follows it, it never follows a scene."""

from __future__ import annotations

import ast
import pathlib
import subprocess
import sys

MODEL = pathlib.Path(__file__).resolve().parents[2] / "journeymap" / "model"


def test_no_model_file_imports_qt():
    for path in MODEL.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.split(".")[0].startswith(("PySide", "PyQt", "shiboken")), f"{path.name} imports {name}"
                assert not name.startswith(("journeymap.editor", "journeymap.widgets")), f"{path.name} imports {name}"


def test_importing_the_model_loads_no_qt():
    code = (
        "import sys, journeymap.model, journeymap.model.queries, journeymap.io.journey_file;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6','shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_opening_a_map_loads_no_networkx():
    """networkx answers path questions only; importing it costs a quarter second at start-up."""
    code = (
        "import sys, journeymap.model, journeymap.model.queries, journeymap.io.journey_file;"
        "from journeymap.io.journey_file import parse_json_text, document_to_json;"
        "from tests.factories import small_map;"
        "doc = parse_json_text(document_to_json(small_map()), 'x.journey');"
        "doc.connections_of(doc.cards()[0].id); doc.out_degree(doc.cards()[0].id);"
        "print('networkx' in sys.modules)"
    )
    root = pathlib.Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "False"
