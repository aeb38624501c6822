"""The keyboard walk-through of docs/shortcuts.md as data: a 20-card map typed into `blank`.

Each step is ("type", text) or ("keys", "Down Down Ctrl+Return"...). The test plays
it with key events only, sent to whichever widget has the keyboard focus, exactly
as a person at the keyboard would.
"""

from __future__ import annotations

WALKTHROUGH: list[tuple[str, str]] = [
    # Awareness: the focus starts in the Website lane of the first step
    ("type", "Reads a laptop review"), ("keys", "Return 4"),
    ("keys", "Down"), ("type", "Newsletter with a student offer"), ("keys", "Return"),
    ("keys", "Up Up"), ("type", "Which laptop suits my course?"), ("keys", "Return 3"),
    ("keys", "Up"), ("type", "Old laptop is too slow"), ("keys", "Return 2"),
    ("keys", "Up"), ("type", "Searches for reviews"), ("keys", "Return"),
    # Consideration
    ("keys", "Right"), ("type", "Compares three models"), ("keys", "Ctrl+Return"),
    ("type", "Reads user ratings"), ("keys", "Return"),
    ("keys", "Down Down"), ("type", "Is there a student discount?"), ("keys", "Return"),
    ("keys", "Down"), ("type", "Compares prices"), ("keys", "Return 4 M"),
    ("keys", "Down Down"), ("type", "Calls to ask about delivery"), ("keys", "Return 2"),
    # Purchase
    ("keys", "Right"), ("type", "Orders by phone"), ("keys", "Return 5"),
    ("keys", "Up Up"), ("type", "Checks out online"), ("keys", "Return 1"),
    ("keys", "Down Down Down"), ("type", "Payment page fails"), ("keys", "Return"),
    # Retention (one card typed and thrown away with Escape)
    ("keys", "Right Down"), ("type", "Wrong idea"), ("keys", "Escape"),
    ("type", "Send setup tips"), ("keys", "Return"),
    ("keys", "Up Up"), ("type", "Calls support"), ("keys", "Return 2"),
    ("keys", "Up"), ("type", "Receives a setup guide"), ("keys", "Return 4"),
    # Advocacy
    ("keys", "Right"), ("type", "Gets a review request"), ("keys", "Return 3"),
    ("keys", "Up"), ("type", "Writes a review"), ("keys", "Return 5 M"),
    # Quick add
    ("keys", "Ctrl+K"), ("type", "Retention / Website: Registers the warranty"), ("keys", "Return"),
    ("keys", "Ctrl+K"), ("type", "Advocacy / Actions: Tells a friend"), ("keys", "Return"),
    # Connections: one by keys (C, pick, Enter), one by quick add
    ("keys", "Escape Left Left Left Down Down Down Tab C Right Return"),
    ("keys", "Ctrl+K"), ("type", "Checks out -> Payment page fails"), ("keys", "Return"),
]

# (stage, lane, title, emotion, moment of truth) of every card the walk-through leaves, in timeline order
EXPECTED_CARDS = [
    ("Awareness", "Actions", "Searches for reviews", None, False),
    ("Awareness", "Motivations", "Old laptop is too slow", -1, False),
    ("Awareness", "Questions", "Which laptop suits my course?", 0, False),
    ("Awareness", "Website", "Reads a laptop review", 1, False),
    ("Awareness", "Email", "Newsletter with a student offer", None, False),
    ("Consideration", "Actions", "Compares three models", None, False),
    ("Consideration", "Actions", "Reads user ratings", None, False),
    ("Consideration", "Questions", "Is there a student discount?", None, False),
    ("Consideration", "Website", "Compares prices", 1, True),
    ("Consideration", "Phone call", "Calls to ask about delivery", -1, False),
    ("Purchase", "Website", "Checks out online", -2, False),
    ("Purchase", "Phone call", "Orders by phone", 2, False),
    ("Purchase", "Friction", "Payment page fails", None, False),
    ("Retention", "Website", "Registers the warranty", None, False),
    ("Retention", "Email", "Receives a setup guide", 1, False),
    ("Retention", "Phone call", "Calls support", -1, False),
    ("Retention", "Opportunities", "Send setup tips", None, False),
    ("Advocacy", "Actions", "Tells a friend", None, False),
    ("Advocacy", "Website", "Writes a review", 2, True),
    ("Advocacy", "Email", "Gets a review request", 0, False),
]

EXPECTED_CONNECTIONS = [
    ("Compares prices", "Checks out online"),
    ("Checks out online", "Payment page fails"),
]
