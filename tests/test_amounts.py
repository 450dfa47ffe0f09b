"""find_amounts: numbers with their unit, qualifier, range and rate, in news text."""

from __future__ import annotations

import csv
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from vnextract import Extractor
from vnextract.amounts import (
    _CLAUSE_EDGE,
    _candidate_starts,
    _clause_before,
    _lexicon,
    find_amounts,
)
from vnextract.numbers import parse_number
from vnextract.schema import Amount

ROOT = Path(__file__).resolve().parent.parent
PEER_CASES = Path("shared", "eval", "peer-cases", "duckling-vi.tsv")


def _peer_file() -> Path | None:
    """Duckling's cases beside the repository (``../shared/...``), if this checkout has them."""
    for folder in (ROOT, *ROOT.parents):
        if (folder / PEER_CASES).is_file():
            return folder / PEER_CASES
    return None


def _fields(a: Amount) -> dict[str, Any]:
    return {
        "value": a.value,
        "min": a.min,
        "max": a.max,
        "unit": a.unit,
        "kind": a.kind,
        "qualifier": a.qualifier,
        "per": a.per,
        "text": a.text,
    }


def _check(found: list[Amount], expected: list[dict[str, Any]], source: str) -> None:
    """Every expected amount is found, in order, and nothing else; spans index ``source``."""
    for a in found:
        assert source[a.start : a.end] == a.text
    got = [_fields(a) for a in found]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=True):
        for key, want in e.items():
            if isinstance(want, float | int) and not isinstance(want, bool):
                assert g[key] == pytest.approx(want), (key, g)
            else:
                assert g[key] == want, (key, g)


# (1) The issue's "Amounts" table, row by row.
ISSUE_TABLE = [
    ("lên tới 59 nghìn tỷ đồng", [dict(value=5.9e13, unit="VND", kind="money", qualifier="up_to")]),
    (
        "hơn 3.350 doanh nghiệp",
        [dict(value=3350, unit="doanh nghiệp", kind="count", qualifier="more_than")],
    ),
    ("từ 1.300 đến 1.500 doanh nghiệp", [dict(min=1300, max=1500, unit="doanh nghiệp")]),
    ("ít nhất 60% GRDP", [dict(value=60, unit="%", kind="percent", qualifier="at_least")]),
    ("3,5 tỷ USD", [dict(value=3.5e9, unit="USD")]),
    ("120.553 tỷ đồng", [dict(value=1.20553e14, unit="VND")]),
    ("1 tỷ 200 triệu đồng", [dict(value=1.2e9, unit="VND")]),
    ("1,5 nghìn tỷ đồng", [dict(value=1.5e12, unit="VND")]),
    ("15 tỷ đô la Mỹ", [dict(value=1.5e10, unit="USD")]),
    (
        "gần 55 triệu lượt khách quốc tế",
        [dict(value=5.5e7, unit="lượt khách", qualifier="about")],
    ),
    ("khoảng 1.000 ha", [dict(value=1000, unit="ha", kind="measure", qualifier="about")]),
    ("20–25% and 20-25 %", [dict(min=20, max=25, unit="%"), dict(min=20, max=25, unit="%")]),
    ("0,83%", [dict(value=0.83, unit="%")]),
    ("30 triệu đồng/m2", [dict(value=3e7, unit="VND", per="m2")]),
    ("giảm 500 đồng/kg", [dict(value=500, unit="VND", per="kg")]),
    ("8.500 USD/người", [dict(value=8500, unit="USD", per="người")]),
    ("6.071 km2", [dict(value=6071, unit="km2", kind="measure")]),
    ("150 nghìn tấn", [dict(value=150_000, unit="tấn")]),
    ("hai triệu người", [dict(value=2e6, unit="người")]),
    ("500 MW", [dict(value=500, unit="MW")]),
    # "năm tới" is next year, no range from five
    ("lợi nhuận năm tới 3.200 tỷ đồng", [dict(value=3.2e12, unit="VND")]),
    ("từ năm đến bảy doanh nghiệp", [dict(min=5, max=7, unit="doanh nghiệp")]),
    ("tốc độ tải xuống 300 Mbps", [dict(value=300, unit="Mbps")]),
    ("200 tỉ đồng", [dict(value=2e11, unit="VND")]),
    ("gấp 2,6 lần", [dict(value=2.6, unit="lần")]),
    ("giảm 4,02% / -4,02%", [dict(value=4.02, unit="%"), dict(value=-4.02, unit="%")]),
    ("ba trụ cột", [dict(value=3, unit="trụ cột", kind="count")]),
]


@pytest.mark.parametrize(("text", "expected"), ISSUE_TABLE)
def test_issue_table(text: str, expected: list[dict[str, Any]]) -> None:
    _check(find_amounts(text), expected, text)


# (2) Not amounts: the issue's list and the brief's.
NOT_AMOUNTS = [
    "năm 2025",
    # "năm" after "mỗi", "cuối", "trong" … names the year, not five
    "Cuối năm nhà máy sẽ vận hành chính thức.",
    "Trong năm doanh nghiệp tiếp tục tái cơ cấu.",
    "Khi vận hành, mỗi năm nhà máy cung cấp điện cho lưới quốc gia.",
    # a number inside a name counts only a known noun after it (rule number_in_name)
    "Đoàn thể thao tham dự SEA Games 33 diễn ra tại Thái Lan.",
    "Mẫu điện thoại iPhone 16 bán ra từ tháng 9.",
    # a verb after the number closing a name counts nothing
    "Tổng công ty Phát điện 3 đặt mục tiêu mở rộng sản xuất.",
    "Ban Quản lý dự án 85 vừa công bố tiến độ mới.",
    # a capitalised number word inside a sentence is part of a name (number_word_in_name)
    "Nông dân vùng Đồng Tháp Mười chủ động xuống giống sớm.",
    "Học sinh quận Hai Bà Trưng tham gia cuộc thi.",
    "2022-2025",
    "thứ 5",
    "lần thứ XIII",
    "Nghị quyết số 09-NQ/TU",
    "Quyết định 749/QĐ-TTg",
    "quý I/2024",
    "27/5/2025",
    "tháng 8/2023",
    "0912 345 678",
    "Điều 5",
    "hàng trăm startup",
    "nhiều doanh nghiệp",
    "5 năm",
    "quý 3",
    "tháng 8",
    "chín tháng",
    "6 tháng đầu năm",
    "trong 3 ngày",
    "5 phiên",
    "chip 1nm",
    "một doanh nghiệp",
    "một trong những",
    "https://example.vn/tin-tuc/2025/500-doanh-nghiep.html",
    "www.example.com.vn/20-ty-dong",
    "lienhe2025@example.vn",
]


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


