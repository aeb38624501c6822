"""The three-way compare of one record: exported base, the workbook now, the map now.

base == sheet: the row was not touched there (the map's own edits stay). base == map:
take the sheet. Sheet == map: both made the same edit. All three differ: a conflict,
never silently resolved. Without a base (an id typed by hand) the sheet wins where it differs.
"""

from __future__ import annotations

from collections.abc import Callable

from .preview import Changed, Conflict, FieldChange, Preview

Describe = Callable[[str, object], str]


def compare_record(preview: Preview, sheet: str, item_id: str, row: int, title: str, fields: tuple[str, ...],
                   base: dict | None, now: dict, incoming: dict, values: dict, describe: Describe) -> bool:
    """Add what differs to ``preview``; True when the row changes nothing."""
    changes: list[FieldChange] = []
    conflicts_before = len(preview.conflicts)
    for name in fields:
        if name not in incoming:
            continue  # the column is not in the sheet: nothing said about this field
        new, current = incoming[name], now.get(name)
        old = base.get(name, current) if base is not None else current
        if new == old or new == current:
            continue
        if current == old or base is None:
            changes.append(FieldChange(name, describe(name, current), describe(name, new), values.get(name, new)))
        else:
            preview.conflicts.append(Conflict(sheet, item_id, row, title, name, describe(name, old),
                                              describe(name, current), describe(name, new), values.get(name, new)))
    if changes:
        preview.changed.append(Changed(sheet, item_id, row, title, changes))
    return not changes and len(preview.conflicts) == conflicts_before
