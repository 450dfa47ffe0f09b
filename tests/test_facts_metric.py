"""What each amount measures (``Amount.metric``): one table per rule of ``facts/metric.py``.

Sentences written for vnextract in the style of Vietnamese economic news (none copied
from an article), read through the whole extractor: a user checks ``amount.metric``.
"""

from __future__ import annotations

import pytest

from vnextract import Extractor
from vnextract.schema import Amount


def _amount(extractor: Extractor, text: str, figure: str) -> Amount:
    """The amount of ``text`` whose text is ``figure``."""
    found = [a for a in extractor.extract(text).amounts if a.text == figure]
    assert found, [a.text for a in extractor.extract(text).amounts]
    return found[0]


# Rule noun_list: a short metric after a comma ends a list of nouns that began earlier.
NOUN_LIST = [
    (
        "Trong đó, xuất khẩu hàng gốm, sứ đạt 610 triệu USD, tăng 8%.",
        "610 triệu USD",
        "xuất khẩu hàng gốm, sứ",
    ),
    (
        "Trong đó, xuất khẩu hàng gốm, sứ đạt 610 triệu USD, tăng 8%.",
        "8%",
        "xuất khẩu hàng gốm, sứ",
    ),
    (
        "Trong 9 tháng, nhóm hàng bánh kẹo, sữa, đồ uống đạt 1,3 tỷ USD.",
        "1,3 tỷ USD",
        "nhóm hàng bánh kẹo, sữa, đồ uống",
    ),
    # "tăng" of "tăng trưởng" is a noun's, no verb that ends a list item
    (
        "Theo báo cáo, tốc độ tăng trưởng ngành công nghiệp chế biến, chế tạo của tỉnh đạt "
        "xấp xỉ 15%.",
        "xấp xỉ 15%",
        "tốc độ tăng trưởng ngành công nghiệp chế biến, chế tạo",
    ),
    # an item with a verb is a clause of its own, not a list item
    (
        "Doanh thu quý này giảm, lãi gộp đạt 75 tỷ đồng.",
        "75 tỷ đồng",
        "lãi gộp",
    ),
    # a clause after a lead ("trong đó") is no list item
    (
        "Ở chiều ngược lại, nhóm chứng khoán phân hóa, trong đó mã SSI tăng nhẹ 0,8%.",
        "0,8%",
        "mã SSI",
    ),
    # an item in upper case opens the sentence: it is no noun of the list
    (
        "Năm qua, doanh thu đạt 310 tỷ đồng.",
        "310 tỷ đồng",
        "doanh thu",
    ),
    # a clause of verbs only measures the clause before it, not what an aside says before
    (
        "Theo số liệu mới, đó là năm nay, vốn ODA giải ngân đã đạt mức cao, ước tính đạt "
        "4,2 tỷ USD.",
        "4,2 tỷ USD",
        "vốn ODA giải ngân",
    ),
]


# Rule dividend: a rate or a sum after "cổ tức" in its sentence is that dividend; the rate
# word ("tỷ lệ", "mức") and the verbs between are no metric.
DIVIDEND = [
    (
        "Công ty chốt danh sách cổ đông nhận cổ tức năm 2024 bằng tiền mặt tỷ lệ 12%.",
        "12%",
        "cổ tức",
    ),
    (
        "Mỗi cổ phiếu sẽ được nhận cổ tức 1.500 đồng trong đợt này.",
        "1.500 đồng",
        "cổ tức",
    ),
    (
        "Nhiều năm liền, ngân hàng duy trì chia cổ tức tiền mặt cho cổ đông với tỷ lệ dao động "
        "8-12%.",
        "8-12%",
        "cổ tức tiền mặt",
    ),
    # a goal: the dividend rule names it better than the plan's own wording
    (
        "Hội đồng quản trị dự kiến tạm ứng cổ tức đợt một với tỷ lệ 15% và chia làm hai lần.",
        "15%",
        "cổ tức",
    ),
    (
        "Đại hội thông qua phương án trả cổ tức từ tiền mặt sang cổ phiếu, với tỷ lệ giữ "
        "nguyên 25%.",
        "25%",
        "cổ tức",
    ),
    # how it is paid, right after the figure
    ("Công ty sẽ chia cổ tức 18% bằng cổ phiếu.", "18%", "cổ tức bằng cổ phiếu"),
    # a linking verb between: the figure is another measure's
    (
        "Lợi nhuận giữ lại sau khi trả cổ tức đạt 240 tỷ đồng.",
        "240 tỷ đồng",
        "Lợi nhuận giữ lại",
    ),
    # "cổ tức" in a clause before: only a clause of a bare rate goes on about it
    (
        "Sau khi chia cổ tức, lợi nhuận giữ lại của công ty còn 320 tỷ đồng.",
        "320 tỷ đồng",
        "lợi nhuận giữ lại",
    ),
    # another figure between: the dividend was that figure's
    (
        "Công ty trả cổ tức 10%, doanh thu quý IV đạt 800 tỷ đồng.",
        "800 tỷ đồng",
        "doanh thu",
    ),
]


# Rule share_of over a goal's wording: "mang lại X% tổng doanh thu" is a share of revenue
# also when the sentence sets a goal.
SHARE_IN_TARGET = [
    (
        "Năm 2025, tập đoàn đặt mục tiêu mảng bán lẻ mang lại 40% tổng doanh thu.",
        "40%",
        "tổng doanh thu",
    ),
    # rule share_of_later: a bare share is of the whole a later share of the sentence names
    (
        "Trong đó, mảng phần mềm đóng góp 48%, mảng viễn thông đóng góp 30%, còn lại mảng "
        "giáo dục mang lại 22% tổng lợi nhuận.",
        "48%",
        "tổng lợi nhuận",
    ),
    # no later share names a whole: the noun before it stays
    (
        "Điện than có công suất 25.000 MW (chiếm 31%), thủy điện 22.000 MW (chiếm 28%).",
        "31%",
        "công suất",
    ),
]


# Rule source_cut: "từ", "theo" after two words or more open the source or basis of a
# measure, no part of it; after one word they belong to the noun.
SOURCE_CUT = [
    (
        "Năm nay, tổng công ty đặt mục tiêu doanh thu thuần từ hoạt động kinh doanh đạt "
        "45.000 tỷ đồng.",
        "45.000 tỷ đồng",
        "doanh thu thuần",
    ),
    (
        "Trong đó, tổn thất từ sự cố đường ống là 120 tỷ đồng.",
        "120 tỷ đồng",
        "tổn thất",
    ),
    (
        "Tỉnh phấn đấu đạt GRDP bình quân đầu người theo giá hiện hành khoảng 150 triệu đồng.",
        "khoảng 150 triệu đồng",
        "GRDP bình quân đầu người",
    ),
    ("Trong quý, thu từ dầu thô đạt 3.100 tỷ đồng.", "3.100 tỷ đồng", "thu từ dầu thô"),
    # a short source names the measure
    ("Tổng thu từ du lịch ước đạt 5.600 tỷ đồng.", "5.600 tỷ đồng", "Tổng thu từ du lịch"),
]

