"""The .journey format's name, version, limits and keys: what writing and reading share."""

from __future__ import annotations

FORMAT_NAME = "journeymap"
FORMAT_VERSION = 1

# Counts: far above any real workshop map, low enough that opening stays fast and small.
# A live workshop map has tens to a few hundred cards; a file at every limit still
# opens in about two seconds.
MAX_CARDS = 10_000
MAX_CONNECTIONS = 30_000
MAX_PARTS = 1_000  # personas, stages, steps (over all stages) and lanes, each
MAX_KPIS = 100  # KPIs on one card

KNOWN_KEYS = {
    "top": ("format", "version", "map", "personas", "stages", "lanes", "cards", "connections"),
    "map": ("title", "description", "language", "direction", "created", "modified"),
    "persona": ("id", "name", "description", "goals", "color"),
    "stage": ("id", "name", "description", "color", "steps"),
    "step": ("id", "name", "description", "width"),
    "lane": ("id", "name", "kind", "icon", "color", "height"),
    "card": (
        "id",
        "step",
        "lane",
        "kind",
        "title",
        "description",
        "emotion",
        "moment_of_truth",
        "owner",
        "kpis",
        "personas",
    ),
    "kpi": ("name", "value", "unit"),
    "connection": ("id", "from", "to", "label", "share", "personas"),
}
