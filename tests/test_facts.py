"""What each amount says: role, metric, subject, year and change, on news-style sentences.

Each table holds sentences written for vnextract (none copied from an article), one
table per way the answer is written, read through the whole extractor: a user
checks ``article.amounts[i].<field>``.
"""

from __future__ import annotations

from typing import Any

import pytest

from vnextract import Extractor
from vnextract.document import Document
from vnextract.facts import describe_amounts
from vnextract.schema import Amount, TimeRef


def _amount(extractor: Extractor, text: str, figure: str) -> Amount:
    """The amount of ``text`` whose text is ``figure``."""
    article = extractor.extract(text)
    found = [a for a in article.amounts if a.text == figure]
    assert found, [a.text for a in article.amounts]
    return found[0]


# Change, per wording: (sentence, the amount, its change).
CHANGE = [
    ("Doanh thu quý I đạt 520 tỷ đồng, tăng 13,8% so với cùng kỳ.", "13,8%", "increase"),
    ("Lợi nhuận gộp giảm 2 tỷ đồng so với năm trước.", "2 tỷ đồng", "decrease"),
    ("Sản lượng điện gió năm nay gấp 3 lần năm ngoái.", "gấp 3 lần", "increase"),
    # a multiple's qualifier does not hide its own change word
    ("Lợi nhuận năm nay đạt 300 tỷ đồng, gần gấp đôi năm ngoái.", "gần gấp đôi", "increase"),
    ("Kim ngạch xuất khẩu tôm vượt 16% kế hoạch năm.", "16%", "increase"),
    ("Giá thép tháng 5 thấp hơn 9% so với tháng 4.", "9%", "decrease"),
    ("Số khách quốc tế tăng lần lượt 7% và 11% ở hai quý đầu.", "11%", "increase"),
    ("Doanh thu và lợi nhuận giảm lần lượt 4% và 12%.", "12%", "decrease"),
    ("Cổ phiếu ngân hàng hồi phục 25% so với mức đáy.", "25%", "increase"),
    ("Tốc độ tăng trưởng kinh tế của tỉnh đạt 7,2%.", "7,2%", "increase"),
    ("Chỉ số VN-Index đóng cửa ở mức -1,25%.", "-1,25%", "decrease"),
    ("Tỉnh hoàn thành 104% kế hoạch, đạt 104% kế hoạch năm.", "104%", None),
    ("Sản lượng khí khô bằng 88% cùng kỳ năm trước.", "88%", None),
    ("Doanh thu thuần đạt 1.250 tỷ đồng trong năm 2024.", "1.250 tỷ đồng", None),
    ("Lợi nhuận tăng từ 800 tỷ đồng lên 950 tỷ đồng.", "950 tỷ đồng", None),
    ("Cá tra đạt 1,5 tỷ USD, nhích nhẹ 2,3%.", "2,3%", "increase"),
    ("Sản lượng thép thô thụt lùi 4,1% so với cùng kỳ.", "4,1%", "decrease"),
    # raising or improving by a figure is an increase ("nâng 20% giá", "cải thiện 2 bậc")
    ("Năm 2026, Công ty Thép Nam Tiến nâng 20% giá thép cuộn.", "20%", "increase"),
    ("Biên lãi ròng của ngân hàng cải thiện 0,4 điểm phần trăm.", "0,4 điểm phần trăm", "increase"),
    # … not a count of things raised or improved, nor a level raised to ("nâng lên"), nor
    # a noun of savings
    ("Năm 2025, dự án cải thiện 5 tuyến đường giao thông nông thôn.", "5 tuyến đường", None),
    ("Bộ Giáo dục nâng 12 trường cao đẳng lên thành trường đại học.", "12 trường", None),
    ("Công ty nâng vốn điều lệ lên 3.000 tỷ đồng.", "3.000 tỷ đồng", None),
    ("Ngân hàng Á Đông áp dụng lãi suất tiết kiệm 5,2% kỳ hạn 12 tháng.", "5,2%", None),
]


@pytest.mark.parametrize(("text", "figure", "change"), CHANGE)
def test_change(extractor: Extractor, text: str, figure: str, change: str | None) -> None:
    assert _amount(extractor, text, figure).change == change


