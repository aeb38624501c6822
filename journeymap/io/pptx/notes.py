"""Speaker notes of a stage slide: what the facilitator says about the stage.

The stage's description, then its reach and lowest emotion (when known), then its
friction points, opportunities and moments of truth as lists, each line a paragraph
with its own direction.
"""

from __future__ import annotations

from ...i18n import arg
from ...model import Stage
from ..map_words import translate
from .figures import StageFigures
from .text import TextStyle, write_text

NOTES_STYLE = TextStyle(12.0, "000000")


def notes_lines(stage: Stage, figures: StageFigures) -> list[str]:
    lines: list[str] = []
    if stage.description.strip():
        lines += [stage.description.strip(), ""]
    if figures.reach is not None:
        lines.append(
            arg(translate("pptx", "Reach: %1% of customers arrive in this stage"), f"{figures.reach * 100:.0f}")
        )
    if figures.lowest is not None:
        score = figures.lowest.emotion
        text = arg(
            translate("pptx", "Lowest emotion: %1 at “%2”"),
            f"\u200e{score:+d}" if score else "0",  # a mark keeps the sign before the number in Hebrew
            figures.lowest.title.strip(),
        )
        lines.append(text)
    sections = (
        (translate("pptx", "Friction points:"), figures.friction),
        (translate("pptx", "Opportunities:"), figures.opportunities),
        (translate("pptx", "Moments of truth:"), figures.moments_of_truth),
    )
    for heading, cards in sections:
        if cards:
            if lines and lines[-1] != "":
                lines.append("")
            lines.append(heading)
            lines += [f"• {' '.join(card.title.split())}" for card in cards]
    crossings = (
        (translate("pptx", "Customers arrive from:"), figures.arrivals),
        (translate("pptx", "Customers go on to:"), figures.departures),
    )
    for heading, ends in crossings:
        if ends:
            if lines and lines[-1] != "":
                lines.append("")
            lines.append(heading)
            lines += [f"• {' '.join(card.title.split())} ({stage_name})" for card, stage_name in ends]
    if not lines:
        lines.append(translate("pptx", "Nothing noted for this stage yet."))
    return lines


def write_notes(slide, stage: Stage, figures: StageFigures, rtl: bool, language: str) -> None:
    frame = slide.notes_slide.notes_text_frame
    write_text(frame, "\n".join(notes_lines(stage, figures)), NOTES_STYLE, rtl, language)
