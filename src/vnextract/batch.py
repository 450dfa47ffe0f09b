"""Batch extraction over files and folders: every input yields exactly one line.

The library side of ``vnextract run``. Inputs are found lazily
(``readers.iter_tasks``), read and extracted in worker processes, and written
in input order as they finish, one JSON line each (a record, or an error entry
``{"source", "error": {"type", "message"}}``) or as rows of flat CSV tables.
At most a few chunks of inputs are in flight at any time, so memory stays
bounded however large the folder; every line is written whole and flushed, so
an interrupted run leaves valid output that ``resume`` continues.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import importlib
import io
import json
import multiprocessing
import os
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal, Protocol, cast

from vnextract.extractor import Extractor, shared_extractor
from vnextract.readers import ReaderOptions, Task, count_tasks, iter_tasks, load
from vnextract.readers import read_text as read_text
from vnextract.relative_times import parse_published
from vnextract.schema import (
    Amount,
    ArticleMeta,
    ErrorInfo,
    ErrorRecord,
    Span,
    Target,
    TimeRef,
)

OutputFormat = Literal["jsonl", "csv"]

#: Inputs sent to a worker at once; a few chunks per worker are in flight.
CHUNK = 4


class BatchUsageError(ValueError):
    """The batch was asked for something it cannot do (a usage error, exit status 2)."""


@dataclass
class BatchSummary:
    """What a batch did: how many inputs gave records, errors, or were skipped."""

    records: int = 0
    errors: int = 0
    skipped: int = 0
    seconds: float = 0.0
    error_types: Counter[str] = field(default_factory=Counter)
    interrupted: bool = False

    @property
    def inputs(self) -> int:
        """How many inputs this run wrote a line for."""
        return self.records + self.errors

    def describe(self) -> str:
        """One line for people: counts of each outcome, errors by type, time.

        >>> s = BatchSummary(records=3, errors=1, seconds=0.5)
        >>> s.error_types["NotTextError"] += 1
        >>> s.describe()
        '4 inputs: 3 records, 1 error (NotTextError 1) in 0.5 s'
        """
        text = f"{self.inputs} inputs: {self.records} records, {self.errors} error"
        text += "" if self.errors == 1 else "s"
        if self.error_types:
            kinds = ", ".join(f"{k} {n}" for k, n in self.error_types.most_common())
            text += f" ({kinds})"
        if self.skipped:
            text += f"; {self.skipped} skipped (already in the output)"
        text += f" in {self.seconds:.1f} s"
        if self.interrupted:
            text += " (interrupted)"
        return text


@dataclass(frozen=True)
class Outcome:
    """One input's result: its source, its JSON line, and its error type if it failed."""

    source: str
    line: str
    error: str | None = None


# ---------------------------------------------------------------- one input


def process(task: Task, extractor: Extractor, options: ReaderOptions | None = None) -> Outcome:
    """Read and extract one input into its JSON line. Never raises.

    Args:
        task: the input.
        extractor: the extractor to use.
        options: how JSON inputs are read.

    Returns:
        The ``Outcome``: a record line (with a ``meta`` object when the input
        gave an id, title or date) or an error line.
    """
    try:
        loaded = load(task, options)
        published: datetime.date | str | None = _published((loaded.meta or {}).get("date"))
        if published is None and options is not None:
            published = options.published
        article = extractor.extract(loaded.text, source=loaded.source, published=published)
        if loaded.meta:
            article.meta = ArticleMeta(**loaded.meta)
        line = article.model_dump_json()
    except Exception as exc:  # every input yields a line, whatever went wrong
        kind = str(getattr(exc, "type_name", type(exc).__name__))
        return error_outcome(task.source, kind, str(exc) or kind)
    return Outcome(task.source, line)


def _published(found: str | None) -> datetime.date | None:
    """The date an input's own date field gives, or None when it is not an ISO date.

    >>> _published("2025-05-02T08:30:00+07:00"), _published("hôm qua")
    (datetime.date(2025, 5, 2), None)
    """
    try:
        return parse_published(found)
    except ValueError:
        return None


