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
import ctypes
import datetime
import importlib
import io
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Collection, Generator, Iterable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal, Protocol, cast

from vnextract.extractor import Extractor, shared_extractor
from vnextract.readers import (
    SUFFIX_KINDS,
    ReaderOptions,
    Task,
    Unread,
    count_tasks,
    iter_tasks,
    load,
    source_name,
)
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
from vnextract.stop_signals import StopGuard

OutputFormat = Literal["jsonl", "csv"]

#: Inputs sent to a worker at once; a few chunks per worker are in flight.
CHUNK = 4


class BatchUsageError(ValueError):
    """The batch was asked for something it cannot do (a usage error, exit status 2)."""


class OutputError(Exception):
    """The output cannot be opened or written (disk full, read-only, no permission).

    The lines written before stay whole: a line that failed halfway is taken
    back where the output is a file, so ``--resume`` continues from it.

    >>> str(OutputError("out.jsonl", "write", OSError(28, "No space left on device")))
    'cannot write out.jsonl: No space left on device'
    """

    def __init__(self, path: str, action: str, error: OSError) -> None:
        reason = error.strerror or str(error) or type(error).__name__
        super().__init__(f"cannot {action} {path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass
class BatchSummary:
    """What a batch did: how many inputs gave records, errors, or were skipped."""

    records: int = 0
    errors: int = 0
    skipped: int = 0
    seconds: float = 0.0
    error_types: Counter[str] = field(default_factory=Counter)
    interrupted: bool = False
    unread: Unread = field(default_factory=Unread)

    @property
    def inputs(self) -> int:
        """How many inputs this run wrote a line for."""
        return self.records + self.errors

    @property
    def found_nothing(self) -> bool:
        """Whether the run found no input at all (none written, none already done)."""
        return not self.inputs and not self.skipped and not self.interrupted

    def describe_nothing(self, paths: Iterable[str]) -> str:
        """One line for people: where no article was found, and what was passed over.

        >>> BatchSummary().describe_nothing(["bai/"])  # doctest: +ELLIPSIS
        'no article found in bai/: no file or line to read (vnextract reads .txt, ...)'
        """
        readable = ", ".join(SUFFIX_KINDS)
        where = " ".join(paths)
        return f"no article found in {where}: {self.unread.describe()} (vnextract reads {readable})"

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
        if self.unread.count:
            text += f"; {self.unread.describe()}"
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
    source, message = source_name(source), source_name(message)  # JSON takes no surrogates
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
) -> Generator[Outcome, None, None]:
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
    workers = worker_count(workers)
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


#: Most worker processes per core: extraction is CPU work, more would only wait.
WORKERS_PER_CORE = 4


def worker_count(asked: int) -> int:
    """The worker processes a batch starts: as asked, but at most ``WORKERS_PER_CORE`` per core.

    ``--workers 100000`` would otherwise fork until the machine gives out.

    >>> worker_count(0), worker_count(2)
    (1, 2)
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(asked, WORKERS_PER_CORE * (cores or 1)))


def _chunks(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# prctl(2) option: the signal a Linux process gets when its parent dies.
_PR_SET_PDEATHSIG = 1


def _start_worker(parent: int) -> None:
    """In a new worker: leave Ctrl-C to the main process, and end with it.

    Ctrl-C is ignored here because the main process stops the workers itself.
    When the main process dies without stopping them (``kill -9``), a worker
    must not live on: on Linux the kernel kills it (``PR_SET_PDEATHSIG``);
    elsewhere a thread sees the parent change and ends the process.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the main process may catch it; we end
    if not _kill_me_with_parent():
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before we could watch it
        os._exit(1)


