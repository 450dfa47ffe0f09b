"""Vietnamese text normalisation that keeps a map back to the original offsets.

Matching wants one spelling of every word: NFC, one tone-mark placement
("hoà" → "hòa", "thuỷ" → "thủy"), no zero-width or bidi characters, plain
spaces. Records want offsets into the ORIGINAL string. ``normalize`` gives
both: the normalised text and a map from its offsets to the original's.

>>> n = normalize("Thanh Hoá")
>>> n.text
'Thanh Hóa'
>>> n.to_original(6, 9)
(6, 9)
>>> nfd = "Ho\\u0300a Bi\\u0300nh"   # decomposed "Hòa Bình"
>>> n = normalize(nfd)
>>> n.text
'Hòa Bình'
>>> s, e = n.to_original(4, 8)
>>> nfd[s:e] == "Bi\\u0300nh"
True
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

import regex

# A base character followed by combining marks (NFD input, or marks typed apart),
# or a character that carries no text: zero-width and bidi controls, BOM, soft hyphen.
_INVISIBLE = r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]"
_CHANGED = regex.compile(
    rf"""
      (?P<cluster>\P{{M}}\p{{M}}+)                   # base letter + combining marks
    | (?P<drop>{_INVISIBLE})
    """,
    regex.VERBOSE,
)


def _marks() -> str:
    """The characters of the Basic Multilingual Plane that ``regex`` calls marks
    (``\\p{M}``), as the ranges of a ``re`` character class: read from ``regex`` itself,
    so the two modules agree whatever Unicode version ``regex`` knows.

    >>> "\u0300-\u036f" in _marks()
    True
    """
    ranges: list[list[int]] = []
    for mark in regex.findall(r"\p{M}", "".join(map(chr, range(0x10000)))):
        code = ord(mark)
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(f"{chr(first)}-{chr(last)}" for first, last in ranges)


# What every match of ``_CHANGED`` holds: a text without any is left as it is (one
# quick search instead of trying the alternatives at every position). A ``re`` scan
# for a mark, an invisible character or any character beyond the Basic Multilingual
# Plane (``_CHANGED`` reads the text then): a few times faster than ``regex``'s
# ``\p{M}|…``, and never misses a text it matches.
_MAY_CHANGE = re.compile(f"[{_marks()}{_INVISIBLE[1:-1]}\U00010000-\U0010ffff]")

# Old-style tone placement in open syllables: the tone sits on the first vowel of
# "oa", "oe", "uy" ("hoà" → "hòa", "khoẻ" → "khỏe", "thuỷ" → "thủy"), not after "q"
# ("quý" stays) and not when a final consonant follows ("hoàn" stays).
_TONE_ON_SECOND = regex.compile(
    r"(?<![qQ])(?P<first>[oO])(?P<second>[àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])(?!\p{L})"
    r"|(?<![qQ])(?P<first>[uU])(?P<second>[ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})"
)

# Same-length substitutions: every kind of space becomes a plain space.
_ODD_SPACES = "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2009"
_SPACES = str.maketrans({c: " " for c in _ODD_SPACES})


def _move_tone(m: regex.Match[str]) -> str:
    first, second = m.group("first"), m.group("second")
    decomposed = unicodedata.normalize("NFD", second)
    base, marks = decomposed[0], decomposed[1:]
    return unicodedata.normalize("NFC", first + marks) + base


def fold_tone_marks(text: str) -> str:
    """Put tone marks in one place ("hoà" → "hòa"); the length never changes.

    >>> fold_tone_marks("Hoà Bình, Khánh Hoà, thuỷ điện, quý I, hoàn thành")
    'Hòa Bình, Khánh Hòa, thủy điện, quý I, hoàn thành'
    """
    folded: str = _TONE_ON_SECOND.sub(_move_tone, text)
    return folded


@dataclass(frozen=True)
class NormalizedText:
    """A normalised text and the map from its offsets back to the original.

    The map is piecewise: ``pieces`` holds, in order, ``(norm_start,
    orig_start, norm_len, orig_len)`` for each stretch of the normalised text;
    a stretch with equal lengths maps character for character, any other maps
    all its characters onto the whole original stretch.
    """

    original: str
    text: str
    pieces: tuple[tuple[int, int, int, int], ...] = ()
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._starts.extend(p[0] for p in self.pieces)

    @functools.cached_property
    def unchanged(self) -> bool:
        """True when normalising changed nothing (most articles): every span of ``text``
        is the same span, with the same text, in the original; read once."""
        return self.text == self.original

    @property
    def is_identity(self) -> bool:
        """True when every offset of ``text`` is the same offset in the original."""
        return not self.pieces

    def _piece(self, i: int) -> tuple[int, int, int, int]:
        return self.pieces[bisect_right(self._starts, i) - 1]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``text[start:end]`` to the original's offsets.

        Args:
            start: offset of the span's first character in ``text``.
            end: offset one past its last character.

        Returns:
            ``(start, end)`` in the original string; a span never cuts a
            character that normalisation composed from several.
        """
        if not self.pieces:
            return start, end
        if end <= start:
            o = self._orig_start(min(start, len(self.text)))
            return o, o
        return self._orig_start(start), self._orig_end(end - 1)

    def _orig_start(self, i: int) -> int:
        if i >= len(self.text):
            return len(self.original)
        ns, os_, nl, ol = self._piece(i)
        return os_ + (i - ns) if nl == ol else os_

    def _orig_end(self, i: int) -> int:
        ns, os_, nl, ol = self._piece(i)
        return os_ + (i - ns) + 1 if nl == ol else os_ + ol


