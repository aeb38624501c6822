"""Presentation mode: the map alone on the projector.

F5 turns the window full screen with no menus, toolbars, docks or status bar, the
whole map fitted and no selection marks or focus frame. PageDown / PageUp (and the
arrows, mirrored in right-to-left maps) glide stage by stage, Home shows the whole
map again, T toggles larger card text for the back of the room, P steps through
the personas; Escape (or F5) leaves and puts the window back exactly as it was.
Nothing here changes the map.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QRectF, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import QBrush, QColor, QPainterPath, QTransform
from PySide6.QtWidgets import QDockWidget, QGraphicsItem, QGraphicsPathItem, QLabel, QToolBar

from ..editor import style
from ..editor.interaction import Interaction
from ..editor.items.card import CardTextCache
from .presentation_state import WindowSnapshot

Key = Qt.Key
ANIMATION_MS = 250
LARGE_TEXT_FACTOR = 1.4
MAX_PRESENTATION_ZOOM = 6.0
SPOTLIGHT_VEIL = QColor(255, 255, 255, 185)  # over the stages not being talked about


# Every text the room reads: card titles, stage, step and lane headers, connection captions.
SCALED_FONTS = ("CARD_FONT_SIZE", "STAGE_FONT_SIZE", "STEP_FONT_SIZE", "LANE_FONT_SIZE", "LABEL_FONT_SIZE")
BASE_FONTS = {name: getattr(style, name) for name in SCALED_FONTS}
CAPTION_CSS = ("QLabel { background: rgba(16, 42, 67, 215); color: white; border-radius: 10px;"
               " padding: 8px 18px; font-size: %dpx; }")
CAPTION_GAP = 28  # between the caption pill and the bottom of the screen


def set_card_text_scale(scene, factor: float, base_size: int | None = None) -> None:
    """Draw the map's texts ``factor`` times their usual size; cards and headers grow to fit
    (a view setting, not saved). ``base_size`` overrides the card titles' usual size."""
    for name in SCALED_FONTS:
        base = base_size if name == "CARD_FONT_SIZE" and base_size else BASE_FONTS[name]
        setattr(style, name, round(base * factor))
    scene.texts = CardTextCache()
    scene.rebuild()


class PresentationKeys(Interaction):
    """Presentation mode as the canvas's current interaction: it takes every key (modal), and a
    change of the map (a live session's peer editing) does not call it off."""

    modal = True

    def __init__(self, mode: PresentationMode) -> None:
        self.mode = mode

    @property
    def scene(self):
        return self.mode.scene

    def handle_key(self, key, mods) -> bool:
        return self.mode.handle_key(key, mods)

    def cancel(self) -> None:
        self.mode.leave()  # another map shown in the window, the window closing


