"""Random edits of a workbook: the import never fails with anything but its own message, and undoes cleanly."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymap.io.xlsx_export import export_xlsx
from journeymap.io.xlsx_import import ImportRefused, apply_changes, plan_changes, preview_import, revert
from tests.fuzz_budget import examples
from tests.io.xlsx_books import Book
from tests.strategies import journey_maps

VALUES = st.one_of(
    st.none(), st.just(""), st.sampled_from(["+2", "-1", "\u22122", 7, 2.0, 1.5, True, "Yes", "לא", "perhaps"]),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12),
    st.sampled_from(["Website", "Phone", "אתר", "Awareness", "=1+1", "p0", "c1", "x" * 5_000]),
    st.integers(-5, 105), st.floats(allow_nan=False, allow_infinity=False, width=32),
)
EDITS = st.lists(st.tuples(st.sampled_from([1, 2, 3]), st.integers(1, 14),  # Cards, Connections, Personas
                           st.integers(1, 12), VALUES), max_size=12)


@pytest.mark.slow
@settings(max_examples=examples(25), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(doc=journey_maps(max_cards=8, max_connections=8), edits=EDITS, deletes=st.lists(st.integers(2, 10), max_size=2))
def test_random_edits_import_or_refuse_and_undo_cleanly(doc, edits, deletes, tmp_path):
    path = tmp_path / "fuzz.xlsx"
    export_xlsx(doc, path)
    book = Book(path)
    for sheet, row, column, value in edits:
        book.sheet(sheet).cell(row, column).value = value
    for row in deletes:
        book.sheet(1).delete_rows(row)
    book.save()
    before = doc.snapshot()
    try:
        preview = preview_import(doc, path)
    except ImportRefused:
        assert doc.snapshot() == before
        return
    assert doc.snapshot() == before  # a preview changes nothing
    undo = apply_changes(doc, plan_changes(preview, default="sheet", delete=True))
    revert(undo)
    assert doc.snapshot() == before


CELLS = st.one_of(st.none(), st.sampled_from(["Stage", "Step", "Lane", "Title", "Emotion", "Website", "Feelings",
                                              "רגש", "אתר", "Awareness", "+1", "7", "• a\n• b", "★ x (+2)", ""]),
                  st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=10))


@pytest.mark.slow
@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELLS, max_size=6), max_size=8), separator=st.sampled_from([",", ";"]))
def test_any_small_table_makes_a_map_that_saves_or_one_message(rows, separator, tmp_path):
    import csv

    from journeymap.io.journey_file import checked_json
    from journeymap.io.xlsx_import.new_map import map_from_spreadsheet

    path = tmp_path / "any.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=separator).writerows([["" if v is None else v for v in row] for row in rows])
    try:
        doc, preview = map_from_spreadsheet(path)
    except ImportRefused as exc:
        assert "\n" not in str(exc)
        return
    checked_json(doc, tmp_path / "any.journey")  # the map can be saved and opened again
    assert len([a for a in preview.added if a.sheet in ("cards", "grid")]) == doc.card_count()
