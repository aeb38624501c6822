"""The order in which to write a line's characters so PDF readers extract it as typed.

Readers built on poppler (Evince, Okular, pdftotext) and most others do not read a
PDF's text in the order it was written: they sort the characters of a line by their
position and then undo right-to-left runs with a simple rule. On a page where
right-to-left characters outnumber left-to-right letters, they read a line from the
right, alternating two kinds of section:

- a right-to-left section: characters that are neither letters nor number-like
  (Hebrew, spaces, brackets, most punctuation), taken from right to left;
- a left-to-right section: characters that are not right-to-left, kept as they stand.

On any other page they read from the left, alternating a left-to-right section and a
right-to-left one (taken reversed). Qt writes glyphs in visual order, so "ל-30 יום"
comes back as "ל 30-יום": the space and hyphen land in the wrong section.

``reading_layout(text, rtl_page)`` returns the characters to place from left to right
so that this rule gives back ``text``. Where a neutral character would be pulled into
the wrong section, an invisible mark holds it in place: a right-to-left mark (U+200F)
on a right-to-left page, a left-to-right mark (U+200E) on another, so the marks never
change which kind of page it is.
"""

from __future__ import annotations

import unicodedata

from ...editor.bidi import RTL_CLASSES

RLM = "\u200f"
LRM = "\u200e"
MARKS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_NUMBER_LIKE = {"EN", "ES", "ET", "CS", "AN"}
_SPACES = {" ", "\u00a0", "\t"}


def kind(char: str) -> str:
    """'R' right-to-left, 'S' a letter or number-like character read left to right, 'N' neither."""
    if char in _SPACES:
        return "N"
    bidi = unicodedata.bidirectional(char)
    if bidi in RTL_CLASSES:
        return "R"
    if bidi == "L" or bidi in _NUMBER_LIKE:
        return "S"
    return "N"


def direction_count(text: str) -> int:
    """Left-to-right letters minus right-to-left characters: how readers weigh a page's direction."""
    count = 0
    for char in text:
        bidi = unicodedata.bidirectional(char)
        if bidi == "L":
            count += 1
        elif bidi in RTL_CLASSES:
            count -= 1
    return count


def read_back(placed: str, rtl_page: bool) -> str:
    """What such a reader extracts from characters placed left to right (the rule above)."""
    kinds = [kind(c) for c in placed]
    out: list[str] = []
    if rtl_page:
        i = len(placed) - 1
        while i >= 0:
            j = i
            while j >= 0 and kinds[j] != "S":
                j -= 1
            out.extend(reversed(placed[j + 1 : i + 1]))
            i = j
            j = i
            while j >= 0 and kinds[j] != "R":
                j -= 1
            out.append(placed[j + 1 : i + 1])
            i = j
    else:
        i = 0
        while i < len(placed):
            j = i
            while j < len(placed) and kinds[j] != "R":
                j += 1
            out.append(placed[i:j])
            i = j
            while j < len(placed) and kinds[j] != "S":
                j += 1
            out.extend(reversed(placed[i:j]))
            i = j
    return "".join(out)


def _pieces(text: str, rtl_page: bool) -> list[tuple[bool, str]]:
    """``text`` cut into (right_to_left, characters) pieces in reading order.

    The page's "other" kind of piece (left-to-right on a right-to-left page, and the
    reverse) runs from one of its strong characters to the last one before a strong
    character of the page's kind; everything else belongs to the page's kind. A piece of
    the page's kind that does not open the line must start with a strong character of
    its own, so a leading neutral gets a mark in front.
    """
    own, other = ("R", "S") if rtl_page else ("S", "R")
    kinds = [kind(c) for c in text]
    pieces: list[tuple[bool, str]] = []
    i = 0
    while i < len(text):
        if kinds[i] == other:
            last = j = i
            while j < len(text) and kinds[j] != own:
                if kinds[j] == other:
                    last = j
                j += 1
            pieces.append((not rtl_page, text[i : last + 1]))
            i = last + 1
        else:
            j = i
            while j < len(text) and kinds[j] != other:
                j += 1
            chars = text[i:j]
            if pieces and kinds[i] == "N":
                chars = (RLM if rtl_page else LRM) + chars
            pieces.append((rtl_page, chars))
            i = j
    return pieces


def reading_layout(text: str, rtl_page: bool) -> str:
    """The characters of ``text`` in the left-to-right order that reads back as ``text``
    (marks aside, and runs of spaces read as one)."""
    text = " ".join("".join(c for c in text if c not in MARKS).split())
    placed = [chars[::-1] if rtl else chars for rtl, chars in _pieces(text, rtl_page)]
    return "".join(reversed(placed) if rtl_page else placed)
