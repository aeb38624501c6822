"""Every kind of edit a stakeholder makes in the workbook, previewed and applied."""

from __future__ import annotations

import pytest

from journeymap.io.templates import load_template
from journeymap.io.xlsx_import import UnresolvedConflicts, apply_changes, plan_changes, preview_import, revert
from tests.factories import small_map
from tests.io.xlsx_books import Book, exported


@pytest.fixture()
def doc():
    return small_map()


@pytest.fixture()
def book(doc, tmp_path):
    return Book(exported(doc, tmp_path))


def changed_fields(preview) -> dict:
    return {(c.sheet, c.id): {f.field: (f.old_text, f.new_text) for f in c.fields} for c in preview.changed}


def apply(doc, preview, **options):
    undo = apply_changes(doc, plan_changes(preview, **options))
    return undo


def test_a_changed_title_and_emotion_typed_as_text_import_as_changes(doc, book):
    book.set("Cards", "web-compare", "Title", "Compares prices on three sites")
    book.set("Cards", "web-ad", "Emotion", "+2")
    book.set("Cards", "phone-ask", "Emotion", -2.0)
    preview = preview_import(doc, book.save())
    assert changed_fields(preview) == {
        ("cards", "web-compare"): {"title": ("Compares prices", "Compares prices on three sites")},
        ("cards", "web-ad"): {"emotion": ("+1", "+2")},
        ("cards", "phone-ask"): {"emotion": ("-1", "-2")},
    }
    before = doc.snapshot()
    undo = apply(doc, preview)
    assert doc.card("web-compare").title == "Compares prices on three sites"
    assert doc.card("web-ad").emotion == 2 and doc.card("phone-ask").emotion == -2
    revert(undo)
    assert doc.snapshot() == before


def test_crlf_floats_and_sorted_rows_are_no_change(doc, book):
    ws = book.sheet("Cards")
    rows = [[cell.value for cell in row] for row in ws.iter_rows(min_row=2, max_row=ws.max_row)]
    rows.reverse()  # sorted Z to A
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = float(value) if isinstance(value, int) and not isinstance(value, bool) else value
    book.set("Cards", "web-buy", "Description", None)
    preview = preview_import(doc, book.save())
    assert preview.is_no_change(), preview.to_json()


def test_a_description_with_crlf_newlines_is_the_same_text(tmp_path):
    doc = small_map()
    doc.update_card("web-buy", description="Line one\nLine two")
    book = Book(exported(doc, tmp_path))
    book.set("Cards", "web-buy", "Description", "Line one\r\nLine two  ")
    assert preview_import(doc, book.save()).is_no_change()


def test_an_inserted_notes_column_and_blank_rows_are_ignored(doc, book):
    ws = book.sheet("Cards")
    ws.insert_cols(3)
    ws.cell(1, 3).value = "Notes"
    ws.cell(3, 3).value = "check with Dana"
    ws.insert_rows(4, 2)
    preview = preview_import(doc, book.save())
    assert preview.is_no_change(), preview.to_json()
    assert any("Notes" in str(w) for w in preview.warnings)


def test_a_new_row_without_an_id_is_a_new_card_placed_by_names(doc, book):
    row = book.append("Cards", {"Stage": "purchase", "Step": "buy", "Lane": "phone", "Title": "Calls to confirm",
                                "Emotion": "1", "Personas": "Ben"})
    preview = preview_import(doc, book.save())
    assert [(a.sheet, a.row, a.title) for a in preview.added] == [("cards", row, "Calls to confirm")]
    apply(doc, preview)
    card = next(c for c in doc.cards() if c.title == "Calls to confirm")
    assert (card.step, card.lane, card.emotion, card.personas) == ("st-b1", "l-phone", 1, ("p-ben",))


def test_hebrew_names_place_a_new_card_in_a_hebrew_map(tmp_path):
    doc = load_template("online-purchase-he")
    book = Book(exported(doc, tmp_path))
    stage, step = doc.stages()[1], doc.stages()[1].steps[0]
    lane = next(lane for lane in doc.lanes() if lane.kind == "website")
    book.append("כרטיסים", {"שלב": stage.name, "צעד": step.name, "נתיב": lane.name, "כותרת": "משווה מחירים"})
    preview = preview_import(doc, book.save())
    assert [a.title for a in preview.added] == ["משווה מחירים"]
    assert preview.added[0].item.step == step.id and preview.added[0].item.lane == lane.id