# Year, per time expression: (sentence, the amount, its year).
YEAR = [
    ("Trong quý I/2025, doanh thu của hãng đạt 310 tỷ đồng.", "310 tỷ đồng", 2025),
    ("Giai đoạn 2021-2025, tỉnh thu hút 1.200 dự án FDI.", "1.200 dự án", 2025),
    ("Năm 2023, lợi nhuận đạt 45 tỷ đồng, tăng 9% so với năm 2022.", "9%", 2023),
    ("Năm 2023, lợi nhuận đạt 45 tỷ đồng, tăng 9% so với năm 2022.", "45 tỷ đồng", 2023),
    ("Doanh thu đạt 80 tỷ đồng, giảm so với mức 95 tỷ đồng của năm 2021.", "95 tỷ đồng", 2021),
    ("Lỗ ròng 12 tỷ đồng, tăng 5% so với mức lỗ 11 tỷ đồng cùng kỳ 2023.", "11 tỷ đồng", 2023),
    ("Tháng 8/2024, giá gạo xuất khẩu đạt 620 USD/tấn.", "620 USD/tấn", 2024),
    # a time after words that turn the sentence to another figure is that figure's
    (
        "Năm 2025, doanh thu đạt 8.950 tỷ đồng. Lợi nhuận sau thuế đạt 186 tỷ đồng, trong "
        "khi năm 2024 công ty chỉ lãi 41 tỷ đồng.",
        "186 tỷ đồng",
        2025,
    ),
    # ";" turns to no other figure: the year at the end dates the clause before it too
    (
        "Doanh thu thuần đạt 3.200 tỷ đồng, tăng 12%; lợi nhuận sau thuế đạt 210 tỷ đồng "
        "trong năm 2024.",
        "3.200 tỷ đồng",
        2024,
    ),
    # a count of months between "so với" and the year: still the comparison's base
    (
        "Quý III/2026, công ty lãi 342 tỷ đồng. Lũy kế 9 tháng, doanh thu đạt 4.310 tỷ đồng, "
        "tăng 7% so với 9 tháng năm 2025.",
        "4.310 tỷ đồng",
        2026,
    ),
    (
        "Năm 2022 là năm bản lề. Doanh nghiệp nộp ngân sách 300 tỷ đồng.",
        "300 tỷ đồng",
        2022,
    ),
    ("Ngày 27/5/2025, công ty công bố doanh thu 42 tỷ đồng.", "42 tỷ đồng", 2025),
    ("Dân số của xã có khoảng 12.000 người.", "khoảng 12.000 người", None),
    # a year named paragraphs before still dates a report that goes on
    (
        "Năm 2023, ngành thép gặp khó.\n\nSản lượng thép thô đạt 19 triệu tấn.",
        "19 triệu tấn",
        2023,
    ),
    # a month's event dates only its own paragraph
    (
        "Hãng khai trương vào tháng 6/2019.\n\nHãng có 8.000 trạm phát sóng.",
        "8.000 trạm",
        None,
    ),
    # a time alone in brackets dates the figure right before it, and no other
    (
        "Số trường đạt chuẩn tăng từ 120 trường (năm 2015) lên 210 trường (năm 2023).",
        "210 trường",
        2023,
    ),
    (
        "Số trường đạt chuẩn tăng từ 120 trường (năm 2015) lên 210 trường (năm 2023).",
        "120 trường",
        2015,
    ),
    ("Tỷ lệ hộ nghèo giảm từ 9,5% (2016) xuống còn 3,1% (2024).", "3,1%", 2024),
    # a document's date or a title in quotes dates no figure: the year before goes on
    (
        "Năm 2022 là năm bứt phá. Theo Quyết định số 45/QĐ-UBND ngày 3/1/2020, doanh thu du "
        "lịch đạt 4.000 tỷ đồng.",
        "4.000 tỷ đồng",
        2022,
    ),
    (
        "Năm 2022 là năm bứt phá. Sau hội thảo “Du lịch xanh đến năm 2030”, lượng khách tăng 15%.",
        "15%",
        2022,
    ),
    # … nor does a law's year: "theo Luật Đất đai năm 2024"
    (
        "Năm 2026, tỉnh thu 1.200 tỷ đồng tiền sử dụng đất. Số hồ sơ được giải quyết tăng 9% "
        "nhờ các quy định của Luật Đất đai năm 2024.",
        "9%",
        2026,
    ),
    # a standing figure (a capacity, a project's cost) is dated only by a time attached to it,
    # not by the date of the event its sentence tells
    (
        "Ngày 12/3/2021, tập đoàn khởi công nhà máy điện khí có công suất 1.500 MW.",
        "1.500 MW",
        None,
    ),
    (
        "Dự án khởi công năm 2019 có tổng vốn đầu tư 9.000 tỷ đồng.",
        "9.000 tỷ đồng",
        None,
    ),
    # the base of a comparison is not the figure's year
    (
        "Doanh thu giảm 0,2% so với thực hiện trong năm 2021.",
        "0,2%",
        None,
    ),
]


