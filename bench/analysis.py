"""Analysis figures: ``python -m bench.analysis [--sizes M,L] [--repeat N]``.

- ``analysis_s``: ``analyze(doc)`` in full (reach, visits, the top 10 paths, loops, drop-offs,
  channel switches, stage summary), against ``floor_json_s`` of the same map (target at M:
  at most 10 x);
- ``reach_s``: the chain and its exact solution (visits and reach of every card);
- ``stages_s``: the stage summary (every stage's reach from one solution of the chain);
- ``largest_loop``: the cards of the largest strongly connected component, which is what
  the exact solution's cost above linear comes from (its dense core, docs/analysis.md).
Growth of ``reach_s`` and ``stages_s`` is given as an exponent of the number of connections:
from M to L of the benchmark maps (whose random far connections make one loop of a fifth
of the cards, with a dense core the elimination leaves to numpy), and over maps of 1,000 to
8,000 cards whose loops stay local, as customers' loops do (``--local``). The floor's own
exponent is printed beside the M-to-L figures: plain Python slows as its data outgrows the
processor's caches, and that line says by how much in the same run.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import SIZES, generate  # noqa: E402

REPEATS = {"S": 7, "M": 7, "L": 5}
LOCAL_SIZES = (1_000, 2_000, 4_000, 8_000)
GROWTH_FIGURES = ("reach_s", "stages_s")


def analysis_figures(doc, repeat: int, with_floor: bool = True, cpu: bool = False) -> dict[str, list[float]]:
    """The figures above; ``with_floor`` False when the caller measures ``floor_json_s`` itself;
    ``cpu``: processor time instead of wall time (on a machine others keep busy)."""
    clock = time.process_time if cpu else time.perf_counter

    def timed(fn, repeat: int) -> list[float]:
        times = []
        for _ in range(repeat):
            start = clock()
            fn()
            times.append(clock() - start)
        return times

    from journeymap.collector import cycle_collector_paused
    from journeymap.io.journey_format import document_to_data
    from journeymap.model.analysis import analyze, markov, stage_summary
    from journeymap.model.analysis.flow import build_chain

    def reach() -> markov.Solution:
        with cycle_collector_paused():  # as analyze() does
            chain = build_chain(doc)
            return markov.solve(chain.rows(), chain.entries)

    data = document_to_data(doc)
    solution = reach()
    floor = {"floor_json_s": timed(lambda: json.loads(json.dumps(data, ensure_ascii=False, indent=2)), repeat)}
    return {
        **(floor if with_floor else {}),
        "analysis_s": timed(lambda: analyze(doc), repeat),
        "reach_s": timed(reach, repeat),
        "stages_s": timed(lambda: stage_summary(doc), repeat),
        "largest_loop": [max(len(c) for c in solution.comps)],
    }


def local_loops_map(n_cards: int, seed: int = 11):
    """Ten stages of four steps; each card connects to the next few, and one in ten back a few cards."""
    import random

    from journeymap.model import Card, Connection, JourneyDocument, Lane, MapInfo, Stage, Step
    from journeymap.model.kinds import CHANNEL_LANE_KINDS

    rng = random.Random(seed)
    doc = JourneyDocument(MapInfo(title=f"Local loops {n_cards}"))
    for s in range(10):
        doc.add_stage(
            Stage(f"s{s}", f"Stage {s + 1}", steps=tuple(Step(f"st{s}-{k}", f"Step {k + 1}") for k in range(4)))
        )
    lanes = [Lane(f"l{i}", kind, kind) for i, kind in enumerate(CHANNEL_LANE_KINDS[:8])]
    for lane in lanes:
        doc.add_lane(lane)
    steps = [step.id for step in doc.steps()]
    cards = [
        Card(f"c{c}", steps[c * len(steps) // n_cards], rng.choice(lanes).id, f"Card {c}", emotion=rng.randint(-2, 2))
        for c in range(n_cards)
    ]
    doc.add_cards(cards)
    conns = []
    for e in range(n_cards * 3 // 2):
        source = rng.randrange(n_cards - 1)
        back = rng.random() < 0.1 and source > 8
        target = source - rng.randint(1, 8) if back else min(n_cards - 1, source + rng.randint(1, 12))
        share = float(rng.randint(5, 60)) if rng.random() < 0.3 else None
        conns.append(Connection(f"e{e}", f"c{source}", f"c{target}", "", share))
    doc.add_connections(conns)
    return doc


def _cpu_timed(fn, repeat: int) -> float:
    """The least processor time of ``repeat`` runs: a busy machine's other work is not counted."""
    best = math.inf
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def local_growth(repeat: int = 5) -> list[str]:
    """reach_s and stages_s over maps with local loops, beside floor_json_s of the same maps.

    Processor time, least of ``repeat`` runs; the growth exponents are against the number of
    connections. Pure Python slows a little as its data outgrows the processor's caches, so
    the floor (plain json, linear by construction) is measured beside them: a figure grows no
    worse than linear when its exponent is no more than the floor's (+ 0.1 for noise).
    """
    from journeymap.collector import cycle_collector_paused
    from journeymap.io.journey_format import document_to_data
    from journeymap.model.analysis import markov, stage_summary
    from journeymap.model.analysis.flow import build_chain

    found: dict[int, dict[str, float]] = {}
    for n in LOCAL_SIZES:
        doc = local_loops_map(n)
        data = document_to_data(doc)

        def reach(doc=doc):
            with cycle_collector_paused():
                chain = build_chain(doc)
                markov.solve(chain.rows(), chain.entries)

        found[n] = {
            "floor_json_s": _cpu_timed(
                lambda data=data: json.loads(json.dumps(data, ensure_ascii=False, indent=2)), repeat
            ),
            "reach_s": _cpu_timed(reach, repeat),
            "stages_s": _cpu_timed(lambda doc=doc: stage_summary(doc), repeat),
        }
    first, last = LOCAL_SIZES[0], LOCAL_SIZES[-1]

    def exponent(key: str) -> float:
        return math.log(found[last][key] / found[first][key]) / math.log(last / first)

    floor = exponent("floor_json_s")
    lines = []
    for key in ("floor_json_s", *GROWTH_FIGURES):
        figures = ", ".join(f"{n}: {found[n][key]:.4f} s" for n in LOCAL_SIZES)
        verdict = "" if key == "floor_json_s" else (" ok" if exponent(key) <= floor + 0.1 else " MISSED")
        lines.append(f"local loops {key} (cpu): {figures} -> exponent {exponent(key):.2f}{verdict}")
    return lines