def error_outcome(source: str, kind: str, message: str) -> Outcome:
    """Build the error line for an input.

    >>> error_outcome("a.txt", "NotTextError", "not text").line
    '{"source":"a.txt","error":{"type":"NotTextError","message":"not text"}}'
    """
    record = ErrorRecord(source=source, error=ErrorInfo(type=kind, message=message))
    return Outcome(source, record.model_dump_json(), kind)


def _process_chunk(tasks: list[Task], options: ReaderOptions) -> list[Outcome]:
    extractor = shared_extractor()
    return [process(t, extractor, options) for t in tasks]


# ---------------------------------------------------------------- running in order


def map_ordered(
    tasks: Iterable[Task],
    *,
    workers: int = 1,
    options: ReaderOptions | None = None,
    timeout: float | None = None,
) -> Iterator[Outcome]:
    """Process ``tasks`` in ``workers`` processes; yield outcomes in input order.

    At most ``2 × workers + 1`` chunks of ``CHUNK`` inputs are in flight. A
    worker that dies (killed, out of memory) costs only the input it was on:
    that input gets a ``WorkerCrashed`` error line and the batch goes on.

    Args:
        tasks: the inputs, consumed lazily.
        workers: processes; 1 runs everything in this process (unless a
            timeout is set: stopping a hung extraction needs a process).
        options: how JSON inputs are read.
        timeout: seconds one input may take; past it, its worker is stopped
            and the input gets a ``Timeout`` error line. None: no limit.

    Returns:
        An iterator of ``Outcome``, one per task, in order.
    """
    options = options or ReaderOptions()
    if workers <= 1 and timeout is None:
        extractor = shared_extractor()
        for task in tasks:
            yield process(task, extractor, options)
        return
    pool = _Pool(max(1, workers), options, timeout)
    window: deque[tuple[list[Task], Future[list[Outcome]]]] = deque()
    try:
        for chunk in _chunks(tasks, CHUNK):
            window.append((chunk, pool.submit(chunk)))
            while len(window) > 2 * workers:
                yield from pool.collect(*window.popleft())
        while window:
            yield from pool.collect(*window.popleft())
    except BaseException:  # interrupted, or the consumer stopped early
        pool.close(kill=True)
        raise
    pool.close()


def _chunks(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _ignore_interrupts() -> None:
    """In a worker: leave Ctrl-C to the main process, which stops the workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Pool:
    """A process pool that survives the death of a worker and stops a hung one."""

    def __init__(self, workers: int, options: ReaderOptions, timeout: float | None) -> None:
        methods = multiprocessing.get_all_start_methods()
        self._context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        if self._context.get_start_method() == "fork":
            shared_extractor().warm_up()  # forked workers inherit it loaded
        self._workers = workers
        self._options = options
        self._timeout = timeout
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self._workers, mp_context=self._context, initializer=_ignore_interrupts
        )

    def submit(self, chunk: list[Task]) -> Future[list[Outcome]]:
        try:
            return self._executor.submit(_process_chunk, chunk, self._options)
        except BrokenProcessPool:
            self._restart()
            return self._executor.submit(_process_chunk, chunk, self._options)

    def collect(self, chunk: list[Task], future: Future[list[Outcome]]) -> list[Outcome]:
        """The chunk's outcomes; after a crash or a timeout, each input is retried alone."""
        limit = None if self._timeout is None else self._timeout * len(chunk)
        try:
            return future.result(timeout=limit)
        except BrokenProcessPool:
            self._restart()
        except TimeoutError:
            self._restart(kill=True)
        except CancelledError:  # cancelled by an earlier restart: just run it again
            pass
        return [self._alone(task) for task in chunk]

    def _alone(self, task: Task) -> Outcome:
        try:
            return self.submit([task]).result(timeout=self._timeout)[0]
        except BrokenProcessPool:
            self._restart()
            message = "the worker process died while extracting this input"
            return error_outcome(task.source, "WorkerCrashed", message)
        except TimeoutError:
            self._restart(kill=True)
            message = f"extraction took longer than {self._timeout:g} s; its worker was stopped"
            return error_outcome(task.source, "Timeout", message)

    def _restart(self, *, kill: bool = False) -> None:
        if kill:
            self.close(kill=True)
        else:
            self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._start()

    def close(self, *, kill: bool = False) -> None:
        """Shut the pool down; ``kill`` also ends the workers it started, busy or not."""
        if not kill:
            self._executor.shutdown(wait=True)
            return
        processes = list((getattr(self._executor, "_processes", None) or {}).values())
        self._executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=5)


