"""The highlight view: an article with its evidence marked, as one HTML page.

``render_page`` turns an ``Article`` and the text it was extracted from into a
self-contained HTML page (no script, no network): organisations, persons,
locations, amounts, years and targets are ``<mark>`` elements in distinct
colours; each amount or time whose value reads otherwise than its words
carries its normalised value in a small label after it (``data-value``, drawn
by the stylesheet, so it is no part of the article text) and in its hover
title; money is written as Vietnamese news writes it ("1,2 triệu tỷ đồng",
"3,5 tỷ USD"); and tables list the targets and every amount with its value. Article text is always
escaped. ``render_articles`` puts several articles on one page.
``interactive_page`` is the page ``GET /`` serves: the same view, built in the
browser from ``POST /extract`` by ``static/view.js``, which mirrors the layout
and formatting here.

>>> from vnextract.schema import Amount, Article
>>> text = "Vốn đạt 59.000 tỷ đồng <b>."
>>> amount = Amount(text="59.000 tỷ đồng", start=8, end=22, value=5.9e13,
...                 unit="VND", kind="money")
>>> print(render_fragment(Article(amounts=[amount]), text))  # doctest: +NORMALIZE_WHITESPACE
Vốn đạt <mark class="hl hl-amount" data-kind="amount" data-id="0" data-start="8"
data-end="22" title="amount: 59 nghìn tỷ đồng" data-value="59 nghìn tỷ đồng">59.000 tỷ
đồng</mark> &lt;b&gt;.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import html
import importlib.resources
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

import regex

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

#: How Vietnamese news names large numbers, largest first: "1,2 triệu tỷ",
#: "59 nghìn tỷ", "3,5 tỷ", "500 triệu". Below a million, digits are clearer.
SCALE_WORDS: tuple[tuple[Decimal, str], ...] = (
    (Decimal(10) ** 15, "triệu tỷ"),
    (Decimal(10) ** 12, "nghìn tỷ"),
    (Decimal(10) ** 9, "tỷ"),
    (Decimal(10) ** 6, "triệu"),
)

#: Most decimals a scaled number keeps ("1,25 tỷ"); a value needing more
#: takes a smaller scale ("1 234,5 triệu"), or none.
_SCALE_DECIMALS = 3

#: How a unit code is written after a number ("VND" is written "đồng").
UNIT_WORDS = {"VND": "đồng"}

# A run of digits: the numbers a time's value and its words are compared on.
_NUMBERS = regex.compile(r"\d+")


@dataclass(frozen=True)
class Highlight:
    """One span to mark: where it is, what it is, what hovering it shows, its label."""

    start: int
    end: int
    kind: str
    title: str
    text: str
    value: str = ""  # shown after the span without hovering; "" for none
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


def _scaled(value: Decimal, factor: Decimal) -> Decimal | None:
    """``value / factor`` when it keeps at most ``_SCALE_DECIMALS`` decimals, else None."""
    scaled = value / factor
    return scaled if scaled == round(scaled, _SCALE_DECIMALS) else None


def _scale_for(values: list[float]) -> tuple[Decimal, str]:
    """The largest scale word that writes every one of ``values`` exactly."""
    exact = [Decimal(f"{v:.15g}") for v in values]
    largest = max(abs(v) for v in exact)
    for factor, word in SCALE_WORDS:
        if largest >= factor and all(_scaled(v, factor) is not None for v in exact):
            return factor, word
    return Decimal(1), ""


def _numbers_on_one_scale(values: list[float]) -> str:
    factor, word = _scale_for(values)
    numbers = " – ".join(format_number(float(Decimal(f"{v:.15g}") / factor)) for v in values)
    return f"{numbers} {word}" if word else numbers


def format_readable(value: float) -> str:
    """Write a number with the scale word Vietnamese news uses.

    The largest of ``triệu tỷ`` (10^15), ``nghìn tỷ``, ``tỷ`` and ``triệu``
    that writes the value with at most three decimals; below a million, or
    when no scale is exact, plain digits (``format_number``).

    Args:
        value: the number.

    Returns:
        The number as text.

    >>> format_readable(1.2e15), format_readable(5.9e13), format_readable(3.5e9)
    ('1,2 triệu tỷ', '59 nghìn tỷ', '3,5 tỷ')
    >>> format_readable(500e6), format_readable(52_300e9), format_readable(1_234_500_000)
    ('500 triệu', '52,3 nghìn tỷ', '1 234,5 triệu')
    >>> format_readable(25_000), format_readable(1_234_567), format_readable(0.5)
    ('25 000', '1 234 567', '0,5')
    """
    return _numbers_on_one_scale([value])


def format_range(low: float, high: float) -> str:
    """Write a range of numbers on one scale, the scale word once, after both.

    >>> format_range(20e6, 25e6), format_range(1.5e9, 2e9), format_range(500e3, 1e6)
    ('20 – 25 triệu', '1,5 – 2 tỷ', '0,5 – 1 triệu')
    """
    return _numbers_on_one_scale([low, high])


def format_amount(amount: Amount) -> str:
    """The normalised value of an amount, readable: qualifier, number(s), unit, denominator.

    Args:
        amount: the amount.

    Returns:
        E.g. ``"59 nghìn tỷ đồng"``, ``"> 7%"``, ``"1 000 – 2 000 ha"``.

    >>> format_amount(Amount(text="59 nghìn tỷ đồng", start=0, end=16,
    ...                      value=5.9e13, unit="VND", kind="money"))
    '59 nghìn tỷ đồng'
    >>> format_amount(Amount(text="hơn 7%", start=0, end=6, value=7, unit="%",
    ...                      kind="percent", qualifier="more_than"))
    '> 7%'
    >>> format_amount(Amount(text="1.000-2.000 ha", start=0, end=14, min=1000,
    ...                      max=2000, unit="ha", kind="measure"))
    '1 000 – 2 000 ha'
    >>> format_amount(Amount(text="20-25 triệu đồng/m2", start=0, end=19, min=2e7, max=2.5e7,
    ...                      unit="VND", kind="money", per="m2"))
    '20 – 25 triệu đồng/m2'
    """
    if amount.value is not None:
        number = format_readable(amount.value)
    elif amount.min is not None and amount.max is not None:
        number = format_range(amount.min, amount.max)
    elif amount.min is not None or amount.max is not None:
        low = "…" if amount.min is None else format_readable(amount.min)
        high = "…" if amount.max is None else format_readable(amount.max)
        number = f"{low} – {high}"
    else:
        number = "?"
    word = UNIT_WORDS.get(amount.unit or "", amount.unit)
    unit = word if word == "%" else f" {word}" if word else ""
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


def says_more(value: str, text: str) -> bool:
    """Whether a time's value holds a number its words do not: then it gets a label.

    >>> says_more("2030", "năm 2030"), says_more("05/2025", "tháng 5/2025")
    (False, False)
    >>> says_more("2026", "năm nay"), says_more("Q2 2025", "quý II/2025")
    (True, True)
    """
    numbers_in = {int(n) for n in _NUMBERS.findall(text)}
    return any(int(n) not in numbers_in for n in _NUMBERS.findall(value))


def reads_differently(value: str, text: str) -> bool:
    """Whether an amount's value is written otherwise than in the article: then it gets a label.

    >>> reads_differently("59 nghìn tỷ đồng", "59 nghìn  tỷ Đồng")
    False
    >>> reads_differently("> 52,3 nghìn tỷ đồng", "hơn 52.300 tỷ đồng")
    True
    """
    return " ".join(value.split()).casefold() != " ".join(text.split()).casefold()


def highlights(article: Article) -> list[Highlight]:
    """Every span of ``article`` worth marking, with its hover text.

    Args:
        article: the record.

    Returns:
        One ``Highlight`` per entity mention, amount, time reference and target,
        in no particular order; exact duplicates are dropped.
    """
    found: dict[tuple[int, int, str], Highlight] = {}

    def add(span: Span, kind: str, title: str, value: str = "", role: str | None = None) -> None:
        key = (span.start, span.end, kind)
        found.setdefault(key, Highlight(span.start, span.end, kind, title, span.text, value, role))

    for field, kind in _ENTITY_KINDS:
        entities: list[Entity] = getattr(article, field)
        for entity in entities:
            for mention in entity.mentions:
                known = f" [{entity.id}{' → ' + entity.merged_into if entity.merged_into else ''}]"
                add(mention, kind, f"{KIND_NAMES[kind]}: {entity.name}{known if entity.id else ''}")
    for amount in article.amounts:
        value = format_amount(amount)
        add(
            amount,
            "amount",
            describe_amount(amount),
            value if reads_differently(value, amount.text) else "",
            amount.role,
        )
    for ref in article.years:
        value = format_time(ref)
        add(ref, "year", f"{ref.kind}: {value}", value if says_more(value, ref.text) else "")
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
        label = f' data-value="{html.escape(item.value, quote=True)}"' if item.value else ""
        out.append(
            f'<mark class="hl hl-{item.kind}" data-kind="{item.kind}" data-id="{ident}" '
            f'data-start="{item.start}" data-end="{item.end}" '
            + (f'data-role="{item.role}" ' if item.role else "")
            + f'title="{html.escape(item.title, quote=True)}"'
            # the label goes after the span's last piece only
            + f"{label if end == item.end else ''}>"
        )
        open_ends.append(end)
    while open_ends:
        emit_text(open_ends.pop())
        out.append("</mark>")
    emit_text(len(text))
    return "".join(out)


def _table(
    css_class: str, ident: str | None, headings: Sequence[str], rows: Iterable[Sequence[str]]
) -> str:
    """An HTML table of text cells, every cell escaped."""
    id_attribute = "" if ident is None else f' id="{html.escape(ident)}"'
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headings)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    return (
        f'<table{id_attribute} class="{css_class} extracted"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def render_targets_table(article: Article, *, ident: str | None = "targets") -> str:
    """The targets of ``article`` as an HTML table: goal, amount, deadline, owner.

    Args:
        article: the record.
        ident: the table's ``id``; None for none (a page of several articles).

    Returns:
        A ``<table>`` element; its body is empty when there are no targets.
    """
    rows = (
        (
            target.text,
            "" if target.amount is None else format_amount(target.amount),
            "" if target.deadline is None else str(target.deadline),
            target.owner or "",
        )
        for target in article.targets
    )
    return _table("targets", ident, ("goal", "amount", "deadline", "owner"), rows)


def render_amounts_table(article: Article, *, ident: str | None = "amounts") -> str:
    """Every amount of ``article`` as an HTML table: as written, its value, its kind.

    Args:
        article: the record.
        ident: the table's ``id``; None for none (a page of several articles).

    Returns:
        A ``<table>`` element; its body is empty when there are no amounts.
    """
    rows = ((amount.text, format_amount(amount), amount.kind) for amount in article.amounts)
    return _table("amounts", ident, ("written", "value", "kind"), rows)


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
    body = (
        f'<p id="summary" class="summary">{html.escape(summary_line(article))}</p></header>'
        f'<main class="layout"><article id="article" class="article">'
        f"{render_fragment(article, text)}</article>"
        f"<aside><h2>Targets</h2>{render_targets_table(article)}"
        f"<h2>Amounts</h2>{render_amounts_table(article)}</aside></main>"
    )
    return _document(heading, body)


def render_articles(items: Sequence[tuple[Article, str]], *, title: str) -> str:
    """One static page for several articles (a JSON Lines file): a section each.

    Each section has the article's source (and title, when the input gave
    one) as its heading, its summary line, its marked text and its targets.

    Args:
        items: (record, the text it was extracted from) per article.
        title: the page title.

    Returns:
        The HTML document.

    Raises:
        ValueError: when a span of a record lies outside its text.
    """
    if len(items) == 1:
        return render_page(*items[0], title=title)
    sections = []
    for article, text in items:
        name = article.source or ""
        if article.meta is not None and article.meta.title:
            name = f"{name} — {article.meta.title}" if name else article.meta.title
        sections.append(
            f'<section class="one-article"><h2>{html.escape(name)}</h2>'
            f'<p class="summary">{html.escape(summary_line(article))}</p>'
            f'<div class="layout"><article class="article">{render_fragment(article, text)}'
            f"</article><aside><h3>Targets</h3>{render_targets_table(article, ident=None)}"
            f"<h3>Amounts</h3>{render_amounts_table(article, ident=None)}</aside></div></section>"
        )
    count = f"{len(items)} articles"
    body = f'<p class="summary">{count}</p></header><main>{"".join(sections)}</main>'
    return _document(title, body)


def _document(heading: str, body: str) -> str:
    """The static page around ``body`` (which closes the header it starts in)."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(heading)}</title><style>{_static('highlight.css')}</style>"
        f"</head><body><header><h1>{html.escape(heading)}</h1>{_legend()}{body}"
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
        "style-src 'unsafe-inline'; connect-src 'self'; img-src 'none'; "
        "frame-ancestors 'none'"
    )
