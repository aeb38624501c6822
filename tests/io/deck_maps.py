"""Maps the deck and page tests share: hostile titles, and the Hebrew template."""

from __future__ import annotations

from journeymap.io.templates import load_template
from tests.factories import small_map

ATTACKS = (
    "<script>alert(1)</script>",
    "She said \"quoted\" & 'single'",
    '=HYPERLINK("http://x")',
    "</script><img src=x onerror=alert(2)>",
)


def attack_map():
    """The small map with its first cards renamed to attack titles (and a control character)."""
    doc = small_map()
    ids = [card.id for card in doc.cards()]
    for card_id, title in zip(ids, ATTACKS, strict=False):
        doc.update_card(card_id, title=title)
    doc.update_card(ids[len(ATTACKS)], title="Bell\x07 and tab\there", description='A form feed\x0c <here> & "there"')
    doc.set_info(title="Attack <b>map</b> & co")
    return doc


def hebrew_map():
    return load_template("online-purchase-he")


def english_map():
    return load_template("online-purchase")
