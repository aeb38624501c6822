"""The command line: open the editor, list templates, make, check and export maps.

Exit codes: 0 success, 1 a file that is invalid or cannot be read or written
(one message on stderr, never a traceback), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from . import __version__
from .i18n import QT_TRANSLATE_NOOP, arg, localized, localized_error, translate
from .io.errors import FormatError, SaveError

# Sub-commands are registered here so other parts (exports) can add theirs.
_COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]] = {}


def command(name: str, help_text: str, configure: Callable[[argparse.ArgumentParser], None]):
    """Register a sub-command: ``configure`` adds its arguments, the decorated function runs it.

    ``help_text`` is marked with QT_TRANSLATE_NOOP("cli", ...) and translated when the
    parser is built, once the language is known.
    """

    def register(run: Callable[[argparse.Namespace], int]):
        _COMMANDS[name] = (help_text, configure, run)
        return run

    return register


def _fail(message: str) -> int:
    print("journeymap:", message, file=sys.stderr)
    return 1


# ----------------------------------------------------------------------------- templates
@command("templates", QT_TRANSLATE_NOOP("cli", "list the bundled templates"), lambda p: None)
def _templates(args: argparse.Namespace) -> int:
    from .io.templates import template_names, template_title

    for name in template_names():
        print(f"{name}\t{template_title(name)}")
    return 0


# ----------------------------------------------------------------------------- new
def _configure_new(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-t", "--template", default=None, help=translate("cli", "template name (default: blank)"))
    parser.add_argument("-o", "--output", required=True, metavar="FILE",
                        help=translate("cli", "the .journey file to write"))
    parser.add_argument("--force", action="store_true", help=translate("cli", "overwrite FILE if it exists"))


@command("new", QT_TRANSLATE_NOOP("cli", "write a new map from a template"), _configure_new)
def _new(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .io.journey_file import save_map
    from .io.templates import DEFAULT_TEMPLATE, template_names
    from .widgets.new_maps import new_map

    name = args.template or DEFAULT_TEMPLATE
    if name not in template_names():
        choices = ", ".join(template_names())
        message = arg(translate("cli", "no template “%1”; choose one of: %2"), name, choices)
        print("journeymap:", message, file=sys.stderr)
        return 2
    target = Path(args.output)
    if target.exists() and not args.force:
        return _fail(arg(translate("cli", "%1 already exists; use --force to overwrite it"), target))
    try:
        save_map(new_map(name), target)
    except SaveError as exc:
        return _fail(str(exc))
    print(arg(translate("cli", "wrote %1 from template %2"), target, name))
    return 0


# ----------------------------------------------------------------------------- check
def _configure_check(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=translate("cli", "a .journey file (or a PNG exported by Journeymap)")
    )
    parser.add_argument("--json", action="store_true", help=translate("cli", "print the summary as one JSON object"))


@command("check", QT_TRANSLATE_NOOP("cli", "validate a map and summarise it"), _configure_check)
def _check(args: argparse.Namespace) -> int:
    from .io.journey_file import load_map
    from .model.queries import warnings

    try:
        doc = load_map(args.file)
    except FormatError as exc:
        return _fail(localized_error(exc))
    summary = {
        "stages": len(doc.stages()),
        "steps": len(doc.steps()),
        "lanes": len(doc.lanes()),
        "cards": doc.card_count(),
        "connections": doc.connection_count(),
        "personas": len(doc.personas()),
        "warnings": [localized(warning) for warning in warnings(doc)],
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
        return 0
    print(arg(translate("cli", "%1: a valid map, “%2”"), args.file, doc.info.title))
    print("  " + _counts(summary))
    for warning in summary["warnings"]:
        print("  " + arg(translate("cli", "warning: %1"), warning))
    return 0


def _counts(summary: dict) -> str:
    stages, steps, lanes = summary["stages"], summary["steps"], summary["lanes"]
    cards, connections, personas = summary["cards"], summary["connections"], summary["personas"]
    parts = (
        translate("cli", "%n stage(s)", None, stages),
        translate("cli", "%n step(s)", None, steps),
        translate("cli", "%n lane(s)", None, lanes),
        translate("cli", "%n card(s)", None, cards),
        translate("cli", "%n connection(s)", None, connections),
        translate("cli", "%n persona(s)", None, personas),
    )
    return translate("cli", ", ").join(parts)


# ----------------------------------------------------------------------------- main
def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journeymap",
        description=translate(
            "cli",
            "Journeymap, a desktop editor for customer journey maps. "
            "With no command it opens the editor on FILE (or on the sample map).",
        ),
    )
    _add_version(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_text, configure, _run) in _COMMANDS.items():
        shown = translate("cli", help_text)
        configure(sub.add_parser(name, help=shown, description=shown[:1].upper() + shown[1:] + "."))
    return parser


def _build_editor_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="journeymap", description=translate("cli", "Open the Journeymap editor."))
    _add_version(parser)
    parser.add_argument("file", nargs="?", metavar="FILE", help=translate("cli", "a .journey file to open"))
    parser.add_argument(
        "--lang", choices=("en", "he"), help=translate("cli", "interface language (default: the system's)")
    )
    parser.add_argument("--join", metavar="ADDRESS", help=translate("cli", "join a live session at this address"))
    return parser


def _add_version(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"Journeymap {__version__}",
                        help=translate("argparse", "show program's version number and exit"))


def _editor_refusal(file: str | None) -> int | None:
    """Why the editor cannot start (exit 2: an unknown command, 1: no file, no display), before Qt starts."""
    import os
    from pathlib import Path

    if file and not Path(file).exists():
        if not any(mark in file for mark in (".", "/", os.sep)):  # a word, not a file name: a mistyped command
            names = ", ".join(sorted(_COMMANDS))
            message = translate("cli", "unknown command “%1”; the commands are %2 (journeymap --help)")
            message = arg(message, file, names)
            print("journeymap:", message, file=sys.stderr)
            return 2
        return _fail(arg(translate("cli", "%1: no such file"), file))
    if sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        names = ", ".join(sorted(_COMMANDS))
        return _fail(arg(translate("cli", "no display to open the editor on; the commands (%1) work without one"),
                         names))
    return None


def _load_extensions() -> None:
    """Import the modules that register further sub-commands (exports)."""
    import importlib

    for module in ("journeymap.io.export_cli", "journeymap.io.analysis_cli", "journeymap.io.import_cli",
                   "journeymap.live.serve_cli"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


def _take_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--lang he`` anywhere on the line: the editor's option, and the language of every message."""
    rest, lang = [], None
    items = iter(argv)
    for item in items:
        if item == "--lang":
            lang = next(items, None)
        elif item.startswith("--lang="):
            lang = item.split("=", 1)[1]
        else:
            rest.append(item)
    return lang, rest


