"""Reading and writing .journey files on disk.

Loading turns every way a file can be wrong into one ``FormatError``; saving is
atomic (temporary file in the same folder, flushed and fsynced, then renamed over
the target), so a failed save never damages the file that was there.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from ..collector import cycle_collector_paused
from ..model import JourneyDocument
from ..model.text import QT_TRANSLATE_NOOP, Text
from .errors import FormatError, SaveError
from .file_kinds import json_problem, not_text_problem
from .journey_format import data_to_document, document_to_data

MAX_FILE_BYTES = 64 * 1024 * 1024
_UMASK = os.umask(0)  # read once, at import (single-threaded): there is no other way to read it
os.umask(_UMASK)
# Values (objects, lists, texts, numbers) in one file, estimated from its commas and
# brackets before parsing. Parsing cost and memory grow with this count, not with
# bytes: 64 MB of "{}," would take seconds and gigabytes. A map at every count
# limit (journey_format.MAX_CARDS and friends) needs well under a million.
MAX_JSON_VALUES = 2_000_000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
UNEXPECTED = QT_TRANSLATE_NOOP("messages", "could not be read because of an unexpected problem (%1)")


def now_iso() -> str:
    from datetime import datetime, timezone  # only when saving

    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def document_to_json(doc: JourneyDocument) -> str:
    """The file text: UTF-8 JSON, 2-space indent, fixed key order, ending in a newline."""
    return json.dumps(document_to_data(doc), ensure_ascii=False, indent=2) + "\n"


def _reject_constant(name: str):
    raise ValueError(Text(QT_TRANSLATE_NOOP("messages", "%1 is not allowed in a journey file"), name))


def _no_duplicate_keys(pairs):
    result = dict(pairs)
    if len(result) != len(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                shown = key if len(key) <= 40 else key[:37] + "..."
                raise ValueError(
                    Text(QT_TRANSLATE_NOOP("messages", "the key %1 appears twice in one object"), repr(shown))
                )
            seen.add(key)
    return result


def parse_json_text(text: str, file: str) -> JourneyDocument:
    """Parse the text of a .journey file into a checked document."""
    values = text.count(",") + text.count("{") + text.count("[")
    if values > MAX_JSON_VALUES:
        raise FormatError(
            file,
            "",
            Text(
                QT_TRANSLATE_NOOP("messages", "the file holds over %1 values; far more than a journey map can"),
                format(MAX_JSON_VALUES, ","),
            ),
        )
    with cycle_collector_paused():
        try:
            data = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicate_keys)
        except json.JSONDecodeError as exc:
            at_start = not text[: exc.pos].strip()  # wrong from its first character: another kind of text
            place = "" if at_start else Text(QT_TRANSLATE_NOOP("messages", "line %1, column %2"), exc.lineno, exc.colno)
            raise FormatError(file, place, json_problem(exc.msg, _at_end(exc, text), at_start)) from None
        except ValueError as exc:
            said = exc.args[0] if exc.args and isinstance(exc.args[0], Text) else None
            raise FormatError(file, "", said or json_problem(_first_words(exc))) from None
        except RecursionError:
            raise FormatError(
                file, "", Text(QT_TRANSLATE_NOOP("messages", "nested too deeply to be a journey map"))
            ) from None
        with _unexpected_as_format_error(file):
            return data_to_document(data, file)


def _at_end(exc: json.JSONDecodeError, text: str) -> bool:
    """The reader stopped because the text stops: the file was cut short."""
    return exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")


def _first_words(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    if "integer string conversion" in text:
        return Text(QT_TRANSLATE_NOOP("messages", "a number has too many digits"))
    return text if len(text) <= 120 else text[:117] + "..."


@contextmanager
def _unexpected_as_format_error(file: str):
    """Last line of defence: whatever slips past the checks still reaches the user as one line."""
    try:
        yield
    except FormatError:
        raise
    except MemoryError:
        raise FormatError(
            file, "", Text(QT_TRANSLATE_NOOP("messages", "too large to open with the memory available"))
        ) from None
    except RecursionError:
        raise FormatError(
            file, "", Text(QT_TRANSLATE_NOOP("messages", "nested too deeply to be a journey map"))
        ) from None
    except Exception as exc:  # noqa: BLE001 - the promise is one message, never a traceback
        raise FormatError(file, "", Text(UNEXPECTED, type(exc).__name__)) from None


def parse_bytes(raw: bytes, file: str) -> JourneyDocument:
    """A document from a file's bytes: a .journey file, or a PNG that carries a map."""
    with _unexpected_as_format_error(file):
        return _parse_bytes(raw, file)


