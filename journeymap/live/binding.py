"""The live binding: keeps one window's map and the shared Y.Doc equal, on the GUI thread.

Local edits: every command pushed on the window's undo stack becomes one Y transaction
with the ``LOCAL`` origin, holding only the fields that changed. Remote edits: after a
peer's update is applied to the Doc, the map is rebuilt from the Doc, checked like a
file, and applied through the document's methods while a guard keeps it from echoing
back. Undo and redo stay on the window's undo stack (its texts, its clean state), but
what they do to the shared map is pycrdt's ``UndoManager`` restricted to the local
origin: only this person's own changes are taken back, never a peer's.

Local edits arrive through the window's ``MapEditor`` (the one door for edits: it owns
the document and the undo stack); peers' edits are applied below it, straight to the
document, so they never land on this person's undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pycrdt import Doc, UndoManager
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..io.errors import FormatError
from ..model import JourneyDocument, ModelError
from ..model.events import ChangeEvent
from .apply import apply_document
from .schema import PART_ROOTS, Flat, flat_to_data, flatten, read_flat, roots, write_changes

if TYPE_CHECKING:  # pragma: no cover
    from ..editor.map_editor import MapEditor


class _LocalOrigin:
    """The origin of this window's own transactions (a unique object, not a string a peer could send)."""

    def __repr__(self) -> str:
        return "journeymap-local"


class LiveBinding(QObject):
    """Map <-> Y.Doc for one window; report problems through signals, never raise into Qt."""

    remoteProblem = Signal(str)  # a peer's change could not be shown: what and why
    undoConflict = Signal(str)  # an undo met a peer's later change of the same thing
    remoteApplied = Signal()  # the map now shows a peer's change

    def __init__(self, editor: MapEditor, ydoc: Doc, parent=None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.document = editor.document
        self.undo_stack = undo_stack = editor.undo_stack
        self.ydoc = ydoc
        self.origin = _LocalOrigin()
        self._roots = roots(ydoc)  # held: a subscription dies with its shared type
        scopes = [self._roots[name] for name in ("map", "extra", *PART_ROOTS)]
        self.undo_manager = UndoManager(scopes=scopes, capture_timeout_millis=0)
        self.undo_manager.include_origin(self.origin)
        self.mirror: Flat = read_flat(ydoc)
        self._pulling = False
        self._dirty = False
        self._flush_queued = False
        self._commands: list = []  # the undo stack's commands as last seen (references keep their ids)
        self._index = 0
        self._steps: dict[int, int] = {}  # id(command) -> Y transactions it made
        self.document.subscribe(self._on_document_event)
        undo_stack.indexChanged.connect(self._on_index_changed)
        self._see_stack()

    def detach(self) -> None:
        self.document.unsubscribe(self._on_document_event)
        try:
            self.undo_stack.indexChanged.disconnect(self._on_index_changed)
        except (RuntimeError, TypeError):  # the stack went with its window
            pass

    # ------------------------------------------------------------------ local -> Y
    def _on_document_event(self, _event: ChangeEvent) -> None:
        if self._pulling:
            return
        self._dirty = True
        if not self._flush_queued:  # a change made outside the undo stack still reaches the peers
            self._flush_queued = True
            QTimer.singleShot(0, self.flush)

    def flush(self) -> int:
        """Write the map's unsent changes to the Doc as one local transaction; returns fields written."""
        self._flush_queued = False
        if not self._dirty:
            return 0
        self._dirty = False
        new = flatten(self.document, self.mirror)
        with self.ydoc.transaction(origin=self.origin):
            written = write_changes(self.ydoc, self.mirror, new)
        self.mirror = new
        if written and self.undo_stack.index() > 0:
            key = id(self.undo_stack.command(self.undo_stack.index() - 1))
            self._steps[key] = self._steps.get(key, 0) + 1
        return written

    def _see_stack(self) -> tuple[list, int]:
        stack = self.undo_stack
        commands = [stack.command(i) for i in range(stack.count())]
        old = (self._commands, self._index)
        self._commands, self._index = commands, stack.index()
        present = {id(command) for command in commands}
        for key in [key for key in self._steps if key not in present]:
            del self._steps[key]  # a command gone from the stack: its id may be reused
        return old

    def _on_index_changed(self, _index: int) -> None:
        old_commands, old_index = self._see_stack()
        done_old, done_new = old_commands[:old_index], self._commands[: self._index]
        same = 0
        while same < min(len(done_old), len(done_new)) and done_old[same] is done_new[same]:
            same += 1
        undone = done_old[same:]
        redone = [c for c in done_new[same:] if id(c) in self._steps]
        if not undone and not redone:
            self.flush()  # a new command (or one merged into the last): its changes go out
            return
        expected = self.document.snapshot()  # what the commands' own undo/redo made of the map
        self._dirty = False  # superseded: the shared map's undo decides
        for command in reversed(undone):
            for _ in range(self._steps.get(id(command), 0)):
                self.undo_manager.undo()
        for command in redone:
            for _ in range(self._steps[id(command)]):
                self.undo_manager.redo()
        self.pull()
        if self.document.snapshot() != expected:
            self.undoConflict.emit(
                QCoreApplication.translate(
                    "live", "Someone else changed the same part of the map since; their change is kept."
                )
            )

    # ------------------------------------------------------------------ Y -> local
    def pull(self) -> bool:
        """Make the map equal the Doc (after a peer's update or an undo); True when it changed."""
        self.flush()
        try:
            flat = read_flat(self.ydoc)
            target = _checked_document(flat)
        except FormatError as exc:
            self.remoteProblem.emit(str(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - a peer's data must never end the session
            self.remoteProblem.emit(f"{type(exc).__name__}: {exc}")
            return False
        self._pulling = True
        try:
            try:
                changed = apply_document(self.document, target)
            except ModelError:  # an id reused across kinds, or the like: take the whole map
                self.document.replace_content(target)
                changed = True
        finally:
            self._pulling = False
        self.mirror = flatten(self.document, flat)
        if changed:
            self.remoteApplied.emit()
        return changed


def _checked_document(flat: Flat) -> JourneyDocument:
    from ..io.journey_format import data_to_document

    return data_to_document(flat_to_data(flat), QCoreApplication.translate("live", "the shared map"))
