"""Build progress for people at a terminal; silence for CI logs."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """A one-line counter redrawn in place, at most a few times a second."""

    def __init__(self, what: str, total: int, stream: TextIO = sys.stderr) -> None:
        self.what, self.total, self.stream = what, total, stream
        self.count = 0
        self.enabled = stream.isatty() and total > 0
        self._last = 0.0
        self._started = time.perf_counter()

    def step(self) -> None:
        self.count += 1
        now = time.perf_counter()
        if self.enabled and (now - self._last > 0.2 or self.count == self.total):
            self._last = now
            self.stream.write(f"\r{self.what}: {self.count}/{self.total}")
            self.stream.flush()

    def done(self, detail: str = "") -> None:
        if self.enabled:
            seconds = time.perf_counter() - self._started
            extra = f", {detail}" if detail else ""
            self.stream.write(f"\r{self.what}: {self.count}/{self.total} in {seconds:.1f} s{extra}\n")
            self.stream.flush()
