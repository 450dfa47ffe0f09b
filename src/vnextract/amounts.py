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
>>> [(a.text, a.per) for a in find_amounts(
...     "Mỗi năm, tỉnh đón 1.500 doanh nghiệp; tăng trưởng cả năm 8%.")]
[('1.500 doanh nghiệp', 'năm'), ('8%', None)]
"""

from __future__ import annotations

import functools
import operator
import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import cast, get_args

import regex

from vnextract.lowered import Folding
from vnextract.numbers import number_words, parse_number
from vnextract.phrases import matches_from, word_anchor
from vnextract.relative_times import is_relative_phrase
from vnextract.resources import read_lines, two_syllable_words
from vnextract.schema import Amount, AmountKind, Qualifier

_MASK_CHAR = "#"

# Pieces of text whose digits are never amounts: they are masked before the scan.
# Each is its own pattern with a cheap first character: one alternation of all of
# them would be tried at every position.
_URL = regex.compile(r"""(?:https?://|www\.)[^\s<>"]++""")
_EMAIL = regex.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++")
_TLD = regex.compile(r"""\.(?:com|net|org|vn|gov|edu|info)(?![\w])(?:/[^\s<>"]*+)?""")
_PHONE = regex.compile(
    r"""
      (?<![\w.,+])(?:\+84[ .]?|0)\d{2,3}+(?:[ .-]?\d{3}){2}+\d?+(?![\w,])  # 0912 345 678
    | (?<![\w.,])1[89]00[ .]?\d{4}+(?![\w,])                             # hotline 1900 1234
    """,
    regex.VERBOSE,
)
# Digits joined by "/" or "-": dates and codes are masked, ranges and fractions kept.
_SLASHED = regex.compile(r"(?<![\w/.,+-])\d\w*+(?:[.,]\w++)*+(?:[/-]\w++(?:[.,]\w++)*+)++")

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

    candidates: regex.Pattern[str]  # where a numeral may start
    number_core: regex.Pattern[str]  # a numeral at a given position (the end of a range)
    range_sep: regex.Pattern[str]
    unit_re: regex.Pattern[str]
    units: dict[str, _Unit]
    words_re: regex.Pattern[str]
    nouns: frozenset[str]
    max_noun_len: int
    # a counted noun -> the rest of each fixed pair it opens: "tỉnh" -> ", thành phố"
    noun_pairs: dict[str, list[regex.Pattern[str]]]
    pair_seconds: frozenset[str]  # the first words of the nouns a pair's comma is followed by
    not_nouns: frozenset[str]
    time_words: frozenset[str]
    two_syllable: frozenset[str]
    id_words: frozenset[str]
    id_exceptions: frozenset[str]
    qualifiers: dict[str, Qualifier | None]  # before the number; None: a comparison
    qual_after: regex.Pattern[str]
    qualifiers_after: dict[str, Qualifier | None]
    plan_after: regex.Pattern[str]
    frequencies: dict[str, str]  # "hằng năm" → "năm"
    freq_after: regex.Pattern[str]  # a frequency phrase right after an amount
    freq_in: regex.Pattern[str]  # a frequency phrase anywhere in a clause
    freq_at: re.Pattern[str]  # where ``freq_in`` may match: ``phrases.word_anchor``
    freq_front: regex.Pattern[str]  # a clause that is only a frequency phrase: "Mỗi năm,"
    time_labels: dict[str, int]  # "tháng" → 12: the largest number the word labels
    currency_nouns: frozenset[str]  # "đồng bào": a currency word starting a counted noun
    money_context: regex.Pattern[str]  # "lương", "giá": a bare "8 triệu" is đồng
    money_at: re.Pattern[str]  # where ``money_context`` may match: ``phrases.word_anchor``
    # where ``candidates`` may match, on a lower-cased copy (``_candidate_starts``)
    digit_hints: re.Pattern[str]
    word_hints: re.Pattern[str]
    folding: Folding  # which texts have a copy the hints may scan


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


def _not_after(words: tuple[str, ...]) -> str:
    if not words:
        return ""
    alts = "|".join(regex.escape(w) for w in words if w)
    return rf"(?<!(?<![\p{{L}}\p{{N}}])(?i:{alts}){_SP}{{1,3}})"


@functools.cache
def _lexicon() -> _Lexicon:
    table = number_words()
    scale_alts = []
    word_alts = []
    first_alts = []
    for w in sorted(table.values(), key=lambda x: len(x.word), reverse=True):
        esc = (
            _not_after(w.not_after)
            + regex.escape(w.word)
            + r"(?![\p{L}\p{N}])"
            + _not_before(w.not_before)
        )
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
            (?:,?{_SP}+{scale}(?:{_SP}+(?:{scale}|{half})){{0,4}}+  # 59 nghìn tỷ, 33, tỷ
               (?:{_SP}+\d++(?:[.,]\d++)*+(?:{_SP}+{scale}){{1,4}}+){{0,4}}+  # 1 tỷ 200 triệu
            )?
        )
      | (?P<words>(?i:{first})(?:{_SP}+(?:{word}|{scale})){{0,15}}+)  # hai mươi mốt nghìn
    """
    number_core = regex.compile(core, regex.VERBOSE)
    # where a numeral may start: a digit, or a digit word at a word edge
    candidates = regex.compile(rf"\b\d|\b(?i:{first})")
    first_words = sorted(
        {w.word.lower() for w in table.values() if w.role in ("digit", "ten")},
        key=len,
        reverse=True,
    )

    # a digit not after a letter or digit (``\w`` of ``re`` on the copy is ``\w`` of
    # ``regex`` on the text: ``Folding``), and a digit word, the words grouped by first
    # letter (each group in the order above): two scans, each pattern opening with its own
    # characters, so ``re`` skips the positions none of them stands at (one pattern of both
    # would be tried at every position)
    word_groups: dict[str, list[str]] = {}
    for digit_word in first_words:
        word_groups.setdefault(digit_word[0], []).append(re.escape(digit_word[1:]))
    digit_hints = re.compile(r"\d(?<!\w.)")
    word_hints = re.compile(
        "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in word_groups.items())
    )
    range_sep = regex.compile(
        rf"{_SP}*+(?P<sep>[-–—]|(?:đến|tới|và)(?![\p{{L}}\p{{N}}])){_SP}*+", regex.VERBOSE
    )

    units: dict[str, _Unit] = {}
    # the units longest first, grouped by first letter (each group keeps that order): the
    # same matches as one alternation of them all, without trying every unit everywhere
    unit_alts: dict[str, list[str]] = {}
    rows = [line.split("\t") for line in read_lines("units", "units.tsv")]
    for surface, unit, kind, *rest in sorted(rows, key=lambda r: len(r[0]), reverse=True):
        if kind not in get_args(AmountKind):
            raise ValueError(f"units.tsv: unknown kind {kind!r} for {surface!r}")
        units[surface.replace(" ", "")] = _Unit(unit, cast(AmountKind, kind))
        p = regex.escape(surface[1:]).replace(r"\ ", _SP + "+")
        if surface[-1].isalnum():
            p += r"(?![\p{L}\p{N}])"
        p += _not_before(rest[0].split("|") if rest and rest[0] else [])
        unit_alts.setdefault(surface[0], []).append(p)
    by_letter = "|".join(
        f"{regex.escape(first)}(?:{'|'.join(tails)})" for first, tails in unit_alts.items()
    )
    unit_re = regex.compile(rf"{_SP}*+(?P<unit>{by_letter})")

    nouns = frozenset(read_lines("units", "counted_nouns.txt"))
    pairs = read_lines("units", "noun_pairs.txt")
    frequencies: dict[str, str] = {}
    freq_alts = []
    for line in read_lines("units", "frequency.tsv"):
        phrase, per, *rest = line.split("\t")
        frequencies[phrase] = per
        p = regex.escape(phrase).replace(r"\ ", _SP + "+") + r"(?![\p{L}\p{N}])"
        freq_alts.append(p + _not_before(rest[0].split("|") if rest and rest[0] else []))
    freq = rf"(?<![\p{{L}}\p{{N}}])(?P<f>(?i:{'|'.join(freq_alts)}))"
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
        candidates=candidates,
        number_core=number_core,
        range_sep=range_sep,
        unit_re=unit_re,
        units=units,
        # a syllable, or a loanword whose syllables hyphens join ("tua-bin", "ô-tô")
        words_re=regex.compile(rf"(?:{_SP}+(\p{{Ll}}+(?:-\p{{Ll}}+)*)){{1,3}}+"),
        nouns=nouns,
        max_noun_len=max(len(n.split()) for n in nouns),
        noun_pairs=_noun_pairs(pairs),
        pair_seconds=frozenset(part.split()[0] for line in pairs for part in line.split(",")[1:]),
        not_nouns=frozenset(read_lines("units", "not_nouns.txt")),
        time_words=frozenset(read_lines("units", "time_words.txt")),
        two_syllable=two_syllable_words(),
        id_words=frozenset(w.lower() for w in read_lines("units", "id_words.txt")),
        id_exceptions=frozenset(w.lower() for w in read_lines("units", "id_exceptions.txt")),
        qualifiers={p: qualifiers[p] for p in before},
        qual_after=regex.compile(rf"{_SP}++(?P<q>{_alternation(after)})"),
        qualifiers_after={p: qualifiers[p] for p in after},
        plan_after=regex.compile(
            rf"{_SP}++(?:so{_SP}+với{_SP}+)?{_alternation(read_lines('units', 'plan_words.txt'))}"
        ),
        frequencies=frequencies,
        freq_after=regex.compile(rf"{_SP}++{freq}"),
        freq_in=regex.compile(freq),
        freq_at=word_anchor([phrase.split()[0] for phrase in frequencies]),
        freq_front=regex.compile(rf"(?i:(?:bình{_SP}+quân|trung{_SP}+bình){_SP}+)?{freq}"),
        money_context=regex.compile(
            rf"""(?<![\p{{L}}\p{{N}}])(?i:{_alternation(read_lines("units", "money_context.txt"))})
                (?!{_SP}+\p{{Lu}})  # a name follows: "Tiền Giang", "Lương Sơn"
            """,
            regex.VERBOSE,
        ),
        money_at=word_anchor([p.split()[0] for p in read_lines("units", "money_context.txt")]),
        currency_nouns=frozenset(read_lines("units", "currency_nouns.txt")),
        time_labels={
            w: int(n)
            for w, n in (line.split("\t") for line in read_lines("units", "time_labels.tsv"))
        },
        digit_hints=digit_hints,
        word_hints=word_hints,
        folding=Folding("".join(first_words)),
    )


_start = operator.methodcaller("start")  # where a match starts


def _candidate_starts(lex: _Lexicon, text: str) -> list[int]:
    """The starts of ``lex.candidates``'s matches in ``text``, found faster.

    ``re`` finds on a lower-cased copy (``lowered.Folding``: a character
    folds there as ``regex`` folds it, or the text gets no copy) every digit at a
    word edge, which is a start, and every digit word, a start when ``candidates``
    matches there. No start is missed: a digit word is letters only, so no start
    lies inside a hint. Without a copy the text is scanned with ``candidates`` itself.

    >>> _candidate_starts(_lexicon(), "Năm 2025 có hai mươi dự án, mã A5 và 3,5%")
    [0, 4, 12, 37, 39]
    """
    copy = lex.folding.lowered(text)
    if copy is None:
        return [c.start() for c in lex.candidates.finditer(text)]
    starts = list(map(_start, lex.digit_hints.finditer(copy)))
    starts += [
        start
        for start in map(_start, lex.word_hints.finditer(copy))
        if lex.candidates.match(text, start) is not None
    ]
    return sorted(starts)  # a digit and a word never start at one place


def _mask(text: str) -> str:
    """``text`` with URLs, e-mails, phone numbers, dates and codes blanked out.

    >>> _mask("Quyết định 749/QĐ-TTg ngày 27/5/2025, gọi 0912 345 678: tăng 20-25%")
    'Quyết định ########## ngày #########, gọi ############: tăng 20-25%'
    """
    spans: list[tuple[int, int]] = []
    if "http" in text or "www." in text:  # what every web address opens with
        spans += [m.span() for m in _URL.finditer(text)]
    if "@" in text:
        spans += [m.span() for m in _EMAIL.finditer(text)]
    spans += [m.span() for m in _PHONE.finditer(text)]
    spans += [
        m.span() for m in _SLASHED.finditer(text) if _CODE_OR_DATE.match(m.group()) is not None
    ]
    floor = 0
    for m in _TLD.finditer(text):  # a bare domain: widen "Cadn.com.vn" to the left
        start = m.start()
        while start > floor and (text[start - 1].isalnum() or text[start - 1] in "._-"):
            start -= 1
        if start < m.start():
            spans.append((start, m.end()))
        floor = m.end()
    if not spans:
        return text
    out = []
    last = 0
    for start, end in sorted(spans):
        start = max(start, last)
        if end > start:
            out += [text[last:start], _MASK_CHAR * (end - start)]
            last = end
    out.append(text[last:])
    return "".join(out)


# Codes and symbols written before the amount: "$10", "US$ 5", "EUR29,99".
_CURRENCY_SYMBOLS = ("US$", "$", "€", "£", "EUR", "USD")
_GLUED_TO_CODE = regex.compile(r"(?<=EUR|USD|US\$)\d")
_PER = regex.compile(
    rf"{_SP}?/{_SP}?(?P<per>[\p{{L}}][\p{{L}}\d²³]*+(?:/[\p{{L}}][\p{{L}}\d²³]*+)*+)"
)
_EACH = regex.compile(rf"{_SP}mỗi{_SP}(?P<per>\p{{Ll}}[\p{{Ll}}\d]*+)")
_RANGE_FIRST = frozenset("-–— \t")  # what may follow the first number of a range
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
    """The value of a numeral match and where it ends (shorter if the whole fails).

    Only the last few words are given back ("năm năm" → "năm"): a long run of
    number words that is no numeral is dropped, which keeps the scan linear.
    """
    text = m.group()
    value = parse_number(text)
    end = m.end()
    for _ in range(3):
        if value is not None:
            break
        cut = text.rfind(" ")
        if cut <= 0:
            return None
        text = text[:cut].rstrip(", ")
        end = m.start() + len(text)
        value = parse_number(text)
    return None if value is None else (value, end)


def _looks_like_year(numeral: str) -> bool:
    """Four plain digits from 1900 to 2100: "2025", not "2.025"."""
    return numeral.isdigit() and len(numeral) == 4 and 1900 <= int(numeral) <= 2100


def _base(text: str) -> float | None:
    """The value of a numeral's first token: "4" in "4 tỷ" (to share multipliers)."""
    return parse_number(text.split()[0]) if text.split() else None


