"""The scene a picture is drawn from: the window's own, or one built for a document."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ...editor.scene import JourneyScene
from ...model import JourneyDocument


@contextmanager
def scene_for(doc: JourneyDocument) -> Iterator[JourneyScene]:
    """A canvas for ``doc`` that lives only while the export runs (no window, no editing)."""
    scene = JourneyScene(doc)
    try:
        yield scene
    finally:
        scene.detach()  # the document outlives this scene
        scene.clear()
