"""Every word in the user's language: the loader's explanations, the model's refusals, check's
warnings, export lines and argparse's own words under ``--lang he``; English runs stay English."""

from __future__ import annotations

import subprocess
import sys

import pytest

from journeymap import cli, i18n
from journeymap.io.errors import FormatError
from journeymap.io.journey_file import load_map, save_map
from journeymap.model import ModelError
from journeymap.model.text import Text
from tests.factories import small_map

HEBREW = range(0x0590, 0x0600)


def hebrew_letters(text: str) -> int:
    return sum(ord(ch) in HEBREW for ch in text)


@pytest.fixture
def back_to_english():
    yield
    i18n.use_language("en")


def plain(text: str) -> str:
    """Without the isolation marks the editor adds around values (an in-process run may have an application)."""
    return text.replace("\u2068", "").replace("\u2069", "")


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "journeymap", *args], capture_output=True, text=True, timeout=60,
                          env=env)


def test_a_text_reads_as_english_and_keeps_how_it_was_made():
    said = Text("no stage with id %1", "'s-x'")
    assert said == "no stage with id 's-x'" and said.template == "no stage with id %1"
    assert i18n.localized(said) == "no stage with id 's-x'"


def test_loader_errors_are_hebrew_under_lang_he(tmp_path, capsys, back_to_english):
    cut = tmp_path / "trip.journey"
    cut.write_text('{"format": "journeymap", "version": 1, "map": {"title": "Tr', encoding="utf-8")
    assert cli.main(["--lang", "he", "check", str(cut)]) == 1
    err = plain(capsys.readouterr().err)
    assert "trip.journey" in err and "נקטע" in err and "שורה 1" in err
    assert "JSON" not in err and "Unterminated" not in err
    assert cli.main(["--lang", "en", "check", str(cut)]) == 1
    assert "cut short" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "payload", "english", "hebrew"),
    [
        ("plan.xlsx", b"PK\x03\x04" + b"\x00\xff" * 40 + b"xl/workbook.xml", "Import from Excel", "ייבוא מ-Excel"),
        ("notes.pdf", b"%PDF-1.7\n\xe2\xe3\xcf\xd3", "PDF document", "מסמך PDF"),
        ("photo.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 20, "JPEG picture", "JPEG"),
        ("odd.journey", b"\xff\xfe\x00\x01", "not text", "אינו קובץ טקסט"),
    ],
)
def test_a_file_of_another_kind_says_what_it_is(tmp_path, capsys, back_to_english, name, payload, english, hebrew):
    path = tmp_path / name
    path.write_bytes(payload)
    with pytest.raises(FormatError) as raised:
        load_map(path)
    assert english in str(raised.value) and "byte" not in str(raised.value) and "UTF-8 JSON" not in str(raised.value)
    i18n.use_language("he")
    assert hebrew in i18n.localized_error(raised.value)


def test_damage_in_the_middle_names_the_byte(tmp_path):
    path = tmp_path / "m.journey"
    path.write_bytes(b'{"format": "journeymap", "map": {"title": "\xff"}}')
    with pytest.raises(FormatError) as raised:
        load_map(path)
    assert raised.value.place == "byte 43" and "damaged here" in raised.value.expected


def test_model_refusals_and_check_warnings_are_hebrew(capsys, tmp_path, back_to_english):
    doc = small_map()
    with pytest.raises(ModelError) as raised:
        doc.remove_stage("s-nope")
    i18n.use_language("he")
    assert plain(i18n.localized_error(raised.value)) == "אין שלב עם המזהה 's-nope'"
    doc.remove_connections(["e5"])  # the purchase becomes a dead end before the last stage
    path = tmp_path / "dead.journey"
    save_map(doc, path)
    assert cli.main(["--lang", "he", "check", str(path)]) == 0
    out = plain(capsys.readouterr().out)
    assert "מבוי סתום" in out and "dead end" not in out and "'Buys'" in out
    assert cli.main(["--lang", "en", "check", str(path)]) == 0
    assert "dead end: customers stop at 'Buys'" in capsys.readouterr().out


def test_export_line_names_the_format_in_hebrew(tmp_path, capsys, back_to_english):
    source = tmp_path / "m.journey"
    save_map(small_map(), source)
    assert cli.main(["--lang", "he", "export", str(source), "-o", str(tmp_path / "m.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "חוברת Excel" in out and "Excel workbook" not in out


def test_argparse_speaks_hebrew(capsys, back_to_english):
    assert cli.main(["--lang", "he", "check"]) == 2
    err = capsys.readouterr().err
    assert "שימוש:" in err and "שגיאה" in err and "חסרים ארגומנטים נדרשים" in err
    assert "usage" not in err and "required" not in err
    assert cli.main(["--lang", "he", "--help"]) == 0
    out = capsys.readouterr().out
    assert "אפשרויות" in out and "הצגת העזרה הזו ויציאה" in out and "show this help" not in out
    assert cli.main(["--lang", "en", "check"]) == 2
    assert "usage:" in capsys.readouterr().err


def test_paths_and_numbers_keep_their_order_in_right_to_left_text(qapp, back_to_english):
    i18n.use_language("he")
    error = FormatError("trip.journey", Text("line %1, column %2", 3, 14), Text("no such file"))
    shown = i18n.localized_error(error)
    assert shown.startswith("\u200f\u2068trip.journey\u2069")  # the file name is one unit; the line runs right to left
    assert "\u20683\u2069" in shown and "\u206814\u2069" in shown
    i18n.use_language("en")
    assert i18n.localized_error(error) == "trip.journey: line 3, column 14: no such file"


def test_unknown_command_and_missing_file_end_before_qt_without_a_display(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": ""}  # no DISPLAY, no platform plugin chosen
    unknown = run("frobnicate", env=env)
    assert unknown.returncode == 2 and "unknown command “frobnicate”" in unknown.stderr and "check" in unknown.stderr
    missing = run(str(tmp_path / "gone.journey"), env=env)
    assert missing.returncode == 1 and "gone.journey: no such file" in missing.stderr
    no_display = run(env=env)
    assert no_display.returncode == 1 and "no display" in no_display.stderr
    assert "Traceback" not in unknown.stderr + missing.stderr + no_display.stderr


def test_check_into_a_closed_pipe_ends_quietly(tmp_path):
    path = tmp_path / "dead.journey"
    doc = small_map()
    doc.remove_connections(["e5"])
    save_map(doc, path)
    shell = f"{sys.executable} -m journeymap check {path} | head -1"
    out = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=60)
    assert out.stdout.startswith(str(path)) and out.stderr == ""