def _unit_at(
    lex: _Lexicon, text: str, pos: int, *, scaled: bool = False
) -> tuple[_Unit, str, int] | None:
    """The unit written at ``pos``: its entry, its surface and where it ends.

    After a ``scaled`` numeral ("59 nghìn tỷ") a currency word is money whatever
    noun follows it (rule ``_scaled_currency``).
    """
    m = lex.unit_re.match(text, pos)
    if m is None:
        return _scaled_currency(lex, text, pos) if scaled else None
    surface = m["unit"]
    unit = lex.units.get("".join(surface.split()))
    if unit is None:
        return None
    return unit, surface, m.end()


def _scaled_currency(lex: _Lexicon, text: str, pos: int) -> tuple[_Unit, str, int] | None:
    """Rule: a currency word after a scaled numeral is money, whatever noun follows.

    "59 nghìn tỷ đồng vốn", "3.000 tỷ đồng vốn vay", "2 triệu đồng tiền thưởng" state
    sums of đồng; only a noun of ``currency_nouns.txt`` ("2 triệu đồng bào") is counted.
    A bare number keeps the other reading ("5 đồng tiền": five coins).

    >>> [(a.text, a.unit) for a in find_amounts("huy động 59 nghìn tỷ đồng vốn")]
    [('59 nghìn tỷ đồng', 'VND')]
    """
    m = lex.words_re.match(text, pos)
    if m is None:
        return None
    syllables = m.captures(1)
    unit = lex.units.get(syllables[0])
    if unit is None or unit.kind != "money":
        return None
    if len(syllables) > 1 and f"{syllables[0]} {syllables[1]}" in lex.currency_nouns:
        return None
    return unit, syllables[0], m.ends(1)[0]


