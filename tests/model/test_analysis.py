"""The analysis on small maps worked out by hand: branches, loops, unknown shares, entries, personas."""

from __future__ import annotations

import pytest

from journeymap.model import Card, ModelError
from journeymap.model.analysis import analyze, stage_summary, to_json
from tests.factories import small_map
from tests.model.analysis_maps import chain_map


def ended(result) -> float:
    return sum(result.exits.values()) + sum(d.share for d in result.drop_offs if not d.dead_end)


def test_a_branch_splits_by_its_shares_and_the_rest_drops_out():
    doc = chain_map(["a", "b", "c"], [("a", "b", 60), ("a", "c", 30)])
    result = analyze(doc)
    assert result.reach == pytest.approx({"a": 1.0, "b": 0.6, "c": 0.3})
    assert [(d.card, round(d.share, 12)) for d in result.drop_offs] == [("b", 0.6), ("a", 0.1)]
    assert [d.dead_end for d in result.drop_offs] == [True, False]
    assert [(p.cards, round(p.share, 12)) for p in result.paths] == [
        (("a", "b"), 0.6),
        (("a", "c"), 0.3),
        (("a",), 0.1),
    ]
    assert result.dead_ends == ["b"]  # c is in the last stage: the journey ends as it should
    assert ended(result) == pytest.approx(1.0, abs=1e-9)


def test_unknown_shares_split_what_the_known_ones_leave():
    doc = chain_map(["a", "b", "c", "d"], [("a", "b", 40), ("a", "c"), ("a", "d")])
    result = analyze(doc)
    assert result.reach["c"] == pytest.approx(0.3) and result.reach["d"] == pytest.approx(0.3)
    assert not result.warnings


def test_unknown_shares_get_nothing_when_the_known_ones_take_everything():
    doc = chain_map(["a", "b", "c"], [("a", "b", 100), ("a", "c")])
    result = analyze(doc)
    assert result.reach["c"] == 0.0
    assert [(w.kind, w.card, w.percent) for w in result.warnings] == [("unknown_get_nothing", "a", 100.0)]


def test_known_shares_above_100_are_scaled_down_with_a_warning():
    doc = chain_map(["a", "b", "c"], [("a", "b", 90), ("a", "c", 60)])
    result = analyze(doc)
    assert result.reach["b"] == pytest.approx(0.6) and result.reach["c"] == pytest.approx(0.4)
    assert [(w.kind, w.percent) for w in result.warnings] == [("shares_over_100", 150.0)]


def test_a_loop_is_solved_exactly():
    # the small map: 30 % of those comparing call to ask, and all of them come back to compare
    result = analyze(small_map())
    assert result.visits["web-compare"] == pytest.approx(1 / 0.7)
    assert result.visits["phone-ask"] == pytest.approx(0.3 / 0.7)
    assert result.reach["phone-ask"] == pytest.approx(0.3)  # reach counts a card once, visits every time
    assert result.reach["phone-support"] == pytest.approx(1.0)
    assert [(lp.cards, round(lp.share, 12)) for lp in result.loops] == [(("web-compare", "phone-ask"), 0.3)]
    shares = [round(p.share, 12) for p in result.paths]
    assert shares == [0.7, 0.21]  # going round once; going round twice would repeat a connection
    assert result.more_paths.share == pytest.approx(1 - 0.91)
    assert ended(result) == pytest.approx(1.0, abs=1e-9)


def test_a_leaky_loop_and_its_reach():
    # a -> b; b -> c 50 %, b -> a 30 % (20 % drop at b); a goes on to b only
    doc = chain_map(["a", "b", "c"], [("a", "b"), ("b", "c", 50), ("b", "a", 30)])
    result = analyze(doc, entry="a")
    # visits of a: 1 + 0.3·visits(a) -> 1/0.7
    assert result.visits["a"] == pytest.approx(1 / 0.7)
    assert result.visits["c"] == pytest.approx(0.5 / 0.7)
    assert result.reach["c"] == pytest.approx(0.5 / 0.7)
    drops = {d.card: d.share for d in result.drop_offs}
    assert drops["b"] == pytest.approx(0.2 / 0.7)
    assert ended(result) == pytest.approx(1.0, abs=1e-9)


def test_a_loop_that_leaks_only_rounding_is_a_loop_nobody_leaves():
    doc = chain_map(["s", "a", "b"], [("s", "a"), ("a", "a", 100.0), ("a", "b", 1e-300), ("b", "b", 1e-10)])
    result = analyze(doc)  # 100 % + 1e-300 % scaled down keeps exactly 1.0 on the loop
    assert result.trapped == pytest.approx(1.0)
    assert result.visits["a"] is None and result.reach["b"] == pytest.approx(0.0)


def test_several_entries_split_evenly_or_one_is_chosen():
    doc = chain_map(["a", "b", "c"], [("a", "c"), ("b", "c", 50)])
    result = analyze(doc)
    assert result.entries == {"a": 0.5, "b": 0.5}
    assert result.reach["c"] == pytest.approx(0.75)
    only_b = analyze(doc, entry="b")
    assert only_b.reach == pytest.approx({"a": 0.0, "b": 1.0, "c": 0.5})
    assert only_b.unreachable == ["a"]
    with pytest.raises(ModelError):
        analyze(doc, entry="nope")


def test_a_loop_nobody_leaves_is_reported_and_its_reach_is_still_exact():
    doc = chain_map(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "b")])
    result = analyze(doc)
    assert result.reach == pytest.approx({"a": 1.0, "b": 1.0, "c": 1.0})
    assert result.visits["b"] is None
    assert [w.kind for w in result.warnings] == ["closed_loop"]
    assert result.trapped == pytest.approx(1.0)


