"""The analysis benchmark runs on its own (small map only); it asserts nothing about time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_analysis_bench_runs_on_the_small_map():
    run = subprocess.run(
        [sys.executable, "-m", "bench.analysis", "--sizes", "S", "--repeat", "1"],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    for key in ("floor_json_s", "analysis_s", "reach_s", "stages_s", "largest_loop"):
        assert f"S {key}" in run.stdout


def test_the_local_loops_map_keeps_its_loops_small():
    sys.path.insert(0, str(ROOT))
    from bench.analysis import local_loops_map
    from journeymap.model.analysis import markov
    from journeymap.model.analysis.flow import build_chain

    doc = local_loops_map(1000)
    assert doc.card_count() == 1000 and doc.connection_count() == 1500
    chain = build_chain(doc)
    assert max(len(c) for c in markov.components(chain.rows())) < 50


def test_maps_side_by_side_are_the_copies_and_nothing_between_them():
    sys.path.insert(0, str(ROOT))
    from bench.generate import generate, side_by_side

    maps = [generate("S", seed=7 + n) for n in range(3)]
    doc = side_by_side(maps)
    assert doc.card_count() == sum(m.card_count() for m in maps)
    assert doc.connection_count() == sum(m.connection_count() for m in maps)
    for conn in doc.connections():
        assert conn.source.split("-")[0] == conn.target.split("-")[0] == conn.id.split("-")[0]
    assert [s.id for s in doc.stages()] == [s.id for s in maps[0].stages()]