def _noun_pairs(lines: Sequence[str]) -> dict[str, list[regex.Pattern[str]]]:
    """The fixed pairs of counted nouns (``lines`` of ``units/noun_pairs.txt``), by their
    first noun: a pattern of the rest, the longest first."""
    pairs: dict[str, list[regex.Pattern[str]]] = {}
    for line in sorted(lines, key=len, reverse=True):
        first, *rest = (part.split() for part in line.split(","))
        tail = "".join(r"\s*,\s*" + r"\s+".join(map(regex.escape, words)) for words in rest)
        pairs.setdefault(" ".join(first), []).append(regex.compile(tail + r"(?!\w)"))
    return pairs


def noun_pair_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a fixed pair of nouns joined by a comma (``units/noun_pairs.txt``: "sở, ngành",
    "tỉnh, thành phố") stands in ``text[start:end]``: one noun group, cut by no comma;
    not where its last syllable opens a word with the next ("cho tỉnh, thành lập …").

    >>> text = "giao các sở, ngành rà soát; tuyển 50 kỹ sư, công nhân; cho tỉnh, thành lập"
    >>> [text[a:b] for a, b in noun_pair_spans(text, 0, len(text))]
    ['sở, ngành', 'kỹ sư, công nhân']
    """
    lex = _lexicon()
    out = []
    comma = text.find(",", start, end)
    while comma >= 0:
        after = _WORD_AFTER.match(text, comma + 1)
        if after is None or after[1].lower() not in lex.pair_seconds:
            comma = text.find(",", comma + 1, end)
            continue  # no pair's second noun opens after this comma
        for words in _LAST_WORDS:  # the pair's first noun: two words or one before the comma
            last = words.search(text, max(start, comma - 24), comma)
            if last is None:
                continue
            first = " ".join(last[1].lower().split())
            pair = _pair_after(lex, text, first, last.end(1), end)
            if pair is not None:
                out.append((last.start(1), pair))
                break
        comma = text.find(",", comma + 1, end)
    return out


_WORD_AFTER = regex.compile(r"\s*(\w+)")  # the word after a comma
_LAST_WORDS = (
    regex.compile(r"(?<!\w)(\w+[ \t]+\w+)[ \t]*$"),
    regex.compile(r"(?<!\w)(\w+)[ \t]*$"),
)


def _pair_after(lex: _Lexicon, text: str, first: str, first_end: int, end: int) -> int | None:
    """Where the fixed pair opened by noun ``first`` (ending at ``first_end``) ends, if
    the rest of a pair follows and its last syllable opens no word with the next."""
    for tail in lex.noun_pairs.get(first, ()):
        joined = tail.match(text, first_end, end)
        if joined is not None and not _opens_word(lex, text, joined.end()):
            return joined.end()
    return None


def _opens_word(lex: _Lexicon, text: str, end: int) -> bool:
    """Whether the syllable ending at ``end`` and the next one form a word ("thành công",
    "thành viên", "bản đồ"): "20 tỉnh, thành công nhất là …" holds no pair."""
    last = text[max(0, end - 12) : end].split()
    nxt = _NEXT_SYLLABLE.match(text, end)
    return (
        bool(last)
        and nxt is not None
        and f"{last[-1].lower()} {nxt[1].lower()}" in lex.two_syllable
    )


_NEXT_SYLLABLE = regex.compile(r"[ \t]+(\w+)")
_GROUPED = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # "5.960", "1.234,5": thousands grouped


def _is_scaled(tokens: list[str]) -> bool:
    """Whether a numeral's tokens hold a multiplier: "59 nghìn tỷ", "1,2 triệu"."""
    words = number_words()
    return any((w := words.get(t.lower())) is not None and w.role == "scale" for t in tokens)


