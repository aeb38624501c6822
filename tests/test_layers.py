"""The layers, as import-linter contracts in pyproject.toml: checked here, and proven to bite.

The model imports no Qt and nothing of the editor, widgets or files; pure geometry imports
no Qt; the file format imports neither Qt nor the canvas; the editor does not import the
widgets. A contract that cannot fail proves nothing, so a copy of the package with one
offending module must break it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"  # import-linter, a test dependency


def lint(root: Path) -> subprocess.CompletedProcess:
    """lint-imports on the package under ``root`` (not on any installed copy)."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    command = [str(LINT_IMPORTS), "--no-cache", "--no-logo", str(root / "pyproject.toml")]
    return subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=120)


def copy_of_package(tmp_path: Path) -> Path:
    skip = shutil.ignore_patterns("assets", "__pycache__")
    shutil.copytree(ROOT / "journeymap", tmp_path / "journeymap", ignore=skip)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path




def test_the_layer_contracts_hold():
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    declared = (ROOT / "pyproject.toml").read_text(encoding="utf-8").count("[[tool.importlinter.contracts]]")
    assert declared >= 4
    assert f"Contracts: {declared} kept, 0 broken." in result.stdout


@pytest.mark.parametrize(
    ("module", "source", "contract"),
    [
        ("model/_probe.py", "from ..editor import moves\n", "The model imports no Qt"),
        ("model/_probe.py", "def later():\n    from ..io import journey_file\n", "The model imports no Qt"),
        ("model/_probe.py", "from PySide6.QtCore import QObject\n", "The model imports no Qt"),
        ("editor/_probe_geometry.py", "from PySide6.QtGui import QColor\n", "Pure geometry"),
        ("io/_probe.py", "from ..editor.scene import JourneyScene\n", "The file format"),
        ("editor/_probe.py", "from ..widgets import labels\n", "The editor does not import the widgets"),
        ("io/xlsx_import/_probe.py", "from PySide6.QtCore import QObject\n", "The spreadsheet import engine"),
    ],
)
def test_an_offending_import_breaks_its_contract(tmp_path, module, source, contract):
    root = copy_of_package(tmp_path)
    (root / "journeymap" / module).write_text(source, encoding="utf-8")
    # Pure geometry and the file format are lists of modules: make one of them use the probe.
    if module == "editor/_probe_geometry.py":
        with (root / "journeymap" / "editor" / "moves.py").open("a", encoding="utf-8") as f:
            f.write("\nfrom . import _probe_geometry  # noqa\n")
    if module == "io/_probe.py":
        with (root / "journeymap" / "io" / "journey_format.py").open("a", encoding="utf-8") as f:
            f.write("\nfrom . import _probe  # noqa\n")
    result = lint(root)
    assert result.returncode != 0
    broken = result.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken, result.stdout


def test_the_pure_geometry_loads_no_qt_when_imported():
    """The contract reads imports; this runs them (style's lazy Qt import stays unrun)."""
    code = (
        "import sys, journeymap.editor.layout, journeymap.editor.routing, journeymap.editor.moves,"
        " journeymap.editor.cell_focus, journeymap.editor.bidi;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, env=env)
    assert out.stdout.strip() == "[]"
