"""PNG, SVG and PDF exports, each read back with a reader that is not Qt.

Pillow checks pixels, size, DPI and the map inside the PNG; ElementTree checks that
the SVG is XML with every card title as text; poppler (or the raw bytes) checks the PDF.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from io import BytesIO

import pytest
from PIL import Image

from journeymap.io.errors import SaveError
from journeymap.io.journey_file import load_map
from journeymap.io.journey_format import document_to_data
from journeymap.io.picture_export import export_picture
from journeymap.io.pictures.frame import prepared
from journeymap.io.pictures.options import PictureOptions
from journeymap.io.pictures.source import scene_for
from journeymap.io.templates import load_template, template_names
from journeymap.model import Card, Stage, Step
from tests.factories import small_map

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def export(tmp_path, name: str, doc=None, **options):
    doc = doc or small_map()
    path = tmp_path / f"map.{name}"
    export_picture(name, doc, path, PictureOptions(**options))
    return path


def squeeze(text: str) -> str:
    """Text without whitespace, ligatures unfolded: how titles are compared after wrapping."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def words(text: str) -> list[str]:
    """The words and numbers of a text: a right-to-left line with numbers is stored in runs
    whose order follows the picture, so mixed Hebrew titles are compared word by word."""
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text))


def svg_text(path) -> str:
    root = ET.parse(path).getroot()
    return "".join("".join(node.itertext()) for node in root.iter(f"{SVG}text"))


# ---------------------------------------------------------------- PNG
def test_png_size_follows_the_scale_and_carries_the_dpi(tmp_path):
    one = Image.open(export(tmp_path, "png", scale=1))
    two_path = tmp_path / "two.png"
    export_picture("png", small_map(), two_path, PictureOptions(scale=2))
    two = Image.open(two_path)
    assert abs(two.width - 2 * one.width) <= 2 and abs(two.height - 2 * one.height) <= 2
    assert one.info["dpi"][0] == pytest.approx(96, abs=0.5)
    assert two.info["dpi"][0] == pytest.approx(192, abs=0.5)


def test_png_at_a_dpi(tmp_path):
    one = Image.open(export(tmp_path, "png"))
    path = tmp_path / "print.png"
    export_picture("png", small_map(), path, PictureOptions(dpi=300))
    image = Image.open(path)
    assert image.info["dpi"][0] == pytest.approx(300, abs=0.5)
    assert image.width == pytest.approx(one.width * 300 / 96, abs=3)


def test_png_background_white_or_transparent(tmp_path):
    white = Image.open(export(tmp_path, "png")).convert("RGBA")
    assert white.getpixel((1, 1)) == (255, 255, 255, 255)
    clear_path = tmp_path / "clear.png"
    export_picture("png", small_map(), clear_path, PictureOptions(transparent=True))
    clear = Image.open(clear_path).convert("RGBA")
    assert clear.getpixel((1, 1))[3] == 0
    assert clear.getpixel((clear.width - 2, clear.height - 2))[3] == 0


def test_png_shows_the_stage_band_colours_where_the_stages_are(tmp_path):
    doc = load_template("online-purchase")
    options = PictureOptions(scale=2)
    with scene_for(doc) as scene, prepared(scene, options) as frame:
        spots = []
        for stage in doc.stages():
            box = scene.layout.stages[stage.id]
            x = frame.target.x() + box.x + 8 - frame.source.x()
            y = frame.target.y() + box.y + 8 - frame.source.y()
            spots.append((stage.color, (round(x * 2), round(y * 2))))
    image = Image.open(export(tmp_path, "png", doc=doc, scale=2)).convert("RGB")
    assert len({color for color, _ in spots}) >= 3
    for color, spot in spots:
        expected = tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))
        found = image.getpixel(spot)
        assert all(abs(a - b) <= 6 for a, b in zip(found, expected, strict=True)), (color, found)


def test_png_opens_again_as_the_same_map(tmp_path):
    doc = small_map()
    path = export(tmp_path, "png", doc=doc)
    assert document_to_data(load_map(path)) == document_to_data(doc)


def test_a_picture_too_large_is_refused_before_it_is_made(tmp_path):
    doc = load_template("online-purchase")
    path = tmp_path / "huge.png"
    with pytest.raises(SaveError, match="too large") as caught:
        export_picture("png", doc, path, PictureOptions(scale=8))
    assert "smaller scale" in str(caught.value)
    assert not path.exists()