def _kill_me_with_parent() -> bool:
    """Ask Linux to kill this process when its parent dies; False when not possible."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int, interval: float = 0.5) -> None:
    """End this process once its parent is gone (it then has another parent)."""
    while os.getppid() == parent:
        time.sleep(interval)
    os._exit(1)


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
        # The workers are started from the calling thread (fork: all at once, in
        # submit), which outlives them: the death signal follows that thread.
        return ProcessPoolExecutor(
            self._workers,
            mp_context=self._context,
            initializer=_start_worker,
            initargs=(os.getpid(),),
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
        results = getattr(self._executor, "_result_queue", None)
        manager = getattr(self._executor, "_executor_manager_thread", None)
        self._executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=5)
        # A worker stopped while sending a result leaves the pool's thread reading the
        # rest of it, forever: the interpreter would never exit. With the workers gone,
        # closing our end of their pipe makes that read end.
        writer = getattr(results, "_writer", None)
        if writer is not None:
            with contextlib.suppress(OSError):
                writer.close()
        # Let the pool's thread finish closing its pipes now: at the interpreter's exit,
        # Python 3.11 would wake it through a pipe it may be closing at that moment and
        # print "Exception ignored … Bad file descriptor" after a stopped run's summary.
        if manager is not None and manager.is_alive():
            manager.join(timeout=5)


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
        """Write the outcome's line and a newline in one call, then flush.

        Raises:
            OutputError: the stream cannot take it (a full disk, a closed pipe).
        """
        try:
            self.stream.write(outcome.line + "\n")
            self.stream.flush()
        except OSError as exc:
            raise OutputError(
                str(getattr(self.stream, "name", "the output")), "write", exc
            ) from None

    def close(self) -> None:
        """Close the stream if this sink opened it."""
        if self._owns:
            self.stream.close()


class WholeWrites:
    """An output file that takes whole pieces (lines, rows) or nothing.

    Each piece is written unbuffered; when a write fails halfway (disk full),
    the file is cut back to the end of the last whole piece, so what it holds
    stays valid and a resumed run continues after it.

    Raises:
        OutputError: the file cannot be opened, or a piece cannot be written.
    """

    def __init__(self, path: str | Path, *, append: bool = False) -> None:
        self.path = str(path)
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
        try:
            self._fd = os.open(self.path, flags, 0o666)
        except OSError as exc:
            raise OutputError(self.path, "open", exc) from None
        try:  # where the last whole piece ends; None when the output is a pipe
            self._end: int | None = os.lseek(self._fd, 0, os.SEEK_END)
        except OSError:
            self._end = None

    def write(self, data: bytes) -> None:
        """Write ``data`` whole, or take back what got out and raise ``OutputError``."""
        done = 0
        try:
            while done < len(data):
                done += os.write(self._fd, data[done:])
        except OSError as exc:
            if done and self._end is not None:
                with contextlib.suppress(OSError):
                    os.ftruncate(self._fd, self._end)
            raise OutputError(self.path, "write", exc) from None
        if self._end is not None:
            self._end += done

    def close(self) -> None:
        """Close the file (a failure to close is not reported: every piece is out)."""
        with contextlib.suppress(OSError):
            os.close(self._fd)


class JsonlFileSink:
    """Writes one JSON line per outcome to a file, each line whole or not at all."""

    def __init__(self, path: str | Path, *, append: bool = False) -> None:
        self._file = WholeWrites(path, append=append)

    def write(self, outcome: Outcome) -> None:
        """Write the outcome's line and its newline.

        Raises:
            OutputError: the line cannot be written (the file keeps whole lines).
        """
        self._file.write((outcome.line + "\n").encode("utf-8"))

    def close(self) -> None:
        """Close the file."""
        self._file.close()


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
    "entities": ("source", "label", "name", "id", "merged_into", *Span.model_fields),
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
                row = {k: entity.get(k) for k in ("label", "name", "id", "merged_into")}
                tables["entities"].append({"source": source, **row, **mention})
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
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(str(self.folder), "create the folder", exc) from None
        self._files: dict[str, WholeWrites] = {}
        try:
            for name, columns in CSV_TABLES.items():
                path = self.folder / f"{name}.csv"
                fresh = not append or not path.exists() or path.stat().st_size == 0
                self._files[name] = WholeWrites(path, append=not fresh)
                if fresh:
                    self._files[name].write(("\ufeff" + _csv_text([columns])).encode("utf-8"))
        except OutputError:
            self.close()
            raise

    def write(self, outcome: Outcome) -> None:
        """Write the outcome's rows to each table, the ``articles`` row last.

        Raises:
            OutputError: a table cannot take its rows (each table keeps whole rows).
        """
        tables = csv_rows(json.loads(outcome.line))
        for name in (*[n for n in CSV_TABLES if n != "articles"], "articles"):
            rows = tables[name]
            if rows:
                columns = CSV_TABLES[name]
                cells = [
                    ["" if row.get(c) is None else row.get(c) for c in columns] for row in rows
                ]
                self._files[name].write(_csv_text(cells).encode("utf-8"))

    def close(self) -> None:
        """Close every table."""
        for table in self._files.values():
            table.close()


#: What a spreadsheet reads as the start of a formula ("=", "+", "-", "@", a tab or a
#: carriage return), and the quote that marks an escaped cell.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def spreadsheet_safe(cell: Any) -> Any:
    """A text cell a spreadsheet will not run as a formula: one that starts like a
    formula (or with the escaping quote itself) gets a leading ``'``; numbers and
    other text pass unchanged. :func:`spreadsheet_text` undoes it.

    >>> spreadsheet_safe("=1+2"), spreadsheet_safe("-5%"), spreadsheet_safe(-5.0)
    ("'=1+2", "'-5%", -5.0)
    >>> spreadsheet_safe("Vĩnh Phúc")
    'Vĩnh Phúc'
    """
    if isinstance(cell, str) and cell.startswith(_FORMULA_STARTS):
        return "'" + cell
    return cell


def spreadsheet_text(cell: str) -> str:
    """The text a :func:`spreadsheet_safe` cell was made from.

    >>> spreadsheet_text("'=1+1"), spreadsheet_text("a.txt")
    ('=1+1', 'a.txt')
    """
    return cell[1:] if cell.startswith("'") else cell


def _csv_text(rows: Iterable[Iterable[Any]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([[spreadsheet_safe(c) for c in row] for row in rows])
    return buffer.getvalue()


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
    stored = {row[0] for row in _csv_complete_rows(articles, None) if row}
    for name in CSV_TABLES:
        if name != "articles":
            list(_csv_complete_rows(folder / f"{name}.csv", stored))
    return {spreadsheet_text(source) for source in stored}


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
        BatchUsageError: the combination makes no sense (e.g. resume on stdout,
            CSV tables into ``out.csv``).
        OutputError: the output cannot be created, opened or read back.
    """
    if output == "-":
        if fmt == "csv":
            raise BatchUsageError("--format csv writes a folder of tables: give -o FOLDER")
        if resume:
            raise BatchUsageError("--resume needs an output file, not stdout")
        return JsonlSink(sys.stdout), set()
    path = Path(output)
    if fmt == "csv":
        _check_csv_folder(path)
        done = _read_back(path, "csv") if resume else set()
        return CsvSink(path, append=resume), done
    if path.is_dir():
        raise BatchUsageError(f"{output} is a folder; JSON Lines go to a file")
    done = _read_back(path, "jsonl") if resume else set()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(str(path.parent), "create the folder", exc) from None
    return JsonlFileSink(path, append=resume), done


