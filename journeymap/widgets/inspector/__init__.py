"""The inspector: a form per kind of selected part, editing through undo commands."""

from .dock import InspectorDock

__all__ = ["InspectorDock"]
