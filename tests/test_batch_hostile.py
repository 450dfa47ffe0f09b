"""Hostile inputs: pipes and devices in a folder, NUL bytes in JSON Lines, huge inputs."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from vnextract.batch import run_batch
from vnextract.readers import (
    FindError,
    InputTooLargeError,
    ReaderOptions,
    Task,
    Unread,
    iter_tasks,
    load,
)

# Our own news-style sentences.
GOOD = [
    "Năm 2025, tỉnh Nghệ An thu hút 2,1 tỷ USD vốn đầu tư nước ngoài.",
    "Giá lúa tại Đồng bằng sông Cửu Long tăng 300 đồng/kg trong tuần qua.",
    "Thành phố phấn đấu đến năm 2030 có 5.000 doanh nghiệp công nghệ số.",
]


def _jsonl(*texts: str) -> bytes:
    return b"".join(json.dumps({"content": t}, ensure_ascii=False).encode() + b"\n" for t in texts)


def _lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


# ---------------------------------------------------------------- non-regular files


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("name", ["x.txt", "x.jsonl", "x.html", "x.json"])
def test_a_named_pipe_in_a_folder_is_an_error_line_never_opened(tmp_path: Path, name: str) -> None:
    (tmp_path / "a.txt").write_text(GOOD[0], encoding="utf-8")
    os.mkfifo(tmp_path / name)  # opening it would block: nothing ever writes
    out = io.StringIO()
    summary = run_batch([tmp_path], out, timeout=None)
    lines = {Path(str(r["source"])).name: r for r in _lines(out.getvalue())}
    assert set(lines) == {"a.txt", name}
    assert lines[name]["error"] == {
        "type": "NotRegularFileError",
        "message": "a named pipe (FIFO), not a regular file: skipped without opening it",
    }
    assert (summary.records, summary.errors) == (1, 1)


def test_a_socket_in_a_folder_is_an_error_line(tmp_path: Path) -> None:
    if not hasattr(socket, "AF_UNIX"):
        pytest.skip("needs Unix sockets")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "s.txt"))
        (task,) = iter_tasks([tmp_path])
    with pytest.raises(FindError, match="a socket, not a regular file") as info:
        load(task)
    assert info.value.type_name == "NotRegularFileError"


def test_a_link_to_a_regular_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "that.txt").write_text(GOOD[1], encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "that.txt")
    assert [load(t).text for t in iter_tasks([tmp_path])] == [GOOD[1], GOOD[1]]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_the_command_does_not_hang_on_pipes_in_a_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD[0], encoding="utf-8")
    os.mkfifo(tmp_path / "x.txt")
    os.mkfifo(tmp_path / "x.jsonl")
    command = [sys.executable, "-m", "vnextract", "run", str(tmp_path), "-w", "2"]
    result = subprocess.run(
        [*command, "--timeout", "5"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 3
    errors = [r["error"]["type"] for r in _lines(result.stdout) if "error" in r]  # type: ignore[index]
    assert errors == ["NotRegularFileError", "NotRegularFileError"]


# ---------------------------------------------------------------- JSON Lines, line by line


@pytest.mark.parametrize(
    "bad",
    [
        b'{"content": "NUL \x00 trong d\xc3\xb2ng"}\n',  # a NUL byte within the first 8 KB
        b"\x00\x00\x00\x00\n",  # a line of nothing but NUL bytes
        b'{"content": "\x01\x02\x03\x04\x05 m\xc3\xa3 \x06\x07\x08\x0e\x0f"}\n',  # control bytes
    ],
)
@pytest.mark.parametrize("where", [0, 1, 3])
def test_a_bad_json_line_costs_only_its_own_line(tmp_path: Path, bad: bytes, where: int) -> None:
    good = _jsonl(*GOOD).splitlines(keepends=True)
    path = tmp_path / "xuat.jsonl"
    path.write_bytes(b"".join([*good[:where], bad, *good[where:]]))
    out = io.StringIO()
    summary = run_batch([path], out)
    lines = _lines(out.getvalue())
    assert [r["source"] for r in lines] == [f"{path}:{n}" for n in range(1, 5)]
    assert lines[where]["error"]["type"] == "NotTextError"  # type: ignore[index]
    assert (summary.records, summary.errors) == (3, 1)


def test_a_json_lines_file_in_a_binary_format_is_still_one_error(tmp_path: Path) -> None:
    path = tmp_path / "anh.jsonl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100) + b"\n" + _jsonl(GOOD[0]))
    (task,) = iter_tasks([path])
    with pytest.raises(FindError, match="PNG"):
        load(task)


def test_a_bad_stdin_line_costs_only_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(GOOD[0].encode() + b"\nx\x00y\n" + GOOD[1].encode()))
    monkeypatch.setattr("sys.stdin", stdin)
    tasks = list(iter_tasks(["-"]))
    assert [t.error[0] if t.error else None for t in tasks] == [None, "NotTextError", None]


# ---------------------------------------------------------------- the size cap


@pytest.mark.parametrize(
    ("kind", "content"),
    [
        ("text", "Hà Nội " * 200),
        ("json", json.dumps({"content": "Hà Nội " * 200}, ensure_ascii=False)),
        ("json", json.dumps({"content": "Hà Nội " * 200})),  # \uXXXX escapes
        ("html", "<html><body><article><p>" + "Hà Nội có mưa. " * 100 + "</p></article>"),
    ],
)
def test_an_input_past_max_chars_is_an_error_that_gives_the_size(
    tmp_path: Path, kind: str, content: str
) -> None:
    path = tmp_path / "bai"
    path.write_text(content, encoding="utf-8")
    task = Task(str(path), kind, path=str(path))
    says = r"1,\d{3} characters, more than the limit of 1,000"
    with pytest.raises(InputTooLargeError, match=says):
        load(task, ReaderOptions(max_chars=1000))
    assert len(load(task, ReaderOptions(max_chars=0)).text) > 1000  # 0: no limit
    assert len(load(task, ReaderOptions(max_chars=None)).text) > 1000


def test_an_input_at_max_chars_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bai.txt"
    path.write_text("Đà Nẵng" * 100 + ".", encoding="utf-8")  # 701 characters
    assert len(load(Task(str(path), "text", path=str(path)), ReaderOptions(max_chars=701)).text)


def test_a_huge_file_is_refused_from_its_size_unread(tmp_path: Path) -> None:
    path = tmp_path / "khong-lo.txt"
    with open(path, "wb") as f:
        f.truncate(5 * 10**9)  # 5 GB, sparse: reading it would take seconds and all memory
    start = time.perf_counter()
    with pytest.raises(InputTooLargeError, match="5,000,000,000 bytes") as info:
        load(Task(str(path), "text", path=str(path)))
    assert time.perf_counter() - start < 1
    assert "1,000,000 characters" in str(info.value)  # the default limit


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_device_named_directly_is_refused_after_the_limit() -> None:
    with pytest.raises(InputTooLargeError, match="over 4,004 bytes, more than 1,000 characters"):
        load(Task("/dev/zero", "text", path="/dev/zero"), ReaderOptions(max_chars=1000))


def test_a_huge_json_line_is_an_error_line_and_the_next_lines_are_read(tmp_path: Path) -> None:
    path = tmp_path / "xuat.jsonl"
    path.write_bytes(_jsonl(GOOD[0], "Huế " * 100_000, GOOD[1]))  # a 500 KB line between two
    out = io.StringIO()
    summary = run_batch([path], out, options=ReaderOptions(max_chars=10_000))
    lines = _lines(out.getvalue())
    assert [r["source"] for r in lines] == [f"{path}:{n}" for n in (1, 2, 3)]
    assert lines[1]["error"]["type"] == "InputTooLargeError"  # type: ignore[index]
    assert "10,000 characters" in lines[1]["error"]["message"]  # type: ignore[index]
    assert (summary.records, summary.errors) == (2, 1)


# ---------------------------------------------------------------- what a walk passes over


def test_the_walk_counts_what_it_skips(tmp_path: Path) -> None:
    for name in ["a.txt", "b.md", "c.md", "d.png", ".an.txt", "sub/e.pdf", "sub/f.json"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    unread = Unread()
    names = [Path(t.source).name for t in iter_tasks([tmp_path], unread=unread)]
    assert names == ["a.txt", "f.json"]
    assert unread.by_suffix == {".md": 2, ".png": 1, "hidden": 1, ".pdf": 1}
    assert unread.describe().startswith("5 files not read (.md 2, ")
    assert all(f"{kind} 1" in unread.describe() for kind in (".png", "hidden", ".pdf"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_directly_is_read_once_and_not_counted_for_the_progress_bar(
    tmp_path: Path,
) -> None:
    from vnextract.readers import count_tasks

    pipe = tmp_path / "xuat.jsonl"
    os.mkfifo(pipe)
    (tmp_path / "a.txt").write_text(GOOD[0], encoding="utf-8")
    assert count_tasks([tmp_path / "a.txt", pipe]) is None  # counting would drain the pipe
    assert count_tasks([tmp_path]) == 2  # in a folder, the pipe is an error line, never opened

    def feed() -> None:
        with open(pipe, "wb") as f:
            f.write(_jsonl(GOOD[1], GOOD[2]))

    writer = threading.Thread(target=feed)
    writer.start()
    out = io.StringIO()
    summary = run_batch([pipe], out)
    writer.join()
    assert [r["source"] for r in _lines(out.getvalue())] == [f"{pipe}:1", f"{pipe}:2"]
    assert summary.records == 2


def test_a_link_to_a_folder_under_an_article_name_is_an_error_line(tmp_path: Path) -> None:
    (tmp_path / "that").mkdir()
    (tmp_path / "that" / "a.txt").write_text(GOOD[0], encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "that")
    tasks = {Path(t.source).name: t for t in iter_tasks([tmp_path])}
    assert set(tasks) == {"a.txt", "link.txt"}
    with pytest.raises(FindError, match="a link to a folder"):
        load(tasks["link.txt"])


# A worker stopped (Ctrl-C, SIGTERM, a timeout) while it sends a result leaves part of
# the result in the pipe; the pool's reading thread then waits for the rest. Stopping
# the pool must end that wait, else the interpreter never exits. Run in a child process
# so that a hang is a failed test, not a hung suite.
_CUT_RESULT = """
import os, struct, time
from vnextract.batch import _Pool
from vnextract.readers import ReaderOptions
pool = _Pool(2, ReaderOptions(), None)
pool.submit([]).result()  # the workers and the pool's thread are up
results = pool._executor._result_queue
os.write(results._writer.fileno(), struct.pack("!i", 1000) + b"x" * 10)  # a result cut short
time.sleep(0.5)  # the pool's thread now waits for the other 990 bytes
pool.close(kill=True)
print("closed")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="the pipe layout is POSIX's")
def test_a_pool_stopped_while_a_result_is_half_sent_lets_the_process_exit() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _CUT_RESULT], capture_output=True, text=True, timeout=30
    )
    assert proc.stdout.strip() == "closed"
    assert proc.returncode == 0