def check_output_is_no_input(output: str, paths: Iterable[str | Path]) -> None:
    """Refuse an output that is one of the input files named: opening it would empty it.

    Raises:
        BatchUsageError: ``output`` is the same file as one of ``paths``.
    """
    if output == "-" or not os.path.isfile(output):
        return
    for path in paths:
        name = str(path)
        with contextlib.suppress(OSError):
            if name != "-" and os.path.isfile(name) and os.path.samefile(name, output):
                raise BatchUsageError(
                    f"{output} is also an input: writing it would destroy it; give another -o"
                )


def _check_csv_folder(path: Path) -> None:
    """Refuse a CSV output that is, or looks like, a file ("out.csv")."""
    if path.exists() and not path.is_dir():
        raise BatchUsageError(
            f"{path} is a file; --format csv writes a folder of tables (articles.csv, "
            "entities.csv, …): give -o FOLDER"
        )
    if not path.exists() and path.suffix:
        raise BatchUsageError(
            f"{path} looks like a file name; --format csv writes a folder of tables "
            f"(articles.csv, entities.csv, …): give -o FOLDER, e.g. -o {path.with_suffix('')}"
        )


def _read_back(path: Path, fmt: OutputFormat) -> set[str]:
    """``done_sources`` for a resume; a failure to read or mend the output is an ``OutputError``."""
    try:
        return done_sources(path, fmt)
    except OSError as exc:
        raise OutputError(str(path), "resume from", exc) from None


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

    Raises:
        OutputError: the output cannot take a line; the run stops (its workers
            too) and the output keeps the whole lines written before.
    """
    sink: Sink = out if isinstance(out, _SINKS) else JsonlSink(cast(IO[str], out))
    summary = BatchSummary()
    start = time.perf_counter()
    names = [str(p) for p in paths]
    excluded = [str(p) for p in exclude]
    options = options or ReaderOptions()

    def wanted() -> Iterator[Task]:
        for task in iter_tasks(names, exclude=excluded, options=options, unread=summary.unread):
            if task.source in skip:
                summary.skipped += 1
                continue
            yield task

    bar = _progress_bar(progress)
    guard = StopGuard()  # a line written is a line counted, Ctrl-C or not
    guard.install()
    outcomes = map_ordered(wanted(), workers=workers, options=options, timeout=timeout)
    try:
        for outcome in outcomes:
            if bar is not None and summary.inputs == 0:  # workers are started: count now
                _count_in_background(bar, names, excluded, len(skip))
            guard.holding = True
            try:
                sink.write(outcome)
                if outcome.error is None:
                    summary.records += 1
                else:
                    summary.errors += 1
                    summary.error_types[outcome.error] += 1
            finally:
                guard.holding = False
            guard.release()
            if bar is not None:
                bar.update(1)
            if on_line is not None:
                on_line(outcome.line)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        guard.uninstall()  # a second Ctrl-C may cut the workers' stop short, as before
        outcomes.close()  # stops the workers when the run ends early
        if bar is not None:
            bar.close()
    summary.seconds = time.perf_counter() - start
    return summary


_SINKS = (JsonlSink, JsonlFileSink, CsvSink)


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
