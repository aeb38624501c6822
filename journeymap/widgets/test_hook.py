"""For the test suite only: let a test drive a real editor process started in a subprocess.

When the environment variable ``JOURNEYMAP_TEST_HOOK`` is set to ``module:function``
(a module of the test suite, e.g. ``tests.widgets.crash_run:first_run``), the editor
imports that module once its first window is shown and calls the function with the
window. It is an ordinary import of code the test suite ships, never data from a
file, and nothing happens when the variable is not set (as for every user).
"""

from __future__ import annotations

import importlib
import os

from PySide6.QtCore import QTimer

HOOK_ENVIRONMENT = "JOURNEYMAP_TEST_HOOK"


def schedule_test_hook(window) -> bool:
    """Call the hook named in the environment once the event loop runs; False when none is set."""
    spec = os.environ.get(HOOK_ENVIRONMENT, "")
    if not spec:
        return False
    module_name, _, function_name = spec.partition(":")
    function = getattr(importlib.import_module(module_name), function_name or "run")
    QTimer.singleShot(0, lambda: function(window))
    return True