def test_a_persona_follows_its_own_connections_with_the_card_s_onward_share():
    # at web-compare Anna buys online (70 % in the whole map), Ben calls (30 %)
    doc = small_map()
    anna = analyze(doc, persona="p-anna")
    assert anna.reach["web-buy"] == pytest.approx(1.0)
    assert anna.reach["phone-ask"] == 0.0 and anna.unreachable == []  # Ben's card: not a gap of Anna's
    ben = analyze(doc, persona="p-ben")
    assert ben.reach["phone-ask"] == pytest.approx(1.0)
    assert ben.visits["web-compare"] is None  # for Ben the loop never lets go
    with pytest.raises(ModelError):
        analyze(doc, persona="p-nobody")


def test_persona_drop_off_stays_that_of_the_card():
    doc = chain_map(["a", "b", "c"], [("a", "b", 40, ("p-a",)), ("a", "c", 40, ("p-b",))])
    result = analyze(doc, persona="p-a")
    assert result.reach["b"] == pytest.approx(0.8)  # the card sends on 80 %; for A all of it goes to b
    assert {d.card: round(d.share, 12) for d in result.drop_offs}["a"] == 0.2


def test_paths_carry_channels_switches_emotion_and_moments_of_truth():
    result = analyze(small_map())
    best = result.paths[0]
    assert best.channels == ("website", "phone")
    assert best.switches == 1
    assert (best.emotion.start, best.emotion.lowest, best.emotion.end) == (1, -2, -2)
    assert best.moments_of_truth == ("web-buy",)
    switches = {(s.from_kind, s.to_kind): (s.count, round(s.share, 9)) for s in result.channel_switches}
    assert switches == {
        ("website", "phone"): (2, round(1 + 0.3 / 0.7, 9)),
        ("phone", "website"): (1, round(0.3 / 0.7, 9)),
    }


def test_top_limits_the_paths_and_the_rest_is_counted():
    doc = chain_map(["a", "b", "c", "d"], [("a", "b", 50), ("a", "c", 30), ("a", "d", 20)])
    result = analyze(doc, top=1)
    assert [p.cards for p in result.paths] == [("a", "b")]
    assert (result.more_paths.count, result.more_paths.exact) == (2, True)
    assert result.more_paths.share == pytest.approx(0.5)


def test_stage_summary_reach_and_gaps():
    doc = chain_map(
        ["a", "b", "c", "d", "e", "f"], [("a", "c", 50), ("c", "e"), ("b", "d")], emotions={"a": 1, "c": -2, "e": 0}
    )
    doc.add_card(Card("fr", "st1-0", "l-fric", "Slow page"))
    doc.add_card(Card("op", "st1-0", "l-opp", "Faster page", owner=" Web team "))
    doc.update_card("c", owner="Web team", moment_of_truth=True)
    stages = stage_summary(doc)
    assert [s.id for s in stages] == ["s0", "s1", "s2"]
    # entries a and b get half each; stage 1 (c, d) is reached by 0.5·0.5 + 0.5
    assert [round(s.reach, 12) for s in stages] == [1.0, 0.75, 0.25]
    middle = stages[1]
    assert (middle.emotion_min, middle.emotion_avg, middle.friction, middle.opportunities) == (-2, -2.0, 1, 1)
    assert middle.moments_of_truth == 1 and middle.owners == ("Web team",)
    assert middle.touchpoints == {"l-web": 1, "l-phone": 1}


def test_stage_reach_counts_a_customer_once_however_often_they_loop():
    result = analyze(small_map())
    assert [round(s.reach, 12) for s in result.stages] == [1.0, 1.0, 1.0]


def test_a_map_without_connections_has_no_reach_figures():
    doc = chain_map(["a", "b"], [])
    result = analyze(doc)
    assert result.paths == [] and result.reach == {} and result.unreachable == []
    assert [s.reach for s in result.stages] == [None, None, None]


def test_json_has_exactly_the_documented_keys():
    data = to_json(analyze(small_map()))
    assert list(data) == [
        "reach",
        "visits",
        "paths",
        "loops",
        "drop_offs",
        "unreachable",
        "dead_ends",
        "channel_switches",
        "stages",
        "warnings",
    ]
    assert set(data["paths"][0]) >= {"cards", "share", "channels", "switches", "emotion"}
    assert set(data["stages"][0]) >= {
        "id",
        "name",
        "reach",
        "emotion_avg",
        "emotion_min",
        "friction",
        "opportunities",
        "moments_of_truth",
    }
    assert set(data["channel_switches"][0]) == {"from", "to", "count", "share"}


def test_unreachable_and_dead_ends_agree_with_check():
    from journeymap.model import queries

    doc = small_map()
    doc.add_card(Card("web-orphan", "st-b1", "l-web", "Orphan page"))
    doc.remove_connections(["e5"])
    result = analyze(doc)
    assert result.unreachable == queries.unreachable_cards(doc)
    assert result.dead_ends == queries.dead_ends(doc)


def test_a_loop_that_lets_almost_nobody_go_counts_as_closed():
    # b sends all but 1e-15 back to a: elimination would divide by a rounding error
    doc = chain_map(["a", "b", "c", "d"], [("d", "a"), ("a", "b"), ("b", "a", 100 - 1e-13), ("b", "c", 1e-13)])
    result = analyze(doc)
    assert [w.kind for w in result.warnings] == ["closed_loop"]
    assert result.visits["a"] is None and result.reach["a"] == 1.0
    assert result.trapped == pytest.approx(1.0)
