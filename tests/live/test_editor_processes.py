"""Two real editor processes under Xvfb: type in one, see it in the other's map, SIGKILL one, nothing lost.

The host opens a file and hosts on 127.0.0.1; the guest starts with ``--join`` and opens
the in-place editor on a card; xdotool types into it as a person would. Each process
reports its map through the test hook (tests/live/editor_run.py).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journeymap.io.journey_file import load_map, save_map
from tests.factories import small_map

from .editor_run import EDITED_CARD

ROOT = Path(__file__).resolve().parents[2]
TYPED = "Typed in the other window"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")), reason="needs Xvfb and xdotool"),
]


@pytest.fixture
def display():
    """An X display: JOURNEYMAP_TEST_DISPLAY when set, else a fresh Xvfb on a free number."""
    given = os.environ.get("JOURNEYMAP_TEST_DISPLAY")
    if given:
        yield given
        return
    number = next(n for n in range(140, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f":{number}"
    server.terminate()
    server.wait(5)


def _environment(home: Path, display: str, hook: str, out: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "JOURNEYMAP_", "QT_QPA"))}
    env.update(
        HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
        XDG_RUNTIME_DIR=str(home / ".runtime"), DISPLAY=display, QT_QPA_PLATFORM="xcb",
        JOURNEYMAP_TEST_HOOK=hook, JOURNEYMAP_TEST_OUT=str(out), PYTHONPATH=str(ROOT), LANG="C.UTF-8",
    )
    (home / ".runtime").mkdir(parents=True, mode=0o700, exist_ok=True)
    return env


def _read(out: Path) -> dict:
    try:
        return json.loads(out.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _wait(out: Path, condition, what: str, processes, seconds: float = 30) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for process in processes:
            assert process.poll() is None, f"an editor exited while waiting for {what}"
        state = _read(out)
        if state and condition(state):
            return state
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}; last report: {str(_read(out))[:300]}")


def _title(state: dict, card_id: str) -> str:
    return next(c["title"] for c in state["map"]["cards"] if c["id"] == card_id)


def test_typing_in_one_editor_reaches_the_other_and_survives_sigkill(tmp_path, display):
    path = tmp_path / "workshop.journey"
    save_map(small_map(), path)
    host_out, guest_out = tmp_path / "host.json", tmp_path / "guest.json"
    host = subprocess.Popen(
        [sys.executable, "-m", "journeymap", str(path)], cwd=ROOT,
        env=_environment(tmp_path / "host-home", display, "tests.live.editor_run:host", host_out),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    guest = None
    try:
        address = _wait(host_out, lambda s: s.get("state") == "live", "the host's session", [host])["address"]
        guest = subprocess.Popen(
            [sys.executable, "-m", "journeymap", "--join", address], cwd=ROOT,
            env=_environment(tmp_path / "guest-home", display, "tests.live.editor_run:guest", guest_out),
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        state = _wait(guest_out, lambda s: s.get("editing"), "the guest's in-place editor", [host, guest])
        assert _title(state, EDITED_CARD) == "Sees an ad"  # the guest shows the host's map
        _wait(host_out, lambda s: "Dana" in s["people"] or len(s["people"]) == 2, "the guest's presence", [host])
        window = str(state["window"])
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env={**os.environ, "DISPLAY": display},
                       timeout=10, check=True)
        subprocess.run(["xdotool", "type", "--delay", "15", TYPED], env={**os.environ, "DISPLAY": display},
                       timeout=20, check=True)
        subprocess.run(["xdotool", "key", "Return"], env={**os.environ, "DISPLAY": display}, timeout=10, check=True)
        _wait(host_out, lambda s: _title(s, EDITED_CARD) == TYPED, "the typed title on the host", [host, guest])
        guest.send_signal(signal.SIGKILL)
        guest.wait(10)
        time.sleep(2.2)  # the host's file follows the session within two seconds
        assert host.poll() is None
        assert load_map(path).card(EDITED_CARD).title == TYPED
        assert _title(_read(host_out), EDITED_CARD) == TYPED
        host.send_signal(signal.SIGKILL)
        host.wait(10)
        assert load_map(path).card(EDITED_CARD).title == TYPED  # nothing lost
    finally:
        for process in (host, guest):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait(10)
