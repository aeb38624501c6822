"""PNG, SVG and PDF exports: the pictures the canvas draws, written to files or bytes.

Every picture is drawn by the scene the user sees (one drawing code): the window's
own scene when exporting from the editor, or a scene built for the document on the
command line. This module registers the three formats with ``export_formats``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from ..editor.scene import JourneyScene
from ..model import JourneyDocument
from ..model.text import QT_TRANSLATE_NOOP
from .errors import SaveError
from .export_formats import ExportOptions, Progress, register_format
from .journey_file import document_to_json, write_bytes_atomic
from .pictures.embedded import embedded_map
from .pictures.options import PictureOptions, picture_options
from .pictures.pdf import render_pdf
from .pictures.png import png_bytes, render_image
from .pictures.source import scene_for
from .pictures.svg import render_svg
from .png_embed import png_with_map

STEPS = 3  # drawn, encoded, written: what the progress callback counts


@contextmanager
def shown(scene: JourneyScene, options: PictureOptions) -> Iterator[tuple[JourneyScene, PictureOptions]]:
    """The scene and options a picture is drawn with. A selection is drawn as the small map it
    shows (embedded_map): its cards with the stage, step and lane headers of their cells, and
    nothing of the cards, connections and captions around them; its legend names only that."""
    if not options.selection:
        yield scene, options
        return
    with scene_for(embedded_map(scene.document, options.selection)) as own:
        yield own, replace(options, selection=())


def picture_png(scene: JourneyScene, options: PictureOptions, progress: Progress | None = None) -> bytes:
    """The PNG bytes; with ``options.embeds_map`` the map it shows is inside, so the picture
    opens again as an editable map (a selection carries only what it shows)."""
    embed = options.embeds_map
    with shown(scene, options) as (drawn, drawn_options):
        image = render_image(drawn, drawn_options)
        if progress is not None:
            progress(1, STEPS)  # drawn; compressing a large picture takes longer than drawing it
        data = png_bytes(image)
        return png_with_map(data, document_to_json(drawn.document)) if embed else data


def picture_svg(scene: JourneyScene, options: PictureOptions, progress: Progress | None = None) -> bytes:
    info = scene.document.info
    description = info.description.strip() if info.description else ""
    with shown(scene, options) as (drawn, drawn_options):
        return render_svg(drawn, drawn_options, info.title, description or "Customer journey map made with Journeymap")


def picture_pdf(scene: JourneyScene, options: PictureOptions, progress: Progress | None = None) -> bytes:
    return pdf_and_summary(scene, options)[0]


def pdf_and_summary(scene: JourneyScene, options: PictureOptions) -> tuple[bytes, str]:
    """The PDF and what paper it went onto ("A4 landscape, 3 pages"; "" for a page the size of the map)."""
    with shown(scene, options) as (drawn, drawn_options):
        return render_pdf(drawn, drawn_options, scene.document.info.title or "Journey map")


RENDERERS: dict[str, Callable[[JourneyScene, PictureOptions, Progress | None], bytes]] = {
    "png": picture_png,
    "svg": picture_svg,
    "pdf": picture_pdf,
}


def export_picture(
    name: str,
    doc: JourneyDocument,
    path: str | os.PathLike,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
    scene: JourneyScene | None = None,
) -> str:
    """Write ``doc`` as a ``name`` picture to ``path`` atomically; ``SaveError`` on failure.

    Pass ``scene`` to draw from a scene that already shows ``doc`` (the editor's). Returns what
    the user should hear about the result beyond its name: the paper and pages of a PDF, or "".
    """
    opts = picture_options(options)
    report = progress or (lambda _done, _total: None)
    report(0, STEPS)
    try:
        if scene is not None:
            payload, summary = _render(name, scene, opts, report)
        else:
            with scene_for(doc) as own_scene:
                payload, summary = _render(name, own_scene, opts, report)
    except MemoryError:
        raise SaveError("there is not enough memory to make this picture; choose a smaller scale or DPI") from None
    report(2, STEPS)
    write_bytes_atomic(Path(path), payload)
    report(STEPS, STEPS)
    return summary


def _render(name: str, scene: JourneyScene, options: PictureOptions, report: Progress) -> tuple[bytes, str]:
    if name == "pdf":
        return pdf_and_summary(scene, options)
    return RENDERERS[name](scene, options, report), ""


@register_format("png", QT_TRANSLATE_NOOP("messages", "PNG picture"), needs_gui=True)
def export_png(doc, path, options, progress=None) -> None:
    export_picture("png", doc, path, options, progress)


@register_format("svg", QT_TRANSLATE_NOOP("messages", "SVG picture"), needs_gui=True)
def export_svg(doc, path, options, progress=None) -> None:
    export_picture("svg", doc, path, options, progress)


@register_format("pdf", QT_TRANSLATE_NOOP("messages", "PDF document"), needs_gui=True)
def export_pdf(doc, path, options, progress=None) -> None:
    export_picture("pdf", doc, path, options, progress)
