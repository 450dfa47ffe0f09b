"""Vietnamese numerals: digits with "." thousands and "," decimals, number words, multipliers.

``parse_number`` reads one numeral: "1.300", "3,5", "59 nghìn tỷ", "1 tỷ 200
triệu", "hai mươi mốt", "một trăm linh năm". Multipliers stack ("nghìn tỷ" is
1e12) and add up from the largest down ("1 tỷ 200 triệu" is 1.2e9). The number
words live in ``models/numbers/vi_number_words.tsv``.

>>> parse_number("1.300")
1300.0
>>> parse_number("120.553")
120553.0
>>> parse_number("3,5")
3.5
>>> parse_number("59 nghìn tỷ")
59000000000000.0
>>> parse_number("1,5 nghìn tỷ")
1500000000000.0
>>> parse_number("1 tỷ 200 triệu")
1200000000.0
>>> parse_number("hai triệu")
2000000.0
>>> parse_number("ba mươi ba")
33.0
>>> parse_number("một trăm linh năm")
105.0
>>> parse_number("bảy trăm hai mươi mốt nghìn không trăm mười hai")
721012.0
>>> parse_number("một triệu rưỡi")
1500000.0
>>> parse_number("nhiều") is None
True
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import regex

from vnextract.resources import read_lines

NUMBER_WORDS_FILE = ("numbers", "vi_number_words.tsv")

# One numeral written in digits, Vietnamese style first.
_DIGITS = regex.compile(
    r"""
      (?P<vi_thousands>\d{1,3}(?:\.\d{3})++)(?:,(?P<vi_frac>\d++))?  # 1.300 / 1.200.000 / 1.234,5
    | (?P<en_thousands>\d{1,3}(?:,\d{3}){2,}+)(?:\.(?P<en_frac>\d++))?  # 1,200,000 (English style)
    | (?P<int>\d++)(?:,(?P<frac>\d++))?                              # 100000 / 3,5 / 0,83
    | (?P<dot_int>\d++)\.(?P<dot_frac>\d{1,2}+)                      # 1.5 (English decimal point)
    """,
    regex.VERBOSE,
)

# A digits token glued to "k" ("10k") splits into the number and the multiplier.
_GLUED_K = regex.compile(r"(?P<num>\d[\d.,]*+)(?P<k>k)", regex.IGNORECASE)

# Tokens of a numeral: runs of non-space characters; a trailing comma ("33, tỷ") is dropped.
_TOKEN = regex.compile(r"[^\s]++")


@dataclass(frozen=True)
class NumberWord:
    """One row of the number-word table."""

    word: str
    value: float
    role: str
    starts: str  # may a written-out amount begin with it: "yes", "noun" or "no"
    not_before: tuple[str, ...] = ()  # next words that make it another word ("tỷ lệ")
    not_after: tuple[str, ...] = ()  # words before that make it another word ("mỗi năm")


@functools.cache
def number_words() -> dict[str, NumberWord]:
    """Return the number-word table, keyed by the lowercase word (loaded once)."""
    table: dict[str, NumberWord] = {}
    for line in read_lines(*NUMBER_WORDS_FILE):
        word, value, role, starts, *rest = line.split("\t")
        not_before = tuple(rest[0].split("|")) if rest and rest[0] else ()
        not_after = tuple(rest[1].split("|")) if len(rest) > 1 and rest[1] else ()
        table[word] = NumberWord(word, float(value), role, starts, not_before, not_after)
    return table


def parse_digits(token: str) -> float | None:
    """Read one numeral written in digits ("1.300", "3,5", "-4,02").

    Args:
        token: the digits, with an optional leading sign.

    Returns:
        The value, or None when ``token`` is not a well-formed numeral
        (a leading zero such as "0912", stray separators).

    >>> parse_digits("1.200.000"), parse_digits("0,77"), parse_digits("-4,02")
    (1200000.0, 0.77, -4.02)
    >>> parse_digits("0912") is None, parse_digits("1.30") , parse_digits("12.3456") is None
    (True, 1.3, True)
    """
    sign = 1.0
    if token[:1] in "+-−":
        sign = -1.0 if token[0] != "+" else 1.0
        token = token[1:]
    m = _DIGITS.fullmatch(token)
    if m is None:
        return None
    if m["vi_thousands"]:
        whole, frac = m["vi_thousands"].replace(".", ""), m["vi_frac"]
    elif m["en_thousands"]:
        whole, frac = m["en_thousands"].replace(",", ""), m["en_frac"]
    elif m["int"]:
        whole, frac = m["int"], m["frac"]
    else:
        whole, frac = m["dot_int"], m["dot_frac"]
    if len(whole) > 1 and whole[0] == "0":
        return None  # "0912": a code or phone number, not a quantity
    return sign * float(f"{whole}.{frac}" if frac else whole)


class _Group:
    """A number below one thousand read from words ("ba mươi ba", "một trăm linh năm")."""

    def __init__(self) -> None:
        self.hundreds: float | None = None
        self.tens: float | None = None
        self.units: float | None = None
        self.pending: float | None = None  # a digit word waiting to learn its place
        self.last = ""  # role of the previous word

    def feed(self, w: NumberWord) -> bool:
        """Take one word; False when it cannot follow what came before."""
        role, last = w.role, self.last
        self.last = role
        if role == "digit":
            if self.pending is not None or self.units is not None:
                return False
            self.pending = w.value
            return True
        if role == "ten":
            if self.pending is not None or self.tens is not None:
                return False
            self.tens = 10.0
            return True
        if role == "tens":
            if self.pending is None or self.tens is not None:
                return False
            self.tens, self.pending = self.pending * 10, None
            return True
        if role == "hundred":
            if self.hundreds is not None or self.tens is not None or self.units is not None:
                return False
            self.hundreds = 100 * (1.0 if self.pending is None else self.pending)
            self.pending = None
            return True
        if role == "zero_tens":
            if self.hundreds is None or self.tens is not None or self.pending is not None:
                return False
            self.tens = 0.0
            return True
        if role in ("after_tens", "after_ten"):
            allowed = ("tens",) if role == "after_tens" else ("tens", "ten")
            if last not in allowed and not (last == "hundred" and role == "after_tens"):
                return False
            if last == "hundred":  # "hai trăm mốt" = 210, "ba trăm tư" = 340
                self.tens = w.value * 10
            else:
                self.units = w.value
            return True
        return False

    def value(self) -> float | None:
        """The group's value, or None when it holds nothing."""
        if self.hundreds is None and self.tens is None and self.pending is None:
            return None
        units = self.units or 0.0
        if self.pending is not None:
            if self.hundreds is not None and self.tens is None:
                # "ba trăm hai" = 320: a lone digit after "trăm" is the tens
                return self.hundreds + self.pending * 10 + units
            units = self.pending
        return (self.hundreds or 0.0) + (self.tens or 0.0) + units


