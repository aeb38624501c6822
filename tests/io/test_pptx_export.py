"""The PowerPoint deck, read back with python-pptx: slides, native text, glued connectors, RTL, notes."""

from __future__ import annotations

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from journeymap.io.export_formats import ExportOptions, export_document
from journeymap.io.pptx.deck import build_deck
from journeymap.io.pptx.stage_choice import StageChoiceError, resolve_stages
from journeymap.io.pptx.text import clean
from tests.factories import small_map
from tests.io.deck_maps import ATTACKS, attack_map, english_map, hebrew_map

pytestmark = pytest.mark.usefixtures("qapp")


def _deck(doc, tmp_path, stages=()):
    path = tmp_path / "deck.pptx"
    export_document(doc, path, "pptx", ExportOptions(stages=stages))
    return Presentation(str(path))


def _walk(shapes):
    for shape in shapes:
        yield shape
        if shape.shape_type == 6:  # a group
            yield from _walk(shape.shapes)


def _named(slide, prefix):
    return {shape.name.split(":", 1)[1]: shape for shape in _walk(slide.shapes) if shape.name.startswith(prefix)}


def test_a_slide_for_the_map_each_stage_and_the_personas(tmp_path):
    doc = small_map()
    deck = _deck(doc, tmp_path)
    assert (deck.slide_width, deck.slide_height) == (12_192_000, 6_858_000)  # 16:9
    assert len(deck.slides) == 1 + len(doc.stages()) + 1
    titles = [_title(slide) for slide in deck.slides]
    assert titles[1:4] == ["Awareness", "Purchase", "Retention"]
    assert titles[-1] == "Personas"


def _title(slide):
    return next(shape for shape in slide.shapes if shape.name == "slide-title").text_frame.paragraphs[0].text


def test_every_card_title_is_real_text_on_the_overview(tmp_path):
    doc = english_map()
    overview = _deck(doc, tmp_path).slides[0]
    cards = _named(overview, "card:")
    assert set(cards) == {card.id for card in doc.cards()}
    for card in doc.cards():
        shape = cards[card.id]
        assert shape.auto_shape_type == 5  # MSO_SHAPE.ROUNDED_RECTANGLE
        assert shape.text_frame.text == clean(card.title)


def test_one_glued_connector_per_connection_behind_the_cards(tmp_path):
    doc = english_map()
    overview = _deck(doc, tmp_path).slides[0]
    ids = {shape.shape_id: name for name, shape in _named(overview, "card:").items()}
    connectors = _named(overview, "connection:")
    assert set(connectors) == {conn.id for conn in doc.connections()}
    tree = list(overview.shapes._spTree)
    first_card = min(tree.index(el) for el in tree if (el.xpath("./*[1]/p:cNvPr/@name") or [""])[0].startswith("card"))
    for conn in doc.connections():
        element = connectors[conn.id]._element
        begin = element.find(".//" + qn("a:stCxn"))
        end = element.find(".//" + qn("a:endCxn"))
        assert ids[int(begin.get("id"))] == conn.source
        assert ids[int(end.get("id"))] == conn.target
        assert element.find(".//" + qn("a:tailEnd")).get("type") == "triangle"
        assert tree.index(element) < first_card


def test_captions_emotion_curve_and_badges_are_shapes(tmp_path):
    doc = small_map()
    overview = _deck(doc, tmp_path).slides[0]
    captions = _named(overview, "caption:")
    assert captions["e2"].text_frame.text == "online · 70%"
    curve = next(shape for shape in _walk(overview.shapes) if shape.name == "emotion-curve")
    assert len(curve._element.findall(".//" + qn("a:cubicBezTo"))) == 4  # five scored cards, one S between each
    faces = _named(overview, "emotion:")
    assert set(faces) == {c.id for c in doc.cards() if c.emotion is not None}
    assert "web-buy" in _named(overview, "moment-of-truth:")


def test_stage_headers_link_to_their_slides_and_back(tmp_path):
    deck = _deck(small_map(), tmp_path)
    overview, purchase = deck.slides[0], deck.slides[2]
    header = _named(overview, "stage:")["s-buy"]
    assert header.click_action.target_slide == purchase
    assert _named(purchase, "stage:")["s-buy"].click_action.target_slide == overview
    back = next(shape for shape in purchase.shapes if shape.name == "link:overview")
    assert back.click_action.target_slide == overview


def test_a_stage_slide_shows_its_cards_only_and_larger(tmp_path):
    deck = _deck(english_map(), tmp_path)
    overview, consideration = deck.slides[0], deck.slides[2]
    doc = english_map()
    steps = {step.id for step in doc.stages()[1].steps}
    expected = {card.id for card in doc.cards() if card.step in steps}
    cards = _named(consideration, "card:")
    assert set(cards) == expected
    some = next(iter(expected))
    assert cards[some].width > 1.5 * _named(overview, "card:")[some].width


