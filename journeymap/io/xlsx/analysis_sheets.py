"""The Paths and Stages sheets: the analysis of the map (docs/analysis.md), the same figures
as ``journeymap analyze`` and the Analysis panel, as Excel Tables a manager can sort.

Shares are numbers formatted as percentages, emotion scores numbers, so they filter and
chart like any other column; ids come first, as on the other sheets.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ...model import JourneyDocument
from ...model.analysis import Analysis, analyze
from . import styles
from .cells import put
from .tables import Column, write_table

ANALYSIS_SHEET_KEYS = ("paths", "stages")
TABLE_NAMES = ("PathsTable", "StagesTable")
PATHS_LISTED = 50

ENGLISH: dict[str, str] = {
    "sheet.paths": "Paths",
    "sheet.stages": "Stages",
    "rank": "#",
    "path_share": "Share of customers",
    "path": "Path",
    "path_ids": "Card ids",
    "channels": "Channels",
    "switches": "Channel switches",
    "emotion_start": "Emotion at the start",
    "emotion_lowest": "Lowest emotion",
    "emotion_end": "Emotion at the end",
    "moments": "Moments of truth",
    "friction_points": "Friction points",
    "stage_id": "Stage id",
    "stage_name": "Stage",
    "reach": "Reach",
    "emotion_avg": "Average emotion",
    "emotion_min": "Lowest emotion",
    "friction": "Friction points",
    "opportunities": "Opportunities",
    "moments_count": "Moments of truth",
    "touchpoints": "Touchpoints per channel",
    "owners": "Owners",
    "more_paths": "And %1 more paths: %2 of customers (including those who go round a loop more than once).",
    "more_paths_at_least": "And at least %1 more paths: %2 of customers (including those who go round a loop "
    "more than once).",
    "more_loops": "%1 of customers go round a loop more often than these paths show.",
    "no_connections": "The map has no connections: no paths to list. Connect cards to see how customers move.",
    "failed": "The analysis of this map could not be made (%1); the other sheets are complete.",
}

HEBREW: dict[str, str] = {
    "sheet.paths": "נתיבים",
    "sheet.stages": "שלבים",
    "rank": "#",
    "path_share": "אחוז מהלקוחות",
    "path": "נתיב",
    "path_ids": "מזהי כרטיסים",
    "channels": "ערוצים",
    "switches": "מעברי ערוץ",
    "emotion_start": "רגש בהתחלה",
    "emotion_lowest": "שפל הרגש",
    "emotion_end": "רגש בסוף",
    "moments": "רגעי אמת",
    "friction_points": "נקודות חיכוך",
    "stage_id": "מזהה שלב",
    "stage_name": "שלב",
    "reach": "הגעה",
    "emotion_avg": "רגש ממוצע",
    "emotion_min": "שפל הרגש",
    "friction": "נקודות חיכוך",
    "opportunities": "הזדמנויות",
    "moments_count": "רגעי אמת",
    "touchpoints": "נקודות מגע לפי ערוץ",
    "owners": "מחלקות",
    "more_paths": "ועוד %1 נתיבים: %2 מהלקוחות (כולל מי שמקיפים לולאה יותר מפעם אחת).",
    "more_paths_at_least": "ועוד לפחות %1 נתיבים: %2 מהלקוחות (כולל מי שמקיפים לולאה יותר מפעם אחת).",
    "more_loops": "%1 מהלקוחות מקיפים לולאה יותר פעמים ממה שהנתיבים האלה מראים.",
    "no_connections": "במפה אין חיבורים, ולכן אין נתיבים להציג. חברו כרטיסים כדי לראות איך הלקוחות עוברים.",
    "failed": "לא ניתן היה לנתח את המפה (%1); שאר הגיליונות שלמים.",
}

PATH_COLUMNS = (
    Column("rank", 5, 6, number=styles.NUMBER),
    Column("path_share", 11, 20, number=styles.SHARE),
    Column("path", 40, 90, wrap=True),
    Column("path_ids", 16, 40, wrap=True),
    Column("channels", 16, 40, wrap=True),
    Column("switches", 10, 18, number=styles.NUMBER),
    Column("emotion_start", 10, 22, number=styles.SCORE),
    Column("emotion_lowest", 10, 18, number=styles.SCORE),
    Column("emotion_end", 10, 20, number=styles.SCORE),
    Column("moments", 16, 40, wrap=True),
    Column("friction_points", 10, 16, number=styles.NUMBER),
)

STAGE_COLUMNS = (
    Column("stage_id", 10, 24),
    Column("stage_name", 14, 30, wrap=True),
    Column("reach", 9, 12, number=styles.SHARE),
    Column("emotion_avg", 10, 18, number=styles.AVERAGE_SCORE),
    Column("emotion_min", 10, 18, number=styles.SCORE),
    Column("friction", 10, 16, number=styles.NUMBER),
    Column("opportunities", 10, 16, number=styles.NUMBER),
    Column("moments_count", 10, 19, number=styles.NUMBER),
    Column("touchpoints", 20, 50, wrap=True),
    Column("owners", 16, 40, wrap=True),
)


def analysis_words(words: dict[str, str], language: str) -> dict[str, str]:
    """The workbook's words with this module's added, in the map's language."""
    base = (language or "en").split("-")[0].split("_")[0].lower()
    return {**words, **(HEBREW if base in ("he", "iw") else ENGLISH)}


