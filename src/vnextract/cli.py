"""The ``vnextract`` command: options and help text only; the work is in the library."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from vnextract.readers import DEFAULT_MAX_CHARS


class _PlainArgument(TyperArgument):
    """An argument shown as click shows it: ``PATH...`` in the usage line, no type column."""

    def _usage_display_name(self) -> str:
        name = self.metavar or (self.name or "").upper()
        name = name if self.required else f"[{name}]"
        return name + ("..." if self.nargs != 1 else "")

    def _rich_display_name(self) -> str:
        return self._usage_display_name()

    def display_type_rich(self, ctx: Any) -> str | None:
        return None


class _PlainFlag(TyperOption):
    """An on/off option, shown without a ``<bool>`` value it does not take."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None


def _plain(params: list[Any]) -> list[Any]:
    """Show these parameters by name (``PATH...``, ``FILE``), not by Python type."""
    for param in params:
        if type(param) is TyperArgument:
            param.__class__ = _PlainArgument
        elif type(param) is TyperOption and param.is_flag:
            param.__class__ = _PlainFlag
    return params


class PlainHelpCommand(TyperCommand):
    """A command whose help shows names (``PATH...``, ``FILE``), not Python types."""

    def get_params(self, ctx: Any) -> Any:
        return _plain(super().get_params(ctx))


class PlainHelpGroup(TyperGroup):
    """The command group, with the same help as ``PlainHelpCommand``."""

    def get_params(self, ctx: Any) -> Any:
        return _plain(super().get_params(ctx))


#: Exit status of ``vnextract run`` when the output cannot be written.
EXIT_OUTPUT_ERROR = 4
#: Exit status of ``vnextract run`` stopped by Ctrl-C (SIGINT), as shells count it.
EXIT_INTERRUPTED = 130
#: Exit status of ``vnextract run`` stopped by SIGTERM (``kill``, a scheduler's stop).
EXIT_TERMINATED = 143

app = typer.Typer(
    cls=PlainHelpGroup,
    add_completion=False,
    no_args_is_help=True,
    help="Structured records from Vietnamese news articles.",
)


def package_version() -> str:
    """The installed package's version (the source tree's when not installed)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vnextract")
    except PackageNotFoundError:
        import vnextract

        return vnextract.__version__


def _print_version(value: bool) -> None:
    if value:
        from vnextract import COMPILED

        build = "compiled with mypyc" if COMPILED else "pure Python"
        typer.echo(f"vnextract {package_version()} ({build})")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="Print the version and exit.",
            callback=_print_version,
            is_eager=True,
        ),
    ] = False,
) -> None:
    """Structured records from Vietnamese news articles."""


class Format(StrEnum):
    """Output formats of ``vnextract run``."""

    jsonl = "jsonl"
    csv = "csv"


def default_workers() -> int:
    """The number of cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


@app.command(cls=PlainHelpCommand)
def run(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Articles: .txt, .html/.htm, .json, .jsonl/.ndjson files, folders "
            "(recursive), or '-' for one article per stdin line.",
            show_default=False,
        ),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="JSON Lines file ('-' for stdout), or a folder for --format csv.",
        ),
    ] = "-",
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            metavar="jsonl|csv",
            help="jsonl: one line per input; csv: flat tables.",
        ),
    ] = Format.jsonl,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-w",
            min=1,
            metavar="N",
            help="Worker processes.",
            show_default=f"{default_workers()}: the number of cores",
        ),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Skip inputs already in the output; append the rest.")
    ] = False,
    text_field: Annotated[
        str | None,
        typer.Option(
            "--text-field",
            metavar="FIELD",
            help="JSON field holding the text.",
            show_default="the first of content, text, body",
        ),
    ] = None,
    id_field: Annotated[
        str | None,
        typer.Option(
            "--id-field",
            metavar="FIELD",
            help="JSON field holding the article id.",
            show_default="id",
        ),
    ] = None,
    max_chars: Annotated[
        int,
        typer.Option(
            "--max-chars",
            min=0,
            metavar="N",
            help="Most characters one input may hold (extraction needs about 120 bytes of "
            "memory per character); a larger one gets an InputTooLargeError line, a file "
            "is refused from its size unread. 0: no limit.",
        ),
    ] = DEFAULT_MAX_CHARS,
    timeout: Annotated[
        float | None,
        typer.Option(
            "--timeout",
            min=0.1,
            metavar="SECONDS",
            help="Seconds one input may take; past it, its worker is stopped and the input "
            "gets a Timeout error line.",
            show_default="no limit",
        ),
    ] = None,
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress",
            help="Progress bar on stderr.",
            show_default="when stderr is a terminal",
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
    """Extract every article under PATH...: one JSON line (or CSV rows) per input.

    Exit status: 0 when every input gave a record, 3 when some gave error
    lines, 2 for usage errors and when no article was found, 4 when the output
    cannot be written (the lines before stay whole: run again with --resume),
    130 when interrupted by Ctrl-C, 143 by SIGTERM (the output stays valid; run
    again with --resume).
    """
    from vnextract.batch import (
        BatchUsageError,
        OutputError,
        check_output_is_no_input,
        open_sink,
        run_batch,
    )
    from vnextract.readers import ReaderOptions
    from vnextract.relative_times import parse_published
    from vnextract.report import format_rows, summary_row

    try:
        parse_published(published)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--published'") from None

    try:
        check_output_is_no_input(output, paths)
        sink, done = open_sink(output, fmt.value, resume=resume)
    except BatchUsageError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--output'") from None
    except OutputError as exc:
        _fail(str(exc), EXIT_OUTPUT_ERROR)
    rows: list[tuple[str, ...]] = []
    terminated = _interrupt_on_sigterm()
    try:
        result = run_batch(
            paths,
            sink,
            workers=workers or default_workers(),
            options=ReaderOptions(
                text_field=text_field, id_field=id_field, max_chars=max_chars, published=published
            ),
            skip=done,
            exclude=[] if output == "-" or fmt is Format.csv else [Path(output)],
            progress=sys.stderr.isatty() if progress is None else progress,
            timeout=timeout,
            on_line=(lambda line: rows.append(summary_row(json.loads(line)))) if summary else None,
        )
    except OutputError as exc:
        if output == "-":
            _drop_stdout()
            _fail(str(exc), EXIT_OUTPUT_ERROR)
        _fail(f"{exc} (the lines before it are whole: run again with --resume)", EXIT_OUTPUT_ERROR)
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        sink.close()
    if summary:
        typer.echo(format_rows(rows), err=output == "-")
    if result.found_nothing:
        _fail(result.describe_nothing(paths), 2)
    typer.echo(result.describe(), err=True)
    if result.interrupted:
        raise typer.Exit(EXIT_TERMINATED if terminated else EXIT_INTERRUPTED)
    if result.errors:
        raise typer.Exit(3)


