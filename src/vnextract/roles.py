"""The role stage: what each amount of an article is.

Every amount gets one role (``Amount.role``), decided by the first named rule
of ``ROLE_RULES`` that holds for it:

===================  ==========  =================================================
rule                 role        holds when
===================  ==========  =================================================
in_target            target      the targets stage took it as a goal's amount
headline_goal        target      in the headline, the same figure as a goal of the body
restated_goal        target      a goal's figure in other units ("(khoảng 224 triệu đồng)"),
                                 or as a change or an equivalent right after it
                                 ("1.400 tỷ đồng, tăng 12%"; "tỷ lệ 10%, tương ứng
                                 6.100 tỷ đồng")
forecast_sentence    forecast    its sentence forecasts ("dự báo", "theo chuyên gia"), or
                                 the heading of the list it is an item of does
spec_noun            spec        a property word stands right before it, no change
                                 verb between ("công suất 99,2 MW", "tổng vốn đầu
                                 tư 5.000 tỷ đồng"; not "vốn điều lệ lên 1.500 tỷ"),
                                 or opens its clause with no verb up to it
                                 (``opening_spec``: "Tổng mức đầu tư của dự án là
                                 1.650 tỷ đồng"); not a count of whose it is ("của 6
                                 khu"), nor a sum over things counted
                                 (``aggregate_total``: "68 dự án với tổng vốn …")
part_of_spec         spec        a part, after ", trong đó" (or "Trong đó," opening the
                                 next sentence), of a standing figure right before it,
                                 in its unit, any money, or a share ("tổng mức đầu tư
                                 43.734 tỷ đồng, trong đó vốn ngân sách 31.000 tỷ
                                 đồng", "…, trong đó vốn vay chiếm 60%")
price_per_unit       spec        it is a price per unit ("40.500 đồng/kg"), not one
                                 that changes or is reached ("tăng lên 50 triệu đồng/m2"),
                                 nor a price's change ("giảm 3.000 đồng/kg")
cost_clause          spec        its clause opens with a cost word ("kinh phí thực
                                 hiện đề án dự kiến 5.000 tỷ đồng")
spec_goes_on         spec        the sentence goes on describing the standing figure
                                 before it, with no verb of its own ("rộng 4,8 ha, gồm
                                 6 tòa tháp"; "giá 1.785 đồng/kWh, thấp hơn 13%")
spec_from_level      spec        a planned change of a standing property named before it
                                 in its clause starts from it ("vốn điều lệ sẽ tăng từ
                                 44.666 tỷ đồng lên 51.366 tỷ đồng"): as it stands
apposed_capital      spec        a sum of capital set after a comma beside the thing it
                                 funds ("Cống ngăn triều …, vốn 980 tỷ đồng, đạt 55%")
plan_from_level      result      a planned change starts from it ("dự kiến tăng từ 3.858
                                 tỷ đồng lên 4.460 tỷ đồng"), no revision of a plan
plan_cue             target      the nearest plan or estimate cue before it in its
                                 sentence is a plan ("dự kiến chia cổ tức 12%")
estimate_cue         estimate    ... is an estimate ("ước đạt 1,2 tỷ USD, tăng 9%":
                                 both), or what the actor will receive, but a count
                                 of things delivered is a plan (``receipt``: "dự
                                 kiến nhận thêm 20 tàu bay")
limit_of_rule        spec        none of the above, and it is a limit ("tối đa 70%", "không
                                 quá 60%"): a rule's figure, no outcome
grant_rate           spec        none of the above, and it is a sum each one of a kind
                                 receives under a rule ("mỗi hộ … được nhận 60 triệu
                                 đồng"; not a dividend per share): a rate, no outcome
standing_unit        spec        none of the above, and its unit is a size ("50.000 DWT")
                                 or a yearly or monthly rate of a count or measure
                                 ("3 triệu TEU/năm"): a capacity
possible_outcome     forecast    none of the above, and "có thể" with a verb of reaching
                                 or changing stands a few words before it in its clause
                                 ("có thể tăng khoảng 16,5%"; not "đã có thể", nor a
                                 capacity "có thể xử lý 1.200 tấn"): a prediction
named_size           spec        none of the above, and it is a measure alone in brackets
                                 right after a route ("Cam Lộ - La Sơn (98 km)") or a
                                 length after a place ("Hà Nội (58,2 km)"): its size
default_result       result      none of the above: an actual figure
===================  ==========  =================================================

A headline's figure that only ``default_result`` holds for takes the role of the same
figure in the body (``headline_figure``: "Đà Nẵng đón 485.000 lượt khách" over "ước đón
khoảng 485.000 lượt khách" is an estimate).

The cue words live in ``models/targets/vi_role_cues.tsv``. ``explain_roles``
gives, for each amount, the rule that decided it.

>>> from vnextract.amounts import find_amounts
>>> from vnextract.document import Document
>>> text = "Năm 2024, kim ngạch xuất khẩu ước đạt 1,2 tỷ USD, tăng 9%."
>>> doc = Document.from_text(text)
>>> amounts = find_amounts(doc.text)
>>> amount_roles(doc, amounts, [])
['estimate', 'estimate']
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from vnextract.document import Document
from vnextract.numbers import number_words
from vnextract.phrases import matches_from, phrase_pattern, word_anchor
from vnextract.resources import ends_two_syllable_word, read_lines
from vnextract.schema import Amount, Role, Target
from vnextract.sentences import list_heading
from vnextract.text import lower_case

_DIGIT = re.compile(r"\d")  # where a written figure starts inside an amount's text

ROLE_CUE_FILE = ("targets", "vi_role_cues.tsv")

_SPEC_REACH = 4  # syllables that may stand between a property word and its figure
_SPEC_WINDOW = 60  # characters before a figure searched for its property word
# plan nouns that, right before a property word, make its figure a plan ("kế hoạch vốn …")
_PLAN_NOUNS = frozenset({"plan:kế hoạch", "plan:chỉ tiêu", "plan:dự toán", "plan:mục tiêu"})
_WORD = re.compile(r"\w+")
# what ends the clause a property word is read in: no decimal comma ("1,5 triệu"); one set
# of marks first, which re scans for fast
_CLAUSE_END = re.compile(r"[,;:()](?!(?<=,)\d)")
_SHARE_REACH = 16  # how far before a share its verb may start ("chiếm khoảng ")
_POSSIBLE_REACH = 40  # how far before a figure "có thể" may stand (rule possible_outcome)
_RESTATED = re.compile(r"\s*\(\s*(?:\w+\s+){0,2}")  # "8.500 USD (khoảng 224 triệu đồng)"


@dataclass(frozen=True)
class _Cues:
    spec: re.Pattern[str]  # anchored at the end of the text before an amount
    not_spec: re.Pattern[str]
    change: re.Pattern[str]
    reach: re.Pattern[str]
    spec_per: frozenset[str]
    payout: re.Pattern[str]  # a payout word: what is paid per share is no price ("cổ tức")
    price: re.Pattern[str]  # a price word after it makes the figure a price again ("giá")
    plan_void: re.Pattern[str]  # anchored at the end of the text before a plan word
    own_verb: re.Pattern[str]  # between two figures, gives the second a verb of its own
    spec_joiner: re.Pattern[str]  # joins a further property to a standing figure
    limit: re.Pattern[str]  # opens a figure that is a limit ("tối đa")
    grant: re.Pattern[str]  # ends the words before a sum each one receives ("được nhận")
    price_change: re.Pattern[str]  # right before a price's change: "giảm", "cao hơn khoảng"
    granted: re.Pattern[str]  # right before a discount's change word: "được", "mức"
    outcome_size: frozenset[str]  # spec words that size an outcome too ("quy mô")
    spec_unit: frozenset[str]  # units of a size ("DWT")
    capacity_per: frozenset[str]  # the period of a capacity ("TEU/năm")
    contrast: re.Pattern[str]  # a clause turning to how things stand: ", nhưng", ", song"
    set_phrase: re.Pattern[str]  # a phrase naming a set, to its comma: "Trong số 27 đơn vị …,"
    set_opener: re.Pattern[str]  # where ``set_phrase`` may match: ``phrases.word_anchor``
    goes_on: re.Pattern[str]  # opens a sentence that goes on from the one before
    # the plan, estimate, forecast and not-plan phrases in one pattern, longest first
    sentence_cues: re.Pattern[str]  # on lower-cased text
    sentence_cues_any_case: re.Pattern[str]  # for a text whose lower case changes its length
    kind_of: dict[str, str]  # lower-cased phrase (single spaces) -> its kind
    spec_words: re.Pattern[str]  # property words and their look-alikes, on lower-cased text
    spec_words_any_case: re.Pattern[str]
    kind_of_spec: dict[str, str]  # lower-cased phrase -> "spec" or "not_spec"
    owner_before: re.Pattern[str]  # ends the text before a count: "của", "cho", "tại"
    time_word: re.Pattern[str]  # a time word between a property word and its figure
    total_capital: re.Pattern[str]  # matched where a property word starts: "tổng vốn"
    total_joiner: re.Pattern[str]  # ends the text before a total of capital: "với"
    total_joiner_reach: int  # how far before a total of capital its joiner may start
    goal_restater: re.Pattern[str]  # between a goal's figure and the next: ", tăng"
    possible: re.Pattern[str]  # a few words before a figure that may come about: "có thể"
    share: re.Pattern[str]  # right before a share of a whole: "chiếm"
    deal: re.Pattern[str]  # a deal or project whose value may follow: "hợp đồng"
    support: re.Pattern[str]  # a word of support or lending: "hỗ trợ", "cho vay"
    recipient_per: frozenset[str]  # the denominator of a sum per recipient: "hộ", "người"
    rate_word: frozenset[str]  # names a sum per recipient as a support's rate: "mức"
    averaged: re.Pattern[str]  # makes a sum per recipient an average: "bình quân"
    deal_value: frozenset[str]  # the not-spec words giving a deal's value: "trị giá"


def _alternation(phrases: list[str]) -> str:
    return "|".join(
        r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(phrases, key=len, reverse=True)
    )


@functools.cache
def _cues() -> _Cues:
    """Load the role cue file once and compile one pattern per kind; the contrast words
    are the targets' cue file's (one list for both stages)."""
    from vnextract.targets.lexicon import cue_phrases  # no import cycle at load time

    contrast = cue_phrases()["contrast"]
    payout = cue_phrases()["payout"]  # "cổ tức": the targets' list, one list for both stages
    by_kind: dict[str, list[str]] = {}
    for line in read_lines(*ROLE_CUE_FILE):
        kind, _, phrase = line.partition("\t")
        by_kind.setdefault(kind.strip(), []).append(phrase.strip())

    def words(kind: str) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{_alternation(by_kind[kind])})(?!\w)", re.IGNORECASE)

    kind_of: dict[str, str] = {}
    for kind in ("plan", "not_plan", "done", "estimate", "receipt", "forecast"):  # later wins a tie
        for phrase in by_kind[kind]:
            kind_of[" ".join(phrase.lower().split())] = kind
    both = _alternation(list(kind_of))
    by_length = [p.split() for p in sorted(kind_of, key=len, reverse=True)]
    kind_of_spec = {
        " ".join(p.lower().split()): k for k in ("spec", "not_spec") for p in by_kind[k]
    }
    specs = _alternation(list(kind_of_spec))
    specs_by_length = [p.split() for p in sorted(kind_of_spec, key=len, reverse=True)]
    return _Cues(
        spec_words=re.compile(phrase_pattern(specs_by_length)),  # (?<!\w)(?:specs)(?!\w)
        spec_words_any_case=re.compile(rf"(?<!\w)(?:{specs})(?!\w)", re.IGNORECASE),
        kind_of_spec=kind_of_spec,
        sentence_cues=re.compile(phrase_pattern(by_length)),  # (?<!\w)(?:both)(?!\w)
        sentence_cues_any_case=re.compile(rf"(?<!\w)(?:{both})(?!\w)", re.IGNORECASE),
        kind_of=kind_of,
        spec=words("spec"),
        not_spec=words("not_spec"),
        change=words("change"),
        reach=words("reach"),
        own_verb=words("own_verb"),
        spec_joiner=words("spec_joiner"),
        limit=re.compile(rf"(?:{_alternation(by_kind['limit'])})(?!\w)", re.IGNORECASE),
        outcome_size=frozenset(p.casefold() for p in by_kind["outcome_size"]),
        grant=re.compile(
            rf"(?<!\w)(?:{_alternation(by_kind['grant'])})(?:\s+(?:thêm|tối đa|đến))?\s+$",
            re.IGNORECASE,
        ),
        price_change=re.compile(
            rf"(?<!\w)(?:{_alternation(by_kind['price_change'])})(?:\s+(?:thêm|khoảng))?\s+$",
            re.IGNORECASE,
        ),
        granted=re.compile(rf"(?<!\w)(?:{_alternation(by_kind['granted'])})\s*$", re.IGNORECASE),
        spec_unit=frozenset(p.casefold() for p in by_kind["spec_unit"]),
        capacity_per=frozenset(p.casefold() for p in by_kind["capacity_per"]),
        spec_per=frozenset(p.casefold() for p in by_kind["spec_per"]),
        payout=re.compile(rf"(?<!\w)(?:{_alternation(payout)})(?!\w)", re.IGNORECASE),
        price=words("price"),
        goes_on=re.compile(rf"\s*(?:{_alternation(by_kind['goes_on'])})(?!\w)", re.IGNORECASE),
        plan_void=re.compile(
            rf"(?:{_alternation(by_kind['plan_void'])})\s*(?:\S+\s*)?$", re.IGNORECASE
        ),
        contrast=re.compile(rf"[,;]\s*(?:{_alternation(contrast)})(?!\w)", re.IGNORECASE),
        owner_before=re.compile(
            rf"(?<!\w)(?:{_alternation(by_kind['owner_before'])})\s*$", re.IGNORECASE
        ),
        time_word=words("time_word"),
        total_capital=re.compile(
            rf"(?:{_alternation(by_kind['total_capital'])})(?!\w)", re.IGNORECASE
        ),
        total_joiner=re.compile(
            rf"(?<!\w)(?:{_alternation(by_kind['total_joiner'])})\s+$", re.IGNORECASE
        ),
        total_joiner_reach=max(map(len, by_kind["total_joiner"])) + 4,  # "với " + spaces
        # "có thể", a verb of reaching or changing, at most two more words (no figure)
        possible=re.compile(
            rf"(?<!\w)(?<!đã\s)(?:{_alternation(by_kind['possible'])})\s+"
            rf"(?:{_alternation(by_kind['possible_verb'])})(?!\w)(?:\s+[^\s\d,;:]+){{0,2}}\s+$",
            re.IGNORECASE,
        ),
        share=re.compile(rf"(?<!\w)(?:{_alternation(by_kind['share'])})\s+$", re.IGNORECASE),
        deal=words("deal"),
        support=words("support"),
        recipient_per=frozenset(p.casefold() for p in by_kind["recipient_per"]),
        rate_word=frozenset(p.casefold() for p in by_kind["rate_word"]),
        averaged=words("averaged"),
        deal_value=frozenset(" ".join(p.lower().split()) for p in by_kind["deal_value"]),
        goal_restater=re.compile(
            rf"\s*,\s*(?:{_alternation(by_kind['goal_restater'])})\s+",
            re.IGNORECASE,
        ),
        set_phrase=re.compile(
            rf"(?<!\w)(?:{_alternation(by_kind['set_opener'])})(?!\w)"
            r"(?:[^,.;:\n]|(?<=\d)[.,](?=\d)){1,80},",  # "Trong số 1.250 dự án …,"
            re.IGNORECASE,
        ),
        set_opener=word_anchor([p.split()[0] for p in by_kind["set_opener"]]),
    )


@dataclass(frozen=True)
class _Context:
    """What the rules read: the text, the sentence bounds and the targets' amounts."""

    text: str
    sentence_starts: list[int]
    sentences: Sequence[tuple[int, int]]
    target_amounts: frozenset[int]  # id() of the amounts the targets hold
    target_values: frozenset[tuple[float | None, float | None, float | None, str]]
    previous: dict[int, Amount]  # id() of an amount -> the amount right before it
    head_end: int  # where the headline (the first line) ends; 0 without one
    scan: _Scan

    def reach(self, amount: Amount) -> int:
        """Where the cues of ``amount`` may start: its sentence, or the one before when its
        sentence goes on from it ("…ước đạt 12 tỷ USD. Trong đó, gỗ 7,2 tỷ USD")."""
        k = bisect_right(self.sentence_starts, amount.start) - 1
        return self.scan.reach(k)

    def sentence_before(self, amount: Amount) -> str:
        """The text of ``amount``'s sentence before it (see ``reach``)."""
        return self.text[self.reach(amount) : amount.start]