def _split_tokens(text: str) -> list[str]:
    tokens: list[str] = []
    for raw in _TOKEN.findall(text):
        tok = raw.rstrip(",")
        glued = _GLUED_K.fullmatch(tok)
        if glued and tok[-1] == "k":
            tokens += [glued["num"], "k"]
        elif tok:
            tokens.append(tok.lower() if not tok[:1].isdigit() else tok)
    return tokens


def parse_number(text: str) -> float | None:
    """Read one Vietnamese numeral in digits, words, or both.

    Args:
        text: the numeral alone ("120.553 tỷ", "hai mươi mốt nghìn", "10k").

    Returns:
        Its value as a float, or None when ``text`` is not a numeral.

    >>> parse_number("12,26 triệu tỷ")
    1.226e+16
    >>> parse_number("mười lăm"), parse_number("hai mươi tư"), parse_number("nghìn")
    (15.0, 24.0, 1000.0)
    >>> parse_number("10k"), parse_number("ba phẩy năm")
    (10000.0, 3.5)
    >>> parse_number("9" * 400) is None  # too large for a float: no number
    True
    """
    if len(text) <= _CACHED_CHARS:
        return _parse_finite(text)
    return _parse_finite.__wrapped__(text)


# Numerals up to this long are remembered ("năm", "2025", "12,5 tỷ" come back all the time).
_CACHED_CHARS = 40


