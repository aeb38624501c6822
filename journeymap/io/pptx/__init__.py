"""PowerPoint export: a deck of native, editable shapes (see ``deck``), registered as ``pptx``."""

from __future__ import annotations

from pathlib import Path

from ...model.text import QT_TRANSLATE_NOOP, Text
from ..errors import SaveError
from ..export_formats import register_format
from ..journey_file import write_bytes_atomic


@register_format("pptx", QT_TRANSLATE_NOOP("messages", "PowerPoint presentation"), needs_gui=True)
def export_pptx(doc, path, options, progress=None) -> None:
    """Write ``doc`` as a deck to ``path`` atomically; ``SaveError`` with one message on failure."""
    from .deck import build_deck

    known = [stage.id for stage in doc.stages()]
    unknown = [stage_id for stage_id in options.stages if stage_id not in known]
    if unknown:
        template = QT_TRANSLATE_NOOP("messages", "the map has no stage with the id “%1”; its stages are: %2")
        raise SaveError(Text(template, unknown[0], ", ".join(known)))
    try:
        payload = build_deck(doc, tuple(options.stages), progress)
    except MemoryError:
        raise SaveError(Text(QT_TRANSLATE_NOOP("messages", "there is not enough memory to make this deck"))) from None
    write_bytes_atomic(Path(path), payload)