def test_bad_values_are_errors_by_row_and_column_never_deletions(doc, book):
    book.set("Cards", "web-ad", "Emotion", 7)
    book.set("Cards", "phone-ask", "Lane", "Carrier pigeon")
    book.set("Cards", "web-buy", "Moment of truth", "perhaps")
    preview = preview_import(doc, book.save())
    errors = {(e.id, e.column): (e.row, e.value) for e in preview.errors}
    assert errors == {
        ("web-ad", "Emotion"): (book.row_of("Cards", "web-ad"), "7"),
        ("phone-ask", "Lane"): (book.row_of("Cards", "phone-ask"), "Carrier pigeon"),
        ("web-buy", "Moment of truth"): (book.row_of("Cards", "web-buy"), "perhaps"),
    }
    assert "-2" in str(preview.errors[0].expected)
    assert preview.deleted == [] and preview.changed == []


def test_a_copied_row_is_an_error_for_its_second_row(doc, book):
    ws = book.sheet("Cards")
    source = book.row_of("Cards", "web-ad")
    target = ws.max_row + 1
    for c in range(1, ws.max_column + 1):
        ws.cell(target, c).value = ws.cell(source, c).value
    preview = preview_import(doc, book.save())
    assert [(e.id, e.row) for e in preview.errors] == [("web-ad", target)]
    assert "row" in str(preview.errors[0].expected) and preview.deleted == []


def test_a_deleted_row_is_deleted_only_when_confirmed(doc, book):
    book.delete_row("Cards", "act-search")
    book.delete_row("Connections", "e4")
    preview = preview_import(doc, book.save())
    assert {(d.sheet, d.id) for d in preview.deleted} == {("cards", "act-search"), ("connections", "e4")}
    apply(doc, preview)
    assert doc.has_card("act-search") and doc.has_connection("e4")
    undo = apply(doc, preview, delete=True)
    assert not doc.has_card("act-search") and not doc.has_connection("e4")
    revert(undo)
    assert doc.has_card("act-search") and doc.has_connection("e4")


def test_a_field_changed_in_the_map_and_the_sheet_is_a_conflict(doc, book):
    book.set("Cards", "web-buy", "Title", "Buys online")
    book.set("Cards", "web-ad", "Title", "Sees a banner")
    path = book.save()
    doc.update_card("web-buy", title="Buys in the shop")  # edited in the map after the export
    doc.update_card("web-ad", emotion=-1)  # another field: no conflict with the sheet's title
    preview = preview_import(doc, path)
    assert [(c.id, c.field, c.base_text, c.map_text, c.sheet_text) for c in preview.conflicts] == [
        ("web-buy", "title", "Buys", "Buys in the shop", "Buys online")]
    assert changed_fields(preview) == {("cards", "web-ad"): {"title": ("Sees an ad", "Sees a banner")}}
    with pytest.raises(UnresolvedConflicts):
        plan_changes(preview)
    apply(doc, preview, choices={preview.conflicts[0].key: "sheet"})
    assert doc.card("web-buy").title == "Buys online" and doc.card("web-ad").emotion == -1


def test_a_map_edit_of_an_untouched_row_stays(doc, book):
    path = book.save()
    doc.update_card("web-buy", title="Buys in the shop")
    assert preview_import(doc, path).is_no_change()


def test_a_lane_change_moves_the_card(doc, book):
    book.set("Cards", "web-compare", "Lane", "Phone")
    preview = preview_import(doc, book.save())
    assert changed_fields(preview) == {("cards", "web-compare"): {"lane": ("Website", "Phone")}}
    apply(doc, preview)
    assert doc.card("web-compare").lane == "l-phone"


def test_kpis_and_personas_are_read_back(doc, book):
    book.set("Cards", "phone-ask", "KPIs", "Call duration: 2 min; Talks to: 3")
    book.set("Cards", "web-ad", "Personas", "Anna, Ben")
    apply(doc, preview_import(doc, book.save()))
    assert [k.display() for k in doc.card("phone-ask").kpis] == ["Call duration: 2 min", "Talks to: 3"]
    assert doc.card("web-ad").personas == ("p-anna", "p-ben")