def _value(a: Amount) -> tuple[float | None, float | None, float | None, str]:
    return (a.value, a.min, a.max, a.unit)


def _headline_goal(ctx: _Context, a: Amount) -> bool:
    return a.end <= ctx.head_end and _value(a) in ctx.target_values


def _restated_goal(ctx: _Context, a: Amount) -> bool:
    prev = ctx.previous.get(id(a))
    return (
        prev is not None
        and id(prev) in ctx.target_amounts
        and (
            _RESTATED.fullmatch(ctx.text, prev.end, a.start) is not None
            or (
                _cues().goal_restater.fullmatch(ctx.text, prev.end, a.start) is not None
                # not a plan quoted beside a result ("đạt 520 tỷ đồng, vượt kế hoạch 450 tỷ
                # đồng, tăng 15%": the growth is the result's)
                and _cues().reach.search(ctx.text, ctx.reach(prev), prev.start) is None
            )
        )
    )


def _in_target(ctx: _Context, a: Amount) -> bool:
    return id(a) in ctx.target_amounts


def _forecast_sentence(ctx: _Context, a: Amount) -> bool:
    return ctx.scan.forecasts(a.start)


def _spec_noun(ctx: _Context, a: Amount) -> bool:
    scan = ctx.scan
    k = bisect_right(scan.clause_ends, a.start - 1) - 1
    lo = max(ctx.reach(a), a.start - _SPEC_WINDOW, scan.clause_ends[k] + 1 if k >= 0 else 0)
    i = bisect_right(scan.spec_starts, a.start - 1) - 1
    while i >= 0 and scan.spec[i][1] > a.start:
        i -= 1
    if i < 0 or scan.spec[i][0] < lo:
        return False
    spec_start, end, kind = scan.spec[i]
    if kind == "not_spec" and not _valued_deal(ctx, a, spec_start):
        return False  # "giá trị sản xuất": looks like "giá", names a result
    if _aggregate_total(ctx, a, spec_start):
        return False
    if any(w in _PLAN_NOUNS for w in scan.plan_words(max(lo, spec_start - 12), spec_start)):
        return False  # "kế hoạch vốn đầu tư công 3.580 tỷ đồng": a plan's figure
    between = ctx.text[end : a.start]
    cues = _cues()
    if cues.reach.search(between):
        return False  # "số vốn đầu tư đạt 3 tỷ USD": a reached figure, a result
    if cues.owner_before.search(between):
        return False  # "tổng vốn đầu tư của 6 khu này": it counts whose the property is
    if len(_WORD.findall(between)) > _SPEC_REACH and not _opening_spec(ctx, (spec_start, end), a):
        return False
    if not cues.change.search(between):
        return True
    # "nâng tổng vốn đầu tư lên 4,65 tỷ USD" is the project's size, but "giá vốn giảm 3%"
    # is a result and "dự kiến … tăng vốn điều lệ lên 1.500 tỷ đồng" a plan
    return a.kind != "percent" and not _plan_cue(ctx, a)


_DEAL_REACH = 14  # words between a deal's noun and the "trị giá" giving its value
_DEAL_SPAN = 150  # characters before "trị giá" searched for the deal's noun
# before a deal's noun: several deals ("các", "hai", "hàng chục"), or a verb ("đã thỏa thuận
# gia hạn …" agrees, names no deal)
_COUNTING_ROLES = frozenset({"digit", "ten", "tens", "hundred", "scale"})  # number words
_VERB_MARKS = frozenset({"đã", "sẽ", "đang", "vừa", "mới", "chưa", "được"})
_DEAL_NAME_WORDS = 4  # syllables after a deal's noun that may name it; a longer name is cut


@functools.cache
def _count_words() -> frozenset[str]:
    """The words that count ("hai", "chục", "trăm"; the numbers' table) and "vài", "mấy"."""
    table = number_words()
    return frozenset(w for w, n in table.items() if n.role in _COUNTING_ROLES) | {"vài", "mấy"}


@functools.cache
def _no_deal_before() -> frozenset[str]:
    """Before a deal's noun: several deals ("các", "hai", "hàng chục"), or a verb's marker
    ("đã thỏa thuận gia hạn …" agrees, names no deal); one deal ("một") is a deal."""
    return (_count_words() - {"một"}) | {"các", "những", "nhiều", "loạt"} | _VERB_MARKS


@functools.cache
def _deal_name_stops() -> frozenset[str]:
    """After a deal's noun, the words that end its name: a count, a preposition, a verb's
    marker or a verb ("hợp đồng tài trợ áo đấu 3 năm", "gói thầu xây dựng nhà xưởng cho …",
    "hợp đồng vừa được ký", "gói thầu số 5", "dự án sử dụng …")."""
    prepositions = {"cho", "với", "tại", "của", "từ", "trong", "ở", "thuộc", "đến"}
    return (
        _count_words()
        | _VERB_MARKS
        | prepositions
        | {"có", "trị", "giá", "là", "này", "đó", "số", "thứ", "kéo", "sử", "dụng"}
    )


def _valued_deal(ctx: _Context, a: Amount, start: int) -> bool:
    """Rule ``valued_deal``: "trị giá" right before a figure gives the value of the deal or
    project named before it in its clause, a standing size like a project's cost ("ký hợp
    đồng tài trợ ba mùa giải trị giá 90 tỷ đồng", "đơn đặt hàng 200 chiếc trị giá 32 tỷ
    USD", "ký hợp đồng với Samsung, trị giá 200 triệu USD": a value opening its clause reads
    the clause before).

    It stays a result where it is not one deal's value: the value of goods counted after
    the deal's noun ("dự án đã bán 300 tấn cà phê trị giá …"), the sum of several deals
    ("ký 14 hợp đồng", "hai hợp đồng", "các hợp đồng", "hợp đồng mới", "tổng trị giá"),
    a deal word used as a verb ("đã thỏa thuận gia hạn …"); and a plan or an estimate of
    deals is read by the plan and estimate rules ("có kế hoạch ký đơn đặt hàng … trị giá").

    >>> from vnextract import extract
    >>> [(x.text, x.role) for x in extract("Công ty ký hợp đồng trị giá 500 triệu USD.").amounts]
    [('500 triệu USD', 'spec')]
    """
    text = ctx.text
    if _deal_value_at(text, a.start) != start:
        return False  # "trị giá" right before the figure
    lo = _deal_window(text, start, ctx.reach(a))
    deals = _deals(text, lo, start)
    if not deals:
        return False
    deal = deals[-1]
    words = _WORD.findall(text, deal.end(), start)
    if len(words) > _DEAL_REACH or (words and (words[0].lower() == "mới" or words[-1] == "tổng")):
        return False
    before = text[lo : deal.start()].split()
    if before and (before[-1].lower() in _no_deal_before() or before[-1][0].isdigit()):
        return False
    prev = ctx.previous.get(id(a))
    while prev is not None and prev.start >= deal.end():
        if text[deal.end() : prev.start].strip():
            return False  # a figure of goods after the deal's noun: their value
        prev = ctx.previous.get(id(prev))
    return not _plan_cue(ctx, a) and not _estimate_cue(ctx, a)


