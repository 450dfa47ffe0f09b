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
) -> None:
    """Extract every article under PATHS: one JSON line (or CSV rows) per input.

    Exit status: 0 when every input gave a record, 3 when some gave error
    lines, 2 for usage errors, 130 when interrupted (the output stays valid;
    run again with --resume).
    """
    from vnextract.batch import BatchUsageError, open_sink, run_batch
    from vnextract.readers import ReaderOptions
    from vnextract.report import format_rows, summary_row

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
            options=ReaderOptions(text_field=text_field, id_field=id_field),
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
    timeout: Annotated[
        float,
        typer.Option(
            min=0.1,
            help="Seconds per article a request may take once its body is read: past it the "
            "extraction is stopped and the answer is 504 (503 if it was still waiting).",
        ),
    ] = 30.0,
    max_queue: Annotated[
        int,
        typer.Option(
            min=0,
            help="Most requests waiting per worker behind the running one; more get 503 "
            "with Retry-After.",
        ),
    ] = 16,
    allow_origin: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-origin",
            metavar="URL",
            help="An origin (http://host:port) whose web pages may call the service; "
            "repeat for more. Other cross-origin requests get 403.  [default: none]",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Run the HTTP service (needs the 'server' extra): POST /extract, GET / ..."""
    from vnextract.http_guard import normalise_origin
    from vnextract.server import ServerExtraMissing
    from vnextract.server import serve as run_server

    try:
        origins = [normalise_origin(origin) for origin in allow_origin or ()]
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--allow-origin'") from None
    try:
        run_server(
            host,
            port,
            workers=workers,
            max_body=max_body,
            max_batch=max_batch,
            timeout=timeout,
            max_queue=max_queue,
            allow_origins=origins,
        )
    except ServerExtraMissing as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


@app.command()
def show(
    article: Annotated[
        Path,
        typer.Argument(
            help="The input, read as 'run' reads it: .txt, .html/.htm (its article, not its "
            "markup), .json (its text field) or .jsonl (a section per line's article)."
        ),
    ],
    output: Annotated[
        str, typer.Option("--output", "-o", help="HTML file to write; '-' for stdout.")
    ] = "-",
    line: Annotated[
        int | None,
        typer.Option(
            "--line",
            min=1,
            help="For a .jsonl file: show only the article on this line.  [default: every "
            "article, the first 50]",
            show_default=False,
        ),
    ] = None,
    text_field: Annotated[
        str | None,
        typer.Option(
            "--text-field", help="JSON field holding the text.  [default: content, text or body]"
        ),
    ] = None,
) -> None:
    """Write ARTICLE with its highlights as one self-contained HTML page.

    Exit status: 0 when the page was written (articles that could not be read
    are listed on stderr), 2 when there is nothing to show.
    """
    from vnextract.readers import ReaderOptions
    from vnextract.show import ShowError, show_page

    try:
        shown = show_page(article, line=line, options=ReaderOptions(text_field=text_field))
    except (OSError, ShowError) as exc:
        typer.echo(f"error: cannot read {article}: {exc}", err=True)
        raise typer.Exit(2) from None
    for problem in shown.errors:
        typer.echo(f"warning: skipped {problem}", err=True)
    if shown.found > shown.shown + len(shown.errors):
        typer.echo(
            f"showing the first {shown.shown} of {shown.found} articles; pick one with --line N",
            err=True,
        )
    if output == "-":
        typer.echo(shown.html, nl=False)
    else:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_text(shown.html, encoding="utf-8")
        typer.echo(f"wrote {output}", err=True)