def test_connections_labels_shares_and_new_rows_by_title(doc, book):
    book.set("Connections", "e2", "Label", "buys online")
    book.set("Connections", "e3", "Share %", "25")
    book.append("Connections", {"From": "Searches for a laptop", "To": "Sees an ad", "Label": "clicks"})
    preview = preview_import(doc, book.save())
    assert changed_fields(preview) == {("connections", "e2"): {"label": ("online", "buys online")},
                                       ("connections", "e3"): {"share": ("30 %", "25 %")}}
    apply(doc, preview)
    assert doc.connection("e3").share == 25
    new = [c for c in doc.connections() if c.label == "clicks"]
    assert [(c.source, c.target) for c in new] == [("act-search", "web-ad")]


def test_a_new_connection_may_join_a_new_card_by_its_typed_id(doc, book):
    book.append("Cards", {"Id": "card-new-1", "Stage": "Retention", "Step": "Support", "Lane": "Website",
                          "Title": "Reads the FAQ"})
    book.append("Connections", {"From id": "web-buy", "To id": "card-new-1"})
    apply(doc, preview_import(doc, book.save()))
    assert doc.card("card-new-1").title == "Reads the FAQ"
    assert any(c.source == "web-buy" and c.target == "card-new-1" for c in doc.connections())


def test_personas_edits_and_new_personas(doc, book):
    book.set("Personas", "p-anna", "Goals", "Find a laptop\r\nPay less")
    book.append("Personas", {"Name": "Carmen", "Description": "Buys for a school"})
    book.set("Cards", "web-buy", "Personas", "Carmen")
    preview = preview_import(doc, book.save())
    assert changed_fields(preview)[("personas", "p-anna")]["goals"][1] == "Find a laptop\nPay less"
    undo = apply(doc, preview)
    carmen = next(p for p in doc.personas() if p.name == "Carmen")
    assert doc.persona("p-anna").goals == ("Find a laptop", "Pay less")
    assert doc.card("web-buy").personas == (carmen.id,)
    revert(undo)
    assert [p.name for p in doc.personas()] == ["Anna", "Ben"]


def test_an_edited_map_sheet_is_a_warning_not_an_import(doc, book):
    book.sheet("Map")["C3"] = "Something typed in the grid"
    preview = preview_import(doc, book.save())
    assert preview.is_no_change()
    assert any("Map sheet was edited" in str(w) for w in preview.warnings)


def test_a_workbook_of_another_map_is_flagged(doc, tmp_path):
    other = load_template("contact-centre")
    path = exported(other, tmp_path, "other.xlsx")
    preview = preview_import(doc, path)
    assert preview.other_map and any("another map" in str(w) for w in preview.warnings)
    assert preview.deleted == []


def test_missing_connections_and_personas_sheets_change_nothing(doc, book):
    del book.book["Connections"]
    del book.book["Personas"]
    preview = preview_import(doc, book.save())
    assert preview.is_no_change() and preview.deleted == []
    assert sum("no Connections sheet" in str(w) or "no Personas sheet" in str(w) for w in preview.warnings) == 2


def test_a_renamed_step_in_the_map_still_matches_the_exported_name(doc, book):
    path = book.save()
    doc.update_step("st-a2", name="Compare offers")
    assert preview_import(doc, path).is_no_change()


def test_headers_in_the_other_language_are_read_too(doc, book):
    from journeymap.io.xlsx.labels import ENGLISH, HEBREW

    hebrew = {ENGLISH[key]: HEBREW[key] for key in ENGLISH if not key.startswith(("sheet.", "guide.", "about."))}
    for name in ("Cards", "Connections", "Personas"):
        for cell in book.sheet(name)[1]:
            cell.value = hebrew.get(cell.value, cell.value)
    book.sheet("Cards").cell(book.row_of("Cards", "web-ad"), 6).value = "רואה מודעה"
    preview = preview_import(doc, book.save())
    assert changed_fields(preview) == {("cards", "web-ad"): {"title": ("Sees an ad", "רואה מודעה")}}


