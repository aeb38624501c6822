"""Random concurrent edits on two or three peers, some of them offline for a while, converge.

Every peer ends with the same map, equal to the Doc's content, and that map passes the
file checks of a .journey file (the host saves it).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.model import Card, Connection, Lane, ModelError, Persona, Stage, Step
from tests.factories import small_map
from tests.fuzz_budget import examples

from .peers import Peer, exchange, file_round_trip


def _cards(doc):
    return [c.id for c in doc.cards()]


def _steps(doc):
    return [s.id for s in doc.steps()]


def _lanes(doc):
    return [lane.id for lane in doc.lanes() if lane.kind != "emotion"]


def _personas(doc):
    return [p.id for p in doc.personas()]


# Each edit: (what it needs to be possible, what it does); ``pick`` draws one of a list.
EDITS = {
    "add": (lambda d: _steps(d) and _lanes(d), lambda d, pick, n: d.add_card(
        Card(f"c{n}", pick(_steps(d)), pick(_lanes(d)), f"new {n}"), pick([None, 0, 1, 3]))),
    "title": (_cards, lambda d, pick, n: d.update_card(pick(_cards(d)), title=pick(["a", "b", "שלום", ""]))),
    "emotion": (_cards, lambda d, pick, n: d.update_card(pick(_cards(d)), emotion=pick([None, -2, 0, 2]))),
    "move": (_cards, lambda d, pick, n: d.move_cards(
        [(pick(_cards(d)), pick(_steps(d)), pick(_lanes(d)), pick([None, 0, 1, 3]))])),
    "remove": (_cards, lambda d, pick, n: d.remove_cards([pick(_cards(d))])),
    "connect": (_cards, lambda d, pick, n: d.add_connection(Connection(f"e{n}", pick(_cards(d)), pick(_cards(d))))),
    "unconnect": (lambda d: d.connections(), lambda d, pick, n: d.remove_connections(
        [pick([c.id for c in d.connections()])])),
    "step": (lambda d: True, lambda d, pick, n: d.add_step(pick([s.id for s in d.stages()]), Step(f"st{n}", "s"), 0)),
    "unstep": (lambda d: len(_steps(d)) > 1, lambda d, pick, n: d.remove_step(pick(_steps(d)))),
    "stage": (lambda d: True, lambda d, pick, n: d.add_stage(Stage(f"s{n}", "new", steps=(Step(f"st{n}x", "x"),)), 0)),
    "lane": (lambda d: True, lambda d, pick, n: d.add_lane(Lane(f"l{n}", f"lane {n}", "email"), pick([0, 2, 4]))),
    "persona": (lambda d: True, lambda d, pick, n: d.add_persona(Persona(f"p{n}", f"persona {n}"))),
    "unpersona": (_personas, lambda d, pick, n: d.remove_persona(pick(_personas(d)))),
    "tag": (lambda d: _cards(d) and _personas(d), lambda d, pick, n: d.update_card(
        pick(_cards(d)), personas=(pick(_personas(d)),))),
    "info": (lambda d: True, lambda d, pick, n: d.set_info(
        title=pick(["Workshop", "סדנה"]), direction=pick(["ltr", "rtl"]))),
}


def _edit(doc, data, n: int) -> None:
    """One random edit, as a command would make it; a refused edit changes nothing."""
    possible, edit = EDITS[data.draw(st.sampled_from(sorted(EDITS)))]
    if possible(doc):
        try:
            edit(doc, lambda values: data.draw(st.sampled_from(values)), n)
        except ModelError:
            pass


@settings(max_examples=examples(40), deadline=None)
@given(st.data(), st.integers(2, 3))
def test_concurrent_edits_converge(data, peer_count):
    host = Peer.host(small_map())
    peers = [host] + [Peer.guest(host) for _ in range(peer_count - 1)]
    for n in range(data.draw(st.integers(1, 14))):
        peer = data.draw(st.sampled_from(peers))
        action = data.draw(st.sampled_from(["edit", "edit", "edit", "sync", "offline"]))
        if action == "edit":
            _edit(peer.document, data, n)
            peer.push()
        elif action == "sync":
            exchange(peers)
        else:
            peer.online = not peer.online
    for peer in peers:
        peer.online = True
    exchange(peers)
    exchange(peers)
    first = peers[0].document
    for peer in peers:
        assert peer.document.snapshot() == first.snapshot()
    assert file_round_trip(first).snapshot() == first.snapshot()


def test_concurrent_move_of_the_same_card_leaves_one_copy():
    host = Peer.host(small_map())
    guest = Peer.guest(host)
    host.document.move_cards([("web-ad", "st-b1", "l-web", 0)])
    guest.document.move_cards([("web-ad", "st-k1", "l-phone", 0)])
    host.push()
    guest.push()
    exchange([host, guest])
    assert host.document.snapshot() == guest.document.snapshot()
    assert [c.id for c in host.document.cards()].count("web-ad") == 1


def test_a_delete_wins_over_a_concurrent_edit():
    host = Peer.host(small_map())
    guest = Peer.guest(host)
    host.document.remove_cards(["web-ad"])
    guest.document.update_card("web-ad", title="edited")
    host.push()
    guest.push()
    exchange([host, guest])
    assert not host.document.has_card("web-ad") and not guest.document.has_card("web-ad")


def test_edits_of_different_fields_of_one_card_both_survive():
    host = Peer.host(small_map())
    guest = Peer.guest(host)
    host.document.update_card("web-ad", title="host title")
    guest.document.update_card("web-ad", emotion=-2)
    host.push()
    guest.push()
    exchange([host, guest])
    for peer in (host, guest):
        assert peer.document.card("web-ad").title == "host title"
        assert peer.document.card("web-ad").emotion == -2
