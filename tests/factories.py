"""Small maps built in code, for tests that need a known shape."""

from __future__ import annotations

from journeymap.model import Card, Connection, JourneyDocument, Lane, MapInfo, Persona, Stage, Step


def small_map() -> JourneyDocument:
    """Three stages (2+1+1 steps), a website, phone, actions and emotion lane, a branch and a loop.

    web-ad -> web-compare -> (web-buy | phone-ask) ; phone-ask -> web-compare (loop back)
    web-buy -> phone-support (last stage) ; act-search is an unconnected action.
    """
    doc = JourneyDocument(MapInfo(title="Small", language="en", direction="ltr"))
    doc.add_persona(Persona("p-anna", "Anna", color="#E15759"))
    doc.add_persona(Persona("p-ben", "Ben", color="#4E79A7"))
    doc.add_stage(Stage("s-aware", "Awareness", steps=(Step("st-a1", "See ad"), Step("st-a2", "Compare"))))
    doc.add_stage(Stage("s-buy", "Purchase", steps=(Step("st-b1", "Buy"),)))
    doc.add_stage(Stage("s-keep", "Retention", steps=(Step("st-k1", "Support"),)))
    doc.add_lane(Lane("l-act", "Actions", "actions"))
    doc.add_lane(Lane("l-web", "Website", "website"))
    doc.add_lane(Lane("l-phone", "Phone", "phone"))
    doc.add_lane(Lane("l-emo", "Emotion", "emotion"))
    doc.add_card(Card("act-search", "st-a1", "l-act", "Searches for a laptop"))
    doc.add_card(Card("web-ad", "st-a1", "l-web", "Sees an ad", emotion=1))
    doc.add_card(Card("web-compare", "st-a2", "l-web", "Compares prices", emotion=0, personas=("p-anna",)))
    doc.add_card(Card("phone-ask", "st-a2", "l-phone", "Calls to ask", emotion=-1, personas=("p-ben",)))
    doc.add_card(Card("web-buy", "st-b1", "l-web", "Buys", emotion=2, moment_of_truth=True))
    doc.add_card(Card("phone-support", "st-k1", "l-phone", "Support call", emotion=-2))
    doc.add_connection(Connection("e1", "web-ad", "web-compare"))
    doc.add_connection(Connection("e2", "web-compare", "web-buy", "online", 70.0, ("p-anna",)))
    doc.add_connection(Connection("e3", "web-compare", "phone-ask", "has questions", 30.0, ("p-ben",)))
    doc.add_connection(Connection("e4", "phone-ask", "web-compare", "back to compare"))
    doc.add_connection(Connection("e5", "web-buy", "phone-support"))
    return doc


def lane_grid(title: str, steps: tuple[str, ...], lanes: tuple[str, ...], direction: str = "ltr") -> JourneyDocument:
    """One stage of ``steps`` and website ``lanes``, no cards: each routing test puts its own in."""
    doc = JourneyDocument(MapInfo(title=title, direction=direction))
    doc.add_stage(Stage("s", "Stage", steps=tuple(Step(step, step.upper()) for step in steps)))
    for lane in lanes:
        doc.add_lane(Lane(lane, lane.title(), "website"))
    return doc


def put_card(doc: JourneyDocument, card_id: str, step: str, lane: str) -> None:
    """A card titled by its id, at the end of its cell."""
    doc.add_card(Card(card_id, step, lane, card_id))


def fixed_height_layout(doc: JourneyDocument):
    """The layout with every card its least height: routing tests place cards, not text."""
    from journeymap.editor import style
    from journeymap.editor.layout import compute_layout

    return compute_layout(doc, lambda card, width: style.CARD_MIN_HEIGHT)