@pytest.mark.parametrize(("text", "figure", "year"), YEAR)
def test_year(extractor: Extractor, text: str, figure: str, year: int | None) -> None:
    assert _amount(extractor, text, figure).year == year


# Subject, per way the subject is carried: (sentence(s), the amount, its subject).
SUBJECT = [
    # same clause
    ("Năm 2024, Vinamilk đạt doanh thu 61.000 tỷ đồng.", "61.000 tỷ đồng", "Vinamilk"),
    # the sentence's subject, before a time and a verb of saying
    (
        "Tổng cục Hải quan cho biết, kim ngạch xuất khẩu của Việt Nam đạt 35 tỷ USD.",
        "35 tỷ USD",
        "Việt Nam",
    ),
    # a source is no subject
    (
        "Theo Bộ Công Thương, tỉnh Long An xuất khẩu 2 tỷ USD trong năm nay.",
        "2 tỷ USD",
        "tỉnh Long An",
    ),
    # the previous sentence
    (
        "Ngân hàng Vietcombank vừa công bố kết quả kinh doanh. Lợi nhuận trước thuế "
        "đạt 42.000 tỷ đồng.",
        "42.000 tỷ đồng",
        "Ngân hàng Vietcombank",
    ),
    # a pronoun-like noun that refers back
    (
        "Tập đoàn Hòa Phát họp cổ đông tại Hà Nội. Công ty đặt kế hoạch lãi 15.000 tỷ đồng.",
        "15.000 tỷ đồng",
        "Tập đoàn Hòa Phát",
    ),
    (
        "Đồng Nai là địa phương thu hút vốn lớn. Năm nay, tỉnh có thêm 150 dự án mới.",
        "150 dự án",
        "Đồng Nai",
    ),
    # a place right after the figure
    ("Có 90% nguồn cung căn hộ mới tại Hà Nội thuộc phân khúc cao cấp.", "90%", "Hà Nội"),
    # a state body reports on its place
    (
        "Bộ Nông nghiệp và Môi trường cho biết, năm nay Việt Nam xuất khẩu 8 triệu tấn gạo.",
        "8 triệu tấn",
        "Việt Nam",
    ),
    # a national body's goal is the country's
    (
        "Việt Nam là điểm đến của vốn ngoại. Chính phủ đặt mục tiêu thu hút 40 tỷ USD vốn FDI "
        "vào năm 2030.",
        "40 tỷ USD",
        "Việt Nam",
    ),
    # an organisation named again in lower case ("bệnh viện …") is no place
    (
        "Bệnh viện Đa khoa tỉnh Nghệ An mở rộng quy mô. Hiện bệnh viện Đa khoa tỉnh Nghệ An "
        "có 1.200 giường bệnh.",
        "1.200 giường bệnh",
        "Bệnh viện Đa khoa tỉnh Nghệ An",
    ),
    # an article whose sources are national bodies is about the country
    (
        "Cục Xuất nhập khẩu cho biết gạo vẫn là thế mạnh. Bộ Công Thương nhận định Việt Nam "
        "và Thái Lan cạnh tranh tại Philippines.\n\nGiá trị xuất khẩu đạt 5 tỷ USD.",
        "5 tỷ USD",
        "Việt Nam",
    ),
    # a statistics office only reports
    (
        "Theo số liệu của Tổng cục Thống kê, chỉ số giá tiêu dùng tháng 3 tăng 0,5%.",
        "0,5%",
        None,
    ),
    # a company before a place in the same sentence
    (
        "Tại Bình Dương, Công ty Cổ phần Sữa Việt Nam có 3 nhà máy sữa.",
        "3 nhà máy",
        "Công ty Cổ phần Sữa Việt Nam",
    ),
    # a destination is no subject
    (
        "Năm 2024, xuất khẩu gỗ của Việt Nam sang Hoa Kỳ đạt 9 tỷ USD.",
        "9 tỷ USD",
        "Việt Nam",
    ),
    # a place where a thing stands is no owner; one that opens the clause is
    (
        "Công ty Cổ phần Nhựa Tiền Phong khởi công nhà máy. Nhà máy mới tại Nghệ An có "
        "công suất 50.000 tấn mỗi năm.",
        "50.000 tấn mỗi năm",
        "Công ty Cổ phần Nhựa Tiền Phong",
    ),
    ("Tại Đà Nẵng, giá thuê căn hộ tăng 6% trong quý III.", "6%", "Đà Nẵng"),
    # the place a report is filed from, and the agency that files it, own no figure
    (
        "Hà Nội, ngày 5/11/2025 - Tỷ lệ thất nghiệp quý III là 2,22%, giảm nhẹ so với quý II.",
        "2,22%",
        None,
    ),
    (
        "Quảng Bình, 3/11/2025 (TTXVN) - Trong tháng 10, khu du lịch đón 62.000 lượt khách.",
        "62.000 lượt khách",
        None,
    ),
    # "toàn tỉnh" refers to a province the article never names
    ("Sở Y tế tổ chức hội nghị. Toàn tỉnh có 1.500 nhân viên y tế.", "1.500 nhân viên", None),
    # nobody named
    ("Giá vàng miếng tăng 2% trong phiên sáng nay.", "2%", None),
]


