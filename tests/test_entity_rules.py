"""One table per entity rule, on news-style sentences we wrote ourselves.

Each table names the rule it tests (see models/entities/README.md for the name
grammar): what the rule must find, and what it must not.
"""

from __future__ import annotations

import pytest

from vnextract.document import Document
from vnextract.entities import find_entities


def _forms(text: str, label: str) -> set[str]:
    found = find_entities(Document.from_text(text).text)
    return {m.text for e in found if e.label == label for m in e.mentions}


def _names(text: str, label: str) -> set[str]:
    return {e.name for e in find_entities(Document.from_text(text).text) if e.label == label}


def _absent(text: str, label: str, form: str) -> None:
    forms = {f.casefold() for f in _forms(text, label)}
    assert not any(form.casefold() in f for f in forms), (form, forms)


# ---------------------------------------------- time zones, units, metrics
# (sentence, an abbreviation that is no organisation)
MEASURE_WORDS = [
    ("Thứ Hai, 12/5/2025 08:30 (GMT+7)", "GMT"),
    ("Thứ Sáu, 3/10/2025, 14:05 (UTC+7)", "UTC"),
    ("Phiên họp bắt đầu lúc 9 giờ sáng theo giờ UTC-5 tại New York.", "UTC"),
    ("Dự án có công suất 500 MWp, đặt tại Ninh Thuận.", "MWp"),
    ("Giá mỗi lô hàng khoảng 120 CNY, rẻ hơn hàng nội.", "CNY"),
    ("Cảng đón tàu 18.000 TEU lần đầu tiên.", "TEU"),
    # a unit after a multiplier, and per unit ("mỗi TEU")
    (
        "Sản lượng đạt 1,4 triệu TEU. Cảng giảm 20% phát thải trên mỗi TEU so với năm 2025.",
        "TEU",
    ),
    ("Giá khí nhập khẩu khoảng 11 USD/MMBtu; mỗi MMBtu rẻ hơn 2 USD so với quý trước.", "MMBtu"),
    ("EBITDA của công ty đạt 2.100 tỷ đồng trong quý II.", "EBITDA"),
    ("Hãng chuyển sang màn hình OLED cho dòng máy mới.", "OLED"),
    ("Thu NSNN trên địa bàn tỉnh vượt dự toán.", "NSNN"),
    ("Sàn TMĐT chiếm phần lớn doanh số bán lẻ trực tuyến.", "TMĐT"),
    ("Đoàn thể thao giành 5 HCV và 3 HCĐ tại giải.", "HCV"),
    ("Đoàn thể thao giành 5 HCV và 3 HCĐ tại giải.", "HCĐ"),
    ("Đại sứ quán nước CHXHCN Việt Nam tổ chức lễ kỷ niệm.", "CHXHCN"),
    # products, terms and technologies of trade and health
    ("Công ty phát hành 5 triệu cổ phiếu ESOP cho người lao động.", "ESOP"),
    ("Giá gạo xuất khẩu theo điều kiện FOB đạt 520 USD/tấn.", "FOB"),
    ("Tỉnh xuất khẩu 120.000 m3 ván MDF sang Nhật Bản trong năm nay.", "MDF"),
    ("Bộ Y tế mở rộng tiêm vắc xin HPV cho học sinh nữ lớp 6.", "HPV"),
    ("Cảng lắp thêm 4 cẩu bờ STS và 8 cẩu RTG trong năm tới.", "STS"),
]


@pytest.mark.parametrize(("text", "form"), MEASURE_WORDS)
def test_measure_words_are_no_organisations(text: str, form: str) -> None:
    _absent(text, "ORG", form)


# the rule keeps real abbreviations of organisations
ABBREVIATED_ORGS = [
    # a legal-form head names one company, even by an abbreviation of a common noun
    ("Công ty CP PET báo lãi 310 tỷ đồng trong năm 2026.", "Công ty CP PET"),
    ("Theo VCCI, số doanh nghiệp mới tăng 12%.", "VCCI"),
    # a slash between two names is no price per unit ("USD/TEU")
    ("Hai hãng kiểm toán Deloitte/KPMG được chọn. KPMG có 500 nhân viên.", "KPMG"),
    ("Lãnh đạo PVN cho biết sản lượng khai thác vượt kế hoạch.", "PVN"),
]


@pytest.mark.parametrize(("text", "name"), ABBREVIATED_ORGS)
def test_abbreviated_organisations_stay(text: str, name: str) -> None:
    assert name in _names(text, "ORG")


# ------------------------------------------- nothing crosses a line break
# (text with a title line or a paragraph break, a span that must not be found, label)
LINE_BREAKS = [
    ("Giá nhà tăng mạnh ở Hải Phòng\n\nThứ Ba, 4/3/2025 10:00", "Phòng\n\nThứ", "ORG"),
    ("Giá nhà tăng mạnh ở Hải Phòng\n\nThứ Ba, 4/3/2025 10:00", "Phòng\n\nThứ", "LOC"),
    ("Ngân hàng lãi lớn nhờ Tập đoàn Hòa Phát\nHòa Phát vừa báo lãi.", "Phát\nHòa", "ORG"),
    ("Kinh tế Sở Công Thương\nNguyễn Văn Nam cho biết thêm.", "Thương\nNguyễn", "ORG"),
    ("Công ty Thép Tân An\n\nTân An tăng vốn điều lệ.", "An\n\nTân", "ORG"),
    ("Ông Trần Văn\nBình ký quyết định.", "Văn\nBình", "PER"),
]


@pytest.mark.parametrize(("text", "span", "label"), LINE_BREAKS)
def test_no_span_crosses_a_line_break(text: str, span: str, label: str) -> None:
    _absent(text, label, span)


def test_a_place_before_a_paragraph_break_is_found() -> None:
    assert "Hải Phòng" in _forms("Giá nhà tăng ở Hải Phòng\n\nThứ Ba, 4/3/2025 10:00", "LOC")


# ------------------------------------------------ the organisation grammar
# name := head body [place | number | code]; each production has its table.
# (sentence, the organisation's name)

