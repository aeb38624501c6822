"""Emotion by persona: one row of step averages per persona, under the Map sheet's chart.

A persona's curve counts the cards that name it and the cards that name nobody (a card
without personas speaks for every customer, as in ``model.queries.emotion_curve``). Only
curves that differ from the map's overall curve are shown: identical lines add nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ...model import Card, JourneyDocument, Persona
from . import styles
from .cells import chars_per_line, put, wrapped_line_count

PERSONA_ROW_HEIGHT = 20.0
NAME_MIN_LUMINANCE = 200.0  # a light tint of the persona's colour, calm beside the lanes


def average_by_step(cards: Iterable[Card]) -> dict[str, float]:
    """Average emotion score per step id over the scored cards given."""
    scores: dict[str, list[int]] = {}
    for card in cards:
        if card.emotion is not None:
            scores.setdefault(card.step, []).append(card.emotion)
    return {step: round(sum(values) / len(values), 2) for step, values in scores.items()}


def persona_curves(doc: JourneyDocument, overall: dict[str, float]) -> list[tuple[Persona, dict[str, float]]]:
    """Each persona whose step averages differ from ``overall``, with those averages."""
    cards = [card for card in doc.cards() if card.emotion is not None]
    curves = []
    for persona in doc.personas():
        mine = average_by_step(card for card in cards if not card.personas or persona.id in card.personas)
        if mine and mine != overall:
            curves.append((persona, mine))
    return curves


def write_persona_rows(
    ws: Worksheet,
    doc: JourneyDocument,
    curves: list[tuple[Persona, dict[str, float]]],
    *,
    first_row: int,
    first_column: int,
    palette: styles.Palette,
    words: dict[str, str],
) -> list[tuple[int, str, str]]:
    """Write a titled block of persona rows; returns (row, persona name, colour 'RRGGBB') for the chart."""
    if not curves:
        return []
    steps = doc.steps()
    per_line = chars_per_line(ws.column_dimensions["A"].width, indent=1)
    put(ws, first_row, 1, words["emotion_by_persona"], styles.CORNER)
    label_lines = wrapped_line_count(words["emotion_by_persona"], per_line)
    ws.row_dimensions[first_row].height = max(PERSONA_ROW_HEIGHT, label_lines * 13.0 + 5)
    written = []
    for offset, (persona, by_step) in enumerate(curves, start=1):
        row = first_row + offset
        color = styles.hex_to_argb(persona.color, "FF5B8DEF")
        put(ws, row, 1, persona.name, styles.LANE).fill = palette.fill(styles.readable_fill(color, NAME_MIN_LUMINANCE))
        for index, step in enumerate(steps):
            put(ws, row, first_column + index, by_step.get(step.id), styles.EMOTION)
        lines = wrapped_line_count(persona.name, per_line)
        ws.row_dimensions[row].height = max(PERSONA_ROW_HEIGHT, lines * 13.0 + 5)
        written.append((row, persona.name, color[2:]))
    last_column = get_column_letter(first_column + len(steps) - 1)
    area = f"{get_column_letter(first_column)}{first_row + 1}:{last_column}{first_row + len(curves)}"
    ws.conditional_formatting.add(area, styles.emotion_color_scale())
    return written
