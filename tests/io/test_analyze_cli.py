"""``journeymap analyze``, run as a user runs it: text, JSON, personas, entries, bad input."""

from __future__ import annotations

import json

import pytest

from journeymap.io.journey_file import save_map
from tests.factories import small_map
from tests.test_cli import run

TEMPLATES = "journeymap/assets/templates"


@pytest.fixture
def small_file(tmp_path):
    path = tmp_path / "small.journey"
    save_map(small_map(), path)
    return str(path)


def test_json_has_the_documented_keys_and_exact_figures(small_file):
    out = run("analyze", small_file, "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert list(data) == [
        "reach",
        "visits",
        "paths",
        "loops",
        "drop_offs",
        "unreachable",
        "dead_ends",
        "channel_switches",
        "stages",
        "warnings",
    ]
    assert data["reach"]["phone-ask"] == pytest.approx(0.3)
    assert data["visits"]["web-compare"] == pytest.approx(1 / 0.7)
    assert data["paths"][0]["cards"] == ["web-ad", "web-compare", "web-buy", "phone-support"]
    assert data["paths"][0]["share"] == pytest.approx(0.7)
    assert data["paths"][0]["emotion"] == {"start": 1, "lowest": -2, "end": -2}
    assert data["loops"] == [{"cards": ["web-compare", "phone-ask"], "share": pytest.approx(0.3)}]
    assert {"from": "website", "to": "phone", "count": 2, "share": pytest.approx(1 + 0.3 / 0.7)} in data[
        "channel_switches"
    ]
    assert [s["id"] for s in data["stages"]] == ["s-aware", "s-buy", "s-keep"]


def test_persona_entry_and_top(small_file):
    data = json.loads(run("analyze", small_file, "--json", "--persona", "p-anna", "--top", "1").stdout)
    assert len(data["paths"]) == 1 and data["reach"]["web-buy"] == pytest.approx(1.0)
    data = json.loads(run("analyze", small_file, "--json", "--entry", "phone-ask").stdout)
    assert data["reach"]["phone-ask"] == 1.0 and data["unreachable"] == ["web-ad"]


def test_readable_report_in_english_and_hebrew():
    out = run("analyze", f"{TEMPLATES}/online-purchase.journey", "--top", "3")
    assert out.returncode == 0, out.stderr
    for heading in ("Paths, most likely first:", "Reach (visits per customer):", "Loops:", "Drop-offs:", "Stages:"):
        assert heading in out.stdout
    assert "more path(s)" not in out.stdout and "more paths" in out.stdout  # plural forms filled
    he = run("--lang", "he", "analyze", f"{TEMPLATES}/online-purchase-he.journey", "--top", "3")
    assert he.returncode == 0, he.stderr
    assert "נתיבים" in he.stdout and "שלבים" in he.stdout and "Paths" not in he.stdout


def test_an_unknown_persona_or_card_gets_one_message(small_file):
    out = run("analyze", small_file, "--persona", "p-zoe")
    assert out.returncode == 1 and "p-zoe" in out.stderr and "p-anna" in out.stderr
    assert "Traceback" not in out.stderr
    out = run("analyze", small_file, "--entry", "nope")
    assert out.returncode == 1 and "nope" in out.stderr


def test_a_missing_file_or_a_bad_top_gets_one_message(tmp_path, small_file):
    out = run("analyze", str(tmp_path / "missing.journey"))
    assert out.returncode == 1 and len(out.stderr.strip().splitlines()) == 1
    out = run("analyze", small_file, "--top", "many")
    assert out.returncode == 2 and "--top" in out.stderr


def test_many_entries_are_summed_up_not_listed():
    from journeymap.io import analysis_text as words

    doc = small_map()
    entries = {card.id: 1 / 6 for card in doc.cards()}
    text = words.entries_text(doc, entries, most=2)
    assert text == "Searches for a laptop 16.7%, Sees an ad 16.7% and 4 more"
