"""Import figures: an M workbook with 100 edited rows back into its map, and its preview dialog.

``import_xlsx_s`` reads, compares and applies the workbook (``journeymap import``'s work);
its floor ``floor_import_s`` is openpyxl alone reading every value of the same workbook
in read-only mode. ``import_preview_s`` is what File → Import from Excel… takes
once the file is chosen: reading and comparing the workbook, then building and showing the
preview dialog. Run alone: ``python bench/import_figures.py`` (size M).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

EDITED_ROWS = 100


def edited_workbook(doc, folder: Path) -> tuple[Path, int]:
    """The map's workbook with the titles and scores of 100 cards changed (fewer on a small map)."""
    import openpyxl

    from journeymap.io.xlsx_export import export_xlsx

    path = folder / "import-bench.xlsx"
    export_xlsx(doc, path)
    book = openpyxl.load_workbook(path)
    cards = book.worksheets[1]
    edited = min(EDITED_ROWS, doc.card_count())
    step = max(1, doc.card_count() // max(1, edited))
    for n in range(edited):
        row = 2 + n * step
        cards.cell(row, 6).value = f"{cards.cell(row, 6).value} (edited)"
        cards.cell(row, 8).value = "+1" if n % 2 else -1
    book.save(path)
    return path, edited


def _timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def floor_read(path: Path) -> None:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    for ws in book.worksheets:
        for _ in ws.iter_rows(values_only=True):
            pass
    book.close()


def figures(doc, folder: Path, repeat: int) -> dict[str, list[float]]:
    from journeymap.io.journey_file import document_to_json, parse_json_text
    from journeymap.io.xlsx_import import apply_changes, plan_changes, preview_import

    path, edited = edited_workbook(doc, folder)
    text = document_to_json(doc)
    raw: dict[str, list[float]] = {"import_xlsx_s": [], "floor_import_s": [], "import_preview_s": []}
    for _ in range(repeat):
        fresh = parse_json_text(text, "bench")
        raw["floor_import_s"].append(_timed(lambda: floor_read(path)))

        def work(fresh=fresh):
            preview = preview_import(fresh, path)
            apply_changes(fresh, plan_changes(preview, default="sheet"))

        raw["import_xlsx_s"].append(_timed(work))
    assert len(preview_import(doc, path).changed) == edited
    raw["import_preview_s"] = [_timed(lambda: _show_preview(preview_import(doc, path))) for _ in range(repeat)]
    return raw


def _show_preview(preview) -> None:
    from PySide6.QtWidgets import QApplication

    from journeymap.widgets.import_dialog import ImportPreviewDialog

    dialog = ImportPreviewDialog(preview)
    dialog.show()
    QApplication.processEvents()
    dialog.close()
    dialog.deleteLater()


def main() -> int:
    import tempfile

    from PySide6.QtWidgets import QApplication

    from bench.generate import generate

    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="jm-import-bench-") as tmp:
        raw = figures(generate("M"), Path(tmp), 5)
    medians = {key: sorted(values)[len(values) // 2] for key, values in raw.items()}
    for key, value in medians.items():
        print(f"M {key:18} median {value:.4f} s")
    ratio = medians["import_xlsx_s"] / medians["floor_import_s"]
    print(f"M import_xlsx_s = {ratio:.2f} x floor_import_s (limit 3) {'ok' if ratio <= 3 else 'MISSED'}")
    print(f"M import_preview_s (limit 1 s) {'ok' if medians['import_preview_s'] < 1 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
