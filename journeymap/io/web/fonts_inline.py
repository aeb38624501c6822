"""The bundled fonts as CSS ``@font-face`` rules with data URLs, cut down to what the page shows.

A whole Noto Sans is half a megabyte; the page needs only the characters of its map
and its own labels, so each face is subset with fontTools (a few tens of kilobytes)
and written as WOFF2 when the Brotli module is there, else as a TrueType font.
"""

from __future__ import annotations

import base64
import io

from ...editor.fonts import FONT_DIR

# (family, file, weight, layout features kept: None for fontTools' default set)
FACES = (
    ("Noto Sans", "NotoSans-Regular.ttf", 400, ["kern"]),
    ("Noto Sans", "NotoSans-Bold.ttf", 700, ["kern"]),
    ("Noto Sans Hebrew", "NotoSansHebrew-Regular.ttf", 400, None),
    ("Noto Sans Hebrew", "NotoSansHebrew-Bold.ttf", 700, None),
)
ALWAYS = "".join(chr(c) for c in range(0x20, 0x7F)) + "…·–—“”‘’•←→↑↓×−\u00a0"


def _subset(path, text: str, features) -> tuple[bytes, str]:
    from fontTools import subset

    options = subset.Options()
    if features is not None:
        # Noto Sans's layout tables cover many scripts and take most of the time to cut;
        # Latin text needs its kerning, which is what the canvas lays text out with.
        options.layout_features = features
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # the names and the licence (OFL) stay with the font
    options.hinting = False  # the browser scales the map: hints only add bytes
    options.notdef_outline = True
    try:
        import brotli  # noqa: F401

        options.flavor, kind = "woff2", "woff2"
    except ImportError:
        kind = "truetype"
    font = subset.load_font(str(path), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    out = io.BytesIO()
    subset.save_font(font, out, options)
    return out.getvalue(), kind


def font_face_css(text: str) -> str:
    """``@font-face`` rules for every bundled face, holding the glyphs of ``text``."""
    wanted = "".join(sorted(set(text + ALWAYS)))
    rules = []
    for family, name, weight, features in FACES:
        data, kind = _subset(FONT_DIR / name, wanted, features)
        mime = "font/woff2" if kind == "woff2" else "font/ttf"
        url = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
        rules.append(
            f"@font-face{{font-family:'{family}';font-weight:{weight};font-style:normal;"
            f"font-display:block;src:url({url}) format('{kind}');}}"
        )
    return "\n".join(rules)
