"""What may travel in a session: message checks and size limits (no Qt, no network).

The Yjs sync protocol (pycrdt's ``create_sync_message``, ``handle_sync_message``...)
carries sync steps, updates and awareness. The host checks every message a peer
sends before its room sees it: a malformed one closes that peer's connection and
leaves the room and everyone else untouched.
"""

from __future__ import annotations

import json

from pycrdt import Decoder, Doc, YMessageType, YSyncMessageType, get_state

# The first sync of a big map is larger than the websockets default of 1 MiB per frame.
# A .journey file may have 64 MiB; its Y.Doc is of the same order.
MAX_FRAME_BYTES = 96 * 1024 * 1024
MAX_ROOM_BYTES = 512 * 1024 * 1024  # all updates a room accepts in its lifetime
MAX_AWARENESS_BYTES = 64 * 1024


class BadMessage(ValueError):
    pass


def check_message(message: bytes) -> int:
    """Raise ``BadMessage`` unless the message is well formed; returns the update bytes it carries."""
    if len(message) < 2:
        raise BadMessage("a message of fewer than two bytes")
    kind = message[0]
    if kind == YMessageType.SYNC:
        return _check_sync(message[1:])
    if kind == YMessageType.AWARENESS:
        _check_awareness(message[1:])
        return 0
    raise BadMessage(f"an unknown message type {kind}")


def _payload(data: bytes) -> bytes:
    try:
        payload = Decoder(data).read_message()
    except Exception as exc:  # noqa: BLE001 - any decoding failure means a malformed message
        raise BadMessage(f"a message whose length is wrong ({exc})") from None
    if payload is None:
        raise BadMessage("a message without content")
    return payload


def _check_sync(data: bytes) -> int:
    step = data[0]
    payload = _payload(data[1:])
    if step == YSyncMessageType.SYNC_STEP1:
        _checked(lambda: Doc().get_update(payload), "a state vector that does not decode")
        return 0
    if step in (YSyncMessageType.SYNC_STEP2, YSyncMessageType.SYNC_UPDATE):
        _checked(lambda: get_state(payload), "an update that does not decode")
        _checked(lambda: Doc().apply_update(payload), "an update that cannot be applied")
        return len(payload)
    raise BadMessage(f"an unknown sync step {step}")


def _checked(action, problem: str) -> None:
    try:
        action()
    except BaseException as exc:  # pycrdt panics are BaseExceptions
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        raise BadMessage(problem) from None


def _check_awareness(data: bytes) -> None:
    payload = _payload(data)
    if len(payload) > MAX_AWARENESS_BYTES:
        raise BadMessage("a presence message over 64 KiB")
    try:
        decoder = Decoder(payload)
        for _ in range(decoder.read_var_uint()):
            decoder.read_var_uint()  # client id
            decoder.read_var_uint()  # clock
            state = json.loads(decoder.read_var_string())
            if state is not None and not isinstance(state, dict):
                raise ValueError("a state that is not an object")
    except Exception as exc:  # noqa: BLE001
        raise BadMessage(f"a presence message that does not decode ({exc})") from None
