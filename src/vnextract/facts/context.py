"""What the fact rules read about one article: sentences, clauses, times, names.

Built once per article (``Article context``); every rule asks it for the
sentence or clause of an amount, the time references and the entity mentions
around it. Offsets are those of the normalised text the stages share.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from vnextract.schema import Amount, Entity, TimeRef
from vnextract.sentences import bounded
from vnextract.text import lower_case

# Where a clause ends inside a sentence: a comma or colon before a space (not "12,5"),
# a semicolon, a bracket, a dash between words (with the white space around it). Found from
# the mark itself: a scan for a few characters is fast (``\s[-–]\s`` would be tried at every
# space); ``clause_edges`` reads what stands around it.
_CLAUSE_MARK = re.compile(r"[,:;()\[\]\-–]")


def clause_edges(text: str) -> list[tuple[int, int]]:
    r"""The spans of ``[,:](?=\s)|[;()\[\]]|\s[-–]\s`` in ``text``, left to right, but a dash
    joining names (``_joins_names``).

    >>> clause_edges("Âu – Mỹ, tăng - giảm, 12,5")
    [(7, 8), (13, 16), (20, 21)]
    """
    edges = []
    last_end = 0  # where the last edge ended: a dash's white space may not start before
    for m in _CLAUSE_MARK.finditer(text):
        start = m.start()
        mark = text[start]
        if mark in ",:":
            if not text[start + 1 : start + 2].isspace():
                continue  # "12,5", "10:30"
            edge = (start, start + 1)
        elif mark in ";()[]":
            edge = (start, start + 1)
        elif (
            start - 1 >= last_end  # its white space did not end the edge before ("- - ")
            and text[start - 1 : start].isspace()
            and text[start + 1 : start + 2].isspace()
        ):  # a dash between white space: the edge holds the white space
            edge = (start - 1, start + 2)
            last_end = edge[1]
            if _joins_names(text, *edge):
                continue
        else:
            continue
        edges.append(edge)
        last_end = edge[1]
    return edges


def _joins_names(text: str, start: int, end: int) -> bool:
    """Rule ``dash_in_name``: a dash between two capitalised words joins a name ("khu vực
    Âu – Mỹ", "tuyến Hà Nội - Hải Phòng"), it ends no clause; ``text[start:end]`` is the dash
    with the white space around it.

    >>> text = "thị trường Âu – Mỹ đạt"
    >>> _joins_names(text, 13, 16)
    True
    """
    word_start = start
    while word_start and text[word_start - 1].isalnum():
        word_start -= 1
    return text[word_start : word_start + 1].isupper() and text[end : end + 1].isupper()


@dataclass(frozen=True)
class Mention:
    """One mention of an entity of the record."""

    start: int
    end: int
    name: str
    label: str


@dataclass
class ArticleContext:
    """The article as the fact rules see it."""

    text: str
    sentences: Sequence[tuple[int, int]]
    times: list[TimeRef]  # sorted by start, each with a year
    mentions: list[Mention]  # sorted by start
    entities: Sequence[Entity]
    _sentence_starts: list[int] = field(default_factory=list)
    _time_starts: list[int] = field(default_factory=list)
    _mention_starts: list[int] = field(default_factory=list)
    _edges: list[tuple[int, int]] = field(default_factory=list)  # clause edges (start, end)
    _edge_starts: list[int] = field(default_factory=list)
    _sentence_at: dict[int, tuple[int, int]] = field(default_factory=dict)  # memo by position
    _clause_start_at: dict[int, int] = field(default_factory=dict)  # memo by position

    low: str = ""  # the text in lower case, offset for offset: cue patterns match it

    def __post_init__(self) -> None:
        self.low = lower_keeping_offsets(self.text)
        self._edges = clause_edges(self.text)
        self._edge_starts = [s for s, _ in self._edges]
        self._sentence_starts = [s for s, _ in self.sentences]
        self._time_starts = [t.start for t in self.times]
        self._mention_starts = [m.start for m in self.mentions]

    @classmethod
    def build(
        cls,
        text: str,
        sentences: Sequence[tuple[int, int]],
        years: Sequence[TimeRef],
        entities: Sequence[Entity],
    ) -> ArticleContext:
        """Index ``years`` and the mentions of ``entities`` for the rules."""
        # a relative time ("năm nay", TimeRef.relative) counts once the years stage gave it a
        # year; one it could not date says nothing (the rules read on, as without it)
        times = sorted((t for t in years if year_of(t) is not None), key=lambda t: t.start)
        mentions = sorted(
            (Mention(m.start, m.end, e.name, e.label) for e in entities for m in e.mentions),
            key=lambda m: m.start,
        )
        # a sentence over MAX_SENTENCE_CHARS is read in pieces: rules read bounded windows
        pieces = bounded(text, sentences or [(0, len(text))])
        return cls(text, pieces, times, mentions, entities)

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos`` (the last one starting at or before it)."""
        found = self._sentence_at.get(pos)
        if found is None:
            i = bisect_right(self._sentence_starts, pos) - 1
            found = self._sentence_at[pos] = self.sentences[max(i, 0)]
        return found

    def sentence_index(self, pos: int) -> int:
        """The index in ``sentences`` of the sentence holding ``pos``."""
        return max(bisect_right(self._sentence_starts, pos) - 1, 0)

    def clause_start(self, pos: int) -> int:
        """Where the clause holding ``pos`` starts: after the last clause edge of its sentence."""
        found = self._clause_start_at.get(pos)
        if found is None:
            found = self._clause_start_at[pos] = self._find_clause_start(pos)
        return found

    def _find_clause_start(self, pos: int) -> int:
        start = self.sentence(pos)[0]
        i = bisect_left(self._edge_starts, pos) - 1
        while i >= 0 and self._edges[i][1] > pos:
            i -= 1  # an edge that reaches past ``pos`` does not end a clause before it
        return self._edges[i][1] if i >= 0 and self._edges[i][0] >= start else start

    def clause_end(self, pos: int) -> int:
        """Where the clause holding ``pos`` ends: the next clause edge or the sentence end."""
        end = self.sentence(pos)[1]
        i = bisect_left(self._edge_starts, pos)
        return self._edges[i][0] if i < len(self._edges) and self._edges[i][0] < end else end

    def times_in(self, start: int, end: int) -> list[TimeRef]:
        """The time references lying inside ``text[start:end]``."""
        return _inside(self.times, self._time_starts, start, end)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The entity mentions lying inside ``text[start:end]``."""
        return _inside(self.mentions, self._mention_starts, start, end)


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_Spanned)


def _inside(items: list[T], starts: list[int], start: int, end: int) -> list[T]:
    """The ``items`` (sorted by start, ``starts`` their starts) inside ``[start, end)``."""
    i = bisect_left(starts, start)
    out = []
    while i < len(items) and items[i].start < end:
        if items[i].end <= end:
            out.append(items[i])
        i += 1
    return out


def lower_keeping_offsets(text: str) -> str:
    """``text`` in lower case, each character for one ("İ" would otherwise take two).

    >>> lower_keeping_offsets("Doanh Thu ĐẠT")
    'doanh thu đạt'
    """
    low = lower_case(text)
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def year_of(t: TimeRef) -> int | None:
    """The year a time reference stands for: a period's end ("giai đoạn 2021-2025" → 2025).

    A relative reference ("năm nay", TimeRef.relative) counts once it has a year.

    >>> year_of(TimeRef(text="giai đoạn 2021-2025", start=0, end=19, kind="period",
    ...                 start_year=2021, end_year=2025))
    2025
    """
    if t.kind == "period" and t.end_year is not None:
        return t.end_year
    return t.year if t.year is not None else t.end_year


#: How far before a position cue words are looked for: cues are a few words long, and a
#: clause without punctuation can be the whole text (reading it all would be quadratic).
CUE_WINDOW = 120


def words_before(text: str, start: int, pos: int) -> str:
    """``text[start:pos]`` with its white space folded, for matching cues at its end.

    Only the last ``CUE_WINDOW`` characters are read, cut at a word's start.

    >>> words_before("Doanh thu   tăng mạnh", 0, 16)
    'Doanh thu tăng'
    >>> len(words_before("tăng " * 1000, 0, 5000)) <= CUE_WINDOW
    True
    """
    if pos - start > CUE_WINDOW:
        start = pos - CUE_WINDOW
        while start < pos and not text[start - 1].isspace():
            start += 1  # a cut word is no cue
    return " ".join(text[start:pos].split())


def amount_words(a: Amount) -> str:
    """The amount's own text, lowercase, with white space folded."""
    return " ".join(a.text.lower().split())