@functools.lru_cache(maxsize=4096)
def _parse_finite(text: str) -> float | None:
    value = _parse(text)
    return value if value is None or math.isfinite(value) else None


def _parse(text: str) -> float | None:
    """``parse_number`` without the finiteness check."""
    if text[:1].isdigit() and text[-1].isdigit() and text.isascii() and " " not in text:
        return parse_digits(text)  # one numeral in digits, the usual case: "1.300", "3,5"
    tokens = _split_tokens(text)
    if not tokens:
        return None
    words = number_words()
    segments: list[tuple[float, float]] = []  # (value, place), places decreasing
    current: float | None = None  # the number before the next multiplier
    group: _Group | None = None
    last_role = ""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        i += 1
        if tok[0].isdigit() or (tok[0] in "+-−" and len(tok) > 1):
            value = parse_digits(tok)
            if value is None or last_role not in ("", "scale"):
                return None  # "5 6": two numerals, not one
            current, last_role = value, "digits"
            continue
        w = words.get(tok)
        if w is None:
            return None
        if w.role == "scale":
            if group is not None:
                current, group = group.value(), None
            value = 1.0 if current is None else current
            place = 1.0
            # everything already read at a smaller place is multiplied too ("nghìn tỷ")
            while segments and segments[-1][1] < w.value:
                popped, popped_place = segments.pop()
                if current is None and place == 1.0:
                    value = popped
                else:
                    value += popped
                place = max(place, popped_place)
            segments.append((value * w.value, place * w.value))
            current, last_role = None, "scale"
            continue
        if w.role == "half":
            if last_role == "scale" and segments:
                value, place = segments[-1]
                segments[-1] = (value + place * 0.5, place)
            elif group is not None and group.last in ("hundred", "tens"):
                unit = 50.0 if group.last == "hundred" else 5.0
                g = group.value()
                if g is None:
                    return None
                current, group = g + unit, None
            else:
                return None
            last_role = "half"
            continue
        if w.role == "point":
            whole = group.value() if group is not None else current
            frac = parse_number(" ".join(tokens[i:])) if i < len(tokens) else None
            if whole is None or frac is None or frac < 0:
                return None
            digits = str(int(frac)) if frac == int(frac) else None
            if digits is None:
                return None
            value = whole + float("0." + digits)
            return _finish(segments, value)
        # a word of the small group (digit, ten, tens, hundred, ...)
        if current is not None:
            # digits then a place word: "2 chục" = 20, "5 trăm" = 500
            if w.role not in ("tens", "hundred") or last_role != "digits":
                return None
            current *= w.value
            last_role = w.role
            continue
        if group is None:
            if last_role == "scale" and w.role in ("digit", "after_tens") and i == len(tokens):
                # "hai nghìn mốt" = 2100, "triệu hai" = 1.2 million: tenths of the place
                value, place = segments[-1]
                segments[-1] = (value + w.value * place / 10, place)
                last_role = "tail"
                continue
            group = _Group()
        if not group.feed(w):
            return None
        last_role = w.role
    if group is not None:
        current = group.value()
        if current is None:
            return None
    return _finish(segments, current)


def _finish(segments: list[tuple[float, float]], current: float | None) -> float | None:
    if not segments and current is None:
        return None
    total = (current or 0.0) + math.fsum([v for v, _ in segments])
    return total if math.isfinite(total) else None