def _plain_spaces(text: str) -> str:
    """``text`` with every kind of space a plain space (the same length)."""
    # a test per kind of space: a few times faster than a scan for any of them
    return text.translate(_SPACES) if any(c in text for c in _ODD_SPACES) else text


def normalize(text: str) -> NormalizedText:
    """Normalise ``text`` for matching and keep the way back to its offsets.

    Args:
        text: the article as given.

    Returns:
        A ``NormalizedText``: NFC, one tone-mark placement, no invisible
        characters, plain spaces; ``to_original`` maps its spans back.

    >>> n = normalize("Uỷ ban\\u200b nhân dân")
    >>> n.text
    'Ủy ban nhân dân'
    >>> n.to_original(7, 15)
    (8, 16)
    """
    pieces: list[tuple[int, int, int, int]] = []
    out: list[str] = []
    norm_pos = orig_pos = 0
    for m in _CHANGED.finditer(text) if _MAY_CHANGE.search(text) else ():
        s, e = m.span()
        replacement = unicodedata.normalize("NFC", m.group()) if m.group("cluster") else ""
        if replacement == m.group():
            continue
        if s > orig_pos:  # unchanged stretch before the match
            out.append(text[orig_pos:s])
            pieces.append((norm_pos, orig_pos, s - orig_pos, s - orig_pos))
            norm_pos += s - orig_pos
        if replacement:
            out.append(replacement)
            pieces.append((norm_pos, s, len(replacement), e - s))
            norm_pos += len(replacement)
        orig_pos = e
    if not pieces:
        return NormalizedText(text, fold_tone_marks(_plain_spaces(text)))
    if orig_pos < len(text):
        out.append(text[orig_pos:])
        pieces.append((norm_pos, orig_pos, len(text) - orig_pos, len(text) - orig_pos))
    # Tone folding and space mapping keep the length, so the map stays valid.
    folded = fold_tone_marks(_plain_spaces("".join(out)))
    return NormalizedText(text, folded, tuple(pieces))


# The last text ``lower_case`` read and its lower case: one article is lower-cased by
# several stages (the targets' own plans, the roles, the facts), one after another.
_LAST_LOWER: list[tuple[str, str]] = [("", "")]


def lower_case(text: str) -> str:
    """``text.lower()``, remembered for the last text asked (held until the next one).

    >>> lower_case("Doanh Thu ĐẠT")
    'doanh thu đạt'
    """
    known, low = _LAST_LOWER[0]
    if known is not text:
        low = text.lower()
        _LAST_LOWER[0] = (text, low)
    return low
