"""Batch extraction over files and folders: every input yields one line.

The library side of ``vnextract run``: find the inputs, read them, extract,
and write one JSON line per input, a record or an error entry, in input order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from vnextract.extractor import Extractor
from vnextract.schema import ErrorInfo, ErrorRecord

TEXT_SUFFIXES = (".txt",)


@dataclass
class BatchSummary:
    """What a batch did: how many inputs gave records and how many errors."""

    records: int = 0
    errors: int = 0
    seconds: float = 0.0

    @property
    def inputs(self) -> int:
        """How many inputs the batch saw."""
        return self.records + self.errors


@dataclass(frozen=True)
class Source:
    """One input: where it is and, once read, its text or why it could not be read."""

    name: str
    path: Path


def iter_sources(paths: Iterable[str | Path]) -> Iterator[Source]:
    """Yield every input under ``paths``: files as named, folders recursively, sorted.

    Args:
        paths: files and folders.

    Returns:
        An iterator of ``Source``; a missing path is still yielded so that it
        gets an error line.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                if sub.is_file() and sub.suffix.lower() in TEXT_SUFFIXES:
                    yield Source(str(sub), sub)
        else:
            yield Source(str(path), path)


def read_text(path: Path) -> str:
    """Read an article file as UTF-8 (a BOM is dropped).

    Raises:
        OSError: when the file cannot be read.
        UnicodeDecodeError: when it is not UTF-8.
    """
    return path.read_bytes().decode("utf-8-sig")


_worker_extractor: Extractor | None = None


def _process(source: Source) -> tuple[str, bool]:
    """Read and extract one input; return its JSON line and whether it is an error.

    Never raises."""
    global _worker_extractor
    if _worker_extractor is None:
        _worker_extractor = Extractor()
    try:
        text = read_text(source.path)
        article = _worker_extractor.extract(text, source=source.name)
    except Exception as exc:  # every input yields a line, whatever went wrong
        error = ErrorRecord(
            source=source.name, error=ErrorInfo(type=type(exc).__name__, message=str(exc))
        )
        return error.model_dump_json(), True
    return article.model_dump_json(), False


def run_batch(
    paths: Iterable[str | Path],
    out: IO[str],
    *,
    workers: int = 1,
    on_line: object = None,
) -> BatchSummary:
    """Extract every input under ``paths`` and write one JSON line each to ``out``.

    Args:
        paths: files and folders of articles.
        out: where the JSON Lines go; flushed after every line.
        workers: worker processes (1 runs in this process).
        on_line: optional callable, called with each line after it is written.

    Returns:
        A ``BatchSummary``.
    """
    import time

    summary = BatchSummary()
    start = time.perf_counter()
    sources = iter_sources(paths)
    if workers <= 1:
        lines: Iterator[tuple[str, bool]] = map(_process, sources)
        summary = _drain(lines, out, summary, on_line)
    else:
        ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
        with ctx.Pool(workers) as pool:
            summary = _drain(pool.imap(_process, sources, chunksize=4), out, summary, on_line)
    summary.seconds = time.perf_counter() - start
    return summary


def _drain(
    lines: Iterator[tuple[str, bool]], out: IO[str], summary: BatchSummary, on_line: object
) -> BatchSummary:
    for line, is_error in lines:
        out.write(line + "\n")
        out.flush()
        if is_error:
            summary.errors += 1
        else:
            summary.records += 1
        if callable(on_line):
            on_line(line)
    return summary
