"""Export formats by name: the one table the command line and the Export dialog read.

Each format names the module that provides it. A provider registers its exporter with
``@register_format`` when imported, and is imported only when its format is asked for,
so exporting a workbook never loads Qt, and a build without the picture exporters
says so plainly instead of pretending. Adding a format is one line in ``KNOWN_FORMATS``
and a decorated function in its provider; the command line does not change.

An exporter is ``export(doc, path, options, progress)``: it writes ``path`` atomically
and raises ``SaveError`` with a readable message on failure. ``progress`` (or None) is
called as ``progress(done, total)``; it may raise ``ExportCancelled`` to stop the export,
which then writes nothing and lets that exception through.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..model import JourneyDocument

DPI_RANGE = (72, 600)
SCALE_RANGE = (0.25, 8.0)

# name -> (file extensions, module that provides the exporter)
KNOWN_FORMATS: dict[str, tuple[tuple[str, ...], str]] = {
    "png": ((".png",), "journeymap.io.picture_export"),
    "svg": ((".svg",), "journeymap.io.picture_export"),
    "pdf": ((".pdf",), "journeymap.io.picture_export"),
    "xlsx": ((".xlsx",), "journeymap.io.xlsx_export"),
    "pptx": ((".pptx",), "journeymap.io.pptx"),
    "html": ((".html", ".htm"), "journeymap.io.web"),
}
FORMAT_NAMES: tuple[str, ...] = tuple(KNOWN_FORMATS)
PICTURE_FORMATS: tuple[str, ...] = ("png", "svg", "pdf")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportOptions:
    """Choices that shape an export. Picture options are ignored by data formats."""

    scale: float | None = None  # picture scale factor (1 = one scene unit per pixel)
    dpi: int | None = None  # or a resolution in dots per inch
    transparent: bool = False  # no background behind the map
    stages: tuple[str, ...] = ()  # slides: the stages to show (ids), all when empty


Exporter = Callable[["JourneyDocument", Path, ExportOptions, "Progress | None"], None]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    description: str
    extensions: tuple[str, ...]
    export: Exporter
    needs_gui: bool = False  # renders with Qt: a QGuiApplication must exist first


class FormatUnavailable(Exception):
    """A format this build cannot write (its exporter is not installed)."""


class ExportCancelled(Exception):
    """Raised by a ``progress`` callback to stop an export; nothing is written then."""


_REGISTRY: dict[str, ExportFormat] = {}
_APPLICATION = None  # the application made by ensure_gui_application, kept alive while exporting


def register_format(name: str, description: str, *, needs_gui: bool = False):
    """Decorator for a provider's exporter function: makes ``name`` available."""
    if name not in KNOWN_FORMATS:
        raise ValueError(f"unknown export format {name!r}; add it to KNOWN_FORMATS first")

    def register(export: Exporter) -> Exporter:
        _REGISTRY[name] = ExportFormat(name, description, KNOWN_FORMATS[name][0], export, needs_gui)
        return export

    return register


def _load_provider(name: str) -> None:
    module = KNOWN_FORMATS[name][1]
    try:
        importlib.import_module(module)
    except ModuleNotFoundError as exc:
        missing = exc.name or ""
        if missing != module and not missing.startswith(("PySide6", "shiboken6")):
            raise


def format_named(name: str) -> ExportFormat:
    """The registered format ``name``; raises ``FormatUnavailable`` when this build lacks it."""
    if name not in KNOWN_FORMATS:
        raise FormatUnavailable(f"{name} is not an export format; choose one of: {', '.join(FORMAT_NAMES)}")
    if name not in _REGISTRY:
        _load_provider(name)
    if name not in _REGISTRY:
        raise FormatUnavailable(f"{name} export is not available in this build")
    return _REGISTRY[name]


def available_formats() -> list[ExportFormat]:
    """Every format this build can write, in ``FORMAT_NAMES`` order."""
    found = []
    for name in FORMAT_NAMES:
        try:
            found.append(format_named(name))
        except FormatUnavailable:
            pass
    return found


def format_for_path(path: str | os.PathLike) -> str | None:
    """The format a file name asks for by its extension, or None when it names none."""
    suffix = Path(path).suffix.lower()
    for name, (extensions, _module) in KNOWN_FORMATS.items():
        if suffix in extensions:
            return name
    return None


def export_document(
    doc: JourneyDocument,
    path: str | os.PathLike,
    name: str,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
) -> ExportFormat:
    """Write ``doc`` to ``path`` in format ``name``; returns the format used."""
    fmt = format_named(name)
    if fmt.needs_gui:
        ensure_gui_application()
    fmt.export(doc, Path(path), options or ExportOptions(), progress)
    return fmt


def ensure_gui_application():
    """The running QGuiApplication, or a new one; offscreen when there is no display.

    Picture exporters render with Qt, which needs an application object: a QApplication,
    because the pictures are drawn by the canvas's QGraphicsScene. On a server or in
    a script (no DISPLAY and no WAYLAND_DISPLAY on Linux) Qt's offscreen platform is used,
    so ``journeymap export`` works without a screen. An explicit QT_QPA_PLATFORM is respected.
    """
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app
    headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if headless and sys.platform not in ("win32", "darwin") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    global _APPLICATION
    _APPLICATION = QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "journeymap"])
    return _APPLICATION
