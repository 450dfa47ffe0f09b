"""An actor's own plans that no goal cue marks: "sẽ", "có kế hoạch" after a named actor.

The guidelines count an actor's own plan whatever the cue. A goal cue
("đặt mục tiêu") opens a goal passage; the rules here find the plans stated
with a plan marker only:

- ``own_future_action``: a named actor (an organisation or place of the
  article, or "Bộ", "công ty", "tỉnh", a speaker's "chúng tôi") then "sẽ", "có kế
  hoạch" and an action verb: "VPBank sẽ tiếp tục hỗ trợ tài chính cho chủ đầu tư",
  "Hãng có kế hoạch mở rộng hoạt động tại Lào"; the goal's amount is the first
  figure after the verb ("sẽ mở thêm 50 cửa hàng"). Not a belief ("tin tưởng sẽ"),
  not a condition ("nếu …, doanh nghiệp sẽ …"), not an event ("sẽ diễn ra"),
  not a heading for the goals that follow ("có kế hoạch triển khai những chiến
  lược quan trọng"), not a pledge of effort ("sẽ hỗ trợ hết mình"). "và" and an
  action with a figure of its own after the goal's figure open a second goal
  (``joined_figure_goal``: "sẽ giảm … xuống dưới 22% và dành ít nhất 40% …").
- ``planned_change_level``: a plan stated as a change from one level to
  another ("Lợi nhuận dự kiến tăng 16%, từ 3.858 tỷ đồng lên 4.460 tỷ đồng",
  "công ty sẽ tăng sản lượng từ 9-10 triệu lên 13-14 triệu sản phẩm/tháng"):
  the level reached is the goal, undated or not; the level it starts from is
  last year's result and the change before it only restates the goal.
- ``actor_expectation``: an undated plan figure whose plan word follows its
  actor ("Doanh nghiệp kỳ vọng doanh thu sẽ tăng 5-10%", "Công ty dự kiến
  chia cổ tức 15%") is the actor's own plan; "Giá thép dự kiến tăng 5%" names
  no actor and stays out.
- ``demanded_figure`` and ``demanded_action``: what a body is required or assigned
  to do ("yêu cầu các chủ đầu tư giải ngân 4.200 tỷ đồng", "yêu cầu nhà thầu lắp đặt
  xong thiết bị trong quý I/2027"): the first figure after the action verb, else the
  action itself when it names a time to come, one goal per joined action (and per
  joined clause due by a date: ", báo cáo trước ngày 20/12"); a time it is due by
  may stand before the action ("giao Sở Tài chính trước ngày 15/12 rà soát …"); the
  body may be a group or a list up to the action verb (``group_body``: "yêu cầu các
  bộ, ngành, địa phương giải ngân …"), and who asks must be a state body or an
  official, not voters, a company or an association.
- ``demanded_by_date``: a demand whose body is a group ("Bộ … yêu cầu các cơ sở đào
  tạo công bố đề án chậm nhất ngày 31/3/2027") or whose verb is not an action verb of
  the lexicon is a goal only when it is due by a date to come; the public's or a
  company's or an association's demands are none, nor is "yêu cầu" used as a noun.
- ``planned_action_figure``: an undated plan figure whose plan word opens an
  action that someone carries out ("Lễ hội dự kiến thu hút khoảng 80.000 lượt
  khách", "Kỳ thi dự kiến tổ chức 6 đợt") is a plan of the year the article
  reports on; a change of a quantity ("Giá thép dự kiến tăng 5%") stays out.
- ``investment_programme``: a programme of investment an actor announces
  ("công bố một chương trình đầu tư tới 700 triệu USD để …"), and the shares of
  it the same statement earmarks ("trong đó ít nhất 100 triệu USD sẽ dành cho
  …"); a project's cost ("dự án có tổng vốn đầu tư 5.000 tỷ đồng") is no
  programme, and one already spent ("đã công bố") is history.
- ``plan_beside_result``: a plan figure quoted right after the plan word a
  result is measured against ("mở mới 812 cửa hàng, vượt kế hoạch ban đầu 650
  cửa hàng", "vượt dự toán được giao 12.500 tỷ đồng") is the plan of the
  result's year (an undated report's: the year its times read); "vượt 5% kế hoạch"
  (the figure before the plan word) is the result, so is a percentage or a figure far
  from the result after "vượt kế hoạch" (the excess), unless who set the plan follows
  it ("vượt chỉ tiêu 10,5% mà Nghị quyết HĐND tỉnh đề ra"); after "hoàn thành",
  "đạt", "so với" any figure but a percentage is the plan ("hoàn thành kế hoạch doanh
  thu 165.000 tỷ đồng") unless the plan was met in a year before the article's (one of
  the year reported on stays a plan, met or not). The plan's year, its own noun (up to six
  words) and who set it ("được Đại hội đồng cổ đông thông qua") may stand between, and who
  set it and when before a figure in brackets ("kế hoạch lợi nhuận cả năm mà đại hội đồng
  cổ đông thông qua hồi tháng 4 (3.600 tỷ đồng)"). A result's year written
  only as "năm ngoái" in an undated article gives no plan (which year it means is
  unknown). In a forecast statement, the plan stands when its clause is not the
  statement's first and forecasts nothing itself (``plan_beside_forecast``: "dự báo cả
  năm đạt 17 tỷ USD, thấp hơn mục tiêu 18 tỷ USD"; not "…, có thể vượt kế hoạch 5%").
- ``demanded_figure``: a figure a body is required or assigned to reach
  ("yêu cầu các nhà thầu bổ sung ngay ít nhất 30% thiết bị", "giao chủ đầu tư
  giải ngân tối thiểu 4.200 tỷ đồng trong năm 2027"): the demand word, the
  body (an entity or a word such as "các địa phương"), an action verb, then the
  figure; "bàn giao mặt bằng" names no body. "yêu cầu" right before the action
  ("Nghị quyết yêu cầu giải ngân ít nhất 95% …") asks it of every body addressed.
- ``aspiration``: an actor's wish to become or reach something ("Quảng Ngãi
  muốn trở thành điểm đến … hàng đầu miền Trung"): a goal without a number.
- ``moved_schedule``: a schedule moved from one time to another ("thời hạn
  hoàn thành được lùi từ tháng 4/2026 sang quý III/2027"): the plan and its
  revision, two goals.
- ``scheduled_date``: a planned date named by its noun ("Ngày có hiệu lực dự
  kiến là 21/9/2026", "Thời điểm hoàn thành dự kiến vào quý IV/2027"): a
  schedule goal due that year; a past date, or one said to have slipped
  ("… nhưng đã bị lùi lại"), is history.
"""

from __future__ import annotations

import functools
import itertools
from bisect import bisect_left, bisect_right

import regex

from vnextract.resources import read_lines
from vnextract.schema import Amount, Target
from vnextract.targets.attributes import Attributes
from vnextract.targets.lexicon import _CUE_FILE, cue_phrases, lexicon
from vnextract.targets.state import WINDOW, WORD, Clause, Cue, TakenSpans, skip_space
from vnextract.text import lower_case

