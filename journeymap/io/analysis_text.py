"""The analysis in words: percentages, card names and warnings, in the interface's language.

Shared by ``journeymap analyze`` and the Analysis panel so both say the same thing.
"""

from __future__ import annotations

from ..i18n import arg, current_language, is_rtl_language, translate
from ..model import JourneyDocument
from ..model.analysis import AnalysisWarning, MorePaths, PathInfo


def percent(value: float | None) -> str:
    """0.7 -> '70%', 0.2149 -> '21.5%', 0.0004 -> '<0.1%', None -> '–'."""
    if value is None:
        return "–"
    if value <= 0:
        return arg(translate("analysis", "%1%"), "0")
    if value < 0.0005:
        return arg(translate("analysis", "<%1%"), "0.1")
    shown = f"{value * 100:.1f}".removesuffix(".0")
    return arg(translate("analysis", "%1%"), shown)


def per_hundred(value: float | None) -> str:
    """Expected moves per entering customer as moves per 100 customers: 1.094 -> '109.4'."""
    return "∞" if value is None else f"{value * 100:.1f}".removesuffix(".0")


def visits_text(value: float | None) -> str:
    """Expected arrivals per customer: '1.43', or '∞' inside a loop nobody leaves."""
    return "∞" if value is None else f"{value:.2f}"


def score_text(value: float | None) -> str:
    if value is None:
        return "–"
    text = f"{value:+.1f}".removesuffix(".0") if isinstance(value, float) else f"{value:+d}"
    if text in ("+0", "-0"):
        return "0"
    text = text.replace("-", "−")
    # in a right-to-left interface the left-to-right mark keeps the sign in front of the number
    return "\u200e" + text if is_rtl_language(current_language()) else text


def card_name(doc: JourneyDocument, card_id: str) -> str:
    if not doc.has_card(card_id):
        return card_id
    title = doc.card(card_id).title.strip().splitlines()
    return title[0] if title else translate("analysis", "(untitled card)")


def arrow() -> str:
    """Between the steps of a path: " → ", or " ← " where the text reads right to left."""
    return translate("analysis", " → ")


def path_cards(doc: JourneyDocument, path: PathInfo) -> str:
    return arrow().join(card_name(doc, c) for c in path.cards)


def path_details(doc: JourneyDocument, path: PathInfo) -> str:
    """Channels, switches, emotion and moments of truth of one path, in one line."""
    parts = []
    lanes = {lane.id: lane.name for lane in doc.lanes()}
    if path.channel_lanes:
        parts.append(arrow().join(lanes.get(lane, lane) for lane in path.channel_lanes))
    switches = path.switches
    parts.append(translate("analysis", "%n channel switch(es)", None, switches))
    if path.emotion is not None:
        e = path.emotion
        text = translate("analysis", "emotion %1, lowest %2, at the end %3")
        parts.append(arg(text, score_text(e.start), score_text(e.lowest), score_text(e.end)))
    if path.moments_of_truth:
        names = ", ".join(card_name(doc, c) for c in path.moments_of_truth)
        parts.append(arg(translate("analysis", "moments of truth: %1"), names))
    friction = len(path.friction)
    if friction:
        parts.append(translate("analysis", "%n friction point(s)", None, friction))
    return translate("analysis", "; ").join(parts)


def entries_text(doc: JourneyDocument, entries: dict[str, float], most: int = 5) -> str:
    """The entry cards with their shares: the first ``most``, then how many more."""
    shown = [f"{card_name(doc, c)} {percent(s)}" for c, s in list(entries.items())[:most]]
    text = translate("analysis", ", ").join(shown)
    rest = len(entries) - len(shown)
    if rest > 0:
        text = arg(translate("analysis", "%1 and %n more", None, rest), text)
    return text


def more_text(more: MorePaths) -> str:
    """'and 12 more paths (9%)'; on a map with loops the count is what the bounded search found."""
    if more.count == 0 and more.share <= 0.0005:
        return ""
    if more.count == 0:
        text = translate("analysis", "%1 of customers go round a loop more often than these paths show")
        return arg(text, percent(more.share))
    count = more.count
    if more.exact:
        text = translate("analysis", "and %n more path(s), %1 of customers", None, count)
    else:
        text = translate("analysis", "and at least %n more path(s), %1 of customers", None, count)
    return arg(text, percent(more.share))


def warning_text(doc: JourneyDocument, warning: AnalysisWarning) -> str:
    name = card_name(doc, warning.card) if warning.card else ""
    shown = f"{warning.percent:g}"
    if warning.kind == "unknown_get_nothing":
        text = translate(
            "analysis", "at “%1” the shares given already add up to %2%; connections without a share get none"
        )
        return arg(text, name, shown)
    if warning.kind == "shares_over_100":
        return arg(translate("analysis", "at “%1” the shares add up to %2%; they are scaled down to 100%"), name, shown)
    if warning.kind == "no_entry":
        return translate(
            "analysis", "no entry card: every connected card has a connection arriving; choose an entry card"
        )
    if warning.kind == "closed_loop":
        size = len(warning.cards)
        text = translate(
            "analysis",
            "customers who reach “%1” go round a loop of %n card(s) for ever: set a share in it below 100%",
            None,
            size,
        )
        return arg(text, name)
    return warning.kind
