"""The fixed vocabularies of a journey map: lane kinds, card kinds and how they relate.

Kept as plain strings (not enums) because they are written to files as-is and a
file must stay readable and diffable by people.
"""

from __future__ import annotations

# Lanes that hold touchpoints, one per channel the customer meets the organisation in.
CHANNEL_LANE_KINDS: tuple[str, ...] = (
    "website",
    "email",
    "social",
    "phone",
    "chatbot",
    "store",
    "app",
    "ads",
    "loyalty",
    "custom",
)

# Lanes that describe the customer rather than the organisation's channels.
ANNOTATION_LANE_KINDS: tuple[str, ...] = (
    "actions",
    "motivations",
    "questions",
    "friction",
    "opportunities",
    "notes",
)

EMOTION_LANE_KIND = "emotion"

LANE_KINDS: tuple[str, ...] = CHANNEL_LANE_KINDS + ANNOTATION_LANE_KINDS + (EMOTION_LANE_KIND,)

CARD_KINDS: tuple[str, ...] = (
    "touchpoint",
    "action",
    "motivation",
    "question",
    "friction",
    "opportunity",
    "note",
)

_ANNOTATION_CARD_KIND = {
    "actions": "action",
    "motivations": "motivation",
    "questions": "question",
    "friction": "friction",
    "opportunities": "opportunity",
    "notes": "note",
}

# Human names, used for default lane names and in exports' legends.
LANE_KIND_LABELS: dict[str, str] = {
    "website": "Website",
    "email": "Email",
    "social": "Social media",
    "phone": "Phone call",
    "chatbot": "Chatbot",
    "store": "Store / branch",
    "app": "Mobile app",
    "ads": "Paid ads",
    "loyalty": "Loyalty programme",
    "custom": "Channel",
    "actions": "Actions",
    "motivations": "Motivations",
    "questions": "Questions",
    "friction": "Friction",
    "opportunities": "Opportunities",
    "notes": "Notes",
    "emotion": "Emotion",
}

CARD_KIND_LABELS: dict[str, str] = {
    "touchpoint": "Touchpoint",
    "action": "Action",
    "motivation": "Motivation",
    "question": "Question",
    "friction": "Friction",
    "opportunity": "Opportunity",
    "note": "Note",
}

# Default colours: calm, print-friendly pastels that keep dark text readable.
LANE_KIND_COLORS: dict[str, str] = {
    "website": "#8EC5FF",
    "email": "#A7D8DE",
    "social": "#C5B4F0",
    "phone": "#9FD8B0",
    "chatbot": "#B8E0F6",
    "store": "#F6C99B",
    "app": "#A9C8F2",
    "ads": "#F4B5C8",
    "loyalty": "#E6D28A",
    "custom": "#C9D3DD",
    "actions": "#FFF1A8",
    "motivations": "#D8F0C0",
    "questions": "#CFE3FF",
    "friction": "#FFC2B8",
    "opportunities": "#BFEBD9",
    "notes": "#EDEDED",
    "emotion": "#F7F7F7",
}

CARD_KIND_COLORS: dict[str, str] = {
    "touchpoint": "#8EC5FF",
    "action": "#FFF1A8",
    "motivation": "#D8F0C0",
    "question": "#CFE3FF",
    "friction": "#FFC2B8",
    "opportunity": "#BFEBD9",
    "note": "#EDEDED",
}

EMOTION_MIN = -2
EMOTION_MAX = 2

DIRECTIONS: tuple[str, ...] = ("ltr", "rtl")


def lane_category(lane_kind: str) -> str:
    """'channel', 'annotation' or 'emotion': how the editor and exports treat a lane."""
    if lane_kind in CHANNEL_LANE_KINDS:
        return "channel"
    if lane_kind in ANNOTATION_LANE_KINDS:
        return "annotation"
    if lane_kind == EMOTION_LANE_KIND:
        return "emotion"
    raise ValueError(f"unknown lane kind {lane_kind!r}")


def card_kind_for_lane(lane_kind: str) -> str | None:
    """The kind a card takes in a lane of this kind; None for the emotion lane, which holds no cards."""
    if lane_kind in CHANNEL_LANE_KINDS:
        return "touchpoint"
    if lane_kind == EMOTION_LANE_KIND:
        return None
    return _ANNOTATION_CARD_KIND[lane_kind]


def lane_kind_for_card(card_kind: str) -> str:
    """The annotation lane kind a card kind belongs in ('website' for touchpoints)."""
    for lane_kind, kind in _ANNOTATION_CARD_KIND.items():
        if kind == card_kind:
            return lane_kind
    if card_kind == "touchpoint":
        return "website"
    raise ValueError(f"unknown card kind {card_kind!r}")