# A number right after a counted noun: the noun labels it ("giai đoạn 2", "tuyến số 1").
_LABEL_NUMBER = regex.compile(r"[ \t]{1,3}(?:số[ \t]{1,3})?\d")


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
            if known_only and _LABEL_NUMBER.match(text, ends[n - 1]) is not None:
                return None  # "Nhà máy nước Thủ Đức 4 giai đoạn 2": the noun labels a number
            pair_end = _pair_after(lex, text, cand, ends[n - 1], len(text))
            if pair_end is not None:  # "48 tỉnh, thành phố": both counted
                return text[m.starts(1)[0] : pair_end], pair_end
            if n == 1 and len(syllables) > 1 and syllables[1] not in lex.not_nouns:
                pair = f"{cand} {syllables[1]}"
                if pair in lex.two_syllable:
                    return pair, ends[1]  # "14 nhà ga", "100 người dùng": the whole word
            return cand, ends[n - 1]
    if known_only:
        return None
    first = syllables[0]
    words = number_words()
    if first in lex.not_nouns or first in lex.time_words or first in words:
        return None
    if len(syllables) > 1 and f"{first} {syllables[1]}" in lex.not_nouns:
        return None  # "cơ sở 2 hoạt động", "dự án 2 làm chủ": a label's number and a verb
    if len(syllables) > 1:
        pair = f"{first} {syllables[1]}"
        if pair in lex.currency_nouns or (
            pair in lex.two_syllable and syllables[1] not in lex.not_nouns
        ):
            return pair, ends[1]
    if len(first) < 2:
        return None  # "2 x 600 MW": a lone letter is no noun
    return first, ends[0]


def _is_time(lex: _Lexicon, text: str, pos: int) -> bool:
    m = lex.words_re.match(text, pos)
    if m is None:
        return False
    syl = m.captures(1)
    if " ".join(syl[:2]) in lex.nouns:
        return False  # "10 kỷ lục": a counted noun that opens with a time's syllable
    return syl[0] in lex.time_words or " ".join(syl[:2]) in lex.time_words


def _names_it(text: str, word_start: int) -> bool:
    """Rule ``number_in_name``: whether the word at ``word_start``, right before a number,
    is a capitalised word inside a sentence ("SEA Games 33", "iPhone 16"), so the
    number labels a name and counts only a known noun after it.

    >>> _names_it("tại SEA Games 33 diễn ra", 8), _names_it("Năm 2025 có 33 dự án", 0)
    (True, False)
    """
    word = text[word_start : word_start + 24].split(maxsplit=1)[0]
    if word.islower() or not word[0].isalpha():
        return False
    lead = text[max(0, word_start - 3) : word_start].rstrip(" \t")
    return bool(lead) and lead[-1] not in '.!?:;\n"“(-–—…+•*'


