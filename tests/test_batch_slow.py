"""A messy archive end to end: 1,000 mixed files, two workers, a kill and a resume."""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from test_batch_readers import to_cp1258

# Our own sentences, varied per file by a number so that no two articles are equal.
TEMPLATES = [
    "Năm {y}, tỉnh Hà Tĩnh thu hút {n}.500 tỷ đồng vốn đầu tư vào khu kinh tế Vũng Áng.",
    "Công ty cổ phần Thủy sản Minh Phú báo lãi {n} tỷ đồng trong quý II/{y}.",
    "Thành phố phấn đấu đến năm {y} đón {n} triệu lượt khách quốc tế, tăng 15%.",
    "Buổi hòa nhạc số {n} khép lại mùa lễ hội {y} trong tiếng vỗ tay của khán giả.",
]

HTML = (
    "<html><head><title>Bản tin số {n}</title></head><body><nav>Trang chủ</nav><article>"
    "<p>{a}</p><p>{b}</p><p>Nội dung chi tiết của bản tin được biên tập viên cập nhật liên tục "
    "trong ngày để bạn đọc theo dõi diễn biến mới nhất của thị trường.</p></article></body></html>"
)

BAD = [b"%PDF-1.5\n%binary", b"\xff\xd8\xff\xe0\x00\x10JFIF", b""]


def _article(i: int) -> str:
    return (
        TEMPLATES[i % len(TEMPLATES)].format(y=2000 + i % 40, n=i + 1)
        + "\n"
        + TEMPLATES[(i + 1) % len(TEMPLATES)].format(y=2020, n=i + 3)
    )


