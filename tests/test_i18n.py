"""Choosing the language and looking texts up, in the editor and on the command line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from journeymap import cli, i18n


@pytest.fixture
def back_to_english():
    yield
    i18n.use_language("en")


def test_languages_on_offer_and_the_order_of_choice(monkeypatch):
    assert i18n.available_languages()[:1] == ["en"] and "he" in i18n.available_languages()
    monkeypatch.setattr(i18n, "system_language", lambda: "he")
    assert i18n.choose_language() == "he"  # the system's
    i18n.remember_language("en")
    assert i18n.choose_language() == "en"  # the remembered choice beats the system's
    assert i18n.choose_language("he") == "he"  # --lang beats both
    assert i18n.choose_language("xx") == "en"  # no catalogue: remembered, then English
    assert i18n.is_rtl_language("he") and not i18n.is_rtl_language("en")


def test_arg_fills_placeholders_once():
    assert i18n.arg("%1 → %2", "a%2", "b") == "a%2 → b"
    assert i18n.arg("%1 and %3", "x") == "x and %3"


def test_translate_works_without_an_application(back_to_english):
    """The command line has no QApplication; the catalogue is asked directly."""
    script = (
        "from journeymap import i18n; i18n.use_language('he');"
        "print(i18n.translate('cli', '%n stage(s)', None, 5));"
        "print(i18n.translate('cli', '%n stage(s)', None, 1));"
        "i18n.use_language('en'); print(i18n.translate('cli', '%n stage(s)', None, 5))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.splitlines() == ["5 שלבים", "שלב אחד", "5 stages"]


def test_command_line_speaks_hebrew_with_lang(capsys, back_to_english):
    from journeymap.io.templates import template_text

    status = cli.main(["--lang", "he", "templates"])
    assert status == 0
    assert "online-purchase-he" in capsys.readouterr().out
    path = "journeymap/assets/templates/online-purchase-he.journey"
    assert template_text("online-purchase-he")
    assert cli.main(["check", path, "--lang", "he"]) == 0
    out = capsys.readouterr().out
    assert "מפה תקינה" in out and "5 שלבים" in out and "2 פרסונות" in out
    assert cli.main(["check", path, "--lang=en"]) == 0
    out = capsys.readouterr().out
    assert "a valid map" in out and "5 stages" in out and "2 personas" in out


def test_command_line_rejects_an_unknown_language(capsys):
    assert cli.main(["--lang", "xx", "templates"]) == 2
    assert "--lang" in capsys.readouterr().err


def test_new_map_from_the_command_line_is_hebrew_in_hebrew(tmp_path, back_to_english):
    from journeymap.io.journey_file import load_map

    target = tmp_path / "m.journey"
    assert cli.main(["--lang", "he", "new", "-o", str(target)]) == 0
    doc = load_map(target)
    assert (doc.info.direction, doc.stages()[0].name) == ("rtl", "מודעות")


def test_the_system_locale_chooses_hebrew(tmp_path):
    """With nothing chosen, LANG=he_IL makes the command line (and the editor) speak Hebrew."""
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path), "LANG": "he_IL.UTF-8", "LC_ALL": "",
           "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    script = "from journeymap import i18n; print(i18n.system_language(), i18n.choose_language())"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env)
    assert out.stdout.split() == ["he", "he"], out.stderr
