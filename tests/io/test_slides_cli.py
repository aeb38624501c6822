"""``journeymap export`` to .pptx and .html, with --stages, as a user runs it."""

from __future__ import annotations

import pytest
from pptx import Presentation

from journeymap.io.journey_file import save_map
from tests.factories import small_map
from tests.io.test_export_cli import _headless_env, run


@pytest.fixture()
def map_file(tmp_path):
    path = tmp_path / "small.journey"
    save_map(small_map(), path)
    return path


@pytest.mark.slow
def test_a_deck_and_a_page_without_a_display(map_file, tmp_path):
    deck = tmp_path / "deck.pptx"
    result = run("export", str(map_file), "-o", str(deck), "--stages", "Purchase,3", env=_headless_env())
    assert result.returncode == 0, result.stderr
    assert "PowerPoint presentation" in result.stdout
    assert len(Presentation(str(deck)).slides) == 1 + 2 + 1
    page = tmp_path / "map.html"
    result = run("export", str(map_file), "-o", str(page), env=_headless_env())
    assert result.returncode == 0, result.stderr
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_an_unknown_stage_is_one_message_and_no_file(map_file, tmp_path):
    from journeymap.cli import main

    deck = tmp_path / "deck.pptx"
    assert main(["export", str(map_file), "-o", str(deck), "--stages", "Checkout"]) == 1
    assert not deck.exists()


def test_stages_are_for_decks(map_file, tmp_path, capsys):
    from journeymap.cli import main

    assert main(["export", str(map_file), "-o", str(tmp_path / "a.png"), "--stages", "1"]) == 2
    assert "--stages applies to PowerPoint decks" in capsys.readouterr().err
