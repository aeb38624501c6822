"""The web page export: one self-contained .html that any browser opens offline (``page``)."""

from __future__ import annotations

from pathlib import Path

from ...model.text import QT_TRANSLATE_NOOP, Text
from ..errors import SaveError
from ..export_formats import register_format
from ..journey_file import write_bytes_atomic


@register_format("html", QT_TRANSLATE_NOOP("messages", "Web page"), needs_gui=True)
def export_html(doc, path, options, progress=None) -> None:
    """Write ``doc`` as a web page to ``path`` atomically; ``SaveError`` with one message on failure."""
    from .page import build_page

    try:
        payload = build_page(doc, progress).encode("utf-8")
    except MemoryError:
        raise SaveError(Text(QT_TRANSLATE_NOOP("messages", "there is not enough memory to make this page"))) from None
    write_bytes_atomic(Path(path), payload)