# body := business-line words in any case, after the head or after one another
GRAMMAR_BUSINESS_WORDS = [
    (
        "Đại diện Công ty CP Tư vấn thiết kế cầu đường cho biết hồ sơ đã nộp.",
        "Công ty CP Tư vấn thiết kế cầu đường",
    ),
    (
        "Hôm qua, Công ty TNHH MTV dịch vụ cơ khí Hàng hải Sao Mai nhận bàn giao.",
        "Công ty TNHH MTV dịch vụ cơ khí Hàng hải Sao Mai",
    ),
    (
        "Chủ đầu tư là Ban quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh.",
        "Ban quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh",
    ),
    ("Cục Xuất nhập khẩu hàng hải cấp phép.", "Cục Xuất nhập khẩu hàng hải"),
    (
        "Công ty cổ phần Đầu tư Nam Phát vừa trúng thầu gói số 2.",
        "Công ty cổ phần Đầu tư Nam Phát",
    ),
]
# a business-line word after a proper name is the sentence's verb or object
GRAMMAR_PROPER_THEN_VERB = [
    ("Tập đoàn Hòa Phát sản xuất 2 triệu tấn thép.", "Tập đoàn Hòa Phát"),
    ("Công ty Kim Tín kinh doanh thiết bị y tế.", "Công ty Kim Tín"),
]
# fields joined by "và" inside one name
GRAMMAR_AND = [
    (
        "Công ty cổ phần Đầu tư xây dựng và Phát triển nhà Sông Đà ký hợp đồng.",
        "Công ty cổ phần Đầu tư xây dựng và Phát triển nhà Sông Đà",
    ),
    (
        "Tổng công ty Thương mại và Dịch vụ Hà Thành vừa họp cổ đông.",
        "Tổng công ty Thương mại và Dịch vụ Hà Thành",
    ),
]
# an optional number closing the name
GRAMMAR_NUMBER = [
    (
        "Tổng công ty Xây dựng công trình giao thông 8 thắng thầu gói số 3.",
        "Tổng công ty Xây dựng công trình giao thông 8",
    ),
    ("Theo Tổng Công ty Phát điện 2, sản lượng tăng 5%.", "Tổng Công ty Phát điện 2"),
    ("Công ty CP Xây lắp điện 1 được chọn làm nhà thầu.", "Công ty CP Xây lắp điện 1"),
]
# a number closing a name after a code in capitals ("Ban QLDA 85")
GRAMMAR_NUMBER += [
    ("Dự án do Ban QLDA 6 làm chủ đầu tư.", "Ban QLDA 6"),
]
# "số" and a number closing the name
GRAMMAR_NUMBER += [
    ("Gói thầu hầm do Tổng công ty Xây dựng số 4 thi công.", "Tổng công ty Xây dựng số 4"),
    ("Công ty cổ phần Xây lắp số 12 vừa trúng thầu.", "Công ty cổ phần Xây lắp số 12"),
]
# a capitalised function word inside a name, in mid-sentence ("Đèo Cả", "Cầu Ngang")
GRAMMAR_CAPITAL_WORD = [
    (
        "Liên danh gồm Công ty CP Tập đoàn Đèo Cả và một nhà thầu địa phương.",
        "Công ty CP Tập đoàn Đèo Cả",
    ),
    # a listed name written with lower case ends a longer name
    (
        "Quỹ Nhi đồng Liên hợp quốc tài trợ thêm 800.000 liều vắc xin sởi cho Việt Nam.",
        "Quỹ Nhi đồng Liên hợp quốc",
    ),
]
# "quốc gia" closing a name after its business words
GRAMMAR_NATIONAL = [
    (
        "Theo Tổng công ty Truyền tải điện quốc gia, lưới điện vận hành ổn định.",
        "Tổng công ty Truyền tải điện quốc gia",
    ),
]
# an optional place closing the name
GRAMMAR_PLACE = [
    (
        "Công ty cổ phần xây lắp dầu khí miền Trung là nhà thầu chính.",
        "Công ty cổ phần xây lắp dầu khí miền Trung",
    ),
    ("Sở Xây dựng Đà Nẵng cấp phép cho dự án.", "Sở Xây dựng Đà Nẵng"),
    # a company's number after its place
    (
        "Công ty cổ phần Đầu tư và Phát triển Điện Tây Bắc 3 đã hoàn thành.",
        "Công ty cổ phần Đầu tư và Phát triển Điện Tây Bắc 3",
    ),
    # "các" right after the head, before business words
    (
        "Ban Quản lý các khu công nghiệp tỉnh Bình Phước cấp phép cho 10 dự án.",
        "Ban Quản lý các khu công nghiệp tỉnh Bình Phước",
    ),
]
# an optional code closing the name
GRAMMAR_CODE = [
    (
        "Công ty TNHH MTV cơ khí hàng hải PVC được giao chế tạo khối thượng tầng.",
        "Công ty TNHH MTV cơ khí hàng hải PVC",
    ),
]

# a group of organisations of one kind, its head capitalised: the group's name
GRAMMAR_GROUP = [
    (
        "Năm 2026, Hệ thống Bệnh viện Đa khoa Hồng Phúc có doanh thu 2.100 tỷ đồng.",
        "Hệ thống Bệnh viện Đa khoa Hồng Phúc",
    ),
    ("Hệ thống Y tế Minh Tâm mở thêm 2 phòng khám.", "Hệ thống Y tế Minh Tâm"),
]

# a legal form after a dash closing the name (rule legal_form_tail)
GRAMMAR_LEGAL_FORM = [
    (
        "Tổng công ty Điện lực Dầu khí Việt Nam - CTCP (PV Power) lãi 1.200 tỷ đồng.",
        "Tổng công ty Điện lực Dầu khí Việt Nam - CTCP",
    ),
    (
        "Tổng công ty Thép Việt Nam – CTCP vừa công bố kết quả kinh doanh.",
        "Tổng công ty Thép Việt Nam – CTCP",
    ),
    # without a dash, in capitals
    (
        "Theo Tổng công ty Môi trường Đô thị Hà Nội TNHH MTV, lượng rác thu gom tăng 4%.",
        "Tổng công ty Môi trường Đô thị Hà Nội TNHH MTV",
    ),
    (
        "Ngày 2/6, Công ty Cấp nước Bến Thành TNHH công bố giá nước mới.",
        "Công ty Cấp nước Bến Thành TNHH",
    ),
]