# Rule list_item: a bulleted item "- <label>: <figure>" measures what the figure of its
# unit before the list's heading did, else what the heading names unless it lists things;
# a count keeps its unit
LIST_ITEMS = [
    (
        "Xuất khẩu cà phê 11 tháng đạt 5,1 tỷ USD, tăng 40%.\n\nCác thị trường chính:\n"
        "- Đức: 620 triệu USD, tăng 18%;\n- Italy: 480 triệu USD.",
        "480 triệu USD",
        "Xuất khẩu cà phê",
    ),
    (
        "Xuất khẩu cà phê 11 tháng đạt 5,1 tỷ USD, tăng 40%.\n\nCác thị trường chính:\n"
        "- Đức: 620 triệu USD, tăng 18%;\n- Italy: 480 triệu USD.",
        "18%",
        "Xuất khẩu cà phê",
    ),
    # a heading in the paragraph of the figure before it; "Các …" lists things
    (
        "Xuất khẩu hồ tiêu đạt 1,6 tỷ USD. Các thị trường chính:\n- Mỹ: 410 triệu USD;\n"
        "- Đức: 150 triệu USD.",
        "150 triệu USD",
        "Xuất khẩu hồ tiêu",
    ),
    (
        "Sản lượng thu hoạch của các hợp tác xã như sau:\n- HTX Tân Lộc: 1.250 tấn;\n"
        "- HTX Phú Hòa: 980 tấn.",
        "980 tấn",
        "Sản lượng thu hoạch",
    ),
    # a list that opens the text has no heading: its items keep what their rules read
    ("- Mỹ: 1,48 tỷ USD;\n- EU: 890 triệu USD.", "890 triệu USD", None),
    (
        "Các ngân hàng dẫn đầu:\n- Vietcombank: 12.000 tỷ đồng;\n- BIDV: 9.800 tỷ đồng.",
        "9.800 tỷ đồng",
        None,
    ),
    (
        "Tỉnh có 3 khu công nghiệp mới:\n- Khu công nghiệp Bắc Tiền Phong: 2 nhà máy.",
        "2 nhà máy",
        None,
    ),
]

# Rule same_unit_before: a list of figures one per name goes on with the metric of the
# last figure of the same unit, also into a next sentence that opens with a name and figure.
LIST_OF_NAMES = [
    (
        "Hà Nội dẫn đầu với vốn đăng ký đạt 2,1 tỷ USD, chiếm 20% cả nước; tiếp đến là Hải "
        "Phòng, với 1,8 tỷ USD, chiếm 17%.",
        "1,8 tỷ USD",
        "vốn đăng ký",
    ),
    (
        "Về giá trị xuất khẩu, Long An đạt 900 triệu USD.\nTây Ninh 750 triệu USD, tăng 4%.",
        "750 triệu USD",
        "giá trị xuất khẩu",
    ),
    # a sum in the clause of a share is that share's figure
    (
        "Tổng dư nợ đạt 8.000 tỷ đồng, trong đó, nợ ngắn hạn chiếm 60% với 4.800 tỷ đồng.",
        "4.800 tỷ đồng",
        "nợ ngắn hạn",
    ),
    # a change before the sum in its clause names it
    (
        "Doanh thu đạt 700 tỷ đồng, nhưng lãi gộp tăng 9% đạt 88 tỷ đồng.",
        "88 tỷ đồng",
        "lãi gộp",
    ),
]

# Rule share_of_count: a share with only its share verb after a clause that counts
# something is the rate of what is counted; after a sum it is not.
SHARE_OF_COUNT = [
    (
        "Toàn huyện có 41/56 trạm y tế đạt chuẩn, chiếm tỷ lệ 73,2%.",
        "73,2%",
        "tỷ lệ trạm y tế",
    ),
    (
        "Cả tỉnh hiện có 120/150 xã đạt chuẩn nông thôn mới (NTM), chiếm tỷ lệ 80%.",
        "80%",
        "tỷ lệ xã",
    ),
    (
        "Nhà máy có 1.200 lao động nữ, chiếm 60%.",
        "60%",
        "tỷ lệ lao động nữ",
    ),
    # after a sum: the share is of that sum's measure, no rate of a count
    (
        "Điện gió có tổng công suất 4.100 MW, chiếm 5,1%.",
        "5,1%",
        "tổng công suất",
    ),
]

# Rule opener_after_figure: a noun after an opener ("với") past a figure of a time is the
# metric, not the words before the figure; a comparison ("so với cùng kỳ") is no noun.
OPENER_AFTER_FIGURE = [
    (
        "Công ty vừa công bố kết quả kinh doanh 6 tháng với tổng doanh thu đạt 9.300 tỷ đồng.",
        "9.300 tỷ đồng",
        "tổng doanh thu",
    ),
    (
        "Công ty vừa công bố kết quả kinh doanh 6 tháng với tổng doanh thu đạt 9.300 tỷ đồng, "
        "tăng 12%.",
        "12%",
        "tổng doanh thu",
    ),
    (
        "Chỉ số giá sản xuất 9 tháng so với cùng kỳ tăng 4,1%.",
        "4,1%",
        "Chỉ số giá sản xuất",
    ),
]

# Rule name_does_with: "<name> <verb> với <figure>" says whose figure and what it did, no
# metric; the figure goes on the list the sentences before began (same_unit_before).
NAMED_FIGURE = [
    (
        "Tổng dư nợ tín dụng của nhóm ngân hàng lớn đạt 9,5 triệu tỷ đồng. Trong đó, Agribank dẫn "
        "đầu với 1,7 triệu tỷ đồng, tăng 5%.",
        "1,7 triệu tỷ đồng",
        "Tổng dư nợ tín dụng",
    ),
    (
        "Tổng dư nợ tín dụng của nhóm ngân hàng lớn đạt 9,5 triệu tỷ đồng. Trong đó, Agribank dẫn "
        "đầu với 1,7 triệu tỷ đồng, tăng 5%.",
        "5%",
        "Tổng dư nợ tín dụng",
    ),
    (
        "Vinamilk có doanh thu xuất khẩu đạt 5.200 tỷ đồng. Kế đến là Masan với 3.100 tỷ đồng.",
        "3.100 tỷ đồng",
        "doanh thu xuất khẩu",
    ),
    # a name's count after "với" counts what the total before it counted; a count with
    # no name before "với" says it all
    (
        "Dịp Tết, khách quốc tế đến Quảng Ninh đạt 86.000 lượt. Trung Quốc dẫn đầu với 31.000 "
        "lượt, kế đến là Hàn Quốc với 22.400 lượt.",
        "22.400 lượt",
        "khách quốc tế",
    ),
    ("Năm 2026, nhà máy có 3 dây chuyền với 1.800 công nhân.", "1.800 công nhân", None),
    # … the last count of its unit, the list's own total, not the whole before it; a
    # comparison's base ("so với") is no name's share
    (
        "Năm 2026, lượt khách đến Phú Quốc đạt 5 triệu lượt, trong đó khách quốc tế đạt "
        "1,1 triệu lượt. Hàn Quốc dẫn đầu với 380.000 lượt.",
        "380.000 lượt",
        "khách quốc tế",
    ),
    (
        "Cả nước có 3.200 doanh nghiệp giải thể trong quý I. Trong khi đó, Đà Nẵng có 640 doanh "
        "nghiệp thành lập mới so với 510 doanh nghiệp cùng kỳ.",
        "510 doanh nghiệp",
        None,
    ),
    # the list began with a total: a named figure measures it, not the part listed last
    (
        "Xuất khẩu rau quả đạt 5 tỷ USD. Trong đó, sầu riêng đạt 2 tỷ USD; thanh long đạt 0,4 "
        "tỷ USD. Trung Quốc dẫn đầu với 3,2 tỷ USD.",
        "3,2 tỷ USD",
        "Xuất khẩu rau quả",
    ),
    # a name with no list before it: no metric rather than its verb
    ("Vietcombank dẫn đầu với 1,9 triệu tỷ đồng.", "1,9 triệu tỷ đồng", None),
    # one syllable opening a sentence is no name
    ("Lãi đạt 5 tỷ đồng trong quý.", "5 tỷ đồng", "Lãi"),
    # a rank verb is no part of the metric, a name in title case is no metric
    (
        "Vốn FDI đăng ký đạt 30 tỷ USD. Ngành chế biến dẫn đầu với 17 tỷ USD.",
        "17 tỷ USD",
        "Ngành chế biến",
    ),
    (
        "Tổng tiền gửi đạt 12 triệu tỷ đồng, trong khi Sacombank đứng thứ ba với 1,6 triệu tỷ "
        "đồng.",
        "1,6 triệu tỷ đồng",
        "Tổng tiền gửi",
    ),
]

