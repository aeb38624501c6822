"""How many examples the property tests run, and a tally of what they fed in.

``JOURNEYMAP_FUZZ_SCALE`` multiplies every budget (default 1: the whole fuzz suite
stays well under a minute on two cores; 10 or more for a long hunt). The tally is
printed at the end of a test session that ran any fuzz test, so a run reports how
many inputs of each kind were tried (it appears in the summary; set
``JOURNEYMAP_FUZZ_REPORT`` to a file name to have it written there as JSON).
"""

from __future__ import annotations

import json
import os
from collections import Counter

from hypothesis import HealthCheck, settings

FUZZED: Counter[str] = Counter()  # inputs tried, by kind
OPENED: Counter[str] = Counter()  # of those, how many opened as a valid map (the rest gave one message)

# Every example must finish within the two seconds a user may wait for a file to open.
settings.register_profile(
    "ci",
    deadline=2000,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def examples(count: int) -> int:
    return max(1, int(count * float(os.environ.get("JOURNEYMAP_FUZZ_SCALE", "1"))))


def fuzz(count: int) -> settings:
    """The "ci" profile with a budget of ``count`` examples (times JOURNEYMAP_FUZZ_SCALE)."""
    return settings(settings.get_profile("ci"), max_examples=examples(count))


def report() -> str:
    width = max((len(k) for k in FUZZED), default=0)
    def opened(kind: str) -> str:
        return f"{OPENED[kind]:>7,}" if kind in OPENED else f"{'-':>7}"

    lines = [f"  {kind:<{width}}  {count:>7,}  {opened(kind)}" for kind, count in sorted(FUZZED.items())]
    lines.append(f"  {'total':<{width}}  {sum(FUZZED.values()):>7,}  {sum(OPENED.values()):>7,}")
    path = os.environ.get("JOURNEYMAP_FUZZ_REPORT")
    if path:
        with open(path, "w", encoding="utf-8") as handle:
            rows = {kind: {"tried": count, "opened": OPENED.get(kind)} for kind, count in sorted(FUZZED.items())}
            json.dump(rows, handle, indent=2)
    header = f"  {'inputs fuzzed':<{width}}  {'tried':>7}  {'opened':>7}  (the rest: one clear message each)"
    return "\n".join([header, *lines])
