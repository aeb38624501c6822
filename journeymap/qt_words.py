"""Words of Qt's own dialogs that Qt's Hebrew catalogue gets wrong, translated in ours.

Our catalogue is asked before Qt's (``i18n.use_language`` installs it last), so a text
here wins; every other text of Qt's dialogs ("Look in:", "Files of type:") comes from
Qt's ``qtbase_he.qm``.
"""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP

# Qt's Hebrew says "שכח" (forget) for Discard; a Hebrew program says "אל תשמור". Its file
# dialog's "&Look in:" and "Files of &type:" are missing (it has an older spelling of each).
OVERRIDDEN = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
)
