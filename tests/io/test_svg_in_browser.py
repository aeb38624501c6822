"""The SVG looks like the PNG when a browser draws it (headless Chromium, when installed).

Compared on a Hebrew right-to-left map with its legend and a line that mixes Hebrew,
English and numbers: the hardest case for text. Both pictures are reduced to grey
thumbnails and compared pixel by pixel, and the stage band colours must sit at the same places.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from PIL import Image, ImageChops, ImageStat

from journeymap.editor.fonts import FONT_DIR
from journeymap.io.picture_export import export_picture
from journeymap.io.pictures.frame import prepared
from journeymap.io.pictures.options import PictureOptions
from journeymap.io.pictures.source import scene_for
from journeymap.io.templates import load_template
from journeymap.model import Card

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed")


def screenshot(svg, out, size: tuple[int, int], tmp_path) -> Image.Image:
    fonts_conf = tmp_path / "fonts.conf"  # the bundled fonts, even where the system lacks them
    fonts_conf.write_text(
        '<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{FONT_DIR}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>"
    )
    env = dict(os.environ, FONTCONFIG_FILE=str(fonts_conf))
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--force-device-scale-factor=1", f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={out}",
        f"--window-size={size[0]},{size[1]}", svg.as_uri(),
    ]  # fmt: skip
    subprocess.run(command, capture_output=True, timeout=90, env=env, check=False)
    assert out.exists(), "Chromium wrote no screenshot"
    return Image.open(out).convert("RGB")


def test_svg_in_chromium_looks_like_the_png(qapp, tmp_path):
    doc = load_template("online-purchase-he")
    first = doc.cards()[0]
    doc.add_card(Card("mixed", first.step, first.lane, "הרשמה ל-30 יום ניסיון ב-Dynamics 365"))
    options = PictureOptions(legend=True)
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    export_picture("png", doc, png, options)
    export_picture("svg", doc, svg, options)
    picture = Image.open(png).convert("RGB")
    browser = screenshot(svg, tmp_path / "browser.png", picture.size, tmp_path)
    assert browser.size == picture.size
    small = (picture.width // 4, picture.height // 4)
    grey = [image.convert("L").resize(small, Image.Resampling.BOX) for image in (picture, browser)]
    difference = ImageStat.Stat(ImageChops.difference(*grey)).mean[0]
    assert difference < 1.5, f"mean grey difference {difference:.2f}"
    with scene_for(doc) as scene, prepared(scene, options) as frame:
        spots = [
            (frame.target.x() + box.x + 10 - frame.source.x(), frame.target.y() + box.y + 8 - frame.source.y())
            for box in scene.layout.stages.values()
        ]
    for x, y in spots:
        a, b = picture.getpixel((round(x), round(y))), browser.getpixel((round(x), round(y)))
        assert all(abs(p - q) <= 8 for p, q in zip(a, b, strict=True)), (x, y, a, b)