def _deal_value_at(text: str, start: int) -> int | None:
    """Where the words giving a deal's value (``deal_value``: "trị giá") start, when they
    end right before ``start``."""
    if text[max(0, start - 1) : start].strip():
        return None  # the figure is glued to a word
    words = list(_WORD.finditer(text, max(0, start - 24), start))
    for n in (3, 2, 1):
        if len(words) >= n and not text[words[-1].end() : start].strip():
            phrase = " ".join(w.group().lower() for w in words[-n:])
            if phrase in _cues().deal_value:
                return words[-n].start()
    return None


def _deal_window(text: str, value: int, lo: int) -> int:
    """Where the deal whose value "trị giá" gives at ``value`` may be named, from ``lo``
    at the earliest: its clause, or the clause before when the value opens its own ("ký
    hợp đồng với Samsung, trị giá …")."""
    lo = max(lo, value - _DEAL_SPAN)
    ends = [m.start() for m in _CLAUSE_END.finditer(text, lo, value)]
    if ends and not text[ends[-1] + 1 : value].strip():
        ends.pop()
    return ends[-1] + 1 if ends else lo


def _deals(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The deal and project nouns in ``text[lo:hi]`` ("hợp đồng", "gói thầu")."""
    return list(_cues().deal.finditer(text, lo, hi))


def deal_name(text: str, start: int, lo: int) -> str | None:
    """The words naming the deal whose value "trị giá" gives right before ``start``, named
    after ``lo`` (None when no "trị giá" or no deal stands there): the deal's noun, the
    first of the clause (the outer deal: "gói thầu số 3 thuộc dự án …"), and the lower-case
    words after it up to a count, a preposition or a verb; a name longer than four
    syllables gives the noun alone (the metric of a deal's value).

    >>> text = "CLB ký hợp đồng tài trợ áo đấu 3 năm trị giá 45 tỷ đồng"
    >>> deal_name(text, text.index("45"), 0)
    'hợp đồng tài trợ áo đấu'
    """
    value = _deal_value_at(text, start)
    if value is None:
        return None
    deals = _deals(text, _deal_window(text, value, lo), value)
    if not deals:
        return None
    deal = deals[0]
    words = [deal.group()]
    for word in text[deal.end() : value].split()[: _DEAL_NAME_WORDS + 1]:
        if not word.isalpha() or not word.islower() or word.lower() in _deal_name_stops():
            break
        words.append(word)
    if len(words) > _DEAL_NAME_WORDS + 1:
        return deal.group()  # cut mid-word ("khu đô thị sinh …"): the noun alone
    return " ".join(words)


_OPENING_REACH = 12  # words between a clause's opening property word and its figure
_BULLET_CHARS = " \t\n-–•*+"  # what may open a clause before its first word


def _opening_spec(ctx: _Context, spec: tuple[int, int], a: Amount) -> bool:
    """Rule ``opening_spec``: a property word that opens its clause names the figure that
    ends the clause's noun phrase, however long ("Tổng mức đầu tư của dự án là 1.650 tỷ
    đồng", "Tổng vốn đầu tư hạ tầng của khu này khoảng 5.870 tỷ đồng"), when no verb,
    change or plan word stands between (not "Tổng vốn đầu tư của tỉnh năm nay đã tăng
    12%"), nor a time or another figure: "Tổng vốn đầu tư toàn xã hội năm 2025 của tỉnh
    khoảng 95.000 tỷ đồng" is a period's result, "… của 12 dự án …" a sum."""
    text, scan = ctx.text, ctx.scan
    k = bisect_right(scan.clause_ends, spec[0] - 1) - 1
    s = bisect_right(ctx.sentence_starts, spec[0]) - 1
    opening = max(scan.clause_ends[k] + 1 if k >= 0 else 0, ctx.sentence_starts[s] if s >= 0 else 0)
    if text[opening : spec[0]].strip(_BULLET_CHARS):
        return False  # the clause opens before the property word
    between = text[spec[1] : a.start]
    cues = _cues()
    return (
        len(_WORD.findall(between)) <= _OPENING_REACH
        and _DIGIT.search(between) is None
        and cues.time_word.search(between) is None
        and not cues.own_verb.search(between)
        and not cues.change.search(between)
        and scan.last_cue(spec[1], a.start) is None
    )


def _aggregate_total(ctx: _Context, a: Amount, spec_start: int) -> bool:
    """Rule ``aggregate_total``: a total of capital joined by "với" to things counted before
    it in its sentence sums what the sentence reports, a result, not one thing's standing
    figure ("cấp mới 68 dự án với tổng vốn 1,12 tỷ USD"; not "nhà máy tại Long Đức với tổng
    vốn 350 tỷ đồng")."""
    text, cues = ctx.text, _cues()
    if not cues.total_capital.match(text, spec_start):
        return False  # "tổng mức đầu tư" is one project's approved cost, however many parts
    s_start = ctx.sentence_starts[bisect_right(ctx.sentence_starts, a.start) - 1]
    joiner_reach = max(s_start, spec_start - cues.total_joiner_reach)
    if cues.total_joiner.search(text, joiner_reach, spec_start) is None:
        return False
    prev = ctx.previous.get(id(a))
    while prev is not None and prev.start >= s_start:
        if prev.kind == "count" and prev.end <= spec_start:
            return True
        prev = ctx.previous.get(id(prev))
    return False


_PRICE_LEAD = 12  # how far before a price its reach or change word is read
_GRANT_LEAD = 16  # how far before the change word "được" or "mức" is read


def _price_per_unit(ctx: _Context, a: Amount) -> bool:
    if a.per is None or a.per.casefold() not in _cues().spec_per:
        return False
    if a.per.casefold() == "cổ phiếu":
        before = ctx.sentence_before(a)
        payout = list(_cues().payout.finditer(before))
        if payout and _cues().price.search(before, payout[-1].end()) is None:
            return False  # "chia cổ tức 20%, tương đương 2.000 đồng/cổ phiếu": a payout; not
            # "Sau khi chốt quyền nhận cổ tức, giá cổ phiếu giảm xuống 60.000 đồng/cổ phiếu"
    lead = max(0, a.start - _PRICE_LEAD)
    before = ctx.text[lead : a.start]
    # "giá bán đạt 50 triệu đồng/m2": a result; so is a price's change ("giảm 3.000 đồng/kg
    # so với tuần trước", "cao hơn 0,3 USD/kg")
    if _cues().reach.search(before) is not None:
        return False
    change = _cues().price_change.search(before)
    if change is None:
        return True
    # a discount a rule or a seller grants is a rate ("học sinh được giảm 50.000 đồng/vé",
    # "mức giảm 200.000 đồng/vé"), a price of its own
    granted_by = ctx.text[max(0, lead - _GRANT_LEAD) : lead + change.start()]
    return _cues().granted.search(granted_by) is not None


def _last_cue(ctx: _Context, a: Amount) -> str | None:
    """The kind of the nearest plan or estimate cue before ``a`` in its sentence, not
    one in brackets closed before it ("(… đặt mục tiêu 26 giường bệnh); hơn 81% số xã …")
    nor in a quoted title closed before it ('Nghị quyết "Về … định hướng đến năm 2030",
    doanh thu tăng 15%')."""
    lo = ctx.reach(a)
    # rule contrast: "…, nhưng mới hoàn thành 50.000 căn" tells how things stand; rule
    # set_phrase: "Trong số 27 đơn vị được giao vốn, chỉ có 9 đơn vị …" names a set
    ends = ctx.scan.contrast_ends
    i = bisect_right(ends, a.start) - 1
    if i >= 0 and ends[i] > lo:
        lo = ends[i]
    # a cue the amount's own words open with counts too ("ước khoảng 1,4 triệu tấn")
    hi = a.start
    if not a.text[:1].isdigit() and (digit := _DIGIT.search(a.text)) is not None:
        hi += digit.start()
    cue = ctx.scan.last_cue(max(lo, _closed_before(ctx.text, lo, a.start) + 1), hi)
    if cue is not None and cue.startswith("receipt:"):
        # rule receipt: what an actor will receive or pay is its estimate ("cổ đông lớn sẽ
        # nhận khoảng 346 tỷ đồng", "cổ tức tỷ lệ 15%"); a count of things it will take
        # delivery of is its plan ("hãng dự kiến nhận thêm 20 tàu bay")
        return "plan:" + cue[len("receipt:") :] if a.kind == "count" else "estimate"
    return cue


def _closed_before(text: str, lo: int, pos: int) -> int:
    """Where the last bracket or quotation closed in ``text[lo:pos]`` ends (-1 if none).

    >>> _closed_before('Nghị quyết "Về du lịch", doanh thu', 0, 34)
    22
    >>> _closed_before('Ông nói: "Chúng tôi', 0, 19)
    -1
    """
    closed = max(text.rfind(")", lo, pos), text.rfind("”", lo, pos))
    straight = text.count('"', lo, pos)
    if straight and straight % 2 == 0:  # straight quotes: an even count closes the last
        closed = max(closed, text.rfind('"', lo, pos))
    return closed


def _kind_of(kinds: dict[str, str], phrase: str) -> str:
    """The kind of a cue phrase as written: ``kinds`` holds it lower-cased with single
    spaces (as most are written in the lower-cased text)."""
    kind = kinds.get(phrase)
    return kind if kind is not None else kinds[" ".join(phrase.lower().split())]


class _Scan:
    """The role cues of one document, found in one pass over its lower-cased text."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        self.sentences = doc.sentences
        self.starts = [s for s, _ in doc.sentences]
        self.decided: dict[tuple[int, int, int], RoleRule] = {}  # an amount -> its text rule
        cues = _cues()
        low = lower_case(doc.text)
        if len(low) == len(doc.text):
            matches = cues.sentence_cues.finditer(low)
        else:  # a letter whose lower case is longer ("İ"): match the text itself
            low, matches = doc.text, cues.sentence_cues_any_case.finditer(doc.text)
        # (start, end, "estimate" | "done" | "plan:<word>" | "receipt:<phrase>")
        self.cues: list[tuple[int, int, str]] = []
        forecasts: set[int] = set()
        measured: set[int] = set()
        for m in matches:
            kind = _kind_of(cues.kind_of, m.group())
            if kind == "forecast":
                forecasts.add(bisect_right(self.starts, m.start()) - 1)
            elif kind in ("estimate", "done"):  # "done": rule achieved_so_far
                self.cues.append((m.start(), m.end(), kind))
            elif kind == "receipt":  # "dự kiến nhận", "sẽ nhận"
                self.cues.append((m.start(), m.end(), "receipt:" + m.group().casefold()))
            elif kind == "plan":
                if cues.plan_void.search(low, max(0, m.start() - 20), m.start()) is None:
                    self.cues.append((m.start(), m.end(), "plan:" + m.group().casefold()))
                else:  # "bằng 106,3% dự toán": the sentence measures results against a plan
                    measured.add(bisect_right(self.starts, m.start()) - 1)
        self.cue_starts = [c[0] for c in self.cues]
        self.forecast_sentences = frozenset(forecasts)
        # where each contrast (", nhưng", "; song") or phrase naming a set ("Trong số 27
        # đơn vị được giao vốn,") ends, found once per article: no plan word reaches past
        self.contrast_ends = sorted(
            [m.end() for m in cues.contrast.finditer(doc.text)]
            + [m.end() for m in matches_from(cues.set_opener, cues.set_phrase, doc.text)]
        )
        self.measured_sentences = frozenset(measured)
        self.spec: list[tuple[int, int, str]] = [
            (m.start(), m.end(), _kind_of(cues.kind_of_spec, m.group()))
            for m in (
                cues.spec_words if low is not doc.text else cues.spec_words_any_case
            ).finditer(low)
        ]
        self.spec_starts = [c[0] for c in self.spec]
        self.clause_ends = [m.start() for m in _CLAUSE_END.finditer(doc.text)]
        self.reaches: dict[int, int] = {}
        self.costs: list[int] | None = None  # where each cost word starts, found once

    def cost_words(self) -> list[int]:
        """Where each cost word of the document starts ("kinh phí", "tổng mức đầu tư")."""
        if self.costs is None:
            from vnextract.targets.own_plans import find_cues  # the targets' cost words

            self.costs = [c.start for c in find_cues(self.text, ("cost",))["cost"]]
        return self.costs

    def reach(self, k: int) -> int:
        """Where the cues of sentence ``k`` may start (see ``_Context.reach``)."""
        known = self.reaches.get(k)
        if known is None:
            start = self.sentences[k][0] if k >= 0 else 0
            # rule measured_results: "Trong đó, …, bằng 106,3% dự toán" reports results
            # against the plan of the sentence before; it shares no plan word with it
            if k > 0 and goes_on(self.text, start) and k not in self.measured_sentences:
                start = self.sentences[k - 1][0]
            known = self.reaches[k] = start
        return known

    def forecasts(self, pos: int) -> bool:
        """Whether the sentence holding ``pos`` forecasts ("dự báo", "theo chuyên gia"), or
        the heading of the list it is an item of does (rule ``forecast_list``: "Với năm
        2027, CBRE dự báo:" and "- Giá bán sơ cấp tăng thêm 5-7%;")."""
        k = bisect_right(self.starts, pos) - 1
        if k in self.forecast_sentences:
            return True
        if not self.forecast_sentences or k < 0:
            return False
        return list_heading(self.text, self.sentences, k) in self.forecast_sentences

    def plan_words(self, lo: int, hi: int) -> list[str]:
        """The plan cues ("plan:<word>") in ``[lo, hi)``, in text order."""
        i = bisect_right(self.cue_starts, lo - 1)
        out = []
        while i < len(self.cues) and self.cues[i][1] <= hi:
            if self.cues[i][2].startswith("plan:"):
                out.append(self.cues[i][2])
            i += 1
        return out

    def last_cue(self, lo: int, hi: int) -> str | None:
        """The cue ending last before ``hi`` among those starting at ``lo`` or later."""
        i = bisect_right(self.cue_starts, hi - 1) - 1
        while i >= 0 and self.cues[i][0] >= lo:
            if self.cues[i][1] <= hi:
                return self.cues[i][2]
            i -= 1
        return None


_LAST_SCAN: list[tuple[Document, _Scan]] = []  # the last document's scan: both stages reuse it


def _scan(doc: Document) -> _Scan:
    """The role cue reader of ``doc``, shared by the targets stage and the record."""
    if _LAST_SCAN and _LAST_SCAN[0][0] is doc:
        return _LAST_SCAN[0][1]
    scan = _Scan(doc)
    _LAST_SCAN[:] = [(doc, scan)]
    return scan


def goes_on(text: str, pos: int) -> bool:
    """Whether the sentence at ``pos`` goes on from the one before ("Trong đó, …", "Cụ thể, …").

    >>> goes_on("Trong đó, xuất khẩu gỗ đạt 7 tỷ USD.", 0)
    True
    """
    return _cues().goes_on.match(text, pos) is not None


def plan_cue_before(doc: Document, amount: Amount) -> str | None:
    """The plan word that makes ``amount`` a plan ("dự kiến", "đề xuất"), if the nearest
    plan or estimate cue before it in its sentence is one.

    >>> from vnextract.amounts import find_amounts
    >>> doc = Document.from_text("Công ty dự kiến chia cổ tức 12%.")
    >>> plan_cue_before(doc, find_amounts(doc.text)[0])
    'dự kiến'
    """
    starts = [s for s, _ in doc.sentences]
    ctx = _Context(doc.text, starts, doc.sentences, frozenset(), frozenset(), {}, 0, _scan(doc))
    cue = _last_cue(ctx, amount)
    if cue is None or not cue.startswith("plan:"):
        return None
    if cue == "plan:sẽ":  # "kỳ vọng doanh thu sẽ tăng 5%": the plan word before "sẽ" says it
        earlier = ctx.scan.plan_words(ctx.reach(amount), amount.start)
        cue = next((w for w in reversed(earlier) if w != "plan:sẽ"), cue)
    return cue[5:]


def _plan_cue(ctx: _Context, a: Amount) -> bool:
    return (_last_cue(ctx, a) or "").startswith("plan:")


def _part_of_spec(ctx: _Context, a: Amount) -> bool:
    """A part of a standing figure named right before it, after "trong đó" in its
    sentence or opening the next ("Tổng mức đầu tư là 43.734 tỷ đồng, trong đó vốn ngân
    sách hơn 31.000 tỷ đồng"; "…, tổng mức đầu tư 1.450 tỷ đồng. Trong đó, vốn vay chiếm
    60%"): in its unit, in another currency when both are money, or a share of it."""
    prev = ctx.previous.get(id(a))
    if prev is None:
        return False
    # a part has its whole's unit, or its kind of money ("tổng mức đầu tư 6.980 tỷ đồng,
    # trong đó vốn vay WB khoảng 190 triệu USD"), or is a share of it ("chiếm 60%")
    same = prev.unit == a.unit or prev.kind == a.kind == "money"
    if not same and a.unit != "%":
        return False
    k = bisect_right(ctx.sentence_starts, a.start) - 1
    if k < 0:
        return False
    goes_on = _cues().goes_on
    comma = ctx.text.rfind(",", prev.end, a.start)
    if comma >= 0 and goes_on.match(ctx.text, comma + 1) is not None:
        if prev.start < ctx.sentence_starts[k]:
            return False  # "…, trong đó …": the whole stands in the part's sentence
    elif not (  # or the sentence right before, when "Trong đó, …" opens the part's
        k > 0
        and ctx.sentence_starts[k - 1] <= prev.start < ctx.sentence_starts[k]
        and goes_on.match(ctx.text, ctx.sentence_starts[k]) is not None
    ):
        return False
    if not same and _cues().share.search(ctx.text, max(0, a.start - _SHARE_REACH), a.start) is None:
        return False  # a share is written as one ("chiếm 60%"); not "đã giải ngân được 35%"
    return _spec_noun(ctx, prev) or _cost_clause(ctx, prev)


def _cost_clause(ctx: _Context, a: Amount) -> bool:
    """What a plan or project costs: the figure's clause opens with a cost word, after a
    reporting verb or not ("cho biết kinh phí thực hiện đề án dự kiến 5.000 tỷ đồng"),
    and no change word stands between ("kinh phí giảm 12%" is a result)."""
    scan, text = ctx.scan, ctx.text
    costs = scan.cost_words()
    i = bisect_right(costs, a.start - 1) - 1
    if i < 0:
        return False  # the cheap test first: most articles name no cost before it
    k = bisect_right(scan.clause_ends, a.start - 1) - 1
    lo = max(ctx.reach(a), scan.clause_ends[k] + 1 if k >= 0 else 0)
    if costs[i] < lo:
        return False
    from vnextract.targets.lexicon import lexicon  # the targets' cost words; no cycle

    lex = lexicon()
    reported = lex.find("reporting", text, lo, a.start)
    pos = reported[-1].end() if reported else lo
    while pos < a.start and text[pos].isspace():
        pos += 1
    cost = lex.starts_with("cost", text, pos)
    # "kinh phí giảm 12%": a change of the cost, a result
    return cost is not None and not _cues().change.search(text, cost.end(), a.start)


_SPEC_RULES = frozenset(
    {"spec_noun", "part_of_spec", "price_per_unit", "cost_clause", "spec_goes_on"}
)
_SPEC_GOES_ON_WORDS = 10  # how many words may join a standing figure to the next one
_JOINER_WITHIN = 3  # the joining word stands among the first words after the figure


def _spec_goes_on(ctx: _Context, a: Amount) -> bool:
    """A figure that goes on describing the standing figure right before it in its sentence:
    a joining word ("gồm", "với", "cao", "thấp hơn", "và", "có") stands among the first words
    between them, and neither the words between nor the figure's own clause hold a verb, a
    change, a plan or an estimate ("Phân khu rộng 4,8 ha, gồm 6 tòa tháp cao 25 tầng"; "dài
    9,2 km, gồm 6,4 km đi ngầm và 2,8 km đi trên cao, có 8 nhà ga"; "giá bán
    điện 1.785 đồng/kWh, thấp hơn giá bán lẻ khoảng 13%"; not "tổng vốn đầu tư 5.000 tỷ
    đồng, đã giải ngân 2.000 tỷ đồng", nor "quy mô 612.000 căn, trong đó 165 dự án đã hoàn
    thành", nor "giá lúa 6.800 đồng/kg, lợi nhuận khoảng 18 triệu đồng/ha")."""
    prev = ctx.previous.get(id(a))
    if prev is None or a.start - prev.end > _SPEC_GOES_ON_WORDS * 12:
        return False  # the cheap test first: too far apart for ten words
    between = ctx.text[prev.end : a.start]
    s = bisect_right(ctx.sentence_starts, a.start) - 1
    if s < 0 or prev.start < ctx.sentence_starts[s] or ";" in between or ":" in between:
        return False
    words = _WORD.findall(between)
    cues = _cues()
    joiner = cues.spec_joiner.search(between)
    if (
        joiner is None
        or len(_WORD.findall(between[: joiner.start()])) >= _JOINER_WITHIN
        or len(words) > _SPEC_GOES_ON_WORDS
    ):
        return False
    c = bisect_right(ctx.scan.clause_ends, a.end - 1)
    clause_end = ctx.scan.clause_ends[c] if c < len(ctx.scan.clause_ends) else len(ctx.text)
    own = ctx.text[prev.end : min(clause_end, ctx.sentences[s][1])]  # to the figure's clause end
    if (
        cues.own_verb.search(own)
        or cues.change.search(own)
        or cues.reach.search(own)
        or ctx.scan.last_cue(prev.end, a.start) is not None
    ):
        return False
    return _text_rule(ctx, prev).name in _SPEC_RULES


def _text_rule(ctx: _Context, a: Amount) -> RoleRule:
    """The first rule that reads only the text and holds for ``a``, decided once."""
    key = (id(a), a.start, a.end)
    decided = ctx.scan.decided
    rule = decided.get(key)
    if rule is None:
        rule = decided[key] = _first_text_rule(ctx, a)
    return rule


def _first_text_rule(ctx: _Context, a: Amount) -> RoleRule:
    """The first rule of ``_TEXT_RULES`` that holds for ``a`` (a loop: no generator)."""
    for rule in _TEXT_RULES:
        if rule.holds(ctx, a):
            return rule
    raise AssertionError("default_result holds for every amount")


def _plan_from_level(ctx: _Context, a: Amount) -> bool:
    """The level a planned change starts from ("dự kiến tăng 16%, từ 3.858 tỷ đồng lên
    4.460 tỷ đồng"): last year's figure, not the plan; a revised plan ("điều chỉnh kế
    hoạch lợi nhuận từ 800 tỷ đồng lên 950 tỷ đồng") keeps both as plans."""
    text = ctx.text
    window = text[a.end : a.end + 20]
    if "lên" not in window and "xuống" not in window:
        return False  # the cheap test first: most figures are no level a change leaves
    before = text[max(0, a.start - 6) : a.start].split()[-1:] + a.text.split()[:1]
    words = window.split()
    if words[:2] in (["hiện", "nay"], ["hiện", "tại"]):
        words = words[2:]  # "từ 18 chiếc hiện nay lên 30 chiếc": the level now
    if "từ" not in before or words[:1] not in (["lên"], ["xuống"]):
        return False
    if not _plan_cue(ctx, a):
        return False
    from vnextract.targets.lexicon import lexicon  # the targets' revision words; no cycle

    return not lexicon().has("revision", text, ctx.reach(a), a.start)


def _spec_from_level(ctx: _Context, a: Amount) -> bool:
    """The level a planned change of a standing property starts from ("vốn điều lệ sẽ tăng
    từ 44.666 tỷ đồng lên 51.366 tỷ đồng", "công suất sẽ tăng từ 6,5 triệu tấn lên …"):
    the property as it stands, no result; the level reached is the plan."""
    if not _plan_from_level(ctx, a):
        return False
    scan = ctx.scan
    k = bisect_right(scan.clause_ends, a.start - 1) - 1
    lo = max(ctx.reach(a), scan.clause_ends[k] + 1 if k >= 0 else 0)
    i = bisect_right(scan.spec_starts, a.start - 1) - 1
    while i >= 0 and scan.spec[i][1] > a.start:
        i -= 1
    return (
        i >= 0
        and scan.spec[i][0] >= lo
        and scan.spec[i][2] == "spec"
        # a thing's property, not the size of an outcome ("quy mô nền kinh tế", "quy mô
        # tín dụng": last year's result)
        and ctx.text[scan.spec[i][0] : scan.spec[i][1]].lower() not in _cues().outcome_size
    )


_APPOSED_CAPITAL = re.compile(r",\s*vốn\s*$", re.IGNORECASE)  # ", vốn 980 tỷ đồng"


def _apposed_capital(ctx: _Context, a: Amount) -> bool:
    """A sum of capital set after a comma, beside the thing it funds ("Cống ngăn triều …,
    vốn 980 tỷ đồng, đạt 55%", "Bệnh viện … quy mô 300 giường, vốn 620 tỷ đồng"): what the
    thing costs, a standing property."""
    return (
        a.kind == "money"
        and _APPOSED_CAPITAL.search(ctx.text, max(0, a.start - 12), a.start) is not None
    )


def _estimate_cue(ctx: _Context, a: Amount) -> bool:
    return _last_cue(ctx, a) == "estimate"


def _limit_of_rule(ctx: _Context, a: Amount) -> bool:
    """A limit that no plan or estimate word makes a goal: what a rule allows ("vay tối đa
    70% giá trị căn hộ", "tỷ lệ nợ không quá 60%")."""
    return _cues().limit.match(a.text) is not None


_EACH = re.compile(r"(?<!\w)mỗi(?!\w)", re.IGNORECASE)
# a time unit after "mỗi": a rate over time, no recipient ("mỗi năm", "mỗi tháng")
_TIME_UNIT = re.compile(r"\s+(?:năm|tháng|quý|tuần|ngày|giờ|lần|đợt|vụ|kỳ)(?!\w)", re.IGNORECASE)
_GRANT_SPAN = 160  # how far before the sum its "mỗi" may stand ("mỗi hộ có nhà bị sập, …")
_GRANT_VERB_SPAN = 40  # how far before the sum its verb of receiving ends the words


def _grant_rate(ctx: _Context, a: Amount) -> bool:
    """A sum each one of a kind receives under a rule ("mỗi hộ có nhà bị sập được nhận 60
    triệu đồng", "Mỗi HCV được Nhà nước thưởng 45 triệu đồng"): "mỗi" earlier in the
    sentence and a verb of receiving right before the sum; no outcome. A dividend per
    share is paid out, no rate of a rule."""
    if a.kind != "money":
        return False
    # a bounded window: one long sentence of figures reads each once (linear time)
    before = ctx.text[max(ctx.reach(a), a.start - _GRANT_SPAN) : a.start]
    cues = _cues()
    grant = cues.grant.search(before, max(0, len(before) - _GRANT_VERB_SPAN))
    if grant is None or cues.payout.search(before) is not None:
        return False  # "cổ tức …, mỗi cổ phiếu nhận 3.000 đồng": paid out
    if " " not in grant.group().strip() and ends_two_syllable_word(before, grant.start()):
        return False  # "ghi nhận", "tiếp nhận": no receiving under a rule
    # "mỗi" before a recipient, not a time unit ("mỗi tháng FPT ghi nhận …")
    return any(_TIME_UNIT.match(before, each.end()) is None for each in _EACH.finditer(before))


_SUPPORT_SPAN = 120  # how far before a sum per recipient its word of support may stand
_RATE_WORD_REACH = 4  # the last words before the sum where the rate word stands
_RATE_JOINER = re.compile(r"(?:\s+[^\W\d]+){0,3}\s*(?:,|và)\s*")  # "… xây mới và "


def _support_rate(ctx: _Context, a: Amount) -> bool:
    """Rule ``support_rate``: a sum per household, home or person named as the rate
    ("mức", "khoản") of a support or a loan in its sentence is the rate each one gets, a
    standing figure ("hỗ trợ xóa 3.420 nhà tạm với mức 60 triệu đồng/hộ", "Mức hỗ trợ là 60
    triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa", "mức cho vay tối đa 100 triệu
    đồng/lao động").

    An average is an outcome ("dư nợ bình quân 65 triệu đồng/hộ", "thu nhập bình quân ở
    mức …"), and so is a sum reached ("đạt"); a sum planned or estimated is read by the plan
    and estimate rules."""
    cues = _cues()
    if a.kind != "money" or a.per is None:
        return False
    if a.per.split("/")[0].strip().casefold() not in cues.recipient_per:
        return False
    text = ctx.text
    k = bisect_right(ctx.sentence_starts, a.start) - 1
    lo = max(ctx.sentence_starts[k] if k >= 0 else 0, a.start - _SUPPORT_SPAN)
    lo = max(lo, text.rfind(";", lo, a.start) + 1)
    prev = ctx.previous.get(id(a))
    if (
        prev is not None
        and prev.start >= lo
        and _RATE_JOINER.fullmatch(text, prev.end, a.start) is not None
        and _text_rule(ctx, prev).name == "support_rate"
    ):
        return True  # "… 60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa"
    last = [w.lower() for w in _WORD.findall(text, max(lo, a.start - 40), a.start)]
    if not cues.rate_word.intersection(last[-_RATE_WORD_REACH:]):
        return False
    ends = [m.end() for m in cues.support.finditer(text, lo, a.start)]
    if not ends:
        return False
    between = text[ends[0] : a.start]  # from the first word of support in the sentence
    return (
        cues.reach.search(between) is None  # "… thu nhập đạt …": a result
        and cues.averaged.search(between) is None
        and not ctx.scan.plan_words(ctx.reach(a), a.start)  # a plan anywhere in the sentence
        and not _estimate_cue(ctx, a)
    )


def is_size_unit(unit: str) -> bool:
    """Whether ``unit`` measures what a thing is, not what it does ("DWT", "tầng").

    >>> is_size_unit("tầng"), is_size_unit("căn")
    (True, False)
    """
    return unit.casefold() in _cues().spec_unit


def _standing_unit(ctx: _Context, a: Amount) -> bool:
    """A size unit ("tàu 50.000 DWT") or a count or measure per year or month ("công
    suất thiết kế 3 triệu TEU/năm", "9,6 triệu sản phẩm/tháng"): a capacity, no
    outcome; a money or share rate per year is not one ("lãi suất 6,6%/năm" is read by its
    words, "tăng 7%/năm" is a growth rate)."""
    cues = _cues()
    if is_size_unit(a.unit):
        return True
    return (
        a.kind in ("count", "measure")
        and a.per is not None
        and a.per.casefold() in cues.capacity_per
    )


def _possible_outcome(ctx: _Context, a: Amount) -> bool:
    """A figure that may come about: "có thể" a few words before it in its clause ("tín
    dụng cả năm có thể tăng khoảng 16,5%")."""
    scan = ctx.scan
    k = bisect_right(scan.clause_ends, a.start - 1) - 1
    lo = max(ctx.reach(a), a.start - _POSSIBLE_REACH, scan.clause_ends[k] + 1 if k >= 0 else 0)
    return _cues().possible.search(ctx.text, lo, a.start) is not None


def _named_size(ctx: _Context, a: Amount) -> bool:
    """A measure alone in brackets right after a route's name ("A - B"), or a length right
    after a place's: the length or size of that section, a standing property ("các đoạn
    Cam Lộ - La Sơn (98 km)", "đi qua Hà Nội (58,2 km)"); not an area after a place
    ("nặng nhất là Nam Định (4.200 ha)")."""
    text = ctx.text
    if a.kind != "measure" or text[a.start - 1 : a.start] != "(" or text[a.end : a.end + 1] != ")":
        return False
    if _ROUTE_BEFORE.search(text, max(0, a.start - 60), a.start - 1) is not None:
        return True
    # a length after a place ("đi qua địa phận Hà Nội (58,2 km), Hưng Yên (19,3 km)")
    before = text[max(0, a.start - 40) : a.start - 1].split()
    return a.unit in _LENGTHS and bool(before) and before[-1][:1].isupper()


_LENGTHS = frozenset(("km", "m"))  # a section's length, not an area or an output
# A route's name ending where a bracket opens: "Cam Lộ - La Sơn ", "Hòa Liên – Túy Loan".
_ROUTE_BEFORE = regex.compile(r"\p{Lu}\w*(?:\s+\p{Lu}\w*)*\s*[-–]\s*\p{Lu}\w*(?:\s+\p{Lu}\w*)*\s*$")


def _default_result(ctx: _Context, a: Amount) -> bool:
    return True


@dataclass(frozen=True)
class RoleRule:
    """One rule of the role stage: its name, the role it gives, and when it holds."""

    name: str
    role: Role
    holds: Callable[[_Context, Amount], bool]


ROLE_RULES: tuple[RoleRule, ...] = (
    RoleRule("in_target", "target", _in_target),
    RoleRule("headline_goal", "target", _headline_goal),
    RoleRule("restated_goal", "target", _restated_goal),
    RoleRule("forecast_sentence", "forecast", _forecast_sentence),
    RoleRule("spec_noun", "spec", _spec_noun),
    RoleRule("part_of_spec", "spec", _part_of_spec),
    RoleRule("price_per_unit", "spec", _price_per_unit),
    RoleRule("cost_clause", "spec", _cost_clause),
    RoleRule("spec_goes_on", "spec", _spec_goes_on),
    RoleRule("apposed_capital", "spec", _apposed_capital),
    RoleRule("spec_from_level", "spec", _spec_from_level),
    RoleRule("plan_from_level", "result", _plan_from_level),
    RoleRule("support_rate", "spec", _support_rate),
    RoleRule("plan_cue", "target", _plan_cue),
    RoleRule("estimate_cue", "estimate", _estimate_cue),
    RoleRule("limit_of_rule", "spec", _limit_of_rule),
    RoleRule("grant_rate", "spec", _grant_rate),
    RoleRule("standing_unit", "spec", _standing_unit),
    RoleRule("named_size", "spec", _named_size),
    RoleRule("possible_outcome", "forecast", _possible_outcome),
    RoleRule("default_result", "result", _default_result),
)
# a headline's figure that the rules above leave a plain result takes the role of the same
# figure in the body: the name ``explain_roles`` gives that decision
HEADLINE_FIGURE = "headline_figure"
_TARGET_RULES = ROLE_RULES[:3]  # the rules that read the targets
_TEXT_RULES = ROLE_RULES[3:]  # the rules that read only the text


def explain_roles(
    doc: Document, amounts: Sequence[Amount], targets: Sequence[Target]
) -> list[tuple[Role, str]]:
    """The role of each amount with the name of the rule that decided it.

    Args:
        doc: the normalised article.
        amounts: its amounts (offsets into ``doc.text``).
        targets: its targets; a target's ``amount`` is one of ``amounts``.

    Returns:
        ``(role, rule name)`` per amount, in the order of ``amounts``.
    """
    ordered = sorted(amounts, key=lambda a: a.start)
    first_line = doc.text.find("\n")
    ctx = _Context(
        text=doc.text,
        sentence_starts=[s for s, _ in doc.sentences],
        sentences=doc.sentences,
        target_amounts=frozenset(id(t.amount) for t in targets if t.amount is not None),
        target_values=frozenset(
            _value(t.amount) for t in targets if t.amount is not None and t.start > first_line
        ),
        previous={id(b): a for a, b in itertools.pairwise(ordered)},
        head_end=headline_end(doc.text),
        scan=_scan(doc),
    )
    twins = body_twins(ordered, ctx.head_end)
    out: list[tuple[Role, str]] = []
    for a in amounts:
        rule = next((r for r in _TARGET_RULES if r.holds(ctx, a)), None)
        if rule is None:  # the rules that do not read the targets: once per amount
            rule = _text_rule(ctx, a)
        if rule.name == "default_result" and id(a) in twins:
            # rule headline_figure: a headline's figure that its own words say nothing of is
            # what the body says of the same figure ("Đà Nẵng đón 485.000 lượt khách …" and
            # "… ước đón khoảng 485.000 lượt khách": an estimate)
            out.append((_text_rule(ctx, twins[id(a)]).role, HEADLINE_FIGURE))
            continue
        out.append((rule.role, rule.name))
    return out


def headline_end(text: str) -> int:
    """Where the headline (the first line) of an article ends; 0 when it has one line."""
    return max(text.find("\n"), 0)


def body_twins(ordered: Sequence[Amount], head_end: int) -> dict[int, Amount]:
    """id() of each headline amount -> the first body amount of the same figure and unit."""
    body: dict[tuple[float | None, float | None, float | None, str], Amount] = {}
    for a in ordered:
        if a.start >= head_end:
            body.setdefault(_value(a), a)
    return {id(a): body[_value(a)] for a in ordered if a.end <= head_end and _value(a) in body}


def amount_roles(doc: Document, amounts: Sequence[Amount], targets: Sequence[Target]) -> list[Role]:
    """The role of each amount: "target", "result", "estimate", "forecast" or "spec".

    Args:
        doc: the normalised article.
        amounts: its amounts (offsets into ``doc.text``).
        targets: its targets (from ``find_targets``); their amounts are "target".

    Returns:
        One role per amount, in the order of ``amounts``.
    """
    return [role for role, _ in explain_roles(doc, amounts, targets)]