@pytest.mark.parametrize(
    ("text", "name"),
    GRAMMAR_LEGAL_FORM
    + GRAMMAR_BUSINESS_WORDS
    + GRAMMAR_PROPER_THEN_VERB
    + GRAMMAR_AND
    + GRAMMAR_NUMBER
    + GRAMMAR_PLACE
    + GRAMMAR_CODE
    + GRAMMAR_CAPITAL_WORD
    + GRAMMAR_NATIONAL
    + GRAMMAR_GROUP,
)
def test_organisation_grammar(text: str, name: str) -> None:
    assert name in _names(text, "ORG")


# no name: a generic head with only business-line words, a count after a name
GRAMMAR_NO_NAME = [
    ("Công ty xây dựng đã bàn giao công trình.", "Công ty xây dựng"),
    ("Các công ty bất động sản đều khó khăn.", "công ty bất động sản"),
    ("Tổng công ty Xây dựng 2 năm qua lỗ nặng.", "Tổng công ty Xây dựng 2"),
    ("Công ty CP Cơ điện 3 tháng đầu năm lãi lớn.", "Cơ điện 3"),
    ("Công ty Điện lực Hà Nội 3 tháng đầu năm tăng sản lượng.", "Hà Nội 3"),
    ("Sở Y tế Hà Nội 2 lần kiểm tra cơ sở này.", "Hà Nội 2"),
    ("Tổng công ty Xây dựng số 2 năm qua lỗ nặng.", "Xây dựng số 2"),
    # rule lone_concept: an abbreviation that names no organisation, alone after a head
    ("Tỉnh hỗ trợ doanh nghiệp nội địa vào chuỗi cung ứng của các tập đoàn FDI.", "FDI"),
    ("Tập đoàn ODA lớn nhất tại tỉnh là một quỹ Nhật Bản.", "ODA"),
]


@pytest.mark.parametrize(("text", "form"), GRAMMAR_NO_NAME)
def test_organisation_grammar_no_name(text: str, form: str) -> None:
    _absent(text, "ORG", form)


# ------------------------------------------- names without a head: cues
# (sentence, the organisation's name): a lower-case cue before a capitalised name
CUED_NAMES = [
    ("Tại Campuchia, nhà mạng Smart có hơn 8 triệu thuê bao.", "Smart"),
    ("Cổ phiếu của hãng Airbus tăng 3% trong phiên.", "Airbus"),
    ("Theo tờ Financial Times, thương vụ sẽ hoàn tất trong quý tới.", "Financial Times"),
    ("Năm ngoái, quỹ Dragon Capital rót thêm vốn vào ngành thép.", "Dragon Capital"),
    ("Doanh số trên sàn Lazada tăng 20%.", "Lazada"),
    ("Ông lớn bán lẻ là Walmart, còn ông lớn Costco đứng thứ hai.", "Costco"),
    ("Thương hiệu Biti's mở thêm 30 cửa hàng.", "Biti's"),
    ("Người dùng ứng dụng Zalo tăng 5% so với năm trước.", "Zalo"),
    ("Khách hàng của ngân hàng Techcombank được miễn phí chuyển khoản.", "Techcombank"),
    ("Đối tác của dự án là tập đoàn Hyosung.", "Hyosung"),
    # a chain named with what it sells ("chuỗi siêu thị", "chuỗi nhà thuốc")
    ("Tại Campuchia, chuỗi siêu thị Lucky có 14 cửa hàng.", "Lucky"),
    ("Doanh thu của chuỗi nhà thuốc Phúc Khang tăng 28%.", "Phúc Khang"),
    ("Năm nay, hệ thống siêu thị Hòa Thuận mở thêm 12 điểm bán.", "Hòa Thuận"),
    # a tax, customs or statistics office named by its place since the 2025 reorganisation
    ("Thuế tỉnh Bắc Ninh cho biết đã hoàn thuế cho 214 doanh nghiệp.", "Thuế tỉnh Bắc Ninh"),
    ("Theo Thống kê tỉnh Nghệ An, GRDP năm 2026 tăng 8,1%.", "Thống kê tỉnh Nghệ An"),
]
# names closed by a corporate suffix
SUFFIXED_NAMES = [
    ("Sau thương vụ, Alpha Holdings nắm 30% cổ phần.", "Alpha Holdings"),
    ("Thành Đạt Group vừa công bố kế hoạch.", "Thành Đạt Group"),
    ("Cổ đông lớn nhất là Hanwha Corp của Hàn Quốc.", "Hanwha Corp"),
]


@pytest.mark.parametrize(("text", "name"), CUED_NAMES + SUFFIXED_NAMES)
def test_names_without_a_head(text: str, name: str) -> None:
    assert name in _names(text, "ORG")


# a cue before a place, a person or nothing capitalised names no organisation
CUED_NOT_NAMES = [
    ("Các ngân hàng Mỹ đều tăng lãi suất.", "Mỹ"),
    ("Đối tác Nguyễn Văn Minh cho biết hợp đồng đã ký.", "Nguyễn Văn Minh"),
    ("Các hãng hàng không đều tăng chuyến dịp Tết.", "hàng không"),
    ("Thuế thu nhập cá nhân năm 2026 tăng 10%.", "Thuế thu nhập"),
]


@pytest.mark.parametrize(("text", "form"), CUED_NOT_NAMES)
def test_cue_without_a_name(text: str, form: str) -> None:
    _absent(text, "ORG", form)


# rule ``national_team``: "đội tuyển", the sport, the side and the age group where written,
# then a country, a province or (after a sport) "quốc gia"
NATIONAL_TEAMS = [
    ("Đội tuyển U23 Việt Nam thắng Myanmar 2-0 tối qua.", "Đội tuyển U23 Việt Nam"),
    (
        "Tiền thưởng cho đội tuyển bóng chuyền nữ Việt Nam đạt 2 tỷ đồng.",
        "đội tuyển bóng chuyền nữ Việt Nam",
    ),
    (
        "Đội tuyển cử tạ quốc gia có 14 vận động viên tập trung tại Hà Nội.",
        "Đội tuyển cử tạ quốc gia",
    ),
    ("Trước đó, đội tuyển futsal Thái Lan thua 1-3.", "đội tuyển futsal Thái Lan"),
    ("Đội tuyển Olympic Việt Nam vào bán kết.", "Đội tuyển Olympic Việt Nam"),
    ("Ban huấn luyện đội tuyển nữ Nhật Bản đã chốt danh sách.", "đội tuyển nữ Nhật Bản"),
]