# "bình quân", "trung bình" (average) are part of the measure, no verb to strip.
AVERAGE = [
    (
        "Năm 2024, thu nhập bình quân của người lao động đạt 8,2 triệu đồng/tháng.",
        "8,2 triệu đồng/tháng",
        "thu nhập bình quân",
    ),
    (
        "Giá bán trung bình căn hộ khoảng 62 triệu đồng/m2.",
        "khoảng 62 triệu đồng/m2",
        "Giá bán trung bình căn hộ",
    ),
]

# A goal's own wording that opens with a cut word names a place, no measure: the figure
# before it names the measure.
TARGET_WORDING = [
    (
        "Năm nay, chuỗi đặt mục tiêu mở mới khoảng 500 cửa hàng, trong đó 30% tại các tỉnh "
        "phía nam.",
        "30%",
        "mở mới cửa hàng",
    ),
    # a count's goal wording is what stands before it, not who benefits
    (
        "Năm 2025, tỉnh đặt mục tiêu tạo thêm việc làm cho 25.000 lao động.",
        "25.000 lao động",
        "tạo thêm việc làm",
    ),
    # a count whose goal wording only restates its noun has no metric
    (
        "Năm 2025, Sở Y tế đặt mục tiêu 28 giường bệnh và 10 bác sĩ/vạn dân.",
        "28 giường bệnh",
        None,
    ),
    (
        "Năm 2025, Sở Y tế đặt mục tiêu toàn tỉnh đạt 28 giường bệnh và 10 bác sĩ/vạn dân.",
        "10 bác sĩ/vạn",
        None,
    ),
    # a measure's goal wording that only restates its unit leaves the rules' metric
    (
        "Năm 2025, tỷ lệ hộ nghèo của huyện còn 6,2%, vượt chỉ tiêu giảm 2 điểm phần trăm mà "
        "HĐND huyện đề ra.",
        "2 điểm phần trăm",
        "tỷ lệ hộ nghèo",
    ),
    # a measure's unit written again after the gap is no part of the goal's metric
    (
        "Tỉnh phấn đấu đến năm 2030 sản lượng lúa đạt 3 triệu tấn.",
        "3 triệu tấn",
        "sản lượng lúa",
    ),
    (
        "Thành phố đặt mục tiêu đến năm 2030 điện thương phẩm đạt 42 tỷ kWh.",
        "42 tỷ kWh",
        "điện thương phẩm",
    ),
]

# Rule times_baseline: after a multiple stands the baseline it is compared with; the
# multiple measures what the figure before it measured.
MULTIPLE = [
    (
        "Năm nay, công ty đặt mục tiêu lãi ròng 600 tỷ đồng, gấp hơn 4 lần kết quả năm trước.",
        "hơn 4 lần",
        "lãi ròng",
    ),
    (
        "Mạng cáp quang có chiều dài 12.000 km, lớn gấp 3 lần tổng chiều dài cáp của đối thủ.",
        "gấp 3 lần",
        "chiều dài",
    ),
    (
        "Xuất khẩu rau quả tăng 25%/năm – gấp 4 lần tốc độ tăng chung của ngành.",
        "gấp 4 lần",
        "Xuất khẩu rau quả",
    ),
]

# Rule previous_clause: a person's title before a clause of verbs names no measure.
TITLE_CLAUSE = [
    (
        "Ông Nguyễn Văn Phúc, Giám đốc Sở Tài chính Bắc Ninh, cho biết năm 2026 tỉnh thu hút "
        "5,2 tỷ USD.",
        "5,2 tỷ USD",
        None,
    ),
    (  # the clause before still names the measure when it is no title
        "Vốn FDI thực hiện đã đạt mức kỷ lục, ước tính đạt 14,5 tỷ USD.",
        "14,5 tỷ USD",
        "Vốn FDI",
    ),
]

# "cùng kỳ năm trước" opening a clause is its time, no metric: the verb after it names it.
SAME_PERIOD_LEAD = [
    ("Quý III/2026, công ty lãi 50 tỷ đồng, cùng kỳ năm trước lỗ 20 tỷ đồng.", "20 tỷ đồng", "lỗ"),
    ("Doanh thu đạt 500 tỷ đồng, cùng kỳ năm trước là 400 tỷ đồng.", "400 tỷ đồng", "Doanh thu"),
]

# A modal verb before the figure's verb ("có thể", "sẽ") is no part of the metric.
MODALS = [
    ("Theo chuyên gia, giá nhà có thể tăng thêm 10% trong năm 2027.", "10%", "giá nhà"),
    (
        "Năm 2027, lãi suất cho vay sẽ giảm 0,5 điểm phần trăm.",
        "0,5 điểm phần trăm",
        "lãi suất cho vay",
    ),
]

# Causative verbs ("khiến", "giúp", "nâng") open the metric after them; "nơi" (where)
# opens a clause before its noun; an acronym after a measure is its noun.
OPENERS = [
    # "trình" (submit) opens what is submitted ("trình dự toán thu ngân sách"), not a
    # two-syllable word holding it ("chương trình", "công trình")
    (
        "UBND tỉnh trình dự toán thu ngân sách năm 2027 là 18.200 tỷ đồng.",
        "18.200 tỷ đồng",
        "dự toán thu ngân sách",
    ),
    (
        "Chương trình tín dụng ưu đãi đã giải ngân 640 tỷ đồng.",
        "640 tỷ đồng",
        "Chương trình tín dụng ưu đãi",
    ),
    # "điều chỉnh" (adjust) opens the measure adjusted
    (
        "EVN vừa quyết định điều chỉnh giá bán lẻ điện bình quân tăng 4,8%, lên 2.204 đồng/kWh.",
        "4,8%",
        "giá bán lẻ điện bình quân",
    ),
    (
        "Ngân hàng điều chỉnh lãi suất tiết kiệm kỳ hạn 12 tháng lên 5,2%/năm.",
        "5,2%/năm",
        "lãi suất tiết kiệm kỳ hạn",
    ),
    # "đạt" before a noun opens it: whose figure it is stands before ("công ty đạt doanh
    # thu …"); not before how the figure is reached ("đạt bình quân", "đạt chuẩn")
    ("Năm 2026, hợp tác xã đạt doanh thu 48 tỷ đồng.", "48 tỷ đồng", "doanh thu"),
    ("Quý III, công ty đạt lợi nhuận sau thuế 215 tỷ đồng.", "215 tỷ đồng", "lợi nhuận sau thuế"),
    (
        "Công suất phòng các khách sạn ven biển đạt bình quân 76% trong dịp lễ.",
        "76%",
        "Công suất phòng các khách sạn ven biển",
    ),
    (
        "Tỷ trọng doanh thu từ thuốc đạt chuẩn GMP-EU chiếm 58%.",
        "58%",
        "Tỷ trọng doanh thu từ thuốc",
    ),
    # a forecast or an estimate by someone: the measure follows the verb, not who says it
    (
        "Khối phân tích dự báo lợi nhuận các doanh nghiệp niêm yết năm tới tăng 15%.",
        "15%",
        "lợi nhuận các doanh nghiệp niêm yết",
    ),
    (
        "Nhóm chuyên gia ước tính sản lượng lúa vụ đông xuân đạt 11 triệu tấn.",
        "11 triệu tấn",
        "sản lượng lúa vụ đông xuân",
    ),
    # rule time_after_opener: a time between the verb and the measure is no metric
    (
        "Hội đồng quản trị ước tính cả năm doanh thu thuần đạt khoảng 9.400 tỷ đồng.",
        "khoảng 9.400 tỷ đồng",
        "doanh thu thuần",
    ),
    (
        "Công ty ước tính năm nay lợi nhuận sau thuế đạt 640 tỷ đồng.",
        "640 tỷ đồng",
        "lợi nhuận sau thuế",
    ),
    # a bare "năm" is no time: "năm học" opens the measure
    (
        "Bộ ước tính năm học vừa qua kinh phí đạt 5.000 tỷ đồng.",
        "5.000 tỷ đồng",
        "năm học vừa qua kinh phí",
    ),
    (
        "Chứng khoán VNDirect dự báo năm 2027 doanh thu ngành thép tăng 9%.",
        "9%",
        "doanh thu ngành thép",
    ),
    # "Nguyên nhân là …" opens the clause: the measure follows it
    (
        "Nguyên nhân là giá thép bán trong nước chỉ còn 13.200 đồng/kg.",
        "13.200 đồng/kg",
        "giá thép bán",
    ),
    # verbs of attracting and welcoming open what is counted; a count's unit says it all
    ("Năm 2025, Thanh Hóa thu hút vốn FDI 1,2 tỷ USD.", "1,2 tỷ USD", "vốn FDI"),
    ("Năm 2026, tỉnh phấn đấu đón 3,1 triệu lượt khách.", "3,1 triệu lượt khách", None),
    (
        "Vòng gọi vốn mới đã khiến giá trị của công ty tăng vọt lên 2 tỷ USD.",
        "2 tỷ USD",
        "giá trị",
    ),
    (
        "Đợt điều chỉnh này nâng tổng vốn đầu tư của dự án lên 1,2 tỷ USD.",
        "1,2 tỷ USD",
        "tổng vốn đầu tư",
    ),
    (
        "Mạng lưới phủ tới miền núi - nơi 35% dân số của tỉnh sinh sống.",
        "35%",
        "dân số",
    ),
    ("Năm 2024, nhà máy sản xuất 500.000 tấn LPG.", "500.000 tấn", "LPG"),
    # "thu hút" (attract) is a verb: the noun after the sum is what it measures
    ("Năm 2024, Bắc Ninh thu hút 4,1 tỷ USD vốn FDI.", "4,1 tỷ USD", "vốn FDI"),
    # a verb of reaching opens the measure after it ("ước đạt doanh thu"), not a level
    # ("đã đạt mức kỷ lục"), and one that ends the words opens nothing
    (
        "Bà Hoa, Tổng giám đốc, cho biết quý I công ty ước đạt doanh thu 2.150 tỷ đồng.",
        "2.150 tỷ đồng",
        "doanh thu",
    ),
    ("Năm 2025, xuất khẩu nông sản đạt kỷ lục 62 tỷ USD.", "62 tỷ USD", "xuất khẩu nông sản"),
    (
        "Năm 2027, tỉnh phấn đấu có 30 xã đạt chuẩn nông thôn mới.",
        "30 xã",
        "xã đạt chuẩn nông thôn mới",
    ),
    (
        "Doanh nghiệp công bố kết quả 6 tháng với tổng doanh thu ước đạt 4.300 tỷ đồng.",
        "4.300 tỷ đồng",
        "tổng doanh thu",
    ),
    (
        "Vốn FDI giải ngân đã đạt mức kỷ lục, ước tính đạt 21 tỷ USD.",
        "21 tỷ USD",
        "Vốn FDI giải ngân",
    ),
]

