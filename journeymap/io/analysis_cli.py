"""``journeymap analyze FILE``: what the map's graph says, as a readable report or one JSON object.

Exit 0 on success; 1 with one message when the map cannot be read or the persona or entry
card is not in it; 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys

from ..cli import command
from ..i18n import QT_TRANSLATE_NOOP, arg, translate
from ..model import JourneyDocument
from ..model.analysis import DEFAULT_TOP, Analysis, analyze, to_json
from . import analysis_text as words
from .errors import FormatError

MAX_TOP = 1000


def _top(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            arg(translate("cli", "--top must be a whole number, not “%1”"), text)
        ) from None
    if not 0 <= value <= MAX_TOP:
        raise argparse.ArgumentTypeError(arg(translate("cli", "--top must be between 0 and %1, not %2"), MAX_TOP, text))
    return value


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=translate("cli", "a .journey file (or a PNG exported by Journeymap)")
    )
    parser.add_argument("--json", action="store_true", help=translate("cli", "print the results as one JSON object"))
    parser.add_argument("--persona", metavar="ID", help=translate("cli", "follow one persona's connections only"))
    parser.add_argument("--entry", metavar="CARD_ID", help=translate("cli", "send every customer in at this card"))
    parser.add_argument(
        "--top",
        type=_top,
        default=DEFAULT_TOP,
        metavar="N",
        help=arg(translate("cli", "how many paths to list (default %1)"), DEFAULT_TOP),
    )


@command("analyze", QT_TRANSLATE_NOOP("cli", "paths, reach, drop-offs and a stage summary of a map"), _configure)
def _analyze(args: argparse.Namespace) -> int:
    from .journey_file import load_map

    try:
        doc = load_map(args.file)
    except FormatError as exc:
        return _fail(str(exc))
    if args.persona is not None and args.persona not in {p.id for p in doc.personas()}:
        known = ", ".join(p.id for p in doc.personas()) or translate("cli", "none")
        return _fail(
            arg(translate("cli", "no persona with id “%1” in %2 (its personas: %3)"), args.persona, args.file, known)
        )
    if args.entry is not None and not doc.has_card(args.entry):
        return _fail(arg(translate("cli", "no card with id “%1” in %2"), args.entry, args.file))
    result = analyze(doc, persona=args.persona, entry=args.entry, top=args.top)
    if args.json:
        print(json.dumps(to_json(result, lambda w: words.warning_text(doc, w)), ensure_ascii=False))
    else:
        print("\n".join(report_lines(doc, result, args.file)))
    return 0


def _fail(message: str) -> int:
    print("journeymap:", message, file=sys.stderr)
    return 1


def report_lines(doc: JourneyDocument, result: Analysis, file: str) -> list[str]:
    """The readable report, section by section."""
    lines = [arg(translate("cli", "Analysis of “%1” (%2)"), doc.info.title, file)]
    if result.persona is not None:
        lines.append(arg(translate("cli", "Persona: %1"), doc.persona(result.persona).name))
    if not doc.connection_count():
        lines.append(translate("cli", "The map has no connections: nothing to follow."))
    entries = words.entries_text(doc, result.entries)
    if entries:
        lines.append(arg(translate("cli", "Entries: %1"), entries))
    lines += _paths(doc, result)
    lines += _section(
        translate("cli", "Reach (visits per customer)"),
        [
            f"{words.percent(r):>7}  ({words.visits_text(result.visits[c])})  {words.card_name(doc, c)}"
            for c, r in sorted(result.reach.items(), key=lambda item: -item[1])
        ],
    )
    lines += _section(
        translate("cli", "Loops"),
        [
            f"{words.percent(lp.share):>7}  {words.arrow().join(words.card_name(doc, c) for c in lp.cards)}"
            for lp in result.loops
        ],
    )
    dead_end = translate("cli", "dead end")
    lines += _section(
        translate("cli", "Drop-offs"),
        [
            f"{words.percent(d.share):>7}  {words.card_name(doc, d.card)}"
            + (f"  ({dead_end})" if d.dead_end else "")
            for d in result.drop_offs
        ],
    )
    lines += _section(translate("cli", "Unreachable"), [f"  {words.card_name(doc, c)}" for c in result.unreachable])
    lanes = {lane.id: lane.name for lane in doc.lanes()}
    lines += _section(
        translate("cli", "Channel switches (moves per 100 customers)"),
        [_switch_line(s, lanes) for s in result.channel_switches],
    )
    lines += _stages(doc, result)
    lines += _section(translate("cli", "Warnings"), [f"  {words.warning_text(doc, w)}" for w in result.warnings])
    return lines


def _switch_line(switch, lanes: dict[str, str]) -> str:
    count = switch.count
    connections = translate("cli", "%n connection(s)", None, count)
    moves = words.per_hundred(switch.share)
    return f"{moves:>7}  {lanes[switch.from_lane]}{words.arrow()}{lanes[switch.to_lane]}  ({connections})"


def _section(title: str, rows: list[str]) -> list[str]:
    return ["", title + ":", *rows] if rows else []


def _paths(doc: JourneyDocument, result: Analysis) -> list[str]:
    rows = []
    for number, path in enumerate(result.paths, 1):
        rows.append(f"{number:>3}. {words.percent(path.share):>6}  {words.path_cards(doc, path)}")
        rows.append(f"      {words.path_details(doc, path)}")
    more = words.more_text(result.more_paths)
    if more:
        rows.append(f"      {more}")
    return _section(translate("cli", "Paths, most likely first"), rows)


def _stages(doc: JourneyDocument, result: Analysis) -> list[str]:
    header = (
        translate("cli", "Reach"),
        translate("cli", "Emotion"),
        translate("cli", "Lowest"),
        translate("cli", "Friction"),
        translate("cli", "Opportunities"),
        translate("cli", "Moments of truth"),
    )
    rows = ["  " + "  ".join(f"{h:>9}" for h in header) + "  " + translate("cli", "Stage")]
    for s in result.stages:
        values = (
            words.percent(s.reach),
            words.score_text(s.emotion_avg),
            words.score_text(s.emotion_min),
            s.friction,
            s.opportunities,
            s.moments_of_truth,
        )
        rows.append("  " + "  ".join(f"{v:>9}" for v in values) + "  " + s.name)
    return _section(translate("cli", "Stages"), rows) if result.stages else []
