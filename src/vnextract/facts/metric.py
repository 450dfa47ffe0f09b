"""Metric: what an amount measures, the article's own shortest noun phrase.

Rules, tried in order (``metric_rule`` names the one that answered):

- for a count: ``range_end``, a multiple's figure before it (``multiple_of_before``:
  "dư nợ đạt 8.700 tỷ đồng, gấp 1,6 lần"), the noun before a linking verb ("khách
  quốc tế đạt 5,5 triệu lượt khách"), a word naming what it measures right before it
  (``count_measure``: "tần suất 7 chuyến/tuần"), else its noun and the words that say
  which ones ("hơn 1,9 tỷ cổ phiếu đang lưu hành"), else none ("2 công ty");
- ``in_terms_of``: a figure followed by "về" and a measure (cue kind ``aspect``) says which
  measure it is of ("tăng 3,2% về lượng nhưng giảm 6,8% về giá trị" → "lượng", "giá trị";
  not "về cơ bản", "chuyển … về ngân sách", "giảm … về mức 4%");
- ``contribution``: "đóng góp 0,5 điểm phần trăm vào mức tăng trưởng chung" →
  "đóng góp vào mức tăng trưởng chung";
- ``dividend``: a rate or a sum after "cổ tức" in its sentence → "cổ tức";
- ``share_of``, ``share_of_count``, ``share_of_later``: what a share is of ("chiếm
  30% tổng doanh thu"; "có 530/720 trường đạt chuẩn, chiếm tỷ lệ 73%" → "tỷ lệ
  trường"; a bare share takes the whole a later share of its sentence names);
- ``within_total``: the total a sentence opening "Trong tổng <noun>," breaks down;
- ``figure_then_noun``: a list of sums written before their nouns ("ghi nhận 3.950 tỷ
  đồng doanh thu và 251 tỷ đồng lãi sau thuế"): each measures the noun after it;
- ``raised_noun``: a count after "nâng <noun> lên" measures that noun ("nâng tổng số trạm
  5G lên hơn 20.000 trạm" → "tổng số trạm 5G"), not the figure before it;
- ``range_to``: a figure ending a range ("giảm từ 1,23% cuối quý II xuống 1,08%")
  measures what the range's start measures;
- ``plan_of_before``: a plan's level right after the plan a figure is measured against
  ("đạt 17 tỷ USD, thấp hơn mục tiêu 18 tỷ USD") measures what that figure does;
- ``noun_before``: the noun phrase that opens the amount's clause, without the
  words that lead into it ("Trong đó", a time, a name), the verb that links it
  to the number ("đạt", "ước đạt", "chiếm") and what follows a cut word
  ("của", "tại", "trong"…): "doanh thu thuần trong quý của TFC đạt 121 tỷ" →
  "doanh thu thuần";
- ``verb_then_noun``: a verb right before the figure (cue kind ``bare_verb``: "mang về",
  "đáp ứng"), not one that a noun before makes a noun (``noun_of_verb``: "lãi suất tiết
  kiệm"), names no measure; the noun after the figure does, when one stands there and
  opens no range, purpose or recipient (``not_measure_after``: "để", "cho");
- ``noun_after``: for a count, its noun and the words that qualify it
  ("1,9 tỷ cổ phiếu đang lưu hành" → "cổ phiếu đang lưu hành"); for a measure or
  a share, the noun after it ("2,7 tỷ m3 khí khô", "chiếm 30% tổng doanh thu");
- ``same_as_before``: a change or a share with no noun of its own ("tăng 6%",
  "(chiếm 32,3%)") measures what the amount before it in the sentence measured;
- ``change_of_count``: a change or a ratio right after a count whose metric is none
  measures the counted thing ("tiếp nhận 1,2 triệu lượt khám, tăng 14%" → "lượt khám");
- ``function_words``: a metric of words that name nothing ("Đây", "đủ", what is left of a
  time: "cả", "sau") gives way; whatever rule read it;
- ``market_then_measure``: after a market or visitors named by their place ("Khách Nhật
  Bản chi tiêu bình quân …"), the words up to the figure are the metric, not the market
  word before the name;
- for a count whose unit alone is its noun: a size word before it (``count_scale``: "quy
  mô 450 giường" → "quy mô"), the noun a change verb follows (``count_changed``: "Số vụ
  cháy rừng giảm 18 vụ"), a verb of adding (``count_added``: "mở mới 215 cửa hàng" →
  "cửa hàng mở mới");
- ``time_number``: a time's number with only time words before it ("đến hết tháng 10")
  is no figure the words before a metric stop at; ``actor_lead``: a generic noun for whose
  figure it is ("đơn vị", "công ty") opening those words names no measure;
- ``previous_clause``: a clause of verbs only measures what the clause before names.

After them, for the whole article: ``respectively`` ("tăng lần lượt 7% và 12%"),
``same_unit_before`` (a list of named figures goes on with the metric of the last
figure of its unit), ``list_item`` (a bulleted item's figure measures what the figure
before its list or the list's heading names), ``count_change`` (a count written as a
change measures the level of its unit before it: "96 sản phẩm OCOP …, tăng 15 sản
phẩm") and ``target_metric`` (an amount a target holds).

>>> from vnextract.amounts import find_amounts
>>> text = "Doanh thu thuần của công ty đạt 121 tỷ đồng, tăng 6%."
>>> ctx = ArticleContext.build(text, [(0, len(text))], [], [])
>>> [(a.text, metric_of(ctx, a, None, None)) for a in find_amounts(text)]
[('121 tỷ đồng', 'Doanh thu thuần'), ('6%', None)]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from vnextract.facts.context import ArticleContext, words_before
from vnextract.facts.cues import cues
from vnextract.numbers import number_words
from vnextract.resources import ends_two_syllable_word, opens_two_syllable_word
from vnextract.schema import Amount

# Cue kinds that end the words after a figure: a count's noun takes a verb phrase ("5 địa
# phương có tỷ trọng …"), a sum's noun does not ("3.858 tỷ đồng lên …").
_ENDS_AFTER_COUNT = ("cut", "increase", "decrease")
_ENDS_AFTER = (*_ENDS_AFTER_COUNT, "stop")
_CUT_KINDS = ("cut", "stop")  # cue kinds that end a metric read before a figure
_DIGIT = re.compile(r"\d")
_FIGURE_START = re.compile(r"(?<!\w)\d")  # a digit that opens a word: a figure, not "A350"
# "ước đạt mức …", "… mốc", "… kỷ lục": a level follows, no metric
_LEVEL_AFTER = re.compile(r"\s+(?:mức|mốc|ngưỡng|kỷ\s+lục|con\s+số|đỉnh)(?!\w)")
_CODE_WORD = re.compile(r"\d{1,2}[gdk]")  # a code that opens with a digit: "5g", "3d", "4k"
_CUT_NOUN_SPAN = 8  # how far before a cut word the noun it ends may start ("nhà ở")
_IN_TERMS_OF = re.compile(r"[ \t]+về[ \t]+(?=\w)", re.IGNORECASE)  # "tăng 3,2% về lượng"
_DIGITS = re.compile(r"\d[\d.,/]*")  # a figure as written: "530/720", "1.250"
_SHARE_FIGURE = re.compile(r"\s*(?:\w+\s+){0,2}?\d[\d.,]*\s*%")  # "khoảng 6%", "6 %"
_MAX_WORDS = 10  # a longer phrase is no noun phrase but a clause
_MAX_JOINED_WORDS = 12  # two nouns joined by "và" may make a longer one
_RANGE_SPAN = 40  # how far after "từ X" the end of its range ("lên Y") stands
_FOLLOW_WORDS = 6  # how many words after a count may qualify its noun
_DIVIDEND_SPAN_WORDS = 16  # how many words may stand between "cổ tức" and its figure
_SOURCE_AFTER_WORDS = 2  # how many words a measure holds before "từ" opens its source
_SOURCE_WORDS = 3  # a source this long after "từ" is no part of the measure's name
_SYLLABLE_LETTERS = 7  # a longer word is no Vietnamese syllable: a foreign name ("Vietcombank")
_LIST_SENTENCES = 2  # how many sentences back a named figure's list may have begun
_NOUN_SYLLABLES = 2  # a count's noun this long is the counted thing itself, no metric
_LIST_ITEM_WORDS = 2  # a metric this short after a comma may end a list of nouns
# The phrase readers below depend on their text alone and are asked the same phrases
# again and again (each rule tries the words before a figure): the answers are kept.
_PHRASE_MEMO = 4096
# the cue kinds of rules that few articles need: looked for once per article (article_cues)
_RARE_KINDS = ("dividend", "contribution", "breakdown")
# rules whose metric a target's own wording does not replace: they name the measure exactly
OVER_TARGET_RULES = frozenset({"dividend", "share_of", "plan_of_before"})
_EDGE_JUNK = " \t,;:.…-–\"'“”()/"
_WORD = re.compile(r"\w[\w.\-]*")  # a syllable, a number, "4.5G"
_BULLETS = "-–+•*"  # what opens a list's item
_LABEL_QUALIFIER_WORDS = 2  # words after an item's label before its figure ("- Mỹ: khoảng 2 tấn")
_THEREFORE = re.compile(r"\s+(?:thế|vậy)(?!\w)")  # after "vì": "therefore", no clause opens


@functools.cache
def _number_words() -> frozenset[str]:
    """The digit words that begin a written-out figure ("hai", "bốn"); not "ba", "năm"."""
    return frozenset(
        w for w, n in number_words().items() if n.role == "digit" and n.starts == "yes"
    )


def _strip(phrase: str) -> str:
    return " ".join(phrase.split()).strip(_EDGE_JUNK)


def _lead_off(ctx: ArticleContext, start: int, end: int) -> int:
    """Skip the words, times and names that open ``text[start:end]`` before its noun."""
    c = cues()
    text = ctx.text
    moved = True
    while moved and start < end:
        moved = False
        while start < end and text[start] in _EDGE_JUNK:
            start += 1
        lead = c.starts("lead", text, start)
        if lead is not None and start < lead <= end:
            start, moved = lead, True
            continue
        for t in ctx.times_in(start, end):
            words = " ".join(text[start : t.start].lower().split())
            if t.start <= start + 12 and (not words or words in c.kinds["time_lead"]):
                start, moved = t.end, True
            break
        for mention in ctx.mentions_in(start, end):
            if text[start : mention.start].strip() == "":
                start, moved = mention.end, True
            break
        actor = c.starts_any(_ACTOR_KINDS, text, start)
        if actor is not None and start < actor[1] < end and text[actor[1] : end].strip():
            # rule ``actor_lead``: a generic noun for whose figure it is, opening the words
            # before it, names no measure ("đơn vị thu ngân sách …" → "thu ngân sách",
            # "công ty lãi …" → "lãi")
            start, moved = actor[1], True
    return start


# generic nouns for an organisation or a place (subject cue kinds): whose, not what
_ACTOR_KINDS = ("anaphor_org", "anaphor_kind", "anaphor_loc", "anaphor_province")


# A time right after an opener, before the metric: "ước tính cả năm lợi nhuận …", "dự
# báo năm 2027 lợi nhuận …", "ước tính 9 tháng doanh thu …" (rule time_after_opener).
_LEADING_TIME = re.compile(
    r"(?:cả\s+năm|năm\s+(?:nay|tới|sau|\d{4})|quý\s+[IV]+(?:/\d{4})?|"
    r"\d{1,2}\s+tháng(?:\s+đầu\s+năm)?(?:\s+\d{4})?)\s*,?\s+",
    re.IGNORECASE,
)


def _past_time_after_opener(text: str, start: int, end: int) -> int:
    """Rule ``time_after_opener``: where the measure starts when a time stands between
    an opener and it ("ước tính cả năm lợi nhuận trước thuế đạt", "dự báo năm 2027
    doanh thu tăng" → the words after the time); else ``start``.

    >>> t = "ước tính cả năm lợi nhuận trước thuế đạt"
    >>> t[_past_time_after_opener(t, 0, len(t)) :]
    'lợi nhuận trước thuế đạt'
    """
    skip = _after_opener(text[start:end])[0]
    lead = _LEADING_TIME.match(text, start + skip, end) if skip else None
    if lead is None or not _drop_verbs(text[lead.end() : end]):
        return start
    return lead.end()


@functools.lru_cache(maxsize=_PHRASE_MEMO)
def _after_opener(phrase: str) -> tuple[int, str]:
    """``phrase`` after the last verb that opens a metric ("đề xuất mức chia cổ tức" → "cổ tức").

    Rule ``noun_after_have``: "có" (has) opens one too, unless a modal word follows it
    ("Dự án có tổng vốn đầu tư" → "tổng vốn đầu tư"; not "có thể đạt").
    """
    c = cues()
    low = phrase.lower()
    last = None
    words_end = len(low.rstrip())
    for opener in c.anywhere["opener"].finditer(low):
        if (
            opener.end() < words_end
            and not _in_two_syllable_word(low, opener.start(), opener.end(), first=True)
            and not _in_two_syllable_word(low, opener.start(), opener.end(), first=False)
            and not (
                opener.group().endswith("đạt")
                and (
                    _LEVEL_AFTER.match(low, opener.end())
                    # "sản phẩm đạt chuẩn EU-GMP", "đạt bình quân 82%": how, not what
                    or c.starts("reached_no_metric", low, opener.end()) is not None
                )
            )
        ):
            # the last that opens words counts ("với tổng doanh thu ước đạt": "với"); "giao
            # thông" holds no "giao"; "đã đạt mức kỷ lục" names a level, no metric
            last = opener
    for have in c.anywhere["have"].finditer(low):
        if (last is None or have.end() > last.end()) and c.starts("modal", low, have.end()) is None:
            last = have
    if last is None or last.end() >= len(phrase):
        return 0, phrase
    end = last.end()
    while end < len(phrase) and phrase[end].isspace():
        end += 1
    return end, phrase[end:]


def _in_two_syllable_word(text: str, start: int, end: int, *, first: bool) -> bool:
    """Rule ``whole_word``: whether the one-syllable cue ``text[start:end]`` opens (``first``)
    or ends a two-syllable word ("giao thông" holds no verb "giao", "con số" no "số").

    >>> _in_two_syllable_word("hạ tầng giao thông", 8, 12, first=True)
    True
    >>> _in_two_syllable_word("được giao vốn", 5, 9, first=True)
    False
    """
    if " " in text[start:end]:
        return False
    return opens_two_syllable_word(text, start) if first else ends_two_syllable_word(text, start)


@functools.lru_cache(maxsize=_PHRASE_MEMO)
def _cut_words(phrase: str, kinds: tuple[str, ...] = _CUT_KINDS) -> str:
    """``phrase`` up to its first cut word or verb of ``kinds`` (never at its first word).

    Rule ``source_cut``: after two words or more, "theo" (by) opens the basis of a measure
    and "từ" (from) before three words or more its source, no part of it ("doanh thu thuần
    từ hoạt động kinh doanh" → "doanh thu thuần"); a short source names the measure ("tổng
    thu từ du lịch"), and after one word they belong to the noun ("thu từ dầu thô").

    >>> _cut_words("thu nội địa ngân sách tỉnh được hưởng theo phân cấp")
    'thu nội địa ngân sách tỉnh '
    >>> _cut_words("doanh thu thuần từ hoạt động kinh doanh", ()), _cut_words("thu từ dầu thô")
    ('doanh thu thuần ', 'thu từ dầu thô')
    >>> _cut_words("tổng thu từ du lịch", ()), _cut_words("Tổng thu từ du lịch ước đạt")
    ('tổng thu từ du lịch', 'Tổng thu từ du lịch ')
    """
    c = cues()
    basis, source = c.kinds["basis_cut"], c.kinds["source_cut"]
    for n, m in enumerate(_WORD.finditer(phrase)):
        if m.start() == 0:
            continue
        word = m.group()  # in lower case inside a phrase: no need to lower it
        if n >= _SOURCE_AFTER_WORDS and (
            word in basis
            or (
                word in source
                and len(_cut_words(phrase[m.end() :], kinds).split()) >= _SOURCE_WORDS
            )
        ):
            return phrase[: m.start()]
        if not kinds or not c.may_start(kinds, word):
            continue
        if _in_two_syllable_word(phrase, m.start(), m.end(), first=False):
            continue  # rule ``whole_word``: "con số" holds no "số"
        found = c.starts_any(_CUT_KINDS, phrase, m.start())
        if found is not None and not (found[0] == "stop" and phrase.startswith("trưởng", found[1])):
            return phrase[: m.start()]
    return phrase


def _cut(ctx: ArticleContext, phrase_start: int, phrase: str) -> str:
    """``phrase`` up to its first cut word, verb, time or name (never at its first word)."""
    cut = _cut_words(phrase)
    if len(cut) < len(phrase):
        return cut
    for t in ctx.times_in(phrase_start, phrase_start + len(phrase)):
        if t.start > phrase_start:
            return phrase[: t.start - phrase_start]
    for mention in ctx.mentions_in(phrase_start, phrase_start + len(phrase)):
        if mention.start > phrase_start:
            head = phrase[: mention.start - phrase_start]
            rest = _trim_edges(phrase[mention.end - phrase_start :])
            if _drop_verbs(rest) and head.strip().lower() in cues().kinds["market_word"]:
                # rule ``market_then_measure``: "Khách Nhật Bản chi tiêu bình quân …": the
                # market or the visitors name whose figure it is, the words after them what
                # it measures
                return rest
            return head
    return phrase


@functools.lru_cache(maxsize=_PHRASE_MEMO)
def _drop_verbs(phrase: str) -> str:
    """``phrase`` without the linking verbs that end it ("doanh thu ước đạt" → "doanh thu").

    >>> _drop_verbs("doanh thu ước đạt"), _drop_verbs("khối lượng hoàn thành chiếm")
    ('doanh thu', 'khối lượng hoàn thành')
    """
    c = cues()
    phrase = _strip(phrase)
    while phrase and (m := c.ends("verb", phrase)) is not None:
        if phrase[m:].lower() in c.kinds["noun_final"] and _in_two_syllable_word(
            phrase, m, len(phrase), first=False
        ):
            break  # rule ``whole_word``: "mặt bằng" ends in no "bằng"
        phrase = _strip(phrase[:m])
    return phrase


def range_end(
    ctx: ArticleContext, a: Amount, previous: tuple[Amount, str | None] | None, prev_end: int
) -> str | None:
    """Rule ``range_end``: a count that ends a change's range ("tăng 40% từ 120 trường lên
    168 trường") measures what the change measures: the metric of the amount before it in
    the sentence, else (after "từ") the noun phrase a change verb names before the range
    ("nâng thêm số giường bệnh từ 800 giường …" → "số giường bệnh"), else the one opening
    the clause."""
    start = ctx.clause_start(a.start)
    left = ctx.text[start : a.start]
    c = cues()
    at = c.ends("range_start", left)
    if at is None and c.starts("range_start", a.text) is not None:
        at = len(left)  # the range's "từ" inside the amount: "từ 9,6-10 triệu sản phẩm"
    if at is not None and c.find(
        "range_end", ctx.low, a.end, min(ctx.sentence(a.start)[1], a.end + _RANGE_SPAN)
    ):  # "từ 800 giường lên …", not "từ hai nguồn tư liệu"
        if previous is not None and previous[1] is not None:
            return previous[1]
        changed = _changed_noun(ctx, max(start, prev_end), start + at)
        if changed is not None:  # "tăng sản lượng pin từ 2 triệu sản phẩm lên …"
            return changed
        phrase = _noun_phrase(ctx, max(start, prev_end), start + at)
        return phrase if phrase is None or c.ends("verb", phrase) is None else None
    if (end := c.ends("range_end", left)) is not None and previous is not None:
        raised = _raised_noun(ctx, max(start, prev_end), start + end)
        return raised if raised is not None else previous[1]
    return None


def _raised_noun(ctx: ArticleContext, start: int, end: int) -> str | None:
    """Rule ``raised_noun``: what a verb of raising names right before "lên" ("…, nâng tổng
    số trạm 5G lên hơn 20.000 trạm" → "tổng số trạm 5G"), not a word that names nothing
    ("nâng tổng số lên 26 vị trí"); None without such a verb."""
    raises = list(cues().anywhere["raise"].finditer(ctx.low, start, end))
    if not raises:
        return None
    written = ctx.text[raises[-1].end() : end]
    noun = _trim_edges(_drop_verbs(_cut_words(written)))
    words = noun.split()
    if (
        not words
        or any(w[0].isdigit() and not _CODE_WORD.fullmatch(w.lower()) for w in words)
        or _names_nothing(noun)
        or len(words) > _MAX_WORDS
    ):
        return None  # no figure in a metric, but a code may be ("trạm 5G")
    return noun


def _changed_noun(ctx: ArticleContext, start: int, end: int) -> str | None:
    """The noun phrase a change verb names right before a range opens at ``end`` ("Nhà máy
    sẽ tăng sản lượng pin lithium" → "sản lượng pin lithium"), else the one before the verb
    ("Sản lượng tăng mạnh trong năm" → "Sản lượng"); None without a change verb."""
    changes = cues().find_all(("increase", "decrease"), ctx.low, start, end)
    if not changes:
        return None
    written = ctx.text[changes[-1][2] : end].strip()
    # the noun up to a cut word ("số cửa hàng trong nước" → "số cửa hàng"); one opening
    # with it ("tăng mạnh trong năm từ …", "tăng nhờ đơn hàng mới từ …") names none
    cut = cues().find_all(_CUT_KINDS, written.lower())
    noun = _trim_edges(written[: cut[0][1]] if cut else written)
    if (
        not noun or len(noun.split()) > _MAX_WORDS or not noun[:1].islower() or _DIGIT.search(noun)
    ):  # what changes stands before the verb: "Sản lượng tăng mạnh trong năm từ …"
        return _noun_phrase(ctx, start, changes[-1][1])
    return noun


def range_to(
    ctx: ArticleContext, a: Amount, previous: tuple[Amount, str | None] | None
) -> str | None:
    """Rule ``range_to``: a sum or a share that ends a range opened by "từ" in its clause
    ("tỷ lệ nợ xấu giảm từ 1,23% cuối quý II xuống 1,08%") measures what the range's start
    measures, whatever time stands between."""
    if previous is None or previous[1] is None:
        return None
    start = ctx.clause_start(a.start)
    before, _ = previous
    c = cues()
    if before.start < start or c.ends("range_end", ctx.text[before.end : a.start]) is None:
        return None
    return previous[1] if c.ends("range_start", ctx.text[start : before.start]) else None


def noun_before(ctx: ArticleContext, a: Amount, prev_end: int) -> str | None:
    """Rule ``noun_before``: the noun phrase opening the amount's clause.

    A clause that opens right after an aside in brackets and names nothing
    itself reads on before the aside: "điện mặt trời (bao gồm …) khoảng 16.567 MW".
    """
    start = max(ctx.clause_start(a.start), prev_end)
    phrase = _noun_phrase(ctx, start, a.start)
    if phrase is not None and len(phrase.split()) <= _LIST_ITEM_WORDS:
        listed = _list_start(ctx, start, items_in_lower_case=True)
        if prev_end <= listed < start:  # "xuất khẩu hàng dệt, may đạt …"
            phrase = _noun_phrase(ctx, listed, a.start) or phrase
    if phrase is None and ctx.text[start - 1 : start] == ")":
        opening = ctx.text.rfind("(", ctx.sentence(a.start)[0], start)
        if opening > prev_end:
            return _noun_phrase(ctx, max(ctx.clause_start(opening), prev_end), opening)
    if phrase is None and start > prev_end and ctx.text[start - 1 : a.start].strip() == "(":
        # rule ``bracketed_change``: "bưu chính viễn thông giảm (-0,12%)": the change of the
        # clause before; not a figure in brackets after a comparison ("so với 2024 (18 tỷ)")
        before = max(ctx.clause_start(start - 1), prev_end)
        verb = ctx.text[before : start - 1]
        if _ends_in_change(verb):
            return _noun_phrase(ctx, before, start - 1)
    return phrase


def previous_clause(ctx: ArticleContext, a: Amount) -> str | None:
    """Rule ``previous_clause``: a clause of verbs only ("ước tính đạt 14,5 tỷ USD") measures
    what the clause before it in the sentence names ("vốn FDI thực hiện đã đạt mức kỷ lục"),
    unless that clause is a person's title ("Ông Phúc, Giám đốc Sở Tài chính, cho biết …")."""
    start = ctx.clause_start(a.start)
    s_start, _ = ctx.sentence(a.start)
    if start <= s_start:
        return None
    before = ctx.clause_start(start - 2)
    if any(ch.isdigit() for ch in ctx.text[before:start]):
        return None  # the clause before holds a figure of its own
    if any(
        m.label == "PER" and ctx.text[m.end : before].strip() == ","
        for m in ctx.mentions_in(s_start, before)
    ):
        return None  # a person's title ("Ông Phúc, Giám đốc Sở Tài chính, cho biết …")
    # a clause in lower case after a comma may go on a list of nouns: "Tỷ trọng ngành
    # công nghiệp chế biến, chế tạo trong cơ cấu GRDP …": read from where it began
    before = _list_start(ctx, before)
    return _noun_phrase(ctx, before, start - 1)


def _holds_verb(ctx: ArticleContext, start: int, end: int) -> bool:
    """Whether a verb that ends a metric stands in ``text[start:end]`` ("tăng" of "tăng
    trưởng" is a noun's)."""
    for _, at, stop in cues().find_all(("stop",), ctx.low, start, end):
        if ctx.low[at:stop] != "tăng" or not ctx.low.startswith("trưởng", stop + 1):
            return True
    return False


def _list_start(ctx: ArticleContext, start: int, *, items_in_lower_case: bool = False) -> int:
    """Rule ``noun_list``: where a list of nouns that ends with the clause at ``start`` began.

    A clause in lower case after a comma goes on the clause before it while that one is a
    bare list item, without a figure, a verb, a time or a name ("xuất khẩu hàng dệt, may
    đạt …" → from "xuất khẩu"; not "doanh thu giảm, lãi đạt …"). With
    ``items_in_lower_case``, an item in upper case ends the list ("Năm qua, doanh thu").
    """
    s_start = ctx.sentence(start)[0]
    c = cues()
    while (
        start > s_start
        and ctx.text[start - 1] == ","
        and ctx.text[start : start + 2].strip()[:1].islower()
        and c.starts("lead", ctx.text, start) is None  # ", trong đó mã VCB tăng …": a clause
    ):
        earlier = ctx.clause_start(start - 2)
        item = ctx.text[earlier : start - 1]
        if (
            earlier >= start
            or (items_in_lower_case and not item.strip()[:1].islower())
            or _DIGIT.search(item) is not None
            or _holds_verb(ctx, earlier, start - 1)
            or ctx.times_in(earlier, start)
            or ctx.mentions_in(earlier, start)
        ):
            break
        start = earlier
    return start


def _noun_phrase(ctx: ArticleContext, start: int, end: int) -> str | None:
    """The noun phrase opening ``text[start:end]``, as ``noun_before`` reads it."""
    last = cues().ends("verb_last", ctx.text[start:end])
    if last is not None:  # "…, hoàn thành 98,4% kế hoạch": right before the figure only
        end = start + last
    left = ctx.text[start:end]
    low = left.lower()
    if "so với" in low and (k := low.rfind(" và ")) > low.find("so với"):
        start += k + 4  # "… so với 2016 và lợi nhuận sau thuế đạt"
    clause_start = start
    start = _lead_off(ctx, start, end)
    if len(ctx.text[start:end].split()) > _MAX_WORDS:
        joiners = [
            j
            for j in cues().anywhere["joiner"].finditer(ctx.low, start, end)
            if _THEREFORE.match(ctx.low, j.end()) is None  # "vì thế", "vì vậy": no clause
        ]
        if joiners and not _coordinates_nouns(ctx, start, end, joiners[-1]):
            start = joiners[-1].end()  # "… nhiều khó khăn khi 7 tháng qua giá trị XK chỉ đạt"
    start = _past_time_after_opener(ctx.text, start, end)
    digit = _DIGIT.search(ctx.text, start, end)
    if digit is not None:
        # rule ``opener_after_figure``: a noun after an opener past the figure is the metric
        # ("công bố kết quả 4 tháng với tổng doanh thu ước đạt" → "tổng doanh thu")
        skip, phrase = _after_opener(ctx.text[digit.end() : end])
        noun = _drop_verbs(phrase)
        if skip and noun and not _DIGIT.search(noun) and cues().starts("cut", noun) is None:
            start, digit = digit.end(), None
    if digit is not None:  # no figure in a metric: the words before it, else after it
        before_digit = _drop_verbs(ctx.text[start : digit.start()])
        if before_digit and not _made_of(before_digit, _time_words()):
            end = digit.start()  # "cổ phiếu GAS kết phiên ngày 17/6"
        else:
            after = ctx.text.find(" ", digit.start(), end)
            start = end if after < 0 else after  # "ngày 5/7, tỷ lệ"
    skip, phrase = _after_opener(ctx.text[start:end])
    if _drop_verbs(phrase):
        start += skip  # "đề xuất mức chia cổ tức" → "cổ tức"
    elif not _drop_verbs(ctx.text[start:end]) or _name_does_with(
        ctx, clause_start, start, start + skip
    ):
        return None
    else:  # "Lợi nhuận trước thuế dự kiến tăng": the noun stands before the opener
        end = start + skip
    phrase = _trim_edges(_drop_verbs(_cut(ctx, start, ctx.text[start:end])))
    if _names_owner(phrase):
        return None
    words = phrase.split()
    joined = " và " in phrase or "," in phrase  # a list of nouns: "chế biến, chế tạo"
    if not words or len(words) > (_MAX_JOINED_WORDS if joined else _MAX_WORDS):
        return None
    return phrase


def _name_does_with(ctx: ArticleContext, clause_start: int, start: int, end: int) -> bool:
    """Rule ``name_does_with``: "<name> <verb> với <figure>" ("BIDV dẫn đầu với 2 triệu tỷ
    đồng", "Kế đến là ACB với …") names whose figure it is and what it did, not what it
    measures: the words before "với" are no metric."""
    return bool(ctx.mentions_in(clause_start, start)) and (
        cues().ends("with_figure", ctx.text[start:end]) is not None
    )


def _coordinates_nouns(ctx: ArticleContext, start: int, end: int, joiner: re.Match[str]) -> bool:
    """Rule ``joined_nouns``: in a long clause, a last joining word that is a coordinating
    one ("và") and stands inside the noun phrase its cut words ("của", "vào") leave joins
    two nouns of one metric ("kim ngạch xuất khẩu hàng da giày và túi xách của Việt Nam
    vào …"), it opens no clause."""
    if joiner.group() not in cues().kinds["coordinator"]:
        return False
    phrase = _cut(ctx, start, ctx.text[start:end])
    return joiner.start() <= start + len(phrase) and len(phrase.split()) <= _MAX_JOINED_WORDS


def _names_owner(phrase: str) -> bool:
    """Rule ``owner_no_metric``: a phrase that only names whose figure it is ("Công ty",
    "toàn tỉnh", a name in title case: "Hồ Chí Minh", "Vietcombank") says nothing of what
    is measured; an acronym may ("GDP", "CPI").

    >>> _names_owner("Hồ Chí Minh"), _names_owner("Vietcombank"), _names_owner("Lãi")
    (True, True, False)
    >>> _names_owner("Doanh thu"), _names_owner("GDP")
    (False, False)
    """
    low = phrase.lower()
    kinds = cues().kinds
    if any(low in kinds[k] for k in ("anaphor_org", "anaphor_loc", "anaphor_province")):
        return True
    if not phrase[:1].isupper():
        return False
    words = phrase.split()
    if len(words) == 1 and len(words[0]) <= _SYLLABLE_LETTERS:
        return False  # one syllable opening a sentence: "Lãi đạt 5 tỷ đồng"
    return all(w[:1].isupper() and w[1:].islower() for w in words)


def _trim_edges(phrase: str) -> str:
    """``phrase`` without function words at its ends ("Ngay", "mà hãng này" → "hãng")."""
    edge = cues().kinds["edge_word"]
    words = phrase.split()
    while words and words[0].lower() in edge:
        words.pop(0)
    while words and words[-1].lower() in edge:
        words.pop()
    return " ".join(words)


def noun_after(ctx: ArticleContext, a: Amount) -> str | None:
    """Rule ``noun_after``: the words after the amount that name what it counts or measures.

    After "có" (has) a count's noun may go on with a clause of "đạt" (which ones): "có 8
    trường đạt chuẩn mức độ 2" → "trường đạt chuẩn mức độ"; without it too, when no
    figure follows for "đạt" to link the count to ("Trong đó, 12 xã đạt chuẩn nâng cao").
    """
    if a.kind != "count":
        return _words_after(ctx, a.end, counts=False)
    had = cues().ends("have", ctx.text[ctx.clause_start(a.start) : a.start]) is not None
    # rule ``which_ones``: so may any count with "đạt" when no figure follows for "đạt" to
    # link it to, up to the next count joined by "và" ("Trong đó, 12 xã đạt chuẩn nâng cao
    # và 3 xã …"; not "3 nhà máy đạt 500 MW")
    end = ctx.clause_end(a.end)
    joined = ctx.low.find(" và ", a.end, end)
    linked = _FIGURE_START.search(ctx.text, a.end, end if joined < 0 else joined) is not None
    return _words_after(ctx, a.end, counts=True, links_end=not had, which_ones=not linked)


def _words_after(
    ctx: ArticleContext,
    pos: int,
    *,
    counts: bool,
    links_end: bool = True,
    which_ones: bool = False,
) -> str | None:
    """The words after a figure ending at ``pos`` that name what it counts (``counts``) or
    measures, up to a time, a name, a verb (a linking one too, with ``links_end``, but for
    "đạt" saying which ones with ``which_ones``) or the end of the clause."""
    end = ctx.clause_end(pos)
    # a time or a name ends the words: "2 triệu tấn thép năm 2024", "… của Hòa Phát"
    starts = [t.start for t in ctx.times_in(pos, end)]
    starts += [m.start for m in ctx.mentions_in(pos, end)]
    limit = min([end, *starts])
    words: list[str] = []
    c = cues()
    if c.starts("time_after", ctx.text, pos) is not None:
        return None  # rule time_after: "61% cách đây hai năm", "tăng 26% từ đầu năm"
    ends = _ENDS_AFTER_COUNT if counts else _ENDS_AFTER
    tails = c.by_first_word["count_tail"]
    for m in _WORD.finditer(ctx.text, pos, limit):
        if ctx.text[pos : m.start()].strip():
            break  # punctuation between: the phrase ended
        word = m.group().lower()
        if (
            word[0].isdigit() and not _CODE_WORD.fullmatch(word.rstrip(".-"))
        ) or word in _number_words():
            break  # another figure ("sau hai ngày"), not a code ("trạm 5G")
        if word in c.kinds["joiner"]:
            break  # the opening of another clause
        if links_end and word in c.kinds["link"] and not (which_ones and word == "đạt"):
            break  # the verb of another clause: "3 nhà máy đạt …"
        if (
            counts
            and word.rstrip(".-") in tails  # "tư liệu trên.": the word before the full stop
            and c.starts("count_tail", ctx.text, m.start()) is not None
        ):
            break  # "hai tư liệu này", "16 ngân hàng bằng công nghệ …": no kind of the noun
        if (
            c.may_start(ends, m.group())
            and c.starts_any(ends, ctx.text, m.start())
            and (counts or word != "tăng" or not ctx.low.startswith("trưởng", m.end() + 1))
            # rule whole_word: "căn nhà ở xã hội" holds no "ở" (a noun that ends in a cut word)
            and not c.ends("cut_noun", ctx.low[max(0, m.start() - _CUT_NOUN_SPAN) : m.end()])
        ):
            break  # a verb, not "tăng" of "mức tăng trưởng chung"
        word = m.group().rstrip(".-")
        words.append(word)
        pos = m.start() + len(word)
        if len(word) < len(m.group()):
            break  # "thép cán nóng.": the sentence ended
        if len(words) >= _FOLLOW_WORDS:
            break
    return " ".join(words) or None


def clean_metric(phrase: str) -> str | None:
    """A metric written elsewhere (a target's) without its verbs and lead words.

    >>> clean_metric("Ban lãnh đạo dự kiến tạm ứng cổ tức")
    'cổ tức'
    >>> clean_metric("tăng") is None, clean_metric("giảm … so")
    (True, None)
    >>> clean_metric("mua thêm chiếc A350 lên 20 chiếc")  # a name's digits stay, no figure's
    'mua thêm chiếc A350'

    A phrase that opens with a cut word names a place, a time or an owner, no measure:

    >>> clean_metric("tại các tỉnh phía nam") is None
    True
    """
    phrase = " ".join(phrase.replace("…", " ").split())
    if (digit := _FIGURE_START.search(phrase)) is not None:
        phrase = phrase[: digit.start()]  # "lên 4.460 tỷ đồng": no figure in a metric; but a
        # name's digits stay ("chiếc A350")
    phrase = _drop_verbs(_after_opener(phrase)[1])
    c = cues()
    moved = True
    while phrase and moved:  # leads and change verbs at its start: "giảm so" is no metric
        moved = False
        for kind in ("lead", "increase", "decrease"):
            if (cut := c.starts(kind, phrase)) is not None and cut > 0:
                phrase, moved = phrase[cut:], True
    if c.starts("cut", phrase) is not None:
        return None  # "trong đó 30% tại các thị trường phía bắc"
    return _drop_verbs(_cut_words(phrase, ())) or None


def target_metric(a: Amount, written: str | None, found: str | None, rule: str) -> str | None:
    """The metric of an amount a target holds: the target's own wording (``written``), cleaned,
    unless the rules found it better (``found`` by ``rule``).

    The rules' metric stays when a rule names the measure exactly (``OVER_TARGET_RULES``), for
    a multiple (the target's words after it are its baseline: "gấp 4 lần … kết quả năm
    trước"), and when the wording only names the owner ("toàn tỉnh"). A count after "cho"
    (for) counts who benefits: the wording before it is the metric ("tạo thêm việc làm cho …
    lao động" → "tạo thêm việc làm"); a count whose wording only restates its noun ("26
    giường bệnh" → "giường bệnh và") has none, and one whose wording is an action before
    the noun the rules found keeps that noun ("nhận thêm … chiếc A350" → "chiếc A350").

    >>> from vnextract.amounts import find_amounts
    >>> beds = find_amounts("đạt 26 giường bệnh")[0]
    >>> target_metric(beds, "giường bệnh và", None, "count_unit") is None
    True
    """
    if rule in OVER_TARGET_RULES or a.unit in cues().kinds["multiple"]:
        return found
    if a.kind == "count" and a.per is not None and "/" in a.text:
        return found  # a rate's count says it all: "10 bác sĩ/vạn dân"
    if written is not None:
        before, gap, after = written.partition("…")
        restated = (
            cues().ends("beneficiary", before) is not None  # "tạo việc làm cho … lao động"
            or set(after.lower().split()) <= set(before.lower().split())  # "hành khách … khách"
            if a.kind == "count"
            else bool(gap) and _restates_unit(after, a)  # "sản lượng lúa … tấn": the unit again
        )
        if restated and clean_metric(before) is not None:
            written = before
    cleaned = clean_metric(written or "")
    if cleaned is not None:
        cleaned = _trim_edges(cleaned) or None
    if cleaned is None or _names_owner(cleaned) or _names_nothing(cleaned):
        return found
    if set(cleaned.lower().split()) <= set(a.text.lower().split()):
        # the wording only restates the amount's unit: a count's noun says it all; for
        # a measure the rules' metric stands ("chỉ tiêu giảm … điểm phần trăm")
        return None if a.kind == "count" else found
    if (
        a.kind == "count"
        and found
        and len(found) < len(cleaned)
        and cleaned.lower().endswith(" " + found.lower())
    ):
        return found  # "nhận thêm … chiếc A350": the action before the counted noun
    return cleaned


def _restates_unit(words: str, a: Amount) -> bool:
    """Whether ``words``, written after a measure's gap in a target's wording, only restate
    its unit ("sản lượng lúa … tấn" for "3 triệu tấn").

    >>> from vnextract.amounts import find_amounts
    >>> rice = find_amounts("đạt 3 triệu tấn")[0]
    >>> _restates_unit(" tấn", rice), _restates_unit(" tấn gạo", rice)
    (True, False)
    """
    said = set(words.lower().split())
    return bool(said) and said <= set(a.text.lower().split())


def metric_of(
    ctx: ArticleContext, a: Amount, previous: tuple[Amount, str | None] | None, prev_end: int | None
) -> str | None:
    """What ``a`` measures by the first rule that answers (see the module).

    Args:
        ctx: the article.
        a: the amount.
        previous: the amount before it in the same sentence and its metric.
        prev_end: where the amount before it ends (its clause starts no earlier).

    Returns:
        The noun phrase as written, or None.
    """
    return metric_rule(ctx, a, previous, prev_end)[0]


def metric_rule(
    ctx: ArticleContext,
    a: Amount,
    previous: tuple[Amount, str | None] | None,
    prev_end: int | None,
    present: frozenset[str] | None = None,
) -> tuple[str | None, str]:
    """``metric_of`` and the name of the rule that gave it ("none" when no rule answered):
    why a metric came out is one call away. ``present`` is ``article_cues(ctx)``, given by
    a caller that describes every amount of the article.

    >>> from vnextract.amounts import find_amounts
    >>> text = "Công ty có 2 nhà máy, doanh thu đạt 900 tỷ đồng."
    >>> ctx = ArticleContext.build(text, [(0, len(text))], [], [])
    >>> [metric_rule(ctx, a, None, None) for a in find_amounts(text)]
    [(None, 'count_unit'), ('doanh thu', 'noun_before')]
    """
    metric, rule = _metric_rule(ctx, a, previous, prev_end, present)
    if metric is not None and _names_nothing(metric):
        # rule function_words, over every rule: "cả" of "ước tính cả năm đạt …" names
        # nothing measured
        return None, "function_words"
    return metric, rule


def _metric_rule(
    ctx: ArticleContext,
    a: Amount,
    previous: tuple[Amount, str | None] | None,
    prev_end: int | None,
    present: frozenset[str] | None,
) -> tuple[str | None, str]:
    if present is None:
        present = article_cues(ctx)
    # rule ``times_baseline``: after a multiple ("gấp 3 lần tốc độ tăng GDP") stands the
    # baseline it is compared with, not its metric
    has_after = a.end < ctx.clause_end(a.end) and a.unit not in cues().kinds["multiple"]
    found: list[str | None] = []

    def after() -> str | None:  # read once, and only when a rule asks
        if not found:
            found.append(noun_after(ctx, a) if has_after else None)
        return found[0]

    if a.kind == "count":
        ranged = range_end(ctx, a, previous, prev_end or 0)
        if ranged is not None:
            return ranged, "range_end"
        if a.unit in cues().kinds["multiple"] and previous is not None:
            # rule multiple_of_before: "dư nợ … đạt 8.700 tỷ đồng, gấp 1,6 lần cuối năm
            # ngoái": the multiple measures what the figure before it in the sentence does,
            # unless its clause names its own ("…, lợi nhuận gấp 1,6 lần đầu năm")
            own = noun_before(ctx, a, prev_end or 0)
            if own is not None and not _names_nothing(own):
                return own, "noun_before"
            if previous[1]:
                return previous[1], "multiple_of_before"
            if (counted := _counted_before(ctx, a, previous[0])) is not None:
                return counted, "change_of_count"
        opening = ctx.text[ctx.clause_start(a.start) : a.start]
        linked = cues().ends("link", opening)
        before = noun_before(ctx, a, prev_end or 0) if linked is not None else None
        if before is not None:
            return before, "count_linked"  # "khách quốc tế … đạt gần 5,5 triệu lượt khách"
        words = words_before(ctx.text, ctx.clause_start(a.start), a.start)
        if (measure := cues().ends("count_measure", words)) is not None and not _DIGIT.search(
            ctx.text, a.end, ctx.clause_end(a.end)
        ):  # not "Dân số 3 xã vùng cao đạt 12.000 người": "3 xã" says whose
            # rule count_measure: a word naming what a count measures right before it
            # ("với tần suất 7 chuyến/tuần", "sức chứa 1.200 ô tô", "dân số khoảng 3,7 triệu
            # người")
            return _trim_edges(words[measure:]) or None, "count_measure"
        if a.per is None and after() is not None and a.unit in a.text:
            # "1,9 tỷ cổ phiếu đang lưu hành", "8 chiếc A321neo"; not "4 làn xe", "80.000
            # con bò": two syllables in lower case are the counted thing itself, which the
            # unit says (rule count_unit)
            counted = _trim_edges(f"{a.unit} {after()}")
            if len(counted.split()) > _NOUN_SYLLABLES or not counted.islower():
                return counted, "count_noun_after"
        before = noun_before(ctx, a, prev_end or 0) if _ends_in_change(opening) else None
        if (
            before is not None
            and not _names_nothing(before)
            and not _names_owner(before)
            and before.lower() not in cues().kinds["nationwide"]
        ):
            # rule count_changed: a noun before the verb that changes a count is what it
            # counts ("Số vụ vi phạm giảm 27 vụ", "tuyển sinh đầu cấp tăng 48.000 em"); not
            # whose it is ("cả nước tăng thêm 11.000 giường bệnh")
            return before, "count_changed"
        if a.per is None and (added := _added_count(words, a.unit)) is not None:
            return added, "count_added"
        if (scale := cues().ends("count_scale", words)) is not None:
            # rule count_scale: "bệnh viện quy mô 500 giường": the count gives a size
            return _trim_edges(words[scale:]) or None, "count_scale"
        return None, "count_unit"  # "2 công ty": the noun says it all
    if (
        (respect := _IN_TERMS_OF.match(ctx.text, a.end)) is not None
        and cues().starts("aspect", ctx.text, respect.end()) is not None
        and (named := _words_after(ctx, respect.end(), counts=False))
    ):
        # rule in_terms_of: "tăng 3,2% về lượng nhưng giảm 6,8% về giá trị": the figure
        # says which measure it is of after "về"
        return named, "in_terms_of"
    if "contribution" in present and a.unit != "%" and (gives := contribution(ctx, a)) is not None:
        return gives or None, "contribution"
    if (
        a.kind == "measure"
        and (noun := after()) is not None
        and _common_noun(noun)
        and not _names_nothing(noun)
    ):
        return noun, "measure_noun_after"  # "3 triệu tấn thép thành phẩm", "760.000 tấn LPG"
    if (
        a.kind == "money"
        and previous is not None
        and previous[0].kind == "money"
        and (joint := _NOUN_THEN_AND.fullmatch(ctx.text, previous[0].end, a.start)) is not None
        and previous[1] is not None
        and previous[1].lower() == joint.group(1).lower()
        and (noun := after()) is not None
        and noun[:1].islower()
        and not _names_nothing(noun)
    ):
        # rule figure_then_noun: a list of sums written before their nouns ("ghi nhận 3.950
        # tỷ đồng doanh thu và 251 tỷ đồng lãi sau thuế"): each measures the noun after it
        return noun, "figure_then_noun"
    if "dividend" in present and a.kind != "measure" and (paid := dividend(ctx, a, prev_end or 0)):
        return paid, "dividend"
    shares = a.unit == "%" and _shares(ctx, a)
    if shares and (noun := after()) is not None and noun[:1].islower():
        return noun, "share_of"  # "đóng góp 57% tổng doanh thu"
    prev_amount = None if previous is None else previous[0]
    if shares and (rate := share_of_count(ctx, a, prev_amount)) is not None:
        return rate, "share_of_count"  # "có 530/720 trường đạt chuẩn, chiếm tỷ lệ 73%"
    if shares and (whole := share_of_later(ctx, a)) is not None:
        return whole, "share_of"  # "A đóng góp 57%, B mang lại 6% tổng doanh thu"
    if "breakdown" in present and (total := within_total(ctx, a)) is not None:
        return total, "within_total"
    if (ranged := range_to(ctx, a, previous)) is not None:
        return ranged, "range_to"
    before = noun_before(ctx, a, prev_end or 0)
    if (
        previous is not None
        and previous[1] is not None
        and previous[0].unit == a.unit
        and (
            _plan_measured_against(words_before(ctx.text, ctx.clause_start(a.start), a.start))
            or (before is not None and _plan_measured_against(before))
        )
    ):
        # rule plan_of_before: "xuất khẩu đạt 17 tỷ USD, thấp hơn mục tiêu 18 tỷ USD": the
        # plan's level measures what the figure measured against it does; so does a figure
        # whose words, cut, leave only the plan ("bằng 102,4% dự toán và tăng 11,3%")
        return previous[1], "plan_of_before"
    if before is not None and not _names_nothing(before):
        c = cues()
        verb = c.ends("bare_verb", before)
        if verb is None or c.ends("noun_of_verb", before[:verb].rstrip()) is not None:
            return before, "noun_before"  # "lãi suất tiết kiệm 5,2%": a noun ends in the verb
        # rule verb_then_noun: a verb right before a figure names no measure; the noun after
        # the figure does ("ngành du lịch mang về 840.000 tỷ đồng doanh thu", "vẫn chỉ đáp
        # ứng 70% nhu cầu đi lại"); not a range's start, a purpose or a recipient ("cải
        # thiện từ mức 11,9% lên …", "bố trí 350 tỷ đồng để giải phóng mặt bằng", "… cho
        # các dự án")
        noun = after()
        if (
            noun is not None
            and noun[:1].islower()
            and not _names_nothing(noun)
            and c.starts("direction", noun) is None
            and c.starts("not_measure_after", noun) is None
        ):
            return noun, "verb_then_noun"
        return before, "noun_before"
    noun = after()
    if (
        noun is not None
        and (a.kind == "measure" or a.unit == "%" or noun[:1].islower())
        and not _names_nothing(noun)
    ):
        return noun, "noun_after"
    if previous is not None and previous[1] is not None:
        return previous[1], "same_as_before"
    if previous is not None and (counted := _counted_before(ctx, a, previous[0])) is not None:
        return counted, "change_of_count"
    clause = previous_clause(ctx, a)
    if clause is not None and _names_nothing(clause):
        clause = None
    return clause, "previous_clause" if clause is not None else "none"


_CHANGE_GAP = 4  # words that may join a count to the change or ratio after it
# between two sums written before their nouns: the first one's noun, then "và" or a comma
_NOUN_THEN_AND = re.compile(r"\s+([^\W\d][^,;:.()]*?)\s*(?:,|\s+và)\s+")


def _added_count(words: str, unit: str | None) -> str | None:
    """Rule ``count_added``: a count right after a verb of adding (cue kind ``added_count``
    ends it: "mở mới", "tuyển thêm", "lắp đặt thêm") counts the things added: its noun and
    the verb ("mở mới 789 cửa hàng" → "cửa hàng mở mới"); not after having more or a change
    (``not_added_count``: "có thêm", "tăng thêm").

    >>> _added_count("Năm qua, chuỗi mở mới", "cửa hàng"), _added_count("lắp đặt thêm", "trạm")
    ('cửa hàng mở mới', 'trạm lắp đặt thêm')
    >>> _added_count("toàn tỉnh có thêm", "xã") is None
    True
    """
    c = cues()
    ending = c.ends("added_count", words)
    if ending is None or not unit or c.ends("not_added_count", words) is not None:
        return None
    verb = _VERB_BEFORE.search(words, 0, ending)
    if verb is None or not verb.group(1).islower():
        return None  # "Thêm 9 xã …": no verb
    start = verb.start(1)
    first = _VERB_BEFORE.search(words, 0, start)
    if first is not None and ends_two_syllable_word(words, start):
        start = first.start(1)  # "lắp đặt thêm": a verb of two syllables
    return f"{unit} {' '.join(words[start:].split())}"


_VERB_BEFORE = re.compile(r"(\w+)\s+\Z")  # the syllable right before a position


def _counted_before(ctx: ArticleContext, a: Amount, prev: Amount) -> str | None:
    """Rule ``change_of_count``: a change or a ratio right after a count in its sentence
    ("tiếp nhận 2,3 triệu lượt khám, tăng 18%", "hoàn thành 4.350 căn, gấp 1,6 lần năm
    2025") measures the counted thing: the count's unit and the words after it ("lượt
    khám"), when they say more than one syllable."""
    if prev.kind != "count" or prev.unit in cues().kinds["multiple"]:
        return None
    if len(_WORD.findall(ctx.text, prev.end, a.start)) > _CHANGE_GAP:
        return None
    joined = words_before(ctx.text, prev.end, a.start)
    if not (a.unit == "%" or a.unit in cues().kinds["multiple"] or _ends_in_change(joined)):
        return None  # "hỗ trợ 1.200 hộ nghèo với 36 tỷ đồng": a sum of its own, no change
    if ctx.sentence(prev.start) != ctx.sentence(a.start):
        return None
    return _counted_thing(ctx, prev)


def _counted_thing(ctx: ArticleContext, count: Amount) -> str | None:
    """What ``count`` counts: its unit and the words after it ("lượt khám"), when they say
    more than one syllable; None when its unit says it all ("xã")."""
    after = noun_after(ctx, count) if count.end < ctx.clause_end(count.end) else None
    counted = _trim_edges(f"{count.unit} {after}" if after else count.unit or "")
    return counted if len(counted.split()) > 1 and counted[:1].islower() else None


def _ends_in_change(words: str) -> bool:
    """Whether a change verb ("tăng", "giảm", "thấp hơn") ends ``words``."""
    c = cues()
    return c.ends("increase", words) is not None or c.ends("decrease", words) is not None


def _names_nothing(phrase: str) -> bool:
    """Rule ``function_words``: whether a phrase is made only of words that name nothing
    measured ("Đây", "đủ", "có thể", "Như vậy").

    >>> _names_nothing("Như vậy"), _names_nothing("doanh thu")
    (True, False)
    """
    return _made_of(phrase, cues().kinds["function_word"])


def _plan_measured_against(phrase: str) -> bool:
    """Whether a phrase only names a plan that a figure is measured against ("vượt xa mục
    tiêu", "thấp hơn kế hoạch", "so với chỉ tiêu"), no metric of its own ("mục tiêu doanh
    thu" has one).

    >>> _plan_measured_against("thấp hơn mục tiêu"), _plan_measured_against("mục tiêu doanh thu")
    (True, False)
    """
    c = cues()
    plan = c.ends("plan_word", phrase)
    return plan is not None and _made_of(phrase[:plan], c.kinds["measured_against"])


@functools.cache
def _time_words() -> frozenset[str]:
    """Words that only lead into or name a time (cue kinds ``time_lead``, ``time_unit`` and
    the edge words): before a time's number ("nhưng đến hết tháng 10 mới giải ngân …",
    "Trong quý 3 công ty lãi …") they name no measure (rule ``time_number``)."""
    kinds = cues().kinds
    return kinds["time_lead"] | kinds["time_unit"] | kinds["edge_word"] | kinds["function_word"]


def _made_of(phrase: str, words: frozenset[str]) -> bool:
    """Whether ``phrase`` is made only of phrases of ``words`` (up to three words each)."""
    rest = " ".join(phrase.lower().split())
    while rest:
        for n in (3, 2, 1):
            head = " ".join(rest.split()[:n])
            if len(rest.split()) >= n and head in words:
                rest = " ".join(rest.split()[n:])
                break
        else:
            return False
    return True


def respectively(
    ctx: ArticleContext, amounts: Sequence[Amount], i: int, metrics: Sequence[str | None]
) -> str | None:
    """Rule ``respectively``: the k-th figure after "lần lượt" (respectively) measures what the
    k-th of as many figures before it in the sentence measured ("doanh thu đạt 900 tỷ đồng,
    lợi nhuận đạt 80 tỷ đồng, tăng lần lượt 7% và 12%" → 7%: "doanh thu").

    Args:
        ctx: the article.
        amounts: its amounts in text order.
        i: the index of the amount asked about.
        metrics: the metrics of ``amounts[:i]``.
    """
    a = amounts[i]
    s_start, _ = ctx.sentence(a.start)
    c_start = ctx.clause_start(a.start)
    found = cues().find_all(("respectively",), ctx.low, c_start, a.start)
    if not found:
        return None
    cue_end = found[-1][2]
    c_end = ctx.clause_end(a.end)
    after = [b for b in amounts if cue_end <= b.start and b.end <= c_end]
    before = [j for j in range(i) if amounts[j].start >= s_start and amounts[j].end <= c_start]
    if len(after) < 2 or len(before) < len(after) or a not in after:
        return None
    return metrics[before[len(before) - len(after) + after.index(a)]]


def article_cues(ctx: ArticleContext) -> frozenset[str]:
    """The kinds of rare cues (``_RARE_KINDS``) the article holds, one scan each per article:
    a rule whose cue the article lacks costs nothing per amount."""
    kinds = cues().kinds  # a plain substring test: a rule's own look-up checks word edges
    return frozenset(k for k in _RARE_KINDS if any(cue in ctx.low for cue in kinds[k]))


def dividend(ctx: ArticleContext, a: Amount, prev_end: int) -> str | None:
    """Rule ``dividend``: a rate or a sum that follows "cổ tức" in its sentence, with no figure
    and no linking verb between, is that dividend, with how it is paid when said right after
    ("trả cổ tức năm 2024 bằng tiền mặt tỷ lệ 12%" → "cổ tức"; "chia cổ tức tiền mặt hàng
    năm với tỷ lệ 10-15%" → "cổ tức tiền mặt"; "chia cổ tức 15% bằng cổ phiếu" → "cổ tức bằng
    cổ phiếu"): the rate word ("tỷ lệ", "mức") is no metric. "cổ tức" stands in the
    figure's clause, or in the sentence before it when that clause opens with a rate word
    ("trả cổ tức bằng cổ phiếu, với tỷ lệ 25%"; not "Sau khi chia cổ tức, lợi nhuận …").
    """
    c = cues()
    start = max(ctx.clause_start(a.start), prev_end)
    if c.starts("rate_word", ctx.text[start : a.start].strip(_EDGE_JUNK)) is not None:
        start = max(ctx.sentence(a.start)[0], prev_end)
    last = None
    for last in c.anywhere["dividend"].finditer(ctx.low, start, a.start):  # noqa: B007
        pass
    if last is None or len(ctx.text[last.end() : a.start].split()) > _DIVIDEND_SPAN_WORDS:
        return None
    if c.find("link", ctx.low, last.end(), a.start):
        return None  # "lợi nhuận sau khi trả cổ tức đạt …": the figure is another's
    form = c.starts("dividend_form", ctx.text, last.end())
    if form is not None:
        return _strip(ctx.text[last.start() : form])
    noun = _strip(ctx.text[last.start() : last.end()])
    form = c.starts("dividend_form", ctx.text, a.end)  # "chia cổ tức 15% bằng tiền mặt"
    return noun if form is None else f"{noun} {_strip(ctx.text[a.end : form])}"


def same_unit_before(
    ctx: ArticleContext,
    amounts: Sequence[Amount],
    i: int,
    metrics: Sequence[str | None],
    found: str | None,
) -> str | None:
    """Rule ``same_unit_before``: in a sentence that lists figures one per name, a sum or a
    share with no metric of its own measures what the last figure of its unit before it
    measured ("Hà Nội có vốn đăng ký đạt 2,1 tỷ USD, chiếm 20%; tiếp đến là Hải Phòng 1,8
    tỷ USD, chiếm 17%" → 1,8 tỷ USD: "vốn đăng ký"), not the share in the clause before it.

    Args:
        ctx: the article.
        amounts: its amounts in text order.
        i: the index of the amount asked about.
        metrics: the metrics of ``amounts[:i]``.
        found: the metric the other rules found (None, or the figure before it's).

    Returns:
        The metric, ``found`` when the rule does not apply.
    """
    a = amounts[i]
    if a.kind == "count" and not (
        found is None
        and _NAMED_WITH.search(ctx.text, max(0, a.start - 8), a.start)
        and ctx.mentions_in(ctx.clause_start(a.start), a.start)
    ):
        # "2 công ty": the noun says it all; but a name's count in a list ("Hàn Quốc dẫn
        # đầu với 52.300 lượt, kế đến là Trung Quốc với 31.800 lượt") counts what the total
        # before it counted ("khách quốc tế đạt 139.500 lượt")
        return found
    if found is not None:
        prev = amounts[i - 1]  # ``found`` is its metric: keep it unless a share ends a clause
        if a.unit in (prev.unit, "%") or prev.end > ctx.clause_start(a.start):
            return found  # "… tăng 12% đạt 15 tỷ đồng", "… chiếm 66% với 14.408 tỷ đồng"
        if not _shares(ctx, prev):
            return found
    s_start = ctx.sentence(a.start)[0]
    named = False
    if s_start > 0 and _opens_with_name_and_figure(ctx, amounts, i, s_start):
        s_start = ctx.sentence(s_start - 1)[0]  # "…; Đồng Nai 1,4 tỷ USD": the list goes on
    elif found is None and ctx.mentions_in(ctx.clause_start(a.start), a.start):
        # "BIDV dẫn đầu với 2 triệu tỷ đồng": a named figure of the list the sentences
        # before began with a total ("tổng tiền gửi đạt 12 triệu tỷ đồng. Trong đó, …"):
        # the first figure of its unit there, not a part listed after it; a named count
        # counts what the last count of its unit before it did ("…, trong đó khách quốc
        # tế đạt 900.000 lượt. Hàn Quốc dẫn đầu với 300.000 lượt")
        named = a.kind != "count"
        for _ in range(_LIST_SENTENCES):
            if s_start > 0:
                s_start = ctx.sentence(s_start - 1)[0]
    carried = found
    for j in range(i - 1, -1, -1):
        if amounts[j].start < s_start:
            break
        if amounts[j].unit == a.unit and amounts[j].kind == a.kind and metrics[j] is not None:
            carried = metrics[j]
            if not named:
                break
    return carried


def count_change(
    ctx: ArticleContext, amounts: Sequence[Amount], i: int, metrics: Sequence[str | None]
) -> str | None:
    """Rule ``count_change``: a count written as a change ("tăng 37 sản phẩm", "giảm 49
    chiếc") measures what the last count of its unit before it in its sentence measures,
    or counts when that one's metric is none: the level it changes ("Toàn tỉnh có 214 sản
    phẩm OCOP …, tăng 37 sản phẩm" → "sản phẩm OCOP"; "hơn 40 triệu người dùng, tăng 5
    triệu người" → "người dùng"). None when the rule does not apply, or when that count's
    unit says it all ("có 117 xã, tăng 3 xã").
    """
    a = amounts[i]
    if a.kind != "count" or a.unit in cues().kinds["multiple"]:
        return None
    if not _ends_in_change(words_before(ctx.text, ctx.clause_start(a.start), a.start)):
        return None
    s_start = ctx.sentence(a.start)[0]
    for j in range(i - 1, -1, -1):
        level = amounts[j]
        if level.start < s_start:
            return None
        if level.kind != "count" or not _same_count_unit(level.unit, a.unit):
            continue
        return metrics[j] or _counted_thing(ctx, level)
    return None


def _same_count_unit(level: str | None, change: str | None) -> bool:
    """Whether a change's unit counts what a level's does: the same unit, or the level's
    longer one it opens ("người" of "người dùng", "giường" of "giường bệnh")."""
    if not level or not change:
        return False
    return level == change or level.startswith(change + " ")


# "với" right before a count, after a name in its clause (rule same_unit_before)
_NAMED_WITH = re.compile(r"(?<!\w)(?<!so )(?<!đối )(?<!cùng )với\s+\Z")  # not "so với"


def list_item(
    ctx: ArticleContext, amounts: Sequence[Amount], i: int, metrics: Sequence[str | None]
) -> str | None:
    """Rule ``list_item``: the first figure after the label of a bulleted item ("- Mỹ: 1,48
    tỷ USD, giảm 2%"), a sum, a share or a measure, measures what the last figure of its
    unit before the list's heading did, in the heading's sentence or the two before it
    ("Sản lượng xuất khẩu đạt 780.000 tấn …, với các thị trường chủ lực:"); else what the
    heading names ("Diện tích cho thuê mới tập trung tại bốn khu công nghiệp:" → "Diện tích
    cho thuê mới"), unless it lists things ("Một số thị trường chính …:", cue kind
    ``listing_quantifier``). None for a figure of no such item, and for a count: its unit
    says what it counts.

    Args:
        ctx: the article.
        amounts: its amounts in text order.
        i: the index of the amount asked about.
        metrics: the metrics of ``amounts[:i]``.
    """
    a, text = amounts[i], ctx.text
    if a.kind == "count":
        return None  # its unit says what it counts
    line_start = text.rfind("\n", 0, a.start) + 1
    label = text[line_start : a.start]
    colon = label.rfind(":")
    if (
        not (bullet := label.lstrip()[:1])
        or bullet not in _BULLETS
        or colon < 0
        or _DIGIT.search(label, colon)
        or len(label[colon + 1 :].split()) > _LABEL_QUALIFIER_WORDS
    ):
        return None
    colon_at = _list_heading(text, line_start)
    if colon_at is None:
        return None
    s_start = ctx.sentence(colon_at - 1)[0]
    lo = s_start
    for _ in range(_LIST_SENTENCES):
        if lo > 0:
            lo = ctx.sentence(lo - 1)[0]
    for j in range(i - 1, -1, -1):
        b = amounts[j]
        if b.start < lo:
            break
        if b.start < s_start and b.unit == a.unit and b.kind == a.kind and metrics[j]:
            return metrics[j]
    opening = max(s_start, ctx.clause_start(colon_at - 1))
    if cues().starts("listing_quantifier", ctx.low, opening) is not None:
        return None  # "Các thị trường chính:" lists things, names no measure
    return _noun_phrase(ctx, opening, colon_at)


def _list_heading(text: str, item_start: int) -> int | None:
    """Where the colon ending the heading of the list whose item's line starts at
    ``item_start`` stands: the nearest line above that opens with no bullet, when it ends
    with ":"; None when there is none (the list opens the text, or no heading).

    >>> text = "Các thị trường chính:\\n- Mỹ: 1 tỷ USD;\\n- EU: 2 tỷ USD."
    >>> _list_heading(text, text.index("- EU")), _list_heading(text, 0)
    (20, None)
    """
    end = item_start - 1  # walk up over the items before to the heading
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and line[:1] not in _BULLETS:
            heading = text[start:end].rstrip()
            return start + len(heading) - 1 if heading.endswith(":") else None
        end = start - 1
    return None


def _opens_with_name_and_figure(
    ctx: ArticleContext, amounts: Sequence[Amount], i: int, s_start: int
) -> bool:
    """Whether the sentence at ``s_start`` opens with a name and right after it the first of
    its figures, one of ``amounts[:i + 1]`` ("Bình Định 1,2 tỷ USD, chiếm 5%")."""
    names = ctx.mentions_in(s_start, amounts[i].start)
    if not names or ctx.text[s_start : names[0].start].strip():
        return False
    first = next(b for b in amounts[: i + 1] if b.start >= s_start)
    return not ctx.text[names[0].end : first.start].strip()


def share_of_count(ctx: ArticleContext, a: Amount, previous: Amount | None) -> str | None:
    """Rule ``share_of_count``: a share whose clause holds only its share verb, after a clause
    that counts something, is the rate of what is counted ("tỉnh có 530/720 trường học đạt
    chuẩn, chiếm tỷ lệ 73%" → "tỷ lệ trường học"); after a sum or a measure ("đạt 2,8 tỷ
    USD, chiếm 12%") it is no rate of a count."""
    start = ctx.clause_start(a.start)
    c = cues()
    at = c.ends("share", ctx.text[start : a.start])
    if at is None or ctx.text[start : start + at].strip(_EDGE_JUNK):
        return None  # the clause names its own noun: "nợ xấu chiếm 4%"
    if start <= ctx.sentence(a.start)[0]:
        return None
    end = start - 1
    if ctx.text[end - 1 : end] == ")" and (opening := ctx.text.rfind("(", 0, end)) > 0:
        end = opening  # "… trường học đạt chuẩn quốc gia (CQG), chiếm tỷ lệ 73%"
    before = ctx.clause_start(max(end - 1, 0))
    if previous is not None and previous.end > before and previous.kind != "count":
        return None
    last = None
    for last in _DIGITS.finditer(ctx.text, before, end):  # noqa: B007
        pass
    noun = None if last is None else _words_after(ctx, last.end(), counts=True)
    return None if noun is None else f"{min(c.kinds['rate_noun'])} {noun}"


def contribution(ctx: ArticleContext, a: Amount) -> str | None:
    """Rule ``contribution``: a figure that a contribution verb gives ("đóng góp 0,5 điểm phần
    trăm vào mức tăng trưởng chung") measures the contribution to what follows "vào": "đóng
    góp vào mức tăng trưởng chung". With no word after it, it is "" (the contribution the
    article named last, see ``describe_amounts``); None when no contribution verb stands
    before it or a noun follows it ("đóng góp 500 triệu USD tiền thuế").
    """
    c = cues()
    at = c.ends("contribution", ctx.text[ctx.clause_start(a.start) : a.start])
    if at is None:
        return None
    to = c.starts("contribution_to", ctx.text, a.end)
    if to is None:  # "đóng góp 500 triệu USD tiền thuế": the noun after it; nothing: ""
        return None if _words_after(ctx, a.end, counts=False) else ""
    noun = _words_after(ctx, to, counts=False)
    if noun is None:
        return ""
    verb = _strip(ctx.text[ctx.clause_start(a.start) + at : a.start])
    return f"{verb} {_strip(ctx.text[a.end : to])} {noun}"


def share_of_later(ctx: ArticleContext, a: Amount) -> str | None:
    """Rule ``share_of_later``: a share with no noun after it is a share of the whole that a
    later share of its sentence names ("khối A đóng góp 57%, khối B đóng góp 37%, còn lại
    khối C mang lại 6% tổng doanh thu" → 57%: "tổng doanh thu")."""
    c = cues()
    for _, _, end in c.find_all(("share",), ctx.low, a.end, ctx.sentence(a.start)[1]):
        figure = _SHARE_FIGURE.match(ctx.text, end)
        if figure is not None:
            noun = _words_after(ctx, figure.end(), counts=False)
            if noun is not None and _common_noun(noun):
                return noun
    return None


def within_total(ctx: ArticleContext, a: Amount) -> str | None:
    """Rule ``within_total``: a sentence that opens with "Trong tổng <noun>," breaks that
    total down: its sums and shares measure it, the names in their clauses are its parts
    ("Trong tổng vốn FDI đăng ký mới, ngành chế biến đạt 9 tỷ USD, chiếm 45%" → "tổng vốn
    FDI đăng ký mới")."""
    s_start = ctx.sentence(a.start)[0]
    opening = cues().starts("breakdown", ctx.text, s_start)
    if opening is None:
        return None
    end = ctx.clause_end(s_start)
    if end >= a.start or _DIGIT.search(ctx.text, s_start, end) is not None:
        return None  # the figure is in the opening clause, or it counts: "Trong tổng số 50 …"
    total = _noun_phrase(ctx, s_start, end)
    return None if total is None or not total.lower().startswith("tổng") else total


def _common_noun(words: str) -> bool:
    """Whether ``words`` open with a common noun: in lower case, or an acronym ("LPG", "GDP");
    a name in title case is an owner."""
    first = words.split(maxsplit=1)[0]
    return first[:1].islower() or (len(first) > 1 and first.isupper())


def _shares(ctx: ArticleContext, a: Amount) -> bool:
    """Whether a share verb stands right before ``a``: "chiếm", "đóng góp", "mang lại"."""
    left = ctx.text[ctx.clause_start(a.start) : a.start]
    return cues().ends("share", left) is not None
