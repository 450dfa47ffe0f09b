"""Year: the year an amount's figure is for.

Rules, tried in order:

- ``bracketed``: a time alone in brackets right after the amount ("210 trường
  (năm 2023)"); such a time dates no other amount;
- ``base_figure``: a figure alone in brackets right after the base of a
  comparison is the base's ("tăng 10,8% so với cùng kỳ năm 2024 (18,38 tỷ USD)");
- ``range_end``: a change followed by its range, each end dated in brackets, is
  for the range's end ("tăng 41% từ 288.000 giường (năm 2014) lên 409.000 giường
  (2022)");
- ``right_after``: a time right after the amount in its clause ("81,2 tỷ đồng
  cùng kỳ 2023", "mức lãi 33 tỷ của năm 2015"), unless "so với" stands between
  or the amount is a ratio (cue ``ratio``: "bằng 88% cùng kỳ năm trước", "gấp 6
  lần kết quả năm 2023"): then it is the base of a comparison, not the figure's
  year;
- ``sentence_before``: the nearest time before the amount in its sentence that is
  not a comparison base (nor a ratio's: "gấp 1,8 lần quý III/2025"), nor the time
  of the figure a change starts from (``range_start_time``: "giảm từ 135% năm 2024
  xuống còn 108%"), nor a document's date or a quoted title's time
  (``document_date``) ("Năm 2021, GRDP ước đạt …" but not "so với năm 2020"), nor
  the time of a figure compared with (``compared_figure_time``: "cao hơn mức 6,9% của 9
  tháng năm 2025") or surpassed (``surpassed_time``: "vượt tổng lượng xe của cả năm
  2025"), nor the time of the event a record is counted from (``since_event``: "cao
  nhất kể từ khi công ty niêm yết trên HoSE năm 2015"); the start of a span to the
  article's day gives the article's year (``span_to_now``: "Từ năm 2020 đến nay,
  tỉnh đã thu hút 4.000 dự án"); a time with no "từ" before it and "đến nay" after it gives
  the article's day's year in a dated article (``progress_to_now``: "Năm 2026, tỉnh được
  giao 6.500 căn; đến nay đã đạt khoảng 74%"), else none; "đến nay" standing between
  a start and the figure makes a span (``undated``:
  "Từ năm 2013, công ty đến nay đã mở hai nhà máy" is a span up to now; "Năm 2024,
  tỉnh hiện có …" and "Năm 2020, sau 10 năm hoạt động, …" keep their year);
- ``sentence_after``: a time later in the sentence, not a comparison base
  ("… đạt 8,5% trong năm 2024"), nor after words that turn the sentence to another
  figure ("…, trong khi năm 2024 công ty chỉ lãi …"), nor a goal's year (``goal_frame``: "…, bảo đảm
  mục tiêu hoàn thành trong năm 2027", which frames no later figure either; nor
  does a milestone's time, ``milestone_frame``: "bàn giao căn hộ từ quý III/2028");
- ``on_completion``: a sentence opening with a project's completion ("Khi hoàn thành,",
  "Sau khi dự án đi vào vận hành,") that goes on to what will then be ("… nhà máy sẽ cung
  cấp khoảng 1,5 tỷ kWh điện mỗi năm") speaks of a state to come at no named time: null;
- ``year_to_date``: the first months of the year under way written before the amount
  in its sentence without a year ("Doanh thu 10 tháng đạt …"; not a length, cue kind
  ``duration_lead``: "kỳ hạn 6 tháng", "chỉ trong 3 tháng"; "sau 9 tháng" is read as the
  months so far): the article's
  year, when its date or its own words tell it;
- ``list_heading``: an item of a list is for the last time its heading names ("Với năm
  2027, CBRE dự báo:" and "- Giá bán sơ cấp tăng thêm 5-7%;"), a forecast's or a plan's
  year too (``sentences.list_heading``);
- ``undated``: a time without a year ("Hiện nay", "Đến nay", "Lũy kế", "sau 10
  năm", "trước đây", ``facts.undated``) after the last time before the sentence, in
  the amount's paragraph: the figure is a standing state or a running total, null;
  but ``now_dated``: in an article whose day is known (its published date or date
  line), or whose own words tell the year under way ("10 tháng năm 2026", "năm nay"
  stated: ``relative_times.article_anchor`` from no mere written year), the present and
  a total up to now ("Hiện nay", "Đến nay", "Lũy kế") are that day's, so the figure is
  for its year ("Hà Nội, 12/11/2026 – … hiện có 300 lao động" → 2026; a span of years
  or an undated past stays null);
- ``carried``: the last such time of an earlier sentence: a report goes on about
  the time it named (``carried_far`` when a paragraph break stands between: the
  next paragraph of a month's report is still about that month; but a month
  whose sentence holds no figure, an event's or a goal's month, dates only its
  own paragraph: ``not_carried`` gives null);
- ``same_period_before``: "cùng kỳ năm trước" ("năm ngoái") before the amount in its
  clause, not as a comparison's base nor another figure's time, is the amount's own time:
  the year it reads, or a year before the one the other rules give ("Quý III/2026, công ty
  lãi 50 tỷ đồng, cùng kỳ năm trước lỗ 20 tỷ đồng" → 2025);
- ``few_without_time``: before any time of the article, a count of a few things
  ("hai dự án", "3 đột phá") is a list, not a statistic: null;
- ``article``: the year the article is about: its published date or date line,
  else the year its relative times read (``relative_times.article_anchor``: not a
  goal's, a forecast's nor a comparison base's year).

A period counts as its end year, a relative time ("năm nay") as the year it
has been given (``TimeRef.year``).

>>> from vnextract.amounts import find_amounts
>>> from vnextract.years import find_years
>>> text = "Năm 2021, doanh thu đạt 50 tỷ đồng, tăng 6% so với năm 2020."
>>> ctx = ArticleContext.build(text, [(0, len(text))], find_years(text), [])
>>> years = ArticleYears(ctx, None)
>>> [(a.text, years.year_of(a)) for a in find_amounts(text)]
[('50 tỷ đồng', 2021), ('6%', 2021)]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

import regex

from vnextract.amounts import is_price
from vnextract.facts.context import ArticleContext, words_before, year_of
from vnextract.facts.cues import cues
from vnextract.facts.undated import undated_cues
from vnextract.relative_times import article_anchor, dateline_ref, in_goal_clause
from vnextract.schema import Amount, TimeRef
from vnextract.sentences import list_heading
from vnextract.targets.lexicon import lexicon as milestone_lexicon

_NEAR = 30  # how far after an amount a time still belongs to it (characters)
_BRACKETED = re.compile(r"\s?\(")  # the opening bracket of an aside right after a figure
_BRACKET_SPAN = 20  # how long a time alone in brackets may be ("(quý III/2024)")
_ALL_UNDATED = frozenset(("now", "until", "span", "past"))  # the kinds of ``UndatedCue``
_TO_THE_DAY = frozenset(("now", "until"))  # the kinds that name the article's day
# rule ``dated_price``: a price is seen at a time ("sáng 3/12, giá cà phê … dao động 98.500
# đồng/kg"): the time its sentence or its report names dates it, unlike a capacity
_PRICE_DATED_BY = frozenset(("sentence_before", "carried", "year_to_date", "list_heading"))
_UNTIL = frozenset(("until",))  # "đến nay": after a time of its sentence, the span from it
_NAMING_WORDS = 2  # words naming a time that may stand between a figure and it ("cuối năm")
_FEW = 10  # the most things a count may hold to be a list, not a statistic ("hai nhà máy")
_MILESTONE_SPAN = 40  # how far before a time its milestone verb and object may stand
# between a milestone and its time: maybe its object (up to three words), then a preposition
_OBJECT_WORDS = 3
_TIME_PREPOSITIONS = frozenset(("từ", "vào", "trong", "trước", "đến"))
# a law's name right before its year: "Luật Bảo hiểm xã hội năm 2024", "Bộ luật Lao động
# 2019" (a capitalised first word, then a few words of its name; rule document_date)
_LAW_NAMED = regex.compile(
    r"(?<!\w)(?:Luật|[Bb]ộ\s+luật)\s+\p{Lu}\w*(?:\s+\w+){0,5}?\s+(?:năm\s+)?$"
)
_TITLE_SPAN = 80  # how far before a time a document's name or a title's opening quote stands


#: The rules whose time is attached to the amount itself: the only ones that date a
#: standing figure (rule ``standing_attached``): "Ngày 2/3, công ty khởi công nhà máy
#: công suất 500 MW" dates the event, not the capacity.
ATTACHED_RULES = frozenset(("bracketed", "right_after"))


_DIGIT = re.compile(r"\d")
# the same period a year before, as a figure's own time (rule same_period_before)
_SAME_PERIOD_BEFORE = regex.compile(r"(?<!\w)cùng kỳ(?: năm)? (?:trước|ngoái)(?!\w)")
_SINCE_GAP = re.compile(r"[\d,;]")  # what ends a since-event phrase before its time
_TO_NOW = re.compile(r"\s*(?:đến|tới)\s+(?:nay|hiện\s+nay|hiện\s+tại)(?!\w)", re.IGNORECASE)
# the first months of the year under way, written without its year: "10 tháng", "9 tháng
# đầu năm" (not "10 tháng tới", "tháng 10", nor "12 tháng": a whole year's length)
_YEAR_TO_DATE = re.compile(
    r"(?<![\w/])(?:[1-9]|1[01])\s+tháng(?:\s+đầu\s+năm)?"
    r"(?!\s*(?:tới|sắp tới|nữa|qua|trước|sau|/|\d))(?!\w)",
    re.IGNORECASE,
)
_OWN_YEAR = re.compile(r"\s+(?:đầu\s+)?năm\s+(?:\d{4}|nay|ngoái|trước|qua)(?!\w)", re.IGNORECASE)
_DURATION_LEAD_SPAN = 20  # how far before "N tháng" the words making it a length stand
_YEAR_TO_DATE_SPAN = 200  # how far before an amount its sentence's "10 tháng" is read
_FROM_SPAN = 20  # how far before a time its "từ" ("kể từ năm", "từ cuối năm") may stand
# "từ" right before a time, maybe with a word placing it in its year: a span's start
_FROM = re.compile(r"(?<!\w)từ(?:\s+(?:cuối|giữa|đầu|sau|trước))?\s*\Z")
_OPENING = re.compile(r"[^\w]*")  # what may stand before a sentence's first word: "- ", a quote
_DONE = re.compile(r"(?<!\w)đã(?!\w)")  # a thing done: no state to come


class ArticleYears:
    """Answers the year of each amount of one article, reading them in text order."""

    def __init__(
        self, ctx: ArticleContext, published_year: int | None, amounts: Sequence[Amount] = ()
    ) -> None:
        self.ctx = ctx
        self._amount_ends = frozenset(a.end for a in amounts)
        self._start_of_end = {a.end: a.start for a in amounts}  # an amount's end -> its start
        self._amount_starts = sorted(a.start for a in amounts)
        self._bases: dict[int, bool] = {}
        # rule ``goal_frame``: a goal's year ("mục tiêu hoàn thành trong năm 2027") frames
        # no later figure of the report, nor makes the article's year
        frames = [t for t in ctx.times if not self._is_base(t) and not in_goal_clause(ctx.text, t)]
        # rule ``milestone_frame``: a milestone's time ("bàn giao căn hộ từ quý III/2028")
        # is when it is due: it frames no later figure of the report
        frames = [t for t in frames if not self._milestone_time(t)]
        # the article's own year: its published date or date line (rule ``dated``)
        self.day = published_year
        line = dateline_ref(ctx.text, [t for t in ctx.times if not t.relative])
        self._dateline_end = line.end if line is not None else 0  # where a date line ends
        if self.day is None and line is not None:
            self.day = line.year
        # else the year the article reports on, as its relative times read it ("năm nay"):
        # not a goal's, a forecast's nor a comparison base's year
        written = [t for t in ctx.times if not t.relative and not self._is_base(t)]
        anchor = article_anchor(ctx.text, written, None)
        named = anchor.year if anchor is not None else None
        self.article_year = self.day if self.day is not None else named
        # the year under way is known, not guessed from the years written most
        self._year_known = self.day is not None or (
            anchor is not None and anchor.source != "written"
        )
        # the year under way: the article's day, else the year its own words tell it is on
        self._now = (
            self.day if self.day is not None else (self.article_year if self._year_known else None)
        )
        self.frames = frames
        self._frame_ends = [t.end for t in frames]
        self._heading_of: dict[int, int | None] = {}  # a list item's sentence -> its heading's
        self._undated = undated_cues(ctx)
        self._undated_starts = [c.start for c in self._undated]

    def _span_to_now(self, t: TimeRef) -> bool:
        """Whether ``t`` starts a span that runs to the article's day ("từ năm 2025 đến
        nay"); "từ đầu năm đến nay" is this year's, a relative time."""
        return (
            not t.relative
            and _TO_NOW.match(self.ctx.text, t.end) is not None
            and self._from_time(t)
        )

    def _from_time(self, t: TimeRef) -> bool:
        """Whether "từ" ("kể từ", "Từ") stands right before ``t``, maybe with a word placing
        it in its year ("Từ cuối năm 2024"): a span starts there."""
        return _FROM.search(self.ctx.low, max(0, t.start - _FROM_SPAN), t.start) is not None

    def _year_to_date(self, start: int, end: int) -> bool:
        """Whether the first months of the year under way are named in ``text[start:end]``
        as a reporting period ("Doanh thu 10 tháng đạt …"): not a span's length ("kỳ hạn 6
        tháng", "chỉ trong 3 tháng"), nor months of a year written after them
        ("9 tháng năm 2024", a time of its own)."""
        text = self.ctx.text
        for m in _YEAR_TO_DATE.finditer(text, start, end):
            lead = words_before(text, max(0, m.start() - _DURATION_LEAD_SPAN), m.start())
            if cues().ends("duration_lead", lead) is None and not _OWN_YEAR.match(text, m.end()):
                return True
        return False

    def _milestone_time(self, t: TimeRef) -> bool:
        """Whether ``t`` follows a milestone verb of a project's schedule, with at most a
        preposition and "năm"/"quý" between ("đưa vào vận hành năm 2029", "bàn giao căn hộ
        từ quý III/2028")."""
        words = words_before(self.ctx.text, max(0, t.start - _MILESTONE_SPAN), t.start).split()
        if words and words[-1].lower() in _TIME_PREPOSITIONS:
            words.pop()  # "từ", "vào", "trong" …, maybe after the milestone's object
        lex = milestone_lexicon()
        return any(
            lex.ends_with("milestone", " ".join(words[: len(words) - k])) is not None
            for k in range(min(_OBJECT_WORDS, len(words)) + 1)
        )

    def _is_base(self, t: TimeRef) -> bool:
        """Whether ``t`` is the base of a comparison ("so với năm 2020", "cùng kỳ 2015")."""
        known = self._bases.get(t.start)
        if known is None:
            known = self._bases[t.start] = self._reads_as_base(t)
        return known

    def _reads_as_base(self, t: TimeRef) -> bool:
        if self._is_aside(t):
            return True  # it dates the figure before its brackets only
        if self._span_to_now(t):
            return True  # its start dates no figure: the span runs to the article's day
        if self._dates_range_start(t):
            return True
        if self._names_document(t):
            return True
        start = max(self.ctx.clause_start(t.start), t.start - 40)
        if self.ctx.text[max(0, t.start - 3) : t.start].rstrip().endswith("("):
            start = max(0, t.start - 40)  # brackets after a base: "so với cùng kỳ năm trước (…"
        before = words_before(self.ctx.text, start, t.start)
        c = cues()
        # rule compared_figure_time: the time of a figure compared with ("cao hơn mức tăng
        # 6,9% của 9 tháng năm 2025", "cao hơn mức tăng của quý I các năm 2012-2014", "so
        # với mức hơn 35.000 tỷ đồng năm 2022") or changed from ("từ mức 4,4% hồi cuối năm
        # ngoái") is a base too
        compared = c.find_all(("comparative", "compared_from"), self.ctx.low, start, t.start)
        if compared and (
            _DIGIT.search(self.ctx.text, compared[-1][2], t.start)
            # or a level named without its number: "cao hơn mức tăng của quý I các năm …"
            or c.starts("compared_level", self.ctx.low, compared[-1][2]) is not None
        ):
            return True
        # rule surpassed_time: the time of what a figure surpasses, named without a figure
        # ("151.400 xe, vượt tổng lượng xe của cả năm 2025") is a base too
        surpassed = c.find_all(("surpass",), self.ctx.low, start, t.start)
        if (
            surpassed
            and not _DIGIT.search(self.ctx.text, surpassed[-1][2], t.start)
            # a figure before the verb (in its sentence or the one before) surpasses; without
            # one it is "overcome" ("Vượt qua khó khăn trong năm 2025, …")
            and _DIGIT.search(self.ctx.text, self._sentence_before(t.start), surpassed[-1][1])
        ):
            return True
        if self._since_event(t):
            return True
        # "so với năm 2020", "so với cùng kỳ năm 2012", a ratio's "gấp 1,8 lần quý III/2025"
        return c.ends_with_base(before)

    def _since_event(self, t: TimeRef) -> bool:
        """Rule ``since_event``: the time of the event a record or a change is counted from
        ("mức cao nhất kể từ khi công ty niêm yết trên HoSE vào năm 2015", "thấp nhất kể
        từ khi dịch bệnh bùng phát năm 2020") dates that event, not the figures: a base. The
        cue (kind ``since_event``) stands before it in its sentence, with no figure, comma or
        semicolon between ("từ khi thành lập, công ty trình kế hoạch giai đoạn 2027-2030"
        is the plan's period)."""
        ctx = self.ctx
        s_start = ctx.sentence(t.start)[0]
        found = cues().find_all(("since_event",), ctx.low, s_start, t.start)
        return bool(found) and _SINCE_GAP.search(ctx.text, found[-1][2], t.start) is None

    def _figure_between(self, start: int, end: int) -> bool:
        """Whether an amount starts in ``text[start:end]``."""
        i = bisect_right(self._amount_starts, start)
        return i < len(self._amount_starts) and self._amount_starts[i] < end

    def _sentence_before(self, pos: int) -> int:
        """Where the sentence before the one holding ``pos`` starts ("Xuất khẩu đạt 8,1 tỷ
        USD. Kim ngạch này đã vượt mức cả năm 2025": the figure surpassing stands there)."""
        start = self.ctx.sentence(pos)[0]
        return self.ctx.sentence(start - 1)[0] if start > 0 else start

    def _names_document(self, t: TimeRef) -> bool:
        """Rule ``document_date``: the date of a document or a title that is named, not of
        the figures ("Nghị quyết số 01-NQ/TU ngày 16/11/2020", a title in quotes
        "“… giai đoạn 2020-2025”", a law's name "Luật Bảo hiểm xã hội năm 2024"): it dates
        no figure."""
        text = self.ctx.text
        opening = text.rfind("“", max(0, t.start - _TITLE_SPAN), t.start)
        if opening >= 0 and text.find("”", opening, t.start) < 0:
            return True  # inside a quoted title
        if _LAW_NAMED.search(text, max(0, t.start - _TITLE_SPAN), t.start):
            return True  # a law named with its year: "theo Luật Bảo hiểm xã hội năm 2024"
        words = words_before(text, max(0, t.start - _TITLE_SPAN), t.start).lower().split()
        if words and words[-1] == "ngày":
            words.pop()
        if len(words) >= 2 and words[-2] == "số" and any(ch.isdigit() for ch in words[-1]):
            words = words[:-2]  # "số 01-NQ/TU"
        elif not words or not any(ch.isdigit() for ch in words[-1]):
            return False
        else:
            words.pop()  # "Quyết định 1234/QĐ-TTg ngày …"
        return cues().ends("document", " ".join(words)) is not None

    def _undated_since(
        self, start: int, pos: int, kinds: frozenset[str] = _ALL_UNDATED
    ) -> tuple[int | None, str] | None:
        """Rule ``undated``: a time without a year of ``kinds`` ("Hiện nay", "Đến nay",
        "Lũy kế", "sau 10 năm") stands after ``start`` and before ``pos`` in the paragraph
        of ``pos``: the figures after it take no year from before it. Its year and rule
        (``now_dated`` in an article whose day is known), or None when there is none."""
        i = bisect_right(self._undated_starts, pos) - 1
        while i >= 0 and self._undated[i].start >= start:
            cue = self._undated[i]
            if cue.kind in kinds:
                if "\n" in self.ctx.text[cue.start : pos]:
                    return None
                if self._now is not None and cue.kind in _TO_THE_DAY:
                    return self._now, "now_dated"
                return None, "undated"
            i -= 1
        return None

    def _amount_in_sentence(self, pos: int) -> bool:
        """Whether an amount stands in the sentence holding ``pos``."""
        start, end = self.ctx.sentence(pos)
        i = bisect_right(self._amount_starts, start - 1)
        return i < len(self._amount_starts) and self._amount_starts[i] < end

    def _is_ratio(self, a: Amount) -> bool:
        """Whether ``a`` is a ratio to another figure ("bằng 88%", "gấp 6 lần"): cue ``ratio``
        before it or as its unit."""
        c = cues()
        if (a.unit or "").lower() in c.kinds["ratio"]:
            return True
        before = words_before(self.ctx.text, max(0, a.start - 12), a.start)
        return c.ends("ratio", before) is not None

    def _base_before_brackets(self, a: Amount) -> TimeRef | None:
        """Rule ``base_figure``: a figure alone in brackets right after the base of a
        comparison is the base's figure, of the base's time ("tăng 10,8% so với cùng kỳ
        năm 2024 (18,38 tỷ USD)")."""
        text = self.ctx.text
        opening = text.rfind("(", max(0, a.start - 3), a.start)
        if opening < 0 or text[opening + 1 : a.start].strip() or text[a.end : a.end + 1] != ")":
            return None
        before = self.ctx.times_in(max(0, opening - 40), opening)
        if before and not text[before[-1].end : opening].strip() and self._is_base(before[-1]):
            return before[-1]
        return None

    def _range_end_aside(self, a: Amount, s_end: int) -> TimeRef | None:
        """Rule ``range_end``: a change whose range follows, each end dated in brackets
        ("tăng 41% từ 288.000 giường (năm 2014) lên 409.000 giường (2022)"), is for the
        range's end."""
        if cues().starts("range_start", self.ctx.text, a.end) is None:
            return None
        asides = [t for t in self.ctx.times_in(a.end, s_end)[:2] if self._is_aside(t)]
        return asides[1] if len(asides) == 2 else None

    def _bracketed_after(self, a: Amount) -> TimeRef | None:
        """Rule ``bracketed``: a time alone in brackets right after the amount dates it
        ("từ 120 trường (năm 2015) lên 210 trường (năm 2023)")."""
        opening = _BRACKETED.match(self.ctx.text, a.end)
        if opening is None:
            return None
        inside = self.ctx.times_in(opening.end(), opening.end() + _BRACKET_SPAN)
        if inside and inside[0].start == opening.end() and self._is_aside(inside[0]):
            return inside[0]
        return None

    def _dates_range_start(self, t: TimeRef) -> bool:
        """Rule ``range_start_time``: a time right after the figure a change starts from
        ("giảm từ 135% năm 2024 xuống còn 108%") dates that figure only, not the level
        reached nor later figures."""
        text = self.ctx.text
        end = len(text[: t.start].rstrip())
        naming = cues().kinds["time_naming"]
        for _ in range(_NAMING_WORDS):  # "từ 2,1% cuối năm 2025": words naming the time
            cut = text.rfind(" ", 0, end)
            if end in self._start_of_end or text[cut + 1 : end].lower() not in naming:
                break
            end = len(text[: cut + 1].rstrip())
        start = self._start_of_end.get(end)
        if start is None:
            return False
        return cues().ends("range_from", text[max(0, start - 12) : start]) is not None

    def _is_aside(self, t: TimeRef) -> bool:
        """Whether ``t`` stands alone in brackets right after a figure ("288.000 giường
        (năm 2014)"): it dates that figure and no other."""
        text = self.ctx.text
        if text[t.end : t.end + 1] != ")":
            return False
        return any(
            _BRACKETED.fullmatch(text, end, t.start) is not None
            for end in (t.start - 2, t.start - 1)
            if end in self._amount_ends
        )

    def year_of(self, a: Amount, *, standing: bool = False, reported: bool = False) -> int | None:
        """The year of ``a`` (see ``dated``)."""
        return self.dated(a, standing=standing, reported=reported)[0]

    def dated(
        self, a: Amount, *, standing: bool = False, reported: bool = False
    ) -> tuple[int | None, str]:
        """The year of ``a`` by the first rule that answers (see the module), and the rule.

        A ``standing`` figure (role "spec": a capacity, a price of a rule) takes a
        year only from a time attached to it (``right_after``): neither a report's
        year nor the date of the sentence's event dates it; unless it is an addition
        (``standing_addition``: "rót thêm 300 triệu USD"), an event of its own; or a
        price (``dated_price``: "Sáng 4/11/2026, giá tiêu … 142.000 đồng/kg"), seen at
        the time its sentence or its report names.

        A ``reported`` figure (a result or an estimate) is for no year after the
        article's own day (rule ``no_future_result``): a plan year carried from an
        earlier sentence gives way to the article's year, but not the end of a period
        under way that its sentence names (``period_under_way``); in a dated article, one after a
        month that dates only its own paragraph (``not_carried``) is for the article's year.
        """
        year, rule = self.explain(a)
        if (
            standing
            and rule not in ATTACHED_RULES
            and not self._is_addition(a)
            and not (rule in _PRICE_DATED_BY and is_price(a))
        ):
            return None, rule
        if reported and rule == "not_carried" and self.day is not None:
            # "Hà Nội, ngày 2/12/2026 - Tính đến hết tháng 11, …" then "sản lượng 11 tháng
            # đạt …": a dated report of the year under way is for the article's year
            return self.day, rule
        now = self._now
        if (
            reported
            and year is not None
            and now is not None
            and year > now
            and not self._period_under_way(a, year, now)
        ):
            return now, rule
        return year, rule

    def _period_under_way(self, a: Amount, year: int, now: int) -> bool:
        """Rule ``period_under_way``: whether the sentence of ``a`` names a period that
        runs now and ends in ``year``, and no single year ("Giai đoạn 2026-2030, tỉnh bố
        trí 186 tỷ đồng", "tổng nhu cầu vốn giai đoạn 2026-2030 khoảng 136 tỷ USD" in an
        article of 2026): a figure for the period is for its end year, as the period is
        dated, no future result. Not a period that names a programme or a plan (cue kind
        ``period_document``: "Thực hiện Chương trình … giai đoạn 2026-2030, 10 tháng qua …",
        "theo Đề án giai đoạn 2026-2030"), a total so far ("Lũy kế giai đoạn …"), nor one
        beside a year ("Năm 2026, năm đầu của giai đoạn 2026-2030, …")."""
        ctx = self.ctx
        s_start, s_end = ctx.sentence(a.start)
        s_start = max(s_start, self._dateline_end)  # "Cần Thơ, ngày 20/11/2026 - Giai đoạn …"
        times = [t for t in ctx.times_in(s_start, s_end) if not t.relative]
        if any(t.start_year is None for t in times):
            return False  # a single year beside the period
        c = cues()
        for t in times:
            if not (t.start_year is not None and t.start_year <= now and t.end_year == year):
                continue
            lead = ctx.low[ctx.clause_start(t.start) : t.start]
            if not c.find("period_document", lead) and not c.find("undated", lead):
                return True
        return False

    def _heading_time(self, s_start: int) -> TimeRef | None:
        """The last time, no comparison base, of the heading of the list whose item the
        sentence at ``s_start`` is, if it names one."""
        ctx = self.ctx
        k = ctx.sentence_index(s_start)
        if k not in self._heading_of:
            self._heading_of[k] = list_heading(ctx.text, ctx.sentences, k)
        h = self._heading_of[k]
        if h is None:
            return None
        start, end = ctx.sentences[h]
        times = [t for t in ctx.times_in(start, end) if not self._is_base(t)]
        return times[-1] if times else None

    def _on_completion(self, s_start: int, pos: int) -> bool:
        """Whether a clause of the sentence at ``s_start`` before ``pos`` opens with the
        completion of a project, its verb closing that clause ("Khi hoàn thành,", "Theo thiết
        kế, khi nhà máy đi vào vận hành,": cue kinds ``completion_opener`` and
        ``completion_verb``; not "Khi hoàn thành thu hoạch," nor "Khi được hỏi về tiến độ
        hoàn thành kế hoạch,"), and the sentence goes on to what will then be: after "khi"
        anything not done ("đã"), after "sau khi" a state to come (``completion_future``:
        "… nhà máy sẽ cung cấp …")."""
        ctx = self.ctx
        c = cues()
        low = ctx.low
        for _, at, end in c.find_all(("completion_opener",), low, s_start, pos):
            c_start = ctx.clause_start(at)
            if _OPENING.fullmatch(ctx.text, c_start, at) is None:
                continue  # "Nhà máy khi …": not a clause of its own
            c_end = ctx.clause_end(end)
            if c_end >= pos or c.ends("completion_verb", ctx.text[end:c_end]) is None:
                continue
            if _DONE.search(low, c_end, pos):
                return False  # "Sau khi khánh thành, nhà máy đã phát 5 tỷ kWh": a result
            return low.startswith("khi", at) or c.find("completion_future", low, c_end, pos)
        return False

    def _is_addition(self, a: Amount) -> bool:
        """Rule ``standing_addition``: a standing figure added at a time ("tăng vốn đầu tư
        thêm 1,4 tỷ USD", "rót thêm 300 triệu USD") or raised to ("nâng tổng vốn đầu tư lên
        4,65 tỷ USD"), cue ``addition`` right before it, is an event, dated as a result is;
        not a possible one ("có thể nâng lên 150.000 xe/năm", cue ``possible_addition`` in
        its clause)."""
        before = words_before(self.ctx.text, max(0, a.start - 12), a.start)
        if cues().ends("addition", before) is None:
            return False
        return not cues().find(
            "possible_addition", self.ctx.low, self.ctx.clause_start(a.start), a.start
        )

    def explain(self, a: Amount) -> tuple[int | None, str]:
        """The year of ``a`` and the name of the rule that gave it."""
        year, rule = self._explain(a)
        if rule not in ATTACHED_RULES:
            before = self._same_period_before(a)
            if before is not None:
                # rule same_period_before: "Quý III/2026, công ty lãi 50 tỷ đồng, cùng kỳ năm
                # trước lỗ 20 tỷ đồng": the same period a year before the report's time
                written = before[0]
                if written is not None:
                    return year_of(written), "same_period_before"
                if year is not None:
                    return year - 1, "same_period_before"
        return year, rule

    def _same_period_before(self, a: Amount) -> tuple[TimeRef | None] | None:
        """Whether "cùng kỳ năm trước" (or "năm ngoái") stands before ``a`` in its clause as
        its own time, not a comparison's base ("so với cùng kỳ năm trước") nor after another
        figure: the time read in it, if any, in a 1-tuple; None when none stands there."""
        ctx = self.ctx
        c_start = ctx.clause_start(a.start)
        found = _SAME_PERIOD_BEFORE.search(ctx.low, c_start, a.start)
        if (
            found is None
            or cues().ends_with_base(words_before(ctx.low, c_start, found.start()))
            # another figure's time: "từ 13,2% của cùng kỳ năm trước lên 17,8%"
            or self._figure_between(c_start, a.start)
        ):
            return None
        read = ctx.times_in(found.start(), found.end())
        return (read[0] if read else None,)

    def _explain(self, a: Amount) -> tuple[int | None, str]:
        ctx = self.ctx
        s_start, s_end = ctx.sentence(a.start)
        c_end = ctx.clause_end(a.end)
        bracketed = self._bracketed_after(a)
        if bracketed is not None:
            return year_of(bracketed), "bracketed"
        base = self._base_before_brackets(a)
        if base is not None:
            return year_of(base), "base_figure"
        end = self._range_end_aside(a, s_end)
        if end is not None:
            return year_of(end), "range_end"
        for t in ctx.times_in(a.end, min(c_end, a.end + _NEAR)):
            between = ctx.text[a.end : t.start].lower()
            if "so với" in between or between.strip().startswith("so ") or self._is_ratio(a):
                break  # the base of a comparison
            if self._is_base(t) and self._figure_between(a.end, t.start):
                break  # "giảm xuống 3,9% từ mức 4,4% hồi cuối năm 2025": the other's time
            return year_of(t), "right_after"
        for t in reversed(ctx.times_in(s_start, a.start)):
            if self._span_to_now(t):
                # rule span_to_now: "Từ năm 2020 đến nay, tỉnh đã thu hút 4.000 dự án": a
                # running total to the article's day
                return self.article_year, "span_to_now"
            if not self._is_base(t):
                to_now = self._undated_since(t.end, a.start, _UNTIL)
                if to_now is not None:
                    if to_now[0] is None or self._from_time(t):
                        return None, "undated"  # a span from that time up to now: no one year
                    # rule progress_to_now: "Năm 2026, tỉnh được giao chỉ tiêu 6.500 căn; đến
                    # nay đã đạt khoảng 74%": how far things stand on the article's day
                    return to_now[0], "progress_to_now"
                return year_of(t), "sentence_before"
        # a time after words that turn the sentence to another figure is that figure's:
        # "…đạt 186 tỷ đồng, trong khi năm 2024 công ty chỉ lãi …" (";" turns to none)
        turns = cues().find_all(("turn",), ctx.low, a.end, s_end)
        until = next((at for _, at, _ in turns if ctx.text[at] != ";"), s_end)
        for t in ctx.times_in(a.end, until):
            if not self._is_base(t) and not in_goal_clause(ctx.text, t):
                return year_of(t), "sentence_after"
        if self._on_completion(s_start, a.start):
            # rule on_completion: "Khi hoàn thành, nhà máy sẽ cung cấp khoảng 1,5 tỷ kWh điện
            # mỗi năm": a state to come at no named time, whatever year the report framed
            return None, "on_completion"
        if self._year_known and self._year_to_date(
            max(s_start, a.start - _YEAR_TO_DATE_SPAN), a.start
        ):
            # rule year_to_date: "doanh thu 10 tháng đạt …", "… sau 9 tháng": the months of
            # the year under way, whatever year an earlier paragraph framed
            return self.article_year, "year_to_date"
        heading = self._heading_time(s_start)
        if heading is not None:
            # rule list_heading: an item of a list is for the time its heading names ("Với
            # năm 2027, CBRE dự báo:" and "- Giá bán sơ cấp tăng thêm 5-7%;"), a forecast's
            # or a plan's year too
            return year_of(heading), "list_heading"
        i = bisect_right(self._frame_ends, s_start)
        frame = self.frames[i - 1] if i else None
        undated = self._undated_since(frame.end if frame is not None else 0, a.start)
        if undated is not None:
            return undated
        if frame is not None:
            if "\n" not in ctx.text[frame.end : s_start]:
                return year_of(frame), "carried"
            if frame.kind == "month" and not self._amount_in_sentence(frame.start):
                return None, "not_carried"
            return year_of(frame), "carried_far"
        if a.kind == "count" and a.value is not None and a.value <= _FEW:
            return None, "few_without_time"
        return self.article_year, "article"
