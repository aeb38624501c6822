"""The workbook's look: named styles registered once, and fills shared per colour.

Cells refer to a named style (one lookup) and, where they carry a colour, to a fill
object cached per colour, so a map with ten thousand cards creates a handful of
style objects rather than one per cell.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

FONT_NAME = "Calibri"
TEXT_COLOR = "FF1F2933"
MUTED_TEXT = "FF52606D"
GRID_COLOR = "FFC3CAD3"
HEADER_FILL = "FFE4E9EF"

TABLE_HEADER_FILL = "FF3A6EA5"

TITLE = "jm title"
TABLE_HEADER = "jm table header"
STAGE = "jm stage"
STEP = "jm step"
CORNER = "jm corner"
LANE = "jm lane"
CARDS = "jm cards"
EMOTION = "jm emotion"
BODY = "jm body"
BODY_WRAP = "jm body wrap"
BODY_CENTER = "jm body centre"
LABEL = "jm label"
# Number cells of the tables, centred; their text always reads left to right (see ``Palette``).
NUMBER = "jm number"
SCORE = "jm score"
AVERAGE_SCORE = "jm average score"
SHARE = "jm share"

# Soft red, pale yellow, soft green: readable with dark text, calm on a projector.
EMOTION_LOW = "FFF28B82"
EMOTION_MID = "FFFFF6D5"
EMOTION_HIGH = "FF81C995"
EMOTION_FORMAT = "+0.0;-0.0;0.0"  # an average of scores
SCORE_FORMAT = "+0;-0;0"  # a single card's score is a whole number
SHARE_FORMAT = "0.0%"
LEFT_TO_RIGHT = 1  # Excel's reading order: 0 by the text, 1 left to right, 2 right to left


def hex_to_argb(color: str, fallback: str = "FFDDE6F0") -> str:
    """'#3A7BD5' or '#37D' as openpyxl's 'FF3A7BD5'; a malformed colour gives ``fallback``."""
    text = (color or "").strip().lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    if len(text) != 6:
        return fallback
    try:
        int(text, 16)
    except ValueError:
        return fallback
    return "FF" + text.upper()


def lighten(argb: str, amount: float) -> str:
    """Blend an 'FFRRGGBB' colour towards white by ``amount`` (0 keeps it, 1 makes it white)."""
    channels = [int(argb[i : i + 2], 16) for i in (2, 4, 6)]
    mixed = [round(c + (255 - c) * amount) for c in channels]
    return "FF" + "".join(f"{c:02X}" for c in mixed)


def luminance(argb: str) -> float:
    """Perceived brightness of an 'FFRRGGBB' colour, 0 (black) to 255 (white)."""
    red, green, blue = (int(argb[i : i + 2], 16) for i in (2, 4, 6))
    return 0.299 * red + 0.587 * green + 0.114 * blue


def readable_fill(argb: str, min_luminance: float) -> str:
    """``argb`` lightened just enough for dark text to stay readable on it."""
    current = luminance(argb)
    if current >= min_luminance:
        return argb
    return lighten(argb, (min_luminance - current) / (255 - current))


