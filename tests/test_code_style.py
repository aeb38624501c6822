"""The code stays within the project's lint rules (ruff settings in pyproject.toml), complexity included."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    if not Path(ruff).exists():
        pytest.fail("ruff is part of the test extra; install the project with .[test]")
    run = subprocess.run([ruff, "check", "--no-cache", "journeymap", "tests", "bench", "tools", "main.py"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout[-4000:]