# Rule contribution: a figure a contribution verb gives measures the contribution to what
# follows "vào"; with nothing after it, the contribution the article named last.
CONTRIBUTION = [
    (
        "Khu vực dịch vụ tăng 7,1%, đóng góp 3,4 điểm phần trăm vào mức tăng trưởng chung; "
        "khu vực công nghiệp tăng 8%, đóng góp 2,9 điểm phần trăm.",
        "3,4 điểm phần trăm",
        "đóng góp vào mức tăng trưởng chung",
    ),
    (
        "Khu vực dịch vụ tăng 7,1%, đóng góp 3,4 điểm phần trăm vào mức tăng trưởng chung; "
        "khu vực công nghiệp tăng 8%, đóng góp 2,9 điểm phần trăm.",
        "2,9 điểm phần trăm",
        "đóng góp vào mức tăng trưởng chung",
    ),
    # the noun right after the figure is its metric
    (
        "Năm qua, doanh nghiệp đóng góp 120 triệu USD tiền thuế.",
        "120 triệu USD",
        "tiền thuế",
    ),
    # "tăng" of "tăng trưởng" is a noun's, after a measure too
    (
        "Ngành khai khoáng giảm sâu, làm giảm 0,4 điểm phần trăm mức tăng trưởng chung.",
        "0,4 điểm phần trăm",
        "mức tăng trưởng chung",
    ),
]

# Rule within_total: a sentence opening "Trong tổng <noun>," breaks that total down.
WITHIN_TOTAL = [
    (
        "Trong tổng kim ngạch xuất khẩu của tỉnh, ngành dệt may đạt 1,2 tỷ USD, chiếm 30%; "
        "ngành da giày đạt 800 triệu USD, chiếm 20%.",
        "800 triệu USD",
        "tổng kim ngạch xuất khẩu",
    ),
    (
        "Trong tổng kim ngạch xuất khẩu của tỉnh, ngành dệt may đạt 1,2 tỷ USD, chiếm 30%; "
        "ngành da giày đạt 800 triệu USD, chiếm 20%.",
        "30%",
        "tổng kim ngạch xuất khẩu",
    ),
    # an opening that counts is no total of the figures
    (
        "Trong tổng số 40 dự án, vốn đăng ký của dự án lớn nhất đạt 300 triệu USD.",
        "300 triệu USD",
        "vốn đăng ký",
    ),
    # "Trong đó" opens no total
    (
        "Trong đó, ngành dệt may đạt 1,2 tỷ USD.",
        "1,2 tỷ USD",
        "ngành dệt may",
    ),
]

# "có thời điểm" (at times) is an adverb, no "has" opening a metric after it.
AT_TIMES = [
    (
        "Giá điều thô nhập khẩu có thời điểm lên tới 1.650 USD/tấn.",
        "lên tới 1.650 USD/tấn",
        "Giá điều thô nhập khẩu",
    ),
]

# After "có" (has), a count's noun goes on with a clause of "đạt" that says which ones.
COUNT_AFTER_HAVE = [
    (
        "Bậc tiểu học có 94/120 trường đạt chuẩn, trong đó có 12 trường đạt chuẩn mức độ 2.",
        "12 trường",
        "trường đạt chuẩn mức độ",
    ),
    ("Toàn tỉnh có 85 xã đạt chuẩn nông thôn mới.", "85 xã", "xã đạt chuẩn nông thôn mới"),
    # without "có" too, when no figure follows for "đạt" to link the count to (rule
    # which_ones); with one, "đạt" links it to another clause
    ("Năm nay 85 xã đạt chuẩn nông thôn mới.", "85 xã", "xã đạt chuẩn nông thôn mới"),
    ("Năm nay 85 xã đạt thu nhập bình quân 60 triệu đồng/người.", "85 xã", None),
]

# Words after a count's noun that say nothing of which ones it counts end the noun.
COUNT_TAIL = [
    ("Bảo tàng vừa nhận hai hiện vật này từ một nhà sưu tầm.", "hai hiện vật", None),
    ("Bài viết được trích từ hai bản thảo trên.", "hai bản thảo", None),
    ("Khu đô thị được chia thành 5 phân khu gồm: A, B, C, D và E.", "5 phân khu", None),
    ("Có 12 ngân hàng bằng công nghệ mới đã giảm phí.", "12 ngân hàng", None),
]

