"""The web page: the SVG export inline, with a small script to explore it (``assets/web``).

Everything is inside the one file: the picture, the map's data as JSON, the style, the
script and the fonts as data URLs, and a Content-Security-Policy that forbids the page
to load anything, so it behaves the same offline, from an e-mail attachment or a share.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from ...model import JourneyDocument
from ..map_words import in_language_of, translate
from ..pictures.frame import build_frame
from ..pictures.options import PictureOptions
from ..pictures.source import scene_for
from ..pictures.svg import render_svg
from .fonts_inline import font_face_css
from .page_data import card_boxes, page_data, script_json

WEB_DIR = Path(__file__).resolve().parent.parent.parent / "assets" / "web"
POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; font-src data:; img-src data:"
STEPS = 3


def labels() -> dict[str, str]:
    """The page's own words, in the interface language."""
    return {
        "search": translate("web", "Search cards"),
        "persona": translate("web", "Persona"),
        "allPersonas": translate("web", "All personas"),
        "zoomIn": translate("web", "Zoom in"),
        "zoomOut": translate("web", "Zoom out"),
        "fit": translate("web", "Fit"),
        "legend": translate("web", "Legend"),
        "close": translate("web", "Close"),
        "map": translate("web", "Journey map"),
        "matches": translate("web", "%1 of %2 cards match"),
        "noMatch": translate("web", "No card matches"),
        "emotion": translate("web", "Emotion"),
        "kpis": translate("web", "KPIs"),
        "owner": translate("web", "Owner"),
        "personas": translate("web", "Personas"),
        "incoming": translate("web", "Comes from"),
        "outgoing": translate("web", "Leads to"),
        "moment": translate("web", "Moment of truth"),
        "none": translate("web", "None"),
        "where": translate("web", "%1 · %2 · %3"),
        "kind:touchpoint": translate("web", "Touchpoint"),
        "kind:action": translate("web", "Action"),
        "kind:motivation": translate("web", "Motivation"),
        "kind:question": translate("web", "Question"),
        "kind:friction": translate("web", "Friction"),
        "kind:opportunity": translate("web", "Opportunity"),
        "kind:note": translate("web", "Note"),
        "help": translate(
            "web",
            "Drag or use the arrow keys to move, the wheel or + and − to zoom, 0 to fit. "
            "Click a card, or Tab to it and press Enter, for its details.",
        ),
    }


def _inline_svg(svg: str, width: float, height: float) -> str:
    """The SVG document as an element of the page: no XML prolog, sized in CSS pixels."""
    start = svg.find("<svg")
    element = svg[start:]
    opening_end = element.find(">")
    opening = element[:opening_end]
    opening = re.sub(r'\s(width|height)="[^"]*"', "", opening)
    opening += f' width="{width:.0f}" height="{height:.0f}" id="map" role="img" aria-labelledby="map-title"'
    return opening + element[opening_end:]


def build_page(doc: JourneyDocument, progress=None) -> str:
    """The page's HTML, its own words in the map's language."""
    with in_language_of(doc):
        return _build_page(doc, progress)


def _build_page(doc: JourneyDocument, progress=None) -> str:
    report = progress or (lambda _done, _total: None)
    report(0, STEPS)
    options = PictureOptions(title=False, legend=False)
    info = doc.info
    with scene_for(doc) as scene:
        with scene.export_mode():
            frame = build_frame(scene, options)
        boxes = card_boxes(scene, frame)
        svg = render_svg(scene, options, info.title, info.description.strip()).decode("utf-8")
    report(1, STEPS)
    words = labels()
    data = page_data(doc, boxes, words)
    text = " ".join(
        [
            info.title,
            info.description,
            *words.values(),
            *(c["title"] + c["description"] + c["owner"] for c in data["cards"]),
            *(p.name + p.description + "".join(p.goals) for p in doc.personas()),
        ]
    )
    text += "".join(svg_text for svg_text in re.findall(r">([^<]+)<", svg))
    fonts = font_face_css(text)
    report(2, STEPS)
    rtl = info.direction == "rtl"
    page = (WEB_DIR / "page.html").read_text(encoding="utf-8")
    values = {
        "LANG": html.escape(info.language or "en"),
        "DIR": "rtl" if rtl else "ltr",
        "POLICY": POLICY,
        "TITLE": html.escape(info.title or words["map"]),
        "STYLE": fonts + "\n" + (WEB_DIR / "map.css").read_text(encoding="utf-8"),
        "SVG": _inline_svg(svg, frame.width, frame.height),
        "DATA": script_json(data),
        "SCRIPT": (WEB_DIR / "map.js").read_text(encoding="utf-8"),
        "HELP": html.escape(words["help"]),
        "L_SEARCH": html.escape(words["search"]),
        "L_PERSONA": html.escape(words["persona"]),
        "L_ZOOM_IN": html.escape(words["zoomIn"]),
        "L_ZOOM_OUT": html.escape(words["zoomOut"]),
        "L_FIT": html.escape(words["fit"]),
        "L_LEGEND": html.escape(words["legend"]),
        "L_CLOSE": html.escape(words["close"]),
        "L_MAP": html.escape(words["map"]),
    }
    result = re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], page)
    report(STEPS, STEPS)
    return result
