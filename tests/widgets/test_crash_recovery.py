"""The real editor, killed with SIGKILL after unsaved edits, gives the edits back at the next start.

Two subprocesses share one isolated HOME. The first opens a file, edits it (through
the test hook, tests/widgets/crash_run.py) and is killed once its recovery copy
holds the edits. The second starts without a file, is offered the copy, restores it
and reports what its window shows.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journeymap.io.journey_file import save_map
from journeymap.widgets.recovery_session import stale_recoveries
from tests.factories import small_map
from tests.widgets.crash_run import EDITED_CARD, EDITED_TITLE

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _environment(home: Path, hook: str, out: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "JOURNEYMAP_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(home / ".runtime"),
        QT_QPA_PLATFORM="offscreen",
        JOURNEYMAP_AUTOSAVE_SECONDS="0.3",
        JOURNEYMAP_TEST_HOOK=hook,
        PYTHONPATH=str(ROOT),
        LANG="C.UTF-8",
    )
    if out is not None:
        env["JOURNEYMAP_TEST_OUT"] = str(out)
    (home / ".runtime").mkdir(mode=0o700, exist_ok=True)
    return env


def _recovery_copies(home: Path) -> list[Path]:
    return sorted((home / ".local/share").glob("Journeymap/Journeymap/recovery/*/*.journey"))


def _wait_for_copy_with_edits(home: Path, process: subprocess.Popen, seconds: float = 30) -> Path:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, "the editor exited before writing a recovery copy"
        for copy in _recovery_copies(home):
            try:
                if EDITED_CARD in copy.read_text(encoding="utf-8"):
                    return copy
            except OSError:
                pass
        time.sleep(0.1)
    raise AssertionError("no recovery copy with the edits appeared")


def test_edits_survive_sigkill_and_come_back_through_recovery(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    original = tmp_path / "shop.journey"
    save_map(small_map(), original)
    before = original.read_bytes()

    first = subprocess.Popen(
        [sys.executable, "-m", "journeymap", str(original)],
        env=_environment(home, "tests.widgets.crash_run:make_edits"), cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    root = home / ".local/share/Journeymap/Journeymap/recovery"
    try:
        copy = _wait_for_copy_with_edits(home, first)
        assert stale_recoveries(root) == []  # the editor is still running: its copy is not for the taking
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    assert first.returncode == -signal.SIGKILL
    assert [entry.map_path for entry in stale_recoveries(root)] == [copy]
    copy_size = copy.stat().st_size
    assert copy.with_suffix(".json").is_file()
    assert original.read_bytes() == before  # autosave never writes the user's file

    out = tmp_path / "report.json"
    second = subprocess.run(
        [sys.executable, "-m", "journeymap"],
        env=_environment(home, "tests.widgets.crash_run:restore_and_report", out), cwd=ROOT,
        capture_output=True, text=True, timeout=60,
    )
    assert second.returncode == 0, second.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [row["title"] for row in report["dialog"]] == ["shop.journey"]
    assert report["dialog"][0]["original"] == str(original.resolve())
    assert report["dialog"][0]["offered"] == ["restore", "open_original", "discard"]
    assert report["dialog"][0]["size"] == copy_size
    assert not copy.exists()  # the restored map took its copy over into the new session
    [restored] = [w for w in report["windows"] if w["path"] == str(original.resolve())]
    assert restored["modified"] and not restored["clean"]
    assert restored["title"].startswith("shop.journey")
    assert restored["map"]["map"]["title"] == EDITED_TITLE
    cards = {card["id"]: card["title"] for card in restored["map"]["cards"]}
    assert cards["phone-ask"] == EDITED_CARD
    assert original.read_bytes() == before


def test_a_clean_exit_leaves_no_copy_no_lock_and_no_session_folder(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    original = tmp_path / "shop.journey"
    save_map(small_map(), original)
    out = tmp_path / "report.json"
    run = subprocess.run(
        [sys.executable, "-m", "journeymap", str(original)],
        env=_environment(home, "tests.widgets.crash_run:edit_save_and_quit", out), cwd=ROOT,
        capture_output=True, text=True, timeout=60,
    )
    assert run.returncode == 0, run.stderr
    copy = Path(json.loads(out.read_text(encoding="utf-8"))["copy"])
    assert copy.is_relative_to(home)  # there was a copy while the map was unsaved
    data = home / ".local/share/Journeymap/Journeymap"
    assert list((data / "recovery").iterdir()) == []
    assert list((data / "locks").iterdir()) == []
    assert EDITED_CARD in original.read_text(encoding="utf-8")
