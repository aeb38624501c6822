"""What an import would do, before it does anything: the preview the dialog and ``--json`` show.

Exactly seven parts: ``added``, ``changed``, ``deleted``, ``conflicts``, ``errors``,
``unchanged`` (a count) and ``warnings``. Items carry the values to apply as well as the
texts to show, so the same object previews and then applies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .messages import Message, Translate

PREVIEW_KEYS = ("added", "changed", "deleted", "conflicts", "errors", "unchanged", "warnings")


@dataclass
class FieldChange:
    field: str
    old_text: str
    new_text: str
    value: Any  # the map's value to set


@dataclass
class Changed:
    sheet: str
    id: str
    row: int
    title: str
    fields: list[FieldChange]

    def to_json(self, translate: Translate | None = None) -> dict:
        return {"sheet": self.sheet, "id": self.id, "row": self.row, "title": self.title,
                "fields": [{"field": f.field, "old": f.old_text, "new": f.new_text} for f in self.fields]}


@dataclass
class Added:
    sheet: str
    id: str
    row: int
    title: str
    item: Any  # the Card, Connection or Persona to add
    where: str = ""

    def to_json(self, translate: Translate | None = None) -> dict:
        return {"sheet": self.sheet, "id": self.id, "row": self.row, "title": self.title, "where": self.where}


@dataclass
class Deleted:
    sheet: str
    id: str
    title: str
    row: int | None = None  # the row is gone: that is what makes it a deletion

    def to_json(self, translate: Translate | None = None) -> dict:
        return {"sheet": self.sheet, "id": self.id, "row": self.row, "title": self.title}


@dataclass
class Conflict:
    sheet: str
    id: str
    row: int
    title: str
    field: str
    base_text: str
    map_text: str
    sheet_text: str
    sheet_value: Any

    @property
    def key(self) -> str:
        return f"{self.sheet}:{self.id}:{self.field}"

    def to_json(self, translate: Translate | None = None) -> dict:
        return {"sheet": self.sheet, "id": self.id, "row": self.row, "title": self.title, "field": self.field,
                "exported": self.base_text, "map": self.map_text, "workbook": self.sheet_text}


@dataclass
class RowError:
    sheet: str
    row: int
    column: str
    id: str
    value: str
    expected: Message

    def to_json(self, translate: Translate | None = None) -> dict:
        return {"sheet": self.sheet, "id": self.id, "row": self.row, "column": self.column, "value": self.value,
                "expected": self.expected.render(translate)}


@dataclass
class Preview:
    added: list[Added] = field(default_factory=list)
    changed: list[Changed] = field(default_factory=list)
    deleted: list[Deleted] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    unchanged: int = 0
    warnings: list[Message] = field(default_factory=list)
    other_map: bool = False  # exported from another map: ask before importing
    source: str = ""

    def is_no_change(self) -> bool:
        return not (self.added or self.changed or self.deleted or self.conflicts or self.errors)

    def to_json(self, translate: Translate | None = None) -> dict:
        return {
            "added": [item.to_json(translate) for item in self.added],
            "changed": [item.to_json(translate) for item in self.changed],
            "deleted": [item.to_json(translate) for item in self.deleted],
            "conflicts": [item.to_json(translate) for item in self.conflicts],
            "errors": [item.to_json(translate) for item in self.errors],
            "unchanged": self.unchanged,
            "warnings": [warning.render(translate) for warning in self.warnings],
        }
