"""Every deck opens in LibreOffice Impress, and its PDF holds the map's text where it should be."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from journeymap.io.export_formats import export_document
from tests.factories import small_map
from tests.io.deck_maps import attack_map, english_map, hebrew_map

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("qapp")]


def _pdf_text(doc, tmp_path) -> list[str]:
    soffice, pdftotext = shutil.which("soffice"), shutil.which("pdftotext")
    if soffice is None or pdftotext is None:
        pytest.fail("LibreOffice Impress and pdftotext are needed (Debian: libreoffice-impress-nogui, poppler-utils)")
    deck = tmp_path / "deck.pptx"
    export_document(doc, deck, "pptx")
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(deck),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    pdf = tmp_path / "deck.pdf"
    assert pdf.exists(), "Impress did not open the deck"
    pages = []
    count = len(doc.stages()) + 2 if doc.personas() else len(doc.stages()) + 1
    for page in range(1, count + 1):
        out = subprocess.run(
            [pdftotext, "-f", str(page), "-l", str(page), str(pdf), "-"],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        )
        pages.append(_squeezed(out.stdout))
    return pages


def _squeezed(text: str) -> str:
    """Without spaces and hyphens: lines wrap anywhere, and pdftotext joins a hyphen at a line's end."""
    return "".join(text.split()).replace("-", "")


@pytest.mark.parametrize("make", [english_map, small_map, attack_map], ids=["template", "small", "attacks"])
def test_the_overview_holds_every_card_title(make, tmp_path):
    doc = make()
    pages = _pdf_text(doc, tmp_path)
    for card in doc.cards():
        assert _squeezed(card.title).replace("\x07", "") in pages[0], card.title
    for number, stage in enumerate(doc.stages(), start=1):
        assert _squeezed(stage.name) in pages[number]


def test_a_hebrew_deck_keeps_its_words(tmp_path):
    doc = hebrew_map()
    pages = _pdf_text(doc, tmp_path)
    words = {word for card in doc.cards() for word in card.title.split() if word.isalpha() and len(word) > 3}
    found = [word for word in words if word in pages[0]]
    assert len(found) > 0.9 * len(words)
