"""The highlight view: an article with its evidence marked, as one HTML page.

``render_page`` turns an ``Article`` and the text it was extracted from into a
self-contained HTML page (no script, no network): organisations, persons,
locations, amounts, years and targets are ``<mark>`` elements in distinct
colours, hovering one shows its normalised value ("59 nghìn tỷ đồng" →
"59 000 000 000 000 VND"), and a table lists the targets. Article text is
always escaped. ``interactive_page`` is the page ``GET /`` serves: the same
view, built in the browser from ``POST /extract`` by ``static/view.js``, which
mirrors the layout and formatting here.

>>> from vnextract.schema import Amount, Article
>>> text = "Vốn đạt 59 nghìn tỷ đồng <b>."
>>> amount = Amount(text="59 nghìn tỷ đồng", start=8, end=24, value=5.9e13,
...                 unit="VND", kind="money")
>>> print(render_fragment(Article(amounts=[amount]), text))  # doctest: +NORMALIZE_WHITESPACE
Vốn đạt <mark class="hl hl-amount" data-kind="amount" data-id="0" data-start="8"
data-end="24" title="amount: 59 000 000 000 000 VND">59 nghìn tỷ đồng</mark> &lt;b&gt;.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import html
import importlib.resources
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from vnextract.schema import Amount, Article, Entity, Span, Target, TimeRef

#: Highlight kinds in nesting order: a kind earlier in the tuple encloses a
#: later one when both cover the same characters.
KINDS = ("target", "org", "per", "loc", "amount", "year")

#: What the legend and the tooltips call each kind.
KIND_NAMES = {
    "target": "target",
    "org": "organisation",
    "per": "person",
    "loc": "location",
    "amount": "amount",
    "year": "time",
}

_QUALIFIER_SIGNS = {
    "more_than": "> ",
    "less_than": "< ",
    "at_least": "≥ ",
    "at_most": "≤ ",
    "up_to": "≤ ",
    "about": "≈ ",
}

_ENTITY_KINDS = (("organizations", "org"), ("persons", "per"), ("locations", "loc"))


@dataclass(frozen=True)
class Highlight:
    """One span to mark: where it is, what it is and what hovering it shows."""

    start: int
    end: int
    kind: str
    title: str
    text: str
    role: str | None = None  # an amount's role: colours its mark (data-role)


def format_number(value: float) -> str:
    """Write a number with spaces between thousands and a decimal comma.

    Float noise is dropped (15 significant digits), as is a zero fraction.

    Args:
        value: the number.

    Returns:
        The number as text.

    >>> format_number(5.9e13)
    '59 000 000 000 000'
    >>> format_number(3.5)
    '3,5'
    >>> format_number(1.2 * 1e9)
    '1 200 000 000'
    >>> format_number(-1234.25)
    '-1 234,25'
    >>> format_number(0.07)
    '0,07'
    """
    plain = f"{Decimal(f'{value:.15g}'):f}"
    sign = "-" if plain.startswith("-") else ""
    whole, _, fraction = plain.lstrip("-").partition(".")
    fraction = fraction.rstrip("0")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + " ".join(groups) + ("," + fraction if fraction else "")


def format_amount(amount: Amount) -> str:
    """The normalised value of an amount: qualifier, number(s), unit, denominator.

    Args:
        amount: the amount.

    Returns:
        E.g. ``"59 000 000 000 000 VND"``, ``"> 7%"``, ``"1 000 – 2 000 ha"``.

    >>> format_amount(Amount(text="59 nghìn tỷ đồng", start=0, end=16,
    ...                      value=5.9e13, unit="VND", kind="money"))
    '59 000 000 000 000 VND'
    >>> format_amount(Amount(text="hơn 7%", start=0, end=6, value=7, unit="%",
    ...                      kind="percent", qualifier="more_than"))
    '> 7%'
    >>> format_amount(Amount(text="1.000-2.000 ha", start=0, end=14, min=1000,
    ...                      max=2000, unit="ha", kind="measure"))
    '1 000 – 2 000 ha'
    >>> format_amount(Amount(text="30 triệu đồng/m2", start=0, end=16, value=3e7,
    ...                      unit="VND", kind="money", per="m2"))
    '30 000 000 VND/m2'
    """
    if amount.value is not None:
        number = format_number(amount.value)
    elif amount.min is not None or amount.max is not None:
        low = "…" if amount.min is None else format_number(amount.min)
        high = "…" if amount.max is None else format_number(amount.max)
        number = f"{low} – {high}"
    else:
        number = "?"
    unit = amount.unit if amount.unit == "%" else f" {amount.unit}" if amount.unit else ""
    per = f"/{amount.per}" if amount.per else ""
    return _QUALIFIER_SIGNS.get(amount.qualifier or "", "") + number + unit + per


def format_time(ref: TimeRef) -> str:
    """The normalised value of a time reference.

    Args:
        ref: the year, period, date, quarter or month.

    Returns:
        E.g. ``"2025"``, ``"2021–2025"``, ``"2025-05-27"``, ``"Q2 2025"``, ``"05/2025"``.

    >>> format_time(TimeRef(text="giai đoạn 2021-2025", start=0, end=19, kind="period",
    ...                     start_year=2021, end_year=2025))
    '2021–2025'
    >>> format_time(TimeRef(text="quý II/2025", start=0, end=11, kind="quarter",
    ...                     quarter=2, year=2025))
    'Q2 2025'
    """
    year = "" if ref.year is None else str(ref.year)
    if ref.kind == "date" and ref.date:
        return ref.date
    if ref.kind == "period" and (ref.start_year is not None or ref.end_year is not None):
        low = "…" if ref.start_year is None else str(ref.start_year)
        high = "…" if ref.end_year is None else str(ref.end_year)
        return f"{low}–{high}"
    if ref.kind == "quarter" and ref.quarter is not None:
        return f"Q{ref.quarter} {year}".strip()
    if ref.kind == "month" and ref.month is not None:
        return f"{ref.month:02d}/{year}" if year else f"{ref.month:02d}"
    return year or ref.text


_FACT_FIELDS = ("role", "metric", "subject", "year", "change")


def describe_amount(amount: Amount) -> str:
    """The hover text of an amount: its value, then what it says (the facts that are known).

    Args:
        amount: the amount.

    Returns:
        E.g. ``"amount: 12 400 000 000 000 VND\nrole: result · metric: doanh thu · year: 2024"``.

    >>> print(describe_amount(Amount(text="tăng 8%", start=0, end=7, value=8, unit="%",
    ...       kind="percent", role="result", year=2024, change="increase")))
    amount: 8%
    role: result · year: 2024 · change: increase
    """
    facts = [
        f"{name}: {value}" for name in _FACT_FIELDS if (value := getattr(amount, name)) is not None
    ]
    head = f"amount: {format_amount(amount)}"
    return head + "\n" + " · ".join(facts) if facts else head


def describe_target(target: Target) -> str:
    """One line saying what a target holds: amount, deadline, owner, metric.

    Args:
        target: the target.

    Returns:
        E.g. ``"target: 1 500 doanh nghiệp · by 2025 · owner: Tỉnh"``.
    """
    details = []
    if target.amount is not None:
        details.append(format_amount(target.amount))
    if target.deadline is not None:
        details.append(f"by {target.deadline}")
    if target.owner:
        details.append(f"owner: {target.owner}")
    if target.metric:
        details.append(f"metric: {target.metric}")
    return "target: " + " · ".join(details) if details else "target"


def highlights(article: Article) -> list[Highlight]:
    """Every span of ``article`` worth marking, with its hover text.

    Args:
        article: the record.

    Returns:
        One ``Highlight`` per entity mention, amount, time reference and target,
        in no particular order; exact duplicates are dropped.
    """
    found: dict[tuple[int, int, str], Highlight] = {}

    def add(span: Span, kind: str, title: str, role: str | None = None) -> None:
        key = (span.start, span.end, kind)
        found.setdefault(key, Highlight(span.start, span.end, kind, title, span.text, role))

    for field, kind in _ENTITY_KINDS:
        entities: list[Entity] = getattr(article, field)
        for entity in entities:
            for mention in entity.mentions:
                add(mention, kind, f"{KIND_NAMES[kind]}: {entity.name}")
    for amount in article.amounts:
        add(amount, "amount", describe_amount(amount), amount.role)
    for ref in article.years:
        add(ref, "year", f"{ref.kind}: {format_time(ref)}")
    for target in article.targets:
        add(target, "target", describe_target(target))
    return list(found.values())


def _check_spans(article: Article, text: str) -> None:
    """Raise ValueError when a span of ``article`` does not index ``text``."""
    for item in highlights(article):
        if text[item.start : item.end] != item.text or item.start > item.end:
            raise ValueError(
                f"span {item.start}-{item.end} ({item.kind}) {item.text!r} is not in the text "
                f"at those offsets: is this the text the record came from?"
            )


def render_fragment(article: Article, text: str) -> str:
    """The article text as HTML with every highlight as a nested ``<mark>``.

    A span that overlaps another without nesting in it is cut where the outer
    span ends; the pieces share ``data-id``. Text and titles are escaped.

    Args:
        article: the record extracted from ``text``.
        text: the article, exactly as given to ``extract``.

    Returns:
        An HTML fragment (no surrounding element).

    Raises:
        ValueError: when a span of the record lies outside ``text``.
    """
    _check_spans(article, text)
    items = sorted(highlights(article), key=lambda h: (h.start, -h.end, KINDS.index(h.kind)))
    # Heap of pieces still to open: (start, -end, kind rank, id, end).
    todo = [(h.start, -h.end, KINDS.index(h.kind), i, h.end) for i, h in enumerate(items)]
    heapq.heapify(todo)
    out: list[str] = []
    open_ends: list[int] = []
    pos = 0

    def emit_text(upto: int) -> None:
        nonlocal pos
        if upto > pos:
            out.append(html.escape(text[pos:upto]))
            pos = upto

    while todo:
        start, _, _, ident, end = heapq.heappop(todo)
        if start >= end:
            continue
        while open_ends and open_ends[-1] <= start:
            emit_text(open_ends.pop())
            out.append("</mark>")
        emit_text(start)
        if open_ends and end > open_ends[-1]:
            cut = open_ends[-1]
            heapq.heappush(todo, (cut, -end, KINDS.index(items[ident].kind), ident, end))
            end = cut
        item = items[ident]
        out.append(
            f'<mark class="hl hl-{item.kind}" data-kind="{item.kind}" data-id="{ident}" '
            f'data-start="{item.start}" data-end="{item.end}" '
            + (f'data-role="{item.role}" ' if item.role else "")
            + f'title="{html.escape(item.title, quote=True)}">'
        )
        open_ends.append(end)
    while open_ends:
        emit_text(open_ends.pop())
        out.append("</mark>")
    emit_text(len(text))
    return "".join(out)


def render_targets_table(article: Article) -> str:
    """The targets of ``article`` as an HTML table: goal, amount, deadline, owner.

    Args:
        article: the record.

    Returns:
        A ``<table>`` element; its body is empty when there are no targets.
    """
    rows = []
    for target in article.targets:
        cells = (
            target.text,
            "" if target.amount is None else format_amount(target.amount),
            "" if target.deadline is None else str(target.deadline),
            target.owner or "",
        )
        rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
    return (
        '<table id="targets" class="targets"><thead><tr><th>goal</th><th>amount</th>'
        "<th>deadline</th><th>owner</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def summary_line(article: Article) -> str:
    """How many items of each kind the record holds, in one line.

    >>> summary_line(Article())
    'organisations: 0 · persons: 0 · locations: 0 · amounts: 0 · time references: 0 · targets: 0'
    """
    counts = (
        ("organisations", article.organizations),
        ("persons", article.persons),
        ("locations", article.locations),
        ("amounts", article.amounts),
        ("time references", article.years),
        ("targets", article.targets),
    )
    return " · ".join(f"{name}: {len(items)}" for name, items in counts)


def _legend() -> str:
    chips = "".join(
        f'<span class="hl hl-{kind} legend-chip">{KIND_NAMES[kind]}</span>' for kind in KINDS
    )
    return f'<p class="legend">{chips}</p>'


@cache
def _static(name: str) -> str:
    """The text of a file shipped in ``vnextract/static``."""
    return (importlib.resources.files("vnextract") / "static" / name).read_text("utf-8")


def render_page(article: Article, text: str, *, title: str | None = None) -> str:
    """A self-contained HTML page showing ``text`` with the record's highlights.

    The page holds no script and loads nothing; a Content-Security-Policy
    forbids scripts, so even a rendering bug could not run article text.

    Args:
        article: the record extracted from ``text``.
        text: the article, exactly as given to ``extract``.
        title: the page title; defaults to the record's source.

    Returns:
        The HTML document.

    Raises:
        ValueError: when a span of the record lies outside ``text``.
    """
    heading = title or article.source or "vnextract"
    summary = summary_line(article)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(heading)}</title><style>{_static('highlight.css')}</style>"
        f"</head><body><header><h1>{html.escape(heading)}</h1>{_legend()}"
        f'<p id="summary" class="summary">{html.escape(summary)}</p></header>'
        f'<main class="layout"><article id="article" class="article">'
        f"{render_fragment(article, text)}</article>"
        f"<aside><h2>Targets</h2>{render_targets_table(article)}</aside></main>"
        "</body></html>\n"
    )


def interactive_page() -> str:
    """The page ``GET /`` serves: paste an article, press Extract, see the highlights.

    One document: the stylesheet and ``view.js`` are inlined, nothing is loaded
    from elsewhere. The script builds the view with ``textContent`` only.

    Returns:
        The HTML document.
    """
    return (
        _static("index.html")
        .replace("/* @css */", _static("highlight.css"))
        .replace("<!-- @legend -->", _legend())
        .replace("/* @script */", _static("view.js"))
    )


def interactive_page_csp() -> str:
    """The Content-Security-Policy for ``interactive_page``: its own script only.

    Returns:
        The header value; inline scripts other than ``view.js`` and inline
        event handlers (``onerror=…``) are refused by the browser.
    """
    digest = hashlib.sha256(_static("view.js").encode("utf-8")).digest()
    script_hash = base64.b64encode(digest).decode("ascii")
    return (
        f"default-src 'none'; script-src 'sha256-{script_hash}'; "
        "style-src 'unsafe-inline'; connect-src 'self'; img-src 'none'"
    )
