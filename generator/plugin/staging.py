"""Builds go into a fresh folder beside ``site/``, swapped in only when the build succeeded.

A failed or killed build must never leave a half-written site where the last
good one was: CI publishes whatever ``site/`` holds. MkDocs builds into
``config.site_dir``, so the plugin points that at a staging folder for the
build and renames it into place at the end. Under ``--strict`` a build with
warnings fails after the plugin's last hook, so the warnings are counted here
and such a build is never swapped in. Leftovers of a killed build are swept
away by the next one.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

STAGING = ".{name}.building-"
RETIRED = ".{name}.old-"


class _Count(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class Staging:
    def __init__(self) -> None:
        self.final: Path | None = None
        self.folder: Path | None = None
        self._warnings: _Count | None = None

    def begin(self, config: MkDocsConfig) -> None:
        """Point the build at a fresh staging folder beside the real output folder."""
        self.end_counting()
        final = Path(config.site_dir).absolute()
        _sweep(final)
        self.final = final
        self.folder = final.with_name(f"{STAGING.format(name=final.name)}{os.getpid()}")
        shutil.rmtree(self.folder, ignore_errors=True)
        config.site_dir = str(self.folder)
        if config.strict:
            self._warnings = _Count()
            logging.getLogger("mkdocs").addHandler(self._warnings)

    def commit(self, config: MkDocsConfig) -> None:
        """Swap the finished build in (unless ``--strict`` is about to fail it)."""
        if self.final is None or self.folder is None:
            return
        if self._warnings is not None and self._warnings.count:
            return  # MkDocs aborts a strict build with warnings right after this; abort() discards it
        retired = self.final.with_name(f"{RETIRED.format(name=self.final.name)}{os.getpid()}")
        try:
            if self.final.exists():
                os.replace(self.final, retired)
            os.replace(self.folder, self.final)
        except OSError as exc:
            raise PluginError(f"could not put the new site in place at {self.final} ({exc.strerror})") from exc
        shutil.rmtree(retired, ignore_errors=True)
        config.site_dir = str(self.final)
        self.folder = None
        self.end_counting()

    def abort(self, config: MkDocsConfig | None = None) -> None:
        """Throw the staged build away; the last good site stays where it was."""
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None
        if config is not None and self.final is not None:
            config.site_dir = str(self.final)
        self.end_counting()

    def end_counting(self) -> None:
        if self._warnings is not None:
            logging.getLogger("mkdocs").removeHandler(self._warnings)
            self._warnings = None


def _sweep(final: Path) -> None:
    """Remove what killed builds left beside the output folder (staging and retired copies)."""
    if not final.parent.is_dir():
        return
    prefixes = (STAGING.format(name=final.name), RETIRED.format(name=final.name))
    for leftover in final.parent.iterdir():
        if leftover.name.startswith(prefixes) and leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
