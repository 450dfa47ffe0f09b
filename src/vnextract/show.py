"""What ``vnextract show`` does: read an input as ``run`` does, extract it, render the view.

The input goes through the batch's own readers and ``process`` (readers.py,
batch.py), so the page highlights exactly the record ``vnextract run`` writes
for it: an HTML page shows its article's text (not its markup), a JSON file
its text field, a JSON Lines file one section per line's article (the first
``SHOW_LIMIT``; ``line`` picks one).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from vnextract.batch import process
from vnextract.extractor import Extractor
from vnextract.highlight import render_articles
from vnextract.readers import ReaderOptions, Task, iter_tasks, load
from vnextract.schema import Article

#: Most articles one page shows (a JSON Lines export may hold thousands).
SHOW_LIMIT = 50


class ShowError(ValueError):
    """Nothing to show: no article found, or none could be read."""


@dataclass
class ShownPage:
    """The page and what went into it.

    Attributes:
        html: the HTML document.
        shown: how many articles it shows.
        found: how many articles the input holds.
        errors: ``"source: message"`` for each article that could not be read.
    """

    html: str
    shown: int
    found: int
    errors: list[str] = field(default_factory=list)


def show_page(
    path: str | Path,
    *,
    line: int | None = None,
    limit: int = SHOW_LIMIT,
    options: ReaderOptions | None = None,
    extractor: Extractor | None = None,
) -> ShownPage:
    """Read ``path`` as ``vnextract run`` does and render its articles' highlights.

    Args:
        path: a .txt, .html, .json or .jsonl file (a folder works too).
        line: for a JSON Lines file, the line whose article to show (from 1).
        limit: most articles on the page.
        options: the JSON field names, as ``run --text-field/--id-field``.
        extractor: what extracts; a new ``Extractor`` when None.

    Returns:
        The page, with counts and the errors of articles that could not be read.

    Raises:
        ShowError: no article at ``line``, no article at all, or none readable.
    """
    name = str(path)
    tasks = iter_tasks([name])
    if line is not None:
        wanted = f"{name}:{line}"
        tasks = (task for task in tasks if task.source == wanted)
    chosen: list[Task] = []
    found = 0
    for task in tasks:
        found += 1
        if len(chosen) < limit:
            chosen.append(task)
    if not chosen:
        where = f"on line {line}" if line is not None else "in it"
        raise ShowError(f"{name}: no article {where}")
    the_extractor = extractor or Extractor()
    items: list[tuple[Article, str]] = []
    errors: list[str] = []
    for task in chosen:
        outcome = process(task, the_extractor, options)
        if outcome.error is not None:
            errors.append(f"{task.source}: {json.loads(outcome.line)['error']['message']}")
            continue
        text = load(task, options).text  # the text the record's offsets index
        items.append((Article.model_validate_json(outcome.line), text))
    if not items:
        raise ShowError("; ".join(errors))
    return ShownPage(render_articles(items, title=_title(name, items)), len(items), found, errors)


def _title(name: str, items: list[tuple[Article, str]]) -> str:
    """The page title: the source, and the article's own title when it has one."""
    if len(items) != 1:
        return name
    article = items[0][0]
    source = article.source or name
    if article.meta is not None and article.meta.title:
        return f"{source} — {article.meta.title}"
    return source
