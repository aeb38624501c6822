"""A PDF's text searches and copies as typed: no ligature glyphs ("ﬁnd"), read back with
pdftotext (poppler-utils, installed by .ci/run)."""

from __future__ import annotations

import subprocess

from journeymap.io.export_formats import export_document
from journeymap.io.templates import load_template


def test_pdf_text_has_no_ligature_glyphs(qapp, tmp_path):
    path = tmp_path / "map.pdf"
    export_document(load_template("online-purchase"), path, "pdf")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert not set(text) & {"\ufb00", "\ufb01", "\ufb02", "\ufb03", "\ufb04"}
    assert "five" in text and "file" in text  # words that had "fi" ligatures
