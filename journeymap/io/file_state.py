"""What a file on disk looked like: size, modified time and a hash of its bytes.

Remembered when a map is opened or saved, compared before the next save, so that a
file someone else changed in the meantime is not silently overwritten. The hash
decides: a touched file (new time, same bytes) is not a change.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict, dataclass
from typing import Any

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class FileState:
    size: int
    mtime_ns: int
    sha256: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> FileState | None:
        try:
            return cls(int(data["size"]), int(data["mtime_ns"]), str(data["sha256"])) if data else None
        except (KeyError, TypeError, ValueError):
            return None


def file_state(path: str | os.PathLike) -> FileState | None:
    """The file's state now, or None when it cannot be read (missing, a folder, no permission)."""
    try:
        info = os.stat(path)
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(CHUNK), b""):
                digest.update(chunk)
    except OSError:
        return None
    return FileState(info.st_size, info.st_mtime_ns, digest.hexdigest())


def changed_since(path: str | os.PathLike, known: FileState | None) -> bool:
    """True when the file exists now with other bytes than when ``known`` was taken.

    A file that is gone is not "changed": saving writes it again and loses nothing.
    """
    if known is None:
        return False
    now = file_state(path)
    if now is None:
        return False
    if now.size == known.size and now.mtime_ns == known.mtime_ns:
        return False
    return now.sha256 != known.sha256
