"""``journeymap export FILE -o OUT``: export a map without opening the editor (no display needed).

The format follows OUT's extension unless ``--format`` names it. Exit 0 on success;
1 with one message (and no output file) when the map cannot be read, the target cannot be
written, or the format cannot be made; 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..cli import command
from .errors import FormatError, SaveError
from .export_formats import (
    DPI_RANGE,
    FORMAT_NAMES,
    PICTURE_FORMATS,
    SCALE_RANGE,
    ExportOptions,
    FormatUnavailable,
    export_document,
    format_for_path,
    format_named,
)


def _number_in(low: float, high: float, kind, what: str):
    """An argparse type: a number of ``kind`` between ``low`` and ``high``."""

    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{what} must be a number, not {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} must be between {low:g} and {high:g}, not {text}")
        return value

    return parse


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a .journey file (or a PNG exported by Journeymap)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    parser.add_argument(
        "--format",
        choices=FORMAT_NAMES,
        help="what to write (default: from OUT's extension: " + ", ".join(FORMAT_NAMES) + ")",
    )
    size = parser.add_mutually_exclusive_group()
    size.add_argument(
        "--scale",
        type=_number_in(*SCALE_RANGE, float, "the scale"),
        metavar="N",
        help=f"picture size as a multiple of the map ({SCALE_RANGE[0]:g} to {SCALE_RANGE[1]:g}, default 1)",
    )
    size.add_argument(
        "--dpi",
        type=_number_in(*DPI_RANGE, int, "the DPI"),
        metavar="N",
        help=f"picture resolution in dots per inch ({DPI_RANGE[0]} to {DPI_RANGE[1]})",
    )
    parser.add_argument("--transparent", action="store_true", help="no background behind the map (pictures only)")


def _message(text: str) -> None:
    print(f"journeymap: {text}", file=sys.stderr)


def _usage_error(text: str) -> int:
    print(f"journeymap export: error: {text}", file=sys.stderr)
    return 2


@command("export", "export a map as a picture or workbook (png, svg, pdf, xlsx)", _configure)
def run_export(args: argparse.Namespace) -> int:
    source = Path(args.file)
    target = Path(args.output)
    name = args.format or format_for_path(target)
    if name is None:
        _message(
            f"cannot tell which format to write from the name {target.name!r}; "
            f"end it in .png, .svg, .pdf or .xlsx, or give --format"
        )
        return 1
    picture_options = [
        flag
        for flag, used in (
            ("--scale", args.scale is not None),
            ("--dpi", args.dpi is not None),
            ("--transparent", args.transparent),
        )
        if used
    ]
    if name not in PICTURE_FORMATS and picture_options:
        return _usage_error(f"{picture_options[0]} applies to pictures ({', '.join(PICTURE_FORMATS)}), not to {name}")
    if _same_file(source, target):
        _message(f"{target} is the map being exported; choose another name for the {name} file")
        return 1
    try:
        fmt = format_named(name)
        doc = _load(source)
        export_document(
            doc, target, fmt.name, ExportOptions(scale=args.scale, dpi=args.dpi, transparent=args.transparent)
        )
    except (FormatUnavailable, FormatError, SaveError) as exc:
        _message(str(exc))
        return 1
    print(f"wrote {target} ({fmt.description})")
    return 0


def _load(path: Path):
    from .journey_file import load_map

    return load_map(path)


def _same_file(source: Path, target: Path) -> bool:
    try:
        return target.exists() and source.exists() and source.samefile(target)
    except OSError:
        return False