def _per_second_syllable(lex: _Lexicon, text: str, found: _Found) -> None:
    """Extend a rate's denominator by the syllable after it when the two make one word
    ("đồng/cổ phiếu", "đồng mỗi cổ phiếu": "cổ phiếu", not "cổ")."""
    assert found.per is not None
    last = found.per.rsplit("/", 1)[-1]
    more = lex.words_re.match(text, found.end)
    if more is not None and f"{last} {more.captures(1)[0]}" in lex.two_syllable:
        found.per += " " + more.captures(1)[0]
        found.end = more.ends(1)[0]


def _words_before(text: str, pos: int) -> list[tuple[str, int]]:
    """The phrases of one to four words ending just before ``pos``, lowercase, with starts.

    A space must separate the last word from ``pos``; only letters count as words.

    >>> _words_before("đạt hơn 5%", 8)
    [('hơn', 4), ('đạt hơn', 0)]
    """
    if pos == 0 or not text[pos - 1].isspace():
        return []
    lo = max(0, pos - 40)
    window = text[lo:pos]
    words = window.rsplit(maxsplit=4)  # the last four words after the rest, if any
    if len(words) == 5 or (lo > 0 and not text[lo - 1].isspace() and not window[0].isspace()):
        words = words[1:]  # the rest, or a word the window cut
    out: list[tuple[str, int]] = []
    end = len(window)
    phrase = ""
    for w in reversed(words):
        if not w.isalpha():
            break
        end = window.rfind(w, 0, end)
        phrase = f"{w.lower()} {phrase}" if phrase else w.lower()
        out.append((phrase, lo + end))
    return out


def _space_at(text: str, pos: int) -> bool:
    """Whether ``text[pos]`` may be white space (False only where it is surely not one:
    the end, or an ASCII character that is none), before trying a pattern opening with it.
    """
    char = text[pos : pos + 1]
    return not char.isascii() or char.isspace()


def _phrase_before(
    before: list[tuple[str, int]], phrases: Collection[str]
) -> tuple[str, int] | None:
    """The longest of ``phrases`` among the phrases ``before`` a number, and its start."""
    for phrase, start in reversed(before):
        if phrase in phrases:
            return phrase, start
    return None


def _sign_before(text: str, pos: int) -> int | None:
    """Where a sign written before ``pos`` starts: "-4,02%", "(-0,02%)", "+ 0,04%", or the
    word "âm" (minus: "biên lợi nhuận gộp ở mức âm 18%"; the caller keeps it only for
    what can be negative: "thu âm 10 ca khúc" counts songs)."""
    if pos >= 1 and text[pos - 1] in "-−+" and (pos == 1 or text[pos - 2] in " \n([\t"):
        return pos - 1
    if pos >= 2 and text[pos - 2 : pos] == "+ " and (pos == 2 or text[pos - 3] in " \n([\t"):
        return pos - 2
    if (
        pos >= 3
        and text[pos - 3 : pos] in ("âm ", "Âm ")
        and (pos == 3 or not text[pos - 4].isalnum())
    ):
        return pos - 3
    return None


def _may_be_negative(found: _Found) -> bool:
    """Whether an amount can be below zero: a percentage, money or a temperature."""
    return found.kind in ("percent", "money") or found.unit == "°C"


def _currency_before(text: str, pos: int) -> tuple[int, str] | None:
    """A currency written before ``pos`` ("$10", "EUR 20"): where it starts, and it."""
    end = pos - 1 if pos and text[pos - 1] == " " else pos
    for cur in _CURRENCY_SYMBOLS:
        at = end - len(cur)
        if at >= 0 and text.startswith(cur, at) and not (at and text[at - 1].isalnum()):
            return at, cur
    return None


