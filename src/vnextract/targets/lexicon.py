"""The cue words of the targets stage: ``models/targets/vi_target_cues.tsv``, compiled once.

Each kind of cue (``goal``, ``weak``, ``past``, ``forecast``, ``deadline`` …; the
file's header says what each kind marks) gives three patterns: anywhere, ending
a text, and starting at a position.

An article is scanned two to three times faster, with the same matches, on a
lower-cased copy (see ``targets.lowered``) with ``re`` (see ``phrases``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import regex

from vnextract.phrases import phrase_pattern
from vnextract.resources import read_lines, two_syllable_words
from vnextract.targets.lowered import Folding

_CUE_FILE = ("targets", "vi_target_cues.tsv")

# A text this long gets a lower-cased copy for fast scans (kept for the next call):
# an article; the short pieces of it the rules test are scanned as they are.
_COPY_MIN_CHARS = 200


@dataclass(frozen=True)
class Lexicon:
    """The cue patterns of the cue file, compiled on first use.

    Each kind gives three patterns: ``kind`` (anywhere), ``kind$`` (ending a
    text) and ``^kind`` (at a position, with the space after it). An article
    needs about a third of them, so each is compiled when first asked for.
    ``fast_sources`` holds ``kind`` again for the case-insensitive kinds, in lower
    case for ``re``, to scan an article's lower-cased copy (the last one is kept).
    """

    sources: dict[str, tuple[str, int]]  # pattern name -> (regular expression, flags)
    fast_sources: dict[str, str] = field(default_factory=dict)  # kind -> lower case, for re
    folding: Folding = field(default_factory=lambda: Folding(""))
    compiled: dict[str, regex.Pattern[str]] = field(default_factory=dict)
    fast: dict[str, re.Pattern[str]] = field(default_factory=dict)
    last_copy: list[tuple[str, str | None]] = field(default_factory=lambda: [("", None)])

    def pattern(self, name: str) -> regex.Pattern[str] | None:
        """The pattern ``name`` ("goal", "goal$", "^goal"); None when the file has no such kind."""
        pattern = self.compiled.get(name)
        if pattern is None and name in self.sources:
            source, flags = self.sources[name]
            pattern = self.compiled[name] = regex.compile(source, flags)
        return pattern

    def _copy(self, kind: str, text: str) -> str | None:
        """The lower-cased copy of an article ``text`` when ``kind`` can be scanned on it."""
        if len(text) < _COPY_MIN_CHARS or kind not in self.fast_sources:
            return None
        known, copy = self.last_copy[0]
        if known is not text:
            copy = self.folding.lowered(text)
            self.last_copy[0] = (text, copy)
        return copy

    def _fast(self, kind: str) -> re.Pattern[str]:
        pattern = self.fast.get(kind)
        if pattern is None:
            pattern = self.fast[kind] = re.compile(self.fast_sources[kind])
        return pattern

    def find(
        self, kind: str, text: str, pos: int = 0, endpos: int | None = None
    ) -> list[regex.Match[str]]:
        """Every match of ``kind`` in ``text[pos:endpos]``."""
        pattern = self.pattern(kind)
        if pattern is None:
            return []
        endpos = len(text) if endpos is None else endpos
        copy = self._copy(kind, text)
        if copy is None:
            return [m for m in pattern.finditer(text, pos, endpos) if not self._no_cue(text, m)]
        found = []
        for hit in self._fast(kind).finditer(copy, pos, endpos):
            m = pattern.match(text, hit.start(), endpos)  # the same match, on the text itself
            if m is None or m.end() != hit.end():
                return [m for m in pattern.finditer(text, pos, endpos) if not self._no_cue(text, m)]
            if not self._no_cue(text, m):
                found.append(m)
        return found

    def has(self, kind: str, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether ``kind`` occurs in ``text[pos:endpos]``."""
        pattern = self.pattern(kind)
        if pattern is None:
            return False
        endpos = len(text) if endpos is None else endpos
        copy = self._copy(kind, text)
        if copy is None:
            return any(not self._no_cue(text, m) for m in pattern.finditer(text, pos, endpos))
        return any(not self._no_cue(text, m) for m in self._fast(kind).finditer(copy, pos, endpos))

    def ends_with(self, kind: str, text: str) -> regex.Match[str] | None:
        """The match of ``kind`` that ends ``text`` (white space trimmed), if any."""
        pattern = self.pattern(f"{kind}$")
        return pattern.search(text.rstrip()) if pattern is not None else None

    def starts_with(self, kind: str, text: str, pos: int) -> regex.Match[str] | None:
        """The match of ``kind`` that starts at ``pos``, if any."""
        pattern = self.pattern(f"^{kind}")
        return pattern.match(text, pos) if pattern is not None else None

    def is_all(self, kind: str, text: str) -> bool:
        """Whether ``text`` is one phrase of ``kind`` (and white space)."""
        pattern = self.pattern(f"^{kind}")
        return pattern is not None and pattern.fullmatch(text) is not None

    def _no_cue(self, text: str, m: re.Match[str] | regex.Match[str]) -> bool:
        """Whether a match of a cue phrase is no cue: inside a word, or a closing "hiện có"."""
        return _in_word(text, m) or self._closes_noun_phrase(text, m)

    def _closes_noun_phrase(self, text: str, m: re.Match[str] | regex.Match[str]) -> bool:
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
_WORD_BEFORE = re.compile(r"\w[ \t]\Z")
_SYLLABLE_BEFORE = re.compile(r"(\w+)[ \t]\Z")
_SYLLABLE = re.compile(r"\w+")
# Adverbs that open a verb phrase after a noun: "nửa năm mới thực hiện" is no "năm mới".
_PREVERBAL = frozenset(("mới", "đã", "sẽ", "đang", "vẫn", "còn", "cũng", "đều", "chưa"))


def _in_word(text: str, m: re.Match[str] | regex.Match[str]) -> bool:
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
    before = _SYLLABLE_BEFORE.search(text, max(0, start - 12), start)
    first = _SYLLABLE.match(text, start)
    if before is None or first is None or first.group().lower() in _PREVERBAL:
        return False
    return f"{before.group(1).lower()} {first.group().lower()}" in two_syllable_words()


@functools.cache
def lexicon() -> Lexicon:
    """Load the cue file once; its patterns compile on first use."""
    by_kind: dict[str, list[str]] = {}
    for line in read_lines(*_CUE_FILE):
        kind, _, phrase = line.partition("\t")
        if phrase.strip():
            by_kind.setdefault(kind.strip(), []).append(phrase.strip())
    sources: dict[str, tuple[str, int]] = {}
    fast_sources: dict[str, str] = {}
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
        words = [p.lower().split() for p in ordered]
        if flags & regex.IGNORECASE and all(len(c.lower()) == 1 for c in "".join(ordered)):
            letters.update("".join(ordered))
            fast_sources[kind] = phrase_pattern(words)
    return Lexicon(sources, fast_sources, Folding("".join(sorted(letters))))