@pytest.mark.parametrize(("text", "name"), NATIONAL_TEAMS)
def test_national_teams(text: str, name: str) -> None:
    assert name in _names(text, "ORG")


# no team: a plural, "quốc gia" with no sport, other words before the country
NOT_NATIONAL_TEAMS = [
    ("Các đội tuyển Việt Nam đều có mặt tại Hà Nội.", "đội tuyển"),
    ("Ông từng là huấn luyện viên đội tuyển quốc gia trong 5 năm.", "đội tuyển"),
    ("Mở màn, đội tuyển thắng đậm Campuchia 4-0.", "đội tuyển"),
    ("Ông cho biết đội tuyển sẽ sang Hàn Quốc tập huấn.", "đội tuyển"),
]


@pytest.mark.parametrize(("text", "form"), NOT_NATIONAL_TEAMS)
def test_no_national_team(text: str, form: str) -> None:
    _absent(text, "ORG", form)


# a unit's word after a company's name: "Samsung Display", "Lotte Mart"
UNIT_SUFFIXES = [
    ("Các pháp nhân như LG Display cũng tăng vốn.", "LG Display"),
    ("Siêu thị Lotte Mart khai trương cơ sở mới.", "Lotte Mart"),
    ("Tổng giám đốc FPT Global Trần Minh Quân cho biết.", "FPT Global"),
    ("Đại diện Airbus Commercial Aircraft ký hợp đồng.", "Airbus Commercial Aircraft"),
]


@pytest.mark.parametrize(("text", "name"), UNIT_SUFFIXES)
def test_unit_suffixes(text: str, name: str) -> None:
    assert name in _names(text, "ORG")


def test_the_holder_after_a_unit_is_the_person() -> None:
    assert _names("Tổng giám đốc FPT Global Trần Minh Quân cho biết.", "PER") == {"Trần Minh Quân"}


# ------------------------------------------------- lists of organisations
# (sentence, a member with no cue of its own)
LISTED_ORGS = [
    ("Thị trường giao đồ ăn có ShopeeFood, Grab và Be.", "Be"),
    ("Be, Gojek và Grab cạnh tranh gay gắt.", "Be"),
    ("Các nhà mạng Viettel, Mobifone và Vietnamobile đều giảm cước.", "Vietnamobile"),
    ("Đối thủ của Shopee gồm Lazada, Tiki hay Sendo.", "Sendo"),
]


@pytest.mark.parametrize(("text", "name"), LISTED_ORGS)
def test_members_of_a_list_of_organisations(text: str, name: str) -> None:
    assert name in _names(text, "ORG")


# places and persons in a list with an organisation stay what they are
LISTED_NOT_ORGS = [
    ("Viettel, Hà Nội và Đà Nẵng được nhắc đến.", "Hà Nội"),
    ("Vinamilk, ông Nguyễn Văn An và bà Lê Thị Hoa dự lễ.", "Nguyễn Văn An"),
]


@pytest.mark.parametrize(("text", "form"), LISTED_NOT_ORGS)
def test_list_members_that_are_no_organisations(text: str, form: str) -> None:
    _absent(text, "ORG", form)


# ------------------------------------------------------------- persons
# (sentence, a form that is no person): titles, fields, nicknames, events, sources
NOT_PERSONS = [
    # a run inside a title
    ("Các Phó Chủ tịch UBND tỉnh Trần Văn Nam và Lê Văn Bình dự họp.", "Phó Chủ"),
    # a company's unit before the holder is no part of the holder's name
    ("CEO Viettel Global Đỗ Mạnh Hùng cho biết.", "Global Đỗ Mạnh Hùng"),
    ("Chủ tịch Samsung Electronics Lee Jae-yong thăm nhà máy.", "Electronics Lee"),
    # oil fields, streets, nicknames of countries
    ("Sản lượng mỏ Bạch Hổ giảm dần trong năm.", "Bạch Hổ"),
    ("Mạng phủ sóng khắp “đất nước Triệu Voi” với 8.000 trạm.", "Triệu Voi"),
    ("Du khách đến xứ sở Kim Chi ngày càng đông.", "Kim Chi"),
    # events
    ("HLV Park Hang-seo đặt mục tiêu vào vòng loại World Cup 2026.", "World Cup"),
    ("Đội tuyển dự vòng loại World Cup 2026 và AFF Cup, HLV Kim Sang-sik cho biết.", "AFF Cup"),
    # a source credit written in camel case
    ("Biểu đồ giá cổ phiếu. Ảnh: TradingView.", "TradingView"),
]


@pytest.mark.parametrize(("text", "form"), NOT_PERSONS)
def test_not_persons(text: str, form: str) -> None:
    _absent(text, "PER", form)


# the holder after a title abbreviation and an organisation is found
TITLE_ABBREVIATIONS = [
    ("TTK VFF Lê Hoài Nam phát biểu tại buổi lễ.", "Lê Hoài Nam", "VFF"),
    ("CEO Viettel Global Đỗ Mạnh Hùng cho biết.", "Đỗ Mạnh Hùng", "Viettel Global"),
]


@pytest.mark.parametrize(("text", "person", "org"), TITLE_ABBREVIATIONS)
def test_title_abbreviation_then_organisation_then_holder(text: str, person: str, org: str) -> None:
    assert person in _names(text, "PER")
    assert org in _names(text, "ORG")
    assert not any(o.startswith(("TTK", "CEO")) for o in _names(text, "ORG"))


# events are no organisations either
@pytest.mark.parametrize(
    "text",
    [
        "Đội tuyển tham dự AFF Cup 2026 vào tháng 12.",
        "Hội nghị ASEAN Summit diễn ra tại Kuala Lumpur.",
        # an event's name in capitals alone
        "Đoàn thể thao đặt mục tiêu giành 3-5 HCV tại ASIAD 2026 ở Nhật Bản.",
    ],
)
def test_events_are_no_organisations(text: str) -> None:
    assert not any(name in {"AFF", "ASEAN", "ASIAD"} for name in _names(text, "ORG"))