def _after_at_least(lex: _Lexicon, text: str, pos: int) -> bool:
    """Whether an at-least qualifier ("ít nhất", "tối thiểu") stands right before ``pos``:
    "một" after it counts one thing, it is no article.

    >>> _after_at_least(_lexicon(), "có ít nhất một trung tâm", 11)
    True
    """
    return any(lex.qualifiers.get(phrase) == "at_least" for phrase, _ in _words_before(text, pos))


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
    tokens = text[start:end1].split()
    is_words = m.group("words") is not None
    known_only = False
    if is_words:
        w = number_words().get(tokens[0].lower())
        single = len(tokens) == 1
        if w is None or _names_it(text, start):
            return None  # rule number_word_in_name: "vùng Đồng Tháp Mười", "quận Hai Bà Trưng"
        if single and w.starts == "no":
            if not (w.value == 1 and _after_at_least(lex, text, start)):
                return None  # "một doanh nghiệp": an article; "không": a negation
            known_only = True  # rule one_at_least: "ít nhất một trung tâm" counts one
        else:
            known_only = single and w.starts == "noun"
    if end1 < len(text) and not text[end1].isspace() and _GLUED_LETTER.match(text, end1):
        # a letter glued to the digits: only a unit may be ("50MW", "1m85"), not "1nm", "5G"
        h = _HEIGHT.match(text, end1)
        if h is not None and not is_words:
            return _Found(
                start, h.end(), value=value + int(h["cm"]) / 100, unit="m", kind="measure"
            )
        if _unit_at(lex, text, end1) is None:
            return None
    before = _words_before(text, start)
    if before and not is_words and _names_it(text, before[0][1]):
        known_only = True  # "SEA Games 33 diễn ra", "Đại hội 13 của": a number in a name
    label = _phrase_before(before, lex.id_words)
    if (
        label is not None
        and not _phrase_before(before, lex.id_exceptions)
        # thousands grouped: a quantity, no label ("cấp 5.960 văn bằng"; "cấp 3" is a level)
        and (is_words or _GROUPED.fullmatch(text, start, end1) is None)
        and not (not is_words and _time_word_not_label(lex, text, label[0], before, m, end1))
    ):
        return None  # "thứ 5", "Điều 5", "quận 7", "năm 2025"
    found = _Found(start, end1, value=value)

    # a unit right after the first numeral ("20%-25%", "1000 đồng đến 2000 đồng")
    unit = _unit_at(lex, text, end1, scaled=_is_scaled(tokens))
    range_word = _phrase_before(before[:1], ("từ", "giữa"))
    if not _read_range(lex, text, found, unit, range_word, tokens, is_words, known_only):
        found.end = unit[2] if unit else end1
        if unit is not None:
            found.unit, found.kind = unit[0].unit, unit[0].kind
        elif not _read_noun(lex, text, found, before, tokens, known_only):
            return None
        if found.kind == "count" and not is_words and _looks_like_year(text[start:end1]):
            return None  # "2030 tỉnh" reads as a year before a noun
    if found.kind == "count" and known_only and found.unit not in lex.nouns:
        return None

    # the denominator of a rate: "đồng/m2", "%/năm"
    per = _PER.match(text, found.end) if "/" in text[found.end : found.end + 2] else None
    if per is not None:
        found.per, found.end = per["per"], per.end()
        _per_second_syllable(lex, text, found)  # "đồng/cổ phiếu"
    elif _space_at(text, found.end) and (freq := lex.freq_after.match(text, found.end)):
        found.per, found.end = _period(lex, freq["f"]), freq.end()  # "1.500 doanh nghiệp mỗi năm"
    elif found.kind != "count" and text.startswith(" mỗi ", found.end):
        each = _EACH.match(text, found.end)  # "500 đồng mỗi lít"
        if each is not None and each["per"] not in lex.not_nouns:
            found.per, found.end = each["per"], each.end()
            _per_second_syllable(lex, text, found)  # "4.350 đồng mỗi cổ phiếu"
    else:
        found.per = _frequency_before(lex, text, start)  # "mỗi năm có 1.500 doanh nghiệp"

    # what stands before: the sign, "gấp", a qualifier
    sign = _sign_before(text, start) if found.start == start else None
    if sign is not None and text[sign] in "âÂ" and not _may_be_negative(found):
        sign = None  # "thu âm 10 ca khúc", "ghi âm 5 cuộc gọi": a count is never negative
    if sign is not None:
        if text[sign] in "-−âÂ":  # a minus sign or the word "âm"
            found.value = -found.value if found.value is not None else None
        found.start = sign
    if found.start != start:
        before = _words_before(text, found.start)
    if found.unit == "lần" and (g := _phrase_before(before[:1], ("gấp",))):
        found.start = g[1]
        before = _words_before(text, found.start)
    q = _phrase_before(before, lex.qualifiers)
    if q is not None:
        phrase, q_start = q
        excess = phrase == "vượt" and (
            lex.plan_after.match(text, found.end) is not None
            or _AFTER_AMOUNT.fullmatch(text, prev_end, q_start) is not None
        )
        if lex.qualifiers[phrase] is not None and not excess:
            found.qualifier = lex.qualifiers[phrase]
            found.start = q_start
    after = (
        lex.qual_after.match(text, found.end) if "trở" in text[found.end : found.end + 5] else None
    )
    if after is not None and found.qualifier is None:
        found.qualifier = lex.qualifiers_after[" ".join(after["q"].split())]
        found.end = after.end()
        if range_word is not None:
            found.start = min(found.start, range_word[1])
    return found


def _time_word_not_label(
    lex: _Lexicon,
    text: str,
    label: str,
    before: list[tuple[str, int]],
    m: regex.Match[str],
    end1: int,
) -> bool:
    """True when a time word before a number does not make it a date ("cả năm 8%").

    The number is an amount when a currency, "%" or measure follows it, when it is
    too large (or not whole) to label the period ("năm 1.500 doanh nghiệp"), or when the
    word is a frequency ("mỗi tháng 5 triệu đồng").
    """
    word = label.split()[-1]
    if word not in lex.time_words or word != label:
        return False
    unit = _unit_at(lex, text, m.end("digits"))
    if unit is not None and unit[0].unit not in ("lần", "điểm") and unit[0].kind != "count":
        return True  # "cả năm 8%", "tháng 5 tỷ đồng"; not "tháng 9 HLV Kim Sang-sik …"
    numeral = m.group("digits")
    largest = lex.time_labels.get(word)
    if largest is not None and (not numeral.isdigit() or int(numeral) > largest):
        return True
    return _phrase_before(before, lex.frequencies) is not None


@functools.cache
def rate_periods() -> frozenset[str]:
    """The periods a rate can be per ("năm", "tháng", …): ``per`` of a rate over time.

    >>> "năm" in rate_periods(), "kg" in rate_periods()
    (True, False)
    """
    return frozenset(_lexicon().frequencies.values())


def is_price(a: Amount) -> bool:
    """Whether ``a`` is a price: money per a thing, not per a period ("98.500 đồng/kg",
    "4.850 USD/tấn"; not "6,5 tỷ USD/năm" nor "9 triệu đồng/người/tháng")."""
    if a.kind != "money" or a.per is None:
        return False
    periods = rate_periods()
    return not any(part.strip() in periods for part in a.per.split("/"))


