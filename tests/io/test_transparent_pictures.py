"""A transparent picture stays readable on any slide: its title (with the persona it shows) and
legend lie on the same solid sheet as the map, and only the margin around that sheet lets the
slide show through. Checked on the pixels, composited on a dark slide and on a white one."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from journeymap.io.picture_export import export_picture
from journeymap.io.pictures.frame import prepared
from journeymap.io.pictures.options import PictureOptions
from journeymap.io.pictures.source import scene_for
from journeymap.io.templates import load_template

DARK_SLIDE = "#1E1E1E"


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def luminance(rgb) -> float:
    """WCAG relative luminance of an (r, g, b) colour, 0 to 1."""
    channels = []
    for value in rgb[:3]:
        c = value / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(a, b) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def on_slide(picture: Image.Image, colour: str) -> Image.Image:
    """The picture as a slide of ``colour`` shows it."""
    return Image.alpha_composite(Image.new("RGBA", picture.size, colour), picture.convert("RGBA")).convert("RGB")


def svg_on_slide(path, size: tuple[int, int], colour: str) -> Image.Image:
    renderer = QSvgRenderer(str(path))
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombytes("RGB", size, bytes(rgb.constBits()), "raw", "RGB", rgb.bytesPerLine())


def title_reading(image: Image.Image, box) -> tuple[tuple, tuple]:
    """(the title band's background, its darkest text pixel): the most common and the darkest colour."""
    band = image.crop(tuple(round(v) for v in box))
    colours = band.getcolors(band.width * band.height)
    background = max(colours)[1]
    text = min((colour for _, colour in colours), key=luminance)
    return background, text


def frame_of(doc, options):
    with scene_for(doc) as scene, prepared(scene, options) as frame:
        return frame


def persona_picture(doc):
    return PictureOptions(transparent=True, legend=True, persona=doc.personas()[0].id, scale=1.0, embed=False)


@pytest.mark.parametrize("kind", ["png", "svg"])
def test_the_title_of_a_transparent_picture_reads_on_a_dark_slide(tmp_path, kind):
    doc = load_template("online-purchase")
    options = persona_picture(doc)
    frame = frame_of(doc, options)
    assert "Maya" in frame.title  # the persona caption is part of the title
    path = tmp_path / f"map.{kind}"
    export_picture(kind, doc, path, options)
    size = (round(frame.width), round(frame.height))
    title = frame.title_rect
    for slide in (DARK_SLIDE, "#FFFFFF"):
        shown = on_slide(Image.open(path), slide) if kind == "png" else svg_on_slide(path, size, slide)
        background, text = title_reading(shown, (title.left(), title.top(), title.right(), title.bottom()))
        assert luminance(background) > 0.9, (slide, background)  # the map's white sheet, not the slide
        assert contrast(text, background) > 7, (slide, text, background)


def test_title_map_and_legend_lie_on_one_sheet_with_the_slide_around_it(tmp_path):
    doc = load_template("online-purchase")
    options = persona_picture(doc)
    frame = frame_of(doc, options)
    path = tmp_path / "map.png"
    export_picture("png", doc, path, options)
    alpha = Image.open(path).convert("RGBA").getchannel("A")
    sheet = frame.sheet
    middle = round(sheet.center().x())
    gap_under_title = (frame.title_rect.bottom() + frame.target.top()) / 2
    gap_over_legend = (frame.target.bottom() + frame.legend_rect.top()) / 2
    solid = [(middle, sheet.top() + 1), (middle, gap_under_title), (middle, gap_over_legend),
             (middle, sheet.bottom() - 1), (sheet.left() + 1, sheet.center().y())]
    assert [alpha.getpixel((round(x), round(y))) for x, y in solid] == [255] * len(solid)
    assert sheet.top() < frame.title_rect.top() and sheet.bottom() > frame.legend_rect.bottom()
    clear = [(0, 0), (middle, sheet.top() - 2), (middle, sheet.bottom() + 2), (sheet.right() + 2, sheet.center().y()),
             (sheet.left() + 1, sheet.top() + 1)]  # the margin, and a rounded corner of the sheet
    assert [alpha.getpixel((round(x), round(y))) for x, y in clear] == [0] * len(clear)


def test_a_picture_without_margin_is_all_sheet(tmp_path):
    doc = load_template("online-purchase")
    frame = frame_of(doc, PictureOptions(transparent=True, margin=0))
    assert (frame.sheet.left(), frame.sheet.top()) == (0, 0) and frame.sheet_radius == 0
    assert (frame.sheet.width(), frame.sheet.height()) == (frame.width, frame.height)