# ----------------------------------------------------------- locations
# (sentence, a place's form): abbreviated units, regions with lower-case words
PLACES = [
    ("Văn phòng đặt tại số 5 Lê Duẩn, P. Bến Nghé, Q.1, TP.HCM.", "Bến Nghé"),
    ("Văn phòng đặt tại số 5 Lê Duẩn, P. Bến Nghé, Q.1, TP.HCM.", "Q.1"),
    ("Cửa hàng ở 12 Nguyễn Trãi, P.2, Q.5 đông khách.", "P.2"),
    ("Trụ sở tại P. Tân Định, Q. 3, TP.HCM.", "Q. 3"),
    ("Vốn FDI vào vùng Đông Nam Bộ tăng mạnh.", "vùng Đông Nam Bộ"),
    ("Giá cà phê Tây Nguyên tăng 5%.", "Tây Nguyên"),
    ("Các tỉnh duyên hải Nam Trung Bộ chịu ảnh hưởng của bão.", "duyên hải Nam Trung Bộ"),
    ("Vùng trung du và miền núi phía Bắc có nhiều tiềm năng.", "trung du và miền núi phía Bắc"),
    # rule area_word: "biển" before a listed place names the place itself ("cảng biển Quy Nhơn")
    ("Tuyến cao tốc nối Tây Nguyên với cảng biển Quy Nhơn.", "Quy Nhơn"),
    ("PV Power khảo sát điện gió ngoài khơi vùng biển Bà Rịa - Vũng Tàu.", "Bà Rịa - Vũng Tàu"),
]


@pytest.mark.parametrize(("text", "form"), PLACES)
def test_places(text: str, form: str) -> None:
    assert form in _forms(text, "LOC")


# a street in an address, a lone letter or number of an abbreviated unit
NOT_PLACES_OR_PERSONS = [
    ("Văn phòng đặt tại số 5 Lê Duẩn, P. Bến Nghé, Q.1.", "PER", "Lê Duẩn"),
    ("Cửa hàng ở 12 Nguyễn Trãi, P.2, Q.5 đông khách.", "PER", "Nguyễn Trãi"),
    ("Trụ sở tại P. Tân Định, Q. 3, TP.HCM.", "LOC", "Tân Định, Q"),
]


@pytest.mark.parametrize(("text", "label", "form"), NOT_PLACES_OR_PERSONS)
def test_addresses(text: str, label: str, form: str) -> None:
    _absent(text, label, form)
    assert "Q" not in _forms(text, "LOC")


def test_an_apposition_after_an_organisation_is_no_list() -> None:
    text = "Lễ bàn giao diễn ra tại trung tâm của Boeing, Seattle, bang Washington."
    assert "Seattle" not in _names(text, "ORG")


# a unit of a company is another entity than the company
def test_a_unit_is_not_its_parent() -> None:
    text = "Samsung tăng vốn tại Bắc Ninh, Samsung Display cũng vậy."
    assert {"Samsung", "Samsung Display"} <= _names(text, "ORG")


# rule alias_taken: a parent's bracketed short form is no short form of a subsidiary
# whose name it opens
def test_a_parent_alias_is_not_its_subsidiary() -> None:
    text = (
        "Công ty Cổ phần Xi măng Vicem Hải Vân lỗ 20 tỷ đồng. Vicem Hải Vân trình Tổng công "
        "ty Công nghiệp Xi măng Việt Nam (Vicem) phương án tái cơ cấu. Vicem Hải Vân giảm "
        "120 lao động."
    )
    found = find_entities(Document.from_text(text).text)
    entities = {e.name: {m.text for m in e.mentions} for e in found if e.label == "ORG"}
    assert "Vicem Hải Vân" in entities["Công ty Cổ phần Xi măng Vicem Hải Vân"]
    assert "Vicem" in entities["Tổng công ty Công nghiệp Xi măng Việt Nam"]
    assert "Vicem Hải Vân" not in entities["Tổng công ty Công nghiệp Xi măng Việt Nam"]


# rule letters_before_known: a short word in capitals before a known name makes another
# company's name, the short form of its full name; not a title or another name before it
def test_letters_before_a_known_name() -> None:
    text = (
        "Công ty TNHH Đóng tàu HD Hyundai Khánh Hòa bàn giao 9 tàu. HD Hyundai Khánh Hòa lãi "
        "120 tỷ đồng."
    )
    found = find_entities(Document.from_text(text).text)
    entities = {e.name: {m.text for m in e.mentions} for e in found if e.label == "ORG"}
    assert entities == {
        "Công ty TNHH Đóng tàu HD Hyundai Khánh Hòa": {
            "Công ty TNHH Đóng tàu HD Hyundai Khánh Hòa",
            "HD Hyundai Khánh Hòa",
        }
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("CEO Samsung cho biết doanh thu quý tăng 12%.", {"Samsung"}),
        ("Thị trường EU Samsung bán 2 triệu máy.", {"EU", "Samsung"}),
    ],
)
def test_no_letters_before_a_known_name(text: str, names: set[str]) -> None:
    assert _names(text, "ORG") == names


# a newspaper's common-word name ("Đầu tư") is found after a cue word only
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Đầu tư thêm 5 nhà máy điện mặt trời trong năm 2027.", set()),
        ("Theo báo Đầu tư, công ty lãi 5 tỷ đồng.", {"Đầu tư"}),
    ],
)
def test_common_word_media_names_need_a_cue(text: str, names: set[str]) -> None:
    assert _names(text, "ORG") == names


# --------------------------------------------- bylines written in capitals
# (text, the byline's name, or None when the line is no name)
CAPITAL_BYLINES = [
    ("Doanh thu tăng 10%.\n\nNHẬT HUỲNH\n", "NHẬT HUỲNH"),
    ("Không có dịch lớn xảy ra.\n\nA.ĐÔNG\n", "A.ĐÔNG"),
    ("Giá vàng giảm nhẹ.\n\nTRẦN MINH\n", "TRẦN MINH"),
    ("Tin vắn.\n\nTIN TỨC HÀ NỘI\n\nGDP tăng.", None),
    ("Tin vắn.\n\nHÀ NỘI\n\nGiá nhà tăng.", None),
]


@pytest.mark.parametrize(("text", "name"), CAPITAL_BYLINES)
def test_capital_bylines(text: str, name: str | None) -> None:
    assert _names(text, "PER") == ({name} if name else set())


# a place word before a word that goes on in lower case names no place
@pytest.mark.parametrize(
    "text", ["Hai bên ký bản Ghi nhớ hợp tác về năng lượng.", "Đây là vấn đề xã Hội nhập."]
)
def test_place_word_before_a_common_word(text: str) -> None:
    assert _forms(text, "LOC") == set()