@pytest.mark.parametrize(("text", "figure", "subject"), SUBJECT)
def test_subject(extractor: Extractor, text: str, figure: str, subject: str | None) -> None:
    assert _amount(extractor, text, figure).subject == subject


# Metric: (sentence, the amount, the metric as written; None where the unit says it all).
METRIC = [
    ("Năm 2024, doanh thu hợp nhất đạt 12.400 tỷ đồng.", "12.400 tỷ đồng", "doanh thu hợp nhất"),
    (
        "Lợi nhuận trước thuế của công ty đạt 830 tỷ đồng.",
        "830 tỷ đồng",
        "Lợi nhuận trước thuế",
    ),
    (
        "Kim ngạch xuất khẩu gạo ước đạt 4,6 tỷ USD, tăng 12%.",
        "12%",
        "Kim ngạch xuất khẩu gạo",
    ),
    (
        "Trong đó, thu nội địa đạt 9.800 tỷ đồng.",
        "9.800 tỷ đồng",
        "thu nội địa",
    ),
    # a proposed dividend is a target: its metric is the goal's, the kind of payment kept
    (
        "Hội đồng quản trị đề xuất mức chia cổ tức 15% bằng tiền mặt.",
        "15%",
        "cổ tức bằng tiền mặt",
    ),
    ("Nhà máy sản xuất 2 triệu tấn thép cán nóng.", "2 triệu tấn", "thép cán nóng"),
    ("Tỉnh có thêm 3 khu công nghiệp.", "3 khu công nghiệp", None),
    # a count linked by "đạt" measures the phrase before it; "có", "với" link nothing
    (
        "Khách quốc tế đến Huế trong quý I đạt 520.000 lượt khách.",
        "520.000 lượt khách",
        "Khách quốc tế",
    ),
    ("Hiện nay trường là đại học đa ngành với 14 khoa.", "14 khoa", None),
    # a list of nouns with commas before a clause of verbs and a time
    (
        "Tỷ trọng ngành nông, lâm nghiệp trong GRDP ngày càng giảm, năm 2024 chỉ còn 11%.",
        "11%",
        "Tỷ trọng ngành nông, lâm nghiệp",
    ),
    # "X có <noun> <figure>": the noun after "có" (has) is the metric, not the owner before it
    ("Nhà máy thủy điện có công suất 240 MW.", "240 MW", "công suất"),
    (
        "Khu công nghiệp mới có tổng vốn đầu tư 3.200 tỷ đồng.",
        "3.200 tỷ đồng",
        "tổng vốn đầu tư",
    ),
    # a modal "có thể" is no "has": the noun before it stays the metric
    ("Doanh thu thuần có thể đạt 700 tỷ đồng.", "700 tỷ đồng", "Doanh thu thuần"),
    # "lần lượt" pairs the figures after it one by one with as many figures before it
    (
        "Quý III, doanh thu thuần đạt 640 tỷ đồng và lãi gộp đạt 95 tỷ đồng, tăng lần lượt 12% "
        "và 30% so với cùng kỳ.",
        "12%",
        "doanh thu thuần",
    ),
    (
        "Quý III, doanh thu thuần đạt 640 tỷ đồng và lãi gộp đạt 95 tỷ đồng, tăng lần lượt 12% "
        "và 30% so với cùng kỳ.",
        "30%",
        "lãi gộp",
    ),
    # a phrase that only names the owner ("Công ty", "toàn tỉnh") is no metric
    ("Năm 2023, công ty đạt 1.250 tỷ đồng.", "1.250 tỷ đồng", None),
    ("Đến nay, toàn tỉnh đạt 31 giường bệnh/vạn dân.", "31 giường bệnh/vạn", None),
    # a count at the ends of a change's range measures what the change measures
    (
        "Số trạm sạc điện tăng 40% từ 120 trạm lên 168 trạm.",
        "168 trạm",
        "Số trạm sạc điện",
    ),
    (
        "Trong năm, số giường bệnh từ 800 giường lên 1.100 giường.",
        "800 giường",
        "số giường bệnh",
    ),
    # "từ" with no end of a range is no range: the count's noun says it all
    ("Hội chợ có các doanh nghiệp đến từ 12 tỉnh.", "12 tỉnh", None),
    # a rate's count says it all
    ("Toàn tỉnh có 9,5 bác sĩ/vạn dân.", "9,5 bác sĩ/vạn", None),
    (
        "Công suất điện mặt trời khoảng 16.500 MW (chiếm 20%).",
        "20%",
        "Công suất điện mặt trời",
    ),
    # the noun after "với" right before the figure
    (
        "Ngành y tế mua sắm trang thiết bị với tổng vốn gần 120 tỷ đồng.",
        "gần 120 tỷ đồng",
        "tổng vốn",
    ),
    # function words at the ends of a phrase are no part of the metric
    ("Ngay tháng đầu, doanh số đạt 40 tỷ đồng.", "40 tỷ đồng", "doanh số"),
    # a share of what follows it
    ("Mảng viễn thông đóng góp 37% tổng doanh thu.", "37%", "tổng doanh thu"),
    # an aside in brackets between the metric and its figure
    (
        "Điện sinh khối (gồm cả điện rác) khoảng 400 MW.",
        "khoảng 400 MW",
        "Điện sinh khối",
    ),
    # the noun stands before a plan verb with no noun after it
    (
        "Lợi nhuận trước thuế dự kiến tăng 16%, từ 3.800 tỷ đồng lên 4.400 tỷ đồng.",
        "16%",
        "Lợi nhuận trước thuế",
    ),
    # a long clause: the metric follows its last joining word
    (
        "Ngành gỗ gặp nhiều khó khăn về thị trường và đơn hàng khi giá trị xuất khẩu chỉ đạt "
        "7 tỷ USD.",
        "7 tỷ USD",
        "giá trị xuất khẩu",
    ),
    # "so" opens a comparison, no noun: the share is of what the sentence measured
    (
        "Lượng khách lưu trú ước đạt 52.000 lượt, bằng 80% so cùng kỳ.",
        "80%",
        "Lượng khách lưu trú",
    ),
    # a dash between two names joins them, it does not open a clause
    (
        "Xuất khẩu cà phê sang thị trường Âu – Mỹ trong 6 tháng đạt 2,1 tỷ USD.",
        "2,1 tỷ USD",
        "Xuất khẩu cà phê",
    ),
    # a long subject phrase: its cut words ("và các", "của") leave the noun phrase
    (
        "Tổng kim ngạch xuất khẩu thủy sản và các mặt hàng chế biến của Việt Nam vào thị "
        "trường Nhật Bản trong quý I đạt 1,2 tỷ USD.",
        "1,2 tỷ USD",
        "Tổng kim ngạch xuất khẩu thủy sản",
    ),
    (
        "Tổng kim ngạch xuất khẩu hàng điện tử và linh kiện của cả nước sang thị trường Hoa "
        "Kỳ trong 10 tháng đạt 38 tỷ USD.",
        "38 tỷ USD",
        "Tổng kim ngạch xuất khẩu hàng điện tử và linh kiện",
    ),
    # "với" after a share gives the same figure in money: no noun of its own
    ("Tổng dư nợ là 9.000 tỷ đồng, trong đó nợ xấu chiếm 4% với 360 tỷ đồng.", "4%", "nợ xấu"),
    (
        "Tổng dư nợ là 9.000 tỷ đồng, trong đó nợ xấu chiếm 4% với 360 tỷ đồng.",
        "360 tỷ đồng",
        "nợ xấu",
    ),
]


