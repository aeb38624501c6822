"""One door for edits: no module but the editor's pushes onto an undo stack.

Every gesture, key, menu, dialog and form changes the map through ``MapEditor``; a push
(or a macro) anywhere else would be an edit a live session or an import cannot see.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "journeymap"
DOOR = PACKAGE / "editor" / "map_editor.py"
STACK_CALLS = {"push", "beginMacro", "endMacro"}


def stack_calls(source: str) -> list[int]:
    """Line numbers of ``x.push(...)``, ``x.beginMacro(...)`` and ``x.endMacro()`` in ``source``."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in STACK_CALLS:
            lines.append(node.lineno)
    return lines


def test_only_the_editor_pushes_onto_the_undo_stack():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == DOOR:
            continue
        for line in stack_calls(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line}")
    assert offenders == [], "push onto the undo stack through MapEditor instead: " + ", ".join(offenders)


def test_the_check_sees_pushes_and_macros_however_they_are_spelled():
    source = (
        "def f(window, stack, cmd):\n"
        "    window.undo_stack.push(cmd)\n"
        "    stack.beginMacro('x')\n"
        "    getattr(window, 'undo_stack').push(cmd)\n"
        "    stack.endMacro()\n"
    )
    assert stack_calls(source) == [2, 3, 4, 5]


def test_the_door_is_where_the_pushes_are():
    assert stack_calls(DOOR.read_text(encoding="utf-8"))