# a place word that ends a two-syllable word ("nông thôn") names no village: the place
# after it stands alone
@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Thu nhập của lao động nông thôn Gia Lai tăng 8%.", "Gia Lai"),
        ("Hạ tầng nông thôn Hà Tĩnh được đầu tư đồng bộ.", "Hà Tĩnh"),
    ],
)
def test_place_word_inside_a_word(text: str, form: str) -> None:
    assert _forms(text, "LOC") == {form}


def test_a_group_head_inside_a_company_name() -> None:
    text = "Công ty CP Tập Đoàn Thái Bình Dương cũng trao tặng 2 tỷ đồng."
    assert _names(text, "ORG") == {"Công ty CP Tập Đoàn Thái Bình Dương"}
    assert _names(text, "PER") == set()


# ----------------------------------------- merging offices, markets, schools
def test_offices_of_one_field_under_different_heads_stay_apart() -> None:
    text = "Sở Y tế tỉnh báo cáo, trong khi Bộ Y tế đặt mục tiêu 26 giường bệnh."
    assert {"Sở Y tế tỉnh", "Bộ Y tế"} <= _names(text, "ORG")


def test_a_company_named_under_two_heads_is_one() -> None:
    text = "Tập đoàn Hòa Phát báo lãi. Công ty Hòa Phát cũng tăng vốn."
    assert len(_names(text, "ORG")) == 1


# (sentence, an abbreviation listed beside places: a market, no organisation)
ABBREVIATIONS_AMONG_PLACES = [
    ("Các thị trường chính là Hoa Kỳ, Nhật Bản, EU và Hàn Quốc.", "EU"),
    ("Hàng xuất sang Trung Quốc, ASEAN và Ấn Độ đều tăng.", "ASEAN"),
]


@pytest.mark.parametrize(("text", "form"), ABBREVIATIONS_AMONG_PLACES)
def test_abbreviations_among_places(text: str, form: str) -> None:
    _absent(text, "ORG", form)


# a school head in lower case names the school after a place, but not after "các"
SCHOOLS = [
    ("Hiện nay trường ĐH Cần Thơ là một trong những trường lớn.", "ORG", "trường ĐH Cần Thơ"),
    ("Các trường THPT Hà Nội đều tăng học phí.", "LOC", "Hà Nội"),
]


@pytest.mark.parametrize(("text", "label", "name"), SCHOOLS)
def test_school_or_place(text: str, label: str, name: str) -> None:
    assert name in _names(text, label)


def test_a_word_in_capitals_is_no_abbreviation() -> None:
    assert _names("Báo cáo của tỉnh.\n\nA.ĐÔNG |\n", "ORG") == set()


# a cue that ends a word ("cảnh báo", "thông báo") names no organisation after it
CUE_INSIDE_A_WORD = [
    ("Tuy nhiên, ông cảnh báo Quy định mới của EU có thể gây khó.", "Quy"),
    ("Doanh nghiệp nhận thông báo Thuế từ cơ quan quản lý.", "Thuế"),
]


@pytest.mark.parametrize(("text", "form"), CUE_INSIDE_A_WORD)
def test_cue_inside_a_word(text: str, form: str) -> None:
    _absent(text, "ORG", form)


# a province after a country in a company's name is its branch, not a person
def test_a_branch_place_shaped_like_a_name() -> None:
    text = "Riêng Công ty TNHH Canon Việt Nam Thái Bình đã đóng góp 5% thu ngân sách."
    assert "Công ty TNHH Canon Việt Nam Thái Bình" in _names(text, "ORG")
    assert _names(text, "PER") == set()


# products and technologies are no organisations; companies in camel case stay
PRODUCTS = [
    ("Apple ra mắt MacBook mới với chip tự phát triển.", "MacBook"),
    ("Doanh số PlayStation giảm trong quý II.", "PlayStation"),
    ("Nhà mạng mở rộng vùng phủ sóng 5G tại 20 tỉnh.", "5G"),
    ("Tấm nền AMOLED được sản xuất tại Bắc Ninh.", "AMOLED"),
]


@pytest.mark.parametrize(("text", "form"), PRODUCTS)
def test_products_are_no_organisations(text: str, form: str) -> None:
    _absent(text, "ORG", form)


@pytest.mark.parametrize(
    "text",
    [
        "Tập đoàn rót 100 triệu USD vào nhà máy tại Nghệ An.",
        "Công ty đầu tư 250 tỷ đồng mở rộng nhà xưởng.",
    ],
)
def test_a_figure_after_a_sentence_opening_head_is_no_name(text: str) -> None:
    """ "Công ty" opening a sentence is the article's company referred to, and what
    follows is its action: a figure with its multiplier or currency names nothing."""
    assert _names(text, "ORG") == set()


def test_a_company_in_camel_case_stays() -> None:
    assert "VietinBank" in _names("Lợi nhuận của VietinBank tăng 20%.", "ORG")


# rule bracketed_short_form: a shorter name in brackets right after a name is its short
# form when it opens with the same word or is all capitalised; else it names another body
BRACKETED = [
    ("Ban Quản lý dự án 6 (Ban QLDA 6) làm chủ đầu tư.", ["Ban Quản lý dự án 6"]),
    (
        "Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam (VEC Group) báo lãi.",
        ["Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam"],
    ),
    ("Cục Hải quan (Bộ Tài chính) cho biết thu ngân sách tăng.", ["Cục Hải quan", "Bộ Tài chính"]),
    # a brand of two words opening with an abbreviation or a camel-case word, and a
    # ticker after the exchange's name
    (
        "Công ty Cổ phần Vận tải Biển Nam Hải (NHC Lines) mở tuyến mới. Mạng lưới của NHC "
        "Lines có 14 tuyến.",
        ["Công ty Cổ phần Vận tải Biển Nam Hải"],
    ),
    (
        "Công ty cổ phần Hàng không Cánh Việt (SkyViet Air) nhận thêm 4 tàu bay. SkyViet Air "
        "có 410 phi công.",
        ["Công ty cổ phần Hàng không Cánh Việt"],
    ),
    # … or a capitalised word of the name's last words: "Minh Khang Tech", not the place
    # the name ends with
    (
        "Tập đoàn Công nghệ Minh Khang (Minh Khang Tech) khởi công trung tâm dữ liệu. Minh "
        "Khang Tech có 6.700 nhân sự.",
        ["Tập đoàn Công nghệ Minh Khang"],
    ),
    ("Công ty Cấp nước Bắc Ninh (Bắc Ninh) tăng giá nước 5%.", ["Công ty Cấp nước Bắc Ninh"]),
    (
        "Công ty Cổ phần Chứng khoán Bảo Minh Châu (HoSE: BMC) lãi 205 tỷ đồng. BMC dự kiến "
        "chào bán 150 triệu cổ phiếu.",
        ["Công ty Cổ phần Chứng khoán Bảo Minh Châu", "HoSE"],
    ),
    # a place in brackets names where the company is, not its short form, also when an
    # abbreviation of its kind opens it ("TP", "TX")
    (
        "Công ty Cổ phần Mía đường Sơn La (TP Sơn La) đạt doanh thu 1.200 tỷ đồng.",
        ["Công ty Cổ phần Mía đường Sơn La"],
    ),
    (
        "Công ty TNHH Thủy sản Phú Cường (Hải Phòng) xuất khẩu 20 triệu USD.",
        ["Công ty TNHH Thủy sản Phú Cường"],
    ),
]


