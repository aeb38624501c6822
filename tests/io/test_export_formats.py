"""The export format registry: names, extensions, lazy providers, and a GUI application when none runs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from journeymap.io import export_formats
from journeymap.io.export_formats import (
    FORMAT_NAMES,
    ExportOptions,
    FormatUnavailable,
    available_formats,
    export_document,
    format_for_path,
    format_named,
    register_format,
)
from tests.factories import small_map


@pytest.mark.parametrize(
    "name, expected",
    [("a.png", "png"), ("b.SVG", "svg"), ("c.pdf", "pdf"), ("d.xlsx", "xlsx"), ("e.docx", None), ("noext", None)],
)
def test_format_follows_the_extension(name, expected):
    assert format_for_path(name) == expected


def test_xlsx_is_always_available_and_listed():
    fmt = format_named("xlsx")
    assert fmt.extensions == (".xlsx",) and not fmt.needs_gui
    assert "xlsx" in [f.name for f in available_formats()]
    assert [f.name for f in available_formats()] == [
        n for n in FORMAT_NAMES if n in {f.name for f in available_formats()}
    ]


def test_an_unknown_name_is_refused():
    with pytest.raises(FormatUnavailable, match="docx is not an export format"):
        format_named("docx")
    with pytest.raises(ValueError):
        register_format("docx", "Word")


def test_a_registered_exporter_is_called_with_the_options(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(export_formats, "_REGISTRY", dict(export_formats._REGISTRY))

    @register_format("svg", "Test SVG")
    def fake_svg(doc, path, options, progress):
        calls.append((doc.info.title, path.name, options))
        path.write_text("<svg/>")

    options = ExportOptions(scale=2.0, transparent=True)
    fmt = export_document(small_map(), tmp_path / "m.svg", "svg", options)
    assert fmt.description == "Test SVG"
    assert calls == [("Small", "m.svg", options)]


def test_exporting_a_workbook_loads_no_qt(tmp_path):
    code = (
        "import sys; from journeymap.io.export_formats import export_document;"
        "from tests.factories import small_map;"
        f"export_document(small_map(), {str(tmp_path / 'q.xlsx')!r}, 'xlsx');"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "[]"
    assert (tmp_path / "q.xlsx").stat().st_size > 0


def test_ensure_gui_application_goes_offscreen_without_a_display():
    code = (
        "from journeymap.io.export_formats import ensure_gui_application;"
        "app = ensure_gui_application(); assert ensure_gui_application() is app;"
        "print(app.platformName())"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "offscreen"
