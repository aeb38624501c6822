"""``journeymap export`` writes pictures without a display: each run as a user would run it."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PIL import Image

from journeymap.io.journey_file import save_map
from journeymap.model import Stage, Step
from tests.factories import small_map


def run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    command = [sys.executable, "-m", "journeymap", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)


@pytest.fixture()
def map_file(tmp_path):
    path = tmp_path / "small.journey"
    save_map(small_map(), path)
    return path


def test_png_svg_and_pdf_from_the_command_line(map_file, tmp_path):
    png, svg, pdf = tmp_path / "m.png", tmp_path / "m.svg", tmp_path / "m.pdf"
    result = run("export", str(map_file), "-o", str(png), "--dpi", "192", "--transparent")
    assert result.returncode == 0, result.stderr
    image = Image.open(png)
    assert image.info["dpi"][0] == pytest.approx(192, abs=0.5)
    assert image.convert("RGBA").getpixel((0, 0))[3] == 0
    for target in (svg, pdf):
        result = run("export", str(map_file), "-o", str(target))
        assert result.returncode == 0, result.stderr
        assert target.name in result.stdout
    assert ET.parse(svg).getroot().tag.endswith("svg")
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_a_picture_too_large_fails_with_one_message_and_no_file(map_file, tmp_path):
    big = tmp_path / "big.journey"
    doc = small_map()
    for index in range(40):  # a long timeline: too wide for 8x
        doc.add_stage(Stage(f"s-x{index}", f"Stage {index}", steps=(Step(f"st-x{index}", "Step"),)))
    save_map(doc, big)
    out = tmp_path / "big.png"
    result = run("export", str(big), "-o", str(out), "--scale", "8")
    assert result.returncode == 1
    assert "too large" in result.stderr and "smaller scale" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()