def _period(lex: _Lexicon, phrase: str) -> str:
    """The period of a frequency phrase as written ("Hằng  năm" → "năm")."""
    return lex.frequencies[" ".join(phrase.lower().split())]


# Where a clause ends: a stop, a comma or a colon before a space (not "1.300"), a bracket.
# ``re``, opening with one set of characters, skips to them (``regex`` tries each position);
# the space is what ``\s`` of ``regex`` matches (Unicode's White_Space).
_CLAUSE_EDGE = re.compile(
    r"[.,:;!?()\[\]\n](?:(?<=[;!?()\[\]\n])"
    r"|(?=[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]|$))"
)


# What ``_CLAUSE_EDGE`` matches right before the end of the text it scans.
_EDGE_CHARS = frozenset(".,:;!?()[]\n")
# The last text's clause edges: the amounts of an article look them up, not scan for them.
_LAST_EDGES: list[tuple[str, list[int]]] = [("", [])]


def _clause_edges(text: str) -> list[int]:
    """Where ``_CLAUSE_EDGE`` matches in ``text`` (found once per text, kept for the next call)."""
    known, edges = _LAST_EDGES[0]
    if known is not text:
        edges = [e.start() for e in _CLAUSE_EDGE.finditer(text)]
        _LAST_EDGES[0] = (text, edges)
    return edges


def _clause_before(
    pattern: regex.Pattern[str], text: str, start: int, anchor: re.Pattern[str] | None = None
) -> tuple[list[regex.Match[str]], list[int], int]:
    """Matches of ``pattern`` in the clause before ``start``, the clause edges, the window
    start; ``pattern`` is tried only where ``anchor`` matches, if given
    (``phrases.matches_from``).

    The edges are those ``_CLAUSE_EDGE`` finds in the 200 characters before ``start``: the
    text's own edges there, and the character right before ``start`` when it is a
    punctuation mark (the end of the window stands for the space after it).

    >>> each, at = regex.compile("mỗi"), word_anchor(["mỗi"])
    >>> found, edges, lo = _clause_before(each, "Năm nay, mỗi tháng 5 tấn", 20, at)
    >>> [m.span() for m in found], edges, lo
    ([(9, 12)], [7], 0)
    >>> _clause_before(regex.compile("x"), "a,5", 2)[1]
    [1]
    """
    lo = max(0, start - 200)
    edges_of_text = _clause_edges(text)
    edges = edges_of_text[bisect_left(edges_of_text, lo) : bisect_left(edges_of_text, start - 1)]
    if start and text[start - 1] in _EDGE_CHARS:
        edges.append(start - 1)
    clause = edges[-1] + 1 if edges else lo
    if anchor is None:
        return list(pattern.finditer(text, clause, start)), edges, lo
    return list(matches_from(anchor, pattern, text, clause, start)), edges, lo


def _in_clause_before(
    pattern: regex.Pattern[str], text: str, start: int, anchor: re.Pattern[str] | None = None
) -> bool:
    """Whether ``pattern`` occurs in the clause before ``start`` ("lương" in "lương 8 triệu")."""
    return bool(_clause_before(pattern, text, start, anchor)[0])


def _frequency_before(lex: _Lexicon, text: str, start: int) -> str | None:
    """The period of a frequency phrase earlier in the clause of ``start``, if any.

    "mỗi năm có 1.500 doanh nghiệp" and "Mỗi năm, tỉnh đón 1.500 doanh nghiệp" give
    "năm"; a frequency in an earlier clause ("mỗi năm tăng 5%, năm nay đạt 10%") does not.
    """
    inside, edges, lo = _clause_before(lex.freq_in, text, start, lex.freq_at)
    if inside:
        return _period(lex, inside[-1]["f"])  # the nearest one counts
    if not edges or text[edges[-1]] != ",":
        return None
    front = edges[-2] + 1 if len(edges) > 1 else lo
    piece = text[front : edges[-1]].strip()
    if piece and (f := lex.freq_front.fullmatch(piece)) is not None:
        return _period(lex, f["f"])  # "Mỗi năm, ...": the frequency heads the sentence
    return None


def _read_range(
    lex: _Lexicon,
    text: str,
    found: _Found,
    unit1: tuple[_Unit, str, int] | None,
    range_word: tuple[str, int] | None,
    tokens: list[str],
    is_words: bool,
    known_only: bool,
) -> bool:
    """Extend ``found`` to a range ("20-25%", "từ 1.300 đến 1.500 doanh nghiệp"); True if so."""
    pos = unit1[2] if unit1 else found.end
    sep = lex.range_sep.match(text, pos) if text[pos : pos + 1] in _RANGE_FIRST else None
    if sep is None or (sep["sep"] == "và" and (range_word is None or range_word[0] != "giữa")):
        return False
    if is_words and is_relative_phrase(f"{text[found.start : pos]} {sep['sep']}"):
        return False  # "năm tới 3.200 tỷ đồng": next year, not "five to 3,200"
    if sep["sep"] in "-–—" and sep.end() - pos > 3:
        return False
    m2 = lex.number_core.match(text, sep.end())
    if m2 is None or (read2 := _read_number(lex, m2)) is None:
        return False
    value2, end2 = read2
    value = found.value
    if value is None or value > value2 or _is_time(lex, text, end2):
        return False
    unit2 = _unit_at(lex, text, end2, scaled=_is_scaled(text[m2.start() : end2].split()))
    noun2 = None
    if unit2 is None:
        if unit1 is not None:
            return False  # "5% đến 2025": not a range
        if _looks_like_year(text[found.start : found.end]) and _looks_like_year(
            text[m2.start() : end2]
        ):
            return False  # "2021 - 2025": a period of years
        noun2 = _noun_at(lex, text, end2, known_only=known_only)
        if noun2 is None:
            if not _understood_vnd(lex, text, text[m2.start() : end2].split(), found.start, end2):
                return False
            unit2 = (_Unit("VND", "money"), "", end2)  # "từ 500 nghìn đến 1 triệu"
    elif unit1 is not None and unit1[0] != unit2[0]:
        return False
    if len(tokens) == 1 and not is_words:
        base = _base(text[m2.start() : end2])
        if base and value2 / base > 1:
            value *= value2 / base  # "2-4 tỷ": the multiplier is shared
    found.value, found.low, found.high = None, value, value2
    if unit2 is not None:
        found.unit, found.kind, found.end = unit2[0].unit, unit2[0].kind, unit2[2]
    elif noun2 is not None:
        found.unit, found.kind, found.end = noun2[0], "count", noun2[1]
    if range_word is not None:
        found.start = range_word[1]
    return True


