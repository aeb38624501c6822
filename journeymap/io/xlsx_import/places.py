"""Names in a row made into the map's ids: stage, step and lane, personas, cards.

A name is looked for among the map's names now, then among the names as they were
exported (a step renamed in the map since still matches the old name in the sheet), then
loosely, as quick add does.
"""

from __future__ import annotations

from ...model import JourneyDocument
from ...model.kinds import EMOTION_LANE_KIND
from ...model.names import best_match, normalise
from .messages import QT_TRANSLATE_NOOP, msg
from .values import BadValue

SEPARATORS = ",;\n\u060c "
SEPARATORS_END = ("", ",", ";", "\n", "\u060c", " ")


def _find(name: str, current: list[tuple[str, str]], exported: dict[str, str], allowed: set[str]) -> str | None:
    wanted = normalise(name)
    for item_id, item_name in current:
        if normalise(item_name) == wanted:
            return item_id
    for item_id, item_name in exported.items():
        if item_id in allowed and normalise(item_name) == wanted:
            return item_id
    return best_match(name, current)


class Places:
    """Where a row puts its card, and which personas it names."""

    def __init__(self, doc: JourneyDocument, meta: dict | None) -> None:
        names = (meta or {}).get("names", {}) if isinstance(meta, dict) else {}
        self.doc = doc
        self.exported = {key: dict(names.get(key, {}))
                         for key in ("stages", "steps", "lanes", "personas", "step_stage")}
        self.stages = [(stage.id, stage.name) for stage in doc.stages()]
        self.steps_of = {stage.id: [(step.id, step.name) for step in stage.steps] for stage in doc.stages()}
        self.all_steps = [(step.id, step.name) for step in doc.steps()]
        self.lanes = [(lane.id, lane.name) for lane in doc.lanes() if lane.kind != EMOTION_LANE_KIND]
        self.personas = [(persona.id, persona.name) for persona in doc.personas()]

    def add_persona(self, persona_id: str, name: str) -> None:
        self.personas.append((persona_id, name))

    def lane(self, name: str) -> str:
        found = _find(name, self.lanes, self.exported["lanes"], {i for i, _ in self.lanes}) if name else None
        if found is None:
            names = ", ".join(lane_name for _, lane_name in self.lanes[:8])
            raise BadValue(msg(QT_TRANSLATE_NOOP("ExcelImport", "the name of a lane of the map (%1)"), names))
        return found

    def exported_place(self, stage_name: str, step_name: str, base_step: str) -> bool:
        """Does the row still name the step as it was exported? (Then it is that step, even among namesakes.)"""
        names = self.exported
        stage_id = names["step_stage"].get(base_step, "")
        return (base_step in names["steps"] and normalise(step_name) == normalise(names["steps"][base_step])
                and normalise(stage_name) == normalise(names["stages"].get(stage_id, "")))

    def exported_lane(self, lane_name: str, base_lane: str) -> bool:
        exported = self.exported["lanes"].get(base_lane)
        return exported is not None and normalise(lane_name) == normalise(exported)

    def step(self, stage_name: str, step_name: str) -> str:
        stage_id = None
        if stage_name:
            stage_id = _find(stage_name, self.stages, self.exported["stages"], {i for i, _ in self.stages})
            if stage_id is None:
                names = ", ".join(name for _, name in self.stages[:8])
                raise BadValue(msg(QT_TRANSLATE_NOOP("ExcelImport", "the name of a stage of the map (%1)"), names))
        if not step_name:
            if stage_id is None:
                raise BadValue(msg(QT_TRANSLATE_NOOP("ExcelImport", "a stage and a step of the map")))
            return self.steps_of[stage_id][-1][0]  # as quick add: the stage's last step
        steps = self.steps_of[stage_id] if stage_id else self.all_steps
        found = _find(step_name, steps, self.exported["steps"], {i for i, _ in steps})
        if found is None:
            names = ", ".join(name for _, name in steps[:8])
            raise BadValue(msg(QT_TRANSLATE_NOOP("ExcelImport", "the name of a step of this stage (%1)"), names))
        return found

    def persona_ids(self, cell: str) -> list[str]:
        """'Anna, Ben' -> their ids. Names may hold commas themselves ("Priya, the remote worker"),
        so the longest known name that starts the rest of the cell is taken first."""
        known = [(normalise(name), pid) for pid, name in self.personas]
        known += [(normalise(name), pid) for pid, name in self.exported["personas"].items()
                  if any(pid == p for p, _ in self.personas)]
        known += [(normalise(pid), pid) for pid, _ in self.personas]
        known.sort(key=lambda pair: -len(pair[0]))
        rest = normalise(cell)
        found: list[str] = []
        while rest.strip(SEPARATORS):
            rest = rest.lstrip(SEPARATORS)
            match = next(((name, pid) for name, pid in known
                          if name and rest.startswith(name) and rest[len(name):len(name) + 1] in SEPARATORS_END), None)
            if match is None:
                listed = ", ".join(pname for _, pname in self.personas[:8]) or "—"
                raise BadValue(msg(QT_TRANSLATE_NOOP("ExcelImport", "names of personas of the map (%1)"), listed))
            rest = rest[len(match[0]):]
            if match[1] not in found:
                found.append(match[1])
        return found

    # ------------------------------------------------------------------ showing values
    def step_text(self, step_id: str | None) -> str:
        if step_id is None or not any(step_id == s for s, _ in self.all_steps):
            return self.exported["steps"].get(step_id or "", "")
        stage = self.doc.stage_of_step(step_id)
        return f"{stage.name} / {self.doc.step(step_id).name}"

    def lane_text(self, lane_id: str | None) -> str:
        return next((name for lid, name in self.lanes if lid == lane_id), self.exported["lanes"].get(lane_id or "", ""))

    def personas_text(self, ids) -> str:
        names = dict(self.personas)
        return ", ".join(names.get(pid, self.exported["personas"].get(pid, pid)) for pid in ids or ())
