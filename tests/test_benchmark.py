"""The benchmark script keeps working (on the small map only); it asserts nothing about time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = {
    "open_s", "load_s", "save_s", "scene_build_s", "repaint_ms", "drag_frame_ms", "drag20_frame_ms",
    "export_png_s", "export_svg_s", "export_pdf_s", "export_xlsx_s", "peak_rss_mb",
    "floor_open_s", "floor_paint_ms", "floor_png_s", "floor_xlsx_s", "floor_json_s",
    "live_latency_ms", "live_join_s", "live_open_s", "live_sync_bytes", "live_file_bytes",
    "import_xlsx_s", "floor_import_s", "import_preview_s",
    "export_pptx_s", "floor_pptx_s", "export_html_s",
}


@pytest.mark.slow  # a whole benchmark run at size S in a subprocess
def test_benchmark_runs_on_the_small_map(tmp_path):
    out_file = tmp_path / "bench.json"
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", "S", "--repeat", "1", "--json", str(out_file)],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    figures = json.loads(out_file.read_text())
    assert set(figures) == {"S"}
    assert EXPECTED <= set(figures["S"])
    for key in EXPECTED:
        stats = figures["S"][key]
        assert stats["median"] > 0 and stats["p95"] >= stats["median"], key
    assert "S drag" not in run.stdout  # targets are stated for M and L only


def test_generated_maps_are_deterministic():
    sys.path.insert(0, str(ROOT))
    from bench.generate import generate
    from journeymap.io.journey_file import document_to_json

    assert document_to_json(generate("S", seed=3)) == document_to_json(generate("S", seed=3))
    doc = generate("S")
    assert (doc.card_count(), doc.connection_count(), len(doc.steps()), len(doc.lanes())) == (60, 70, 10, 8)


@pytest.mark.slow  # two drags on a generated map in a subprocess
def test_the_drag_figures_run_alone():
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "drag.py"), "--size", "S", "--repeat", "1"],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    lines = run.stdout.splitlines()
    assert [line.split()[:2] for line in lines] == [["S", "drag_frame_ms"], ["S", "drag20_frame_ms"]]
    for line in lines:
        median, p95 = float(line.split()[3]), float(line.split()[5])
        assert 0 < median <= p95
