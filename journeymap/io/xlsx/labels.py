"""The workbook's own words (sheet names, headers, notes) in the map's language.

A workbook is read by the map's audience, so its words follow the map's language
(``doc.info.language``), not the language of the editor that made it. Table names
(``CardsTable``...) and the id columns never change with the language: they are what
an import matches on.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "sheet.map": "Map",
    "sheet.cards": "Cards",
    "sheet.connections": "Connections",
    "sheet.personas": "Personas",
    "sheet.about": "About",
    "stage": "Stage",
    "step": "Step",
    "lane": "Lane",
    "id": "Id",
    "kind": "Kind",
    "title": "Title",
    "description": "Description",
    "emotion": "Emotion",
    "moment_of_truth": "Moment of truth",
    "owner": "Owner",
    "kpis": "KPIs",
    "personas": "Personas",
    "from_id": "From id",
    "from": "From",
    "to_id": "To id",
    "to": "To",
    "label": "Label",
    "share": "Share %",
    "name": "Name",
    "goals": "Goals",
    "colour": "Colour",
    "yes": "Yes",
    "no": "No",
    "untitled": "(untitled)",
    "chart.title": "Emotion curve",
    "all_customers": "All customers",
    "emotion_by_persona": "Emotion by persona",
    "check.emotion": "A whole number from -2 (very negative) to +2 (very positive), or empty.",
    "check.yes_no": "Choose one from the list.",
    "kind.touchpoint": "Touchpoint",
    "kind.action": "Action",
    "kind.motivation": "Motivation",
    "kind.question": "Question",
    "kind.friction": "Friction",
    "kind.opportunity": "Opportunity",
    "kind.note": "Note",
    "about.map_title": "Map title",
    "about.exported": "Exported",
    "about.app_version": "Journeymap version",
    "about.format_version": "File format version",
    "about.language": "Language",
    "about.direction": "Direction",
    "about.rtl": "right-to-left",
    "about.ltr": "left-to-right",
    "about.stages": "Stages",
    "about.steps": "Steps",
    "about.lanes": "Lanes",
    "about.cards": "Cards",
    "about.connections": "Connections",
    "about.personas": "Personas",
    "about.sheets": "Sheets",
    "guide.map": "The journey as a grid: stages and steps across, lanes down, the cards of each cell one per line "
    "(\u2605 marks a moment of truth, the number in brackets the emotion score). "
    "The emotion row averages the scores of each step; the chart under the grid draws that curve.",
    "guide.cards": "Every card on one row, with its id, place, text, emotion, owner, KPIs and personas. "
    "Filter and sort freely.",
    "guide.connections": "How customers move from card to card: from, to, label and the share of customers taking it.",
    "guide.personas": "The kinds of customers this map describes.",
    "about.sending_back": "Sending it back",
    "note.editable": "Edit the Cards, Connections and Personas sheets: those are what Journeymap reads back "
    "(File \u2192 Import from Excel\u2026). The Map sheet is for reading: a cell holds several cards, so edits "
    "there are not imported. Keep the Id column as it is; a new row without an id becomes a new card.",
    "check.share": "A number from 0 to 100, or empty.",
}

HEBREW: dict[str, str] = {
    "sheet.map": "מפה",
    "sheet.cards": "כרטיסים",
    "sheet.connections": "חיבורים",
    "sheet.personas": "פרסונות",
    "sheet.about": "אודות",
    "stage": "שלב",
    "step": "צעד",
    "lane": "נתיב",
    "id": "מזהה",
    "kind": "סוג",
    "title": "כותרת",
    "description": "תיאור",
    "emotion": "רגש",
    "moment_of_truth": "רגע האמת",
    "owner": "מחלקה",
    "kpis": "מדדים",
    "personas": "פרסונות",
    "from_id": "מזהה מקור",
    "from": "מקור",
    "to_id": "מזהה יעד",
    "to": "יעד",
    "label": "תווית",
    "share": "% מהלקוחות",
    "name": "שם",
    "goals": "מטרות",
    "colour": "צבע",
    "yes": "כן",
    "no": "לא",
    "untitled": "(ללא כותרת)",
    "chart.title": "עקומת הרגש",
    "all_customers": "כל הלקוחות",
    "emotion_by_persona": "רגש לפי פרסונה",
    "check.emotion": "מספר שלם בין מינוס 2 (שלילי מאוד) לפלוס 2 (חיובי מאוד), או תא ריק.",
    "check.yes_no": "בחרו אחת מהאפשרויות ברשימה.",
    "kind.touchpoint": "נקודת מגע",
    "kind.action": "פעולה",
    "kind.motivation": "מוטיבציה",
    "kind.question": "שאלה",
    "kind.friction": "נקודת חיכוך",
    "kind.opportunity": "הזדמנות",
    "kind.note": "הערה",
    "about.map_title": "שם המפה",
    "about.exported": "תאריך ייצוא",
    "about.app_version": "גרסת Journeymap",
    "about.format_version": "גרסת תבנית הקובץ",
    "about.language": "שפה",
    "about.direction": "כיוון",
    "about.rtl": "מימין לשמאל",
    "about.ltr": "משמאל לימין",
    "about.stages": "שלבים",
    "about.steps": "צעדים",
    "about.lanes": "נתיבים",
    "about.cards": "כרטיסים",
    "about.connections": "חיבורים",
    "about.personas": "פרסונות",
    "about.sheets": "גיליונות",
    "guide.map": "המסע כטבלה: שלבים וצעדים לרוחב, נתיבים לאורך, וכל כרטיס של התא בשורה משלו "
    "(\u2605 מסמן רגע אמת, והמספר בסוגריים הוא ציון הרגש). "
    "שורת הרגש מציגה את ממוצע הציונים בכל צעד, והתרשים שמתחת לטבלה משרטט את העקומה.",
    "guide.cards": "כל כרטיס בשורה משלו, עם המזהה, המיקום, הטקסט, הרגש, המחלקה, המדדים והפרסונות. "
    "אפשר לסנן ולמיין בחופשיות.",
    "guide.connections": "איך לקוחות עוברים מכרטיס לכרטיס: מקור, יעד, תווית ואחוז הלקוחות שעוברים כך.",
    "guide.personas": "סוגי הלקוחות שהמפה מתארת.",
    "about.sending_back": "החזרת הקובץ",
    "note.editable": "ערכו את הגיליונות כרטיסים, חיבורים ופרסונות: אותם Journeymap קורא בחזרה "
    "(קובץ \u2190 ייבוא מ-Excel\u2026). גיליון המפה נועד לקריאה בלבד: בכל תא יש כמה כרטיסים, ולכן שינויים "
    "בו אינם מיובאים. אל תשנו את עמודת המזהה; שורה חדשה בלי מזהה תהפוך לכרטיס חדש.",
    "check.share": "מספר בין 0 ל-100, או תא ריק.",
}

_BY_LANGUAGE = {"en": ENGLISH, "he": HEBREW, "iw": HEBREW}


def labels_for(language: str) -> dict[str, str]:
    """The words for a map in ``language`` ('he', 'he-IL', 'en'...); English when we have no others."""
    base = (language or "en").split("-")[0].split("_")[0].lower()
    return _BY_LANGUAGE.get(base, ENGLISH)
