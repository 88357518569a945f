"""File writing that never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str, *, exclusive: bool = False) -> None:
    """Write ``text`` to a temporary file beside ``path``, then rename it into place.

    With ``exclusive``, refuse to replace an existing file (FileExistsError),
    checked at the moment of the rename so a concurrent writer is never clobbered.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; published files must be readable
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        if exclusive:
            os.link(tmp, path)  # fails if path exists
            os.unlink(tmp)
        else:
            os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


class BackgroundWriter:
    """Atomic writes done on threads while the caller goes on working.

    A build writes thousands of small files; creating a file costs far more on
    some disks than producing its text, and those system calls release the GIL,
    so the pages keep rendering meanwhile. ``wait`` reports the first failure.
    """

    def __init__(self, threads: int = 2) -> None:
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="explainer-write")
        self._pending: list[Future[None]] = []

    def write(self, path: Path, text: str, *, best_effort: bool = False) -> None:
        """Queue ``text`` for ``path``; with ``best_effort`` an OSError is ignored (caches only cost speed)."""
        job = _write_quietly if best_effort else write_atomic
        self._pending.append(self._pool.submit(job, path, text))

    def wait(self) -> None:
        """Block until everything queued is on disk; raise the first error."""
        pending, self._pending = self._pending, []
        for job in pending:
            job.result()

    def close(self) -> None:
        """Drop what has not started (the build failed) and stop the threads."""
        self._pool.shutdown(wait=True, cancel_futures=True)


def _write_quietly(path: Path, text: str) -> None:
    with contextlib.suppress(OSError):  # a read-only or full disk
        write_atomic(path, text)