def _understood_vnd(lex: _Lexicon, text: str, tokens: list[str], start: int, end: int) -> bool:
    """Whether a numeral without unit or noun (``tokens``, from ``start`` to ``end``) is đồng.

    "900 tỷ" is; "5 triệu/tháng" is; "8 triệu" is after a money word in its clause
    ("lương 8 triệu") but not otherwise ("dân số 100 triệu").
    """
    if any(t in ("tỷ", "tỉ") for t in tokens):
        return True
    return len(tokens) > 1 and (
        _PER.match(text, end) is not None
        or _in_clause_before(lex.money_context, text, start, lex.money_at)
    )


def _read_noun(
    lex: _Lexicon,
    text: str,
    found: _Found,
    before: list[tuple[str, int]],
    tokens: list[str],
    known_only: bool,
) -> bool:
    """Give a number without a unit its counted noun, an understood currency or "lần"."""
    end1 = found.end
    if _is_time(lex, text, end1):
        return False  # a duration: "5 năm", "chín tháng"
    of_total = _OF_TOTAL.match(text, end1) if text.startswith(" trong", end1) else None
    if of_total is not None:  # "9 trong số 11 nhóm": the noun comes after the total
        m2 = lex.number_core.match(text, of_total.end())
        if m2 is not None and (r2 := _read_number(lex, m2)) is not None:
            noun = _noun_at(lex, text, r2[1], known_only=False)
            if noun is not None:
                found.unit, found.kind = noun[0], "count"
                return True
        return False
    noun = _noun_at(lex, text, end1, known_only=known_only)
    if noun is not None:
        found.unit, found.kind, found.end = noun[0], "count", noun[1]
        return True
    cur = _currency_before(text, found.start)
    if cur is not None and cur[1] in lex.units:
        unit = lex.units[cur[1]]
        found.unit, found.kind, found.start = unit.unit, unit.kind, cur[0]
        return True
    if _understood_vnd(lex, text, tokens, found.start, end1):
        found.unit, found.kind = "VND", "money"  # "hơn 900 tỷ", "lương 8 triệu": đồng
        return True
    if _phrase_before(before[:1], ("gấp",)):
        found.unit, found.kind = "lần", "measure"  # "gấp 3": a multiple
        return True
    return False  # a bare number: no unit, no counted noun


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
    starts = _candidate_starts(lex, masked)
    if any(code in masked for code in ("EUR", "USD", "US$")):
        starts = sorted(starts + [c.start() for c in _GLUED_TO_CODE.finditer(masked)])
    for pos in starts:
        if pos < last_end:
            continue
        if pos >= 2 and masked[pos - 1] in "./,-" and masked[pos - 2].isalnum():
            continue  # inside "1.300", "Covid-19", "I/2024"
        m = lex.number_core.match(masked, pos)
        if m is None:
            continue
        found = _read_amount(lex, masked, m, last_end)
        if found is None or found.start < last_end:
            continue
        last_end = found.end
        out.append(
            Amount(  # validating is faster than model_construct in pydantic 2 (pydantic-core)
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
    if "gấp" in masked or "Gấp" in masked:
        out = _with_word_multiples(text, masked, out)
    return out


# A multiple written as a word: "gấp đôi" (2), "gấp rưỡi" (1.5), no digit to start from.
_WORD_MULTIPLE = regex.compile(r"(?<!\w)[gG]ấp\s+(?P<w>đôi|rưỡi)(?!\w)")
_MULTIPLE_VALUES = {"đôi": 2.0, "rưỡi": 1.5}


def _with_word_multiples(text: str, masked: str, found: list[Amount]) -> list[Amount]:
    """``found`` and the multiples written as words ("gấp đôi": 2 lần), in text order, with
    the qualifier before them ("gần gấp đôi": about).

    >>> [(a.text, a.value, a.unit) for a in find_amounts("Lãi tăng gấp đôi, doanh thu gấp rưỡi")]
    [('gấp đôi', 2.0, 'lần'), ('gấp rưỡi', 1.5, 'lần')]
    """
    lex = _lexicon()
    extra = []
    for m in _WORD_MULTIPLE.finditer(masked):
        if any(a.start < m.end() and m.start() < a.end for a in found):
            continue
        # the qualifier read as before a digit (``lex.qualifiers``): "gần gấp đôi", "hơn …"
        q = _phrase_before(_words_before(masked, m.start()), lex.qualifiers)
        start = q[1] if q is not None else m.start()
        extra.append(
            Amount(
                text=text[start : m.end()],
                start=start,
                end=m.end(),
                value=_MULTIPLE_VALUES[m.group("w")],
                unit="lần",
                kind="measure",
                qualifier=lex.qualifiers[q[0]] if q is not None else None,
            )
        )
    return sorted(found + extra, key=lambda a: a.start) if extra else found
