"""Text on slides: real, editable paragraphs that read right in both directions.

python-pptx writes only a Latin typeface and knows nothing of direction, so each
paragraph gets ``rtl="1"`` when its text runs right-to-left (decided by the same rule
as the canvas, ``bidi.base_direction``), aligned as the canvas aligns it (following
the map), and each run a language and a complex-script typeface (``a:cs``) beside the
Latin one. The faces carry a PANOSE number and pitch family, which is how PowerPoint
picks a fallback on a machine without Noto Sans. Control characters, which PowerPoint
would show literally, are dropped. Paragraphs are written as XML: a deck of a big map
holds thousands of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from xml.sax.saxutils import escape

from lxml import etree
from pptx.enum.text import MSO_ANCHOR
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.util import Emu

from ...editor.bidi import base_direction, has_rtl

LATIN_FACE = ("Noto Sans", "020B0502040504020204")
HEBREW_FACE = ("Noto Sans Hebrew", "020B0502040504020204")
PITCH_FAMILY = "34"  # variable pitch, sans-serif ("swiss"): the fallback PowerPoint substitutes
MIN_POINTS = 1.0  # the smallest size a slide's text may have; smaller is written as 1 pt at a font scale
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b\ufeff]")
_FACES = "".join(
    f'<a:{tag} typeface="{face}" panose="{panose}" pitchFamily="{PITCH_FAMILY}"/>'
    for tag, (face, panose) in (("latin", LATIN_FACE), ("cs", HEBREW_FACE))
)
_A = nsdecls("a")


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


def _alignment(align: str, rtl_map: bool) -> str:
    if align == "center":
        return "ctr"
    right = rtl_map if align == "start" else not rtl_map  # alignment follows the map, as on the canvas
    return "r" if right else "l"


def paragraphs_xml(text: str, style: TextStyle, rtl_map: bool, language: str) -> str:
    """``<a:p>`` elements for ``text``, one per line, each with its own direction (no namespace declarations)."""
    size = round(style.size_pt * 100)
    bold = "1" if style.bold else "0"
    color = style.color.lstrip("#")[:6].upper()
    align = _alignment(style.align, rtl_map)
    pieces = []
    for line in clean(text).split("\n"):
        rtl = base_direction(line, rtl_map) == "rtl"
        hebrew = has_rtl(line)
        lang = 'lang="he-IL" altLang="en-US"' if hebrew else f'lang="{language}"'
        run = (
            f'<a:r><a:rPr {lang} sz="{size}" b="{bold}" dirty="0"><a:solidFill><a:srgbClr val="{color}"/>'
            f"</a:solidFill>{_FACES}</a:rPr><a:t>{escape(line)}</a:t></a:r>"
            if line
            else ""
        )
        direction = ' rtl="1"' if rtl else ""
        end_lang = "he-IL" if rtl else language
        pieces.append(
            f'<a:p><a:pPr algn="{align}"{direction}/>{run}<a:endParaRPr lang="{end_lang}" sz="{size}"/></a:p>'
        )
    return "".join(pieces)


def body_xml(text: str, style: TextStyle, rtl_map: bool, language: str, insets, wrap=True, scale=None) -> str:
    """A whole ``p:txBody``: insets in EMU, wrapping, anchor, ``normAutofit`` and the paragraphs."""
    shrink = min(1.0, style.size_pt / MIN_POINTS)
    if shrink < 1.0:
        style = replace(style, size_pt=MIN_POINTS)
    fit = (scale or 1.0) * shrink
    autofit = f'<a:normAutofit fontScale="{round(fit * 100000)}"/>' if fit < 0.999 else "<a:normAutofit/>"
    left, top, right, bottom = (round(v) for v in insets)
    anchor = "ctr" if style.anchor == "middle" else "t"
    return (
        f'<p:txBody><a:bodyPr wrap="{"square" if wrap else "none"}" lIns="{left}" tIns="{top}" rIns="{right}" '
        f'bIns="{bottom}" rtlCol="0" anchor="{anchor}">{autofit}</a:bodyPr><a:lstStyle/>'
        f"{paragraphs_xml(text, style, rtl_map, language)}</p:txBody>"
    )


def write_text(
    text_frame, text: str, style: TextStyle, rtl_map: bool, language: str = "en-US", append: bool = False
) -> float:
    """Write ``text`` into a python-pptx text frame (or after its paragraphs, ``append``).

    Returns the font scale the text needs beyond its written size (below 1 only when the
    size is under ``MIN_POINTS``, as on the overview of a very wide map); it is written too.
    """
    shrink = min(1.0, style.size_pt / MIN_POINTS)
    if shrink < 1.0:
        style = replace(style, size_pt=MIN_POINTS)
        set_autofit(text_frame, shrink)
    text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE if style.anchor == "middle" else MSO_ANCHOR.TOP
    body = text_frame._txBody
    if not append:
        for old in body.findall(qn("a:p")):
            body.remove(old)
    wrapper = parse_xml(f"<a:txBody {_A}>{paragraphs_xml(text, style, rtl_map, language)}</a:txBody>")
    for paragraph in list(wrapper):
        body.append(paragraph)
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
