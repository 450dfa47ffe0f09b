"""Times without a year: where an article speaks of "now", "so far" or "over ten years".

A figure dated by such words ("Hiện nay, trường có 16 khoa", "Lũy kế, công ty
nộp ngân sách 650 triệu USD", "Sau 10 năm, mạng phủ 100% số tỉnh") is a
standing state or a running total: it is for no single year, and takes none from
an earlier sentence or from the article (rule ``undated`` of ``facts.year``).

The cue words are data (``models/facts/vi_fact_cues.tsv``):

- ``undated``: "hiện nay", "lũy kế" …, ``undated_until``: "đến nay", "tới nay" (a
  span up to now), and ``undated_past``: "trước đây" (an undated past), unless the
  syllable before makes them part of another word (``undated_not_after``: "thực hiện có", "từ trước
  đến nay") or a time right before opens the span ("từ đầu năm đến nay" is the
  year to date);
- ``undated_opening``: "Hiện" opening a sentence ("Hiện, số dư …"), unless the
  next syllable makes another word (``undated_not_before``: "Hiện đại hóa");
- spans of years: a count of years after ``undated_span_before`` ("sau 10 năm",
  "suốt hai năm") or before ``undated_span_after`` ("5 năm qua"); the count words
  are those of ``models/time/vi_count_words.txt``.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from vnextract.facts.context import ArticleContext, words_before
from vnextract.facts.cues import cues
from vnextract.resources import read_lines

_COUNT_WORD_FILE = ("time", "vi_count_words.txt")
_SPAN_GAP = 4  # the most characters between a time and the "đến nay" that ends its span
_TIME_REACH = 40  # how far before a cue the end of that time is looked for
_SPAN_REACH = 24  # how far before "năm" its count and the word before it are looked for
_KINDS = ("undated", "undated_until", "undated_opening", "undated_past")
_CUE_KIND = {"undated_until": "until", "undated_past": "past"}  # the rest: "now"
_YEAR_WORD = "năm"  # the word a span of years holds ("sau 10 năm")
# Months or quarters of the year right after a cue ("lũy kế 9 tháng", "lũy kế quý III"):
# the year to date, not a running total since ever.
_YEAR_TO_DATE = re.compile(r"\s+(?:\d{1,2}\s+)?(?:tháng|quý|cả\s+năm|từ\s+đầu\s+năm)(?!\w)")


class UndatedCue(NamedTuple):
    """Where a time without a year starts, and what it says."""

    start: int
    # "now" ("hiện nay"), "until" ("đến nay"), "past" ("trước đây"), "span" ("sau 10 năm")
    kind: str


@functools.cache
def _scan() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern (lower case, no edge tests: they are cheaper in Python) for every cue
    of ``_KINDS`` and for "năm", and the kind of each phrase."""
    c = cues()
    kind_of = {_YEAR_WORD: "span"}
    for kind in reversed(_KINDS):
        kind_of.update(dict.fromkeys(c.kinds[kind], kind))
    phrases = sorted(kind_of, key=len, reverse=True)
    return re.compile("|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)), kind_of


@functools.cache
def _year_span() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """The patterns of a span of years up to now, around a "năm" (lower case): the words
    before it ("sau 10 "), its count alone ("ba "), the words after it (" qua"); and the
    first words of the words before, for a cheap test."""
    c = cues()
    counts = sorted((w.lower() for w in read_lines(*_COUNT_WORD_FILE)), key=len, reverse=True)
    count = r"(?:\d+|" + "|".join(re.escape(w) for w in counts) + ")"

    def alternation(kind: str) -> str:
        phrases = sorted(c.kinds[kind], key=len, reverse=True)
        return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)

    before, after = alternation("undated_span_before"), alternation("undated_span_after")
    return (
        re.compile(rf"(?<!\w)(?:{before})\s+{count}\s+\Z"),
        re.compile(rf"(?<!\w){count}\s+\Z"),
        re.compile(rf"\s+(?:{after})(?!\w)"),
        tuple({p.split()[0] for p in c.kinds["undated_span_before"]}),
    )


def _year_span_at(low: str, start: int, end: int) -> int | None:
    """Where the span of years around the "năm" at ``low[start:end]`` starts, if any."""
    before, count, after, first_words = _year_span()
    reach = max(0, start - _SPAN_REACH)
    window = low[reach:start]
    if any(w in window for w in first_words):
        opening = before.search(low, reach, start)
        if opening is not None:
            return opening.start()
    if after.match(low, end) is not None:
        opening = count.search(low, reach, start)
        if opening is not None:
            return opening.start()
    return None


def undated_cues(ctx: ArticleContext) -> list[UndatedCue]:
    """The article's times without a year, in text order.

    >>> text = "Doanh thu đạt 5 tỷ đồng. Hiện, công ty có 300 lao động. Lũy kế, nộp 2 tỷ."
    >>> ctx = ArticleContext.build(text, [(0, 24), (25, 55), (56, 75)], [], [])
    >>> [text[c.start : c.start + 6] for c in undated_cues(ctx)]
    ['Hiện, ', 'Lũy kế']
    >>> text = "Sau 10 năm, mạng phủ 100% số tỉnh; công ty thực hiện có hiệu quả."
    >>> undated_cues(ArticleContext.build(text, [], [], []))
    [UndatedCue(start=0, kind='span')]
    >>> undated_cues(ArticleContext.build("Lũy kế 9 tháng, lãi 2 tỷ đồng.", [], [], []))
    []
    """
    c = cues()
    low = ctx.low
    pattern, kind_of = _scan()
    found = []
    for m in pattern.finditer(low):
        start, end = m.span()
        if (start and low[start - 1].isalnum()) or (end < len(low) and low[end].isalnum()):
            continue  # inside a longer word
        kind = kind_of.get(m.group()) or kind_of[" ".join(m.group().split())]  # single spaces
        if kind == "span":
            opening = _year_span_at(low, start, end)
            if opening is not None:
                found.append(UndatedCue(opening, "span"))
            continue
        before = words_before(low, max(0, start - 12), start)
        last = before[before.rfind(" ") + 1 :]
        if last in c.kinds["undated_not_after"]:
            continue  # "thực hiện có", "từ trước đến nay"
        if last in c.kinds["undated_span_unit"]:
            # "5 năm gần đây", "những năm gần đây", "các tháng trở lại đây": a span of
            # years or months up to now, no one year
            found.append(UndatedCue(start, "span"))
            continue
        if kind == "undated_opening":
            after = low[end : end + 12].split(maxsplit=1)
            if ctx.sentence(start)[0] != start or (
                after and after[0] in c.kinds["undated_not_before"]
            ):
                continue
        if kind == "undated" and _YEAR_TO_DATE.match(low, end) is not None:
            continue  # "Lũy kế 9 tháng, …": the year to date, dated by the article
        times = ctx.times_in(max(ctx.sentence(start)[0], start - _TIME_REACH), start)
        if times and times[-1].end >= start - _SPAN_GAP:
            continue  # "từ đầu năm đến nay": a span from a time, dated by it
        found.append(UndatedCue(start, _CUE_KIND.get(kind, "now")))
    return sorted(found)