# Rule count_unit: a count's noun of two syllables in lower case is the counted thing
# itself, which its unit says; a longer noun or a name says which ones.
COUNT_NOUN = [
    (
        "Trang trại hiện nuôi khoảng 3.500 con bò sữa cao sản.",
        "khoảng 3.500 con",
        "con bò sữa cao sản",
    ),
    ("Năm nay, thành phố đưa vào sử dụng 6 nhà ga.", "6 nhà ga", None),
    ("Tuyến cao tốc có 4 làn xe, đi qua ba huyện.", "4 làn xe", None),
    ("Hãng sẽ nhận thêm 5 chiếc A350 trong quý III.", "5 chiếc", "chiếc A350"),
    ("Hội chợ thu hút hơn 12.000 lượt khách sau hai ngày khai mạc.", "hơn 12.000 lượt khách", None),
    # a cut word is no part of the noun unless it ends a listed word: "người ở" is none
    ("Năm nay, hơn 1.500 người ở các xã vùng lũ được di dời.", "hơn 1.500 người", None),
    # a measure written solid after the noun ("25ha") is another figure, no code
    (
        "Tỉnh vừa khởi công 3 khu tái định cư 20ha tại các huyện ven biển.",
        "3 khu",
        "khu tái định cư",
    ),
    # a code that opens with a digit is part of the noun ("trạm 5G"), no other figure
    ("Đến hết tháng 10, MobiFone đã phát sóng 7.400 trạm 5G.", "7.400 trạm", "trạm 5G"),
    # rule which_ones: "đạt" after a count's noun says which ones when no figure follows
    # for it to link the count to, up to the next count joined by "và"
    (
        "Trong đó, 14 xã đạt chuẩn nâng cao và 5 xã đạt chuẩn kiểu mẫu.",
        "14 xã",
        "xã đạt chuẩn nâng cao",
    ),
    (
        "Trong đó, 14 xã đạt chuẩn nâng cao và 5 xã đạt chuẩn kiểu mẫu.",
        "5 xã",
        "xã đạt chuẩn kiểu mẫu",
    ),
    ("Năm nay, 320 trường đạt chuẩn quốc gia.", "320 trường", "trường đạt chuẩn quốc gia"),
    ("Năm nay, 3 nhà máy đạt công suất 500 MW.", "3 nhà máy", None),
    # "là" (is) links the count to what it is, no kind of it
    ("Triển lãm có tác phẩm của 25 họa sĩ là giảng viên của trường.", "25 họa sĩ", None),
    # a cut word that ends a two-syllable word stays ("nhà ở xã hội" holds no "ở")
    (
        "Năm nay, tỉnh hoàn thành 2.150 căn nhà ở xã hội cho công nhân.",
        "2.150 căn nhà",
        "căn nhà ở xã hội cho công nhân",
    ),
]

# Rule bracketed_change: a figure in brackets right after a change verb is that change of
# the noun before it; in brackets after a comparison it is no change of the baseline.
BRACKETED = [
    (
        "Trong tháng, nhóm giao thông tăng 0,4%, nhóm giáo dục giảm (-0,15%).",
        "-0,15%",
        "nhóm giáo dục",
    ),
    (
        "Tổng kim ngạch đạt 12,5 tỷ USD, tăng 8% so với cùng kỳ năm 2024 (11,6 tỷ USD).",
        "11,6 tỷ USD",
        "Tổng kim ngạch",
    ),
]

# Known failures: (sentence, the amount, the right metric, why it is missed).
KNOWN_FAILURES = [
    (
        "Năm nay, thành phố đưa vào sử dụng 6 nhà thi đấu.",
        "6 nhà",
        None,
        "a compound noun of three syllables reads like a noun and its qualifier",
    ),
    (
        "Nhóm hàng bánh kẹo, sữa, đồ uống đạt 1,3 tỷ USD.",
        "1,3 tỷ USD",
        "Nhóm hàng bánh kẹo, sữa, đồ uống",
        "a list opening the sentence in upper case reads like an opening 'Năm qua,'",
    ),
]

# Rule whole_word: a one-syllable verb or cut word inside a two-syllable word ("giao
# thông", "con số") neither opens nor ends a metric.
WHOLE_WORD = [
    # a one-syllable opener that ends a two-syllable word opens nothing: "đội tuyển"
    (
        "Kinh phí cho đội tuyển bóng chuyền năm 2027 dự kiến khoảng 24 tỷ đồng.",
        "khoảng 24 tỷ đồng",
        "Kinh phí cho đội tuyển bóng chuyền",
    ),
    # a linking word that ends a noun ("mặt bằng", "hạn mức") is no verb to strip
    (
        "Huyện đặt mục tiêu bàn giao 100% mặt bằng tuyến tránh trước tháng 9/2026.",
        "100%",
        "bàn giao mặt bằng tuyến tránh",
    ),
    (
        "Ngân hàng đã đề xuất nâng hạn mức lên 18% để đáp ứng nhu cầu vốn cuối năm.",
        "18%",
        "hạn mức",
    ),
    # an action verb that ends a word stays a verb: "chi trả" is stripped
    (
        "Trong 9 tháng, Bảo Minh đã chi trả hơn 3.100 tỷ đồng tiền bồi thường cho khách hàng.",
        "hơn 3.100 tỷ đồng",
        "tiền bồi thường cho khách hàng",
    ),
    (
        "Năm 2026, doanh thu đạt 9.000 tỷ đồng, trong đó mảng hạ tầng giao thông chiếm 46%.",
        "46%",
        "mảng hạ tầng giao thông",
    ),
    (
        "Năm 2025, tỉnh được giao vốn đầu tư công 12.000 tỷ đồng.",
        "12.000 tỷ đồng",
        "vốn đầu tư công",
    ),
]

# Rule range_to: a sum or a share that ends a range opened by "từ" measures what the
# range's start measures, whatever time stands between the two figures.
RANGE_TO = [
    (
        "Tỷ lệ nợ xấu của ngân hàng giảm từ 1,6% cuối quý II xuống 1,2%.",
        "1,2%",
        "Tỷ lệ nợ xấu",
    ),
    (
        "Tỷ lệ hộ nghèo giảm từ 7,4% đầu năm xuống còn 5,9%.",
        "5,9%",
        "Tỷ lệ hộ nghèo",
    ),
    (
        "Giá thép xây dựng tăng từ 14,2 triệu đồng/tấn hồi tháng 3 lên 15,1 triệu đồng/tấn.",
        "15,1 triệu đồng/tấn",
        "Giá thép xây dựng",
    ),
    # no "từ": the clause names its own measure
    (
        "Doanh thu của công ty đạt 800 tỷ đồng, lợi nhuận tăng lên 95 tỷ đồng.",
        "95 tỷ đồng",
        "lợi nhuận",
    ),
]

# Rule range_end: a count opening a range after a change verb measures the noun phrase
# between them (not the clause's opening name), and so does the range's end.
COUNT_RANGE = [
    # rule raised_noun: "nâng <noun> lên <count>" names what the count measures, not the
    # figure before it; "nâng tổng số lên" names nothing, the figure before it does
    (
        "Nhà mạng phát sóng thêm 6.200 trạm, nâng tổng số trạm 5G lên 18.000 trạm.",
        "18.000 trạm",
        "tổng số trạm 5G",
    ),
    (
        "Tỉnh có 980 doanh nghiệp thành lập mới, nâng tổng số doanh nghiệp đang hoạt động lên "
        "6.400 doanh nghiệp.",
        "6.400 doanh nghiệp",
        "tổng số doanh nghiệp đang hoạt động",
    ),
    (
        "Sân đỗ mở rộng thêm 9 vị trí, nâng tổng số lên 21 vị trí.",
        "21 vị trí",
        "vị trí mở rộng thêm",
    ),
    (
        "Nhà máy sẽ tăng sản lượng pin lithium từ 2 triệu sản phẩm/năm lên 3,5 triệu sản phẩm/năm.",
        "3,5 triệu sản phẩm/năm",
        "sản lượng pin lithium",
    ),
    (
        "Công ty sẽ nâng sản lượng màn hình từ 9,6-10 triệu sản phẩm/tháng lên 13-14 triệu "
        "sản phẩm/tháng.",
        "từ 9,6-10 triệu sản phẩm/tháng",
        "sản lượng màn hình",
    ),
    (
        "Bệnh viện nâng thêm số giường bệnh từ 500 giường lên 800 giường vào năm 2027.",
        "500 giường",
        "số giường bệnh",
    ),
    # the noun stops at a cut word; none right after the verb: what changes stands before it
    (
        "Hãng sẽ tăng số cửa hàng trong nước từ 120 cửa hàng lên 150 cửa hàng.",
        "120 cửa hàng",
        "số cửa hàng",
    ),
    (
        "Sản lượng tăng mạnh nhờ đơn hàng mới từ 2 triệu sản phẩm lên 3 triệu sản phẩm.",
        "2 triệu sản phẩm",
        "Sản lượng",
    ),
    # no range after it: the count's noun says it
    ("Đoàn đón từ 200 khách mỗi ngày.", "200 khách mỗi ngày", None),
]

