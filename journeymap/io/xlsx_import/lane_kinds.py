"""A lane's kind from its name, in English or Hebrew: "Pain points" is friction, "אתר" a website."""

from __future__ import annotations

from ...model.names import normalise

# Looked for as words or word beginnings in the lane's name; the first kind that matches wins.
KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("emotion", ("emotion", "feeling", "mood", "sentiment", "רגש", "תחוש")),
    ("friction", ("pain", "friction", "frustrat", "obstacle", "challenge", "problem", "חיכוך", "כאב", "תסכול", "קושי",
                  "בעי")),
    ("opportunities", ("opportunit", "idea", "improvement", "gap", "הזדמנו", "פער", "שיפור", "רעיונ")),
    ("questions", ("question", "שאל")),
    ("motivations", ("motivation", "goal", "need", "thought", "thinking", "mindset", "expectation", "מוטיבצי",
                     "מחשב", "צרכ", "ציפי", "מטר")),
    ("actions", ("action", "doing", "activit", "step the customer", "פעול", "עשי")),
    ("notes", ("note", "comment", "הער")),
    ("chatbot", ("chatbot", "chat", "bot", "live chat", "whatsapp", "צ'אט", "צאט", "בוט")),
    ("email", ("email", "e-mail", "mail", "newsletter", "מייל", "דוא\"ל", "דואל", "דואר", "ניוזלטר")),
    ("social", ("social", "facebook", "instagram", "linkedin", "twitter", "tiktok", "רשתות", "חברתי", "פייסבוק")),
    ("phone", ("phone", "call", "telephone", "contact cent", "טלפון", "שיח", "מוקד")),
    ("store", ("store", "shop", "branch", "retail", "סניף", "חנות", "חנוי")),
    ("app", ("app", "mobile", "אפליקצי", "נייד")),
    ("ads", ("ads", "advert", "paid", "banner", "campaign", "פרסו", "מודע", "קמפיין")),
    ("loyalty", ("loyalty", "club", "reward", "מועדון", "נאמנות")),
    ("website", ("website", "web", "site", "online", "portal", "אתר", "אינטרנט", "פורטל")),
)


def lane_kind_for_name(name: str) -> str:
    """The kind a lane of this name has; an unknown name is a channel of its own ('custom')."""
    words = normalise(name).replace("/", " ").replace("-", " ").split()
    text = " ".join(words)
    for kind, stems in KIND_WORDS:
        for stem in stems:
            if " " in stem and stem in text:
                return kind
            if any(_fits(word, stem) for word in words):
                return kind
    return "custom"


def _fits(word: str, stem: str) -> bool:
    """A short English stem is a whole word ("app", "apps", not "apply"); longer ones and Hebrew roots begin words."""
    if stem.isascii() and len(stem) <= 4:
        return word in (stem, stem + "s")
    return word.startswith(stem) or (not stem.isascii() and word[1:].startswith(stem) and word[0] in "הוב")
