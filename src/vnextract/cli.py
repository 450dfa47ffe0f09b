"""The ``vnextract`` command: options and help text only; the work is in the library."""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Structured records from Vietnamese news articles.",
)


class Format(StrEnum):
    """Output formats of ``vnextract run``."""

    jsonl = "jsonl"
    csv = "csv"


def default_workers() -> int:
    """The number of cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


@app.command()
def run(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Articles: .txt, .html/.htm, .json, .jsonl/.ndjson files, folders "
            "(recursive), or '-' for one article per stdin line.",
            show_default=False,
        ),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output", "-o", help="JSON Lines file ('-' for stdout), or a folder for --format csv."
        ),
    ] = "-",
    fmt: Annotated[
        Format,
        typer.Option("--format", "-f", help="jsonl: one line per input; csv: flat tables."),
    ] = Format.jsonl,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", "-w", min=1, help="Worker processes.  [default: the number of cores]"
        ),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Skip inputs already in the output; append the rest.")
    ] = False,
    text_field: Annotated[
        str | None,
        typer.Option(
            "--text-field", help="JSON field holding the text.  [default: content, text or body]"
        ),
    ] = None,
    id_field: Annotated[
        str | None,
        typer.Option("--id-field", help="JSON field holding the article id.  [default: id]"),
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option(
            "--timeout",
            min=0.1,
            help="Seconds one input may take; past it, its worker is stopped and the input "
            "gets a Timeout error line.  [default: no limit]",
            show_default=False,
        ),
    ] = None,
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress",
            help="Progress bar on stderr.  [default: when stderr is a terminal]",
            show_default=False,
        ),
    ] = None,
    summary: Annotated[
        bool, typer.Option("--summary", help="Print a table of what each article gave.")
    ] = False,
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            metavar="YYYY-MM-DD",
            help="The articles' published date, for 'năm nay', 'cuối năm', 'ngày 14/1'; "
            "an HTML page's or JSON record's own date wins.  [default: the article's date line]",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Extract every article under PATHS: one JSON line (or CSV rows) per input.

    Exit status: 0 when every input gave a record, 3 when some gave error
    lines, 2 for usage errors, 130 when interrupted (the output stays valid;
    run again with --resume).
    """
    from vnextract.batch import BatchUsageError, open_sink, run_batch
    from vnextract.readers import ReaderOptions
    from vnextract.relative_times import parse_published
    from vnextract.report import format_rows, summary_row

    try:
        parse_published(published)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--published'") from None

    try:
        sink, done = open_sink(output, fmt.value, resume=resume)
    except BatchUsageError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--output'") from None
    rows: list[tuple[str, ...]] = []
    try:
        result = run_batch(
            paths,
            sink,
            workers=workers or default_workers(),
            options=ReaderOptions(text_field=text_field, id_field=id_field, published=published),
            skip=done,
            exclude=[] if output == "-" or fmt is Format.csv else [Path(output)],
            progress=sys.stderr.isatty() if progress is None else progress,
            timeout=timeout,
            on_line=(lambda line: rows.append(summary_row(json.loads(line)))) if summary else None,
        )
    finally:
        sink.close()
    if summary:
        typer.echo(format_rows(rows), err=output == "-")
    typer.echo(result.describe(), err=True)
    if result.interrupted:
        raise typer.Exit(130)
    if result.errors:
        raise typer.Exit(3)


@app.command()
def schema() -> None:
    """Print the JSON schema of the Article record."""
    from vnextract.schema import Article

    typer.echo(json.dumps(Article.model_json_schema(), ensure_ascii=False, indent=2))


def main() -> None:
    """Run the command line."""
    app()


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8000,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes.")] = 1,
    max_body: Annotated[
        int, typer.Option(min=1, help="Largest request body in bytes (413 beyond).")
    ] = 1_000_000,
    max_batch: Annotated[
        int, typer.Option(min=1, help="Most articles in one /extract/batch request.")
    ] = 100,
) -> None:
    """Run the HTTP service (needs the 'server' extra): POST /extract, GET / ..."""
    from vnextract.server import ServerExtraMissing
    from vnextract.server import serve as run_server

    try:
        run_server(host, port, workers=workers, max_body=max_body, max_batch=max_batch)
    except ServerExtraMissing as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


@app.command()
def show(
    article: Annotated[Path, typer.Argument(help="The article, a UTF-8 text file.")],
    output: Annotated[
        str, typer.Option("--output", "-o", help="HTML file to write; '-' for stdout.")
    ] = "-",
) -> None:
    """Write ARTICLE with its highlights as one self-contained HTML page."""
    import vnextract
    from vnextract.batch import read_text
    from vnextract.highlight import render_page

    try:
        text = read_text(article)
    except (OSError, UnicodeDecodeError) as exc:
        typer.echo(f"error: cannot read {article}: {exc}", err=True)
        raise typer.Exit(2) from None
    page = render_page(vnextract.extract(text, source=str(article)), text)
    if output == "-":
        typer.echo(page, nl=False)
    else:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_text(page, encoding="utf-8")
        typer.echo(f"wrote {output}", err=True)
