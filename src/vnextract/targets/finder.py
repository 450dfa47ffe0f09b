"""The walk over an article: goal passages, statements, and the goals each clause states.

A statement with a goal cue (or opening with a deadline, "Đến năm 2030, …")
opens a goal passage; the next statements and paragraphs that read like
goals continue it with its deadline and owner, until one reports results.
Each amount in a goal clause is one target; a clause without an amount is a
target when it opens with its deadline ("đến năm 2045 trở thành …") or
follows a cue and ends with one ("dự án sẽ hoàn thành vào năm 2027"). Last,
the amounts the role stage calls plans that no passage took ("đề xuất chia
cổ tức 12%") become targets of their own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable

import regex

from vnextract.resources import ends_two_syllable_word, opens_two_syllable_word
from vnextract.roles import explain_roles, goes_on, is_size_unit, plan_cue_before
from vnextract.schema import Amount, Target, TimeRef
from vnextract.sentences import BULLET
from vnextract.targets.attributes import fill_deadlines
from vnextract.targets.events import event_names, event_years
from vnextract.targets.own_plans import OwnPlans
from vnextract.targets.state import (
    AND_WORD,
    DIGIT,
    RESTATED,
    WINDOW,
    WORD,
    Clause,
    Cue,
    Passage,
    TakenSpans,
    skip_space,
)

# a rate's denominator right after it, read as "more than": "35 giường bệnh trên 10.000 dân"
_PER = re.compile(r"\s+(trên)\s+\d", re.IGNORECASE)
_ITEM_OPENING = 3  # the words that open a list item and say whether it is done
# The months of a year so far closing a list's opener: its items report ("Một số chỉ tiêu
# chính trong 9 tháng:", "Kết quả 11 tháng đầu năm:"), rule reported_list.
_REPORTED_SPAN = regex.compile(
    r"(?<!\w)(?<!tới\s+|trình\s+)\d{1,2}\s+tháng(?:\s+đầu)?(?:\s+năm)?"
    r"(?:\s+(?:qua|nay|\d{4}))?\s*:\s*$"
)
# What ends the opener of a plan's contents, right before its colon (rule plan_contents):
# "gồm", "bao gồm", "như sau", "chia làm hai giai đoạn", maybe "các nội dung chính".
_CONTENTS_NOUN = (
    r"(?:nội\s+dung|hạng\s+mục|nhiệm\s+vụ|giải\s+pháp|mục\s+tiêu|chỉ\s+tiêu|mốc|bước|giai\s+đoạn)"
    r"(?:\s+(?:chính|chủ\s+yếu|cụ\s+thể|trọng\s+tâm|tổng\s+quát))?"
)
# "gồm" (maybe with the kind of its parts) or a verb of stating with the kind ("dự án có các
# mốc chính", "Kế hoạch nêu rõ các mục tiêu tổng quát") right before the colon
_CONTENTS_END = regex.compile(
    r"(?<!\w)(?:(?P<word>gồm|bao\s+gồm|như\s+sau|chia\s+(?:làm|thành)\s+\w+\s+giai\s+đoạn)"
    rf"(?:\s+(?:các\s+|những\s+)?{_CONTENTS_NOUN})?"
    rf"|(?P<word>có|nêu(?:\s+rõ)?|xác\s+định|đề\s+ra|đặt\s+ra)\s+(?:các|những)\s+{_CONTENTS_NOUN})\s*$"
)
_PASSIVE = regex.compile(r"(?:phải|cần|sẽ)\s+được\s", regex.IGNORECASE)  # "phải được bàn giao"
_GOAL_MIN_WORDS = 3  # a goal without a number before "và" has this many words or more
_PART_WORDS = 4  # how many words may name the part a joined milestone is of ("bến số 10")
_DUE_REACH = 30  # how far before an item's time its deadline word or milestone may stand
_BASE_REACH = 40  # how far before a time a comparison's word makes it a base ("so với mức …")
_WITH_WORD = regex.compile(
    r"(?<!\w)(?<!(?:so|cùng|đối|đương)\s+)với(?!\w)", regex.IGNORECASE
)  # "với giá …": a second goal's own words
_TIME_PREPOSITIONS = frozenset(("từ", "vào", "trong", "trước", "đến", "cuối", "đầu"))
_COPULA = regex.compile(r"(?<!\w)là(?!\w)", regex.IGNORECASE)  # "Mục tiêu là …": says what it is
_CLOSING_QUOTES = ('"', "”")  # a quotation's end: what follows is no longer its goal
_POINTER_END = regex.compile(r"\s+(?:sau|sau đây|như sau|dưới đây)\s*$", regex.IGNORECASE)
# the passive "được", then up to three words of who did it ("đã được cổ đông thông qua")
_PASSIVE_BY = regex.compile(r"được(?!\w)", regex.IGNORECASE)
_AGENT_WORDS = 3
_WORD_AT = regex.compile(r"\w+")
_OPENER_REACH = 10  # the most words between a list opener and its colon ("giao … các nhiệm vụ:")
_HEADING_REACH = 60  # how far after a count the colon of the list it announces may stand
_PLAN_NAME_REACH = 120  # how far before a goal, or before a period, a plan's name stands
_HEADING_END = re.compile(r"[:;,.!?\n]")  # the first mark after a count
_ITEM_TIMES = ("quarter", "month", "date")  # the times a roadmap's item opens with


# "nâng <what> lên" right before a figure: what it is raised to (rule raised_by_due).
_RAISED_TO = regex.compile(
    r"(?<!\w)nâng\s+(?:[^\W\d]\w*\s+){0,4}?lên\s+(?=\S*\d)", regex.IGNORECASE
)
# in or right after a figure, makes it the threshold of a group ("có doanh thu từ 1 tỷ
# đồng/năm trở lên": the amount may hold the words)
_THRESHOLD = regex.compile(r"(?<!\w)trở\s+(?:lên|xuống)(?!\w)", regex.IGNORECASE)
_THRESHOLD_REACH = 10  # how far after a figure "trở lên" may stand
_GROUP_REACH = 40  # how far before a threshold its "từ" and the word before it are looked for
_FROM_BEFORE = regex.compile(r"(?<!\w)từ\s+$", regex.IGNORECASE)
# a verb of a goal right before "từ": the figure is that goal's level, no group's threshold
_GOAL_VERB_BEFORE = regex.compile(
    r"(?<!\w)(?:đạt|tăng|giảm|trưởng|lên|mức|phấn\s+đấu)\s*$", regex.IGNORECASE
)
_REFERRED_BY = regex.compile(r"(?<!\w)theo\s+$", regex.IGNORECASE)  # "theo" right before a cue
# right before a count after a goal's figure: where the goal is reached, no goal of its own
_AT_WHERE = regex.compile(r"(?<!\w)(?:tại|ở)\s+$", regex.IGNORECASE)
_JOINED_GOAL = regex.compile(r",|(?<!\w)và(?!\w)", regex.IGNORECASE)  # a second goal joins
_WHERE_WORDS = 6  # the most words of the goal's noun and "tại" between a goal and its place
_PRICE_LEAD = regex.compile(r"[\s,]+(?:với\s+)?(?:mức\s+|đơn\s+)?giá", regex.IGNORECASE)
_PART_AFTER = regex.compile(r"\s*,\s*trong\s+đó\s+", regex.IGNORECASE)  # ", trong đó" alone
_QUOTE_CLOSE = regex.compile(r"[\"”]")  # where a quoted goal's speech closes
_FOR_WHOM = regex.compile(r"(?<!\w)cho\s+$")  # "cho" right before a count: whom a goal serves
_DOERS_JOINER = regex.compile(r"(?:,|hoặc(?!\w)|và(?!\w))")  # between the names of doers
# A few words, then "là" or ":" before a goal's aim ("cho ban huấn luyện là", "lớn của năm
# 2027:"): no comma, at most six words (rule aim_after_words).
_AIM_AFTER = regex.compile(r"(?:[^\W\d]\w*[ \t]+){0,5}?(?:[^\W\d]\w*|\d{4})?[ \t]*(?:là(?!\w)|:)")


class Finder(OwnPlans):
    """Finds the targets of one document."""

    def run(self, *, fill_owners: bool = True) -> list[Target]:
        """Walk the paragraphs and statements; return the targets found (with
        ``fill_owners``, a target whose statement names no owner takes the usual one)."""
        out: list[Target] = []
        ctx: Passage | None = None
        item_own = False  # the passage opened inside an item of a list (rule item_own_cue)
        self.paragraphs = self._paragraphs()
        for paragraph in self.paragraphs:
            item = BULLET.match(self.text, paragraph[0][0]) is not None
            if not item:
                item_own = False  # a heading between lists opens the next list anew
            if ctx is not None and (
                not (self._continues(paragraph) or self._continues_list(*paragraph[0]))
                or self._attributed(paragraph[0][0])  # rule attributed_paragraph
                or (item and item_own)
                or (not self._continues(paragraph) and self._new_actor(paragraph[0][0], ctx))
            ):
                self._close(ctx, out)
                ctx = None
            opened_here = ctx is None
            self.paragraph_start, self.paragraph_end = paragraph[0][0], paragraph[-1][1]
            for start, end in paragraph:
                ctx = self._statement(start, end, ctx, out)
            if opened_here:
                # rule item_own_cue: "- Trạm bơm …, dự kiến vận hành vào tháng 6/2027;" is
                # that item's plan; the next item ("- Cải tạo sông …, vốn 3.900 tỷ đồng")
                # does not inherit it
                item_own = item and ctx is not None
        if ctx is not None:
            out.extend(fill_deadlines(ctx.targets, self.text))
        planned = self._planned(out)
        out.extend(self._schedules(out))
        kept = []
        undated: set[int] = set()  # id() of the amounts of undated expectations
        goals = [g for g in out if g.deadline is not None or not self._needs_deadline(g.cue)]
        planned = [self._joined_due(t) if t.deadline is None else t for t in planned]
        # a dated plan figure dates the undated ones after it in its paragraph too ("Năm
        # 2027, UBND tỉnh trình HĐND dự toán thu … Tổng chi … dự kiến 40.120 tỷ đồng")
        goals += [t for t in planned if t.deadline is not None]
        for t in planned:  # "Dự kiến, doanh thu xuất khẩu tăng thêm 6,5 tỷ USD/năm": undated
            goal = self._paragraph_goal(t, goals) if t.deadline is None else None
            if goal is not None:
                t = t.model_copy(update={"deadline": goal.deadline})
                self.note("paragraph_plan", "kept", t.start, t.end)
                kept.append(t)
            elif (
                t.deadline is None
                and self._needs_deadline(t.cue)
                and not self._opens_plan(t)
                and not self._committed_plan(t)
                and not self._planned_level(t)
            ):
                if self._actor_expectation(t):
                    undated.add(id(t.amount))  # stays undated: no year of the article's reports
                    kept.append(t)
                elif self._planned_action_figure(t):
                    self.note("planned_action_figure", "kept", t.start, t.end)
                    kept.append(t)
                else:
                    self.note("undated_weak_cue", "dropped", t.start, t.end)
            else:
                kept.append(t)
        for t in out:
            if t.deadline is None and self._needs_deadline(t.cue):
                t = self._plan_period(t)
            if t.deadline is None and self._needs_deadline(t.cue) and not self._announced_item(t):
                self.note("undated_weak_cue", "dropped", t.start, t.end)
            else:
                kept.append(t)
        out = kept + [self._paragraph_due(t, kept) for t in self._own_actions(kept)]
        out += self._programmes(out)
        out += self._plans_beside_results(out)
        out += self._demands(out)
        out += self._scheduled_dates(out)
        out += self._moved_schedules(out)
        out += self._aspirations(out)
        out += self._raised_by_due(out)
        out += self._roadmap_items(out)
        out += self._future_milestones(out)
        out = [t for t in out if not self._heads_a_list(t)]
        out = self._plan_deadlines(out)
        out = [self._dated_plan(t) if t.deadline is None else t for t in out]
        out = [self._plan_period(t) if t.deadline is None else t for t in out]
        out = [self._due_later_in_sentence(t) if t.deadline is None else t for t in out]
        starts = sorted(t.start for t in out)
        out = [self._item_time(t, starts) for t in out]
        out = [self._event_deadline(t) for t in out]
        planned_ids = {id(t.amount) for t in planned} - undated
        out = [self._reported_year(t) if id(t.amount) in planned_ids else t for t in out]
        out = self._without_headline_repeats(out)
        out = self._without_vague_repeats(out)
        out = self._payout_schedules(out)
        if fill_owners:
            out = with_owners(out)
        return sorted(out, key=lambda t: (t.start, t.end, t.amount.start if t.amount else -1))

    def _new_actor(self, start: int, ctx: Passage) -> bool:
        """Rule ``new_actor_paragraph``: a paragraph that opens with another organisation
        than the passage's owner, described between commas ("Tập đoàn Hoàng Gia, cổ đông
        lớn nhất nắm 46,2% vốn …, cho biết sẽ …"), tells of that organisation; the goals of
        the paragraph before do not go on into it (a list after ":" or bullets still does,
        and so does a body named without an aside: "Công ty Lâm nghiệp X nhận trồng …")."""
        if ctx.owner is None:
            return False
        opening = skip_space(self.text, start)
        i = bisect_left(self.mention_starts, opening)
        if i == len(self.mentions) or self.mentions[i][0] != opening:
            return False
        _, written, name = self.mentions[i]
        after = skip_space(self.text, opening + len(written))
        return (
            name in self.org_names
            and self.text.startswith(",", after)
            and name not in ctx.owner
            and ctx.owner not in name
        )

    def _planned(self, found: list[Target]) -> list[Target]:
        """The goals the role stage calls plans that the goal passages missed.

        An amount after an actor's plan word in its sentence ("dự kiến tạm ứng cổ
        tức 35%", "được giao dự toán thu 12,5 nghìn tỷ đồng"), not a growth figure
        beside it ("tăng 15% so với năm 2024"), not in a past or forecast statement.
        """
        taken = {id(t.amount) for t in found if t.amount is not None}
        starts = [s for s, _ in self.sentences]
        out: list[Target] = []
        for a, (_, rule) in zip(
            self.amounts, explain_roles(self.doc, self.amounts, found), strict=True
        ):
            if rule == "plan_from_level" and id(a) not in taken:
                self.note("from_level", "dropped", a.start, a.end)  # the role stage's verdict
            if rule != "plan_cue" or id(a) in taken:
                continue
            k = bisect_right(starts, a.start) - 1
            if k < 0:
                continue
            start, end = self.sentences[k]
            why = self._not_a_plan(start, end)
            if why is not None:
                self.note(why, "dropped", a.start, a.end)
                continue
            clause = next(
                (c for c in self._clauses(start, end) if c.start <= a.start < c.end), None
            )
            if clause is None or a.end > clause.end:
                continue
            plan_word = plan_cue_before(self.doc, a)
            why = self._not_a_plan_figure(clause, a, plan_word, [*found, *out])
            if why is not None:
                self.note(why, "dropped", a.start, a.end)
                continue
            opening = start
            if k > 0 and goes_on(
                self.text, start
            ):  # "Trong đó, …": the plan of the sentence before
                opening = self.sentences[k - 1][0]
            deadline = self._plan_figure_deadline(Clause(opening, end), clause)
            clauses = self._clauses(start, end)
            self._enter_paragraph(start)
            owner = self._owner(start, end, [self._cues(c) for c in clauses], None)
            if self._opens_parts(clause) and self.lex.has(
                "past", self.text, clause.start, clause.end
            ):
                self.note("done_part", "dropped", a.start, a.end)
                continue  # "…, gồm 11 chiếc đã bàn giao": done, no part of a goal
            whole = self._whole_goal(clause, [*found, *out])
            if whole is not None:  # rule goal_parts: "… 20 tàu bay trong năm 2027, gồm 14 …"
                deadline, owner = whole.deadline, whole.owner or owner
            cues = [c for c in self._cues(Clause(start, end)) if c.end <= a.start]
            cue = cues[-1].text if cues else plan_word
            part = self._beside_result(clause, a)
            out.append(self._target(self._goal_span(part, a), a, deadline, owner, cue, part))
            self.note("plan_amount", "kept", out[-1].start, out[-1].end)
        return out

    def _opens_parts(self, clause: Clause) -> bool:
        """Whether a clause opens with a word that names parts of what came before ("gồm",
        "trong đó", "riêng": the cue kind aside_opening)."""
        at = skip_space(self.text, clause.start)
        return self.lex.starts_with("aside_opening", self.text, at) is not None

    def _whole_goal(self, clause: Clause, goals: list[Target]) -> Target | None:
        """Rule ``goal_parts``: the goal with a figure that a clause opening with "gồm" or
        "trong đó" right after it breaks into parts ("nhận thêm 20 tàu bay trong năm 2027,
        gồm 14 chiếc A321neo và 6 chiếc A330neo"): the parts are due when it is, unless
        the clause names a time of its own."""
        text = self.text
        if not self._opens_parts(clause) or self._times_in(clause):
            return None  # "…, trong đó riêng năm 2027 khoảng 100.000 căn": its own time
        return next(
            (
                g
                for g in reversed(goals)
                if g.amount is not None
                and g.end <= clause.start
                and not text[g.end : clause.start].strip(" ,")
            ),
            None,
        )

    def _due_of_goal(self, clause: Clause) -> bool:
        """Whether a clause only says when the goal before it is due: a milestone verb and a
        time, no object ("hoàn thành trước quý II/2027")."""
        text, lex = self.text, self.lex
        verb = lex.starts_with("milestone", text, clause.start)
        if verb is None:
            return False
        due = lex.starts_with("deadline", text, verb.end())
        at = due.end() if due is not None else verb.end()
        times = self._times_in(clause)
        return bool(times) and times[0].start == at and times[-1].end >= clause.end

    def _denominator(self, a: Amount) -> bool:
        """Rule ``denominator``: whether ``a`` is the denominator of the rate right before
        it, read as "more than" ("35 giường bệnh trên 10.000 dân")."""
        k = bisect_right(self.amount_starts, a.start - 1) - 1
        if k < 0:
            return False
        per = _PER.match(self.text, self.amounts[k].end)
        return per is not None and per.start(1) == a.start

    def _joined_due(self, t: Target) -> Target:
        """Rule ``joined_due``: a plan joined by "và sẽ" to a dated milestone before it in
        its sentence takes that time ("Nhà máy dự kiến vận hành quý IV/2027 và sẽ tuyển
        khoảng 6.000 lao động")."""
        text = self.text
        k = bisect_right(self.sentence_starts, t.start) - 1
        lo = max(self.sentences[k][0], t.start - WINDOW)
        head = [m for m in self.lex.find("split", text, lo, t.end) if m.start() < t.start]
        if not head or not head[-1].group().casefold().startswith("và"):
            return t
        times = self._times_in(Clause(self.sentences[k][0], head[-1].start()))
        if not times or times[-1].year is None or self._past(times[-1]):
            return t
        self.note("joined_due", "kept", t.start, t.end)
        return t.model_copy(update={"deadline": times[-1].year})

    def _event_deadline(self, t: Target) -> Target:
        """Rule ``event_deadline``: a goal set for a named event ("giành 90 HCV tại SEA Games
        34") that names no time of its own is due in the year the article gives the event
        ("SEA Games 34, diễn ra tại Malaysia vào tháng 11/2027")."""
        names = event_names(self.text, t.start, t.end)
        if not names or self._times_in(Clause(t.start, t.end)):
            return t
        if self.events is None:
            self.events = event_years(self.text, self.times)
        year = next((y for n in names if (y := self.events.get(n)) is not None), None)
        if year is None or year == t.deadline:
            return t
        self.note("event_deadline", "kept", t.start, t.end)
        return t.model_copy(update={"deadline": year})

    def _dated_plan(self, t: Target) -> Target:
        """Rule ``dated_plan``: a figure of a year's plan ("kế hoạch doanh thu 16.800 tỷ
        đồng") that names no time, in an article whose own day is known, is for the
        article's year."""
        if not self.dated or self.now is None or t.amount is None or t.cue is None:
            return t
        if self.lex.starts_with("year_plan", t.cue, 0) is None:
            return t
        self.note("dated_plan", "kept", t.start, t.end)
        return t.model_copy(update={"deadline": self.now})

    def _same_milestone(self, head: Target, body: Target) -> bool:
        """Whether a headline's schedule is the body's: its words from the milestone verb
        on are in the body's goal ("Cao tốc … dự kiến khởi công vào tháng 9" and "dự án
        sẽ khởi công vào tháng 9 năm nay")."""
        if head.amount is not None or body.amount is not None:
            return False
        verbs = self.lex.find_in("milestone", self.text, head.start, head.end)
        if not verbs:
            return False
        core = self.text[verbs[0].start() : head.end].casefold()
        if core in body.text.casefold():
            return True
        # the same milestone of the same object due the same year, its time worded otherwise
        # ("dự kiến vận hành từ quý II/2027" and "chính thức vận hành trong quý II/2027")
        if head.deadline is None or head.deadline != body.deadline:
            return False
        verb, thing = verbs[0].group().casefold(), self._milestone_object(verbs[0], head.end)
        return any(  # a headline may leave the object out ("dự kiến bàn giao quý III/2028"),
            # say less of it or name the milestone otherwise ("thông xe toàn tuyến trong năm
            # 2027" and "hoàn thành toàn tuyến, đưa vào khai thác trước ngày 31/12/2027")
            (not thing and m.group().casefold() == verb)
            or thing & self._milestone_object(m, body.end)
            for m in self.lex.find_in("milestone", self.text, body.start, body.end)
        )

    def _milestone_object(self, verb: regex.Match[str], limit: int) -> set[str]:
        """The words between a milestone verb and its time, or its goal's end (``limit``)
        ("khởi công cầu Trần Hưng Đạo trong năm 2026" → {"cầu", "trần", "hưng", "đạo"}),
        without the time's preposition."""
        end = min(limit, verb.end() + WINDOW)
        times = self._times_in(Clause(verb.end(), end))
        end = times[0].start if times else end
        return {w.casefold() for w in WORD.findall(self.text, verb.end(), end)} - _TIME_PREPOSITIONS

    def _without_headline_repeats(self, targets: list[Target]) -> list[Target]:
        """Drop a headline's goal that the body states again (same amount, same words, the
        same milestone and time, or the same written day)."""
        if len(self.paragraphs) < 2:
            return targets
        head_end = self.paragraphs[0][-1][1]
        body = [t for t in targets if t.start >= head_end]
        kept = []
        for t in targets:
            if t.end <= head_end and any(
                _same_goal(t, b) or self._same_milestone(t, b) or self._same_day(t, b) for b in body
            ):
                self.note("headline_repeat", "dropped", t.start, t.end)
                continue
            kept.append(t)
        return kept

    def _same_day(self, a: Target, b: Target) -> bool:
        """Whether two goals without a number are due on the same day or month, however
        written ("thông xe toàn tuyến trước 30/9/2027" in the headline and "hoàn thành toàn
        tuyến trước ngày 30/9/2027" in the body: rule ``headline_repeat``)."""
        if a.amount is not None or b.amount is not None:
            return False
        days = {_day_of(t) for t in self._times_in(Clause(a.start, a.end))} - {None}
        return any(_day_of(t) in days for t in self._times_in(Clause(b.start, b.end)))

    def _without_vague_repeats(self, targets: list[Target]) -> list[Target]:
        """Rule ``vague_repeat``: drop a goal without a number whose words another goal
        states with its number ("hoàn thành mục tiêu xuất khẩu" beside "hoàn thành
        mục tiêu xuất khẩu 17 tỷ USD trong năm nay")."""
        # one string of all numbered goals: a search per goal, whatever their number
        numbered = "\x00".join(t.text.casefold() for t in targets if t.amount is not None)
        kept = []
        for t in targets:
            words = t.text.casefold()
            if t.amount is None and words in numbered:
                self.note("vague_repeat", "dropped", t.start, t.end)
                continue
            kept.append(t)
        return kept

    def _rating(self, a: Amount) -> bool:
        """Rule ``rating``: a rating that equipment carries ("lưới điện 500 kV") is no goal."""
        return a.unit is not None and self.lex.is_all("rating_unit", a.unit)

    def _beside_result(self, clause: Clause, a: Amount) -> Clause:
        """The part of ``clause`` stating the plan figure ``a``: from its plan word when a
        result comes first ("bằng 81% chỉ tiêu doanh thu cả năm đề ra (1.250 tỷ đồng)" →
        from "chỉ tiêu"), from "với" after another figure, and up to the "và" or "với" of
        the figure after it.
        """
        text = self.text
        end = clause.end
        after = self._amounts_in(a.end, clause.end)
        if after:  # "… 50 triệu cổ phiếu cho nhà đầu tư chiến lược với giá …": a second figure's
            joined = self._joins_figure(a.end, after[0].start)
            end = joined.start() if joined is not None else end
        before = self._amounts_in(clause.start, a.start)
        if not before:
            return Clause(clause.start, end)
        with_word = _WITH_WORD.search(text, before[-1].end, a.start)
        if with_word is not None:
            return Clause(with_word.start(), end)  # "với giá không thấp hơn 12.000 đồng"
        words = self.lex.find("goal", text, before[-1].end, a.start)
        words = words or self.lex.find("weak", text, before[-1].end, a.start)
        return Clause(words[0].start() if words else clause.start, end)

    def _reported_year(self, t: Target) -> Target:
        """A plan figure that no year dates is for the year the article reports on
        ("Tổng kế hoạch vốn đầu tư công trên 3.580 tỷ đồng" in a report on 2021)."""
        if t.deadline is not None or self.reported is None or self._names_time(t):
            return t
        self.note("plan_of_the_reported_year", "kept", t.start, t.end)
        # the latest year reported before it: a plan the article turns to later ("Năm
        # 2027, thành phố dự kiến …") is not yet the year of a figure before it
        return t.model_copy(update={"deadline": self.reported_before(t.start)})

    def _opens_plan(self, t: Target) -> bool:
        """Whether an undated plan figure's sentence opens with its plan word ("Dự kiến, …")."""
        starts = [s for s, _ in self.sentences]
        k = bisect_right(starts, t.start) - 1
        return k >= 0 and self.lex.starts_with("weak", self.text, self.sentences[k][0]) is not None

    def _not_a_plan(self, start: int, end: int) -> str | None:
        """The rule that makes a plan word's statement state no plan, if any."""
        if self._forecast(start, end) or self._history(start, end):
            return "forecast_or_history"
        if self._attributed(start):
            return "attributed_estimate"  # "Theo Bộ Công Thương, …"
        if self._market_outlook(start, end):
            return "market_outlook"
        return None

    def _market_outlook(self, start: int, end: int) -> bool:
        """Rule ``market_outlook``: whether a statement without a goal word opens with a
        market's measure ("Giá thép sẽ tăng 5% trong năm 2026", "Lãi suất cho vay dự kiến
        giảm thêm 0,5 điểm phần trăm"): it says where a market goes, nobody's goal."""
        text, lex = self.text, self.lex
        m = lex.starts_with("market_subject", text, skip_space(text, start))
        if m is None or (" " not in m.group().strip() and opens_two_syllable_word(text, m.start())):
            return False  # "Giá trị hợp đồng ký mới dự kiến đạt …": a value, no price
        # no goal word, no actor named ("Giá cá tra phục hồi, Vĩnh Hoàn kỳ vọng …")
        return not lex.has("goal", text, start, end) and not self._mentions_in(start, end)

    def _past_before(self, start: int, end: int) -> bool:
        """Whether a past marker stands in ``[start, end)``, but for the "đã" of an approval
        or a revision (rule ``approved_plan``: "cổ đông đã chấp thuận điều chỉnh kế hoạch …
        lên 420 tỷ đồng", "UBND tỉnh đã phê duyệt kế hoạch trồng mới 5.000 ha", "HĐQT đã
        điều chỉnh kế hoạch sản xuất từ 900.000 tấn lên 950.000 tấn": the plan stands)."""
        text, lex = self.text, self.lex
        for m in lex.find("past", text, start, end):
            after = skip_space(text, m.end())
            approves = lex.starts_with("reporting", text, after) or lex.starts_with(
                "revision", text, after
            )  # "HĐQT đã điều chỉnh kế hoạch … lên 950.000 tấn": the revised plan stands
            if text[m.start() : m.end()].casefold() != "đã" or approves is None:
                return True
        return False

    def _level_before(self, a: Amount) -> bool:
        """Whether a comparison at ``a`` reports or restates: a figure stands before it in
        its sentence ("… 15.200 tỷ đồng, tăng 7,5% so với năm 2025"), or no deadline does
        ("chi phí cũng tăng 8% so với năm trước"). Alone after a deadline the comparison is
        the goal ("yêu cầu đến năm 2028 … giảm ít nhất 20% số trường so với năm 2025")."""
        k = bisect_right(self.sentence_starts, a.start) - 1
        start = self.sentences[k][0] if k >= 0 else 0
        if self._amounts_in(start, a.start):
            return True
        return not any(
            self.lex.ends_with("deadline", self._before_year(t))
            for t in self._times_in(Clause(start, a.start))
        )

    def _spec_figure(self, a: Amount) -> bool:
        """Whether a property word stands right before ``a`` in its clause ("có tổng vốn đầu
        tư 7.000 tỷ đồng", "quy mô 500 giường"), or its unit is a size ("ký túc xá 15
        tầng"): a figure of what a thing is."""
        text, lex = self.text, self.lex
        if is_size_unit(a.unit):
            return True
        k = bisect_right(self.sentence_starts, a.start) - 1
        clause = next(
            (c for c in self._clauses(*self.sentences[k]) if c.start <= a.start < c.end), None
        )
        start = clause.start if clause is not None else a.start
        before = text[start : a.start]
        # the figure after "lên" is the level raised to: a goal, not what the thing is
        return any(
            lex.has(kind, before) for kind in ("spec_head", "cost", "attribute")
        ) and not _RAISED_TO.search(text, start, a.end)

    def _opens_line(self, pos: int) -> bool:
        """Whether only a bullet, or a statement's end, stands before ``pos`` on its line."""
        text = self.text
        line = text.rfind("\n", 0, pos) + 1
        bullet = BULLET.match(text, line)
        lead = text[bullet.end() if bullet is not None else line : pos]
        return not lead.strip() or lead.rstrip().endswith((".", "!", "?"))

    def _project_spec(self, clause: Clause, a: Amount) -> bool:
        """Rule ``project_spec``: a clause of only a property and its figure ("quy mô 500
        giường", "tổng vốn đầu tư khoảng 2.100 tỷ đồng") right after a name or another such
        clause states what the named thing is, no goal ("Bệnh viện Tâm Anh Hải Phòng, quy
        mô 500 giường, …, dự kiến khai trương trong quý III/2027")."""
        text, lex = self.text, self.lex
        if not lex.is_all("spec_head", text[clause.start : a.start].strip()):
            return False
        rest = Clause(a.end, clause.end)
        if text[a.end : clause.end].strip(" .;") and (self._times_in(rest) or self._cues(rest)):
            return False  # a time or a cue after the figure: "công suất 300 MW vào năm 2030";
            # not the words of its unit: "công suất 10.000 tấn thành phẩm/năm"
        k = bisect_right(self.sentence_starts, clause.start) - 1
        before = [c for c in self._clauses(*self.sentences[k]) if c.end <= clause.start]
        if not before:
            return False
        prev = before[-1]
        words = WORD.findall(text, prev.start, prev.end)
        if (
            self._opens_line(prev.start)  # the name opens the statement or the item
            and words
            and (
                words[-1][:1].isupper()
                or (words[-1].isdigit() and not self._times_in(prev))  # "KCN … giai đoạn 1"
                # a thing named by common nouns, no time: "Nhà máy chế biến thứ năm của
                # công ty, công suất 10.000 tấn/năm, …"
                or (words[0][:1].isupper() and not self._times_in(prev))
            )
            and not self._amounts_in(prev.start, prev.end)
            and not self._cues(prev)
        ):
            return True  # "Bệnh viện Đa khoa Tâm Anh Hải Phòng, quy mô …"; not "… đặt mục
            # tiêu thu hút 20 dự án vào Khu công nghệ cao Hòa Lạc, tổng vốn đầu tư 2 tỷ USD"
        figures = self._amounts_in(prev.start, prev.end)
        return bool(figures) and lex.is_all(
            "spec_head", text[prev.start : figures[0].start].strip()
        )

    def _not_a_plan_figure(
        self, clause: Clause, a: Amount, plan_word: str | None, goals: list[Target]
    ) -> str | None:
        """The rule that makes an amount after a plan word no plan figure, if any."""
        text, lex = self.text, self.lex
        if self._counts_goals(a):
            return "count_of_goals"  # "đề ra 23 chỉ tiêu"
        if self._denominator(a):
            return "denominator"  # "35 giường bệnh trên 10.000 dân"
        if self._states_cost(clause, a):
            return "plan_cost"  # "kinh phí thực hiện đề án dự kiến 5.000 tỷ đồng"
        if lex.has("compare", text, clause.start, clause.end) and self._level_before(a):
            return "compared_result"  # "…đạt 15.200 tỷ đồng, tăng 15% so với năm 2024"
        if self._past_before(clause.start, a.start):
            return "past_result"
        if self._project_spec(clause, a):
            return "project_spec"  # "Bệnh viện …, quy mô 500 giường, …": what it is
        before = self._amounts_in(clause.start, a.start)
        if a.kind == "count" and before and self._where_of(before[-1], a):
            return "where_of_goal"  # "trồng mới 2.500 ha rừng tại 4 huyện": where
        if self._group_threshold(a):
            return "group_threshold"  # "100% doanh nghiệp có từ 50 lao động trở lên …"
        if self._part_of_spec(a, goals):
            return "part_of_spec"  # "với kinh phí 18 tỷ đồng, trong đó 60% huy động từ …"
        if lex.is_all("from_level", text[clause.start : a.start].strip()):
            return "from_level"  # "…lên 45%, từ mức 35% hiện nay": where the goal starts
        if plan_word == "sẽ":
            return "outcome_with_se"  # "sẽ nhận khoảng 346 tỷ đồng": an outcome
        if lex.has("attribute", text, clause.start, a.start):
            return "title_or_attribute"  # "chia làm hai đợt", "với tổng vốn …"
        if lex.has("reason", text, clause.start, a.start):
            return "reason_clause"
        if self._restates(clause, a, goals, []):
            return "restated_growth"  # "…1.000 tỷ đồng, tăng 8%"
        if self._from_level(clause, a):
            return "from_level"  # "từ 3.858 tỷ đồng lên …"
        if self._change_before_level(clause, a):
            return "change_before_level"  # "tăng 7% lên 16.029 tỷ đồng"
        if self._change_before_from_to(clause, a):
            return "planned_change_level"  # "tăng 16%, từ 3.858 tỷ đồng lên …"
        return None

    def _statement(
        self, start: int, end: int, ctx: Passage | None, out: list[Target]
    ) -> Passage | None:
        """Find the targets of one statement; return the passage context after it."""
        text, lex = self.text, self.lex
        if ctx is None and not self._may_state_goals(start, end):
            return None  # most statements: nothing below could find a goal in them
        if self._forecast(start, end) or self._history(start, end):
            self.note("forecast_or_history", "dropped", start, end)
            self._close(ctx, out)
            return None
        clauses = self._clauses(start, end)
        if not clauses:
            return ctx  # an empty item ("- "): nothing to read, the passage goes on
        cues = [self._cues(c, passage=ctx is not None) for c in clauses]
        if ctx is None and any(c.strong for cs in cues for c in cs):
            cues = [self._cues(c) for c in clauses]  # a goal statement: "sẽ" counts too
        if ctx is not None and self._market_outlook(start, end):
            self.note("market_outlook", "dropped", start, end)
            self._close(ctx, out)
            return None
        if (
            ctx is not None
            and lex.starts_with("now_opener", text, opening := skip_space(text, start))
            and not lex.starts_with("not_now", text, opening)
            and not any(c.strong for cs in cues for c in cs)
        ):
            # rule now_statement: "Hiện tổng công suất … đạt khoảng 410.000 m3/ngày đêm"
            # after a goal says how things stand now, no goal of the passage
            self.note("now_statement", "dropped", start, end)
            self._close(ctx, out)
            return None
        bullet = BULLET.match(text, start)
        listed = bullet is not None  # "- Tỷ lệ hộ nghèo giảm 1,5%."
        if (
            ctx is not None
            and bullet is not None
            and lex.starts_with("decision_verb", text, skip_space(text, bullet.end())) is not None
        ):
            # rule meeting_decision: "- Bầu 5 thành viên HĐQT nhiệm kỳ 2026-2031" in a list of
            # what a meeting approved is decided there and then, no goal; the list goes on
            self.note("meeting_decision", "dropped", start, end)
            return ctx
        if (
            ctx is not None
            and not any(cues)
            and (
                self._listed_report(start, end, ctx, bullet)
                if listed
                else not self._continues_list(start, end)
            )
        ):
            self.note("passage_ends", "dropped", start, end)
            self._close(ctx, out)
            # read on its own: it may open a list of its own ("Thành phố cũng chỉ đạo:")
            return self._statement(start, end, None, out)
        for i in range(1, len(clauses)):
            tail = self._title_tail(clauses[i - 1], clauses[i], cues[i])
            if tail is not None:  # "Quy hoạch … thời kỳ 2021-2030, tầm nhìn đến năm 2050"
                cues[i] = [c for c in cues[i] if c.start >= tail]
        scope = self._scope(clauses, cues, ctx)
        if scope is None:
            self._close(ctx, out)
            opener = self._announced_list(start, end, clauses[-1]) if clauses else None
            if opener is not None:  # "Theo đề án, thành phố sẽ:" and a list of actions
                self.note("announced_list", "kept", start, end)
                # "… sẽ khai thác thêm 6 đường bay trong dịp cuối năm. Cụ thể:": the plan
                # the list details says when
                detailed = self._detailed_head(start)
                if detailed is not None:
                    clauses = self._clauses(*detailed)
                due = next((d for c in reversed(clauses) if (d := self._deadline(c))), None)
                return Passage(due, self._owner(start, end, cues, None), opener, announced=True)
            return None
        first, lenient, cue_text = scope
        if not lenient and self._attributed(start):
            self.note("attributed_estimate", "dropped", start, end)
            return None  # "Theo Bộ Công Thương, xuất khẩu dự kiến đạt …": someone's estimate
        deadline = ctx.deadline if ctx is not None else None
        if deadline is None and self.goal_year is not None:
            frame_start, frame_year = self.goal_year
            if frame_start == self.paragraph_start:
                deadline = frame_year  # rule goal_year_frame
        if deadline is not None and lex.has("horizon", text, clauses[0].start, clauses[0].end):
            self.note("new_horizon", "dropped", clauses[0].start, clauses[0].end)
            deadline = None  # "Trong giai đoạn mới, …": no longer the passage's year
        owner = self._owner(start, end, cues, ctx)
        found: list[Target] = []
        open_goal: int | None = None  # index in found of a goal without amount being extended
        reporting = False  # after "Năm 2024, …" inside a list of goals for 2030: a report
        contrasted = False  # after "…, nhưng …": how things stand, until a cue
        last_goal = -2  # index of the last clause that gave a quantified goal
        # rule listed_task: an item of a goal list opening with an action verb is cued
        # by the list ("- nâng thu nhập lên 2,5 lần so với năm 2020")
        cued = ctx is not None and bullet is not None and self._task_at(bullet.end())
        # rule due_compared_goal: in a goal passage, "Đến năm 2030, …" cues its statement
        cued = cued or (ctx is not None and self._opens_with_due(start, end))
        pending: int | None = None  # start of "mục tiêu đến năm 2030," whose goal follows
        reason = next(iter(lex.find("reason", text, start, end)), None)
        restore: int | None = None  # the statement's deadline after a clause's own start year
        for i, clause in enumerate(clauses):
            if restore is not None:
                deadline, restore = restore, None
            if reason is not None and clause.end > reason.start():
                self.note("reason_clause", "dropped", clause.start, clause.end)
                continue  # "…thụt lùi là do giá nguyên liệu tăng, thuế tăng 5%": reasons
            own = self._deadline(clause)
            if own is not None and deadline is not None and self._whole_year_only(clause):
                own = None  # "cả năm" in a plan of a later year is that year's whole
            started = None
            if own is None and deadline is not None:
                # rule item_starts_from: a goal of a passage dated later that starts at a
                # year to come is due then ("Mục tiêu đến năm 2030: … - 100% xe buýt mới
                # dùng điện từ năm 2027"), no earlier year's report
                started = own = self._start_year(clause)
                if started is not None:
                    restore = deadline  # the clauses after it keep the statement's
            strong = any(c.strong for c in cues[i])
            cued = cued or (strong and i >= first)  # a goal cue so far in this statement
            if i >= first and cues[i]:
                strongest = [c for c in cues[i] if c.strong] or cues[i]
                cue_text = strongest[-1].text  # "cam kết … sẽ phủ sóng": the goal cue counts
            earlier = (
                own is not None
                and deadline is not None
                and own < deadline
                and not self._payout_year(clause)
                # a time to come the goal starts at is no earlier year's report
                and started is None
                and not any(self._starts_later(t) for t in self._times_in(clause))
            )
            # "Năm 2027, IDICO đặt mục tiêu …": a year alone before a goal cue opens goals
            opens_goals = (
                i + 1 < len(clauses)
                and any(c.strong for c in cues[i + 1])
                and self._time_only(clause)
            )
            if earlier and not strong and not opens_goals and not self._has_deadline_word(clause):
                self.note("earlier_year_report", "dropped", clause.start, clause.end)
                reporting, open_goal = True, None
                continue
            if reporting and not cues[i] and own is None:
                continue
            reporting = False
            before_own = deadline  # the statement's deadline before this clause names its own
            if own is not None:
                deadline = own
            if i < first:
                continue
            if cues[i]:
                contrasted = False
            elif i > first and (contrasted or lex.starts_with("contrast", text, clause.start)):
                contrasted = True
                # rule contrast_clause: "…, nhưng đến hết tháng 10 mới hoàn thành 50.000
                # căn": after a goal, a clause opened by a contrast reports how things stand
                self.note("contrast_clause", "dropped", clause.start, clause.end)
                open_goal = None
                continue
            # rule inline_items: "…đặt ra ba nhiệm vụ cho năm 2027: giảm …; 100% hộ kinh
            # doanh …; thu hồi …": an item after ";" of a list a goal opened after ":"
            inline_item = (
                last_goal >= 0
                and ";" in text[clauses[i - 1].end : clause.start]
                and ":" in text[clauses[first].start : clause.start]
            )
            if not lenient and not inline_item and not self._due_after_cue(clause, cues[i]):
                if self._amounts_in(clause.start, clause.end):
                    self.note("weak_cue_without_deadline", "dropped", clause.start, clause.end)
                open_goal = None
                continue
            waiting, pending = pending, None  # a deadline alone in the clause before
            after = cues[i][-1].end if cues[i] else clause.start
            # in an item of a list only its first words say it reports ("- đã hoàn thành …");
            # a past word further on qualifies a noun ("- Cải tạo các trạm đã xuống cấp")
            past_end = clause.end if i else self._opening_end(clause.start, clause.end, bullet)
            if lex.has("past", text, after, past_end) and not (
                cued and self._estimated_goal(clause, after, own)
            ):
                self.note("past_result", "dropped", clause.start, clause.end)
                open_goal = None
                continue
            figures = self._amounts_in(clause.start, clause.end)
            if len(figures) == 1 and self._project_spec(clause, figures[0]):
                self.note("project_spec", "dropped", clause.start, clause.end)
                open_goal = None
                continue
            amounts = self._goal_amounts(clause, after, strong, cued, last_goal == i - 1)
            done = {
                id(a)
                for a in amounts
                if a.end <= after and lex.has("past", text, clause.start, a.start)
            }
            for a in amounts:  # rule past_before_cue: "ban đã phạt hai nhà thầu … và cam kết …"
                if id(a) in done:
                    self.note("past_before_cue", "dropped", a.start, a.end)
            amounts = [a for a in amounts if id(a) not in done]
            if amounts:
                last_goal = i
                open_goal = None
                spans = [self._amount_clause(clause, amounts, k) for k in range(len(amounts))]
                dues = self._part_deadlines(spans, deadline, before_own, start)
                for k, amount in enumerate(amounts):
                    span = self._before_deal_price(spans[k], amount)
                    if (
                        k == 0
                        and i > first
                        and self._noun_list(clauses[i - 1], cues[i - 1], span, amount, i == 1)
                    ):
                        span = Clause(clauses[i - 1].start, span.end)
                    lead = (
                        self._goal_before_figure(Clause(max(span.start, after), span.end), amount)
                        if k == 0
                        else None
                    )
                    if lead is not None:
                        # rule goal_then_figure: "cam kết không để xảy ra sự cố nghiêm trọng
                        # và giảm ít nhất 30% số vụ tai nạn": a goal without a number first
                        found.append(self._target(lead[0], None, dues[k], owner, cue_text))
                        self.note("goal_then_figure", "kept", found[-1].start, found[-1].end)
                        span = lead[1]
                    found.append(
                        self._target(
                            self._goal_span(span, amount), amount, dues[k], owner, cue_text, span
                        )
                    )
                    self.note("goal_amount", "kept", found[-1].start, found[-1].end)
                joined = self._joined_action(Clause(found[-1].start, found[-1].end), amounts[-1])
                if joined is not None:
                    head = Clause(found[-1].start, joined[0])
                    found[-1] = self._target(head, amounts[-1], dues[-1], owner, cue_text, head)
                    due = joined[2] if joined[2] is not None else dues[-1]
                    found.append(self._target(joined[1], None, due, owner, cue_text))
                    self.note("joined_action_goal", "kept", found[-1].start, found[-1].end)
                if before_own is not None and self._item_own_deadline(clause, amounts[-1]):
                    deadline = before_own
                continue
            if waiting is not None and self._extends(clause, cues[i]):
                found.append(
                    self._target(Clause(waiting, clause.end), None, deadline, owner, cue_text)
                )
                self.note("goal_after_deadline", "kept", found[-1].start, found[-1].end)
                open_goal = len(found) - 1
                continue
            if (
                open_goal is not None
                and self._due_of_goal(clause)
                and not self._times_in(Clause(found[open_goal].start, found[open_goal].end))
            ):
                # rule due_of_goal: "rà soát quy hoạch …, hoàn thành trước quý II/2027"; a
                # goal with a time of its own ("khởi công trong quý II/2027, đốt lò vào cuối
                # năm 2028") is followed by a milestone of its own
                prev = found[open_goal]
                due = self._deadline(clause) or prev.deadline
                found[open_goal] = self._target(
                    Clause(prev.start, clause.end), prev.amount, due, owner, prev.cue
                )
                self.note("due_of_goal", "kept", clause.start, clause.end)
                continue
            if open_goal is not None and self._lists_goal(clause, cues[i]):
                found.append(self._target(clause, None, deadline, owner, cue_text))
                self.note("listed_goal", "kept", found[-1].start, found[-1].end)
                open_goal = len(found) - 1
                continue
            if (
                (open_goal is not None or (listed and i == 0))
                and not cues[i]
                and (
                    self._acts(clause.start)
                    or (
                        i == 0
                        and bullet is not None
                        and (
                            (
                                self._announced(ctx)
                                and not self._time_only(clause)
                                # "- Tỷ lệ năng lượng tái tạo, không kể thủy điện, chiếm
                                # 28-36%": the item's figure makes its goal, not its head
                                and not self._amounts_in(clause.end, end)
                            )
                            or self._task_at(bullet.end())
                        )
                    )
                )
            ):  # rule listed_action: "- Nâng cao chất lượng …" in a list of goals; its
                # figure, if it has one ("- Thu nhập năm 2030 gấp 1,5 lần năm 2025")
                held = self._amounts_in(clause.start, clause.end)
                found.append(
                    self._target(clause, held[0] if held else None, deadline, owner, cue_text)
                )
                self.note("listed_action", "kept", clause.start, clause.end)
                open_goal = len(found) - 1
                continue
            if last_goal == i - 1 and self._action_item(clause, cues[i]):
                found.append(self._target(clause, None, deadline, owner, cue_text))
                self.note("action_after_figures", "kept", clause.start, clause.end)
                open_goal = len(found) - 1
                continue
            if open_goal is not None and self._extends(clause, cues[i]):
                prev = found[open_goal]
                found[open_goal] = self._target(
                    Clause(prev.start, clause.end), None, prev.deadline, owner, prev.cue
                )
                continue
            if open_goal is not None and self._next_item(clause, cues[i]):
                found.append(self._target(clause, None, deadline, owner, cue_text))
                self.note("listed_goal_item", "kept", found[-1].start, found[-1].end)
                open_goal = len(found) - 1
                continue
            open_goal = None
            led = self._deadline_led(clause) or self._due_plan(clause, cues[i])
            aims = [] if led is not None else self._aims(clause, cues[i])
            if led is not None:
                subject = self._passive_subject(clauses, i, led) if i > 0 else None
                if subject is not None and all(t.amount is not subject[1] for t in found):
                    # rule passive_subject: "- 8 cẩu giàn STS mới, trị giá …, phải được nhà
                    # thầu bàn giao trước ngày 31/12/2027": the figure the demand is about
                    span = Clause(subject[0], led.end)
                    named = Clause(subject[0], clauses[0].end)  # its metric: the count's noun
                    found.append(self._target(span, subject[1], deadline, owner, cue_text, named))
                    self.note("passive_subject", "kept", span.start, span.end)
                    open_goal = len(found) - 1
                    continue
                parts = self._milestone_parts(led)
                for part in parts:
                    due = deadline if len(parts) == 1 else (self._deadline(part) or deadline)
                    found.append(self._target(part, None, due, owner, cue_text))
                    self.note("goal_without_number", "kept", found[-1].start, found[-1].end)
                open_goal = len(found) - 1
            elif aims:
                for aim in aims:  # its own time, else the statement's ("Năm 2026, … đặt
                    # mục tiêu vượt qua vòng bảng Asian Cup")
                    due = self._deadline(aim) or deadline
                    found.append(self._target(aim, None, due, owner, cue_text))
                    self.note("aim_without_number", "kept", aim.start, aim.end)
                open_goal = len(found) - 1
            else:
                pending = self._bare_deadline(clause, cues[i])
        colon = text[start:end].rstrip().endswith(":")
        if (
            colon
            and not found
            and (
                # "phấn đấu … trong 6 tháng:" sets goals; "các chỉ tiêu … 9 tháng:" names them
                (
                    not any(
                        c.strong and not self.lex.is_all("plan_document", c.text)
                        for cs in cues
                        for c in cs
                    )
                    and _REPORTED_SPAN.search(text, start, end) is not None
                )
                # "Kết quả thực hiện kế hoạch năm 2025 …:" reports on the plan
                or lex.starts_with("closer_void", text, skip_space(text, start)) is not None
            )
        ):
            self.note("reported_list", "dropped", start, end)
            self._close(ctx, out)
            return None  # "Một số chỉ tiêu sản xuất, kinh doanh chính trong 9 tháng:"
        announced = colon and self._announced_list(start, end, clauses[-1]) is not None
        listing = colon and (announced or any(c.strong for cs in cues for c in cs))
        if not found and not listing and not (listed and ctx is not None):
            self._close(ctx, out)
            # rule goal_year_frame: "Mục tiêu chính của năm 2027 là SEA Games 34." names the
            # year of the goals its paragraph goes on to state
            if any(c.strong for cs in cues for c in cs):
                year = next((d for c in clauses if (d := self._deadline(c))), None)
                if year is not None and (self.day is None or year >= self.day):
                    self.goal_year = (self.paragraph_start, year)
            return None  # (a bullet of a list that gave no goal keeps the list open)
        # an item's own dates are no deadline of the list's items after it
        in_list = listed and ctx is not None and ctx.announced
        if found and not in_list:
            deadline = found[-1].deadline
        elif announced:  # "Trong năm học 2026-2027, ngành đề ra các chỉ tiêu:": the list's year
            # the latest, but a vision's ("đến năm 2030, tầm nhìn đến năm 2045": 2030)
            opened: list[int] = []
            for c in clauses:
                due = self._deadline(c)
                vision = self.lex.starts_with("title_tail", text, skip_space(text, c.start))
                if due is not None and vision is None:
                    opened.append(due)
            if opened:
                deadline = max(opened)
        if ctx is None:
            ctx = Passage(deadline, owner, cue_text)
        ctx.deadline = ctx.deadline if in_list else deadline
        if self._item_actor(start) is None:
            ctx.owner = owner  # an item's own actor (rule item_actor) owns only its item
        ctx.cue = cue_text
        ctx.announced = ctx.announced or announced
        ctx.targets.extend(found)
        return ctx

    def _part_deadlines(
        self,
        parts: list[Clause],
        deadline: int | None,
        before_own: int | None,
        statement_start: int,
    ) -> list[int | None]:
        """The deadline of each goal of one clause (rule ``own_part_deadline``).

        Where the parts name different times ("8% trong năm 2026 và hai con số trong
        giai đoạn 2026-2030"), each keeps its own, and a part naming none keeps the
        statement's deadline from before the clause ("Đến năm 2030, … 500 doanh
        nghiệp và 20.000 kỹ sư vào năm 2035"); when the statement names no time before
        the clause, such a part shares the time of the clause ("nâng thị phần lên 8% vào
        năm 2028 và trở thành một trong ba công ty …": 2028, not the passage's year); a
        part after one that names its time before its figure shares that time.
        """
        dues = [self._stated_due(p) for p in parts] if len(parts) > 1 else [None]
        if all(d is None for d in dues):
            return [deadline] * len(parts)
        stated_before = bool(self._times_in(Clause(statement_start, parts[0].start)))
        fallback = before_own if before_own is not None and stated_before else deadline
        out: list[int | None] = []
        for k, due in enumerate(dues):  # a part after one that opens with its time shares
            # that time ("đến năm 2030 tỉnh sẽ phát triển 27 KCN với tổng diện tích …"); after
            # one dated at its end ("… 45% vào năm 2027 và …") it keeps the statement's
            if due is None and k and out[-1] is not None and self._dated_first(parts[k - 1]):
                due = out[-1]
            out.append(fallback if due is None else due)
        return out

    def _dated_first(self, part: Clause) -> bool:
        """Whether ``part`` names its time before its first figure."""
        times, figures = self._times_in(part), self._amounts_in(part.start, part.end)
        return bool(times and figures) and times[0].start < figures[0].start

    def _close(self, ctx: Passage | None, out: list[Target]) -> None:
        """End a goal passage: its targets go to ``out``."""
        if ctx is not None:
            out.extend(fill_deadlines(ctx.targets, self.text))

    def _paragraph_due(self, t: Target, goals: list[Target]) -> Target:
        """Rule ``paragraph_due``: an undated plan of its own ("VPF cũng sẽ áp dụng công nghệ
        VAR …") goes on with the dated goal before it in its paragraph ("Mục tiêu của chúng
        tôi ở mùa giải 2026-2027 là …") and takes its deadline."""
        if t.deadline is not None:
            return t
        paragraph = self._paragraph_of(t.start)
        if paragraph is None:
            return t
        before = [
            g
            for g in goals
            if paragraph[0][0] <= g.start
            and g.end <= t.start
            and g.deadline
            and (t.owner is None or g.owner is None or g.owner == t.owner)  # one actor's
        ]
        if not before:
            return t
        self.note("paragraph_due", "kept", t.start, t.end)
        return t.model_copy(update={"deadline": max(before, key=lambda g: g.start).deadline})

    def _may_state_goals(self, start: int, end: int) -> bool:
        """Whether a statement outside a goal passage may state goals: it holds a cue
        phrase, a time ("Đến năm 2030, …" opens goals without a cue) or ends with ":" (it
        may announce a list). A shortcut, read from the article's cue scan: a statement
        without any of them has no scope (``_scope``) and announces nothing."""
        text, lex = self.text, self.lex
        return (
            bool(self._times_in(Clause(start, end)))
            or text[start:end].rstrip().endswith(":")
            or any(lex.find_in(kind, text, start, end) for kind in ("goal", "weak"))
        )

    def _scope(
        self, clauses: list[Clause], cues: list[list[Cue]], ctx: Passage | None
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
            if self._planned_actions(clause, cues[i]):
                return i, True, cues[i][0].text
        return None

    def _listed_report(
        self, start: int, end: int, ctx: Passage, item: regex.Match[str] | None
    ) -> bool:
        """Whether an item of a list in a goal passage (``item``: its bullet) reports results.

        Rule ``listed_action_due``: an item of a list of demands or plans ("Bộ yêu cầu:",
        "thành phố sẽ:"), or one opening with a task, keeps its date as a deadline ("-
        hoàn thành phần thô nhà ga trong quý IV/2025;"), unless a past marker says it is
        done ("- đã hoàn thành …").
        """
        text = self.text
        if not self._reports(start, end):
            return False
        if self.lex.has("past", text, start, self._opening_end(start, end, item)):
            return True  # "- đã hoàn thành …"; not "- Cải tạo 1.150 trường đã xuống cấp"
        return not self._announced(ctx) and (item is None or not self._task_at(item.end()))

    def _opening_end(self, start: int, end: int, item: regex.Match[str] | None) -> int:
        """Where the first words of an item (``item``: its bullet) end: a past marker there
        says what the item did; one further on qualifies a noun ("trường đã xuống cấp")."""
        if item is None:
            return end
        words = list(WORD.finditer(self.text, item.end(), end))
        return words[_ITEM_OPENING - 1].end() if len(words) >= _ITEM_OPENING else end

    def _opens_with_due(self, start: int, end: int) -> bool:
        """Whether a statement opens with a deadline of its own, alone in its first clause
        and not past ("Đến năm 2030, …", "Đến hết năm 2027, …")."""
        clauses = self._clauses(start, end)
        if len(clauses) < 2:
            return False
        opening = self._deadline_opening(clauses[0], "deadline_lead", after_cues=False)
        return (
            opening is not None
            and opening[2].end >= clauses[0].end  # the time closes the clause
            and not self._past(opening[2])
        )

    def _time_only(self, clause: Clause) -> bool:
        """Whether a clause is a time and its preposition only ("Từ năm 2025")."""
        times = self._times_in(clause)
        return (
            bool(times)
            and len(WORD.findall(self.text, clause.start, times[0].start)) <= 1
            and (times[-1].end >= clause.end)
        )

    def _announced(self, ctx: Passage | None) -> bool:
        """Whether a goal passage is an announced list (rule ``announced_list``)."""
        return ctx is not None and (
            ctx.announced or (ctx.cue is not None and self.lex.is_all("list_opener", ctx.cue))
        )

    def _task_at(self, pos: int) -> bool:
        """Rule ``task_item``: whether the text at ``pos`` opens a task: an action or a
        milestone verb, maybe after the body that carries it out and a time ("UBND tỉnh
        Gia Lai hoàn thành bàn giao mặt bằng …", "các nhà thầu trong quý IV huy động
        thêm …", "thông xe kỹ thuật đoạn …")."""
        text, lex = self.text, self.lex
        pos = skip_space(text, pos)
        body = self._body_end(pos)
        if body is not None:
            pos = skip_space(text, body)
        due = lex.starts_with("deadline", text, pos)  # "trong quý IV/2026"
        at = skip_space(text, due.end()) if due is not None else pos
        time = next((t for t in self._times_in(Clause(at, at + WINDOW)) if t.start == at), None)
        if time is not None:
            pos = skip_space(text, time.end)
        lead = lex.starts_with("demand_lead", text, pos)
        if lead is not None:
            pos = lead.end()
        return self._acts(pos) or lex.starts_with("milestone", text, pos) is not None

    def _first_item_to_come(self, pos: int) -> bool:
        """Whether the first item after a timeline's heading (ending at ``pos``) names a time
        still to come ("- Quý III/2027: hoàn thành …"); not a history ("- Năm 1976: thành
        lập …") nor a route ("- Lượt đi: …")."""
        text = self.text
        item = skip_space(text, pos)
        line_end = text.find("\n", item)
        line = Clause(item, line_end if line_end > 0 else len(text))
        times = [t for t in self._times_in(line) if t.year is not None]
        return bool(times) and self._not_past(times[:1])

    def _announced_list(self, start: int, end: int, last: Clause) -> str | None:
        """Rule ``announced_list``: the cue of a statement that announces a list of goals.

        The statement ends with ":" (``last`` is its last clause) and holds a list opener
        at most ten words before the colon ("Theo đề án, thành phố sẽ:", "Bộ Xây dựng yêu cầu
        chủ đầu tư:", "Kế hoạch nêu các nhiệm vụ trọng tâm:") or a list closer right before it
        ("bệnh viện dự kiến:", "với các chỉ tiêu chủ yếu:") and no word of the past ("đã",
        "năm qua"); a list of planned or required actions follows, one goal per item.
        """
        text = self.text
        if not text[start:end].rstrip().endswith(":"):
            return None
        detailed = self._detailed_head(start)
        if detailed is not None:
            return self._detailed_plan(*detailed)
        past = self.lex.find("past", text, start, end)
        if any(not self._sets(m) for m in past):
            return None  # "Năm qua, tỉnh đã triển khai các giải pháp:" lists what was done
        openers = self._list_openers(start, last.end)
        if (
            openers
            and len(text[openers[-1].end() : last.end].split()) <= _OPENER_REACH
            # "Lịch thi đấu dự kiến:" is a schedule, not a plan
            and self.lex.ends_with("not_planner", text[start : openers[-1].start()]) is None
            and self._not_past(self._times_in(Clause(start, end)))
        ):
            return openers[-1].group()
        colon = text.rindex(":", start, end)
        # "… các mục tiêu sau:", "… các chỉ tiêu dưới đây:": the closer before the pointer
        heading = _POINTER_END.sub("", text[start:colon])
        closer = self.lex.ends_with("list_closer", heading)
        if (
            closer is not None
            and self.lex.ends_with("not_planner", text[start : start + closer.start()]) is None
            and not self.lex.has("closer_void", text, start, start + closer.start())
            and self._not_past(self._times_in(Clause(start, end)))
        ):  # not "Lịch thi đấu dự kiến:", "Năm 2025, ngành vượt các chỉ tiêu chủ yếu:"
            return closer.group()
        # rule plan_contents: a statement opening with a plan that lists its contents ("Phương
        # án gồm các nội dung chính:", "Kế hoạch giai đoạn tới của hãng gồm:", "các mốc chính
        # của dự án gồm:")
        contents = _CONTENTS_END.search(text, start, colon)
        if (
            contents is not None
            and any(  # the statement or its last clause opens with the plan: "Theo tiến độ
                # điều chỉnh, các mốc chính của dự án gồm:"
                self.lex.starts_with("plan_head", text, skip_space(text, at)) is not None
                for at in (start, last.start)
            )
            and not self.lex.has("not_contents", text, start, contents.start())
            # not a report on a plan ("Kết quả thực hiện kế hoạch năm 2025 … như sau:")
            and not self.lex.has("closer_void", text, start, contents.start())
            and self._not_past(self._times_in(Clause(start, end)))
        ):
            return contents.group("word")
        # rule timeline_list: a heading that names a schedule opens the statement and the
        # colon follows within a few words ("Các mốc tiến độ chính của dự án:", "Lộ trình cụ
        # thể:"): its items are the schedule's milestones
        head = self.lex.starts_with("timeline_head", text, skip_space(text, start))
        if (
            head is not None
            and len(text[head.end() : colon].split()) <= _OPENER_REACH
            and self._not_past(self._times_in(Clause(start, end)))
            and self._first_item_to_come(end)
        ):
            return head.group().rstrip()
        # rule due_list: a plan's list due by a year right before the colon ("Theo Quy hoạch
        # điện VIII được phê duyệt năm 2025, đến năm 2030:")
        due = self._deadline_opening(last, "deadline_lead", after_cues=False)
        if (
            due is not None
            and not text[due[2].end : last.end].strip(" :")
            and not self._past(due[2])
            and self.lex.has("plan_document", text, start, last.start)
        ):
            return due[1]
        # rule counted_goals_list: "Nghị quyết đề ra 15 chỉ tiêu chủ yếu, trong đó có:"
        counted = [a for a in self._amounts_in(start, end) if self._counts_goals(a)]
        if counted:
            return text[counted[0].start : counted[0].end]
        # rule dated_plan_list: a plan named with a year not past ("kế hoạch hạ tầng năm
        # 2027 của Viettel gồm:") announces its items too
        plans = self.lex.find("plan_document", text, start, last.end)
        times = self._times_in(Clause(start, end))
        if plans and times and self._not_past(times):
            return plans[-1].group()
        # rule future_year_list: what a year after the article's own holds, listed ("Các
        # khoản chi lớn năm 2027 gồm:" in an article of 2026), can only be planned
        if (
            contents is not None
            and times
            and self.now is not None
            and all(t.year is not None and t.year > self.now for t in times)
            and not self._forecast(start, end)
            # not what stands or is under way, nor a calendar ("các công trình đang thi công
            # gồm:", "lịch thi đấu như sau:")
            and not self.lex.has("state_heading", text, start, contents.start())
        ):
            return contents.group("word")
        return None

    def _list_openers(self, start: int, end: int) -> list[regex.Match[str]]:
        """The list openers of ``text[start:end]``; a weak one ("dự kiến") only where it
        plans what its verb does ("dự kiến mở bán các sản phẩm sau:"), not how things will
        go ("dự kiến gặp nhiều khó khăn, cụ thể:", "…, dự kiến diễn ra vào quý II/2027:",
        where an opener before it may hold)."""
        lex = self.lex
        return [
            m
            for m in lex.find("list_opener", self.text, start, end)
            if not lex.is_all("weak", m.group()) or self._task_at(m.end())
        ]

    def _detailed_head(self, start: int) -> tuple[int, int] | None:
        """The statement before a statement of only "Cụ thể:" (a detail opener) at
        ``start``, in the same paragraph; else None."""
        k = bisect_right(self.sentence_starts, start) - 1
        if k < 1:
            return None
        end = self.sentences[k][1]
        text = self.text
        if not self.lex.is_all("detail_opener", text[start:end].strip().rstrip(":")):
            return None
        prev_start, prev_end = self.sentences[k - 1]
        return None if "\n" in text[prev_end:start] else (prev_start, prev_end)

    def _detailed_plan(self, prev_start: int, prev_end: int) -> str | None:
        """Rule ``detailed_plan``: "Cụ thể:" alone after a statement of a plan, in the same
        paragraph ("Cảng … cho biết sẽ khai thác thêm 6 đường bay quốc tế, nâng tổng số lên
        38 đường bay. Cụ thể:"), announces the plan's items: the plan's opener (not a weak
        one that plans nothing), when that statement holds no word of the past."""
        text, lex = self.text, self.lex
        if lex.has("past", text, prev_start, prev_end):
            return None
        openers = self._list_openers(prev_start, prev_end)
        if not openers or not self._not_past(self._times_in(Clause(prev_start, prev_end))):
            return None
        return openers[-1].group()

    def _sets(self, past: regex.Match[str]) -> bool:
        """Rule ``set_list``: "đã" right before a verb of setting says the list was set, not
        done ("UBND thành phố đã đặt ra các yêu cầu cụ thể:"), also in the passive with
        who set it ("Theo phương án đã được cổ đông thông qua, số tiền … sẽ dùng như sau:")."""
        if past.group().casefold() != "đã":
            return False
        text = self.text
        verb = skip_space(text, past.end())
        if self.lex.starts_with("set_verb", text, verb) is not None:
            return True
        if not _PASSIVE_BY.match(text, verb):
            return False
        pos = verb
        for _ in range(_AGENT_WORDS + 1):  # past "được" and up to three words of the agent
            word = _WORD_AT.match(text, pos)
            if word is None:
                return False
            pos = skip_space(text, word.end())
            if self.lex.starts_with("set_verb", text, pos) is not None:
                return not ends_two_syllable_word(text, pos)  # not "bàn giao": no "giao"
        return False

    def _heads_bullets(self, t: Target) -> bool:
        """A goal without a number that ends right before the colon of a bulleted list
        ("công ty sẽ tập trung vào ba hướng:") announces the goals of the list, no goal
        of its own."""
        text = self.text
        colon = skip_space(text, t.end)
        if text[colon : colon + 1] != ":":
            return False
        line = text.find("\n", colon)
        while line >= 0 and line + 1 < len(text) and text[line + 1] in "\r\n":
            line += 1  # the blank lines before the list
        if line < 0 or BULLET.match(text, line + 1) is None:
            return False
        self.note("list_heading", "dropped", t.start, t.end)
        return True

    def _announced_item(self, t: Target) -> bool:
        """Rule ``announced_item``: an item of a bulleted list that a statement announces
        ("…, công ty sẽ tập trung vào ba hướng:" and "- Đẩy mạnh …") is a goal though no
        year is written: the announcement commits to it."""
        return self._list_head(t) is not None

    def _list_head(self, t: Target) -> tuple[int, int] | None:
        """The statement that announces the bulleted list ``t`` is an item of, if any."""
        text = self.text
        line = text.rfind("\n", 0, t.start) + 1
        if BULLET.match(text, line) is None:
            return None
        k = bisect_right(self.sentence_starts, line) - 1
        while k >= 0:  # the statement the list opens after: the first line without a bullet
            start, end = self.sentences[k]
            head = text.rfind("\n", 0, start) + 1
            if BULLET.match(text, head) is None:
                clauses = self._clauses(start, end)
                if clauses and self._announced_list(start, end, clauses[-1]) is not None:
                    return start, end
                return None
            k -= 1
        return None

    def _planned_actions(self, clause: Clause, cues: list[Cue]) -> bool:
        """Rule ``planned_actions``: a weak cue opening actions in a statement that names
        its plan year before it ("triển khai nhiệm vụ năm 2026, trong đó hướng đến việc củng
        cố …, nâng cao …; đẩy mạnh …"): each action is a goal for that year."""
        text, lex = self.text, self.lex
        weak = [c for c in cues if not c.strong]
        if not weak:
            return False
        pos = skip_space(text, weak[-1].end)
        while (lead := lex.starts_with("action_lead", text, pos)) is not None and lead.end() > pos:
            pos = lead.end()  # "hướng đến việc …"
        if not self._acts(pos):
            return False
        k = bisect_right(self.sentence_starts, clause.start) - 1
        opening = self.sentences[k][0]
        return any(opening <= at < weak[0].start for at, _ in self._plan_years())

    def _continues_list(self, start: int, end: int) -> bool:
        """Whether a statement without cue goes on with the goals before it.

        It must read like a goal ("… đạt 170 triệu đồng", "dưới 21%", "Đến năm 2030 …")
        and not report results ("Tính đến ngày 30/6, …", "Trong 10 tháng, …").
        """
        text, lex = self.text, self.lex
        if self._reports(start, end):
            return False
        if lex.has("compare", text, start, end):
            # rule due_compared_goal: "Đến năm 2030, số doanh nghiệp … tăng 50% so với năm
            # 2025" compares a goal with its base; other comparisons report results
            return self._opens_with_due(start, end)
        if lex.has("goal_verb", text, start, end):
            return True
        if any(  # the figure takes the bound into its text, or follows it
            self._amounts_in(m.start(), skip_space(text, m.end()) + 1)
            for m in lex.find("goal_bound", text, start, end)
        ):
            return True  # "trên 80%", not "trên dây chuyền"
        if lex.starts_with("yearly_lead", text, start) is not None:
            return True  # rule yearly_goal: "Mỗi năm, thành phố tuyển mới 1.200 giáo viên"
        return any(
            t.end_year is not None or self._has_deadline_word(Clause(t.start, t.end))
            for t in self._times_in(Clause(start, end))
        )

    def _due_plan(self, clause: Clause, cues: list[Cue]) -> Clause | None:
        """A cued clause without amount that ends with its deadline.

        As in "dự án sẽ hoàn thành vào năm 2027".
        """
        if not cues:
            return None
        text, lex = self.text, self.lex
        # rule referenced_cue: a goal noun after "theo" behind the first cue refers to a goal
        # set before ("… phải bố trí đủ quỹ đất theo chỉ tiêu được giao trước ngày 31/3"),
        # it cues nothing of its own
        cues = cues[:1] + [
            c
            for c in cues[1:]
            if not (
                lex.starts_with("noun_cue", text, c.start)
                and _REFERRED_BY.search(text, max(0, c.start - 6), c.start)
            )
        ]
        due = [
            t
            for t in self._times_in(clause)
            if t.start >= cues[-1].end and lex.ends_with("deadline", self._before_year(t))
        ]
        if not due or self._past(due[0]) or lex.has("title", text, clause.start, due[0].start):
            return None
        if not any(c.strong for c in cues) and not self._not_past(due[:1]):
            return None  # a weak cue's time before the article's day: "Năm 2023, các xã đã
            # phải bàn giao mặt bằng trước tháng 6/2023" tells what was due, history
        if lex.starts_with("event_verb", text, skip_space(text, cues[-1].end)) is not None:
            return None  # rule scheduled_event: "Kỳ họp dự kiến bế mạc vào ngày 30/12"
        words = self._metric_words(cues[-1].end, clause.end, clause)
        if len(WORD.findall(words)) < 2:
            return None
        after = WORD.findall(text[due[0].end : clause.end])
        copula = None
        if lex.starts_with("noun_cue", text, cues[-1].start) is not None:  # "Mục tiêu … là"
            copula = _COPULA.search(text, cues[-1].end, due[0].start)
        if copula is not None:
            said = text[copula.end() : due[0].start]
            lead = lex.ends_with("deadline", said)  # "là đến năm 2030": no goal said yet
            if not WORD.search(said, 0, lead.start() if lead is not None else len(said)):
                copula = None  # "Mục tiêu của đề án là đến năm 2030, …": the goal follows
        if not after and copula is None and lex.starts_with("noun_cue", text, cues[-1].start):
            return None  # "Định hướng phát triển vùng … đến năm 2030": a title; not "Mục
            # tiêu (của hãng) là hòa vốn vào cuối năm 2027", a statement
        if after and not any(c.strong for c in cues):
            return None  # "… dự kiến tiếp tục tăng trong quý IV khi …": an expected trend
        if copula is not None:  # the goal is what "là" says: "(Mục tiêu của hãng là) hòa vốn …"
            return Clause(skip_space(text, copula.end()), clause.end)
        reported = lex.find("reporting", text, clause.start, cues[0].start)
        start = reported[-1].end() if reported else clause.start  # "Bộ … yêu cầu chủ đầu tư …"
        return Clause(self._skip_leads(start, clause.end, cues=True), clause.end)

    def _bare_deadline(self, clause: Clause, cues: list[Cue]) -> int | None:
        """Where a clause holding only a cue and a deadline starts ("mục tiêu đến năm 2030,")."""
        opening = self._deadline_opening(clause, "deadline", after_cues=True)
        if opening is not None:
            pos, _, t = opening
            content = WORD.findall(self.text[t.end : clause.end])
            return pos if len(content) < 2 and not self._past(t) else None
        if not cues:
            return None
        due = [
            t
            for t in self._times_in(clause)
            if t.start >= cues[-1].end and self.lex.ends_with("deadline", self._before_year(t))
        ]
        words = self._metric_words(cues[-1].end, clause.end, clause)
        if not due or self._past(due[0]) or len(WORD.findall(words)) >= 2:
            return None
        return self._skip_leads(clause.start, clause.end, cues=False)

    def _deadline_led(self, clause: Clause) -> Clause | None:
        """The goal a clause states when it opens with its deadline ("đến năm 2045 trở thành …")."""
        opening = self._deadline_opening(clause, "deadline", after_cues=True)
        if opening is None:
            return None
        pos, _, t = opening
        if self._past(t):
            return None
        rest = self.text[t.end : clause.end]
        if len(WORD.findall(rest)) < 2 or self.lex.has("past", rest):
            return None
        return Clause(pos, clause.end)

    def _goal_amounts(
        self, clause: Clause, after: int, strong: bool, cued: bool, follows_goal: bool
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
                self.note("compared_result", "dropped", clause.start, clause.end)
                return []  # "tăng 15% so với cùng kỳ": a result
            if follows_goal and self._restated_growth(clause):
                self.note("restated_growth", "dropped", clause.start, clause.end)
                return []  # "…500 tỷ đồng, tăng 20% so với năm trước": restates the goal before
        elif not strong and follows_goal and self._growth_only(clause):
            self.note("restated_growth", "dropped", clause.start, clause.end)
            return []  # "…lên 101,8 triệu khách, tăng 8%": the goal's growth, said again
        elif follows_goal and lex.starts_with("equivalent", text, clause.start) is not None:
            self.note("equivalent_restated", "dropped", clause.start, clause.end)
            return []  # "…3,6 tỷ sản phẩm mỗi năm, tương đương 300 triệu mỗi tháng"

        found: list[Amount] = []
        prev_end = -1
        # a title or attribute word between the cue and an amount voids it: where the
        # first such word ends, found once per clause (a search per amount is quadratic)
        voided_from = min(
            (
                m.end()
                for kind in ("title", "attribute")
                for m in lex.find(kind, text, after, clause.end)
            ),
            default=clause.end + 1,
        )
        last_end = clause.start  # where the amount before ends, else the clause's start
        for a in self._amounts_in(clause.start, clause.end):
            if a.end > clause.end:
                continue
            opening, last_end = last_end, a.end
            if a.start > opening and lex.is_all("from_level", text[opening : a.start].strip()):
                # rule from_level: "Đưa tỷ trọng … lên 12% từ mức 7,5% hiện nay", "…, từ mức
                # 7,5% hiện nay": the level the goal starts from
                self.note("from_level", "dropped", a.start, a.end)
                continue
            if found and lex.has("means", text, found[-1].end, a.start):
                # rule means_clause: "Giảm giá thành thêm 6% nhờ dây chuyền … công suất
                # 15.000 tấn/năm": the means a goal is reached by, no goal of its own
                self.note("means_clause", "dropped", a.start, a.end)
                continue
            if prev_end >= 0 and RESTATED.fullmatch(text, prev_end, a.start):
                self.note("same_goal_other_unit", "dropped", a.start, a.end)
                continue  # "8.500 USD (khoảng 224 triệu đồng)": the same goal in other units
            if self._denominator(a):
                self.note("denominator", "dropped", a.start, a.end)
                continue  # "35 giường bệnh trên 10.000 dân": per ten thousand people
            prev_end = a.end
            if self._counts_goals(a):
                self.note("count_of_goals", "dropped", a.start, a.end)
                continue  # "đề ra 23 chỉ tiêu": how many goals, not one
            if self._rating(a):
                self.note("rating", "dropped", a.start, a.end)
                continue  # "hai dự án lưới điện 500 kV": what is built, not how much
            if self._states_cost(clause, a):
                self.note("plan_cost", "dropped", a.start, a.end)
                continue  # "kinh phí thực hiện đề án dự kiến 5.000 tỷ đồng": a cost
            if self._change_before_level(clause, a):
                self.note("change_before_level", "dropped", a.start, a.end)
                continue  # "tăng 7% lên 16.029 tỷ đồng": the level is the goal
            if self._change_before_from_to(clause, a):
                self.note("planned_change_level", "dropped", a.start, a.end)
                continue  # "tăng 16%, từ 3.858 tỷ đồng lên 4.460 tỷ đồng": the level is the goal
            if self._from_level(clause, a):
                self.note("from_level", "dropped", a.start, a.end)
                continue  # "tăng vốn từ 600 tỷ đồng lên 900 tỷ đồng": the level it starts from
            if (
                lex.starts_with("ratio_of", text, skip_space(text, a.end))
                and not strong
                and a.qualifier != "at_least"  # rule demanded_share: "ít nhất 95% kế hoạch vốn"
            ):
                self.note("share_of_a_plan", "dropped", a.start, a.end)
                continue
            if voided_from <= a.start or (
                # "Nhà máy với công suất 60.000 tấn/năm dự kiến hoàn thành …", "Nhà máy …
                # công suất 1,5 triệu tấn/năm dự kiến chạy thử …": what the subject is,
                # before the cue of its schedule
                a.end <= after
                and (lex.has("attribute", text, clause.start, a.start) or self._spec_figure(a))
            ):
                self.note("title_or_attribute", "dropped", a.start, a.end)
                continue
            if found and self._group_threshold(a):
                self.note("group_threshold", "dropped", a.start, a.end)
                continue  # "100% hộ kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên …": who
            if (
                found
                and "/" in a.text
                and lex.ends_with("price_lead", text[found[-1].end : a.start])
            ):
                self.note("deal_price", "dropped", a.start, a.end)
                continue  # "chào bán 250 triệu cổ phiếu với giá 12.000 đồng/cổ phiếu"
            if found and a.kind == "count" and self._where_of(found[-1], a):
                self.note("where_of_goal", "dropped", a.start, a.end)
                continue  # "giải phóng mặt bằng 1.100 ha tại 6 khu công nghiệp mới": where
            if found and a.kind == "count" and _FOR_WHOM.search(text, found[-1].end, a.start):
                self.note("for_whom", "dropped", a.start, a.end)
                continue  # "120 công nhân và 30 máy thi công cho hai gói thầu": whom it serves
            found.append(a)
        return found

    def _before_deal_price(self, span: Clause, a: Amount) -> Clause:
        """A goal's span up to the price of its deal (rule ``deal_price``): "phát hành 120
        triệu cổ phiếu" of "… với giá 10.000 đồng/cổ phiếu", so that the goal's words name
        what it is, not its price."""
        text, lex = self.text, self.lex
        for b in self._amounts_in(a.end, span.end):
            if "/" not in b.text:
                continue
            lead = _PRICE_LEAD.search(text, a.end, b.start)
            if lead is not None and lex.ends_with("price_lead", text[a.end : b.start]):
                return Clause(span.start, a.end + len(text[a.end : lead.start()].rstrip(" ,")))
        return span

    def _group_threshold(self, a: Amount) -> bool:
        """Rule ``group_threshold``: whether ``a`` is the threshold that says which ones a
        goal is for: "có … từ X trở lên" after a noun ("100% hộ kinh doanh có doanh thu từ 1
        tỷ đồng/năm trở lên sử dụng hóa đơn điện tử"); a goal's own "đạt 8% trở lên" is none."""
        text = self.text
        if _THRESHOLD.search(text, a.start, a.end + _THRESHOLD_REACH) is None:
            return False
        if a.text.casefold().startswith("từ"):
            before = text[max(0, a.start - _GROUP_REACH) : a.start]
        else:
            lead = _FROM_BEFORE.search(text, max(0, a.start - _GROUP_REACH), a.start)
            if lead is None:
                return False  # "tăng trưởng GRDP đạt 8% trở lên": the goal's own level
            before = text[max(0, a.start - _GROUP_REACH) : lead.start()]
        # "từ" after a noun ("có doanh thu từ", "quy mô từ"), not after a verb of the
        # goal ("tăng trưởng từ 8% trở lên")
        return _GOAL_VERB_BEFORE.search(before) is None

    def _part_of_spec(self, a: Amount, goals: list[Target]) -> bool:
        """Rule ``part_of_spec``: a figure right after ", trong đó" behind a figure of what a
        thing is or costs, which no goal holds ("dự kiến tổ chức … với kinh phí 18 tỷ đồng,
        trong đó 60% huy động từ doanh nghiệp"), is a part of that figure, no goal."""
        k = bisect_right(self.amount_starts, a.start - 1) - 1
        if k < 0:
            return False
        whole = self.amounts[k]
        between = self.text[whole.end : a.start]
        if not _PART_AFTER.fullmatch(between) or any(g.amount is whole for g in goals):
            return False
        before = self.text[self._clause_of(whole.start).start : whole.start]
        return self._spec_figure(whole) or self.lex.has("attribute", before)

    def _where_of(self, goal: Amount, a: Amount) -> bool:
        """Rule ``where_of_goal``: whether count ``a`` says where the goal of figure ``goal``
        is reached: "tại" or "ở" right before it, and only the goal's noun between ("giải
        phóng mặt bằng 1.100 ha tại 6 khu công nghiệp"; not "… lên 35% và đưa sản phẩm có
        mặt tại hơn 70 quốc gia", a goal of its own)."""
        between = self.text[goal.end : a.start]
        return (
            _AT_WHERE.search(between) is not None
            and not _JOINED_GOAL.search(between)
            and len(WORD.findall(between)) <= _WHERE_WORDS
        )

    def _restated_growth(self, clause: Clause) -> bool:
        """Whether a compared clause after a goal only restates it ("…500 tỷ đồng, tăng
        20% so với năm trước"): nothing but growth words before the figure compared.

        The figure compared is the last one before the comparison; with another figure
        before it and words of its own between them (a metric, not "và"), the clause
        states two goals ("10% số xã đạt chuẩn kiểu mẫu và thu nhập của cư dân tăng 1,5
        lần so với năm 2020"); "lần lượt tăng 13% và 8% so với …" restates two.
        """
        text, lex = self.text, self.lex
        compared = lex.find("compare", text, clause.start, clause.end)[0].start()
        before = [a for a in self._amounts_in(clause.start, compared) if a.end <= compared]
        if len(before) > 1:
            between = lex.remove("growth", text[before[-2].end : before[-1].start])
            if len(WORD.findall(between)) > 1:
                return False
        first = min(
            (a.start for a in self._amounts_in(clause.start, clause.end)), default=clause.end
        )
        return not WORD.search(lex.remove("growth", text[clause.start : first]))

    def _amount_clause(self, clause: Clause, amounts: list[Amount], k: int) -> Clause:
        """The part of a clause that states the ``k``-th of its goal amounts."""
        start = clause.start if k == 0 else amounts[k - 1].end
        end = clause.end if k == len(amounts) - 1 else amounts[k + 1].start
        if k > 0:
            m = AND_WORD.search(self.text[start : amounts[k].start])
            w = _WITH_WORD.search(self.text[start : amounts[k].start])
            # after "và"; from "với" ("… cho nhà đầu tư chiến lược với giá không thấp hơn …")
            start = start + m.end() if m else start + w.start() if w else start
        if k < len(amounts) - 1:
            m = self._joins_figure(amounts[k].end, end)
            end = m.start() if m else end
        return self._trim(Clause(start, max(end, amounts[k].end)))

    def _joins_figure(self, start: int, end: int) -> regex.Match[str] | None:
        """The "và", else the "với", in ``text[start:end]`` that opens the next figure's
        words ("… 50 triệu cổ phiếu … với giá không thấp hơn 12.000 đồng")."""
        return AND_WORD.search(self.text, start, end) or _WITH_WORD.search(self.text, start, end)

    def _goal_span(self, part: Clause, amount: Amount) -> Clause:
        """The words of ``part`` that state the goal: after "TFC đặt mục tiêu", not before."""
        text = self.text
        start = part.start
        quote = max(text.rfind(mark, part.start, amount.start) for mark in ':"“')
        if quote >= 0:
            start = quote + 1  # 'Ông B cho biết: "Chúng tôi đặt mục tiêu …'
        strong = [c for c in self._cues(part) if c.strong and start <= c.start < amount.start]
        if strong:
            before = text[self._skip_leads(start, strong[0].start, cues=False) : strong[0].start]
            if (
                not before.strip()
                or self._names_owner(before)
                or self._mentions_in(start, strong[0].start)
                or self.lex.has("reporting", before)
            ):
                start = strong[-1].end
                at = skip_space(text, start)
                start = next((t.end for t in self._times_in(part) if t.start <= at < t.end), start)
        reported = self.lex.find("reporting", text, start, amount.start)
        if reported:  # "Ông A cho biết tỉnh cần …": the goal starts after the reporting verb
            start = reported[-1].end()
        start = self._skip_leads(start, part.end, cues=True)
        return self._trim(Clause(min(start, amount.start), part.end))

    def _next_item(self, clause: Clause, cues: list[Cue]) -> bool:
        """Whether a clause after ";" is the next goal of a list without numbers.

        As in "Đến năm 2045, tỉnh là trung tâm công nghiệp của vùng; là đô thị xanh".
        """
        text, lex = self.text, self.lex
        if cues or DIGIT.search(text[clause.start : clause.end]):
            return False
        if not text[max(0, clause.start - 3) : clause.start].strip().endswith(";"):
            return False
        if len(WORD.findall(text[clause.start : clause.end])) < 2:
            return False
        return not (
            lex.starts_with("split", text, clause.start)
            or lex.starts_with("stop", text, clause.start)
            or lex.has("past", text, clause.start, clause.end)
        )

    def _aims(self, clause: Clause, cues: list[Cue]) -> list[Clause]:
        """The goals without number a goal cue opens with an aim verb ("đặt mục tiêu giành HCV
        SEA Games và vào chung kết …"), one per aim joined by "và", words of effort
        between them or not ("… và nỗ lực cao nhất giành …", rule ``aims_after_effort``)."""
        text, lex = self.text, self.lex
        strong = [c for c in cues if c.strong or lex.is_all("goal", c.text)]
        if not strong and self._planned_actions(clause, cues):
            strong = cues
        if not strong:
            return []
        pos = skip_space(text, strong[-1].end)
        if text.startswith(":", pos):  # "phấn đấu: củng cố …; nâng cao …"
            pos = skip_space(text, pos + 1)
        while (lead := lex.starts_with("action_lead", text, pos)) is not None and lead.end() > pos:
            pos = lead.end()  # "hướng đến việc …"
        verb_at = pos  # where the aim verb stands: after the names of who is to achieve it
        doers = self._named_doers_end(pos, clause.end)
        if doers is not None and self._aim_at(doers) is not None:
            verb_at = doers  # rule named_doers: the goal keeps their names
        elif self._aim_at(pos) is None:
            pos = verb_at = self._aim_after_words(pos, clause.end)
        if self._aim_at(verb_at) is None and (
            not self._acts(pos) or lex.is_all("noun_cue", strong[-1].text)
        ):
            return []  # "Định hướng phát triển vùng … đến năm 2035": a plan's title
        if lex.has("past", text, pos, clause.end):
            return []
        out: list[Clause] = []
        start = pos
        for m in AND_WORD.finditer(text, pos, clause.end):
            nxt = skip_space(text, m.end())
            effort = lex.starts_with("effort_lead", text, nxt)  # "và nỗ lực cao nhất giành …"
            verb_at = effort.end() if effort is not None else nxt
            if self._aim_at(verb_at) is not None:
                out.append(self._trim(Clause(start, m.start())))
                start = nxt
        out.append(self._trim(Clause(start, clause.end)))
        return [c for c in out if len(WORD.findall(text[c.start : c.end])) >= 2]

    def _aim_at(self, pos: int) -> regex.Match[str] | None:
        """The aim verb at ``pos`` ("giành", "trở thành", "đạt"), unless a level follows it
        ("đạt mức cao nhất", "trở lại mức trước dịch": what a figure is, no aim)."""
        aim = self.lex.starts_with("aim_verb", self.text, pos)
        if aim is None or self.lex.starts_with(
            "aim_level", self.text, skip_space(self.text, aim.end())
        ):
            return None
        return aim

    def _aim_after_words(self, pos: int, end: int) -> int:
        """Rule ``aim_after_words``: where the aim starts when a few words stand between
        the goal cue and its aim verb, up to "là" or ":" ("giao chỉ tiêu cho ban huấn luyện
        là bảo vệ chức vô địch", "hai mục tiêu lớn của năm 2027: giành HCV …"); else
        ``pos``."""
        text = self.text
        m = _AIM_AFTER.match(text, pos, end)
        if m is None:
            return pos
        aim = skip_space(text, m.end())
        return aim if self._aim_at(aim) is not None else pos

    def _named_doers_end(self, pos: int, end: int) -> int | None:
        """Rule ``named_doers``: where the names of who is to achieve an aim end, when only
        names joined by "hoặc", "và" or "," stand at ``pos`` ("đặt mục tiêu CLB Công an Hà
        Nội hoặc Thép Xanh Nam Định lọt vào tứ kết …"); else None."""
        text = self.text
        at, last = skip_space(text, pos), None  # last: where the last name read ends
        while at < end:
            named = [m for m in self._mentions_in(at, at + 1) if m[0] == at]
            if not named:
                break
            last = at = skip_space(text, at + len(named[0][1]))
            joiner = _DOERS_JOINER.match(text, at, end)
            if joiner is None:
                break
            at = skip_space(text, joiner.end())
        return last

    def _acts(self, pos: int) -> bool:
        """Whether an action verb opens the text at ``pos`` ("nâng cao năng lực …")."""
        return self.lex.starts_with("action_verb", self.text, pos) is not None

    def _payout_schedules(self, found: list[Target]) -> list[Target]:
        """Rule ``payout_schedule``: when a payout is paid is its deadline, no goal of its own.

        In "chấp thuận chi cổ tức năm 2025 với tỷ lệ 15%, dự kiến thanh toán trong quý
        III/2026" the payment's clause dates the dividend (2026) and is dropped.
        """
        text, lex = self.text, self.lex
        out: list[Target] = []
        for t in found:
            k = bisect_right(self.sentence_starts, t.start) - 1
            payout = next(
                (
                    p
                    for p in reversed(out)
                    if p.amount is not None
                    and p.end <= t.start
                    and p.start >= self.sentences[k][0]
                    and lex.has("payout", text, p.start, p.end)
                ),
                None,
            )
            if t.amount is None and t.deadline is not None and payout is not None:
                at = t.start
                while (marker := lex.starts_with("schedule_marker", text, at)) is not None:
                    at = skip_space(text, marker.end())
                verb = lex.starts_with("pay_verb", text, at)
                due = skip_space(text, verb.end()) if verb is not None else -1
                paid = lex.starts_with("payout", text, due) if verb is not None else None
                if paid is not None:  # "dự kiến chi trả cổ tức trong tháng 7/2026"
                    due = skip_space(text, paid.end())
                if verb is not None and any(  # paid when, no other object: "thanh toán trong
                    # quý III/2026", not "trả hết nợ vay ngân hàng trước năm 2028"
                    due in (r.start, self._due_word_end(r))
                    for r in self._times_in(Clause(t.start, t.end))
                ):
                    k = next(j for j, p in enumerate(out) if p is payout)
                    out[k] = payout.model_copy(update={"deadline": t.deadline})
                    self.note("payout_schedule", "dropped", t.start, t.end)
                    continue
            out.append(t)
        return out

    def _due_word_end(self, t: TimeRef) -> int:
        """Where a deadline word right before ``t`` starts ("trong quý III/2026" → at
        "trong"), else ``t.start``."""
        lo = max(0, t.start - WINDOW)
        m = self.lex.ends_with("deadline", self.text[lo : t.start])
        return lo + m.start() if m is not None else t.start

    def _schedules(self, found: list[Target]) -> list[Target]:
        """A project's schedule: a milestone verb after a plan marker, with a time to come.

        As in "nhà máy sẽ được đưa vào vận hành năm 2027", "dự kiến hoàn thành vào
        quý III/2029", "dự kiến khởi công vào tháng 7"; one goal per clause that no
        other rule took.
        """
        text, lex = self.text, self.lex
        taken = TakenSpans([(t.start, t.end) for t in found])
        out: list[Target] = []
        starts = [s for s, _ in self.sentences]
        milestones = lex.find_in("milestone", text, 0, len(text))  # the article's, scanned once
        with_verb = sorted({bisect_right(starts, m.start()) - 1 for m in milestones})
        for k in with_verb:
            start, end = self.sentences[k]
            if self._forecast(start, end) or self._attributed(start):
                continue
            clauses = self._clauses(start, end)
            scheduled = False  # whether the clause before gave a milestone
            # an item of a scheduled list, unless another rule read a goal in it ("- Xây
            # dựng bệnh viện quy mô 600 giường, khởi công trong quý I/2027" is that goal's)
            listed = self._scheduled_list(start) and not taken.overlaps(start, end)
            for i, clause in enumerate(clauses):
                if taken.overlaps(clause.start, clause.end):
                    scheduled = False
                    continue
                whole = self._schedule(clause, start, after_milestone=scheduled, listed=listed)
                scheduled = whole is not None
                if whole is None:
                    continue
                for span in self._milestone_parts(whole):
                    deadline = self._deadline(span)
                    if deadline is None:  # "đưa vào vận hành từ năm 2027": the year it starts
                        deadline = next((t.year for t in self._times_in(span) if t.year), None)
                    self._enter_paragraph(start)
                    owner = self._owner(start, end, [self._cues(clause)], None)
                    raised = None
                    if span.end == whole.end:  # the last part delivers what comes after it
                        raised = self._raised_after(
                            clauses[i + 1] if i + 1 < len(clauses) else None
                        )
                    if raised is not None:
                        span = Clause(span.start, clauses[i + 1].end)
                        taken.add(span.start, span.end)
                    out.append(self._target(span, raised, deadline, owner, None))
                    self.note("project_schedule", "kept", span.start, span.end)
        return out

    def _raised_after(self, clause: Clause | None) -> Amount | None:
        """Rule ``raised_after_milestone``: the figure a clause right after a milestone raises
        something to, with no time of its own, is what the milestone delivers ("sẽ đưa nhà
        máy … vào vận hành trong quý II/2027, nâng công suất lên 4.000 tấn/năm")."""
        if clause is None or self._times_in(clause):
            return None
        m = _RAISED_TO.match(self.text, clause.start, clause.end)
        if m is None:
            return None
        return next(iter(self._amounts_in(m.end(), m.end() + 1)), None)

    def _raised_by_due(self, found: list[Target]) -> list[Target]:
        """Rule ``raised_by_due``: a figure something is raised to, then a milestone due
        later in its sentence, is a goal of the milestone's year ("Cải tạo kho hiện hữu,
        nâng công suất lên 300.000 tấn/năm, hoàn thành trong quý II/2027"). Rule
        ``planned_raise``: so is one raised after a plan marker and due in its own clause,
        whoever is raised ("Cảng … sẽ được nâng công suất lên 60 triệu hành khách/năm vào
        năm 2030")."""
        text, lex = self.text, self.lex
        taken = TakenSpans([(t.start, t.end) for t in found])
        mine = {id(t.amount) for t in found if t.amount is not None}
        out: list[Target] = []
        for m in _RAISED_TO.finditer(text):
            a = next(iter(self._amounts_in(m.end(), m.end() + 1)), None)
            if a is None or id(a) in mine:
                continue
            k = bisect_right(self.sentence_starts, m.start()) - 1
            start, end = self.sentences[k]
            if self._forecast(start, end) or lex.has("past", text, start, m.start()):
                continue
            due_clause = next((c for c in self._clauses(a.end, end) if self._due_of_goal(c)), None)
            if due_clause is not None:
                due = self._times_in(due_clause)[0]
                goals = (
                    [] if self._past(due) else [(Clause(m.start(), due_clause.end), a, due.year)]
                )
                rule = "raised_by_due"
            else:
                clause = next(c for c in self._clauses(start, end) if c.start <= m.start() < c.end)
                planned = a.end <= clause.end and lex.has(
                    "schedule_marker", text, clause.start, m.start()
                )
                goals = self._raised_parts(clause, a) if planned else []
                rule = "planned_raise"
            for span, figure, year in goals:
                if year is None or taken.overlaps(span.start, span.end):
                    continue
                self._enter_paragraph(start)
                owner = self._owner(start, end, [[]], None)
                out.append(self._target(span, figure, year, owner, None))
                self.note(rule, "kept", span.start, span.end)
        return out

    def _raised_parts(self, clause: Clause, a: Amount) -> list[tuple[Clause, Amount, int | None]]:
        """The goals of a planned raise's clause, each with the year its own part names: a
        figure right after "và" is one more ("… lên 60 triệu hành khách/năm vào năm 2030 và
        100 triệu hành khách/năm tầm nhìn đến năm 2050")."""
        text = self.text
        figures: list[Amount] = [a]
        cuts: list[int] = []  # where each part but the last ends: at its "và"
        for and_word in AND_WORD.finditer(text, a.end, clause.end):
            at = skip_space(text, and_word.end())
            for figure in self._amounts_in(at, at + 1)[:1]:
                figures.append(figure)
                cuts.append(and_word.start())
        starts = [clause.start, *(f.start for f in figures[1:])]
        ends = [*cuts, clause.end]
        return [
            (Clause(s, e), f, self._stated_due(Clause(f.end, e)))
            for f, s, e in zip(figures, starts, ends, strict=True)
        ]

    def _due_later_in_sentence(self, t: Target) -> Target:
        """Rule ``due_later``: an undated goal takes the deadline a later clause of its
        sentence names ("phát hành tối đa 25.000 tỷ đồng trái phiếu, chia làm 15 đợt trong
        quý III và quý IV năm nay")."""
        if t.amount is None:
            return t
        k = bisect_right(self.sentence_starts, t.start) - 1
        due = self._stated_due(Clause(t.end, self.sentences[k][1]))
        if due is None:
            return t
        self.note("due_later", "kept", t.start, t.end)
        return t.model_copy(update={"deadline": due})

    def _item_time(self, t: Target, starts: list[int]) -> Target:
        """Rule ``item_time``: a goal of a list item is due at the time the item names for
        it, not a base of comparison nor a past one: a time in its own words when it has no
        deadline ("- thông xe tuyến tránh vào dịp 2/9/2026"), a time after it, before the
        item's next goal, whatever the list's year ("- Đầu tư cơ sở Đà Nẵng, 500 giường, đưa
        vào hoạt động năm 2029"). ``starts``: where every goal of the article starts."""
        text = self.text
        line = text.rfind("\n", 0, t.start) + 1
        if BULLET.match(text, line) is None:
            return t
        line_end = text.find("\n", t.end)
        bound = len(text) if line_end < 0 else line_end
        k = bisect_right(starts, t.start)
        if k < len(starts) and starts[k] < bound:
            bound = starts[k]  # the item's next goal ("…, hoàn thành vào năm 2029")
        for time in self._times_in(Clause(t.start if t.deadline is None else t.end, bound)):
            year = time.end_year if time.kind == "period" else time.year
            if year is None or self._past(time):
                continue
            if self.lex.has("baseline", text, max(line, time.start - _BASE_REACH), time.start):
                continue  # "gấp 2 lần so với năm 2025", "so với mức ước thực hiện năm 2026"
            if t.deadline is not None and (
                self.lex.has("item_aside", text, t.end, time.start)  # "trong đó riêng …"
                or not self._due_words_before(time)
                # only a time the goal is due at: "đưa vào hoạt động năm 2029", "thông xe
                # kỹ thuật trước Tết Nguyên đán 2027"
            ):
                continue
            if year != t.deadline:
                self.note("item_time", "kept", t.start, t.end)
                return t.model_copy(update={"deadline": year})
            return t
        return t

    def _due_words_before(self, time: TimeRef) -> bool:
        """Whether a deadline word or a milestone stands among the few words before a time."""
        before = self._before_year(time)[-_DUE_REACH:]
        return self.lex.has("deadline", before) or self.lex.has("milestone", before)

    def _plan_period(self, t: Target) -> Target:
        """Rule ``plan_period``: an undated goal told just after a plan's name ("Kế hoạch
        nêu rõ các mục tiêu: - xây dựng chính quyền số …") is due at the end of the period
        the article gave that plan earlier ("Kế hoạch chuyển đổi số giai đoạn 2026-2030")."""
        text, lex = self.text, self.lex
        head = self._list_head(t)
        at = t.start if head is None else head[1]  # every item of a list its heading names
        if not lex.has("plan_document", text, max(0, at - _PLAN_NAME_REACH), at):
            return t
        if self.plan_periods is None:  # the periods named right after a plan, found once
            self.plan_periods = [
                p
                for p in self.times
                if p.kind == "period"
                and p.end_year is not None
                and lex.has("plan_document", text, max(0, p.start - _PLAN_NAME_REACH), p.start)
            ]
            self.plan_period_starts = [p.start for p in self.plan_periods]
        i = bisect_right(self.plan_period_starts, at - 1) - 1
        if i < 0 or self._past(self.plan_periods[i]):
            return t
        self.note("plan_period", "kept", t.start, t.end)
        return t.model_copy(update={"deadline": self.plan_periods[i].end_year})

    def _heads_a_list(self, t: Target) -> bool:
        """Rule ``list_heading``: a count that announces the list after it ("trình bày ba
        nhóm việc cho năm 2026:") is no goal; its items are."""
        a = t.amount
        if a is None:
            return self._heads_bullets(t)
        if a.kind != "count":
            return False
        rest = self.text[a.end : a.end + _HEADING_REACH]
        stop = _HEADING_END.search(rest)
        if stop is None or stop.group() != ":":
            return False
        self.note("list_heading", "dropped", t.start, t.end)
        return True

    def _roadmap_items(self, found: list[Target]) -> list[Target]:
        """Rule ``roadmap_item``: in a paragraph that names a plan or a roadmap before, a
        clause that opens with a time to come and then a milestone or an action verb is
        one goal due then ("Lộ trình năm 2026 được chia theo từng quý. Quý I/2026 hoàn thành
        hợp nhất cơ sở dữ liệu; quý II đưa trung tâm điều hành vào hoạt động; …").
        """
        text, lex = self.text, self.lex
        taken = TakenSpans([(t.start, t.end) for t in found])
        out: list[Target] = []
        # where the times an item may open with stand: a statement without one is not cut
        dated = [t.start for t in self.times if t.kind in _ITEM_TIMES and t.year is not None]
        for paragraph in self.paragraphs:
            p_start, p_end = paragraph[0][0], paragraph[-1][1]
            first_plan: int | None = None  # where the paragraph first names a plan
            for start, end in paragraph:
                if bisect_left(dated, start) == bisect_left(dated, end):
                    continue  # no time that could open an item in the statement
                for clause in self._clauses(start, end):
                    times = self._times_in(clause)
                    if not times or times[0].start != skip_space(text, clause.start):
                        continue
                    t = times[0]
                    if t.kind not in _ITEM_TIMES or t.year is None:
                        continue
                    if self._past(t) or taken.overlaps(clause.start, clause.end):
                        continue
                    verb_at = skip_space(text, t.end)
                    if not (
                        lex.starts_with("milestone", text, verb_at)
                        or lex.starts_with("future_action", text, verb_at)
                        or self._acts(verb_at)
                    ):
                        continue
                    if first_plan is None:
                        plans = lex.find("schedule_marker", text, p_start, p_end)
                        plans += lex.find("plan_document", text, p_start, p_end)
                        first_plan = min((m.start() for m in plans), default=p_end)
                    if first_plan >= clause.start or lex.has(
                        "past", text, clause.start, clause.end
                    ):
                        continue
                    self._enter_paragraph(start)
                    owner = self._owner(start, end, [[]], None)
                    amounts = self._amounts_in(clause.start, clause.end)
                    amount = amounts[-1] if amounts else None
                    out.append(self._target(self._trim(clause), amount, t.year, owner, None))
                    taken.add(clause.start, clause.end)
                    self.note("roadmap_item", "kept", clause.start, clause.end)
        return out

    def _joined_action(self, span: Clause, last: Amount) -> tuple[int, Clause, int | None] | None:
        """Rule ``joined_action_goal``: a goal without a number joined by "và" after a figure.

        "tuyển thêm 800 bác sĩ trong năm 2026 và xóa toàn bộ trạm y tế xuống cấp trước
        năm 2028", "giành 90-110 HCV và nằm trong tốp 3" state two goals: the part after
        "và" opens with an action, milestone or aim verb (or names its own subject before
        an aim: "và Đà Nẵng trở thành …") and holds no figure; it names its own deadline,
        or takes the goal's when no later time of the sentence may be its ("… đạt trên 75%
        và đưa tỉnh trở thành trung tâm công nghiệp").

        Returns:
            Where "và" starts, the second goal's span and its deadline; else None.
        """
        text, lex = self.text, self.lex
        for m in AND_WORD.finditer(text, last.end, span.end):
            verb = skip_space(text, m.end())
            if not self._own_subject_aims(verb) and (
                lex.starts_with("action_verb", text, verb) is None
                and lex.starts_with("milestone", text, verb) is None
                and self._aim_at(verb) is None  # "… và nằm trong tốp 3"
            ):
                continue
            tail = Clause(verb, span.end)
            if self._amounts_in(tail.start, tail.end):
                return None
            due = self._stated_due(tail)
            if due is None:  # the goal's own deadline, unless a later time is the tail's
                k = bisect_right(self.sentence_starts, span.end) - 1
                # not one after the quote closes ("…", bà Thư chia sẻ tại buổi gặp ngày
                # 20/10): the day it was said
                rest = _QUOTE_CLOSE.search(text, span.end, self.sentences[k][1])
                rest_end = rest.start() if rest is not None else self.sentences[k][1]
                if self._times_in(Clause(span.end, rest_end)):
                    return None
            return m.start(), tail, due
        return None

    def _goal_before_figure(self, span: Clause, amount: Amount) -> tuple[Clause, Clause] | None:
        """Rule ``goal_then_figure``: the goal without a number and the figure's part of a
        span "<action> … và <action verb> … <figure>" ("không để xảy ra sự cố nghiêm trọng và
        giảm ít nhất 30% số vụ tai nạn"): the part before "và" is a goal to prevent something
        ("không để", kind ``prevention``), complete with no figure nor time; else None."""
        text, lex = self.text, self.lex
        opening = skip_space(text, span.start)
        if lex.starts_with("prevention", text, opening) is None:
            return None
        joints = list(AND_WORD.finditer(text, opening, amount.start))
        if len(joints) != 1:
            return None
        joint = joints[0]
        verb = skip_space(text, joint.end())
        if (
            (
                lex.starts_with("action_verb", text, verb) is None
                and lex.starts_with("future_action", text, verb) is None  # "và giảm 30% …"
            )
            or self._amounts_in(opening, joint.start())
            or self._times_in(Clause(opening, joint.start()))
        ):
            return None
        if len(WORD.findall(text, opening, joint.start())) < _GOAL_MIN_WORDS:
            return None  # "giảm và ổn định 5%": two verbs of one figure
        return Clause(opening, joint.start()), Clause(verb, span.end)

    def _passive_subject(
        self, clauses: list[Clause], i: int, led: Clause
    ) -> tuple[int, Amount] | None:
        """Rule ``passive_subject``: a demand in the passive ("phải được …", "sẽ được …")
        whose statement opens with a count before it ("8 cẩu giàn STS mới, trị giá khoảng
        96 triệu USD, phải được nhà thầu bàn giao trước …"): (where the statement's first
        clause starts, the count); else None."""
        text = self.text
        if _PASSIVE.match(text, skip_space(text, clauses[i].start)) is None:
            return None
        first = clauses[0]
        figures = self._amounts_in(first.start, first.end)
        if not figures or figures[0].kind != "count" or figures[0].start != first.start:
            return None
        return first.start, figures[0]

    def _own_subject_aims(self, pos: int) -> bool:
        """Whether a part opening at ``pos`` names its own subject, then an aim ("… và Đà
        Nẵng trở thành trung tâm tài chính quốc tế"): the goal is the whole part."""
        named = self._mentions_in(pos, pos + 1)
        if not named:
            return False
        verb = skip_space(self.text, pos + len(named[0][1]))
        return self._aim_at(verb) is not None

    def _item_own_deadline(self, clause: Clause, last: Amount) -> bool:
        """Rule ``item_own_deadline``: a time after an item's figure is that item's alone.

        In "…đến năm 2030, tỉnh phấn đấu có 85% trường đạt chuẩn; 100% trường học được
        kết nối internet vào năm 2028; tỷ lệ huy động trẻ đạt trên 99%" the last item is
        due in 2030, not 2028: a ";" item whose time follows its figure keeps it.
        """
        after = self.text[clause.end : clause.end + 2].lstrip()
        return after.startswith(";") and any(
            t.start >= last.end for t in self._times_in(clause) if t.year is not None
        )

    def _milestone_parts(self, span: Clause) -> list[Clause]:
        """Rule ``joined_milestones``: one schedule per milestone joined by "và".

        "thông xe đoạn qua thị xã vào cuối năm 2026 và hoàn thành toàn tuyến trước
        ngày 30/9/2027" is two goals with two deadlines: a part after "và" is split
        off when it opens with a milestone or an action verb (maybe after a plan marker
        or an adverb: "và dự kiến hoàn thành …", "và chính thức vận hành …", or the few
        words naming the part: "và bến số 10 hoàn thành …") and both parts name a time.
        """
        text, lex = self.text, self.lex
        parts: list[Clause] = []
        start = span.start
        for m in AND_WORD.finditer(text, span.start, span.end):
            opening = verb = skip_space(text, m.end())
            marker = lex.starts_with("schedule_marker", text, verb)  # "và dự kiến hoàn thành"
            if marker is not None:
                verb = skip_space(text, marker.end())
            adverb = lex.starts_with("milestone_adverb", text, verb)  # "và chính thức vận hành"
            if adverb is not None:
                verb = skip_space(text, adverb.end())
            if lex.starts_with("milestone", text, verb) is None and not self._acts(verb):
                # a milestone of another part, named first: "… và bến số 10 hoàn thành
                # trong năm 2029"
                later = lex.find("milestone", text, verb, span.end)
                if (
                    not later
                    or len(WORD.findall(text, verb, later[0].start())) > _PART_WORDS
                    or lex.has("condition", text, verb, later[0].start())
                    or lex.ends_with("milestone_noun", text[verb : later[0].start()]) is not None
                ):
                    continue  # not "và nếu suôn sẻ sẽ hoàn thành …", "và lễ khởi công …"
            head, tail = Clause(start, m.start()), Clause(opening, span.end)
            if (
                self._times_in(head)
                and self._times_in(tail)
                and self._not_past(self._times_in(tail))
            ):
                parts.append(self._trim(head))
                start = opening
        parts.append(self._trim(Clause(start, span.end)))
        return parts

    def _future_milestones(self, found: list[Target]) -> list[Target]:
        """Rule ``future_milestone``: a clause opening with a milestone verb, due at a year
        after the one the article reports on, is a schedule with no marker ("…, vốn 6.550
        tỷ đồng, hoàn thành vào năm 2029" in an article of 2026); not in a statement whose
        goals it dates ("nâng công suất lên 300.000 tấn/năm, hoàn thành trong quý II/2027").
        """
        text, lex = self.text, self.lex
        if self.now is None:
            return []
        out: list[Target] = []
        starts = [s for s, _ in self.sentences]
        with_goals = {bisect_right(starts, t.start) - 1 for t in found}
        milestones = lex.find_in("milestone", text, 0, len(text))  # the article's, scanned once
        for k in sorted({bisect_right(starts, m.start()) - 1 for m in milestones}):
            start, end = self.sentences[k]
            if k in with_goals or self._forecast(start, end) or self._attributed(start):
                continue  # "Theo TS …, chuyên gia, tuyến metro … hoàn thành sớm nhất vào năm 2030"
            for clause in self._clauses(start, end):
                verb = lex.starts_with("milestone", text, clause.start)
                if (
                    verb is None
                    or self._amounts_in(clause.start, clause.end)
                    or lex.has("past", text, clause.start, clause.end)
                ):
                    continue
                due = next((t for t in self._times_in(clause) if t.start >= verb.end()), None)
                if (
                    due is None
                    or due.year is None
                    or due.year <= self.now
                    or lex.ends_with("deadline", self._before_year(due)) is None
                ):
                    continue
                self._enter_paragraph(start)
                owner = self._owner(start, end, [[]], None)
                span = self._trim(clause)
                out.append(self._target(span, None, due.year, owner, None))
                self.note("future_milestone", "kept", span.start, span.end)
        return out

    def _schedule(
        self,
        clause: Clause,
        statement_start: int,
        *,
        after_milestone: bool = False,
        listed: bool = False,
    ) -> Clause | None:
        """The part of ``clause`` stating a scheduled milestone, or None.

        Rule ``joined_schedule``: a clause opening with "đồng thời" takes the plan
        marker of its statement before it ("hãng có kế hoạch mở rộng …, đồng thời
        đưa vào vận hành nhà máy mới từ năm 2027"); so does a clause right after one
        that gave a milestone, whatever names its subject ("Theo lộ trình, dự án khởi
        công trong quý I/2027, bến số 9 đưa vào khai thác quý IV/2028 …",
        ``after_milestone``); so does an item of a list whose heading holds one
        (``listed``, rule ``scheduled_items``).
        """
        text, lex = self.text, self.lex
        verbs = lex.find("milestone", text, clause.start, clause.end)
        if not verbs:
            return None
        verb = verbs[0]
        if any(
            (a.kind != "count" or text[clause.start : a.start].strip()) and not self._spec_figure(a)
            for a in self._amounts_in(clause.start, clause.end)
        ):
            return None  # a goal with a figure is other rules'; but a count of who acts
            # may open the clause ("hai tỉnh cam kết hoàn thành … trước ngày 30/9"), and
            # what the thing is may be said ("nhà máy công suất 1.500 MW dự kiến vận hành …")
        marked_from = opening = clause.start
        joined = lex.starts_with("joined_plan", text, clause.start)
        if joined is not None:
            if lex.has("past", text, statement_start, clause.start):
                return None
            marked_from, opening = statement_start, joined.end()
        if after_milestone and (
            lex.starts_with("contrast", text, clause.start) is not None
            or lex.has("condition", text, clause.start, verb.start())
        ):
            after_milestone = False  # "…, trong khi cầu Cần Giờ chỉ hoàn thành vào năm 2029",
            # "…, nếu chậm thì tuyến chỉ vận hành sau năm 2031": no part of the schedule
        if (
            not after_milestone
            and not lex.has("schedule_marker", text, marked_from, verb.start())
            and not listed
        ):
            # rule ``comma_in_names``: "yêu cầu các bộ, ngành hoàn thành …": the comma
            # joins two names, the marker stands before it in the statement
            if len(WORD.findall(text, marked_from, verb.start())) > 2 or not lex.has(
                "schedule_marker", text, statement_start, marked_from
            ):
                return None
            if not text[clause.start : verb.start()].strip() and any(
                not self._spec_figure(a) for a in self._amounts_in(statement_start, clause.start)
            ):
                return None  # rule milestone_of_figure: "sẽ nâng công suất lên 40.000 tấn,
                # hoàn thành trong quý II/2027" dates the figure's goal; not a project's cost
                # ("cầu Cát Lái có tổng vốn đầu tư 7.000 tỷ đồng, hoàn thành vào …")
            opening = verb.start()
        if lex.has("past", text, clause.start, clause.end):
            return None
        times = [t for t in self._times_in(clause) if t.start >= verb.end()]
        if not times or self._past(times[0]) or (times[0].year is None):
            return None
        reported = lex.find("reporting", text, clause.start, verb.start())
        start = reported[-1].end() if reported else opening
        return self._trim(Clause(start, clause.end))

    def _scheduled_list(self, start: int) -> bool:
        """Rule ``scheduled_items``: whether the statement at ``start`` is an item of a list
        whose heading holds a schedule marker ("Theo tiến độ mới nhất, dự án gồm ba hạng
        mục:" then "1. Lò cao số 3: hoàn thành lắp đặt thiết bị trong quý II/2027"): each
        item's milestone is scheduled as the heading says."""
        text = self.text
        if BULLET.match(text, start) is None:
            return False
        line_end = text.rfind("\n", 0, start)
        while line_end > 0:
            line_start = text.rfind("\n", 0, line_end) + 1
            line = text[line_start:line_end]
            if line.strip() and BULLET.match(text, line_start) is None:
                lex = self.lex
                head = text.rfind(". ", line_start, line_end) + 1 or line_start  # its sentence
                return (
                    line.rstrip().endswith(":")
                    and lex.has("schedule_marker", text, head, line_end)
                    # not a report on a plan ("Kết quả thực hiện kế hoạch năm 2025 …:")
                    and not lex.has("closer_void", text, head, line_end)
                    and not lex.has("past", text, head, line_end)
                )
            line_end = line_start - 1
        return False

    def _action_item(self, clause: Clause, cues: list[Cue]) -> bool:
        """Rule ``action_after_figures``: a ";" item opening with an action verb after a
        quantified goal is one more goal ("…; tỷ lệ hộ nghèo giảm 1%; hoàn thành xây dựng
        nông thôn mới")."""
        text = self.text
        return (
            not cues
            and text[max(0, clause.start - 3) : clause.start].strip().endswith(";")
            and self._acts(clause.start)
            and not DIGIT.search(text[clause.start : clause.end])
            and not self.lex.has("past", text, clause.start, clause.end)
        )

    def _lists_goal(self, clause: Clause, cues: list[Cue]) -> bool:
        """Whether a clause with a number but no amount is one more goal of a list; not a
        comparison of the goal before ("sớm hơn 3 tháng so với tiến độ được phê duyệt")."""
        text, lex = self.text, self.lex
        return (
            not cues
            and bool(DIGIT.search(text[clause.start : clause.end]))
            and not self._amounts_in(clause.start, clause.end)
            and not lex.starts_with("split", text, clause.start)
            and not lex.has("past", text, clause.start, clause.end)
            and not lex.has("compare", text, clause.start, clause.end)
        )

    def _noun_list(
        self, prev: Clause, cues: list[Cue], span: Clause, amount: Amount, opens: bool
    ) -> bool:
        """Whether ``span`` ends a list of nouns begun in ``prev``.

        As in "tỷ lệ lao động có bằng cấp, chứng chỉ trên 50%", or, when ``prev``
        opens the statement, "Tỷ trọng công nghiệp chế biến, chế tạo … đạt 24%".
        """
        text = self.text
        words = len(WORD.findall(text[span.start : amount.start]))
        short_subject = (
            opens
            and len(WORD.findall(text[prev.start : prev.end])) <= 6
            and text[span.start].islower()
        )
        return (
            words > 0
            and (words <= 2 or short_subject)
            and not cues
            and not self._times_in(prev)
            and not self._amounts_in(prev.start, prev.end)
            and not DIGIT.search(self.text[prev.start : prev.end])
            and not self.lex.has("past", self.text, prev.start, prev.end)
        )

    def _extends(self, clause: Clause, cues: list[Cue]) -> bool:
        """Whether a clause without amount goes on describing the goal before it (not after ";")."""
        text, lex = self.text, self.lex
        if cues or DIGIT.search(text[clause.start : clause.end]):
            return False
        gap = text[max(0, clause.start - 4) : clause.start]
        if gap.strip().endswith(";") or any(q in gap for q in _CLOSING_QUOTES):
            return False  # not after ";", nor the speaker after a quote ("…", ông Hòa nói)
        return not (
            lex.starts_with("split", text, clause.start)
            or lex.starts_with("stop", text, clause.start)
            or lex.has("past", text, clause.start, clause.end)
        )


def with_owners(
    targets: list[Target], owner_of: Callable[[Target], str | None] | None = None
) -> list[Target]:
    """Give each target without owner one: ``owner_of(target)`` when it answers (whose
    figure the facts stage says its amount is), else the usual owner of the figures
    (goals without a number do not vote: the facts stage reads a figure's subject from
    its target's owner)."""
    owners = Counter(t.owner for t in targets if t.owner is not None and t.amount is not None)
    usual = owners.most_common(1)[0][0] if owners else None
    out = []
    for t in targets:
        if not t.owner:
            owner = (owner_of(t) if owner_of is not None else None) or usual
            t = t.model_copy(update={"owner": owner}) if owner else t
        out.append(t)
    return out


def _day_of(t: TimeRef) -> tuple[int | None, int | None, str | None] | None:
    """A written day or month as its value ("ngày 30/6/2027" and "30/6/2027" alike), or
    None for a time that names neither."""
    if t.kind == "date":
        return (t.year, t.month, t.date)
    if t.kind == "month":
        return (t.year, t.month, None)
    return None


def _same_goal(a: Target, b: Target) -> bool:
    """Whether two targets state one goal: the same amount and unit, or the same words."""
    if a.amount is not None and b.amount is not None:
        x, y = a.amount, b.amount
        return (x.value, x.min, x.max, x.unit) == (y.value, y.min, y.max, y.unit)
    if a.amount is None and b.amount is None:
        return a.text.casefold() in b.text.casefold() or b.text.casefold() in a.text.casefold()
    return False
