"""The writer lock: an OS lock on ``<cache>.lock``, so a second writer fails at once.

One lock per process and cache file, re-entrant within the process (``flock`` locks
belong to an open file, so a second ``open`` in the same process would conflict).
The kernel drops the lock when its process dies, even by ``kill -9``.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..exceptions import CacheBusyError

_LOCKS: dict[Path, tuple[int, int]] = {}  # path -> (fd, holders)
_LOCKS_GUARD = threading.Lock()


@contextmanager
def lock_cache(path: Path | str) -> Iterator[None]:
    """Hold the writer lock on ``path`` (re-entrant within this process)."""
    key = acquire_lock(Path(path))
    try:
        yield
    finally:
        release_lock(key)


def acquire_lock(path: Path) -> Path:
    key = path.expanduser().absolute()
    with _LOCKS_GUARD:
        if key in _LOCKS:
            fd, holders = _LOCKS[key]
            _LOCKS[key] = (fd, holders + 1)
            return key
        key.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(f"{key}.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise busy_error(path) from None
        _LOCKS[key] = (fd, 1)
        return key


def release_lock(key: Path) -> None:
    with _LOCKS_GUARD:
        fd, holders = _LOCKS[key]
        if holders > 1:
            _LOCKS[key] = (fd, holders - 1)
            return
        del _LOCKS[key]
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def busy_error(path: Path) -> CacheBusyError:
    return CacheBusyError(
        f"cache {path} is busy: another synth process is writing it; wait for it to finish"
    )