class PresentationMode(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.keys = PresentationKeys(self)
        self.active = False
        self.large_text = False
        self.stage_index = -1  # -1: the whole map
        self._was_interactive = True
        self._snapshot: WindowSnapshot | None = None
        self._base_card_font = style.CARD_FONT_SIZE
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.valueChanged.connect(self._step_animation)
        self._from = QRectF()
        self._to = QRectF()
        self.spotlight = QGraphicsPathItem()
        self.spotlight.setBrush(QBrush(SPOTLIGHT_VEIL))
        self.spotlight.setPen(Qt.PenStyle.NoPen)
        self.spotlight.setZValue(30)
        self.spotlight.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.caption = QLabel(window.view)
        self.caption.setObjectName("presentation_caption")
        self.caption.setStyleSheet(CAPTION_CSS % 18)
        self.caption.hide()
        self._caption_timer = QTimer(self)
        self._caption_timer.setSingleShot(True)
        self._caption_timer.setInterval(2200)
        self._caption_timer.timeout.connect(self.caption.hide)

    @property
    def view(self):
        return self.window.view

    @property
    def scene(self):
        return self.window.scene

    # ----------------------------------------------------------------- entering and leaving
    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        if self.active:
            return
        window, view, scene = self.window, self.view, self.scene
        scene.cancel_edit()
        for popup in (getattr(window, "shortcuts_overlay", None), getattr(window, "quick_add_popup", None)):
            if popup is not None:
                popup.hide()
        self._snapshot = WindowSnapshot.take(window)
        self.active = True
        self.stage_index = -1
        for widget in [window.menuBar(), window.statusBar(), *window.findChildren(QToolBar),
                       *window.findChildren(QDockWidget)]:
            widget.hide()
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._set_marks_hidden(True)
        self._was_interactive = view.isInteractive()
        view.setInteractive(False)  # clicks and drags on the projector never move a card
        keyboard = getattr(window, "keyboard_entry", None)
        if keyboard is not None:
            keyboard.enabled = False
        scene.begin_interaction(self.keys)  # every key of the canvas comes here while presenting
        window.installEventFilter(self)
        scene.addItem(self.spotlight)
        self.spotlight.setVisible(False)
        window.showFullScreen()
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, lambda: self.show_rect(self.target_rect(), animate=False))

    def leave(self) -> None:
        if not self.active:
            return
        window, view = self.window, self.view
        self._animation.stop()
        self.caption.hide()
        self.scene.end_interaction(self.keys)
        window.removeEventFilter(self)
        if self.spotlight.scene() is not None:
            self.spotlight.scene().removeItem(self.spotlight)
        if self.large_text:
            self.set_large_text(False)
        self.active = False
        self._set_marks_hidden(False)
        view.setSceneRect(QRectF())  # the view follows the scene's own rectangle again
        view.setInteractive(self._was_interactive)
        keyboard = getattr(window, "keyboard_entry", None)
        if keyboard is not None:
            keyboard.enabled = True
        self._snapshot.restore(window)
        self._snapshot = None
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_marks_hidden(self, hidden: bool) -> None:
        """No selection outlines, hover marks, handles or focus frame on the projector."""
        scene = self.scene
        scene.exporting = hidden
        scene.handle_item.setVisible(not hidden and scene.handle_item.card is not None)
        for item in scene.items():
            if item.cacheMode() != QGraphicsItem.CacheMode.NoCache:
                item.update()
        scene.update()

    # ----------------------------------------------------------------- where to look
    def stage_rects(self) -> list[QRectF]:
        """Each stage with its steps' columns, header to last lane, in timeline order."""
        scene = self.scene
        scene.apply_geometry()
        layout = scene.layout
        rects = []
        doc = scene.document
        for stage in doc.stages():
            box = layout.stages[stage.id]
            rect = QRectF(box.x, box.y, box.w, layout.grid.bottom - box.y)
            steps = {step.id for step in stage.steps}
            cards = [item.sceneBoundingRect() for card_id, item in scene.card_items.items()
                     if doc.has_card(card_id) and doc.card(card_id).step in steps]
            if cards:  # a tall map: the stage's header down to its last card, not every empty lane below
                bottom = max(r.bottom() for r in cards)
                top = min(box.y, min(r.top() for r in cards))
                rect = QRectF(box.x, top, box.w, bottom - top)
            rects.append(rect.adjusted(-12, -12, 12, 12))
        return rects

    def target_rect(self) -> QRectF:
        rects = self.stage_rects()
        if 0 <= self.stage_index < len(rects):
            return rects[self.stage_index]
        self.stage_index = -1
        return self.scene.map_rect()

    def go_to_stage(self, index: int, animate: bool = True) -> None:
        """-1 (or past either end) shows the whole map."""
        count = len(self.stage_rects())
        self.stage_index = index if 0 <= index < count else -1
        self.show_rect(self.target_rect(), animate)
        self._update_spotlight()
        if self.stage_index >= 0:
            self.show_caption(self.scene.document.stages()[self.stage_index].name)

    def step_stage(self, delta: int) -> None:
        count = len(self.stage_rects())
        if self.stage_index < 0:
            index = 0 if delta > 0 else count - 1
        else:
            index = self.stage_index + delta
        self.go_to_stage(index if 0 <= index < count else -1)

    def _update_spotlight(self) -> None:
        """Veil the other stages (headers and grid) so the room looks at the one being discussed.

        A tall map cannot zoom in much on one stage (it must show every lane), so the
        veil is what makes stage-by-stage presenting read as such.
        """
        if self.stage_index < 0 or self.spotlight.scene() is None:
            self.spotlight.setVisible(False)
            return
        layout = self.scene.layout
        stage = layout.stages[self.scene.document.stages()[self.stage_index].id]
        band = QRectF(layout.grid.x, stage.y, layout.grid.w, layout.grid.bottom - stage.y)
        lit = QRectF(stage.x, stage.y, stage.w, layout.grid.bottom - stage.y)
        veil = QPainterPath()
        veil.addRect(band)
        hole = QPainterPath()
        hole.addRect(lit)
        self.spotlight.setPath(veil.subtracted(hole))
        self.spotlight.setVisible(True)

    def show_rect(self, rect: QRectF, animate: bool = True) -> None:
        self._animation.stop()
        self._to = QRectF(rect)
        if not animate:
            self._fit(self._to)
            return
        self._from = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        self._animation.start()

    def _step_animation(self, value) -> None:
        t = float(value)
        a, b = self._from, self._to
        rect = QRectF(
            a.x() + (b.x() - a.x()) * t,
            a.y() + (b.y() - a.y()) * t,
            a.width() + (b.width() - a.width()) * t,
            a.height() + (b.height() - a.height()) * t,
        )
        self._fit(rect)

    def _fit(self, rect: QRectF) -> None:
        view = self.view
        viewport = view.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            return
        # the bottom band is the caption pill's: the map is fitted above it, so it covers nothing
        reserve = 2 * (self._caption_height() + CAPTION_GAP)
        viewport = viewport.adjusted(0, 0, 0, -min(reserve, viewport.height() // 3))
        factor = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        factor = min(factor, MAX_PRESENTATION_ZOOM)
        view.setTransform(QTransform.fromScale(factor, factor))
        # room around the map, so a stage at its bottom edge can sit above the caption too
        # (a view cannot scroll past its scene rectangle)
        room = max(view.viewport().width(), view.viewport().height()) / factor
        view.setSceneRect(self.scene.sceneRect().united(rect.adjusted(-room, -room, room, room)))
        view.centerOn(rect.center())
        view.zoomChanged.emit(factor)

    # ----------------------------------------------------------------- options
    def set_large_text(self, on: bool) -> None:
        if on == self.large_text:
            return
        self.large_text = on
        set_card_text_scale(self.scene, LARGE_TEXT_FACTOR if on else 1.0, self._base_card_font)
        self.caption.setStyleSheet(CAPTION_CSS % round(18 * (LARGE_TEXT_FACTOR if on else 1.0)))
        if self.active:
            self._set_marks_hidden(True)
            self.show_rect(self.target_rect(), animate=False)
            self._update_spotlight()
            self.show_caption(self.tr("Larger text") if on else self.tr("Normal text"))

    def cycle_persona(self) -> None:
        persona_filter = getattr(self.window, "persona_filter", None)
        if persona_filter is None:
            return
        persona_id = persona_filter.cycle()
        name = self.scene.document.persona(persona_id).name if persona_id else self.tr("All personas")
        self.show_caption(name)

    def _caption_height(self) -> int:
        """The caption pill's height, known before its text is (the map is fitted first)."""
        size = 18 * (LARGE_TEXT_FACTOR if self.large_text else 1.0)
        return round(size * 1.45) + 2 * 8 + 4  # its line, its padding, its rounding

    def show_caption(self, text: str) -> None:
        """A short caption at the bottom of the screen (a stage name, a persona), gone after two seconds."""
        self.caption.setText(text)
        self.caption.adjustSize()
        viewport = self.view.viewport().rect()
        x = (viewport.width() - self.caption.width()) // 2
        self.caption.move(x, viewport.height() - self.caption.height() - CAPTION_GAP)
        self.caption.show()
        self.caption.raise_()
        self._caption_timer.start()

    # ----------------------------------------------------------------- keys
    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.active:
            self.leave()  # first, so the window remembers its normal size, bars and docks, not the projector's
            return False
        return False

    def handle_key(self, key, mods) -> bool:
        """Keys of presentation mode; every other key is swallowed so that nothing is edited by accident."""
        rtl = self.scene.is_rtl()
        forward_arrow, back_arrow = (Key.Key_Left, Key.Key_Right) if rtl else (Key.Key_Right, Key.Key_Left)
        if key in (Key.Key_Escape, Key.Key_F5):
            self.leave()
        elif key in (Key.Key_PageDown, forward_arrow, Key.Key_Space, Key.Key_Down):
            self.step_stage(1)
        elif key in (Key.Key_PageUp, back_arrow, Key.Key_Backspace, Key.Key_Up):
            self.step_stage(-1)
        elif key == Key.Key_Home:
            self.go_to_stage(-1)
        elif key == Key.Key_End:
            self.go_to_stage(len(self.stage_rects()) - 1)
        elif key == Key.Key_T and mods == Qt.KeyboardModifier.NoModifier:
            self.set_large_text(not self.large_text)
        elif key == Key.Key_P and mods == Qt.KeyboardModifier.NoModifier:
            self.cycle_persona()
        elif mods & Qt.KeyboardModifier.ControlModifier:
            return False  # Ctrl+S, Ctrl+Q... still work
        return True