# (3) Our own news-style sentences.
NEWS = [
    (
        "Đoàn Việt Nam giành 87 HCV, 80 HCB và 110 HCĐ tại SEA Games 33.",
        [dict(value=87, unit="HCV"), dict(value=80, unit="HCB"), dict(value=110, unit="HCĐ")],
    ),
    ("Tỉnh có năm nhà máy điện gió đang vận hành.", [dict(value=5, unit="nhà máy")]),
    # bodies and people counted by their abbreviation; after "tháng N" the number is a month
    ("Tháng 9 HLV Park gọi 30 cầu thủ; đến tháng 6 KCN VSIP lấp đầy.", [dict(value=30)]),
    (
        "Tỉnh có 9 KCN, 40 CCN, 2 KKT và 310 HTX; đội tuyển có 24 VĐV và 3 HLV.",
        [
            dict(value=9, unit="KCN"),
            dict(value=40, unit="CCN"),
            dict(value=2, unit="KKT"),
            dict(value=310, unit="HTX"),
            dict(value=24, unit="VĐV"),
            dict(value=3, unit="HLV"),
        ],
    ),
    (
        "Tập đoàn TH có 9 trang trại bò sữa và mở thêm 3 đường bay nội địa cho hàng hóa.",
        [dict(value=9, unit="trang trại"), dict(value=3, unit="đường bay")],
    ),
    # "chung cư": a counted noun though "chung" alone is none (an adjective)
    (
        "Thành phố cải tạo 15 chung cư cũ và khởi công 9 khu chung cư trong năm 2027.",
        [dict(value=15, unit="chung cư"), dict(value=9, unit="khu chung cư")],
    ),
    # two-syllable counted nouns of the word list ("chi nhánh", "phân khu", "mặt bằng")
    (
        "Ngân hàng mở thêm 40 chi nhánh và chia khu đô thị thành 5 phân khu.",
        [dict(value=40, unit="chi nhánh"), dict(value=5, unit="phân khu")],
    ),
    (
        "Tại Vinamilk 13 nhà máy đã đạt chuẩn quốc tế.",  # a known noun after a name still counts
        [dict(value=13, unit="nhà máy")],
    ),
    (
        "Năm 2024, doanh thu của công ty đạt 12.500 tỷ đồng, tăng 8,4% so với năm trước.",
        [dict(value=1.25e13, unit="VND"), dict(value=8.4, unit="%")],
    ),
    (
        "Tổng vốn đầu tư nước ngoài vào tỉnh đạt gần 2,3 tỷ USD với 145 dự án mới.",
        [dict(value=2.3e9, unit="USD", qualifier="about"), dict(value=145, unit="dự án")],
    ),
    (
        "Giá căn hộ tại quận 7 dao động từ 45 đến 60 triệu đồng/m2.",
        [dict(min=4.5e7, max=6e7, unit="VND", per="m2", text="từ 45 đến 60 triệu đồng/m2")],
    ),
    (
        "Sản lượng lúa ước đạt 1,2 triệu tấn trên diện tích khoảng 230.000 ha.",
        [dict(value=1.2e6, unit="tấn"), dict(value=230_000, unit="ha", qualifier="about")],
    ),
    (
        "Ngày 15/3/2025, UBND tỉnh ban hành Quyết định số 512/QĐ-UBND hỗ trợ 1.200 hộ nghèo.",
        [dict(value=1200, unit="hộ nghèo", kind="count")],
    ),
    (
        "Lãi suất giảm 0,5 điểm phần trăm, xuống còn 6,5%/năm.",
        [dict(value=0.5, unit="điểm phần trăm"), dict(value=6.5, unit="%", per="năm")],
    ),
    (
        "Chỉ số VN-Index tăng 12,35 điểm, tương đương 0,98%, lên 1.275,6 điểm.",
        [
            dict(value=12.35, unit="điểm"),
            dict(value=0.98, unit="%"),
            dict(value=1275.6, unit="điểm"),
        ],
    ),
    (
        "Hơn 3.000 vận động viên từ 11 quốc gia tham dự giải đấu kéo dài 10 ngày.",
        [
            dict(value=3000, unit="vận động viên", qualifier="more_than"),
            dict(value=11, unit="quốc gia"),
        ],
    ),
    (
        "Mỗi ngày nhà máy xử lý tối đa 500 tấn rác thải sinh hoạt.",
        [dict(value=500, unit="tấn", qualifier="at_most")],
    ),
    (
        "Dự án có tổng vốn 1 tỷ 500 triệu USD và công suất 1.200 MW.",
        [dict(value=1.5e9, unit="USD"), dict(value=1200, unit="MW")],
    ),
    (
        "Trong 9 tháng, khu du lịch đón 2,4 triệu lượt khách, trong đó 350.000 lượt khách quốc tế.",
        [dict(value=2.4e6, unit="lượt khách"), dict(value=350_000, unit="lượt khách")],
    ),
    (
        "Xuất khẩu gạo đạt 4,5 triệu tấn, trị giá 2,8 tỷ USD, giá bình quân 620 USD/tấn.",
        [
            dict(value=4.5e6, unit="tấn"),
            dict(value=2.8e9, unit="USD"),
            dict(value=620, unit="USD", per="tấn"),
        ],
    ),
    (
        "Ba doanh nghiệp được vinh danh trong chương trình năm nay.",
        [dict(value=3, unit="doanh nghiệp", text="Ba doanh nghiệp")],
    ),
    (
        "Tỉnh đặt mục tiêu đến năm 2030 có ít nhất 2.000 doanh nghiệp công nghệ số.",
        [dict(value=2000, unit="doanh nghiệp", qualifier="at_least")],
    ),
    (
        "Giá vàng miếng vượt mốc 90 triệu đồng/lượng.",
        [dict(value=9e7, unit="VND", per="lượng", qualifier="more_than")],
    ),
    (
        "Gọi đường dây nóng 0243 823 4567 hoặc hotline 1900 6868, email hotro@congty.vn.",
        [],
    ),
    ("Theo Điều 5 Luật Đầu tư, khoản 2 quy định rõ trách nhiệm của nhà đầu tư.", []),
    ("Hàng nghìn người dân đã tham gia, cùng hàng chục doanh nghiệp trên địa bàn.", []),
    (
        "Chi phí mỗi suất ăn khoảng 35.000 đồng.",
        [dict(value=35_000, unit="VND", qualifier="about")],
    ),
    (
        "Đội tuyển giành 5 huy chương vàng và 3 huy chương bạc.",
        [dict(value=5, unit="huy chương vàng"), dict(value=3, unit="huy chương bạc")],
    ),
    (
        "Tăng trưởng đạt 7,09%, cao hơn 1,5 điểm phần trăm so với kế hoạch.",
        [dict(value=7.09, unit="%"), dict(value=1.5, unit="điểm phần trăm", qualifier=None)],
    ),
    (
        "Nhà đầu tư cam kết rót từ 300 triệu đến 1 tỷ USD vào dự án.",
        [dict(min=3e8, max=1e9, unit="USD")],
    ),
    ("Thời gian xử lý hồ sơ rút ngắn từ 15 ngày xuống còn 7 ngày.", []),
    (
        "Cả nước có 63 tỉnh, thành phố và hơn 10.000 xã, phường.",
        [
            dict(value=63, unit="tỉnh, thành phố"),
            dict(value=10_000, unit="xã, phường", qualifier="more_than"),
        ],
    ),
    (
        "Mức phạt từ 2 - 3 triệu đồng đối với cá nhân vi phạm.",
        [dict(min=2e6, max=3e6, unit="VND")],
    ),
    ("Sầu riêng được thu mua với giá 75.000 đ/kg.", [dict(value=75_000, unit="VND", per="kg")]),
    (
        "Công ty chia cổ tức 15% bằng tiền, tương đương 1.500 đồng/cổ phiếu.",
        [dict(value=15, unit="%"), dict(value=1500, unit="VND", per="cổ phiếu")],
    ),
    ("Giá dầu Brent tăng lên 85,2 USD/thùng.", [dict(value=85.2, unit="USD", per="thùng")]),
    # "mỗi" and a two-syllable noun: the whole noun is the denominator
    (
        "Cổ tức năm 2025 là 2.000 đồng mỗi cổ phiếu, lương 9 triệu đồng mỗi tháng.",
        [
            dict(value=2000, unit="VND", per="cổ phiếu", text="2.000 đồng mỗi cổ phiếu"),
            dict(value=9e6, unit="VND", per="tháng"),
        ],
    ),
    (
        "Đoàn đã ký 12 thỏa thuận hợp tác trị giá 4,5 tỷ USD.",
        [dict(value=12, unit="thỏa thuận"), dict(value=4.5e9, unit="USD")],
    ),
    ("Một trong những mục tiêu là đưa tỷ lệ đô thị hóa lên 45%.", [dict(value=45, unit="%")]),
    ("Giá cước giảm 20-30% so với cùng kỳ.", [dict(min=20, max=30, unit="%")]),
    (
        "Lượng mưa phổ biến 50-100 mm, có nơi trên 150 mm.",
        [dict(min=50, max=100, unit="mm"), dict(value=150, unit="mm", qualifier="more_than")],
    ),
    ("Nhiệt độ cao nhất 38 độ C.", [dict(value=38, unit="°C")]),
    (
        "Vốn điều lệ là 25.000 tỷ đồng, lợi nhuận trước thuế đạt hơn 3.200 tỷ.",
        [dict(value=2.5e13, unit="VND"), dict(value=3.2e12, unit="VND", qualifier="more_than")],
    ),
    (
        "Thành phố có 1,2 triệu xe máy và khoảng 800.000 ô tô.",
        [dict(value=1.2e6, unit="xe máy"), dict(value=800_000, unit="ô tô", qualifier="about")],
    ),
    ("Trận đấu kết thúc với tỷ số 3-1 nghiêng về đội khách.", []),
    ("Kim ngạch thương mại hai chiều đạt 171,9 tỷ USD.", [dict(value=1.719e11, unit="USD")]),
    ("Ông Nguyễn Văn Hùng, 52 tuổi, trú tại phường 5, quận 3.", []),
    (
        "Doanh thu đạt 8.200 tỷ đồng, vượt 12% kế hoạch năm.",
        [dict(value=8.2e12, unit="VND"), dict(value=12, unit="%", qualifier=None)],
    ),
    (
        "Sản lượng đạt 2,1 triệu tấn, vượt 150.000 tấn so với cùng kỳ.",
        [dict(value=2.1e6, unit="tấn"), dict(value=150_000, unit="tấn", qualifier=None)],
    ),
    (
        "Chỉ số giá tiêu dùng giảm 0,15% (-0,15%) so với tháng trước.",
        [dict(value=0.15, unit="%"), dict(value=-0.15, unit="%")],
    ),
    (
        "Tỉnh có 7/10 chỉ tiêu đạt và vượt kế hoạch.",
        [],  # a fraction: the guidelines leave it optional, so say nothing
    ),
    ("9 trong số 12 ngân hàng báo lãi.", [dict(value=9, unit="ngân hàng")] * 1 + [dict(value=12)]),
    (
        "Giá thuê văn phòng hạng A đạt 45 USD/m2/tháng.",
        [dict(value=45, unit="USD", per="m2/tháng")],
    ),
    (
        "Khoảng 70% người dân từ 18 tuổi trở lên đã tiêm đủ hai mũi vắc xin.",
        [dict(value=70, unit="%", qualifier="about"), dict(value=2, unit="mũi")],
    ),
    ("Mỗi hộ được hỗ trợ 5 triệu/tháng.", [dict(value=5e6, unit="VND", per="tháng")]),
    (
        "Tuyến metro dài 19,7 km với 14 nhà ga, phục vụ 400 hành khách mỗi chuyến.",
        [
            dict(value=19.7, unit="km"),
            dict(value=14, unit="nhà ga"),
            dict(value=400, unit="hành khách"),
        ],
    ),
    (
        "Mỗi tháng chi khoảng 3-4 triệu đồng; tỷ giá trung tâm ở mức 24.265 đồng/USD.",
        [
            dict(min=3e6, max=4e6, unit="VND", qualifier="about"),
            dict(value=24_265, unit="VND", per="USD"),
        ],
    ),
    ("Khu đô thị rộng 250ha với 5.000 căn hộ.", [dict(value=250, unit="ha"), dict(value=5000)]),
    ("Lúc 8h30, đoàn xe xuất phát; Covid-19 khiến chuỗi cung ứng gián đoạn.", []),
    (
        "Theo Nghị định 100 quy định mức phạt từ 2-4 triệu đồng, Chương trình 135 hỗ trợ thêm.",
        [dict(min=2e6, max=4e6, unit="VND")],
    ),
    (
        "Giá xăng giảm 500 đồng mỗi lít; hai nhà máy có công suất 2 x 600 MW.",
        [
            dict(value=500, unit="VND", per="lít"),
            dict(value=2, unit="nhà máy"),
            dict(value=600, unit="MW"),
        ],
    ),
    ("Năm nhà khoa học được trao giải.", [dict(value=5, unit="nhà khoa học")]),
    (
        "Trong 2021 - 2025 tỉnh thu hút 120 dự án, thời kỳ 2026-2030 doanh nghiệp tăng tốc.",
        [
            dict(value=120, unit="dự án"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEWS)
def test_news_sentences(text: str, expected: list[dict[str, Any]]) -> None:
    _check(find_amounts(text), expected, text)


# (3b) A number right after a time word: a date or period only when it can label one.
AFTER_TIME_WORD = [
    (
        "Chính phủ đặt mục tiêu tăng trưởng cả năm 8%.",
        [dict(value=8, unit="%", kind="percent", per=None, text="8%")],
    ),
    (
        "Kim ngạch xuất khẩu trong tháng đạt 4,2 tỷ USD, riêng tuần qua 1,1 tỷ USD.",
        [dict(value=4.2e9, unit="USD"), dict(value=1.1e9, unit="USD")],
    ),
    (
        "Dự kiến quý 4 tăng 7,5%, riêng tháng 12 tăng 9%.",
        [dict(value=7.5, unit="%"), dict(value=9, unit="%")],
    ),
    ("Cả năm 1.250 doanh nghiệp giải thể.", [dict(value=1250, unit="doanh nghiệp")]),
    (
        "Lương mỗi tháng 12 triệu đồng, thưởng cả năm 2 tháng lương.",
        [dict(value=1.2e7, unit="VND", per="tháng")],
    ),
    ("Năm 2025 tỉnh đón 3 triệu lượt khách.", [dict(value=3e6, unit="lượt khách")]),
    ("Quý 3 và tháng 8 năm 2024, ngày 15 ra mắt; sau 5 năm, 3 tháng, tuần 2.", []),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_TIME_WORD)
def test_numbers_after_time_words(text: str, expected: list[dict[str, Any]]) -> None:
    _check(find_amounts(text), expected, text)


# (3b') "cấp" before a number labels a level ("cấp 3", "bão cấp 12"); inside a verb that
# ends with it ("nâng cấp", "cung cấp", "phân cấp") it labels nothing.
LABEL_WORD_IN_A_VERB = [
    (
        "Tỉnh sẽ nâng cấp 21 trung tâm y tế khu vực.",
        [dict(value=21, unit="trung tâm", text="21 trung tâm")],
    ),
    ("Công ty cung cấp 5.000 tấn gạo cho vùng lũ.", [dict(value=5000, unit="tấn")]),
    ("Trường THPT cấp 3 Nguyễn Huệ; bão cấp 12 đổ bộ.", []),
    # grouped in thousands, a number is a quantity, no label: "cấp" there is the verb "grant"
    (
        "Năm 2026, Cục Sở hữu trí tuệ cấp 5.960 văn bằng bảo hộ sáng chế.",
        [dict(value=5960, unit="văn bằng", text="5.960 văn bằng")],
    ),
    ("Sở Xây dựng cấp 1.250 giấy phép xây dựng.", [dict(value=1250, unit="giấy phép")]),
]

# Counted nouns of two syllables whose second one is no noun alone ("thiết bị", "lò cao").
TWO_SYLLABLE_NOUNS = [
    (
        "Nhà thầu huy động 1.200 công nhân và 450 thiết bị.",
        [dict(value=1200, unit="công nhân"), dict(value=450, unit="thiết bị", text="450 thiết bị")],
    ),
    ("Hòa Phát vận hành 2 lò cao mới.", [dict(value=2, unit="lò cao", text="2 lò cao")]),
    ("Khu ký túc xá có 500 chỗ ở.", [dict(value=500, unit="chỗ ở", text="500 chỗ ở")]),
]


@pytest.mark.parametrize(("text", "expected"), TWO_SYLLABLE_NOUNS)
def test_two_syllable_nouns(text: str, expected: list[dict[str, Any]]) -> None:
    _check(find_amounts(text), expected, text)


@pytest.mark.parametrize(("text", "expected"), LABEL_WORD_IN_A_VERB)
def test_label_word_in_a_verb(text: str, expected: list[dict[str, Any]]) -> None:
    _check(find_amounts(text), expected, text)


# (3b'a) "số" before a number labels it ("nhà số 10", "Metro số 2"); at the end of a
# noun ("doanh số", "dân số", "hệ số", "chỉ số") it labels nothing: the figure is an amount.
LABEL_WORD_IN_A_NOUN = [
    (
        "Năm nay công ty đặt kế hoạch doanh số 10.000 tỷ đồng.",
        [dict(value=1e13, unit="VND", text="10.000 tỷ đồng")],
    ),
    ("Tỉnh có dân số 1,2 triệu người, tăng 1,1%.", [dict(value=1.2e6), dict(value=1.1)]),
    ("Hệ số sử dụng đất tối đa là hệ số 1,5 lần.", [dict(value=1.5, unit="lần")]),
    ("Chỉ số VN-Index đóng cửa ở chỉ số 1.250 điểm.", [dict(value=1250, unit="điểm")]),
    ("Tuyến Metro số 2 đi qua nhà số 10 phố Huế.", []),
]


# (3b'b) A label word that is only the last syllable of a listed word labels nothing
# ("dứt điểm", "dự phòng", "danh mục", "cổ phần"); a time word ("cuối năm 2025"), a place
# word after a preposition ("tại phòng 3") and a compound label ("hạng mục 3", "tiểu khu
# 125") still label.
LABEL_SYLLABLE_OF_A_WORD = [
    (
        "Ngân hàng trích lập dự phòng 1.250 tỷ đồng trong quý III.",
        [dict(value=1.25e12, unit="VND", text="1.250 tỷ đồng")],
    ),
    (
        "Chi cục Thuế phải xử lý dứt điểm 320 tỷ đồng nợ đọng trước ngày 31/12.",
        [dict(value=3.2e11, unit="VND", text="320 tỷ đồng")],
    ),
    ("Tỉnh công bố danh mục 45 dự án kêu gọi đầu tư.", [dict(value=45, text="45 dự án")]),
    ("Quỹ đầu tư nắm giữ cổ phần 12% của công ty.", [dict(value=12, unit="%")]),
    ("Cuối năm 2025, tỷ lệ lấp đầy đạt 78%.", [dict(value=78, unit="%")]),
    ("Hội nghị họp tại phòng 3 của trụ sở.", []),
    ("Nhà thầu đang thi công hạng mục 3 cầu vượt.", []),
    ("Ban quản lý rừng tuần tra tiểu khu 125 rừng phòng hộ.", []),
]


@pytest.mark.parametrize(("text", "expected"), LABEL_SYLLABLE_OF_A_WORD)
def test_label_syllable_of_a_word(text: str, expected: list[dict[str, Any]]) -> None:
    _check(find_amounts(text), expected, text)


@pytest.mark.parametrize(("text", "expected"), LABEL_WORD_IN_A_NOUN)
def test_label_word_in_a_noun(text: str, expected: list[dict[str, Any]]) -> None:
    _check(find_amounts(text), expected, text)


# (3b'') A multiple written as a word has no digit to start from: "gấp đôi" is 2 lần,
# "gấp rưỡi" 1.5 lần; "đôi" alone is a pair.
WORD_MULTIPLES = [
    (
        "Lợi nhuận quý III tăng gấp đôi cùng kỳ.",
        [dict(value=2, unit="lần", kind="measure", text="gấp đôi")],
    ),
    ("Sản lượng điện gió gấp rưỡi năm trước.", [dict(value=1.5, unit="lần", text="gấp rưỡi")]),
    ("Đôi khi cửa hàng bán một đôi giày với giá gấp đôi.", [dict(value=2, unit="lần")]),
    # a qualifier before it is the multiple's, as before a digit
    (
        "Năm 2025, lợi nhuận tăng gần gấp đôi.",
        [dict(value=2, unit="lần", qualifier="about", text="gần gấp đôi")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WORD_MULTIPLES)
def test_word_multiples(text: str, expected: list[dict[str, Any]]) -> None:
    _check(find_amounts(text), expected, text)


# (3b-2b) "ba", "năm" and "chín" written out count only a known noun after them; news
# counts abstract things too ("ba thị trường", "ba phương án"); a noun that labels a number
# after it counts nothing ("Thủ Đức 4 giai đoạn 2"), and "năm giai đoạn" is a year's.
COUNTED_ABSTRACT_NOUNS = [
    (
        "Nhật Bản, Hàn Quốc và Mỹ là ba thị trường xuất khẩu lớn nhất của công ty.",
        [dict(value=3, unit="thị trường", kind="count", text="ba thị trường")],
    ),
    (
        "Bộ Xây dựng đưa ra ba phương án điều chỉnh giá điện.",
        [dict(value=3, unit="phương án", text="ba phương án")],
    ),
    ("Dự án được chia thành ba giai đoạn đầu tư.", [dict(value=3, unit="giai đoạn")]),
    ("Ông chỉ ra ba nguyên nhân khiến giải ngân chậm.", [dict(value=3, unit="nguyên nhân")]),
    ("Kế hoạch tài chính 5 năm giai đoạn 2026-2030 được thông qua.", []),
    ("Nhà máy nước Thủ Đức 4 giai đoạn 2 sẽ khởi công trong năm tới.", []),
    # pupils are counted as "em"
    (
        "Năm học này, toàn tỉnh có khoảng 14.000 em vào lớp 1.",
        [dict(value=14_000, unit="em", qualifier="about", text="khoảng 14.000 em")],
    ),
    # rule one_at_least: "một" after "ít nhất" or "tối thiểu" counts one; else an article
    (
        "Mỗi tỉnh phải có ít nhất một trung tâm logistics.",
        [dict(value=1, unit="trung tâm", qualifier="at_least", text="ít nhất một trung tâm")],
    ),
    ("Doanh nghiệp cần mở tối thiểu một thị trường mới.", [dict(value=1, unit="thị trường")]),
    ("Đây là một thị trường tiềm năng của ngành gỗ.", []),
    ("Hà Nội là ít nhất một trong những điểm đến hàng đầu.", []),
    # a loanword whose syllables hyphens join is one counted noun
    ("Trang trại điện gió lắp 53 tua-bin.", [dict(value=53, unit="tua-bin", text="53 tua-bin")]),
    ("Nhà máy đưa vào vận hành 12 rô-bốt hàn.", [dict(value=12, unit="rô-bốt")]),
    # a counted noun that opens with a time's syllable ("kỷ" of "thế kỷ") is no time
    (
        "Đoàn phấn đấu phá ít nhất 10 kỷ lục SEA Games.",
        [dict(value=10, unit="kỷ lục", qualifier="at_least")],
    ),
    ("Trong 3 thế kỷ qua, làng nghề vẫn giữ nếp cũ.", []),
    ("Tuyến đường được mở rộng thêm 2 làn xe.", [dict(value=2, unit="làn xe")]),
    # a label's number before a verb of two syllables counts nothing (not_nouns holds the
    # verbs); a noun that is also a verb stays countable ("21.400 quyết định")
    ("Ban Quản lý dự án 2 làm chủ đầu tư tuyến đường.", []),
    ("Đường dây 500 kV mạch 3 vận hành ổn định.", [dict(value=500, unit="kV")]),
    ("Năm 2026, sở đã ban hành 21.400 quyết định hành chính.", [dict(value=21_400)]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_ABSTRACT_NOUNS)
def test_counted_abstract_nouns(text: str, expected: list[dict[str, Any]]) -> None:
    _check(find_amounts(text), expected, text)


# (3b-3) A fixed pair of nouns joined by a comma is one counted noun ("48 tỉnh, thành
# phố", "214 thôn, bản"); two counts stay two ("12 tỉnh, 3 thành phố").
NOUN_PAIRS = [
    (
        "Đến nay, 48 tỉnh, thành phố đã ban hành kế hoạch chuyển đổi số.",
        [dict(value=48, unit="tỉnh, thành phố", text="48 tỉnh, thành phố")],
    ),
    ("Huyện có 214 thôn, bản đạt chuẩn nông thôn mới.", [dict(value=214, unit="thôn, bản")]),
    (
        "Đoàn kiểm tra làm việc tại 12 tỉnh, 3 thành phố.",
        [dict(value=12, unit="tỉnh"), dict(value=3, unit="thành phố")],
    ),
    # the pair's last syllable may open another word: no pair
    (
        "Chương trình OCOP triển khai ở 20 tỉnh, thành công nhất là Nghệ An.",
        [dict(value=20, unit="tỉnh", text="20 tỉnh")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_PAIRS)
def test_noun_pairs(text: str, expected: list[dict[str, Any]]) -> None:
    _check(find_amounts(text), expected, text)


# (3b-4) "âm" before a number is a minus sign, unless it ends a word ("ghi âm").
MINUS_WORD = [
    ("Biên lợi nhuận gộp ở mức âm 18%.", [dict(value=-18, unit="%", text="âm 18%")]),
    ("Quý I, GDP tăng trưởng âm 2,1%.", [dict(value=-2.1, unit="%")]),
    ("Tổng đài ghi âm 5 cuộc gọi.", [dict(value=5, text="5 cuộc")]),
    # a count is never negative; a qualifier before "âm" stays the amount's
    ("Năm nay ca sĩ sẽ thu âm 10 ca khúc mới.", [dict(value=10, text="10 ca khúc")]),
    (
        "Nhiệt độ thấp nhất ở Sa Pa xuống khoảng âm 2 độ C.",
        [dict(value=-2, unit="°C", qualifier="about", text="khoảng âm 2 độ C")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MINUS_WORD)
def test_minus_word(text: str, expected: list[dict[str, Any]]) -> None:
    _check(find_amounts(text), expected, text)


# (3c) A frequency in the amount's clause ("mỗi năm", "hằng tháng") becomes its ``per``.
FREQUENCY = [
    (
        "Mỗi năm có từ 1.300 đến 1.500 doanh nghiệp mới ra đời.",
        [dict(min=1300, max=1500, unit="doanh nghiệp", per="năm")],
    ),
    (
        "Thành phố đặt mục tiêu thu hút 1.500 doanh nghiệp mỗi năm.",
        [dict(value=1500, unit="doanh nghiệp", per="năm", text="1.500 doanh nghiệp mỗi năm")],
    ),
    (
        "Hằng năm, tỉnh đón khoảng 2 triệu lượt khách.",
        [dict(value=2e6, unit="lượt khách", qualifier="about", per="năm")],
    ),
    (
        "Nhà máy hàng tháng xuất 500 tấn cà phê; cửa hàng bán 300 ly mỗi ngày.",
        [dict(value=500, unit="tấn", per="tháng"), dict(value=300, unit="ly", per="ngày")],
    ),
    (
        "Kinh tế tăng trưởng bình quân hằng năm 6,5%.",
        [dict(value=6.5, unit="%", per="năm")],
    ),
    (
        # a new clause after the comma: the frequency stays in the first one
        "Mỗi năm doanh thu tăng 5%, riêng năm nay đạt 10%.",
        [dict(value=5, unit="%", per="năm"), dict(value=10, unit="%", per=None)],
    ),
    (
        "Thu nhập 170 triệu đồng/năm, còn tháng qua 3.000 lao động có việc làm.",
        [dict(value=1.7e8, per="năm"), dict(value=3000, unit="lao động", per=None)],
    ),
    (
        "Chờ hàng năm trời, 20 hộ dân mới nhận 4 tỷ đồng tiền bồi thường.",
        [dict(value=20, per=None), dict(value=4e9, unit="VND", per=None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FREQUENCY)
def test_frequency_is_the_rate_denominator(text: str, expected: list[dict[str, Any]]) -> None:
    _check(find_amounts(text), expected, text)


# (3d) "N triệu" / "N nghìn" with no unit: đồng after a money word in the clause, else nothing.
UNDERSTOOD_DONG = [
    (
        "Thu nhập bình quân của công nhân đạt 8,5 triệu/tháng.",
        [dict(value=8.5e6, unit="VND", kind="money", per="tháng")],
    ),
    ("Mức lương khởi điểm của kỹ sư là 12 triệu.", [dict(value=1.2e7, unit="VND")]),
    (
        "Giá vé tham quan từ 150 nghìn đến 1,2 triệu tùy khung giờ.",
        [dict(min=1.5e5, max=1.2e6, unit="VND", kind="money")],
    ),
    ("Mức phạt từ 2-4 tỷ cho mỗi vi phạm.", [dict(min=2e9, max=4e9, unit="VND")]),
    ("Dân số cả nước đã vượt 100 triệu.", []),
    (
        "Doanh nghiệp nộp 300 triệu đồng tiền thuế; bảo tàng giữ 5 đồng tiền cổ.",
        [
            dict(value=3e8, unit="VND", text="300 triệu đồng"),
            dict(value=5, unit="đồng tiền", kind="count"),
        ],
    ),
    ("Lượng khách đến Tiền Giang đạt 1,8 triệu, tăng mạnh.", []),
    ("Giá tăng mạnh, cả nước có 3 triệu thuê bao mới và 2 triệu.", [dict(value=3e6)]),
]


@pytest.mark.parametrize(("text", "expected"), UNDERSTOOD_DONG)
def test_understood_dong(text: str, expected: list[dict[str, Any]]) -> None:
    _check(find_amounts(text), expected, text)


# (3e) Money followed by a noun is still money (issue 12): a scaled numeral + "đồng" is đồng
# whatever noun follows; a bare number before "đồng tiền"/"đồng xu" counts coins, and a noun
# that begins with "đồng" ("đồng bào", "đồng hồ") is counted after any numeral.
MONEY_BEFORE_A_NOUN = [
    (
        "Dự án cần khoảng 1,2 triệu tỷ đồng vốn đầu tư trong giai đoạn tới.",
        [dict(value=1.2e15, unit="VND", kind="money", qualifier="about")],
    ),
    (
        "Ngân hàng giải ngân 3.000 tỷ đồng vốn vay ưu đãi cho nông dân.",
        [dict(value=3e12, unit="VND", kind="money", text="3.000 tỷ đồng")],
    ),
    ("Tỉnh huy động được 59 nghìn tỷ đồng vốn.", [dict(value=5.9e13, unit="VND", kind="money")]),
    (
        "Công ty tăng lên 500 tỷ đồng vốn điều lệ sau đợt phát hành.",
        [dict(value=5e11, unit="VND", kind="money", text="500 tỷ đồng")],
    ),
    (
        "Cục Thuế truy thu 4 tỷ đồng tiền thuế và 200 triệu đồng tiền phạt.",
        [dict(value=4e9, unit="VND", kind="money"), dict(value=2e8, unit="VND", kind="money")],
    ),
    (
        "Mỗi hộ được hỗ trợ từ 2-3 triệu đồng tiền giống.",
        [dict(min=2e6, max=3e6, unit="VND", kind="money", text="từ 2-3 triệu đồng")],
    ),
    ("Nhà đầu tư rót 1,5 nghìn tỷ đồng vốn FDI.", [dict(value=1.5e12, unit="VND")]),
    ("Bảo tàng trưng bày 5 đồng tiền cổ.", [dict(value=5, unit="đồng tiền", kind="count")]),
    ("Em bé nhặt được 3 đồng xu.", [dict(value=3, unit="đồng xu", kind="count")]),
    ("Ngân hàng phát hành 1 triệu đồng xu mới.", [dict(value=1e6, unit="đồng xu", kind="count")]),
    (
        "Hơn 5 triệu đồng bào ở nước ngoài hướng về quê hương.",
        [dict(value=5e6, unit="đồng bào", kind="count", qualifier="more_than")],
    ),
    ("Nhà máy xuất xưởng 2 triệu đồng hồ.", [dict(value=2e6, unit="đồng hồ", kind="count")]),
]


@pytest.mark.parametrize(("text", "expected"), MONEY_BEFORE_A_NOUN)
def test_money_before_a_noun(text: str, expected: list[dict[str, Any]]) -> None:
    _check(find_amounts(text), expected, text)


# (4) Duckling's Vietnamese number and money cases (read at test time).
def _peer_rows() -> list[Any]:
    path = _peer_file()
    if path is None:
        return [pytest.param(None, id="duckling-cases-absent")]
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [pytest.param(r, id=r["text"]) for r in rows]


@pytest.mark.parametrize("row", _peer_rows())
def test_duckling_cases(row: dict[str, str] | None) -> None:
    if row is None:
        pytest.skip("../shared/eval/peer-cases/duckling-vi.tsv is not beside this checkout")
    expected: dict[str, Any] = {"unit": row["unit"]}
    for key in ("value", "min", "max"):
        expected[key] = float(row[key]) if row[key] else None
    found = find_amounts(row["text"])
    assert len(found) == 1, found
    got = found[0]
    assert got.unit == expected["unit"]
    for key in ("value", "min", "max"):
        want = expected[key]
        have = getattr(got, key)
        assert (have is None) if want is None else have == pytest.approx(want), (key, got)


def _best_time(fn: Callable[[str], object], arg: str) -> float:
    """CPU seconds of the fastest of three runs (other processes' load does not count)."""
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        fn(arg)
        best = min(best, time.process_time() - t0)
    return best


# Linear time: ten times the input may not take thirty times as long.
LONG_INPUTS = [
    # (function, head, repeated piece, size of the larger input): the brief's two ...
    pytest.param(find_amounts, "", "1.2", 1_000_000, id="amounts-1MB-digits-and-dots"),
    pytest.param(find_amounts, "", "tỷ ", 300_000, id="amounts-100k-ty"),
    pytest.param(parse_number, "", "1.2", 1_000_000, id="number-1MB-digits-and-dots"),
    pytest.param(parse_number, "1", ".234", 1_000_000, id="number-one-huge-numeral"),
    pytest.param(parse_number, "", "tỷ ", 300_000, id="number-100k-ty"),
    pytest.param(parse_number, "5 ", "tỷ ", 300_000, id="number-stacked-multipliers"),
    # ... and other shapes that could make a pattern backtrack, smaller
    pytest.param(find_amounts, "", "1", 200_000, id="amounts-digits"),
    pytest.param(find_amounts, "", "hai ", 100_000, id="amounts-number-words"),
    pytest.param(parse_number, "", "hai ", 200_000, id="number-number-words"),
    pytest.param(find_amounts, "", "1-", 200_000, id="amounts-dashes"),
    pytest.param(find_amounts, "", "1/", 200_000, id="amounts-slashes"),
    pytest.param(find_amounts, "", "a.", 200_000, id="amounts-domain-like"),
    pytest.param(find_amounts, "", "a@", 200_000, id="amounts-email-like"),
    pytest.param(find_amounts, "", "5 tỷ đồng, ", 50_000, id="amounts-many"),
]


@pytest.mark.parametrize(("fn", "head", "unit", "size"), LONG_INPUTS)
def test_runs_in_linear_time(fn: Callable[[str], object], head: str, unit: str, size: int) -> None:
    small = head + unit * (size // 10 // len(unit))
    large = head + unit * (size // len(unit))
    assert _best_time(fn, large) < 30 * max(_best_time(fn, small), 1e-4)


def test_offsets_hold_through_the_extractor_on_nfd_input(extractor: Extractor) -> None:
    text = unicodedata.normalize("NFD", "Thanh Hoá thu hút hơn 1.300 doanh nghiệp, vốn 3,5 tỷ USD.")
    amounts = extractor.extract(text).amounts
    assert [(a.value, a.unit) for a in amounts] == [(1300, "doanh nghiệp"), (3.5e9, "USD")]
    for a in amounts:
        assert text[a.start : a.end] == a.text


# The clause before an amount: the edges of the whole text looked up, not the window
# scanned. The window scan (the plain definition) is what they must equal.
_EDGE_TEXTS = st.text(alphabet=st.sampled_from(list("ab mỗi,.:;!?()[]\n\t5")), max_size=260)


@settings(max_examples=300, deadline=None)
@given(_EDGE_TEXTS, st.data())
def test_clause_before_equals_the_window_scan(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    pattern = regex.compile("mỗi")
    lo = max(0, start - 200)
    edges = [e.start() for e in _CLAUSE_EDGE.finditer(text, lo, start)]
    clause = edges[-1] + 1 if edges else lo
    expected = ([m.span() for m in pattern.finditer(text, clause, start)], edges, lo)
    found, found_edges, found_lo = _clause_before(pattern, text, start)
    assert ([m.span() for m in found], found_edges, found_lo) == expected


# Where a numeral may start: hints found by ``re`` on a lower-cased copy, then checked.
# They must be exactly the starts of the ``candidates`` pattern, also for characters
# that case-fold or count as word characters differently in ``re`` and ``regex``.
_CANDIDATE_TEXTS = st.lists(
    st.sampled_from(
        [
            *"aAbBcChHkKmMnNsStTyY05 ,.-_²\u0301\u200d\u212a\u017f\u0130Σđ",
            *["năm", "Năm", "NĂM", "hai", "HAI", "ba", "bảy", "bẩy", "mười", "một", "sáu"],
            *["không", "chín", "tám", "bốn", "mỗi ", "cuối ", "12", "3,5", "x"],
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_CANDIDATE_TEXTS)
@example("mã_5 và đ5, x\u03015, m²5 hoặc A5")  # a digit after a word character or not
@example("Năm NĂM năm2 hai_ba \u212aHÔNG ſáu")  # digit words in any case, glued or folded
def test_candidate_starts_equal_the_pattern(text: str) -> None:
    lex = _lexicon()
    assert _candidate_starts(lex, text) == [m.start() for m in lex.candidates.finditer(text)]
