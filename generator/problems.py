"""Problems found in content: what went wrong, where, and what to do about it.

Every layer reports bad input the same way so the CLI, the MkDocs build and the
JSON contract can all print ``path:line: message`` with a fix hint.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One problem in one file. ``line`` None means the file as a whole, reported as line 1."""

    path: str
    line: int | None
    message: str
    severity: Severity = "error"

    def __post_init__(self) -> None:
        if not self.line or self.line < 1:
            object.__setattr__(self, "line", 1)

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "severity": self.severity, "message": self.message}

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


class ContentError(Exception):
    """Content that cannot be used as it is; carries the problem to report."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem
