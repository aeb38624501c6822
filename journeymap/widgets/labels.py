"""Translated names of the model's fixed vocabularies, for menus, palette and inspector.

The model keeps English labels for files and exports; the interface shows these,
so a Hebrew interface can name every lane and card kind in the field's own words.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "kinds"

_LANE_KIND_NAMES = {
    "website": QT_TRANSLATE_NOOP("kinds", "Website"),
    "email": QT_TRANSLATE_NOOP("kinds", "Email"),
    "social": QT_TRANSLATE_NOOP("kinds", "Social media"),
    "phone": QT_TRANSLATE_NOOP("kinds", "Phone call"),
    "chatbot": QT_TRANSLATE_NOOP("kinds", "Chatbot"),
    "store": QT_TRANSLATE_NOOP("kinds", "Store / branch"),
    "app": QT_TRANSLATE_NOOP("kinds", "Mobile app"),
    "ads": QT_TRANSLATE_NOOP("kinds", "Paid ads"),
    "loyalty": QT_TRANSLATE_NOOP("kinds", "Loyalty programme"),
    "custom": QT_TRANSLATE_NOOP("kinds", "Other channel"),
    "actions": QT_TRANSLATE_NOOP("kinds", "Actions"),
    "motivations": QT_TRANSLATE_NOOP("kinds", "Motivations"),
    "questions": QT_TRANSLATE_NOOP("kinds", "Questions"),
    "friction": QT_TRANSLATE_NOOP("kinds", "Friction"),
    "opportunities": QT_TRANSLATE_NOOP("kinds", "Opportunities"),
    "notes": QT_TRANSLATE_NOOP("kinds", "Notes"),
    "emotion": QT_TRANSLATE_NOOP("kinds", "Emotion"),
}

_CARD_KIND_NAMES = {
    "touchpoint": QT_TRANSLATE_NOOP("kinds", "Touchpoint"),
    "action": QT_TRANSLATE_NOOP("kinds", "Action"),
    "motivation": QT_TRANSLATE_NOOP("kinds", "Motivation"),
    "question": QT_TRANSLATE_NOOP("kinds", "Question"),
    "friction": QT_TRANSLATE_NOOP("kinds", "Friction"),
    "opportunity": QT_TRANSLATE_NOOP("kinds", "Opportunity"),
    "note": QT_TRANSLATE_NOOP("kinds", "Note"),
}

_EMOTION_NAMES = {
    -2: QT_TRANSLATE_NOOP("kinds", "−2  very negative"),
    -1: QT_TRANSLATE_NOOP("kinds", "−1  negative"),
    0: QT_TRANSLATE_NOOP("kinds", "0  neutral"),
    1: QT_TRANSLATE_NOOP("kinds", "+1  positive"),
    2: QT_TRANSLATE_NOOP("kinds", "+2  very positive"),
}


def lane_kind_name(kind: str) -> str:
    return QCoreApplication.translate(_CONTEXT, _LANE_KIND_NAMES.get(kind, kind))


def card_kind_name(kind: str) -> str:
    return QCoreApplication.translate(_CONTEXT, _CARD_KIND_NAMES.get(kind, kind))


def emotion_name(score: int) -> str:
    return QCoreApplication.translate(_CONTEXT, _EMOTION_NAMES[score])
