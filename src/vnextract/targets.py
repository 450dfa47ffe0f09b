"""Targets: the goals an article reports, with amount, deadline, metric and owner.

A target is a goal, plan or commitment an actor sets for the future. The
finder reads the article statement by statement (sentences joined where the
splitter cut at ";"), cuts each statement into clauses at ",", ";" and
clause words ("đồng thời", "để"), and keeps the clauses that follow a cue
("đặt mục tiêu", "phấn đấu", "đến năm 2030 …"). Each amount in such a clause
is one target; a clause without an amount is a target when it opens with its
deadline ("đến năm 2045 trở thành …"). Results ("đạt 94,8% kế hoạch", "đã
thu hút …"), comparisons, forecasts and past plans are left out. Once a
statement states goals, the next statements (and paragraphs) that read like
goals continue the list, with its deadline and owner, until one reports
results or states something else.

The cue words live in ``models/targets/vi_target_cues.tsv``.

>>> from vnextract.document import Document
>>> from vnextract.schema import Amount, TimeRef
>>> text = "Tỉnh đặt mục tiêu đến năm 2030 có 500 doanh nghiệp công nghệ."
>>> doc = Document.from_text(text)
>>> amount = Amount(text="500 doanh nghiệp", start=34, end=50, value=500,
...                 unit="doanh nghiệp", kind="count")
>>> year = TimeRef(text="năm 2030", start=22, end=30, kind="year", year=2030)
>>> [t] = find_targets(doc, [amount], [year], [])
>>> t.text, t.deadline, t.amount is amount
('đến năm 2030 có 500 doanh nghiệp công nghệ', 2030, True)
>>> t.metric, t.cue
('doanh nghiệp công nghệ', 'đặt mục tiêu')
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from vnextract.document import Document
from vnextract.resources import read_lines
from vnextract.roles import explain_roles, plan_cue_before
from vnextract.schema import Amount, Entity, Target, TimeRef

_CUE_FILE = ("targets", "vi_target_cues.tsv")

_CLAUSE_BREAK = regex.compile(
    r"""
      \s*;\s*              # a semicolon
    | ,\s+                 # a comma followed by a space (not "12,5")
    | \s+[-–]\s+           # a dash between words
    """,
    regex.VERBOSE,
)

_YEAR_WORD = regex.compile(
    r"""
    (?:năm|giai\ đoạn|thời\ kỳ|thời\ kì)\s*$   # the word naming a year or period, right before it
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_BULLET = regex.compile(r"[-–+•*]\s")  # a bulleted line

_WORD = regex.compile(r"\w+")  # one syllable

_AND = regex.compile(r"(?<!\w)và(?!\w)")  # the word "và" between two goals

_DIGIT = regex.compile(r"\d")  # any digit

_DURATION = regex.compile(
    r"""
    (?<!\w)\d+\s+tháng(?!\w)   # "10 tháng", "6 tháng đầu năm": a reporting period
    """,
    regex.VERBOSE,
)

_RESTATED = regex.compile(
    r"""
    \s*\(\s*           # an opening bracket right after an amount
    (?:\w+\s+){0,2}     # "khoảng", "tương đương"
    """,
    regex.VERBOSE,
)

_PER_UNIT = regex.compile(r"^/\s*\w+")  # "/năm" left after a rate's number

_WINDOW = 80  # how far before a cue a word can void it
_DONE_WINDOW = 20  # how far before a plan word a result word ("đạt 105%") makes it reported

_EDGE_JUNK = " \t,;:.…-–\"'“”()"  # stripped from the ends of clauses and metrics