def growth_lines(results: dict) -> list[str]:
    """Exponent of each growth figure against the connections, from the smallest to the largest size.

    From the least time of the runs at each size (the runs the machine's other work
    disturbed least: medians of three runs moved the exponent by 0.4 from one run to the
    next). The target is an exponent of at most 1. Linear code itself shows one above 1
    here (its data outgrows the processor's caches): the JSON floor of the same maps,
    measured the same way, is printed beside for scale.
    """
    sizes = [s for s in SIZES if s in results]
    if len(sizes) < 2:
        return []
    small, big = sizes[0], sizes[-1]
    ratio = SIZES[big][4] / SIZES[small][4]

    def growth(key: str) -> tuple[float, float] | None:
        if key not in results[small] or key not in results[big]:
            return None
        a, b = (results[size][key].get("least", results[size][key]["median"]) for size in (small, big))
        return b / a, math.log(b / a) / math.log(ratio)

    floor = growth("floor_json_s")
    lines = []
    for key in GROWTH_FIGURES:
        times, exponent = growth(key)
        verdict = "ok" if exponent <= 1.0 else "MISSED"
        lines.append(
            f"{key}: x{times:.1f} for x{ratio:.0f} connections ({small} -> {big}): exponent {exponent:.2f}"
            f" (target <= 1: linear) {verdict}"
        )
    if floor:
        times, exponent = floor
        lines.append(f"floor_json_s, linear code for scale: x{times:.1f} ({small} -> {big}): exponent {exponent:.2f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Journeymap analysis benchmark")
    parser.add_argument("--sizes", default="M", help="comma-separated sizes from S, M, L (default M)")
    parser.add_argument("--repeat", type=int, default=None)
    parser.add_argument("--local", action="store_true", help="also the growth over maps with local loops")
    parser.add_argument("--cpu", action="store_true", help="processor time instead of wall time (a busy machine)")
    args = parser.parse_args(argv)
    from bench.run import summarise

    results = {}
    for size in [s.strip().upper() for s in args.sizes.split(",") if s.strip()]:
        raw = analysis_figures(generate(size), args.repeat or REPEATS[size], cpu=args.cpu)
        results[size] = {key: summarise(values) for key, values in raw.items()}
        for key, value in results[size].items():
            print(f"{size} {key:14} median {value['median']:10.4f}   p95 {value['p95']:10.4f}", flush=True)
        ratio = results[size]["analysis_s"]["median"] / results[size]["floor_json_s"]["median"]
        print(f"{size} analysis_s = {ratio:.1f} x floor_json_s" + (" (target <= 10)" if size == "M" else ""))
    for line in growth_lines(results) + (local_growth() if args.local else []):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