# Rule time_after: a time right after a figure ("cách đây hai năm", "từ đầu năm") is not
# what it measures; the figure measures what the one before it measured.
TIME_AFTER = [
    (
        "Tỷ trọng xuất khẩu sang châu Âu đã lên 35%, so với mức 22% cách đây ba năm.",
        "22%",
        "Tỷ trọng xuất khẩu",
    ),
    (
        "Thị giá cổ phiếu HPG đạt 27.500 đồng, tăng 18% từ đầu năm.",
        "18%",
        "Thị giá cổ phiếu HPG",
    ),
    (
        "Giá cà phê nhân đạt 98.000 đồng/kg, cao hơn 30% kể từ tháng 1.",
        "30%",
        "Giá cà phê nhân",
    ),
    (
        "Công ty nâng tỷ lệ nội địa hóa linh kiện lên 30%, từ mức 21% hiện nay.",
        "21%",
        "tỷ lệ nội địa hóa linh kiện",
    ),
]

# Rule share_of for the completion of a plan: "hoàn thành X% <noun>" is a share of that
# noun; "hoàn thành X% kế hoạch" measures what the sentence's figure measures.
COMPLETION = [
    (
        "Sau 10 tháng thi công, dự án đã hoàn thành khoảng 42% khối lượng xây lắp.",
        "khoảng 42%",
        "khối lượng xây lắp",
    ),
    (
        "Lợi nhuận trước thuế 9 tháng đạt 1.420 tỷ đồng, hoàn thành 81% kế hoạch năm.",
        "81%",
        "Lợi nhuận trước thuế",
    ),
    (
        "Doanh thu thuần đạt 5.300 tỷ đồng, tăng 9% và hoàn thành 96,5% kế hoạch.",
        "96,5%",
        "Doanh thu thuần",
    ),
    # "hoàn thành" links a figure only right before it; inside a measure it stays
    ("Khối lượng thi công hoàn thành chiếm 70%.", "70%", "Khối lượng thi công hoàn thành"),
]

# every table, one test: a case's id names its table
# Rule count_measure: a word naming what a count measures right before it; not "quy mô"
# or "tổng số" there, whose count may name the thing ("quy mô 62 trụ tua bin gió"). Rule
# multiple_of_before: a multiple measures what the figure before it does.
COUNT_MEASURE = [
    (
        "Hãng khai trương đường bay Đà Nẵng - Seoul với tần suất 7 chuyến/tuần.",
        "7 chuyến/tuần",
        "tần suất",
    ),
    ("Nhà xe cao tầng của sân bay có sức chứa 1.200 ô tô.", "1.200 ô tô", "sức chứa"),
    (
        "Với dân số khoảng 3,7 triệu người, Đồng Nai là thị trường bán lẻ lớn.",
        "khoảng 3,7 triệu người",
        "dân số",
    ),
    (
        "Năm 2026, dư nợ cho vay ký quỹ đạt 11.400 tỷ đồng, gấp 1,6 lần đầu năm.",
        "gấp 1,6 lần",
        "dư nợ cho vay ký quỹ",
    ),
    (  # the multiple's clause names its own metric
        "Năm 2026, doanh thu đạt 900 tỷ đồng, lợi nhuận gấp 1,6 lần đầu năm.",
        "gấp 1,6 lần",
        "lợi nhuận",
    ),
]

# Rule change_of_count: a change or a ratio right after a count measures the counted
# thing, when its unit and the words after it say more than one syllable.
CHANGE_OF_COUNT = [
    (
        "Năm 2026, bệnh viện tiếp nhận hơn 1,2 triệu lượt khám, tăng 14% so với năm 2025.",
        "14%",
        "lượt khám",
    ),
    (
        "Riêng năm 2026, thành phố ước hoàn thành 4.350 căn nhà, gấp 1,6 lần năm 2025.",
        "gấp 1,6 lần",
        "căn nhà",
    ),
    # a change of a count in its own unit measures the level it changes (rule count_change)
    ("Năm 2026, tỉnh có 12 khu công nghiệp, tăng 2 khu.", "2 khu", "khu công nghiệp"),
    # a sum of its own after a count is no change of it
    ("Năm 2026, huyện hỗ trợ 1.200 hộ nghèo với 36 tỷ đồng.", "36 tỷ đồng", None),
]

# Rule actor_lead: a generic noun for whose figure it is ("đơn vị", "công ty", "tỉnh"),
# opening the words before a figure, names no measure.
ACTOR_LEADS = [
    (
        "Theo Cục Hải quan, năm 2026 đơn vị thu ngân sách từ hoạt động xuất nhập khẩu đạt "
        "96.300 tỷ đồng.",
        "96.300 tỷ đồng",
        "thu ngân sách",
    ),
    ("Năm 2026, ngân hàng lãi trước thuế 5.200 tỷ đồng.", "5.200 tỷ đồng", "lãi trước thuế"),
]

# Rule time_number: a time's number with only time words before it ("đến hết tháng 10",
# "Trong quý 3") is no figure the metric stops at; a noun before a time still is one
# ("cổ phiếu GAS kết phiên ngày 17/6").
TIME_NUMBERS = [
    (
        "Dự án được giao 2.400 tỷ đồng, nhưng đến hết tháng 10 mới giải ngân 980 tỷ đồng.",
        "980 tỷ đồng",
        "mới giải ngân",
    ),
    ("Trong quý 3 công ty lãi 42 tỷ đồng.", "42 tỷ đồng", "công ty lãi"),
    (
        "Cổ phiếu VNM kết phiên ngày 12/11 ở mức 68.500 đồng.",
        "68.500 đồng",
        "Cổ phiếu VNM kết phiên",
    ),
]

# A count whose unit alone is its noun says more from the words around it: a size
# (count_scale), the noun a change verb follows (count_changed), the level a change of it
# changes (count_change), a verb of adding (count_added); where none stands, nothing.
COUNT_WORDING = [
    (
        "Bệnh viện Đa khoa Hòa Bình Xanh, quy mô 450 giường, dự kiến khai trương năm 2027.",
        "450 giường",
        "quy mô",
    ),
    ("Cả nước có 640 dự án với tổng quy mô khoảng 590.000 căn.", "khoảng 590.000 căn", "quy mô"),
    # the count's own noun says more than its unit: it stays the metric
    ("Trang trại có quy mô 62 chuồng nuôi khép kín.", "62 chuồng", "chuồng nuôi khép kín"),
    ("Số vụ cháy rừng giảm 18 vụ so với cùng kỳ.", "18 vụ", "Số vụ cháy rừng"),
    (
        "Năm nay, số học sinh đầu cấp tăng khoảng 6.200 em so với năm học trước.",
        "khoảng 6.200 em",
        "số học sinh đầu cấp",
    ),
    # who gains the count says whose it is, not what it counts
    ("Trong năm, cả nước tăng thêm khoảng 9.000 giường bệnh.", "khoảng 9.000 giường bệnh", None),
    (
        "Ứng dụng có hơn 12 triệu người dùng, tăng khoảng 3 triệu người so với cùng kỳ.",
        "khoảng 3 triệu người",
        "người dùng",
    ),
    (
        "Toàn tỉnh có 96 sản phẩm OCOP 4 sao, tăng 15 sản phẩm so với năm 2025.",
        "15 sản phẩm",
        "sản phẩm OCOP",
    ),
    ("Huyện có 21 xã, tăng 2 xã so với năm 2024.", "2 xã", None),
    ("Năm qua, chuỗi nhà thuốc mở mới 215 cửa hàng.", "215 cửa hàng", "cửa hàng mở mới"),
    (
        "Công ty đã lắp đặt thêm 3.400 cột sạc tại các tỉnh phía Nam.",
        "3.400 cột",
        "cột lắp đặt thêm",
    ),
    # having more: the noun and the words after it say what is counted
    (
        "Năm 2026, Quảng Trị có thêm 11 xã đạt chuẩn nông thôn mới.",
        "11 xã",
        "xã đạt chuẩn nông thôn mới",
    ),
    ("Năm 2026, tỉnh có thêm 11 xã.", "11 xã", None),
]

