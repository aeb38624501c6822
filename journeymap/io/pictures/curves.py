"""Which emotion curves and which persona a picture shows: the same for the Export dialog
and ``journeymap export``, whatever the window shows at the moment.

``curves`` "personas" draws one curve per persona (the map's overall curve when it has
none), as the canvas does with "All personas"; "overall" draws the map's one curve.
``persona`` shows the map as that persona's filter does. The window's own filter is
set back when the picture is drawn; a scene without one (the command line) gets one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ...editor.persona_filter import PersonaFilter
from ...editor.scene import JourneyScene
from .options import PictureOptions


def persona_filter_of(scene: JourneyScene) -> PersonaFilter:
    """The scene's persona filter (the window's), or a new one for a scene without a window."""
    found = scene.findChildren(PersonaFilter)
    return found[0] if found else PersonaFilter(scene)


def shown_persona(scene: JourneyScene, options: PictureOptions) -> str | None:
    """The id of the persona the picture shows, or None for all (an unknown id counts as none)."""
    persona = options.persona
    return persona if persona in {p.id for p in scene.document.personas()} else None


@contextmanager
def curves_for(scene: JourneyScene, options: PictureOptions) -> Iterator[None]:
    """While a picture is drawn: the persona and the curves ``options`` ask for."""
    persona_filter = persona_filter_of(scene)
    was = persona_filter.persona_id
    persona_filter.set_persona(shown_persona(scene, options))
    hidden = []
    overall_was = scene.emotion_item.isVisible()
    if options.curves == "overall" and scene.layout.emotion_lane is not None:
        hidden = [curve for curve in persona_filter.curves if curve.isVisible()]
        for curve in hidden:
            curve.setVisible(False)
        scene.emotion_item.setVisible(True)
    try:
        yield
    finally:
        for curve in hidden:
            curve.setVisible(True)
        scene.emotion_item.setVisible(overall_was)
        persona_filter.set_persona(was)
