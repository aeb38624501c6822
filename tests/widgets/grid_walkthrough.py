"""The grid built with keys only (docs/shortcuts.md, second walk-through), as data.

Played on the `blank` template, whose focus starts in the Website lane of the first step.
"""

from __future__ import annotations

GRID_WALKTHROUGH: list[tuple[str, str]] = [
    ("keys", "Ctrl+Shift+F2 Ctrl+A"), ("type", "Buying a laptop"), ("keys", "Return"),
    ("keys", "Shift+F2 Ctrl+A"), ("type", "Discover"), ("keys", "Return"),
    ("keys", "F2 Ctrl+A"), ("type", "Sees an ad"), ("keys", "Return"),
    ("keys", "Ctrl+Alt+Right F2 Ctrl+A"), ("type", "Reads reviews"), ("keys", "Return"),
    ("keys", "Ctrl+Alt+Down Down Down Down Down Return"),  # the fourth channel of the list
    ("keys", "Ctrl+Shift+Up"),
    ("keys", "Ctrl+Alt+S Shift+F2 Ctrl+A"), ("type", "Onboarding"), ("keys", "Return"),
    ("keys", "Ctrl+Alt+Right F2 Ctrl+A"), ("type", "Unboxes"), ("keys", "Return"),
    ("keys", "Ctrl+Shift+Left"),  # Unboxes goes first in its stage
    ("keys", "Ctrl+Alt+Right Ctrl+Delete"),  # a step added by mistake goes again: no cards, no question
]
