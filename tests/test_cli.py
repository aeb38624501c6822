"""The command line, run as a user runs it: a separate process, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from journeymap.io.journey_format import document_to_data
from tests.factories import small_map


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "journeymap", *args], capture_output=True, text=True, timeout=60)


def test_version_and_help():
    out = run("--version")
    assert out.returncode == 0 and "Journeymap" in out.stdout
    out = run("--help")
    assert out.returncode == 0 and "check" in out.stdout and "templates" in out.stdout


def test_templates_lists_names_and_titles():
    out = run("templates")
    assert out.returncode == 0
    names = [line.split("\t")[0] for line in out.stdout.splitlines()]
    assert names[0] == "blank"


def test_new_writes_a_checkable_map(tmp_path):
    target = tmp_path / "m.journey"
    out = run("new", "-o", str(target))
    assert out.returncode == 0, out.stderr
    check = run("check", str(target), "--json")
    assert check.returncode == 0
    summary = json.loads(check.stdout)
    assert set(summary) == {"stages", "steps", "lanes", "cards", "connections", "personas", "warnings"}
    assert summary["stages"] == 5 and summary["cards"] == 0
    again = run("new", "-o", str(target))
    assert again.returncode == 1 and "already exists" in again.stderr
    unknown = run("new", "-t", "nope", "-o", str(tmp_path / "x.journey"))
    assert unknown.returncode == 2


def _write(tmp_path, name, payload) -> str:
    path = tmp_path / name
    path.write_bytes(payload if isinstance(payload, bytes) else payload.encode("utf-8"))
    return str(path)


def _mutated(mutate) -> str:
    data = document_to_data(small_map())
    mutate(data)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("name", "payload", "words"),
    [
        ("truncated.journey", json.dumps(document_to_data(small_map()))[:200], "cut short"),
        ("random.journey", bytes(range(256)) * 4, "UTF-8"),
        ("newer.journey", _mutated(lambda d: d.update(version=7)), "newer Journeymap"),
        ("lane.journey", _mutated(lambda d: d["cards"][2].update(lane="l-gone")), "cards[2].lane"),
        ("conn.journey", _mutated(lambda d: d["connections"][1].update(to="c-gone")), "connections[1].to"),
    ],
)
def test_check_rejects_bad_files_with_one_line(tmp_path, name, payload, words):
    out = run("check", _write(tmp_path, name, payload))
    assert out.returncode == 1
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and name in lines[0]
    assert "Traceback" not in out.stderr


def test_check_reports_warnings(tmp_path):
    doc_data = _mutated(lambda d: d.update(connections=[c for c in d["connections"] if c["id"] != "e5"]))
    out = run("check", _write(tmp_path, "w.journey", doc_data))
    assert out.returncode == 0
    assert "dead end" in out.stdout and "Buys" in out.stdout
    assert "6 cards" in out.stdout


def test_usage_errors_exit_2():
    assert run("check").returncode == 2
    assert run("--bogus-flag").returncode == 2
