"""What the rules of the targets stage read: the document, its amounts, times and mentions.

``State`` holds one article's text with its amounts, time references and
entity mentions sorted for range look-ups, the year it reports on, and the
``trace`` of named decisions (see ``targets.explain``).
"""

from __future__ import annotations

import datetime
import itertools
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from vnextract.datelines import opens_dateline
from vnextract.document import Document
from vnextract.relative_times import article_anchor
from vnextract.schema import Amount, Entity, Target, TimeRef
from vnextract.sentences import MAX_SENTENCE_CHARS, bounded
from vnextract.targets.lexicon import Lexicon, lexicon

#: The words between a milestone verb and its time ("đi vào hoạt động từ đầu năm 2027").
TIME_LEAD = regex.compile(r"(?:\s+(?:từ|vào|trong|trước|đầu|giữa|cuối))+\s*$")
YEAR_WORD = regex.compile(
    r"""
    (?:năm|giai\ đoạn|thời\ kỳ|thời\ kì)\s*$   # the word naming a year or period, right before it
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


WORD = regex.compile(r"\w+")  # one syllable

AND_WORD = regex.compile(r"(?<!\w)và(?!\w)")  # the word "và" between two goals

DIGIT = regex.compile(r"\d")  # any digit

DURATION = regex.compile(
    r"""
    (?<!\b(?:sau|trong\s+vòng|tối\s+đa|mỗi)\s+)  # "có việc làm sau 6 tháng": a span
    (?<!\w)\d+\s+tháng(?!\w)   # "10 tháng", "6 tháng đầu năm": a reporting period
    | (?<=\bsau\s+)\d+\s+tháng(?=\s*,)  # "Sau 9 tháng, tập đoàn đạt …": one too
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

RESTATED = regex.compile(
    r"""
    \s*\(\s*           # an opening bracket right after an amount
    (?:\w+\s+){0,2}     # "khoảng", "tương đương"
    """,
    regex.VERBOSE,
)

QUOTATION = regex.compile(
    r"""
      “[^“”\n]{1,400}”      # a quotation in curly marks, within a paragraph
    | "[^"\n]{1,400}"       # or in straight marks
    """,
    regex.VERBOSE,
)

PER_UNIT = regex.compile(r"^/\s*\w+")  # "/năm" left after a rate's number

WINDOW = 80  # how far before a cue a word can void it

DONE_WINDOW = 20  # how far before a plan word a result word ("đạt 105%") makes it reported

EDGE_JUNK = " \t,;:.…-–\"'“”()"  # stripped from the ends of clauses and metrics

MAX_STATEMENT = MAX_SENTENCE_CHARS  # a longer "sentence" (text without stops) is cut in pieces


@dataclass
class Passage:
    """A goal passage in progress: what the next statements inherit."""

    deadline: int | None
    owner: str | None
    cue: str | None
    targets: list[Target] = field(default_factory=list)
    announced: bool = False  # opened by a statement announcing a list (rule announced_list)


@dataclass(frozen=True)
class Clause:
    """A piece of a statement, ``text[start:end]``."""

    start: int
    end: int


@dataclass(frozen=True)
class Cue:
    """A cue phrase found in a clause; ``strong`` for a goal cue, else a weak one ("dự kiến")."""

    start: int
    end: int
    text: str
    strong: bool


@dataclass(frozen=True)
class Decision:
    """One named rule that kept or dropped a candidate goal.

    Attributes:
        rule: the rule's name ("forecast_statement", "goal_amount" …).
        verdict: "kept" or "dropped".
        start: where the candidate starts (normalised text; ``explain`` maps
            it to the input).
        end: where it ends.
        text: the candidate's text.
    """

    rule: str
    verdict: str
    start: int
    end: int
    text: str


class State:
    """One document as the target rules see it."""

    lex: Lexicon

    def __init__(
        self,
        doc: Document,
        amounts: Sequence[Amount],
        years: Sequence[TimeRef],
        entities: Sequence[Entity],
        published: datetime.date | None = None,
    ) -> None:
        self.text = doc.text
        self.doc = doc
        self.sentences = bounded(doc.text, doc.sentences)
        self.sentence_starts = [start for start, _ in self.sentences]
        self.lex = lexicon()
        self.trace: list[Decision] = []
        self.times = sorted(years, key=lambda t: t.start)
        self.time_starts = [t.start for t in self.times]
        self.amounts = outermost(sorted(amounts, key=lambda a: (a.start, -a.end)), self.times)
        self.amount_starts = [a.start for a in self.amounts]
        self.entities = [e for e in entities if e.label in ("ORG", "LOC")]
        # a date line's place ("TP.HCM, ngày 18/4/2026 –") says where the report was
        # written: it owns no goal (rule dateline)
        self.mentions = sorted(
            (m.start, m.text, e.name)
            for e in self.entities
            for m in e.mentions
            if e.label != "LOC" or not opens_dateline(doc.text, m.start, m.end)
        )
        self.mention_starts = [m[0] for m in self.mentions]
        # where every name of the article stands, its date line's place too: a cue word
        # inside a name ("Cần Thơ", "Cần Giờ") is no cue
        self.name_spans = sorted((m.start, m.end) for e in entities for m in e.mentions)
        self.name_starts = [start for start, _ in self.name_spans]
        # each place's start -> its longest end (rule comma_in_places), and the ends
        self.place_spans: dict[int, int] = {}
        for e in entities:
            for m in e.mentions if e.label == "LOC" else ():
                self.place_spans[m.start] = max(m.end, self.place_spans.get(m.start, m.end))
        self.place_ends = set(self.place_spans.values())
        self.mention_texts = {m[1] for m in self.mentions}
        self.org_names = frozenset(e.name for e in self.entities if e.label == "ORG")
        # the year the article reports on: its latest reported year, but never after its
        # own day (the published date or its date line): "dự toán năm 2026" in a report
        # of December 2025 is next year's plan (rule ``dated_now``)
        # the years the text itself reports on, in text order, and the latest of them
        times = self._reported_times(years)
        self.reported_starts = [start for start, _ in times]
        self.latest_so_far = list(itertools.accumulate((year for _, year in times), max))
        self.reported = self.latest_so_far[-1] if times else None
        anchor = article_anchor(doc.text, [t for t in years if not t.relative], published)
        # a year the text only reads as its own ("written", "estimated") is no day
        read = ("written", "estimated")
        day = anchor.year if anchor is not None and anchor.source not in read else None
        self.now: int | None
        if day is None and anchor is not None:
            # an undated article reports on the year the relative times read ("năm nay"):
            # one year for both (rule written_twice), not a plan's year written once
            self.now = anchor.year
        elif self.reported is None or day is None:
            self.now = self.reported or day
        else:
            self.now = min(self.reported, day)
        self.dated = day is not None  # the article's own day is known
        self.day = day  # the year of the article's own day, when known
        self.published = published
        self.paragraph_start = 0
        # (paragraph start, year) of a statement that names the year of the goals after it
        # without stating one (rule goal_year_frame)
        self.goal_year: tuple[int, int] | None = None
        self.main = {label: main_entity(entities, label) for label in ("ORG", "LOC")}
        self.labels = {e.name: e.label for e in self.entities}
        self.paragraph_end = len(self.text)
        self.paragraphs: list[list[tuple[int, int]]] = []
        self.clause_cache: dict[tuple[int, int], list[Clause]] = {}
        self.cue_cache: dict[tuple[int, int, bool], list[Cue]] = {}
        self.forecast_cache: dict[tuple[int, int], bool] = {}  # a statement -> a forecast?
        self.quoted_titles: list[tuple[int, int]] | None = None
        self.plan_periods: list[TimeRef] | None = None  # periods named after a plan (finder)
        self.events: dict[str, int] | None = None  # the named events' years (finder), found once
        self.plan_period_starts: list[int] = []
        self.plan_years: list[tuple[int, int]] | None = None  # (where, year), found once
        self.openers: dict[str, list[Cue]] | None = None  # own_plans' opening cues

    def _amounts_in(self, start: int, end: int) -> list[Amount]:
        """The amounts that start in ``[start, end)``."""
        lo, hi = bisect_left(self.amount_starts, start), bisect_left(self.amount_starts, end)
        return self.amounts[lo:hi]

    def _in_name(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a name the entity stage found."""
        k = bisect_right(self.name_starts, pos) - 1
        return k >= 0 and pos < self.name_spans[k][1]

    def _mentions_in(self, start: int, end: int) -> list[tuple[int, str, str]]:
        """The (start, text, entity name) of the mentions that start in ``[start, end)``."""
        lo, hi = bisect_left(self.mention_starts, start), bisect_left(self.mention_starts, end)
        return self.mentions[lo:hi]

    def _reported_times(self, years: Sequence[TimeRef]) -> list[tuple[int, int]]:
        """(start, year) of each year the article reports on (not a deadline), in text
        order: the latest is about when it was written."""
        return sorted(
            (t.start, t.year)
            for t in years
            if t.year is not None
            and t.kind != "period"
            and not t.relative  # "năm tới" is the year after the one reported on
            and not self._scheduled(t)
        )

    def reported_before(self, pos: int) -> int | None:
        """The latest year the text reports on before ``pos``, else in the whole text."""
        k = bisect_left(self.reported_starts, pos)
        return self.latest_so_far[k - 1] if k else self.reported

    def _scheduled(self, t: TimeRef) -> bool:
        """Whether ``t`` is when something is due, not a time reported on: after a
        deadline word ("đến năm 2030", "trước tháng 6") or after a milestone verb
        ("dự kiến hoàn thành quý II/2027", "đi vào hoạt động từ đầu năm 2027")."""
        before = self._before_year(t)
        if self.lex.ends_with("deadline", before):
            return True
        return self.lex.ends_with("milestone", TIME_LEAD.sub("", before)) is not None

    def _times_in(self, clause: Clause) -> list[TimeRef]:
        lo = bisect_left(self.time_starts, clause.start)
        hi = bisect_left(self.time_starts, clause.end)
        return [t for t in self.times[lo:hi] if t.end <= clause.end]

    def _before_year(self, t: TimeRef) -> str:
        """The words before a time reference, without the word "năm"/"giai đoạn"."""
        before = self.text[max(0, t.start - 40) : t.start]
        m = YEAR_WORD.search(before)
        return before[: m.start()] if m else before

    def _past(self, t: TimeRef) -> bool:
        """Whether a year is before the year the article reports on ("Đến năm 2020, …")."""
        year = t.end_year if t.kind == "period" else t.year
        return year is not None and self.now is not None and year < self.now

    def _paragraph_of(self, pos: int) -> list[tuple[int, int]] | None:
        """The paragraph (its statements) holding ``pos``, or None."""
        return next((p for p in self.paragraphs if p[0][0] <= pos < p[-1][1]), None)

    def _enter_paragraph(self, pos: int) -> None:
        """Make the paragraph holding ``pos`` the one owners are looked for in."""
        paragraph = self._paragraph_of(pos)
        if paragraph is not None:
            self.paragraph_start, self.paragraph_end = paragraph[0][0], paragraph[-1][1]

    def note(self, rule: str, verdict: str, start: int, end: int) -> None:
        """Record that ``rule`` kept or dropped the candidate ``text[start:end]``."""
        self.trace.append(Decision(rule, verdict, start, end, self.text[start:end]))


def main_entity(entities: Sequence[Entity], label: str) -> Entity | None:
    """The entity of ``label`` mentioned most often (the first one on a tie)."""
    best: Entity | None = None
    for e in entities:
        if e.label == label and (best is None or len(e.mentions) > len(best.mentions)):
            best = e
    return best


def outermost(amounts: list[Amount], times: list[TimeRef]) -> list[Amount]:
    """Amounts (sorted by start, longest first) without those inside another or on a time."""
    out: list[Amount] = []
    reach = -1
    t = 0
    for a in amounts:
        while t < len(times) and times[t].end <= a.start:
            t += 1
        if t < len(times) and times[t].start < a.end:
            continue  # overlaps a year: not an amount for targets
        if a.end <= reach:
            continue  # inside the amount before
        out.append(a)
        reach = max(reach, a.end)
    return out


class TakenSpans:
    """The spans other goals took, asked whether a clause overlaps one of them.

    Kept sorted by start; a question reads only the spans that start within the
    longest span's length before the clause, so it costs the same however many goals
    an article holds.

    >>> taken = TakenSpans([(10, 20), (40, 45)])
    >>> taken.overlaps(18, 30), taken.overlaps(20, 40)
    (True, False)
    >>> taken.add(25, 30)
    >>> taken.overlaps(20, 26)
    True
    """

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.reach = max((end - start for start, end in self.spans), default=0)

    def add(self, start: int, end: int) -> None:
        """Take ``[start, end)``."""
        insort(self.spans, (start, end))
        self.reach = max(self.reach, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a taken span."""
        lo = bisect_left(self.spans, (start - self.reach, -1))
        hi = bisect_left(self.spans, (end, -1))
        return any(e > start for _, e in self.spans[lo:hi])

    def free_end(self, start: int, end: int) -> int:
        """Where the first taken span overlapping ``[start, end)`` starts (``start`` when
        one covers it), else ``end``.

        >>> TakenSpans([(10, 20), (40, 45)]).free_end(25, 50)
        40
        """
        lo = bisect_left(self.spans, (start - self.reach, -1))
        hi = bisect_left(self.spans, (end, -1))
        return min((max(s, start) for s, e in self.spans[lo:hi] if e > start), default=end)


def skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos
