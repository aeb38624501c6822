"""PowerPoint export: a deck of native, editable shapes (see ``deck``), registered as ``pptx``."""

from __future__ import annotations

from pathlib import Path

from ..errors import SaveError
from ..export_formats import register_format
from ..journey_file import write_bytes_atomic


@register_format("pptx", "PowerPoint presentation", needs_gui=True)
def export_pptx(doc, path, options, progress=None) -> None:
    """Write ``doc`` as a deck to ``path`` atomically; ``SaveError`` with one message on failure."""
    from .deck import build_deck

    unknown = [stage_id for stage_id in options.stages if not any(s.id == stage_id for s in doc.stages())]
    if unknown:
        raise SaveError(f"the map has no stage {unknown[0]!r}; choose among: " + ", ".join(s.id for s in doc.stages()))
    try:
        payload = build_deck(doc, tuple(options.stages), progress)
    except MemoryError:
        raise SaveError("there is not enough memory to make this deck") from None
    write_bytes_atomic(Path(path), payload)
