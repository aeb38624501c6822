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
8,000 cards whose loops stay local, as customers' loops do (``--local``). Linear growth is
what ten M maps side by side cost, measured in the same run (``reference_figures``): plain
Python slows as its data outgrows the processor's caches, so an exponent of 1 is below what
any code reading every card shows here. The JSON floor's exponent is printed for scale.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import SIZES, generate, side_by_side  # noqa: E402

REPEATS = {"S": 7, "M": 7, "L": 5}
LOCAL_SIZES = (1_000, 2_000, 4_000, 8_000)
GROWTH_FIGURES = ("reach_s", "stages_s")
GROWTH_NOISE = 0.12  # back-to-back runs of the same code differ by about this share of their time


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
    """reach_s and stages_s over maps with local loops, beside the smallest side by side with itself.

    Processor time, least of ``repeat`` runs; the growth exponents are against the number of
    connections. A figure grows no worse than linear when the largest map takes no longer
    than the smallest side by side with as many copies of itself (seeds of their own) as the
    largest is bigger, plus GROWTH_NOISE (``reference_figures`` says why).
    """
    from journeymap.collector import cycle_collector_paused
    from journeymap.io.journey_format import document_to_data
    from journeymap.model.analysis import markov, stage_summary
    from journeymap.model.analysis.flow import build_chain

    first, last = LOCAL_SIZES[0], LOCAL_SIZES[-1]
    copies = last // first
    maps = {n: local_loops_map(n) for n in LOCAL_SIZES}
    maps["side by side"] = side_by_side([local_loops_map(first, seed=11 + k) for k in range(copies)])
    found: dict = {}
    for n, doc in maps.items():
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

    def exponent(key: str, n=last) -> float:
        return math.log(found[n][key] / found[first][key]) / math.log(last / first)

    lines = []
    for key in ("floor_json_s", *GROWTH_FIGURES):
        figures = ", ".join(f"{n}: {found[n][key]:.4f} s" for n in LOCAL_SIZES)
        line = f"local loops {key} (cpu): {figures} -> exponent {exponent(key):.2f}"
        if key != "floor_json_s":
            against = found[last][key] / found["side by side"][key]  # the same number of connections
            verdict = "ok" if against <= 1 + GROWTH_NOISE else "MISSED"
            line += (
                f"; {copies} x {first} side by side: exponent {exponent(key, 'side by side'):.2f};"
                f" {last} takes {against:.2f} x their time (target <= {1 + GROWTH_NOISE:.2f}) {verdict}"
            )
        lines.append(line)
    return lines


def reference_figures(small: str, big: str, repeat: int, cpu: bool = False) -> dict:
    """``reach_s`` and ``stages_s`` of the map ``small`` as many times side by side as ``big``
    has its connections over: linear growth's cost from ``small`` to ``big`` on this machine.

    Plain Python slows as its data outgrows the processor's caches (a pass that fills a dict
    per card takes 13 to 19 times as long for ten times the cards here), so an exponent of
    1 is out of reach for any code that reads every card. Ten maps side by side are exactly
    ten times the work of one, and they outgrow the caches as the big map does.
    """
    copies = round(SIZES[big][4] / SIZES[small][4])
    doc = side_by_side([generate(small, seed=7 + n) for n in range(copies)])
    raw = analysis_figures(doc, repeat, with_floor=False, cpu=cpu)
    return {
        "copies": copies,
        "connections": doc.connection_count(),
        **{key: min(raw[key]) for key in GROWTH_FIGURES},
    }


def reference_for(results: dict, repeat: int | None = None, cpu: bool = False) -> dict | None:
    """reference_figures() from the smallest to the largest size in ``results`` (None with one size)."""
    sizes = [s for s in SIZES if s in results]
    if len(sizes) < 2:
        return None
    return reference_figures(sizes[0], sizes[-1], repeat or REPEATS[sizes[-1]], cpu=cpu)


def growth_lines(results: dict, reference: dict | None = None) -> list[str]:
    """Exponent of each growth figure against the connections, from the smallest to the largest size.

    From the least time of the runs at each size (the runs the machine's other work
    disturbed least: medians of three runs moved the exponent by 0.4 from one run to the
    next). Target: no worse than linear, that is the big map's time at most that of the small
    map side by side with copies of itself (``reference``, above), scaled to the same number
    of connections, plus GROWTH_NOISE. The JSON floor's exponent is printed beside for scale.
    """
    sizes = [s for s in SIZES if s in results]
    if len(sizes) < 2:
        return []
    small, big = sizes[0], sizes[-1]
    ratio = SIZES[big][4] / SIZES[small][4]

    def least(size: str, key: str) -> float:
        return results[size][key].get("least", results[size][key]["median"])

    lines = []
    for key in GROWTH_FIGURES:
        if key not in results[small] or key not in results[big]:
            continue
        times = least(big, key) / least(small, key)
        exponent = math.log(times) / math.log(ratio)
        line = f"{key}: x{times:.1f} for x{ratio:.0f} connections ({small} -> {big}): exponent {exponent:.2f}"
        if reference:
            copies = reference["connections"] / SIZES[small][4]
            linear = math.log(reference[key] / least(small, key)) / math.log(copies)
            against = least(big, key) / (reference[key] * SIZES[big][4] / reference["connections"])
            verdict = "ok" if against <= 1 + GROWTH_NOISE else "MISSED"
            line += (
                f"; {reference['copies']} x {small} side by side: x{reference[key] / least(small, key):.1f},"
                f" exponent {linear:.2f}; {big} takes {against:.2f} x their time"
                f" (target <= {1 + GROWTH_NOISE:.2f}: linear) {verdict}"
            )
        lines.append(line)
    if "floor_json_s" in results[small] and "floor_json_s" in results[big]:
        times = least(big, "floor_json_s") / least(small, "floor_json_s")
        lines.append(
            f"floor_json_s, linear C code for scale: x{times:.1f} ({small} -> {big}):"
            f" exponent {math.log(times) / math.log(ratio):.2f}"
        )
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
    reference = reference_for(results, args.repeat, cpu=args.cpu)
    for line in growth_lines(results, reference) + (local_growth() if args.local else []):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
