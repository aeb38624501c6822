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

import functools
from typing import TYPE_CHECKING

from pycrdt import Doc, UndoManager
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..io.errors import FormatError
from ..model import JourneyDocument, ModelError
from ..model.events import ChangeEvent
from .apply import pull_flat
from .outgoing import Outgoing
from .schema import PART_ROOTS, Flat, flat_to_data, read_changed, read_flat, roots

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
        self._compared = False  # the first pull compares the whole map (a guest's window shows another)
        self._pulling = False
        self._outgoing = Outgoing()
        self._flush_queued = False
        self._commands: list = []  # the undo stack's commands as last seen (references keep their ids)
        self._index = 0
        self._steps: dict[int, int] = {}  # id(command) -> Y transactions it made
        self.document.subscribe(self._on_document_event)
        undo_stack.indexChanged.connect(self._on_index_changed)
        self._see_stack()
        self._y_dirty: dict[str, set[str] | None] = {}  # root -> ids the Doc's events named since the last pull
        self._y_subscriptions = [
            (ymap, ymap.observe_deep(functools.partial(self._on_y_events, name)))
            for name, ymap in self._roots.items()
            if name != "meta"
        ]

    def detach(self) -> None:
        self.document.unsubscribe(self._on_document_event)
        for ymap, subscription in self._y_subscriptions:
            ymap.unobserve(subscription)
        self._y_subscriptions = []
        try:
            self.undo_stack.indexChanged.disconnect(self._on_index_changed)
        except (RuntimeError, TypeError):  # the stack went with its window
            pass

    # ------------------------------------------------------------------ local -> Y
    def _on_document_event(self, event: ChangeEvent) -> None:
        if self._pulling:
            return
        self._outgoing.note(event)
        if not self._flush_queued:  # a change made outside the undo stack still reaches the peers
            self._flush_queued = True
            QTimer.singleShot(0, self.flush)

    def flush(self) -> int:
        """Write the map's unsent changes to the Doc as one local transaction; returns fields written."""
        self._flush_queued = False
        if not self._outgoing.pending():
            return 0
        self.mirror, written = self._outgoing.write(self.ydoc, self.document, self.mirror, self.origin)
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
        stale = self._outgoing  # what the commands' own undo/redo changed: the shared map's undo decides
        self._outgoing = Outgoing()
        for command in reversed(undone):
            for _ in range(self._steps.get(id(command), 0)):
                self.undo_manager.undo()
        for command in redone:
            for _ in range(self._steps[id(command)]):
                self.undo_manager.redo()
        self.pull(stale)
        if self.document.snapshot() != expected:
            self.undoConflict.emit(
                QCoreApplication.translate(
                    "live", "Someone else changed the same part of the map since; their change is kept."
                )
            )

    # ------------------------------------------------------------------ Y -> local
    def _on_y_events(self, root: str, events, *_transaction) -> None:
        """Inside the Doc's commit: only note which parts changed (reading or writing the Doc is for later)."""
        try:
            if root in ("map", "extra"):
                self._y_dirty[root] = None
                return
            ids = self._y_dirty.setdefault(root, set())
            if ids is None:
                return
            for event in events:
                path = list(event.path)
                if path:
                    ids.add(str(path[0]))
                else:
                    ids.update(str(key) for key in event.keys)
        except Exception:  # noqa: BLE001 - an exception here would end the connection: read everything
            self._y_dirty[root] = None

    def _keep_dirty(self, dirty: dict[str, set[str] | None]) -> None:
        """A change that could not be applied is read again with the next one (it may be fixed by then)."""
        _merge_dirty(self._y_dirty, dirty)

    def pull(self, stale: Outgoing | None = None) -> bool:
        """Make the map equal the Doc (after a peer's update or an undo); True when it changed.

        ``stale``: parts changed here that the Doc does not hold (an undo's own change): compared again.
        """
        self.flush()
        place = QCoreApplication.translate("live", "the shared map")
        self._pulling = True
        dirty, self._y_dirty = self._y_dirty, {}
        try:
            if self._compared:
                new = read_changed(self.ydoc, self.mirror, dirty)
                hint = None if stale is not None or any(v is None for v in dirty.values()) else dirty
                old = _marked(self.mirror, stale)
            else:  # the first pull: the whole map (what the constructor read, unless the Doc changed since)
                new, hint, old = (read_flat(self.ydoc) if dirty else self.mirror), None, {}
            try:
                changed = pull_flat(self.document, old, new, place, hint)
            except ModelError:  # an id reused across kinds, or the like: take the whole map
                self.document.replace_content(_checked_document(new, place))
                changed = True
        except FormatError as exc:
            self._keep_dirty(dirty)
            self.remoteProblem.emit(str(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - a peer's data must never end the session
            self._keep_dirty(dirty)
            self.remoteProblem.emit(f"{type(exc).__name__}: {exc}")
            return False
        finally:
            self._pulling = False
        self.mirror = new
        self._compared = True
        if changed:
            self.remoteApplied.emit()
        return changed


def _merge_dirty(into: dict[str, set[str] | None], other: dict[str, set[str] | None]) -> None:
    for root, ids in other.items():
        if ids is None or into.get(root, set()) is None:
            into[root] = None
        else:
            into.setdefault(root, set()).update(ids)


def _marked(mirror: Flat, stale: Outgoing | None) -> Flat:
    """The mirror with the stale parts made to differ from anything the Doc holds."""
    if stale is None or not stale.pending():
        return mirror
    if stale.everything:
        return {}
    marked = dict(mirror)
    for root, ids in (("cards", stale.cards), ("connections", stale.connections)):
        marked[root] = {**mirror[root], **{i: {"stale": True} for i in ids}}
    return marked


def _checked_document(flat: Flat, place: str) -> JourneyDocument:
    from ..io.journey_format import data_to_document

    return data_to_document(flat_to_data(flat), place)
