"""Text blocks: a title measured without laying it out must measure exactly as the laid-out one."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from journeymap.editor import fonts
from journeymap.editor.text_block import TextBlock, single_line_width, wrapped_line_widths


def laid_out(text: str, width: float, max_lines: int, rtl: bool = False, center: bool = False) -> TextBlock:
    """``text`` laid out the long way, by QTextLayout (never the plain-words shortcut)."""
    block = TextBlock(text, fonts.card_font(), width, max_lines, rtl=rtl, center=center)
    block._widths = None
    block._layout = None
    block._layout = block.layout
    block.height = block._measure_height()
    return block


def full_layout_height(text: str, width: float, max_lines: int, rtl: bool = False) -> tuple[float, int]:
    """Height and line count of ``text`` laid out the long way (never the one-line shortcut)."""
    block = laid_out(text, width, max_lines, rtl)
    return block.height, block.line_count()


@pytest.mark.parametrize(
    "text",
    ["Pays", "Compares prices and reads reviews", "Signs up", "x" * 22, "Calls the service centre again"],
)
def test_a_one_line_title_measures_as_its_layout(qapp, text):
    block = TextBlock(text, fonts.card_font(), 168.0, 4)
    height, lines = full_layout_height(text, 168.0, 4)
    assert block.height == pytest.approx(height)
    assert block.line_count() == lines


@settings(max_examples=300, deadline=None)
@example(text="K.ibyw", width=40.0)  # the 'w' inks a pixel past its advance: Qt wraps it
@given(
    text=st.text(alphabet=st.sampled_from("abcdefghij KLMNOP.,-'xyzw"), min_size=1, max_size=60),
    width=st.floats(min_value=40, max_value=400),
)
def test_the_shortcut_never_changes_a_height(qapp, text, width):
    block = TextBlock(text, fonts.card_font(), width, 4)
    height, lines = full_layout_height(text, width, 4)
    assert block.height == pytest.approx(height)
    assert block.line_count() == lines


def test_the_shortcut_is_taken_only_when_safe(qapp):
    font = fonts.card_font()
    assert single_line_width("Pays", font, 168.0) is not None
    assert single_line_width("Compares prices and reads reviews twice", font, 168.0) is None  # wraps
    assert single_line_width("משלם בקופה", font, 168.0) is None  # Hebrew: shaped by another font
    assert single_line_width("two\nlines", font, 168.0) is None
    assert single_line_width("", font, 168.0) is None


def test_a_short_title_is_laid_out_only_when_drawn(qapp):
    block = TextBlock("Pays", fonts.card_font(), 168.0, 4)
    assert block._layout is None
    assert block.natural_width() > 0
    assert block._layout is None
    assert block.layout.lineCount() == 1


@pytest.mark.parametrize("rtl", [False, True])
def test_line_boxes_follow_the_alignment(qapp, rtl):
    short = TextBlock("Pays", fonts.card_font(), 168.0, 4, rtl=rtl)
    long = TextBlock("Compares prices and reads all the reviews", fonts.card_font(), 168.0, 4, rtl=rtl)
    (x, _y, w, _h), = short.line_boxes()
    assert (x + w == pytest.approx(168.0, abs=1.0)) if rtl else x == 0.0
    boxes = long.line_boxes()
    assert len(boxes) == long.line_count() == 2
    assert boxes[1][1] > boxes[0][1]
    assert all(0 <= bx and bx + bw <= 168.5 for bx, _, bw, _ in boxes)


_WORDS = st.lists(
    st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzKLMNOPQRSTW0123.,'"), min_size=1, max_size=14),
    min_size=1,
    max_size=14,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@example(text="Compares prices and reads all the reviews", width=168.0, rtl=False, center=False)
@example(text="w" * 9 + " " + "w" * 9, width=120.0, rtl=True, center=False)
@given(text=_WORDS, width=st.floats(min_value=30, max_value=300), rtl=st.booleans(), center=st.booleans())
def test_wrapped_plain_words_measure_and_align_as_their_layout(qapp, text, width, rtl, center):
    block = TextBlock(text, fonts.card_font(), width, 4, rtl=rtl, center=center)
    full = laid_out(text, width, 4, rtl, center)
    assert block.height == pytest.approx(full.height)
    assert block.line_count() == full.line_count()
    if block._widths is not None:  # the shortcut was taken: the overview's bars are where the text is
        for (x, y, w, h), (fx, fy, fw, fh) in zip(block.line_boxes(), full.line_boxes(), strict=True):
            assert (x, y, w) == pytest.approx((fx, fy, fw), abs=0.02)
            assert h == pytest.approx(fh, abs=0.5)  # the line's rounded height, the text's own a little less


def test_the_wrapping_shortcut_is_taken_only_for_plain_words(qapp):
    font = fonts.card_font()
    assert len(wrapped_line_widths("Compares prices and reads all the reviews", font, 140.0, 4)) == 2
    assert wrapped_line_widths("Compares prices - and reads", font, 100.0, 4) is None  # '-' may break a line
    assert wrapped_line_widths("Compares  prices and reads", font, 100.0, 4) is None  # doubled space
    assert wrapped_line_widths("Incomprehensibilities", font, 60.0, 4) is None  # broken anywhere by Qt
    assert wrapped_line_widths("one two three four five six", font, 30.0, 2) is None  # elided
    assert wrapped_line_widths("משלם בקופה ומקבל קבלה", font, 60.0, 4) is None
    long = TextBlock("Compares prices and reads all the reviews", font, 140.0, 4)
    assert long._layout is None and long.line_count() == 2  # measured without laying it out