# Rule function_words: a pronoun or a linking word names nothing measured; the next rule
# answers, or none does.
FUNCTION_WORDS = [
    # a time, "bình quân" or "tiếp tục" alone names nothing measured: the rules read on
    (
        "Giá cà phê nhân xô tăng mạnh, có thời điểm vượt 130.000 đồng/kg.",
        "vượt 130.000 đồng/kg",
        "Giá cà phê nhân xô",
    ),
    (
        "Lượng khách đến Phú Yên tăng đều, bình quân khoảng 18% mỗi năm.",
        "khoảng 18% mỗi năm",
        "Lượng khách",
    ),
    (
        "Hàn Quốc tiếp tục dẫn đầu với 37% tổng vốn đăng ký mới.",
        "37%",
        "tổng vốn đăng ký mới",
    ),
    (
        "Lãi trước thuế đạt 610 tỷ đồng, mới hoàn thành 70% kế hoạch năm 870 tỷ đồng.",
        "870 tỷ đồng",
        "Lãi trước thuế",
    ),
    (
        "Xuất khẩu thủy sản năm 2026 lập kỷ lục. Đây là mức cao nhất, vượt mốc 10 tỷ USD.",
        "vượt mốc 10 tỷ USD",
        None,
    ),
    ("Doanh thu năm 2026 của công ty đạt 4.200 tỷ đồng.", "4.200 tỷ đồng", "Doanh thu"),
    # over every rule: what is left of a time ("cả năm", "sau 9 tháng"), a direction
    # ("xuống") or a connective ("Xét") names nothing measured; the next rule answers
    ("Bộ Xây dựng ước tính cả năm đạt khoảng 98.000 căn.", "khoảng 98.000 căn", None),
    (
        "Số điểm ngập thường xuyên ở các phường trung tâm đã giảm từ 38 điểm xuống còn 17 điểm.",
        "17 điểm",
        "Số điểm ngập thường xuyên",
    ),
    ("Doanh nghiệp đã xuất khẩu 4.800 tấn, tăng 35% sau 9 tháng.", "35%", "xuất khẩu"),
    ("Xét theo thị trường, Nhật Bản dẫn đầu với 52.000 tấn.", "52.000 tấn", None),
    # "vì thế", "nhờ đó" (therefore) end a metric; "vì" opens no clause before "thế"
    ("Biên lợi nhuận gộp vì thế chỉ còn 9,2%.", "9,2%", "Biên lợi nhuận gộp"),
    (
        "Biên lợi nhuận gộp của nhà máy đóng tàu lớn nhất tỉnh vì thế chỉ còn 9,2%.",
        "9,2%",
        "Biên lợi nhuận gộp",
    ),
]

# Rule market_then_measure: after a market or visitors named by their place ("Khách Nhật
# Bản"), the words up to the figure say what it measures; a market word alone before a
# verb still names no measure
MARKET_THEN_MEASURE = [
    (
        "Khách Nhật Bản chi tiêu bình quân khoảng 3,8 triệu đồng mỗi ngày, cao hơn 25% so với "
        "khách nội địa.",
        "khoảng 3,8 triệu đồng mỗi ngày",
        "chi tiêu bình quân",
    ),
    (
        "Du khách Hàn Quốc chi tiêu trung bình 1.300 USD cho mỗi chuyến đi.",
        "1.300 USD",
        "chi tiêu trung bình",
    ),
    ("Khách Hàn Quốc đạt 1,1 triệu lượt.", "1,1 triệu lượt", None),
]

# "dao động" (ranges) links a measure to its figure as "đạt" does: no part of the metric
RANGE_VERBS = [
    (
        "Học phí các chương trình chuẩn dao động 28-35 triệu đồng/năm.",
        "28-35 triệu đồng/năm",
        "Học phí các chương trình chuẩn",
    ),
    ("Giá lúa tươi dao động quanh 7.000 đồng/kg.", "7.000 đồng/kg", "Giá lúa tươi"),
]

# Rule verb_then_noun: a verb right before a figure names no measure; the noun after it
# does, when one stands there and opens no range ("từ mức …").
VERB_THEN_NOUN = [
    ("Năm 2026, Công ty Masan mang về 1.200 tỷ đồng doanh thu.", "1.200 tỷ đồng", "doanh thu"),
    (
        "Năm 2026, Công ty Xe khách Sài Gòn mới chỉ đáp ứng khoảng 12% nhu cầu đi lại.",
        "khoảng 12%",
        "nhu cầu đi lại",
    ),
    (
        "Năm 2026, Ngân hàng ACB cải thiện 1,5 điểm phần trăm biên lãi ròng.",
        "1,5 điểm phần trăm",
        "biên lãi ròng",
    ),
    ("Năm 2026, tỉnh Đắk Lắk đã bố trí 640 tỷ đồng vốn đối ứng.", "640 tỷ đồng", "vốn đối ứng"),
    (
        "Năm 2025, ngành du lịch mang về 840.000 tỷ đồng doanh thu.",
        "840.000 tỷ đồng",
        "doanh thu",
    ),
    # a holder's stake: "sở hữu", "nắm" name no measure, the capital after the share does
    (
        "Tập đoàn Hải Long hiện sở hữu 63,2% vốn điều lệ của Công ty Cảng Bến Lức.",
        "63,2%",
        "vốn điều lệ",
    ),
    ("Năm 2026, SCIC vẫn nắm giữ 36% vốn của Công ty Vinacafe.", "36%", "vốn"),
    # … but a limit on holding is a noun of its own, and "đối với" opens no measure
    ("Giới hạn sở hữu 30% đối với nhà đầu tư nước ngoài vẫn được giữ.", "30%", "Giới hạn sở hữu"),
    # a noun that ends in such a verb is a measure of its own
    ("Tỷ lệ sở hữu 49% của khối ngoại tại ngân hàng đã kín.", "49%", "Tỷ lệ sở hữu"),
    (
        "Năm 2025, khoản tiết kiệm 150 tỷ đồng giúp Công ty Xi măng Tây Đô có lãi.",
        "150 tỷ đồng",
        "khoản tiết kiệm",
    ),
    (
        "Năm 2026, Ngân hàng Á Đông áp dụng lãi suất tiết kiệm 5,2% kỳ hạn 12 tháng.",
        "5,2%",
        "áp dụng lãi suất tiết kiệm",
    ),
    ("Năm 2025, chi phí xử lý 400.000 đồng một tấn rác.", "400.000 đồng", "chi phí xử lý"),
    # a purpose or a recipient after the figure is no measure: the verb stays
    (
        "Năm 2026, UBND tỉnh Quảng Nam bố trí 350 tỷ đồng để giải phóng mặt bằng.",
        "350 tỷ đồng",
        "bố trí",
    ),
    (
        "Năm 2026, UBND TP.HCM bố trí 12.000 tỷ đồng cho các dự án giao thông.",
        "12.000 tỷ đồng",
        "bố trí",
    ),
]

