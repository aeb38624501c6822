"""The map <-> Y.Doc schema: a seeded Doc reads back as the same map, with every kind of value."""

from __future__ import annotations

from hypothesis import given, settings
from pycrdt import Doc, Map

from journeymap.live.order_keys import is_key, key_between, keys_between, reorder
from journeymap.live.schema import ROOTS, read_document, read_flat, seed
from journeymap.model import Card
from tests.factories import small_map
from tests.fuzz_budget import examples
from tests.strategies import journey_maps


def test_seed_reads_back_as_the_same_map():
    doc = small_map()
    ydoc, _ = seed(doc, "room-1")
    assert read_document(ydoc) == doc
    assert set(ydoc.keys()) >= set(ROOTS)
    assert ydoc.get("meta", type=Map)["room"] == "room-1"


def test_seeding_twice_gives_the_same_bytes():
    """A room rebuilt from the same file has the same history (client id 0)."""
    assert seed(small_map(), "r")[0].get_update() == seed(small_map(), "r")[0].get_update()


def test_numbers_come_back_as_whole_numbers():
    doc = small_map()
    doc.update_card("web-ad", emotion=-2)
    ydoc, _ = seed(doc, "r")
    guest = Doc()
    guest.apply_update(ydoc.get_update())
    fields = read_flat(guest)["cards"]["web-ad"]
    assert fields["emotion"] == -2 and type(fields["emotion"]) is int
    assert read_document(guest).card("web-ad").emotion == -2


def test_huge_whole_numbers_in_unknown_fields_survive():
    doc = small_map()
    card = doc.card("web-ad")
    doc.replace_cards([Card(**{**card.__dict__, "extra": {"x-big": 10**20, "x-list": [2**60, 1.5]}})])
    ydoc, _ = seed(doc, "r")
    assert read_document(ydoc).card("web-ad").extra == {"x-big": 10**20, "x-list": [2**60, 1.5]}


@settings(max_examples=examples(60), deadline=None)
@given(journey_maps())
def test_any_map_survives_the_doc(doc):
    ydoc, _ = seed(doc, "r")
    guest = Doc()
    guest.apply_update(ydoc.get_update())
    assert read_document(guest).snapshot() == doc.snapshot()


def test_order_keys_sort_between_their_bounds():
    keys = keys_between(None, None, 50)
    assert keys == sorted(keys) and len(set(keys)) == 50 and all(is_key(k) for k in keys)
    assert "a" < key_between("a", "b") < "b"
    assert "a" < key_between("a", "a1") < "a1"
    assert key_between("zz", None) > "zz"
    assert key_between(None, "1") < "1"


def test_a_move_writes_one_key():
    old = dict(zip("abcde", keys_between(None, None, 5), strict=True))
    changes = reorder(list("eabcd"), old)
    assert list(changes) == ["e"] and changes["e"] < old["a"]
    assert reorder(list("abcde"), old) == {}


def test_a_field_left_with_no_value_reads_the_same_on_every_peer():
    """Undo against a concurrent write can delete every value of a field: readers fill in the same one."""
    ydoc, _ = seed(small_map(), "r")
    with ydoc.transaction():
        del ydoc.get("cards", type=Map)["web-ad"]["title"]
        del ydoc.get("stages", type=Map)["s-buy"]["name"]
        del ydoc.get("lanes", type=Map)["l-act"]["kind"]
    doc = read_document(ydoc)
    assert doc.card("web-ad").title == "" and doc.stage("s-buy").name == ""
    assert doc.lane("l-act").kind == "notes" and doc.has_card("act-search")
