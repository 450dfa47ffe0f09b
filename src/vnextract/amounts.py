"""Amounts: numbers that count or measure something, with unit and qualifier.

``find_amounts`` scans normalised text for numerals (``vnextract.numbers``) and
reads what surrounds each one: a qualifier before it ("hơn", "khoảng"), a range
("từ 1.300 đến 1.500", "20-25%"), a currency, percent or measure unit, or the
noun it counts ("3.350 doanh nghiệp"), and a rate's denominator ("đồng/m2").
Years, dates, durations, ordinals, document numbers, phone numbers, URLs and
vague quantities ("hàng trăm") give nothing. Word lists live under
``models/units/``.

>>> [(a.text, a.value, a.unit, a.kind, a.qualifier) for a in find_amounts(
...     "Tỉnh thu hút hơn 3.350 doanh nghiệp với vốn lên tới 59 nghìn tỷ đồng.")]
[('hơn 3.350 doanh nghiệp', 3350.0, 'doanh nghiệp', 'count', 'more_than'), \
('lên tới 59 nghìn tỷ đồng', 59000000000000.0, 'VND', 'money', 'up_to')]
>>> a = find_amounts("Giá bán từ 20-25 triệu đồng/m2.")[0]
>>> (a.text, a.min, a.max, a.unit, a.per)
('từ 20-25 triệu đồng/m2', 20000000.0, 25000000.0, 'VND', 'm2')
>>> find_amounts("Năm 2025, sau 5 năm, Nghị quyết số 09-NQ/TU đứng thứ 5.")
[]
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import cast, get_args

import regex

from vnextract.numbers import number_words, parse_number
from vnextract.resources import read_lines
from vnextract.schema import Amount, AmountKind, Qualifier

_MASK_CHAR = "#"

# Pieces of text whose digits are never amounts: they are masked before the scan.
_MASKED = regex.compile(
    r"""
      (?:https?://|www\.)[^\s<>"]++                         # a URL
    | [\w.+-]++@[\w-]++(?:\.[\w-]++)++                      # an e-mail address
    | (?<![\w.])[\w-]++(?:\.[\w-]++)*+\.(?:com|net|org|vn|gov|edu|info)\b(?:/[^\s<>"]*+)?
                                                            # a bare domain: Cadn.com.vn
    | (?<![\w.,+])(?:\+84[ .]?|0)\d{2,3}+(?:[ .-]?\d{3}){2}+\d?+(?![\w,])
                                                            # a phone number: 0912 345 678
    | (?<![\w.,])1[89]00[ .]?\d{4}+(?![\w,])                # a hotline: 1900 1234
    | (?<![\w/.,+-])\d[\w.,]*+(?:[/-][\w.,]++)++            # digits joined by / or -: dates,
                                                            # codes, ranges (kept or masked below)
    """,
    regex.VERBOSE,
)

# A slash/dash token that is a code or a date, not a range or a fraction.
_CODE_OR_DATE = regex.compile(
    r"""
      .*\p{Lu}                                  # holds a capital: 09-NQ/TU, 749/QĐ-TTg
    | \d++[/-]\d++[/-]\d++                      # day/month/year: 27/5/2025, 28-10-2016
    | \d{1,2}+[/-](?:19|20)\d\d(?!\d)           # month/year: 8/2023, 10-2016
    | (?:19|20)\d\d[/-](?:19|20)\d\d(?!\d)      # a period of years: 2022-2025
    | (?:[1-9]|[12]\d|3[01])/(?:[1-9]|1[0-2])(?![\d\w])  # day/month: 30/8
    """,
    regex.VERBOSE,
)

# Whitespace within a line.
_SP = r"[^\S\n]"

# A numeral written with digits (validated by parse_number), possessive: linear time.
_DIGITS = r"\d++(?:[.,]\d++)*+"


@dataclass(frozen=True)
class _Unit:
    unit: str
    kind: AmountKind


@dataclass(frozen=True)
class _Lexicon:
    """Everything read from models/: compiled once, on first use."""

    number_find: regex.Pattern[str]  # a numeral, where it starts
    number_core: regex.Pattern[str]  # a numeral at a given position (the end of a range)
    range_sep: regex.Pattern[str]
    unit_re: regex.Pattern[str]
    units: dict[str, _Unit]
    words_re: regex.Pattern[str]
    nouns: frozenset[str]
    max_noun_len: int
    not_nouns: frozenset[str]
    time_words: frozenset[str]
    two_syllable: frozenset[str]
    id_before: regex.Pattern[str]
    id_exception: regex.Pattern[str]
    qual_before: regex.Pattern[str]
    qual_after: regex.Pattern[str]
    qualifiers: dict[str, Qualifier | None]  # None: a comparison, not a qualifier
    plan_after: regex.Pattern[str]


def _alternation(words: list[str], *, word_end: bool = True) -> str:
    """A regex alternation of literal words, longest first, each ending at a word edge."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        p = regex.escape(w).replace(r"\ ", _SP + "+")
        if word_end and w[-1:].isalnum():
            p += r"(?![\p{L}\p{N}])"
        parts.append(p)
    return "(?:" + "|".join(parts) + ")"


def _not_before(words: tuple[str, ...] | list[str]) -> str:
    if not words:
        return ""
    alts = "|".join(regex.escape(w) for w in words if w)
    return rf"(?!{_SP}+(?:{alts})(?![\p{{L}}\p{{N}}]))"


@functools.cache
def _lexicon() -> _Lexicon:
    table = number_words()
    scale_alts = []
    word_alts = []
    first_alts = []
    for w in sorted(table.values(), key=lambda x: len(x.word), reverse=True):
        esc = regex.escape(w.word) + r"(?![\p{L}\p{N}])" + _not_before(w.not_before)
        if w.role == "scale":
            scale_alts.append(esc)
        elif w.role != "point":
            word_alts.append(esc)
        if w.role in ("digit", "ten"):
            first_alts.append(esc)
    scale = "(?:" + "|".join(scale_alts) + ")"
    half = r"(?:rưỡi|rưởi)(?![\p{L}\p{N}])"
    word = "(?:" + "|".join(word_alts) + ")"
    first = "(?:" + "|".join(first_alts) + ")"
    core = rf"""
        (?P<digits>{_DIGITS}
            (?:{_SP}?k(?![\p{{L}}\p{{N}}]))?                     # 10k
            (?:,?{_SP}+{scale}(?:{_SP}+(?:{scale}|{half}))*+       # 59 nghìn tỷ, 33, tỷ
               (?:{_SP}+\d++(?:[.,]\d++)*+(?:{_SP}+{scale})++)*+   # 1 tỷ 200 triệu
            )?
        )
      | (?P<words>(?i:{first})(?:{_SP}+(?:{word}|{scale}))*+)      # hai mươi mốt nghìn
    """
    number_core = regex.compile(core, regex.VERBOSE)
    number_find = regex.compile(
        rf"""
        (?:(?<=EUR|USD|US\$)|(?<![\p{{L}}\p{{N}}_\#]))  # not inside a word, a number, masked
        (?<![\p{{L}}\p{{N}}][./,-])             # nor after "Covid-", "I/", "1."
        (?:{core})
        """,
        regex.VERBOSE,
    )
    range_sep = regex.compile(
        rf"{_SP}*+(?P<sep>[-–—]|(?:đến|tới|và)(?![\p{{L}}\p{{N}}])){_SP}*+", regex.VERBOSE
    )

    units: dict[str, _Unit] = {}
    unit_alts = []
    rows = [line.split("\t") for line in read_lines("units", "units.tsv")]
    for surface, unit, kind, *rest in sorted(rows, key=lambda r: len(r[0]), reverse=True):
        if kind not in get_args(AmountKind):
            raise ValueError(f"units.tsv: unknown kind {kind!r} for {surface!r}")
        units[surface.replace(" ", "")] = _Unit(unit, cast(AmountKind, kind))
        p = regex.escape(surface).replace(r"\ ", _SP + "+")
        if surface[-1].isalnum():
            p += r"(?![\p{L}\p{N}])"
        p += _not_before(rest[0].split("|") if rest and rest[0] else [])
        unit_alts.append(p)
    unit_re = regex.compile(rf"{_SP}*+(?P<unit>{'|'.join(unit_alts)})")

    nouns = frozenset(read_lines("units", "counted_nouns.txt"))
    qualifiers: dict[str, Qualifier | None] = {}
    before: list[str] = []
    after: list[str] = []
    for line in read_lines("units", "qualifiers.tsv"):
        phrase, qual, position = line.split("\t")
        if qual != "none" and qual not in get_args(Qualifier):
            raise ValueError(f"qualifiers.tsv: unknown qualifier {qual!r} for {phrase!r}")
        qualifiers[phrase] = None if qual == "none" else cast(Qualifier, qual)
        (before if position == "before" else after).append(phrase)
    return _Lexicon(
        number_find=number_find,
        number_core=number_core,
        range_sep=range_sep,
        unit_re=unit_re,
        units=units,
        words_re=regex.compile(rf"(?:{_SP}+(\p{{Ll}}+)){{1,3}}+"),
        nouns=nouns,
        max_noun_len=max(len(n.split()) for n in nouns),
        not_nouns=frozenset(read_lines("units", "not_nouns.txt")),
        time_words=frozenset(read_lines("units", "time_words.txt")),
        two_syllable=frozenset(read_lines("units", "vi_two_syllable_words.txt")),
        id_before=regex.compile(
            rf"(?<![\p{{L}}\p{{N}}]){_alternation(read_lines('units', 'id_words.txt'))}{_SP}*+$",
            regex.IGNORECASE,
        ),
        id_exception=regex.compile(
            rf"(?<![\p{{L}}\p{{N}}]){_alternation(read_lines('units', 'id_exceptions.txt'))}"
            rf"{_SP}*+$",
            regex.IGNORECASE,
        ),
        qual_before=regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?P<q>{_alternation(before)}){_SP}++$", regex.IGNORECASE
        ),
        qual_after=regex.compile(rf"{_SP}++(?P<q>{_alternation(after)})"),
        qualifiers=qualifiers,
        plan_after=regex.compile(
            rf"{_SP}++(?:so{_SP}+với{_SP}+)?{_alternation(read_lines('units', 'plan_words.txt'))}"
        ),
    )


def _mask(text: str) -> str:
    """``text`` with URLs, e-mails, phone numbers, dates and codes blanked out."""
    out = []
    last = 0
    for m in _MASKED.finditer(text):
        s = m.group()
        if s[0].isdigit() and ("/" in s or "-" in s) and not _CODE_OR_DATE.match(s):
            continue  # a range ("20-25") or a fraction ("533/722"): the scan reads it
        out.append(text[last : m.start()])
        out.append(_MASK_CHAR * len(s))
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


# A sign written before a number: "-4,02%", "(+10,07%)", "+ 0,04%".
_SIGN_BEFORE = regex.compile(rf"(?:^|(?<=[\s(\[]))(?P<sign>[-−+]){_SP}?$")
# A currency written before a number: "$10", "US$ 5", "EUR 20".
_CURRENCY_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?P<cur>US\$|\$|€|£|EUR|USD){_SP}?$")
_RANGE_START = regex.compile(rf"(?<![\p{{L}}])(?P<w>từ|giữa|Từ|Giữa){_SP}+$")
_MULTIPLE_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?P<w>gấp|Gấp){_SP}+$")
_PER = regex.compile(
    rf"{_SP}?/{_SP}?(?P<per>[\p{{L}}][\p{{L}}\d²³]*+(?:/[\p{{L}}][\p{{L}}\d²³]*+)*+)"
)
_HEIGHT = regex.compile(r"m(?P<cm>\d\d)(?!\d)")  # 1m85
_OF_TOTAL = regex.compile(rf"{_SP}+trong{_SP}+(?:tổng{_SP}+)?số{_SP}+")
_GLUED_LETTER = regex.compile(r"[\p{L}\d]")
# Between an amount and a following "vượt": "11 tỷ kWh, vượt 246 triệu kWh".
_AFTER_AMOUNT = regex.compile(rf"[,;(]?{_SP}*+(?:và{_SP}+)?")


