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


MARKS = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
MIXED_TITLES = (
    "הרשמה ל-30 יום ניסיון ב-Dynamics 365",
    "ל-30 יום",
    "שיחה עם נציג (Chat)",
    "מחכה בתור 5 דקות.",
    "מחיר ל-3 מחשבים: 2,990 ₪",
    "Call centre?",
    "האם 16GB RAM מספיקים?",
)


def _read_lines(path, page: int | None = None) -> set[str]:
    """pdftotext's lines, as a reader shows them: without the direction marks it adds."""
    args = ["pdftotext", *(["-f", str(page), "-l", str(page)] if page else []), str(path), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return {" ".join("".join(c for c in line if c not in MARKS).split()) for line in out.splitlines()}


def _map_of(titles, direction: str, stages: int = 1):
    from journeymap.model import Card, JourneyDocument, Lane, MapInfo, Stage, Step

    doc = JourneyDocument(MapInfo(title="מפת בדיקה", direction=direction))
    for s in range(stages):
        steps = tuple(Step(f"st{s}-{k}", f"צעד {k + 1}") for k in range(3))
        doc.add_stage(Stage(f"s{s}", f"שלב {s + 1}", steps=steps))
    doc.add_lane(Lane("l0", "אתר", "website", "website"))
    step_ids = [step.id for step in doc.steps()]
    for i, title in enumerate(titles):
        doc.add_card(Card(f"c{i}", step_ids[i % len(step_ids)], "l0", title))
    return doc


def _drawn_lines(monkeypatch) -> list[str]:
    """Every text line the PDF writer is handed, as typed."""
    from journeymap.io.pictures import pdf_text_layer

    seen: list[str] = []
    draw = pdf_text_layer.PdfTextLayer.draw

    def recording(self, painter, line):
        seen.append(" ".join("".join(c for c in line.text if c not in MARKS).split()))
        draw(self, painter, line)

    monkeypatch.setattr(pdf_text_layer.PdfTextLayer, "draw", recording)
    return seen


def test_mixed_hebrew_lines_extract_in_reading_order(qapp, tmp_path, monkeypatch):
    for direction in ("rtl", "ltr"):  # a Hebrew map, and Hebrew cards on a left-to-right one
        seen = _drawn_lines(monkeypatch)
        path = tmp_path / f"{direction}.pdf"
        export_document(_map_of(MIXED_TITLES, direction), path, "pdf")
        lines = _read_lines(path)
        assert "ל-30 יום" in lines and "שיחה עם נציג (Chat)" in lines and "Call centre?" in lines
        assert len(seen) > len(MIXED_TITLES) and not [line for line in seen if line not in lines]
        seen.clear()


def test_every_line_of_the_hebrew_template_reads_as_typed(qapp, tmp_path, monkeypatch):
    seen = _drawn_lines(monkeypatch)
    path = tmp_path / "he.pdf"
    export_document(load_template("online-purchase-he"), path, "pdf")
    lines = _read_lines(path)
    text = "\n".join(lines)
    assert len(seen) > 150
    # pdftotext joins a word hyphenated at a line's end with the next line: those two aside.
    broken = [line for i, line in enumerate(seen) if line not in lines
              and not line.endswith("-") and not (i and seen[i - 1].endswith("-"))]
    assert not broken
    assert "הרשמה ל-30 יום ניסיון" in text


def test_tiled_hebrew_pages_read_as_typed(qapp, tmp_path, monkeypatch):
    from journeymap.io.picture_export import export_picture
    from journeymap.io.pictures.options import PictureOptions

    seen = _drawn_lines(monkeypatch)
    titles = [f"{MIXED_TITLES[i % len(MIXED_TITLES)]} {i}" for i in range(60)]
    path = tmp_path / "tiles.pdf"
    export_picture("pdf", _map_of(titles, "rtl", stages=10), path, PictureOptions(page="a4"))
    pages = int(subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
                .stdout.split("Pages:")[1].split()[0])
    assert pages > 1
    found = set().union(*(_read_lines(path, page) for page in range(1, pages + 1)))
    assert len(seen) > 60 and not [line for line in seen if line not in found]


def test_a_page_whose_text_runs_against_the_map_s_still_reads_as_typed(qapp, tmp_path):
    # Lines written for left-to-right pages, on a page of mostly Hebrew: readers would take
    # it as right-to-left, so the page is tipped back with invisible marks.
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter, QPdfWriter

    from journeymap.editor import fonts
    from journeymap.editor.line_sink import TextLine
    from journeymap.io.pictures.pdf_text_layer import PdfTextLayer

    lines = ["שיחה עם נציג שירות ל-30 יום", "מחכה בתור 5 דקות.", "Call centre?", "שאלה (Chat) ל-3 ימים"]
    path = tmp_path / "tipped.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    painter = QPainter(writer)
    layer = PdfTextLayer(rtl_pages=False)
    for i, text in enumerate(lines * 3):
        layer.draw(painter, TextLine(text, fonts.card_font(), 100, 900, 100 + 60 * i, False, "left"))
    layer.finish_page(painter, QRectF(0, 0, 2480, 3508))  # the A4 sheet Qt starts with
    painter.end()
    layer.close()
    assert set(lines) <= _read_lines(path)
