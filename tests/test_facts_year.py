"""The year of each amount: the rules of ``facts.year`` on news-style sentences.

Each table holds (text, the amount, its year), written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from vnextract.schema import Amount

# Rule ``undated``: "now", "so far", a running total or a span of years dates a standing
# state or a total, which takes no year from an earlier sentence nor from the article.
UNDATED = [
    # rule no_future_result: a result is for no year after the article's date line
    (
        "Hà Nội, ngày 5/12/2025 - Năm 2026, tập đoàn đặt mục tiêu doanh thu 9.000 tỷ đồng.\n\n"
        "Trên sàn HoSE, cổ phiếu của tập đoàn đã tăng 1,3% trong phiên sáng.",
        "1,3%",
        2025,
    ),
    # rule period_under_way: … but a figure of a period that runs now is for its end year
    (
        "Cần Thơ, ngày 20/11/2026 - Giai đoạn 2026-2030, UBND thành phố bố trí 2.400 tỷ đồng "
        "cho chương trình chuyển đổi số.",
        "2.400 tỷ đồng",
        2030,
    ),
    (
        "Đà Nẵng, ngày 5/9/2026 - Năm học 2026-2027, thành phố có 412 trường phổ thông với "
        "hơn 280.000 học sinh.",
        "hơn 280.000 học sinh",
        2027,
    ),
    (  # … also a period the figure's noun names
        "Hà Nội, ngày 2/12/2026 - Về nhân lực, nhu cầu kỹ sư bán dẫn giai đoạn 2026-2030 "
        "khoảng 50.000 người.",
        "khoảng 50.000 người",
        2030,
    ),
    (  # … not beside a year of its own
        "Cần Thơ, ngày 20/11/2026 - Năm 2026, năm đầu tiên của giai đoạn 2026-2030, thành phố "
        "giải ngân 1.200 tỷ đồng.",
        "1.200 tỷ đồng",
        2026,
    ),
    (  # … nor a programme's period
        "Cần Thơ, ngày 20/11/2026 - Thực hiện Chương trình mục tiêu quốc gia giai đoạn "
        "2026-2030, 10 tháng qua thành phố giải ngân 420 tỷ đồng.",
        "420 tỷ đồng",
        2026,
    ),
    (  # … nor a total so far
        "Cần Thơ, ngày 20/11/2026 - Lũy kế giai đoạn 2021-2030, tỉnh đã thu hút 150 dự án FDI.",
        "150 dự án",
        2026,
    ),
    # "lũy kế" with months of the year is the year to date
    (
        "Năm 2025, ngân hàng đặt kế hoạch lãi 30.000 tỷ đồng. Lũy kế 9 tháng, ngân hàng lãi "
        "22.460 tỷ đồng.",
        "22.460 tỷ đồng",
        2025,
    ),
    (
        "Năm 2023, hợp tác xã xuất khẩu 500 tấn xoài.\n\nHiện nay, hợp tác xã có 120 thành viên.",
        "120 thành viên",
        None,
    ),
    (
        "Doanh thu năm 2024 đạt 900 tỷ đồng. Đến nay, công ty đã mở 45 cửa hàng.",
        "45 cửa hàng",
        None,
    ),
    (
        "Năm 2022, ngân hàng lãi 3.000 tỷ đồng. Lũy kế, ngân hàng đã giải ngân cho 12.000 dự án.",
        "12.000 dự án",
        None,
    ),
    (
        "Quỹ được thành lập năm 2015. Tính đến nay, quỹ đã trao 2.400 suất học bổng.",
        "2.400 suất",
        None,
    ),
    (
        "Năm 2019, tỉnh thu hút 40 dự án. Hiện, số dư tín dụng của tỉnh ở mức 85.000 tỷ đồng.",
        "85.000 tỷ đồng",
        None,
    ),
    # the state named at a paragraph's start goes on in its next sentences
    (
        "Khu công nghiệp được mở rộng năm 2018.\n\nHiện nay, khu có 85 doanh nghiệp. "
        "Tổng số lao động là 30.000 người.",
        "30.000 người",
        None,
    ),
    # "recently": the article's own time, which it does not state
    (
        "Năm 2030, thị trường dự báo đạt 9 tỷ USD.\n\nHãng mới đây công bố gói đầu tư 700 "
        "triệu USD.",
        "700 triệu USD",
        None,
    ),
    # "từ … đến nay" in the sentence: a span up to now, not the year it starts from
    (
        "Hoạt động tại Việt Nam từ năm 2010, tập đoàn đến nay đã xây 3 nhà máy.",
        "3 nhà máy",
        None,
    ),
    # a span of years up to now
    (
        "Công ty ra đời năm 2012.\n\nSau 12 năm, công ty có 6.000 khách hàng doanh nghiệp.",
        "6.000 khách hàng",
        None,
    ),
    (
        "Năm 2024, tỉnh trồng mới 900 ha rừng. Trong 5 năm qua, diện tích rừng tăng 8%.",
        "8%",
        None,
    ),
]

# Rule ``now_dated``: in an article whose day is known (its date line), or whose own words
# tell the year under way ("10 tháng năm 2026", "năm nay"), the present and a total up to
# now are that day's, so their figures are for its year; an undated past, a span of years
# and a span from a year of the sentence are for no one year still.
NOW_DATED = [
    (
        "Tính đến hết tháng 10/2026, tỉnh thu hút 42 dự án FDI.\n\nHiện nay, tỉnh có 14 khu "
        "công nghiệp đang hoạt động.",
        "14 khu công nghiệp",
        2026,
    ),
    (
        "Doanh thu 9 tháng năm 2025 của công ty đạt 3.200 tỷ đồng. Đến nay, công ty đã mở "
        "thêm 45 cửa hàng.",
        "45 cửa hàng",
        2025,
    ),
    (
        "Cần Thơ, ngày 3/12/2026 - Năm 2024, hợp tác xã xuất khẩu 500 tấn xoài.\n\n"
        "Hiện nay, hợp tác xã có 120 thành viên.",
        "120 thành viên",
        2026,
    ),
    (
        "Đà Nẵng, 14/10/2025 (TTXVN) - Năm 2023, cảng đón 300 chuyến tàu. Đến nay, cảng đã "
        "nạo vét 2,4 km luồng.",
        "2,4 km",
        2025,
    ),
    (
        "Hà Nội, ngày 2/11/2026 - Quỹ được thành lập năm 2015. Lũy kế, quỹ đã trao 2.400 "
        "suất học bổng.",
        "2.400 suất",
        2026,
    ),
    (
        "Huế, ngày 9/9/2026 - Năm 2021, bệnh viện có 600 giường.\n\nHiện, bệnh viện tiếp "
        "nhận 3.000 lượt khám mỗi ngày.",
        "3.000 lượt",
        2026,
    ),
    # an undated past stays undated
    (
        "Hà Nội, ngày 2/11/2026 - Năm 2025, thị trường đạt 2 tỷ USD. Trước đây, doanh nghiệp "
        "chỉ xuất khẩu 30 container mỗi tháng.",
        "30 container mỗi tháng",
        None,
    ),
    # so does a span of years up to now
    (
        "Vinh, ngày 1/12/2026 - Công ty ra đời năm 2012.\n\nSau 12 năm, công ty có 6.000 "
        "khách hàng doanh nghiệp.",
        "6.000 khách hàng",
        None,
    ),
    (
        "Hà Nội, 12/11/2026 – Công ty Gỗ An Cường họp cổ đông. Trong 5 năm gần đây, doanh thu "
        "của công ty tăng bình quân 10%/năm.",
        "10%/năm",
        None,
    ),
    (
        "Hà Nội, 12/11/2026 – Công ty Gỗ An Cường họp cổ đông. Những năm gần đây, công ty đã "
        "đầu tư hơn 2.000 tỷ đồng vào nhà máy mới.",
        "hơn 2.000 tỷ đồng",
        None,
    ),
    # and a span from a year of the sentence up to now
    (
        "Bắc Ninh, ngày 8/6/2026 - Hoạt động tại Việt Nam từ năm 2010, tập đoàn đến nay đã "
        "xây 3 nhà máy.",
        "3 nhà máy",
        None,
    ),
]

# The same words where they date nothing on their own: the year stands.
DATED = [
    # the span opens at a time: the year to date
    ("Từ đầu năm 2024 đến nay, tỉnh thu hút 35 dự án.", "35 dự án", 2024),
    # "từ đầu năm tới nay" is the year to date (its year from the date line), not next year
    ("Thứ Hai, 7/3/2022\n\nTừ đầu năm tới nay, tỉnh thu hút 30 dự án.", "30 dự án", 2022),
    # a span of years inside a sentence with its year
    ("Năm 2020, sau 10 năm hoạt động, công ty đạt doanh thu 1.000 tỷ đồng.", "1.000 tỷ đồng", 2020),
    # "now" after a time of its sentence: that time dates it
    ("Tính đến cuối năm 2024, tỉnh hiện có 1.200 doanh nghiệp FDI.", "1.200 doanh nghiệp", 2024),
    # other words that hold the same syllables
    ("Năm 2023, công ty thực hiện có hiệu quả 12 dự án.", "12 dự án", 2023),
    (
        "Năm 2023 là năm thành công. Công ty lập kỷ lục cao nhất từ trước đến nay với 8 triệu "
        "tấn thép.",
        "8 triệu tấn",
        2023,
    ),
    (
        "Năm 2021, tỉnh đầu tư mạnh cho thủy lợi. Hiện đại hóa 40 trạm bơm là việc cấp bách.",
        "40 trạm",
        2021,
    ),
]

# A date without its year ("Ngày 17/6") in an article without a date line is of the latest
# year the article reports on, as its "năm nay" is (``relative_times``): it dates its figures.
YEARLESS_DATE = [
    (
        "Năm 2024, doanh thu đạt 900 tỷ đồng, tăng 10% so với năm 2023.\n\n"
        "Năm ngoái, công ty lãi 80 tỷ đồng.\n\nNgày 17/6, cổ phiếu công ty tăng 4%.",
        "4%",
        2024,
    ),
]

# Rule ``article``: a figure without a time of its own is for the year the article reports
# on, not a forecast's year named as often
ARTICLE_YEAR = [
    # rule headline_year: a headline's figure is for the year the body gives the same figure,
    # also when the headline names another thing's time
    (
        "Nhà máy sản xuất 2,4 triệu tấn thép sau 10 tháng, lò số 2 vận hành từ quý I/2028\n\n"
        "Trong 10 tháng năm 2026, nhà máy sản xuất 2,4 triệu tấn thép.",
        "2,4 triệu tấn",
        2026,
    ),
    (
        "Nhà máy lập kỷ lục 1,4 triệu tấn thép\n\nTrong năm 2019, nhà máy sản xuất 1,4 triệu "
        "tấn thép.\n\nNăm 2025, công ty đặt kế hoạch 2 triệu tấn.",
        "1,4 triệu tấn",
        2019,
    ),
    (
        "Xuất khẩu gạo 10 tháng đạt 6,1 tỷ USD\n\nKim ngạch xuất khẩu gạo 10 tháng năm 2026 "
        "ước đạt 6,1 tỷ USD. Hiệp hội dự báo năm 2027 xuất khẩu gạo tăng thêm 5%.",
        "6,1 tỷ USD",
        2026,
    ),
]

# Rule ``carried_far``: a month's or a period's report goes on after a paragraph break; an
# event's or a goal's month, without a figure in its sentence, does not (``not_carried``).
CARRIED_FAR = [
    # rule no_future_result: a result is for no year after the one the article's own words
    # say is under way ("10 tháng năm 2026"), whatever year a forecast before named
    (
        "Trong 10 tháng năm 2026, tỉnh thu hút 1,2 tỷ USD vốn FDI. Theo chuyên gia, năm 2027 "
        "kinh tế số của tỉnh có thể chiếm 20% GRDP.\n\nToàn tỉnh có 1.350 doanh nghiệp công "
        "nghệ số, sử dụng 30.000 lao động.",
        "1.350 doanh nghiệp",
        2026,
    ),
    # rule year_to_date: the first months of the year under way, whatever year a paragraph
    # before framed: the article's year
    (
        "Hà Nội, ngày 20/11/2026 - Năm 2025, công ty lãi 800 tỷ đồng, cao nhất từ khi niêm "
        "yết.\n\nDoanh thu 10 tháng đạt 3.900 tỷ đồng, tăng 8%.",
        "3.900 tỷ đồng",
        2026,
    ),
    # not a length ("kỳ hạn 6 tháng", "chỉ trong 3 tháng"), nor months with their own year
    (
        "Hà Nội, ngày 20/11/2026 - Năm 2025, ngân hàng tăng trưởng tín dụng 13%.\n\nLãi suất "
        "huy động kỳ hạn 6 tháng bình quân giảm 0,6 điểm phần trăm.",
        "0,6 điểm phần trăm",
        2025,
    ),
    (
        "Hà Nội, ngày 20/11/2026 - Năm 2025, giá thép biến động mạnh.\n\nChỉ trong 3 tháng, "
        "giá thép cuộn tăng 18%.",
        "18%",
        2025,
    ),
    (
        "Tháng 9/2024, giá tiêu dùng tăng 0,3%.\n\nTrong đó, nhóm giáo dục tăng 1,2%.",
        "1,2%",
        2024,
    ),
    (
        "Các tỉnh phải cấp xong mã số vùng trồng trước tháng 6/2027.\n\n"
        "Tại Gia Lai, một công ty đã ký hợp đồng cung ứng 15.000 tấn cà phê.",
        "15.000 tấn",
        None,
    ),
    (
        "Tháng 10/2025, chỉ số giá tiêu dùng tăng 0,4% so với tháng trước.\n\n"
        "Trong 11 nhóm hàng, nhóm giao thông tăng mạnh nhất với 1,9%.",
        "1,9%",
        2025,
    ),
    # in a dated report of the year under way, a figure after such a month is the
    # article's year's
    (
        "Hà Nội, ngày 3/12/2026 - Tính đến hết tháng 11, tổng công ty đã hoàn thành kế hoạch "
        "năm.\n\nSản lượng điện 11 tháng đạt 21,4 tỷ kWh, vượt 3% kế hoạch.",
        "21,4 tỷ kWh",
        2026,
    ),
    (
        "Quy hoạch vùng giai đoạn 2026-2030 đã được phê duyệt.\n\n"
        "Vùng tập trung phát triển 3 hành lang kinh tế.",
        "3 hành lang",
        2030,
    ),
]

# Rule ``few_without_time``: a count of a few things before any time of the article is a
# list ("hai dự án", "3 đột phá"), not a statistic of the year the article is about.
FEW_WITHOUT_TIME = [
    (
        "Tập đoàn công bố hai dự án mới tại miền Trung. Năm 2024, doanh thu đạt 500 tỷ đồng.",
        "hai dự án",
        None,
    ),
    (
        "Tỉnh xác định 3 đột phá chiến lược. Năm 2025, tỉnh thu hút 40 dự án FDI.",
        "3 đột phá",
        None,
    ),
    # more things: a statistic, of the article's year
    (
        "Chuỗi mở thêm 120 cửa hàng. Năm 2024, doanh thu chuỗi đạt 8.000 tỷ đồng.",
        "120 cửa hàng",
        2024,
    ),
]

# Rules on comparisons: ``base_figure`` (a figure in brackets after the base is the base's)
# and ``ratio`` (a time right after a ratio is its base's, not the ratio's year).
COMPARISON = [
    # rule same_period_before: "cùng kỳ năm trước" as a figure's own time, not a base, is the
    # same period a year before the report's
    (
        "Quý III/2026, công ty lãi 50 tỷ đồng, cùng kỳ năm trước lỗ 20 tỷ đồng.",
        "20 tỷ đồng",
        2025,
    ),
    (
        "Hà Nội, ngày 30/10/2026 - Quý III, ngân hàng lãi 900 tỷ đồng, trong khi cùng kỳ năm "
        "ngoái chỉ lãi 610 tỷ đồng.",
        "610 tỷ đồng",
        2025,
    ),
    (  # as a base it dates nothing; nor when it is another figure's time
        "Quý III/2026, công ty lãi 50 tỷ đồng, tăng 20% so với cùng kỳ năm trước.",
        "20%",
        2026,
    ),
    (
        "Trong quý III/2026, biên lợi nhuận gộp cải thiện từ 13,2% của cùng kỳ năm trước lên "
        "17,8%.",
        "17,8%",
        2026,
    ),
    # the time after a figure compared with or changed from is that figure's, a base
    (
        "Ngân hàng công bố kết quả 9 tháng năm 2026. Biên lãi ròng giảm xuống 3,9% từ mức "
        "4,4% hồi cuối năm 2025.",
        "3,9%",
        2026,
    ),
    (
        "Công ty báo lãi 9 tháng năm 2026 đạt 500 tỷ đồng. Dư nợ vay còn 1.200 tỷ đồng, so "
        "với mức 2.100 tỷ đồng năm 2022.",
        "1.200 tỷ đồng",
        2026,
    ),
    # a span that runs to the article's day ("từ năm 2024 đến nay"): a running total to
    # that day, whatever year an earlier sentence framed
    (
        "Ngày 12/11/2026, Sở Xây dựng cho biết năm 2025 thành phố khởi công 6 dự án. Từ năm "
        "2021 đến nay, thành phố đã hoàn thành 5.200 căn nhà ở xã hội.",
        "5.200 căn nhà",
        2026,
    ),
    # a multiple's level reached keeps its own time: "lên mức kỷ lục trong năm 2025"
    (
        "Hà Nội, ngày 12/11/2026 - Hiệp hội Rau quả họp tổng kết.\n\nXuất khẩu chanh leo "
        "đạt 420 triệu USD, tăng gấp đôi lên mức kỷ lục trong năm 2025.",
        "420 triệu USD",
        2025,
    ),
    # a month later in the starting level's year shares it: "tháng 1/2024 … tháng 6"
    (
        "Ngày 12/11/2026, báo cáo cho biết tỷ lệ thất nghiệp giảm từ mức 2,6% của tháng 1/2024 "
        "xuống 2,2% trong tháng 6.",
        "2,2%",
        2024,
    ),
    # a multiple may name what it multiplies before the base's time: the time frames nothing
    (
        "Ngày 25/11/2026, tỉnh cho biết thiệt hại do bão ước khoảng 2.100 tỷ đồng, gấp đôi "
        "cơn bão lớn năm 2017.\n\nCụ thể, bão làm 240 căn nhà bị tốc mái.",
        "240 căn nhà",
        2026,
    ),
    # the time of the level a change starts from gives no year to a month after it
    (
        "Ngày 28/10/2026, công ty cho biết biên lợi nhuận gộp tăng lên 39%, từ mức 35,2% của "
        "quý III/2025, nhờ giá cước mới áp dụng từ tháng 7.\n\nSản lượng trong quý đạt "
        "410.000 tấn.",
        "410.000 tấn",
        2026,
    ),
    # after a comparative, a level named without its number ("cao hơn mức tăng của …") is a
    # figure compared with: its time is a base
    (
        "Tăng trưởng quý I năm nay cao hơn mức tăng của quý I các năm 2012-2014, nhưng thấp "
        "hơn mức tăng 6,12% của cùng kỳ năm 2015. Trong đó ngành lâm nghiệp tăng 4,94%.",
        "4,94%",
        None,
    ),
    # a time opening brackets right after a base names the base's time: a base too
    (
        "Trong quý I năm nay, ngành thủy sản tăng 3,5% so với cùng kỳ năm trước (quý I/2024 "
        "ngành này giảm 1,2%), đóng góp 0,09 điểm phần trăm vào mức tăng trưởng chung.",
        "3,5%",
        None,
    ),
    (
        "Quý I/2025, ngành lâm nghiệp tăng 4,9% so với cùng kỳ năm trước (quý I/2024 tăng 3,1%).",
        "4,9%",
        2025,
    ),
    # a superlative's "kể từ năm X" ("cao nhất kể từ năm 2021") is a base
    (
        "Công ty vừa công bố báo cáo tài chính quý III/2026 với doanh thu 9.800 tỷ đồng. Lợi "
        "nhuận sau thuế đạt 1.120 tỷ đồng, tăng 24% và là mức cao nhất kể từ năm 2021.",
        "1.120 tỷ đồng",
        2026,
    ),
    (
        "Năm 2026, đội tuyển giành 2 HCV tại giải châu Á, thành tích tốt nhất kể từ năm 2015.",
        "2 HCV",
        2026,
    ),
    # the time of a figure compared with ("cao hơn mức 6,5% của 9 tháng năm 2025") is a base
    (
        "GRDP 9 tháng năm 2026 tăng 7,8%, cao hơn mức 6,5% của 9 tháng năm 2025.\n\n"
        "Thu ngân sách đạt 21.000 tỷ đồng.",
        "21.000 tỷ đồng",
        2026,
    ),
    # a ratio's base ("gấp 1,5 lần quý III/2025") dates neither its figure nor later ones
    (
        "Quý III/2026, công ty có doanh thu 3.100 tỷ đồng. Lợi nhuận đạt 520 tỷ đồng, gấp "
        "1,5 lần quý III/2025.\n\nMảng môi giới đạt 610 tỷ đồng.",
        "520 tỷ đồng",
        2026,
    ),
    (
        "Quý III/2026, công ty có doanh thu 3.100 tỷ đồng. Lợi nhuận đạt 520 tỷ đồng, gấp "
        "1,5 lần quý III/2025.\n\nMảng môi giới đạt 610 tỷ đồng.",
        "610 tỷ đồng",
        2026,
    ),
    (
        "Năm 2024, xuất khẩu đạt 12,5 tỷ USD, tăng 9% so với cùng kỳ năm 2023 (11,47 tỷ USD).",
        "11,47 tỷ USD",
        2023,
    ),
    (
        "Năm 2024, xuất khẩu đạt 12,5 tỷ USD, tăng 9% so với cùng kỳ năm 2023 (11,47 tỷ USD).",
        "12,5 tỷ USD",
        2024,
    ),
    (
        "Năm 2025, công ty đặt kế hoạch lãi 900 tỷ đồng, gấp 3 lần kết quả năm 2024.",
        "gấp 3 lần",
        2025,
    ),
    ("Năm 2024, sản lượng than chỉ bằng 92% cùng kỳ năm 2023.", "92%", 2024),
    # rule range_start_time: the time right after the figure a change starts from dates it
    # only ("giảm từ 2,1% cuối năm 2025 xuống 1,6%"): the level reached is the report's
    (
        "Trong năm 2026, ngân hàng đẩy mạnh xử lý nợ. Tỷ lệ nợ xấu giảm từ 2,1% cuối năm 2025 "
        "xuống 1,6%.",
        "1,6%",
        2026,
    ),
    (
        "Trong năm 2026, ngân hàng đẩy mạnh xử lý nợ. Tỷ lệ nợ xấu giảm từ 2,1% cuối năm 2025 "
        "xuống 1,6%.",
        "2,1%",
        2025,
    ),
    # a few words may name what is compared after "so với" ("vòng gọi vốn hồi tháng 5/2025");
    # a multiple written as a word is a ratio ("gấp đôi cuối năm 2025")
    (
        "Trong năm 2026, ví điện tử gọi thêm vốn.\n\nSau vòng này, công ty được định giá 540 "
        "triệu USD, gấp 2,7 lần so với vòng gọi vốn hồi tháng 5/2025.",
        "gấp 2,7 lần",
        2026,
    ),
    (
        "Trong năm 2026, ví điện tử mở rộng mạng lưới.\n\nSố khách hàng đạt 18 triệu người, "
        "gấp đôi cuối năm 2025.",
        "18 triệu người",
        2026,
    ),
    # the base may be named as a whole year or a figure of it ("cả năm 2025", "con số của")
    (
        "Trong 10 tháng đầu năm 2026, chuỗi mở 214 cửa hàng, gấp 1,6 lần con số của cả năm "
        "2025.\n\nDoanh thu thuần 10 tháng của chuỗi đạt 9.840 tỷ đồng.",
        "9.840 tỷ đồng",
        2026,
    ),
    (
        "Trong 10 tháng đầu năm 2026, chuỗi mở 214 cửa hàng, gấp 1,6 lần cả năm 2025.",
        "gấp 1,6 lần",
        2026,
    ),
    # a change followed by its range, each end dated in brackets, is for the range's end
    (
        "Số bác sĩ tăng 35% từ 8.200 người (năm 2015) lên 11.070 người (2023).",
        "35%",
        2023,
    ),
    # the base may name a part of its year ("so với cuối năm 2025", "so với đầu năm")
    (
        "Năm 2026, huyện có thêm 6 xã đạt chuẩn. Cả huyện có 31 xã đạt chuẩn, tăng 6 xã so "
        "với cuối năm 2025.",
        "31 xã",
        2026,
    ),
    (
        "Năm 2026, tín dụng trên địa bàn tăng khá. Dư nợ đạt 74.000 tỷ đồng, tăng 9,4% so "
        "với hết năm 2025.",
        "74.000 tỷ đồng",
        2026,
    ),
    # rule surpassed_time: what a figure surpasses, named without a figure, is a base
    (
        "Quý III/2026, hãng giao 41.000 xe. Tính chung 9 tháng, hãng giao 118.000 xe, vượt "
        "tổng số xe của cả năm 2025.",
        "118.000 xe",
        2026,
    ),
    (
        "Năm 2026 là năm thứ ba liên tiếp tỉnh thu hút vốn tăng. Vốn FDI đạt 2,1 tỷ USD, vượt "
        "qua mức kỷ lục năm 2024.",
        "2,1 tỷ USD",
        2026,
    ),
    # without a figure that surpasses, "vượt qua" is "overcome": the time is the figure's
    (
        "Vượt qua nhiều khó khăn trong năm 2025, doanh nghiệp đạt doanh thu 1.200 tỷ đồng.",
        "1.200 tỷ đồng",
        2025,
    ),
    # a figure (not a ratio) right before a time is that time's
    ("Công ty lỗ 15 tỷ đồng, so với mức lãi 40 tỷ đồng cùng kỳ 2023.", "40 tỷ đồng", 2023),
]

# Rule ``since_event``: the time of the event a record is counted from ("kể từ khi …
# năm 2015") dates that event: it frames no later figure, and one the sentence names
# after a comma still does.
SINCE_EVENT = [
    (
        "Năm 2026, cổ tức tiền mặt lên mức cao nhất kể từ khi công ty chuyển sang Sở Giao "
        "dịch Chứng khoán Hà Nội (HNX) năm 2012.\n\nDoanh thu thuần đạt 3.150 tỷ đồng.",
        "3.150 tỷ đồng",
        2026,
    ),
    (
        "Hà Nội, ngày 3/12/2026 - Lượng khách quốc tế đến tỉnh cao nhất từ khi dịch bệnh "
        "bùng phát năm 2020.\n\nCác khách sạn đón 1,2 triệu lượt khách, tăng 18%.",
        "1,2 triệu lượt khách",
        2026,
    ),
    (
        "Từ khi thành lập, hợp tác xã trình kế hoạch giai đoạn 2027-2030. Sản lượng dự "
        "kiến đạt 4.000 tấn.",
        "4.000 tấn",
        2030,
    ),
    # "từ khi" that opens no record means "once": its time frames the figure
    (
        "Hà Nội, ngày 5/12/2026 - Từ khi nhà máy đi vào hoạt động trong năm 2027 sản lượng sẽ "
        "tăng thêm 30.000 tấn.",
        "30.000 tấn",
        2027,
    ),
]

# Rule ``progress_to_now``: in a dated article, a figure "đến nay" after a time that starts
# no span (no "từ") says how far things stand on the article's day; "Từ năm … đến nay" is
# a total up to that day (rule ``span_to_now``), a span with words between is of no one
# year, and without the article's day such a figure stays undated.
PROGRESS_TO_NOW = [
    (
        "Hà Nội, ngày 2/12/2026 - Năm 2026, tỉnh được giao chỉ tiêu 6.500 căn nhà ở xã hội; "
        "đến nay đã đạt khoảng 74%.",
        "khoảng 74%",
        2026,
    ),
    (
        "Hà Nội, ngày 2/12/2026 - Năm 2020, tỉnh khởi công tuyến cao tốc, đến nay đã giải "
        "ngân 80% vốn.",
        "80%",
        2026,
    ),
    (
        "Hà Nội, ngày 2/12/2026 - Từ năm 2013 đến nay, công ty mở hai nhà máy với 3.000 lao động.",
        "3.000 lao động",
        2026,
    ),
    (
        "Hà Nội, ngày 2/12/2026 - Từ năm 2013, công ty đến nay đã mở hai nhà máy với 3.000 lao "
        "động.",
        "3.000 lao động",
        None,
    ),
    (
        "Hà Nội, ngày 2/12/2026 - Từ cuối năm 2024, Công ty Vissan đến nay đã mở 5 cửa hàng.",
        "5 cửa hàng",
        None,
    ),
    (
        "Năm 2026, tỉnh được giao chỉ tiêu 6.500 căn nhà ở xã hội; đến nay đã đạt khoảng 74%.",
        "khoảng 74%",
        None,
    ),
]

# Rule ``on_completion``: a sentence opening with a project's completion and going on to
# what will then be speaks of a state to come at no named time: no year carried from the
# report; a time the sentence names still dates it, and a past event after "sau khi" is
# a result of its report's year.
ON_COMPLETION = [
    (
        "Năm 2026, tập đoàn khởi công nhà máy thủy điện tích năng. Khi hoàn thành, nhà máy "
        "sẽ cung cấp khoảng 1,5 tỷ kWh điện mỗi năm.",
        "khoảng 1,5 tỷ kWh",
        None,
    ),
    (
        "Quảng Ngãi, ngày 2/10/2026 - Dự án cảng tổng hợp đang thi công.\n\n- Sau khi dự án "
        "đi vào vận hành, cảng dự kiến tiếp nhận 2 triệu tấn hàng mỗi năm.",
        "2 triệu tấn",
        None,
    ),
    (
        "Năm 2026, thành phố khởi công tuyến đường vành đai. Khi thông xe, tuyến đường được "
        "kỳ vọng giảm 30% lưu lượng xe qua trung tâm.",
        "30%",
        None,
    ),
    (
        "Khi hoàn thành vào năm 2028, nhà máy sẽ cung cấp khoảng 1,5 tỷ kWh điện mỗi năm.",
        "khoảng 1,5 tỷ kWh",
        2028,
    ),
    (
        "Năm 2025, công ty lãi 50 tỷ đồng. Sau khi nhà máy mới đi vào hoạt động, doanh thu "
        "tăng 30%.",
        "30%",
        2025,
    ),
    (
        "Năm 2026, công ty khởi công nhà máy. Khi được hỏi về kế hoạch, ông cho biết công "
        "ty sẽ tuyển 500 lao động.",
        "500 lao động",
        2026,
    ),  # a completion that is no project's, or a figure already done, keeps the report's year
    (
        "Năm 2026, Sở Nông nghiệp tỉnh Đắk Lắk đẩy mạnh thu hoạch. Khi hoàn thành thu hoạch, "
        "sản lượng cà phê dự kiến đạt 550.000 tấn.",
        "550.000 tấn",
        2026,
    ),
    (
        "Năm 2025, nhà máy điện Quảng Trạch 1 khánh thành. Sau khi khánh thành, nhà máy đã "
        "phát 5 tỷ kWh, dự kiến cả năm đạt 6 tỷ kWh.",
        "6 tỷ kWh",
        2025,
    ),
    # the completion may open a later clause; after "khi" no future word is needed
    (
        "Năm 2026, tỉnh khởi công nhà máy. Theo thiết kế, khi hoàn thành, nhà máy sẽ cung cấp 9 "
        "tỷ kWh điện mỗi năm.",
        "9 tỷ kWh",
        None,
    ),
    (
        "Năm 2026, tỉnh khởi công nhà máy. Khi hoàn thành, nhà máy cung cấp 9 tỷ kWh điện mỗi năm.",
        "9 tỷ kWh",
        None,
    ),
]

# Rule ``standing_addition``: a standing figure (a capital) added at a time is dated as an
# event; one that is only described is not (rule ``standing``).
STANDING = [
    (
        "Ngày 5/8/2021, công ty tăng vốn đầu tư thêm 1,2 tỷ USD cho dự án nhà máy.",
        "1,2 tỷ USD",
        2021,
    ),
    ("Năm 2023, tập đoàn rót thêm 500 triệu USD vào dự án điện gió.", "500 triệu USD", 2023),
    (
        "Năm 2023, tập đoàn khởi công dự án điện gió có tổng vốn đầu tư 500 triệu USD.",
        "500 triệu USD",
        None,
    ),
    # a level a standing figure is raised to is an event too; a possible one is a design
    (
        "Năm 2024, công ty rót thêm 300 triệu USD, nâng tổng vốn đầu tư lên 1,1 tỷ USD.",
        "1,1 tỷ USD",
        2024,
    ),
    (
        "Năm 2024, nhà máy khánh thành với công suất 50.000 xe/năm, có thể nâng lên 150.000 "
        "xe/năm.",
        "150.000 xe/năm",
        None,
    ),
]


# Rule ``dated_price``: a price (money per a thing) is seen at a time: the time its sentence
# or its report names dates it, where a capacity or a rate per year stays a standing property.
DATED_PRICES = [
    (
        "Sáng 4/11/2026, giá tiêu đen tại Gia Lai dao động 142.000-145.000 đồng/kg.",
        "142.000-145.000 đồng/kg",
        2026,
    ),
    (
        "Quý III/2025, giá bán bình quân căn hộ tại Thủ Đức ở mức 68 triệu đồng/m2.",
        "68 triệu đồng/m2",
        2025,
    ),
    (
        "Năm 2024, giá thép xây dựng giảm mạnh. Giá thép cuộn bình quân ở mức 14,2 triệu đồng/tấn.",
        "14,2 triệu đồng/tấn",
        2024,
    ),
    # a capacity in the same sentence is a standing property still
    (
        "Năm 2025, công ty khánh thành nhà máy sấy công suất 20.000 tấn/năm.",
        "20.000 tấn/năm",
        None,
    ),
    # money per a person and a period is a rate too
    (
        "Năm 2023, công ty xây nhà máy gỗ. Nhà máy có chi phí nhân công tối đa 9 triệu "
        "đồng/người/tháng.",
        "tối đa 9 triệu đồng/người/tháng",
        None,
    ),
    # money per a period is a rate, not a price
    (
        "Năm 2023, tập đoàn ký hợp đồng thuê đất với giá thuê 2 triệu USD/năm.",
        "2 triệu USD/năm",
        None,
    ),
]

# Rule ``milestone_frame``: a milestone's time ("bàn giao căn hộ từ quý III/2028") frames no
# later figure of the report.
MILESTONE_FRAME = [
    (
        "Năm 2025, công ty bán được 92% số căn hộ mở bán. Dự án dự kiến bàn giao căn hộ từ quý "
        "III/2028.\n\nPhân khu mới gồm 6 tòa tháp với 1.840 căn hộ.",
        "1.840 căn hộ",
        2025,
    ),
]

# Rule ``goal_frame``: a year in a goal's clause ("mục tiêu … trong năm 2027") dates
# neither a result before it in its sentence nor the report's later figures.
GOAL_FRAME = [
    (
        "Năm 2026, tuyến đường chậm 6% so với kế hoạch, chủ đầu tư cam kết bảo đảm mục tiêu "
        "thông xe trong năm 2027.\n\nKhối lượng thi công mới đạt 41%.",
        "41%",
        2026,
    ),
    (
        "Tuyến đường chậm 6% so với kế hoạch, chủ đầu tư cam kết bảo đảm mục tiêu thông xe "
        "trong năm 2027. Năm 2026, dự án được bố trí 5.000 tỷ đồng.",
        "6%",
        2026,
    ),
]

# Rule ``list_heading``: an item of a list is for the time its heading names, a
# forecast's too; an item with a time of its own keeps it
LIST_HEADINGS = [
    (
        "Thị trường căn hộ TP.HCM năm 2026 phục hồi, giá bán tăng 8%.\n\nVới năm 2027, CBRE "
        "dự báo:\n- Nguồn cung căn hộ mới đạt khoảng 15.000-17.000 căn;\n- Giá bán sơ cấp "
        "tăng thêm 5-7%.",
        "5-7%",
        2027,
    ),
    (
        "Năm 2026, thành phố thu ngân sách 41.000 tỷ đồng.\n\nTrong năm 2027, Sở Tài chính "
        "dự báo:\n- Thu từ đất đạt 9.000 tỷ đồng;\n- Thu nội địa năm 2026 vượt 3%.",
        "vượt 3%",
        2026,
    ),
]

# Rule ``undated_goal``: a goal whose statement names no time is for no year an earlier
# sentence named; one with its own deadline is for that
UNDATED_GOALS = [
    (
        "Năm 2021, Công ty TNHH Màn hình Phương Đông đạt doanh thu 5 tỷ USD.\n\nVới khoản "
        "đầu tư mới, công ty sẽ nâng sản lượng màn hình lên 14 triệu sản phẩm/tháng.",
        "14 triệu sản phẩm/tháng",
        None,
    ),
    (
        "Năm 2021, Công ty TNHH Màn hình Phương Đông đạt doanh thu 5 tỷ USD.\n\nVới khoản "
        "đầu tư mới, công ty sẽ nâng sản lượng màn hình lên 14 triệu sản phẩm/tháng trong năm "
        "2023.",
        "14 triệu sản phẩm/tháng",
        2023,
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "year"),
    UNDATED_GOALS
    + LIST_HEADINGS
    + UNDATED
    + NOW_DATED
    + DATED
    + YEARLESS_DATE
    + CARRIED_FAR
    + ARTICLE_YEAR
    + FEW_WITHOUT_TIME
    + COMPARISON
    + SINCE_EVENT
    + ON_COMPLETION
    + PROGRESS_TO_NOW
    + STANDING
    + DATED_PRICES
    + GOAL_FRAME
    + MILESTONE_FRAME,
)
def test_year(
    amount_of: Callable[[str, str], Amount], text: str, figure: str, year: int | None
) -> None:
    assert amount_of(text, figure).year == year
