"""``vnextract run`` on a bad day: nothing to read, an output that cannot be written."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from test_cli import _runner, articles

from vnextract.cli import app

__all__ = ["articles"]  # the fixture, shared with test_cli


# ---------------------------------------------------------------- refusals


def test_csv_into_a_name_with_a_suffix_is_a_usage_error(articles: Path, tmp_path: Path) -> None:
    result = _runner().invoke(
        app, ["run", str(articles), "-f", "csv", "-o", str(tmp_path / "out.csv")]
    )
    assert result.exit_code == 2
    assert "folder" in result.stderr and "out.csv" in result.stderr
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize(
    ("files", "says"),
    [
        ([], "no file or line to read"),
        (["ghi-chu.md", "anh.png"], "ghi-chu.md"),
        (["a.md", "b.md", "c.md", "d.png", ".an"], "5 files not read (.md 3, "),
    ],
)
def test_a_folder_without_articles_says_what_it_skipped_and_exits_2(
    tmp_path: Path, files: list[str], says: str
) -> None:
    folder = tmp_path / "bai"
    folder.mkdir()
    for name in files:
        (folder / name).write_text("Ghi chú.", encoding="utf-8")
    result = _runner().invoke(app, ["run", str(folder), "-w", "1"])
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: no article found in") and says in line
    assert ".txt" in line  # what it would have read
    assert result.stdout == ""


def test_files_skipped_beside_articles_are_counted_in_the_summary(articles: Path) -> None:
    (articles / "ghi-chu.md").write_text("Ghi chú.", encoding="utf-8")
    result = _runner().invoke(app, ["run", str(articles), "-w", "1"])
    assert result.exit_code == 0
    assert "2 inputs: 2 records" in result.stderr and "ghi-chu.md" in result.stderr


def test_empty_stdin_is_no_article_exit_2() -> None:
    result = _runner().invoke(app, ["run", "-", "-w", "1"], input=b"\n\n")
    assert result.exit_code == 2 and "error: no article found" in result.stderr


# ---------------------------------------------------------------- output failures


def _fake_full_disk(monkeypatch: pytest.MonkeyPatch, target: Path, after: int) -> None:
    """Writes to ``target`` fail with ENOSPC once ``after`` bytes are out (one half done)."""
    real_write = os.write
    written = 0

    def write(fd: int, data: bytes) -> int:
        nonlocal written
        if os.path.realpath(f"/proc/self/fd/{fd}") != str(target.resolve()):
            return real_write(fd, data)
        room = after - written
        if room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        done = real_write(fd, data[:room])
        written += done
        return done

    monkeypatch.setattr(os, "write", write)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_a_full_disk_stops_with_one_line_exit_4_and_whole_lines(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(4):
        (articles / f"them-{i}.txt").write_text(f"Bài số {i} về giá điện.", encoding="utf-8")
    out = tmp_path / "records.jsonl"
    assert _runner().invoke(app, ["run", str(articles), "-o", str(out), "-w", "1"]).exit_code == 0
    full = out.read_bytes()
    lines = full.splitlines(keepends=True)
    out.unlink()
    _fake_full_disk(monkeypatch, out, after=len(lines[0]) + len(lines[1]) + 40)
    result = _runner().invoke(app, ["run", str(articles), "-o", str(out), "-w", "1"])
    monkeypatch.undo()
    assert result.exit_code == 4
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: cannot write {out}: No space left on device")
    assert "--resume" in line
    assert out.read_bytes() == b"".join(lines[:2])  # the half third line was taken back
    resumed = _runner().invoke(app, ["run", str(articles), "-o", str(out), "-w", "1", "--resume"])
    assert resumed.exit_code == 0
    assert out.read_bytes() == full


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES, errno.ENOSPC])
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_an_output_that_cannot_be_opened_exits_4_with_one_line(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, fmt: str
) -> None:
    real_open = os.open
    out = tmp_path / ("records.jsonl" if fmt == "jsonl" else "bang")

    def refusing_open(path: str, flags: int, *args: int, **kwargs: object) -> int:
        if str(path).startswith(str(out)) and flags & os.O_WRONLY:
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refusing_open)
    result = _runner().invoke(app, ["run", str(articles), "-o", str(out), "-f", fmt, "-w", "1"])
    monkeypatch.undo()
    assert result.exit_code == 4
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: cannot open {out}") and os.strerror(code) in line


def _vnextract(*args: str, stdout: Any = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "vnextract", *args]
    return subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=120)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_dev_full_as_output_file_or_stdout_exits_4_without_a_traceback(articles: Path) -> None:
    to_file = _vnextract("run", str(articles), "-w", "1", "-o", "/dev/full")
    with open("/dev/full", "w") as full:
        to_stdout = _vnextract("run", str(articles), "-w", "1", stdout=full)
    for result, name in [(to_file, "/dev/full"), (to_stdout, "<stdout>")]:
        assert result.returncode == 4
        (line,) = result.stderr.splitlines()  # no traceback, no "Exception ignored"
        assert line.startswith(f"error: cannot write {name}: No space left on device")


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_a_full_disk_under_csv_tables_keeps_whole_rows_and_resumes(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(4):
        (articles / f"them-{i}.txt").write_text(f"Năm 202{i} tỉnh thu {i + 2} tỷ đồng.", "utf-8")
    folder = tmp_path / "bang"
    args = ["run", str(articles), "-f", "csv", "-o", str(folder), "-w", "1"]
    assert _runner().invoke(app, args).exit_code == 0
    full = {p.name: p.read_bytes() for p in folder.iterdir()}
    for path in folder.iterdir():
        path.unlink()
    rows = full["articles.csv"].splitlines(keepends=True)
    _fake_full_disk(monkeypatch, folder / "articles.csv", after=sum(map(len, rows[:3])) + 25)
    result = _runner().invoke(app, args)
    monkeypatch.undo()
    assert result.exit_code == 4
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: cannot write {folder / 'articles.csv'}: No space left")
    assert (folder / "articles.csv").read_bytes() == b"".join(rows[:3])  # header + 2 whole rows
    assert _runner().invoke(app, [*args, "--resume"]).exit_code == 0
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == full


def test_max_chars_gives_an_error_line_with_the_size_and_0_lifts_it(articles: Path) -> None:
    capped = _runner().invoke(app, ["run", str(articles), "-w", "1", "--max-chars", "60"])
    assert capped.exit_code == 3
    errors = [r["error"] for r in map(json.loads, capped.stdout.splitlines()) if "error" in r]
    assert [e["type"] for e in errors] == ["InputTooLargeError"]  # the 64-character article
    assert "64 characters, more than the limit of 60" in errors[0]["message"]
    lifted = _runner().invoke(app, ["run", str(articles), "-w", "1", "--max-chars", "0"])
    assert lifted.exit_code == 0


def test_csv_into_an_existing_folder_with_a_dot_in_its_name_is_fine(
    articles: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "bang.2025"
    folder.mkdir()
    result = _runner().invoke(app, ["run", str(articles), "-f", "csv", "-o", str(folder)])
    assert result.exit_code == 0, result.stderr
    assert (folder / "articles.csv").is_file()