def _interrupt_on_sigterm() -> list[int]:
    """Let SIGTERM stop a run as Ctrl-C does (whole lines, the summary); say if it came.

    Returns:
        A list that receives the signal's number when it arrives.
    """
    received: list[int] = []

    def stop(signum: int, frame: object) -> None:
        received.append(signum)
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    return received


def _fail(message: str, status: int) -> NoReturn:
    """Print one error line on stderr and exit with ``status``."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(status)


def _drop_stdout() -> None:
    """After stdout failed: send what is still buffered for it nowhere, quietly."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


@app.command(cls=PlainHelpCommand)
def schema() -> None:
    """Print the JSON schema of the Article record."""
    from vnextract.schema import Article

    typer.echo(json.dumps(Article.model_json_schema(), ensure_ascii=False, indent=2))


def main() -> None:
    """Run the command line."""
    app()


@app.command(cls=PlainHelpCommand)
def serve(
    host: Annotated[
        str, typer.Option(metavar="HOST", help="Address to listen on (loopback by default).")
    ] = ("127.0.0.1"),
    port: Annotated[int, typer.Option(min=0, max=65535, metavar="PORT", help="TCP port.")] = 8000,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, metavar="N", help="Worker processes.")
    ] = 1,
    max_body: Annotated[
        int,
        typer.Option(min=1, metavar="BYTES", help="Largest request body in bytes (413 beyond)."),
    ] = 1_000_000,
    max_batch: Annotated[
        int, typer.Option(min=1, metavar="N", help="Most articles in one /extract/batch request.")
    ] = 100,
    timeout: Annotated[
        float,
        typer.Option(
            min=0.1,
            metavar="SECONDS",
            help="Seconds per article a request may take once its body is read: past it the "
            "extraction is stopped and the answer is 504 (503 if it was still waiting).",
        ),
    ] = 30.0,
    max_queue: Annotated[
        int,
        typer.Option(
            min=0,
            metavar="N",
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


@app.command(cls=PlainHelpCommand)
def show(
    article: Annotated[
        Path,
        typer.Argument(
            metavar="ARTICLE",
            help="The input, read as 'run' reads it: .txt, .html/.htm (its article, not its "
            "markup), .json (its text field) or .jsonl (a section per line's article).",
        ),
    ],
    output: Annotated[
        str,
        typer.Option("--output", "-o", metavar="FILE", help="HTML file to write; '-' for stdout."),
    ] = "-",
    line: Annotated[
        int | None,
        typer.Option(
            "--line",
            min=1,
            metavar="N",
            help="For a .jsonl file: show only the article on this line.  [default: every "
            "article, the first 50]",
            show_default=False,
        ),
    ] = None,
    text_field: Annotated[
        str | None,
        typer.Option(
            "--text-field",
            metavar="FIELD",
            help="JSON field holding the text.  [default: content, text or body]",
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
