"""The message shown when a file cannot be opened: what the file is, where it is broken,
and whether a recovery copy of it exists, in the user's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..i18n import isolated, localized
from ..io.errors import FormatError


def tr(text: str) -> str:
    return QCoreApplication.translate("OpenError", text)


def open_error_text(path: str, exc: FormatError) -> tuple[str, str]:
    """(the headline, the explanation) for a file that could not be opened."""
    name = Path(path).name or path
    headline = tr("“%1” could not be opened.").replace("%1", isolated(name))
    lines = [localized(exc.expected)[:1].upper() + localized(exc.expected)[1:] + "."]
    if exc.place:
        lines.append(tr("Where: %1.").replace("%1", localized(exc.place)))
    lines.append(tr("Folder: %1").replace("%1", isolated(str(Path(path).resolve().parent))))
    copies = recovery_copies_of(path)
    if copies:
        from .recovery_dialog import _local_time

        lines.append(tr("A recovery copy of this map from %1 exists. Open it?")
                     .replace("%1", isolated(_local_time(copies[-1].info.saved))))
    else:
        lines.append(tr("No recovery copy of this file exists; if it was sent to you, ask for it again."))
    return headline, "\n\n".join(lines)


def recovery_copies_of(path: str) -> list:
    """Copies left by an ended session of the map at ``path``, oldest first."""
    from .recovery_session import stale_recoveries

    target = str(Path(path).resolve())
    found = []
    for entry in stale_recoveries():
        original = entry.info.original
        if original and str(Path(original).resolve()) == target:
            found.append(entry)
    return found


SPREADSHEETS = (".xlsx", ".xlsm", ".csv")


def offer_spreadsheet(window, path: str) -> bool | None:
    """A spreadsheet opened as a map: offer what can be done with it instead (None: not a spreadsheet,
    or no import in this window; True when something was done)."""
    imports = getattr(window, "import_actions", None)
    if imports is None or Path(path).suffix.lower() not in SPREADSHEETS:
        return None
    box = QMessageBox(QMessageBox.Icon.Question, tr("A spreadsheet, not a map"),
                      tr("“%1” is a spreadsheet, not a journey map.").replace("%1", isolated(Path(path).name)),
                      QMessageBox.StandardButton.Cancel, window)
    box.setObjectName("spreadsheet_offer")
    box.setInformativeText(tr("Bring its rows into this map (File → Import from Excel), or start a new map "
                              "from it (File → New from Spreadsheet)?"))
    into = box.addButton(tr("Import into This Map"), QMessageBox.ButtonRole.AcceptRole)
    new = box.addButton(tr("New Map from It"), QMessageBox.ButtonRole.AcceptRole)
    if Path(path).suffix.lower() == ".csv":
        into.setVisible(False)  # only a workbook made by Journeymap goes back into its map
    box.exec()
    if box.clickedButton() is into:
        return imports.import_path(path)
    if box.clickedButton() is new:
        return imports.new_map_from(path) is not None
    return False


def show_open_error(parent: QWidget | None, path: str, exc: FormatError) -> bool:
    """The warning; with a recovery copy it offers to open it. True when the copy was opened."""
    headline, details = open_error_text(path, exc)
    title = tr("Could not open the map")
    copies = recovery_copies_of(path)
    if not copies or parent is None:
        QMessageBox.warning(parent, title, f"{headline}\n\n{details}")
        return False
    buttons = QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel
    answer = QMessageBox.warning(parent, title, f"{headline}\n\n{details}", buttons, QMessageBox.StandardButton.Open)
    if answer != QMessageBox.StandardButton.Open:
        return False
    from .recovery_dialog import restore

    return restore(copies[-1], parent.window()) is not None
