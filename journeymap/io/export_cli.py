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
from ..i18n import QT_TRANSLATE_NOOP, arg, localized_error, translate
from .errors import FormatError, SaveError
from .export_formats import (
    DPI_RANGE,
    FORMAT_NAMES,
    KNOWN_FORMATS,
    PICTURE_FORMATS,
    SCALE_RANGE,
    ExportOptions,
    FormatUnavailable,
    export_document,
    format_for_path,
    format_named,
)
from .picture_cli_options import add_picture_arguments, export_picture_from, find_persona, used_picture_flags


def _number_in(low: float, high: float, kind, what: str):
    """An argparse type: a number of ``kind`` between ``low`` and ``high``."""

    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            message = translate("cli", "%1 must be a number, not “%2”")
            raise argparse.ArgumentTypeError(arg(message, what, text)) from None
        if not low <= value <= high:
            message = translate("cli", "%1 must be between %2 and %3, not %4")
            raise argparse.ArgumentTypeError(arg(message, what, f"{low:g}", f"{high:g}", text))
        return value

    return parse


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=translate("cli", "a .journey file (or a PNG exported by Journeymap)")
    )
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help=translate("cli", "the file to write"))
    parser.add_argument(
        "--format",
        choices=FORMAT_NAMES,
        help=arg(translate("cli", "what to write (default: from OUT's extension: %1)"), ", ".join(FORMAT_NAMES)),
    )
    size = parser.add_mutually_exclusive_group()
    size.add_argument(
        "--scale",
        type=_number_in(*SCALE_RANGE, float, translate("cli", "the scale")),
        metavar="N",
        help=arg(
            translate("cli", "picture size as a multiple of the map (%1 to %2, default 2 for PNG, 1 for SVG and PDF)"),
            f"{SCALE_RANGE[0]:g}",
            f"{SCALE_RANGE[1]:g}",
        ),
    )
    size.add_argument(
        "--dpi",
        type=_number_in(*DPI_RANGE, int, translate("cli", "the DPI")),
        metavar="N",
        help=arg(translate("cli", "picture resolution in dots per inch (%1 to %2)"), DPI_RANGE[0], DPI_RANGE[1]),
    )
    parser.add_argument(
        "--transparent", action="store_true", help=translate("cli", "no background behind the map (pictures only)")
    )
    add_picture_arguments(parser)
    parser.add_argument(
        "--stages",
        metavar="LIST",
        help=translate("cli", "PowerPoint only: the stages to show, by number, name or id, separated by commas"),
    )


def _message(text: str) -> None:
    print("journeymap:", text, file=sys.stderr)


def _usage_error(text: str) -> int:
    print("journeymap export:", arg(translate("cli", "error: %1"), text), file=sys.stderr)
    return 2


_HELP = QT_TRANSLATE_NOOP("cli", "export a map as a picture, workbook, deck or web page")


@command("export", _HELP, _configure)
def run_export(args: argparse.Namespace) -> int:
    source = Path(args.file)
    target = Path(args.output)
    name = args.format or format_for_path(target)
    if name is None:  # a usage error, as for any other wrong argument
        return _usage_error(
            arg(
                translate(
                    "cli",
                    "cannot tell which format to write from the name “%1”; end it in %2, or give --format",
                ),
                target.name,
                ", ".join(extensions[0] for extensions, _module in KNOWN_FORMATS.values()),
            )
        )
    picture_options = [
        flag
        for flag, used in (
            ("--scale", args.scale is not None),
            ("--dpi", args.dpi is not None),
            ("--transparent", args.transparent),
        )
        if used
    ] + used_picture_flags(args)
    if name not in PICTURE_FORMATS and picture_options:
        message = translate("cli", "%1 applies to pictures (%2), not to %3")
        return _usage_error(arg(message, picture_options[0], ", ".join(PICTURE_FORMATS), name))
    if args.stages is not None and name != "pptx":
        return _usage_error(arg(translate("cli", "--stages applies to PowerPoint decks (pptx), not to %1"), name))
    if _same_file(source, target):
        message = translate("cli", "%1 is the map being exported; choose another name for the %2 file")
        _message(arg(message, target, name))
        return 1
    try:
        fmt = format_named(name)
        doc = _load(source)
        try:
            persona = find_persona(doc, args.persona) if args.persona else None
        except ValueError as exc:
            return _usage_error(str(exc))
        stages = _chosen_stages(doc, args.stages)
        details = ""
        if name in PICTURE_FORMATS:
            details = export_picture_from(args, name, doc, target, persona, _progress(target))
        else:
            options = ExportOptions(scale=args.scale, dpi=args.dpi, transparent=args.transparent, stages=stages)
            export_document(doc, target, fmt.name, options, _progress(target))
    except (FormatUnavailable, FormatError, SaveError, ValueError) as exc:
        _message(localized_error(exc))
        return 1
    description = translate("messages", fmt.description)
    print(arg(translate("cli", "wrote %1 (%2)"), target, f"{description}, {details}" if details else description))
    return 0


def _chosen_stages(doc, text: str | None) -> tuple[str, ...]:
    if text is None:
        return ()
    from .pptx.stage_choice import resolve_stages

    return resolve_stages(doc, text)


def _progress(target: Path):
    """Progress on stderr for long exports when it is a terminal: 'deck.pptx: 3/7'."""
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\r{target.name}: {done}/{total}", end=end, file=sys.stderr, flush=True)

    return report


def _load(path: Path):
    from .journey_file import load_map

    return load_map(path)


def _same_file(source: Path, target: Path) -> bool:
    try:
        return target.exists() and source.exists() and source.samefile(target)
    except OSError:
        return False
