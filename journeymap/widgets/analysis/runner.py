"""Keeps an analysis of the window's map up to date without ever making the editor wait.

A change to the map (or to the persona or entry looked at) starts a short timer; when
it runs out, a still copy of the map is taken on the main thread (one pass over it) and
analysed on a worker thread. A result that an edit made meanwhile has outdated is dropped
and the next one is on its way, so typing on a big map never waits for the figures.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

DEBOUNCE_MS = 350


class AnalysisRunner(QObject):
    started = Signal()  # figures for the map as it is now are on their way
    finished = Signal(object, object)  # (Analysis, MapSnapshot) of the latest request
    failed = Signal(str)
    _delivered = Signal(int, object, object, object)  # from the worker: generation, result, snapshot, error

    def __init__(self, editor, parent=None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.persona: str | None = None
        self.entry: str | None = None
        self.top: int | None = None  # paths listed: None for the analysis's own default
        self.enabled = False
        self.busy = False
        self._generation = 0
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="analysis")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        self._delivered.connect(self._receive)
        editor.documentChanged.connect(self._on_change)
        editor.documentReplaced.connect(self._on_replaced)

    # ----------------------------------------------------------------- what to analyse
    def set_enabled(self, enabled: bool) -> None:
        """Only a panel or overlay on screen needs figures; a hidden one costs nothing."""
        if enabled != self.enabled:
            self.enabled = enabled
            if enabled:
                self.request(now=True)

    def set_view(self, persona: str | None, entry: str | None) -> None:
        if (persona, entry) != (self.persona, self.entry):
            self.persona, self.entry = persona, entry
            self.request(now=True)

    def request(self, now: bool = False) -> None:
        if not self.enabled:
            return
        self._generation += 1
        if now:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    # ----------------------------------------------------------------- following the map
    def _on_change(self, _event) -> None:
        self.request()

    def _on_replaced(self, _document) -> None:
        self.entry = None  # an entry card of the old map means nothing in the new one
        self.request(now=True)

    def shut_down(self) -> None:
        self.enabled = False
        self._timer.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)

    # ----------------------------------------------------------------- computing
    def _start(self) -> None:
        doc = self.editor.document
        if doc is None or not self.enabled:
            return
        from ...model.analysis.snapshot import MapSnapshot  # loaded when figures are first wanted

        generation = self._generation
        snapshot = MapSnapshot(doc)
        persona = self.persona if self.persona in {p.id for p in snapshot.personas()} else None
        entry = self.entry if self.entry is not None and snapshot.has_card(self.entry) else None
        self.busy = True
        self.started.emit()
        self._pool.submit(self._work, generation, snapshot, persona, entry, self.top)

    def _work(self, generation: int, snapshot, persona, entry, top: int | None) -> None:
        from ...model.analysis import DEFAULT_TOP, analyze

        top = DEFAULT_TOP if top is None else top
        try:
            result, error = analyze(snapshot, persona=persona, entry=entry, top=top), None
        except Exception as exc:  # a bug must not take the editor down: say so in the panel
            result, error = None, f"{exc.__class__.__name__}: {exc}"
        try:
            self._delivered.emit(generation, result, snapshot, error)
        except RuntimeError:
            pass  # the window closed meanwhile: nobody is waiting for these figures

    def _receive(self, generation: int, result, snapshot, error) -> None:
        if generation != self._generation:
            return  # an edit came in meanwhile; its own result follows
        self.busy = False
        if error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result, snapshot)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """For tests: process events until the latest request has been answered."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while (self.busy or self._timer.isActive()) and not deadline.hasExpired():
            QCoreApplication.processEvents()
        return not (self.busy or self._timer.isActive())
