"""``journeymap serve``: a second process hosts; this one joins, edits, and the file follows."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journeymap.io.journey_file import load_map, save_map
from journeymap.live.address import parse_address
from tests.factories import small_map

from .test_session import WAIT_MS, Person

ROOT = Path(__file__).resolve().parents[2]


def _start(path: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "journeymap", "serve", str(path), "--host", "127.0.0.1", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.slow
def test_serve_saves_each_change_and_exits_cleanly_on_sigterm(qtbot, tmp_path):
    path = tmp_path / "workshop.journey"
    save_map(small_map(), path)
    server = _start(path)
    try:
        address = parse_address(server.stdout.readline())
        assert address.host == "127.0.0.1"
        dana = Person(address, "Dana")
        qtbot.waitUntil(lambda: dana.session.state == "live", timeout=WAIT_MS)
        assert dana.document.card("web-ad").title == "Sees an ad"
        dana.editor.set_properties("card", "web-ad", {"title": "Saved by the host"})
        changed_at = time.monotonic()
        assert _wait_for(lambda: load_map(path).card("web-ad").title == "Saved by the host", 5)
        assert time.monotonic() - changed_at < 2.5
        dana.editor.set_properties("card", "web-buy", {"title": "Last words"})
        qtbot.wait(150)  # on its way to the host, not yet saved
        dana.session.leave()
        server.send_signal(signal.SIGTERM)
        assert server.wait(10) == 0
        assert load_map(path).card("web-buy").title == "Last words"
    finally:
        if server.poll() is None:
            server.kill()
        server.communicate()


def test_serve_refuses_a_bad_file_with_one_message(tmp_path):
    path = tmp_path / "broken.journey"
    path.write_text("{not json", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "journeymap", "serve", str(path)],
        capture_output=True, text=True, timeout=30, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 1
    assert "broken.journey" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_serve_on_a_port_in_use_says_so(tmp_path):
    import socket

    path = tmp_path / "w.journey"
    save_map(small_map(), path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "journeymap", "serve", str(path), "--port", str(port)],
            capture_output=True, text=True, timeout=30, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    assert result.returncode == 1 and result.stdout == ""
    assert f"port {port}" in result.stderr and "in use" in result.stderr and "Traceback" not in result.stderr
