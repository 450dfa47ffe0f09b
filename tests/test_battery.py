"""Hostile inputs and careless runs found by the robustness battery of issue 12.

Each case broke a run before (a traceback that lost every line, a destroyed
input, a hang, mojibake); each input must now yield one line, and each failure
one message with a documented exit status.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from test_cli import _runner
from test_encodings import cp1258_bytes

from vnextract.batch import map_ordered, worker_count
from vnextract.cli import app
from vnextract.extractor import Extractor
from vnextract.readers import EmptyInputError, ReaderOptions, Task, iter_tasks, load, read_html

SENTENCE = "Năm 2025, Công ty Hải Hà đặt mục tiêu doanh thu 1.200 tỷ đồng, tăng 8%."


def _lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


# ---------------------------------------------------------------- names and text JSON cannot carry


def test_a_file_name_with_bytes_that_are_not_utf8_gets_its_own_record(tmp_path: Path) -> None:
    folder = tmp_path / "bai"
    folder.mkdir()
    (folder / "a.txt").write_text(SENTENCE, encoding="utf-8")
    odd = os.path.join(os.fsencode(folder), b"b\xff\xfe.txt")
    with open(odd, "wb") as stream:
        stream.write(SENTENCE.encode())
    result = _runner().invoke(app, ["run", str(folder), "-w", "1"])
    assert result.exit_code == 0, result.stderr
    records = _lines(result.stdout)
    assert [r["source"] for r in records] == [
        str(folder / "a.txt"),
        str(folder / "b\\xff\\xfe.txt"),
    ]
    assert all(r["amounts"] for r in records)


def test_an_error_line_is_written_whatever_its_source_and_message_hold() -> None:
    source = os.fsdecode(b"gone\xff.txt")
    (outcome,) = map_ordered([Task(source, "text", path="/nonexistent/" + source)])
    line = json.loads(outcome.line)
    assert line["source"] == "gone\\xff.txt"
    assert line["error"]["type"] == "FileNotFoundError"


@pytest.mark.parametrize(
    ("field", "offsets"),
    [
        (r'"Công ty\ud800 Hải Hà đạt 5 tỷ đồng."', [7]),
        (r'"\udfffNăm 2025 tăng 8%\ud83d"', [0, 17]),
    ],
)
def test_lone_surrogates_in_json_become_replacement_characters(
    field: str, offsets: list[int]
) -> None:
    loaded = load(Task("a.jsonl:1", "record", data='{"text": ' + field + ', "title": "T\\ud800"}'))
    assert [i for i, c in enumerate(loaded.text) if c == "\ufffd"] == offsets
    assert loaded.meta["replaced"] == offsets
    assert loaded.meta["title"] == "T\ufffd"
    assert len(loaded.text) == len(json.loads('"' + field.strip('"') + '"'))  # offsets hold


def test_a_jsonl_line_with_a_lone_surrogate_gives_a_record(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Công ty\\ud800 Hải Hà đạt 5 tỷ đồng."}\n', encoding="utf-8")
    result = _runner().invoke(app, ["run", str(path), "-w", "1"])
    assert result.exit_code == 0, result.stdout
    (record,) = _lines(result.stdout)
    assert record["meta"]["replaced"] == [7]  # type: ignore[index]


@pytest.mark.parametrize("nested", [b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 50_000 + b"1"])
def test_json_nested_past_the_reader_is_a_json_error(nested: bytes) -> None:
    with pytest.raises(json.JSONDecodeError, match="nested too deeply"):
        load(Task("deep.json", "json", raw=nested))


# ---------------------------------------------------------------- HTML


PAGE = (
    "<html><head><meta charset='{charset}'><title>Tin</title></head><body><article>"
    f"<p>{SENTENCE} Đây là đoạn văn thứ hai của bài báo, đủ dài để được giữ.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize("charset", ["iso-8859-1", "windows-1258", "utf-16", "koi8-r"])
def test_a_utf8_page_whose_meta_charset_lies_is_read_as_utf8(charset: str) -> None:
    text, meta = read_html(PAGE.format(charset=charset).encode("utf-8"))
    assert SENTENCE in text
    assert "encoding" not in meta


def test_a_page_in_the_charset_it_declares_is_still_read_so() -> None:
    text, meta = read_html(cp1258_bytes(PAGE.format(charset="windows-1258")))
    assert SENTENCE in text
    assert meta["encoding"] == "windows-1258"


# ---------------------------------------------------------------- careless runs


def test_an_output_that_is_also_an_input_is_refused_and_left_whole(tmp_path: Path) -> None:
    article = tmp_path / "bai.txt"
    article.write_text(SENTENCE, encoding="utf-8")
    result = _runner().invoke(app, ["run", str(article), "-o", str(article), "-w", "1"])
    assert result.exit_code == 2
    assert "also an input" in result.stderr
    assert article.read_text(encoding="utf-8") == SENTENCE


def test_an_output_in_an_input_folder_is_still_allowed(tmp_path: Path) -> None:
    (tmp_path / "bai.txt").write_text(SENTENCE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("", encoding="utf-8")
    result = _runner().invoke(app, ["run", str(tmp_path), "-o", str(out), "-w", "1"])
    assert result.exit_code == 0, result.stderr
    assert len(_lines(out.read_text(encoding="utf-8"))) == 1


def test_far_more_workers_than_cores_are_not_all_started() -> None:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert worker_count(100_000) == 4 * (cores or 1)
    assert worker_count(1) == 1


def test_a_huge_workers_option_still_runs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    command = [sys.executable, "-m", "vnextract", "run", str(tmp_path), "-w", "100000"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(_lines(done.stdout)) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_stops_a_run_with_whole_lines_a_summary_and_status_143(tmp_path: Path) -> None:
    folder = tmp_path / "bai"
    folder.mkdir()
    for i in range(300):
        (folder / f"a{i:03}.txt").write_text(SENTENCE * 30, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "vnextract", "run", str(folder), "-o", str(out), "-w", "2"]
    with subprocess.Popen(command, stderr=subprocess.PIPE, text=True) as proc:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not out.exists() or out.stat().st_size == 0):
            time.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 143, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr  # the summary only, no trace of the workers' stop
    (summary,) = lines
    assert "(interrupted)" in summary
    records = _lines(out.read_text(encoding="utf-8"))
    assert records and len(records) <= 300
    assert "records" in summary and f"{len(records)} inputs" in summary


def test_iter_tasks_gives_a_folder_named_like_an_article_no_task(tmp_path: Path) -> None:
    (tmp_path / "x.txt").mkdir()
    (tmp_path / "x.txt" / "a.txt").write_text(SENTENCE, encoding="utf-8")
    tasks = list(iter_tasks([tmp_path], options=ReaderOptions()))
    assert [t.source for t in tasks] == [str(tmp_path / "x.txt" / "a.txt")]


@pytest.mark.parametrize("depth", [300, 1500])
def test_a_page_nested_deeper_than_libxml2s_default_keeps_its_article(depth: int) -> None:
    page = "<html><body>" + "<div>" * depth + f"<p>{SENTENCE}</p>" + "</div>" * depth
    text, _ = read_html(page.encode("utf-8"))
    assert SENTENCE in text


@pytest.mark.parametrize(
    "page", [b"", b"<html><head><title>T</title></head></html>", b"<script>x()</script>"]
)
def test_a_page_without_an_article_is_an_empty_input(page: bytes) -> None:
    with pytest.raises(EmptyInputError):
        read_html(page)


# ---------------------------------------------------------------- repeated patterns, 4 KB vs 40 KB

# A pattern repeated to fill the input: no sentence end, one clause after another.
# Each stage must stay linear: ten times the text, less than thirty times the CPU.
REPEATED = [
    pytest.param("năm 2025 ", 4_000, id="a year, again"),
    pytest.param("tăng 5% ", 4_000, id="a rise, again"),
    pytest.param("mục tiêu ", 4_000, id="a goal word, again"),
    pytest.param("1.000 tỷ đồng ", 4_000, id="money, again"),
    pytest.param("59 nghìn tỷ đồng vốn ", 4_000, id="money and a noun, again"),
    pytest.param("(GMT+7) ", 4_000, id="a dateline, again"),
    pytest.param("Ngày 14/1 ", 4_000, id="a day, again"),
    pytest.param("so với cùng kỳ năm 2024 tăng 5% ", 4_000, id="a comparison, again"),
    pytest.param("\u200b", 4_000, id="zero-width spaces"),
    pytest.param("1", 4_000, id="one long number"),
    pytest.param("1.000.", 4_000, id="one long dotted number"),
    pytest.param("a", 4_000, id="one long word"),
    pytest.param("😀 ", 4_000, id="emoji"),
    # the targets stage once read a whole statement per figure; statements are now bounded
    pytest.param("kế hoạch năm 2026 là 7.000 tỷ đồng, ", 5_000, id="a plan figure, again"),
]


def _cpu(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


@pytest.mark.slow
@pytest.mark.parametrize(("pattern", "size"), REPEATED)
def test_a_repeated_pattern_ten_times_longer_takes_less_than_thirty_times_the_cpu(
    pattern: str, size: int
) -> None:
    extractor = Extractor()
    small = (pattern * (size // len(pattern) + 1))[:size]
    large = (pattern * (10 * size // len(pattern) + 1))[: 10 * size]
    extractor.extract(small)  # resources load once
    t_small = min(_cpu(lambda: extractor.extract(small)) for _ in range(2))
    t_large = min(_cpu(lambda: extractor.extract(large)) for _ in range(2))  # a pause is no cost
    assert t_large < 30 * max(t_small, 0.002), (t_small, t_large)


def test_a_bad_code_unit_in_utf16_json_lines_costs_only_its_line(tmp_path: Path) -> None:
    line = '{"text": "Năm 2025 doanh thu tăng 8%."}\n'.encode("utf-16-le")
    lone = b"\x00\xd8"  # a high surrogate with no low one after it
    broken = '{"text": "Năm'.encode("utf-16-le") + lone + ' 2025"}\n'.encode("utf-16-le")
    path = tmp_path / "bai.jsonl"
    path.write_bytes(b"\xff\xfe" + line + broken + lone + b"\n\x00" + line)
    result = _runner().invoke(app, ["run", str(path), "-w", "1"])
    assert result.exit_code == 3, result.stderr
    records = _lines(result.stdout)
    assert [r["source"] for r in records] == [f"{path}:{n}" for n in (1, 2, 3, 4)]
    assert records[0]["amounts"] and records[3]["amounts"]
    assert records[1]["meta"]["replaced"] == [3]  # type: ignore[index]
    assert records[2]["error"]["type"] == "JSONDecodeError"  # type: ignore[index]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_stdin_in_utf16_or_utf32_with_a_bom_gives_one_article_per_line(
    encoding: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = f"{SENTENCE}\nGiá vàng tăng 2%.\n".encode(encoding)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    loaded = [load(task) for task in iter_tasks(["-"])]
    assert [x.text for x in loaded] == [SENTENCE, "Giá vàng tăng 2%."]
    assert [x.source for x in loaded] == ["<stdin>:1", "<stdin>:2"]


def test_a_json_number_too_long_for_python_does_not_cost_the_article() -> None:
    data = '{"text": "' + SENTENCE + '", "views": ' + "9" * 5000 + ', "id": 7}'
    loaded = load(Task("a.jsonl:1", "record", data=data))
    assert loaded.text == SENTENCE
    assert loaded.meta["id"] == "7"


def test_a_json_file_holding_a_list_of_articles_says_to_write_json_lines() -> None:
    data = json.dumps([{"text": SENTENCE}, {"text": SENTENCE}]).encode()
    with pytest.raises(ValueError, match=r"a list of 2 objects: .*JSON Lines"):
        load(Task("export.json", "json", raw=data))
