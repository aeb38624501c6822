"""A Qt object that listens to a document stops listening when Qt deletes it.

The document holds bound-method listeners weakly, so a Python object that is thrown
away stops being called by itself. A Qt object can be deleted on the C++ side (its
window closed) while Python still holds its wrapper; this closes that gap once, at
``destroyed``, instead of a validity check on every event.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject


def stop_following_when_destroyed(obj: QObject, listener_name: str, document_attr: str = "document") -> None:
    """When ``obj`` is destroyed, unsubscribe ``obj.<listener_name>`` from ``obj.<document_attr>``."""
    ref = weakref.ref(obj)  # the slot must not keep obj alive

    def forget(*_args) -> None:
        target = ref()
        document = target.__dict__.get(document_attr) if target is not None else None
        if document is not None:
            document.unsubscribe(getattr(target, listener_name))

    obj.destroyed.connect(forget)
