"""The picture options of ``journeymap export``: the Export dialog's choices on the command line.

``--title/--no-title``, ``--legend``, ``--page``, ``--curves``, ``--persona`` and ``--no-embed``
mean what the dialog's controls mean, with the dialog's defaults (a PNG is drawn at 2x).
"""

from __future__ import annotations

import argparse

from ..i18n import arg, translate
from .pictures.options import CURVE_CHOICES, ORIENTATION_CHOICES, PAGE_CHOICES, PictureOptions

DEFAULT_PNG_SCALE = 2.0  # the Export dialog's default size


def add_picture_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--title", action=argparse.BooleanOptionalAction, default=None,
        help=translate("cli", "draw the map's title above the picture (default: yes)"),
    )
    parser.add_argument("--legend", action="store_true", help=translate("cli", "draw the legend under the picture"))
    parser.add_argument(
        "--page", choices=PAGE_CHOICES,
        help=translate("cli", "PDF page: the size of the map (default), A4, A3 or Letter"),
    )
    parser.add_argument(
        "--orientation", choices=ORIENTATION_CHOICES,
        help=translate("cli", "of an A4, A3 or Letter page: the one the map fits best (auto, the default), "
                              "landscape or portrait"),
    )
    parser.add_argument(
        "--curves", choices=CURVE_CHOICES,
        help=translate("cli", "the emotion lane: one curve per persona (default) or the overall curve"),
    )
    parser.add_argument(
        "--persona", metavar="NAME", help=translate("cli", "show the map as this persona's filter does (name or id)")
    )
    parser.add_argument(
        "--no-embed", action="store_true",
        help=translate("cli", "do not put the map inside the PNG (it then opens as a picture only)"),
    )


def used_picture_flags(args: argparse.Namespace) -> list[str]:
    """The picture-only flags given (a workbook refuses them)."""
    flags = (
        ("--title/--no-title", args.title is not None), ("--legend", args.legend), ("--page", args.page),
        ("--curves", args.curves), ("--persona", args.persona), ("--no-embed", args.no_embed),
        ("--orientation", args.orientation),
    )
    return [flag for flag, used in flags if used]


def find_persona(doc, wanted: str) -> str:
    """The id of the persona named or identified by ``wanted``; ValueError with the choices otherwise."""
    text = wanted.strip().casefold()
    for persona in doc.personas():
        if text in (persona.id.casefold(), persona.name.strip().casefold()):
            return persona.id
    for persona in doc.personas():  # "Maya" for "Maya, the careful student"
        if persona.name.strip().casefold().startswith(text):
            return persona.id
    names = ", ".join(f"“{p.name}”" for p in doc.personas()) or translate("cli", "none")
    raise ValueError(arg(translate("cli", "the map has no persona “%1”; its personas: %2"), wanted, names))


def picture_options_from(args: argparse.Namespace, name: str, persona: str | None) -> PictureOptions:
    scale = args.scale
    if name == "png" and scale is None and args.dpi is None:
        scale = DEFAULT_PNG_SCALE
    return PictureOptions(
        scale=scale,
        dpi=args.dpi,
        transparent=args.transparent,
        title=True if args.title is None else args.title,
        legend=args.legend,
        page=args.page or "map",
        orientation=args.orientation or ORIENTATION_CHOICES[0],
        curves=args.curves or CURVE_CHOICES[0],
        persona=persona,
        embed=False if args.no_embed else None,
    )


def export_picture_from(args: argparse.Namespace, name: str, doc, target, persona: str | None, progress) -> str:
    """Write the picture the flags ask for; returns what to add to the output line (paper and pages of a PDF)."""
    from .export_formats import ensure_gui_application
    from .picture_export import export_picture

    ensure_gui_application()
    return export_picture(name, doc, target, picture_options_from(args, name, persona), progress)
