"""A whole deck: the map on slide 1, a slide per stage, and the personas.

Every slide is drawn from a canvas scene (``JourneyScene``) of the map or of the part
of it the slide shows, so the deck has the canvas's geometry: the same wrapping, card
heights, connection routes and caption places as the PNG export.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from lxml import etree
from pptx import Presentation
from pptx.util import Emu

from ...editor import style
from ...i18n import arg
from ...model import JourneyDocument
from ..map_words import in_language_of, translate
from ..pictures.frame import content_rect
from ..pictures.source import scene_for
from .card_shapes import draw_cards
from .connector_shapes import draw_connections, send_behind
from .emotion_shapes import draw_emotion
from .figures import stage_figures, stage_reach
from .frame import HEADER, MARGIN, SLIDE_HEIGHT, SLIDE_WIDTH, Placement, content_area, fit
from .grid_shapes import draw_grid, draw_headers
from .notes import write_notes
from .personas_slide import draw_personas, persona_pages, personas_title
from .shape_ids import counted_shape_ids
from .stage_map import MAX_WIDEN, part_of_map
from .text import TextStyle, language_tag, set_insets, write_text

BLANK_LAYOUT = 6
Progress = Callable[[int, int], None]


def build_deck(*args, **kwargs) -> bytes:
    """The deck as .pptx bytes (see ``_build_deck``), its shape ids counted rather than searched for."""
    with counted_shape_ids(), in_language_of(args[0] if args else kwargs["doc"]):
        return _build_deck(*args, **kwargs)


def _build_deck(
    doc: JourneyDocument, stage_ids: tuple[str, ...] = (), progress: Progress | None = None, personas: bool = True
) -> bytes:
    """The deck as .pptx bytes; ``stage_ids`` chooses stages (all when empty)."""
    report = progress or (lambda _done, _total: None)
    stages = [stage for stage in doc.stages() if not stage_ids or stage.id in stage_ids]
    pages = persona_pages(doc.personas()) if personas else []
    total = 2 + len(stages) + len(pages)
    report(0, total)
    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(SLIDE_WIDTH), Emu(SLIDE_HEIGHT)
    layout = deck.slide_layouts[BLANK_LAYOUT]
    rtl = doc.info.direction == "rtl"
    language = language_tag(doc.info.language)
    overview = deck.slides.add_slide(layout)
    whole = doc if not stage_ids else part_of_map(doc, [s.id for s in stages], compact=False)
    with scene_for(whole) as scene:
        _slide_title(overview, doc.info.title, "", rtl, language)
        headers = _draw_map(overview, scene, content_area(), language)
    report(1, total)
    reach = stage_reach(doc)
    for number, stage in enumerate(stages, start=1):
        slide = deck.slides.add_slide(layout)
        subtitle = arg(translate("pptx", "Stage %1 of %2 · %3"), number, len(stages), doc.info.title)
        _slide_title(slide, stage.name, subtitle, rtl, language)
        own_headers = _draw_stage(slide, doc, stage.id, language)
        _link(headers.get(stage.id), slide)
        _link(own_headers.get(stage.id), overview)
        _back_link(slide, overview, rtl, language)
        write_notes(slide, stage, stage_figures(doc, stage, reach), rtl, language)
        report(1 + number, total)
    for page in pages:
        slide = deck.slides.add_slide(layout)
        _slide_title(slide, personas_title(), doc.info.title, rtl, language)
        draw_personas(slide, page, rtl, language)
        _back_link(slide, overview, rtl, language)
    report(total - 1, total)
    out = io.BytesIO()
    deck.save(out)
    report(total, total)
    return out.getvalue()


def _draw_stage(slide, doc: JourneyDocument, stage_id: str, language: str) -> dict:
    """The stage as a small map, widened to fill the slide's width when it is tall."""
    area = content_area()
    part = part_of_map(doc, [stage_id], compact=True)
    with scene_for(part) as scene:
        region = content_rect(scene)
        wanted = (area[2] / area[3]) * region.height()
        widen = min(
            MAX_WIDEN, max(1.0, (wanted - style.LANE_HEADER_WIDTH) / max(1.0, region.width() - style.LANE_HEADER_WIDTH))
        )
        if widen <= 1.05:  # wide enough as it is
            return _draw_map(slide, scene, area, language)
    with scene_for(part_of_map(doc, [stage_id], compact=True, widen=widen)) as scene:
        return _draw_map(slide, scene, area, language)


def _draw_map(slide, scene, area, language: str) -> dict:
    """Everything of ``scene`` onto ``slide``, fitted into ``area``; returns the stage header shapes."""
    region = content_rect(scene)
    place: Placement = fit((region.x(), region.y(), region.width(), region.height()), area)
    shapes = slide.shapes
    doc, layout = scene.document, scene.layout
    draw_grid(shapes, layout, doc, place)
    headers = draw_headers(shapes, doc, layout, place, language)
    draw_emotion(shapes, scene, place)
    order = [card_id for _cell, ids in doc.cells() for card_id in ids]
    cards = draw_cards(shapes, scene, order, place, language)
    connectors = draw_connections(shapes, scene, cards, place, language)
    first = next(iter(cards.values()), None)
    if first is not None:
        send_behind(connectors, _top_level(first))
    etree.cleanup_namespaces(shapes._spTree)
    return headers


class _Element:
    """A shape-tree element wrapped as send_behind expects (a card inside its badge group)."""

    def __init__(self, element) -> None:
        self._element = element


def _top_level(shape):
    element = shape._element
    while element.getparent() is not None and element.getparent().tag.endswith("}grpSp"):
        element = element.getparent()
    return _Element(element)


def _slide_title(slide, title: str, subtitle: str, rtl: bool, language: str) -> None:
    box = slide.shapes.add_textbox(
        Emu(MARGIN), Emu(MARGIN // 2), Emu(SLIDE_WIDTH - 2 * MARGIN - 1_371_600), Emu(HEADER)
    )
    box.name = "slide-title"
    if rtl:
        box.left = Emu(MARGIN + 1_371_600)
    frame = box.text_frame
    set_insets(frame, 0, 0, 0, 0)
    write_text(
        frame, title or translate("pptx", "Journey map"), TextStyle(24.0, style.TITLE_TEXT, bold=True), rtl, language
    )
    if subtitle:
        write_text(frame, subtitle, TextStyle(12.0, style.TEXT_MUTED), rtl, language, append=True)


def _back_link(slide, overview, rtl: bool, language: str) -> None:
    width = 1_280_160
    left = MARGIN if rtl else SLIDE_WIDTH - MARGIN - width
    box = slide.shapes.add_textbox(Emu(left), Emu(MARGIN // 2), Emu(width), Emu(320_040))
    box.name = "link:overview"
    frame = box.text_frame
    set_insets(frame, 0, 0, 0, 0)
    words = translate("pptx", "Whole map")
    text = f"→ {words}" if rtl else f"← {words}"
    write_text(frame, text, TextStyle(12.0, style.SELECTION, align="end"), rtl, language)
    _link(box, overview)


def _link(shape, slide) -> None:
    if shape is not None:
        shape.click_action.target_slide = slide