@dataclass(frozen=True)
class _Lexicon:
    """The cue patterns of the cue file, compiled on first use.

    Each kind gives three patterns: ``kind`` (anywhere), ``kind$`` (ending a
    text) and ``^kind`` (at a position, with the space after it). An article
    needs about a third of them, so each is compiled when first asked for.
    """

    sources: dict[str, tuple[str, int]]  # pattern name -> (regular expression, flags)
    compiled: dict[str, regex.Pattern[str]] = field(default_factory=dict)

    def pattern(self, name: str) -> regex.Pattern[str] | None:
        """The pattern ``name`` ("goal", "goal$", "^goal"); None when the file has no such kind."""
        pattern = self.compiled.get(name)
        if pattern is None and name in self.sources:
            source, flags = self.sources[name]
            pattern = self.compiled[name] = regex.compile(source, flags)
        return pattern

    def find(
        self, kind: str, text: str, pos: int = 0, endpos: int | None = None
    ) -> list[regex.Match[str]]:
        """Every match of ``kind`` in ``text[pos:endpos]``."""
        pattern = self.pattern(kind)
        if pattern is None:
            return []
        return list(pattern.finditer(text, pos, len(text) if endpos is None else endpos))

    def has(self, kind: str, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether ``kind`` occurs in ``text[pos:endpos]``."""
        pattern = self.pattern(kind)
        if pattern is None:
            return False
        return pattern.search(text, pos, len(text) if endpos is None else endpos) is not None

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

    def remove(self, kind: str, text: str) -> str:
        """``text`` without the phrases of ``kind``."""
        pattern = self.pattern(kind)
        return pattern.sub("", text) if pattern is not None else text


@functools.cache
def _lexicon() -> _Lexicon:
    """Load the cue file once; its patterns compile on first use."""
    by_kind: dict[str, list[str]] = {}
    for line in read_lines(*_CUE_FILE):
        kind, _, phrase = line.partition("\t")
        if phrase.strip():
            by_kind.setdefault(kind.strip(), []).append(phrase.strip())
    sources: dict[str, tuple[str, int]] = {}
    for kind, phrases in by_kind.items():
        # Simple case folding (V0): full folding (V1) makes compiling several times
        # slower and changes nothing for Vietnamese letters.
        flags = regex.V0 if kind == "title" else regex.V0 | regex.IGNORECASE
        alts = "|".join(
            r"\s+".join(regex.escape(w) for w in p.split())
            for p in sorted(phrases, key=len, reverse=True)
        )
        body = rf"(?<!\w)(?:{alts})(?!\w)"
        sources[kind] = (body, flags)
        sources[f"{kind}$"] = (rf"{body}$", flags)
        sources[f"^{kind}"] = (rf"{body}\s*", flags)
    return _Lexicon(sources)


@dataclass
class _Context:
    """A goal passage in progress: what the next statements inherit."""

    deadline: int | None
    owner: str | None
    cue: str | None
    targets: list[Target] = field(default_factory=list)


@dataclass(frozen=True)
class _Clause:
    start: int
    end: int


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    text: str
    strong: bool


class _Finder:
    """Finds the targets of one document."""

    def __init__(
        self,
        doc: Document,
        amounts: Sequence[Amount],
        years: Sequence[TimeRef],
        entities: Sequence[Entity],
    ) -> None:
        self.text = doc.text
        self.doc = doc
        self.lex = _lexicon()
        self.times = sorted(years, key=lambda t: t.start)
        self.time_starts = [t.start for t in self.times]
        self.amounts = _outermost(sorted(amounts, key=lambda a: (a.start, -a.end)), self.times)
        self.amount_starts = [a.start for a in self.amounts]
        self.entities = [e for e in entities if e.label in ("ORG", "LOC")]
        self.mentions = sorted(
            ((m.start, m.text, e.name) for e in self.entities for m in e.mentions),
        )
        self.mention_starts = [m[0] for m in self.mentions]
        self.mention_texts = {m[1] for m in self.mentions}
        self.now = self._now(years)
        self.paragraph_start = 0
        self.main = {label: _main_entity(entities, label) for label in ("ORG", "LOC")}

    def _amounts_in(self, start: int, end: int) -> list[Amount]:
        """The amounts that start in ``[start, end)``."""
        lo, hi = bisect_left(self.amount_starts, start), bisect_left(self.amount_starts, end)
        return self.amounts[lo:hi]

    def _mentions_in(self, start: int, end: int) -> list[tuple[int, str, str]]:
        """The (start, text, entity name) of the mentions that start in ``[start, end)``."""
        lo, hi = bisect_left(self.mention_starts, start), bisect_left(self.mention_starts, end)
        return self.mentions[lo:hi]

    def _now(self, years: Sequence[TimeRef]) -> int | None:
        """The latest year the article reports on (not a deadline): about when it was written."""
        reported = [
            t.year
            for t in years
            if t.year is not None
            and t.kind != "period"
            and not self.lex.ends_with("deadline", self._before_year(t))
        ]
        return max(reported, default=None)

    # --- the document -------------------------------------------------------

    def run(self) -> list[Target]:
        """Walk the paragraphs and statements; return the targets found."""
        out: list[Target] = []
        ctx: _Context | None = None
        for paragraph in self._paragraphs():
            if ctx is not None and not (
                self._continues(paragraph) or self._continues_list(*paragraph[0])
            ):
                self._close(ctx, out)
                ctx = None
            self.paragraph_start = paragraph[0][0]
            for start, end in paragraph:
                ctx = self._statement(start, end, ctx, out)
        if ctx is not None:
            out.extend(_fill_deadlines(ctx.targets))
        out.extend(self._planned(out))
        out = [t for t in out if t.deadline is not None or not self._needs_deadline(t.cue)]
        out = self._plan_deadlines(out)
        owners = Counter(t.owner for t in out if t.owner is not None)
        if owners:
            usual = owners.most_common(1)[0][0]
            out = [t if t.owner else t.model_copy(update={"owner": usual}) for t in out]
        return sorted(out, key=lambda t: (t.start, t.end))

    def _planned(self, found: list[Target]) -> list[Target]:
        """The goals the role stage calls plans that the goal passages missed.

        An amount after an actor's plan word in its sentence ("dự kiến tạm ứng cổ
        tức 35%", "được giao dự toán thu 12,5 nghìn tỷ đồng"), not a growth figure
        beside it ("tăng 15% so với năm 2024"), not in a past or forecast statement.
        """
        text, lex = self.text, self.lex
        taken = {id(t.amount) for t in found if t.amount is not None}
        starts = [s for s, _ in self.doc.sentences]
        out: list[Target] = []
        for a, (_, rule) in zip(
            self.amounts, explain_roles(self.doc, self.amounts, found), strict=True
        ):
            if rule != "plan_cue" or id(a) in taken:
                continue
            k = bisect_right(starts, a.start) - 1
            if k < 0:
                continue
            start, end = self.doc.sentences[k]
            if self._forecast(start, end) or lex.has("history", text, start, end):
                continue
            if self._attributed(start) or lex.has("evaluation", text, a.end, end):
                continue  # "Theo Bộ Công Thương, …"; "…, nhưng thực tế chỉ đạt …"
            clause = next(
                (c for c in self._clauses(start, end) if c.start <= a.start < c.end), None
            )
            if clause is None or a.end > clause.end:
                continue
            if lex.has("compare", text, clause.start, clause.end):
                continue  # "tăng 15% so với năm 2024": restates the goal before
            if lex.has("past", text, clause.start, a.start):
                continue
            plan_word = plan_cue_before(self.doc, a)
            if plan_word == "sẽ":
                continue  # "sẽ nhận khoảng 346 tỷ đồng": an outcome, not a plan figure
            if self._restates(clause, a, found, out) or self._from_level(clause, a):
                continue
            deadline = self._deadline(clause) or self._deadline(_Clause(start, end))
            clauses = self._clauses(start, end)
            owner = self._owner(start, end, [self._cues(c) for c in clauses], None)
            cues = self._cues(_Clause(start, a.start))
            cue = cues[-1].text if cues else plan_word
            out.append(self._target(self._goal_span(clause, a), a, deadline, owner, cue, clause))
        return out

    def _restates(
        self, clause: _Clause, a: Amount, found: list[Target], extra: list[Target]
    ) -> bool:
        """Whether a growth clause only restates the goal just before it ("…, tăng 8%")."""
        if not self.lex.starts_with("growth", self.text, clause.start):
            return False
        before = self.text[max(0, clause.start - 120) : clause.start]
        last = before.rfind(".")
        lo = clause.start - len(before) + last + 1
        return any(
            t.amount is not None and lo <= t.amount.start < clause.start for t in (*found, *extra)
        )

    def _from_level(self, clause: _Clause, a: Amount) -> bool:
        """Whether ``a`` is the level a change starts from ("từ 3.858 tỷ đồng lên …").

        A revised plan keeps both ("điều chỉnh kế hoạch lợi nhuận từ 800 tỷ đồng lên 950 tỷ đồng").
        """
        text, lex = self.text, self.lex
        before = text[max(clause.start, a.start - 6) : a.start].casefold().split()
        after = text[a.end : min(clause.end, a.end + 8)].casefold().split()
        if before[-1:] != ["từ"] or not after or after[0] not in ("lên", "xuống"):
            return False
        return not lex.has("revision", text, clause.start, a.start)

    def _plan_deadlines(self, targets: list[Target]) -> list[Target]:
        """Give a goal that names no time the article's plan year before it.

        The nearest plan year stated before the goal ends ("kế hoạch … năm 2026"),
        else one stated in the headline or first sentence.
        """
        plans = self._plan_years()
        if not plans:
            return targets
        sentences = self.doc.sentences
        lead_end = sentences[min(1, len(sentences) - 1)][1]
        out: list[Target] = []
        for t in targets:
            if t.deadline is None and not self._names_time(t):
                before = [year for pos, year in plans if pos < t.end]
                year = before[-1] if before else plans[0][1] if plans[0][0] < lead_end else None
                if year is not None:
                    t = t.model_copy(update={"deadline": year})
            out.append(t)
        return out

    def _names_time(self, t: Target) -> bool:
        """Whether a goal's text names a time other than a baseline ("so với năm 2025")."""
        return any(
            not self.lex.ends_with("baseline", self._before_year(r))
            for r in self._times_in(_Clause(t.start, t.end))
        )

    def _plan_years(self) -> list[tuple[int, int]]:
        """(Where, which year) of each plan year the article states.

        A year after a plan word of its sentence ("kế hoạch phát triển kinh tế - xã
        hội năm 2026", "đặt mục tiêu … trong năm 2026"); not a past year, not the
        year of a reported result ("đạt 105% kế hoạch năm 2025"), not a goal's own
        deadline ("mục tiêu đến năm 2030") or baseline ("so với năm 2025"), not in a
        forecast.
        """
        text, lex = self.text, self.lex
        starts = [s for s, _ in self.doc.sentences]
        out: list[tuple[int, int]] = []
        for t in self.times:
            if t.kind != "year" or t.year is None or self._past(t):
                continue
            before = self._before_year(t)
            if lex.ends_with("baseline", before) or (
                lex.ends_with("deadline", before) and not lex.ends_with("plan_year_lead", before)
            ):
                continue  # "so với năm 2025", "đến năm 2030"
            k = bisect_right(starts, t.start) - 1
            if k < 0:
                continue
            start, end = self.doc.sentences[k]
            words = lex.find("plan_year", text, max(start, t.start - _WINDOW), t.start)
            if not words or self._forecast(start, end):
                continue
            head = words[-1].start()
            if lex.has("plan_done", text, max(start, head - _DONE_WINDOW), head):
                continue
            out.append((t.start, t.year))
        return out

    def _needs_deadline(self, cue: str | None) -> bool:
        """Whether a goal with this cue is kept only with a deadline ("mục tiêu" alone is not)."""
        return cue is None or self.lex.is_all("dated_only", cue)

    def _paragraphs(self) -> list[list[tuple[int, int]]]:
        """Statements grouped by paragraph; sentences cut at ";" or in brackets are joined again."""
        paragraphs: list[list[tuple[int, int]]] = []
        prev_end = -1
        for start, end in self.doc.sentences:
            gap = self.text[prev_end:start] if prev_end >= 0 else "\n"
            if "\n" in gap or not paragraphs:
                paragraphs.append([(start, end)])
            elif self.text[prev_end - 1] == ";" or self._open_bracket(*paragraphs[-1][-1]):
                # cut at ";" or inside brackets ("(TP. Hồ Chí Minh)"): one statement
                paragraphs[-1][-1] = (paragraphs[-1][-1][0], end)
            else:
                paragraphs[-1].append((start, end))
            prev_end = end
        return paragraphs

    def _open_bracket(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` opens a bracket it does not close."""
        return self.text.count("(", start, end) > self.text.count(")", start, end)

    def _continues(self, paragraph: list[tuple[int, int]]) -> bool:
        """Whether a goal passage goes on into ``paragraph`` (a list after ":")."""
        start = paragraph[0][0]
        before = self.text[max(0, start - _WINDOW) : start].rstrip()
        return before.endswith(":") or bool(_BULLET.match(self.text, start))

    # --- one statement -------------------------------------------------------

    def _statement(
        self, start: int, end: int, ctx: _Context | None, out: list[Target]
    ) -> _Context | None:
        """Find the targets of one statement; return the passage context after it."""
        text, lex = self.text, self.lex
        if self._forecast(start, end) or lex.has("history", text, start, end):
            self._close(ctx, out)
            return None
        clauses = self._clauses(start, end)
        cues = [self._cues(c, passage=ctx is not None) for c in clauses]
        if ctx is None and any(c.strong for cs in cues for c in cs):
            cues = [self._cues(c) for c in clauses]  # a goal statement: "sẽ" counts too
        listed = _BULLET.match(text, start) is not None  # "- Tỷ lệ hộ nghèo giảm 1,5%."
        if (
            ctx is not None
            and not any(cues)
            and (self._reports(start, end) if listed else not self._continues_list(start, end))
        ):
            self._close(ctx, out)
            return None
        for i in range(1, len(clauses)):
            tail = self._title_tail(clauses[i - 1], clauses[i], cues[i])
            if tail is not None:  # "Quy hoạch … thời kỳ 2021-2030, tầm nhìn đến năm 2050"
                cues[i] = [c for c in cues[i] if c.start >= tail]
        scope = self._scope(clauses, cues, ctx)
        if scope is None:
            self._close(ctx, out)
            return None
        first, lenient, cue_text = scope
        if not lenient and self._attributed(start):
            return None  # "Theo Bộ Công Thương, xuất khẩu dự kiến đạt …": someone's estimate
        deadline = ctx.deadline if ctx is not None else None
        owner = self._owner(start, end, cues, ctx)
        found: list[Target] = []
        open_goal: int | None = None  # index in found of a goal without amount being extended
        reporting = False  # after "Năm 2024, …" inside a list of goals for 2030: a report
        last_goal = -2  # index of the last clause that gave a quantified goal
        cued = False
        pending: int | None = None  # start of "mục tiêu đến năm 2030," whose goal follows
        for i, clause in enumerate(clauses):
            own = self._deadline(clause)
            strong = any(c.strong for c in cues[i])
            cued = cued or (strong and i >= first)  # a goal cue so far in this statement
            if i >= first and cues[i]:
                cue_text = cues[i][-1].text
            earlier = own is not None and deadline is not None and own < deadline
            if earlier and not strong and not self._has_deadline_word(clause):
                reporting, open_goal = True, None
                continue
            if reporting and not cues[i] and own is None:
                continue
            reporting = False
            if own is not None:
                deadline = own
            if i < first:
                continue
            if not lenient and not self._due_after_cue(clause, cues[i]):
                open_goal = None
                continue
            waiting, pending = pending, None  # a deadline alone in the clause before
            after = cues[i][-1].end if cues[i] else clause.start
            if lex.has("past", text, after, clause.end):
                open_goal = None
                continue
            amounts = self._goal_amounts(clause, after, strong, cued, last_goal == i - 1)
            if amounts:
                last_goal = i
                open_goal = None
                for k, amount in enumerate(amounts):
                    span = self._amount_clause(clause, amounts, k)
                    if (
                        k == 0
                        and i > first
                        and self._noun_list(clauses[i - 1], cues[i - 1], span, amount, i == 1)
                    ):
                        span = _Clause(clauses[i - 1].start, span.end)
                    found.append(
                        self._target(
                            self._goal_span(span, amount), amount, deadline, owner, cue_text, span
                        )
                    )
                continue
            if waiting is not None and self._extends(clause, cues[i]):
                found.append(
                    self._target(_Clause(waiting, clause.end), None, deadline, owner, cue_text)
                )
                open_goal = len(found) - 1
                continue
            if open_goal is not None and self._lists_goal(clause, cues[i]):
                found.append(self._target(clause, None, deadline, owner, cue_text))
                open_goal = len(found) - 1
                continue
            if open_goal is not None and self._extends(clause, cues[i]):
                prev = found[open_goal]
                found[open_goal] = self._target(
                    _Clause(prev.start, clause.end), None, prev.deadline, owner, prev.cue
                )
                continue
            open_goal = None
            led = self._deadline_led(clause) or self._due_plan(clause, cues[i])
            if led is not None:
                found.append(self._target(led, None, deadline, owner, cue_text))
                open_goal = len(found) - 1
            else:
                pending = self._bare_deadline(clause, cues[i])
        if found and any(
            not cues[i]
            and c.start >= found[0].end
            and any(
                not self._in_purpose(start, m.start())
                for m in lex.find("evaluation", text, c.start, c.end)
            )
            for i, c in enumerate(clauses)
        ):
            found = []  # "…đặt kế hoạch 1.500 tỷ đồng, nhưng chỉ đạt 1.200 tỷ đồng": history
        listing = text[start:end].rstrip().endswith(":") and any(
            c.strong for cs in cues for c in cs
        )
        if not found and not listing:
            self._close(ctx, out)
            return None
        if found:
            deadline = found[-1].deadline
        if ctx is None:
            ctx = _Context(deadline, owner, cue_text)
        ctx.deadline, ctx.owner, ctx.cue = deadline, owner, cue_text
        ctx.targets.extend(found)
        return ctx

    def _forecast(self, start: int, end: int) -> bool:
        """Whether a statement is a forecast ("chuyên gia dự báo", "có thể tăng").

        A forecast word in the purpose of a goal ("đặt mục tiêu …, để doanh nghiệp
        có thể …") does not count.

        Args:
            start: where the statement starts.
            end: where it ends.

        Returns:
            True when a forecast word outside a goal's purpose occurs in it.
        """
        return any(
            not self._in_purpose(start, m.start())
            for m in self.lex.find("forecast", self.text, start, end)
        )

    def _in_purpose(self, start: int, pos: int) -> bool:
        """Whether ``pos`` lies in the purpose of a goal stated from ``start`` ("…, để …").

        The purpose runs from its word ("để", "nhằm") to the next "," or ";".
        """
        text, lex = self.text, self.lex
        return any(
            lex.has("goal", text, start, p.start())
            and not any(ch in ",;" for ch in text[p.end() : pos])
            for p in lex.find("purpose", text, start, pos)
        )

    def _continues_list(self, start: int, end: int) -> bool:
        """Whether a statement without cue goes on with the goals before it.

        It must read like a goal ("… đạt 170 triệu đồng", "dưới 21%", "Đến năm 2030 …")
        and not report results ("Tính đến ngày 30/6, …", "Trong 10 tháng, …").
        """
        text, lex = self.text, self.lex
        if self._reports(start, end) or lex.has("compare", text, start, end):
            return False
        if lex.has("goal_verb", text, start, end):
            return True
        return any(
            t.end_year is not None or self._has_deadline_word(_Clause(t.start, t.end))
            for t in self._times_in(_Clause(start, end))
        )

    def _reports(self, start: int, end: int) -> bool:
        """Whether a statement without cue reports results ("Tính đến ngày 30/6, …")."""
        if self.lex.has("past", self.text, start, end) or _DURATION.search(self.text, start, end):
            return True
        lo, hi = bisect_left(self.time_starts, start), bisect_left(self.time_starts, end)
        return any(t.kind in ("date", "month", "quarter") for t in self.times[lo:hi])

    def _title_tail(self, prev: _Clause, clause: _Clause, cues: list[_Cue]) -> int | None:
        """Where the tail of a title ends, when ``clause`` opens with one; else None.

        The tail ("tầm nhìn đến năm 2050", or "định hướng đến năm 2050" after a
        plan's name) follows a clause ``prev`` that ends with a year.
        """
        text, lex = self.text, self.lex
        if not cues or cues[0].start != clause.start:
            return None
        if not any(t.end == prev.end for t in self._times_in(prev)):
            return None
        tail = lex.starts_with("title_tail", text, clause.start)
        if tail is None and lex.has("plan_title", text, prev.start, prev.end):
            tail = lex.starts_with("named_title_tail", text, clause.start)
        return tail.end() if tail is not None else None

    def _attributed(self, start: int) -> bool:
        """Whether a statement opens by naming whose estimate it is ("Theo Bộ Tài chính, …").

        "Theo đó", "Theo đề án", "Theo dự thảo quy hoạch" open the plan's own goals instead.
        """
        text, lex = self.text, self.lex
        opening = lex.starts_with("attribution", text, start)
        if opening is None or lex.starts_with("own_frame", text, start) is not None:
            return False
        pos = opening.end()
        while (m := lex.starts_with("document_modifier", text, pos)) is not None and m.end() > pos:
            pos = m.end()
        return lex.starts_with("plan_document", text, pos) is None

    def _close(self, ctx: _Context | None, out: list[Target]) -> None:
        """End a goal passage: its targets go to ``out``."""
        if ctx is not None:
            out.extend(_fill_deadlines(ctx.targets))

    def _scope(
        self, clauses: list[_Clause], cues: list[list[_Cue]], ctx: _Context | None
    ) -> tuple[int, bool, str | None] | None:
        """Where a statement's goals start: (clause index, lenient, cue), or None.

        Lenient statements (in a goal passage, with a goal cue, or opening with a
        deadline "Đến năm 2030, …") take every later clause; a statement cued only
        by a weak cue ("dự kiến", "sẽ") takes only the clauses holding the cue and
        a deadline ("vào năm 2025").
        """
        if ctx is not None:
            return 0, True, ctx.cue
        for i, clause in enumerate(clauses):
            strong = [c for c in cues[i] if c.strong]
            if strong:
                return i, True, strong[0].text
            opening = self._deadline_opening(clause, "deadline_lead", after_cues=False)
            # "Đến năm 2030, …" opens goals; "Đến tháng 5/2023, …" is a status "as of" a month
            if opening is not None and opening[2].kind == "year" and not self._past(opening[2]):
                return i, True, opening[1]
        for i, clause in enumerate(clauses):
            if self._due_after_cue(clause, cues[i]):
                return i, False, cues[i][0].text
        return None

    def _clauses(self, start: int, end: int) -> list[_Clause]:
        """Cut a statement into clauses at ",", ";" and the clause words."""
        cuts: list[tuple[int, int]] = []
        for m in _CLAUSE_BREAK.finditer(self.text, start, end):
            if not self._inside_amount(m.start()):
                cuts.append((m.start(), m.end()))
        for m in self.lex.find("split", self.text, start, end):
            if m.start() > start and self.text[m.start() - 1].isspace():
                cuts.append((m.start(), m.start()))
        clauses: list[_Clause] = []
        pos = start
        for cut_start, cut_end in sorted(cuts):
            if cut_start >= pos:
                clauses.append(_Clause(pos, cut_start))
                pos = cut_end
        clauses.append(_Clause(pos, end))
        return [c for c in (self._trim(c) for c in clauses) if c.end > c.start]

    def _trim(self, clause: _Clause) -> _Clause:
        start, end = clause.start, clause.end
        while start < end and self.text[start] in _EDGE_JUNK:
            start += 1
        while end > start and self.text[end - 1] in _EDGE_JUNK:
            end -= 1
        return _Clause(start, end)

    def _inside_amount(self, pos: int) -> bool:
        i = bisect_right(self.amount_starts, pos) - 1
        return i >= 0 and pos < self.amounts[i].end

    def _cues(self, clause: _Clause, *, passage: bool = True) -> list[_Cue]:
        """The cues of a clause that are not voided by a result word before them.

        With ``passage`` (inside a goal passage), "sẽ", "nhằm" count as weak cues too.
        """
        text, lex = self.text, self.lex
        found: list[_Cue] = []
        for kind in ("goal", "weak", "passage") if passage else ("goal", "weak"):
            for m in lex.find(kind, text, clause.start, clause.end):
                before = text[max(clause.start, m.start() - _WINDOW) : m.start()]
                if lex.has("void", before) or lex.ends_with("void_adjacent", before):
                    continue
                i = bisect_left(self.amount_starts, m.start()) - 1
                if i >= 0 and not text[self.amounts[i].end : m.start()].strip():
                    continue  # "61% kế hoạch": a share of a plan
                found.append(_Cue(m.start(), m.end(), m.group(), kind == "goal"))
        kept: list[_Cue] = []
        for cue in sorted(found, key=lambda c: (c.start, -c.end)):
            if not kept or cue.start >= kept[-1].end:
                kept.append(cue)  # "định hướng đến": one cue, not also "hướng đến"
        return kept

    # --- deadlines -------------------------------------------------------------

    def _times_in(self, clause: _Clause) -> list[TimeRef]:
        lo = bisect_left(self.time_starts, clause.start)
        hi = bisect_left(self.time_starts, clause.end)
        return [t for t in self.times[lo:hi] if t.end <= clause.end]

    def _deadline(self, clause: _Clause) -> int | None:
        """The year a clause names as due.

        A year, month, date or quarter after a deadline word, or a period's end;
        else the first bare year that is not a baseline ("so với năm 2024").
        """
        best: int | None = None
        for t in self._times_in(clause):
            before = self._before_year(t)
            if self.lex.ends_with("baseline", before):
                continue
            year = t.end_year if t.kind == "period" else t.year
            if year is None:
                continue
            if self.lex.ends_with("deadline", before) or t.kind == "period":
                return year  # "đến năm 2030", "đến tháng 6/2027", "giai đoạn 2022-2025"
            if best is None and t.kind == "year":
                best = year
        if best is None and self.now is not None:
            text, lex = self.text, self.lex
            if lex.has("this_year", text, clause.start, clause.end):
                return self.now  # "mục tiêu năm nay"
            if lex.has("next_year", text, clause.start, clause.end):
                return self.now + 1
        return best

    def _due_after_cue(self, clause: _Clause, cues: list[_Cue]) -> bool:
        """Whether a deadline ("vào năm 2026") follows the clause's first cue.

        A weak cue needs one: "dự kiến đạt 500 tỷ đồng vào năm 2026" is a goal, but
        in "các dự án khởi công trong quý I/2026 có giá bán dự kiến …" the date is another verb's.
        """
        return bool(cues) and any(
            t.start >= cues[0].end and self.lex.ends_with("deadline", self._before_year(t))
            for t in self._times_in(clause)
        )

    def _has_deadline_word(self, clause: _Clause) -> bool:
        return any(
            self.lex.ends_with("deadline", self._before_year(t)) for t in self._times_in(clause)
        )

    def _before_year(self, t: TimeRef) -> str:
        """The words before a time reference, without the word "năm"/"giai đoạn"."""
        before = self.text[max(0, t.start - 40) : t.start]
        m = _YEAR_WORD.search(before)
        return before[: m.start()] if m else before

    def _deadline_opening(
        self, clause: _Clause, kind: str, *, after_cues: bool
    ) -> tuple[int, str, TimeRef] | None:
        """The deadline a clause opens with: (its start, its cue words, the year).

        Args:
            clause: the clause.
            kind: the cue-file kind of the words before the year.
            after_cues: whether cue words ("phấn đấu", "mục tiêu") may come first.
        """
        text = self.text
        pos = clause.start
        if after_cues:
            times = self._times_in(clause)
            cues = [c for c in self._cues(clause) if times and c.end <= times[0].start]
            pos = cues[-1].end if cues else pos
        pos = self._skip_leads(pos, clause.end, cues=after_cues)
        m = self.lex.starts_with(kind, text, pos)
        if m is None:
            return None
        times = [t for t in self._times_in(clause) if t.start >= m.end()]
        if not times or text[m.end() : times[0].start].strip().casefold() not in ("", "năm"):
            return None
        t = times[0]
        words = text[m.start() : t.start].split()
        if t.text.casefold().startswith("năm"):
            words.append("năm")
        return pos, " ".join(words), t

    def _due_plan(self, clause: _Clause, cues: list[_Cue]) -> _Clause | None:
        """A cued clause without amount that ends with its deadline.

        As in "dự án sẽ hoàn thành vào năm 2027".
        """
        if not cues:
            return None
        text, lex = self.text, self.lex
        due = [
            t
            for t in self._times_in(clause)
            if t.start >= cues[-1].end and lex.ends_with("deadline", self._before_year(t))
        ]
        if not due or self._past(due[0]) or lex.has("title", text, clause.start, due[0].start):
            return None
        words = self._metric_words(cues[-1].end, clause.end, clause)
        if len(_WORD.findall(words)) < 2:
            return None
        after = _WORD.findall(text[due[0].end : clause.end])
        if not after and lex.starts_with("noun_cue", text, cues[-1].start):
            return None  # "Định hướng phát triển vùng … đến năm 2030": a title
        if after and not any(c.strong for c in cues):
            return None  # "… dự kiến tiếp tục tăng trong quý IV khi …": an expected trend
        return _Clause(self._skip_leads(clause.start, clause.end, cues=True), clause.end)

    def _bare_deadline(self, clause: _Clause, cues: list[_Cue]) -> int | None:
        """Where a clause holding only a cue and a deadline starts ("mục tiêu đến năm 2030,")."""
        opening = self._deadline_opening(clause, "deadline", after_cues=True)
        if opening is not None:
            pos, _, t = opening
            content = _WORD.findall(self.text[t.end : clause.end])
            return pos if len(content) < 2 and not self._past(t) else None
        if not cues:
            return None
        due = [
            t
            for t in self._times_in(clause)
            if t.start >= cues[-1].end and self.lex.ends_with("deadline", self._before_year(t))
        ]
        words = self._metric_words(cues[-1].end, clause.end, clause)
        if not due or self._past(due[0]) or len(_WORD.findall(words)) >= 2:
            return None
        return self._skip_leads(clause.start, clause.end, cues=False)

    def _past(self, t: TimeRef) -> bool:
        """Whether a year is before the year the article reports on ("Đến năm 2020, …")."""
        year = t.end_year if t.kind == "period" else t.year
        return year is not None and self.now is not None and year < self.now

    def _deadline_led(self, clause: _Clause) -> _Clause | None:
        """The goal a clause states when it opens with its deadline ("đến năm 2045 trở thành …")."""
        opening = self._deadline_opening(clause, "deadline", after_cues=True)
        if opening is None:
            return None
        pos, _, t = opening
        if self._past(t):
            return None
        rest = self.text[t.end : clause.end]
        if len(_WORD.findall(rest)) < 2 or self.lex.has("past", rest):
            return None
        return _Clause(pos, clause.end)

    def _skip_leads(self, pos: int, end: int, *, cues: bool) -> int:
        """Move past leading clause words (and cues) of a clause."""
        kinds = ("lead", "goal", "weak") if cues else ("lead",)
        pos = _skip_space(self.text, pos)
        moved = True
        while moved and pos < end:
            moved = False
            for kind in kinds:
                m = self.lex.starts_with(kind, self.text, pos)
                if m is not None and m.end() <= end:
                    pos, moved = m.end(), True
        return pos

    # --- amounts ---------------------------------------------------------------

    def _goal_amounts(
        self, clause: _Clause, after: int, strong: bool, cued: bool, follows_goal: bool
    ) -> list[Amount]:
        """The amounts of a clause that state goals (not shares of a plan, not results).

        Args:
            clause: the clause.
            after: where its cue ends (its start when it has none).
            strong: whether the clause holds a goal cue itself.
            cued: whether a goal cue came earlier in the same statement.
            follows_goal: whether the clause before it stated a goal.
        """
        text, lex = self.text, self.lex
        if not strong and lex.has("compare", text, clause.start, clause.end):
            if not cued:
                return []  # "tăng 15% so với cùng kỳ": a result
            first = min(
                (a.start for a in self._amounts_in(clause.start, clause.end)),
                default=clause.end,
            )
            left = lex.remove("growth", text[clause.start : first])
            if follows_goal and not _WORD.search(left):
                return []  # "…500 tỷ đồng, tăng 20% so với năm trước": restates the goal before
        found = []
        prev_end = -1
        for a in self._amounts_in(clause.start, clause.end):
            if a.end > clause.end:
                continue
            if prev_end >= 0 and _RESTATED.fullmatch(text, prev_end, a.start):
                continue  # "8.500 USD (khoảng 224 triệu đồng)": the same goal in other units
            prev_end = a.end
            if lex.starts_with("ratio_of", text, _skip_space(text, a.end)) and not strong:
                continue
            if lex.has("title", text, after, a.start) or lex.has("attribute", text, after, a.start):
                continue
            found.append(a)
        return found

    def _amount_clause(self, clause: _Clause, amounts: list[Amount], k: int) -> _Clause:
        """The part of a clause that states the ``k``-th of its goal amounts."""
        start = clause.start if k == 0 else amounts[k - 1].end
        end = clause.end if k == len(amounts) - 1 else amounts[k + 1].start
        if k > 0:
            m = _AND.search(self.text[start : amounts[k].start])
            start = start + m.end() if m else start
        if k < len(amounts) - 1:
            gap = self.text[amounts[k].end : end]
            m = _AND.search(gap)
            end = amounts[k].end + m.start() if m else end
        return self._trim(_Clause(start, max(end, amounts[k].end)))

    def _goal_span(self, part: _Clause, amount: Amount) -> _Clause:
        """The words of ``part`` that state the goal: after "TFC đặt mục tiêu", not before."""
        text = self.text
        start = part.start
        quote = max(text.rfind(mark, part.start, amount.start) for mark in ':"“')
        if quote >= 0:
            start = quote + 1  # 'Ông B cho biết: "Chúng tôi đặt mục tiêu …'
        strong = [c for c in self._cues(part) if c.strong and start <= c.start < amount.start]
        if strong:
            before = text[self._skip_leads(start, strong[0].start, cues=False) : strong[0].start]
            if not before.strip() or self._names_owner(before):
                start = strong[-1].end
                at = _skip_space(text, start)
                start = next((t.end for t in self._times_in(part) if t.start <= at < t.end), start)
        start = self._skip_leads(start, part.end, cues=True)
        return self._trim(_Clause(min(start, amount.start), part.end))

    def _lists_goal(self, clause: _Clause, cues: list[_Cue]) -> bool:
        """Whether a clause with a number but no amount is one more goal of a list."""
        text, lex = self.text, self.lex
        return (
            not cues
            and bool(_DIGIT.search(text[clause.start : clause.end]))
            and not self._amounts_in(clause.start, clause.end)
            and not lex.starts_with("split", text, clause.start)
            and not lex.has("past", text, clause.start, clause.end)
        )

    def _noun_list(
        self, prev: _Clause, cues: list[_Cue], span: _Clause, amount: Amount, opens: bool
    ) -> bool:
        """Whether ``span`` ends a list of nouns begun in ``prev``.

        As in "tỷ lệ lao động có bằng cấp, chứng chỉ trên 50%", or, when ``prev``
        opens the statement, "Tỷ trọng công nghiệp chế biến, chế tạo … đạt 24%".
        """
        text = self.text
        words = len(_WORD.findall(text[span.start : amount.start]))
        short_subject = (
            opens
            and len(_WORD.findall(text[prev.start : prev.end])) <= 6
            and text[span.start].islower()
        )
        return (
            words > 0
            and (words <= 2 or short_subject)
            and not cues
            and not self._times_in(prev)
            and not self._amounts_in(prev.start, prev.end)
            and not _DIGIT.search(self.text[prev.start : prev.end])
            and not self.lex.has("past", self.text, prev.start, prev.end)
        )

    def _extends(self, clause: _Clause, cues: list[_Cue]) -> bool:
        """Whether a clause without amount goes on describing the goal before it (not after ";")."""
        text, lex = self.text, self.lex
        if cues or _DIGIT.search(text[clause.start : clause.end]):
            return False
        if text[max(0, clause.start - 3) : clause.start].strip().endswith(";"):
            return False
        return not (
            lex.starts_with("split", text, clause.start)
            or lex.starts_with("stop", text, clause.start)
            or lex.has("past", text, clause.start, clause.end)
        )

    # --- the record ------------------------------------------------------------

    def _target(
        self,
        clause: _Clause,
        amount: Amount | None,
        deadline: int | None,
        owner: str | None,
        cue: str | None,
        part: _Clause | None = None,
    ) -> Target:
        """Build a target for ``clause``; ``part`` is the wider clause its metric is read from."""
        clause = self._trim(clause)
        return Target(
            text=self.text[clause.start : clause.end],
            start=clause.start,
            end=clause.end,
            amount=amount,
            deadline=deadline,
            metric=self._metric(part or clause, amount) if amount is not None else None,
            owner=owner,
            cue=cue,
        )

    def _metric(self, clause: _Clause, amount: Amount) -> str | None:
        """What a goal measures: the clause's words around its number, without cue and deadline."""
        cues = [c for c in self._cues(clause) if c.end <= amount.start]
        left = self._metric_words(cues[-1].end if cues else clause.start, amount.start, clause)
        left = self._strip_metric(left)
        if not left and cues and amount.kind not in ("count", "measure"):
            before = self._strip_metric(self._metric_words(clause.start, cues[0].start, clause))
            if not self._names_owner(before):
                left = before
        bracket = self.text.find("(", amount.end, clause.end)  # "(khoảng 224 triệu đồng)"
        right = self._metric_words(amount.end, clause.end if bracket < 0 else bracket, clause)
        right = _PER_UNIT.sub("", right).strip(_EDGE_JUNK)
        if amount.kind in ("count", "measure") and amount.unit and amount.unit in amount.text:
            right = f"{amount.unit} {right}".strip()
        if left and right:
            return f"{left} … {right}"
        return left or right or None

    def _names_owner(self, words: str) -> bool:
        """Whether ``words`` (before a cue) name who sets the goal rather than what is measured."""
        lex = self.lex
        if lex.starts_with("owner_place", words, 0) or lex.starts_with("owner_org", words, 0):
            return True
        return any(words.startswith(name) for name in self.mention_texts)

    def _strip_metric(self, words: str) -> str:
        """Drop the verbs before a number and the words that open a goal clause."""
        lex = self.lex
        while words and (m := lex.ends_with("metric_verb", words)) is not None:
            words = words[: m.start()].rstrip(_EDGE_JUNK)
        pos, moved = 0, True
        while moved:
            moved = False
            for kind in ("metric_lead", "lead"):
                m = lex.starts_with(kind, words, pos)
                if m is not None and m.end() > pos:
                    pos, moved = m.end(), True
        return words[pos:].strip(_EDGE_JUNK)

    def _metric_words(self, start: int, end: int, clause: _Clause) -> str:
        """``text[start:end]`` without the clause's time references and their deadline words."""
        pieces: list[str] = []
        pos = start
        for t in self._times_in(clause):
            if t.end <= pos or t.start >= end:
                continue
            before = self.text[max(pos, t.start - _WINDOW) : max(pos, t.start)]
            kept = self.text[pos : max(pos, t.start - _WINDOW)]
            word = _YEAR_WORD.search(before)
            before = before[: word.start()] if word else before
            m = self.lex.ends_with("deadline", before)
            pieces.append(kept + (before[: m.start()] if m else before))
            pos = t.end
        pieces.append(self.text[pos:end] if pos < end else "")
        return " ".join(" ".join(pieces).split()).strip(_EDGE_JUNK)

    # --- owners ----------------------------------------------------------------

    def _owner(
        self, start: int, end: int, cues: list[list[_Cue]], ctx: _Context | None
    ) -> str | None:
        """Who set the goals of a statement: its subject, resolved from the article."""
        first_cue = min((c.start for cs in cues for c in cs), default=None)
        if first_cue is None and ctx is not None and ctx.owner is not None:
            return ctx.owner  # a goal list goes on: same owner
        if first_cue is not None:
            before = self._mentions_in(start, first_cue)
            if before:
                return before[-1][2]
        generic = [
            (m.start(), label)
            for kind, label in (("owner_org", "ORG"), ("owner_place", "LOC"))
            for m in self.lex.find(kind, self.text, start, end)
            if self.main[label] is not None
            and not self.lex.ends_with("plural", self.text[max(start, m.start() - 20) : m.start()])
        ]
        if generic:
            main = self.main[min(generic)[1]]
            return main.name if main is not None else None
        if ctx is not None and ctx.owner is not None:
            return ctx.owner
        earlier = self._mentions_in(self.paragraph_start, start)
        return earlier[0][2] if earlier else None  # the paragraph's subject


def _main_entity(entities: Sequence[Entity], label: str) -> Entity | None:
    """The entity of ``label`` mentioned most often (the first one on a tie)."""
    best: Entity | None = None
    for e in entities:
        if e.label == label and (best is None or len(e.mentions) > len(best.mentions)):
            best = e
    return best


def _fill_deadlines(targets: list[Target]) -> list[Target]:
    """Give a goal without deadline the next deadline of its passage."""
    out = list(targets)
    nxt: int | None = None
    for i in range(len(out) - 1, -1, -1):
        if out[i].deadline is None and nxt is not None:
            out[i] = out[i].model_copy(update={"deadline": nxt})
        elif out[i].deadline is not None:
            nxt = out[i].deadline
    return out


def _outermost(amounts: list[Amount], times: list[TimeRef]) -> list[Amount]:
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


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def find_targets(
    doc: Document,
    amounts: Sequence[Amount],
    years: Sequence[TimeRef],
    entities: Sequence[Entity],
) -> list[Target]:
    """Find the goals stated in ``doc``.

    Args:
        doc: the normalised article and its sentences.
        amounts: the amounts found in ``doc.text``; a target's ``amount`` is one of
            these objects (the same object, not a copy).
        years: the years and periods found in ``doc.text``.
        entities: the organisations and locations, to name a goal's owner.

    Returns:
        One ``Target`` per goal, in text order, offsets into ``doc.text``.
    """
    return _Finder(doc, amounts, years, entities).run()
