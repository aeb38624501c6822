"""Figures of the PowerPoint and web page exports, each beside its floor.

``export_pptx_s`` is the deck of a map; ``floor_pptx_s`` writes, with python-pptx
alone, as many plain text boxes (one per card shape in that deck, with its title)
and connectors (one per connection connector) on as many slides: what any deck of
this map costs before it looks like anything. ``export_html_s`` is the web page;
its floor is ``export_svg_s``, the picture the page holds.

Run alone at size M: ``python -m bench.slides``.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path

from bench.measure import timed

TARGETS = [
    ("export_pptx_s", lambda r: 3 * r["floor_pptx_s"]["median"], "<= 3 x floor_pptx_s"),
    ("export_html_s", lambda r: 2 * r["export_svg_s"]["median"], "<= 2 x export_svg_s"),
]


def deck_counts(path: Path) -> list[tuple[int, int]]:
    """(card shapes, connection connectors) on each slide of a deck."""
    from pptx import Presentation

    counts = []
    for slide in Presentation(str(path)).slides:
        names = [el.get("name", "") for el in slide.shapes._spTree.iter() if el.tag.endswith("}cNvPr")]
        counts.append((sum(n.startswith("card:") for n in names), sum(n.startswith("connection:") for n in names)))
    return counts


def floor_pptx(counts: list[tuple[int, int]], titles: list[str]) -> None:
    from pptx import Presentation
    from pptx.enum.shapes import MSO_CONNECTOR
    from pptx.util import Emu

    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(12_192_000), Emu(6_858_000)
    for cards, connectors in counts:
        shapes = deck.slides.add_slide(deck.slide_layouts[6]).shapes
        shapes.turbo_add_enabled = True  # python-pptx's own fast path for many shapes
        boxes = []
        for index in range(cards):
            box = shapes.add_textbox(
                Emu(10_000 * (index % 500)), Emu(9_000 * (index // 500)), Emu(900_000), Emu(300_000)
            )
            box.text_frame.text = titles[index % len(titles)]
            boxes.append(box)
        for index in range(connectors):
            connector = shapes.add_connector(MSO_CONNECTOR.CURVE, 0, 0, 1, 1)
            if len(boxes) > 1:
                connector.begin_connect(boxes[index % len(boxes)], 3)
                connector.end_connect(boxes[(index + 1) % len(boxes)], 1)
    deck.save(io.BytesIO())


def figures(doc, folder: Path, repeat: int, with_svg: bool = False) -> dict[str, list[float]]:
    """The deck's and the page's figures (and the SVG's, which the full benchmark measures itself)."""
    from journeymap.io.export_formats import export_document

    deck, page, svg = folder / "bench.pptx", folder / "bench.html", folder / "bench.svg"
    raw = {
        "export_pptx_s": timed(lambda: export_document(doc, deck, "pptx"), repeat),
        "export_html_s": timed(lambda: export_document(doc, page, "html"), repeat),
    }
    if with_svg:
        raw["export_svg_s"] = timed(lambda: export_document(doc, svg, "svg"), repeat)
    counts = deck_counts(deck)
    titles = [card.title for card in doc.cards()] or ["card"]
    raw["floor_pptx_s"] = timed(lambda: floor_pptx(counts, titles), repeat)
    return raw


def main(size: str = "M", repeat: int = 3) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from bench.generate import generate
    from bench.run import summarise
    from journeymap.editor.fonts import register_fonts

    QApplication.instance() or QApplication([])
    register_fonts()
    with tempfile.TemporaryDirectory() as folder:
        result = {
            key: summarise(values)
            for key, values in figures(generate(size), Path(folder), repeat, with_svg=True).items()
        }
    for key, value in result.items():
        print(f"{size} {key}: median {value['median']:.3f} s, p95 {value['p95']:.3f} s")
    for key, limit_of, text in TARGETS:
        value, limit = result[key]["median"], limit_of(result)
        print(f"{size} {key} = {value:.3f} (limit {limit:.3f}: {text}) {'ok' if value <= limit else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "M", int(sys.argv[2]) if len(sys.argv) > 2 else 3))