def test_a_target_that_cannot_be_written_leaves_nothing(tmp_path):
    target = tmp_path / "no such folder" / "map.png"
    with pytest.raises(SaveError):
        export_picture("png", small_map(), target, PictureOptions())
    assert not target.parent.exists()


def test_a_selection_gives_a_smaller_picture_of_those_cards_with_their_headers(tmp_path):
    whole = Image.open(export(tmp_path, "png"))
    part_path = tmp_path / "part.png"
    export_picture("png", small_map(), part_path, PictureOptions(selection=("web-ad", "web-compare"), title=False))
    part = Image.open(part_path)
    assert part.width < whole.width * 0.7 and part.height < whole.height * 0.8
    svg_path = tmp_path / "part.svg"
    export_picture("svg", small_map(), svg_path, PictureOptions(selection=("web-ad", "web-compare"), title=False))
    text = svg_text(svg_path)
    assert "Seesanad" in squeeze(text) and "Compares" in text and "Small" not in text
    # the headers of the cells it covers, and nothing of the cards and captions around them
    for header in ("Awareness", "See ad", "Compare", "Website"):
        assert header in text, header
    for elsewhere in ("Phone", "Support", "Buys", "online", "has questions"):
        assert elsewhere not in text, elsewhere


def test_title_and_legend_toggles(tmp_path):
    plain = export(tmp_path, "svg", title=False)
    assert "Small" not in svg_text(plain)
    full_path = tmp_path / "full.svg"
    export_picture("svg", small_map(), full_path, PictureOptions(title=True, legend=True))
    text = svg_text(full_path)
    assert "Small" in text
    for lane in ("Actions", "Website", "Phone", "Emotion", "-2", "+2"):
        assert lane in text, lane
    short = Image.open(export(tmp_path, "png", legend=False))
    tall_path = tmp_path / "tall.png"
    export_picture("png", small_map(), tall_path, PictureOptions(legend=True))
    assert Image.open(tall_path).height > short.height + 30


# ---------------------------------------------------------------- SVG
@pytest.mark.parametrize("name", [n for n in template_names() if n != "blank"])
def test_svg_keeps_every_card_title_as_text(tmp_path, name):
    doc = load_template(name)
    path = export(tmp_path, "svg", doc=doc)
    text = squeeze(svg_text(path))
    if doc.info.direction == "rtl":
        missing = [card.title for card in doc.cards() if any(word not in text for word in words(card.title))]
    else:
        missing = [card.title for card in doc.cards() if squeeze(card.title) not in text]
    assert not missing
    root = ET.parse(path).getroot()
    assert root.find(f"{SVG}title").text == doc.info.title
    families = {node.get("font-family") for node in root.iter(f"{SVG}text")}
    assert families == {"'Noto Sans', 'Noto Sans Hebrew', Arial, sans-serif"}


def test_svg_is_valid_xml_for_any_text(tmp_path):
    doc = small_map()
    awkward = 'a < b & "c" \'d\' > e 😀 ]]> הרשמה ל-30 יום'
    doc.add_card(Card("odd", "st-b1", "l-act", awkward))
    path = export(tmp_path, "svg", doc=doc)
    ET.parse(path)  # raises on broken XML
    text = svg_text(path)
    assert 'a < b & "c" \'d\' > e 😀 ]]>' in text
    assert all(word in text for word in words(awkward))


def test_svg_marks_hebrew_lines_right_to_left(tmp_path):
    path = export(tmp_path, "svg", doc=load_template("online-purchase-he"))
    root = ET.parse(path).getroot()
    runs = list(root.iter(f"{SVG}text"))
    hebrew = [n for n in runs if re.search("[\u05d0-\u05ea]", n.text or "")]
    mixed = [n for n in hebrew if re.search("[A-Za-z]", n.text)]
    assert hebrew and mixed  # a line mixing Hebrew and English is one element, not one per run
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert all(n.get("direction") == "rtl" and n.get(lang) == "he" for n in hebrew)