def main(argv: list[str] | None = None) -> int:
    """Run one command line; a reader that stops early (``journeymap check F | head -1``) ends it quietly."""
    try:
        code = _main(argv)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python's own flush at exit stays quiet
        return 1


def _main(argv: list[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang, argv = _take_language(argv)
    if lang not in (None, "en", "he"):
        print(arg(translate("cli", "journeymap: --lang must be en or he, not “%1”"), lang), file=sys.stderr)
        return 2
    from .i18n import choose_language, use_language

    use_language(choose_language(lang))
    from .cli_words import speak_argparse_in_our_language

    speak_argparse_in_our_language()
    _load_extensions()
    try:
        if argv and argv[0] in _COMMANDS:
            args = _build_parser().parse_args(argv)
            return _COMMANDS[args.command][2](args)
        if argv and argv[0] in ("-h", "--help"):
            _build_parser().print_help()
            print("\n" + translate("cli", "Opening the editor: journeymap [FILE] [--lang en|he] [--join ADDRESS]"))
            return 0
        args = _build_editor_parser().parse_args(argv)
        if args.join:
            from .live.address import AddressError, parse_address

            try:
                parse_address(args.join)
            except AddressError as exc:
                print("journeymap:", exc, file=sys.stderr)
                return 2
        refusal = _editor_refusal(args.file)
        if refusal is not None:
            return refusal
        from .collector import pause_until_first_window

        pause_until_first_window()
        from .widgets.app import run_editor

        return run_editor(args.file, lang=lang, join=args.join)
    except SystemExit as exc:  # argparse: --help, --version and usage errors
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        raise
    except Exception as exc:  # never a traceback for users
        return _fail(arg(translate("cli", "unexpected error: %1"), f"{exc.__class__.__name__}: {exc}"))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
