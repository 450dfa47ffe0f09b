"""What is not a target: forecasts, results, someone else's estimate, titles, restated figures.

Each test here is one named rule (its name in ``targets.explain``'s trace).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from vnextract.schema import Amount, Target, TimeRef
from vnextract.targets.cues import Cues
from vnextract.targets.state import DURATION, WINDOW, WORD, Clause, Cue, skip_space

# Right after a forecast word, points back to a forecast told before: "dự báo này".
_REFERRED = regex.compile(r"\s+(?:này|trên|đó|nói trên)(?!\w)", regex.IGNORECASE)


_SPEAKER_GAP = 3  # the most words between a forecaster's name and its forecast word


class NotTargets(Cues):
    """What is no target: forecasts, results, estimates by others, titles, restated figures."""

    def _forecast(self, start: int, end: int) -> bool:
        """Whether a statement is a forecast ("chuyên gia dự báo", "có thể tăng").

        A forecast word in the purpose of a goal ("đặt mục tiêu …, để doanh nghiệp
        có thể …") does not count, nor one that points back to a forecast told before
        (rule ``forecast_referred``: "Trước dự báo này, PV Power đặt mục tiêu …").

        Args:
            start: where the statement starts.
            end: where it ends.

        Returns:
            True when a forecast word outside a goal's purpose occurs in it.
        """
        known = self.forecast_cache.get((start, end))
        if known is None:  # asked by several rules of the same statement: read once
            known = self.forecast_cache[(start, end)] = self._forecast_words(
                start, end
            ) or self._forecaster_goes_on(start, end)
        return known

    def _forecast_words(self, start: int, end: int) -> bool:
        """Whether a forecast word outside a goal's purpose occurs in a statement."""
        return any(
            not self._in_purpose(start, m.start())
            and _REFERRED.match(self.text, m.end()) is None
            # "giảm 15,8% … so với kịch bản phát triển thông thường": the base compared with
            and self.lex.ends_with("baseline", self.text[max(start, m.start() - 12) : m.start()])
            is None
            for m in self.lex.find_in("forecast", self.text, start, end)
        )

    def _forecaster_goes_on(self, start: int, end: int) -> bool:
        """Rule ``forecaster_goes_on``: a statement whose first name forecast earlier in its
        paragraph goes on with that forecast ("SSI dự báo lợi nhuận … Tuy nhiên, SSI lưu ý
        thị trường … dự kiến chỉ tăng 2-3% trong năm tới")."""
        named = self._mentions_in(start, end)
        if not named or self.lex.find_in("goal", self.text, start, end):
            return False  # "Việt Nam đặt mục tiêu …" after a forecast about it: its own goal
        name = named[0][2]
        paragraph = self._paragraph_of(start) or []
        return any(s < start and self._forecast_by(name, s, e) for s, e in paragraph)

    def _forecast_by(self, name: str, start: int, end: int) -> bool:
        """Whether ``name`` makes a forecast in a statement: a forecast word a few words
        after its mention ("Chứng khoán SSI dự báo …"), not a forecast about it ("Ngân
        hàng Thế giới dự báo GDP của Việt Nam …")."""
        text = self.text
        words = [w.start() for w in self.lex.find_in("forecast", text, start, end)]
        for at, written, mentioned in self._mentions_in(start, end):
            after = at + len(written)
            if mentioned == name and any(
                w >= after and len(text[after:w].split()) <= _SPEAKER_GAP for w in words
            ):
                return True
        return False

    def _history(self, start: int, end: int) -> bool:
        """Whether a statement reports a past plan as history ("Trước đây, tỉnh từng đặt …").

        Rule ``earlier_plan``: "Trước đó," opening a statement whose goal cue follows
        reports the plan before its revision ("Trước đó, tờ trình đặt mục tiêu lãi
        1.000 tỷ đồng"): a target, like the revised plan; not when a result word
        comes before the cue ("Trước đó, công ty đã đạt mục tiêu …").
        """
        text, lex = self.text, self.lex
        for m in lex.find_in("history", text, start, end):
            opening = lex.starts_with("earlier_version", text, start)
            goal = lex.find("goal", text, opening.end(), end) if opening is not None else []
            if (
                opening is not None
                and m.start() == start
                and goal
                and self._set_before_goal(opening.end(), goal[0].start(), start, end)
            ):
                self.note("earlier_plan", "kept", start, end)
                continue
            return True
        return False

    def _set_before_goal(self, pos: int, cue: int, start: int, end: int) -> bool:
        """Whether nothing between "Trước đó," and a goal cue says the goal was reached: no
        past word, but "đã" right before the cue of a goal for a time not past ("Trước đó,
        ông … đã cam kết hỗ trợ tối đa 35.000 tỷ đồng trong giai đoạn 2026-2027")."""
        text, lex = self.text, self.lex
        for past in lex.find("past", text, pos, cue):
            if past.group().casefold() != "đã" or skip_space(text, past.end()) != cue:
                return False
            if not self._not_past(self._times_in(Clause(start, end))):
                return False  # "Trước đó, năm 2023 tập đoàn đã cam kết …": history
        return True

    def _not_past(self, times: list[TimeRef]) -> bool:
        """Whether no time of ``times`` is before the article's own day (its year)."""
        now = self.day if self.day is not None else self.now
        return all(now is None or (t.end_year or t.year or 0) >= now for t in times)

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

    def _reports(self, start: int, end: int) -> bool:
        """Whether a statement without cue reports results ("Tính đến ngày 30/6, …").

        A past marker that is the base of a comparison does not count (rule
        ``compared_base``: "- Kim ngạch xuất khẩu 2,1 tỷ USD, tăng 9% so với ước thực hiện
        năm 2026;" is an item of a plan).
        """
        text = self.text
        if DURATION.search(text, start, end) or any(
            self.lex.ends_with("compared", text[max(start, m.start() - 10) : m.start()]) is None
            for m in self.lex.find("past", text, start, end)
        ):
            return True
        lo, hi = bisect_left(self.time_starts, start), bisect_left(self.time_starts, end)
        return any(t.kind in ("date", "month", "quarter") for t in self.times[lo:hi])

    def _title_tail(self, prev: Clause, clause: Clause, cues: list[Cue]) -> int | None:
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

        "Theo đó", "Theo đề án", "Theo dự thảo quy hoạch" open the plan's own goals
        instead, "Theo chỉ đạo …", "Theo tiến độ" what a directive or a schedule
        demands, and so does the party that carries it out ("Theo chủ đầu tư", "Theo
        Ban quản lý dự án").
        """
        text, lex = self.text, self.lex
        opening = lex.starts_with("attribution", text, start)
        if opening is None or lex.starts_with("own_frame", text, start) is not None:
            return False
        if self._speaker_of_actor(start, opening.end()):
            return False
        pos = opening.end()
        if lex.starts_with("plan_party", text, skip_space(text, pos)) is not None:
            return False
        while (m := lex.starts_with("document_modifier", text, pos)) is not None and m.end() > pos:
            pos = m.end()
        return (
            lex.starts_with("plan_document", text, pos) is None
            and lex.starts_with("directive", text, pos) is None
        )

    def _speaker_of_actor(self, start: int, pos: int) -> bool:
        """Rule ``speaker_of_actor``: "Theo ông Lucas Loh, Tổng giám đốc Nam Long, doanh
        nghiệp dự kiến …": a person tells the plan of the actor the clause after the
        speaker names (an actor word or an organisation of the article), not an estimate of
        their own."""
        text, lex = self.text, self.lex
        if lex.starts_with("person_title", text, pos) is None:
            return False
        k = bisect_right(self.sentence_starts, start) - 1
        end = self.sentences[k][1]
        found = [
            m for kind in ("weak", "goal", "own_plan") for m in lex.find(kind, text, start, end)
        ]
        weak = min(found, key=lambda m: m.start(), default=None)  # "… vẫn giữ kế hoạch …"
        if weak is None:
            return False
        comma = text.rfind(",", start, weak.start())
        if comma < 0:
            return False
        subject = skip_space(text, comma + 1)
        return lex.starts_with("actor", text, subject) is not None or any(
            self.labels.get(m[2]) == "ORG" and m[0] == subject
            for m in self._mentions_in(subject, weak.start())
        )

    def _restates(
        self, clause: Clause, a: Amount, found: list[Target], extra: list[Target]
    ) -> bool:
        """Whether a growth clause only restates the goal just before it ("…, tăng 8%"), or
        gives it in another unit ("…, tương đương 300 triệu sản phẩm mỗi tháng")."""
        lex = self.lex
        if lex.starts_with("growth", self.text, clause.start) is None and (
            lex.starts_with("equivalent", self.text, clause.start) is None
        ):
            return False
        k = bisect_right(self.sentence_starts, clause.start) - 1
        lo = max(clause.start - 120, self.sentences[k][0] if k >= 0 else 0)  # its sentence
        return any(
            t.amount is not None and lo <= t.amount.start < clause.start for t in (*found, *extra)
        )

    def _from_level(self, clause: Clause, a: Amount) -> bool:
        """Whether ``a`` is the level a change starts from ("từ 3.858 tỷ đồng lên …").

        A revised plan keeps both ("điều chỉnh kế hoạch lợi nhuận từ 800 tỷ đồng lên 950 tỷ đồng").
        A range may hold its "từ" ("từ 9,6-10 triệu sản phẩm lên 13-14 triệu").
        """
        text, lex = self.text, self.lex
        before = text[max(clause.start, a.start - 6) : a.start].casefold().split()
        before += a.text.casefold().split()[:1]
        after = text[a.end : min(clause.end, a.end + 20)].casefold().split()
        if after[:2] in (["hiện", "nay"], ["hiện", "tại"]):
            after = after[2:]  # "từ 18 chiếc hiện nay lên 30 chiếc": the level now
        if "từ" not in before[-2:] or not after or after[0] not in ("lên", "xuống"):
            return False
        return not lex.has("revision", text, clause.start, a.start)

    def _counts_goals(self, a: Amount) -> bool:
        """Rule ``count_of_goals``: an amount counting goals ("23 chỉ tiêu", "5 nhóm
        mục tiêu") is no goal."""
        if a.unit is None:
            return False
        counted = f"{a.unit} {self.text[a.end : a.end + WINDOW]}"
        return self.lex.starts_with("goal_count", counted, 0) is not None

    def _states_cost(self, clause: Clause, a: Amount) -> bool:
        """Rule ``plan_cost``: whether ``a`` is what a plan or project costs, its clause
        opening with a cost word ("kinh phí thực hiện đề án dự kiến 5.000 tỷ đồng",
        "tổng mức đầu tư khoảng 1,1 tỷ USD"): a standing property, no goal."""
        if not self.lex.has("cost", self.text, clause.start, a.start):
            return False  # the cheap test first: most clauses name no cost
        reported = self.lex.find("reporting", self.text, clause.start, a.start)
        start = reported[-1].end() if reported else clause.start  # "… cho biết kinh phí …"
        pos = self._skip_leads(start, a.start, cues=False)
        return self.lex.starts_with("cost", self.text, pos) is not None

    def _growth_only(self, clause: Clause) -> bool:
        """Whether a clause is a growth word and a percentage, nothing else ("tăng 8%"), or
        a multiple and its base ("gấp 3 lần giai đoạn trước")."""
        amounts = self._amounts_in(clause.start, clause.end)
        if len(amounts) != 1:
            return False
        multiple = amounts[0].unit == "lần"
        if amounts[0].kind != "percent" and not multiple:
            return False
        if not self.lex.starts_with("growth", self.text, clause.start):
            return False
        left = self.lex.remove("growth", self.text[clause.start : amounts[0].start])
        if WORD.search(left):
            return False
        return multiple or not WORD.search(self.text[amounts[0].end : clause.end])

    def _change_before_level(self, clause: Clause, a: Amount) -> bool:
        """Whether ``a`` is a change followed by the level it reaches ("tăng 7% lên 16.029 tỷ")."""
        after = self.text[a.end : min(clause.end, a.end + 8)].casefold().split()
        if not after or after[0] not in ("lên", "xuống"):
            return False
        if not self.lex.ends_with("growth", self.text[max(clause.start, a.start - 20) : a.start]):
            return False  # "từ 800 tỷ đồng lên 950 tỷ đồng": a level, see _from_level
        nxt = self._amounts_in(a.end, clause.end)
        return bool(nxt) and not WORD.search(self.text[a.end : nxt[0].start].replace("lên", ""))

    def _estimated_goal(self, clause: Clause, after: int, own: int | None) -> bool:
        """Whether "ước đạt" in a goal statement states a goal for a later year.

        As in "đặt mục tiêu đón 13,8 triệu lượt khách, tổng thu ước đạt 32.000 tỷ đồng
        trong năm 2026": an estimate word, but of the year the goals are set for (not a past one).
        """
        if own is None or self.now is None or own < self.now:
            return False
        found = self.lex.find("past", self.text, after, clause.end)
        return all(m.group().casefold().startswith("ước") for m in found)

    def _needs_deadline(self, cue: str | None) -> bool:
        """Whether a goal with this cue is kept only with a deadline ("mục tiêu" alone is not)."""
        return cue is None or self.lex.is_all("dated_only", cue)