# Rule in_terms_of: a figure followed by "về" says which measure it is of; rule
# compared_level: "so với mức X" names the level compared with.
IN_TERMS_OF = [
    (
        "Cả nước xuất khẩu 560.000 tấn hạt điều, tăng 4,8% về lượng nhưng giảm 2,1% về giá trị.",
        "4,8%",
        "lượng",
    ),
    (
        "Cả nước xuất khẩu 560.000 tấn hạt điều, tăng 4,8% về lượng nhưng giảm 2,1% về giá trị.",
        "2,1%",
        "giá trị",
    ),
    (
        "Vốn FDI đăng ký mới tăng 12% về số dự án và 7,5% về vốn so với cùng kỳ.",
        "7,5%",
        "vốn",
    ),
    (
        "Lợi nhuận quý III chỉ đạt 41 tỷ đồng, thấp hơn nhiều so với mức lãi 96 tỷ đồng của "
        "cùng kỳ.",
        "96 tỷ đồng",
        "lãi",
    ),
    # "về" before no measure: "về cơ bản", "chuyển … về ngân sách"
    (
        "Kinh phí giải phóng mặt bằng 820 tỷ đồng về cơ bản đã được bố trí đủ.",
        "820 tỷ đồng",
        "Kinh phí giải phóng mặt bằng",
    ),
    # "cùng với" opens the metric as "với" does
    (
        "Ngành du lịch phục hồi mạnh, cùng với doanh thu lưu trú đạt 4.100 tỷ đồng.",
        "4.100 tỷ đồng",
        "doanh thu lưu trú",
    ),
]

# Rule figure_then_noun: a list of sums written before their nouns: each measures the noun
# after it; a sum whose noun stands before it keeps that one.
FIGURE_THEN_NOUN = [
    (
        "Sáu tháng đầu năm, công ty ghi nhận 2.140 tỷ đồng doanh thu và 186 tỷ đồng lãi sau thuế.",
        "186 tỷ đồng",
        "lãi sau thuế",
    ),
    (
        "Dự án được thu xếp vốn gồm 900 tỷ đồng vốn chủ sở hữu, 2.600 tỷ đồng vốn vay thương mại.",
        "2.600 tỷ đồng",
        "vốn vay thương mại",
    ),
    ("Doanh thu đạt 2.140 tỷ đồng và lợi nhuận 186 tỷ đồng.", "186 tỷ đồng", "lợi nhuận"),
]

# Rule plan_of_before: the level of a plan a figure is measured against measures what the
# figure does.
PLAN_OF_BEFORE = [
    (
        "Kim ngạch xuất khẩu gỗ cả năm ước đạt 17 tỷ USD, thấp hơn mục tiêu 18 tỷ USD.",
        "18 tỷ USD",
        "Kim ngạch xuất khẩu gỗ",
    ),
    (
        "Doanh thu năm nay đạt 120 tỷ đồng, thấp hơn kế hoạch đề ra 130 tỷ đồng.",
        "130 tỷ đồng",
        "Doanh thu",
    ),
    (
        "Giá trị sản xuất công nghiệp đạt 9.800 tỷ đồng, chưa đạt mục tiêu 10.500 tỷ đồng.",
        "10.500 tỷ đồng",
        "Giá trị sản xuất công nghiệp",
    ),
    # the plan figure of a target keeps the measure of the result before it
    (
        "Năm 2025, lợi nhuận sau thuế đạt 610 tỷ đồng, không hoàn thành kế hoạch 700 tỷ đồng.",
        "700 tỷ đồng",
        "lợi nhuận sau thuế",
    ),
    (
        "Năm 2025, doanh thu thuần đạt 4.300 tỷ đồng, vượt kế hoạch ban đầu 4.000 tỷ đồng.",
        "4.000 tỷ đồng",
        "doanh thu thuần",
    ),
    # a change after a share of the plan: its words, cut, leave only the plan
    (
        "Thu ngân sách 11 tháng ước đạt 2,2 triệu tỷ đồng, bằng 102,4% dự toán và tăng 11,3% "
        "so với cùng kỳ.",
        "11,3%",
        "Thu ngân sách",
    ),
    # a plan with a metric of its own keeps it
    (
        "Doanh thu đạt 900 tỷ đồng, vượt kế hoạch lợi nhuận 80 tỷ đồng.",
        "80 tỷ đồng",
        "lợi nhuận",
    ),
    (
        "Xuất khẩu hạt điều năm nay đạt 4,8 tỷ USD, vượt xa mục tiêu 4,5 tỷ USD mà hiệp hội "
        "đặt ra.",
        "4,5 tỷ USD",
        "Xuất khẩu hạt điều",
    ),
]

# Cut words: "cả năm", "cả quý" and "cả tháng" end a metric as "năm" does ("lợi nhuận
# trước thuế cả năm của …").
PERIOD_CUT = [
    ("Doanh thu thuần cả quý của công ty đạt 450 tỷ đồng.", "450 tỷ đồng", "Doanh thu thuần"),
    (
        "Lợi nhuận trước thuế cả năm của công ty ước đạt 1.700 tỷ đồng.",
        "1.700 tỷ đồng",
        "Lợi nhuận trước thuế",
    ),
    (
        "Theo Hiệp hội, xuất khẩu thủy sản cả năm 2026 dự báo đạt khoảng 11 tỷ USD.",
        "khoảng 11 tỷ USD",
        "xuất khẩu thủy sản",
    ),
]

TABLES = {
    "modals": MODALS,
    "same_period_lead": SAME_PERIOD_LEAD,
    "title_clause": TITLE_CLAUSE,
    "plan_of_before": PLAN_OF_BEFORE,
    "figure_then_noun": FIGURE_THEN_NOUN,
    "period_cut": PERIOD_CUT,
    "range_to": RANGE_TO,
    "time_after": TIME_AFTER,
    "completion": COMPLETION,
    "whole_word": WHOLE_WORD,
    "noun_list": NOUN_LIST,
    "dividend": DIVIDEND,
    "share_in_target": SHARE_IN_TARGET,
    "source_cut": SOURCE_CUT,
    "same_unit_before": LIST_OF_NAMES,
    "list_item": LIST_ITEMS,
    "share_of_count": SHARE_OF_COUNT,
    "opener_after_figure": OPENER_AFTER_FIGURE,
    "name_does_with": NAMED_FIGURE,
    "average": AVERAGE,
    "target_wording": TARGET_WORDING,
    "times_baseline": MULTIPLE,
    "openers": OPENERS,
    "contribution": CONTRIBUTION,
    "within_total": WITHIN_TOTAL,
    "count_after_have": COUNT_AFTER_HAVE,
    "count_tail": COUNT_TAIL,
    "count_unit": COUNT_NOUN,
    "count_range": COUNT_RANGE,
    "bracketed_change": BRACKETED,
    "function_words": FUNCTION_WORDS,
    "market_then_measure": MARKET_THEN_MEASURE,
    "verb_then_noun": VERB_THEN_NOUN,
    "range_verbs": RANGE_VERBS,
    "at_times": AT_TIMES,
    "in_terms_of": IN_TERMS_OF,
    "count_measure": COUNT_MEASURE,
    "change_of_count": CHANGE_OF_COUNT,
    "count_wording": COUNT_WORDING,
    "time_numbers": TIME_NUMBERS,
    "actor_leads": ACTOR_LEADS,
}
CASES = [
    pytest.param(*case, id=f"{name}-{i}")
    for name, table in TABLES.items()
    for i, case in enumerate(table)
] + [
    pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=why), id=f"known-{i}")
    for i, (*case, why) in enumerate(KNOWN_FAILURES)
]


def test_a_range_after_a_verb_is_no_metric(extractor: Extractor) -> None:
    # rule verb_then_noun reads no noun after a figure where a range goes on ("từ mức …")
    text = "Biên lợi nhuận gộp cải thiện từ mức 9,8% lên 11,2%."
    metric = _amount(extractor, text, "9,8%").metric
    assert metric is not None and metric.startswith("Biên lợi nhuận gộp")


@pytest.mark.parametrize(("text", "figure", "metric"), CASES)
def test_metric_rule(extractor: Extractor, text: str, figure: str, metric: str | None) -> None:
    assert _amount(extractor, text, figure).metric == metric
