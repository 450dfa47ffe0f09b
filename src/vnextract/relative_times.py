"""Times written relative to the article's day: "năm nay", "cuối năm", "quý tới", "ngày 14/1".

``find_years`` calls ``resolve_relative`` after reading the written-out times.
It adds a ``TimeRef`` with ``relative=True`` for each relative phrase of
``models/time/vi_relative_times.tsv`` (not a "sau" that opens a clause, "năm sau
khi …", or counts from a named time, "năm sau đó") and gives a year to the dates,
months and quarters written without one ("ngày 14/1", "vào tháng 7"). The year comes
from the article's anchor:

1. the published date, when the caller gives it (``extract(text, published=...)``);
2. else the article's own date line: a full date in its first lines
   ("Thứ Hai, 12/5/2025 08:00");
3. else a year the article states for "năm nay" ("trong năm 2025 này",
   "năm nay (2025)");
4. else the latest year whose first months it reports on ("9 tháng đầu năm 2026",
   "Từ đầu năm 2026 đến nay", "báo cáo tài chính quý III/2026", "tính đến hết tháng
   10/2026");
5. else the latest year whose figures the actor estimates ("năm 2026 đơn vị ước sản
   xuất …", "ước doanh thu năm 2026 đạt …", rule ``estimated_year``; not "hiệp ước", nor
   a goal's year);
6. else the latest year the article reports on: the latest year it writes
   that is no goal's deadline ("đến năm 2030") or horizon; "ngày 17/6" in an
   article that reports on 2022 is of 2022, as its "năm nay" is.

With no anchor the references stay, with their year null. A quarter or month
offset ("quý tới", "tháng trước") needs the anchor's month, which only a
date gives.

>>> import datetime
>>> refs = resolve_relative("Cuối năm nay, nhà máy vận hành.", [], datetime.date(2025, 5, 2))
>>> [(r.text, r.kind, r.year, r.relative) for r in refs]
[('Cuối năm nay', 'year', 2025, True)]
>>> [(r.text, r.year) for r in resolve_relative("Năm tới, tỉnh mở 2 khu.", [], None)]
[('Năm tới', None)]
"""

from __future__ import annotations

import contextlib
import datetime
import functools
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

import regex

from vnextract.phrases import matches_from, word_anchor
from vnextract.resources import ends_two_syllable_word, read_lines
from vnextract.schema import TimeKind, TimeRef

RELATIVE_FILE = ("time", "vi_relative_times.tsv")
COUNT_WORD_FILE = ("time", "vi_count_words.txt")
GOAL_YEAR_WORD_FILE = ("time", "vi_goal_year_words.txt")
GOAL_CLAUSE_WORD_FILE = ("time", "vi_goal_clause_words.txt")

_BASE_REACH = 30  # how far before a report's period "so với" makes it a comparison's base
# How far into the article a date line may stand, and how long its lead before the date.
_DATELINE_REACH = 300
_DATELINE_LEAD = 40
# The part of a year named before "năm" ("đầu năm 2027"): part of the time, not a word before it.
_PART_OF_YEAR = frozenset(("đầu", "giữa"))
# How far before a year a goal word of its clause may stand ("mục tiêu … trong năm 2027").
_GOAL_CLAUSE_REACH = 80
# How far before a yearless month or quarter the dated one that gives its year may stand.
_SENTENCE_REACH = 200

