"""The benchmark: ``python bench/run.py [--sizes S,M,L] [--json OUT]``.

Generates maps deterministically (bench/generate.py), measures them on the offscreen
platform, and measures Qt's and the libraries' own floors in the same run, so every
figure can be read as a ratio that holds on a noisy machine. Prints a table with the
targets; ``--json`` writes ``{"S": {"open_s": {"median": ..., "p95": ...}, ...}, ...}``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import frozen_figures, import_figures, live, measure, routes, slides  # noqa: E402
from bench.analysis import analysis_figures, growth_lines, reference_for  # noqa: E402
from bench.generate import SIZES, generate  # noqa: E402

REPEATS = {"S": 7, "M": 5, "L": 3}

# (figure, limit as a function of the size's results, description)
TARGETS = {
    "M": [
        ("drag_frame_ms", lambda r: 8.0, "p95 <= 8 ms"),
        ("drag20_frame_ms", lambda r: 8.0, "p95 <= 8 ms"),
        ("reroute_ms", lambda r: 10 * r["floor_layout_ms"]["median"], "<= 10 x floor_layout_ms"),
        ("repaint_ms", lambda r: 3 * r["floor_paint_ms"]["median"], "<= 3 x floor_paint_ms"),
        ("open_s", lambda r: r["floor_open_s"]["median"] + 0.6, "<= floor_open_s + 0.6 s"),
        ("export_png_s", lambda r: 2 * r["floor_png_s"]["median"], "<= 2 x floor_png_s"),
        ("export_xlsx_s", lambda r: 3 * r["floor_xlsx_s"]["median"], "<= 3 x floor_xlsx_s"),
        ("load_save_s", lambda r: 5 * r["floor_json_s"]["median"], "<= 5 x floor_json_s"),
        ("live_latency_ms", lambda r: 50.0, "p95 <= 50 ms"),
        ("live_join_s", lambda r: 1.5 * r["live_open_s"]["median"], "<= 1.5 x live_open_s"),
        ("analysis_s", lambda r: 10 * r["floor_json_s"]["median"], "<= 10 x floor_json_s"),
        ("import_xlsx_s", lambda r: 3 * r["floor_import_s"]["median"], "<= 3 x floor_import_s"),
        ("import_preview_s", lambda r: 1.0, "< 1 s"),
        *slides.TARGETS,
        ("frozen_repaint_ms", lambda r: 2.5 * r["floor_frozen_ms"]["median"], "<= 2.5 x floor_frozen_ms"),
    ],
    "L": [
        ("drag_frame_ms", lambda r: 16.0, "p95 <= 16 ms"),
        ("open_s", lambda r: 5.0, "< 5 s"),
    ],
}


def summarise(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    return {"median": round(statistics.median(ordered), 5), "p95": round(p95, 5), "least": round(ordered[0], 6)}


def run_size(size: str, folder: Path, repeat: int | None = None) -> dict[str, dict[str, float]]:
    from PySide6.QtWidgets import QApplication

    from journeymap.editor.fonts import register_fonts
    from journeymap.io.journey_file import save_map

    QApplication.instance() or QApplication([])
    register_fonts()
    repeat = repeat or REPEATS.get(size, 3)
    doc = generate(size)
    path = folder / f"bench-{size}.journey"
    save_map(doc, path)
    raw: dict[str, list[float]] = {}
    raw.update(measure.file_figures(doc, folder, repeat))
    scene_part = measure.scene_figures(doc, repeat)
    view, scene = scene_part.pop("_view"), scene_part.pop("_scene")
    raw.update(scene_part)
    n_rects = doc.card_count() + len(doc.steps()) + len(doc.lanes()) + len(doc.stages())
    raw["floor_paint_ms"] = measure.floor_paint(n_rects, repeat)
    raw["drag_frame_ms"] = measure.drag_figures(view, scene, doc, 1)
    raw["drag20_frame_ms"] = measure.drag_figures(view, scene, doc, 20)
    raw.update(routes.route_figures(doc, repeat))
    view.close()
    scene.detach()  # as a closed window's scene does: its selection is not emitted into a half-gone Python side
    scale = measure.png_scale(doc)
    raw["png_scale"] = [scale]
    raw.update(measure.export_figures(doc, folder, repeat, scale))
    width, height = measure.png_size(folder) or (3840, 2160)
    raw["floor_png_s"] = measure.floor_png(n_rects, width, height, folder, repeat)
    cells = doc.card_count() * 12 + doc.connection_count() * 8 + len(doc.steps()) * len(doc.lanes())
    raw["floor_xlsx_s"] = measure.floor_xlsx(cells, folder, repeat)
    raw.update(measure.open_figures(path, folder, repeat, scale))
    if size != "L":  # live sessions are for workshop maps
        raw.update(live.in_own_process(size, repeat))
    raw.update(analysis_figures(doc, repeat, with_floor=False))
    raw.update(import_figures.figures(doc, folder, repeat))
    if size in ("S", "M"):  # a deck of L's ten thousand cards is measured by hand (python -m bench.slides L)
        raw.update(slides.figures(doc, folder, repeat))
    raw.update(frozen_figures.figures(doc, repeat))
    result = {key: summarise(values) for key, values in raw.items()}
    result["load_save_s"] = {k: round(result["load_s"][k] + result["save_s"][k], 5) for k in ("median", "p95")}
    return result


def check_targets(results: dict) -> list[str]:
    lines = []
    for size, targets in TARGETS.items():
        if size not in results:
            continue
        r = results[size]
        for key, limit_of, text in targets:
            if key not in r:
                lines.append(f"{size} {key}: not measured ({text})")
                continue
            stat = "p95" if key.startswith(("drag", "live_latency")) else "median"
            value, limit = r[key][stat], limit_of(r)
            verdict = "ok" if value <= limit else "MISSED"
            lines.append(f"{size} {key} {stat} = {value:.4g} (limit {limit:.4g}: {text}) {verdict}")
    return lines


def growth(results: dict) -> list[str]:
    """How each figure grows from S to the largest size measured, as an exponent of the card count."""
    sizes = [s for s in ("S", "M", "L") if s in results]
    if len(sizes) < 2:
        return []
    small, big = sizes[0], sizes[-1]
    ratio = SIZES[big][3] / SIZES[small][3]
    lines = []
    for key in results[big]:
        if key == "png_scale":  # a setting of the run, not a cost
            continue
        a, b = results[small].get(key, {}).get("median"), results[big][key]["median"]
        if a and b and a > 0:
            exponent = math.log(b / a) / math.log(ratio)
            lines.append(f"{key}: x{b / a:.1f} for x{ratio:.0f} cards -> exponent {exponent:.2f}")
    return lines


def compile_bytecode() -> None:
    """Compile the package's bytecode, as installing it does.

    ``pip install`` writes .pyc files for the package; a source checkout run with
    PYTHONDONTWRITEBYTECODE set (some CI machines set it) would otherwise compile every
    module again in every fresh process, and the start-up figures would measure that.
    """
    import compileall

    root = Path(__file__).resolve().parent.parent
    compileall.compile_dir(str(root / "journeymap"), quiet=1)
    compileall.compile_dir(str(root / "bench"), quiet=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Journeymap benchmark")
    parser.add_argument("--sizes", default="S,M", help="comma-separated sizes from S, M, L (default S,M)")
    parser.add_argument("--json", metavar="OUT", help="write the figures as JSON")
    parser.add_argument("--repeat", type=int, default=None, help="runs per figure (default: S 7, M 5, L 3)")
    args = parser.parse_args(argv)
    sizes = [s.strip().upper() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in sizes if s not in SIZES]
    if unknown:
        parser.error(f"unknown size(s) {', '.join(unknown)}; choose from {', '.join(SIZES)}")
    results: dict[str, dict] = {}
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="jm-bench-") as tmp:
        for size in sizes:
            folder = Path(tmp) / size
            folder.mkdir()
            print(f"measuring {size} ...", flush=True)
            results[size] = run_size(size, folder, args.repeat)
            for key, value in results[size].items():
                print(f"  {key:18} median {value['median']:10.4f}   p95 {value['p95']:10.4f}", flush=True)
    reference = reference_for(results, args.repeat)
    for line in check_targets(results) + growth(results) + growth_lines(results, reference):
        print(line)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