# rule deal_value: a deal's value measures the deal named before "trị giá"; the value of
# goods traded keeps "trị giá"
METRIC += [
    (
        "Đội bóng ký hợp đồng tài trợ trang phục bốn mùa giải trị giá 70 tỷ đồng.",
        "70 tỷ đồng",
        "hợp đồng tài trợ trang phục",
    ),
    (
        "Hãng nhận chiếc máy bay thứ năm trong đơn đặt hàng 40 chiếc trị giá 5,6 tỷ USD.",
        "5,6 tỷ USD",
        "đơn đặt hàng",
    ),
    (
        "Công ty trúng gói thầu thi công cầu cảng cho Tân Cảng trị giá 640 tỷ đồng.",
        "640 tỷ đồng",
        "gói thầu thi công cầu cảng",
    ),
    ("Tháng 10, tỉnh xuất khẩu 96.000 tấn gạo, trị giá 58 triệu USD.", "58 triệu USD", "trị giá"),
    # the deal's noun without a verb's marker, a number or a nested project after it
    ("Công ty vừa ký hợp đồng có trị giá 1.350 tỷ đồng với EVN.", "1.350 tỷ đồng", "hợp đồng"),
    ("Hợp đồng vừa được ký kết trị giá 75 triệu USD.", "75 triệu USD", "Hợp đồng"),
    ("Công ty vừa ký hợp đồng với Samsung, trị giá 210 triệu USD.", "210 triệu USD", "hợp đồng"),
    (
        "Liên danh trúng gói thầu số 4 thuộc dự án cao tốc Cam Lâm - Vĩnh Hảo trị giá 2.800 tỷ "
        "đồng.",
        "2.800 tỷ đồng",
        "gói thầu",
    ),
]


