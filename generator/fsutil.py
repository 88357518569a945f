"""Reading content that stays inside its folder, and writing that never leaves a half-written file."""

from __future__ import annotations

import contextlib
import itertools
import os
import stat
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from .problems import ContentError, Problem

#: The largest content file explainer reads (an article, sources.yml, a review file).
#: A long news article is about 50 KB; 2 MB is a book. Anything larger is a mistake.
MAX_CONTENT_BYTES = 2_000_000
#: How long the end of a build waits for its files to reach the disk.
WRITE_TIMEOUT = 600.0


#: What to say of a link out of the content folder.
OUTSIDE_LINK = (
    "is a symbolic link (or inside one) to a place outside the content folder; "
    "explainer never reads or publishes files from outside it: copy the file in instead"
)


def link_outside(path: Path, root: Path) -> Path | None:
    """The first symbolic link on the way from ``root`` to ``path`` that leads out of ``root``, if any.

    ``root`` itself may be a link (a content folder kept elsewhere); what matters
    is that every file resolves to a place inside the resolved root.
    """
    real_root = root.resolve()
    try:
        relative = path.absolute().relative_to(root.absolute())
    except ValueError:
        return path
    current = root.absolute()
    for part in relative.parts:
        current = current / part
        if current.is_symlink():
            try:
                target = current.resolve(strict=True)
            except (OSError, RuntimeError):
                return current  # a loop or a dangling link: it leads nowhere inside
            if not target.is_relative_to(real_root):
                return current
    return None


def read_inside(path: Path, root: Path, shown: str, *, limit: int = MAX_CONTENT_BYTES) -> bytes:
    """The bytes of a content file, refusing anything that is not an ordinary file inside ``root``.

    Content arrives in pull requests and is built where CI secrets live: a link to
    ``/proc/self/environ`` must never be published, a FIFO must not hang the
    build, and a huge file must fail at once rather than after minutes.
    """
    escape = link_outside(path, root)
    if escape is not None:
        raise ContentError(Problem(shown, None, OUTSIDE_LINK))
    try:
        info = path.stat()
    except (OSError, RuntimeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ContentError(Problem(shown, None, f"cannot read the file ({reason}); check it exists")) from exc
    if not stat.S_ISREG(info.st_mode):
        raise ContentError(Problem(shown, None, "is not an ordinary file (a folder, device or pipe); remove it"))
    if info.st_size > limit:
        raise ContentError(
            Problem(
                shown,
                None,
                f"is {info.st_size / 1_000_000:.1f} MB; content files are limited to {limit // 1_000_000} MB. "
                "Split it or check it is the right file",
            )
        )
    try:
        with path.open("rb") as handle:
            return handle.read(limit + 1)
    except OSError as exc:
        raise ContentError(Problem(shown, None, f"cannot read the file ({exc.strerror}); check permissions")) from exc


#: Temporary files are named by process and a serial number (no random numbers: a system call each).
_PROCESS = os.getpid()
_SERIALS = itertools.count()


def write_atomic(path: Path, text: str | bytes, *, exclusive: bool = False) -> None:
    """Write ``text`` (UTF-8, or bytes as they are) to a temporary file beside ``path``, then rename it.

    With ``exclusive``, refuse to replace an existing file (FileExistsError),
    checked at the moment of the rename so a concurrent writer is never clobbered.
    A build writes thousands of files from threads, so each write is the fewest
    system calls that do it (each one hands the GIL over): open, write, close, rename.
    """
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    temporary, fd = _temporary(path)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        if exclusive:
            os.link(temporary, path)  # fails if path exists
            os.unlink(temporary)
        else:
            os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _temporary(path: Path) -> tuple[Path, int]:
    """A new file beside ``path`` (its folder made if missing), never one that exists already.

    It is created with the mode the umask gives any new file (published files must be readable),
    not the private one of ``tempfile.mkstemp``, which would need changing after.
    """
    made_folder = False
    while True:
        temporary = path.with_name(f".{path.name}.{_PROCESS}-{next(_SERIALS)}.tmp")
        try:
            return temporary, os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue  # left by a process that crashed, or another with the same number: the next one
        except FileNotFoundError:
            if made_folder:
                raise
            path.parent.mkdir(parents=True, exist_ok=True)
            made_folder = True


class BackgroundWriter:
    """Atomic writes done on threads while the caller goes on working.

    A build writes thousands of small files; creating a file costs far more on
    some disks than producing its text, and those system calls release the GIL,
    so the pages keep rendering meanwhile. ``wait`` reports the first failure.
    """

    def __init__(self, threads: int = 2) -> None:
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="explainer-write")
        self._pending: list[Future[None]] = []

    def write(self, path: Path, text: str | bytes, *, best_effort: bool = False) -> None:
        """Queue ``text`` for ``path``; with ``best_effort`` an OSError is ignored (caches only cost speed)."""
        job = _write_quietly if best_effort else write_atomic
        self._pending.append(self._pool.submit(job, path, text))

    def wait(self) -> None:
        """Block until everything queued is on disk; raise the first error."""
        pending, self._pending = self._pending, []
        for job in pending:
            job.result(timeout=WRITE_TIMEOUT)

    def close(self) -> None:
        """Drop what has not started (the build failed) and stop the threads."""
        self._pool.shutdown(wait=True, cancel_futures=True)


def _write_quietly(path: Path, text: str | bytes) -> None:
    with contextlib.suppress(OSError):  # a read-only or full disk
        write_atomic(path, text)