_LOOSE_SPACES = ("  ", "\t", "\r", "\f", "\v")  # words spaced other than by one space

# the words of a plan's own noun before its figure ("kế hoạch lợi nhuận", "chỉ tiêu bao phủ
# bảo hiểm y tế 94,5%")
_PLAN_NOUN_WORDS = 6
_PARTNER_WORDS = 8  # how far after "phối hợp" the action verb may stand
_BODY_WORDS = 8  # how far after a demand's first body the action verb may stand
_SETTER_WORDS = r"(?:[^\W\d][\w-]*\s+){0,6}?"  # who set a plan: up to six words, no figure
# "112%", "khoảng 64%", "gần 90%" before a plan word: a share of the plan
_SHARE_AT_END = regex.compile(
    r"\s*(?:(?:khoảng|gần|hơn|trên|chưa\s+tới|xấp\s+xỉ)\s+)?\d[\d.,]*\s*%\s*$"
)

_AND_BEFORE = regex.compile(r"(?<!\w)và\s+$", regex.IGNORECASE)  # "… và" right before "sẽ"
_AND_AFTER_FIGURE = regex.compile(r"\s+và(?=\s)", regex.IGNORECASE)  # "… 22% và dành …"
_SHORT_FORM = regex.compile(r"\(\s*[\w.&-]+\s*\)?")  # "(TDG)" (a clause may end before ")")
# the cue kinds that open a candidate of these rules, found in one pass over an article
_OPENERS = ("own_plan", "demand", "programme", "beside_plan", "scheduled", "moved", "aspiration")