def _title(doc, card_id: str, words) -> str:
    title = doc.card(card_id).title.strip().splitlines()
    return title[0] if title else words["untitled"]


def path_rows(doc: JourneyDocument, result: Analysis, words: dict[str, str]) -> list[list]:
    rtl = doc.info.direction == "rtl"
    arrow = " ← " if rtl else " → "
    lanes = {lane.id: lane.name for lane in doc.lanes()}
    rows = []
    for rank, path in enumerate(result.paths, start=1):
        emotion = path.emotion
        rows.append(
            [
                rank,
                path.share,
                arrow.join(_title(doc, c, words) for c in path.cards),
                " > ".join(path.cards),
                arrow.join(lanes.get(lane, lane) for lane in path.channel_lanes),
                path.switches,
                emotion.start if emotion else None,
                emotion.lowest if emotion else None,
                emotion.end if emotion else None,
                "\n".join(_title(doc, c, words) for c in path.moments_of_truth),
                len(path.friction),
            ]
        )
    return rows


def stage_rows(doc: JourneyDocument, result: Analysis) -> list[list]:
    lanes = {lane.id: lane.name for lane in doc.lanes()}
    return [
        [
            s.id,
            s.name,
            s.reach,
            s.emotion_avg,
            s.emotion_min,
            s.friction,
            s.opportunities,
            s.moments_of_truth,
            "\n".join(f"{lanes.get(lane, lane)}: {count}" for lane, count in s.touchpoints.items()),
            "\n".join(s.owners),
        ]
        for s in result.stages
    ]


def write_paths_sheet(ws: Worksheet, doc: JourneyDocument, result: Analysis, words: dict[str, str]) -> None:
    count = write_table(ws, TABLE_NAMES[0], PATH_COLUMNS, words, path_rows(doc, result, words))
    note = _more_note(doc, result, words)
    if note:
        put(ws, max(2, count + 1) + 2, 3, note, styles.BODY_WRAP)


def _more_note(doc, result: Analysis, words) -> str:
    if not doc.connection_count():
        return words["no_connections"]
    more = result.more_paths
    share = f"{more.share * 100:.1f}".removesuffix(".0") + "%"
    if more.count:  # "at least" in words: a "202+" would show as "+202" in a right-to-left sheet
        text = words["more_paths"] if more.exact else words["more_paths_at_least"]
        return text.replace("%1", str(more.count)).replace("%2", share)
    return words["more_loops"].replace("%1", share) if more.share > 0.0005 else ""


def write_stages_sheet(ws: Worksheet, doc: JourneyDocument, result: Analysis, words: dict[str, str]) -> None:
    write_table(ws, TABLE_NAMES[1], STAGE_COLUMNS, words, stage_rows(doc, result))


def write_analysis_sheets(workbook: Workbook, doc: JourneyDocument, words: dict[str, str]) -> None:
    """Add the Paths and Stages sheets (at the end: the caller moves About after them)."""
    words = analysis_words(words, doc.info.language)
    paths_ws = workbook.create_sheet(words["sheet.paths"])
    stages_ws = workbook.create_sheet(words["sheet.stages"])
    try:
        result = analyze(doc, top=PATHS_LISTED)
    except Exception as exc:  # the map's own sheets matter more: they are still written
        put(paths_ws, 1, 1, words["failed"].replace("%1", f"{exc.__class__.__name__}: {exc}"), styles.BODY_WRAP)
        return
    write_paths_sheet(paths_ws, doc, result, words)
    write_stages_sheet(stages_ws, doc, result, words)