def test_a_moment_of_truth_and_a_move_to_another_stage(doc, book):
    book.set("Cards", "web-ad", "Moment of truth", "Yes")
    book.set("Cards", "phone-ask", "Stage", "Retention")
    book.set("Cards", "phone-ask", "Step", "Support")
    preview = preview_import(doc, book.save())
    assert changed_fields(preview) == {
        ("cards", "web-ad"): {"moment_of_truth": ("", "✓")},
        ("cards", "phone-ask"): {"step": ("Awareness / Compare", "Retention / Support")},
    }
    apply(doc, preview)
    assert doc.card("web-ad").moment_of_truth and doc.card("phone-ask").step == "st-k1"


def test_a_deleted_persona_row_removes_the_persona_only_when_confirmed(doc, book):
    book.delete_row("Personas", "p-ben")
    preview = preview_import(doc, book.save())
    assert [(d.sheet, d.id) for d in preview.deleted] == [("personas", "p-ben")]
    undo = apply(doc, preview, delete={"p-ben"})
    assert [p.id for p in doc.personas()] == ["p-anna"] and doc.card("phone-ask").personas == ()
    revert(undo)
    assert doc.card("phone-ask").personas == ("p-ben",)


def test_a_kind_typed_over_is_a_warning_not_a_change(doc, book):
    book.set("Cards", "web-ad", "Kind", "Question")
    preview = preview_import(doc, book.save())
    assert preview.is_no_change()
    assert any("kind follows the lane" in str(w) and "Touchpoint" in str(w) for w in preview.warnings)


def test_a_connection_given_another_end_is_reconnected(doc, book):
    book.set("Connections", "e5", "To id", "phone-ask")
    preview = preview_import(doc, book.save())
    assert changed_fields(preview) == {("connections", "e5"): {"target": ("Support call", "Calls to ask")}}
    undo = apply(doc, preview)
    assert (doc.connection("e5").source, doc.connection("e5").target) == ("web-buy", "phone-ask")
    revert(undo)
    assert doc.connection("e5").target == "phone-support"


def test_a_connection_to_an_unknown_card_is_an_error(doc, book):
    book.set("Connections", "e5", "To id", "card-nowhere")
    preview = preview_import(doc, book.save())
    assert [(e.id, e.column) for e in preview.errors] == [("e5", "To id")] and preview.changed == []


def test_a_renamed_cards_sheet_is_found_by_its_headers(doc, book):
    book.sheet("Cards").title = "Cards (checked by Dana)"
    book.set("Cards (checked by Dana)", "web-ad", "Title", "Sees a banner")
    preview = preview_import(doc, book.save())
    assert changed_fields(preview) == {("cards", "web-ad"): {"title": ("Sees an ad", "Sees a banner")}}


def test_a_persona_colour_is_read_back_and_checked(doc, book):
    book.set("Personas", "p-anna", "Colour", "1b9e77")
    book.set("Personas", "p-ben", "Colour", "blue-ish")
    preview = preview_import(doc, book.save())
    assert changed_fields(preview) == {("personas", "p-anna"): {"color": ("#E15759", "#1B9E77")}}
    assert [(e.id, e.column, e.value) for e in preview.errors] == [("p-ben", "Colour", "blue-ish")]
    apply(doc, preview)
    assert doc.persona("p-anna").color == "#1B9E77"


def test_a_share_typed_as_a_percentage_in_excel_is_read_as_percent(doc, book):
    ws = book.sheet("Connections")
    cell = ws.cell(book.row_of("Connections", "e3"), book.column("Connections", "Share %"))
    cell.value, cell.number_format = 0.25, "0%"  # what Excel stores when "25%" is typed
    preview = preview_import(doc, book.save())
    assert changed_fields(preview) == {("connections", "e3"): {"share": ("30 %", "25 %")}}


def test_a_refusal_half_way_leaves_the_map_as_it_was(doc, book):
    from journeymap.io.xlsx_import import ImportChanges
    from journeymap.model import ModelError

    before = doc.snapshot()
    changes = ImportChanges(card_updates={"web-ad": {"title": "New"}, "web-buy": {"emotion": 9}})
    with pytest.raises(ModelError):
        apply_changes(doc, changes)
    assert doc.snapshot() == before