@functools.cache
def _phrases(kinds: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(phrase in lower case, kind) of each cue of ``kinds`` in the cue file."""
    out = []
    for line in read_lines(*_CUE_FILE):  # the file the lexicon reads
        kind, _, phrase = line.partition("\t")
        if kind.strip() in kinds and phrase.strip():
            out.append((" ".join(phrase.lower().split()), kind.strip()))
    return tuple(out)


def find_cues(text: str, kinds: tuple[str, ...]) -> dict[str, list[Cue]]:
    """The cues of ``kinds`` in ``text``, by kind, each list in text order.

    A plain substring search per phrase on the lower-cased text, whole syllables only
    (several times faster than the cue file's patterns over a whole article); a text
    whose lower case changes its length ("İ") or that spaces words by more than one
    space ("có  kế hoạch") is searched with the patterns instead.

    >>> [c.text for c in find_cues("Công ty Sẽ mở rộng; sẽ.", ("own_plan",))["own_plan"]]
    ['Sẽ', 'sẽ']
    """
    found: dict[str, list[Cue]] = {kind: [] for kind in kinds}
    low = lower_case(text)
    if len(low) != len(text) or any(space in text for space in _LOOSE_SPACES):
        for kind in kinds:
            found[kind] = [
                Cue(m.start(), m.end(), m.group(), False) for m in lexicon().find(kind, text)
            ]
        return found
    for phrase, kind in _phrases(kinds):
        i = low.find(phrase)
        while i >= 0:
            j = i + len(phrase)
            if (i == 0 or not low[i - 1].isalnum()) and (j == len(low) or not low[j].isalnum()):
                found[kind].append(Cue(i, j, text[i:j], False))
            i = low.find(phrase, i + 1)
    for cues in found.values():
        cues.sort(key=lambda c: (c.start, -c.end))
    return found


# between a plan figure and the next one of the same plan: "và" or a comma, then the next
# metric's noun alone, one to four words ("kế hoạch doanh thu 165.000 tỷ đồng và lợi nhuận
# 6.000 tỷ đồng"; rule ``joined_plan_figure``)
_JOINED_PLAN_FIGURE = regex.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?P<noun>(?:[^\W\d]+\s+){1,4})")
# A plan's metric, a few words without a mark, then its figure in brackets: " lợi nhuận cả năm (";
# who set the plan and when may stand between (" lợi nhuận cả năm mà đại hội đồng cổ đông
# thông qua hồi tháng 4 (")
_BRACKETED_FIGURE = regex.compile(r"(?:\s+\w+){1,5}(?:\s+mà\s[^().;:\n]{1,80}?)?\s*\(\s*")


@functools.cache
def _setters() -> str:
    """The verbs that set a plan (cue kind ``plan_setter``), as one alternation."""
    phrases = sorted(cue_phrases()["plan_setter"], key=len, reverse=True)
    return "|".join(r"\s+".join(map(regex.escape, p.split())) for p in phrases)


@functools.cache
def _given_by() -> regex.Pattern[str]:
    """Who set the plan, between the plan word and its figure: "được Đại hội đồng cổ đông
    thông qua", "được UBND tỉnh phê duyệt" (rule ``plan_beside_result``)."""
    return regex.compile(
        rf"(?:đã\s+)?được\s+{_SETTER_WORDS}(?:{_setters()})(?!\w)", regex.IGNORECASE
    )


@functools.cache
def _set_by() -> regex.Pattern[str]:
    """Who set a plan, right after its figure ("mà Nghị quyết HĐND tỉnh đề ra", "mà Quốc
    hội giao", "do HĐND tỉnh giao", "được giao"): the figure is the plan's, not an excess
    over it."""
    return regex.compile(
        rf"\s*(?:(?:mà|do)\s+{_SETTER_WORDS}(?:đã\s+)?|được\s+)(?:{_setters()})(?!\w)",
        regex.IGNORECASE,
    )


class OwnPlans(Attributes):
    """An actor's own plans stated with a plan marker ("sẽ", "có kế hoạch") only."""

    def _opening(self, kind: str) -> list[Cue]:
        """The opening cues of ``kind`` in the article (all kinds found once)."""
        if self.openers is None:
            self.openers = find_cues(self.text, _OPENERS)
        return self.openers[kind]

    def _own_actions(self, found: list[Target]) -> list[Target]:
        """Rule ``own_future_action``: "<actor> sẽ <action verb> …".

        Rule ``joined_own_action``: a clause opening with an action verb (or "đồng thời"
        and one) after such a plan is one more plan of the same actor ("ngân hàng sẽ đẩy
        mạnh cho vay …, đồng thời hoàn tất phát hành 150 triệu cổ phiếu", "chủ đầu tư
        chuẩn bị triển khai giai đoạn 3, biến vùng đất … thành …"). Rule
        ``figure_of_action``: a comma-joined action whose figure spells out a plan
        without one is the same goal ("triển khai giai đoạn 3, xây dựng thêm 71 trụ").

        Args:
            found: the targets other rules found; a clause they overlap is theirs.

        Returns:
            One goal per clause, in text order.
        """
        text, lex = self.text, self.lex
        taken = TakenSpans([(t.start, t.end) for t in found])
        starts = self.sentence_starts
        out: list[Target] = []
        for m in self._opening("own_plan"):
            verb = self._action_at(m.end)  # the cheapest test first: most "sẽ" fail it
            k = bisect_right(starts, m.start) - 1
            if verb is None or k < 0:
                continue
            start, end = self.sentences[k]
            if m.end > end or self._not_own(start, end, m.start):
                continue
            clauses = self._clauses(start, end)
            i = next((i for i, c in enumerate(clauses) if c.start <= m.start < c.end), None)
            if i is None:
                continue
            clause = clauses[i]
            free = taken.free_end(clause.start, clause.end)
            if free < clause.end:
                # another rule's goal later in the clause ("Sở sẽ tuyển tối thiểu 2.500 giáo
                # viên và đề xuất thành phố hỗ trợ …"): the plan ends at the joint before it
                cut = max(text.rfind(" và ", verb, free), text.rfind(",", verb, free))
                if cut <= verb:
                    continue
                clause = self._trim(Clause(clause.start, cut))
            if self._amounts_in(clause.start, verb):
                continue
            actor = self._actor(clause.start, m.start)
            span_start = actor[0] if actor is not None else clause.start
            if (
                actor is None
                and i > 0
                and _AND_BEFORE.search(text, clause.start, m.start)
                # not after a report ("Vinamilk cho biết giá sữa đã tăng mạnh và sẽ tiếp tục
                # tăng 5%": what it reports goes on, the price's course, nobody's plan)
                and not lex.has("reporting", text, start, clause.start)
            ):
                # rule joined_own_plan: "Chúng tôi kiến nghị thành lập quỹ … và sẽ trình Chính
                # phủ đề án trong quý II/2027": the statement's actor plans this too
                actor = self._actor_opening(start, clauses[i - 1].end)
                span_start = m.start
            reported = lex.starts_with("reporting", text, clause.start) if i > 1 else None
            if (
                actor is None
                and reported is not None
                and not text[reported.end() : m.start].strip()
            ):
                # rule apposed_actor: "Tập đoàn Thái Dương, cổ đông lớn nhất nắm 46,2% vốn
                # …, cho biết sẽ hỗ trợ …": the name the statement opens with, described
                # between commas, speaks of its own plan; not "…, cho biết giá thịt lợn sẽ
                # tăng": a course it reports
                actor = self._named_opening(clauses[0])
                span_start = m.start
            if actor is None or lex.has("past", text, clause.start, clause.end):
                continue
            statement = Clause(start, end)
            owner = actor[1]
            if owner is None:  # "ngân hàng sẽ …": the bank the article is about
                marker = m
                self._enter_paragraph(start)
                owner = self._owner(actor[0], end, [[marker]], None)
            span = Clause(span_start, clause.end)
            figure = self._figure_after(verb, span)
            if figure is not None and self._counts_goals(figure):
                self.note("own_plan_heading", "dropped", span.start, span.end)
                continue  # "tỉnh sẽ tập trung vào ba trụ cột: …": a heading of goals
            # (goal span, its figure, the clause its metric is read from, rule)
            parts = [(span, figure, span, "own_future_action")]
            second = self._joined_figure_goal(span, figure)
            if second is not None:
                # rule joined_figure_goal: "sẽ giảm tỷ trọng … xuống dưới 22% và dành ít
                # nhất 40% chi đầu tư cho …": each figure is a goal of its own
                first = Clause(span.start, self._trim(Clause(span.start, second[2])).end)
                parts = [(first, figure, first, "own_future_action")]
                parts.append((second[0], second[1], second[0], "joined_figure_goal"))
            for nxt in clauses[i + 1 :]:
                joined = lex.starts_with("joined_plan", text, nxt.start)
                then = self._action_at(joined.end() if joined is not None else nxt.start)
                if (
                    then is None
                    or taken.overlaps(nxt.start, nxt.end)  # another rule's goal
                    or lex.has("past", text, nxt.start, nxt.end)
                    or lex.has("compare", text, nxt.start, nxt.end)  # "tăng gấp 1,5 lần so
                    # với vụ trước": the plan's figure compared, no plan of its own
                ):
                    break
                span = Clause(then, nxt.end)
                amount = self._figure_after(then, span)
                last, figure, part, rule = parts[-1]
                if joined is None and figure is None and amount is not None:
                    # rule figure_of_action: "triển khai giai đoạn 3, xây dựng thêm 71 trụ"
                    parts[-1] = (Clause(last.start, nxt.end), amount, span, rule)
                elif (
                    figure is not None
                    and amount is None
                    and lex.starts_with("milestone", text, then) is not None
                    and self._times_in(span)
                ):
                    # rule milestone_of_figure: "sẽ nâng công suất lên 40.000 tấn, hoàn
                    # thành trong quý II/2027": when the goal is due, no goal of its own
                    parts[-1] = (Clause(last.start, nxt.end), figure, part, rule)
                else:
                    parts.append((span, amount, span, "joined_own_action"))
            for span, amount, part, rule in parts:
                deadline = self._plan_figure_deadline(statement, span)
                out.append(self._target(span, amount, deadline, owner, m.text, part))
                taken.add(span.start, span.end)
                self.note(rule, "kept", span.start, span.end)
        return out

    def _joined_figure_goal(
        self, span: Clause, figure: Amount | None
    ) -> tuple[Clause, Amount, int] | None:
        """The second goal of a plan whose figure "và" and an action verb with a figure of
        its own follow in the same clause: (its span, its figure, where "và" stands)."""
        if figure is None:
            return None
        joint = _AND_AFTER_FIGURE.search(self.text, figure.end, span.end)
        if joint is None or self._amounts_in(figure.end, joint.start()):
            return None
        then = self._action_at(joint.end())
        if then is None:
            return None
        rest = Clause(then, span.end)
        amount = self._figure_after(then, rest)
        return None if amount is None else (rest, amount, joint.start())

    def _figure_after(self, pos: int, clause: Clause) -> Amount | None:
        """The first amount of ``clause`` from ``pos`` on that is not the level a change
        starts from ("tăng sản lượng từ 9-10 triệu lên 13-14 triệu" → the second), nor a
        price per unit ("sẽ bán thép cuộn với giá 14,2 triệu đồng/tấn": no goal's size)."""
        return next(
            (
                a
                for a in self._amounts_in(pos, clause.end)
                if a.end <= clause.end
                and not self._from_level(clause, a)
                and not (a.kind == "money" and a.per is not None)
            ),
            None,
        )

    def _action_at(self, pos: int) -> int | None:
        """Where the action verb after a plan marker ending at ``pos`` starts, or None.

        "sẽ tiếp tục hỗ trợ …" → "hỗ trợ"; none for "sẽ diễn ra", and none for a
        heading of the goals to come ("có kế hoạch triển khai những chiến lược …").
        """
        text, lex = self.text, self.lex
        verb = skip_space(text, pos)
        lead = lex.starts_with("future_lead", text, verb)
        if lead is not None:
            verb = lead.end()
        joint = lex.starts_with("joint_work", text, verb)
        if joint is not None:  # rule joint_action: "sẽ phối hợp với Bộ Nội vụ trình …"
            after_partner = self._action_after_partner(joint.end())
            if after_partner is None:
                return None
            verb = after_partner
        action = lex.starts_with("future_action", text, verb)
        if action is None or lex.starts_with("vague_object", text, action.end()):
            return None
        return verb

    def _action_after_partner(self, pos: int) -> int | None:
        """Where the action verb stands after "phối hợp" and its partner ("với Bộ Nội vụ",
        "với các xã, phường"): the first action verb in the next few words, else None
        ("phối hợp điều tra" states no plan)."""
        text, lex = self.text, self.lex
        for word in itertools.islice(WORD.finditer(text, pos), _PARTNER_WORDS):
            if lex.starts_with("future_action", text, word.start()) is not None:
                return word.start()
        return None

    def _not_own(self, start: int, end: int, pos: int) -> bool:
        """Whether a statement states no plan of its own: a forecast, history, someone's
        estimate ("Theo Bộ Tài chính, …") or a condition before ``pos`` ("Nếu …, … sẽ").

        "Theo ông Minh, ngân hàng sẽ …" reports the actor's plan through its people.
        """
        return (
            self._forecast(start, end)
            or self._history(start, end)
            or (self._attributed(start) and not self._said_by_person(start))
            or self.lex.has("condition", self.text, start, pos)
        )

    def _named_opening(self, clause: Clause) -> tuple[int, str | None] | None:
        """The name that is all of ``clause`` (a statement's opening before an aside), maybe
        with its short form in brackets ("Tập đoàn Thái Dương (TDG)"), if any."""
        named = self._mentions_in(clause.start, clause.start + 1)
        if not named or named[0][0] != clause.start:
            return None
        rest = self.text[named[0][0] + len(named[0][1]) : clause.end].strip()
        if rest and not _SHORT_FORM.fullmatch(rest):
            return None
        return named[0][0], named[0][2]

    def _actor_opening(self, start: int, end: int) -> tuple[int, str | None] | None:
        """The actor that opens a statement (after an opening quote), before ``end``."""
        at = start
        while at < end and not self.text[at].isalnum():
            at += 1
        named = self._mentions_in(at, at + 1)
        if named:
            return at, named[0][2]
        word = self.lex.starts_with("actor", self.text, at)
        return (at, None) if word is not None and word.end() <= end else None

    def _actor(self, start: int, pos: int) -> tuple[int, str | None] | None:
        """Who plans, right before the plan marker at ``pos``: (where, entity name).

        Times and words such as "cũng", "cho biết", "tới đây" may stand between the
        actor and its marker ("Bộ Y tế cho biết tới đây sẽ …"). The actor is an
        entity mention of the article, or an actor word ("Bộ", "công ty").
        """
        text, lex = self.text, self.lex
        end = pos
        while True:
            before = text[start:end].rstrip()
            end = start + len(before)
            time = next((t for t in self._times_in(Clause(start, end)) if t.end == end), None)
            if time is not None:
                end = time.start  # "ĐTQG trong năm 2016 sẽ …"
                continue
            filler = lex.ends_with("actor_filler", before)
            if filler is None or filler.start() == len(before):
                break
            end = start + filler.start()
        named = [mn for mn in self._mentions_in(start, end) if mn[0] + len(mn[1]) == end]
        if named:
            return named[-1][0], named[-1][2]
        word = lex.ends_with("actor", text[start:end])
        if word is not None:
            before = text[start : start + word.start()]
            if not lex.ends_with("plural", before):
                return start + word.start(), None
        return None

    def _reached_level(self, clause: Clause, a: Amount) -> bool:
        """Rule ``planned_change_level``: whether ``a`` is the level a change reaches,
        after the level it starts from ("từ 3.858 tỷ đồng lên 4.460 tỷ đồng")."""
        before = self._amounts_in(clause.start, a.start)
        return bool(before) and self._from_level(clause, before[-1])

    def _change_before_from_to(self, clause: Clause, a: Amount) -> bool:
        """Rule ``planned_change_level``: whether ``a`` is a change that a "từ … lên …"
        right after it spells out ("tăng 16%, từ 3.858 tỷ đồng lên 4.460 tỷ đồng")."""
        text = self.text
        pos = skip_space(text, a.end)
        pos = skip_space(text, pos + 1) if text.startswith(",", pos) else pos
        if not text.startswith("từ", pos):
            return False
        after = self._amounts_in(pos, pos + WINDOW)
        if not after or text[pos + 2 : after[0].start].strip():
            return False
        rest = self.text[after[0].end : after[0].end + 8].split()
        return bool(rest) and rest[0] in ("lên", "xuống")

    def _planned_level(self, t: Target) -> bool:
        """Rule ``planned_change_level``: an undated plan figure that is the level a change
        reaches, with a plan word before it in its sentence ("Lợi nhuận dự kiến tăng 16%,
        từ 3.858 tỷ đồng lên 4.460 tỷ đồng"): kept without a deadline."""
        a = t.amount
        if a is None:
            return False
        k = bisect_right(self.sentence_starts, a.start) - 1
        start, end = self.sentences[k]
        if not self.lex.has("weak", self.text, start, a.start):
            return False
        clause = next((c for c in self._clauses(start, end) if c.start <= a.start < c.end), None)
        return clause is not None and self._reached_level(clause, a)

    def _actor_expectation(self, t: Target) -> bool:
        """Rule ``actor_expectation``: whether the plan word before an undated plan figure
        follows its actor, from the start of its clause ("Doanh nghiệp kỳ vọng …")."""
        a = t.amount
        if a is None:
            return False
        k = bisect_right(self.sentence_starts, a.start) - 1
        start, end = self.sentences[k]
        clause = next((c for c in self._clauses(start, end) if c.start <= a.start < c.end), None)
        if clause is None:
            return False
        weak = self.lex.find("weak", self.text, clause.start, a.start)
        weak = weak or self.lex.find("passage", self.text, clause.start, a.start)
        if not weak:
            return False
        actor = self._actor(clause.start, weak[0].start())
        return actor is not None and actor[0] == self._skip_leads(
            clause.start, clause.end, cues=False
        )

    def _planned_action_figure(self, t: Target) -> bool:
        """Rule ``planned_action_figure``: whether the plan word right before an undated plan
        figure opens an action that someone carries out ("Kỳ thi dự kiến tổ chức 6 đợt",
        "Lễ hội dự kiến thu hút 80.000 lượt khách"), not a change of a quantity ("Giá thép
        dự kiến tăng 5%"): the plan of whoever acts, for the year the article reports on."""
        a = t.amount
        if a is None:
            return False
        text, lex = self.text, self.lex
        k = bisect_right(self.sentence_starts, a.start) - 1
        weak = lex.find("weak", text, self.sentences[k][0], a.start)
        verb = self._action_at(weak[-1].end()) if weak else None
        if verb is None or self._amounts_in(verb, a.start):
            return False
        action = lex.starts_with("future_action", text, verb)
        change = lex.starts_with("growth", text, verb)
        return action is not None and (change is None or action.end() > change.end())

    def _programmes(self, found: list[Target]) -> list[Target]:
        """Rule ``investment_programme``: the figures of an announced investment programme.

        Args:
            found: the targets other rules found; their amounts are theirs.

        Returns:
            The programme's figure and each share earmarked in its statement.
        """
        text, lex = self.text, self.lex
        taken = {id(t.amount) for t in found if t.amount is not None}
        starts = self.sentence_starts
        out: list[Target] = []
        for m in self._opening("programme"):
            k = bisect_right(starts, m.start) - 1
            start, end = self.sentences[k]
            announced = lex.find("announce", text, start, m.start)
            if not announced or self._not_own(start, end, m.start):
                continue
            if lex.has("past", text, start, m.start):
                continue  # "đã công bố chương trình đầu tư …": history
            figures = self._amounts_in(m.end, end)
            if not figures or len(WORD.findall(text[m.end : figures[0].start])) > 2:
                continue
            programme = figures[0]
            shares = [
                a
                for a in figures[1:]
                if lex.starts_with("earmarked", text, skip_space(text, a.end)) is not None
            ]
            for a in (programme, *shares):
                if id(a) in taken:
                    continue
                clause = next(c for c in self._clauses(start, end) if c.start <= a.start < c.end)
                part = Clause(announced[-1].start() if a is programme else clause.start, clause.end)
                deadline = self._plan_figure_deadline(Clause(start, end), clause)
                owner = self._owner(start, end, [[]], None)
                out.append(self._target(part, a, deadline, owner, announced[-1].group(), part))
                self.note("investment_programme", "kept", part.start, part.end)
        return out

    def _said_by_person(self, start: int) -> bool:
        """Whether a statement opens with "Theo" and a person ("Theo ông Minh, …")."""
        opening = self.lex.starts_with("attribution", self.text, start)
        return opening is not None and (
            self.lex.starts_with("person_title", self.text, opening.end()) is not None
        )

    def _plans_beside_results(self, found: list[Target]) -> list[Target]:
        """Rule ``plan_beside_result``: "<result verb> <plan word> <modifiers> <figure>".

        Args:
            found: the targets other rules found; their amounts are theirs.

        Returns:
            One target per plan figure, dated by its result's year.
        """
        text, lex = self.text, self.lex
        taken = {id(t.amount) for t in found if t.amount is not None}
        out: list[Target] = []
        for m in self._opening("beside_plan"):
            if not self._amounts_in(m.end, m.end + WINDOW):
                continue  # the cheapest test first: most plan words have no figure after them
            k = bisect_right(self.sentence_starts, m.start) - 1
            start, end = self.sentences[k]
            window = text[max(start, m.start - WINDOW) : m.start]
            # "bằng 112% dự toán Trung ương giao (19.100 tỷ đồng)": a share of the plan between
            unshared = _SHARE_AT_END.sub("", window)
            verb = lex.ends_with("beside_result", unshared)
            if verb is None and len(unshared) < len(window):  # "đã thực hiện 78% kế hoạch …"
                verb = lex.ends_with("share_result", unshared)
            if verb is None:
                continue
            a = self._figure_after_plan_word(m.end, end)
            if a is None or id(a) in taken:
                continue
            clause = self._clause_of(m.start)
            if self._forecast_of_plan(start, end, clause):
                continue
            excess = (
                len(unshared) == len(window)  # "đạt 64% chỉ tiêu 116.000 căn": the plan's
                and lex.is_all("excess_verb", verb.group())
                and not self._near_result(start, m.start, a)
            )
            if (
                excess
                and (a.kind == "percent" or lex.is_all("surplus_verb", verb.group()))
                and _set_by().match(text, a.end) is None
            ):
                continue  # "vượt kế hoạch 10%", "vượt kế hoạch 200 tỷ đồng": the excess; but
                # "vượt chỉ tiêu 10,5% mà Nghị quyết HĐND tỉnh đề ra" names the plan's figure
            statement = Clause(start, end)
            times = self._times_in(statement)
            if any(t.relative and t.kind != "month" for t in times) and not self.dated:
                continue  # "Năm ngoái, …" in an undated article: which year is unknown
            deadline = self._plan_figure_deadline(statement, clause)
            if deadline is None:
                # a report's plan figures are for the year it reports on: its own day's,
                # else the one its times read ("kết quả kinh doanh tháng 11/2026 …")
                deadline = self.now
            settled = excess or lex.is_all("missed_verb", verb.group())  # met or missed
            if deadline is None or (settled and self._achieved(deadline)):
                continue  # "Năm 2024, …, đã hoàn thành kế hoạch trồng mới 5.000 ha" in an
                # article of 2026: history
            part = Clause(m.start, max(a.end, min(clause.end, a.end)))
            self._enter_paragraph(start)
            owner = self._owner(start, end, [[]], None)
            out.append(self._target(part, a, deadline, owner, m.text, part))
            taken.add(id(a))
            self.note("plan_beside_result", "kept", part.start, part.end)
            for b, b_part in self._joined_plan_figures(a, end, taken):
                out.append(self._target(b_part, b, deadline, owner, m.text, b_part))
                taken.add(id(b))
                self.note("joined_plan_figure", "kept", b_part.start, b_part.end)
        return out

    def _joined_plan_figures(
        self, a: Amount, end: int, taken: set[int]
    ) -> list[tuple[Amount, Clause]]:
        """Rule ``joined_plan_figure``: the figures of further metrics joined to a plan
        figure by "và" or a comma, with only the metric's noun before each, opened by a plan
        metric (cue kind ``plan_metric``: "kế hoạch doanh thu 165.000 tỷ đồng và lợi nhuận
        6.000 tỷ đồng", "… và lợi nhuận hơn 640 tỷ đồng"; not "… và lợi nhuận đạt 6.500 tỷ
        đồng", "… và nộp ngân sách 1.150 tỷ đồng", nor "…, tăng 12%"), each with the clause
        from its noun to its end."""
        text, lex = self.text, self.lex
        out: list[tuple[Amount, Clause]] = []
        while True:
            joint = _JOINED_PLAN_FIGURE.match(text, a.end, end)
            if joint is None:
                return out
            noun = joint.start("noun")
            metric = lex.starts_with("plan_metric", text, noun)
            if metric is None:
                return out  # "… và nộp ngân sách 1.150 tỷ đồng": a verb, a result
            # the figure after the metric's words, maybe opening with its qualifier ("lợi
            # nhuận hơn 640 tỷ đồng")
            nxt = self._amounts_in(metric.end(), joint.end() + 1)
            if (
                not nxt
                or id(nxt[0]) in taken
                or lex.has("metric_verb", text, metric.end(), nxt[0].start)
                or lex.has("growth", text, metric.end(), nxt[0].start)
            ):
                return out
            a = nxt[0]
            out.append((a, Clause(noun, a.end)))

    def _forecast_of_plan(self, start: int, end: int, clause: Clause) -> bool:
        """Whether a forecast reaches the plan word's ``clause``: a forecast statement, unless
        the clause is not the statement's first and forecasts nothing itself (rule
        ``plan_beside_forecast``: "Hiệp hội dự báo cả năm đạt 17 tỷ USD, thấp hơn mục tiêu
        18 tỷ USD": the forecast is of the result, the plan stands; not "…, có thể vượt kế
        hoạch 5%"). Where the forecast word stands in the statement does not matter:
        "…, vượt mục tiêu 15 tỷ USD; hiệp hội dự báo cả năm …" keeps the plan too."""
        if not self._forecast(start, end):
            return False
        return clause.start <= start or self._forecast(clause.start, clause.end)

    def _achieved(self, deadline: int) -> bool:
        """Whether a plan met ("hoàn thành kế hoạch …", "đạt mục tiêu …") is history: a year
        before the article's own. A plan of the year reported on stays a plan, met or not
        ("Như vậy, công ty đã hoàn thành chỉ tiêu lợi nhuận 1.050 tỷ đồng")."""
        now = self.day if self.day is not None else self.now
        return now is not None and deadline < now

    def _figure_after_plan_word(self, pos: int, end: int) -> Amount | None:
        """The amount right after a plan word ending at ``pos``: only its modifiers
        ("ban đầu", "được giao", "đề ra"), a time, "là" or "(" between, no comma; or
        the figure in brackets after the plan's metric (rule ``bracketed_plan``: "hoàn
        thành 62% kế hoạch lợi nhuận cả năm (665 tỷ đồng)")."""
        text, lex = self.text, self.lex
        bracketed = _BRACKETED_FIGURE.match(text, pos, end)
        if bracketed is not None:
            inside = self._amounts_in(bracketed.end(), bracketed.end() + 1)
            if inside:
                return inside[0]
        nouns = 0  # the words of the plan's own noun read so far ("kế hoạch vốn …")
        while pos < end:
            pos = skip_space(text, pos)
            nxt = self._amounts_in(pos, pos + 1)
            if nxt:
                return nxt[0]
            modifier = lex.starts_with("plan_modifier", text, pos) or _given_by().match(text, pos)
            time = next((t for t in self._times_in(Clause(pos, end)) if t.start == pos), None)
            giver = next((m for m in self._mentions_in(pos, pos + 1)), None)
            word = WORD.match(text, pos)
            if time is not None:  # before the modifier "năm": "kế hoạch năm 2026 là …"
                pos = time.end
            elif modifier is not None and modifier.end() > pos:
                pos = modifier.end()
            elif text.startswith("(", pos):
                pos += 1
            elif giver is not None:  # "kế hoạch Bộ Tài chính giao là 8,87 triệu tấn"
                pos = giver[0] + len(giver[1])
            elif nouns < _PLAN_NOUN_WORDS and word is not None and self._plan_noun(word, nouns):
                pos, nouns = word.end(), nouns + 1  # rule plan_noun: "kế hoạch vốn 14.250 tỷ"
            else:
                return None
        return None

    def _plan_noun(self, word: regex.Match[str], read: int) -> bool:
        """Whether a word in lower case after a plan word names the plan's measure ("kế
        hoạch vốn …"), no past, report or joiner. A change word names it only as the
        plan's first word ("chỉ tiêu giảm 3,5 điểm phần trăm", "mục tiêu tăng trưởng
        8%"), not after other words ("dự toán được giao và tăng 12,7%");
        ``read`` counts the plan's words before ``word``."""
        from vnextract.facts.cues import cues  # the facts' joiners and change verbs; no cycle

        text, lex, pos = self.text, self.lex, word.start()
        barred = ("joiner", "increase", "decrease") if read else ("joiner",)
        return (
            word.group().islower()
            and lex.starts_with("past", text, pos) is None
            and lex.starts_with("reporting", text, pos) is None
            and cues().starts_any(barred, text, pos) is None
        )

    def _near_result(self, start: int, pos: int, a: Amount) -> bool:
        """Whether a result of ``a``'s unit before ``pos`` is within a factor of two of it.

        After "vượt kế hoạch" a figure is the plan only when it compares with the result
        ("mở mới 812 cửa hàng, vượt kế hoạch 650 cửa hàng"); a percentage or a small
        figure is the excess ("vượt kế hoạch 10%").
        """
        if a.kind == "percent" or a.value is None or a.value <= 0:
            return False
        return any(
            r.unit == a.unit and r.value is not None and a.value / 2 <= r.value <= a.value * 2
            for r in self._amounts_in(start, pos)
        )

    def _demands(self, found: list[Target]) -> list[Target]:
        """Rule ``demanded_figure``: "<yêu cầu|giao> <body> <action verb> … <figure>", the
        figure maybe in an action joined after a comma ("giao các sở, ngành rà soát, chuyển
        đổi 3.000 ha …").

        Args:
            found: the targets other rules found; their amounts are theirs.

        Returns:
            One target per demand, its figure the first after the action verb.
        """
        text, lex = self.text, self.lex
        taken = {id(t.amount) for t in found if t.amount is not None}
        spans = TakenSpans([(t.start, t.end) for t in found])
        out: list[Target] = []
        for m in self._opening("demand"):
            body = self._body_end(skip_space(text, m.end))
            due_first: int | None = None  # where a due time before the action starts
            if body is not None:
                past_due = self._past_due_time(body)  # "giao Sở Tài chính trước ngày 15/12 rà soát"
                if past_due != body:
                    due_first, body = skip_space(text, body), past_due
                lead = lex.starts_with("demand_lead", text, skip_space(text, body))
                body = lead.end() if lead is not None else body  # "… phải hoàn thành"
            elif m.text.casefold() == "yêu cầu":
                body = m.end  # "Nghị quyết yêu cầu giải ngân ít nhất 95% …": all who act on it
            verb = self._action_at(body) if body is not None else None
            # rule demanded_by_date: a body named by a group word ("các cơ sở đào tạo") or
            # an action verb outside the list is read when the action is due by a date
            if verb is None and body is None:
                group = skip_space(text, m.end)
                body = group if lex.starts_with("plural", text, group) is not None else None
            if body is None:
                continue  # the cheapest tests first: "bàn giao", "giao thông" fail them
            start, end = self._statement_of(m.start)
            if self._not_own(start, end, m.start) or not self._may_demand(m, start):
                continue
            if self._not_state_asker(m, start):
                continue  # "Cử tri yêu cầu …", "Đáp ứng yêu cầu về tiến độ, …"
            clause = self._clause_of(m.start)
            if verb is not None and verb >= clause.end:  # "các bộ, ngành, địa phương giải ngân"
                clause = Clause(clause.start, self._clause_of(verb).end)
            if lex.has("past", text, clause.start, clause.end):
                continue
            rule = "demanded_action"
            if verb is None:
                verb, rule = skip_space(text, body), "demanded_by_date"
                if self._amounts_in(verb, clause.end) or not self._demanded_actions(
                    Clause(verb, clause.end), start, end
                ):
                    continue
            figure = self._figure_after(verb, clause)
            part = Clause(verb, clause.end)
            if figure is None:  # "giao các sở, ngành rà soát, chuyển đổi 3.000 ha …": the
                # figure of an action joined to the one demanded
                for nxt in (c for c in self._clauses(start, end) if c.start >= clause.end):
                    then = self._action_at(nxt.start)
                    if then is None or ";" in text[clause.end : nxt.start]:
                        break  # after ";" another item of a list, with its own actor
                    figure = self._figure_after(then, nxt)
                    if figure is not None:
                        part = Clause(then, nxt.end)
                        break
            owner = next((mn[2] for mn in self._mentions_in(skip_space(text, m.end), verb)), None)
            if figure is None:
                if due_first is not None and self._amounts_in(clause.end, end):
                    continue  # "giao Sở Tài chính trước ngày 15/12 rà soát, đề xuất điều
                    # chuyển khoảng 1.200 tỷ đồng …": the figure's goal is another rule's
                first = Clause(verb if due_first is None else due_first, clause.end)
                for action in self._demanded_actions(first, start, end):
                    if not spans.overlaps(action.start, action.end):
                        due = self._deadline(action)
                        held = self._figure_after(action.start, action)
                        if held is not None and id(held) in taken:
                            continue
                        out.append(self._target(action, held, due, owner, m.text, action))
                        spans.add(action.start, action.end)
                        self.note(rule, "kept", action.start, action.end)
                continue
            if id(figure) in taken:
                continue
            deadline = self._plan_figure_deadline(Clause(start, end), clause)
            out.append(self._target(part, figure, deadline, owner, m.text, part))
            taken.add(id(figure))
            spans.add(part.start, part.end)
            self.note("demanded_figure", "kept", part.start, part.end)
        return out

    def _demanded_actions(self, first: Clause, start: int, end: int) -> list[Clause]:
        """Rule ``demanded_action``: a demanded action with no figure that names a time to
        come after a deadline word is a goal ("yêu cầu nhà thầu hoàn thành phần xây lắp
        trước ngày 31/12/2026"), and so is each action joined after it with a time of its
        own (", lắp đặt xong thiết bị trong quý I/2027"); "yêu cầu các sở tiếp tục tháo gỡ
        vướng mắc" names no time and no goal."""
        out: list[Clause] = []
        part: Clause | None = first
        later = (c for c in self._clauses(start, end) if c.start >= first.end)
        while part is not None:
            if self.lex.has("past", self.text, part.start, part.end):
                break
            if self._amounts_in(part.start, part.end):
                # a joined action with a figure, due by its own time ("…, đồng thời khởi công
                # ít nhất 18 trường ngay trong quý I/2027"): the last demanded action
                if part is not first and self._due_times(part, completes=True):
                    out.append(part)
                break
            completes = self.lex.has("completion", self.text, part.start, part.end)
            if self._due_times(part, completes=completes):
                out.append(part)
            nxt = next(later, None)
            if nxt is None:
                break
            joined = self.lex.starts_with(
                "joined_plan", self.text, skip_space(self.text, nxt.start)
            )
            # ", đồng thời chuyển toàn bộ xe … chậm nhất trong năm 2028": one more action
            verb = self._action_at(joined.end() if joined is not None else nxt.start)
            if verb is not None:
                part = Clause(verb, nxt.end)
            elif not self.lex.starts_with(
                "aside_opening", self.text, skip_space(self.text, nxt.start)
            ) and self._due_times(nxt, completes=False):  # ", báo cáo trước ngày 20/12"
                part = nxt
            else:
                part = None
        return out

    def _due_times(self, part: Clause, *, completes: bool) -> bool:
        """Whether ``part`` is due by a time to come: a time after a
        due word ("trước ngày 31/12", "chậm nhất quý II") or, for an action that
        ``completes`` something, after any deadline word ("lắp đặt xong … trong quý
        I/2027"); not the day of an event ("tổ chức hội nghị vào ngày 28/12") nor a
        duty's span ("tăng cường tuần tra trong dịp cuối năm")."""
        times = [
            t
            for t in self._times_in(part)
            if self.lex.ends_with("due_by", self._before_year(t)) is not None
            or (completes and self._has_deadline_word(Clause(part.start, t.end)))
        ]
        return bool(times) and self._not_past(times[:1]) and self._deadline(part) is not None

    def _may_demand(self, m: Cue, start: int) -> bool:
        """Whether the one who asks at ``m`` sets what it asks: "yêu cầu", "giao", "chỉ đạo"
        do; "đề nghị" only from a state body ("Bộ Xây dựng đề nghị các tỉnh …"), not from
        an association or a company, whose requests are wishes."""
        return m.text.casefold() != "đề nghị" or self._state_asks(m, start)

    def _not_state_asker(self, m: Cue, start: int) -> bool:
        """Whether who asks at ``m`` sets no goal: "yêu cầu" used as a noun ("Đáp ứng yêu
        cầu về tiến độ"), a company or an association named last before it ("Hiệp hội
        Doanh nghiệp yêu cầu …") or the public ("Cử tri yêu cầu …"); a state body, an
        official ("Ông cũng giao …") or a place ("Thành phố yêu cầu …") sets one."""
        from vnextract.facts.subject import is_state_body  # no cycle: facts reads targets

        text, lex = self.text, self.lex
        if lex.starts_with("demand_noun_after", text, skip_space(text, m.end)) is not None:
            return True
        if lex.has("public_asker", text, start, m.start):
            return True
        named = self._mentions_in(start, m.start)
        return (
            bool(named)
            and self.labels.get(named[-1][2]) == "ORG"
            and not is_state_body(named[-1][2])
        )

    def _state_asks(self, m: Cue, start: int) -> bool:
        """Whether a state body or a state title asks at ``m`` ("Thủ tướng … đề nghị",
        "Bộ Xây dựng yêu cầu"), not voters, an association or a company."""
        from vnextract.facts.subject import is_state_body  # no cycle: facts reads targets

        if self.lex.has("state_title", self.text, start, m.start):
            return True  # "Thủ tướng Phạm Minh Chính đề nghị các tỉnh …"
        named = self._mentions_in(start, m.start)
        return bool(named) and is_state_body(named[-1][2])

    def _past_due_time(self, pos: int) -> int:
        """Past a time the action is due by when one stands at ``pos`` between a body and
        its action ("giao Sở Tài chính trước ngày 15/12 rà soát …"), else ``pos``."""
        at = skip_space(self.text, pos)
        word = self.lex.starts_with("due_by", self.text, at)
        if word is None:
            return pos
        at = skip_space(self.text, word.end())
        i = bisect_left(self.time_starts, at)
        if i < len(self.times) and self.times[i].start == at:
            return self.times[i].end
        return pos

    def _body_end(self, pos: int) -> int | None:
        """Where the body a demand names ends, when one starts at ``pos``: an entity
        mention or a body word ("các nhà thầu", "chủ đầu tư"), with the bodies listed after
        it up to the action verb ("các bộ, ngành, địa phương giải ngân …"), or a group of
        bodies up to the action verb ("các sở chuyên ngành hoàn thành …"); else None."""
        text, lex = self.text, self.lex
        named = [mn for mn in self._mentions_in(pos, pos + 1)]
        word = lex.starts_with("demand_body", text, pos)
        if named:
            end = named[0][0] + len(named[0][1])
        elif word is not None:
            end = word.end()
        elif lex.starts_with("plural", text, pos) is not None:
            return self._verb_after_bodies(pos)  # rule group_body
        else:
            return None
        if self._action_at(end) is None:
            return self._verb_after_bodies(end) or end
        return end

    def _verb_after_bodies(self, pos: int) -> int | None:
        """Where the first action verb stands in the next few words after ``pos``, with only
        words, commas and "và" on the way (the rest of a list of bodies); else None."""
        text = self.text
        prev = pos
        for word in itertools.islice(WORD.finditer(text, pos), _BODY_WORDS):
            if text[prev : word.start()].strip(" ,"):
                return None  # a bracket, a stop or a figure ends the list of bodies
            if self.lex.starts_with("body_clause", text, word.start()) is not None:
                return None  # "các nhà thầu chưa hoàn thành 50% khối lượng giải trình …"
            if self._action_at(word.start()) is not None:
                return word.start()
            prev = word.end()
        return None

    def _aspirations(self, found: list[Target]) -> list[Target]:
        """Rule ``aspiration``: an actor's wish to become or reach something ("Quảng Ngãi
        muốn trở thành điểm đến sinh thái hàng đầu miền Trung", "Hãng mong muốn lọt vào
        nhóm 10 hãng bay đúng giờ nhất") is its goal, without a number; a wish to do
        something ("mong muốn hợp tác") is none, nor one in the past or under a condition.

        Args:
            found: the targets other rules found; a clause they overlap is theirs.

        Returns:
            One goal per such clause.
        """
        text, lex = self.text, self.lex
        taken = TakenSpans([(t.start, t.end) for t in found])
        out: list[Target] = []
        for m in self._opening("aspiration"):
            aim = lex.starts_with("aspired", text, skip_space(text, m.end))
            if aim is None:
                continue
            start, end = self._statement_of(m.start)
            clause = self._clause_of(m.start)
            actor = self._actor(clause.start, m.start)
            if (
                actor is None
                or taken.overlaps(clause.start, clause.end)
                or self._not_own(start, end, m.start)
                or lex.has("past", text, clause.start, clause.end)
                or self._amounts_in(aim.end(), clause.end)
            ):
                continue
            span = Clause(actor[0], clause.end)
            due = self._deadline(span)
            if due is not None and self.now is not None and due < self.now:
                continue
            out.append(self._target(span, None, due, actor[1], m.text))
            taken.add(span.start, span.end)
            self.note("aspiration", "kept", span.start, span.end)
        return out

    def _moved_schedules(self, found: list[Target]) -> list[Target]:
        """Rule ``moved_schedule``: a schedule moved from one time to another ("thời hạn
        hoàn thành được lùi từ tháng 4/2026 sang quý III/2027", "tiến độ điều chỉnh từ năm
        2026 sang năm 2028") states the plan and its revision: two goals, each due at its
        own time; a span of time ("kéo dài từ năm 2026 đến năm 2030" with no schedule word
        or milestone before it) states none.

        Args:
            found: the targets other rules found; a clause they overlap is theirs.

        Returns:
            Two goals without a number per such move.
        """
        text, lex = self.text, self.lex
        taken = TakenSpans([(t.start, t.end) for t in found])
        out: list[Target] = []
        for m in self._opening("moved"):
            at = skip_space(text, m.end)
            if not text.startswith("từ", at):
                continue
            ends = self._moved_times(at)
            if ends is None:
                continue
            (first_end, first_year), (second_end, second_year) = ends
            today = self.day if self.day is not None else self.now
            if today is not None and second_year < today:
                continue  # "Năm 2024, thời hạn … được lùi từ tháng 6/2024 sang tháng 12/2025"
            clause = self._clause_of(m.start)
            if not (
                lex.has("schedule_word", text, clause.start, m.start)
                or lex.has("milestone", text, clause.start, m.start)
            ) or taken.overlaps(clause.start, second_end):
                continue
            joined = lex.starts_with("joined_plan", text, clause.start)  # "đồng thời …"
            opening = skip_space(text, joined.end()) if joined is not None else clause.start
            for span, due in (
                (Clause(opening, first_end), first_year),
                (Clause(m.start, second_end), second_year),
            ):
                span = self._trim(span)
                out.append(self._target(span, None, due, None, m.text))
                self.note("moved_schedule", "kept", span.start, span.end)
            taken.add(clause.start, second_end)
        return out

    def _moved_times(self, at: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The (end, year) of the two times of "từ <time> sang|đến <time>" at ``at``, or
        None; the years stage may read the two as one period ("từ năm 2026 sang năm
        2028"), whose ends are its years."""
        text, lex = self.text, self.lex
        times = self._times_in(Clause(at, min(len(text), at + WINDOW)))
        if not times:
            return None
        first = times[0]
        if first.kind == "period" and first.start == at:
            joint = next(iter(lex.find("moved_to", text, first.start + 2, first.end)), None)
            if joint is None or first.start_year is None or first.end_year is None:
                return None
            first_end = first.start + len(text[first.start : joint.start()].rstrip())
            return (first_end, first.start_year), (first.end, first.end_year)
        if len(times) < 2 or text[at + 2 : first.start].strip():
            return None  # "từ" right before the first time
        second = times[1]
        to = lex.starts_with("moved_to", text, skip_space(text, first.end))
        if to is None or skip_space(text, to.end()) != second.start:
            return None
        if first.year is None or second.year is None:
            return None
        return (first.end, first.year), (second.end, second.year)

    def _scheduled_dates(self, found: list[Target]) -> list[Target]:
        """Rule ``scheduled_date``: "<date noun> dự kiến (là|vào) <date to come>".

        Args:
            found: the targets other rules found; a clause they overlap is theirs.

        Returns:
            One goal without a number per such clause.
        """
        text, lex = self.text, self.lex
        taken = TakenSpans([(t.start, t.end) for t in found])
        out: list[Target] = []
        for m in self._opening("scheduled"):
            start, end = self._statement_of(m.start)
            clause = self._clause_of(m.start)
            noun = lex.ends_with("schedule_noun", text[clause.start : m.start])
            if noun is None or taken.overlaps(clause.start, clause.end):
                continue  # "Ngày có hiệu lực dự kiến là …": the date's noun right before
            noun_start = clause.start + noun.start()
            time = next((t for t in self._times_in(clause) if t.start >= m.end), None)
            if (
                time is None
                or time.year is None
                or self._past(time)
                or self._not_own(start, end, noun_start)
            ):
                continue
            if text[m.end : time.start].strip() or lex.has("past", text, time.end, clause.end):
                continue  # "dự kiến là" then the date, nothing between; "… nhưng đã bị lùi"
            span = Clause(noun_start, time.end)
            out.append(self._target(span, None, time.year, None, m.text))
            taken.add(span.start, span.end)
            self.note("scheduled_date", "kept", span.start, span.end)
        return out
