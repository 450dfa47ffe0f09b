"""Rules that find organisation, person and location mentions on tokens.

Each rule proposes candidates (token ranges with a label and a priority);
``resolve`` keeps the longest, then the most trusted, without overlaps, so a
place inside an organisation's name stays part of the organisation.

Evidence, from strongest to weakest: organisation heads with a capitalised
name ("Tập đoàn Điện lực Việt Nam"), listed names (gazetteers), title and
honorific cues ("ông", "Bộ trưởng", "Ảnh:"), place words ("huyện", "xã"),
a family name opening a capitalised run, an upper-case abbreviation.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING

import regex

from vnextract.entities.lexicon import FIELD_JOINERS, Lexicon, Phrase
from vnextract.entities.tokens import Token

if TYPE_CHECKING:
    from vnextract.entities.knowledge import NameTrie

# Priorities when two candidates cover the same characters.
PRIO_HEAD = 6
PRIO_KNOWN = 5
PRIO_CUE = 4
PRIO_PLACE = 3
PRIO_SURNAME = 2
PRIO_WEAK = 1
LIST_JOINERS = frozenset({",", "và", "hay", "hoặc"})  # between the members of a list
MAX_LIST_MEMBERS = 8  # list members looked at on each side of a name

_MATCHERS = (
    "person_cues",
    "stop_words",
    "places",
    "org_heads",
    "orgs",
    "place_words",
    "org_domains",
    "not_loc_compounds",
    "not_org_compounds",
    "org_suffixes",
    "org_cues",
    "team_heads",
    "currency_words",
    "business_words",
    "not_person_before",
)
# the last word of the heads of a ministry and a provincial department ("Bộ", "Sở"): the
# field of administration after it is the body's whole name (a "Cục"'s may go on: "Cục
# Xuất nhập khẩu hàng hải")
_FIELD_HEADS = frozenset({"bộ", "sở"})
# the last words of the heads a sport may follow: "CLB", "Câu lạc bộ", "Liên đoàn"
_CLUB_HEADS = frozenset({"clb", "bộ", "đoàn"})
_BYLINE_LEADS = frozenset({"theo"})  # before a byline's name: "Theo Hải Đăng"
_NAME_CLOSERS = frozenset({",", "-", "–", "(", ")"})  # after a number that closes a name
# abbreviations of kinds of places before a place's name ("TP Sơn La", "TX Kỳ Anh")
_PLACE_ABBREVIATIONS = frozenset({"tp", "tx", "tt", "q", "h", "p"})
# words before a ticker in brackets: "(mã: HPG)", "(HoSE: HLH)", "(mã CK: VNM)"
_DASHES = frozenset({"-", "–", "—"})  # a dash between a ticker and its exchange
_EXCHANGES = frozenset({"hose", "hsx", "hnx", "upcom"})  # after a ticker: "(mã VXS – HoSE)"
_TICKER_LEADS = frozenset({"mã", "ck", "chứng", "khoán", "cổ", "phiếu", ":"}) | _EXCHANGES
_CAMEL = regex.compile(r"^\p{Lu}\p{Ll}{2,}\p{Lu}\p{L}+$")  # "VietinBank", "GiadinhNet"
_ACCENTED = regex.compile(r"[^\x00-\x7fĐđ]")  # a Vietnamese letter with a mark
_ROMAN = regex.compile(r"^[IVXLC]+$")  # "XIII" in "khóa XIII" is not a name
_END_MARKS = frozenset(".!?…")  # a token ending a sentence
# place words whose place is never the one they are named after: "sông Cần Thơ" is no Cần
# Thơ, "sân bay Long Thành" no Long Thành
_NAMED_AFTER = frozenset(("feature", "facility"))
_DAY_WORDS = frozenset(("chủ", "thứ"))  # capitalised, they open a weekday: "Chủ nhật"
_PLURAL_WORDS = frozenset(("các", "những", "mọi", "nhiều"))  # before a generic facility word
# a code closing a facility's name: "A", "B1", "II-C", "VI" (not a quarter "Q3")
_CODE = regex.compile(r"(?!Q\d)[A-Z](?:[A-Z0-9]{0,3})?(?:-[A-Z0-9]{1,3})?")
_BRAND_LETTERS = 6  # the fewest letters of a brand word closing a lower-case field
_SHORT_FROM_WORDS = 4  # the last words of a name its bracketed short name may open with
_MAX_NAME = 4  # syllables in a person name
_SIDES = frozenset(("nam", "nữ"))  # a team's side after its sport: "bóng chuyền nữ"
_AGE_GROUP = regex.compile(r"U\d{2}|Olympic")  # a team's age group: "U23", "Olympic"
_MAX_GAP = 3  # lower-case words inside an organisation name before a capital
_LANGUAGE_WORD = "tiếng"  # before a country's name, it names the language ("tiếng Anh")
_MAX_FIELD_TAIL = 4  # lower-case words finishing a field of a name ("cửa ngõ quốc tế")
_MAX_ORG = 20  # tokens after an organisation's head: the longest official names hold ~15
_COUNTED = frozenset(  # words after a number that make it a count or a date, not a name's
    {"năm", "tháng", "ngày", "tuổi", "giờ", "phút", "lần", "triệu", "tỷ", "nghìn", "ngàn"}
)
_LEGAL_HEAD_WORDS = frozenset(("cp", "tnhh", "phần", "ctcp", "jsc", "mtv"))  # "Công ty CP"
_QUANTIFIERS = frozenset({"các", "những", "nhiều", "mọi", "mỗi", "hai", "ba", "một số", "loạt"})
_PARTY_COMMITTEES = frozenset({"tỉnh ủy", "thành ủy", "huyện ủy", "đảng ủy"})
_HERE = frozenset({"tỉnh", "huyện", "thành", "xã"})  # units named by context alone
_TITLES = frozenset({"title", "sport"})  # cue kinds that may precede an organisation
_LOCATIVE = frozenset(  # words before a place: "tại", "ở", "thuộc"…
    {
        "tại",
        "ở",
        "về",
        "đến",
        "từ",
        "thuộc",
        "qua",
        "khắp",
        "sang",
        "tới",
        "ra",
        "vào",
        "(",
        "-",
        "–",
    }
)


@dataclass
class Cand:
    """A proposed mention: tokens ``[start, end)``, characters ``[cs, ce)``."""

    start: int
    end: int
    cs: int
    ce: int
    label: str
    prio: int
    group: str = ""
    core_start: int = -1
    unit: bool = False  # a company's unit ("Samsung Display"): not the parent's long form
    shared_core: bool = True  # the name after the head names it under any head ("Hòa Phát")


@functools.cache
def _known_names() -> NameTrie:
    """The knowledge base's names (``knowledge.load_known_names``), imported on first use:
    that module imports this one."""
    from vnextract.entities.knowledge import load_known_names

    return load_known_names()


def _camel_case(word: str) -> bool:
    """Whether ``word`` is written in camel case ("VietinBank", "GiadinhNet"); most words
    are not, and show it without the pattern: too short, or lower case after the first letter.
    """
    return len(word) >= 5 and not word[1:].islower() and _CAMEL.match(word) is not None


def _span(
    tokens: list[Token],
    start: int,
    end: int,
    label: str,
    prio: int,
    group: str = "",
    core: int = -1,
) -> Cand:
    return Cand(start, end, tokens[start].start, tokens[end - 1].end, label, prio, group, core)


def name_run(tokens: list[Token], i: int, limit: int = 6) -> int:
    """Return the end of the run of name words starting at ``i`` (``i`` when none).

    Initials count as one word with what follows ("H.Minh").
    """
    k = i
    n = len(tokens)
    while k < n and k - i < limit:
        t = tokens[k]
        if k > i and not tokens[k].joined:
            break
        if (
            len(t.text) == 1
            and t.cap
            and k + 2 < n
            and tokens[k + 1].text == "."
            and not tokens[k + 1].space_before
            and tokens[k + 2].name_word
            and not tokens[k + 2].space_before
        ):
            k += 3
            continue
        if not t.name_word:
            break
        k += 1
    return k


def heading_words(tokens: list[Token], uppers: list[int] | None = None) -> list[bool]:
    """Flag the words of headings in capitals ("KHAI MẠC HỘI CHỢ"), one pass over the tokens.

    A heading is a run of two or more joined upper-case words holding an accented
    letter; runs of plain letters are abbreviations ("UBND TP", "HĐQT EVN").

    >>> from vnextract.entities.tokens import tokenize
    >>> heading_words(tokenize("KHAI MẠC HỘI CHỢ tại UBND TP"))
    [True, True, True, True, False, False, False]
    """
    flags = [False] * len(tokens)
    if uppers is None:  # the indices of the tokens in capitals, when not known
        uppers = [k for k, t in enumerate(tokens) if t.upper]
    start = 0
    for n, k in enumerate(uppers):  # runs of joined upper-case words
        last = n + 1 == len(uppers)
        if not last and uppers[n + 1] == k + 1 and tokens[k + 1].joined:
            continue
        first = uppers[start]
        if k > first and any(_ACCENTED.search(tokens[m].text) for m in range(first, k + 1)):
            flags[first : k + 1] = [True] * (k + 1 - first)
        start = n + 1
    return flags


class Finder:
    """Proposes and resolves candidates over one token list."""

    def __init__(self, tokens: list[Token], lex: Lexicon) -> None:
        self.t = tokens
        self.lex = lex
        self.n = len(tokens)
        self.cands: list[Cand] = []
        self.aliases: set[str] = set()  # abbreviations defined in brackets after a name
        self.at: dict[str, dict[int, Phrase]] = lex.match_lists(tokens, _MATCHERS)
        self.cues = self.at["person_cues"]
        self.place_ends = {i + len(p.key) for i, p in self.at["places"].items()}
        self.place_starts = {
            tokens[i].lower for i, p in self.at["places"].items() if p.tag != "district"
        }
        # one pass over the tokens: where sentences and lines open, and the tokens the
        # shape rules look at (capitalised, or in capitals)
        opens: list[bool] = []  # a sentence opens a line or follows an end mark
        line_starts: list[int] = []
        capitalised: list[int] = []
        in_capitals: list[int] = []
        ampersands: list[int] = []  # the "&" tokens (rule ``ampersand``)
        after_end = False
        for k, tok in enumerate(tokens):
            if tok.line_start:
                line_starts.append(k)
                opens.append(True)
            else:
                opens.append(after_end)
            if tok.is_word:
                after_end = False
                if tok.cap:
                    capitalised.append(k)
                if tok.upper:
                    in_capitals.append(k)
            else:  # the end marks and "&" are no words
                after_end = tok.text in _END_MARKS
                if tok.text == "&":
                    ampersands.append(k)
        self.line_starts, self.capitalised, self.in_capitals = line_starts, capitalised, in_capitals
        self.ampersands = ampersands
        ids = self.sentence_ids = list(accumulate(opens, initial=0))[1:]
        self.currency_ends = {  # "đô la Mỹ": a country after a currency word is no place
            k + len(p.key) for k, p in self.at["currency_words"].items() if not tokens[k].cap
        }
        self.sport_sentences = {ids[i] for i, c in self.cues.items() if c.tag == "sport"}
        self.title_end = {i + len(c.key) for i, c in self.cues.items() if c.tag in _TITLES}
        self.headings = heading_words(tokens, self.in_capitals)
        self.not_person_after = {  # "mỏ", "xứ sở", "đường": what follows names no person
            k + len(p.key) for k, p in self.at["not_person_before"].items()
        }

    # ---------------------------------------------------------------- helpers
    def stop_at(self, k: int) -> bool:
        """True when a function word or verb starts at ``k``."""
        return self.at["stop_words"].get(k) is not None

    def is_person_run(self, k: int, shortest: int = 2) -> bool:
        """True when a family name opens a name run of ``shortest`` to 4 words at ``k``."""
        if self.t[k].lower not in self.lex.surnames:
            return False
        end = name_run(self.t, k)
        return shortest <= end - k <= _MAX_NAME and (end >= self.n or not self.t[end].name_word)

    def holder_at(self, k: int, shortest: int = 2) -> bool:
        """True when a person's name opens at ``k`` after an office, not a listed place
        shaped like one ("… Việt Nam Thái Nguyên" is a company's branch, not a person).
        """
        return self.is_person_run(k, shortest) and not (
            self.firm_place(k) and self.listed_exactly(k, name_run(self.t, k))
        )

    def place_end(self, k: int, numbered: bool = False) -> int:
        """End of a place name at ``k``: a listed place or a short capitalised run."""
        place = self.at["places"].get(k)
        if self.t[k].text.isdigit():
            return k + 1
        end = name_run(self.t, k, _MAX_NAME)
        if place is not None and (len(place.key) > 1 or k + len(place.key) >= end):
            return k + len(place.key)
        if self.is_person_run(k, 3):
            return k  # "UBND tỉnh Lê Văn Hưng": a person after an unnamed province
        for m in range(k + 2, end):
            if self.is_person_run(m):
                return m  # "xã Tân Lập Nguyễn Văn An": the place, then its official
        if (
            numbered
            and k < end < self.n
            and self.t[end].text.isdigit()
            and self.t[end].joined
            and (end + 1 >= self.n or self.t[end + 1].text not in "/.:-")
        ):
            end += 1  # "ấp Hòa Lộc 1"
        return end if end > k else k

    def place_pair_end(self, k: int) -> int:
        """Extend a place ending at ``k`` by " - <listed place>": "Nha Trang - Khánh Hòa"."""
        t = self.t
        if k + 1 < self.n and t[k].text in "-–" and t[k].space_before and t[k + 1].space_before:
            second = self.at["places"].get(k + 1)
            if second is not None and k + 1 + len(second.key) >= name_run(t, k + 1):
                return k + 1 + len(second.key)
        return k

    def name_goes_on(self, k: int) -> bool:
        """True when ``k`` opens more of a name, not another organisation or place."""
        return self.opens_field(k) and self.word_end(k) > k + 1  # "Hóa chất", not a brand

    def opens_field(self, k: int) -> bool:
        """True when a capitalised word at ``k`` may open a field of a name: it opens no
        other organisation, place or person's title."""
        return (
            k < self.n
            and self.t[k].name_word
            and self.at["org_heads"].get(k) is None
            and self.at["orgs"].get(k) is None
            and self.at["places"].get(k) is None
            and self.at["person_cues"].get(k) is None
        )

    def listed_field(self, k: int) -> bool:
        """True when ``k`` opens one more field of a name: "Mỹ thuật, Nhiếp ảnh và Triển lãm"."""
        if not self.name_goes_on(k):
            return False
        for m in range(k + 1, min(k + 5, self.n - 1)):
            if not self.t[m].is_word:
                return False
            if self.t[m].lower == "và":
                return self.name_goes_on(m + 1)
        return False

    def named_after(self, k: int) -> bool:
        """Whether a capitalised word, written after a space, stands at ``k``."""
        return k < self.n and self.t[k].cap and self.t[k].space_before

    # ---------------------------------------------------------- organisations
    def org_body(
        self, j: int, kind: str, title_before: bool, generic: bool = False, known_end: int = -1
    ) -> int:
        """Return the end of an organisation name whose head ends at ``j`` (-1: none).

        The grammar is in models/entities/README.md: business-line words (any
        case) after the head or after one another, capitalised name words, "và"
        or a comma between fields, then an optional place, number or code. A
        ``generic`` head ("công ty", or "Công ty" opening a sentence) needs a
        capitalised word, a number or a place: "công ty xây dựng" is no name.
        A listed name that ends at ``known_end`` takes no capitalised or business word
        after words read as no part of it: "Bộ Nông nghiệp và Môi trường đánh giá Đồng
        bằng …", "Bộ Xây dựng kết quả khai thác".
        """
        t, n = self.t, self.n
        k, end, pending = j, -1, 0
        had_name = False
        trade = True  # the last part read is the head or a business-line word
        proper = False  # a capitalised word, a number or a place was read
        field_opened = False  # the last part read is a capitalised word opening a field
        field_known = False  # … and that word is no brand (``lower_field_end``)
        stop = min(n, j + _MAX_ORG)  # a name has a length: one mention never swallows a text
        while k < stop:
            tok = t[k]
            if (k > j and not tok.space_before and tok.is_word) or tok.line_start:
                break  # a name ends with its line: a title never runs into the text
            if not tok.is_word:
                if tok.text == "," and had_name and pending == 0 and self.listed_field(k + 1):
                    k += 1
                    continue
                # "Bia - Rượu - Nước giải khát": a dash between capitalised words
                if (
                    tok.text in "-–"
                    and had_name
                    and pending == 0
                    and k + 1 < n
                    and t[k + 1].cap
                    and tok.space_before
                    and k + 1 not in self.cues  # "… Bạc Liêu - Ảnh: …"
                ):
                    k += 1
                    continue
                break
            listed = self.at["places"].get(k)
            if (
                listed is not None
                and (
                    (had_name and pending == 0 and len(listed.key) > 1)
                    or (kind == "admin" and k == j)
                )
                and (self.only_place(k) or self.holder_at(k + len(listed.key), 2))
            ):  # "Sở Xây dựng TP.HCM", "Tỉnh ủy Quảng Ninh"; not "Nhựa Tân Hưng Thịnh"
                closed = self.place_pair_end(k + len(listed.key))
                if kind == "company" and closed < n and self.line_number(closed):
                    closed += 1  # "… Phát triển Điện miền Bắc 2"
                return closed
            place = self.at["place_words"].get(k)
            if place is not None and place.tag != "facility" and (kind == "admin" or had_name):
                after = k + len(place.key)
                if after < n and (t[after].cap or t[after].text.isdigit()):
                    pe = self.place_end(after)
                    if pe > after:
                        return pe
                if (
                    kind == "admin"
                    and not had_name
                    and place.tag in {"word", "feature", "area", "unit"}
                ):
                    return after
                if had_name and pending == 0 and place.tag == "unit" and t[k].lower in _HERE:
                    return after  # "Hội Nông dân tỉnh": the province the article is about
                if not (
                    place.tag in {"area", "feature"}
                    and tok.cap
                    and k > j
                    and t[k - 1].cap
                    and pending == 0
                ):
                    break
                # rule name_place_word: a capitalised place word after a name word, with no
                # place after it, is a word of the name ("Công ty Cổ phần Hàng không Sao
                # Biển", "Công ty TNHH Thủy sản Ngọc Biển"); read on as a capitalised word
            domain = self.at["org_domains"].get(k)
            if (
                domain is not None
                and domain.tag == "sport"
                and not (t[j - 1].lower in _CLUB_HEADS and self.named_after(k + len(domain.key)))
            ):
                # a sport names a club or a federation only after its head and before its
                # name or place ("CLB bóng chuyền nữ Ninh Bình"; not "14 CLB bóng đá chuyên
                # nghiệp", "Học viện bóng đá Hoàng Anh Gia Lai")
                domain = None
            if domain is not None and (k == j or t[k - 1].lower in {"và", ",", "-", "–"}):
                k += len(domain.key)
                # a ministry's or a department's field is whole: a business word after it is
                # a verb ("Sở Công Thương xây dựng kế hoạch …"; but "Ban Quản lý đường sắt đô
                # thị", "Tổng công ty Xây dựng công trình giao thông 4")
                whole = t[j - 1].lower in _FIELD_HEADS
                end, had_name, pending, trade = k, True, 0, trade and not whole
                continue
            if (
                tok.lower == "và"
                and had_name
                and pending == 0
                and (
                    self.name_goes_on(k + 1)
                    or self.trade_end(k + 1, trade) > k + 1
                    or (
                        self.opens_field(k + 1) and self.lower_field_end(k + 2, joins=False) > k + 2
                    )
                )
            ):
                k += 1
                pending = 1
                continue
            if (
                tok.lower == "các"
                and (k == j or (trade and had_name and pending == 0))
                and self.trade_end(k + 1, True) > k + 1
            ):
                # "Ban Quản lý các khu công nghiệp tỉnh Đồng Nai", "Ban Quản lý dự án đầu tư
                # xây dựng các công trình giao thông …"
                k += 1
                continue
            if (
                not tok.cap
                and had_name
                and pending == 0
                and k + 1 < n
                and t[k + 1].joined
                and f"{tok.lower} {t[k + 1].lower}" in self.lex.scope_words
                and self.word_end(k) <= k + 2  # not "quốc tế hóa" (a verb)
            ):
                # "Hội đồng Tiền lương quốc gia", "Tập đoàn Dầu khí quốc gia Việt Nam": the
                # body's scope goes on its name (a place may follow)
                k = end = k + 2
                trade = False
                continue
            if not tok.cap:
                # … nor a listed name made whole before words read as no part of it: "Bộ
                # Xây dựng kết quả khai thác" ends at "Bộ Xây dựng"
                trade_end = self.trade_end(k, trade and not (pending and end == known_end))
                if trade_end > k:  # "Công ty CP Tư vấn xây dựng điện": the business line
                    k = end = trade_end
                    had_name, pending = True, 0
                    continue
                if had_name and pending == 0 and (trade or t[k - 1].upper) and self.line_number(k):
                    return k + 1  # "Tổng công ty Xây dựng công trình giao thông 4", "Ban QLDA 85"
                if (
                    had_name
                    and pending == 0
                    and t[k - 1].cap
                    and self.line_number(k)
                    and k + 1 < n
                    and t[k + 1].text in _NAME_CLOSERS
                ):
                    # rule name_number: a number after a capitalised name word, before a comma,
                    # a dash or a bracket, closes the name ("Công ty cổ phần Năng lượng Hướng
                    # Linh 9 - đơn vị thành viên của …")
                    return k + 1
                if had_name and pending == 0 and field_opened:
                    # a field opened by a capital goes on in lower case up to the next field,
                    # a place or the name's abbreviation: "Tổng công ty Lưu ký và Bù trừ …",
                    # "Công ty Cảng cửa ngõ quốc tế Cái Mép", "… Kinh doanh vốn nhà nước (SCIC)";
                    # only a field of known words closes a name so ("Công ty Vinamilk xuất
                    # khẩu sữa sang Trung Quốc" ends at "Vinamilk")
                    field_end = self.lower_field_end(k, closes=field_known)
                    if field_end > k:
                        k = end = field_end
                        trade = field_opened = False
                        continue
                if (
                    had_name
                    and pending == 0
                    and tok.lower == "số"
                    and k + 1 < n
                    and t[k + 1].space_before
                    and self.line_number(k + 1)
                ):
                    return k + 2  # "Tổng công ty Xây dựng số 1": the number closing a name
            business = self.at["business_words"].get(k)
            if (
                business is not None
                and len(business.key) > 1
                and k > j
                and t[k - 1].cap
                and not t[k + 1].cap
                and self.ends_known_name(k + 1)
            ):
                # a known name ends with this capital, which opens no business line written
                # in lower case after it: "Tập đoàn Hòa Phát triển khai …" (but "Bảo Việt
                # Nhân thọ": "Nhân" ends no known name)
                business = None
            # a capitalised function word right after a name word goes on the name ("Tập
            # đoàn Đèo Cả"), and one that opens a run of capitalised words after a business
            # line ("Công ty CP Phát triển Nhà ở Như Nguyệt"): in mid-sentence, only a name
            # capitalises it
            named_on = (
                tok.cap
                and not tok.sent_start
                and had_name
                and pending == 0
                and (t[k - 1].cap or (trade and k + 1 < n and t[k + 1].cap and t[k + 1].joined))
            )
            if self.stop_at(k) and not (tok.cap and (business or listed or named_on)):
                # "Đầu tư" is no "đầu năm", "Cần Thơ" no "cần"
                break
            if tok.cap:
                if pending and end == known_end:
                    break  # the listed name is whole: what follows is another phrase
                named_before = proper  # a name read before this word, not a business line
                proper = proper or business is None
                inner = self.at["org_heads"].get(k) if k == j else None
                if inner is not None and inner.tag == "company":
                    k = end = k + len(inner.key)  # "Công ty CP Tập Đoàn Thái Bình Dương"
                    continue
                if kind == "school" and k == j and self.is_person_run(k):
                    k = end = name_run(t, k)  # "Trường THCS Lê Quý Đôn": named after a person
                    had_name = True
                    continue
                if listed is not None and len(listed.key) > 1 and self.only_place(k):
                    return self.place_pair_end(k + len(listed.key))  # "… Chứng khoán TP.HCM"
                if (
                    had_name
                    and (named_before or kind != "company" or title_before)
                    and self.is_person_run(k, 2 if title_before else 3)
                ):
                    # "Sở Công Thương Lê Thị Hoa": the person after the office, and after a
                    # title's body ("Chủ nhiệm Ủy ban Kinh tế và Tài chính Phan Văn Mãi"); a
                    # company named by its business line alone, with no title before it, has
                    # yet to give its name ("Công ty Cổ phần Chứng khoán Hoàng Long Hải")
                    break
                if (
                    had_name
                    and pending
                    and any(k in self.at[m] for m in ("orgs", "org_heads", "person_cues"))
                ):
                    break  # "… Sữa Việt Nam phân phối sản phẩm Vinamilk": another name
                # a capital opens a word that may go on in lower case: "Thống kê"
                start = k
                known = self.at["orgs"].get(k) if had_name else None
                if known is not None and len(known.key) > 1:
                    # a listed name written with lower case ends a longer one: "Quỹ Nhi
                    # đồng Liên hợp quốc", "Chương trình Phát triển Liên hợp quốc"
                    k = end = k + len(known.key)
                    had_name, pending, trade = True, 0, False
                    continue
                field_opened = k == j or not t[k - 1].cap  # no word of a run of capitals
                k = self.word_end(k) if field_opened else self.run_word_end(k)
                # a business line, a dictionary word or a field after "và": no brand
                field_known = business is not None or k > start + 1 or t[start - 1].lower == "và"
                if business is not None:
                    k = max(k, self.business_end(start, len(business.key)))
                end, had_name, pending, trade = k, True, 0, business is not None
                continue
            if not had_name and kind != "company":
                break
            if tok.text[0].isdigit() and (
                (not had_name and pending)
                or (k + 1 < n and t[k + 1].lower in self.lex.number_followers)
            ):
                break  # "Tập đoàn rót 100 triệu USD", "… đầu tư 100 triệu USD": a figure
            pending += 1
            if pending > (2 if had_name else _MAX_GAP):
                break  # a description before the name, at most a word inside it
            k += 1
        # a name of business words alone at a sentence's start is a description ("Công ty
        # xây dựng …", "Công ty chứng khoán (CTCK)"), unless a capitalised one opens it and
        # its short form follows in brackets ("Công ty … Vận hành … quốc gia (NSMO)")
        if kind == "body" and had_name and not any(x.cap or x.text[0].isdigit() for x in t[j:end]):
            return -1  # rule lower_body: "Ban tổ chức", "Ban huấn luyện" name no body
        named = (
            proper
            or not generic
            or (self._short_form_after(end) and any(x.cap for x in t[j:end]))
            or self._capitalised_fields(j, end) >= 2
        )
        return end if had_name and named else -1

    def _capitalised_fields(self, j: int, end: int) -> int:
        """How many business lines opened by a capital ``tokens[j:end]`` hold: two or more
        ("Phân bón và Hóa chất Dầu khí") make a name, even opening a sentence."""
        t, fields = self.t, self.at["business_words"]
        return sum(1 for x in range(j, end) if t[x].cap and x in fields)

    def lower_field_end(self, k: int, joins: bool = True, closes: bool = True) -> int:
        """End of the lower-case words at ``k`` that finish a field of a name opened by a
        capital (``k``: none). Up to two words go on before "và" or a comma and the next
        field ("Lưu ký và Bù trừ chứng khoán"); with no function word or verb among them
        (``stop_words``), up to four before what closes a name: a listed place of two words
        or more ("Cảng cửa ngõ quốc tế Cái Mép") or an abbreviation in brackets ("Kinh
        doanh vốn nhà nước (SCIC)"). ``joins`` and ``closes`` allow each of the two."""
        t, n = self.t, self.n
        m = k
        while (
            m < n
            and m - k < _MAX_FIELD_TAIL
            and t[m].is_word
            and not t[m].cap
            and not t[m].text[0].isdigit()
            and t[m].lower != "và"
            and t[m].joined
        ):
            m += 1
        if m == k or m >= n:
            return k
        if (
            joins
            and m - k <= 2
            and t[m].lower in FIELD_JOINERS
            and (self.name_goes_on(m + 1) or self.trade_end(m + 1, True) > m + 1)
        ):
            return m
        if not closes or any(self.stop_at(x) for x in range(k, m)):
            return k
        place = self.at["places"].get(m)
        if (place is not None and len(place.key) > 1 and t[m].joined) or self._short_form_after(m):
            return m
        if self._brand_word(m):
            return m  # rule brand_closes_field: "Công ty Cảng cửa ngõ quốc tế Gemalink"
        return k

    def _brand_word(self, m: int) -> bool:
        """True when ``tokens[m]`` is a brand: one capitalised word of six letters or more
        written without Vietnamese letters ("Gemalink", "Vinamilk"; few Vietnamese
        syllables are), that no dictionary lists, ending the name."""
        t = self.t
        return (
            t[m].cap
            and t[m].joined
            and t[m].is_word
            and len(t[m].text) >= _BRAND_LETTERS
            and t[m].text.isascii()
            and t[m].lower not in self.lex.words
            and (m + 1 >= self.n or not t[m + 1].cap or not t[m + 1].joined)
        )

    def _short_form_after(self, end: int) -> bool:
        """True when an abbreviation in capitals stands in brackets right after ``end``."""
        t = self.t
        return (
            end + 2 < self.n
            and t[end].text == "("
            and t[end + 1].upper
            and t[end + 2].text in "),;"
        )

    def trade_end(self, k: int, trade: bool) -> int:
        """End of a lower-case business-line word at ``k`` that goes on a name (``k``: none).

        It goes on a name right after the head or another business-line word
        ("Công ty CP Tư vấn xây dựng điện"), not after a proper name: "Tập đoàn
        Hòa Phát sản xuất thép" ends at "Hòa Phát".
        """
        business = self.at["business_words"].get(k) if k < self.n else None
        if business is None or not trade or self.t[k].cap:
            return k
        return self.business_end(k, len(business.key))

    def business_end(self, k: int, size: int) -> int:
        """End of the business-line words of ``size`` tokens at ``k``, and of one that their
        last word opens: "Phát triển nhà" and "nhà ở" make "Phát triển Nhà ở"."""
        end = k + size
        while size > 1:
            chained = self.at["business_words"].get(end - 1)
            if chained is None or len(chained.key) < 2:
                break
            size = len(chained.key)
            end = end - 1 + size
        return end

    def counts_after(self, k: int) -> bool:
        """True when the number at ``k`` opens a figure or counts something: a unit, a time
        or a counted noun follows it ("Nhà máy Giấy Bãi Bằng 30 công nhân", "… 4 tổ máy")."""
        t, lex = self.t, self.lex
        if k + 1 >= self.n:
            return False
        one = t[k + 1].lower
        two = f"{one} {t[k + 2].lower}" if k + 2 < self.n and t[k + 2].joined else ""
        return one in lex.number_followers or one in lex.counted_nouns or two in lex.counted_nouns

    def line_number(self, k: int) -> bool:
        """True when ``k`` holds the number closing a name: "… giao thông 4", "… đô thị 10"."""
        t = self.t
        if not (t[k].text.isdigit() and len(t[k].text) <= 2 and t[k].joined):
            return False
        m = k + 1
        if m >= self.n:
            return True
        if t[m].lower in _COUNTED:
            return False  # "2 năm qua", "3 tháng đầu năm": a count
        # "2,5", "4/2025", "10.000": the number goes on
        return t[m].space_before or not (m + 1 < self.n and t[m + 1].text[0].isdigit())

    def ends_known_name(self, end: int) -> bool:
        """True when a known name (``known_name_end``) of two words or more ends at ``end``
        and opens the run of capitals ending there."""
        start = end - 1
        while start > 0 and self.t[start - 1].cap and self.t[start].joined:
            start -= 1
        return end - start > 1 and self.known_name_end(start) == end

    def known_name_end(self, i: int) -> int:
        """End of the longest name of the lexicon or the knowledge base (ministries, agencies,
        listed companies) that starts at ``i``; -1 when none does."""
        listed = self.at["orgs"].get(i)
        end = i + len(listed.key) if listed is not None else -1
        known = _known_names().longest(self.t, i)
        return max(end, known[0]) if known is not None else end

    def find_orgs(self) -> None:
        """Organisations opened by a head word, and listed organisations."""
        t = self.t
        heads, listed = self.at["org_heads"], self.at["orgs"]
        opens = sorted(heads.keys() | listed.keys())  # elsewhere a token opens nothing
        i = 0
        while i < self.n:
            if i not in heads and i not in listed:
                k = bisect_left(opens, i)
                i = opens[k] if k < len(opens) else self.n
                continue
            head = heads.get(i)
            place = self.at["places"].get(i)
            if place is not None and len(place.key) > 1 and place.tag != "district":
                head = None  # "Hội An", "Đài Loan", "Trường Sa" are places
            if head is not None and i in self.at["not_org_compounds"]:
                head = None  # "Vụ Đông Xuân" is a crop season, no department
            if head is not None and not self.shouting(i):
                j = i + len(head.key)
                end = -1
                committee = " ".join(head.key) in _PARTY_COMMITTEES
                if committee and j < self.n and self.is_person_run(j) and not self.only_place(j):
                    end = j  # "Bí thư Tỉnh ủy Hoàng Minh Tuấn": the secretary, not a name
                loose = head.tag in {"company", "school"}  # the head may be lower case
                generic = not t[i].cap or (t[i].sent_start and head.tag == "company")
                if (
                    end < 0
                    and j < self.n
                    and (
                        (t[i].cap or (loose and t[j].cap))
                        and not (
                            loose
                            and generic
                            and self.only_place(j)
                            and (head.tag != "school" or self.plural(i))
                            and not (t[i].cap and self.firm_head(i) and not self.major_place(j))
                        )  # "các trường THPT Hà Nội", not "trường ĐH Cần Thơ"
                    )
                    # "các tập đoàn FDI"; not "Công ty CP PET": a legal form names one company
                    and not (
                        head.tag == "company" and self.lone_concept(j) and not self.legal_head(i, j)
                    )
                ):
                    known_end = self.known_name_end(i)
                    end = self.org_body(j, head.tag, i in self.title_end, generic, known_end)
                if end < 0 and committee:
                    end = j
                known = self.at["orgs"].get(i)
                if end > 0 and known is not None and i + len(known.key) > end:
                    end = i + len(known.key)  # "Bộ Lao động-Thương binh và Xã hội"
                cued = not t[i].cap or self._long_cue(i, head)
                if end > 0 and cued and self.cued_name(i) == end:
                    # "ngân hàng Vietcombank": a cue, then the name alone; so opening a sentence
                    # after a cue longer than the head ("Công ty nghiên cứu thị trường …")
                    end = -1
                if (
                    end > j
                    and end < self.n
                    and " ".join(head.key) in self.lex.numbered_heads
                    and t[end - 1].cap
                    and self.line_number(end)
                    and not self.counts_after(end)
                ):
                    end += 1  # rule unit_number: "Nhà máy nhiệt điện Vĩnh Tân 4"
                named_end = end  # before the legal form: a known name ends there
                if end > 0 and head.tag == "company":
                    end = self.legal_form_after(end)
                if end > 0:
                    group = f"head:{i}"
                    if known is not None and i + len(known.key) == named_end:
                        group = f"org:{known.group}"
                    cand = _span(t, i, end, "ORG", PRIO_HEAD, group, core=j)
                    # the same name under another firm's head names the same firm ("Tập
                    # đoàn Hòa Phát"), not under a body's or an association's: "Sở Y tế" is
                    # not "Bộ Y tế", "Hiệp hội Dệt May Việt Nam" not "Tập đoàn Dệt May Việt Nam"
                    cand.shared_core = head.tag == "company" and self.firm_head(i)
                    self.cands.append(cand)
                    self._acronym_after(end, group)
                    i = end
                    continue
            known = self.at["orgs"].get(i)
            if (
                i in self.at["not_org_compounds"]
                or self.names_event(i, known)
                or (t[i].upper and self.among_places(i))  # "Hoa Kỳ, EU và Nhật Bản": a market
            ):
                known = None  # "Chính phủ điện tử" is e-government, "AFF Cup" a tournament
            if known is not None and t[i].is_word:
                end = i + len(known.key)
                if not (
                    i > 0
                    and t[i].joined
                    and t[i - 1].cap
                    and not t[i - 1].upper
                    and not self.stop_at(i - 1)  # "Theo VCCI": a sentence's first word
                ):
                    place = self.at["places"].get(end) if end < self.n and t[end].joined else None
                    group = f"org:{known.group}"
                    if place is not None:
                        # "Hòa Phát Dung Quất", "Viettel Hà Nội": a unit of the company
                        # named by its place, another entity than the company itself
                        group = (
                            f"{group}@{' '.join(x.lower for x in t[end : end + len(place.key)])}"
                        )
                        end += len(place.key)
                    start = i
                    if self.letters_before_known(i):  # "HD Hyundai": another company
                        # (no "org:" group: it may be the short form of a longer name)
                        start, group = i - 1, f"lead:{t[i - 1].lower}:{group}"
                    self.cands.append(_span(t, start, end, "ORG", PRIO_KNOWN, group=group))
                    self._acronym_after(end, group)
                    i = end
                    continue
            i += 1

    def legal_head(self, i: int, j: int) -> bool:
        """Whether the head ``tokens[i:j]`` names one company by its legal form ("Công ty
        CP", "Công ty TNHH"), not a kind of them ("các công ty CP")."""
        return not self.plural(i) and any(self.t[m].lower in _LEGAL_HEAD_WORDS for m in range(i, j))

    def lone_concept(self, j: int) -> bool:
        """Rule ``lone_concept``: an abbreviation that names no organisation ("FDI", "ODA",
        models/kb/not_org_abbreviations.txt) alone after a head word is a kind of body, no
        name ("các tập đoàn FDI", "doanh nghiệp PPP"); with a name after it, it may open one."""
        t = self.t
        if t[j].lower not in self.lex.not_orgs:
            return False
        k = j + 1
        return not (k < self.n and t[k].joined and (t[k].name_word or t[k].upper))

    def letters_before_known(self, i: int) -> bool:
        """Rule ``letters_before_known``: a short word in capitals right before a known
        organisation's name is part of another company's name ("HD Hyundai Việt Nam", "SK
        Innovation"), unless a title, a place, a unit or no organisation ("CEO", "EU")."""
        t = self.t
        k = i - 1
        return (
            k >= 0
            and t[i].joined
            and t[k].is_word
            and t[k].upper
            and 2 <= len(t[k].text) <= 4
            and t[k].lower not in self.lex.not_orgs
            and k not in self.cues
            and self.at["places"].get(k) is None
            and self.at["orgs"].get(k) is None  # "EU Samsung": two names
            and not self.measure_word(k)
            and not self.among_places(k)
        )

    def ends_word(self, i: int) -> bool:
        """True when ``tokens[i]`` ends a two-syllable dictionary word: "cảnh báo", "thông báo"."""
        t = self.t
        return i > 0 and t[i].joined and f"{t[i - 1].lower} {t[i].lower}" in self.lex.words

    def plural(self, i: int) -> bool:
        """True when a quantifier comes before ``i``: "các trường", "những công ty"."""
        return i > 0 and (self.t[i - 1].lower in _QUANTIFIERS or self.t[i - 1].text.isdigit())

    def cued_name(self, i: int) -> int:
        """End of a name announced by a lower-case cue at ``i`` (-1: none).

        "nhà mạng Mytel", "hãng Boeing", "quỹ Temasek", "tờ Nikkei Asia": a
        capitalised run of at most four words, or upper-case codes ("hãng LG"),
        that is neither a person's name nor only a place ("các ngân hàng Mỹ").
        """
        t = self.t
        cue = self.at["org_cues"].get(i)
        if cue is None or (t[i].cap and not t[i].sent_start):
            return -1
        if len(cue.key) == 1 and self.ends_word(i):
            return -1  # "cảnh báo Quy định": "báo" ends a word there, it names no newspaper
        j = i + len(cue.key)
        if j >= self.n or not t[j].joined or not t[j].cap or t[j].lower in self.lex.not_orgs:
            return -1
        head = self.at["org_heads"].get(i)
        if head is not None and len(head.key) > len(cue.key):
            return -1  # "Công ty Cổ phần …": a longer head, whose name the head rules read
        end = j
        while end < self.n and end - j < _MAX_NAME and (end == j or t[end].joined):
            if not (t[end].name_word or t[end].upper) or self.at["org_heads"].get(end):
                break
            end += 1
        if end == j or self.is_person_run(j) or self.only_place(j) or self.shouting(j):
            return -1
        if end < self.n and self.ends_word(end):
            return -1  # "Công ty Xây dựng lãi …": a capital opening a word, no name
        return end

    def _long_cue(self, i: int, head: Phrase) -> bool:
        """Whether a cue longer than ``head`` opens at ``i`` ("công ty nghiên cứu thị trường"
        over "Công ty"): what kind of firm follows, not the firm's name."""
        cue = self.at["org_cues"].get(i)
        return (
            cue is not None
            and len(cue.key) > len(head.key)
            and not any(x.cap for x in self.t[i + len(head.key) : i + len(cue.key)])
        )  # "Công ty Tư vấn Sao Mai": a field of the name

    def find_cued(self) -> None:
        """Names announced by a cue word: "nhà mạng Mytel", "sàn Shopee"."""
        for i in self.at["org_cues"]:
            end = self.cued_name(i)
            if end > 0:
                j = i + len(self.at["org_cues"][i].key)
                self.cands.append(_span(self.t, j, end, "ORG", PRIO_CUE))

    def team_end(self, i: int) -> int:
        """End of a national team's name opened by a team head at ``i`` (-1: none).

        Rule ``national_team``: "đội tuyển" (``team_heads.txt``), then the sport (tagged
        ``sport`` in ``org_domains.txt``), the side ("nam", "nữ") and the age group
        ("U23", "Olympic"), each where written, then a country or province, or, after a
        sport, "quốc gia": "đội tuyển điền kinh Việt Nam", "đội tuyển nữ Việt Nam",
        "Đội tuyển bắn súng quốc gia". Not after "các" ("các đội tuyển quốc gia"), nor
        with other words between ("đội tuyển thắng đậm Lào"), nor "đội tuyển quốc gia"
        alone, which names no team.
        """
        t, n = self.t, self.n
        if i > 0 and t[i - 1].lower in _PLURAL_WORDS:
            return -1
        k = i + len(self.at["team_heads"][i].key)
        sport = self.at["org_domains"].get(k) if k < n else None
        if sport is not None and sport.tag == "sport":
            k += len(sport.key)
        else:
            sport = None
        if k < n and t[k].lower in _SIDES and not t[k].cap:
            k += 1
        if k < n and _AGE_GROUP.fullmatch(t[k].text):
            k += 1
        if k >= n or not all(x.joined and x.is_word for x in t[i + 1 : k + 1]):
            return -1
        place = self.at["places"].get(k)
        if t[k].cap and place is not None and place.group in self.lex.major_places:
            return k + len(place.key)
        if sport is not None and t[k].lower == "quốc" and k + 1 < n and t[k + 1].lower == "gia":
            return k + 2
        return -1

    def find_teams(self) -> None:
        """National teams: "đội tuyển bóng chuyền nữ Việt Nam" (rule ``national_team``)."""
        for i in self.at["team_heads"]:
            end = self.team_end(i)
            if end > 0:
                self.cands.append(_span(self.t, i, end, "ORG", PRIO_HEAD))

    def legal_form_after(self, end: int) -> int:
        """Rule ``legal_form_tail``: a company's legal form in capitals after its name, with
        a dash or not, is part of the name ("Tổng Công ty Điện lực Dầu khí Việt Nam - CTCP",
        "Tổng công ty Cấp nước Sài Gòn TNHH MTV"); where the name ends with it."""
        t = self.t
        k = end + 1 if end < self.n and t[end].text in ("-", "–") else end
        for size in (2, 1):  # the longest form first: "TNHH MTV" before "TNHH"
            stop = k + size
            words = t[k:stop]
            if (
                stop <= self.n
                and all(w.upper for w in words)
                and " ".join(w.lower for w in words) in self.lex.legal_forms
                and (stop == self.n or not t[stop].is_word or t[stop].text == "(")
            ):
                return stop
        return end

    def find_suffixed(self) -> None:
        """Names ending in a company or club word: "Masan Group", "Hà Nội FC"."""
        t = self.t
        for k, suffix in self.at["org_suffixes"].items():
            if not t[k].cap or k == 0 or not t[k].joined:
                continue
            start = k
            while (
                start > 0
                and k - start < _MAX_NAME
                and t[start].joined
                and t[start - 1].cap
                and t[start - 1].is_word
                and start - 1 not in self.cues  # "CEO Viettel Global": a title, then the name
            ):
                start -= 1
            if start < k and t[start].sent_start and t[start].lower in self.lex.openers:
                start += 1  # "Theo SSI Research, …": the opener is no part of the name
            if start < k:
                end = k + len(suffix.key)
                cand = _span(t, start, end, "ORG", PRIO_KNOWN)
                cand.unit = suffix.tag == "unit"
                self.cands.append(cand)

    def _acronym_after(self, end: int, group: str) -> None:
        """An abbreviation or ticker in brackets right after a name: "(EVN)", "(mã: HPG)"."""
        t = self.t
        if end >= self.n or t[end].text != "(":
            return
        k = end + 1
        name_words = {t[j].lower for j in range(max(0, end - _SHORT_FROM_WORDS), end)}
        two = self._short_name_in_brackets(k, name_words)
        if two > k:  # "(DHC Lines)", "(StarViet Air)": a brand of two or three words
            self.cands.append(_span(t, k, two, "ORG", PRIO_KNOWN, group=group))
            return
        while k < self.n and (t[k].lower in _TICKER_LEADS or t[k].upper):
            if t[k].upper and k + 1 < self.n and (t[k + 1].text == ")" or self._exchange_at(k + 1)):
                break
            if self._code_after_lead(k):
                break  # "(mã cổ phiếu ABX, sàn HoSE)": the code after "mã", whatever follows
            k += 1
        if (
            k + 1 < self.n
            and (t[k].upper or (k == end + 1 and t[k].name_word))  # "(EVN)", "(Vicofa)"
            # closing the bracket, or before more about the name: "(Bidifco, mã: BFC)", or
            # a code after "mã" ("(mã VXS – HoSE)", "(mã: ABX; sàn HoSE)")
            and (
                t[k + 1].text == ")"
                or (k == end + 1 and t[k + 1].text in ",;")
                or (t[k].upper and self._exchange_at(k + 1))
                or self._code_after_lead(k)
            )
            and t[k].lower not in self.lex.not_orgs
            and not self.only_place(k)  # "Tập đoàn Boeing (Mỹ)": where it is from
        ):
            cand = _span(t, k, k + 1, "ORG", PRIO_KNOWN, group=group)
            cand.ce = cand.cs + len(t[k].text.split("-")[0])  # "(mã HPG-HOSE)": the ticker
            self.cands.append(cand)
            self.aliases.add(t[k].lower)

    def _code_after_lead(self, k: int) -> bool:
        """Whether ``tokens[k]`` is a code in capitals right after the words that announce a
        ticker ("mã", "mã CK:", "mã cổ phiếu"), not one of those words itself."""
        t = self.t
        return t[k].upper and t[k].lower not in _TICKER_LEADS and t[k - 1].lower in _TICKER_LEADS

    def _exchange_at(self, k: int) -> bool:
        """Whether a dash and a stock exchange stand at ``k``: "– HoSE", "- HNX"."""
        t = self.t
        return k + 1 < self.n and t[k].text in _DASHES and t[k + 1].lower in _EXCHANGES

    def _short_name_in_brackets(self, k: int, name_words: set[str]) -> int:
        """End of a short name of two or three words opening with an abbreviation, a
        camel-case word or a capitalised word of the name before the bracket (its last
        words, ``name_words``), closing a bracket at ``k`` ("DHC Lines", "StarViet Air",
        "PTSC M&C", "Tập đoàn Công nghệ Sao Bắc (Sao Bắc Tech)"), or of capitalised words
        without Vietnamese letters that hold an abbreviation or stand again later
        (``latin_brand``: "(Orient Sky)"); ``k`` when none (no place: "(Hải Phòng)")."""
        t = self.t
        first = t[k] if k < self.n else None
        if first is None or not (first.cap and first.is_word):
            return k
        end = k + 1
        while end < self.n and end - k < 3 and t[end].joined and t[end].cap:
            end += 1
        if not (
            (first.upper and len(first.text) >= 2)
            or _camel_case(first.text)
            or first.lower in name_words
            # rule brand_of_name: a capitalised word before the name's own last words, its
            # brand ("Công ty Cổ phần Phân bón Hòa Nam (Đạm Hòa Nam)")
            or self._ends_as_name(k, end)
            # rule latin_brand: capitalised words without Vietnamese letters, an English
            # brand beside the Vietnamese name, that holds an abbreviation or that the
            # article writes again ("(Alpha ECC)"; "Công ty … Hàng không Phương Đông (Orient
            # Sky)", then "Orient Sky khai thác …"; not a place or a person written in
            # English once: "(South Korea)", "(Peter Nguyen)")
            or (
                all(t[j].text.isascii() for j in range(k, end))
                and (any(t[j].upper for j in range(k, end)) or self._recurs(k, end))
            )
        ):
            return k
        if first.lower in _PLACE_ABBREVIATIONS or self.at["places"].get(k + 1) is not None:
            return k  # "(TP Sơn La)", "(TX Kỳ Anh)": a place, no brand
        if end - k < 2 or end >= self.n or t[end].text != ")" or self._only_places(k, end):
            return k  # "(Bắc Ninh)" after "Công ty Điện lực Bắc Ninh", "(Phú Lộc Huế)": places
        return end

    def _ends_as_name(self, k: int, end: int) -> bool:
        """Whether the words after the first of ``tokens[k:end]``, in a bracket opened at
        ``k - 1``, are the last words of the name that ends before the bracket."""
        t, size = self.t, end - k - 1
        return (
            size >= 1
            and k - 1 - size >= 0
            and all(t[k + 1 + m].lower == t[k - 1 - size + m].lower for m in range(size))
        )

    def _recurs(self, k: int, end: int) -> bool:
        """Whether the words ``tokens[k:end]`` stand again, in the same order, after them."""
        t = self.t
        words = [x.lower for x in t[k:end]]
        size = len(words)
        return any(
            t[i].lower == words[0] and [x.lower for x in t[i : i + size]] == words
            for i in range(end + 1, self.n - size + 1)
        )

    def _only_places(self, k: int, end: int) -> bool:
        """Whether listed places, one after another, fill ``tokens[k:end]``."""
        while k < end:
            place = self.at["places"].get(k)
            if place is None:
                return False
            k += len(place.key)
        return k == end

    def shouting(self, i: int) -> bool:
        """True when ``tokens[i]`` is part of a heading in capitals: "KHAI MẠC HỘI CHỢ"."""
        return self.headings[i]

    def measure_word(self, i: int) -> bool:
        """True when the abbreviation at ``i`` is a time zone or a unit, not a name.

        A time zone carries its offset ("GMT+7", "UTC-5"); a unit or currency
        follows a number ("500 MW", "120 CNY").
        """
        t = self.t
        zone = (
            i + 2 < self.n
            and t[i + 1].text in "+-−"
            and not t[i + 1].space_before
            and t[i + 2].text[0].isdigit()
            and not t[i + 2].space_before
        )
        return zone or (i > 0 and t[i - 1].text[0].isdigit() and t[i].space_before)

    def among_places(self, i: int) -> bool:
        """True when an abbreviation at ``i`` is listed beside places: "Hoa Kỳ, EU và Nhật Bản"."""
        t = self.t
        before = i > 1 and t[i - 1].lower in {",", "và"} and i - 1 in self.place_ends
        after = i + 2 < self.n and t[i + 1].lower in {",", "và"} and self.firm_place(i + 2)
        return before or after

    def find_joined_names(self) -> None:
        """Rule ``ampersand``: two capitalised names joined by a spaced "&" name one
        organisation ("Bain & Company", "Pratt & Whitney"), not two places, known
        organisations or persons ("Hà Nội & TP.HCM", "Grab & Be"); a sentence's opener or a
        cue word before it is no part of it ("Theo", "Hãng"), a company's head is ("Công ty
        Luật Baker & McKenzie")."""
        t = self.t
        org_at_end: dict[int, Cand] = {}  # the organisation that starts first, by its end
        for c in self.cands:
            if c.label == "ORG" and (c.end not in org_at_end or c.start < org_at_end[c.end].start):
                org_at_end[c.end] = c
        for k in self.ampersands:
            if not t[k].space_before or k + 1 >= self.n:
                continue
            if not t[k + 1].space_before:
                continue
            start = k
            while (
                start > 0
                and k - start < 3
                and t[start - 1].cap
                and t[start - 1].is_word
                and (start == k or t[start].joined)
            ):
                start -= 1
            while start < k and (
                (t[start].sent_start and t[start].lower in self.lex.openers)
                or start in self.at["org_cues"]
                or start in self.at["person_cues"]
            ):
                start += 1
            end = k + 1
            while (
                end < self.n
                and end - k <= 3
                and t[end].cap
                and t[end].is_word
                and (end == k + 1 or t[end].joined)
            ):
                end += 1
            if start == k or end == k + 1:
                continue
            if (
                any(
                    self.at[kind].get(x) is not None
                    for kind in ("places", "orgs")
                    for x in (start, k + 1)
                )
                or self.is_person_run(start)
                or self.is_person_run(k + 1)
            ):
                continue  # "Grab & Be", "Nguyễn Văn An & Trần Văn Bình": two of them
            heads = (org_at_end.get(x) for x in range(start + 1, k + 1))
            head = next((h for h in heads if h is not None and h.start < start), None)
            if head is not None:
                start = head.start  # "Công ty Luật Baker & McKenzie"
            self.cands.append(_span(t, start, end, "ORG", PRIO_KNOWN))

    def find_acronyms(self) -> None:
        """Upper-case abbreviations that are not known non-organisations ("TFC").

        An abbreviation defined after a lower-case phrase ("chuẩn quốc gia (CQG)")
        abbreviates a thing, not an organisation.
        """
        t = self.t
        things = {
            t[i].lower
            for i in self.in_capitals
            if 2 <= i < self.n - 1 and t[i - 1].text == "(" and t[i + 1].text == ")"
            if t[i - 2].is_word and not t[i - 2].cap
        }
        for i in sorted({*self.capitalised, *self.in_capitals}):  # the others propose nothing
            tok = t[i]
            if not tok.is_word or tok.lower in things or tok.lower in self.lex.not_orgs:
                continue
            if tok.upper:
                if (
                    3 <= len(tok.text) <= 8
                    and not self.shouting(i)
                    and not self.measure_word(i)
                    and i not in self.cues  # "TTK", "CEO": a title
                    and not _ACCENTED.search(tok.text)  # "ĐÔNG": a word in capitals
                    and not self.among_places(i)
                    and not (i + 1 < self.n and t[i + 1].joined and self.event_at(i + 1))
                    and not self.event_at(i)  # "ASIAD": an event's own name
                    and not _ROMAN.match(tok.text)
                    and self.at["places"].get(i) is None
                    and not any(c.isdigit() or c == "-" for c in tok.text)
                ):
                    self.cands.append(_span(t, i, i + 1, "ORG", PRIO_WEAK))
            elif tok.cap and _camel_case(tok.text):  # "WinCommerce"
                self.cands.append(_span(t, i, i + 1, "ORG", PRIO_WEAK))

    # -------------------------------------------------------------- locations
    def find_places(self) -> None:
        """Listed places, and names after a place word ("huyện Xuân Lộc")."""
        # only where a listed place or a place word starts: elsewhere both do nothing
        for i in sorted(self.at["places"].keys() | self.at["place_words"].keys()):
            listed_end = self._listed_place(i)
            self._place_after_word(i, listed_end)

    def _listed_place(self, i: int) -> int:
        """Propose the listed place starting at ``i``; return its end (-1: none)."""
        t = self.t
        place = self.at["places"].get(i)
        if place is None:
            return -1
        end = i + len(place.key)
        if not any(x.cap for x in t[i:end]):
            return -1
        if (place.tag == "district" and not self.locative(i, end)) or i in self.currency_ends:
            return -1
        if i > 0 and t[i - 1].lower == _LANGUAGE_WORD:
            return -1  # "tiếng Anh", "tiếng Nhật": a language, no place
        if len(place.key) == 1 and (
            # inside a longer name; not after a function word capitalised as a sentence's
            # first ("Ở Indonesia, …", "Tại Malaysia, …")
            (
                i > 0
                and t[i].joined
                and t[i - 1].name_word
                and not (t[i - 1].sent_start and self.stop_at(i - 1))
            )
            or (end < self.n and t[end].joined and t[end].name_word)
            # the first syllable of a word: "Ở Thái miếu" (a temple), "Mỹ thuật"
            or (
                end < self.n
                and t[end].joined
                and t[end].is_word
                and f"{t[i].lower} {t[end].lower}" in self.lex.words
            )
            or self.at["not_loc_compounds"].get(i) is not None
            or (t[i].sent_start and self.is_honorific_cue(i))
        ):
            return -1
        self.cands.append(_span(t, i, end, "LOC", PRIO_PLACE, group=f"loc:{place.group}"))
        return end

    def word_end(self, k: int) -> int:
        """End of the dictionary word opened by ``tokens[k]`` ("Xuất nhập khẩu"), else k + 1.

        The words come from underthesea's Viet74K dictionary; a proper name
        ("Vàng thế giới", "Masan giảm") is no word of it.
        """
        t, words = self.t, self.lex.words
        for size in (4, 3, 2):
            stop = k + size
            if stop > self.n or not all(
                t[m].is_word and not t[m].cap and t[m].joined for m in range(k + 1, stop)
            ):
                continue
            if " ".join(x.lower for x in t[k:stop]) in words:
                return stop
        return k + 1

    def run_word_end(self, k: int) -> int:
        """End of a dictionary word that a capital inside a run of capitals opens and that
        ends the name ("Hội đồng Vàng Thế giới (WGC)", "… Thế giới cho biết"), else k + 1:
        one that more lower-case words follow is the name's end and a verb ("Hòa Phát triển
        khai …")."""
        end = self.word_end(k)
        if end > k + 1 and end < self.n and self.t[end].is_word and not self.t[end].cap:
            return end if self.stop_at(end) else k + 1
        return end

    def only_place(self, k: int) -> bool:
        """True when a listed place is all the name at ``k``: "trung tâm Hà Nội" is no org."""
        place = self.at["places"].get(k)
        return place is not None and k + len(place.key) >= name_run(self.t, k)

    def listed_exactly(self, i: int, end: int) -> bool:
        """True when a listed place covers exactly ``[i, end)``."""
        place = self.at["places"].get(i)
        return place is not None and i + len(place.key) == end

    def locative(self, i: int, end: int) -> bool:
        """True when the context of ``[i, end)`` says it is a place ("tại X", "X (Y)", "X, Y")."""
        t = self.t
        if i > 0 and t[i - 1].lower in _LOCATIVE:
            return True
        if end + 1 < self.n and t[end].text in ",(" and t[end + 1].lower in self.place_starts:
            return True
        # one of a list of listed places: "Yên Bình, Lục Yên và Văn Yên"
        if self.sentence_of(i) in self.sport_sentences:
            return False
        listed = self.at["places"]
        return (i > 1 and t[i - 1].lower in {",", "và"} and i - 1 in self.place_ends) or (
            end + 1 < self.n and t[end].lower in {",", "và"} and end + 1 in listed
        )

    def _place_after_word(self, i: int, listed_end: int) -> None:
        """Propose a name after a place word at ``i`` ("xã Phú An", "quận 7", "H.Cai Lậy")."""
        t = self.t
        pw = self.at["place_words"].get(i)
        if pw is None or not (
            not t[i].cap or t[i].sent_start or pw.tag in {"abbr", "unit", "facility"}
        ):
            return  # "Hồ Chí Minh" is not the lake "hồ Chí Minh"
        outer = self.at["place_words"].get(i - 1) if i > 0 else None
        if pw.tag == "feature" and outer is not None and len(outer.key) > 1:
            return  # "miền núi Bắc Bộ": the region, read from "miền núi"
        if len(pw.key) == 1 and not t[i].cap and self.ends_word(i):
            return  # "nông thôn Đắk Lắk": the place word ends a word, it names no village
        j = i + len(pw.key)
        numbered = pw.key[0] in {"quận", "phường", "ấp", "q", "p", "khu"}
        if not (
            j < self.n
            and (t[j].cap or (numbered and t[j].text.isdigit()))
            and (pw.tag == "abbr" or t[j].space_before)
            and not t[j].line_start  # "… khu công nghiệp\n\nTrong 9 tháng": no name
        ):
            return
        end = self.place_end(j, numbered)
        tag = pw.tag
        if tag == "facility":
            if self._generic_facility(i, j, end):
                tag = "area"  # "các khu công nghiệp Bắc Ninh", "CẢNG HÀNG KHÔNG NỘI BÀI"
            else:
                end = self._facility_end(j)
        if end <= j or listed_end >= end or (end - j == 1 and self.is_honorific_cue(j)):
            return
        if not numbered and all(_ROMAN.match(x.text) for x in t[j:end]):
            return  # "vùng I", "vùng IV": a zone of a rule (the minimum wage), no place
        if end - j == 1 and self.word_end(j) > end and j not in self.at["places"]:
            return  # "bản Ghi nhớ", "xã Hội": a word that goes on in lower case, no name
        # "P. Bến Nghé" → "Bến Nghé"; a number is no name alone: "Q.1", "P. 2" stay whole
        start = j if tag == "abbr" and not t[j].text.isdigit() else i
        inner = self.at["places"].get(j)
        group = ""
        if inner is not None and j + len(inner.key) == end and tag not in _NAMED_AFTER:
            group = f"loc:{inner.group}"  # "thành phố Cần Thơ"; not the river "sông Cần Thơ"
            if tag == "area":
                start = j  # rule area_word: "cảng biển Quy Nhơn" names the city
        elif tag == "facility":
            # this mention's own key: its name written alone later joins it ("Cát Bi"),
            # another facility of the same name does not ("cụm cảng Nam Đình Vũ")
            group = f"fac:{t[start].start}"
        self.cands.append(_span(t, start, end, "LOC", PRIO_PLACE, group))
        self._listed_after(end)

    def _generic_facility(self, i: int, j: int, end: int) -> bool:
        """Whether the facility word at ``i`` names the place after it, ``t[j:end]``, rather
        than a facility of its own: after "các"/"những" ("các khu công nghiệp Bắc Ninh"), in
        a heading written in capitals, or before a province or a country alone ("cảng Hải
        Phòng", "các cảng Việt Nam"), unless it is an international one ("Sân bay quốc tế
        Đà Nẵng")."""
        t = self.t
        if i > 0 and t[i - 1].lower in _PLURAL_WORDS:
            return True
        if self.shouting(i):
            return True
        if "quốc tế" in " ".join(t[k].lower for k in range(i, j)):
            return False  # "Sân bay quốc tế Đà Nẵng": one airport, not the city's
        inner = self.at["places"].get(j)
        return (
            inner is not None and j + len(inner.key) == end and inner.group in self.lex.major_places
        )

    def _facility_end(self, j: int) -> int:
        """Where a facility's name that opens at ``j`` ends (``j`` when it is unclear: a
        person's name follows, "… Liên Khương Nguyễn Văn An"): its capitalised words, not a
        province or country written after them ("KCN Tân Trường 2 Hải Dương"), a weekday
        nor a title ("Tân Sơn Nhất Chủ nhật"); then a number that closes the name ("Khu
        công nghiệp Nhơn Trạch 3"; not a figure, "sân bay Long Thành 16 tỷ USD", nor a time,
        "Phú Quốc 11 tháng") or a code ("KCN Yên Phong II-C", "Phố Nối A"); a foreign name
        (with a word in capitals) may go on in capitalised words ("WHA Industrial Zone
        1")."""
        t = self.t
        end = j
        inside = j  # the end of a listed place the name holds ("Phú Mỹ", not "Mỹ")
        while (
            end < self.n
            and end - j < _MAX_NAME
            and (end == j or t[end].joined)
            and t[end].cap
            and not t[end].text[0].isdigit()
            and _CODE.fullmatch(t[end].text) is None
        ):
            place = self.at["places"].get(end)
            if (
                end > j
                and end >= inside
                and place is not None
                and place.group in self.lex.major_places
                and len(place.key) > 1  # "Khu công nghiệp Tân Đức": a syllable of the name
            ):
                break  # "khu công nghiệp Hòa Khánh Đà Nẵng": the city is a place of its own
            if place is not None:
                inside = max(inside, end + len(place.key))
            if end > j and self.is_person_run(end):
                return j  # "Cảng hàng không Liên Khương Nguyễn Văn An": where the name stops
                # is not clear: no facility
            if end > j and (end in self.cues or t[end].lower in _DAY_WORDS):
                break  # "Sân bay Tân Sơn Nhất Chủ nhật …", "… Nội Bài Thủ tướng …"
            end += 1
        start = end
        foreign = any(t[k].upper for k in range(j, end))
        while end < self.n and end - start < _MAX_NAME and t[end].joined:
            tok = t[end]
            if tok.text.isdigit():
                if len(tok.text) > 2 or (
                    end + 1 < self.n and t[end + 1].lower in self.lex.number_followers
                ):
                    break  # "150 ha", "16 tỷ USD", "11 tháng": a figure or a time
            elif _CODE.fullmatch(tok.text) is None and not (tok.cap and foreign):
                break  # a word of the next clause or a year ("2025")
            if self.is_person_run(end):
                break
            foreign = foreign or tok.upper
            end += 1
        return end

    def _listed_after(self, k: int) -> None:
        """Names listed after a place word share it: "các huyện Di Linh, Lâm Hà và Bảo Lộc"."""
        t = self.t
        while k + 1 < self.n and t[k].lower in {",", "và"}:
            end = name_run(t, k + 1, 3)
            if (
                end == k + 1
                or (
                    end < self.n
                    and t[end].is_word
                    and not self.stop_at(end)
                    and t[end].lower != "và"
                )
                or (self.is_person_run(k + 1) and not self.listed_exactly(k + 1, end))
                or any(
                    k + 1 in self.at[m] for m in ("person_cues", "org_heads", "orgs", "place_words")
                )  # "P. Bến Nghé, Q.1": the next place has its own word
            ):
                return
            self.cands.append(_span(t, k + 1, end, "LOC", PRIO_PLACE))
            k = end

    def is_honorific_cue(self, i: int) -> bool:
        """True when an honorific ("Anh", "Bà") is at ``i``."""
        cue = self.cues.get(i)
        return cue is not None and cue.tag == "honorific"

    # ---------------------------------------------------------------- persons
    def find_persons(self) -> None:
        """Names after an office or a cue, names shaped like names, bylines."""
        orgs_at = {c.start: c.end for c in self.cands if c.label == "ORG"}
        t = self.t
        for end in orgs_at.values():  # "Sở Công Thương Lê Thị Hoa": office, then holder
            if end < self.n and t[end].joined and self.holder_at(end):
                self.cands.append(_span(t, end, name_run(t, end), "PER", PRIO_CUE))
        tails = self.org_name_tails()  # the persons' rules add no organisation
        names = self.org_names()
        self._persons_after_cues(orgs_at, tails, names)
        self._persons_by_shape(tails, names)
        self.find_capital_bylines()

    def org_names(self) -> set[tuple[str, ...]]:
        """The organisation names found so far, lower case: no person is written so."""
        t = self.t
        return {tuple(x.lower for x in t[c.start : c.end]) for c in self.cands if c.label == "ORG"}

    def org_name_tails(self) -> set[tuple[str, ...]]:
        """The capitalised ends of two words or more of the organisation names found so far,
        lower case ("châu giang" of "Công ty CP BOT Cao tốc Châu Giang")."""
        t = self.t
        return {
            tuple(w.lower for w in t[k : c.end])
            for c in self.cands
            if c.label == "ORG" and c.core_start >= 0
            for k in range(self.capital_tail(c.core_start, c.end), c.end - 1)
        }

    def _persons_after_cues(
        self, orgs_at: dict[int, int], tails: set[tuple[str, ...]], org_names: set[tuple[str, ...]]
    ) -> None:
        """Names after "ông", "Bộ trưởng Bộ X", "Tổng thống Mỹ", "Ảnh:"; ``tails``: the
        organisation names' ends (``org_name_tails``); ``org_names``: the names themselves
        (``org_names``): a title before one names the body, not a person ("Tổng giám đốc Kim
        Hải Port" after "… Kim Hải (Kim Hải Port)")."""
        t = self.t
        for i, cue in self.cues.items():
            j = i + len(cue.key)
            if cue.tag == "honorific" and t[i].cap and not t[i].sent_start:
                continue
            if j >= self.n:
                continue
            if cue.tag == "credit" and j + 1 < self.n and t[j].upper and t[j + 1].text in "/-":
                j += 2  # "Ảnh: VGP/Nhật Bắc"
            if cue.tag in _TITLES:
                j = orgs_at.get(j, j)
                if self.org_tail(j) in tails:
                    continue  # "Tổng giám đốc Tân Hưng Thịnh": the company named before
                country = self.at["places"].get(j)
                if country is not None and name_run(t, j) - j > max(2, len(country.key)):
                    j += len(country.key)  # "Tổng thống Mỹ Donald Trump", not "ca sĩ Mỹ Tâm"
                domain = self.at["org_domains"].get(j) if j < self.n else None
                if domain is not None:
                    j += len(domain.key)
            if j >= self.n or (not t[j].space_before and cue.tag != "credit"):
                continue
            end = name_run(t, j)
            if end == j and cue.tag == "credit":
                end = self.capital_name_end(j)  # "Ảnh: NGUYỄN HOÀNG"
            if end == j or end - j > _MAX_NAME or (end - j == 1 and t[j].lower in self.aliases):
                continue
            if cue.tag in _TITLES and tuple(x.lower for x in t[j:end]) in org_names:
                continue
            listed = self.at["orgs"].get(j)
            if self.firm_place(j):
                listed = self.at["places"][j]
            if cue.tag != "honorific" and listed is not None and j + len(listed.key) >= end:
                continue
            if cue.tag == "credit" and end - j == 1 and _camel_case(t[j].text):
                continue  # "Ảnh: TradingView": a source, not a photographer
            if self.no_person_here(j, end):
                continue
            if (
                end - j == 1
                and cue.tag in _TITLES
                and end < self.n
                and t[end].is_word
                and not t[end].cap
                and not self.stop_at(end)
            ):
                continue  # "Bộ trưởng Tài chính": a field, not a name
            if (
                end - j == 1
                and cue.tag in _TITLES
                and self.at["org_heads"].get(j) is not None
                and (end >= self.n or not t[end].is_word)
            ):
                continue  # "Phó Giám đốc Sở, …": the office named before, not a name; but
                # "Phó Chủ tịch Trường cho biết" names a person
            self.cands.append(_span(t, j, end, "PER", PRIO_CUE))

    def no_person_here(self, start: int, end: int) -> bool:
        """True when the run ``[start, end)`` cannot be a person's name.

        After a word naming a street, field or country ("mỏ Bạch Hổ", "xứ sở
        “Triệu Voi”"); inside a title ("Phó Chủ tịch"); an event ("World Cup",
        "Olympic Los Angeles").
        """
        t = self.t
        before = start - 1 if start > 0 and t[start - 1].text in "“\"'‘" else start
        cue = self.cues.get(start)
        return (
            before in self.not_person_after
            or (end - start <= 2 and self._listed_after_no_person(start, end))
            or self.street_in_address(start, end)
            or (cue is not None and cue.tag != "honorific" and start + len(cue.key) > end)
            or self.event_at(end - 1)
            or self.event_at(start)  # "Olympic Los Angeles 2028": an event opens the run
            or (end < self.n and t[end].joined and self.event_at(end))
        )

    def _listed_after_no_person(self, start: int, end: int) -> bool:
        """True when the run ``[start, end)`` is a member of a list ("và" before it, or a
        joiner after it) that opens after a word after which no person is named ("tại An
        Thới, Dương Đông và Hàm Ninh": places; not "Sinh ra ở Nam Định, Trần Văn Khánh …")."""
        t = self.t
        if start < 2 or (
            t[start - 1].lower != "và" and not (end < self.n and t[end].lower in LIST_JOINERS)
        ):
            return False
        k = start
        for _ in range(MAX_LIST_MEMBERS):
            if k < 2 or t[k - 1].lower not in LIST_JOINERS:
                return False
            first = k - 1
            while first > 0 and k - 1 - first < _MAX_NAME and t[first - 1].cap:
                first -= 1
            if first == k - 1:
                return False  # no name before the joiner
            if first in self.not_person_after:
                return True
            k = first
        return False

    def street_in_address(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` is the street of an address: "số 5 Lê Duẩn, P. Bến Nghé".

        The run follows a house number that follows "số", or a house number and
        is followed by a comma and a place word.
        """
        t = self.t
        if start < 1 or not t[start - 1].text[0].isdigit() or not t[start].joined:
            return False
        numbered = start > 1 and t[start - 2].lower in {"số", "/"}
        then_place = end + 1 < self.n and t[end].text == "," and end + 1 in self.at["place_words"]
        return numbered or then_place

    def names_event(self, i: int, known: Phrase | None) -> bool:
        """True when a listed name at ``i`` opens an event's name: "AFF Cup", "ASEAN Summit"."""
        end = i + len(known.key) if known is not None else i
        return end > i and end < self.n and self.t[end].joined and self.event_at(end)

    def event_at(self, k: int) -> bool:
        """True when ``tokens[k]`` ends an event's name: "Cup", "Games", "Expo"."""
        return self.t[k].cap and self.t[k].lower in self.lex.event_words

    def _persons_by_shape(
        self, org_tails: set[tuple[str, ...]], org_names: set[tuple[str, ...]]
    ) -> None:
        """Runs opened by a family or given name, described by a title or age, bylines.

        Two words that end an organisation's name of the article name that organisation,
        no person: "Theo Châu Giang, …" after "Công ty CP BOT Cao tốc Châu Giang"; nor does
        a run written as one of ``org_names``.
        """
        t = self.t
        org_ends = {c.start: c.end for c in self.cands if c.label == "ORG"}
        for i in self.capitalised:  # a name word is capitalised
            if not t[i].name_word or (i > 0 and t[i].joined and t[i - 1].name_word):
                continue
            start = i
            end = name_run(t, start)
            if t[start].sent_start and (
                t[start].lower in self.lex.openers or self.is_honorific_cue(start)
            ):
                start += 1
            known = self.at["orgs"].get(start) or self.at["places"].get(start)
            if start < org_ends.get(start, start) < end:
                start = org_ends[start]  # "Viettel Global Đỗ Mạnh Hùng": the company first
            elif known is not None and start + len(known.key) < end:
                start += len(known.key)  # "Vingroup Phạm Nhật Vượng"
            if start >= end or self.no_person_here(start, end):
                continue
            if tuple(w.lower for w in t[start:end]) in org_names:
                continue  # a headline's "Sóng Xanh Seafood", the company's brand in brackets
            if end - start == 2 and tuple(w.lower for w in t[start:end]) in org_tails:
                continue  # (a whole name of three words stays a person's)
            if (
                self.listed_exactly(start, end)
                and self.sentence_of(start) not in self.sport_sentences
                and not self.described_as_person(end)
                and not self._last_line(i, end)
            ):
                pass  # "Yên Bình", "Thái Nguyên": a listed place needs a cue to be a person
            elif (t[start].lower in self.lex.surnames and 2 <= end - start <= _MAX_NAME) or (
                2 <= end - start <= 3
                and (t[start].lower in self.lex.given_names or self.described_as_person(end))
            ):
                self.cands.append(_span(t, start, end, "PER", PRIO_SURNAME))
            elif (
                2 <= end - start <= 3
                and self.sentence_of(start) in self.sport_sentences
                and not any(start in self.at[m] for m in ("orgs", "org_heads"))
                and not self.firm_place(start)
            ):
                self.cands.append(_span(t, start, end, "PER", PRIO_WEAK))  # "là Việt Hưng"
            elif (
                t[i].line_start
                and 2 <= end - (by := self._byline_start(i)) <= 3
                and self._line_ends(end)
            ):
                self.cands.append(_span(t, by, end, "PER", PRIO_SURNAME))  # a byline

    def _byline_start(self, i: int) -> int:
        """Where a byline's name opens on the line ``i`` opens: after "Theo" ("Theo Hải
        Đăng": the source's writer), else at ``i``."""
        return i + 1 if self.t[i].lower in _BYLINE_LEADS else i

    def capital_tail(self, start: int, end: int) -> int:
        """Where the capitalised words ending ``[start, end)`` begin (``end`` when none)."""
        k = end
        while k > start and self.t[k - 1].cap:
            k -= 1
        return k

    def org_tail(self, k: int) -> tuple[str, ...]:
        """The run of name words at ``k``, lower case: compared with organisation names."""
        return tuple(w.lower for w in self.t[k : name_run(self.t, k)])

    def capital_name_end(self, k: int) -> int:
        """End of a name written in capitals ("NGUYỄN HOÀNG"), 2–4 words; ``k`` when none."""
        t = self.t
        end = k
        while end < self.n and end - k < _MAX_NAME and t[end].upper and (end == k or t[end].joined):
            end += 1
        if end - k < 2 or (end < self.n and t[end].upper and t[end].joined):
            return k
        return end

    def find_capital_bylines(self) -> None:
        """A line holding only a name in capitals: "NGUYỄN HOÀNG", "NHẬT HUỲNH", "A.ĐÔNG".

        The name holds a family name, or opens with an initial ("A.ĐÔNG").
        """
        t = self.t
        for i in self.line_starts:
            tok = t[i]
            if (
                len(tok.text) == 1
                and tok.cap
                and i + 2 < self.n
                and t[i + 1].text == "."
                and t[i + 2].upper
                and not t[i + 2].space_before
            ):  # an initial: "A.ĐÔNG"
                end = i + 3
                if self._line_ends(end) and _ACCENTED.search(t[i + 2].text):
                    self.cands.append(_span(t, i, end, "PER", PRIO_SURNAME))
            elif tok.upper:
                end = self.capital_name_end(i)
                if (
                    end > i
                    and self._line_ends(end)
                    and (t[i].lower in self.lex.surnames or t[end - 1].lower in self.lex.surnames)
                    and not self.listed_exactly(i, end)  # "HÀ NỘI": a heading
                ):
                    self.cands.append(_span(t, i, end, "PER", PRIO_SURNAME))

    def branches(self, cands: list[Cand]) -> list[Cand]:
        """Rule ``branch``: an organisation's branch named by its place ("Agribank chi nhánh
        Cần Thơ", "NHCSXH chi nhánh tỉnh Thanh Hóa", "Chi nhánh Ngân hàng Chính sách xã hội
        tỉnh Bắc Ninh") is an organisation of its own, a unit of the one it names (no long
        form of it)."""
        t = self.t
        out = []
        for c in cands:
            if (
                c.label == "ORG"
                and c.start >= 2
                and t[c.start - 2].text == "Chi"
                and t[c.start - 1].lower == "nhánh"
                and t[c.start - 1].joined
                and t[c.start].joined
                and self.ends_with_place(c.start, c.end)
            ):
                # "Chi nhánh" in capitals opens the name of a branch that ends with its place
                cand = _span(t, c.start - 2, c.end, "ORG", PRIO_HEAD)
                cand.unit = True
                out.append(cand)
                continue
            k = c.end
            if c.label != "ORG" or k + 2 >= self.n:
                continue
            if t[k].lower != "chi" or t[k + 1].lower != "nhánh" or not t[k + 1].joined:
                continue
            k += 2
            word = self.at["place_words"].get(k)
            if word is not None and word.tag == "unit":
                k += len(word.key)  # "chi nhánh tỉnh Thanh Hóa"
            place = self.at["places"].get(k)
            if place is None:
                continue
            cand = _span(t, c.start, k + len(place.key), "ORG", PRIO_HEAD)
            cand.unit = True
            out.append(cand)
        return out

    def ends_with_place(self, start: int, end: int) -> bool:
        """True when a listed place ends ``tokens[start:end]`` ("… tỉnh Bắc Ninh")."""
        places = self.at["places"]
        return any(
            (place := places.get(k)) is not None and k + len(place.key) == end
            for k in range(start + 1, end)
        )

    def firm_head(self, k: int) -> bool:
        """True when the organisation head at ``k`` is a firm's ("Công ty Cổ phần", "Tập
        đoàn", "Ngân hàng"; not "Hiệp hội", "Nhà máy")."""
        head = self.at["org_heads"].get(k)
        return head is not None and head.key in self.lex.firm_head_keys

    def major_place(self, k: int) -> bool:
        """True when a province or a country starts at ``k`` ("Ngân hàng Việt Nam" opening a
        sentence speaks of the country's banks; "Hợp tác xã Tân Phú" names one)."""
        place = self.at["places"].get(k)
        return place is not None and place.group in self.lex.major_places

    def firm_place(self, k: int) -> bool:
        """True when a listed place starts at ``k`` that needs no context (not a district)."""
        place = self.at["places"].get(k)
        return place is not None and place.tag != "district"

    def sentence_of(self, k: int) -> int:
        """The index of the sentence holding ``tokens[k]``."""
        return self.sentence_ids[k]

    def described_as_person(self, k: int) -> bool:
        """True when a title or an age follows a name: "Tim Cook, CEO…", "A (45 tuổi)"."""
        t = self.t
        if k + 1 >= self.n or t[k].text not in ",(":
            return False
        cue = self.cues.get(k + 1)
        if t[k].text == "," and cue is not None and cue.tag in _TITLES:
            return True
        return t[k].text == "(" and (
            t[k + 1].lower in {"sinh", "sn"}
            or (k + 2 < self.n and t[k + 1].text.isdigit() and t[k + 2].lower == "tuổi")
        )

    def _last_line(self, i: int, end: int) -> bool:
        """Whether ``tokens[i:end]`` is the whole of the text's last line, but for an agency in
        brackets after it ("Thanh Hà (TTXVN)"): a byline, though a place bears the name."""
        t = self.t
        if not t[i].line_start or end - i < 2 or not self._line_ends(end):
            return False
        k = end
        while k < self.n and not t[k].line_start:
            k += 1
        return k >= self.n

    def _line_ends(self, k: int) -> bool:
        """True when a byline ends at ``k``: end of line, or a date follows."""
        t = self.t
        if k < self.n and t[k].text == "(":  # "Thu Hằng (TTXVN)"
            while k < self.n and t[k].text != ")" and not t[k].line_start:
                k += 1
        if k < self.n and t[k].text in ".)":
            k += 1
        if k + 2 < self.n and t[k].text.isdigit() and t[k + 1].text == "/":
            return True  # "Vân Anh 15/09/2023 - 18:45"
        return k >= self.n or t[k].line_start


def resolve(cands: list[Cand], taken: list[bool] | None = None) -> list[Cand]:
    """Keep the longest, then most trusted, candidates that do not overlap.

    Args:
        cands: the proposals.
        taken: characters already covered (updated in place), or None.

    Returns:
        The kept candidates in text order.
    """
    if not cands:
        return []
    size = max(c.ce for c in cands)
    if taken is None:
        taken = [False] * size
    elif len(taken) < size:
        taken.extend([False] * (size - len(taken)))
    kept = []
    for c in sorted(cands, key=lambda c: (-(c.ce - c.cs), -c.prio, c.cs)):
        if any(taken[c.cs : c.ce]):
            continue
        taken[c.cs : c.ce] = [True] * (c.ce - c.cs)
        kept.append(c)
    kept.sort(key=lambda c: c.cs)
    return kept
