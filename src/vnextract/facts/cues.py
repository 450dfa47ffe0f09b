"""The cue phrases of ``models/facts/vi_fact_cues.tsv``, compiled once.

Each kind of cue ("increase", "verb", "baseline"…) is found at the start or
the end of a text word by word (a set look-up per word, any case), and anywhere
in a lower-case text by one pattern on whole syllables.

>>> cues().ends("increase", "doanh thu tăng ")
10
>>> cues().ends("increase", "doanh thu tương ") is None
True
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field

from vnextract.phrases import phrase_pattern
from vnextract.resources import read_lines

_CUE_FILE = ("facts", "vi_fact_cues.tsv")
_BASE_WORDS = 4  # how many words after "so với" may name what is compared before its time
_MULTIPLE = re.compile(r"(?<!\w)gấp(?!\w)", re.IGNORECASE)  # the word of a multiple
_MULTIPLE_SPAN = 12  # how far before a ratio word "gấp" of its multiple may stand ("gấp 1,8 lần")
# A cue starts and ends at a syllable edge. The scans use the standard library's ``re``
# (Unicode ``\w``: letters and digits), faster than ``regex`` on literal alternations.
_NEXT_WORD = re.compile(r"\s*(\w+)")  # the next syllable, after white space


@dataclass(frozen=True)
class Cues:
    """Compiled cue patterns by kind."""

    anywhere: dict[str, re.Pattern[str]]
    kinds: dict[str, frozenset[str]]
    by_last_word: dict[str, dict[str, list[tuple[str, ...]]]]  # kind → last word → cues
    by_first_word: dict[str, dict[str, list[tuple[str, ...]]]]  # kind → first word → cues
    phrase_patterns: dict[tuple[str, ...], tuple[re.Pattern[str], dict[str, str]]] = field(
        default_factory=dict
    )
    # kinds -> the first words of their cues, for ``may_start`` (built once per kinds)
    first_words: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)

    def ends_with_base(self, before: str) -> bool:
        """Whether the words ``before`` a time make it a comparison's base: a baseline
        ("so với năm 2020") or a ratio ("gấp 1,8 lần quý III/2025"), with the words that
        name the time stepped over ("so với cùng kỳ năm 2012", "so với 9 tháng năm 2025").

        >>> cues().ends_with_base("tăng 5% so với cùng kỳ năm"), cues().ends_with_base("đạt")
        (True, False)
        >>> cues().ends_with_base("tăng 7% so với 9 tháng năm")
        True

        A few words may name what is compared after "so với" ("so với vòng gọi vốn hồi
        tháng") or a multiple ("gấp đôi trận lũ lớn năm"), none after a ratio's "bằng"
        ("bằng tiền mặt năm" is no base); a multiple written as a word is a ratio ("gấp đôi
        cuối năm").

        >>> cues().ends_with_base("gấp 2,7 lần so với vòng gọi vốn hồi tháng")
        True
        >>> base = cues().ends_with_base
        >>> base("cổ tức bằng tiền mặt năm"), base("gấp đôi cuối năm")
        (False, True)
        >>> base("gần gấp đôi trận lũ lớn năm")
        True

        A time opening brackets right after a base names the base's time: "so với cùng kỳ
        năm trước (quý I/2016 …)".

        >>> cues().ends_with_base("tăng 1,4% so với cùng kỳ năm trước (")
        True
        """
        before = before.rstrip()
        if before.endswith("("):
            from vnextract.relative_times import is_relative_phrase  # no import cycle

            words = before[:-1].split()
            for n in (3, 2):
                if len(words) >= n and is_relative_phrase(" ".join(words[-n:])):
                    del words[-n:]
                    break
            before = " ".join(words)
        if _base_word().search(before.lower()) is None:
            return False  # the cheap test first: no word of ``before`` ends a base's cue
        named = 0  # words that name the base itself, stepped over after "so với" only
        while before:
            if self.ends("baseline", before) is not None:
                return True
            ratio = self.ends("ratio", before)
            if ratio is not None:
                # a multiple may name what it multiplies ("gấp đôi trận lũ lớn năm 2020",
                # "gấp 3 lần kết quả …"); "bằng" may not ("bằng tiền mặt năm" is no base), nor
                # a count of times ("2 lần mỗi tháng")
                return (
                    not named
                    or _MULTIPLE.search(before, max(0, ratio - _MULTIPLE_SPAN)) is not None
                )
            cut = before.rfind(" ")
            word = before[cut + 1 :]
            if word.lower() in self.kinds["level_reached"]:
                return False  # "gấp đôi lên mức kỷ lục trong năm 2025": the level's own time
            if not word.isdigit() and word.lower() not in self.kinds["time_naming"]:
                # (a count of months is stepped over: "so với 9 tháng năm 2025"); a few
                # words naming what is compared too ("so với vòng gọi vốn hồi tháng 5/2025")
                named += 1
                if named > _BASE_WORDS or not word.isalpha():
                    return False
            before = before[:cut] if cut > 0 else ""
        return False

    def ends(self, kind: str, text: str) -> int | None:
        """Where the longest cue of ``kind`` that ends ``text`` starts (trailing spaces allowed).

        Looks the last word up first: most texts end in no cue and cost one look-up.
        """
        seen, last = _LAST_WORD  # a text asked for several kinds: its last word read once
        if seen is not text:
            last = _last_word(text)
        if last is None:
            return None
        start, key = last
        for words in self.by_last_word[kind].get(key, ()):
            pos = start
            for word in reversed(words[:-1]):
                gap = pos
                while gap and text[gap - 1].isspace():
                    gap -= 1
                first = _word_start(text, gap)
                if gap == pos or text[first:gap].lower() != word:
                    break
                pos = first
            else:
                return pos
        return None

    def starts(self, kind: str, text: str, pos: int = 0) -> int | None:
        """Where the longest cue of ``kind`` starting ``text`` at ``pos`` ends, with the
        white space after it (white space before it allowed); None when none starts there.

        Looks the first word up first: most positions start no cue and cost one look-up.
        """
        first = _NEXT_WORD.match(text, pos)
        if first is None:
            return None
        candidates = self.by_first_word[kind].get(first.group(1).lower())
        return None if candidates is None else _cue_end(candidates, first, text)

    def may_start(self, kinds: tuple[str, ...], word: str) -> bool:
        """Whether a cue of one of ``kinds`` begins with ``word``: a cheap test before a match."""
        firsts = self.first_words.get(kinds)
        if firsts is None:
            firsts = self.first_words[kinds] = frozenset(
                w for kind in kinds for w in self.by_first_word[kind]
            )
        return word.lower() in firsts

    def may_open(self, kinds: tuple[str, ...], text: str, pos: int = 0) -> bool:
        """Whether a cue of one of ``kinds`` may start ``text`` at ``pos``: its first word
        begins one (a look-up; ``starts`` then says whether the whole cue is there).

        >>> kinds = ("anaphor_province",)
        >>> cues().may_open(kinds, "toàn tỉnh có"), cues().may_open(kinds, "có")
        (True, False)
        """
        first = _NEXT_WORD.match(text, pos)
        return first is not None and self.may_start(kinds, first.group(1))

    def starts_any(self, kinds: tuple[str, ...], text: str, pos: int = 0) -> tuple[str, int] | None:
        """The first of ``kinds`` whose cue starts ``text`` at ``pos``, and where it ends."""
        first = _NEXT_WORD.match(text, pos)
        if first is None:
            return None
        word = first.group(1).lower()
        for kind in kinds:
            candidates = self.by_first_word[kind].get(word)
            if candidates is not None:
                end = _cue_end(candidates, first, text)
                if end is not None:
                    return kind, end
        return None

    def find_all(
        self, kinds: tuple[str, ...], text: str, pos: int = 0, endpos: int | None = None
    ) -> list[tuple[str, int, int]]:
        """Every cue of ``kinds`` in ``text[pos:endpos]``: (kind, start, end), left to right.

        ``text`` is in lower case. One pattern of every cue phrase of ``kinds``
        (longest first) finds them in one pass; a phrase of several kinds counts
        for the first of ``kinds`` that holds it.
        """
        pattern, kind_of = self._phrase_pattern(kinds)
        end = len(text) if endpos is None else endpos
        found = []
        for m in pattern.finditer(text, pos, end):
            phrase = m.group()
            kind = kind_of.get(phrase)  # a phrase written with single spaces (most): its key
            if kind is None:
                kind = kind_of[" ".join(phrase.split())]
            found.append((kind, m.start(), m.end()))
        return found

    def _phrase_pattern(self, kinds: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
        """The pattern of every cue phrase of ``kinds`` and each phrase's kind (built once)."""
        found = self.phrase_patterns.get(kinds)
        if found is None:
            kind_of: dict[str, str] = {}
            for kind in reversed(kinds):  # the first kind that holds a phrase wins
                kind_of.update(dict.fromkeys(self.kinds[kind], kind))
            pattern = re.compile(_edged_alternation(list(kind_of)))
            found = self.phrase_patterns[kinds] = (pattern, kind_of)
        return found

    def find(self, kind: str, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether a cue of ``kind`` occurs in ``text[pos:endpos]`` (``text`` in lower case)."""
        end = len(text) if endpos is None else endpos
        return self.anywhere[kind].search(text, pos, end) is not None


# The last text ``ends`` read and its last word: a text is often asked for several kinds
# in a row.
_LAST_WORD: tuple[str, tuple[int, str] | None] = ("", None)


def _last_word(text: str) -> tuple[int, str] | None:
    """Where the last word of ``text`` (trailing spaces allowed) starts and its lower-case
    form; None when no word ends the text."""
    global _LAST_WORD
    seen, found = _LAST_WORD
    if seen is text:
        return found
    found = None
    stripped = text.rstrip()  # the white space the loop in ``ends`` would step over
    end = len(stripped)
    if end:
        last = stripped.rsplit(None, 1)[-1]  # the last word, when all letters and digits
        if last.isalnum():
            found = (end - len(last), last.lower())
        elif last[-1].isalnum():
            start = _word_start(text, end)
            found = (start, text[start:end].lower())
    _LAST_WORD = (text, found)
    return found


def _cue_end(candidates: list[tuple[str, ...]], first: re.Match[str], text: str) -> int | None:
    """Where the first of ``candidates`` (cues longest first, each a tuple of words whose
    first word ``first`` matched) that ``text`` goes on with ends, with the white space
    after it; None when none does."""
    for words in candidates:
        stop = first
        for nxt_word in words[1:]:
            nxt = _NEXT_WORD.match(text, stop.end())
            if nxt is None or nxt.start(1) == stop.end() or nxt.group(1).lower() != nxt_word:
                break
            stop = nxt
        else:
            end = stop.end()
            while end < len(text) and text[end].isspace():
                end += 1
            return end
    return None


def _word_start(text: str, end: int) -> int:
    """Where the run of letters and digits ending at ``end`` starts."""
    start = end
    while start and text[start - 1].isalnum():
        start -= 1
    return start


def _edged_alternation(phrases: list[str]) -> str:
    """The pattern of ``phrases`` (longest first, words apart by any white space) at
    syllable edges: ``phrases.phrase_pattern``, which ``re`` scans faster than the plain
    ``(?<!\\w)(?:phrase|…)(?!\\w)`` and with the same matches.

    >>> p = re.compile(_edged_alternation(["tăng", "tăng trưởng", "giảm"]))
    >>> [m.group() for m in p.finditer("tăng  trưởng, giảm, tănggiảm")]
    ['tăng  trưởng', 'giảm']
    """
    return phrase_pattern([p.split() for p in sorted(set(phrases), key=len, reverse=True)])


@functools.cache
def _base_word() -> re.Pattern[str]:
    """A whole word (letters and digits) that ends a baseline's or a ratio's cue ("với",
    "kỳ", "gấp"), on lower-case text: ``ends_with_base`` finds a cue only where one stands."""
    by_last = cues().by_last_word
    words = sorted({*by_last["baseline"], *by_last["ratio"]}, key=len, reverse=True)
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, words))})(?![^\W_])")


@functools.cache
def cues() -> Cues:
    """Load and compile the cue file (once per process)."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for line in read_lines(*_CUE_FILE):
        kind, phrase = line.split("\t")
        by_kind[kind].append(phrase)
    anywhere = {}
    for kind, phrases in by_kind.items():
        anywhere[kind] = re.compile(_edged_alternation(phrases))  # on lower-case text
    kinds = {k: frozenset(p.lower() for p in v) for k, v in by_kind.items()}
    by_last_word: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    by_first_word: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for kind, phrases in by_kind.items():
        last: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for p in sorted(set(phrases), key=lambda p: -len(p.split())):  # longest first
            words = tuple(p.lower().split())
            last[words[-1]].append(words)
            first[words[0]].append(words)
        by_last_word[kind], by_first_word[kind] = dict(last), dict(first)
    return Cues(anywhere, kinds, by_last_word, by_first_word)
