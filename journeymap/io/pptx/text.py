"""Text on slides: real, editable paragraphs that read right in both directions.

python-pptx writes only a Latin typeface and knows nothing of direction, so each
paragraph gets ``rtl="1"`` and right alignment when its text runs right-to-left
(decided by the same rule as the canvas, ``bidi.base_direction``), and each run a
language and a complex-script typeface (``a:cs``) beside the Latin one. The faces
carry a PANOSE number and pitch family, which is how PowerPoint picks a fallback
on a machine without Noto Sans. Control characters, which PowerPoint would show
literally, are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lxml import etree
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from ...editor.bidi import base_direction, has_rtl

LATIN_FACE = ("Noto Sans", "020B0502040504020204")
HEBREW_FACE = ("Noto Sans Hebrew", "020B0502040504020204")
PITCH_FAMILY = "34"  # variable pitch, sans-serif ("swiss"): the fallback PowerPoint substitutes
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b\ufeff]")


def clean(text: str) -> str:
    """``text`` without characters a slide would show as boxes; tabs become spaces."""
    return _CONTROL.sub("", text.replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n"))


@dataclass(frozen=True)
class TextStyle:
    size_pt: float
    color: str = "1F2933"
    bold: bool = False
    align: str = "start"  # "start" (the reading start of the map), "center" or "end"
    anchor: str = "top"  # "top" or "middle"


def _alignment(align: str, rtl_paragraph: bool, rtl_map: bool):
    if align == "center":
        return PP_ALIGN.CENTER
    right = rtl_map if align == "start" else not rtl_map  # alignment follows the map, as on the canvas
    return PP_ALIGN.RIGHT if right else PP_ALIGN.LEFT


def _face(parent, tag: str, face: tuple[str, str]) -> None:
    element = parent.find(qn(tag))
    if element is None:
        element = etree.SubElement(parent, qn(tag))
    element.set("typeface", face[0])
    element.set("panose", face[1])
    element.set("pitchFamily", PITCH_FAMILY)


def style_run(run, text: str, style: TextStyle, language: str) -> None:
    """Size, weight, colour, both typefaces and the language of one run."""
    font = run.font
    font.size = Pt(style.size_pt)
    font.bold = style.bold
    font.color.rgb = _rgb(style.color)
    rpr = run._r.get_or_add_rPr()
    hebrew = has_rtl(text)
    rpr.set("lang", "he-IL" if hebrew else language)
    if hebrew:
        rpr.set("altLang", "en-US")
    _face(rpr, "a:latin", LATIN_FACE)
    _face(rpr, "a:cs", HEBREW_FACE)


def _rgb(color: str):
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(color.lstrip("#")[:6].upper())


MIN_POINTS = 1.0  # the smallest size a slide's text may have; smaller is written as 1 pt at a font scale


def write_text(
    text_frame, text: str, style: TextStyle, rtl_map: bool, language: str = "en-US", append: bool = False
) -> float:
    """Write ``text`` into an empty frame (or after its paragraphs, ``append``): a paragraph per line,
    each with its own direction.

    Returns the font scale the text needs beyond its written size (below 1 only when the
    size is under ``MIN_POINTS``, as on the overview of a very wide map); it is written too.
    """
    shrink = min(1.0, style.size_pt / MIN_POINTS)
    if shrink < 1.0:
        style = replace(style, size_pt=MIN_POINTS)
        set_autofit(text_frame, shrink)
    lines = clean(text).split("\n") or [""]
    text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE if style.anchor == "middle" else MSO_ANCHOR.TOP
    paragraphs = list(text_frame.paragraphs)
    for index, line in enumerate(lines):
        paragraph = paragraphs[0] if index == 0 and not append else text_frame.add_paragraph()
        rtl = base_direction(line, rtl_map) == "rtl"
        paragraph.alignment = _alignment(style.align, rtl, rtl_map)
        if rtl:
            paragraph._p.get_or_add_pPr().set("rtl", "1")
        run = paragraph.add_run()
        run.text = line
        style_run(run, line, style, language)
        end = paragraph._p.get_or_add_endParaRPr()
        end.set("sz", str(round(style.size_pt * 100)))
        end.set("lang", "he-IL" if rtl else language)
    return shrink


def set_insets(text_frame, left: float, top: float, right: float, bottom: float) -> None:
    """Inner margins in EMU; word wrap on, so the slide wraps lines as the canvas does."""
    text_frame.word_wrap = True
    text_frame.margin_left, text_frame.margin_top = Emu(round(left)), Emu(round(top))
    text_frame.margin_right, text_frame.margin_bottom = Emu(round(right)), Emu(round(bottom))


def set_autofit(text_frame, font_scale: float | None) -> None:
    """``normAutofit`` (shrink on overflow) with the scale that fits the text now, when below 100%.

    PowerPoint applies the shrink only after the text is edited, so the scale is
    worked out beforehand (``fit.font_scale``) and written here.
    """
    body = text_frame._txBody.bodyPr
    for tag in ("a:noAutofit", "a:spAutoFit", "a:normAutofit"):
        for old in body.findall(qn(tag)):
            body.remove(old)
    fit = etree.SubElement(body, qn("a:normAutofit"))
    if font_scale is not None and font_scale < 0.999:
        fit.set("fontScale", str(round(font_scale * 100000)))


def language_tag(code: str) -> str:
    """An OOXML language tag for a map's language code ('he' -> 'he-IL')."""
    code = (code or "en").strip()
    known = {"he": "he-IL", "iw": "he-IL", "en": "en-US", "ar": "ar-SA"}
    if "-" in code:
        return code
    return known.get(code.lower(), code.lower() or "en-US")