@dataclass
class _Found:
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str = ""
    kind: AmountKind = "count"
    qualifier: Qualifier | None = None
    per: str | None = None


def _read_number(lex: _Lexicon, m: regex.Match[str]) -> tuple[float, int] | None:
    """The value of a numeral match and where it ends (shorter if the whole fails)."""
    text = m.group()
    value = parse_number(text)
    end = m.end()
    while value is None:
        cut = text.rfind(" ")
        if cut <= 0:
            return None
        text = text[:cut].rstrip(", ")
        end = m.start() + len(text)
        value = parse_number(text)
    return value, end


def _base(text: str) -> float | None:
    """The value of a numeral's first token: "4" in "4 tỷ" (to share multipliers)."""
    return parse_number(text.split()[0]) if text.split() else None


def _unit_at(lex: _Lexicon, text: str, pos: int) -> tuple[_Unit, str, int] | None:
    m = lex.unit_re.match(text, pos)
    if m is None:
        return None
    surface = m["unit"]
    unit = lex.units.get(regex.sub(r"\s+", "", surface))
    if unit is None:
        return None
    return unit, surface, m.end()


def _noun_at(lex: _Lexicon, text: str, pos: int, *, known_only: bool) -> tuple[str, int] | None:
    """The counted noun after ``pos``: a known noun, else (unless ``known_only``) a guess."""
    m = lex.words_re.match(text, pos)
    if m is None:
        return None
    syllables = m.captures(1)
    ends = m.ends(1)
    for n in range(min(len(syllables), lex.max_noun_len), 0, -1):
        cand = " ".join(syllables[:n])
        if cand in lex.nouns:
            return cand, ends[n - 1]
    if known_only:
        return None
    first = syllables[0]
    words = number_words()
    if first in lex.not_nouns or first in lex.time_words or first in words:
        return None
    if len(syllables) > 1:
        pair = f"{first} {syllables[1]}"
        if pair in lex.two_syllable and syllables[1] not in lex.not_nouns:
            return pair, ends[1]
    return first, ends[0]


