"""``journeymap export``, run as a user runs it: a separate process, exit codes, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys

import openpyxl
import pytest

from journeymap.cli import main
from journeymap.io.journey_file import save_map
from tests.factories import small_map


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "journeymap", *args], capture_output=True, text=True, timeout=120, env=env
    )


@pytest.fixture()
def map_file(tmp_path):
    path = tmp_path / "small.journey"
    save_map(small_map(), path)
    return path


def _headless_env() -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return env


def test_export_xlsx_without_a_display(map_file, tmp_path):
    out = tmp_path / "small.xlsx"
    result = run("export", str(map_file), "-o", str(out), env=_headless_env())
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "small.xlsx" in result.stdout
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "Map" and book["Map"]["B1"].value == "Awareness"


def test_format_option_overrides_the_extension(map_file, tmp_path):
    out = tmp_path / "for-the-board.data"
    result = run("export", str(map_file), "-o", str(out), "--format", "xlsx")
    assert result.returncode == 0, result.stderr
    with open(out, "rb") as handle:  # openpyxl judges by the name unless given the bytes
        assert openpyxl.load_workbook(handle).sheetnames[1] == "Cards"


def test_unknown_extension_is_a_usage_error_with_one_line(map_file, tmp_path):
    out = tmp_path / "map.docx"
    result = run("export", str(map_file), "-o", str(out))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "map.docx" in result.stderr and ".xlsx" in result.stderr
    assert not out.exists()


def test_bad_input_file_fails_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.journey"
    bad.write_text("{ not json", encoding="utf-8")
    out = tmp_path / "bad.xlsx"
    result = run("export", str(bad), "-o", str(out))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "bad.journey" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.journey"]


def test_missing_input_file_fails(tmp_path):
    result = run("export", str(tmp_path / "nowhere.journey"), "-o", str(tmp_path / "x.xlsx"))
    assert result.returncode == 1 and "no such file" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_unwritable_target_fails_and_keeps_the_folder_clean(map_file, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = run("export", str(map_file), "-o", str(blocker / "out.xlsx"))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "out.xlsx" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "small.journey"]


def test_scale_and_dpi_together_is_a_usage_error(map_file, tmp_path):
    result = run("export", str(map_file), "-o", str(tmp_path / "m.png"), "--scale", "2", "--dpi", "300")
    assert result.returncode == 2
    assert "not allowed" in result.stderr
    assert not (tmp_path / "m.png").exists()


@pytest.mark.parametrize(
    "option, value", [("--dpi", "71"), ("--dpi", "601"), ("--dpi", "lots"), ("--scale", "0.2"), ("--scale", "9")]
)
def test_out_of_range_sizes_are_usage_errors(map_file, tmp_path, capsys, option, value):
    # In-process (argparse decides before anything is loaded): the same main() the command runs.
    assert main(["export", str(map_file), "-o", str(tmp_path / "m.png"), option, value]) == 2
    assert option.lstrip("-").replace("dpi", "DPI") in capsys.readouterr().err
    assert not (tmp_path / "m.png").exists()


def test_picture_options_do_not_apply_to_a_workbook(map_file, tmp_path, capsys):
    assert main(["export", str(map_file), "-o", str(tmp_path / "m.xlsx"), "--transparent"]) == 2
    assert "--transparent" in capsys.readouterr().err
    assert not (tmp_path / "m.xlsx").exists()


def test_a_format_this_build_lacks_is_said_plainly(map_file, tmp_path):
    # A build without the picture exporter: its module cannot be imported.
    code = (
        "import sys; sys.modules['journeymap.io.picture_export'] = None;"
        "from journeymap.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    out = tmp_path / "m.png"
    result = subprocess.run(
        [sys.executable, "-c", code, "export", str(map_file), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "journeymap: png export is not available in this build"
    assert not out.exists()


def test_pictures_plug_into_the_same_command(map_file, tmp_path):
    from journeymap.io.export_formats import FormatUnavailable, format_named

    try:
        format_named("png")
    except FormatUnavailable:
        pytest.skip("this build has no picture exporter")
    out = tmp_path / "m.png"
    result = run("export", str(map_file), "-o", str(out), "--dpi", "150", env=_headless_env())
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")


def test_exporting_onto_the_map_itself_is_refused(map_file):
    before = map_file.read_bytes()
    result = run("export", str(map_file), "-o", str(map_file), "--format", "xlsx")
    assert result.returncode == 1
    assert map_file.read_bytes() == before


def test_export_is_listed_in_help():
    result = run("--help")
    assert result.returncode == 0 and "export" in result.stdout