class Palette:
    """Registers the named styles on a workbook and hands out one shared fill per colour."""

    def __init__(self, workbook: Workbook, rtl: bool) -> None:
        self._fills: dict[str, PatternFill] = {}
        self._fonts: dict[str, Font] = {}
        reading = 2 if rtl else 0  # 2: right-to-left reading order for mixed Hebrew/English text
        thin = Side(style="thin", color=GRID_COLOR)
        grid = Border(left=thin, right=thin, top=thin, bottom=thin)
        header_fill = PatternFill("solid", fgColor=HEADER_FILL)

        start = "right" if rtl else "left"  # where a line of text begins in this direction

        def align(horizontal=None, vertical="top", wrap=True, indent=0, order=reading):
            return Alignment(
                horizontal=horizontal, vertical=vertical, wrap_text=wrap, readingOrder=order, indent=indent
            )

        # A number reads left to right in Hebrew too: a number cell says so, so that no program
        # lays out its formatted text ("+1", "-0.5") right to left with the sign after the digit.
        number_alignment = align("center", vertical="top", wrap=False, order=LEFT_TO_RIGHT)

        def font(size=10, bold=False, color=TEXT_COLOR):
            return Font(name=FONT_NAME, size=size, bold=bold, color=color)

        styles = [
            NamedStyle(TITLE, font=font(14, True), alignment=align(vertical="center", wrap=False)),
            NamedStyle(STAGE, font=font(11, True), border=grid, alignment=align("center", "center")),
            NamedStyle(STEP, font=font(10, True), border=grid, alignment=align("center", "center")),
            NamedStyle(
                CORNER,
                font=font(10, True, MUTED_TEXT),
                border=grid,
                fill=header_fill,
                alignment=align(start, "center", indent=1),
            ),
            NamedStyle(LANE, font=font(10, True), border=grid, alignment=align(start, indent=1)),
            NamedStyle(CARDS, font=font(10), border=grid, alignment=align(start, indent=1)),
            NamedStyle(
                EMOTION,
                font=font(11, True),
                border=grid,
                number_format=EMOTION_FORMAT,
                alignment=align("center", "center", order=LEFT_TO_RIGHT),
            ),
            NamedStyle(BODY, font=font(10), alignment=align(vertical="top", wrap=False)),
            NamedStyle(BODY_WRAP, font=font(10), alignment=align(vertical="top")),
            NamedStyle(BODY_CENTER, font=font(10), alignment=align("center", vertical="top", wrap=False)),
            # Drawn explicitly (not only by the table style) so viewers without table styles show it too.
            NamedStyle(
                TABLE_HEADER,
                font=font(10, True, "FFFFFFFF"),
                fill=PatternFill("solid", fgColor=TABLE_HEADER_FILL),
                alignment=align(vertical="center", wrap=False),
            ),
            NamedStyle(LABEL, font=font(10, True, MUTED_TEXT), alignment=align(vertical="top", wrap=False)),
            NamedStyle(NUMBER, font=font(10), alignment=number_alignment),
            NamedStyle(SCORE, font=font(10), number_format=SCORE_FORMAT, alignment=number_alignment),
            NamedStyle(AVERAGE_SCORE, font=font(10), number_format=EMOTION_FORMAT, alignment=number_alignment),
            NamedStyle(SHARE, font=font(10), number_format=SHARE_FORMAT, alignment=number_alignment),
        ]
        for style in styles:
            workbook.add_named_style(style)

    def text_font_on(self, argb: str) -> Font:
        """Dark text on a light fill, white text on a dark one."""
        dark = luminance(argb) < 140
        key = "light" if dark else "dark"
        found = self._fonts.get(key)
        if found is None:
            found = self._fonts[key] = Font(name=FONT_NAME, size=10, color="FFFFFFFF" if dark else TEXT_COLOR)
        return found

    def fill(self, argb: str) -> PatternFill:
        """One solid fill per colour, shared by every cell of that colour."""
        found = self._fills.get(argb)
        if found is None:
            found = self._fills[argb] = PatternFill("solid", fgColor=argb)
        return found


LETTER_TERRITORIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR", "CR", "PA", "SV", "NI", "DO", "BZ"}


def letter_paper(environ=None) -> bool:
    """Whether the system's locale prints on US Letter (its territory uses it), else A4."""
    import os

    env = os.environ if environ is None else environ
    name = env.get("LC_ALL") or env.get("LC_PAPER") or env.get("LANG") or ""
    territory = name.split(".")[0].split("@")[0].partition("_")[2].upper()
    return territory in LETTER_TERRITORIES


def fit_to_page_width(ws, landscape: bool = True, title_rows: str | None = None) -> None:
    """Print setup: one page wide (as many pages down as needed), header rows repeated, on the
    paper the system's locale uses (A4, or Letter)."""
    ws.page_setup.paperSize = ws.PAPERSIZE_LETTER if letter_paper() else ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows


def emotion_color_scale() -> ColorScaleRule:
    """Red at -2, pale yellow at 0, green at +2: how emotion numbers are coloured."""
    return ColorScaleRule(
        start_type="num",
        start_value=-2,
        start_color=EMOTION_LOW,
        mid_type="num",
        mid_value=0,
        mid_color=EMOTION_MID,
        end_type="num",
        end_value=2,
        end_color=EMOTION_HIGH,
    )