def test_notes_tell_the_stage(tmp_path):
    doc = english_map()
    deck = _deck(doc, tmp_path)
    notes = deck.slides[2].notes_slide.notes_text_frame.text.replace("\u200e", "")
    assert doc.stages()[1].description.split()[0] in notes
    assert "Friction points:" in notes and "Opportunities:" in notes
    assert "Lowest emotion: -1" in notes or "Lowest emotion: -2" in notes
    from journeymap.model.analysis import stage_summary

    assert "Customers arrive from:" in notes and "Customers go on to:" in notes
    reach = stage_summary(doc)[1].reach
    assert f"Reach: {reach * 100:.0f}% of customers arrive in this stage" in notes


def test_chosen_stages_only(tmp_path):
    doc = small_map()
    deck = _deck(doc, tmp_path, stages=resolve_stages(doc, "Purchase, 3"))
    assert [_title(slide) for slide in list(deck.slides)[1:3]] == ["Purchase", "Retention"]
    assert set(_named(deck.slides[0], "stage:")) == {"s-buy", "s-keep"}
    with pytest.raises(StageChoiceError, match="no stage “Checkout”.*1 Awareness"):
        resolve_stages(doc, "Checkout")


def test_hebrew_paragraphs_run_right_to_left_with_a_complex_script_font(tmp_path):
    doc = hebrew_map()
    overview = _deck(doc, tmp_path).slides[0]
    cards = _named(overview, "card:")
    lanes = _named(overview, "lane:")
    for card in doc.cards():
        paragraph = cards[card.id].text_frame.paragraphs[0]
        ppr = paragraph._p.find(qn("a:pPr"))
        assert ppr.get("rtl") == "1" and ppr.get("algn") == "r", card.title
        run = paragraph.runs[0]._r.find(qn("a:rPr"))
        assert run.get("lang") == "he-IL"
        assert run.find(qn("a:cs")).get("typeface") == "Noto Sans Hebrew"
        assert run.find(qn("a:latin")).get("typeface") == "Noto Sans"
    # mirrored as the canvas: the lane headers at the right, the first stage rightmost
    stages = _named(overview, "stage:")
    first, last = doc.stages()[0].id, doc.stages()[-1].id
    assert stages[first].left > stages[last].left
    assert min(lane.left for lane in lanes.values()) > stages[first].left


def test_attack_titles_are_text_and_control_characters_go(tmp_path):
    overview = _deck(attack_map(), tmp_path).slides[0]
    texts = [shape.text_frame.text for shape in _named(overview, "card:").values()]
    for title in ATTACKS:
        assert title in texts
    assert "Bell and tab here" in texts


def test_a_long_title_gets_a_font_scale_that_fits(tmp_path):
    doc = small_map()
    doc.update_card("web-ad", title=" ".join(["Reads every review on three sites before deciding"] * 6))
    shape = _named(_deck(doc, tmp_path).slides[0], "card:")["web-ad"]
    fit = shape.text_frame._txBody.bodyPr.find(qn("a:normAutofit"))
    assert fit is not None and 30_000 <= int(fit.get("fontScale")) < 100_000
    short = _named(_deck(small_map(), tmp_path).slides[0], "card:")["act-search"]
    assert short.text_frame._txBody.bodyPr.find(qn("a:normAutofit")).get("fontScale") is None


def test_progress_is_reported_and_can_stop_the_export(tmp_path):
    seen = []
    build_deck(small_map(), progress=lambda done, total: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]

    class Stop(Exception):
        pass

    def stop(done, total):
        if done == 1:
            raise Stop

    path = tmp_path / "stopped.pptx"
    with pytest.raises(Stop):
        export_document(small_map(), path, "pptx", progress=stop)
    assert not path.exists()


def test_an_empty_map_still_makes_a_deck(tmp_path):
    from journeymap.model import JourneyDocument

    deck = _deck(JourneyDocument(), tmp_path)
    assert len(deck.slides) == 1


def test_a_hebrew_deck_speaks_hebrew(tmp_path):
    deck = _deck(hebrew_map(), tmp_path)
    title = next(shape for shape in deck.slides[2].shapes if shape.name == "slide-title").text_frame.text
    assert "שלב 2 מתוך 5" in title
    notes = deck.slides[2].notes_slide.notes_text_frame
    assert "נקודות חיכוך:" in notes.text
    assert notes.paragraphs[0]._p.find(qn("a:pPr")).get("rtl") == "1"
