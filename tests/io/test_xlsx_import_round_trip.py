"""Export -> import without edits is no change: every template, generated maps, a Calc re-save."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings

from journeymap.io.templates import load_template, template_names
from journeymap.io.xlsx_export import export_xlsx
from journeymap.io.xlsx_import import PREVIEW_KEYS, preview_import
from tests.factories import small_map
from tests.fuzz_budget import examples
from tests.strategies import journey_maps


def item_count(doc) -> int:
    return doc.card_count() + doc.connection_count() + len(doc.personas())


@pytest.mark.parametrize("name", template_names())
def test_an_untouched_workbook_of_every_template_imports_as_no_change(name, tmp_path):
    doc = load_template(name)
    path = tmp_path / f"{name}.xlsx"
    export_xlsx(doc, path)
    preview = preview_import(doc, path)
    assert preview.is_no_change(), preview.to_json()
    assert preview.unchanged == item_count(doc)
    assert preview.warnings == []
    assert list(preview.to_json()) == list(PREVIEW_KEYS)


@pytest.mark.slow
@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=journey_maps())
def test_an_untouched_workbook_of_any_map_imports_as_no_change(doc, tmp_path):
    path = tmp_path / "generated.xlsx"
    export_xlsx(doc, path)
    preview = preview_import(doc, path)
    assert preview.is_no_change(), preview.to_json()
    assert preview.unchanged == item_count(doc)


def _calc_resave(source, folder):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.fail("LibreOffice (soffice) is needed for this test: apt-get install libreoffice-calc-nogui")
    out = folder / "resaved"
    subprocess.run([soffice, f"-env:UserInstallation=file://{folder}/lo-profile", "--headless",
                    "--convert-to", "xlsx", "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=120)
    return out / source.name


@pytest.mark.slow
@pytest.mark.parametrize("name", ["online-purchase-he", "contact-centre"])
def test_a_workbook_resaved_by_libreoffice_calc_imports_as_no_change(name, tmp_path):
    doc = load_template(name)
    path = tmp_path / f"{name}.xlsx"
    export_xlsx(doc, path)
    resaved = _calc_resave(path, tmp_path)
    preview = preview_import(doc, resaved)
    assert preview.is_no_change(), preview.to_json()
    assert preview.unchanged == item_count(doc) and preview.warnings == []


@pytest.mark.slow
def test_an_edit_survives_a_libreoffice_resave(tmp_path):
    import openpyxl

    doc = small_map()
    path = tmp_path / "small.xlsx"
    export_xlsx(doc, path)
    book = openpyxl.load_workbook(path)
    book["Cards"]["F2"] = "Searches for a laptop online"
    book.save(path)
    resaved = _calc_resave(path, tmp_path)
    preview = preview_import(doc, resaved)
    assert [(c.id, [f.field for f in c.fields]) for c in preview.changed] == [("act-search", ["title"])]
    assert preview.unchanged == item_count(doc) - 1 and not preview.deleted
