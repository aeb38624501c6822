"""``journeymap import``: bring an edited workbook back into its map, or start a map from a spreadsheet.

    journeymap import MAP.journey BOOK.xlsx [-o OUT] [--dry-run] [--json] [--delete] [--on-conflict map|sheet]
    journeymap import BOOK.xlsx|FILE.csv -o NEW.journey

Without ``-o`` the map file itself is updated, atomically, as Save does. Exit 0 on success,
1 for a workbook that cannot be imported or conflicts left unresolved (nothing written),
2 for wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..cli import command
from ..i18n import QT_TRANSLATE_NOOP, arg, translate
from .errors import FormatError, SaveError
from .xlsx_import import ImportRefused, Preview, UnresolvedConflicts, apply_changes, plan_changes, preview_import
from .xlsx_import.fields import field_label, sheet_label

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".tsv", ".txt")


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help=translate("cli", "MAP.journey and BOOK.xlsx to import the workbook into the map; "
                                              "or one BOOK.xlsx or FILE.csv to start a new map from it (with -o)"))
    parser.add_argument("-o", "--output", metavar="OUT",
                        help=translate("cli", "the .journey file to write (default: update MAP itself)"))
    parser.add_argument("--dry-run", action="store_true", help=translate("cli", "only show what would change"))
    parser.add_argument("--json", action="store_true",
                        help=translate("cli", "print the preview as one JSON object"))
    parser.add_argument("--delete", action="store_true",
                        help=translate("cli", "remove the items whose rows were deleted from the workbook"))
    parser.add_argument("--on-conflict", choices=("map", "sheet"),
                        help=translate("cli", "for a field changed both in the map and in the workbook, keep "
                                              "the map's value or take the workbook's"))
    parser.add_argument("--other-map", action="store_true",
                        help=translate("cli", "import even though the workbook was exported from another map"))
    parser.add_argument("--force", action="store_true",
                        help=translate("cli", "overwrite OUT if it exists (starting a new map)"))


def _message(text: str) -> None:
    print("journeymap:", text, file=sys.stderr)


def _usage_error(text: str) -> int:
    print("journeymap:", arg(translate("cli", "error: %1"), text), file=sys.stderr)
    return 2


@command("import", QT_TRANSLATE_NOOP("cli", "import an edited Excel workbook into its map, or start a map "
                                            "from a spreadsheet (xlsx, csv)"), _configure)
def run_import(args: argparse.Namespace) -> int:
    if len(args.files) > 2:
        return _usage_error(translate("cli", "give MAP.journey BOOK.xlsx, or one spreadsheet with -o"))
    if len(args.files) == 1:
        return _new_map(args, Path(args.files[0]))
    source, book = Path(args.files[0]), Path(args.files[1])
    if source.suffix.lower() in SPREADSHEET_SUFFIXES and book.suffix.lower() == ".journey":
        source, book = book, source  # either order: the map and the workbook are told apart by their kind
    return _into_map(args, source, book)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def _into_map(args: argparse.Namespace, source: Path, book: Path) -> int:
    from .journey_file import load_map, save_map

    if args.output and _same_file(Path(args.output), book):
        _message(arg(translate("cli", "%1 is the workbook being imported; choose another name for the map"), book))
        return 1
    try:
        doc = load_map(source)
        preview = preview_import(doc, book)
    except FormatError as exc:
        _message(str(exc))
        return 1
    except ImportRefused as exc:
        _message(exc.message.render(translate))
        return 1
    _report(preview, args.json)
    if preview.other_map and not args.other_map:
        _message(arg(translate("cli", "%1 was exported from another map; nothing was imported "
                                      "(use --other-map to import it anyway)"), book.name))
        return 1
    try:
        changes = plan_changes(preview, default=args.on_conflict, delete=args.delete)
    except UnresolvedConflicts:
        count = len(preview.conflicts)
        _message(translate("cli", "%n field(s) changed both in the map and in the workbook; nothing was written. "
                                  "Choose with --on-conflict map or --on-conflict sheet", None, count))
        return 1
    if args.dry_run:
        return 0
    target = Path(args.output) if args.output else source
    if changes.count() == 0 and target == source:
        if not args.json:
            print(arg(translate("cli", "%1: no changes to import"), book.name))
        return 0
    try:
        apply_changes(doc, changes)
        save_map(doc, target)
    except SaveError as exc:
        _message(str(exc))
        return 1
    except Exception as exc:  # a change the map's rules refuse: nothing was written
        _message(arg(translate("cli", "the import could not be applied: %1; nothing was written"), exc))
        return 1
    if not args.json:
        count = changes.count()
        print(arg(translate("cli", "%1: %2"), target, translate("cli", "imported %n change(s)", None, count)))
    return 0


def _new_map(args: argparse.Namespace, book: Path) -> int:
    from .journey_file import save_map
    from .xlsx_import.new_map import map_from_spreadsheet

    if args.output is None and not args.dry_run:
        return _usage_error(translate("cli", "starting a map from a spreadsheet needs -o NEW.journey"))
    target = Path(args.output) if args.output else None
    if target is not None and _same_file(target, book):
        _message(arg(translate("cli", "%1 is the workbook being imported; choose another name for the map"), book))
        return 1
    if target is not None and target.exists() and not args.force and not args.dry_run:
        _message(arg(translate("cli", "%1 already exists; use --force to overwrite it"), target))
        return 1
    try:
        doc, preview = map_from_spreadsheet(book)
    except ImportRefused as exc:
        _message(exc.message.render(translate))
        return 1
    _report(preview, args.json)
    if args.dry_run:
        return 0
    try:
        save_map(doc, target)
    except SaveError as exc:
        _message(str(exc))
        return 1
    if not args.json:
        cards = doc.card_count()
        print(arg(translate("cli", "wrote %1: %2"), target, translate("cli", "%n card(s)", None, cards)))
    return 0


def _report(preview: Preview, as_json: bool) -> None:
    if as_json:
        print(json.dumps(preview.to_json(translate), ensure_ascii=False, indent=1))
        return
    added, changed, deleted = len(preview.added), len(preview.changed), len(preview.deleted)
    conflicts, errors, unchanged = len(preview.conflicts), len(preview.errors), preview.unchanged
    print(translate("cli", ", ").join((
        translate("cli", "%n added", None, added), translate("cli", "%n changed", None, changed),
        translate("cli", "%n deleted", None, deleted), translate("cli", "%n in conflict", None, conflicts),
        translate("cli", "%n with errors", None, errors), translate("cli", "%n unchanged", None, unchanged))))
    for item in preview.changed:
        for change in item.fields:
            print("  " + arg(translate("cli", "changed %1 (row %2) %3: “%4” → “%5”"), item.id, item.row,
                             field_label(change.field, translate), change.old_text, change.new_text))
    for item in preview.conflicts:
        print("  " + arg(translate("cli", "conflict %1 (row %2) %3: exported “%4”, map “%5”, workbook “%6”"),
                         item.id, item.row, field_label(item.field, translate), item.base_text, item.map_text,
                         item.sheet_text))
    for item in preview.deleted:
        print("  " + arg(translate("cli", "deleted %1 “%2” (only with --delete)"), item.id, item.title))
    for error in preview.errors:
        print("  " + arg(translate("cli", "error: sheet %1, row %2, column %3: “%4”; expected %5"),
                         sheet_label(error.sheet, translate),
                         error.row, error.column, error.value, error.expected.render(translate)))
    for warning in preview.warnings:
        print("  " + arg(translate("cli", "warning: %1"), warning.render(translate)))
