"""The cue words of the targets stage: ``models/targets/vi_target_cues.tsv``, compiled once.

Each kind of cue (``goal``, ``weak``, ``past``, ``forecast``, ``deadline`` …; the
file's header says what each kind marks) gives three patterns: anywhere, ending
a text, and starting at a position.

An article is scanned two to three times faster, with the same matches, on a
lower-cased copy (see ``lowered``) with ``re`` (see ``phrases``). Faster
still, a kind's phrases are looked up once in the copy where their first words
stand (``_Phrases``), not scanned for at each character.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import regex

from vnextract.lowered import Folding
from vnextract.phrases import phrase_pattern
from vnextract.resources import ends_two_syllable_word, read_lines

_CUE_FILE = ("targets", "vi_target_cues.tsv")

# A text this long gets a lower-cased copy for fast scans (kept for the next call):
# an article; the short pieces of it the rules test are scanned as they are.
_COPY_MIN_CHARS = 200
_MAX_LAST_WORDS = 100_000  # last words of texts remembered (cleared past it)

# Kinds the rules ask of the same pieces of an article, one after another: the cues of a
# clause ("goal", "weak", "passage"), the forecast, history and clause words of a
# statement. One scan for the phrases of all the kinds of a group tells when none of
# them occurs in a piece (most pieces), and then each of them is answered without a scan;
# else where the first of them starts, and each kind's scan starts there (no phrase of the
# group, so none of the kind, starts before it in the piece).
_ASKED_TOGETHER = (("goal", "weak", "passage"), ("forecast", "history", "split"))
# Kinds every article is asked of as a whole (``find_in``): where the first words of their
# phrases stand is read in one scan of the copy for all of them (``_Phrases.places``), not
# by a ``str.find`` pass over the copy per first word.
_ASKED_WHOLE = (*_ASKED_TOGETHER[0], *_ASKED_TOGETHER[1], "milestone")

_WORD = re.compile(r"\w+")  # a word of a phrase, as ``re`` reads ``\w``


class _Match(Protocol):
    """What callers read of a match: ``regex``'s and ``re``'s matches and ``_Hit``."""

    def start(self) -> int: ...
    def end(self) -> int: ...
    def span(self) -> tuple[int, int]: ...
    def group(self) -> str: ...


@dataclass(frozen=True, slots=True)
class _Hit:
    """A phrase found in a lower-cased copy, read as a ``re`` match of it in ``text`` (the
    copy or the text it was made of: the phrase stands at the same place in both)."""

    text: str
    at: int
    stop: int

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.stop

    def span(self) -> tuple[int, int]:
        return self.at, self.stop

    def group(self) -> str:
        return self.text[self.at : self.stop]


# the first word of a phrase -> (its place among the kind's phrases, its other words), in
# the order the kind's pattern tries its phrases
_FirstWords = dict[str, list[tuple[int, tuple[str, ...]]]]
# the pattern of the first words of the phrases of some kinds, as whole words, and the kinds
_FirstWordScan = tuple[re.Pattern[str], frozenset[str]]


class _Phrases:
    """Where the phrases of each kind asked about stand in a lower-cased copy of an
    article, found once per kind from where their first words stand: for the kinds of
    ``scan``, the whole words its pattern finds in one pass for all of them; for others,
    each first word looked for with ``str.find``.

    A phrase of words (``\\w`` only) matches its pattern ``(?<!\\w)w1\\s+w2…(?!\\w)``
    exactly where its first word stands with no word character before it, each next
    word follows after white space, and no word character follows the last; of the
    phrases matching at one place the pattern takes the first it tries. ``found`` holds,
    for each place where some phrase of a kind matches, where each that matches ends, in
    the order the pattern tries them: what its ``finditer`` finds in a part of the copy
    follows from it (``spans``).
    """

    def __init__(self, copy: str, scan: _FirstWordScan | None = None) -> None:
        self.copy = copy
        self.found: dict[str, tuple[list[int], list[list[int]]]] = {}
        self.scan = scan
        self.places: dict[str, list[int]] | None = None

    def _places(self, scan: _FirstWordScan) -> dict[str, list[int]]:
        """Where each first word of the scanned kinds stands as a whole word (found once)."""
        if self.places is None:
            places: dict[str, list[int]] = {}
            for m in scan[0].finditer(self.copy):
                places.setdefault(m.group(), []).append(m.start())
            self.places = places
        return self.places

    def _word_starts(self, first: str) -> Iterator[int]:
        """Where ``first`` stands in the copy with no word character before it."""
        copy = self.copy
        i = copy.find(first)
        while i >= 0:
            if not i or not _is_word(copy[i - 1]):
                yield i
            i = copy.find(first, i + 1)

    def _found(self, kind: str, first_words: _FirstWords) -> tuple[list[int], list[list[int]]]:
        """Where a phrase of ``kind`` matches (sorted), and where each that matches there
        ends (kept). A phrase matches only where its first word is a whole word: a scanned
        kind's places are those of the scan."""
        copy = self.copy
        size = len(copy)
        scan = self.scan
        places = self._places(scan) if scan is not None and kind in scan[1] else None
        by_start: dict[int, list[tuple[int, int]]] = {}
        for first, phrases in first_words.items():
            starts = self._word_starts(first) if places is None else places.get(first, ())
            for i in starts:
                for order, rest in phrases:
                    end = i + len(first)
                    for word in rest:
                        at = end
                        while at < size and copy[at].isspace():
                            at += 1
                        if at == end or not copy.startswith(word, at):
                            break
                        end = at + len(word)
                    else:
                        if end == size or not _is_word(copy[end]):
                            by_start.setdefault(i, []).append((order, end))
        starts = sorted(by_start)
        found = self.found[kind] = (starts, [[e for _, e in sorted(by_start[s])] for s in starts])
        return found

    def spans(
        self, kind: str, first_words: _FirstWords, pos: int, endpos: int
    ) -> list[tuple[int, int]] | None:
        """The spans ``finditer`` of the kind's pattern finds in ``copy[pos:endpos]``; None
        when ``endpos`` cuts a word (a phrase may end in its first part: scan), or when the
        kind was not yet asked of the whole article (a part costs less to scan)."""
        if (
            0 < endpos < len(self.copy)
            and _is_word(self.copy[endpos - 1])
            and _is_word(self.copy[endpos])
        ):
            return None
        found = self.found.get(kind)
        if found is None:
            if pos or endpos < len(self.copy):
                return None  # a part of the article: its scan costs less
            found = self._found(kind, first_words)
        starts, ends = found
        out = []
        i = bisect_left(starts, pos)
        after = pos  # where the last span ended: the next starts there or later
        while i < len(starts) and starts[i] < endpos:
            if starts[i] >= after:
                end = next((e for e in ends[i] if e <= endpos), None)
                if end is not None:
                    out.append((starts[i], end))
                    after = end
            i += 1
        return out


