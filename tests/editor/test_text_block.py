"""Text blocks: a title measured without laying it out must measure exactly as the laid-out one."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from journeymap.editor import fonts
from journeymap.editor.text_block import TextBlock, single_line_width


def full_layout_height(text: str, width: float, max_lines: int, rtl: bool = False) -> tuple[float, int]:
    """Height and line count of ``text`` laid out the long way (never the one-line shortcut)."""
    block = TextBlock(text, fonts.card_font(), width, max_lines, rtl=rtl)
    block._single_width = None
    block._layout = None
    layout = block.layout
    block._layout = layout
    return block._measure_height(), layout.lineCount()


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
