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
from .io.errors import FormatError, SaveError

# Sub-commands are registered here so other parts (exports) can add theirs.
_COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]] = {}


def command(name: str, help_text: str, configure: Callable[[argparse.ArgumentParser], None]):
    """Register a sub-command: ``configure`` adds its arguments, the decorated function runs it."""

    def register(run: Callable[[argparse.Namespace], int]):
        _COMMANDS[name] = (help_text, configure, run)
        return run

    return register


def _fail(message: str) -> int:
    print(f"journeymap: {message}", file=sys.stderr)
    return 1


# ----------------------------------------------------------------------------- templates
@command("templates", "list the bundled templates", lambda p: None)
def _templates(args: argparse.Namespace) -> int:
    from .io.templates import template_names, template_title

    for name in template_names():
        print(f"{name}\t{template_title(name)}")
    return 0


# ----------------------------------------------------------------------------- new
def _configure_new(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-t", "--template", default=None, help="template name (default: blank)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the .journey file to write")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")


@command("new", "write a new map from a template", _configure_new)
def _new(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .io.journey_file import save_map
    from .io.templates import DEFAULT_TEMPLATE, load_template, template_names

    name = args.template or DEFAULT_TEMPLATE
    if name not in template_names():
        print(f"journeymap: no template {name!r}; choose one of: {', '.join(template_names())}", file=sys.stderr)
        return 2
    target = Path(args.output)
    if target.exists() and not args.force:
        return _fail(f"{target} already exists; use --force to overwrite it")
    try:
        save_map(load_template(name), target)
    except SaveError as exc:
        return _fail(str(exc))
    print(f"wrote {target} from template {name}")
    return 0


# ----------------------------------------------------------------------------- check
def _configure_check(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a .journey file (or a PNG exported by Journeymap)")
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")


@command("check", "validate a map and summarise it", _configure_check)
def _check(args: argparse.Namespace) -> int:
    from .io.journey_file import load_map
    from .model.queries import warnings

    try:
        doc = load_map(args.file)
    except FormatError as exc:
        return _fail(str(exc))
    summary = {
        "stages": len(doc.stages()),
        "steps": len(doc.steps()),
        "lanes": len(doc.lanes()),
        "cards": doc.card_count(),
        "connections": doc.connection_count(),
        "personas": len(doc.personas()),
        "warnings": warnings(doc),
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
        return 0
    print(f"{args.file}: a valid map, \u201c{doc.info.title}\u201d")
    counts = ", ".join(f"{summary[k]} {k}" for k in ("stages", "steps", "lanes", "cards", "connections", "personas"))
    print(f"  {counts}")
    for warning in summary["warnings"]:
        print(f"  warning: {warning}")
    return 0


# ----------------------------------------------------------------------------- main
def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journeymap",
        description="Journeymap, a desktop editor for customer journey maps. "
        "With no command it opens the editor on FILE (or on the sample map).",
    )
    parser.add_argument("--version", action="version", version=f"Journeymap {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_text, configure, _run) in _COMMANDS.items():
        configure(sub.add_parser(name, help=help_text, description=help_text[:1].upper() + help_text[1:] + "."))
    return parser


def _build_editor_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="journeymap", description="Open the Journeymap editor.")
    parser.add_argument("--version", action="version", version=f"Journeymap {__version__}")
    parser.add_argument("file", nargs="?", metavar="FILE", help="a .journey file to open")
    parser.add_argument("--lang", choices=("en", "he"), help="interface language (default: the system's)")
    return parser


def _load_extensions() -> None:
    """Import the modules that register further sub-commands (exports)."""
    import importlib

    for module in ("journeymap.io.export_cli",):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _load_extensions()
    try:
        if argv and argv[0] in _COMMANDS:
            args = _build_parser().parse_args(argv)
            return _COMMANDS[args.command][2](args)
        if argv and argv[0] in ("-h", "--help"):
            _build_parser().print_help()
            print("\nOpening the editor: journeymap [FILE] [--lang en|he]")
            return 0
        args = _build_editor_parser().parse_args(argv)
        from .widgets.app import run_editor

        return run_editor(args.file, lang=args.lang)
    except SystemExit as exc:  # argparse: --help, --version and usage errors
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # never a traceback for users
        return _fail(f"unexpected error: {exc.__class__.__name__}: {exc}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