@pytest.mark.parametrize(("text", "figure", "metric"), METRIC)
def test_metric(extractor: Extractor, text: str, figure: str, metric: str | None) -> None:
    assert _amount(extractor, text, figure).metric == metric


# Role (the role stage, through the extractor): (sentence, amount, role).
ROLE = [
    ("Năm 2024, doanh thu của công ty đạt 900 tỷ đồng.", "900 tỷ đồng", "result"),
    ("Cả năm 2025, GRDP của tỉnh ước đạt 95.000 tỷ đồng.", "95.000 tỷ đồng", "estimate"),
    ("Các chuyên gia dự báo giá dầu ở mức 70 USD/thùng.", "70 USD/thùng", "forecast"),
    (
        "Tỉnh đặt mục tiêu đến năm 2030 có 2.000 doanh nghiệp công nghệ.",
        "2.000 doanh nghiệp",
        "target",
    ),
    ("Nhà máy có công suất 1.200 MW.", "1.200 MW", "spec"),
    ("Dự án có tổng vốn đầu tư 5.000 tỷ đồng.", "5.000 tỷ đồng", "spec"),
    ("Lợi nhuận đạt 120 tỷ đồng, vượt 8% so với kế hoạch.", "8%", "result"),
    # "tính đến năm …" dates a result, it sets no goal
    (
        "Tính đến năm 2024, số thuê bao 5G của nhà mạng đạt 6 triệu thuê bao.",
        "6 triệu thuê bao",
        "result",
    ),
    # an investment is a project's standing capital, even when it grows
    ("Tập đoàn rót thêm 250 triệu USD vào nhà máy linh kiện.", "250 triệu USD", "spec"),
    # a breakdown keeps the role of the figure it breaks down
    (
        "Kim ngạch xuất khẩu thủy sản cả năm ước đạt 9 tỷ USD. Trong đó, tôm 3,8 tỷ USD.",
        "3,8 tỷ USD",
        "estimate",
    ),
]


