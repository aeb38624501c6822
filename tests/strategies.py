"""Hypothesis strategies for valid journey maps: any shape the editor can make and a file can hold.

Text mixes Hebrew, emoji, quotes, markup characters and newlines, because those are
what break writers; numbers stay finite and inside the format's ranges; unknown
("extra") values are plain JSON a newer version might have written.
"""

from __future__ import annotations

from hypothesis import strategies as st

from journeymap.model import Card, Connection, JourneyDocument, Kpi, Lane, MapInfo, Persona, Stage, Step
from journeymap.model.kinds import EMOTION_LANE_KIND, LANE_KINDS

CARD_LANE_KINDS = tuple(kind for kind in LANE_KINDS if kind != EMOTION_LANE_KIND)
_SPECIAL = "שלום מסע לקוח הרשמה ל-30 יום 😀🚀👍🏽 \"'<>&;\\/\n\t\u200f\u200e{}[]:,"

texts = st.text(alphabet=st.sampled_from(_SPECIAL), max_size=24) | st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12
)
short_texts = st.text(alphabet=st.sampled_from("abcאבג 😀\"<&"), max_size=8)
id_suffix = st.text(alphabet="ABCxyz019_.:-", max_size=6)
colors = st.integers(0, 0xFFFFFF).map(lambda n: f"#{n:06X}") | st.integers(0, 0xFFFFFF).map(lambda n: f"#{n:06x}")
finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15)
numbers = st.one_of(st.integers(-(10**15), 10**15), finite)
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(-(10**30), 10**30), finite, short_texts)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(short_texts, inner, max_size=3)),
    max_leaves=6,
)
extras = st.one_of(
    st.just({}),
    st.dictionaries(short_texts.map(lambda key: "x-" + key), json_values, max_size=2),
)
# On every card and connection a full random value costs too much generation time;
# a few fixed shapes still prove that extras survive on each kind of part.
widths = st.none() | st.integers(40, 5000) | st.floats(40, 5000)
heights = st.none() | st.integers(20, 5000) | st.floats(20, 5000)
emotions = st.none() | st.integers(-2, 2)
indexes = st.none() | st.integers(0, 3)
shares = st.none() | st.floats(0, 100) | st.integers(0, 100)
lane_colors = st.just("") | colors
kpi_lists = st.lists(st.builds(Kpi, texts, numbers, short_texts), max_size=3)
goal_lists = st.lists(texts, max_size=2)
part_extras = st.sampled_from([{}, {}, {}, {"x-sticker": "⭐"}, {"x-n": [1, 2.5, {"a": None, "b": [True]}]}])


@st.composite
def journey_maps(draw, max_cards: int = 12, max_connections: int = 16) -> JourneyDocument:
    """A valid map: personas, stages with steps, lanes (at most one emotion lane), cards and connections."""
    counter = iter(range(1_000_000))

    def new_id(prefix: str) -> str:
        return f"{prefix}{next(counter)}{draw(id_suffix)}"

    doc = JourneyDocument(
        MapInfo(
            title=draw(texts),
            description=draw(texts),
            language=draw(st.sampled_from(["en", "he", "ar", ""])),
            direction=draw(st.sampled_from(["ltr", "rtl"])),
            created=draw(st.sampled_from(["", "2026-01-02T03:04:05Z"])),
            modified=draw(st.sampled_from(["", "2026-01-02T03:04:05Z"])),
            extra=draw(extras),
        )
    )
    doc.extra = draw(extras)
    for _ in range(draw(st.integers(0, 3))):
        doc.add_persona(
            Persona(
                new_id("p"),
                draw(texts),
                draw(texts),
                tuple(draw(goal_lists)),
                draw(colors),
                draw(part_extras),
            )
        )
    for _ in range(draw(st.integers(1, 3))):
        steps = tuple(
            Step(new_id("st"), draw(texts), draw(texts), draw(widths))
            for _ in range(draw(st.integers(1, 3)))
        )
        doc.add_stage(Stage(new_id("s"), draw(texts), draw(texts), draw(colors), steps, draw(part_extras)))
    kinds = draw(st.lists(st.sampled_from(CARD_LANE_KINDS), min_size=1, max_size=5))
    if draw(st.booleans()):
        kinds.insert(draw(st.integers(0, len(kinds))), EMOTION_LANE_KIND)
    for kind in kinds:
        icon, color, height = draw(short_texts), draw(lane_colors), draw(heights)
        lane = Lane(new_id("l"), draw(texts), kind, icon, color, height, draw(part_extras))
        doc.add_lane(lane)
    persona_ids = [p.id for p in doc.personas()]
    some_personas = st.lists(st.sampled_from(persona_ids), unique=True) if persona_ids else st.just([])
    steps = st.sampled_from([s.id for s in doc.steps()])
    lanes = st.sampled_from([lane.id for lane in doc.lanes() if lane.kind != EMOTION_LANE_KIND])
    for _ in range(draw(st.integers(0, max_cards))):
        card = Card(
            new_id("c"),
            draw(steps),
            draw(lanes),
            title=draw(texts),
            description=draw(texts),
            emotion=draw(emotions),
            moment_of_truth=draw(st.booleans()),
            owner=draw(texts),
            kpis=tuple(draw(kpi_lists)),
            personas=tuple(draw(some_personas)),
            extra=draw(part_extras),
        )
        doc.add_card(card, draw(indexes))
    if doc.card_count():
        card_ids = st.sampled_from([c.id for c in doc.cards()])
        for _ in range(draw(st.integers(0, max_connections))):
            doc.add_connection(
                Connection(
                    new_id("e"),
                    draw(card_ids),  # loops and parallel edges are allowed
                    draw(card_ids),
                    draw(texts),
                    draw(shares),
                    tuple(draw(some_personas)),
                    draw(part_extras),
                )
            )
    return doc
