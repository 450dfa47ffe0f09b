"""The batch engine: one line per input, in order, resumable, as JSON Lines or CSV."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sys
import threading
from pathlib import Path

import pytest

from vnextract import Article
from vnextract.batch import (
    CSV_TABLES,
    BatchUsageError,
    CsvSink,
    Outcome,
    done_sources,
    map_ordered,
    open_sink,
    run_batch,
)
from vnextract.readers import Task
from vnextract.stop_signals import StopGuard

SENTENCES = [
    "Năm 2024, doanh thu của Tổng công ty Điện lực miền Bắc đạt 3,5 tỷ USD.",
    "Tỉnh Bình Định phấn đấu đến năm 2030 có 2.000 doanh nghiệp công nghệ.",
    "Giá thép xây dựng giảm 500 đồng/kg so với tháng trước.",
    "Lễ hội đường phố diễn ra trong ba ngày tại trung tâm thành phố.",
]


def _folder(root: Path, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        path = root / f"bai-{i:03d}.txt"
        path.write_text(SENTENCES[i % len(SENTENCES)], encoding="utf-8")
        paths.append(path)
    return paths


def _lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_every_input_gives_one_line_in_input_order(tmp_path: Path) -> None:
    paths = _folder(tmp_path, 6)
    (tmp_path / "hong.txt").write_bytes(b"%PDF-1.4 binary")
    out = io.StringIO()
    summary = run_batch([tmp_path, tmp_path / "khong-co.txt"], out)
    lines = _lines(out.getvalue())
    assert [r["source"] for r in lines] == [
        *[str(p) for p in paths],
        str(tmp_path / "hong.txt"),
        str(tmp_path / "khong-co.txt"),
    ]
    assert (summary.records, summary.errors, summary.inputs) == (6, 2, 8)
    assert summary.error_types == {"NotTextError": 1, "FileNotFoundError": 1}
    for record in lines[:6]:
        Article.model_validate(record)
    assert lines[6]["error"]["type"] == "NotTextError"  # type: ignore[index]
    assert "PDF" in lines[6]["error"]["message"]  # type: ignore[index]


def test_two_workers_give_the_same_lines_as_one(tmp_path: Path) -> None:
    _folder(tmp_path, 25)
    one, two = io.StringIO(), io.StringIO()
    run_batch([tmp_path], one, workers=1)
    run_batch([tmp_path], two, workers=2)
    assert one.getvalue() == two.getvalue()
    assert len(two.getvalue().splitlines()) == 25


def test_map_ordered_keeps_order_and_consumes_lazily(tmp_path: Path) -> None:
    path = _folder(tmp_path, 1)[0]
    pulled = 0

    def tasks() -> object:
        nonlocal pulled
        for i in range(1000):
            pulled += 1
            yield Task(f"{path}#{i}", "text", path=str(path))

    results = map_ordered(tasks(), workers=2)  # type: ignore[arg-type]
    first = [next(results) for _ in range(3)]
    assert [o.source for o in first] == [f"{path}#{i}" for i in range(3)]
    assert pulled < 100  # bounded: the input is not materialised
    results.close()  # type: ignore[attr-defined]


def test_a_dying_worker_costs_only_its_own_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    import vnextract.batch as batch

    paths = _folder(tmp_path, 10)
    real = batch.process

    def dies_on_five(task: Task, *args: object) -> Outcome:
        if task.source.endswith("bai-005.txt"):
            os._exit(1)  # the worker process dies, as if killed
        return real(task, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "process", dies_on_five)
    out = io.StringIO()
    summary = run_batch([tmp_path], out, workers=2)
    lines = _lines(out.getvalue())
    assert [r["source"] for r in lines] == [str(p) for p in paths]
    assert lines[5]["error"]["type"] == "WorkerCrashed"  # type: ignore[index]
    assert (summary.records, summary.errors) == (9, 1)


def test_json_records_carry_id_and_title_in_meta(tmp_path: Path) -> None:
    path = tmp_path / "xuat.jsonl"
    rows = [{"id": "a1", "title": "Tựa", "content": SENTENCES[0]}, {"content": SENTENCES[1]}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = io.StringIO()
    run_batch([path], out)
    first, second = _lines(out.getvalue())
    assert first["source"] == f"{path}:1"
    assert first["meta"] == {
        "id": "a1",
        "title": "Tựa",
        "date": None,
        "encoding": None,
        "replaced": None,
    }
    assert second["source"] == f"{path}:2" and second["meta"] is None
    assert Article.model_validate(first).meta.title == "Tựa"  # type: ignore[union-attr]


def test_offsets_index_the_text_each_reader_gives(tmp_path: Path) -> None:
    import vnextract
    from vnextract.readers import iter_tasks, load

    (tmp_path / "a.txt").write_bytes(("\ufeff" + SENTENCES[0] + "\r\n" + SENTENCES[1]).encode())
    (tmp_path / "b.json").write_text(json.dumps({"content": SENTENCES[2]}), encoding="utf-8")
    for task in iter_tasks([tmp_path]):
        text = load(task).text
        article = vnextract.extract(text)
        for amount in article.amounts:
            assert text[amount.start : amount.end] == amount.text


# ---------------------------------------------------------------- resume


def test_resume_skips_what_is_done_and_drops_a_cut_short_line(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    paths = _folder(inputs, 8)
    output = tmp_path / "out.jsonl"
    sink, _ = open_sink(str(output))
    run_batch([inputs], sink)
    sink.close()
    lines = output.read_text(encoding="utf-8").splitlines(keepends=True)
    # as if killed while writing the fourth line
    output.write_text("".join(lines[:3]) + lines[3][:20], encoding="utf-8")
    sink, done = open_sink(str(output), resume=True)
    assert done == {str(p) for p in paths[:3]}
    summary = run_batch([inputs], sink, skip=done)
    sink.close()
    assert (summary.records, summary.skipped) == (5, 3)
    assert output.read_text(encoding="utf-8").splitlines(keepends=True) == lines


def test_resume_refuses_an_output_that_is_not_vnextract_lines(tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    output.write_text('{"source": "a"}\nkhông phải JSON\n', encoding="utf-8")
    with pytest.raises(BatchUsageError, match=r"out\.jsonl:2"):
        done_sources(output)


def test_the_output_file_is_never_read_as_an_input(tmp_path: Path) -> None:
    _folder(tmp_path, 2)
    output = tmp_path / "out.jsonl"
    output.write_text('{"source": "cu"}\n', encoding="utf-8")
    sink, done = open_sink(str(output), resume=True)
    summary = run_batch([tmp_path], sink, skip=done, exclude=[output])
    sink.close()
    assert summary.inputs == 2


@pytest.mark.parametrize(
    ("output", "fmt", "resume", "says"),
    [
        ("-", "csv", False, "folder"),
        ("-", "jsonl", True, "stdout"),
    ],
)
def test_impossible_outputs_are_usage_errors(
    output: str, fmt: str, resume: bool, says: str
) -> None:
    with pytest.raises(BatchUsageError, match=says):
        open_sink(output, fmt, resume=resume)  # type: ignore[arg-type]


# ---------------------------------------------------------------- CSV


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def _fake_outcome(source: str, n_amounts: int) -> Outcome:
    article = Article.model_validate(
        {
            "source": source,
            "amounts": [
                {
                    "text": f"{i} tấn",
                    "start": i,
                    "end": i + 5,
                    "value": i,
                    "unit": "tấn",
                    "kind": "measure",
                }
                for i in range(n_amounts)
            ],
            "organizations": [
                {
                    "name": "Tổng công ty X",
                    "label": "ORG",
                    "mentions": [{"text": "X", "start": 0, "end": 1}],
                }
            ],
            "targets": [
                {
                    "text": "phấn đấu 5 tấn",
                    "start": 0,
                    "end": 14,
                    "deadline": 2030,
                    "amount": {
                        "text": "5 tấn",
                        "start": 9,
                        "end": 14,
                        "value": 5,
                        "unit": "tấn",
                        "kind": "measure",
                    },
                }
            ],
        }
    )
    return Outcome(source, article.model_dump_json())


def test_csv_tables_have_one_row_per_item_with_the_source(tmp_path: Path) -> None:
    sink = CsvSink(tmp_path / "bang")
    sink.write(_fake_outcome("a.txt", 2))
    sink.write(
        Outcome(
            "b.txt",
            '{"source":"b.txt","error":{"type":"NotTextError","message":"PDF"}}',
            "NotTextError",
        )
    )
    sink.close()
    articles = _read_csv(tmp_path / "bang" / "articles.csv")
    assert [(a["source"], a["amounts"], a["error_type"]) for a in articles] == [
        ("a.txt", "2", ""),
        ("b.txt", "", "NotTextError"),
    ]
    amounts = _read_csv(tmp_path / "bang" / "amounts.csv")
    assert [(a["source"], a["text"], a["unit"]) for a in amounts] == [
        ("a.txt", "0 tấn", "tấn"),
        ("a.txt", "1 tấn", "tấn"),
    ]
    (entity,) = _read_csv(tmp_path / "bang" / "entities.csv")
    assert (entity["source"], entity["label"], entity["name"], entity["start"]) == (
        "a.txt",
        "ORG",
        "Tổng công ty X",
        "0",
    )
    (target,) = _read_csv(tmp_path / "bang" / "targets.csv")
    assert (target["deadline"], target["amount_value"], target["amount_unit"]) == (
        "2030",
        "5.0",
        "tấn",
    )
    for name, columns in CSV_TABLES.items():
        with open(tmp_path / "bang" / f"{name}.csv", "rb") as raw:
            assert raw.read(3) == b"\xef\xbb\xbf"  # spreadsheets read UTF-8 by its BOM
        with open(tmp_path / "bang" / f"{name}.csv", encoding="utf-8-sig", newline="") as f:
            assert tuple(next(csv.reader(f))) == columns


def test_csv_resume_drops_rows_of_an_unfinished_input(tmp_path: Path) -> None:
    folder = tmp_path / "bang"
    sink = CsvSink(folder)
    sink.write(_fake_outcome("a.txt", 1))
    sink.write(_fake_outcome("b.txt", 2))
    sink.close()
    # as if killed after b's amounts but before its articles row was complete
    articles = folder / "articles.csv"
    text = articles.read_text(encoding="utf-8-sig")
    articles.write_text(text[: text.index("b.txt") + 3], encoding="utf-8-sig")
    assert done_sources(folder, "csv") == {"a.txt"}
    assert [a["source"] for a in _read_csv(folder / "amounts.csv")] == ["a.txt"]
    assert [a["source"] for a in _read_csv(articles)] == ["a.txt"]
    sink = CsvSink(folder, append=True)
    sink.write(_fake_outcome("b.txt", 2))
    sink.close()
    assert [a["source"] for a in _read_csv(folder / "amounts.csv")] == ["a.txt", "b.txt", "b.txt"]
    assert [a["source"] for a in _read_csv(articles)] == ["a.txt", "b.txt"]


@pytest.mark.parametrize(
    "source",
    ['=HYPERLINK("http://x").txt', "+84-tin.txt", "-giá-xăng.txt", "@baomoi.txt", "'trích.txt"],
)
def test_csv_cells_that_start_like_a_formula_are_escaped_and_resume_reads_them(
    tmp_path: Path, source: str
) -> None:
    folder = tmp_path / "bang"
    sink = CsvSink(folder)
    sink.write(_fake_outcome(source, 1))
    sink.write(_fake_outcome("b.txt", 1))
    sink.close()
    # a spreadsheet sees a quoted text cell, not a formula
    assert [a["source"] for a in _read_csv(folder / "articles.csv")] == ["'" + source, "b.txt"]
    assert [a["source"] for a in _read_csv(folder / "amounts.csv")] == ["'" + source, "b.txt"]
    assert done_sources(folder, "csv") == {source, "b.txt"}


class _StopAfterFirstLine(io.StringIO):
    """An output that receives Ctrl-C as soon as its first whole line is written."""

    def write(self, s: str) -> int:
        n = super().write(s)
        if s.endswith("\n") and not getattr(self, "stopped", False):
            self.stopped = True
            os.kill(os.getpid(), signal.SIGINT)
        return n


class _StopFromAnotherThread(io.StringIO):
    """As above, but the signal goes to a thread started before the run, as a worker
    pool's threads may receive a signal sent to the process (``kill``, a terminal)."""

    def __init__(self) -> None:
        super().__init__()
        self.line_out = threading.Event()
        self.sent = threading.Event()

        def send() -> None:
            self.line_out.wait()
            os.kill(os.getpid(), signal.SIGINT)
            self.sent.set()

        threading.Thread(target=send, daemon=True).start()

    def write(self, s: str) -> int:
        n = super().write(s)
        if s.endswith("\n") and not self.line_out.is_set():
            self.line_out.set()
            self.sent.wait(5)
            _ = [c for c in s]  # the rest of a write: Python code, where the signal shows
        return n


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("output", [_StopAfterFirstLine, _StopFromAnotherThread])
def test_a_stop_while_a_line_is_written_still_counts_that_line(
    tmp_path: Path, output: type[io.StringIO]
) -> None:
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text("Năm 2026, công ty lãi 90 tỷ đồng.", encoding="utf-8")
    out = output()
    summary = run_batch([tmp_path], out)
    assert summary.interrupted
    assert summary.records == len(out.getvalue().splitlines()) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_stops_noted_while_a_line_is_written_all_reach_their_handlers_sigterm_first() -> None:
    heard: list[int] = []
    before = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    for s in before:
        signal.signal(s, lambda signum, frame: heard.append(signum))
    guard = StopGuard()
    try:
        guard.install()
        guard.holding = True
        signal.raise_signal(signal.SIGINT)
        signal.raise_signal(signal.SIGTERM)
        assert heard == []  # held while the line is written and counted
        guard.holding = False
        guard.release()
    finally:
        guard.uninstall()
        for s, handler in before.items():
            signal.signal(s, handler)
    assert heard == [signal.SIGTERM, signal.SIGINT]
