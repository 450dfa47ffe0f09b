"""The ``vnextract`` command: options and help text only; the work is in the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Structured records from Vietnamese news articles.",
)


@app.command()
def run(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (recursive).")],
    output: Annotated[
        str, typer.Option("--output", "-o", help="JSON Lines file to write; '-' for stdout.")
    ] = "-",
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes.")] = 1,
    summary: Annotated[
        bool, typer.Option("--summary", help="Print a table of what each article gave.")
    ] = False,
) -> None:
    """Extract every article under PATHS into one JSON line each."""
    from vnextract.batch import run_batch
    from vnextract.report import summary_table

    rows: list[str] = []
    collect = rows.append if summary else None
    if output == "-":
        result = run_batch(paths, sys.stdout, workers=workers, on_line=collect)
    else:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        with open(output, "w", encoding="utf-8") as out:
            result = run_batch(paths, out, workers=workers, on_line=collect)
    if summary:
        typer.echo(summary_table(json.loads(r) for r in rows), err=output == "-")
    typer.echo(
        f"{result.inputs} inputs: {result.records} records, {result.errors} errors "
        f"in {result.seconds:.1f} s",
        err=True,
    )
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