def _is_word(char: str) -> bool:
    """Whether ``re`` reads ``char`` as ``\\w``."""
    return char.isalnum() or char == "_"


@dataclass(frozen=True)
class Lexicon:
    """The cue patterns of the cue file, compiled on first use.

    Each kind gives three patterns: ``kind`` (anywhere), ``kind$`` (ending a
    text) and ``^kind`` (at a position, with the space after it). An article
    needs about a third of them, so each is compiled when first asked for.
    ``fast_sources`` holds ``kind`` again for the case-insensitive kinds, in lower
    case for ``re``, to scan an article's lower-cased copy (the last one is kept).
    ``groups`` holds, for the kinds asked together (``_ASKED_TOGETHER``), the pattern
    of all their phrases on the copy; where the first of them starts in each piece of
    the copy asked about (if one does) is kept with the copy.
    """

    sources: dict[str, tuple[str, int]]  # pattern name -> (regular expression, flags)
    fast_sources: dict[str, str] = field(default_factory=dict)  # kind -> lower case, for re
    folding: Folding = field(default_factory=lambda: Folding(""))
    compiled: dict[str, regex.Pattern[str]] = field(default_factory=dict)
    # kind -> (pattern ``kind``, its ``re`` pattern for the copy or None), filled on first use
    scanners: dict[str, tuple[regex.Pattern[str] | None, re.Pattern[str] | None]] = field(
        default_factory=dict
    )
    last_copy: list[tuple[str, str | None]] = field(default_factory=lambda: [("", None)])
    # kind -> the first words of its phrases (see ``_FirstWords``), for the kinds whose
    # phrases are words only (looked up in the copy: ``_Phrases``)
    first_words: dict[str, _FirstWords] = field(default_factory=dict)
    phrases_of_copy: list[_Phrases | None] = field(default_factory=lambda: [None])
    # the first words of the kinds asked of every article as a whole (``_ASKED_WHOLE``)
    first_word_scan: _FirstWordScan | None = None
    # a kind asked with others -> (the group's number, the pattern of the phrases of all
    # the kinds of the group, for re)
    groups: dict[str, tuple[int, re.Pattern[str]]] = field(default_factory=dict)
    # kind -> the last words of its phrases, ending a text: (regular expression, flags)
    tail_sources: dict[str, tuple[str, int]] = field(default_factory=dict)
    tails: dict[str, regex.Pattern[str]] = field(default_factory=dict)  # compiled on first use
    # kind -> the first characters of its phrases (each in every case for a case-insensitive
    # kind) and whether the kind ignores case
    heads: dict[str, tuple[frozenset[str], bool]] = field(default_factory=dict)
    # (kind, a character) -> whether a phrase of kind may start with it
    first_chars: dict[tuple[str, str], bool] = field(default_factory=dict)
    # kind -> (pattern ``^kind`` or None, the ``re`` pattern of kind for the copy or None,
    # a character -> whether a phrase of kind may start with it), filled on first use
    openers: dict[
        str, tuple[regex.Pattern[str] | None, re.Pattern[str] | None, dict[str, bool]]
    ] = field(default_factory=dict)
    # kind -> (pattern ``kind$`` or None, the ``re`` pattern of kind ending a lower-cased
    # copy, or None), filled on first use
    enders: dict[str, tuple[regex.Pattern[str] | None, re.Pattern[str] | None]] = field(
        default_factory=dict
    )
    # (kind, the last word of a text) -> whether a last word of a phrase of kind ends it
    last_words: dict[tuple[str, str], bool] = field(default_factory=dict)
    # (group number, start, end) -> where the first of its phrases starts in the copy
    # there, -1 when none is there
    quiet: dict[tuple[int, int, int], int] = field(default_factory=dict)
    # the article whose matches ``find_in`` holds, and kind -> (their starts, the matches)
    whole: list[tuple[str, dict[str, tuple[list[int], list[regex.Match[str]]]]]] = field(
        default_factory=lambda: [("", {})]
    )

    def pattern(self, name: str) -> regex.Pattern[str] | None:
        """The pattern ``name`` ("goal", "goal$", "^goal"); None when the file has no such kind."""
        pattern = self.compiled.get(name)
        if pattern is None and name in self.sources:
            source, flags = self.sources[name]
            pattern = self.compiled[name] = regex.compile(source, flags)
        return pattern

    def _scanners(self, kind: str) -> tuple[regex.Pattern[str] | None, re.Pattern[str] | None]:
        """The pattern ``kind`` and, for a kind a lower-cased copy can be scanned for, its
        ``re`` pattern on the copy (both compiled on first use, then kept by kind)."""
        found = self.scanners.get(kind)
        if found is None:
            fast = self.fast_sources.get(kind)
            found = self.scanners[kind] = (
                self.pattern(kind),
                None if fast is None else re.compile(fast),
            )
        return found

    def _copy(self, text: str) -> str | None:
        """The lower-cased copy of an article ``text`` (None when a character folds otherwise)."""
        known, copy = self.last_copy[0]
        if known is not text:
            copy = self.folding.lowered(text)
            self.last_copy[0] = (text, copy)
            self.phrases_of_copy[0] = None
            self.quiet.clear()
        return copy

    def _spans(self, kind: str, copy: str, pos: int, endpos: int) -> list[tuple[int, int]] | None:
        """The spans of the matches of ``kind``'s ``re`` pattern in ``copy[pos:endpos]``,
        read from where its phrases stand in the copy (kept for the last copy); None when
        they cannot be."""
        first_words = self.first_words.get(kind)
        if first_words is None:
            return None
        phrases = self.phrases_of_copy[0]
        if phrases is None or phrases.copy is not copy:
            phrases = self.phrases_of_copy[0] = _Phrases(copy, self.first_word_scan)
        return phrases.spans(kind, first_words, pos, endpos)

    def _first(self, group: tuple[int, re.Pattern[str]], copy: str, pos: int, endpos: int) -> int:
        """Where the first phrase of a group of kinds starts in ``copy[pos:endpos]``, -1
        when none does (then no kind of the group does: its scan would find nothing
        there either). A scan of a kind of the group from there finds what a scan from
        ``pos`` finds: a phrase of the kind is one of the group's."""
        key = (group[0], pos, endpos)
        known = self.quiet.get(key)
        if known is None:
            m = group[1].search(copy, pos, endpos)
            known = self.quiet[key] = -1 if m is None else m.start()
        return known

    def find(
        self, kind: str, text: str, pos: int = 0, endpos: int | None = None
    ) -> list[regex.Match[str]]:
        """Every match of ``kind`` in ``text[pos:endpos]``."""
        pattern, fast = self.scanners.get(kind) or self._scanners(kind)
        if pattern is None:
            return []
        if endpos is None:
            endpos = len(text)
        copy = None if fast is None or len(text) < _COPY_MIN_CHARS else self._copy(text)
        if copy is None or fast is None:
            return [m for m in pattern.finditer(text, pos, endpos) if not self._no_cue(text, m)]
        spans = self._spans(kind, copy, pos, endpos)
        if spans is None:
            group = self.groups.get(kind)
            first = pos if group is None else self._first(group, copy, pos, endpos)
            if first < 0:
                return []
            spans = [hit.span() for hit in fast.finditer(copy, first, endpos)]
        found = []
        for start, end in spans:
            m = pattern.match(text, start, endpos)  # the same match, on the text itself
            if m is None or m.end() != end:
                return [m for m in pattern.finditer(text, pos, endpos) if not self._no_cue(text, m)]
            if not self._no_cue(text, m):
                found.append(m)
        return found

    def find_in(self, kind: str, text: str, pos: int, endpos: int) -> list[regex.Match[str]]:
        """``find`` for a kind asked of every clause of an article ("goal", "weak"): the
        article is scanned once and each clause takes the matches that lie inside it."""
        known, by_kind = self.whole[0]
        if known is not text:
            by_kind = {}
            self.whole[0] = (text, by_kind)
        found = by_kind.get(kind)
        if found is None:
            matches = self.find(kind, text)
            found = by_kind[kind] = ([m.start() for m in matches], matches)
        starts, matches = found
        i = bisect_left(starts, pos)
        out = []
        while i < len(matches) and starts[i] < endpos:
            if matches[i].end() <= endpos:
                out.append(matches[i])
            i += 1
        return out

    def has(self, kind: str, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether ``kind`` occurs in ``text[pos:endpos]``."""
        pattern, fast = self.scanners.get(kind) or self._scanners(kind)
        if pattern is None:
            return False
        if endpos is None:
            endpos = len(text)
        copy = None if fast is None or len(text) < _COPY_MIN_CHARS else self._copy(text)
        if copy is None or fast is None:
            return any(not self._no_cue(text, m) for m in pattern.finditer(text, pos, endpos))
        spans = self._spans(kind, copy, pos, endpos)
        if spans is not None:
            return any(not self._no_cue(text, _Hit(copy, *span)) for span in spans)
        group = self.groups.get(kind)
        first = pos if group is None else self._first(group, copy, pos, endpos)
        if first < 0:
            return False
        return any(not self._no_cue(text, m) for m in fast.finditer(copy, first, endpos))

    def ends_with(self, kind: str, text: str) -> _Match | None:
        """The match of ``kind`` that ends ``text`` (white space trimmed), if any.

        The text's last word is tested first: a phrase of ``kind`` ends it, or none
        can end the text (most texts), and the text is not scanned. Else, for a kind
        whose phrases a lower-cased copy can be scanned for, the text's copy is (``re``,
        several times faster than ``kind$`` on the text, with the same match).
        """
        pattern, fast = self.enders.get(kind) or self._ender(kind)
        if pattern is None:
            return None
        text = text.rstrip()
        key = (kind, text.rsplit(None, 1)[-1] if text else "")  # the phrase's last word
        may_end = self.last_words.get(key)  # ends this last word of the text
        if may_end is None:
            if len(self.last_words) >= _MAX_LAST_WORDS:
                self.last_words.clear()
            tail = self.tails.get(kind)
            if tail is None:
                tail = self.tails[kind] = regex.compile(*self.tail_sources[kind])
            may_end = self.last_words[key] = tail.search(key[1]) is not None
        if not may_end:
            return None
        copy = None if fast is None else self.folding.lowered(text)
        if copy is None or fast is None:
            return pattern.search(text)
        found = fast.search(copy)
        return None if found is None else _Hit(text, *found.span())

    def _ender(self, kind: str) -> tuple[regex.Pattern[str] | None, re.Pattern[str] | None]:
        """What ``ends_with`` reads for ``kind`` (see ``enders``), kept by kind."""
        pattern = self.pattern(f"{kind}$")
        fast = self.fast_sources.get(kind)
        found = self.enders[kind] = (
            pattern,
            None if pattern is None or fast is None else re.compile(rf"{fast}\Z"),
        )
        return found

    def starts_with(self, kind: str, text: str, pos: int) -> regex.Match[str] | None:
        """The match of ``kind`` that starts at ``pos``, if any (the character there is
        tested first: most characters open no phrase of the kind; then, in an article,
        its lower-cased copy, where ``re`` answers faster whether a phrase starts there)."""
        pattern, fast, may_open = self.openers.get(kind) or self._opener(kind)
        if pattern is None:
            return None
        char = text[pos : pos + 1]
        known = may_open.get(char)
        if known is None:
            known = may_open[char] = self._may_open(kind, char)
        if not known:
            return None
        if fast is not None and len(text) >= _COPY_MIN_CHARS:
            copy = self._copy(text)
            if copy is not None and fast.match(copy, pos) is None:
                return None  # no phrase starts there: the copy answers as the text would
        return pattern.match(text, pos)

    def _opener(
        self, kind: str
    ) -> tuple[regex.Pattern[str] | None, re.Pattern[str] | None, dict[str, bool]]:
        """What ``starts_with`` reads for ``kind`` (see ``openers``), kept by kind."""
        pattern = self.pattern(f"^{kind}")
        fast = None if pattern is None else self._scanners(kind)[1]
        found = self.openers[kind] = (pattern, fast, {})
        return found

    def is_all(self, kind: str, text: str) -> bool:
        """Whether ``text`` is one phrase of ``kind`` (and white space)."""
        pattern = self.pattern(f"^{kind}")
        if pattern is None or not self._may_open(kind, text[:1]):
            return False
        return pattern.fullmatch(text) is not None

    def _may_open(self, kind: str, char: str) -> bool:
        """Whether a phrase of ``kind`` may start with ``char`` (remembered per character)."""
        key = (kind, char)
        known = self.first_chars.get(key)
        if known is None:
            heads, any_case = self.heads[kind]
            known = self.first_chars[key] = not heads.isdisjoint(
                _case_forms(char) if any_case else (char,)
            )
        return known

    def _no_cue(self, text: str, m: _Match) -> bool:
        """Whether a match of a cue phrase is no cue: inside a word, a closing "hiện có",
        "lũy kế" qualifying a loss or a profit ("bù đắp khoản lỗ lũy kế": accumulated), or
        "để" after "không" ("không để thiếu điện": not let, no purpose)."""
        if _in_word(text, m) or self._closes_noun_phrase(text, m):
            return True
        cue = m.group().casefold()
        if cue == "lũy kế":
            return _ACCRUED.search(text, max(0, m.start() - 5), m.start()) is not None
        if cue == "để":  # "phấn đấu không để thiếu điện": "not let", no purpose
            return _NOT_LET.search(text, max(0, m.start() - 6), m.start()) is not None
        return False

    def _closes_noun_phrase(self, text: str, m: _Match) -> bool:
        """Rule ``closing_now``: "hiện có" after a word and before the end of a clause or
        a clause word qualifies the noun before it ("cải tạo 30 trường hiện có", "60
        tuyến hiện có để kết nối …"): it says "existing", not that a result is reported
        ("Tỉnh hiện có 30 trường"). ("gấp đôi hiện nay" stays a comparison with today.)

        >>> import re
        >>> t = "cải tạo 30 trường hiện có;"
        >>> lexicon()._closes_noun_phrase(t, re.search("hiện có", t))
        True
        >>> t = "điều chỉnh 60 tuyến hiện có để kết nối"
        >>> lexicon()._closes_noun_phrase(t, re.search("hiện có", t))
        True
        >>> t = "Tỉnh hiện có 30 trường."
        >>> lexicon()._closes_noun_phrase(t, re.search("hiện có", t))
        False
        """
        start = m.start()
        if not text.startswith(("hiện", "Hiện"), start):
            return False
        if _WORD_BEFORE.search(text, max(0, start - 2), start) is None:
            return False
        after = _EXISTING.match(text, start)
        return after is not None and (
            after.end() == len(text)
            or text[after.end()] in _CLAUSE_END
            or self.starts_with("split", text, after.end()) is not None
        )

    def remove(self, kind: str, text: str) -> str:
        """``text`` without the phrases of ``kind``."""
        pattern = self.pattern(kind)
        return pattern.sub("", text) if pattern is not None else text


# "hiện có" (existing), closing a noun phrase: "cải tạo 30 trường hiện có".
_EXISTING = re.compile(r"hiện\s+có\s*", re.IGNORECASE)
_CLAUSE_END = frozenset(",;.:)\n")
_NOT_LET = re.compile(r"(?<!\w)không[ \t]\Z", re.IGNORECASE)  # "không để": not let
_ACCRUED = re.compile(r"(?<!\w)(?:lỗ|lãi)[ \t]\Z", re.IGNORECASE)  # "lỗ lũy kế", "lãi lũy kế"
_WORD_BEFORE = re.compile(r"\w[ \t]\Z")
_SYLLABLE = re.compile(r"\w+")
# Adverbs that open a verb phrase after a noun: "nửa năm mới thực hiện" is no "năm mới".
_PREVERBAL = frozenset(("mới", "đã", "sẽ", "đang", "vẫn", "còn", "cũng", "đều", "chưa"))


def _case_forms(char: str) -> tuple[str, ...]:
    """A character in each case: two characters one of which a case-insensitive pattern
    matches with the other share a form (the test is a filter: a few more sharing one,
    "ı" and "i" through "I", only cost the pattern's match)."""
    return (char, char.lower(), char.upper(), char.casefold())


def _in_word(text: str, m: _Match) -> bool:
    """Rule ``inside_word``: whether a cue's first syllable ends a two-syllable word with
    the syllable before it, so the cue is no cue ("chứng chỉ đạt 40%" holds no "chỉ
    đạt", "thực hiện có" no "hiện có").

    >>> import re
    >>> _in_word("bằng cấp, chứng chỉ đạt 40%", re.search("chỉ đạt", "bằng cấp, chứng chỉ đạt 40%"))
    True
    """
    start = m.start()
    if not start or text[start - 1] not in " \t":
        return False
    first = _SYLLABLE.match(text, start)
    if first is None or first.group().lower() in _PREVERBAL:
        return False
    return ends_two_syllable_word(text, start)


@functools.cache
def cue_phrases() -> dict[str, list[str]]:
    """The phrases of the cue file by kind, read once (the role stage reads its contrast
    words here too).

    >>> "nhưng" in cue_phrases()["contrast"]
    True
    """
    by_kind: dict[str, list[str]] = {}
    for line in read_lines(*_CUE_FILE):
        kind, _, phrase = line.partition("\t")
        if phrase.strip():
            by_kind.setdefault(kind.strip(), []).append(phrase.strip())
    return by_kind


@functools.cache
def lexicon() -> Lexicon:
    """Load the cue file once; its patterns compile on first use."""
    by_kind = cue_phrases()
    sources: dict[str, tuple[str, int]] = {}
    tail_sources: dict[str, tuple[str, int]] = {}
    heads: dict[str, tuple[frozenset[str], bool]] = {}
    fast_sources: dict[str, str] = {}
    fast_words: dict[str, list[list[str]]] = {}
    first_words: dict[str, _FirstWords] = {}
    letters: set[str] = set()
    for kind, phrases in by_kind.items():
        # Simple case folding (V0): full folding (V1) makes compiling several times
        # slower and changes nothing for Vietnamese letters.
        flags = regex.V0 if kind == "title" else regex.V0 | regex.IGNORECASE
        ordered = sorted(phrases, key=len, reverse=True)
        alts = "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in ordered)
        body = rf"(?<!\w)(?:{alts})(?!\w)"
        sources[kind] = (body, flags)
        sources[f"{kind}$"] = (rf"{body}$", flags)
        sources[f"^{kind}"] = (rf"{body}\s*", flags)
        any_case = bool(flags & regex.IGNORECASE)
        firsts = {p[0] for p in phrases}
        heads[kind] = (
            frozenset(f for c in firsts for f in _case_forms(c)) if any_case else frozenset(firsts),
            any_case,
        )
        last_words = sorted({p.split()[-1] for p in phrases}, key=len, reverse=True)
        tail_sources[kind] = ("(?:" + "|".join(regex.escape(w) for w in last_words) + r")\Z", flags)
        words = [p.lower().split() for p in ordered]
        if flags & regex.IGNORECASE and all(len(c.lower()) == 1 for c in "".join(ordered)):
            letters.update("".join(ordered))
            fast_sources[kind] = phrase_pattern(words)
            fast_words[kind] = words
            if all(_WORD.fullmatch(w) for p in words for w in p):
                first_words[kind] = _first_words(words)
    groups: dict[str, tuple[int, re.Pattern[str]]] = {}
    for number, kinds in enumerate(_ASKED_TOGETHER):
        fast_kinds = [k for k in kinds if k in fast_words]
        unique = {" ".join(w): w for k in fast_kinds for w in fast_words[k]}
        group = re.compile(phrase_pattern(sorted(unique.values(), key=len, reverse=True)))
        groups.update(dict.fromkeys(fast_kinds, (number, group)))
    scanned = frozenset(k for k in _ASKED_WHOLE if k in first_words)
    whole_words = sorted({w for k in scanned for w in first_words[k]}, key=len, reverse=True)
    return Lexicon(
        sources,
        fast_sources,
        Folding("".join(sorted(letters))),
        groups=groups,
        first_words=first_words,
        first_word_scan=(re.compile(phrase_pattern([[w] for w in whole_words])), scanned),
        tail_sources=tail_sources,
        heads=heads,
    )


def _first_words(phrases: Sequence[Sequence[str]]) -> _FirstWords:
    """The phrases (each a list of words, in the order a pattern tries them) by first word.

    >>> _first_words([["mục", "tiêu"], ["kế", "hoạch"], ["mục"]])
    {'mục': [(0, ('tiêu',)), (2, ())], 'kế': [(1, ('hoạch',))]}
    """
    by_first: _FirstWords = {}
    for order, (first, *rest) in enumerate(phrases):
        by_first.setdefault(first, []).append((order, tuple(rest)))
    return by_first