def _make_archive(root: Path, n_files: int) -> tuple[set[str], set[str]]:
    """Write ``n_files`` files of every kind; return the expected sources and error sources."""
    sources: set[str] = set()
    errors: set[str] = set()
    for i in range(n_files):
        folder = root / f"thu-muc-{i % 7}" / ("con" if i % 3 == 0 else "")
        folder.mkdir(parents=True, exist_ok=True)
        text = _article(i)
        kind = i % 10
        if kind <= 5:
            path = folder / f"bai-{i:04d}.txt"
            data = [
                text.encode("utf-8"),
                text.encode("utf-8-sig"),
                text.encode("utf-16"),
                to_cp1258(text),
                unicodedata.normalize("NFD", text).encode("utf-8"),
                text.replace("\n", "\r\n").encode("utf-8"),
            ][kind]
            path.write_bytes(data)
        elif kind == 6:
            path = folder / f"bai-{i:04d}.html"
            a, b = text.split("\n")
            path.write_text(HTML.format(n=i, a=a, b=b), encoding="utf-8")
        elif kind == 7:
            path = folder / f"bai-{i:04d}.json"
            path.write_text(json.dumps({"id": i, "content": text}, ensure_ascii=False), "utf-8")
        elif kind == 8:
            path = folder / f"xuat-{i:04d}.jsonl"
            rows = [
                json.dumps({"id": f"{i}-{j}", "text": _article(i + j)}, ensure_ascii=False)
                for j in range(3)
            ]
            path.write_text("\n".join(rows) + "\n", encoding="utf-8")
            sources.update(f"{path}:{j + 1}" for j in range(3))
            continue
        else:
            path = folder / f"hong-{i:04d}.txt"
            path.write_bytes(BAD[(i // 10) % len(BAD)])
            errors.add(str(path))
        sources.add(str(path))
    return sources, errors


def _text_archive(root: Path, n_files: int) -> Path:
    """A folder of ``n_files`` plain articles named bai-0000.txt, bai-0001.txt, …"""
    root.mkdir()
    for i in range(n_files):
        (root / f"bai-{i:04d}.txt").write_text(_article(i), encoding="utf-8")
    return root


def _each_file(folder: Path) -> list[str]:
    """The folder's files named one by one, in name order, as a folder walk gives them.

    A named pipe found in a folder is skipped unopened; one named directly is read
    (as ``cat`` would), so naming the files makes a pipe among them block the run.
    """
    return sorted(str(p) for p in folder.iterdir())


def _run(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "vnextract", "run", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, **kwargs)  # type: ignore[call-overload, no-any-return]


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
def test_a_thousand_mixed_files_through_two_workers(tmp_path: Path) -> None:
    archive = tmp_path / "kho"
    sources, errors = _make_archive(archive, 1000)
    out = tmp_path / "records.jsonl"
    result = _run(str(archive), "-o", str(out), "--workers", "2")
    assert result.returncode == 3, result.stderr  # the broken files are errors
    records = _records(out)
    assert len(records) == len(sources) == 1200
    assert Counter(str(r["source"]) for r in records) == Counter(sources)
    assert {str(r["source"]) for r in records if "error" in r} == errors
    types = Counter(r["error"]["type"] for r in records if "error" in r)  # type: ignore[index]
    assert types == {"NotTextError": 67, "EmptyInputError": 33}
    assert "1200 inputs: 1100 records, 100 errors" in result.stderr


def _start_stuck_run(archive: Path, out: Path, lines: int, stderr: int) -> subprocess.Popen[str]:
    """Start ``vnextract run`` in its own process group; return once ``lines`` are out."""
    inputs = _each_file(archive)
    command = [sys.executable, "-m", "vnextract", "run", *inputs, "-o", str(out), "-w", "2"]
    process = subprocess.Popen(command, start_new_session=True, stderr=stderr, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= lines:
            break
        time.sleep(0.05)
    return process


@pytest.mark.slow
def test_a_run_killed_halfway_then_resumed_has_each_source_once(tmp_path: Path) -> None:
    n = 600
    archive = _text_archive(tmp_path / "kho", n)
    # A named pipe in the middle of the folder: reading it blocks until we write,
    # so the run is surely stuck halfway when it is killed.
    blocker = archive / "bai-0300-cho.txt"
    os.mkfifo(blocker)
    out = tmp_path / "records.jsonl"
    process = _start_stuck_run(archive, out, 300, stderr=subprocess.DEVNULL)
    os.killpg(process.pid, signal.SIGKILL)  # the run and the workers it started
    process.wait()
    written = _records(out)
    assert len(written) == 300  # everything before the stuck input, nothing after
    with open(out, "a", encoding="utf-8") as f:
        f.write('{"source": "' + str(archive / "bai-0301.txt")[:10])  # a line cut short
    blocker.unlink()
    blocker.write_text(_article(300), encoding="utf-8")
    result = _run(str(archive), "-o", str(out), "-w", "2", "--resume")
    assert result.returncode == 0, result.stderr
    assert "300 skipped" in result.stderr
    sources = Counter(str(r["source"]) for r in _records(out))
    assert len(sources) == n + 1 and set(sources.values()) == {1}


@pytest.mark.slow
def test_a_bom_marked_utf16_file_and_its_utf8_twin_give_the_same_record(tmp_path: Path) -> None:
    text = _article(7)
    (tmp_path / "a.txt").write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    (tmp_path / "b.txt").write_bytes(to_cp1258(text))
    (tmp_path / "c.txt").write_text(text, encoding="utf-8")
    records = [json.loads(line) for line in _run(str(tmp_path), "-w", "2").stdout.splitlines()]
    encodings = [(r["meta"] or {}).get("encoding") for r in records]
    assert encodings == ["utf-16-le", "windows-1258", None]  # said in meta, when not UTF-8
    bodies = [{k: v for k, v in r.items() if k not in ("source", "meta")} for r in records]
    assert len(bodies) == 3 and bodies[0] == bodies[1] == bodies[2]


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_with_whole_lines_and_status_130(tmp_path: Path) -> None:
    archive = _text_archive(tmp_path / "kho", 40)
    os.mkfifo(archive / "bai-0020-cho.txt")  # the run blocks here
    out = tmp_path / "records.jsonl"
    process = _start_stuck_run(archive, out, 20, stderr=subprocess.PIPE)
    try:
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 130
    assert "Traceback" not in stderr and "(interrupted)" in stderr
    assert len(_records(out)) == 20


@pytest.mark.slow
def test_a_hung_input_times_out_and_the_batch_goes_on(tmp_path: Path) -> None:
    archive = _text_archive(tmp_path / "kho", 12)
    stuck = archive / "bai-0005-cho.txt"
    os.mkfifo(stuck)  # reading it never ends: as if extraction hung
    out = tmp_path / "records.jsonl"
    result = _run(*_each_file(archive), "-o", str(out), "-w", "2", "--timeout", "1")
    assert result.returncode == 3, result.stderr
    records = _records(out)
    assert [Path(str(r["source"])).name for r in records] == sorted(
        p.name for p in archive.iterdir()
    )
    errors = {str(r["source"]): r["error"]["type"] for r in records if "error" in r}  # type: ignore[index]
    assert errors == {str(stuck): "Timeout"}


@pytest.mark.slow
def test_kill_9_of_the_run_takes_its_workers_with_it(tmp_path: Path) -> None:
    psutil = pytest.importorskip("psutil")
    archive = _text_archive(tmp_path / "kho", 20)
    os.mkfifo(archive / "bai-0012-cho.txt")  # a worker blocks here: the run stays busy
    out = tmp_path / "records.jsonl"
    process = _start_stuck_run(archive, out, 12, stderr=subprocess.DEVNULL)
    try:
        run = psutil.Process(process.pid)
        deadline = time.monotonic() + 60
        while len(workers := run.children(recursive=True)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(workers) == 2
        process.kill()  # kill -9: the run gets no chance to stop its workers
        process.wait()
        gone_by = time.monotonic() + 5
        while time.monotonic() < gone_by and any(_alive(w) for w in workers):
            time.sleep(0.05)
        assert not [w.pid for w in workers if _alive(w)]
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


def _alive(process: Any) -> bool:
    """Whether a process still runs (a zombie waiting for a parent to reap it does not)."""
    try:
        return bool(process.is_running() and process.status() != "zombie")
    except Exception:  # psutil.NoSuchProcess: gone
        return False


# A process that starts a "worker" by fork, as the pool does, with the Linux
# death signal unavailable (as on other systems), and prints the worker's id.
_FALLBACK_PARENT = """
import os, sys, time
from vnextract import batch
batch._kill_me_with_parent = lambda: False
parent = os.getpid()
worker = os.fork()
if worker == 0:
    batch._start_worker(parent)
    time.sleep(60)
    os._exit(0)
print(worker, flush=True)
time.sleep(60)
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_without_the_death_signal_a_worker_still_ends_with_its_parent() -> None:
    psutil = pytest.importorskip("psutil")
    parent = subprocess.Popen(
        [sys.executable, "-c", _FALLBACK_PARENT], stdout=subprocess.PIPE, text=True
    )
    assert parent.stdout is not None
    worker = psutil.Process(int(parent.stdout.readline()))
    try:
        assert _alive(worker)
        parent.kill()
        parent.wait()
        gone_by = time.monotonic() + 5
        while time.monotonic() < gone_by and _alive(worker):
            time.sleep(0.05)
        assert not _alive(worker)
    finally:
        with contextlib.suppress(Exception):
            worker.kill()
