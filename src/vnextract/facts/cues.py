"""The cue phrases of ``models/facts/vi_fact_cues.tsv``, compiled once.

Each kind of cue ("increase", "verb", "baseline"…) gives two patterns: one that
matches a cue ending a piece of text and one that matches a cue starting it,
both on whole syllables and case-insensitive.

>>> cues().ends("increase", "doanh thu tăng ") is not None
True
>>> cues().ends("increase", "doanh thu tương ") is None
True
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass

import regex

from vnextract.resources import read_lines

_CUE_FILE = ("facts", "vi_fact_cues.tsv")
_EDGE = r"(?<![\p{L}\p{N}])"  # a cue starts at a syllable edge
_END = r"(?![\p{L}\p{N}])"  # and ends at one


@dataclass(frozen=True)
class Cues:
    """Compiled cue patterns by kind."""

    at_end: dict[str, regex.Pattern[str]]
    at_start: dict[str, regex.Pattern[str]]
    anywhere: dict[str, regex.Pattern[str]]
    kinds: dict[str, frozenset[str]]

    def ends(self, kind: str, text: str) -> regex.Match[str] | None:
        """The cue of ``kind`` that ends ``text`` (trailing spaces allowed), if any."""
        return self.at_end[kind].search(text)

    def starts(self, kind: str, text: str, pos: int = 0) -> regex.Match[str] | None:
        """The cue of ``kind`` that starts ``text`` at ``pos`` (leading spaces allowed)."""
        return self.at_start[kind].match(text, pos)

    def find(self, kind: str, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether a cue of ``kind`` occurs in ``text[pos:endpos]``."""
        end = len(text) if endpos is None else endpos
        return self.anywhere[kind].search(text, pos, end) is not None


def _alternation(phrases: list[str]) -> str:
    parts = [
        regex.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True)
    ]
    return "(?:" + "|".join(parts) + ")"


@functools.cache
def cues() -> Cues:
    """Load and compile the cue file (once per process)."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for line in read_lines(*_CUE_FILE):
        kind, phrase = line.split("\t")
        by_kind[kind].append(phrase)
    at_end, at_start, anywhere = {}, {}, {}
    for kind, phrases in by_kind.items():
        alt = _alternation(phrases)
        at_end[kind] = regex.compile(rf"{_EDGE}(?P<cue>{alt})\s*$", regex.IGNORECASE)
        at_start[kind] = regex.compile(rf"\s*(?P<cue>{alt}){_END}\s*", regex.IGNORECASE)
        anywhere[kind] = regex.compile(rf"{_EDGE}{alt}{_END}", regex.IGNORECASE)
    kinds = {k: frozenset(p.lower() for p in v) for k, v in by_kind.items()}
    return Cues(at_end, at_start, anywhere, kinds)
