"""One picture, whatever made it: the Export dialog's path (the window's scene) and
``journeymap export`` (a scene of its own) draw the same emotion lane for the same options;
a persona shown is named; a PNG carries only the map it shows; the command line has the
dialog's options and defaults."""

from __future__ import annotations

import json
from io import BytesIO

import pytest
from PIL import Image
from PySide6.QtGui import QUndoStack

from journeymap.cli import main
from journeymap.editor.persona_filter import PersonaFilter
from journeymap.editor.scene import JourneyScene
from journeymap.io.errors import SaveError
from journeymap.io.journey_file import save_map
from journeymap.io.picture_export import picture_png
from journeymap.io.pictures.frame import build_frame
from journeymap.io.pictures.options import PictureOptions
from journeymap.io.pictures.png import check_size
from journeymap.io.pictures.source import scene_for
from journeymap.io.png_embed import map_text_from_png
from tests.factories import small_map


def _pixels(png: bytes) -> bytes:
    return Image.open(BytesIO(png)).convert("RGBA").tobytes()


@pytest.mark.parametrize("curves", ["personas", "overall"])
def test_the_window_and_the_command_line_draw_the_same_picture(qapp, curves):
    doc = small_map()
    window_scene = JourneyScene(doc, QUndoStack())
    PersonaFilter(window_scene).set_persona("p-ben")  # what the window shows must not leak in
    options = PictureOptions(scale=1.0, curves=curves)
    from_window = picture_png(window_scene, options)
    with scene_for(doc) as own:
        from_command_line = picture_png(own, options)
    assert _pixels(from_window) == _pixels(from_command_line)
    assert window_scene.findChildren(PersonaFilter)[0].persona_id == "p-ben"  # set back afterwards


def test_the_two_curve_choices_differ_on_a_map_with_personas(qapp):
    doc = small_map()
    with scene_for(doc) as scene:
        personas = picture_png(scene, PictureOptions(scale=1.0, curves="personas"))
        overall = picture_png(scene, PictureOptions(scale=1.0, curves="overall"))
    assert _pixels(personas) != _pixels(overall)


def test_a_picture_of_one_persona_says_whose_it_is(qapp):
    doc = small_map()
    with scene_for(doc) as scene:
        frame = build_frame(scene, PictureOptions(persona="p-anna"))
        assert "Persona: Anna" in frame.title
        assert "Persona" not in build_frame(scene, PictureOptions()).title


def test_a_png_carries_only_what_it_shows(qapp):
    doc = small_map()
    with scene_for(doc) as scene:
        whole = json.loads(map_text_from_png(picture_png(scene, PictureOptions(scale=1.0)), "x.png"))
        part_png = picture_png(scene, PictureOptions(scale=1.0, selection=("web-ad", "web-compare"), embed=True))
        bare = picture_png(scene, PictureOptions(scale=1.0, selection=("web-ad",)))
    assert len(whole["cards"]) == len(doc.cards())
    part = json.loads(map_text_from_png(part_png, "x.png"))
    assert sorted(card["id"] for card in part["cards"]) == ["web-ad", "web-compare"]
    assert [conn["id"] for conn in part["connections"]] == ["e1"]
    assert [p["id"] for p in part["personas"]] == ["p-anna"]
    with pytest.raises(Exception):  # noqa: B017 - a selection carries no map unless asked
        map_text_from_png(bare, "x.png")


def test_the_command_line_takes_the_dialogs_options(qapp, tmp_path, capsys):
    source = tmp_path / "small.journey"
    save_map(small_map(), source)
    out = tmp_path / "m.png"
    assert main(["export", str(source), "-o", str(out), "--no-embed", "--no-title", "--legend",
                 "--curves", "overall", "--persona", "anna"]) == 0
    image = Image.open(out)
    assert image.info["dpi"][0] == pytest.approx(192, abs=0.5)  # 2x, as the dialog
    with pytest.raises(Exception):  # noqa: B017
        map_text_from_png(out.read_bytes(), "m.png")
    assert main(["export", str(source), "-o", str(tmp_path / "p.pdf"), "--page", "a4"]) == 0
    assert main(["export", str(source), "-o", str(tmp_path / "q.png"), "--persona", "Nobody"]) == 2
    assert "Anna" in capsys.readouterr().err
    assert main(["export", str(source), "-o", str(tmp_path / "w.xlsx"), "--no-embed"]) == 2


def test_the_size_error_never_suggests_more_than_600_dpi(qapp):
    doc = small_map()
    with scene_for(doc) as scene:
        frame = build_frame(scene, PictureOptions())
        frame.width = frame.height = 1581.0  # at 8x a little over 150 million pixels
        with pytest.raises(SaveError) as error:
            check_size(frame, PictureOptions(scale=8.0))
    import re

    suggested = re.search(r"at most about ([\d.]+)x, (\d+) DPI", str(error.value))
    assert suggested is not None, str(error.value)
    assert int(suggested.group(2)) <= 600 and float(suggested.group(1)) <= 600 / 96 + 0.05
