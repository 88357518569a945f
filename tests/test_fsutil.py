"""Writing files: never half-written, and failures on writer threads still surface."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.fsutil import BackgroundWriter, write_atomic


def test_atomic_write_replaces_whole_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "page.json"
    write_atomic(target, "old")
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in target.parent.iterdir()] == ["page.json"]


def test_exclusive_write_never_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "article.md"
    target.write_text("the user's words")
    with pytest.raises(FileExistsError):
        write_atomic(target, "imported", exclusive=True)
    assert target.read_text() == "the user's words"
    assert [p.name for p in tmp_path.iterdir()] == ["article.md"]


def test_background_writes_land_and_a_failure_is_raised_on_wait(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    writer = BackgroundWriter()
    try:
        for number in range(50):
            writer.write(tmp_path / "out" / f"{number}.txt", str(number))
        writer.write(blocker / "under-a-file.txt", "cannot be written")
        with pytest.raises(OSError):
            writer.wait()
        assert sorted(int(p.stem) for p in (tmp_path / "out").iterdir()) == list(range(50))
        writer.write(blocker / "cache.txt", "best effort", best_effort=True)
        writer.wait()  # a cache that cannot be written only costs speed
    finally:
        writer.close()


def test_a_written_file_has_the_mode_the_umask_gives_and_every_byte(tmp_path: Path) -> None:
    text = "Zürich — “quoted” " * 200_000  # several MB: written whole, however the system splits it
    mask = os.umask(0o027)
    try:
        write_atomic(tmp_path / "site" / "page.html", text)
    finally:
        os.umask(mask)
    written = tmp_path / "site" / "page.html"
    assert written.stat().st_mode & 0o777 == 0o640
    assert written.read_text(encoding="utf-8") == text