def _is_time(lex: _Lexicon, text: str, pos: int) -> bool:
    m = lex.words_re.match(text, pos)
    if m is None:
        return False
    syl = m.captures(1)
    return syl[0] in lex.time_words or " ".join(syl[:2]) in lex.time_words


def _read_amount(lex: _Lexicon, text: str, m: regex.Match[str], prev_end: int) -> _Found | None:
    """Read the amount whose first numeral is ``m``; None when it is not an amount.

    ``prev_end`` is where the previous amount ended: "đạt 11 tỷ kWh, vượt 246
    triệu kWh" states an exact excess over the figure just given.
    """
    read = _read_number(lex, m)
    if read is None:
        return None
    value, end1 = read
    start = m.start()
    num_text = text[start:end1]
    tokens = num_text.split()
    is_words = m.group("words") is not None
    if is_words:
        w = number_words().get(tokens[0].lower())
        single = len(tokens) == 1
        if w is None or (single and w.starts == "no"):
            return None
        known_only = single and w.starts == "noun"
    else:
        known_only = False
    if end1 < len(text) and _GLUED_LETTER.match(text, end1):
        # a letter glued to the digits: only a unit may be ("50MW", "1m85"), not "1nm", "5G"
        h = _HEIGHT.match(text, end1)
        if h is not None and not is_words:
            return _Found(
                start, h.end(), value=value + int(h["cm"]) / 100, unit="m", kind="measure"
            )
        u = _unit_at(lex, text, end1)
        if u is None or u[2] == end1:
            return None
    found = _Found(start, end1, value=value)

    # a unit right after the first numeral ("20%-25%", "1000 đồng đến 2000 đồng")
    unit1 = _unit_at(lex, text, end1)
    pos = unit1[2] if unit1 else end1

    # a range: "20-25%", "từ 1.300 đến 1.500", "giữa 1000 và 2000 đồng"
    left = text[max(0, start - 40) : start]
    range_start = _RANGE_START.search(left)
    sep = lex.range_sep.match(text, pos)
    unit: tuple[_Unit, str, int] | None = unit1
    if sep is not None and (
        sep["sep"] != "và" or (range_start and range_start["w"].lower() == "giữa")
    ):
        m2 = lex.number_core.match(text, sep.end())
        if m2 is not None and not (sep["sep"] in "-–—" and sep.end() - pos > 3):
            read2 = _read_number(lex, m2)
            if read2 is not None:
                value2, end2 = read2
                unit2 = _unit_at(lex, text, end2)
                same = unit2 is not None and (unit1 is None or unit1[0] == unit2[0])
                noun2 = None
                if unit1 is None and unit2 is None:
                    noun2 = _noun_at(lex, text, end2, known_only=known_only)
                ordered = value <= value2
                if ordered and (same or noun2 is not None) and not _is_time(lex, text, end2):
                    low = value
                    if len(tokens) == 1 and not is_words:
                        base = _base(text[m2.start() : end2])
                        if base and value2 / base > 1:
                            low = value * (value2 / base)  # "2-4 tỷ": the multiplier is shared
                    found.value, found.low, found.high = None, low, value2
                    if unit2 is not None:
                        unit, pos = unit2, unit2[2]
                    else:
                        unit, pos = None, end2
                    found.end = pos
                    if noun2 is not None:
                        found.unit, found.kind, found.end = noun2[0], "count", noun2[1]
                    if range_start is not None:
                        found.start = start - len(range_start.group())
    if found.low is None:
        unit = unit1
        pos = unit1[2] if unit1 else end1
        found.end = pos

    if unit is not None:
        found.unit, found.kind = unit[0].unit, unit[0].kind
    elif found.low is None:
        if _is_time(lex, text, end1):
            return None  # a duration: "5 năm", "chín tháng"
        of_total = _OF_TOTAL.match(text, end1)
        noun = None
        if of_total is not None:  # "9 trong số 11 nhóm": the noun comes after the total
            m2 = lex.number_core.match(text, of_total.end())
            if m2 is not None and (r2 := _read_number(lex, m2)) is not None:
                noun = _noun_at(lex, text, r2[1], known_only=False)
                if noun is not None:
                    found.unit, found.kind = noun[0], "count"
        else:
            noun = _noun_at(lex, text, end1, known_only=known_only)
            if noun is not None:
                found.unit, found.kind, found.end = noun[0], "count", noun[1]
        if noun is None:
            cur = _CURRENCY_BEFORE.search(left)
            scale_words = [t for t in tokens if t in ("tỷ", "tỉ")]
            if cur is not None:
                unit_cur = lex.units.get(cur["cur"])
                if unit_cur is None:
                    return None
                found.unit, found.kind = unit_cur.unit, unit_cur.kind
                found.start = start - len(cur.group())
            elif scale_words or (len(tokens) > 1 and _PER.match(text, end1)):
                found.unit, found.kind = "VND", "money"  # "hơn 900 tỷ": đồng is understood
            elif _MULTIPLE_BEFORE.search(left):
                found.unit, found.kind = "lần", "measure"
            else:
                return None  # a bare number: no unit, no counted noun
        if found.kind == "count" and not is_words and found.value is not None:
            plain = text[start:end1]
            if plain.isdigit() and len(plain) == 4 and 1900 <= value <= 2100:
                return None  # "2030 tỉnh" reads as a year before a noun

    if found.kind == "count" and is_words and known_only and found.unit not in lex.nouns:
        return None

    # the denominator of a rate: "đồng/m2", "%/năm"
    per = _PER.match(text, found.end)
    if per is not None and found.kind in ("money", "percent", "measure", "count"):
        found.per = per["per"]
        found.end = per.end()

    # what stands before: identifier words, sign, qualifier, "gấp"
    first_start = found.start
    left = text[max(0, first_start - 40) : first_start]
    if lex.id_before.search(left) and not lex.id_exception.search(left):
        return None  # "thứ 5", "Điều 5", "quận 7", "năm 2025"
    sign = _SIGN_BEFORE.search(left)
    if sign is not None and found.start == start:
        found.start -= len(sign.group())
        if sign["sign"] in "-−":
            found.value = -found.value if found.value is not None else None
        left = text[max(0, found.start - 40) : found.start]
    mult = _MULTIPLE_BEFORE.search(left)
    if mult is not None and found.unit == "lần":
        found.start -= len(mult.group())
        left = text[max(0, found.start - 40) : found.start]
    q = lex.qual_before.search(left)
    if q is not None:
        phrase = regex.sub(r"\s+", " ", q["q"].lower())
        qual = lex.qualifiers.get(phrase)
        excess = phrase == "vượt" and (
            lex.plan_after.match(text, found.end) is not None
            or _AFTER_AMOUNT.fullmatch(text, prev_end, found.start - len(q.group())) is not None
        )
        if qual is not None and not excess:
            found.qualifier = qual
            found.start -= len(q.group())
    after = lex.qual_after.match(text, found.end)
    if after is not None and found.qualifier is None:
        found.qualifier = lex.qualifiers[regex.sub(r"\s+", " ", after["q"])]
        found.end = after.end()
        if range_start is not None and found.low is None:
            found.start = min(found.start, start - len(range_start.group()))
    return found


