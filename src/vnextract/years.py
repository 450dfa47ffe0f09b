"""Years, periods, dates, quarters and months in Vietnamese text.

``find_years`` reads normalised text and returns ``TimeRef`` spans. Forms that
carry their own calendar word ("quý I/2024", "tháng 8/2023", "ngày 27/5/2025",
"27/05/2025") are times by their shape. A bare four-digit number is a year only
where the words around it say so: a cue before it ("năm", "giai đoạn", "so với",
"đến" …), a list of years ("năm 2015, 2016 và 2017"), parentheses ("(1830)"),
or, with no cue, when nothing after it makes it a count ("V-League 2019." is a
year, "2025 doanh nghiệp" is not). Numbers with thousands separators ("2.000"),
parts of document numbers ("15/2018/NĐ-CP"), phone numbers and amounts
("2025 tỷ đồng") are never years. The cue words live in
``models/time/vi_time_cues.txt``.

Also read: ranges of days ("12-23/5/2022") and of months ("tháng 8-9/2023"),
finance shorthand ("Q3/2024", "6T/2024", "H1/2025"), months written as words
("tháng Một năm 2022", "trong tháng Tư": rule ``word_month``), and dates without a
year ("ngày 31/1", "sáng 12/6"), which keep only their month: ``TimeRef``
has no day field, and ``date`` is set only for a full calendar date.

>>> [(t.kind, t.text, t.year) for t in find_years("Năm 2021, GRDP tăng 6% so với 2020.")]
[('year', 'Năm 2021', 2021), ('year', '2020', 2020)]
>>> find_years("Có 2.000 doanh nghiệp và 2025 hợp tác xã.")
[]
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass
from typing import Literal

import regex

from vnextract.relative_times import counted_before, resolve_relative, starts_relative_year
from vnextract.resources import read_lines
from vnextract.schema import TimeKind, TimeRef

CUE_FILE = ("time", "vi_time_cues.txt")
MONTH_WORD_FILE = ("time", "vi_month_words.tsv")
MONTH_NAME_HEAD_FILE = ("time", "vi_month_name_heads.txt")

# Years a bare number may name; a strong cue ("năm", "giai đoạn") or
# parentheses widen the range to history ("năm 1010", "(1830)").
_BARE_RANGE = (1900, 2100)
_WIDE_RANGE = (1000, 2100)
# The longest span a "Y1-Y2" period may cover.
_MAX_PERIOD_YEARS = 100

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}

# Every time form. ``find_years`` tries it only where a form can begin (a
# year, a day or month before a separator, a calendar word), widest start
# first; among the alternatives the first that matches wins, so the specific
# forms come before the bare year. Spaces are bounded (\s{1,3}) and numbers
# have fixed lengths, so a match attempt is short on any input.
_TIME = regex.compile(
    r"""
      (?P<iso>  # ISO date: 2025-05-27
      (?<![\w/.,-])
      (?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})
      (?![\w/]|[.,-]\d)
      )
    | (?P<vdate>  # spelt-out date, year optional: ngày 5 tháng 8 năm 2023, ngày 5 tháng 8
      (?<!\w)(?i:ngày)\s{1,3}(?P<vd_d>\d{1,2})\s{1,3}(?i:tháng)\s{1,3}(?P<vd_m>\d{1,2})(?!\d)
      (?:\s{0,3}(?:(?i:năm)\s{1,3}|[/,-]\s{0,3})(?P<vd_y>\d{4}))?
      (?![\w]|[.,/-]\d)
      )
    | (?P<vydate>  # spelt-out date without "ngày", year required: 5 tháng 8 năm 2023
      (?<![\w.,/-])
      (?P<vy_d>\d{1,2})\s{1,3}(?i:tháng)\s{1,3}(?P<vy_m>\d{1,2})\s{1,3}(?i:năm)\s{1,3}
      (?P<vy_y>\d{4})
      (?![\w]|[.,/-]\d)
      )
    | (?P<ndate>  # numeric date, day first: (ngày) 27/5/2025, 27-5-2025, 27.5.2025
      (?:(?<!\w)(?i:ngày)\s{1,3})?
      (?<![\w/.,-])
      (?P<d_d>\d{1,2})(?P<d_sep>[/.-])(?P<d_m>\d{1,2})(?P=d_sep)(?P<d_y>\d{4})
      (?![\w/]|[.,-]\d)
      )
    | (?P<dayrange>  # a range of days: 12-23/5/2022, 12 - 23/5/2022
      (?:(?<!\w)(?i:ngày)\s{1,3})?
      (?<![\w/.,-])
      (?P<dr_d1>\d{1,2})\s{0,3}[-–]\s{0,3}(?P<dr_d2>\d{1,2})/(?P<dr_m>\d{1,2})/(?P<dr_y>\d{4})
      (?![\w/]|[.,-]\d)
      )
    | (?P<daymonth>  # day and month after "ngày", "sáng", "hôm" …, no year: ngày 31/1
      (?<!\w)(?i:ngày|sáng|trưa|chiều|tối|đêm|hôm)\s{1,3}
      (?P<dm_d>\d{1,2})[/-](?P<dm_m>\d{1,2})
      (?![\w/]|[.,-]\d)
      )
    | (?P<quarter>  # quarter: quý I/2024, quý 3/2025, quý IV năm 2023, quý 4-2017, quý II
      (?<!\w)(?i:qu[ýí])\s{1,3}(?P<q>IV|I{1,3}|[1-4])(?!\w)
      (?:\s{0,3}(?:[/-]|(?i:năm))\s{0,3}(?P<q_y>\d{4}))?
      (?![\w]|[.,/-]\d)
      )
    | (?P<qquarter>  # quarter, finance style: Q3/2024, Q1 2025
      (?<!\w)Q(?P<qq>[1-4])(?:\s{0,3}[/-]\s{0,3}|\s{1,3})(?P<qq_y>\d{4})
      (?![\w]|[.,/-]\d)
      )
    | (?P<part>  # part of a year, finance style: 6T/2024, 9T/2025, H1/2024
      (?<![\w.,/-])
      (?:\d{1,2}T|H[12])/(?P<part_y>\d{4})
      (?![\w/]|[.,-]\d)
      )
    | (?P<mrange>  # months sharing one year: tháng 8-9/2023, tháng 8 - 9 năm 2023
      (?<!\w)(?i:tháng)\s{1,3}(?P<mr1>\d{1,2})\s{0,3}[-–]\s{0,3}(?P<mr2>\d{1,2})
      (?:\s{0,3}[/.-]\s{0,3}|\s{1,3}(?i:năm)\s{1,3})(?P<mr_y>\d{4})
      (?![\w]|[.,/-]\d)
      )
    | (?P<month>  # month: tháng 8/2023, tháng 8 năm 2023, tháng 12-2024, tháng 5
      (?<!\w)(?i:tháng)\s{1,3}(?P<mo>\d{1,2})(?!\d)
      (?:\s{0,3}(?:[/.-]\s{0,3}|(?i:năm)\s{1,3})(?P<mo_y>\d{4}))?
      (?![\w]|[.,/-]\d)
      )
    | (?P<period>  # period: (từ) (năm) 2021 - / đến / tới (năm) 2025, 2024/2025, 2021-25
      (?:(?<!\w)(?P<p_from>(?i:từ))\s{1,3})?
      (?:(?<!\w)(?P<p_nam>(?i:năm))\s{1,3})?
      (?<![\w.,/-])
      (?P<p_s>\d{4})
      (?:
          \s{0,3}(?:[-–—]|(?i:đến|tới|cho\s{1,3}đến|sang)(?!\w))\s{0,3}
          (?:(?i:năm)\s{1,3})?(?P<p_e>\d{4})
        | [-–/](?P<p_e2>\d{2}|\d{4})
      )
      (?![\w]|[.,/-]\d)
      )
    | (?P<bmonth>  # month and year without "tháng": 9/2017
      (?<![\w.,/-])
      (?P<bm>\d{1,2})/(?P<bm_y>\d{4})
      (?![\w/]|[.,-]\d)
      )
    | (?P<year>  # year, "năm" kept in the span when written: năm 2016, 2016
      (?:(?<!\w)(?P<y_nam>(?i:năm))\s{1,3})?
      (?<![\w.,/-])
      (?P<y>\d{4})
      (?![\w]|[.,/-]\d)
      )
    """,
    regex.VERBOSE,
)

# Where a form may begin: a run of digits (a candidate is then widened to the
# calendar word written before it), or "quý" (a quarter may have no digit).
_CANDIDATE = regex.compile(
    r"""
    (?<![\d.,])              # not inside a bigger number: "2.000", "53.500", "15,6"
    (?: \d{4}(?!\d)          # a year: 2025
      | \d{1,2}(?=[/.\-–]\d)  # a day or month before a separator: 27/5, 9/2017, 12-23/5
    )
    """,
    regex.VERBOSE,
)
# Words that start a form whose first number has no separator after it:
# "quý I", "tháng 8", "5 tháng 8 năm 2023", "Q1 2025".
_ANCHOR_WORDS = ("quý", "Quý", "quí", "Quí", "QUÝ", "tháng", "Tháng", "THÁNG", "Q")
# The calendar words a form may start with, right before its first number.
_PREFIX = regex.compile(
    r"""
    (?:
        (?<!\w)(?i:từ)\s{1,3}                                  # từ 2021 đến 2025
        (?P<word>(?<!\w)(?i:ngày|tháng|năm|quý|quí)\s{1,3})?  # từ năm 2021
      | (?P<word>(?<!\w)(?i:ngày|tháng|năm|quý|quí|sáng|trưa|chiều|tối|đêm|hôm)\s{1,3}
        | Q)                                                   # Q3/2024
    )
    \Z
    """,
    regex.VERBOSE,
)
_PREFIX_REACH = 16
# Cheap test that a calendar word may stand before a number (casefolded).
_DAY_WORDS = ("ngày", "sáng", "trưa", "chiều", "tối", "đêm", "hôm")
_PREFIX_HINTS = ("tháng", "năm", "quý", "quí", "từ", "q", *_DAY_WORDS)

# One word (letters) or one number, for reading the context of a candidate.
_TOKEN = regex.compile(r"\p{L}+|\d+")
# What ends the clause a cue must sit in: a cue before one of these is not read.
_CLAUSE_BREAK = regex.compile(r"[.;:!?\n()\[\]\"“”,]")
# What may follow a year and close its phrase.
_BOUNDARY_CHARS = frozenset(".,;:!?)]}\"'“”‘’»…\n\r-–—/")
# The text between two years of one list: a comma, a dash, or a joiner word.
_GAP = regex.compile(r"\s{0,3}(?:[,;–—-]|\p{L}+(?:\s\p{L}+)?)\s{0,3}")

Cue = Literal["strong", "cue", "block", "number"]
After = Literal["end", "follower", "capital", "word", "unit", "number"]


@dataclass(frozen=True)
class _Lexicon:
    """The cue-word sections of ``vi_time_cues.txt``."""

    strong_cue: frozenset[str]
    cue: frozenset[str]
    not_before: frozenset[str]
    not_after: frozenset[str]
    follower: frozenset[str]
    joiner: frozenset[str]


@functools.cache
def _lexicon() -> _Lexicon:
    """Load the cue words once."""
    sections: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in read_lines(*CUE_FILE):
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
        elif current is not None:
            current.add(" ".join(line.casefold().split()))
    names = ("strong_cue", "cue", "not_before", "not_after", "follower", "joiner")
    missing = [n for n in names if n not in sections]
    if missing:
        raise ValueError(f"{'/'.join(CUE_FILE)} lacks sections {missing}")
    return _Lexicon(**{n: frozenset(sections[n]) for n in names})


def _cue_before(text: str, pos: int) -> Cue | None:
    """Classify the words right before ``pos`` (same clause): a cue, a blocker, or none."""
    window = text[max(0, pos - 40) : pos]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    tokens = [t.casefold() for t in _TOKEN.findall(window)]
    if not tokens:
        return None
    lex = _lexicon()
    for n in (3, 2, 1):
        if len(tokens) < n:
            continue
        phrase = " ".join(tokens[-n:])
        if phrase in lex.not_before:
            return "block"
        if phrase in lex.strong_cue:
            return "strong"
        if phrase in lex.cue:
            return "cue"
    if tokens[-1].isdigit():
        return "number"
    return None


def _what_follows(text: str, pos: int) -> After:
    """Classify what comes right after ``pos``: the end of a phrase, a unit, a word …"""
    rest = text[pos : pos + 40].lstrip(" \t")
    if not rest:
        return "end"
    first = rest[0]
    if first in "%$":
        return "unit"
    if first.isdigit():
        return "number"
    if first in _BOUNDARY_CHARS:
        return "end"
    words = [w.casefold() for w in _TOKEN.findall(rest[:30])[:2]]
    if not words or not first.isalpha():
        return "end"
    lex = _lexicon()
    if " ".join(words) in lex.not_after or words[0] in lex.not_after:
        return "unit"
    if " ".join(words) in lex.follower or words[0] in lex.follower:
        return "follower"
    if first.isupper():
        return "capital"
    return "word"


def _in(year: int, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= year <= bounds[1]


def _joins_previous(text: str, last_end: int, start: int) -> bool:
    """True when only a list joiner ("," "và" "đến" …) separates ``start`` from a year."""
    if last_end < 0 or start - last_end > 12:
        return False
    gap = text[last_end:start]
    if not _GAP.fullmatch(gap):
        return False
    words = " ".join(t.casefold() for t in _TOKEN.findall(gap))
    return not words or words in _lexicon().joiner


def _is_year(
    text: str, start: int, end: int, year: int, *, last_end: int, cued: bool = False
) -> bool:
    """Decide whether the number at ``text[start:end]`` names a year.

    Args:
        text: the whole text.
        start: where the number starts.
        end: where the form holding the number ends.
        year: the number's value.
        last_end: where the previous year or period ends (-1 when none).
        cued: the form itself carries a cue ("năm 2016", "từ 2021 đến 2025").

    Returns:
        Whether it is a year.
    """
    after = _what_follows(text, end)
    if after in ("unit", "number"):
        return False
    if start > 0 and text[start - 1] == "(" and text[end : end + 1] == ")":
        return _in(year, _WIDE_RANGE)
    if cued:
        return _in(year, _WIDE_RANGE)
    if after != "word" and _joins_previous(text, last_end, start):
        return _in(year, _WIDE_RANGE)
    before = _cue_before(text, start)
    if before in ("block", "number"):
        return False
    if before == "strong":
        return _in(year, _WIDE_RANGE)
    if not _in(year, _BARE_RANGE):
        return False
    return before == "cue" or after in ("end", "follower", "capital")


def _valid_date(year: int, month: int, day: int) -> str | None:
    """ISO form of a calendar date, or None when there is no such day."""
    if not _in(year, _WIDE_RANGE):
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _short_end(start: int, two_digits: str) -> int:
    """The full end year of "2021-25": the first year ending in those digits after ``start``."""
    end = start - start % 100 + int(two_digits)
    return end if end > start else end + 100


def _ref(
    m: regex.Match[str],
    kind: TimeKind,
    *,
    year: int | None = None,
    start_year: int | None = None,
    end_year: int | None = None,
    month: int | None = None,
    quarter: int | None = None,
    date: str | None = None,
) -> TimeRef:
    """A ``TimeRef`` over the whole match."""
    return TimeRef(
        text=m.group(),
        start=m.start(),
        end=m.end(),
        kind=kind,
        year=year,
        start_year=start_year,
        end_year=end_year,
        month=month,
        quarter=quarter,
        date=date,
    )


def _int(value: str | None) -> int | None:
    return int(value) if value is not None else None


def _plausible(year: int | None) -> int | None:
    """``year`` when it is a plausible calendar year, else None."""
    return year if year is not None and _in(year, _WIDE_RANGE) else None


def _read_match(m: regex.Match[str], text: str, last_end: int) -> list[TimeRef]:
    """Turn one match of ``_TIME`` into the time references it holds (maybe none)."""
    form = m.lastgroup
    g = m.group
    if form == "iso":
        return _date_ref(m, int(g("iso_d")), int(g("iso_m")), int(g("iso_y")))
    if form == "vdate":
        return _date_ref(m, int(g("vd_d")), int(g("vd_m")), _int(g("vd_y")))
    if form == "vydate":
        return _date_ref(m, int(g("vy_d")), int(g("vy_m")), int(g("vy_y")))
    if form == "ndate":
        return _date_ref(m, int(g("d_d")), int(g("d_m")), int(g("d_y")))
    if form == "dayrange":
        # A range of days keeps its month and year; ``date`` is for one day only.
        d1, d2, month, year = (int(g(k)) for k in ("dr_d1", "dr_d2", "dr_m", "dr_y"))
        if d1 >= d2 or _valid_date(year, month, d2) is None:
            return []
        return [_ref(m, "date", year=year, month=month)]
    if form == "part":
        part_year = _plausible(int(g("part_y")))
        return [_ref(m, "year", year=part_year)] if part_year is not None else []
    if form == "daymonth":
        return _date_ref(m, int(g("dm_d")), int(g("dm_m")), None)
    if form in ("quarter", "qquarter"):
        q = g("q") or g("qq")
        q_year = _plausible(_int(g("q_y")) or _int(g("qq_y")))
        return [_ref(m, "quarter", quarter=_ROMAN.get(q) or int(q), year=q_year)]
    if form == "mrange":
        first, last, year = int(g("mr1")), int(g("mr2")), int(g("mr_y"))
        if not (1 <= first < last <= 12 and _in(year, _WIDE_RANGE)):
            return []
        parts = ((m.start(), m.end("mr1"), first), (m.start("mr2"), m.end(), last))
        return [
            TimeRef(text=text[s:e], start=s, end=e, kind="month", month=mo, year=year)
            for s, e, mo in parts
        ]
    if form == "month":
        month = int(g("mo"))
        if not 1 <= month <= 12:
            return []
        return [_ref(m, "month", month=month, year=_plausible(_int(g("mo_y"))))]
    if form == "period":
        return _period_refs(m, text, last_end)
    if form == "bmonth":
        month, year = int(g("bm")), int(g("bm_y"))
        if 1 <= month <= 12 and _is_year(text, m.start("bm"), m.end(), year, last_end=last_end):
            return [_ref(m, "month", month=month, year=year)]
        return []
    year = int(g("y"))
    if g("y_nam") is not None and _cue_before(text, m.start("y")) != "block":
        # "năm 2025 điểm chuẩn tăng": right after "năm" only another number undoes it
        if _in(year, _WIDE_RANGE) and _what_follows(text, m.end()) != "number":
            return [_ref(m, "year", year=year)]
        return []
    if _is_year(text, m.start("y"), m.end(), year, last_end=last_end):
        return [_ref(m, "year", year=year)]
    return []


def _date_ref(m: regex.Match[str], day: int, month: int, year: int | None) -> list[TimeRef]:
    """A date; without a year it keeps only its month (TimeRef has no day field)."""
    if year is None:
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return []
        return [_ref(m, "date", month=month)]
    iso = _valid_date(year, month, day)
    if iso is None:
        return []
    return [_ref(m, "date", year=year, month=month, date=iso)]


def _period_refs(m: regex.Match[str], text: str, last_end: int) -> list[TimeRef]:
    """A period "2021-2025"; when it is not one, its two numbers are read as lone years."""
    start = int(m.group("p_s"))
    short = m.group("p_e2") is not None and len(m.group("p_e2")) == 2
    end_text = m.group("p_e") or m.group("p_e2")
    end = _short_end(start, end_text) if short else int(end_text)
    cue_before = _cue_before(text, m.start("p_s"))
    # "từ năm 2021", "năm 2021-2025", "giai đoạn 2021-2025": history allowed;
    # "từ 2021", "đến 2021-2025": modern years; no cue: modern years followed
    # by the end of the phrase, as for a lone year.
    parenthesised = text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"
    if m.group("p_nam") is not None or cue_before == "strong" or parenthesised:
        bounds, cued = _WIDE_RANGE, True
    elif m.group("p_from") is not None or cue_before == "cue":
        bounds, cued = _BARE_RANGE, True
    else:
        bounds, cued = _BARE_RANGE, False
    if cue_before == "block":
        return []  # "khoảng 2000-2010 hộ"
    if start < end <= start + _MAX_PERIOD_YEARS and _in(start, bounds) and _in(end, bounds):
        if _is_year(text, m.start("p_s"), m.end(), start, last_end=last_end, cued=cued):
            return [_ref(m, "period", start_year=start, end_year=end)]
        return []  # a range of counts: "2020-2025 doanh nghiệp"
    # Not the shape of a period ("2025-2020", "1500-2000"): each four-digit
    # number may still be a year on its own, unless the pair counts something
    # ("2000-2500 đồng/kg").
    if _what_follows(text, m.end()) in ("unit", "number", "word"):
        return []
    refs: list[TimeRef] = []
    for group in ("p_s", "p_e", "p_e2"):
        value = m.group(group)
        if value is None or len(value) != 4:
            continue
        s, e = m.start(group), m.end(group)
        if _is_year(text, s, e, int(value), last_end=last_end):
            refs.append(TimeRef(text=value, start=s, end=e, kind="year", year=int(value)))
            last_end = e
    return refs


def _inherit_years(refs: list[TimeRef], text: str) -> list[TimeRef]:
    """Give a yearless month or quarter the year of the next one in its list.

    "quý I và quý II/2024": both quarters are of 2024.
    """
    out = list(refs)
    for i in range(len(out) - 2, -1, -1):
        ref, nxt = out[i], out[i + 1]
        if (
            ref.year is None
            and ref.kind in ("month", "quarter")
            and nxt.kind == ref.kind
            and nxt.year is not None
            and _joins_previous(text, ref.end, nxt.start)
        ):
            out[i] = ref.model_copy(update={"year": nxt.year})
    return out


def find_years(text: str, published: datetime.date | None = None) -> list[TimeRef]:
    """Find every year, period, date, quarter and month in ``text``.

    Args:
        text: normalised Vietnamese text.
        published: the article's published date; relative times ("năm nay",
            "quý tới") and dates without a year ("ngày 14/1") take their year
            from it (else from the article's date line, see ``relative_times``).

    Returns:
        The time references in text order, with offsets into ``text``;
        relative ones carry ``relative=True``.

    >>> [(t.kind, t.start_year, t.end_year) for t in find_years("giai đoạn 2022-2025")]
    [('period', 2022, 2025)]
    >>> [(t.text, t.start_year, t.end_year) for t in find_years("từ năm 2021 đến năm 2025")]
    [('từ năm 2021 đến năm 2025', 2021, 2025)]
    >>> [(t.kind, t.quarter, t.year) for t in find_years("Lợi nhuận quý I/2024 tăng.")]
    [('quarter', 1, 2024)]
    >>> [(t.kind, t.date) for t in find_years("Ngày 27/5/2025, tỉnh công bố quy hoạch.")]
    [('date', '2025-05-27')]
    >>> [(t.kind, t.month, t.year) for t in find_years("Đến tháng 8/2023, dự án hoàn thành.")]
    [('month', 8, 2023)]
    >>> [t.year for t in find_years("Mục tiêu đến năm 2030, tầm nhìn đến năm 2045.")]
    [2030, 2045]
    >>> find_years("Nghị định số 15/2018/NĐ-CP quy định 3.350 thủ tục.")
    []
    >>> day = datetime.date(2025, 3, 1)
    >>> [(t.text, t.year, t.relative) for t in find_years("Năm nay tăng 5%.", day)]
    [('Năm nay', 2025, True)]
    """
    refs: list[TimeRef] = []
    last_end = -1
    consumed = 0
    for starts in _candidate_starts(text):
        if starts[0] < consumed:
            continue
        m = None
        for start in starts:  # the widest start first: "từ năm 2020", "năm 2020", "2020"
            m = _TIME.match(text, start)
            if m is not None:
                break
        if m is None:
            for start in starts:  # "ngày 5 tháng Một năm 2022" from "ngày"
                found = _word_month(text, start)
                if found:
                    break
            if found:
                consumed = found[0].end
                refs.extend(found)
                last_end = -1
            continue
        consumed = m.end()
        found = _read_match(m, text, last_end)
        refs.extend(found)
        if found:
            last_end = found[-1].end if found[-1].kind in ("year", "period") else -1
    return resolve_relative(text, _inherit_years(refs, text), published)


@dataclass(frozen=True)
class _MonthWords:
    """The month names of ``vi_month_words.tsv``, one pattern for "(ngày D) tháng <name>
    (năm YYYY)", and the words that make "tháng <name>" after them a name's."""

    month: dict[str, int]  # casefolded name -> month number
    capital_only: frozenset[str]  # casefolded names that are a month only capitalised
    pattern: regex.Pattern[str]
    name_heads: frozenset[str]  # "cách mạng": "Cách mạng tháng Tám" names an event


@functools.cache
def _month_words() -> _MonthWords:
    """Load the month names once (longest first in the pattern: "mười hai" before "mười")."""
    month: dict[str, int] = {}
    capital_only: set[str] = set()
    for line in read_lines(*MONTH_WORD_FILE):
        word, number, case = (part.strip() for part in line.split("\t"))
        key = " ".join(word.casefold().split())
        month[key] = int(number)
        if case == "capital":
            capital_only.add(key)
    alts = "|".join(
        r"[ \t]{1,3}".join(map(regex.escape, w.split()))
        for w in sorted(month, key=len, reverse=True)
    )
    pattern = regex.compile(
        r"(?:(?<!\w)(?i:ngày|mùng|mồng)[ \t]{1,3}(?P<d>\d{1,2})[ \t]{1,3})?"
        rf"(?<!\w)(?P<t>(?i:tháng))[ \t]{{1,3}}(?P<w>(?i:{alts}))(?!\w)"
        r"(?:(?:[ \t]{0,3}/[ \t]{0,3}|[ \t]{1,3}(?:(?i:năm)[ \t]{1,3})?)(?P<y>\d{4})"
        r"(?![\w]|[.,/-]\d))?"
    )
    heads = frozenset(" ".join(w.casefold().split()) for w in read_lines(*MONTH_NAME_HEAD_FILE))
    return _MonthWords(month, frozenset(capital_only), pattern, heads)


# A capitalised word right after a month's name: a title-case heading ("Mỗi Tháng Hai Lần").
_CAPITAL_AFTER = regex.compile(r"[ \t]{1,3}\p{Lu}")


def _word_month(text: str, start: int) -> list[TimeRef]:
    """Rule ``word_month``: a month written as a word ("tháng Một năm 2022", "Tháng Năm
    2026", "tháng hai năm nay", "ngày 5 tháng Một năm 2022"), where the word names the
    month: a year or a relative year follows, or the name is capitalised in running text
    ("trong tháng Tư"). Not a count ("hai tháng một lần", "Sau 3 tháng Ba Lan …"), nor a
    name's word ("đường Cách Mạng Tháng Tám", "Cách mạng tháng Mười").

    >>> [(t.text, t.month, t.year) for t in find_years("Tháng Ba/2023, nhà máy khởi công.")]
    [('Tháng Ba/2023', 3, 2023)]
    >>> find_years("Cứ hai tháng một lần, công ty kiểm kê kho.")
    []
    """
    lex = _month_words()
    m = lex.pattern.match(text, start)
    if m is None:
        return []
    name = m.group("w")
    key = " ".join(name.casefold().split())
    year = _plausible(_int(m.group("y")))
    if m.group("y") is not None and year is None:
        return []
    # capitalised in running text: not all capitals, nor one of a title-case heading's words
    # ("Mỗi Tháng Hai Lần": "Tháng" and the word after the name capitalised too)
    heading = m.group("t")[0].isupper() and _CAPITAL_AFTER.match(text, m.end()) is not None
    capital = name[0].isupper() and not name.isupper() and not heading
    if key in lex.capital_only and not capital:
        return []  # "tháng năm": also "months and years"
    dated = year is not None or starts_relative_year(text, m.end())
    if not dated and (not capital or counted_before(text, m.start("t"))):
        return []  # "hai tháng một lần", "Sau 3 tháng Ba Lan …": a count, not a month
    if not dated and _in_name(text, m.start("t"), lex.name_heads):
        return []  # "đường Cách Mạng Tháng Tám": a name's word, not a month
    if m.group("d") is not None:
        return _date_ref(m, int(m.group("d")), lex.month[key], year)
    return [_ref(m, "month", month=lex.month[key], year=year)]


def _in_name(text: str, pos: int, heads: frozenset[str]) -> bool:
    """Whether "tháng" at ``pos`` is a word of a proper name: capitalised inside its
    sentence right after a capitalised word ("Cách Mạng Tháng Tám"), or after a name's
    head word ("Cách mạng tháng Mười"); white space alone between them."""
    words = list(_TOKEN.finditer(text, max(0, pos - 24), pos))[-2:]
    if not words or text[words[-1].end() : pos].strip(" \t"):
        return False  # a comma, a line break …: no name runs on into "tháng"
    last = words[-1].group()
    if text[pos].isupper() and last[0].isupper():
        before = text[max(0, words[-1].start() - 2) : words[-1].start()].strip(" \t")
        if before and before[-1] not in '.!?:;"“(\n-–':
            return True  # "… đường Cách Mạng Tháng Tám": not "Hà Nội. Tháng Tám, …"
    joined = [w.group().casefold() for w in words]
    two_words = len(words) == 2 and not text[words[0].end() : words[1].start()].strip(" \t")
    return joined[-1] in heads or (two_words and " ".join(joined) in heads)


def _in_link(text: str, pos: int) -> bool:
    """True when ``pos`` lies in a web address, an e-mail address or a query string."""
    floor = max(0, pos - 200)
    left = max(text.rfind(" ", floor, pos), text.rfind("\n", floor, pos), floor - 1)
    token = text[left + 1 : pos]
    return "://" in token or "www." in token or "@" in token or "=" in token


def _number_starts(text: str, s: int, e: int) -> tuple[int, ...]:
    """The starts to try for the number ``text[s:e]``, widest first.

    "từ năm 2021" → the starts of "từ", "năm" and "2021"; "6T/2024", "H1/2024"
    → the start of the word before the slash.
    """
    before = text[max(0, s - _PREFIX_REACH) : s].casefold()
    if any(w in before for w in _PREFIX_HINTS):
        p = _PREFIX.search(text, max(0, s - _PREFIX_REACH), s)
        if p is not None:
            return tuple(i for i in (p.start(), p.start("word"), s) if i >= 0)
    t = s - 1 if e - s == 4 and text[s - 1 : s] == "/" else s
    while t > max(0, s - 5) and text[t - 1].isalnum():
        t -= 1
    return (t, s) if t < s else (s,)


def _anchor_starts(text: str, i: int) -> tuple[int, ...]:
    """The starts to try for a calendar word at ``i``: "5 tháng 8 năm 2023" starts at "5"."""
    j = i
    while j > max(0, i - 4) and text[j - 1] == " ":
        j -= 1
    k = j
    while k > max(0, j - 2) and text[k - 1].isdigit():
        k -= 1
    if k < j and not text[k - 1 : k].isdigit():
        return (*_number_starts(text, k, j), i)
    return (i,)


def _candidate_starts(text: str) -> list[tuple[int, ...]]:
    """Where ``_TIME`` may match, in text order, each with its narrower starts.

    Scanning for digits first and trying the full pattern only where a form can
    begin keeps ``find_years`` fast on long articles.
    """
    starts: list[tuple[int, ...]] = []
    for word in _ANCHOR_WORDS:
        i = text.find(word)
        while i >= 0:
            starts.append(_anchor_starts(text, i))
            i = text.find(word, i + 1)
    for d in _CANDIDATE.finditer(text):
        s, e = d.span()
        if s > 1 and text[s - 1] in "/:" and text[s - 2].isdigit():
            continue  # inside "27/5/2025", "9001:2015": read with its first part
        if e - s < 4 and text[e : e + 1] == "." and "." not in text[e + 2 : e + 4]:
            continue  # "53.500" is a number; "27.5.2025" is a date
        if not _in_link(text, s):
            starts.append(_number_starts(text, s, e))
    starts.sort()
    return starts