# a company named by its business line alone has yet to give its name, which may look
# like a person's ("Chứng khoán Hoàng Long Hải"); after a title, the person follows the
# body ("Chủ nhiệm Ủy ban Kinh tế và Tài chính Phan Văn Mãi")
def test_a_company_name_shaped_like_a_person_stays_the_company() -> None:
    text = "Công ty Cổ phần Chứng khoán Hoàng Long Hải vừa công bố báo cáo tài chính."
    assert _names(text, "ORG") == {"Công ty Cổ phần Chứng khoán Hoàng Long Hải"}
    assert _names(text, "PER") == set()
    text = "Chủ nhiệm Ủy ban Kinh tế và Tài chính Phan Văn Mãi cho biết GDP tăng 8%."
    assert _names(text, "PER") == {"Phan Văn Mãi"}


@pytest.mark.parametrize(("text", "names"), BRACKETED)
def test_a_short_form_in_brackets_joins_the_name_before_it(text: str, names: list[str]) -> None:
    assert sorted(_names(text, "ORG")) == sorted(names)


def test_places_in_brackets_after_a_name_ending_with_one_stay_places() -> None:
    text = "Hợp tác xã Nông nghiệp Phú Lộc (Phú Lộc Huế) có 320 thành viên."
    assert "Phú Lộc" in _names(text, "LOC")


def test_a_short_form_opening_with_the_names_last_words_is_found_again_later() -> None:
    text = (
        "Tập đoàn Công nghệ Minh Khang (Minh Khang Tech) khởi công trung tâm dữ liệu. Minh "
        "Khang Tech có 6.700 nhân sự."
    )
    [org] = [e for e in find_entities(Document.from_text(text).text) if e.label == "ORG"]
    assert [m.text for m in org.mentions] == [
        "Tập đoàn Công nghệ Minh Khang",
        "Minh Khang Tech",
        "Minh Khang Tech",
    ]


# Rule ``latin_brand``: capitalised words without Vietnamese letters in brackets after a
# Vietnamese name are its English brand, found again where the article uses it alone; a
# foreign place in brackets stays where the company is from.
LATIN_BRANDS = [
    (
        "Công ty Cổ phần Hàng không Phương Đông (Orient Sky) nhận thêm 4 tàu bay. Orient Sky "
        "khai thác 41.600 chuyến bay trong 11 tháng.",
        "Orient Sky",
    ),
    (
        "Công ty Cổ phần Dược phẩm Tâm An (Minh An Medical) có 120 nhà thuốc. Năm 2027, Minh "
        "An Medical mở thêm 30 nhà thuốc.",
        "Minh An Medical",
    ),
    (
        "Công ty Cổ phần Vận tải Phương Trang (Futa Bus Lines) chở 12 triệu lượt khách. Futa "
        "Bus Lines dự kiến tăng 10% sản lượng.",
        "Futa Bus Lines",
    ),
]


def test_a_latin_brand_with_an_abbreviation_needs_no_second_mention() -> None:
    text = "Công ty cổ phần Xây lắp dầu khí Sông Tiền (Alpha ECC) trúng thầu gói 1.200 tỷ đồng."
    [org] = [e for e in find_entities(Document.from_text(text).text) if e.label == "ORG"]
    assert [m.text for m in org.mentions][1:] == ["Alpha ECC"]


@pytest.mark.parametrize(("text", "brand"), LATIN_BRANDS)
def test_a_latin_brand_in_brackets_joins_the_name_before_it(text: str, brand: str) -> None:
    [org] = [e for e in find_entities(Document.from_text(text).text) if e.label == "ORG"]
    assert [m.text for m in org.mentions][1:] == [brand, brand]


@pytest.mark.parametrize("place", ["Hong Kong", "New Zealand", "South Korea", "Peter Nguyen"])
def test_a_foreign_place_in_brackets_is_no_brand(place: str) -> None:
    # written once and with no abbreviation: a place or a person, not the company's brand
    text = f"Công ty TNHH Thực phẩm Đông Á ({place}) đầu tư 20 triệu USD vào nhà máy mới."
    assert _names(text, "ORG") == {"Công ty TNHH Thực phẩm Đông Á"}


# Rule ``unit_number``: a plant's name closes with the number of its unit or phase
# (models/entities/numbered_heads.txt); a number that counts ("9 tháng") or opens a
# figure ("3 tỷ kWh") stays out of the name, and a firm's name takes no such number.
UNIT_NUMBERS = [
    (
        "Nhà máy nhiệt điện Vĩnh Tân 4 phát 7 tỷ kWh trong năm 2026.",
        "Nhà máy nhiệt điện Vĩnh Tân 4",
    ),
    (
        "Nhà máy điện gió Hướng Linh 9 hòa lưới 30 MW trong quý III.",
        "Nhà máy điện gió Hướng Linh 9",
    ),
    (
        "Khu liên hợp sản xuất gang thép Hòa Phát Dung Quất 2 đón 5,6 triệu tấn quặng.",
        "Khu liên hợp sản xuất gang thép Hòa Phát Dung Quất 2",
    ),
    ("Nhà máy Hòa Phát 9 tháng sản xuất 2 triệu tấn thép.", "Nhà máy Hòa Phát"),
    ("Nhà máy Giấy Bãi Bằng 30 công nhân bị sa thải trong tháng 11.", "Nhà máy Giấy Bãi Bằng"),
    ("Nhà máy Thủy điện Trị An 4 tổ máy đã vận hành ổn định.", "Nhà máy Thủy điện Trị An"),
    ("Nhà máy điện khí Nhơn Trạch 3 tỷ kWh mỗi năm là mục tiêu.", "Nhà máy điện khí Nhơn Trạch"),
]


