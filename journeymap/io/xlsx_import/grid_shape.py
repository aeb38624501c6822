"""A journey kept as a grid (the Nielsen Norman Group's template): stages across, lanes down.

Row one names the stages (merged across their steps, or repeated), the next row the steps
(when its first cell says so or is empty), the first column the lanes; each cell holds
cards one per line. A row named Emotion, Feelings or רגש is the emotion lane: its numbers
score the cards of their step.
"""

from __future__ import annotations

import re

from ...model import Card
from ...model.kinds import EMOTION_LANE_KIND
from ...model.names import normalise
from . import values as read
from .map_builder import MapBuilder
from .messages import QT_TRANSLATE_NOOP, msg
from .spreadsheet import SheetRows
from .values import BadValue

STEP_WORDS = {"step", "steps", "moment", "moments", "צעד", "צעדים", "שלבי משנה"}
STAGE_WORDS = {"stage", "stages", "phase", "phases", "שלב", "שלבים"}
_BULLET = re.compile(r"^\s*(?:[•·▪◦\-*–]|\d+[.)])\s+")
_SCORE = re.compile(r"\s*\([\u200e\u200f]?([+\-\u2212]?\d)\)\s*$")  # a right-to-left sheet marks the sign
STAR = "\u2605"


def _filled(row: tuple) -> list[int]:
    return [i for i, v in enumerate(row) if i > 0 and v not in (None, "") and str(v).strip()]


def looks_like_grid(sheet: SheetRows) -> bool:
    start = _stage_row(sheet.rows)
    if start is None:
        return False
    lanes = [row for row in sheet.rows[start + 1:] if row and row[0] not in (None, "")]
    return len(lanes) >= 1


def _stage_row(rows: list[tuple]) -> int | None:
    """The first row naming at least two columns (a title row above it is skipped)."""
    for index, row in enumerate(rows[:10]):
        if len(_filled(row)) >= 2 or (_filled(row) and normalise(str(row[0] or "")) in STAGE_WORDS):
            return index
    return None


def read_grid(sheet: SheetRows, builder: MapBuilder) -> None:
    rows = sheet.rows
    start = _stage_row(rows)
    stage_row = rows[start]
    width = 1 + max((max(_filled(row), default=0) for row in rows[start:]), default=0)  # the last column used
    next_row = rows[start + 1] if start + 1 < len(rows) else ()
    first = normalise(str(next_row[0] or "")) if next_row else ""
    has_steps = bool(next_row) and (first in STEP_WORDS or (not first and _filled(next_row)))
    stages: list[str | None] = []
    current = None
    for column in range(1, width):
        value = stage_row[column] if column < len(stage_row) else None
        if value not in (None, "") and str(value).strip():
            current = read.text(value)
        elif has_steps and (column >= len(next_row) or next_row[column] in (None, "")):
            current = None  # neither a stage nor a step: an empty column, not more of the stage before
        stages.append(current)
    step_ids: dict[int, str] = {}
    for column, stage in enumerate(stages, start=1):
        if stage is None:
            continue
        step = read.text(next_row[column]) if has_steps and column < len(next_row) else ""
        step_ids[column] = builder.step(stage, step or stage)
    _lanes(rows[start + (2 if has_steps else 1):], start + (3 if has_steps else 2), step_ids, builder, sheet.title)


def _lanes(rows, first_number: int, step_ids: dict[int, str], builder: MapBuilder, title: str) -> None:
    lane_id = None
    scores: dict[str, int] = {}
    for number, row in enumerate(rows, start=first_number):
        if lane_id is not None and all(value in (None, "") for value in row):
            break  # the grid ends at its first empty row (a table or chart may follow)
        name = read.text(row[0]) if row else ""
        if name:
            lane_id = builder.lane(name)
        if lane_id is None:
            continue
        if builder.doc.lane(lane_id).kind == EMOTION_LANE_KIND:
            _scores(row, number, step_ids, builder, scores)
            continue
        for column, step_id in step_ids.items():
            value = row[column] if column < len(row) else None
            for line in read.text(value).split("\n"):
                _card(line, number, step_id, lane_id, builder)
    _score_cards(builder, scores)


def _card(line: str, row: int, step_id: str, lane_id: str, builder: MapBuilder) -> None:
    text = _BULLET.sub("", line).strip()
    if not text:
        return
    moment = text.startswith(STAR)
    text = text.lstrip(STAR).strip()
    emotion = None
    found = _SCORE.search(text)
    if found:  # "Compares prices (+1)": the score as the Map sheet writes it
        emotion = int(found.group(1).replace("\u2212", "-"))
        text = text[: found.start()].strip()
    builder.card(row, Card(builder.doc.new_id("card"), step_id, lane_id, text, emotion=emotion,
                           moment_of_truth=moment), sheet="grid")


def _scores(row, number, step_ids, builder, scores) -> None:
    for column, step_id in step_ids.items():
        value = row[column] if column < len(row) else None
        if value in (None, ""):
            continue
        try:
            score = read.emotion(round(value) if isinstance(value, float) else value)
        except BadValue as exc:
            builder.error("grid", number, str(column + 1), value, exc.expected)
            continue
        if score is not None:
            scores[step_id] = score


def _score_cards(builder: MapBuilder, scores: dict[str, int]) -> None:
    """Each step's score goes to its cards that have none of their own."""
    doc = builder.doc
    for step_id, score in scores.items():
        cards = [card for card in doc.cards() if card.step == step_id]
        if not cards:
            builder.preview.warnings.append(msg(QT_TRANSLATE_NOOP(
                "ExcelImport", "The emotion score of step “%1” has no card to carry it."), doc.step(step_id).name))
        for card in cards:
            if card.emotion is None:
                doc.update_card(card.id, emotion=score)
                for item in builder.preview.added:
                    if item.id == card.id:
                        item.item = doc.card(card.id)