@pytest.mark.parametrize(("text", "figure", "role"), ROLE)
def test_role(extractor: Extractor, text: str, figure: str, role: str) -> None:
    assert _amount(extractor, text, figure).role == role


def test_a_target_amount_takes_the_targets_view(extractor: Extractor) -> None:
    text = "Năm 2025, Đà Nẵng đặt mục tiêu đến năm 2030 có 60.000 doanh nghiệp hoạt động."
    article = extractor.extract(text)
    [target] = article.targets
    assert target.amount is not None
    amount = next(a for a in article.amounts if a.start == target.amount.start)
    assert (amount.role, amount.subject, amount.year) == ("target", target.owner, 2030)
    assert target.amount.role == "target"


def test_roles_from_a_role_stage_are_used_as_given() -> None:
    doc = Document.from_text("Doanh thu đạt 900 tỷ đồng, lợi nhuận 50 tỷ đồng.")
    from vnextract.amounts import find_amounts

    amounts = find_amounts(doc.text)
    facts = describe_amounts(doc, amounts, [], [], [], roles=["estimate", None])
    assert [f["role"] for f in facts] == ["estimate", None]


class _RelativeRef(TimeRef):
    """A relative time as the years stage will give it ("năm nay", TimeRef.relative)."""

    relative: bool = True


@pytest.mark.parametrize(("year", "expected"), [(2025, 2025), (None, 2023)])
def test_a_relative_time_counts_like_a_written_year(year: int | None, expected: int | None) -> None:
    from vnextract.amounts import find_amounts

    text = "Năm 2023, doanh thu đạt 800 tỷ đồng. Năm nay, doanh thu đạt 900 tỷ đồng."
    doc = Document.from_text(text)
    written = TimeRef(text="Năm 2023", start=0, end=8, kind="year", year=2023)
    ref: Any = _RelativeRef(text="Năm nay", start=37, end=44, kind="year", year=year)
    amounts = find_amounts(doc.text)
    facts = describe_amounts(doc, amounts, [written, ref], [], [], roles=[None] * len(amounts))
    # "năm nay" dates the second figure; one the years stage could not date says nothing
    assert [f["year"] for f in facts] == [2023, expected]


def test_published_year_dates_an_article_without_years() -> None:
    from vnextract.amounts import find_amounts

    doc = Document.from_text("Doanh thu đạt 900 tỷ đồng.")
    amounts = find_amounts(doc.text)
    facts = describe_amounts(doc, amounts, [], [], [], roles=[None], published_year=2024)
    assert facts[0]["year"] == 2024


def test_the_csv_amounts_table_carries_the_five_fields(extractor: Extractor) -> None:
    from vnextract.batch import CSV_TABLES, csv_rows

    assert {"role", "metric", "subject", "year", "change"} <= set(CSV_TABLES["amounts"])
    article = extractor.extract("Năm 2024, doanh thu hợp nhất đạt 900 tỷ đồng, tăng 8%.")
    rows = csv_rows({"source": "a.txt", **article.model_dump()})["amounts"]
    assert [(r["metric"], r["year"], r["change"]) for r in rows] == [
        ("doanh thu hợp nhất", 2024, None),
        ("doanh thu hợp nhất", 2024, "increase"),
    ]


def test_the_readme_example_is_what_the_library_gives() -> None:
    import contextlib
    import io
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index("**What each amount says.**")
    block = re.compile(r"```python\n(.*?)```", re.S).search(readme, start)
    assert block is not None
    code = block.group(1)
    expected = [line[2:] for line in code.splitlines() if line.startswith("# ")]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(code, {})
    assert out.getvalue().splitlines() == expected
