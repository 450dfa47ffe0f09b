"""Subject: whose figure an amount is, named as in the record's entity lists.

Rules, tried in order:

- ``part_of_figure``: a clause about a part of the figure before it in its sentence
  ("…, trong đó nợ quá hạn gần 410 tỷ đồng", ``part_lead``) that names nobody is the
  whole's owner's;
- ``with_figure``: a figure after "với" right after a name that opens its clause or
  follows "và" or "là" is that one's ("tiếp theo là Trung Quốc với 870 triệu USD và Nhật
  Bản với 410 triệu USD"), and is not carried on;
- ``bracketed_figure``: a figure in brackets right after an organisation or a place is
  that one's ("đi qua Hà Nội (58,2 km), Hưng Yên (19,3 km) và Bắc Ninh (35,3 km)"),
  when it may own one (not a market a trade goes to or comes from: "xuất khẩu sang Nhật
  Bản (1,2 triệu tấn)");
- ``list_heading``: a list item that names nobody is about the one its list's heading
  names ("Trong 9 tháng, Công ty … đạt các kết quả chính:", then "- doanh thu …"), as
  if its sentence named it (a state body there reads as in the rules below); not one
  that judges there ("SSI lưu ý:"), nor for an item about a group nobody names ("- các
  doanh nghiệp …");
- ``same_sentence``: the first organisation or place named in the amount's
  sentence before it, not as a source ("Theo Tổng cục Thống kê, …") nor as a
  mere reporter (a statistics office, a newspaper); a company comes before a
  place, anyone before a speaker ("X cho biết") or a state body;
  after words that turn the sentence to another subject (``turned``: "…, trong
  khi Vietcombank lãi 42.000 tỷ đồng", "; tiếp đến là Trà Vinh với …") only
  those named after them count, when any is;
- ``price_place``: a market's price is the place's where it is paid ("giá cà phê nhân xô
  tại Đắk Lắk dao động …", or a product there whose price is its clause's next figure:
  "Lúa Đài Thơm 8 tại Cần Thơ lên 7.700 đồng/kg"), and so is a measure of a place's market or people
  (``place_measure`` cues: "nguồn cung căn hộ mới tại TP.HCM"), up to another measure
  (``aspect``: "… và kim ngạch cả năm …") or another owner named, unlike a thing's place
  ("nhà máy tại Long An"); it yields to an organisation named in the sentence ("Viettel
  cho biết số thuê bao tại Đắk Lắk …"), and neither the sentences after it nor the choice
  of the article's main subject go on about that place;
- ``forecaster``: a name right before a verb of forecasting ("Chứng khoán SSI dự
  báo …"), maybe after its short name in brackets or a comma closing a title ("TS.
  Lâm, giảng viên Trường Đại học Cần Thơ, dự báo …"), forecasts another's figure and
  owns none; nor does the body after a source phrase ("Theo ước tính của Ngân hàng Thế
  giới, …"); a place there forecasts nothing when a change or a level follows the verb
  (``forecast_level``: "nhu cầu điện Tây Nguyên dự báo tăng …" is its figure; "Mỹ dự báo
  sản lượng cà phê Brazil …" is Mỹ forecasting); a name further into the clause "Theo
  …" opens yields to one named after that clause (``source_phrase``: "Theo báo cáo … của
  Công ty … Meridian Land, năm 2026 Hà Nội đón …" is Hà Nội's), unless that one is a
  counterpart of the source (``counterpart`` cues: "…, đối tác Samsung giúp doanh thu …");
- ``national_source``: a sentence whose source is a national body ("Theo Tổng cục Thống
  kê, xuất khẩu cà phê tháng 11 đạt …") and that names no owner gives its figures to the
  country the article names;
- ``event_place``: a place in a clause that names an event (cue kind ``event_setting``:
  "Tại hội nghị sơ kết khu vực miền Trung, …") is where it is held or whom it gathers,
  no owner, when a comma closes that clause before the figure;
- ``event_name``: a place that closes an event's name (cue kind ``event_name``, capitalised:
  "Giải vô địch châu Á", "Đại hội Thể thao châu Á") owns no figure;
- ``setting_owner``: a target's owner that the goal's sentence gives only as a setting or
  a destination ("tham dự Giải vô địch … tại Hàn Quốc, mục tiêu giành …") is no owner: the
  figure's subject is read as any figure's is, and the target takes it as its owner;
- ``analyst_employer``: the body in an analyst's or an expert's title ("ông Bảo, chuyên
  gia của Hội Môi giới Bất động sản, dự báo …", "Giám đốc Phân tích Công ty Chứng khoán
  SSI") speaks through them about others' figures and owns none (``analyst_title`` cues);
- ``recipient``: a body a report or a request goes to ("báo cáo doanh nghiệp vừa gửi Bộ
  Xây dựng", "kiến nghị UBND tỉnh"; not "tiền gửi Vietcombank", ``not_recipient``) owns none
  of its figures;
- ``platform`` and ``bracketed_place``: the market or platform a figure is made on
  ("thị phần trên HoSE", "bán trên Shopee") and a place in brackets after a name, locating
  what it names ("nhà máy tại Khu công nghiệp Sa Đéc (Đồng Tháp)"), own no figure;
- ``forecast_unowned``: a forecast whose sentence names no owner, in a passage about an
  organisation, is of a market, a price or a demand: no subject, unless it measures a
  company's own result (``own_metric``: "lợi nhuận", "doanh thu");
  ``unnamed_group``: there, a figure of a group nobody names ("bình quân toàn ngành",
  "nhiều doanh nghiệp"; not a counterpart: "doanh thu từ các doanh nghiệp"), written before
  it in its sentence after the last word that turns the sentence ("…, trong khi …"), has
  none either; ``group_turned``: so has a figure the sentence's owner would take, when such
  a group stands after the word that turns the sentence and no name does ("…, trong khi
  tăng trưởng tín dụng toàn ngành ước khoảng 15,5%");
- ``opening_with``: a figure in a sentence's opening "Với …," is the subject's of
  the clause after it when "là" describes it there ("Với hơn 50 triệu dân, Tanzania
  là …"), when none is named before it;
- ``listed_place``: a place listed after another in an enumeration ("tại Ninh Bình,
  Thanh Hóa và Đồng Nai", "xuất sang Campuchia, Lào và Hàn Quốc"), or an organisation
  after another ("trên Shopee, TikTok Shop và Lazada"), reads as the first does: a
  setting, a destination or a platform owns no figure; a comma that ends a clause lists
  nothing ("Sau khi … tại Bình Dương, Đồng Nai thu hút …");
- ``apposed_place``: a place written with its level's word after a comma ("tại Khu công
  nghiệp Tân Đức, tỉnh Tây Ninh") says where the place before it is, and owns nothing when
  that one is a setting; ``route_place``: either end of a pair joined by a dash ("cao tốc
  Quy Nhơn - Pleiku", "Metro Nam Thăng Long – Trần Hưng Đạo") names a route, no owner;
- ``market_place``: a foreign market or the home of visitors (``market_word``: "thị
  trường Mỹ chiếm 46%", "Khách Hàn Quốc … 1,7 triệu lượt"), and a foreign place or a
  trade bloc opening a clause after it in its sentence ("…, châu Âu 20%, EU 9%"), own
  none of the seller's or the host's figures, in an article that names a seller or a
  host; "thị trường Hà Nội" is a market of the country's own;
- ``sector_body`` (and ``sector_goal`` for a target's owner): a state body that runs one
  sector ("Bộ Xây dựng", "Cục Thuế", "Ngân hàng Nhà nước"; not "Bộ Chính trị") owns the
  figures it does and the goals it sets, not those it reports ("Cục Hải quan cho biết, kim
  ngạch …") nor any when it stands in a person's title or after "Theo số liệu của"; other
  state bodies speak for their place (``state_body``), or, in an article that names no
  place, for themselves (``state_body_alone``), unless they stand in the title of a person
  who reports ("Ông Chánh, Giám đốc Sở Tài chính, cho rằng …": nobody's);
- ``person_family``: a person who says something of their family ("Ông Võ Văn A, ngụ xã
  Phú An, cho biết gia đình ông có 3 ha sầu riêng"; cue kinds ``says`` and ``family``) owns
  its figures, not the place the sentence gives as the address; "hộ gia đình" is no one's;
- ``possessor``: the owner after "của" in the amount's clause ("Tại miền Bắc, thị
  phần của hãng đạt 38%": the article's company), not who reports nor a comparison's
  base;
- ``place_after``: a place right after the amount in its clause ("90% nguồn cung
  tại Hà Nội"); tried first when the sentence names no company before the
  amount ("… tại Hà Nội và 96% nguồn cung tại TPHCM": TPHCM); only in an article
  whose main subject is a place, or whose organisation only reports ("Theo CBRE, …"):
  where an organisation's article says "tại X", it says where the organisation acts
  ("Công ty mở thêm 40 cửa hàng tại Ấn Độ");
- ``nationwide``: a figure for the whole country ("Cả nước có 712 dự án"): the
  country when the article names it, else nobody; the sentences after it in its
  paragraph that name nobody go on about the country too; so does a figure that a state
  body says or does in a clause about the whole country ("Bộ … cho biết cả nước tuyển
  sinh được 2,48 triệu người"), and the clauses after it in its sentence; "cả nước" as a
  comparison's base ("thấp hơn mức bình quân cả nước") makes no figure the country's;
- ``province_referred``: "tỉnh", "toàn tỉnh" stand for the province the article
  names most (``entities.ids.is_province``, or a place it writes "tỉnh X"), not for
  a city, a centrally-run city or a district; one it names only in its date line when
  it names none elsewhere (``named_province``); null when it names no province;
  "Tỉnh ủy", "tỉnh bạn", "Tỉnh lộ" (``not_anaphor_province``) refer back to none;
- ``referred_back``: a generic noun that stands for the article's organisation or
  place ("Công ty", "doanh nghiệp này", "thành phố") names it; a place noun names the
  date line's place when the article names no other (``named_place``: "TP.HCM, ngày 5/12
  - Năm nay, thành phố ước thu …");
- ``referred_by_kind``: a noun of a kind of organisation ("Đoàn", "hợp tác xã", "bệnh
  viện") names the one of that kind the article names most;
- ``topic_sentence``: an organisation that opens one of the few sentences before, with no
  figure, in the paragraph after the last amount with a subject, maybe after a clause of
  setting ("Tại xã Ea Kly, Hợp tác xã … được xem là mô hình hiệu quả."): the next figures
  are about it (not a state body, nor one that reports, forecasts or judges there: "Hiệp
  hội … đánh giá …", nor a name after "Công ty cho biết,"); ``forecast_unowned``,
  ``unnamed_group`` and ``market_price`` still answer after it;
- ``market_index``: a figure of a stock index or of the market as a whole ("VN-Index",
  "vốn hóa toàn thị trường", ``market_index`` cues) whose sentence names no owner is
  nobody's: an index is no entity;
- ``market_price``: a price on a market ("Giá khô đậu tương nhập khẩu … 385
  USD/tấn", ``market_price`` cues; not "giá bán", "giá trị", nor a bare "giá") whose
  sentence names no owner is nobody's;
- ``market_scope``: a figure its sentence gives, before it, to a whole market ("Thanh
  khoản bình quân toàn thị trường …", "Trên thị trường tự do, USD giao dịch quanh …",
  ``market_scope`` cues; not the base of a comparison: "cao hơn giá thị trường tự do …")
  whose sentence names no owner is nobody's;
- ``global_figure``: a figure of the whole world ("nhu cầu dầu toàn cầu", ``global_scope``
  cues; not "Ngân hàng Thế giới" nor a share of the world's market, ``not_global_scope``)
  whose sentence names no owner is nobody's;
- ``carried``: the subject of the amount before, in the same paragraph: the
  article goes on about it; after a sentence that names several (a list: "Nhật Bản
  đóng góp 40%, Hàn Quốc 18%"), the subject the paragraph had before it
  (``listed_not_carried``);
- ``main``: the organisation or place the article names most (a place in the headline
  counts twice, ``headline_place``, and so does an organisation, not a state body, that
  opens the report of the lead's first sentence, maybe after a date line: ``lead_topic``,
  "Hà Nội, 3/10/2026 - Công ty … vừa báo cáo …"), before which comes a project's board
  with a name of its own that the article names twice or in its lead, also as the
  report's source (``board_main``: "Metro số 2 TP.HCM …, theo Ban Quản lý đường sắt đô
  thị TP.HCM"; not "Ban quản lý dự án" alone); also for a new
  paragraph that names nobody (``paragraph_main``: it goes on about the article's
  subject, not about a place the paragraph before named in passing); but ``no_main``:
  an article that names its main subject once, and not in its headline or lead, is
  about nobody in particular, so the figure is nobody's.

Null when the article names nobody.

>>> from vnextract.amounts import find_amounts
>>> from vnextract.schema import Entity, Span
>>> text = "Hòa Phát đạt 8.000 tỷ đồng. Công ty tăng 21%."
>>> hp = Entity(name="Hòa Phát", label="ORG", mentions=[Span(text="Hòa Phát", start=0, end=8)])
>>> ctx = ArticleContext.build(text, [(0, 27), (28, 45)], [], [hp])
>>> amounts = find_amounts(text)
>>> subjects = ArticleSubjects(ctx, amounts)
>>> [(a.text, subjects.subject_of(a)) for a in amounts]
[('8.000 tỷ đồng', 'Hòa Phát'), ('21%', 'Hòa Phát')]
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

import regex

from vnextract.amounts import is_price
from vnextract.datelines import dateline_end, opens_dateline
from vnextract.entities.ids import entity_id, is_province
from vnextract.entities.knowledge import media_names
from vnextract.facts.context import ArticleContext, Mention, words_before
from vnextract.facts.cues import cues
from vnextract.roles import headline_end
from vnextract.schema import Amount
from vnextract.sentences import list_heading
from vnextract.targets.lexicon import lexicon as target_cues
from vnextract.targets.state import skip_space

# the target cue kinds that, right after a name, say that it sets the goal (rule figure_owner)
_GOAL_VERBS = ("goal", "weak", "passage")
# how many syllables of time or manner may stand between a goal's owner and its verb
_GOAL_GAP = 5
_WORD = regex.compile(r"\w+")

# what follows a forecasting verb said of a figure before it: a change or a level
_FORECAST_OF = ("increase", "decrease", "forecast_level")
# a trade's direction before places listed with their figures in brackets: markets, no owners
# (not "đi qua Hà Nội (58,2 km)", nor "dẫn đầu với 41%, tiếp theo là Hàn Quốc (18%)")
_TRADE_DIRECTIONS = frozenset({"sang", "từ", "tới"})
_PLACE_JOINERS = frozenset({",", "và", "và các", ""})  # between places listed together
_MEASURE_WORDS = 12  # the most words of a price's or a measure's phrase before "tại"
_PLACE_AFTER = 60  # how far after an amount "tại Hà Nội" still names its place
_HEADLINE_CHARS = 160  # a longer first line is a paragraph, no headline
# A place joined to the one before by a dash: the second end of a route ("Quy Nhơn - Pleiku").
_JOINED_PLACE = regex.compile(r"\w\s+[-–]\s*$")
_JOINS_PLACE = regex.compile(r"\s+[-–]\s*\p{Lu}")  # after a place: "Quy Nhơn - Pleiku"
_OPENING_WITH = regex.compile(r"Với\s")  # a sentence's opening "Với …, X …" (rule opening_with)
_COPULA = regex.compile(r"(?<!\w)là(?!\w)")  # "X là …": the clause describes X
_DIGIT = regex.compile(r"\d")  # where a figure stands
_PRICE_WORD = regex.compile(r"(?<!\w)giá(?!\w)")  # where a price's phrase opens (lower case)
# another measure ends the reach of a price's or a measure's place (rule price_place)
_MEASURE_BREAKS = ("aspect",)
_WITH_BEFORE = regex.compile(r"\s+với\s+$")  # "Nhật Bản với 410 triệu USD"
_OPEN_BRACKET_BEFORE = regex.compile(r"\s*\(\s*$")  # "Hưng Yên (" right before a figure
# before "cả nước" in its clause: the country is a comparison's base ("thấp hơn mức bình quân
# cả nước", "so với cả nước"; not "hơn 500 doanh nghiệp trên cả nước", "bằng mã QR")
_NATION_BASE = regex.compile(r"(?<!\w)(?:hơn(?!\s*\d)|so với|bằng (?:mức|với))(?!\w)")
# right before "cả nước": a rank in it ("nhiều nhất cả nước", "dẫn đầu cả nước")
_SUPERLATIVE_BEFORE = regex.compile(r"(?<!\w)(?:nhất|dẫn đầu|đứng đầu)(?:\s+trên)?\s+$")
# a count or a quantifier right before "gia đình": families counted, no one's family
_COUNTED_FAMILY = regex.compile(r"(?:\d|(?<!\w)(?:mỗi|các|những|nhiều|hộ|từng))\s*\Z")
_COUNT_REACH = 12  # how far before "gia đình" its count or quantifier is read
_PLACE_ANAPHORS = ("anaphor_province", "anaphor_loc")  # "tỉnh", "thành phố": a place again
_EVENT_NAME_REACH = 40  # how far before a place the head of an event's name is read
_EVENT_NAME_WORDS = 3  # the most words between that head and the place ("Thể thao")
_HEAD_REACH = 60  # how far before a place the words of an organisation's head are read
_NATIONAL = "quốc gia"  # closing a national team's name in place of its country
_COMPARED_WITH = regex.compile(r"(?<!\w)(?:hơn|so với|bằng)(?!\w)")  # a comparison's base follows


class ArticleSubjects:
    """Answers the subject of each amount of one article, in text order."""

    def __init__(self, ctx: ArticleContext, amounts: Sequence[Amount]) -> None:
        self.ctx = ctx
        self._amount_spans = sorted((a.start, a.end) for a in amounts)
        self._amount_starts = [start for start, _ in self._amount_spans]
        self._prices = {a.start for a in amounts if is_price(a)}  # where each price starts
        self._owners: dict[int, bool] = {}
        self._price_places: set[int] = set()  # where the place of a price or measure is named
        self._country_ids: dict[str, str] | None = None  # a country's name -> its id
        self._nationwide: list[int] | None = None  # where each nationwide cue starts
        self._trade_sentences: dict[int, bool] = {}  # a sentence's start -> whether on trade
        self._places_article: bool | None = None  # whether the article is about places
        self._seller: bool | None = None  # whether a seller or a host is named (market_place)
        self._organisations = sorted(
            {e.name for e in ctx.entities if e.label == "ORG"}, key=len, reverse=True
        )
        counts: Counter[tuple[str, str]] = Counter()
        first: dict[tuple[str, str], int] = {}
        home = next(
            (m for m in ctx.mentions if m.label == "LOC" and m.name.lower() in _home_names()), None
        )
        self.home_name = home.name if home is not None else None  # "Việt Nam" as written
        head_end = _headline_end(ctx.text)
        # the lead: the first sentence after the headline
        lead_start, lead_end = next((sp for sp in ctx.sentences if sp[0] >= head_end), (0, 0))
        for m in ctx.mentions:
            # (``_may_own`` first: it finds the places of prices)
            if not (self._may_own(m) or self._undated_line(m)) or m.start in self._price_places:
                continue  # a price's place says where, not what the article is about
            whole = self._whole(m)  # "Điền kinh Việt Nam" in a headline: the federation
            key = (whole.name, whole.label)
            if (
                home is not None
                and cues().starts("national_body", m.name) is not None
                and not _foreign_body(m.name)
            ):
                # a national body speaks for the country; a foreign one ("Bộ Thương mại Hoa
                # Kỳ") does not speak for the home country
                key = (home.name, "LOC")
            # rule headline_place: a place in the headline counts twice, the article is
            # about it ("Quảng Ngãi hướng tới 10 triệu lượt khách …" over a place the body
            # names as often); a company or body there may be only the source; rule
            # lead_topic: so does the organisation that opens the lead's report ("Công ty …
            # vừa công bố …"), not a state body that reports on others
            lead_topic = (
                m.label == "ORG"
                and lead_start <= m.start < lead_end
                and self._opens_sentence(m, lead_start)
                and not is_state_body(m.name)
            )
            counts[key] += 2 if (m.end <= head_end and m.label == "LOC") or lead_topic else 1
            first.setdefault(key, m.start)
        # a state body ranks after every place and company: it reports on them
        ranked = sorted(counts, key=lambda k: (is_state_body(k[0]), -counts[k], first[k]))
        # (a board named only as the source of the report counts too: "…, theo Ban Quản lý …")
        board = next(
            ((m.name, m.label) for m in ctx.mentions if m.label == "ORG" and _named_board(m.name)),
            None,
        )
        if board is not None and self._has_main_named(board[0], counts[board]):
            # rule board_main: a project's board with a name of its own, that the article is
            # about (see ``_has_main_named``), is its main subject before the place the
            # project is in ("Metro số 2 TP.HCM …, theo Ban Quản lý đường sắt đô thị TP.HCM")
            ranked = [board] + [k for k in ranked if k != board]
        self.main = ranked[0][0] if ranked else None
        # rule no_main: whether the article is about its main subject
        self._has_main = bool(ranked) and self._has_main_named(ranked[0][0], counts[ranked[0]])
        self.main_of = {
            label: next((name for name, lab in ranked if lab == label), None)
            for label in ("ORG", "LOC")
        }
        self._ranked_orgs = [name for name, lab in ranked if lab == "ORG"]
        # a Vietnamese province, or a place the article writes "tỉnh X" ("tỉnh Quảng Tây")
        provinces = {
            e.name
            for e in ctx.entities
            if e.label == "LOC"
            and (is_province(e.name, e.id) or e.name.casefold().startswith("tỉnh "))
        }
        # the place of the date line, if any ("TP.HCM, ngày 5/12/2026 - …")
        self.dateline_place = next(
            (
                e.name
                for e in ctx.entities
                if e.label == "LOC"
                and any(opens_dateline(ctx.text, m.start, m.end) for m in e.mentions)
            ),
            None,
        )
        # the place "tỉnh" refers back to: the first ranked province (rule province_referred)
        self.main_province = next(
            (name for name, lab in ranked if lab == "LOC" and name in provinces), None
        ) or (
            # rule named_province: an article that names its province only in its date line
            # ("Bắc Ninh, ngày … - … Theo UBND tỉnh Bắc Ninh, toàn tỉnh hiện có …") refers
            # back to it
            self.dateline_place if self.dateline_place in provinces else None
        )
        self.last: str | None = None
        self.last_at = 0  # where the amount whose subject is ``last`` starts
        # the subject of the last amount whose sentence named one owner at most, and where
        # that amount starts: what the paragraph is about (rule ``listed_not_carried``)
        self.topic: str | None = None
        self.topic_at = 0
        self._listed = False  # whether the sentence of the amount asked now names several
        self._several: dict[int, bool] = {}  # a sentence's start -> whether it names several
        self.last_listed = False  # … and that of the amount whose subject is ``last``
        self.national_at = -1  # where the last amount the rule nationwide answered starts
        self.previous_end = -1  # where the amount asked before ends
        self.previous_subject: str | None = None  # and its subject

    def _whole(self, m: Mention) -> Mention:
        """The organisation whose name ends with place ``m`` and the words written before it,
        in any case: its whole head ("trường ĐH Cần Thơ" → "Trường ĐH Cần Thơ") or the last
        words of it when they name a field, capitalised as in the name, which says little at
        the start of a sentence but for a team, a federation or a company (rule
        ``sector_of_country``: "Điền kinh Việt Nam đặt mục tiêu …" → "Liên đoàn Điền kinh Việt
        Nam"; not "ngành điền kinh Việt Nam", nor "Dệt may Việt Nam xuất khẩu …" beside
        "Hiệp hội Dệt may Việt Nam"), else ``m``."""
        if m.label != "LOC":
            return m
        team = self._team_field(m)
        if team is not None:
            return team
        written = self.ctx.text[m.start : m.end]
        low = self.ctx.low
        before: list[str] | None = None  # the words before ``m``, read for a candidate only
        for org in self._organisations:
            if not org.endswith(written):
                continue
            if before is None:
                before = low[max(0, m.start - _HEAD_REACH) : m.start].split()
            head = org[: len(org) - len(written)].split()
            shared = 0
            while shared < min(len(head), len(before)) and (
                before[-shared - 1] == head[-shared - 1].lower()
            ):
                shared += 1
            if not shared:
                continue
            start = low.rfind(head[-shared].lower(), 0, m.start)
            if shared == len(head) or (
                head[-shared][:1].isupper()
                and self.ctx.text[start : m.start].split() == head[-shared:]
                and (not self._first_word(start) or _speaks_for_field(org))
            ):  # a field written as the name writes it: "Điền kinh Việt Nam", not "điền kinh"
                return Mention(start, m.end, org, "ORG")
        return m

    def _team_field(self, m: Mention) -> Mention | None:
        """Rule ``team_field``: the national team the article names whose sport is written
        right before place ``m``, in any case, as its name writes it before its country
        ("Điền kinh Việt Nam giành 14 HCV", "… điền kinh Việt Nam chỉ có thể giành …" beside
        "đội tuyển điền kinh Việt Nam"; "Bắn súng Việt Nam" beside "Đội tuyển bắn súng quốc
        gia"): the team, before a federation of the sport; None when there is none."""
        written = self.ctx.text[m.start : m.end]
        c = cues()
        for team in self._organisations:
            head_end = c.starts("national_team", team)
            if head_end is None:
                continue
            rest = team[head_end:]
            if rest.endswith(written):
                field = rest[: len(rest) - len(written)].split()
            elif rest.casefold().endswith(_NATIONAL) and written.lower() in _home_names():
                field = rest[: len(rest) - len(_NATIONAL)].split()  # "… quốc gia": the home's
            else:
                continue
            if not field:
                continue  # "đội tuyển Việt Nam": the country alone is the country
            before = self.ctx.low[max(0, m.start - _HEAD_REACH) : m.start].split()
            if before[-len(field) :] == [w.lower() for w in field]:
                start = m.start
                for word in reversed(field):
                    start = self.ctx.low.rfind(word.lower(), 0, start)
                return Mention(start, m.end, team, "ORG")
        return None

    def _first_word(self, pos: int) -> bool:
        """Whether ``pos`` is the first word of its sentence (after a bullet or a quote)."""
        s_start = self.ctx.sentence(pos)[0]
        return not any(ch.isalnum() for ch in self.ctx.text[s_start:pos])

    def _may_own(self, m: Mention) -> bool:
        """Whether ``m`` may name whose figure it is: no person, source, destination or origin.

        "Theo Tổng cục Thống kê" names a source; "xuất khẩu sang Hoa Kỳ" a destination.
        """
        known = self._owners.get(m.start)
        if known is None:
            known = self._owners[m.start] = self._reads_as_owner(m)
        return known

    def _reads_as_owner(self, m: Mention) -> bool:
        if m.label == "PER" or cues().starts("reporter", m.name) is not None:
            return False
        after = self._past_aside(m)
        if cues().starts("association", m.name) is not None and (
            cues().starts_any(("says", "association_reports"), self.ctx.text, after) is not None
            or cues().ends(
                "association_source",
                words_before(self.ctx.text, self.ctx.clause_start(m.start), m.start),
            )
            is not None
        ):
            # rule ``association_reports``: "Hiệp hội Tôm Việt Nam cho biết kim ngạch tăng
            # 9%": the sector's figure; "Hiệp hội … hiện có 1.250 hội viên" is its own
            return False
        forecast = cues().starts("forecasts", self.ctx.text, after)
        if forecast is not None and not (m.label == "LOC" and self._forecast_of(forecast)):
            # rule ``forecaster``: "Chứng khoán SSI dự báo …", "Hiệp hội Thép Việt Nam (VSA)
            # dự báo …" and the employer in a forecaster's title ("TS. Lâm, giảng viên
            # Trường Đại học Cần Thơ, dự báo …") own no figure
            return False
        named = self._named_before_bracket(m)
        if named is not None:  # rule ``bracketed_short_name``: "Theo Hiệp hội … (VASEP), …"
            return self._may_own(named)
        opening = self._bracket_opening(m)
        if (
            opening is not None
            and cues().starts("source", self.ctx.text, self.ctx.clause_start(opening)) is not None
        ):
            # … also after a long name read as no mention: "Theo Hội Môi giới bất động sản
            # Việt Nam (VARS), nguồn cung …"
            return False
        if m.name.casefold() in media_names():
            return False  # the outlet that reports: "(VnExpress) 12/3/2025 -"
        listed_after = self._listed_after(m)
        if listed_after is not None:
            # rule ``listed_place``: a place or an organisation listed after another reads as
            # that one does ("xuất sang Campuchia, Philippines và Hàn Quốc", "nhà máy tại Ninh
            # Bình, Thanh Hóa và Đồng Nai": destinations, settings; "bán trên Shopee, TikTok
            # Shop và Lazada": platforms)
            owns = self._may_own(listed_after)
            if listed_after.start in self._price_places:
                self._price_places.add(m.start)  # "giá tiêu tại Đắk Nông và Bình Phước"
            return owns
        locates = self._apposed_to(m)
        if locates is not None and not self._may_own(locates):
            # rule ``apposed_place``: a place set after a comma with its level's word ("tại
            # Khu công nghiệp Tân Đức, tỉnh Tây Ninh, với tổng vốn …") says where the place
            # before it is: a setting too
            return False
        start = self.ctx.clause_start(m.start)
        before = words_before(self.ctx.text, start, m.start)
        if cues().ends("source", before) is not None:
            return False
        if cues().ends("analyst_title", before) is not None:
            # rule ``analyst_employer``: the body in an analyst's or an expert's title
            # ("ông Bảo, chuyên gia của Hội Môi giới Bất động sản, dự báo …") speaks
            # through them about others' figures, owns none
            return False
        if is_state_body(m.name) and cues().ends("body_source", before) is not None:
            return False  # "Theo số liệu của Cục Quản lý Khám, chữa bệnh, cả nước có …"
        if cues().ends("direction", before) is not None:
            return False  # "xuất khẩu sang Hoa Kỳ", "lịch giao hàng với Airbus": a counterpart
        if self._market(m, before) or self._market_listed(m, start):
            # rule ``market_place``: a foreign market or visitors' home ("thị trường Mỹ chiếm
            # 46%", "Khách Hàn Quốc dẫn đầu với 1,7 triệu lượt"), and the markets listed
            # after it ("…, châu Âu 20%"), own none of the seller's or the host's figures
            return False
        if (
            cues().ends("recipient", before) is not None
            and cues().ends("not_recipient", before) is None  # "tiền gửi Vietcombank"
        ):
            return False  # rule ``recipient``: "báo cáo doanh nghiệp vừa gửi Bộ Xây dựng"
        if m.label != "LOC":
            # rule ``platform``: a market or a platform a figure is made on ("thị phần trên
            # HoSE", "bán trên Shopee") owns none of it
            return cues().ends("on_platform", before) is None
        if self._in_dateline(m):
            return False
        if self._names_event(m, start):
            # rule ``event_name``: "tham dự Giải vô địch châu Á tại Hàn Quốc": the place
            # closes an event's name
            return False
        if cues().starts("event_setting", self.ctx.text, start) is not None and self._closed(m):
            # rule ``event_place``: "Tại hội nghị sơ kết khu vực miền Trung, …": where an
            # event is held or whom it gathers, no owner (not "Tại hội nghị … Quảng Ninh
            # công bố thu ngân sách đạt …", whose clause goes on to the figure)
            return False
        if self._trade_partner(m):
            return False
        if _LOCATOR_BRACKET.search(self.ctx.text, max(0, m.start - _LOCATOR_REACH), m.start):
            # rule ``bracketed_place``: a place in brackets after a name locates what the
            # name names ("tại Khu công nghiệp Sa Đéc (Đồng Tháp)"); after a common noun it
            # says who that is ("Địa phương dẫn đầu (Bắc Ninh) thu hút 5 tỷ USD")
            return False
        if (
            cues().ends("route", before) is not None
            or _JOINED_PLACE.search(before)
            or (
                _JOINS_PLACE.match(self.ctx.text, m.end)
                # not a date line's place: "QUẢNG NGÃI - Ngày 26/12/2024, …"
                and self.ctx.text[self.ctx.text.rfind("\n", 0, m.start) + 1 : m.start].strip()
            )
        ):
            # rule ``route_place``: "cao tốc Quy Nhơn - Pleiku"; either end of a pair joined by
            # a dash names a route or a link ("Metro Nam Thăng Long – Trần Hưng Đạo")
            return False
        if (
            cues().ends("rank_scope", before) is not None
            and cues().ends("not_rank_scope", before) is None
            and cues().starts("ranked_place", self.ctx.text, m.end) is None
        ):
            # rule ``rank_scope``: "trung tâm công nghệ hàng đầu miền Bắc": where the ranking
            # is made; not the one ranked ("nhiều nhất Hà Nội với 1.200 dự án")
            return False
        # rule ``setting``: a place where a thing stands, written after it ("nhà máy tại
        # Long An"), or after a kind of area ("tại Khu kinh tế Nghi Sơn"), is no owner; one
        # that opens the clause ("Tại Hà Nội, giá …"), maybe after a turn word ("…, trong khi
        # tại Cần Thơ, …"), is
        area = cues().ends("area_word", before)
        if area is not None:
            before = before[:area]
        located = cues().ends("at_place", before)
        if located is None or not before[:located].strip():
            return True
        turn = cues().starts("turn", before[:located])
        if turn is not None and not before[:located][turn:].strip():
            return True  # "…, trong khi tại Cần Thơ, lúa IR 50404 chỉ …": it opens its clause
        # rule ``price_place``: a market's price, or a measure of a place's market or people,
        # is the place's where it is paid or taken ("giá cà phê nhân xô tại Đắk Lắk dao động
        # …", "nguồn cung căn hộ mới tại TP.HCM"), in its sentence only
        if not (self._prices_at(before[:located].lower()) or self._price_follows(m)):
            return False
        self._price_places.add(m.start)
        return True

    def _names_event(self, m: Mention, start: int) -> bool:
        """Whether place ``m`` closes the name of an event whose head (cue kind ``event_name``)
        stands before it in its clause, capitalised as a name is (not in a line of capitals),
        maybe with a few words between, the first capitalised ("Giải vô địch châu Á", "Đại
        hội Thể thao châu Á", "Giải Vô địch Bóng đá Đông Nam Á"; not "Giải ngân tại Hà Nội")."""
        text = self.ctx.text
        lo = max(start, m.start - _EVENT_NAME_REACH)
        for _, at, end in reversed(cues().find_all(("event_name",), self.ctx.low, lo, m.start)):
            gap = text[end : m.start].split()
            return (
                text[at].isupper()
                and not text[at:end].isupper()
                and len(gap) <= _EVENT_NAME_WORDS
                and all(w.isalpha() for w in gap)
                and (not gap or gap[0][0].isupper())
            )
        return False

    def _price_follows(self, m: Mention) -> bool:
        """Whether the first figure after place ``m``, in its clause, is a price: the
        place's ("Lúa Đài Thơm 8 tại Cần Thơ lên 7.700 đồng/kg": a product sold there)."""
        after = self._next_figure(m.end)
        return after is not None and after in self._prices and after < self.ctx.clause_end(m.end)

    def _next_figure(self, pos: int) -> int | None:
        """Where the first amount at or after ``pos`` starts, None when none does."""
        i = bisect_left(self._amount_starts, pos)
        return self._amount_starts[i] if i < len(self._amount_starts) else None

    def _sector_body(self, m: Mention) -> bool:
        """Whether ``m`` names a body that runs one sector and does the figures of its
        sentence: not one that says them, nor one in a person's title."""
        return (
            runs_sector(m.name)
            and cues().starts("body_reports", self.ctx.text, self._past_aside(m)) is None
            and not self._titled_body(m)
        )

    def _unnamed_group(self, a: Amount) -> bool:
        """Whether a group nobody names stands as whose the figure is: in the clause of ``a``
        ("biên lợi nhuận của nhiều doanh nghiệp"), not as a counterpart or a base after
        ``group_counterpart`` ("doanh thu từ các doanh nghiệp khách hàng"); or opening an
        earlier clause of its sentence, the subject of a list of fields ("Ngược lại, các
        doanh nghiệp dệt may, da giày và đồ gỗ ghi nhận mức tăng 18-22%"), after the last word
        that turns the sentence ("…, trong khi …", "…, nhưng …": cue kinds ``turn`` and
        ``group_stop``); not inside an opening clause of setting ("Trong bối cảnh nhiều doanh
        nghiệp gặp khó khăn, lợi nhuận vẫn tăng 20%")."""
        c = cues()
        low = self.ctx.low
        start = self.ctx.clause_start(a.start)
        bracket = _OPEN_BRACKET_BEFORE.search(low, max(0, a.start - 4), a.start)
        if bracket is not None:
            # a figure in brackets is the value of the words before them ("cao hơn mức bình
            # quân toàn ngành (9,5%)"): their clause is its clause
            start = self.ctx.clause_start(bracket.start())
        s_start = self.ctx.sentence(a.start)[0]
        turned = self._last_turn(a, ("turn", "group_stop"))
        if turned is not None:
            s_start = max(s_start, turned)
        return any(
            c.ends("group_counterpart", words_before(low, start, at)) is None
            if at >= start
            else self._opens_clause(max(s_start, self.ctx.clause_start(at)), at)
            for _, at, _ in c.find_all(("unnamed_group",), low, s_start, a.start)
        )

    def _opens_clause(self, c_start: int, at: int) -> bool:
        """Whether what stands at ``at`` opens the clause starting at ``c_start``, maybe
        after a time ("Theo hiệp hội, năm 2026 toàn ngành dự kiến …")."""
        pos = c_start
        for t in self.ctx.times_in(c_start, at):
            if self.ctx.low[pos : t.start].strip():
                return False
            pos = t.end
        return not self.ctx.low[pos:at].strip()

    def _group_turned(self, a: Amount) -> bool:
        """Whether a word turns the sentence of ``a`` before it ("trong khi", cue kind
        ``turn``), and after the last such word a group nobody names (``unnamed_group``)
        stands before ``a`` with no name there."""
        turned = self._last_turn(a, ("turn",))
        if turned is None or self.ctx.mentions_in(turned, a.start):
            return False
        return bool(cues().find_all(("unnamed_group",), self.ctx.low, turned, a.start))

    def _last_turn(self, a: Amount, kinds: tuple[str, ...]) -> int | None:
        """Where the last word of ``kinds`` that turns the sentence of ``a`` before it ends
        ("…, trong khi …"; "còn" only after a comma; a ``group_stop`` word always), None
        when none does."""
        s_start = self.ctx.sentence(a.start)[0]
        turns = [
            e
            for kind, b, e in cues().find_all(kinds, self.ctx.low, s_start, a.start)
            if kind == "group_stop" or self._turns_here(b, e)
        ]
        return turns[-1] if turns else None

    def _titled_body(self, m: Mention) -> bool:
        """Whether ``m`` stands in the title of a person named before it in its sentence,
        a comma or a dash after the name ("Ông Lực, Phó Cục trưởng Cục Lâm nghiệp"; not
        "ông Hùng cho biết Bộ Xây dựng …")."""
        s_start, _ = self.ctx.sentence(m.start)
        lo = max(s_start, m.start - _APPOSITION_CHARS)
        return any(
            self._titled(mark.start(), lo)
            for mark in _APPOSITION_MARK.finditer(self.ctx.text, lo, m.start)
        )

    def _about_places(self) -> bool:
        """Whether the article is about places: its main subject is a place, or its main
        organisation only reports ("Theo CBRE, … tại Hà Nội …", "CBRE cho biết …")."""
        if self._places_article is None:
            org = self.main_of["ORG"]
            self._places_article = self.main == self.main_of["LOC"] or not any(
                self._may_own(m) and cues().starts("says", self.ctx.text, m.end) is None
                for m in self.ctx.mentions
                if m.name == org
            )
        return self._places_article

    def _listed_after(self, m: Mention) -> Mention | None:
        """The place or the organisation ``m`` is listed after ("Ninh Bình, Thanh Hóa và Đồng
        Nai", "trên Shopee, TikTok Shop và Lazada"), else None."""
        if m.label not in ("LOC", "ORG"):
            return None
        before = self.ctx.mentions_in(max(0, m.start - _LIST_GAP), m.start)
        if not before or before[-1].label != m.label:
            return None
        joint = _LIST_JOINER.fullmatch(self.ctx.text, before[-1].end, m.start)
        if joint is None:
            return None
        if joint.group("word") is None:
            # a comma lists only when the enumeration goes on ("Ninh Bình, Thanh Hóa và Đồng
            # Nai"); "Sau khi … tại Bình Dương, Đồng Nai thu hút …" opens a clause
            after = self.ctx.mentions_in(m.end, m.end + _LIST_GAP)
            if not after or _LIST_JOINER.fullmatch(self.ctx.text, m.end, after[0].start) is None:
                return None
        return before[-1]

    def _apposed_to(self, m: Mention) -> Mention | None:
        """The place that ``m``, a place written with its level's word (cue kind
        ``admin_level``: "tỉnh Tây Ninh", "huyện Cẩm Khê"), stands after with a comma only,
        else None; a bare name after a comma may open a clause ("… tại Bình Dương, Đồng Nai
        thu hút …")."""
        if m.label != "LOC" or cues().starts("admin_level", m.name) is None:
            return None
        before = self.ctx.mentions_in(max(0, m.start - _LIST_GAP), m.start)
        if not before or before[-1].label != "LOC":
            return None
        if _APPOSED.fullmatch(self.ctx.text, before[-1].end, m.start) is None:
            return None
        return before[-1]

    def _market(self, m: Mention, before: str) -> bool:
        """Whether ``m`` is a foreign market or the home of visitors: a foreign place right
        after a market word (cue kind ``market_word``: "thị trường Mỹ", "khách Hàn Quốc"),
        in an article that has a seller or a host to own the figures (``_seller_named``);
        "thị trường Hà Nội", "thị trường miền Bắc" are
        markets of the country's own, and "Năm 2025, thị trường Trung Quốc tiêu thụ 31
        triệu ô tô" alone is the market's own figure."""
        return (
            m.label == "LOC"
            and cues().ends("market_word", before) is not None
            and self._foreign_place(m.name)
            and self._seller_named()
        )

    def _market_listed(self, m: Mention, clause_start: int) -> bool:
        """Whether ``m``, a foreign place or a trade bloc (cue kind ``market_bloc``: "EU"),
        opens its clause (maybe after a word of cue kind ``market_list_opener``: "và khu
        vực") in a sentence that named a foreign market before it ("Thị trường Mỹ chiếm 46%,
        châu Âu 20% và khu vực châu Á 12%"); not a company ("Tại thị trường Mỹ, Vinamilk
        đạt …")."""
        if m.label == "LOC":
            if not self._foreign_place(m.name):
                return False
        elif m.name.lower() not in cues().kinds["market_bloc"]:
            return False
        opening = words_before(self.ctx.text, clause_start, m.start)
        digits = list(_DIGIT.finditer(opening))
        if digits:  # after the figure of the market before ("… tăng 19% và khu vực ")
            opening = opening[digits[-1].end() :].partition(" ")[2]
        opening = opening.strip().lower()
        if opening and opening not in cues().kinds["market_list_opener"]:
            return False
        s_start, _ = self.ctx.sentence(m.start)
        return any(
            self._market(p, words_before(self.ctx.text, self.ctx.clause_start(p.start), p.start))
            for p in self.ctx.mentions_in(s_start, m.start)
        )

    def _past_aside(self, m: Mention) -> int:
        """Past a bracketed short name right after ``m`` ("(VSA)"), and past the comma
        closing a title when ``m`` stands in one ("TS. Hưng, giảng viên Trường Đại học Kinh
        tế Đà Nẵng, dự báo"): a comma opens it before ``m`` in its sentence, and ``m`` owns
        no noun before it ("Lợi nhuận của Hòa Phát, dự báo …" is Hòa Phát's)."""
        text = self.ctx.text
        bracket = _BRACKETED.match(text, m.end)
        pos = bracket.end() if bracket is not None else m.end
        comma = _COMMA.match(text, pos)
        if comma is None:
            return pos
        s_start, _ = self.ctx.sentence(m.start)
        opened = text.rfind(",", max(s_start, m.start - _APPOSITION_CHARS), m.start)
        if opened < 0:
            return pos
        if _OWNED_BY.search(text, max(s_start, m.start - 8), m.start) and not self._titled(opened):
            return pos
        return comma.end()

    def _titled(self, comma: int, lo: int = 0) -> bool:
        """Whether a person's name ends right before ``comma`` (or a dash): what follows is
        the person's title ("Ông Nghĩa, chuyên gia của Hiệp hội Năng lượng Việt Nam, nhận
        định …"), the name after ``lo``."""
        before = self.ctx.mentions_in(max(lo, comma - _APPOSITION_CHARS), comma)
        return (
            bool(before)
            and before[-1].label == "PER"
            and not self.ctx.text[before[-1].end : comma].strip()
        )

    def _trade_partner(self, m: Mention) -> bool:
        """Rule ``trade_partner``: a foreign country in a passage about trade, in an article
        that names the home country, is a market or a supplier ("Xuất khẩu tôm đạt 3,38 tỷ
        USD. Trung Quốc và Hồng Kông tăng mạnh nhất, đạt 712 triệu USD"): the figure is the
        home country's. The passage is the country's sentence, or the one before it in its
        paragraph when the country's own ranks markets (cue kind ``market_rank``) or a verb
        of the trade's figures follows the country (``market_verb``); a list of markets ("-
        Mỹ: 1,48 tỷ USD") is left to the other rules."""
        if self.home_name is None or not self._foreign(m.name):
            return False
        ctx = self.ctx
        k = ctx.sentence_index(m.start)
        if self._on_trade(k):
            return True
        start = ctx.sentences[k][0]
        return (
            k > 0
            and "\n" not in ctx.text[ctx.sentences[k - 1][1] : start]
            and self._on_trade(k - 1)
            # … when its own sentence ranks markets ("tăng nhanh nhất", "chiếm", "sau đó là")
            # or a verb of the trade's figures follows the country ("Trung Quốc đạt 4,2 tỷ
            # USD"), not when it gives the country's own figures ("Nhật Bản có GDP …")
            and (
                cues().find("market_rank", ctx.low, start, ctx.sentences[k][1])
                or cues().starts("market_verb", ctx.text, m.end) is not None
            )
        )

    def _on_trade(self, k: int) -> bool:
        """Whether sentence ``k`` speaks of trade ("xuất khẩu", "thị trường"); read once."""
        s_start, s_end = self.ctx.sentences[k]
        known = self._trade_sentences.get(s_start)
        if known is None:  # one scan per sentence, however many countries it names
            known = self._trade_sentences[s_start] = cues().find(
                "trade", self.ctx.low, s_start, s_end
            )
        return known

    def _foreign(self, name: str) -> bool:
        ids = self._country_ids
        if ids is None:
            ids = self._country_ids = {
                e.name: e.id for e in self.ctx.entities if e.id and e.id.startswith("iso3166:")
            }
        code = ids.get(name)
        return code is not None and code != _HOME_CODE

    def _foreign_place(self, name: str) -> bool:
        """Whether place ``name`` is a foreign country or a world region (cue kind
        ``foreign_region``: "châu Âu", "Trung Đông"), not the home country or one of its
        regions, provinces and cities."""
        return self._foreign(name) or name.lower() in cues().kinds["foreign_region"]

    def _seller_named(self) -> bool:
        """Whether the article has a seller or a host that a market's figures may be of: it
        names an organisation or a place that is not foreign (the home country, a province,
        "Phú Quốc"), or it speaks of trade ("xuất khẩu", "kim ngạch": the home country's)."""
        if self._seller is None:
            ctx = self.ctx
            self._seller = (
                self.home_name is not None
                or any(
                    e.label == "ORG" or (e.label == "LOC" and not self._foreign_place(e.name))
                    for e in ctx.entities
                )
                or cues().find("trade_flow", ctx.low, 0, len(ctx.low))
            )
        return self._seller

    def _bracket_opening(self, m: Mention) -> int | None:
        """Where the bracket that ``m`` opens ("(VASEP)") starts, else None."""
        text = self.ctx.text
        opening = text.rfind("(", max(0, m.start - 3), m.start)
        if opening < 0 or text[opening + 1 : m.start].strip():
            return None
        return opening

    def _named_before_bracket(self, m: Mention) -> Mention | None:
        """The mention of the same entity that ``m`` stands in brackets right after
        ("Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP)"), else None."""
        text = self.ctx.text
        opening = self._bracket_opening(m)
        if opening is None:
            return None
        before = self.ctx.mentions_in(max(0, opening - 200), opening)
        if before and before[-1].name == m.name and not text[before[-1].end : opening].strip():
            return before[-1]
        return None

    def _undated_line(self, m: Mention) -> bool:
        """Whether place ``m`` opens a date line with no date ("QUẢNG NGÃI - Ngày 26/12, …"),
        as a local paper names its own province: it owns no figure of its sentence, but the
        article is about it (it counts for the main subject)."""
        text = self.ctx.text
        return opens_dateline(text, m.start, m.end) and not opens_dateline(
            text, m.start, m.end, dated=True
        )

    def _in_dateline(self, m: Mention) -> bool:
        """Rule ``dateline``: the place a report is filed from, opening a line before its
        date ("Hà Nội, ngày 8/12/2025 - …", "Quảng Trị, 3/11/2025 (TTXVN) -") or a dash
        ("Cà Mau - …"), owns no figure."""
        return opens_dateline(self.ctx.text, m.start, m.end)

    def _market_scope(self, a: Amount) -> bool:
        """Whether the sentence of ``a`` says, before it, that it is a whole market's figure
        (cue kind ``market_scope``: "toàn thị trường", "thị trường tự do"), not the base of
        a comparison ("cao hơn giá thị trường tự do khoảng 4.000 đồng/kg")."""
        start = self.ctx.sentence(a.start)[0]
        scope = cues().anywhere["market_scope"].search(self.ctx.low, start, a.start)
        return scope is not None and not cues().find("baseline", self.ctx.low, start, scope.start())

    def subject_of(
        self, a: Amount, role: str | None = None, metric: str | None = None
    ) -> str | None:
        """The subject of ``a``, of ``role`` and ``metric`` when the stages before gave them,
        by the first rule that answers (see the module)."""
        return self.explain(a, role, metric)[0]

    def explain(
        self, a: Amount, role: str | None = None, metric: str | None = None
    ) -> tuple[str | None, str]:
        """The subject of ``a`` and the name of the rule that gave it (amounts in text order)."""
        subject, rule = self._find(a)
        if rule in _NOT_NAMED_RULES and _market_index(metric):
            # rule ``market_index``: a stock index or the market as a whole ("VN-Index giảm
            # 21,45 điểm") is no entity: nobody's figure, when its sentence names no owner
            subject, rule = None, "market_index"
        elif rule in _NOT_NAMED_RULES and _market_price(metric):
            # rule ``market_price``: a price on a market ("Giá khô đậu tương nhập khẩu bình
            # quân quý III chỉ còn 385 USD/tấn") is nobody's, when its sentence names no owner
            subject, rule = None, "market_price"
        elif rule in _NOT_NAMED_RULES and self._market_scope(a):
            # rule ``market_scope``: a figure of a whole market ("Thanh khoản bình quân toàn
            # thị trường đạt …", "Trên thị trường tự do, USD giao dịch quanh 26.720 đồng") is
            # nobody's, when its sentence names no owner
            subject, rule = None, "market_scope"
        elif rule in _NOT_NAMED_RULES and _global_figure(metric):
            # rule ``global_figure``: a figure of the whole world ("Theo IEA, nhu cầu dầu
            # toàn cầu năm 2027 chỉ tăng 0,8 triệu thùng/ngày") is nobody's, when its
            # sentence names no owner
            subject, rule = None, "global_figure"
        elif rule == "same_sentence" and self._group_turned(a):
            # rule ``group_turned``: after a word that turns the sentence ("…, trong khi …"),
            # a group nobody names with no name after the turn is whose the figure is, nobody
            # named ("…, trong khi tăng trưởng tín dụng toàn ngành ước khoảng 15,5%")
            subject, rule = None, "group_turned"
        elif rule in _NOT_NAMED_RULES and subject in self._organisations:
            # in a passage about an organisation, a figure whose sentence names no owner
            # (a place's figures go on with the place: "Hiệp hội Du lịch dự báo năm 2027
            # lượng khách có thể đạt 5,2 triệu lượt", "các doanh nghiệp trên địa bàn …"):
            if role == "forecast" and (
                metric is None or cues().starts("own_metric", metric) is None
            ):
                # rule ``forecast_unowned``: a forecast is of a market, a price or a demand
                # ("VASEP dự báo kim ngạch cả năm đạt 2,15 tỷ USD", "giá khô đậu tương có
                # thể tăng 5–10%"), not the organisation's own result
                subject, rule = None, "forecast_unowned"
            elif self._unnamed_group(a):
                # rule ``unnamed_group``: a group nobody names is no organisation's ("biên
                # lợi nhuận của nhiều doanh nghiệp chỉ còn 2–3%", "bình quân toàn ngành")
                subject, rule = None, "unnamed_group"
        if subject is not None and rule not in ("price_place", "with_figure"):
            # neither a price's place nor a listed name's figure is carried on
            self.last, self.last_at, self.last_listed = subject, a.start, self._listed
            if not self._listed:
                self.topic, self.topic_at = subject, a.start
        if rule == "nationwide":
            self.national_at = a.start
        self.previous_end, self.previous_subject = a.end, subject
        return subject, rule

    def _find(self, a: Amount) -> tuple[str | None, str]:
        ctx = self.ctx
        s_start, _ = ctx.sentence(a.start)
        if self._part_of_previous(a, s_start):
            # rule ``part_of_figure``: "dư nợ vay của doanh nghiệp là 2.815 tỷ đồng, trong
            # đó nợ quá hạn gần 410 tỷ đồng": a part is the owner's of the whole
            return self.previous_subject, "part_of_figure"
        speaker = self._person_family(a, s_start)
        if speaker is not None:
            # rule ``person_family``: "Ông Võ Văn A, ngụ xã Phú An, cho biết gia đình ông có 3
            # ha sầu riêng": the speaker's family's figure is the speaker's, not the address's
            return speaker, "person_family"
        named = [
            self._whole(m)
            for m in ctx.mentions_in(s_start, a.start)
            if self._may_own(m) and (m.start not in self._price_places or self._measured(m, a))
        ]
        self._listed = self._names_several(s_start)
        listed_with = self._listed_with(a, s_start)
        if listed_with is not None:
            # rule ``with_figure``: a listed name's own figure after "với" ("tiếp theo là
            # Trung Quốc với 870 triệu USD và Nhật Bản với 410 triệu USD"); not carried on
            return listed_with, "with_figure"
        bracketed = self._bracketed_after_name(a, s_start)
        if bracketed is not None:
            # rule ``bracketed_figure``: a figure in brackets right after a name is that
            # one's ("tiếp theo là Hàn Quốc (15%) và Nhật Bản (12%)")
            return bracketed, "bracketed_figure"
        headed = [] if named else self._heading_names(s_start)
        if headed and self._unnamed_group(a):
            headed = []  # "- các doanh nghiệp giảm 10% chi phí": a group nobody names
        if headed:
            # rule ``list_heading``: an item that names nobody is about whom its list's
            # heading names ("Năm 2027, Bộ Y tế phấn đấu:", then "1. Tiêm chủng đạt 95%")
            named = headed
        if len(named) > 1:
            turns = [
                end
                for _, start, end in cues().find_all(("turn",), ctx.low, named[0].end, a.start)
                if any(m.start >= end for m in named) and self._turns_here(start, end)
            ]
            if turns:
                named = [m for m in named if m.start >= turns[-1]]  # rule ``turned``
        if len(named) > 1:
            # rule ``listed_clause``: "Nhật Bản chiếm 14%, EU 10,4%, Hàn Quốc 7,8%": after
            # a clause with a figure of its own, the name opening the figure's clause
            c_start = ctx.clause_start(a.start)
            opening = self._opening(c_start, a.start)
            own = [m for m in named if m.start == opening]
            joiner = _LIST_JOINER.match(ctx.text, own[0].end) if own else None
            if joiner is not None and any(m.start == joiner.end() for m in named):
                own = []  # "… Na Uy, Hà Lan và Nhật Bản với …": a list of names goes on
            if own and s_start <= self.previous_end <= c_start:
                named = own
        # who reports ("X cho biết") or a state body yields to anyone else named
        # a company before a place: "Tại Lào, Unitel có 3 triệu khách hàng"
        organised = any(m.label == "ORG" for m in named)
        # rule ``source_phrase``: a name in the clause "Theo …" opens yields to one named
        # after it ("Theo báo cáo của Công ty … Meridian Land, năm 2026 Hà Nội đón …"), not
        # to a counterpart of its (cue kind ``counterpart``: "…, đối thủ FPT Retail có …")
        others_after = any(
            cues().ends("counterpart", words_before(ctx.text, s_start, m.start)) is None
            for m in named[1:]
        )
        named.sort(
            key=lambda m: (
                # a price's place yields to an organisation: "Viettel cho biết số thuê bao tại
                # Đắk Lắk …" is Viettel's
                organised and m.start in self._price_places,
                # named alone, its data stays its own ("Theo số liệu của Vietjet, …")
                others_after
                and cues().starts("source", ctx.text, ctx.clause_start(m.start)) is not None,
                cues().starts("says", ctx.text, m.end) is not None,
                is_state_body(m.name),
                m.label != "ORG",
            )
        )
        if not named:
            described = self._opening_with(a)
            if described is not None:
                return described, "opening_with"
        possessor = self._possessor(a)
        if possessor is not None:
            return possessor
        # rule place_after only in an article about places: in one about an organisation,
        # "tại X" says where it acts ("mở thêm 40 showroom tại Ấn Độ"), not whose figure
        place = self._place_after(a) if self._about_places() else None
        if place is not None and (not named or named[0].label == "LOC"):
            return place, "place_after"  # "90% … tại Hà Nội và 96% nguồn cung tại TPHCM"
        if named and not is_state_body(named[0].name):
            if headed:
                return named[0].name, "list_heading"
            price_place = named[0].start in self._price_places
            return named[0].name, "price_place" if price_place else "same_sentence"
        if named and (
            self._nation_in_clause(a) or all(s_start <= self.national_at >= m.end for m in named)
        ):
            # rule ``nationwide`` after a state body (``named`` holds no other now): it says
            # or does a figure of the whole country ("Bộ … cho biết cả nước tuyển sinh được
            # 2,48 triệu người"), and the clauses after that figure in its sentence go on
            # about the country
            return self.home_name, "nationwide"
        if named and self.main_of["LOC"] is None and not self._titled_body(named[0]):
            # the article names no place; not the body in the title of a person who reports
            # ("Ông Chánh, Giám đốc Sở Tài chính, cho rằng tổng thu … ước đạt …": nobody's)
            return named[0].name, "state_body_alone"
        if place is not None:
            return place, "place_after"
        left = ctx.text[s_start : a.start]
        c = cues()
        if not named and (
            self._nationwide_in(s_start, a.start)
            or (
                self.national_at >= self.last_at
                and ctx.text.find("\n", self.national_at, s_start) < 0
                and c.starts("anaphor_org", left) is None
            )
        ):
            return self.home_name, "nationwide"
        if not named and self.home_name is not None and self._national_source(s_start, a.start):
            # rule ``national_source``: "Theo Tổng cục Thống kê, xuất khẩu cà phê tháng 11 đạt
            # …": a national body's figure that names no owner is the country's
            return self.home_name, "national_source"
        carried = self.last is not None and "\n" not in ctx.text[self.last_at : s_start]
        # the sentence's opening or, in a sentence that names none, its clause's ("Theo Sở
        # Tài chính tỉnh Bắc Ninh, 10 tháng năm 2026, tỉnh thu hút …", "Đến nay, toàn tỉnh
        # đạt …"); where the paragraph has a subject, a clause's generic noun for an
        # organisation ("chuỗi có 2.512 cửa hàng") goes on about it, not the article's
        clause_left = "" if named else ctx.text[ctx.clause_start(a.start) : a.start].lstrip(" \t,;")
        for lead, of_clause in ((left, False), (clause_left, True)):
            referred = self._referred(lead)
            if referred is None:
                continue
            if of_clause and carried and referred[0] in self._organisations:
                continue
            return referred  # null if never named ("toàn tỉnh")
        if named:
            if self._sector_body(named[0]):
                # rule sector_body: a body that runs one sector does its own figures ("Bộ
                # Xây dựng giải ngân 55.700 tỷ đồng", "NHNN đã cấp hạn mức cho …"), not one
                # that reports ("Cục Hải quan cho biết, kim ngạch …") nor one in the title
                # of a person who reports ("ông Lực – Phó Cục trưởng Cục Lâm nghiệp, …")
                return named[0].name, "sector_body"
            return self.place_of_body(named[0].name), "state_body"  # it reports on its place
        topic = self._topic_before(s_start)
        if topic is not None:
            # rule ``topic_sentence``: "Tại xã Ea Kly, Hợp tác xã … được xem là mô hình hiệu
            # quả. Bà Niê, Giám đốc hợp tác xã, cho biết đơn vị có 65 thành viên": a sentence
            # of the paragraph with no figure that opens a clause with an organisation makes
            # it what the next figures are about
            return topic, "topic_sentence"
        if carried:
            if (
                self.last_listed
                and self.topic is not None
                and "\n" not in ctx.text[self.topic_at : s_start]
            ):
                # rule ``listed_not_carried``: after a sentence that names several ("Mỹ tăng
                # 15%, châu Âu tăng 19%"), one that names nobody goes on about the subject
                # the paragraph had before the list, not about its last item
                return self.topic, "listed_not_carried"
            return self.last, "carried"
        if self.main is not None:
            if not self._has_main:
                # rule ``no_main``: an article that names its main subject once, past its
                # lead, is about nobody in particular: a paragraph that names nobody gives
                # its figures to nobody
                return None, "no_main"
            # rule ``paragraph_main``: a new paragraph that names nobody goes on about the
            # article's main subject, not about one an earlier paragraph named in passing
            # ("Đắk Lắk và Lâm Đồng là hai địa phương …")
            return self.main, "main"
        return self.last, "carried"

    def _has_main_named(self, name: str, count: int) -> bool:
        """Whether the article is about ``name``, named ``count`` times as an owner: it names
        it twice or more, as owner or not (a headline place counts twice), or in its headline
        or lead."""
        named = count + sum(1 for m in self.ctx.mentions if m.name == name and not self._may_own(m))
        return named >= _MAIN_NAMED or self._main_in_lead(name)

    def _main_in_lead(self, name: str) -> bool:
        """Whether the headline or the first sentence after it names ``name``: what the
        article is about ("Lợi nhuận quý III của Hòa Phát tăng 30%", "Ngày 3/11, Công ty …
        công bố kết quả kinh doanh quý III. Doanh thu …")."""
        ctx = self.ctx
        return any(
            m.name == name
            for start, end in ctx.sentences[:_LEAD_SENTENCES]
            for m in ctx.mentions_in(start, end)
        )

    def _topic_before(self, s_start: int) -> str | None:
        """The organisation that one of the ``_TOPIC_REACH`` sentences of the paragraph before
        ``s_start``, after the last amount with a subject and with no figure of its own,
        opens with (after a clause of setting at most) and does not only judge or report in."""
        ctx = self.ctx
        here = ctx.sentence_index(s_start)
        for k in range(here - 1, max(here - 1 - _TOPIC_REACH, -1), -1):
            start, end = ctx.sentences[k]
            if start <= self.last_at or "\n" in ctx.text[end:s_start]:
                return None  # the last subject's sentence, or another paragraph
            i = bisect_left(self._amount_starts, start)
            if i < len(self._amount_starts) and self._amount_starts[i] < end:
                return None  # a sentence with figures: its subjects answer
            topic = next(
                (m for m in ctx.mentions_in(self._report_start(start), end) if m.label == "ORG"),
                None,
            )
            if topic is not None and self._topic_of(topic, start):
                return self._whole(topic).name
        return None

    def _topic_of(self, m: Mention, s_start: int) -> bool:
        """Whether organisation ``m`` opens the sentence starting at ``s_start`` as its topic:
        not a state body, nor one that reports, judges or proposes there ("Hiệp hội …
        đánh giá …")."""
        return (
            self._opens_sentence(m, s_start)
            and self._may_own(m)
            and not is_state_body(m.name)  # a body reports on others
            # so does a reporter, and one that only judges or proposes
            and not cues().starts_any(
                ("says", "forecasts", "opinion"), self.ctx.text, self._past_aside(m)
            )
        )

    def _report_start(self, s_start: int) -> int:
        """Where the sentence starting at ``s_start`` starts to report: past a date line that
        opens it ("Cần Thơ, 12/3/2027 (TTXVN) - Hợp tác xã …"), else ``s_start``."""
        place = next(iter(self.ctx.mentions_in(s_start, self.ctx.sentence(s_start)[1])), None)
        if place is None or place.start != s_start:
            return s_start
        return dateline_end(self.ctx.text, place.start, place.end) or s_start

    def _opens_sentence(self, m: Mention, s_start: int) -> bool:
        """Whether ``m`` opens the sentence starting at ``s_start``, or its clause after a
        first clause of setting ("Tại xã Ea Kly, Hợp tác xã …"; not "Công ty cho biết, IKEA
        …", nor a short name in brackets), or the report after a date line ("Hà Nội,
        3/10/2026 - Công ty …")."""
        text = self.ctx.text
        if m.start == self._report_start(s_start) != s_start:
            return True  # "Hà Nội, 3/10/2026 - Công ty … vừa báo cáo …": it opens the report
        c_start = self.ctx.clause_start(m.start)
        if c_start > 0 and text[c_start - 1] in "([":
            return False
        if self._opening(c_start, m.start) != m.start:
            return False
        lead = s_start
        while lead < m.start and text[lead] in " \t-–•*":
            lead += 1
        return lead == m.start or cues().starts("setting_lead", text, lead) is not None

    def _closed(self, m: Mention) -> bool:
        """Whether the clause of ``m`` ends before the next figure after it."""
        after = self._next_figure(m.end)
        return after is not None and self.ctx.clause_end(m.end) <= after

    def _opening(self, c_start: int, stop: int) -> int:
        """Where the clause starting at ``c_start`` opens, past its white space and the
        comma or semicolon that ended the clause before (``stop`` at most)."""
        text = self.ctx.text
        while c_start < stop and text[c_start] in " \t,;":
            c_start += 1
        return c_start

    def _part_of_previous(self, a: Amount, s_start: int) -> bool:
        """Whether ``a`` stands in a clause about a part of the figure before it in its
        sentence ("…, trong đó …") that names nobody ("trong đó 12 dự án tại Hòa Vang": the
        place's)."""
        ctx = self.ctx
        c_start = ctx.clause_start(a.start)
        if not s_start <= self.previous_end <= c_start:
            return False
        opening = self._opening(c_start, a.start)
        return cues().starts("part_lead", ctx.text, opening) is not None and not (
            ctx.mentions_in(opening, ctx.clause_end(a.end))
        )

    def _possessor(self, a: Amount) -> tuple[str | None, str] | None:
        """Rule ``possessor``: the owner named after "của" in the amount's clause, right
        before it with its measure ("Tại miền Bắc, thị phần của hãng đạt khoảng 38%": the
        article's company; "lợi nhuận của Vinamilk đạt …": Vinamilk), when a generic word
        for the article's company or place or a name that may own a figure follows it.
        Returns the subject (null for "của tỉnh" in an article naming no province) and the
        rule's name, or None when no owner is named so."""
        ctx = self.ctx
        c_start = ctx.clause_start(a.start)
        at = ctx.low.rfind("của ", c_start, a.start)
        if at < 0 or (at > 0 and ctx.low[at - 1].isalnum()):
            return None
        if _COMPARED_WITH.search(ctx.low, c_start, at) is not None:
            return None  # "thấp hơn gạo cùng loại của Thái Lan 10 USD/tấn": the base's owner
        pos = at + len("của ")
        for m in ctx.mentions_in(pos, a.start):
            if m.start == pos:
                if not self._may_own(m) or cues().starts("says", ctx.text, m.end) is not None:
                    return None  # "Báo cáo của Bộ Xây dựng cho biết 90% …": who reports
                return self._whole(m).name, "possessor"
        referred = self._referred(ctx.text[pos : a.start])
        if referred is None or (referred[0] is None and referred[1] != "province_referred"):
            return None  # "của thành phố" in an article naming no city: other rules answer
        return referred

    def _referred(self, opening: str) -> tuple[str | None, str] | None:
        """What a generic noun opening ``opening`` refers back to, with the rule's name, or
        None when no such noun opens it: rule ``province_referred`` ("tỉnh", "toàn tỉnh"
        stand for the province the article names most, not for a city or district; null
        when it names no province), else ``referred_back`` ("Công ty", "thành phố": the
        article's organisation or place)."""
        c = cues()
        if not c.may_open(_REFERRING_KINDS, opening):
            return None  # most openings: no generic noun starts them
        if c.starts("not_anaphor_province", opening) is not None:
            return None  # "Tỉnh ủy", "tỉnh bạn", "Tỉnh lộ 768": no province referred back to
        if c.starts("anaphor_province", opening) is not None:
            return self.main_province, "province_referred"
        for kind, label in (("anaphor_org", "ORG"), ("anaphor_loc", "LOC")):
            if c.starts(kind, opening) is not None:
                # rule named_place: a place named only in the date line ("TP.HCM, ngày 5/12
                # - Năm nay, thành phố ước thu …") is the one referred back to
                referred = self.main_of[label] or (self.dateline_place if label == "LOC" else None)
                return referred, "referred_back"
        end = c.starts("anaphor_kind", opening)
        if end is not None:
            # rule referred_by_kind: "Đoàn có 1.020 thành viên", "hợp tác xã bán ra 3.100
            # tấn": the organisation of that kind the article names most
            noun = _WHOLE.sub("", " ".join(opening[:end].split())).casefold()
            named = next((o for o in self._ranked_orgs if _kind_of(o).startswith(noun)), None)
            if named is not None:
                return named, "referred_by_kind"
        return None

    def _person_family(self, a: Amount, s_start: int) -> str | None:
        """The person who, before ``a`` in its sentence, says something of their family: the
        family is told of after a verb of saying (cue kinds ``says`` then ``family``: "Anh
        Y Thuận ở xã Ea Kiết cho biết gia đình vừa thu 12 tấn cà phê"), and nobody else that
        may own a figure is named between what they say and ``a``; the person named right after it
        when there is one ("cho biết gia đình ông Trần Văn Tư có 3 ha": his). None when no
        such family is told of: "300 gia đình", "mỗi gia đình" are counts, not a family."""
        ctx = self.ctx
        persons = [m for m in ctx.mentions_in(s_start, a.start) if m.label == "PER"]
        if not persons:
            return None
        c = cues()
        c_start = ctx.clause_start(a.start)
        for _, start, end in c.find_all(
            ("family",), ctx.low, max(persons[0].end, c_start), a.start
        ):
            speaker = [m for m in persons if m.end <= start][-1]
            says = c.find_all(("says",), ctx.low, speaker.end, start)
            if not says or _COUNTED_FAMILY.search(ctx.low, max(0, start - _COUNT_REACH), start):
                continue  # "xã có 300 gia đình", "mỗi gia đình": no one's family
            if any(self._may_own(m) for m in ctx.mentions_in(says[-1][2], start)):
                continue  # "cho biết, Công ty Vinamit thu mua cho gia đình ông …": the company's
            named = ctx.mentions_in(end, a.start)
            if named and named[0].label == "PER" and not ctx.text[end : named[0].start].strip():
                return named[0].name  # "gia đình ông Trần Văn Tư": his
            if any(self._may_own(m) for m in named):
                return None  # "… và năng suất bình quân của tỉnh Tiền Giang là 20 tấn/ha"
            return speaker.name
        return None

    def _names_several(self, s_start: int) -> bool:
        """Whether the sentence starting at ``s_start`` lists owners with figures of their own:
        two names or more, each followed by a figure before the next name ("Thị trường Nhật
        Bản đóng góp 40%, Hàn Quốc 18%"; not "Vinamilk, đối tác lớn của Aeon, có doanh thu
        62.000 tỷ đồng"); read once per sentence."""
        known = self._several.get(s_start)
        if known is None:
            text = self.ctx.text
            _, s_end = self.ctx.sentence(s_start)
            named = [
                self._whole(m) for m in self.ctx.mentions_in(s_start, s_end) if self._may_own(m)
            ]
            ends = [m.start for m in named[1:]] + [s_end] if named else []
            with_figures = {
                m.name
                for m, nxt in zip(named, ends, strict=True)
                if _DIGIT.search(text, m.end, nxt)
            }
            known = self._several[s_start] = len(with_figures) > 1
        return known

    def _opening_with(self, a: Amount) -> str | None:
        """Rule ``opening_with``: a figure in a sentence's opening "Với …," is said of the
        subject of the clause after it when that clause describes it with "là" ("Với hơn
        50 triệu dân, Tanzania là quốc gia …", "Với tỷ lệ nắm giữ 36%, cổ đông lớn thứ hai
        là Bộ Công Thương …"): the first name there that may own a figure, else None."""
        ctx = self.ctx
        s_start, s_end = ctx.sentence(a.start)
        opening = s_start
        while opening < a.start and ctx.text[opening] in " \t\n-–•*":
            opening += 1
        if not _OPENING_WITH.match(ctx.text, opening) or ctx.clause_start(a.start) > opening:
            return None
        after = ctx.clause_end(a.end)
        after_end = min(s_end, ctx.clause_end(after + 1))  # the clause after the opening
        if _COPULA.search(ctx.text, after, after_end) is None:
            return None  # "Với 2 tỷ cổ phiếu đang lưu hành, SCIC sẽ nhận …": the issuer's
        for m in ctx.mentions_in(after, after_end):
            if self._may_own(m):
                return self._whole(m).name
        return None

    def _national_source(self, start: int, end: int) -> bool:
        """Whether a national body is the source of the sentence from ``start`` to ``end``
        ("Theo Tổng cục Thống kê Việt Nam, …", "Theo số liệu của Cục Hải quan, …")."""
        ctx = self.ctx
        c = cues()
        for m in ctx.mentions_in(start, end):
            if m.label != "ORG" or c.starts("national_body", m.name) is None:
                continue
            before = words_before(ctx.text, ctx.clause_start(m.start), m.start)
            if c.ends("source", before) is not None or c.ends("body_source", before) is not None:
                return True
        return False

    def _nationwide_in(self, start: int, end: int) -> bool:
        """Whether a nationwide cue ("cả nước") starts in ``[start, end)``, not as a
        comparison's base ("thấp hơn mức bình quân cả nước"); the cues of the article are
        found once."""
        if self._nationwide is None:
            ctx = self.ctx
            self._nationwide = [
                at
                for _, at, _ in cues().find_all(("nationwide",), ctx.low)
                if _NATION_BASE.search(ctx.low, ctx.clause_start(at), at) is None
                and _SUPERLATIVE_BEFORE.search(ctx.low, max(0, at - 12), at) is None
            ]
        i = bisect_left(self._nationwide, start)
        return i < len(self._nationwide) and self._nationwide[i] < end

    def _forecast_of(self, cue_end: int) -> bool:
        """Whether the forecasting verb ending at ``cue_end`` is said of a figure before it, a
        change or a level following it ("nhu cầu điện Tây Nguyên dự báo tăng 9–11%/năm",
        "… dự báo chiếm 17%"; not "Mỹ dự báo sản lượng cà phê Brazil …")."""
        return cues().starts_any(_FORECAST_OF, self.ctx.text, cue_end) is not None

    def _prices_at(self, low: str) -> bool:
        """Whether lower-case ``low``, the words before "tại"/"ở", ends with a market's price
        or a measure of a place's market (rule ``price_place``: "giá cà phê nhân xô", "nguồn
        cung căn hộ mới"), with no change between it and the place ("nhu cầu thép tăng nên
        nhà máy": no)."""
        found = [at for _, at, _ in cues().find_all(("place_measure",), low)]
        prices = [m.start() for m in _PRICE_WORD.finditer(low)]
        if prices and _market_price(low[prices[-1] :].strip()):
            found.append(prices[-1])
        if not found:
            return False
        tail = low[max(found) :]
        return len(tail.split()) <= _MEASURE_WORDS and not cues().find_all(
            ("increase", "decrease"), tail
        )

    def _turns_here(self, start: int, end: int) -> bool:
        """Whether the turn cue at ``[start, end)`` turns the sentence: "còn" only after a
        comma ("…, còn Khang Điền mở bán …"; not "vẫn còn lỗ", "còn nợ Vietcombank")."""
        low = self.ctx.low
        return low[start:end] != "còn" or low[:start].rstrip().endswith(",")

    def _measured(self, m: Mention, a: Amount) -> bool:
        """Whether ``a`` is the figure of the price or the measure that place ``m`` is
        named in (rule ``price_place``): no other measure stands between them ("nhu cầu
        tại Mỹ sẽ tăng mạnh và kim ngạch cả năm có thể đạt 2,2 tỷ USD": no; "… tại Sa Pa
        đạt 68%, cao hơn 5 điểm phần trăm": yes)."""
        text = self.ctx.text
        end = m.end
        for x in self.ctx.mentions_in(m.end, a.start):
            listed = text[end : x.start].strip() in _PLACE_JOINERS  # "tại Đồng Tháp, Đắk Lắk"
            if not listed and x.start not in self._price_places and self._may_own(x):
                return False  # another owner stands between
            end = x.end if listed else end
        return not cues().find_all(_MEASURE_BREAKS, self.ctx.low, m.end, a.start)

    def _bracketed_after_name(self, a: Amount, s_start: int) -> str | None:
        """The organisation or place named right before the bracket that ``a`` opens
        ("Hưng Yên (19,3 km)"), None when ``a`` opens no bracket right after a name."""
        m = self._owner_before(_OPEN_BRACKET_BEFORE, a, s_start, 4)
        if m is None:
            return None
        low = self.ctx.low
        if any(
            low[start:end] in _TRADE_DIRECTIONS
            for _, start, end in cues().find_all(("direction",), low, s_start, m.start)
        ):
            return None  # "xuất khẩu sang Nhật Bản (1,2 triệu tấn) và Hàn Quốc (…)": markets
        return self._whole(m).name

    def _owner_before(
        self, joint: regex.Pattern[str], a: Amount, s_start: int, reach: int
    ) -> Mention | None:
        """The name that may own a figure right before ``joint`` (a pattern ending where
        ``a`` starts, within ``reach`` characters), or None."""
        ctx = self.ctx
        found = joint.search(ctx.text, max(s_start, a.start - reach), a.start)
        if found is None:
            return None
        before = [m for m in ctx.mentions_in(s_start, found.start()) if m.label != "PER"]
        if not before or before[-1].end != found.start() or not self._may_own(before[-1]):
            return None
        return before[-1]

    def _listed_with(self, a: Amount, s_start: int) -> str | None:
        """The name right before "với" and ``a`` when it opens its clause or follows "và"
        or "là" ("…, tiếp theo là Trung Quốc với 870 triệu USD"), None otherwise ("mở 6
        lớp theo chuẩn Đức với 180 học viên")."""
        m = self._owner_before(_WITH_BEFORE, a, s_start, 8)
        if m is None:
            return None
        lead = self.ctx.low[self.ctx.clause_start(m.start) : m.start].split()
        if lead and lead[-1] not in ("và", "là"):
            return None
        return self._whole(m).name

    def _heading_names(self, s_start: int) -> list[Mention]:
        """Who may own a figure, named in the heading of the list whose item opens with the
        sentence at ``s_start`` ("Theo kế hoạch, Phương Nam Air sẽ:"); none out of a list."""
        ctx = self.ctx
        heading = list_heading(ctx.text, ctx.sentences, ctx.sentence_index(s_start))
        if heading is None:
            return []
        start, end = ctx.sentences[heading]
        return [
            self._whole(m)
            for m in ctx.mentions_in(start, end)
            if self._may_own(m)
            # not one that judges: "SSI Research lưu ý ba rủi ro:"
            and cues().starts("opinion", ctx.text, self._past_aside(m)) is None
        ]

    def _nation_in_clause(self, a: Amount) -> bool:
        """Whether a nationwide cue stands in the clause of ``a``, before it ("cả nước tuyển
        sinh được …")."""
        return self._nationwide_in(self.ctx.clause_start(a.start), a.start)

    def _place_after(self, a: Amount) -> str | None:
        """Rule ``place_after``: a place right after ``a`` in its clause, after the measure of
        its market, people or land that ``a`` is of ("90% nguồn cung tại Hà Nội"), in a
        clause about a part of the figure before ("…, trong đó 12 dự án tại Hòa Vang"), or
        where another figure of the sentence has another place right after it ("5.000 căn
        tại Hà Nội và 2.100 căn tại Đà Nẵng"); not a zone or a port, where a thing stands
        ("nhà máy 100 triệu USD tại Khu công nghiệp WHA")."""
        found = self._place_right_after(a.start, a.end)
        if found is None:
            return None
        place, at = found
        ctx = self.ctx
        part = cues().starts(
            "part_lead", ctx.text, self._opening(ctx.clause_start(a.start), a.start)
        )
        if part or self._measure_at(a.end, at) or self._places_paired(a, place):
            return place.name
        return None

    def _place_right_after(self, start: int, end: int) -> tuple[Mention, int] | None:
        """The place after "tại" (where it starts) right after the amount at ``[start, end)``
        in its clause, not a zone or a port; None when there is none."""
        ctx = self.ctx
        c_end = ctx.clause_end(end)
        for m in ctx.mentions_in(end, min(c_end, end + _PLACE_AFTER)):
            lo = max(end, m.start - 8)
            at = cues().ends("at_place", ctx.text[lo : m.start])
            if (
                m.label == "LOC"
                and at is not None
                and cues().starts("area_word", m.name) is None  # "tại Khu công nghiệp WHA"
            ):
                return m, lo + at
        return None

    def _places_paired(self, a: Amount, place: Mention) -> bool:
        """Whether another figure of the sentence of ``a`` has a place other than ``place``
        right after it: figures set side by side by place ("5.000 căn tại Hà Nội và 2.100
        căn tại Đà Nẵng")."""
        s_start, s_end = self.ctx.sentence(a.start)
        return any(
            other is not None and other[0].name != place.name
            for b_start, b_end in self._amount_spans
            if s_start <= b_start < s_end and b_start != a.start
            for other in (self._place_right_after(b_start, b_end),)
        )

    def _measure_at(self, end: int, at: int) -> bool:
        """Whether the words from an amount's ``end`` to "tại" at ``at`` name the measure of
        a place's market, people or land that the amount is of, right after it ("90% nguồn
        cung căn hộ mới tại Hà Nội", "60% diện tích cà phê tại …"; not "3 đoàn xúc tiến tại
        Hàn Quốc", nor "95 triệu USD do nhu cầu tại châu Âu …")."""
        low = self.ctx.low
        return cues().starts("place_measure", low, end) is not None and self._prices_at(low[end:at])

    def read_owner(self, owner: str, start: int, end: int) -> str | None:
        """Who owns the goal stated in ``text[start:end]`` that the targets stage gave to
        ``owner``, read from the last mention of that name in the goal's sentence: the
        organisation a place written as its field stands for (rule ``sector_of_country``:
        "Bóng chuyền Việt Nam đặt mục tiêu …" → "Liên đoàn Bóng chuyền Việt Nam"); None for a
        place that sentence gives only as a setting or a destination, owning no figure (rule
        ``setting_owner``: "tham dự Giải vô địch châu Á tại Hàn Quốc, mục tiêu giành …"), unless
        a noun referring back to a place names it again ("…, tỉnh thu hút …"): the amount's
        subject is then read as any figure's is; else ``owner``."""
        written = [
            m for m in self.ctx.mentions_in(self.ctx.sentence(start)[0], end) if m.name == owner
        ]
        if not written:
            return owner
        last = written[-1]
        whole = self._whole(last)
        if whole is not last:
            return whole.name
        if last.label == "LOC" and not self._may_own(last):
            c = cues()
            if any(c.find(kind, self.ctx.low, last.end, end) for kind in _PLACE_ANAPHORS):
                return owner  # "Tại Hội nghị … tỉnh Bình Định, tỉnh thu hút …": it, again
            return None  # "… Giải vô địch châu Á tại Hàn Quốc, mục tiêu giành …": a setting
        return owner

    def sets_goal(self, owner: str, start: int, end: int) -> bool:
        """Whether the sentence of ``text[start:end]`` names ``owner`` before a verb of
        setting a goal (the targets' cue kinds ``_GOAL_VERBS``), before ``end``: the one it
        says set the goal ("…, Việt Nam đặt mục tiêu tăng trưởng 8%", "Tham gia đề án của
        vùng …, Sóc Trăng đăng ký 120.000 ha …"), maybe with a few words of time or manner
        between ("Tập đoàn … năm nay dự kiến …", "… cũng phấn đấu …"; up to ``_GOAL_GAP``
        syllables, no punctuation and no other name), not only its source or its setting
        ("Theo UBND tỉnh, khu công nghiệp phấn đấu …"); a cue that names a plan is no verb
        ("gửi Bộ Công Thương kế hoạch năm 2027": the plan's recipient). ``owner`` as the
        text names it (the targets stage's owner, not the name ``read_owner`` reads in its
        place: "Điền kinh Việt Nam", not "Liên đoàn Điền kinh Việt Nam")."""
        text, lex = self.ctx.text, target_cues()
        mentions = self.ctx.mentions_in(self.ctx.sentence(start)[0], end)
        others = {m.start for m in mentions}
        for m in mentions:
            if m.name != owner:
                continue
            pos = m.end
            for _ in range(_GOAL_GAP + 1):
                pos = skip_space(text, pos)
                if pos >= end or pos in others:
                    break
                noun = lex.starts_with("noun_cue", text, pos)
                for kind in _GOAL_VERBS:
                    goal = lex.starts_with(kind, text, pos)
                    if goal is not None and (noun is None or noun.end() < goal.end()):
                        return True
                word = _WORD.match(text, pos)
                if word is None:
                    break  # punctuation: the clause of the name is over
                pos = word.end()
        return False

    def owner_subject(self, owner: str) -> str:
        """The subject of a target's amount: its owner, or the place a state body plans for.

        "Chính phủ" sets goals for the country, "Ban Chấp hành Đảng bộ tỉnh Quảng Ninh"
        for Quảng Ninh: the place named inside the body's name, else the article's place;
        a body that runs one sector sets its own (rule ``sector_goal``: "Bộ Y tế đặt mục
        tiêu tăng thêm 1,2 bác sĩ/vạn dân", "Cục Thuế được giao thu 63,9 nghìn tỷ đồng").
        """
        if not is_state_body(owner) or runs_sector(owner):
            return owner
        return self.place_of_body(owner) or owner

    def place_of_body(self, body: str) -> str | None:
        """The place a state body speaks for: one named inside its name ("Sở Y tế tỉnh Long
        An"), the country for a national body ("Chính phủ", "Bộ Công Thương"), else the
        article's main place."""
        inside = [m.name for m in self.ctx.mentions if m.label == "LOC" and m.name in body]
        if inside:
            return max(inside, key=len)
        if cues().starts("national_body", body) is not None:
            country = next(
                (
                    m.name
                    for m in self.ctx.mentions
                    if m.label == "LOC" and m.name.lower() in _home_names()
                ),
                None,
            )
            if country is not None:
                return country
        return self.main_of["LOC"]


# A bracketed short name right after a name, the comma closing a title, and "của" before
# a name (whose noun it is), for the rule forecaster.
_BRACKETED = regex.compile(r"\s*\([^()\n]{1,20}\)")
_COMMA = regex.compile(r"\s*,")
# between listed places: a comma, or "và"/"hoặc" (the word group) that closes the list
_LIST_JOINER = regex.compile(r"\s*(?:,|,?\s*(?P<word>và|hoặc))\s+")
_LIST_GAP = 40  # how far before a place the one it is listed after may start
_APPOSED = regex.compile(r"\s*,\s+")  # between a place and one that says where it is
_OWNED_BY = regex.compile(r"(?<!\w)của\s+$", regex.IGNORECASE)
_APPOSITION_CHARS = 60  # how far before a name the comma opening its title may stand
_APPOSITION_MARK = regex.compile(r"[,–-]")  # what opens a person's title after the name
# a bracket opening right after a name's last word (capitalised, or a number: "Nhơn Trạch 3")
_LOCATOR_BRACKET = regex.compile(r"(?:\p{Lu}\w*|\d+)\s*\(\s*$")
_LOCATOR_REACH = 40  # how far before a place its name's last word and bracket are read


_GLOBAL_KINDS = ("not_global_scope", "global_scope")  # a name with "thế giới" first
# rules that answer from the sentences before, or from the article, not from the amount's own
_NOT_NAMED_RULES = frozenset({"carried", "listed_not_carried", "main", "topic_sentence"})
_LEAD_SENTENCES = 2  # the headline and the lead: a subject they name is the article's
_MAIN_NAMED = 2  # how often the article must name its main subject for rule main
_TOPIC_REACH = 3  # how many sentences back a figure-less sentence may give the topic

# the cue kinds ``_referred`` reads at an opening
_REFERRING_KINDS = (
    "not_anaphor_province",
    "anaphor_province",
    "anaphor_org",
    "anaphor_loc",
    "anaphor_kind",
)
_WHOLE = regex.compile(r"^toàn\s+", regex.IGNORECASE)  # "Toàn đoàn": the whole of it
_HOME_CODE = "iso3166:VN"  # the home country's id in the record
_COUNTRY_WORDS = 3  # the most words of a country's name that end a body's ("Hoa Kỳ")


def _home_names() -> frozenset[str]:
    """The country's names ("việt nam", "vn"), lower case."""
    return cues().kinds["home_country"]


@functools.lru_cache(maxsize=4096)
def _headline_end(text: str) -> int:
    """Where the article's headline ends: its first line when that reads as a headline (no
    full stop at its end, at most ``_HEADLINE_CHARS`` long), else 0 (no headline)."""
    end = headline_end(text)
    line = text[:end].rstrip()
    return end if line and len(line) <= _HEADLINE_CHARS and not line.endswith(".") else 0


def _market_index(metric: str | None) -> bool:
    """Whether ``metric`` is a stock index's or the whole market's ("VN-Index", "vốn hóa
    toàn thị trường"; ``market_index`` cues, a hyphen read as a space).

    >>> _market_index("VN-Index khép lại tuần giao dịch"), _market_index("vốn hóa của SSI")
    (True, False)
    """
    return (
        metric is not None and cues().starts("market_index", metric.replace("-", " ")) is not None
    )


def _global_figure(metric: str | None) -> bool:
    """Whether ``metric`` is the whole world's ("nhu cầu vàng toàn cầu", "giá dầu thế
    giới"; ``global_scope`` cues), not a name or a share holding such a word ("vốn vay Ngân
    hàng Thế giới", "thị phần điều xuất khẩu toàn cầu"; ``not_global_scope``).

    >>> _global_figure("nhu cầu dầu toàn cầu"), _global_figure("vốn vay Ngân hàng Thế giới")
    (True, False)
    """
    if metric is None:
        return False
    kinds = [kind for kind, _, _ in cues().find_all(_GLOBAL_KINDS, metric.lower())]
    return "global_scope" in kinds and "not_global_scope" not in kinds


def _market_price(metric: str | None) -> bool:
    """Whether ``metric`` is a price on a market ("giá dăm", "tỷ giá"; not "giá bán", "giá
    trị", nor a bare "giá": "chào bán … với giá 12.000 đồng/cổ phiếu", a deal's own)."""
    c = cues()
    return (
        metric is not None
        and len(metric.split()) > 1
        and c.starts("market_price", metric) is not None
        and c.starts("not_market_price", metric) is None
    )


@functools.lru_cache(maxsize=4096)
def runs_sector(name: str) -> bool:
    """Whether ``name`` is a state body's that runs one sector ("Bộ Y tế", "Cục Thuế",
    "Ngân hàng Nhà nước"; not "Bộ Chính trị"): the figures it does and the goals it sets
    are its own (rules ``sector_body``, ``sector_goal``)."""
    c = cues()
    return c.starts("sector_body", name) is not None and c.starts("not_sector_body", name) is None


@functools.lru_cache(maxsize=4096)
def _speaks_for_field(org: str) -> bool:
    """Whether a sentence that opens with the field and the place of ``org``'s name is
    about ``org``: a team or a federation ("Điền kinh Việt Nam đặt mục tiêu …", cue kind
    ``team_body``) or a company ("Xây dựng Hòa Bình đạt doanh thu …"), not an association
    (cue kind ``field_body``) or a state body, whose field's words speak of the field at
    large ("Dệt may Việt Nam xuất khẩu 44 tỷ USD" beside "Hiệp hội Dệt may Việt Nam")."""
    c = cues()
    if c.starts("team_body", org) is not None:
        return True
    return c.starts("field_body", org) is None and not is_state_body(org)


@functools.lru_cache(maxsize=4096)
def _named_board(org: str) -> bool:
    """Whether ``org`` is a project's board with a name of its own ("Ban Quản lý dự án 85",
    "Ban Quản lý đường sắt đô thị TP.HCM"; cue kind ``project_board``), not "Ban quản lý dự
    án" alone."""
    end = cues().starts("project_board", org)
    return end is not None and bool(org[end:].strip())


@functools.lru_cache(maxsize=4096)
def _kind_of(org: str) -> str:
    """``org``'s name in lower case from its kind's noun on: past a group's head ("Hệ thống
    Bệnh viện Đa khoa Tâm Anh" → "bệnh viện đa khoa tâm anh"; cue kind ``group_head``)."""
    end = cues().starts("group_head", org)
    return org[end or 0 :].casefold()


@functools.lru_cache(maxsize=4096)
def is_state_body(name: str) -> bool:
    """Whether ``name`` is a state body's ("Bộ Y tế", "Sở Tài chính", "Chính phủ"), not
    a project's owner ("Ban Quản lý dự án 85")."""
    c = cues()
    return c.starts("state_body", name) is not None and c.starts("project_board", name) is None


def _foreign_body(name: str) -> bool:
    """Whether a state body's name ends in a foreign country's ("Bộ Thương mại Hoa Kỳ").

    >>> _foreign_body("Bộ Thương mại Hoa Kỳ"), _foreign_body("Bộ Ngoại giao Nhật Bản")
    (True, True)
    >>> _foreign_body("Bộ Công Thương"), _foreign_body("Ngân hàng Nhà nước Việt Nam")
    (False, False)
    """
    words = name.split()
    for n in range(1, min(_COUNTRY_WORDS, len(words) - 1) + 1):
        id_ = entity_id("LOC", " ".join(words[-n:]))[0]
        if id_ is not None and id_.startswith("iso3166:") and id_ != _HOME_CODE:
            return True
    return False
