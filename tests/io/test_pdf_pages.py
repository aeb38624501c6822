"""PDF pages: A4, A3 and Letter, landscape or portrait, by default the orientation the map fits
best; read back with pdfinfo (poppler-utils, installed by .ci/run)."""

from __future__ import annotations

import re
import subprocess

import pytest

from journeymap.cli import main
from journeymap.io.journey_file import save_map
from journeymap.io.picture_export import export_picture
from journeymap.io.pictures.options import PictureOptions
from tests.factories import small_map


def _page_points(path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    width, height = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return float(width), float(height)


@pytest.mark.parametrize(
    ("page", "orientation", "expected"),
    [
        ("letter", "auto", (792, 612)),  # the small map is wider than high: landscape
        ("letter", "portrait", (612, 792)),
        ("a4", "portrait", (595, 842)),
        ("a3", "landscape", (1191, 842)),
    ],
)
def test_paper_pages_and_their_orientation(qapp, tmp_path, page, orientation, expected):
    path = tmp_path / "map.pdf"
    export_picture("pdf", small_map(), path, PictureOptions(page=page, orientation=orientation))
    assert _page_points(path) == pytest.approx(expected, abs=1.5)


def test_a_tall_map_is_put_on_a_portrait_page_by_default(qapp, tmp_path):
    doc = small_map()
    for lane in doc.lanes():
        doc.update_lane(lane.id, height=700.0)  # far higher than wide now
    path = tmp_path / "tall.pdf"
    export_picture("pdf", doc, path, PictureOptions(page="a4"))
    width, height = _page_points(path)
    assert width < height


def test_the_command_line_chooses_the_page_too(qapp, tmp_path):
    source = tmp_path / "small.journey"
    save_map(small_map(), source)
    out = tmp_path / "m.pdf"
    assert main(["export", str(source), "-o", str(out), "--page", "letter", "--orientation", "portrait"]) == 0
    assert _page_points(out) == pytest.approx((612, 792), abs=1.5)
    assert main(["export", str(source), "-o", str(tmp_path / "m.png"), "--orientation", "bogus"]) == 2