# ---------------------------------------------------------------- where lines go


class Sink(Protocol):
    """Where outcomes go: a JSON Lines stream or a folder of CSV tables."""

    def write(self, outcome: Outcome) -> None:
        """Write one outcome whole and flush it."""

    def close(self) -> None:
        """Close what the sink opened."""


class JsonlSink:
    """Writes one JSON line per outcome to a text stream, flushed per line."""

    def __init__(self, stream: IO[str], *, owns: bool = False) -> None:
        self.stream = stream
        self._owns = owns

    def write(self, outcome: Outcome) -> None:
        """Write the outcome's line and a newline in one call, then flush."""
        self.stream.write(outcome.line + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Close the stream if this sink opened it."""
        if self._owns:
            self.stream.close()


def _flat_columns(model: type[Span]) -> tuple[str, ...]:
    columns: list[str] = []
    for name in model.model_fields:
        if name == "amount":
            columns.extend(f"amount_{sub}" for sub in Amount.model_fields)
        else:
            columns.append(name)
    return tuple(columns)


#: The CSV tables and their columns; every table starts with the article's source.
CSV_TABLES: dict[str, tuple[str, ...]] = {
    "articles": (
        "source",
        "id",
        "title",
        "date",
        "organizations",
        "persons",
        "locations",
        "amounts",
        "years",
        "targets",
        "error_type",
        "error_message",
    ),
    "entities": ("source", "label", "name", *Span.model_fields),
    "amounts": ("source", *_flat_columns(Amount)),
    "years": ("source", *_flat_columns(TimeRef)),
    "targets": ("source", *_flat_columns(Target)),
}

_ENTITY_LISTS = ("organizations", "persons", "locations")


def csv_rows(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Flatten one output line (record or error) into rows of each CSV table.

    >>> rows = csv_rows({"source": "a.txt", "amounts": [{"text": "5%", "value": 5.0}]})
    >>> rows["articles"][0]["amounts"], rows["amounts"][0]["value"]
    (1, 5.0)
    """
    source = record.get("source")
    meta = record.get("meta") or {}
    error = record.get("error")
    article: dict[str, Any] = {
        "source": source,
        **{k: meta.get(k) for k in ("id", "title", "date")},
    }
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in CSV_TABLES}
    if error is not None:
        article.update(error_type=error.get("type"), error_message=error.get("message"))
    else:
        for key in (*_ENTITY_LISTS, "amounts", "years", "targets"):
            article[key] = len(record.get(key) or [])
    tables["articles"].append(article)
    for key in _ENTITY_LISTS:
        for entity in record.get(key) or []:
            for mention in entity.get("mentions") or []:
                row = {"source": source, "label": entity.get("label"), "name": entity.get("name")}
                tables["entities"].append({**row, **mention})
    for key in ("amounts", "years", "targets"):
        for item in record.get(key) or []:
            row = {"source": source, **item}
            amount = row.pop("amount", None) if key == "targets" else None
            for sub, value in (amount or {}).items():
                row[f"amount_{sub}"] = value
            tables[key].append(row)
    return tables


