"""A goal's attributes: its deadline, its metric and its owner, and the record built from them.

- deadline: a year after a deadline word ("đến năm 2030"), a period's end, a
  relative time resolved against the article's date ("cuối năm nay"), else
  the plan year the article states before the goal;
- metric: the goal's words around its number without cue, deadline,
  reporting verbs and auxiliaries ("được", "cho biết");
- owner: the entity (as named in the record's entity lists) the goal's
  statement names before its cue, unless a generic noun ("tỉnh", "công ty") stands
  between that name and the cue ("Ông …, Giám đốc Sở Tài chính, cho biết tỉnh đặt mục
  tiêu …": ``generic_actor``); for a generic noun, the organisation or place it stands
  for; else the paragraph's subject.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from vnextract.relative_times import points_ahead
from vnextract.schema import Amount, Target, TimeRef
from vnextract.sentences import BULLET
from vnextract.targets.not_targets import NotTargets
from vnextract.targets.state import (
    DONE_WINDOW,
    EDGE_JUNK,
    PER_UNIT,
    TIME_LEAD,
    WINDOW,
    WORD,
    YEAR_WORD,
    Clause,
    Cue,
    Passage,
    skip_space,
)

SE_WORD = regex.compile(r"(?<!\w)sẽ(?!\w)", regex.IGNORECASE)  # "dự kiến sẽ …"

_DATED_KINDS = frozenset(("month", "quarter", "date"))  # times within a written year
_START_LEADS = frozenset(("từ", "kể từ", "bắt đầu từ"))  # before a year a plan starts in
# a range's end after its start date: "… đến …", "2026 - 2030", "2026-2030"
_RANGE_END = regex.compile(r"\s*(?:(?:đến|tới)\s|[-–]\s*\d)")
_ASIDE_SPAN = 20  # how far before a part its "…, trong đó" may stand
_ROUND = regex.compile(r"\s\d{1,2}\s*$")  # a payout's round before its year: "cổ tức đợt 1 năm"


class Attributes(NotTargets):
    """A goal's deadline, metric and owner, and the record built from them."""

    def _deadline(self, clause: Clause) -> int | None:
        """The year a clause names as due.

        A year, month, date or quarter after a deadline word, or a period's end;
        else the first bare year that is not a baseline ("so với năm 2024").
        """
        best: int | None = None
        for t in self._times_in(clause):
            before = self._before_year(t)
            opening = self._opening_time(clause, t)  # "Từ tháng 1/2027, hãng sẽ …": 2027
            starts = self._starts_later(t)
            if self.lex.ends_with("baseline", before) and not (
                opening or self._takes_effect(t) or starts
            ):
                continue  # not "so với năm 2024"; but "Dừng … từ quý I/2027" starts then
            year = t.end_year if t.kind == "period" else t.year
            if year is None:
                continue
            if (
                self.lex.ends_with("deadline", before)
                or t.kind == "period"
                or self._takes_effect(t)
            ):
                return year  # "đến năm 2030", "đến tháng 6/2027", "giai đoạn 2022-2025"
            if best is None and (t.kind == "year" or opening or starts):
                best = year
        if best is None and self.now is not None:
            text, lex = self.text, self.lex
            this_year = [
                m
                for m in lex.find("this_year", text, clause.start, clause.end)
                # "giảm 30% so với năm nay": the base compared with, no deadline
                if not lex.ends_with("baseline", text[clause.start : m.start()])
            ]
            if this_year or self._whole_year_only(clause):
                return self.now  # "mục tiêu năm nay"
            if lex.has("next_year", text, clause.start, clause.end):
                return self.now + 1
        return best

    def _starts_later(self, t: TimeRef) -> bool:
        """Whether month or quarter ``t`` is a time to come something starts at ("Dừng hoạt
        động nhà máy … từ quý I/2027"): the goal's own time, no base."""
        return t.kind in ("month", "quarter") and self._starts_at(t) and not self._past(t)

    def _whole_year_only(self, clause: Clause) -> bool:
        """Whether the only time of ``clause`` is "cả năm" (the whole year in frame): the
        article's year, unless a plan's year frames the clause."""
        own = [  # a base compared with is no time of the clause's own ("so với năm 2025")
            t
            for t in self._times_in(clause)
            if not self.lex.ends_with("baseline", self._before_year(t))
        ]
        return not own and self.lex.has("whole_year", self.text, clause.start, clause.end)

    def _takes_effect(self, t: TimeRef) -> bool:
        """Rule ``effective_date``: a full date after "từ" is when a measure takes effect,
        no base ("tăng mức phí thêm 15% từ ngày 1/1/2027"; not "từ ngày 1/7/2026 đến …")."""
        return t.kind == "date" and not t.relative and self._starts_at(t)

    def _opening_time(self, clause: Clause, t: TimeRef) -> bool:
        """Whether a month, quarter or date written with its year (or a relative one to come
        whose year the article's date gives: "Quý tới") opens ``clause``, at most its
        prepositions before it (``TIME_LEAD``: "Từ tháng 1/2027"), not inside an object
        ("đàm phán các đơn hàng quý I/2027"); or a year after "Từ" (rule ``starts_from``:
        "Từ năm 2028, …")."""
        before = self.text[clause.start : t.start]
        if t.kind == "year":  # rule starts_from: "Từ năm 2028, SBIC phải kinh doanh có lãi"
            lead = YEAR_WORD.sub("", before).strip().casefold()
            return lead in _START_LEADS and self._starts_at(t)
        return (
            t.kind in _DATED_KINDS
            # a relative time to come with the year the article's date gives it: "Quý tới,
            # hãng dự kiến khai trương …"
            and (not t.relative or (t.year is not None and points_ahead(t.text)))
            and (not before.strip() or TIME_LEAD.fullmatch(" " + before.casefold()) is not None)
        )

    def _stated_due(self, clause: Clause) -> int | None:
        """The year a clause names after a deadline word or a milestone verb, or its
        period's end; else None.

        Rule ``own_part_deadline``: in "tăng trưởng 8% trong năm 2026 và tăng trưởng
        hai con số trong giai đoạn 2026-2030" each goal keeps the time its part names.
        """
        for t in self._times_in(clause):
            before = self._before_year(t)
            year = t.end_year if t.kind == "period" else t.year
            if year is None or self.lex.ends_with("baseline", before) or self._past(t):
                continue
            if self._scheduled(t) or t.kind == "period":  # "đưa vào vận hành năm 2029"
                return year
        return None

    def _plan_figure_deadline(self, statement: Clause, clause: Clause) -> int | None:
        """The year a plan figure is for: its clause's deadline ("vào năm 2026"), else the
        year its statement opens with ("Năm 2019, công ty dự kiến …"), else any year of
        its clause or statement."""
        for t in self._times_in(clause):
            before = self._before_year(t)
            if (
                t.kind == "period"
                or self.lex.ends_with("deadline", before)
                or self._takes_effect(t)
            ):
                return self._deadline(clause)
        opening = self._times_in(Clause(statement.start, min(statement.end, statement.start + 12)))
        if opening and opening[0].kind == "year" and opening[0].year is not None:
            return opening[0].year
        return self._deadline(clause) or self._start_year(clause) or self._deadline(statement)

    def _start_year(self, clause: Clause) -> int | None:
        """Rule ``starts_from``: a plan that starts at a time to come is due then ("sẽ mở các
        đường bay dài tới châu Âu từ năm 2028" → 2028; "từ tháng 12" → the year the
        article's date gives it), as a schedule's "đưa vào vận hành từ năm 2027" is; not a
        range ("từ năm 2026 đến năm 2030") nor a time gone by."""
        return next(
            (
                t.year
                for t in self._times_in(clause)
                if t.year is not None and self._starts_at(t) and not self._past(t)
            ),
            None,
        )

    def _starts_at(self, t: TimeRef) -> bool:
        """Whether ``t`` is when something starts: after "từ" ("kể từ", "bắt đầu từ"), and
        no range's start ("từ năm 2026 đến năm 2030", "từ 2026-2030")."""
        return (
            self._before_year(t).rstrip().casefold().endswith("từ")
            and _RANGE_END.match(self.text, t.end) is None
        )

    def _paragraph_goal(self, t: Target, goals: list[Target]) -> Target | None:
        """Rule ``paragraph_plan``: the goal before an undated plan figure in its paragraph.

        In "Năm 2026, tỉnh phấn đấu tăng trưởng 9%. … Kim ngạch xuất khẩu dự kiến đạt
        12 tỷ USD" the export plan belongs to the paragraph's goals and takes their
        year (or, when they name none yet, the plan year they get later). Only for a
        figure whose own clause carries the plan word ("dự kiến") or a plan noun ("Dự toán
        chi … là 43.870 tỷ đồng") before it ("trong đó khối FDI chiếm 80%" after "dự
        kiến đạt 12 tỷ USD" is a share; a part after "trong đó" reads the plan noun of the
        figure it narrows), and not for a change that a level follows ("dự kiến tăng 16%,
        từ 3.858 tỷ đồng lên 4.460 tỷ đồng").

        Returns:
            The last goal earlier in the same paragraph, or None.
        """
        a = t.amount
        if a is None:
            return None
        # a part after "trong đó" reads the plan word of the figure it narrows: "Dự toán chi
        # ngân sách là 43.870 tỷ đồng, trong đó Trung ương bổ sung 17.600 tỷ đồng"
        opening = t.start
        words = self.text[max(0, t.start - _ASIDE_SPAN) : t.start].rstrip()
        aside = self.lex.ends_with("aside_opening", words)
        if aside is not None and words[: aside.start()].rstrip().endswith(","):
            starts = self.sentence_starts
            opening = starts[max(0, bisect_right(starts, t.start) - 1)]
        if not (
            self.lex.has("weak", self.text, t.start, a.start)
            # or a plan noun of its own: "Dự toán chi ngân sách là 43.870 tỷ đồng"
            or self.lex.has("beside_plan", self.text, opening, a.start)
        ):
            return None
        if a.kind == "percent" and self.lex.ends_with("growth", self.text[t.start : a.start]):
            return None
        paragraph = self._paragraph_of(t.start)
        if paragraph is None:
            return None
        before = [g for g in goals if paragraph[0][0] <= g.start and g.end <= t.start]
        return max(before, key=lambda g: g.start) if before else None

    def _committed_plan(self, t: Target) -> bool:
        """Rule ``committed_plan``: a weak cue and "sẽ … lên" before an undated level.

        "vốn điều lệ dự kiến sẽ tăng lên 2.150 tỷ đồng": the actor's own plan, kept
        without a deadline. A plan word alone ("dự kiến đạt …") still needs one, and
        a percentage change ("sẽ tăng thêm 5%") is left out.
        """
        a = t.amount
        if a is None:
            return False
        if a.kind == "percent" or not self.text[t.start : a.start].rstrip().endswith("lên"):
            return False  # "giá thép dự kiến sẽ tăng thêm 5%": a change, maybe a forecast
        weak = self.lex.find("weak", self.text, t.start, a.start)
        return bool(weak) and SE_WORD.search(self.text, weak[0].end(), a.start) is not None

    def _due_after_cue(self, clause: Clause, cues: list[Cue]) -> bool:
        """Whether a deadline ("vào năm 2026") follows the clause's first cue.

        A weak cue needs one: "dự kiến đạt 500 tỷ đồng vào năm 2026" is a goal, but
        in "các dự án khởi công trong quý I/2026 có giá bán dự kiến …" the date is another verb's.
        """
        return bool(cues) and any(
            t.start >= cues[0].end
            and self.lex.ends_with("deadline", self._before_year(t))
            # a time before the article's day tells what was due ("Năm 2023, các xã đã
            # phải bàn giao 50 ha trước tháng 6/2023"), history
            and (any(c.strong for c in cues) or self._not_past([t]))
            for t in self._times_in(clause)
        )

    def _payout_year(self, clause: Clause) -> bool:
        """Rule ``payout_year``: whether the years of ``clause`` name the year of a payout's
        profit ("chi cổ tức năm 2025", "tạm ứng cổ tức đợt 1 năm 2026"), not a year
        reported on."""
        times = self._times_in(clause)
        return bool(times) and all(
            self.lex.ends_with("payout", _ROUND.sub("", self._before_year(t))) for t in times
        )

    def _has_deadline_word(self, clause: Clause) -> bool:
        return any(
            self.lex.ends_with("deadline", self._before_year(t)) for t in self._times_in(clause)
        )

    def _deadline_opening(
        self, clause: Clause, kind: str, *, after_cues: bool
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
        if not self._times_in(clause):
            return None  # no year to open with (the cheap test first: most clauses hold none)
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

    def _plan_deadlines(self, targets: list[Target]) -> list[Target]:
        """Give a goal that names no time the article's plan year before it.

        The nearest plan year stated before the goal ends ("kế hoạch … năm 2026"),
        else one stated in the headline or first sentence.
        """
        plans = self._plan_years()
        if not plans:
            return targets
        sentences = self.sentences
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
            for r in self._times_in(Clause(t.start, t.end))
        )

    def _plan_years(self) -> list[tuple[int, int]]:
        """(Where, which year) of each plan year the article states.

        A year after a plan word of its sentence ("kế hoạch phát triển kinh tế - xã
        hội năm 2026", "đặt mục tiêu … trong năm 2026"); not a past year, not the
        year of a reported result ("đạt 105% kế hoạch năm 2025"), not a goal's own
        deadline ("mục tiêu đến năm 2030") or baseline ("so với năm 2025"), not in a
        forecast. Found once per article.
        """
        if self.plan_years is not None:
            return self.plan_years
        text, lex = self.text, self.lex
        starts = [s for s, _ in self.sentences]
        out: list[tuple[int, int]] = []
        self.plan_years = out
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
            start, end = self.sentences[k]
            words = lex.find("plan_year", text, max(start, t.start - WINDOW), t.start)
            if not words or self._forecast(start, end):
                continue
            head = words[-1].start()
            if lex.has("plan_done", text, max(start, head - DONE_WINDOW), head):
                continue
            out.append((t.start, t.year))
        return out

    def _target(
        self,
        clause: Clause,
        amount: Amount | None,
        deadline: int | None,
        owner: str | None,
        cue: str | None,
        part: Clause | None = None,
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

    def _metric(self, clause: Clause, amount: Amount) -> str | None:
        """What a goal measures: the clause's words around its number, without cue and deadline."""
        cues = [c for c in self._cues(clause) if c.end <= amount.start]
        left_start = cues[-1].end if cues else clause.start
        reported = self.lex.find("reporting", self.text, left_start, amount.start)
        if reported:  # "Cục Thuế được giao dự toán thu …": what is measured follows the verb
            left_start = reported[-1].end()
        left_end = amount.start
        if (
            len(cues) > 1
            and SE_WORD.fullmatch(cues[-1].text)
            and not reported
            and not self._mentions_in(cues[-2].end, cues[-1].start)  # "cam kết với Chính phủ …"
        ):
            # "kỳ vọng doanh thu cửa hàng cũ sẽ tăng 5-10%": what is measured comes before "sẽ"
            left_start, left_end = cues[-2].end, cues[-1].start
        left = self._metric_words(left_start, left_end, clause)
        left = self._strip_metric(left)
        if not left and cues and amount.kind not in ("count", "measure"):
            before = self._strip_metric(self._metric_words(clause.start, cues[0].start, clause))
            if not self._names_owner(before):
                left = before
        bracket = self.text.find("(", amount.end, clause.end)  # "(khoảng 224 triệu đồng)"
        right = self._metric_words(amount.end, clause.end if bracket < 0 else bracket, clause)
        right = PER_UNIT.sub("", right).strip(EDGE_JUNK)
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
            words = words[: m.start()].rstrip(EDGE_JUNK)
        pos, moved = 0, True
        while moved:
            moved = False
            for kind in ("metric_lead", "lead"):
                m = lex.starts_with(kind, words, pos)
                if m is not None and m.end() > pos:
                    pos, moved = m.end(), True
        return words[pos:].strip(EDGE_JUNK)

    def _metric_words(self, start: int, end: int, clause: Clause) -> str:
        """``text[start:end]`` without the clause's time references and their deadline words."""
        pieces: list[str] = []
        pos = start
        for t in self._times_in(clause):
            if t.end <= pos or t.start >= end:
                continue
            before = self.text[max(pos, t.start - WINDOW) : max(pos, t.start)]
            kept = self.text[pos : max(pos, t.start - WINDOW)]
            word = YEAR_WORD.search(before)
            before = before[: word.start()] if word else before
            m = self.lex.ends_with("deadline", before)
            pieces.append(kept + (before[: m.start()] if m else before))
            pos = t.end
        pieces.append(self.text[pos:end] if pos < end else "")
        return " ".join(" ".join(pieces).split()).strip(EDGE_JUNK)

    def _apposed(self, mentions: list[tuple[int, str, str]], start: int) -> str:
        """The owner among the mentions before a cue: the last one, but the first of a place
        written with its province at the start of the statement (``start``) ("Thành phố
        Phủ Lý, Hà Nam phấn đấu …" → Phủ Lý; not "Tham gia đề án … vùng Đồng bằng sông
        Cửu Long, An Giang đăng ký …")."""
        last = mentions[-1]
        if len(mentions) >= 2:
            prev = mentions[-2]
            gap = self.text[prev[0] + len(prev[1]) : last[0]]
            if (
                gap.strip() == ","
                and self.labels.get(prev[2]) == self.labels.get(last[2]) == "LOC"
                and len(WORD.findall(self.text, start, prev[0])) <= 2  # "Thành phố"
            ):
                return prev[2]
        return last[2]

    def _paragraph_entity(self, label: str, pos: int) -> str | None:
        """The entity of ``label`` the paragraph around ``pos`` names nearest to it, if any.

        A place's government counts for a place ("Tỉnh phấn đấu …" in a paragraph
        naming only "UBND tỉnh Quảng Trị").
        """
        mentions = self._mentions_in(self.paragraph_start, self.paragraph_end)
        main = self.main[label]
        # rule ``main_place_first``: the article's own place before another one the
        # paragraph names ("Năm 2025, tỉnh phấn đấu …" … "khu kinh tế Dung Quất")
        # or that the article names most ("ngân hàng đặt kế hoạch …" … "Ngân hàng Nhà nước
        # giao …": the bank the article is about, when the paragraph names it)
        if main is not None and label == "LOC":
            return main.name
        from vnextract.facts.subject import is_state_body  # the facts' state bodies; no cycle

        # "ngân hàng", "công ty" stand for a business, never for a state body ("Ngân hàng
        # Nhà nước phân bổ hạn mức"): the article's own bank before it
        near = [
            (main is None or m[2] != main.name, abs(m[0] - pos), m[2])
            for m in mentions
            if self.labels.get(m[2]) == label and (label != "ORG" or not is_state_body(m[2]))
        ]
        if not near and label == "LOC":  # "Tỉnh …" … "UBND tỉnh Quảng Trị": its government
            near = [(False, abs(m[0] - pos), m[2]) for m in mentions if self._governs(m[1])]
        return min(near)[2] if near else None

    def _governs(self, name: str) -> bool:
        """Whether an organisation's name is a place's government ("UBND tỉnh Quảng Trị")."""
        return self.lex.starts_with("government", name, 0) is not None

    def _item_actor(self, start: int) -> str | None:
        """Rule ``item_actor``: the organisation named first in an item of a list ("-
        Vietjet mở đường bay Cam Ranh – Almaty …") is the item's actor; else None."""
        bullet = BULLET.match(self.text, start)
        if bullet is None:
            return None
        first = skip_space(self.text, bullet.end())
        named = self._mentions_in(first, first + 1)
        if named and self.labels.get(named[0][2]) == "ORG":
            return named[0][2]
        return None

    def _generic_owner(self, start: int, end: int) -> tuple[str | None] | None:
        """The owner a generic noun in ``text[start:end]`` stands for ("Tỉnh phấn đấu …",
        "công ty đặt kế hoạch …"; not a plural: "các tỉnh"), in a 1-tuple (its name, or None
        when the article names none), or None when no such noun stands there."""
        generic = [
            (m.start(), label)
            for kind, label in (("owner_org", "ORG"), ("owner_place", "LOC"))
            for m in self.lex.find(kind, self.text, start, end)
            if not self.lex.ends_with("plural", self.text[max(start, m.start() - 20) : m.start()])
        ]
        if not generic:
            return None
        pos, label = min(generic)
        named = self._paragraph_entity(label, pos)
        if named is not None:
            return (named,)  # "Tỉnh phấn đấu …" … "Quảng Trị": the paragraph names it
        main = self.main[label]
        return (main.name if main is not None else None,)

    def _owner(
        self, start: int, end: int, cues: list[list[Cue]], ctx: Passage | None
    ) -> str | None:
        """Who set the goals of a statement: its subject, resolved from the article."""
        first_cue = min((c.start for cs in cues for c in cs), default=None)
        if first_cue is None and ctx is not None:
            actor = self._item_actor(start)
            if actor is not None:
                return actor  # "- Vietjet mở đường bay …": the item's own actor
            if ctx.owner is not None:
                return ctx.owner  # a goal list goes on: same owner
        if first_cue is not None:
            before = self._mentions_in(start, first_cue)
            if before:
                last = before[-1]
                # rule ``generic_actor``: a generic noun after the last name, right before the
                # cue, sets the goal ("Ông Phúc, Giám đốc Sở Tài chính, cho biết tỉnh đặt mục
                # tiêu …": the province, not the speaker's office)
                generic = self._generic_owner(last[0] + len(last[1]), first_cue)
                return generic[0] if generic is not None else self._apposed(before, start)
        generic = self._generic_owner(start, end)
        if generic is not None:
            return generic[0]
        if ctx is not None and ctx.owner is not None:
            return ctx.owner
        earlier = self._mentions_in(self.paragraph_start, start)
        return earlier[0][2] if earlier else None  # the paragraph's subject


def fill_deadlines(targets: list[Target], text: str) -> list[Target]:
    """Give a goal without deadline the next deadline of its passage; not the year another
    goal starts in ("2. Từ năm 2025, 100% xe buýt mới phải dùng điện"): that is its own."""
    out = list(targets)
    nxt: int | None = None
    for i in range(len(out) - 1, -1, -1):
        if out[i].deadline is None and nxt is not None:
            out[i] = out[i].model_copy(update={"deadline": nxt})
        elif out[i].deadline is not None and not _starts_in(out[i], text):
            nxt = out[i].deadline
    return out


# A year a goal starts in, written in or right before its text ("Từ năm 2025, …").
_START = regex.compile(r"(?<!\w)từ\s+(?:năm\s+)?(\d{4})(?!\w)", regex.IGNORECASE)


def _starts_in(t: Target, text: str) -> bool:
    """Whether the deadline of ``t`` is the year its line says it starts in (not a range's
    start: "từ năm 2026 đến năm 2030")."""
    line_start = text.rfind("\n", 0, t.start) + 1
    return any(
        int(m[1]) == t.deadline and _RANGE_END.match(text, m.end()) is None
        for m in _START.finditer(text, line_start, t.end)
    )
