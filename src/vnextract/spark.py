"""Run vnextract on Apache Spark: the same records as ``vnextract run``, past one machine.

Needs the ``spark`` extra (``pip install "vnextract[spark]"``: pyspark, pandas,
pyarrow) and Java 17+ on every machine. Each executor's Python worker loads
one ``Extractor`` on its first batch and keeps it for every later batch.

    python -m vnextract.spark INPUT_DIR OUTPUT_DIR [--master local[2]]

reads every ``.txt`` under ``INPUT_DIR`` (recursively) and writes JSON Lines
part files under ``OUTPUT_DIR``: one line per article, the record or an error
entry, exactly as ``vnextract run`` writes it. From Python,
``extract_dataframe(df)`` maps any DataFrame with a text column and a source
column to one with ``source`` and ``record`` (the record as JSON).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from vnextract.batch import process
from vnextract.extractor import shared_extractor
from vnextract.readers import Task
from vnextract.schema import ErrorInfo, ErrorRecord

if TYPE_CHECKING:  # pragma: no cover - typing only; pyspark loads lazily
    from pyspark.sql import DataFrame, SparkSession

OUTPUT_SCHEMA = "source string, record string"
TEXT_GLOB = "*.[tT][xX][tT]"  # the suffixes ``vnextract run`` reads, any case

#: What the ``spark`` extra installs, as imported.
EXTRA_MODULES = ("pyspark", "pandas", "pyarrow")


class SparkExtraMissing(ImportError):
    """PySpark, pandas or pyarrow is not installed."""


def _require_extra() -> None:
    """Raise ``SparkExtraMissing`` with the install hint when the extra is absent."""
    for module in EXTRA_MODULES:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise SparkExtraMissing(
                f"vnextract on Spark needs the 'spark' extra ({exc.name or module} is missing): "
                "pip install 'vnextract[spark]'"
            ) from exc


def record_json(content: str | bytes | None, source: str) -> str:
    """Extract one article and return its JSON line, as ``vnextract run`` writes it.

    Args:
        content: the article's text, or its file's bytes (decoded as ``vnextract
            run`` decodes a file: any encoding it detects); None reads as empty.
        source: the name copied to the record's ``source``.

    Returns:
        The record as JSON, or an error entry when the bytes are empty, not
        text or in no encoding vnextract can tell, or extraction failed. Never raises.

    >>> import json
    >>> json.loads(record_json("Doanh thu tăng 5%.", "a.txt"))["source"]
    'a.txt'
    >>> json.loads(record_json(b"\\xff", "b.txt"))["error"]["type"]
    'EncodingError'
    >>> json.loads(record_json(b"", "c.txt"))["error"]["type"]
    'EmptyInputError'
    """
    try:
        if content is None:  # a null cell reads as an empty file
            content = b""
        if isinstance(content, str):
            return shared_extractor().extract(content, source=source).model_dump_json()
        # bytes are decoded exactly as `vnextract run` decodes a file
        return process(Task(source, "text", raw=bytes(content)), shared_extractor()).line
    except Exception as exc:  # every input yields a line, whatever went wrong
        error = ErrorInfo(type=type(exc).__name__, message=str(exc))
        return ErrorRecord(source=source, error=error).model_dump_json()


def cli_source(uri: str, input_dir: str) -> str:
    """Name a file found by Spark the way ``vnextract run INPUT_DIR`` names it.

    A local file (``file:`` URI) under ``input_dir`` becomes ``input_dir``
    joined with its path below it, as given on the command line; any other
    URI (``hdfs://``, ``s3a://``) stays as Spark gives it.

    Args:
        uri: the file's path as Spark reports it.
        input_dir: the folder as the user named it.

    Returns:
        The source name.

    >>> cli_source("file:/data/news/2024/a.txt", "/data/news")
    '/data/news/2024/a.txt'
    >>> cli_source("hdfs://nn/news/a.txt", "hdfs://nn/news")
    'hdfs://nn/news/a.txt'
    """
    if not uri.startswith("file:"):
        return uri
    local = uri[len("file:") :]
    if local.startswith("//"):  # file:///path
        local = local[2:]
    given = input_dir.removeprefix("file:")
    for root in {os.path.abspath(given), str(Path(given).resolve())}:
        try:
            below = PurePosixPath(local).relative_to(root)
        except ValueError:
            continue
        return str(Path(given, below))
    return local


def _extract_batches(batches: Iterator[Any], text_col: str, source_col: str) -> Iterator[Any]:
    """The ``mapInPandas`` function: each pandas batch of rows to ``source, record``."""
    pd = importlib.import_module("pandas")  # untyped; loaded on the executors only

    for batch in batches:
        sources = [str(s) for s in batch[source_col]]
        records = [record_json(t, s) for t, s in zip(batch[text_col], sources, strict=True)]
        yield pd.DataFrame({"source": sources, "record": records})


def extract_dataframe(
    df: DataFrame, text_col: str = "text", source_col: str = "source"
) -> DataFrame:
    """Extract every row of ``df`` on the executors.

    Args:
        df: a DataFrame with the article (string, or binary UTF-8) and its source.
        text_col: the column holding the article.
        source_col: the column copied to each record's ``source``.

    Returns:
        A DataFrame of ``source`` (string) and ``record`` (the JSON line).
    """
    work = functools.partial(_extract_batches, text_col=text_col, source_col=source_col)
    return df.select(text_col, source_col).mapInPandas(work, OUTPUT_SCHEMA)


def read_articles(spark: SparkSession, input_dir: str) -> DataFrame:
    """Read every ``.txt`` under ``input_dir`` (recursively) as ``text`` (bytes), ``source``.

    Sources are named as ``vnextract run input_dir`` names them (see ``cli_source``).
    Spark's file scan skips empty files; they come back here with empty ``text``,
    so that each gives the error line ``vnextract run`` gives (``EmptyInputError``).
    """
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType

    files = (
        spark.read.format("binaryFile")
        .option("recursiveFileLookup", "true")
        .option("pathGlobFilter", TEXT_GLOB)
        .load(input_dir)
    )
    name = F.udf(lambda uri: cli_source(uri, input_dir), StringType())
    read = files.select(F.col("content").alias("text"), name("path").alias("source"))
    # every file Spark listed (empty ones too), less those its scan gave a row
    listed = spark.createDataFrame([(uri,) for uri in files.inputFiles()], "uri string")
    skipped = listed.select(name("uri").alias("source")).join(
        files.select(name("path").alias("source")), on="source", how="left_anti"
    )
    empty = skipped.select(F.lit(b"").cast("binary").alias("text"), "source")
    return read.unionByName(empty)


def run(spark: SparkSession, input_dir: str, output_dir: str, *, overwrite: bool = False) -> None:
    """Extract every article under ``input_dir`` into JSON Lines part files in ``output_dir``."""
    records = extract_dataframe(read_articles(spark, input_dir)).select("record")
    writer = records.write.mode("overwrite" if overwrite else "errorifexists")
    writer.text(output_dir)


def session(master: str | None = None, **config: str) -> SparkSession:
    """Get a SparkSession named "vnextract".

    Args:
        master: the Spark master (``local[2]``, ``yarn``); None keeps what
            ``spark-submit`` set.
        config: Spark settings, e.g. ``**{"spark.ui.enabled": "false"}``.

    Returns:
        The session. With a local master the Python workers run on this
        interpreter (``PYSPARK_PYTHON``, unless already set), so they find
        vnextract where the driver does.
    """
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("vnextract")
    if master is not None:
        builder = builder.master(master)
        if master.startswith("local"):
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    for key, value in config.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def main(argv: list[str] | None = None) -> None:
    """The ``python -m vnextract.spark`` command; stops the session only if it started it."""
    parser = argparse.ArgumentParser(
        prog="python -m vnextract.spark",
        description="Extract every .txt under INPUT_DIR into JSON Lines under OUTPUT_DIR on Spark.",
    )
    parser.add_argument("input_dir", help="folder of articles (a path or a URI: hdfs://, s3a://)")
    parser.add_argument("output_dir", help="folder to write the JSON Lines part files into")
    parser.add_argument(
        "--master", help="Spark master, e.g. local[2]; default: what spark-submit sets"
    )
    parser.add_argument("--overwrite", action="store_true", help="replace OUTPUT_DIR if present")
    args = parser.parse_args(argv)
    try:
        _require_extra()
    except SparkExtraMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    from pyspark.sql import SparkSession

    started_here = SparkSession.getActiveSession() is None
    spark = session(args.master)
    try:
        run(spark, args.input_dir, args.output_dir, overwrite=args.overwrite)
    finally:
        if started_here:  # a session the caller owns stays up
            spark.stop()


if __name__ == "__main__":
    # Run through the imported module, not ``__main__``: Spark then pickles the
    # functions by reference and each worker keeps one extractor in its module.
    from vnextract.spark import main as _main

    _main()