class CsvSink:
    """Writes flat CSV tables (UTF-8 with BOM, for spreadsheets) into a folder.

    Each input's item rows are written before its ``articles`` row, so an
    input counts as done only once all its rows are out.
    """

    def __init__(self, folder: str | Path, *, append: bool = False) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._files: dict[str, IO[str]] = {}
        self._writers: dict[str, Any] = {}
        for name, columns in CSV_TABLES.items():
            path = self.folder / f"{name}.csv"
            fresh = not append or not path.exists() or path.stat().st_size == 0
            stream = open(  # noqa: SIM115 - closed in close()
                path, "w" if fresh else "a", encoding="utf-8-sig" if fresh else "utf-8", newline=""
            )
            writer = csv.writer(stream)
            if fresh:
                writer.writerow(columns)
                stream.flush()
            self._files[name] = stream
            self._writers[name] = writer

    def write(self, outcome: Outcome) -> None:
        """Write the outcome's rows to each table, the ``articles`` row last."""
        tables = csv_rows(json.loads(outcome.line))
        for name in (*[n for n in CSV_TABLES if n != "articles"], "articles"):
            rows = tables[name]
            if not rows:
                continue
            columns = CSV_TABLES[name]
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            for row in rows:
                writer.writerow(["" if row.get(c) is None else row.get(c) for c in columns])
            self._files[name].write(buffer.getvalue())
            self._files[name].flush()

    def close(self) -> None:
        """Close every table."""
        for stream in self._files.values():
            stream.close()


# ---------------------------------------------------------------- resuming


def done_sources(output: str | Path, fmt: OutputFormat = "jsonl") -> set[str]:
    """The sources already in an output, which a resumed run skips.

    A last line cut short by an interrupted run is removed from the file (in
    CSV, rows of an input whose ``articles`` row was not written are removed).

    Args:
        output: the JSON Lines file or the CSV folder.
        fmt: "jsonl" or "csv".

    Returns:
        The set of sources with a line (record or error) in the output.

    Raises:
        BatchUsageError: a complete line is not a vnextract JSON line.
    """
    path = Path(output)
    if fmt == "csv":
        return _csv_done(path)
    if not path.exists():
        return set()
    done: set[str] = set()
    with open(path, "rb+") as stream:
        position = 0
        for number, raw in enumerate(stream, start=1):
            if not raw.endswith(b"\n"):  # cut short: drop it, it will be redone
                stream.truncate(position)
                break
            position += len(raw)
            if not raw.strip():
                continue
            try:
                source = json.loads(raw)["source"]
            except (ValueError, KeyError, TypeError):
                raise BatchUsageError(
                    f"{path}:{number} is not a vnextract JSON line; cannot resume"
                ) from None
            done.add(str(source))
    return done


def _csv_done(folder: Path) -> set[str]:
    articles = folder / "articles.csv"
    done = {row[0] for row in _csv_complete_rows(articles, None) if row}
    for name in CSV_TABLES:
        if name != "articles":
            list(_csv_complete_rows(folder / f"{name}.csv", done))
    return done


