"""Random sequences of editing commands on a QUndoStack: undo-all restores the start, redo-all the end.

Each step builds one command from the current map, sometimes deliberately wrong
(a missing id, an emotion of 5, a second emotion lane). Before it is pushed the
command is tried once: a refusal (ModelError) must leave the map exactly as it
was, and an accepted command must undo back to it. After every step the
document's internal indexes must agree (tests/consistency.py), and the canvas that
followed the steps event by event must show what a canvas built fresh from the same
document shows (card and header boxes, connection routes): the incremental path is
proven, not only the document.
"""

from __future__ import annotations

from dataclasses import fields

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from journeymap.editor.commands import (
    AddCardsCommand,
    AddConnectionCommand,
    AddStructureCommand,
    MoveCardsCommand,
    MoveStructureCommand,
    RemoveItemsCommand,
    RemoveStructureCommand,
    SetPropertiesCommand,
)
from journeymap.editor.map_editor import MapEditor
from journeymap.editor.scene import JourneyScene
from journeymap.model import Card, Connection, Lane, Persona, Stage, Step
from journeymap.model.kinds import LANE_KINDS
from tests.consistency import assert_consistent
from tests.editor.scene_snapshot import scene_geometry
from tests.factories import small_map
from tests.fuzz_budget import FUZZED, fuzz
from tests.strategies import journey_maps

GHOST = "ghost-id"


