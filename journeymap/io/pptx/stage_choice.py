"""Which stages a deck shows, as a person names them: ids, names or numbers (1 is the first stage)."""

from __future__ import annotations

from ...i18n import arg, translate
from ...model import JourneyDocument


class StageChoiceError(ValueError):
    """A stage asked for that the map does not have."""


def resolve_stages(doc: JourneyDocument, text: str) -> tuple[str, ...]:
    """Stage ids, in the map's order, for a comma-separated list of ids, names or numbers."""
    stages = doc.stages()
    chosen: set[str] = set()
    for part in (piece.strip() for piece in text.split(",")):
        if not part:
            continue
        found = _find(stages, part)
        if found is None:
            names = ", ".join(f"{number} {stage.name}" for number, stage in enumerate(stages, start=1))
            message = translate("cli", "the map has no stage “%1”; its stages are: %2")
            raise StageChoiceError(arg(message, part, names or translate("cli", "none")))
        chosen.add(found)
    if not chosen:
        raise StageChoiceError(translate("cli", "name at least one stage (by number, name or id)"))
    return tuple(stage.id for stage in stages if stage.id in chosen)


def _find(stages, part: str) -> str | None:
    for stage in stages:
        if stage.id == part:
            return stage.id
    folded = part.casefold()
    for stage in stages:
        if stage.name.strip().casefold() == folded:
            return stage.id
    if part.isdigit() and 1 <= int(part) <= len(stages):
        return stages[int(part) - 1].id
    return None
