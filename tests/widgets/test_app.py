"""Starting the editor: the first window, a file that fails to load, the last-resort error dialog."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from journeymap.io.journey_file import save_map
from journeymap.io.templates import SAMPLE_TEMPLATE, template_names, template_title
from journeymap.widgets import app as app_module
from journeymap.widgets import recent_files
from tests.factories import small_map


def _track(window, qtbot):
    qtbot.addWidget(window)
    return window


def test_without_a_file_the_sample_map_opens_untitled(qtbot):
    window = _track(app_module.open_first_window(None), qtbot)
    expected = SAMPLE_TEMPLATE if SAMPLE_TEMPLATE in template_names() else "blank"
    assert window.document.info.title == template_title(expected)
    assert window.controller.path is None
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("Untitled")


def test_a_file_opens_and_is_remembered(qtbot, tmp_path):
    path = tmp_path / "given.journey"
    save_map(small_map(), path)
    window = _track(app_module.open_first_window(str(path)), qtbot)
    assert window.document.info.title == "Small"
    assert window.controller.path == str(path.resolve())
    assert recent_files.recent_files() == [str(path.resolve())]


def test_a_file_that_fails_to_load_leaves_a_usable_blank_map(qtbot, tmp_path, dialogs):
    bad = tmp_path / "bad.journey"
    bad.write_text('{"format": "journeymap", "version": 1}', encoding="utf-8")
    window = _track(app_module.open_first_window(str(bad)), qtbot)
    assert dialogs.kinds() == ["warning"]
    assert "“bad.journey” could not be opened." in dialogs.calls[0][2]
    assert window.isVisible()
    assert window.controller.path is None
    assert window.document.info.title == template_title("blank")
    window.actions.add_stage.trigger()
    assert window.undo_stack.count() == 1


def test_a_missing_file_is_reported_not_raised(qtbot, tmp_path, dialogs):
    window = _track(app_module.open_first_window(str(tmp_path / "nowhere.journey")), qtbot)
    assert "No such file." in dialogs.calls[0][2]
    assert window.isVisible()


def test_unexpected_errors_show_one_readable_dialog(qtbot, dialogs, capsys):
    try:
        raise ValueError("the widget was confused")
    except ValueError:
        app_module.show_unexpected_error(*sys.exc_info())
    assert dialogs.kinds() == ["critical"]
    title, text = dialogs.calls[0][1:]
    assert "ValueError: the widget was confused" in text
    assert "Traceback" not in text
    assert "Traceback" in capsys.readouterr().err  # kept for whoever reads the terminal


def test_no_translation_file_means_english_and_no_error(qapp):
    assert app_module.install_translator(qapp, "xx") is False
    assert app_module.install_translator(qapp, "en") is False


def test_run_editor_installs_the_error_dialog_and_opens_a_window(monkeypatch, qapp):
    from PySide6.QtWidgets import QApplication

    from journeymap.widgets import windows

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app_module.run_editor(None, lang="en") == 0
    assert sys.excepthook is app_module.show_unexpected_error
    assert len(windows.open_windows()) == 1


def test_quit_asks_for_each_changed_map_and_cancel_keeps_it(window, dialogs):
    from journeymap.editor.commands import SetPropertiesCommand

    window.undo_stack.push(SetPropertiesCommand(window.document, "map", None, {"title": "Changed"}))
    dialogs.answer = dialogs.answer.Cancel
    window.actions.quit.trigger()
    assert dialogs.kinds() == ["question"]
    assert window.isVisible()


def test_dialog_buttons_carry_no_icons_even_where_the_desktop_style_adds_them(qapp):
    from PySide6.QtWidgets import QDialogButtonBox, QProxyStyle, QStyle

    class IconsOnButtons(QProxyStyle):  # as some desktops' styles do
        def styleHint(self, hint, option=None, widget=None, return_data=None):  # noqa: N802 - Qt's name
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 1
            return super().styleHint(hint, option, widget, return_data)

    buttons = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    style = IconsOnButtons("Fusion")
    previous = qapp.styleSheet()
    try:
        qapp.setStyleSheet("")
        loud = QDialogButtonBox(buttons)
        loud.setStyle(style)
        loud.setStandardButtons(buttons)
        assert all(not button.icon().isNull() for button in loud.buttons())  # the style alone adds them
        qapp.setStyleSheet(app_module.QUIET_BUTTONS)  # as create_application does
        quiet = QDialogButtonBox(buttons)
        quiet.setStyle(style)
        quiet.setStandardButtons(buttons)
        assert all(button.icon().isNull() for button in quiet.buttons())
    finally:
        qapp.setStyleSheet(previous)


def test_opening_a_window_loads_no_spreadsheet_library_nor_the_analysis(tmp_path):
    """openpyxl (with Pillow and numpy) takes half a second to import: it waits for the first import or
    export; the analysis waits for its panel or overlay."""
    code = (
        "import sys, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "from journeymap.widgets.app import create_application, open_first_window;"
        "app = create_application(None); window = open_first_window(None);"
        "print(sorted(m for m in ('openpyxl', 'PIL', 'numpy', 'journeymap.model.analysis') if m in sys.modules))"
    )
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]"
