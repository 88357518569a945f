"""The offline search index, built by Pagefind while the pages are being written.

Pagefind's command line indexes the finished site in a pass of its own after
the build: about 2.5 ms per article, on top of everything else. Its service
mode takes each page as MkDocs writes it and indexes it in its own process, on
another core, so only writing the index files is left for the end of the build.

Pagefind's Python API speaks to that same service, but it sleeps 0.1 s before
reading each reply: two minutes for 1,200 pages. So this module talks to the
binary directly. The protocol is small: each message is JSON, base64-encoded
and followed by a comma, in both directions; every request carries a
``message_id`` that its reply repeats.

Nothing here waits forever: every reply is awaited in short slices, checking
between them that the service is still alive, and within an overall limit.
"""

from __future__ import annotations

import base64
import binascii
import json
import subprocess
import threading
import time
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import IO, Any

from mkdocs.exceptions import PluginError
from pagefind_bin import get_executable

from .pagefind_files import settle

#: Pagefind ends every message with this byte (base64 never contains it).
END = b","
#: Longest wait for one reply. Writing the index of a very large site is the slowest
#: request (about 10 s for 10k pages); a live service that takes this long is stuck.
REPLY_TIMEOUT = 300.0
#: How often a wait checks that the service is still running.
POLL_INTERVAL = 0.2
#: How long a closing service may take to exit before it is killed.
EXIT_TIMEOUT = 10.0


class SearchIndexer:
    """One Pagefind index: pages go in as they are written, the index comes out at the end."""

    def __init__(self, reply_timeout: float = REPLY_TIMEOUT) -> None:
        try:
            executable = get_executable()
        except FileNotFoundError as exc:
            raise PluginError(f"search index: Pagefind's binary is missing ({exc}); reinstall explainer") from exc
        self._reply_timeout = reply_timeout
        try:
            self._process = subprocess.Popen(
                [str(executable), "--service"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        except OSError as exc:
            raise PluginError(f"search index: cannot start Pagefind ({exc}); reinstall explainer") from exc
        self._replies: dict[int, Future[dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self._next_id = 0
        self._pending: list[Future[dict[str, Any]]] = []
        assert self._process.stdout is not None
        self._reader = threading.Thread(target=self._read, args=(self._process.stdout,), daemon=True)
        self._reader.start()
        try:
            self._index_id = int(self._wait(self._request({"type": "NewIndex", "config": {}}))["index_id"])
        except BaseException:
            self.close()
            raise

    def add(self, url: str, html: str) -> None:
        """Queue a written page; Pagefind indexes it in the background (only pages marked ``data-pagefind-body``)."""
        payload = {"type": "AddFile", "index_id": self._index_id, "url": url, "file_path": None, "file_contents": html}
        self._pending.append(self._request(payload))

    def index_files(self) -> dict[str, bytes]:
        """Wait for every page to be indexed; the index's files (path in its folder -> content).

        The index is fetched rather than written by Pagefind: its own writes may still be
        under way when it answers (and when it exits), and this way the caller writes every
        file atomically, after its filters are put in a fixed order.
        """
        try:
            for pending in self._pending:
                self._wait(pending)
            reply = self._wait(self._request({"type": "GetFiles", "index_id": self._index_id}))
        finally:
            self.close()
        try:
            files = {str(f["path"]): base64.b64decode(f["content"]) for f in reply["files"]}
            return settle(files)  # identical sites, identical index files
        except (KeyError, TypeError, ValueError, binascii.Error) as exc:
            raise PluginError(f"search index: Pagefind's files are not as expected ({exc})") from exc

    def close(self) -> None:
        """Stop the service (also when the build failed half-way), and reap it."""
        if self._process.poll() is None:
            assert self._process.stdin is not None
            try:
                self._process.stdin.close()
                self._process.wait(timeout=EXIT_TIMEOUT)
            except (OSError, subprocess.TimeoutExpired):
                self._process.kill()
                self._process.wait(timeout=EXIT_TIMEOUT)
        self._reader.join(timeout=EXIT_TIMEOUT)

    def _wait(self, reply: Future[dict[str, Any]]) -> dict[str, Any]:
        """The reply, or a PluginError if the service died or stopped answering."""
        deadline = time.monotonic() + self._reply_timeout
        while True:
            try:
                return reply.result(timeout=POLL_INTERVAL)
            except FutureTimeout:
                pass
            if self._process.poll() is not None:
                # Exited: the reader fails every open reply once it has read what is left.
                self._reader.join(timeout=EXIT_TIMEOUT)
                if reply.done():
                    return reply.result()
                raise PluginError(f"search index: Pagefind stopped (exit status {self._process.returncode})")
            if time.monotonic() > deadline:
                self._process.kill()
                raise PluginError(f"search index: Pagefind did not answer within {self._reply_timeout:.0f} s")

    def _request(self, payload: dict[str, Any]) -> Future[dict[str, Any]]:
        reply: Future[dict[str, Any]] = Future()
        with self._lock:
            self._next_id += 1
            self._replies[self._next_id] = reply
            message = json.dumps({"message_id": self._next_id, "payload": payload}).encode("utf-8")
        assert self._process.stdin is not None
        try:
            self._process.stdin.write(base64.b64encode(message) + END)
            self._process.stdin.flush()
        except (OSError, ValueError) as exc:  # the service died (or was closed): say so rather than hang
            raise PluginError(f"search index: Pagefind stopped ({exc})") from exc
        return reply

    def _read(self, stream: IO[bytes]) -> None:
        """Resolve each reply's future as it arrives; fail them all when the service exits."""
        try:
            buffered = b""
            while chunk := stream.read1(1 << 16):  # type: ignore[attr-defined]
                buffered += chunk
                *messages, buffered = buffered.split(END)
                for message in messages:
                    self._resolve(message)
        except (OSError, ValueError, binascii.Error):
            pass  # a broken pipe or garbled output: every waiting reply fails below
        finally:
            with self._lock:
                orphaned, self._replies = list(self._replies.values()), {}
            for reply in orphaned:
                if not reply.done():
                    reply.set_exception(PluginError("search index: Pagefind stopped before it answered"))

    def _resolve(self, message: bytes) -> None:
        data = json.loads(base64.b64decode(message))
        payload = data.get("payload") or {}
        message_id = data.get("message_id")
        if message_id is None and payload.get("original_message"):
            # A request it could not parse: the id is in the echoed original.
            message_id = json.loads(payload["original_message"]).get("message_id")
        with self._lock:
            reply = self._replies.pop(message_id, None)
        if reply is None:
            return
        if payload.get("type") == "Error":
            reply.set_exception(PluginError(f"search index: Pagefind: {payload.get('message')}"))
        else:
            reply.set_result(payload)