def _csv_complete_rows(path: Path, keep: Collection[str] | None) -> Iterator[list[str]]:
    """Yield the complete data rows of a CSV table, rewriting it without the others.

    Rows are dropped when the last one was cut short, or (with ``keep``) when
    their source is not in ``keep``.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as raw:
        raw.seek(-1, os.SEEK_END)
        cut_short = raw.read(1) != b"\n"
    rows: list[list[str]] = []
    changed = False
    with open(path, encoding="utf-8-sig", newline="") as stream:
        reader = csv.reader(stream, strict=True)
        header = next(reader, None)
        try:
            for row in reader:
                rows.append(row)
        except csv.Error:
            cut_short = True
    if cut_short and rows:
        rows.pop()
        changed = True
    if keep is not None:
        kept = [row for row in rows if row and row[0] in keep]
        changed = changed or len(kept) != len(rows)
        rows = kept
    if changed:
        tmp = path.with_suffix(".csv.tmp")
        with open(tmp, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            if header is not None:
                writer.writerow(header)
            writer.writerows(rows)
        os.replace(tmp, path)
    yield from rows


def open_sink(
    output: str, fmt: OutputFormat = "jsonl", *, resume: bool = False
) -> tuple[Sink, set[str]]:
    """Open where a batch writes, and find what a resumed run can skip.

    Args:
        output: a JSON Lines file, ``-`` for stdout, or (CSV) a folder.
        fmt: "jsonl" or "csv".
        resume: keep what the output holds and skip its sources.

    Returns:
        ``(sink, done)``: the sink and the sources already done.

    Raises:
        BatchUsageError: the combination makes no sense (e.g. resume on stdout).
    """
    import sys

    if output == "-":
        if fmt == "csv":
            raise BatchUsageError("--format csv writes a folder of tables: give -o FOLDER")
        if resume:
            raise BatchUsageError("--resume needs an output file, not stdout")
        return JsonlSink(sys.stdout), set()
    path = Path(output)
    if fmt == "csv":
        if path.exists() and not path.is_dir():
            raise BatchUsageError(f"{output} is a file; --format csv writes a folder")
        done = done_sources(path, "csv") if resume else set()
        return CsvSink(path, append=resume), done
    if path.is_dir():
        raise BatchUsageError(f"{output} is a folder; JSON Lines go to a file")
    done = done_sources(path) if resume else set()
    path.parent.mkdir(parents=True, exist_ok=True)
    stream = open(path, "a" if resume else "w", encoding="utf-8")  # noqa: SIM115
    return JsonlSink(stream, owns=True), done


# ---------------------------------------------------------------- the batch


def run_batch(
    paths: Iterable[str | Path],
    out: IO[str] | Sink,
    *,
    workers: int = 1,
    options: ReaderOptions | None = None,
    skip: Collection[str] = frozenset(),
    exclude: Collection[str | Path] = (),
    progress: bool = False,
    on_line: Callable[[str], object] | None = None,
    timeout: float | None = None,
) -> BatchSummary:
    """Extract every input under ``paths`` and write one line each, in input order.

    Args:
        paths: files, folders (recursive) and ``-`` (stdin lines).
        out: a text stream for JSON Lines, or a ``Sink``.
        workers: worker processes (1 runs in this process).
        options: how JSON inputs are read.
        skip: sources not to process (already in the output, for a resume).
        exclude: files never to read as inputs (the output itself).
        progress: show a progress bar on stderr (articles/s, ETA).
        on_line: called with each line after it is written.
        timeout: seconds one input may take before its worker is stopped and
            it gets a ``Timeout`` error line; None for no limit.

    Returns:
        A ``BatchSummary``; ``interrupted`` is set when Ctrl-C stopped the run,
        whose output then holds only whole lines.
    """
    sink: Sink = out if isinstance(out, JsonlSink | CsvSink) else JsonlSink(cast(IO[str], out))
    summary = BatchSummary()
    start = time.perf_counter()
    names = [str(p) for p in paths]
    excluded = [str(p) for p in exclude]

    def wanted() -> Iterator[Task]:
        for task in iter_tasks(names, exclude=excluded):
            if task.source in skip:
                summary.skipped += 1
                continue
            yield task

    bar = _progress_bar(progress)
    try:
        for outcome in map_ordered(wanted(), workers=workers, options=options, timeout=timeout):
            if bar is not None and summary.inputs == 0:  # workers are started: count now
                _count_in_background(bar, names, excluded, len(skip))
            sink.write(outcome)
            if outcome.error is None:
                summary.records += 1
            else:
                summary.errors += 1
                summary.error_types[outcome.error] += 1
            if bar is not None:
                bar.update(1)
            if on_line is not None:
                on_line(outcome.line)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        if bar is not None:
            bar.close()
    summary.seconds = time.perf_counter() - start
    return summary


def _progress_bar(show: bool) -> Any:
    """A tqdm bar on stderr (articles/s; an ETA once the total is known), or None."""
    if not show:
        return None
    tqdm = importlib.import_module("tqdm").tqdm  # untyped; imported only when shown
    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked
    return tqdm(unit=" articles", dynamic_ncols=True, mininterval=0.5)


def _count_in_background(bar: Any, names: list[str], exclude: list[str], skipped: int) -> None:
    """Count the inputs in a thread and give the bar its total, for the ETA."""

    def count() -> None:
        with contextlib.suppress(Exception):
            total = count_tasks(names, exclude=exclude)
            if total is not None:
                bar.total = max(total - skipped, bar.n)
                bar.refresh()

    threading.Thread(target=count, daemon=True).start()
