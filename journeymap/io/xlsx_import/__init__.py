"""Importing a workbook back into its map (no Qt): read safely, compare three ways, preview, apply.

``preview_import(doc, path)`` reads and compares; ``plan_changes(preview, ...)`` picks what to
apply; ``apply_changes(doc, changes)`` applies it all or nothing and returns the undo steps.
"""

from .apply import ImportChanges, UnresolvedConflicts, apply_changes, plan_changes, revert
from .engine import compare_workbook, preview_import
from .messages import ImportRefused, Message
from .preview import PREVIEW_KEYS, Preview

__all__ = [
    "PREVIEW_KEYS",
    "ImportChanges",
    "ImportRefused",
    "Message",
    "Preview",
    "UnresolvedConflicts",
    "apply_changes",
    "compare_workbook",
    "plan_changes",
    "preview_import",
    "revert",
]
