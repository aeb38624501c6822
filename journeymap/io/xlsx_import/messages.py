"""Messages of the import, kept free of Qt and translated where they are shown.

Every text is marked with ``QT_TRANSLATE_NOOP("ExcelImport", ...)`` so the translation
tools extract it; the window and the command line look it up in their language and fill
in ``%1``, ``%2``... A message keeps its English text for logs and tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

CONTEXT = "ExcelImport"
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name the translation tools look for)
    return text


def _english(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """A text with its values: ``Message("row %1: ...", (7,))``."""

    text: str
    args: tuple = ()

    def render(self, translate: Translate | None = None) -> str:
        shown = (translate or _english)(CONTEXT, self.text)
        for index, value in enumerate(self.args, start=1):
            shown = shown.replace(f"%{index}", str(value))
        return shown

    def __str__(self) -> str:
        return self.render()


def msg(text: str, *args) -> Message:
    return Message(text, tuple(args))


class ImportRefused(Exception):
    """The workbook cannot be imported at all; ``message`` says why, readably. Nothing changed."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message