def _parse_bytes(raw: bytes, file: str) -> JourneyDocument:
    if len(raw) > MAX_FILE_BYTES:
        raise FormatError(file, "", _too_large(len(raw)))
    if raw.startswith(PNG_SIGNATURE):
        from .png_embed import map_text_from_png  # only PNG files need Pillow

        return parse_json_text(map_text_from_png(raw, file), file)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        problem = not_text_problem(raw, file, exc.start)
        damaged = problem.template.startswith("damaged here")  # else the file is of another kind: no place
        place = Text(QT_TRANSLATE_NOOP("messages", "byte %1"), exc.start) if damaged else ""
        raise FormatError(file, place, problem) from None
    if not text.strip():
        raise FormatError(file, "", Text(QT_TRANSLATE_NOOP("messages", "the file is empty")))
    return parse_json_text(text, file)


def load_map(path: str | os.PathLike) -> JourneyDocument:
    """Open a map from disk (.journey, or a PNG exported by Journeymap)."""
    path = Path(path)
    name = path.name or str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(str(path))
        if not stat.S_ISREG(info.st_mode):  # a pipe or device could block or never end
            raise FormatError(name, "", Text(QT_TRANSLATE_NOOP("messages", "not a regular file")))
        if info.st_size > MAX_FILE_BYTES:
            raise FormatError(name, "", _too_large(info.st_size))
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat
    except FileNotFoundError:
        raise FormatError(name, "", Text(QT_TRANSLATE_NOOP("messages", "no such file"))) from None
    except IsADirectoryError:
        raise FormatError(name, "", Text(QT_TRANSLATE_NOOP("messages", "this is a folder, not a file"))) from None
    except PermissionError:
        raise FormatError(
            name, "", Text(QT_TRANSLATE_NOOP("messages", "permission denied: the file cannot be read"))
        ) from None
    except OSError as exc:
        raise FormatError(
            name, "", Text(QT_TRANSLATE_NOOP("messages", "cannot be read (%1)"), exc.strerror or exc)
        ) from None
    return parse_bytes(raw, name)


def _too_large(size: int) -> str:
    megabytes = MAX_FILE_BYTES // (1024 * 1024)
    return Text(
        QT_TRANSLATE_NOOP("messages", "the file is %1 MB; a journey map is at most %2 MB"),
        f"{size / (1024 * 1024):.0f}",
        megabytes,
    )


def save_map(doc: JourneyDocument, path: str | os.PathLike) -> None:
    """Write the map atomically; raises ``SaveError`` with a readable message on failure.

    The document's modified time is set to now; nothing else in it changes.
    """
    path = Path(path)
    stamp = now_iso()
    info = replace(doc.info, modified=stamp, created=doc.info.created or stamp)
    previous = doc.info
    doc.info = info  # no change event: the stamp is bookkeeping, not an edit
    try:
        write_text_atomic(path, checked_json(doc, path))
    except SaveError:
        doc.info = previous
        raise


def checked_json(doc: JourneyDocument, path: Path) -> str:
    """The file text, read back once before it is written: a file we save always opens again.

    The editor can hold values the format refuses (more cards than a file may hold,
    a colour typed by hand); such a map is refused here, with the reason, rather
    than written into a file that could never be opened.
    """
    try:
        text = document_to_json(doc)
    except (ValueError, TypeError, RecursionError) as exc:
        reason = _first_words(exc)
        raise SaveError(
            f"Could not save {path.name}: the map holds a value that cannot be written ({reason}). "
            "The file on disk was not changed."
        ) from None
    try:
        parse_json_text(text, path.name)
    except FormatError as exc:
        where = f" at {exc.place}" if exc.place else ""
        raise SaveError(
            f"Could not save {path.name}: it would not open again ({exc.expected}{where}). "
            "The file on disk was not changed."
        ) from None
    return text


def write_bytes_atomic(path: Path, payload: bytes) -> None:
    """Write bytes to ``path`` through a temporary file, replacing it only when complete."""
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        try:  # keep an existing file's mode; give a new one the mode any new file gets (not mkstemp's 0600)
            os.chmod(tmp_name, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_UMASK)
        except OSError:
            pass
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_folder(folder)
    except OSError as exc:
        raise SaveError(_save_message(path, exc)) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _save_message(path: Path, exc: OSError) -> str:
    import errno

    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENOENT: "the folder does not exist (was it moved or removed?)",
        errno.EROFS: "the disk is read-only",
        errno.EISDIR: "a folder has that name",
    }
    reason = reasons.get(exc.errno, exc.strerror or str(exc))
    return f"Could not save {path.name} in {path.parent}: {reason}. The file on disk was not changed."