@pytest.mark.parametrize(("text", "name"), UNIT_NUMBERS)
def test_a_plants_name_closes_with_its_units_number(text: str, name: str) -> None:
    assert _names(text, "ORG") == {name}


# Rule ``brand_closes_field``: a lower-case field opened by a capital ("Cảng cửa ngõ quốc
# tế") closes on a brand word, one capitalised word of six letters or more without
# Vietnamese letters, as it does on a listed place.
BRAND_CLOSED_FIELDS = [
    (
        "Công ty Cảng cửa ngõ quốc tế Gemalink đón 1,2 triệu TEU trong năm 2026.",
        "Công ty Cảng cửa ngõ quốc tế Gemalink",
    ),
    (
        "Công ty Cảng cửa ngõ quốc tế Cái Mép đón 1,2 triệu TEU trong năm 2026.",
        "Công ty Cảng cửa ngõ quốc tế Cái Mép",
    ),
    (
        "Công ty Dịch vụ cảng biển Portlink khai thác 800.000 TEU mỗi năm.",
        "Công ty Dịch vụ cảng biển Portlink",
    ),
]


@pytest.mark.parametrize(("text", "name"), BRAND_CLOSED_FIELDS)
def test_a_brand_word_closes_a_lower_case_field(text: str, name: str) -> None:
    assert _names(text, "ORG") == {name}


# ---------------------------------------------- rule facility_name (entities/propagate.py)
# (text, the facility's name, the name written alone later: one of its mentions)
FACILITY_NAMES = [
    (
        "Cảng hàng không quốc tế Cát Bi vừa công bố kết quả. Năm 2025, Cát Bi phục vụ "
        "5,6 triệu lượt khách.",
        "Cảng hàng không quốc tế Cát Bi",
        "Cát Bi",
    ),
    (
        "Sân bay Liên Khương đón chuyến bay quốc tế đầu tiên. Mùa cao điểm, Liên Khương "
        "khai thác 40 chuyến mỗi ngày.",
        "Sân bay Liên Khương",
        "Liên Khương",
    ),
    (
        "Cảng Tiên Sa mở rộng bến số 3.\n\nTrong 10 tháng, Tiên Sa đón 1,2 triệu tấn hàng.",
        "Cảng Tiên Sa",
        "Tiên Sa",
    ),
    # a listed place that is no province, country or district: the facility's short name,
    # also in a headline before the facility is named in full
    (
        "Nhà ga T2 Tân Sơn Nhất đón 12 triệu khách\n\nCảng hàng không quốc tế Tân Sơn Nhất "
        "vừa đưa nhà ga mới vào khai thác.",
        "Cảng hàng không quốc tế Tân Sơn Nhất",
        "Tân Sơn Nhất",
    ),
    (
        "Sân bay quốc tế Nội Bài mở thêm 6 đường bay. Năm 2026, Nội Bài phục vụ 32 triệu "
        "lượt khách.",
        "Sân bay quốc tế Nội Bài",
        "Nội Bài",
    ),
]
# (text, a name written alone that stays apart from the facility)
FACILITY_NAMES_APART = [
    # written after another place word: the name is that place's
    (
        "Sân bay Liên Khương nằm ở thị trấn Liên Khương. Liên Khương có 20.000 dân.",
        "Liên Khương",
    ),
    # a listed place: "sân bay Long Thành" is no Long Thành, and Long Thành is the place
    ("Sân bay Long Thành sắp hoàn thành. Huyện ủy Long Thành họp bàn.", "Long Thành"),
    ("Sân bay Long Thành sắp hoàn thành. Long Thành có thêm 3 khu công nghiệp.", "Long Thành"),
    # a province: the city, no short name of its airport
    (
        "Cảng hàng không quốc tế Đà Nẵng đón 10 triệu khách. Đà Nẵng thu hút 2 tỷ USD vốn FDI.",
        "Đà Nẵng",
    ),
]


@pytest.mark.parametrize(("text", "name", "alone"), FACILITY_NAMES)
def test_a_facility_is_called_by_its_name_alone(text: str, name: str, alone: str) -> None:
    found = find_entities(Document.from_text(text).text)
    (facility,) = [e for e in found if e.name == name]
    assert alone in {m.text for m in facility.mentions}


@pytest.mark.parametrize(("text", "alone"), FACILITY_NAMES_APART)
def test_a_place_of_the_same_name_stays_apart(text: str, alone: str) -> None:
    found = find_entities(Document.from_text(text).text)
    facility = [e for e in found if e.name.casefold().startswith(("sân bay", "cảng hàng không"))]
    assert facility
    assert all(m.text != alone for e in facility for m in e.mentions)


# ---------------------------------------------- an international facility of a major place
# ("Sân bay quốc tế Đà Nẵng" is one airport; "cảng Hải Phòng" names the city's ports)
INTERNATIONAL_FACILITIES = [
    ("Sân bay quốc tế Đà Nẵng khai thác 1.126 chuyến bay trong dịp lễ.", "Sân bay quốc tế Đà Nẵng"),
    (
        "Năm 2025, Cảng hàng không quốc tế Cần Thơ đón 1,2 triệu lượt khách.",
        "Cảng hàng không quốc tế Cần Thơ",
    ),
]
PORTS_OF_A_CITY = [
    ("Hàng hóa qua cảng Hải Phòng tăng 12% trong 10 tháng.", "Hải Phòng"),
    ("Sản lượng qua sân bay Đà Nẵng tăng mạnh.", "Đà Nẵng"),
]


@pytest.mark.parametrize(("text", "name"), INTERNATIONAL_FACILITIES)
def test_an_international_facility_is_its_own_place(text: str, name: str) -> None:
    assert name in _names(text, "LOC")


@pytest.mark.parametrize(("text", "name"), PORTS_OF_A_CITY)
def test_a_plain_facility_word_before_a_city_names_the_city(text: str, name: str) -> None:
    assert _names(text, "LOC") == {name}