# "năm 2025 này", "năm nay (2025)", "năm nay - 2025": a year the article states for "năm nay".
_STATED_THIS_YEAR = regex.compile(
    r"""
      (?<!\w)năm\s{1,3}(?P<y>\d{4})\s{1,3}này(?!\w)         # năm 2025 này
    | (?<!\w)năm\s{1,3}nay\s{0,3}\(\s{0,3}(?:năm\s{1,3})?(?P<y2>\d{4})\s{0,3}\)  # năm nay (2025)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# The word every relative phrase holds; a phrase is tried from it or from the word before it.
_KEY_WORD = regex.compile(r"(?<!\w)(?:năm|quý|tháng)(?!\w)", regex.IGNORECASE)
_YEARLESS = ("date", "month", "quarter")
_KEYS = ("năm", "quý", "tháng")
_KEY_WORD_AT = word_anchor(_KEYS)  # where ``_KEY_WORD`` may match, found fast
_NEXT_WORD = regex.compile(r"[ \t]{1,3}(?P<w>\p{L}+)")  # the word after a key word

# The words right before a year, on its line: "đến năm", "tầm nhìn đến".
_WORDS_BEFORE = regex.compile(r"(?P<w>(?:\p{L}+[ \t]{1,3}){1,4})\Z")

# The day and month of a date written without its year: "14/1", "14-1".
_DAY_MONTH = regex.compile(r"(?P<d>\d{1,2})[/-](?P<m>\d{1,2})(?!\d)")

# The word or number right before a phrase, on the same line: "3 năm trước", "vài tháng tới".
_WORD_BEFORE = regex.compile(r"(?P<w>\p{L}+|\d+)[ \t]{1,3}\Z")

# A month's or quarter's number before a phrase: "tháng 3 năm sau", "quý II năm tới".
_MONTH_NUMBER = regex.compile(
    r"(?<!\w)(?:tháng|quý)[ \t]{1,3}(?:\d{1,2}|[IV]{1,3})[ \t]{1,3}\Z", regex.IGNORECASE
)

_KINDS: dict[str, TimeKind] = {"year": "year", "quarter": "quarter", "month": "month"}


@dataclass(frozen=True)
class _Phrase:
    unit: str  # "year", "quarter" or "month"
    offset: int


@dataclass(frozen=True)
class Anchor:
    """The article's own time: its year, and its month when a full date gave it.

    Attributes:
        year: the article's year.
        month: its month, or None when only the year is known.
        source: where it came from: "published", "dateline", "stated" ("năm 2025 này"),
            "so_far" ("9 tháng năm 2026"), "estimated" ("năm 2026 … ước đạt"), or "written"
            (the latest year the article writes twice, else once).
    """

    year: int
    month: int | None
    source: str


@dataclass(frozen=True)
class _Lexicon:
    phrases: dict[str, _Phrase]  # casefolded phrase (single spaces) -> meaning
    pattern: regex.Pattern[str]
    count_words: frozenset[str]
    goal_year_words: frozenset[str]
    goal_clause: regex.Pattern[str]  # a goal word earlier in a year's clause
    # after a year opening a statement: its comma, up to four words of its subject, maybe
    # "đặt", then a goal word ("Năm 2027, WCM đặt mục tiêu …")
    goal_after_year: regex.Pattern[str]
    first_words: frozenset[str]  # words a phrase opens with before its key word ("cuối")
    next_words: frozenset[str]  # words right after a phrase's key word ("nay", "tới")


@functools.cache
def _lexicon() -> _Lexicon:
    """Load the relative phrases and the count words once; compile one pattern."""
    phrases: dict[str, _Phrase] = {}
    for line in read_lines(*RELATIVE_FILE):
        phrase, unit, offset = (part.strip() for part in line.split("\t"))
        phrases[" ".join(phrase.casefold().split())] = _Phrase(unit, int(offset))
    alts = "|".join(
        r"\s+".join(regex.escape(w) for w in p.split())
        for p in sorted(phrases, key=len, reverse=True)
    )
    pattern = regex.compile(
        # not "cuối năm 2025", nor "từ đầu năm tới nay" (up to now, not next year), nor a
        # "sau" that opens a clause ("tăng 320 điểm bán trong năm sau khi đóng 45 cửa
        # hàng": after, not next year) or counts from a time named ("năm sau đó")
        rf"(?<!\w)(?:{alts})(?!\w)(?!\s*/?\s*\d)(?!\s+nay(?!\w))"
        # (nor a shorter phrase in it: "đầu năm sau khi …" is no "đầu năm" either)
        r"(?!(?:(?<=sau)|\s+sau)\s+(?:khi|đó)(?!\w))",
        regex.IGNORECASE,
    )
    count_words = frozenset(w.casefold() for w in read_lines(*COUNT_WORD_FILE))
    goal_words = frozenset(w.casefold() for w in read_lines(*GOAL_YEAR_WORD_FILE))
    clause_words = sorted(read_lines(*GOAL_CLAUSE_WORD_FILE), key=len, reverse=True)
    clause_alts = "|".join(r"\s+".join(map(regex.escape, w.split())) for w in clause_words)
    goal_clause = regex.compile(f"(?<!\\w)(?:{clause_alts})(?!\\w)", regex.IGNORECASE)
    goal_after_year = regex.compile(
        rf"\s*,\s*(?:[\w.]+\s+){{0,4}}?(?:đặt\s+)?(?:{clause_alts})(?!\w)", regex.IGNORECASE
    )
    first, after = set(), set()
    for phrase in phrases:
        words = phrase.split()
        k = next(i for i, w in enumerate(words) if w in _KEYS)
        if k > 0:
            first.add(words[0])
        if k + 1 < len(words):
            after.add(words[k + 1])
    return _Lexicon(
        phrases,
        pattern,
        count_words,
        goal_words,
        goal_clause,
        goal_after_year,
        frozenset(first),
        frozenset(after),
    )


def is_relative_phrase(phrase: str) -> bool:
    """Whether ``phrase`` is one of the relative time phrases ("năm tới", "năm nay").

    >>> is_relative_phrase("Năm  tới"), is_relative_phrase("năm đến")
    (True, False)
    """
    return " ".join(phrase.casefold().split()) in _lexicon().phrases


def points_ahead(phrase: str) -> bool:
    """Whether ``phrase`` is a relative time to come ("quý tới", "năm sau"), not one gone by
    or under way ("tháng trước", "năm nay").

    >>> points_ahead("Quý tới"), points_ahead("tháng trước"), points_ahead("năm nay")
    (True, False, False)
    """
    found = _lexicon().phrases.get(" ".join(phrase.casefold().split()))
    return found is not None and found.offset > 0


def parse_published(value: datetime.date | str | None) -> datetime.date | None:
    """The article's published date from a ``date``, an ISO string, or None.

    An ISO date-time ("2025-05-02T08:30:00+07:00") keeps its date.

    >>> parse_published("2025-05-02T08:30:00+07:00")
    datetime.date(2025, 5, 2)
    >>> parse_published(None) is None
    True

    Raises:
        ValueError: a string that does not start with an ISO date.
        TypeError: neither a date, a string nor None.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        head = value.strip()[:10]
        try:
            return datetime.date.fromisoformat(head)
        except ValueError:
            raise ValueError(f"published must be an ISO date (YYYY-MM-DD), got {value!r}") from None
    raise TypeError(f"published must be a date or an ISO string, not {type(value).__name__}")


# The months of a year reported so far: "9 tháng đầu năm 2026", "11 tháng năm 2026"; and
# the span from its start to now: "Từ đầu năm 2026 đến nay". Two patterns, each led by a
# digit or a word ``regex`` looks for first: one alternation of both scans ten times slower.
_YEAR_SO_FAR = regex.compile(
    r"(?<!\w)\d{1,2}\s{1,3}tháng\s{1,3}(?:đầu\s{1,3})?năm\s{1,3}(?P<y>\d{4})(?!\d)",
    regex.IGNORECASE,
)
# "Tính đến hết tháng 10/2026", "tính đến ngày 30/9/2026", and opening a sentence "Đến
# cuối tháng 10/2026, …": figures as of a day of the year under way.
_AS_OF = regex.compile(
    r"(?:(?<!\w)[tT]ính\s{1,3}đến\s{1,3}(?:hết\s{1,3}|cuối\s{1,3})?"
    r"|(?:^|(?<=[.!?]\s{1,3}))Đến\s{1,3}(?:hết|cuối)\s{1,3})"
    r"(?:tháng|ngày)\s{1,3}(?:\d{1,2}/)?\d{1,2}/(?P<y>\d{4})(?!\d)",
    regex.MULTILINE,
)
_START_TO_NOW = regex.compile(
    r"(?<!\w)[đĐ]ầu\s{1,3}năm\s{1,3}(?P<y>\d{4})\s{0,3},?\s{1,3}(?:đến|tới)\s{1,3}"
    r"(?:nay|hiện\s{1,3}nay)(?!\w)"
)

# A report of a quarter or a half-year: "báo cáo tài chính hợp nhất quý III/2026", "kết quả
# kinh doanh 6 tháng năm 2026", "BCTC bán niên 2026": a period that is over, of the year
# under way; not a comparison's base ("so với kết quả kinh doanh quý III/2025") nor the last
# quarter, reported after its year ended.
# (cases spelled out, no IGNORECASE: an alternation under it scans ten times slower)
_REPORTED_PERIOD = regex.compile(
    r"(?<!\w)(?:[bB]áo\s{1,3}cáo\s{1,3}tài\s{1,3}chính|BCTC|[kK]ết\s{1,3}quả\s{1,3}kinh\s{1,3}doanh)"
    r"(?:\s{1,3}(?:hợp\s{1,3}nhất|riêng|kiểm\s{1,3}toán|soát\s{1,3}xét))?\s{1,3}"
    r"(?:[qQ]uý\s{1,3}(?P<q>[IV1-4]{1,3})|bán\s{1,3}niên|nửa\s{1,3}đầu|6\s{1,3}tháng(?:\s{1,3}đầu)?)"
    r"\s{0,3}(?:/|\s{1,3}năm\s{1,3}|\s{1,3})(?P<y>\d{4})(?!\d)"
)

# A year whose clause estimates its figure: "Năm 2026, GRDP ước đạt 8%", "năm 2026 đơn vị
# ước sản xuất 40,5 triệu tấn": the actor estimates the year under way.
_ESTIMATED_YEAR = regex.compile(
    r"(?<!\w)[nN]ăm\s{1,3}(?P<y>\d{4})(?!\d)[^.;:\n\d]{0,40}?(?<!\w)(?P<est>[ưƯ]ớc)\s{1,3}"
    r"(?:tính|đạt|thực\s+hiện|khoảng|sản\s+xuất|thu|đón|bán|xuất\s+khẩu|cả\s+năm|tăng|giảm|"
    r"còn|\d)"
)

# The same, the estimate before its year: "Viettel ước doanh thu năm 2026 đạt 205.000 tỷ
# đồng", "ước tính doanh thu hợp nhất cả năm 2026 đạt khoảng …", "ước tính cả năm 2026
# doanh thu đạt …" (the whole year, whatever follows).
_ESTIMATE_THEN_YEAR = regex.compile(
    r"(?<!\w)(?P<est>[ưƯ]ớc)(?:\s{1,3}tính)?\s{1,3}[^.;:\n\d]{0,40}?(?<!\w)"
    r"(?:cả\s{1,3}(?P<at>năm)\s{1,3}(?P<y>\d{4})(?!\d)"
    r"|(?P<at>năm)\s{1,3}(?P<y>\d{4})(?!\d)\s{1,3}(?:đạt|khoảng|tăng|giảm|ở\s{1,3}mức)(?!\w))"
)


# a word that makes the year after it one compared with or surpassed, between an estimate
# and its year: "ước tính đã vượt cả năm 2025"
_COMPARED_BETWEEN = regex.compile(r"(?<!\w)(?:vượt|so\s+với|bằng|gấp|hơn)(?!\w)", regex.IGNORECASE)


def _reported_period_of_now(text: str, m: regex.Match[str]) -> bool:
    """Whether a report's period (``_REPORTED_PERIOD``) is of the year under way: no base of
    a comparison before it ("so với", "cùng kỳ") and no fourth quarter."""
    before = text[max(0, m.start() - _BASE_REACH) : m.start()].casefold()
    quarter = m.group("q")
    return "so với" not in before and "cùng kỳ" not in before and quarter not in ("IV", "4")


class _TextAnchor(NamedTuple):
    """What the article's words alone say of its year (``_read_anchor``)."""

    anchor: Anchor | None  # a stated "năm nay" or the year reported so far
    estimated: tuple[tuple[int, int], ...]  # else each estimated year and where it is written


@functools.lru_cache(maxsize=1)
def _read_anchor(text: str) -> _TextAnchor:
    """The steps of ``article_anchor`` that read only the text: its stated "năm nay" (step
    3), the year it reports so far (step 4), else the years it estimates (step 5, before
    a goal's year is told from them by the times of each caller).

    The years, targets and facts stages each ask ``article_anchor`` of the same article:
    the last article's reading is kept (one only), so its text is scanned once.
    """
    m = _STATED_THIS_YEAR.search(text)
    if m is not None:
        return _TextAnchor(Anchor(int(m.group("y") or m.group("y2")), None, "stated"), ())
    reports = "tài chính" in text or "BCTC" in text or "kinh doanh" in text  # cheap first
    so_far = [
        int(m.group("y"))
        for p in (_YEAR_SO_FAR, _START_TO_NOW, _REPORTED_PERIOD, _AS_OF)
        if p is not _REPORTED_PERIOD or reports
        for m in p.finditer(text)
        if (p is not _REPORTED_PERIOD or _reported_period_of_now(text, m))
        # not the base compared with: "tăng 7% so với 9 tháng năm 2025"
        and not _base_before(text, m.start())
    ]
    if so_far:  # rule year_so_far: "11 tháng năm 2026", "báo cáo tài chính quý III/2026"
        return _TextAnchor(Anchor(max(so_far), None, "so_far"), ())
    estimated = tuple(
        (int(m.group("y")), m.start("at") if m.re is _ESTIMATE_THEN_YEAR else m.start())
        for m in (*_ESTIMATED_YEAR.finditer(text), *_ESTIMATE_THEN_YEAR.finditer(text))
        if not ends_two_syllable_word(text, m.start("est"))  # "hiệp ước", "công ước"
        # not a year surpassed or compared with: "ước tính đã vượt cả năm 2025"
        and _COMPARED_BETWEEN.search(text, m.end("est"), m.start("y")) is None
    )
    return _TextAnchor(None, estimated)


def article_anchor(
    text: str, refs: list[TimeRef], published: datetime.date | None
) -> Anchor | None:
    """The article's own time: the published date, its date line, or its stated "năm nay".

    Args:
        text: the article.
        refs: the times written out in it (``find_years`` without relative ones).
        published: the published date, when known.

    Returns:
        The anchor, or None when the article's year cannot be told.
    """
    if published is not None:
        return Anchor(published.year, published.month, "published")
    line = dateline(text, refs)
    if line is not None:
        return line
    read = _read_anchor(text)
    if read.anchor is not None:  # "năm 2025 này"; rule year_so_far: "11 tháng năm 2026"
        return read.anchor
    at = {r.start: r for r in refs}
    estimated = [
        year
        for year, pos in read.estimated
        if (r := at.get(pos)) is None or not goal_year(text, r)  # not a goal's year
    ]
    if estimated:  # rule estimated_year: "năm 2026 đơn vị ước sản xuất …": the year under way
        return Anchor(max(estimated), None, "estimated")
    reported = [
        r.year
        for r in refs
        if r.year is not None and not goal_year(text, r) and not _baseline(text, r)
    ]
    # rule written_twice: the latest year written twice or more; a year written once after
    # it is a schedule's ("vận hành từ năm 2028") more often than the article's own
    twice = [y for y, n in Counter(reported).items() if n > 1]
    if twice:
        return Anchor(max(twice), None, "written")
    return Anchor(max(reported), None, "written") if reported else None


def dateline(text: str, refs: list[TimeRef]) -> Anchor | None:
    """The article's date line: a full date near its start that opens its line
    ("Thứ Hai, 12/5/2025 08:00", "Hà Nội, ngày 5/11/2025 -"), or None.

    >>> from vnextract.years import find_years
    >>> text = "Hà Nội, ngày 5/11/2025 - Thu ngân sách tăng 8%."
    >>> dateline(text, find_years(text))
    Anchor(year=2025, month=11, source='dateline')
    """
    ref = dateline_ref(text, refs)
    return Anchor(ref.year, ref.month, "dateline") if ref is not None and ref.year else None


def dateline_ref(text: str, refs: list[TimeRef]) -> TimeRef | None:
    """The time of the article's date line (see ``dateline``), or None."""
    for ref in refs:
        if ref.start > _DATELINE_REACH:
            break
        if (
            ref.kind == "date"
            and ref.date is not None
            and ref.year is not None
            and _opens_line(text, ref.start)
        ):
            return ref
    return None


def _opens_line(text: str, pos: int) -> bool:
    """Whether a date at ``pos`` is a date line's: only a short lead without figures before
    it on its line ("Thứ Hai, ", "Hà Nội, ngày ", "(VnExpress) "), not a document's date
    inside a sentence ("Theo Quyết định số 45/QĐ-UBND ngày 3/1/2020").

    >>> _opens_line("Hà Nội, ngày 5/11/2025 - Theo", 13)
    True
    >>> _opens_line("Theo Quyết định số 45/QĐ-UBND ngày 3/1/2020, doanh thu", 36)
    False
    """
    lead = text[text.rfind("\n", 0, pos) + 1 : pos]
    return len(lead) <= _DATELINE_LEAD and not any(ch.isdigit() for ch in lead)


def _base_before(text: str, pos: int) -> bool:
    """Whether the words before ``pos`` make what follows a comparison's base."""
    from vnextract.facts.cues import cues  # the facts' baseline words; no cycle

    return cues().ends_with_base(" ".join(text[max(0, pos - 40) : pos].split()))


def _baseline(text: str, ref: TimeRef) -> bool:
    """Whether a written time is the base of a comparison ("so với năm 2025", "gấp 1,4 lần
    quý III/2025", "so với cùng kỳ năm trước (quý I/2016 …)"): the year compared with, not
    the one reported on."""
    return _base_before(text, ref.start)


def goal_year(text: str, ref: TimeRef) -> bool:
    """Whether a written year is a goal's deadline or horizon ("đến năm 2030"), or a period."""
    if ref.kind == "period" or ref.relative:
        return True
    m = _WORDS_BEFORE.search(text, max(0, ref.start - 24), ref.start)
    if m is None:  # "Năm 2027, IDICO đặt mục tiêu …" opening a paragraph
        return in_goal_clause(text, ref)
    words = m.group("w").casefold().split()
    if words and words[-1] == "năm":
        words.pop()
    if words and words[-1] in _PART_OF_YEAR:
        words.pop()  # "khởi công đầu năm 2027": the words before the time
    lex = _lexicon()
    if any(" ".join(words[-n:]) in lex.goal_year_words for n in (1, 2, 3) if len(words) >= n):
        return True
    return in_goal_clause(text, ref)


def in_goal_clause(text: str, ref: TimeRef) -> bool:
    """Rule ``goal_clause``: whether a goal word stands earlier in the clause of a time
    ("bảo đảm mục tiêu hoàn thành toàn tuyến trong năm 2027").

    >>> from vnextract.years import find_years
    >>> text = "Bộ yêu cầu bảo đảm mục tiêu hoàn thành toàn tuyến trong năm 2027."
    >>> in_goal_clause(text, find_years(text)[0])
    True
    >>> text = "Năm 2027, công ty đặt mục tiêu doanh thu 9.000 tỷ đồng."
    >>> in_goal_clause(text, find_years(text)[0])
    True
    """
    lo = max(0, ref.start - _GOAL_CLAUSE_REACH)
    clause_start = max(text.rfind(mark, lo, ref.start) for mark in ",;.:\n") + 1
    goal = _lexicon().goal_clause
    if goal.search(text, max(lo, clause_start), ref.start) is not None:
        return True
    # "Năm 2027, WCM đặt mục tiêu …": a year opening a statement of goals
    return _lexicon().goal_after_year.match(text, ref.end) is not None


def resolve_relative(
    text: str, refs: list[TimeRef], published: datetime.date | None
) -> list[TimeRef]:
    """Add the relative times of ``text`` to ``refs`` and date the yearless ones.

    Args:
        text: normalised article text.
        refs: the written-out times, in text order.
        published: the article's published date, or None.

    Returns:
        All references in text order: ``refs`` (yearless dates, months and
        quarters now carrying the anchor's year, marked relative) and one
        relative reference per phrase such as "năm nay".
    """
    found = list(_relative_matches(text, refs))
    if not found and all(r.year is not None or r.kind not in _YEARLESS for r in refs):
        return refs  # nothing relative: the anchor is not needed
    anchor = article_anchor(text, refs, published)
    out = [_dated(ref, _sentence_year(text, refs, k) or anchor) for k, ref in enumerate(refs)]
    lex = _lexicon()
    for m in found:
        phrase = lex.phrases[" ".join(m.group().casefold().split())]
        out.append(_relative_ref(m, phrase, anchor))
    out.sort(key=lambda r: (r.start, r.end))
    return _with_their_year(text, out, {r.start for r in refs if r.year is None})


# a starting level and the words naming its time: "từ mức 37,8% của quý III/2025"
_FROM_LEVEL_TIME = regex.compile(
    r"(?<!\w)từ\s+(?:mức\s+)?\d[\d.,]*\s*%?(?:\s+\w+){0,2}?\s+(?:của|trong|vào)?\s*$",
    regex.IGNORECASE,
)


def _later_in_year(ref: TimeRef, prev: TimeRef) -> bool:
    """Whether month or quarter ``ref`` comes after ``prev`` within a year."""
    return _month_of(ref, first=True) > _month_of(prev, first=False)


def _month_of(ref: TimeRef, *, first: bool) -> int:
    """The month a month, date or quarter stands for (a quarter's first or last month)."""
    if ref.kind == "quarter":
        quarter = ref.quarter or 0
        return 3 * quarter - 2 if first else 3 * quarter
    return ref.month or 0


def _sentence_year(text: str, refs: list[TimeRef], k: int) -> Anchor | None:
    """Rule ``year_of_the_sentence``: a month or quarter written without its year takes
    the year of the month, quarter or date just before it in its sentence ("Quý I/2026
    hoàn thành …; quý II đưa … vào hoạt động": the second quarter of 2026)."""
    ref = refs[k]
    if ref.year is not None or ref.kind not in ("month", "quarter") or k == 0:
        return None
    prev = refs[k - 1]
    if prev.year is None or prev.kind not in ("month", "quarter", "date"):
        return None
    if _baseline(text, prev) or (
        _FROM_LEVEL_TIME.search(text, max(0, prev.start - 40), prev.start)
        and not _later_in_year(ref, prev)
    ):
        # the time compared with, or of the level a change starts from when the month cannot
        # be of its year ("lên 41,3%, từ mức 37,8% của quý III/2025, nhờ biểu giá áp dụng từ
        # tháng 7"; but "từ mức 4,1% của tháng 1/2024 xuống 2,9% trong tháng 6"): no year
        return None
    between = text[prev.end : ref.start]
    if len(between) > _SENTENCE_REACH or "\n" in between or ". " in between:
        return None
    return Anchor(prev.year, None, "sentence")


def _with_their_year(text: str, refs: list[TimeRef], yearless: set[int]) -> list[TimeRef]:
    """Rule ``month_of_relative_year``: a month or quarter written without its year and
    followed by a relative year is one time of that year ("quý I năm sau", "tháng 5
    năm ngoái"): one reference, relative, with the phrase's year.
    """
    out: list[TimeRef] = []
    for ref in refs:
        last = out[-1] if out else None
        if (
            last is not None
            and last.start in yearless
            and last.kind in ("month", "quarter")
            and ref.relative
            and ref.kind == "year"
            and not text[last.end : ref.start].strip()
            and ref.text.casefold().startswith("năm")
        ):
            out[-1] = last.model_copy(
                update={"text": text[last.start : ref.end], "end": ref.end, "year": ref.year}
            )
            continue
        out.append(ref)
    return out


def _relative_matches(text: str, refs: list[TimeRef]) -> Iterator[regex.Match[str]]:
    """The relative phrases of ``text`` outside ``refs``, not after a count ("ba năm trước").

    Only the places holding "năm", "quý" or "tháng" are tried, from the word before.
    """
    lex = _lexicon()
    taken = [(r.start, r.end) for r in refs]
    last_end = -1
    for key in matches_from(_KEY_WORD_AT, _KEY_WORD, text):
        after = _NEXT_WORD.match(text, key.end())
        before = _WORD_BEFORE.search(text, max(0, key.start() - 8), key.start())
        starts = []
        if before is not None and before.group("w").casefold() in lex.first_words:
            starts.append(before.start())  # "cuối năm", "sang năm"
        if after is not None and after.group("w").casefold() in lex.next_words:
            starts.append(key.start())  # "năm nay", "quý tới"
        elif not starts:
            continue  # "năm 2025", "tháng 7": not relative
        m = None
        for pos in starts:
            if pos >= last_end:
                m = lex.pattern.match(text, pos)
                if m is not None:
                    break
        if m is None:
            continue
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if _after_count(text, m.start(), lex.count_words) and not _after_month(refs, m.start()):
            continue  # "ba năm trước": three years ago, but "tháng hai năm trước"
        last_end = m.end()
        yield m


def starts_relative_year(text: str, pos: int) -> bool:
    """Whether a relative year opening with "năm" follows ``pos`` ("tháng hai năm nay",
    "tháng 3 năm sau"), after white space on the same line.

    >>> starts_relative_year("tháng hai năm ngoái", 9), starts_relative_year("tháng hai lần", 9)
    (True, False)
    """
    start = pos + len(text[pos : pos + 3]) - len(text[pos : pos + 3].lstrip(" \t"))
    if start == pos:
        return False
    m = _lexicon().pattern.match(text, start)
    if m is None:
        return False
    key = " ".join(m.group().casefold().split())
    return _lexicon().phrases[key].unit == "year" and key.startswith("năm")


def _after_count(text: str, pos: int, count_words: frozenset[str]) -> bool:
    """Whether a number or a count word stands right before ``pos`` ("3 năm", "vài
    tháng"); the number of a month or quarter is none ("tháng 3 năm sau")."""
    m = _WORD_BEFORE.search(text, max(0, pos - 16), pos)
    if m is None:
        return False
    if _MONTH_NUMBER.search(text, max(0, m.start() - 8), m.end()) is not None:
        return False
    last = m.group("w").casefold()
    return last.isdigit() or last in count_words


def counted_before(text: str, pos: int) -> bool:
    """Whether a number or a count word stands right before ``pos`` on its line ("3 tháng",
    "hai tháng", "vài tháng"): what follows is a duration's unit.

    >>> counted_before("Sau 3 tháng Ba Lan", 6), counted_before("Trong tháng Ba", 6)
    (True, False)
    """
    return _after_count(text, pos, _lexicon().count_words)


def _after_month(refs: list[TimeRef], pos: int) -> bool:
    """Whether a month written without its year ends right before ``pos`` (one space or
    a few): "tháng hai năm nay" is February of this year, not two months."""
    return any(r.kind == "month" and r.year is None and 0 < pos - r.end <= 3 for r in refs)


def _relative_ref(m: regex.Match[str], phrase: _Phrase, anchor: Anchor | None) -> TimeRef:
    """The reference of one relative phrase, resolved against ``anchor`` when possible."""
    year: int | None = None
    month: int | None = None
    quarter: int | None = None
    if anchor is not None:
        if phrase.unit == "year":
            year = anchor.year + phrase.offset
        elif anchor.month is not None and phrase.unit == "quarter":
            index = anchor.year * 4 + (anchor.month - 1) // 3 + phrase.offset
            year, quarter = divmod(index, 4)
            quarter += 1
        elif anchor.month is not None:
            index = anchor.year * 12 + anchor.month - 1 + phrase.offset
            year, month = divmod(index, 12)
            month += 1
    return TimeRef(
        text=m.group(),
        start=m.start(),
        end=m.end(),
        kind=_KINDS[phrase.unit],
        year=year,
        month=month,
        quarter=quarter,
        relative=True,
    )


def _dated(ref: TimeRef, anchor: Anchor | None) -> TimeRef:
    """A date, month or quarter written without its year, given the anchor's year.

    "ngày 14/1" in an article of 2026 is 14 January 2026 (the anchor's year:
    an article reports its own year's days).
    """
    if ref.year is not None or ref.kind not in ("date", "month", "quarter"):
        return ref
    update: dict[str, object] = {"relative": True}
    if anchor is not None:
        update["year"] = anchor.year
        m = _DAY_MONTH.search(ref.text) if ref.kind == "date" else None
        if m is not None:
            with contextlib.suppress(ValueError):
                update["date"] = datetime.date(
                    anchor.year, int(m.group("m")), int(m.group("d"))
                ).isoformat()
    return ref.model_copy(update=update)