class CommandSequence(RuleBasedStateMachine):
    """A map, an undo stack, and rules that each push one command (or see it refused cleanly)."""

    @initialize(doc=st.one_of(st.builds(small_map), journey_maps(max_cards=6, max_connections=6)))
    def start(self, doc):
        self.doc = doc
        self.editor = MapEditor(doc)
        self.stack = self.editor.undo_stack
        self.scene = JourneyScene(doc, self.editor)
        self.original = doc.snapshot()
        self.serial = 0

    # ------------------------------------------------------------------ helpers
    def new_id(self, prefix: str) -> str:
        self.serial += 1
        return f"{prefix}-n{self.serial}"

    def pick(self, data, values, ghost: bool = True):
        """One of ``values``, or now and then an id that is not in the map."""
        values = list(values)
        if ghost or not values:
            values.append(GHOST)
        return data.draw(st.sampled_from(values))

    def ids(self, kind: str) -> list[str]:
        if kind == "card":
            return [c.id for c in self.doc.cards()]
        if kind == "connection":
            return [c.id for c in self.doc.connections()]
        if kind == "step":
            return [s.id for s in self.doc.steps()]
        return [item.id for item in getattr(self.doc, f"{kind}s")()]

    def apply(self, command) -> None:
        FUZZED["editing commands"] += 1
        before = self.doc.snapshot()
        command.redo()
        if command.refusal is not None:  # the model said no: the command is obsolete, the map untouched
            assert command.isObsolete()
            FUZZED["editing commands refused"] += 1
            assert self.doc.snapshot() == before, "a refused command changed the map"
            return
        command.undo()
        assert self.doc.snapshot() == before, "undo did not restore the map"
        self.stack.push(command)  # redoes it

    @invariant()
    def indexes_agree(self):
        if hasattr(self, "doc"):
            assert_consistent(self.doc)

    @invariant()
    def the_canvas_shows_what_a_fresh_one_shows(self):
        if hasattr(self, "scene"):
            assert_scene_is_fresh(self.scene)

    # ------------------------------------------------------------------ cards and connections
    @rule(data=st.data(), count=st.integers(1, 3), connect=st.booleans())
    def add_cards(self, data, count, connect):
        cards = []
        for _ in range(count):
            card = Card(
                self.new_id("c"),
                self.pick(data, self.ids("step"), ghost=data.draw(st.integers(0, 9)) == 0),
                self.pick(data, self.ids("lane"), ghost=data.draw(st.integers(0, 9)) == 0),
                title=data.draw(st.text(max_size=5)),
                emotion=data.draw(st.none() | st.integers(-3, 3)),
            )
            cards.append((card, data.draw(st.none() | st.integers(-1, 4))))
        conns = []
        if connect and cards:
            ends = [c.id for c, _ in cards] + self.ids("card")
            conns.append(Connection(self.new_id("e"), self.pick(data, ends, False), self.pick(data, ends, False)))
        self.apply(AddCardsCommand(self.doc, cards, conns))

    @rule(data=st.data())
    def remove_items(self, data):
        cards = data.draw(st.lists(st.sampled_from(self.ids("card") + [GHOST]), max_size=3))
        conns = data.draw(st.lists(st.sampled_from(self.ids("connection") + [GHOST]), max_size=3))
        self.apply(RemoveItemsCommand(self.doc, cards, conns))

    @rule(data=st.data(), count=st.integers(1, 3))
    def move_cards(self, data, count):
        if not self.ids("card"):
            return
        moves = [
            (
                self.pick(data, self.ids("card"), ghost=False),
                self.pick(data, self.ids("step"), ghost=data.draw(st.integers(0, 9)) == 0),
                self.pick(data, self.ids("lane"), ghost=False),
                data.draw(st.none() | st.integers(-1, 5)),
            )
            for _ in range(count)
        ]
        self.apply(MoveCardsCommand(self.doc, moves))

    @rule(data=st.data())
    def add_connection(self, data):
        cards = self.ids("card")
        if not cards:
            return
        conn = Connection(
            self.new_id("e"),
            self.pick(data, cards, ghost=data.draw(st.integers(0, 9)) == 0),
            self.pick(data, cards, ghost=False),
            data.draw(st.text(max_size=4)),
            data.draw(st.none() | st.floats(-10, 110, allow_nan=False)),
            tuple(data.draw(st.lists(st.sampled_from(self.ids("persona") + [GHOST]), max_size=2, unique=True))),
        )
        self.apply(AddConnectionCommand(self.doc, conn))

    # ------------------------------------------------------------------ properties
    @rule(data=st.data(), merge=st.booleans())
    def set_properties(self, data, merge):
        target = data.draw(st.sampled_from(SetPropertiesCommand.TARGETS))
        personas = self.ids("persona") + [GHOST]
        names = st.text(max_size=6)
        changes_for = {
            "card": st.fixed_dictionaries(
                {},
                optional={
                    "title": st.text(max_size=6),
                    "emotion": st.none() | st.integers(-3, 3),
                    "moment_of_truth": st.booleans(),
                    "personas": st.lists(st.sampled_from(personas), max_size=2, unique=True).map(tuple),
                },
            ),
            "connection": st.fixed_dictionaries(
                {}, optional={"label": st.text(max_size=6), "share": st.none() | st.floats(-5, 105, allow_nan=False)}
            ),
            "stage": st.fixed_dictionaries({}, optional={"name": names, "color": st.just("#123456")}),
            "step": st.fixed_dictionaries({}, optional={"name": names, "width": st.none() | st.just(120)}),
            "lane": st.fixed_dictionaries({}, optional={"name": names, "kind": st.sampled_from(LANE_KINDS)}),
            "persona": st.fixed_dictionaries({}, optional={"name": st.text(max_size=6)}),
            "map": st.fixed_dictionaries(
                {}, optional={"title": st.text(max_size=6), "direction": st.sampled_from(["ltr", "rtl", "up"])}
            ),
        }
        changes = data.draw(changes_for[target])
        if not changes:
            return
        target_id = None if target == "map" else self.pick(data, self.ids(target))
        self.apply(SetPropertiesCommand(self.doc, target, target_id, changes, merge=merge))

    # ------------------------------------------------------------------ grid and cast
    @rule(data=st.data(), kind=st.sampled_from(["stage", "step", "lane", "persona"]))
    def add_structure(self, data, kind):
        index = data.draw(st.none() | st.integers(-1, 6))
        stage_id = None
        if kind == "stage":
            steps = tuple(Step(self.new_id("st"), "s") for _ in range(data.draw(st.integers(0, 2))))
            item = Stage(self.new_id("s"), "Stage", steps=steps)
        elif kind == "step":
            item, stage_id = Step(self.new_id("st"), "Step"), self.pick(data, self.ids("stage"))
        elif kind == "lane":
            item = Lane(self.new_id("l"), "Lane", data.draw(st.sampled_from(LANE_KINDS)))
        else:
            item = Persona(self.new_id("p"), "Persona")
        if data.draw(st.integers(0, 9)) == 0:  # now and then reuse an id that is taken
            taken = self.ids("card") + self.ids("lane") + self.ids("step")
            if taken:
                item = _with_id(item, data.draw(st.sampled_from(taken)))
        self.apply(AddStructureCommand(self.doc, item, index, stage_id))

    @rule(data=st.data(), kind=st.sampled_from(["stage", "step", "lane", "persona"]))
    def remove_structure(self, data, kind):
        item_id = self.pick(data, self.ids(kind))
        move_to = None
        if kind != "persona" and data.draw(st.booleans()):
            move_to = self.pick(data, self.ids("lane" if kind == "lane" else "step"))
        self.apply(RemoveStructureCommand(self.doc, kind, item_id, move_to))

    @rule(data=st.data(), kind=st.sampled_from(["stage", "step", "lane", "persona"]))
    def move_structure(self, data, kind):
        item_id = self.pick(data, self.ids(kind))
        stage_id = self.pick(data, self.ids("stage")) if kind == "step" else None
        self.apply(MoveStructureCommand(self.doc, kind, item_id, data.draw(st.integers(-1, 8)), stage_id))

    # ------------------------------------------------------------------ the property
    def teardown(self):
        if not hasattr(self, "doc"):
            return
        final = self.doc.snapshot()
        self.stack.setIndex(0)
        assert self.doc.snapshot() == self.original, "undo-all did not give back the original map"
        assert_consistent(self.doc)
        self.stack.setIndex(self.stack.count())
        assert self.doc.snapshot() == final, "redo-all did not give back the final map"
        assert_consistent(self.doc)
        assert_scene_is_fresh(self.scene)
        self.scene.detach()
        FUZZED["editing sequences undone and redone"] += 1


def assert_scene_is_fresh(scene) -> None:
    fresh = JourneyScene(scene.document)  # a projection alone: no editor, no undo stack
    try:
        shown, expected = scene_geometry(scene), scene_geometry(fresh)
        for part in expected:
            assert shown[part] == expected[part], f"the canvas's {part} differ from a fresh build's"
    finally:
        fresh.detach()


def _with_id(item, new_id):
    values = {f.name: getattr(item, f.name) for f in fields(item)}
    values["id"] = new_id
    return type(item)(**values)


@pytest.mark.slow  # a fresh canvas is built after every step
def test_random_editing_sequences_undo_and_redo_exactly(qapp):
    settings = fuzz(40)
    # no deadline: each example builds a fresh canvas after every one of its 25 steps, which on a
    # busy machine takes longer than the 2 s the profile allows one example
    settings = type(settings)(settings, stateful_step_count=25, deadline=None)
    run_state_machine_as_test(CommandSequence, settings=settings)