# ---------------------------------------------------------------- PDF
def test_pdf_is_one_vector_page_with_title_and_text(tmp_path):
    doc = load_template("online-purchase")
    path = export(tmp_path, "pdf", doc=doc)
    raw = path.read_bytes()
    assert raw.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page\b", raw)) == 1
    assert b"/FontFile2" in raw  # the fonts travel with the file
    fonts = set(re.findall(rb"/BaseFont\s*/([\w+-]+)", raw))
    assert fonts and all(b"NotoSans" in name for name in fonts), fonts  # only the bundled fonts, on any machine
    assert b"/Subtype /Image" not in raw  # nothing was turned into pixels
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        assert f"Title:           {doc.info.title}" in info
        assert "Creator:         Journeymap" in info
    else:
        assert b"/Title" in raw
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        found = set(words(text.replace("-", "")))  # pdftotext joins words hyphenated at a line end
        missing = [card.title for card in doc.cards() if not set(words(card.title.replace("-", ""))) <= found]
        assert not missing


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="pdfinfo (poppler-utils) is not installed")
def test_pdf_on_an_a4_landscape_page(tmp_path):
    path = export(tmp_path, "pdf", page="a4")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+84[12](\.\d+)? x 595(\.\d+)? pts", info)


def test_options_out_of_range_are_refused():
    with pytest.raises(ValueError):
        PictureOptions(dpi=1200)
    with pytest.raises(ValueError):
        PictureOptions(page="tabloid")  # A4, A3, Letter and the map's own size only
    with pytest.raises(ValueError):
        PictureOptions(orientation="sideways")
    with pytest.raises(ValueError):
        PictureOptions(curves="some")
    assert PictureOptions(page="letter").page == "letter"
    assert PictureOptions(dpi=192).pixel_ratio == 2
    assert PictureOptions(scale=4).effective_dpi == 384


def test_png_bytes_are_a_real_png_even_from_a_bare_image_reader(tmp_path):
    raw = export(tmp_path, "png").read_bytes()
    image = Image.open(BytesIO(raw))
    image.load()
    assert image.format == "PNG" and image.mode in ("RGBA", "RGB")


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="pdfinfo (poppler-utils) is not installed")
def test_a_very_wide_map_fits_the_largest_pdf_page(tmp_path):
    doc = small_map()
    for index in range(100):
        doc.add_stage(Stage(f"s-x{index}", f"Stage {index}", steps=(Step(f"st-x{index}", "Step"),)))
    path = export(tmp_path, "pdf", doc=doc)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    width, height = (float(v) for v in re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert width == pytest.approx(14_400, abs=2) and height < 2_000


def test_a_transparent_picture_keeps_the_grid_solid(tmp_path):
    doc = small_map()
    options = PictureOptions(transparent=True, title=False)
    with scene_for(doc) as scene, prepared(scene, options) as frame:
        grid = frame.target
        inside = (round(grid.left() + 6), round(grid.top() + 4))  # the first lane: no band of its own
    image = Image.open(export(tmp_path, "png", doc=doc, transparent=True, title=False, scale=1.0)).convert("RGBA")
    assert image.getpixel((0, 0))[3] == 0
    assert image.getpixel(inside)[3] == 255


def test_progress_is_reported_from_start_to_end(tmp_path):
    calls = []
    record = lambda done, total: calls.append((done, total))  # noqa: E731
    export_picture("png", small_map(), tmp_path / "p.png", PictureOptions(), record)
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls) and len(calls) >= 3


def test_a_small_selection_widens_for_its_whole_title(tmp_path):
    doc = load_template("online-purchase")
    first = next(iter(doc.cards())).id
    path = tmp_path / "one.svg"
    export_picture("svg", doc, path, PictureOptions(selection=(first,), title=True))
    assert doc.info.title in svg_text(path)  # not cut short with an ellipsis


def test_a_transparent_picture_has_no_seams_between_header_cells(tmp_path):
    doc = small_map()
    with scene_for(doc) as scene, prepared(scene, PictureOptions(transparent=True, title=False)) as frame:
        layout = scene.layout
        offset = frame.target.topLeft() - frame.source.topLeft()
        first_stage = layout.stages[doc.stages()[0].id]
        first_lane = layout.lanes[doc.lanes()[0].id]
        seams = [
            (first_stage.right + offset.x(), first_stage.y + first_stage.h / 2 + offset.y()),  # between stages
            (first_lane.x + first_lane.w / 2 + offset.x(), first_lane.bottom + offset.y()),  # between lanes
            (layout.corner.x + 4 + offset.x(), layout.corner.y + 4 + offset.y()),  # the corner above the lanes
        ]
    image = Image.open(export(tmp_path, "png", doc=doc, transparent=True, title=False, scale=1.0)).convert("RGBA")
    for x, y in seams:
        for dx in (-1, 0, 1):
            assert image.getpixel((round(x) + dx, round(y)))[3] == 255, (x, y)