def find_amounts(text: str) -> list[Amount]:
    """Find every amount in ``text``.

    Args:
        text: normalised article text (NFC, one tone-mark placement).

    Returns:
        The amounts in order, with offsets into ``text``; overlapping readings
        are resolved left to right.

    >>> [(a.text, a.min, a.max, a.unit) for a in find_amounts("tăng từ 4,2-6,6%")]
    [('từ 4,2-6,6%', 4.2, 6.6, '%')]
    >>> [(a.text, a.value, a.unit) for a in find_amounts("giảm -4,02%, gấp 2,6 lần")]
    [('-4,02%', -4.02, '%'), ('gấp 2,6 lần', 2.6, 'lần')]
    """
    lex = _lexicon()
    masked = _mask(text)
    out: list[Amount] = []
    last_end = 0
    for m in lex.number_find.finditer(masked):
        if m.start() < last_end:
            continue
        found = _read_amount(lex, masked, m, last_end)
        if found is None or found.start < last_end:
            continue
        last_end = found.end
        out.append(
            Amount(
                text=text[found.start : found.end],
                start=found.start,
                end=found.end,
                value=found.value,
                min=found.low,
                max=found.high,
                unit=found.unit,
                kind=found.kind,
                qualifier=found.qualifier,
                per=found.per,
            )
        )
    return out
