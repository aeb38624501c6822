"""Test setup: Qt runs offscreen, and every test gets its own settings and user folders."""

from __future__ import annotations

import os
import sys

# Before anything imports Qt: no display is needed, anywhere.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory, monkeypatch):
    """Point HOME, XDG folders and Qt's settings at a fresh folder for each test."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        path = home / sub if sub else home
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(home / ".config"))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(home / ".config"))
    yield home


def pytest_terminal_summary(terminalreporter):
    """After a run that included property tests, say how many inputs they tried (tests/fuzz_budget.py)."""
    from tests.fuzz_budget import FUZZED, report

    if FUZZED:
        terminalreporter.write_line(report())
