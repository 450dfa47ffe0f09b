"""The subject of each amount: the rules of ``facts.subject`` on news-style sentences.

Each table holds (text, the amount, its subject), written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from vnextract.extractor import Extractor
from vnextract.schema import Amount

# Rule ``turned``: words that turn the sentence to another subject ("trong khi", "tiếp đến
# là", a semicolon) make a figure after them the figure of one named after them.
TURNED = [
    (
        "Năm 2024, BIDV lãi 27.000 tỷ đồng, trong khi Vietcombank lãi 42.000 tỷ đồng.",
        "42.000 tỷ đồng",
        "Vietcombank",
    ),
    (
        "Hà Nội dẫn đầu với 1.200 dự án; tiếp đến là Đà Nẵng với 450 dự án.",
        "450 dự án",
        "Đà Nẵng",
    ),
    (
        "Đồng Nai thu hút 1,5 tỷ USD vốn FDI; tiếp theo là Bình Dương với 1,2 tỷ USD.",
        "1,2 tỷ USD",
        "Bình Dương",
    ),
    (
        "Trong năm 2026, Vinhomes đã bàn giao 3.000 căn hộ, còn Khang Điền mở bán hai dự án "
        "với 1.200 căn.",
        "1.200 căn",
        "Khang Điền",
    ),
    # "còn" meaning "still" or "remaining" turns nothing
    (
        "Hòa Phát lãi 12.000 tỷ đồng, trong khi Hoa Sen vẫn còn lỗ 500 tỷ đồng.",
        "500 tỷ đồng",
        "Hoa Sen",
    ),
    (
        "Năm nay, Thế Giới Di Động trả 2.000 tỷ đồng nợ vay và còn nợ Vietcombank 3.200 tỷ đồng.",
        "3.200 tỷ đồng",
        "Thế Giới Di Động",
    ),
    # the figure before the turn stays with the first name
    (
        "Năm 2024, BIDV lãi 27.000 tỷ đồng, trong khi Vietcombank lãi 42.000 tỷ đồng.",
        "27.000 tỷ đồng",
        "BIDV",
    ),
    # nobody named after the turn: the subject named before it stays
    ("Hòa Phát bán 8 triệu tấn thép, trong khi giá thép giảm 5%.", "5%", "Hòa Phát"),
]

# Rule ``place_after``: a place right after the figure ("… tại TP.HCM") is its subject, before
# a place named earlier in the sentence; a company named before keeps it.
PLACE_AFTER = [
    (
        "Theo báo cáo, 85% nguồn cung văn phòng mới tại Hà Nội và 92% nguồn cung tại TP.HCM "
        "thuộc hạng A.",
        "92%",
        "TP.HCM",
    ),
    (
        "Theo báo cáo, 85% nguồn cung văn phòng mới tại Hà Nội và 92% nguồn cung tại TP.HCM "
        "thuộc hạng A.",
        "85%",
        "Hà Nội",
    ),
    ("Đà Nẵng thu hút 40 dự án, trong đó 12 dự án tại Hòa Vang.", "12 dự án", "Hòa Vang"),
    (
        "Lâm Đồng có 170.000 ha cà phê. Hiện khoảng 60% diện tích trồng cà phê tại Việt Nam đã "
        "được thu hoạch.",
        "khoảng 60%",
        "Việt Nam",
    ),
    # only a measure of the place's market, people or land: not what happens there, nor a
    # cause or a condition of the figure
    (
        "Quảng Ninh đón 15 triệu lượt khách. Năm 2027, tỉnh tổ chức 4 đoàn xúc tiến du lịch tại "
        "Hàn Quốc và Nhật Bản.",
        "4 đoàn",
        "Quảng Ninh",
    ),
    (
        "Xuất khẩu thủy sản của Cà Mau đạt 1,4 tỷ USD. Riêng cá ngừ giảm 6%, còn 95 triệu USD "
        "do nhu cầu tại châu Âu chững lại.",
        "95 triệu USD",
        "Cà Mau",
    ),
    ("Vinamilk chiếm 60% thị phần sữa nước tại Hà Nội.", "60%", "Vinamilk"),
    # in an article about an organisation, "tại X" says where it acts, not whose figure
    (
        "Công ty cổ phần Thế Giới Di Động đặt kế hoạch doanh thu 160.000 tỷ đồng. Theo kế "
        "hoạch, năm tới sẽ mở thêm 50 cửa hàng tại Indonesia.",
        "50 cửa hàng",
        "Công ty cổ phần Thế Giới Di Động",
    ),
    (
        "Tổng công ty Cảng hàng không Việt Nam báo lãi 9.000 tỷ đồng. Theo kế hoạch:\n"
        "- Đầu tư 3 nhà ga mới tại Long Thành;\n- Nâng công suất thêm 20 triệu khách.",
        "3 nhà ga",
        "Tổng công ty Cảng hàng không Việt Nam",
    ),
]

# Rule ``setting``: a place where a thing stands, after "tại" and maybe a kind of area
# ("tại Khu kinh tế Nghi Sơn"), is where, not whose.
SETTINGS = [
    # rule listed_place: a place listed after a setting or a destination reads as it does
    (
        "Công ty Cổ phần Dệt may Phước An báo lãi. Hiện công ty vận hành 3 nhà máy tại Ninh "
        "Bình, Thanh Hóa và Đồng Nai với tổng công suất 1,35 triệu tấn/năm.",
        "1,35 triệu tấn/năm",
        "Công ty Cổ phần Dệt may Phước An",
    ),
    (
        "Công ty Cổ phần Phân bón Bình Minh báo lãi. Lượng hàng xuất sang Campuchia, Lào và "
        "Hàn Quốc đạt 212.000 tấn.",
        "212.000 tấn",
        "Công ty Cổ phần Phân bón Bình Minh",
    ),
    # a list that owns the figure stays with its first place
    (
        "Năm 2025, Hà Nội, TP.HCM và Đà Nẵng đón 30 triệu lượt khách.",
        "30 triệu lượt khách",
        "Hà Nội",
    ),
    (
        "Tập đoàn Hòa Phát công bố kết quả kinh doanh. Công ty khởi công nhà máy thép tại Khu "
        "kinh tế Nghi Sơn, công suất 5,6 triệu tấn/năm.",
        "5,6 triệu tấn/năm",
        "Tập đoàn Hòa Phát",
    ),
    (
        "Công ty cổ phần Sữa Việt Nam xây trang trại bò sữa tại tỉnh Tây Ninh, quy mô 8.000 con.",
        "8.000 con",
        "Công ty cổ phần Sữa Việt Nam",
    ),
]


# Rule ``bracketed_short_name``: a short name in brackets after a source's full name is the
# same source ("Theo Hiệp hội … (VASEP), …"): the figure is the country's, named after it.
BRACKETED_SHORT_NAME = [
    (
        "Theo Hiệp hội Lương thực Việt Nam (VFA), tháng 9 xuất khẩu gạo của Việt Nam đạt "
        "620.000 tấn.",
        "620.000 tấn",
        "Việt Nam",
    ),
    # a parent in brackets after a source's name is part of the source
    (
        "Hà Nội, ngày 6/10/2026 – Theo báo cáo của Cục Thống kê (Bộ Tài chính) công bố sáng "
        "nay, tổng sản phẩm trong nước quý III/2026 ước tăng 7,85% so với cùng kỳ.",
        "7,85%",
        None,
    ),
    (
        "Tổng công ty Cảng hàng không Việt Nam (ACV) lãi 9.800 tỷ đồng trong năm 2025.",
        "9.800 tỷ đồng",
        "Tổng công ty Cảng hàng không Việt Nam",
    ),
]


# Rule ``listed_clause``: after a clause with its own figure, a name opening the next
# clause owns the figure there ("…, EU chiếm 10,4%, Hàn Quốc 7,8%"); names listed before
# one verb share it ("Thủ Đức, Dĩ An có 100% …": the first one named).
LISTED_CLAUSE = [
    (
        "Về thị trường, Mỹ chiếm 21% kim ngạch, EU chiếm 12,5%, Hàn Quốc 8,2%.",
        "8,2%",
        "Hàn Quốc",
    ),
    (
        "Về thị trường, Mỹ chiếm 21% kim ngạch, EU chiếm 12,5%, Hàn Quốc 8,2%.",
        "21%",
        "Mỹ",
    ),
    (
        "Các địa phương như Thủ Đức, Dĩ An, Thuận An có 100% trường đạt chuẩn.",
        "100%",
        "Thủ Đức",
    ),
    # a name that opens its clause keeps it when another name follows as its object
    (
        "Năm 2025, Vinamilk đạt doanh thu 60.000 tỷ đồng, Masan Consumer sau khi mua lại "
        "Vinacafe Biên Hòa đạt 28.000 tỷ đồng.",
        "28.000 tỷ đồng",
        "Masan Consumer",
    ),
    # a list of names before the figure is no name opening its own clause
    (
        "Trong 9 tháng, Công ty Cổ phần Đóng tàu Sông Cấm đã bàn giao 5 tàu cho các chủ tàu "
        "Đức, Hà Lan và Nhật Bản với tổng trọng tải 90.000 DWT.",
        "90.000 DWT",
        "Công ty Cổ phần Đóng tàu Sông Cấm",
    ),
]


# Rule ``route_place``: a place in a road's or port's name owns no figure.
ROUTE_PLACES = [
    (  # places a road goes through, maybe after a count or "địa bàn", own none of it
        "Công ty Cổ phần Đèo Cả khởi công cao tốc. Dự án đi qua địa bàn tỉnh Lâm Đồng và tỉnh "
        "Đồng Nai, tổng mức đầu tư khoảng 25.540 tỷ đồng.",
        "khoảng 25.540 tỷ đồng",
        "Công ty Cổ phần Đèo Cả",
    ),
    (
        "Công ty Cổ phần Đèo Cả khởi công cao tốc. Dự án dài 128,8 km, đi qua hai tỉnh Đắk Nông "
        "và Bình Phước, tổng mức đầu tư khoảng 25.540 tỷ đồng.",
        "khoảng 25.540 tỷ đồng",
        "Công ty Cổ phần Đèo Cả",
    ),
    (
        "Tập đoàn Sơn Hải cho biết cao tốc Khánh Hòa - Buôn Ma Thuột đạt 62% khối lượng.",
        "62%",
        "Tập đoàn Sơn Hải",
    ),
    # the first end of a pair joined by a dash, after a word no route cue names
    (
        "Metro Nam Thăng Long – Trần Hưng Đạo đội vốn lên 41.600 tỷ đồng\n\nTuyến đi qua quận "
        "Ba Đình và Hoàn Kiếm của Hà Nội. Thành phố đặt mục tiêu đến năm 2035 hoàn thành 410 km "
        "đường sắt đô thị.",
        "410 km",
        "Hà Nội",
    ),
    # a date line's place opening its line, before a dash, still names the article's place
    (
        "QUẢNG NGÃI - Ngày 26/12/2026, UBND tỉnh tổ chức hội nghị tổng kết.\n\nToàn tỉnh thu "
        "ngân sách 32.000 tỷ đồng.",
        "32.000 tỷ đồng",
        "QUẢNG NGÃI",
    ),
    # a date line with no date ("Cà Mau - …") owns no figure of its sentence: the country's
    # figure there is the country's, and nobody's when the article does not name it
    (
        "Cà Mau - Xuất khẩu thủy sản cả nước năm 2026 ước đạt 10,5 tỷ USD, tăng 6%. Trong đó, "
        "Cà Mau đóng góp 1,3 tỷ USD.",
        "10,5 tỷ USD",
        None,
    ),
    (
        "Cà Mau (TTXVN) – Xuất khẩu thủy sản cả nước năm 2026 ước đạt 10,5 tỷ USD. Việt Nam "
        "đứng thứ ba thế giới về xuất khẩu tôm.",
        "10,5 tỷ USD",
        "Việt Nam",
    ),
    # … but the article is about it: it counts for the main subject
    (
        "Lâm Đồng - Năm 2026, Lâm Đồng đón 9 triệu lượt khách. Riêng Đà Lạt đón 6 triệu lượt "
        "khách.\n\nĐà Lạt có 2.500 cơ sở lưu trú.\n\nTổng thu từ du lịch đạt 21.000 tỷ đồng.",
        "21.000 tỷ đồng",
        "Lâm Đồng",
    ),
]

# Rule ``listed_place`` for organisations: a platform listed after another is one too.
LISTED_PLATFORMS = [
    (
        "Tại Cần Thơ, 120 cơ sở đã bán hàng trên Shopee, Lazada và TikTok Shop, doanh thu "
        "tăng 40%.",
        "40%",
        "Cần Thơ",
    ),
    (
        "Năm nay, nông sản Đồng Tháp có mặt trên Shopee, TikTok Shop và Lazada, với doanh số "
        "85 tỷ đồng.",
        "85 tỷ đồng",
        "Đồng Tháp",
    ),
    # organisations listed as owners still own
    (
        "Vietcombank, BIDV và VietinBank đều giảm lãi suất cho vay 0,5 điểm phần trăm.",
        "0,5 điểm phần trăm",
        "Vietcombank",
    ),
]

# Rule ``rank_scope``: a place after a ranking ("hàng đầu", "lớn nhất", "đứng đầu") is the
# ranking's scope and owns no figure.
RANK_SCOPES = [
    (
        "Trở thành điểm đến hàng đầu Đông Nam Á, Phú Quốc đón 7 triệu lượt khách trong năm 2026.",
        "7 triệu lượt khách",
        "Phú Quốc",
    ),
    (
        "Sở hữu sân bay lớn nhất miền Trung, Đà Nẵng đón 10 triệu lượt khách năm 2026.",
        "10 triệu lượt khách",
        "Đà Nẵng",
    ),
    # a place that opens the sentence still owns it
    ("Miền Bắc có 120 khu công nghiệp, nhiều nhất cả nước.", "120 khu công nghiệp", "Miền Bắc"),
    # the place ranked, with its figure after it, and words in "nhất" that rank nothing
    (
        "Trong đó, nhiều nhất Hà Nội với 1.200 dự án, tiếp theo là TP.HCM với 900 dự án.",
        "1.200 dự án",
        "Hà Nội",
    ),
    (
        "Kim ngạch 2 tỷ USD là mức cao nhất Đà Nẵng đạt được từ trước đến nay.",
        "2 tỷ USD",
        "Đà Nẵng",
    ),
    ("Sau hợp nhất Tuyên Quang có 124 xã, phường.", "124 xã, phường", "Tuyên Quang"),
]

# A counterpart after "với", "từ", "sang" owns no figure, an organisation as much as a
# place ("Theo lịch giao hàng với Airbus, Vietjet sẽ nhận 8 chiếc").
# Rule ``apposed_place``: a place written with its level's word after a comma says where the
# place before it is, and owns nothing when that one is a setting; a bare name after a comma
# may open a clause of its own.
APPOSED_PLACES = [
    (
        "Công ty Cổ phần Nhựa Sông Đà lãi 120 tỷ đồng trong năm 2026. Công ty khởi công nhà "
        "máy tại Khu công nghiệp Phú An, tỉnh Đồng Nai, với tổng vốn đầu tư 950 tỷ đồng.",
        "950 tỷ đồng",
        "Công ty Cổ phần Nhựa Sông Đà",
    ),
    (
        "Hợp tác xã Hòa Lợi có 85 thành viên. Năm nay, đơn vị xây kho lạnh tại xã Tân Hòa, "
        "huyện Chợ Mới, sức chứa 3.000 tấn.",
        "3.000 tấn",
        "Hợp tác xã Hòa Lợi",
    ),
    # a bare name after a comma opens a clause
    (
        "Sau khi nhiều nhà máy mở tại Bình Dương, Đồng Nai thu hút thêm 300 triệu USD vốn FDI.",
        "300 triệu USD",
        "Đồng Nai",
    ),
    # the place before owns: so does the one after it
    (
        "Năm 2026, Khu kinh tế Dung Quất, tỉnh Quảng Ngãi thu hút 1,2 tỷ USD vốn đầu tư.",
        "1,2 tỷ USD",
        "Khu kinh tế Dung Quất",
    ),
]

COUNTERPARTS = [
    (
        "Theo lịch giao hàng với Airbus, Vietjet sẽ nhận 8 chiếc A321neo trong quý IV.",
        "8 chiếc",
        "Vietjet",
    ),
]

# Rule ``nationwide``: a figure for the whole country is the country's when the article
# names it, else nobody's; the paragraph goes on about the country.
NATIONWIDE = [
    (
        "Đà Nẵng có 14 dự án nhà ở xã hội.\n\nTheo Bộ Xây dựng, cả nước có 655 dự án nhà ở xã "
        "hội. Tổng vốn đầu tư các dự án khoảng 290.000 tỷ đồng.",
        "655 dự án",
        None,
    ),
    (
        "Đà Nẵng có 14 dự án nhà ở xã hội.\n\nTheo Bộ Xây dựng, cả nước có 655 dự án nhà ở xã "
        "hội. Tổng vốn đầu tư các dự án khoảng 290.000 tỷ đồng.",
        "khoảng 290.000 tỷ đồng",
        None,
    ),
    (
        "Việt Nam có 63 tỉnh, thành. Trên toàn quốc hiện có 425 khu công nghiệp.",
        "425 khu công nghiệp",
        "Việt Nam",
    ),
    (  # "hơn" before a count makes no comparison: a figure of the whole country
        "Hòa Phát khai trương nhà máy. Hơn 20.000 lao động trên cả nước có việc làm với thu "
        "nhập 12 triệu đồng/tháng.",
        "12 triệu đồng/tháng",
        None,
    ),
    (  # a rank in the whole country is the ranked one's
        "Bộ Xây dựng là đơn vị giải ngân nhiều nhất cả nước với 55.700 tỷ đồng.",
        "55.700 tỷ đồng",
        "Bộ Xây dựng",
    ),
    (  # "cả nước" as a comparison's base says whose the figure is not
        "Tính đến ngày 30/11, Đà Nẵng giải ngân 58,3% kế hoạch vốn.\n\nTỷ lệ này thấp hơn "
        "mức bình quân cả nước khoảng 10 điểm phần trăm.",
        "khoảng 10 điểm phần trăm",
        "Đà Nẵng",
    ),
    (  # a name before it in its sentence still owns it
        "Viettel phủ sóng 4G trên cả nước với 62.000 trạm.",
        "62.000 trạm",
        "Viettel",
    ),
]

# A state body that says or does a figure of the whole country ("Bộ … cho biết cả nước
# …"): the figure is the country's, and so are the clauses after it in its sentence.
NATIONWIDE_BY_BODY = [
    (
        "Việt Nam cần thêm lao động kỹ thuật. Tại hội nghị do Bộ Giáo dục và Đào tạo tổ chức "
        "sáng 3/12, Thứ trưởng Lê Văn Hòa cho biết cả nước tuyển được 2,1 triệu học viên, "
        "tăng 4,2% so với năm trước.",
        "2,1 triệu học viên",
        "Việt Nam",
    ),
    (
        "Việt Nam cần thêm lao động kỹ thuật. Tại hội nghị do Bộ Giáo dục và Đào tạo tổ chức "
        "sáng 3/12, Thứ trưởng Lê Văn Hòa cho biết cả nước tuyển được 2,1 triệu học viên, "
        "tăng 4,2% so với năm trước.",
        "4,2%",
        "Việt Nam",
    ),
    (
        "Việt Nam cần thêm lao động kỹ thuật. Báo cáo của Bộ Giáo dục và Đào tạo cho thấy năm "
        "2026, cả nước có 1.850 cơ sở giáo dục nghề nghiệp, chiếm 30% số cơ sở đào tạo.",
        "30%",
        "Việt Nam",
    ),
    (  # the article names no country: nobody's
        "Báo cáo của Bộ Xây dựng cho thấy đến hết quý III, cả nước có 655 dự án nhà ở xã hội, "
        "chiếm 40% số dự án nhà ở; 120 dự án đã hoàn thành.",
        "120 dự án",
        None,
    ),
    (  # "cả nước" as a comparison's base is no figure of the country
        "Quảng Trị còn thiếu bác sĩ. Sở Y tế tỉnh Quảng Trị cho biết toàn tỉnh có 9,8 bác "
        "sĩ/vạn dân, thấp hơn bình quân cả nước khoảng 1,2 bác sĩ.",
        "khoảng 1,2 bác sĩ",
        "Quảng Trị",
    ),
    (  # a body's own action keeps its figure
        "Bộ Xây dựng giải ngân 55.700 tỷ đồng vốn đầu tư công.",
        "55.700 tỷ đồng",
        "Bộ Xây dựng",
    ),
]

# Rule ``forecaster``: who forecasts another's figure owns none of it.
FORECASTERS = [
    (
        "Năm 2025, Vinamilk lãi 9.400 tỷ đồng.\n\nChứng khoán VNDirect dự báo năm 2026 lợi "
        "nhuận của Vinamilk đạt 10.100 tỷ đồng.",
        "10.100 tỷ đồng",
        "Vinamilk",
    ),
    (
        "Năm 2025, Vinamilk lãi 9.400 tỷ đồng. Chứng khoán VNDirect dự đoán năm 2026 lợi "
        "nhuận có thể đạt 10.100 tỷ đồng.",
        "10.100 tỷ đồng",
        "Vinamilk",
    ),
]

# A place before "dự báo" forecasts nothing: its figure is forecast ("nhu cầu điện Tây Nguyên
# dự báo tăng …").
FORECAST_PLACES = [
    (  # … but a place that forecasts another's figure owns none of it
        "Việt Nam xuất khẩu 1,8 triệu tấn cà phê. Mỹ dự báo sản lượng cà phê Brazil đạt 65 "
        "triệu bao.",
        "65 triệu bao",
        "Việt Nam",
    ),
    (
        "Hà Nội tiêu thụ 4,2 tỷ kWh điện. Theo Viện Năng lượng, nhu cầu điện khu vực Tây "
        "Nguyên dự báo tăng 9–11%/năm đến năm 2030.",
        "9–11%/năm",
        "Tây Nguyên",
    ),
]

# The forecaster's short name in brackets and the employer in a forecaster's title own no
# figure either; nor does the body after "Theo ước tính của", "Theo số liệu của" (a source).
FORECASTER_ASIDES = [
    (
        "Năm 2025, Hòa Phát lãi 12.000 tỷ đồng. Công ty Chứng khoán Rồng Việt (VDSC) dự báo "
        "năm 2026 lợi nhuận của Hòa Phát đạt 15.000 tỷ đồng.",
        "15.000 tỷ đồng",
        "Hòa Phát",
    ),
    (
        "Thu ngân sách của Đà Nẵng năm 2025 đạt 32.000 tỷ đồng. TS. Trần Văn Hưng, giảng viên "
        "Trường Đại học Kinh tế Đà Nẵng, dự báo thu từ đất năm 2026 chỉ đạt khoảng 4.000 tỷ "
        "đồng.",
        "khoảng 4.000 tỷ đồng",
        "Đà Nẵng",
    ),
    (  # a comma after the owner's name is no title's end: the figure is its own
        "Năm 2025, Hòa Phát lãi 12.000 tỷ đồng. Lợi nhuận năm 2026 của Hòa Phát, dự báo đạt "
        "15.000 tỷ đồng.",
        "15.000 tỷ đồng",
        "Hòa Phát",
    ),
    (
        "Theo ước tính của Ngân hàng Phát triển châu Á (ADB), Việt Nam cần khoảng 12 tỷ USD "
        "mỗi năm cho lưới điện.",
        "khoảng 12 tỷ USD mỗi năm",
        "Việt Nam",
    ),
]

# Rule ``market_index``: a stock index or the market as a whole is no entity; its figures
# are nobody's where the sentence names no owner, a company's market value stays its own.
MARKET_INDEXES = [
    (
        "Năm 2026, Công ty Chứng khoán Hòa Bình lãi 800 tỷ đồng.\n\nVN-Index khép lại tuần "
        "giao dịch tại 1.486,32 điểm, giảm 23,57 điểm so với tuần trước.",
        "23,57 điểm",
        None,
    ),
    (
        "Năm 2026, Công ty Chứng khoán Hòa Bình lãi 800 tỷ đồng. Vốn hóa toàn thị trường đạt "
        "khoảng 8,15 triệu tỷ đồng.",
        "khoảng 8,15 triệu tỷ đồng",
        None,
    ),
]

# Rule ``market_scope``: a figure its sentence gives to a whole market ("toàn thị trường",
# "thị trường tự do") is nobody's where the sentence names no owner; a market that is only
# the base of a comparison leaves the figure to whose it is.
MARKET_SCOPES = [
    (
        "Năm 2026, Công ty Chứng khoán Hòa Bình lãi 800 tỷ đồng. Thanh khoản bình quân toàn "
        "thị trường 11 tháng đạt 24.800 tỷ đồng/phiên, tăng 31% so với năm 2025.",
        "31%",
        None,
    ),
    (
        "Ngân hàng TMCP Phương Đông niêm yết giá USD bán ra 26.410 đồng. Trên thị trường tự "
        "do, USD giao dịch quanh 26.720 đồng.",
        "26.720 đồng",
        None,
    ),
    (
        "Hợp tác xã Nông nghiệp Tân Phú bán xoài loại một 28.000 đồng/kg, cao hơn giá thị "
        "trường tự do khoảng 4.000 đồng/kg.",
        "khoảng 4.000 đồng/kg",
        "Hợp tác xã Nông nghiệp Tân Phú",
    ),
]

# Rule ``analyst_employer``: the body in an analyst's or an expert's title speaks through
# them about others' figures; a director's own body still owns its figures.
ANALYST_EMPLOYERS = [
    (
        "Năm 2025, Hòa Phát lãi 12.000 tỷ đồng. Theo ông Lê Minh Sơn, chuyên gia phân tích "
        "của Công ty Chứng khoán Bình Minh, lợi nhuận năm 2026 có thể đạt 15.000 tỷ đồng.",
        "15.000 tỷ đồng",
        "Hòa Phát",
    ),
    (
        "Theo bà Ngô Thị Hạnh, Giám đốc Phân tích Công ty Chứng khoán Đông Á, chỉ số đã tăng "
        "hơn 25% từ đầu năm.",
        "hơn 25%",
        None,
    ),
    (
        "Theo ông Phạm Văn Tài, Giám đốc Bệnh viện Đa khoa Trà Vinh, bệnh viện sẽ có thêm "
        "300 giường.",
        "300 giường",
        "Bệnh viện Đa khoa Trà Vinh",
    ),
]

# Rule ``listed_not_carried``: after a sentence that names several, one that names nobody
# goes on about the paragraph's subject from before the list, not about its last item.
LISTED_NOT_CARRIED = [
    (
        "Năm 2025, doanh thu của FPT đạt 70.000 tỷ đồng. Thị trường Nhật Bản đóng góp 40%, "
        "Hàn Quốc 18%. Giá trị hợp đồng ký mới đạt 38.000 tỷ đồng.",
        "38.000 tỷ đồng",
        "FPT",
    ),
    (  # an apposition names two, but only one has a figure: no list
        "Masan lãi 2.000 tỷ đồng. Vinamilk, đối tác lớn của Aeon, có doanh thu 62.000 tỷ đồng. "
        "Lợi nhuận đạt 9.000 tỷ đồng.",
        "9.000 tỷ đồng",
        "Vinamilk",
    ),
    (  # one name in the sentence before: the paragraph goes on about it
        "Năm 2025, doanh thu của FPT đạt 70.000 tỷ đồng. Công ty FPT Japan đóng góp 40%. "
        "Giá trị hợp đồng ký mới đạt 9.000 tỷ đồng.",
        "9.000 tỷ đồng",
        "Công ty FPT Japan",
    ),
]

# Rule ``possessor``: the owner after "của" in the figure's clause, a name or a generic word
# for the article's company; not who reports ("Báo cáo của Bộ … cho biết"), nor the base of
# a comparison ("thấp hơn gạo của Thái Lan").
POSSESSORS = [
    (
        "Habeco là hãng bia lớn thứ tư cả nước. Tại khu vực miền Bắc, thị phần của hãng đạt "
        "khoảng 38%.",
        "khoảng 38%",
        "Habeco",
    ),
    (
        "Theo Savills, tại Hà Nội, doanh thu của Vincom Retail năm 2026 đạt 9.500 tỷ đồng.",
        "9.500 tỷ đồng",
        "Vincom Retail",
    ),
    (
        "Gạo 5% tấm của Việt Nam được chào bán ở mức 392 USD/tấn, thấp hơn gạo cùng loại của "
        "Thái Lan khoảng 10 USD/tấn.",
        "khoảng 10 USD/tấn",
        "Việt Nam",
    ),
]

# Rule ``part_of_figure``: a part of the figure before it ("…, trong đó …") is the whole's
# owner's, not the lender's or the place's its sentence names; unless its clause names one.
PARTS_OF_FIGURES = [
    (
        "Công ty Cổ phần Thủy điện Sông Lam báo lỗ. Dư nợ vay của công ty tại Agribank và "
        "BIDV là 1.215 tỷ đồng, trong đó nợ quá hạn khoảng 96 tỷ đồng.",
        "khoảng 96 tỷ đồng",
        "Công ty Cổ phần Thủy điện Sông Lam",
    ),
    (
        "Ngân hàng Bắc Á báo lãi. Tại Nghệ An, dư nợ của ngân hàng đạt 8.400 tỷ đồng, trong đó "
        "nợ xấu chiếm 1,2%.",
        "1,2%",
        "Ngân hàng Bắc Á",
    ),
]

# Rule ``recipient``: a body a report or a request goes to owns none of its figures.
RECIPIENTS = [
    (
        "Công ty Cổ phần BOT Cầu Rạch Miễu gặp khó. Theo báo cáo doanh nghiệp vừa gửi Bộ Xây "
        "dựng, trạm thu phí thu được 210 tỷ đồng trong 9 tháng.",
        "210 tỷ đồng",
        "Công ty Cổ phần BOT Cầu Rạch Miễu",
    ),
    (
        "Công ty Cổ phần Cấp nước Gia Định báo lỗ. Trong văn bản kiến nghị UBND thành phố, "
        "công ty cho biết tỷ lệ thất thoát nước còn 18%.",
        "18%",
        "Công ty Cổ phần Cấp nước Gia Định",
    ),
]

# Words that end with a recipient's verb but name a thing leave the name its owner.
NOT_RECIPIENTS = [
    ("Lãi suất tiền gửi Vietcombank kỳ hạn 12 tháng ở mức 4,7%/năm.", "4,7%/năm", "Vietcombank"),
    (
        "Chương trình Agribank đồng hành cùng nông dân đã giải ngân 12.000 tỷ đồng.",
        "12.000 tỷ đồng",
        "Agribank",
    ),
]

# Rule ``topic_sentence``: a sentence of the paragraph with no figure that opens a clause
# with an organisation makes it what the next figures are about; a body that reports, or a
# short name in brackets, does not.
TOPIC_SENTENCES = [
    (
        "Đồng Tháp có 300 hợp tác xã, doanh thu đạt 2.000 tỷ đồng.\n\nTại xã Phú Hữu, Hợp tác "
        "xã Nông nghiệp Tân Tiến được xem là mô hình hiệu quả. Ông Lê Văn Ba, Giám đốc hợp "
        "tác xã, cho biết đơn vị có 120 thành viên.",
        "120 thành viên",
        "Hợp tác xã Nông nghiệp Tân Tiến",
    ),
    # a customer named after "Công ty cho biết," or an association that only judges is no
    # topic of the company's next figures
    (
        "Năm 2025, Công ty Cổ phần Gỗ An Cường đạt doanh thu 4.500 tỷ đồng. Công ty cho biết, "
        "IKEA là khách hàng lớn nhất tại châu Âu. Lợi nhuận sau thuế đạt 600 tỷ đồng.",
        "600 tỷ đồng",
        "Công ty Cổ phần Gỗ An Cường",
    ),
    (
        "Năm 2025, Công ty Cổ phần Gỗ An Cường đạt doanh thu 4.500 tỷ đồng. Hiệp hội Gỗ và Lâm "
        "sản Việt Nam đánh giá thị trường Mỹ đang phục hồi. Lợi nhuận sau thuế đạt 600 tỷ đồng.",
        "600 tỷ đồng",
        "Công ty Cổ phần Gỗ An Cường",
    ),
    # a market price stays nobody's after a sentence that names the company
    (
        "Công ty Cổ phần Thức ăn chăn nuôi Việt Thắng đạt doanh thu 9.000 tỷ đồng năm 2025. "
        "Việt Thắng vừa công bố báo cáo tài chính quý IV. Giá khô đậu tương nhập khẩu bình "
        "quân quý IV chỉ còn 385 USD/tấn.",
        "385 USD/tấn",
        None,
    ),
    (
        "Tập đoàn Điện lực Việt Nam (EVN) báo lãi 8.000 tỷ đồng.\n\nBộ Công Thương cho biết "
        "đang hoàn thiện cơ chế giá. Hiện giá bán lẻ điện bình quân ở mức 2.204 đồng/kWh.",
        "2.204 đồng/kWh",
        "Tập đoàn Điện lực Việt Nam",
    ),
]

# a date line before the organisation ("Đà Nẵng, 5/11/2026 - Công ty …"), with its agency in
# brackets, still leaves the organisation opening the report
TOPIC_SENTENCES += [
    (
        "Đà Nẵng hút khách quốc tế dịp cuối năm\n\nĐà Nẵng, 5/11/2026 - Công ty cổ phần Du lịch "
        "Sông Hàn vừa báo cáo Sở Du lịch kết quả kinh doanh quý III. Doanh thu đạt 1.200 tỷ "
        "đồng, tăng 18%.",
        "1.200 tỷ đồng",
        "Công ty cổ phần Du lịch Sông Hàn",
    ),
    (
        "Cần Thơ được mùa lúa Đông Xuân\n\nCần Thơ, 12/3/2027 (TTXVN) - Hợp tác xã Nông nghiệp "
        "Phước Thới vừa tổng kết vụ lúa Đông Xuân. Sản lượng đạt 4.600 tấn lúa, tăng 7%.",
        "4.600 tấn",
        "Hợp tác xã Nông nghiệp Phước Thới",
    ),
]

# Rule ``list_heading``: an item that names nobody is about whom its list's heading names,
# unless that one only judges there.
LIST_HEADINGS = [
    (
        "Ngành nhựa phục hồi sau hai năm khó khăn. Tập đoàn Hòa Phát cũng báo lãi 3.000 tỷ "
        "đồng.\n\nTrong 9 tháng, Công ty Cổ phần Nhựa Bình Minh đạt các kết quả chính:\n- "
        "doanh thu 4.100 tỷ đồng, tăng 8%;\n- lợi nhuận sau thuế 610 tỷ đồng.",
        "610 tỷ đồng",
        "Công ty Cổ phần Nhựa Bình Minh",
    ),
    (
        "Năm 2026, Vinamilk lãi 9.000 tỷ đồng. Vinamilk có 13 nhà máy.\n\nCông ty Chứng khoán "
        "SSI lưu ý:\n- lợi nhuận quý IV có thể giảm 5%;\n- sức mua giảm.",
        "5%",
        "Vinamilk",
    ),
    (  # a company that reports its own results in the heading owns them
        "Năm 2026, Vinamilk lãi 9.000 tỷ đồng.\n\nCông ty Cổ phần Sữa Mộc Châu cho biết:\n- "
        "doanh thu năm 2026 đạt 3.200 tỷ đồng;\n- lợi nhuận đạt 310 tỷ đồng.",
        "310 tỷ đồng",
        "Công ty Cổ phần Sữa Mộc Châu",
    ),
    (  # a market's price stays nobody's
        "Năm 2026, Vinamilk lãi 9.000 tỷ đồng.\n\nCông ty Chứng khoán SSI đánh giá các rủi ro "
        "chính:\n- giá sữa bột nhập khẩu tăng 12%;\n- sức mua giảm.",
        "12%",
        None,
    ),
]

# Rule ``bracketed_figure``: a figure in brackets right after a name is that one's.
BRACKETED_FIGURES = [
    (
        "Tuyến cao tốc dài 96 km, đi qua Hòa Bình (32 km), Sơn La (41 km) và Phú Thọ (23 km).",
        "41 km",
        "Sơn La",
    ),
    (
        "Vốn FDI đổ vào tỉnh tăng mạnh. Singapore dẫn đầu với 41%, tiếp theo là Hàn Quốc (18%) "
        "và Nhật Bản (11%).",
        "11%",
        "Nhật Bản",
    ),
    (  # markets a trade goes to or comes from own none of its figures
        "Hòa Phát xuất khẩu 2 triệu tấn thép, trong đó sang Nhật Bản (1,2 triệu tấn) và Hàn "
        "Quốc (800.000 tấn).",
        "800.000 tấn",
        "Hòa Phát",
    ),
    (  # a bracket after a common noun names nobody
        "Tỉnh Bình Định giải ngân 5.200 tỷ đồng, bằng 61% kế hoạch năm (8.500 tỷ đồng).",
        "8.500 tỷ đồng",
        "Tỉnh Bình Định",
    ),
]

# Rule ``with_figure``: a name listed with its own figure after "với", after "là" or "và"
# or opening its clause; a name inside a phrase ("theo chuẩn Đức với …") owns nothing so,
# and the listed name is not carried on to the next sentence.
WITH_FIGURES = [
    (
        "Năm 2026, vốn FDI vào tỉnh tăng mạnh: Singapore dẫn đầu, tiếp theo là Hàn Quốc với "
        "640 triệu USD và Nhật Bản với 410 triệu USD.",
        "410 triệu USD",
        "Nhật Bản",
    ),
    (
        "Năm 2026, vốn FDI vào tỉnh tăng mạnh: Singapore dẫn đầu, tiếp theo là Hàn Quốc với "
        "640 triệu USD và Nhật Bản với 410 triệu USD.",
        "640 triệu USD",
        "Hàn Quốc",
    ),
    (
        "Trường Cao đẳng Kỹ thuật Sông Lam đã mở 6 lớp đào tạo nghề theo chuẩn Đức với 180 "
        "học viên.",
        "180 học viên",
        "Trường Cao đẳng Kỹ thuật Sông Lam",
    ),
    (
        "Công ty Cổ phần Thủy sản Minh Khang có doanh thu 300 triệu USD. Thị trường lớn nhất "
        "là Mỹ với 120 triệu USD. Lợi nhuận cả năm đạt 25 triệu USD.",
        "25 triệu USD",
        "Công ty Cổ phần Thủy sản Minh Khang",
    ),
]

# Rule ``price_place``: a market's price is the place's where it is paid ("giá … tại Đắk
# Lắk"), in its sentence only; a thing's place ("nhà máy tại Long An") owns no figure.
PRICE_PLACES = [
    # a product sold at a place whose price is the clause's next figure: the place's price
    (
        "Ở Đồng Tháp, lúa OM 18 giữ giá 7.250 đồng/kg. Lúa Đài Thơm 8 tại Cần Thơ lên 7.700 "
        "đồng/kg, còn lúa ST25 tại Cà Mau ổn định ở mức 9.400 đồng/kg.",
        "9.400 đồng/kg",
        "Cà Mau",
    ),
    (
        "Công ty Cổ phần Thép Miền Trung có nhà máy tại Quảng Ngãi, bán thép cuộn với giá "
        "14.500 đồng/kg.",
        "14.500 đồng/kg",
        "Công ty Cổ phần Thép Miền Trung",
    ),
    # a place that opens a clause after a turn word ("trong khi tại …", "còn tại …") is
    # the clause's own setting, the owner of its price
    (
        "Ở Đồng Tháp, lúa Đài Thơm 8 đạt 7.900 đồng/kg, trong khi tại Cần Thơ, lúa IR 50404 "
        "chỉ khoảng 6.300 đồng/kg.",
        "khoảng 6.300 đồng/kg",
        "Cần Thơ",
    ),
    (
        "Tại Đắk Lắk, giá cà phê đạt 118.500 đồng/kg, còn tại Lâm Đồng giá chỉ 117.800 đồng/kg.",
        "117.800 đồng/kg",
        "Lâm Đồng",
    ),
    (
        "Xuất khẩu cà phê tăng mạnh. Sáng 2/12, giá cà phê nhân xô tại Gia Lai dao động "
        "101.000-102.500 đồng/kg, tăng 1.500 đồng/kg so với tuần trước.",
        "101.000-102.500 đồng/kg",
        "Gia Lai",
    ),
    (
        "Xuất khẩu cà phê tăng mạnh. Sáng 2/12, giá cà phê nhân xô tại Gia Lai dao động "
        "101.000-102.500 đồng/kg, tăng 1.500 đồng/kg so với tuần trước.",
        "1.500 đồng/kg",
        "Gia Lai",
    ),
    (
        "An Giang thu hoạch 80% diện tích lúa thu đông. Giá lúa tươi tại ruộng ở Cần Thơ hiện "
        "quanh mức 7.200 đồng/kg.",
        "7.200 đồng/kg",
        "Cần Thơ",
    ),
    (  # the next sentence goes on about the article's subject, not the price's place
        "An Giang thu hoạch 80% diện tích lúa thu đông. Giá lúa tươi tại ruộng ở Cần Thơ hiện "
        "quanh mức 7.200 đồng/kg. Sản lượng lúa cả năm ước đạt 4,1 triệu tấn.",
        "4,1 triệu tấn",
        "An Giang",
    ),
    (  # a measure of a place's market is the place's
        "Thị trường căn hộ hồi phục. Theo CBRE, nguồn cung căn hộ mới tại Đà Nẵng đạt 4.200 "
        "căn, tăng 30% so với cùng kỳ.",
        "30%",
        "Đà Nẵng",
    ),
    (  # … not a further measure after it
        "Việt Nam có 1.200 siêu thị. Hiệp hội Bán lẻ dự báo nhu cầu tại Hà Nội sẽ tăng mạnh "
        "và doanh thu bán lẻ cả năm có thể đạt 1,2 triệu tỷ đồng.",
        "1,2 triệu tỷ đồng",
        "Việt Nam",
    ),
    (  # … nor past another place named for its own figure
        "Nguồn cung căn hộ tại Hà Nội đạt 5.000 căn; tại TP.HCM, nguồn cung đạt 3.000 căn.",
        "3.000 căn",
        "TP.HCM",
    ),
    (  # an organisation named in the sentence keeps its own measure
        "Viettel cho biết số thuê bao tại Đắk Lắk đạt 1,2 triệu thuê bao.",
        "1,2 triệu thuê bao",
        "Viettel",
    ),
    (  # a change between the measure and "tại" ends the measure: a thing's place again
        "Nhu cầu thép tăng nên nhà máy tại Hải Dương nâng công suất lên 3 triệu tấn.",
        "3 triệu tấn",
        None,
    ),
    (  # a price's place is not what the article is about
        "Công ty Cổ phần Cà phê Phước An mở rộng vùng nguyên liệu.\n\nGiá cà phê nhân xô tại "
        "Đắk Lắk dao động 100.000 đồng/kg. Giá tiêu tại Đắk Lắk đạt 150.000 đồng/kg.\n\nNăm "
        "nay, doanh thu ước đạt 2.000 tỷ đồng.",
        "2.000 tỷ đồng",
        "Công ty Cổ phần Cà phê Phước An",
    ),
    (  # a factory's place owns none of its figures
        "Công ty Cổ phần Dệt may Phú An khánh thành nhà máy tại Long An với công suất 12 "
        "triệu sản phẩm/năm.",
        "12 triệu sản phẩm/năm",
        "Công ty Cổ phần Dệt may Phú An",
    ),
]

# Rule ``market_price``: a price on a market is nobody's when its sentence names no owner;
# a company's selling price and a deal's own price ("với giá …") go on with the company.
MARKET_PRICES = [
    (
        "Công ty Cổ phần Thức ăn chăn nuôi Việt Thắng báo lãi 200 tỷ đồng. Giá khô đậu tương "
        "nhập khẩu bình quân quý III chỉ còn 385 USD/tấn.",
        "385 USD/tấn",
        None,
    ),
    (
        "Xuất khẩu dăm gỗ của Việt Nam đạt 2 tỷ USD. Trong khi đó, giá dăm gỗ đã giảm từ 190 "
        "USD/tấn xuống 140 USD/tấn.",
        "140 USD/tấn",
        None,
    ),
    (
        "Công ty Cổ phần Phân bón Bình Điền báo lãi 120 tỷ đồng. Giá bán phân bón bình quân "
        "đạt 10.400 đồng/kg.",
        "10.400 đồng/kg",
        "Công ty Cổ phần Phân bón Bình Điền",
    ),
    # a company's share price and issue price are its own
    (
        "Năm 2025, Tập đoàn Hòa Phát đạt lợi nhuận sau thuế 12.000 tỷ đồng. Giá cổ phiếu đã "
        "tăng 25% lên 28.500 đồng.",
        "28.500 đồng",
        "Tập đoàn Hòa Phát",
    ),
    (
        "Công ty Cổ phần Chứng khoán Hướng Dương báo lãi 90 tỷ đồng. Đợt chào bán dự kiến "
        "với giá 10.000 đồng/cổ phiếu.",
        "10.000 đồng/cổ phiếu",
        "Công ty Cổ phần Chứng khoán Hướng Dương",
    ),
]

# Rule global_figure: a figure of the whole world whose sentence names no owner is nobody's;
# a share of the world's market and a figure whose sentence names its owner are not.
GLOBAL_FIGURES = [
    (
        "Công ty Cổ phần Lọc dầu Nam Sơn báo lãi 1.200 tỷ đồng. Theo IEA, nhu cầu dầu toàn cầu "
        "quý III đạt khoảng 103,5 triệu thùng/ngày.",
        "khoảng 103,5 triệu thùng/ngày",
        None,
    ),
    (
        "Tập đoàn Vàng bạc Kim Phát mở thêm 12 cửa hàng. Nhu cầu vàng trang sức thế giới quý "
        "III giảm 8%.",
        "8%",
        None,
    ),
    (
        "Xuất khẩu hạt điều của Việt Nam đạt 4,2 tỷ USD. Thị phần điều nhân xuất khẩu toàn cầu "
        "hiện khoảng 80%.",
        "khoảng 80%",
        "Việt Nam",
    ),
    (
        "Tập đoàn Dược phẩm Minh An cho biết doanh thu toàn cầu năm 2026 đạt 2,1 tỷ USD.",
        "2,1 tỷ USD",
        "Tập đoàn Dược phẩm Minh An",
    ),
]

# An airport or a port that does a figure owns it; a zone after "tại" is where a thing
# stands, no owner (rule place_after leaves it).
FACILITIES = [
    (
        "Trong 10 tháng, Cảng hàng không Liên Khương phục vụ 1,94 triệu lượt khách.",
        "1,94 triệu lượt khách",
        "Cảng hàng không Liên Khương",
    ),
    (
        "Nghệ An thu hút nhiều vốn FDI. Tập đoàn Goertek rót thêm 400 triệu USD vào nhà máy "
        "100 triệu USD tại Khu công nghiệp WHA Industrial Zone 1.",
        "100 triệu USD",
        "Tập đoàn Goertek",
    ),
    # rule facility_name: the facility called by its name alone owns what it does
    (
        "Cảng hàng không quốc tế Cát Bi do Tổng công ty Cảng hàng không Việt Nam (ACV) quản "
        "lý. Năm 2025, Cát Bi phục vụ 5,6 triệu lượt khách, vượt công suất thiết kế.",
        "5,6 triệu lượt khách",
        "Cảng hàng không quốc tế Cát Bi",
    ),
    # an international airport of a major place is the airport, not the city
    (
        "Dịp nghỉ lễ, Sân bay quốc tế Đà Nẵng khai thác 1.126 chuyến bay, tăng 12%.",
        "1.126 chuyến bay",
        "Sân bay quốc tế Đà Nẵng",
    ),
    (
        "Cảng Tiên Sa do Công ty Cổ phần Cảng Đà Nẵng khai thác. Trong 10 tháng, Tiên Sa "
        "đón 1,2 triệu tấn hàng, tăng 9%.",
        "1,2 triệu tấn",
        "Cảng Tiên Sa",
    ),
]

# A statistics office reports the figures of its place ("Thống kê tỉnh …", reporter).
REPORTERS = [
    (
        "Nghệ An đón 8 triệu lượt khách trong năm 2026. Thống kê tỉnh Nghệ An cho biết GRDP "
        "của tỉnh tăng 8,1%.",
        "8,1%",
        "Nghệ An",
    ),
    # rule association_reports: an association that says figures reports its sector's,
    # the country's; its own members and spending are its own
    (
        "Năm 2026, Việt Nam xuất khẩu 1,2 triệu tấn tôm. Hiệp hội Tôm Việt Nam cho biết "
        "kim ngạch tăng 9%.",
        "9%",
        "Việt Nam",
    ),
    (
        "Theo Hiệp hội Nhựa Việt Nam, sản lượng nhựa cả nước năm 2026 ước đạt 11 triệu tấn.",
        "11 triệu tấn",
        None,
    ),
    (
        "Hiệp hội Doanh nghiệp tỉnh Long An hiện có 860 hội viên, tăng 90 hội viên so với năm "
        "2024.",
        "860 hội viên",
        "Hiệp hội Doanh nghiệp tỉnh Long An",
    ),
    (
        "Hiệp hội Hồ tiêu Việt Nam thống kê, xuất khẩu hồ tiêu năm 2025 đạt 1,3 tỷ USD.",
        "1,3 tỷ USD",
        None,
    ),
    (
        "Số liệu của Hiệp hội Hồ tiêu Việt Nam cho thấy xuất khẩu hồ tiêu năm 2025 đạt 1,3 tỷ USD.",
        "1,3 tỷ USD",
        None,
    ),
    (
        "Năm 2025, Hiệp hội Du lịch Quảng Nam chi 1,2 tỷ đồng cho các chương trình quảng bá.",
        "1,2 tỷ đồng",
        "Hiệp hội Du lịch Quảng Nam",
    ),
]

# Rule ``trade_partner``: in a report of the home country's trade, a foreign market or
# supplier owns no figure.
TRADE_PARTNERS = [
    # "xuất khẩu vào" names a destination as "sang" does
    (
        "Năm 2026, Tập đoàn Dệt May Hoàng Gia đạt doanh thu 12.000 tỷ đồng. Ngược lại, xuất "
        "khẩu vào Hàn Quốc tăng 15,7% nhờ ưu đãi thuế.",
        "15,7%",
        "Tập đoàn Dệt May Hoàng Gia",
    ),
    (
        "Năm 2025, Việt Nam xuất khẩu 1,5 triệu tấn cà phê. Về thị trường, Đức nhập khẩu "
        "nhiều nhất, chiếm 14% tổng kim ngạch.",
        "14%",
        "Việt Nam",
    ),
    # … also when the sentence before it in its paragraph says that the passage is on trade
    (
        "Năm 2025, Việt Nam xuất khẩu 6,2 tỷ USD rau quả, tăng 12%. Hàn Quốc tăng nhanh nhất, "
        "đạt 410 triệu USD. Sau đó là Thái Lan với 280 triệu USD.",
        "410 triệu USD",
        "Việt Nam",
    ),
    (  # … or when a verb of the trade's figures follows the country
        "Năm 2025, Việt Nam xuất khẩu rau quả đạt 7 tỷ USD. Trung Quốc đạt 4,2 tỷ USD, tăng 20%.",
        "4,2 tỷ USD",
        "Việt Nam",
    ),
    (
        "Năm 2025, Việt Nam nhập khẩu 5 triệu tấn ngô từ Brazil. Brazil thu hoạch 130 triệu tấn "
        "ngô trong vụ 2024-2025.",
        "130 triệu tấn",
        "Brazil",
    ),
    (  # a sentence that gives the country's own figures, ranking no market, is its own
        "Năm 2025, kim ngạch xuất khẩu của Việt Nam sang Hàn Quốc đạt 25 tỷ USD. Hàn Quốc có "
        "GDP khoảng 1.900 tỷ USD.",
        "khoảng 1.900 tỷ USD",
        "Hàn Quốc",
    ),
    (  # another paragraph that opens with a country is about that country
        "Năm 2025, Việt Nam xuất khẩu 6,2 tỷ USD rau quả.\n\nHàn Quốc tăng trưởng GDP 2,1%.",
        "2,1%",
        "Hàn Quốc",
    ),
    (  # a foreign country's own economy is its own
        "Năm 2025, kinh tế Việt Nam tăng 8%. GDP của Nhật Bản năm 2025 tăng 1,1%.",
        "1,1%",
        "Nhật Bản",
    ),
]

# Rule ``market_place``: a foreign market, or the home of visitors, owns none of the
# seller's or the host's figures; nor do the markets listed after it; a market of the
# country's own is its place's.
MARKETS = [
    (
        "Năm 2026, Công ty Thủy sản Bến Lức xuất khẩu 12.000 tấn cá tra. Thị trường Mỹ chiếm "
        "38% giá trị xuất khẩu.",
        "38%",
        "Công ty Thủy sản Bến Lức",
    ),
    (
        "Năm 2026, Công ty Thủy sản Bến Lức xuất khẩu 12.000 tấn cá tra. Thị trường Mỹ chiếm "
        "38%, Nhật Bản 21% và khu vực Trung Đông 9%.",
        "9%",
        "Công ty Thủy sản Bến Lức",
    ),
    (
        "Quảng Ninh đón 15 triệu lượt khách năm 2026. Khách Hàn Quốc dẫn đầu với 620.000 lượt.",
        "620.000 lượt",
        "Quảng Ninh",
    ),
    (  # a body listed after a market is one more market
        "Tổng công ty May Đồng Tiến đạt doanh thu 4.200 tỷ đồng. Thị trường Mỹ tăng 12%, EU "
        "tăng 7%.",
        "7%",
        "Tổng công ty May Đồng Tiến",
    ),
    (  # a market of the country's own is its place's
        "Thị trường Hà Nội có 5.300 căn hộ mở bán trong quý III/2026.",
        "5.300 căn hộ",
        "Hà Nội",
    ),
    (  # a company after a market is the seller
        "Tại thị trường Mỹ, Công ty Sữa Cao Nguyên đạt doanh thu 50 triệu USD năm 2026.",
        "50 triệu USD",
        "Công ty Sữa Cao Nguyên",
    ),
    (  # a region of the country is a market of its own
        "Năm 2026, thị trường miền Bắc có 12.000 căn hộ mở bán.",
        "12.000 căn hộ",
        "miền Bắc",
    ),
    (  # … and a company listed after a market of the country's own keeps its share
        "Năm 2026, thị trường Hà Nội có 5.300 căn hộ mở bán, Vinhomes chiếm 60%.",
        "60%",
        "Vinhomes",
    ),
    (  # an article that names no seller nor host: the market's own figure
        "Năm 2026, thị trường Trung Quốc tiêu thụ 31 triệu ô tô.",
        "31 triệu ô tô",
        "Trung Quốc",
    ),
    (  # a trade article that names no seller: the markets' figures are nobody's named
        "Năm 2025, kim ngạch xuất khẩu cà phê đạt 5,6 tỷ USD. Thị trường Đức chiếm 12%, Italy 8%.",
        "12%",
        None,
    ),
    (  # a host without an administrative id is a host all the same
        "Năm 2025, Phú Quốc đón 1,5 triệu lượt khách quốc tế. Khách Hàn Quốc dẫn đầu với "
        "450.000 lượt.",
        "450.000 lượt",
        "Phú Quốc",
    ),
    (  # a foreign place that is no market keeps its figure
        "Năm 2026, Công ty Thủy sản Bến Lức xuất khẩu 12.000 tấn cá tra. Nhật Bản có dân số "
        "124 triệu người.",
        "124 triệu người",
        "Nhật Bản",
    ),
]

# A state body reports on its place; a project's board owns its project's figures.
STATE_BODIES = [
    # in an article that names no place, a state body in the title of a person who reports
    # owns nothing: the figure is nobody's
    (
        "Kỳ họp HĐND khai mạc sáng nay. Ông Huỳnh Văn Chánh, Giám đốc Sở Tài chính, cho rằng "
        "tổng thu ngân sách 6 tháng ước đạt hơn 7.900 tỷ đồng.",
        "hơn 7.900 tỷ đồng",
        None,
    ),
    (
        "Tại Nghệ An, Ban Quản lý dự án 6 làm chủ đầu tư tuyến tránh dài 22 km với tổng vốn "
        "3.150 tỷ đồng.",
        "3.150 tỷ đồng",
        "Ban Quản lý dự án 6",
    ),
    (
        "Tại Nghệ An, Sở Giao thông vận tải cho biết tuyến tránh dài 22 km có tổng vốn 3.150 "
        "tỷ đồng.",
        "3.150 tỷ đồng",
        "Nghệ An",
    ),
    # the boards that own urban railways or a group of projects are project boards too
    (
        "Tại TP.HCM, Ban Quản lý đường sắt đô thị TP.HCM là chủ đầu tư tuyến metro số 2 với "
        "tổng mức đầu tư 47.890 tỷ đồng.",
        "47.890 tỷ đồng",
        "Ban Quản lý đường sắt đô thị TP.HCM",
    ),
    (
        "Tại Hà Nội, Ban Quản lý đầu tư xây dựng công trình giao thông thành phố giải ngân "
        "1.200 tỷ đồng.",
        "1.200 tỷ đồng",
        "Ban Quản lý đầu tư xây dựng công trình giao thông thành phố",
    ),
    # rules sector_body and sector_goal: a body that runs one sector (a ministry, a
    # department, the central bank) owns the figures it reports and the goals it sets; a
    # government sets goals for its country, and a body in the title of a person who
    # reports owns nothing
    (
        "Việt Nam đẩy mạnh đầu tư công. Năm 2026, Bộ Xây dựng đã giải ngân 68.400 tỷ đồng.",
        "68.400 tỷ đồng",
        "Bộ Xây dựng",
    ),
    (
        "Việt Nam hiện có 12 bác sĩ/vạn dân. Năm 2027, Bộ Y tế đặt mục tiêu tăng thêm 1,2 bác "
        "sĩ/vạn dân.",
        "1,2 bác sĩ/vạn",
        "Bộ Y tế",
    ),
    (
        "Việt Nam đặt mục tiêu tăng trưởng cao. Năm 2027, Chính phủ đặt mục tiêu tăng trưởng "
        "GDP 10%.",
        "10%",
        "Việt Nam",
    ),
    (
        "Việt Nam xuất khẩu nhiều gỗ. Ông Triệu Văn Lực, Phó Cục trưởng Cục Lâm nghiệp, cho "
        "biết giá trị xuất khẩu lâm sản 7 tháng ước đạt 7,78 tỷ USD.",
        "7,78 tỷ USD",
        "Việt Nam",
    ),
]


# Rule ``referred_back`` in a clause: after a source and a time, a generic noun opening
# the figure's clause stands for the article's place or organisation, when the sentence
# names no one else and the paragraph has no subject yet.
REFERRED_IN_CLAUSE = [
    (
        "Công ty Hana Micron mở rộng nhà máy. Hana Micron tuyển thêm lao động. Hana Micron "
        "là nhà đầu tư lớn. Bắc Giang có nhiều khu công nghiệp.\n\nTheo Sở Tài chính tỉnh Bắc "
        "Giang, 10 tháng năm 2026, tỉnh thu hút 820 triệu USD vốn đầu tư, tăng 12%.",
        "820 triệu USD",
        "Bắc Giang",
    ),
]


# Rule ``province_referred``: "tỉnh", "toàn tỉnh" stand for the province the article names
# (a former one too: "Long An", "Kiên Giang"), not for the city or district it names most;
# nobody when it names no province.
PROVINCE_REFERRED = [
    (
        "Thành phố Biên Hòa có 120 trường học. Thành phố Biên Hòa đầu tư thêm phòng học. "
        "Tỉnh Đồng Nai hỗ trợ kinh phí.\n\nToàn tỉnh hiện có 533 trường đạt chuẩn quốc gia.",
        "533 trường",
        "Tỉnh Đồng Nai",
    ),
    (
        "Thành phố Tân An có 12 khu dân cư mới. Thành phố Tân An thu hút thêm nhà đầu tư. "
        "Tỉnh Long An phê duyệt quy hoạch.\n\nToàn tỉnh hiện có 38 khu công nghiệp.",
        "38 khu công nghiệp",
        "Tỉnh Long An",
    ),
    (
        "Huyện Xuân Lộc có 40 trường học. Huyện Xuân Lộc xây thêm phòng học. Huyện Xuân Lộc "
        "tuyển giáo viên.\n\nToàn tỉnh hiện có 533 trường đạt chuẩn quốc gia.",
        "533 trường",
        None,
    ),
    # "của tỉnh" too; a province abroad written "tỉnh X"; a centrally-run city is no province
    (
        "Thành phố Biên Hòa có 120 trường học. Thành phố Biên Hòa tuyển thêm giáo viên.\n\n"
        "Năm 2026, thu ngân sách của tỉnh đạt 50.000 tỷ đồng.",
        "50.000 tỷ đồng",
        None,
    ),
    (
        "Xuất khẩu sầu riêng sang tỉnh Quảng Tây tăng mạnh. Quảng Tây là cửa ngõ. Lạng Sơn có "
        "cửa khẩu Hữu Nghị.\n\nTỉnh này có khoảng 50 triệu dân.",
        "khoảng 50 triệu dân",
        "tỉnh Quảng Tây",
    ),
    (
        "Hà Nội thu hút 5 tỷ USD vốn FDI. Hà Nội dẫn đầu miền Bắc. Bắc Ninh giáp Hà Nội.\n\n"
        "Toàn tỉnh có 16 khu công nghiệp.",
        "16 khu công nghiệp",
        "Bắc Ninh",
    ),
    # rule named_place: a city named only in the date line is the one "thành phố" refers
    # back to
    (
        "TP.HCM, ngày 5/12/2026 - Năm nay, thành phố ước thu ngân sách 560.000 tỷ đồng, vượt "
        "4% dự toán.",
        "560.000 tỷ đồng",
        "TP.HCM",
    ),
    # rule named_province: a province named only where it owns no figure (the date line)
    # is still the one "tỉnh" refers back to
    (
        "Quảng Trị, ngày 3/12/2026 - Hợp tác xã Nông nghiệp Hải Phú thu hoạch 400 tấn gạo "
        "hữu cơ. Hợp tác xã Nông nghiệp Hải Phú có 85 thành viên.\n\nToàn tỉnh hiện có 310 "
        "hợp tác xã nông nghiệp.",
        "310 hợp tác xã",
        "Quảng Trị",
    ),
    # a province only named in passing is none "tỉnh" refers back to
    (
        "Đà Nẵng, ngày 3/12/2026 - Thành phố đón 1,2 triệu lượt khách. Nhiều du khách đến từ "
        "Quảng Nam.\n\nToàn tỉnh có 300 khách sạn.",
        "300 khách sạn",
        None,
    ),
    (
        "Tây Ninh, ngày 8/12/2026 - Công ty Cổ phần Khu công nghiệp Phước Đông khởi công giai "
        "đoạn 3 rộng 450 ha.\n\nTheo Ban Quản lý các khu kinh tế tỉnh, toàn tỉnh có 14 khu "
        "công nghiệp với tỷ lệ lấp đầy 72%.",
        "14 khu công nghiệp",
        "Tây Ninh",
    ),
]


def test_tinh_ban_is_another_province_not_the_one_named(
    amount_of: Callable[[str, str], Amount],
) -> None:
    # "tỉnh bạn" is a neighbouring province: not the province the article names
    text = (
        "Thành phố Biên Hòa có 120 trường học. Tỉnh Đồng Nai hỗ trợ kinh phí.\n\n"
        "Tỉnh bạn có 40 khu công nghiệp."
    )
    assert amount_of(text, "40 khu công nghiệp").subject != "Tỉnh Đồng Nai"


# Rule ``platform``: the market or platform a figure is made on ("trên HoSE", "bán trên
# Shopee") owns none of it; rule ``bracketed_place``: a place in brackets locates the thing
# before it ("tại Khu công nghiệp Tân Đô (Long An)") and owns no figure either.
SETTINGS_WRITTEN_AROUND = [
    (
        "Công ty Cổ phần Chứng khoán Bắc Hà lãi 320 tỷ đồng trong quý III. Thị phần môi giới "
        "trên HoSE của công ty đạt 3,1%.",
        "3,1%",
        "Công ty Cổ phần Chứng khoán Bắc Hà",
    ),
    (
        "Tập đoàn Thiên Long báo lãi 410 tỷ đồng. Trên sàn HoSE, cổ phiếu TLG đóng cửa ở mức "
        "52.300 đồng.",
        "52.300 đồng",
        "Tập đoàn Thiên Long",
    ),
    (
        "Công ty cổ phần Thủy sản Sông Tiền có doanh thu 2.400 tỷ đồng. Nhà máy mới tại Khu "
        "công nghiệp Sa Đéc (Đồng Tháp) có công suất 120.000 tấn/năm.",
        "120.000 tấn/năm",
        "Công ty cổ phần Thủy sản Sông Tiền",
    ),
    (
        "VinFast bán 90.000 xe trong năm. Nhà máy tại bang Tamil Nadu (Ấn Độ) có công suất "
        "ban đầu 50.000 xe/năm.",
        "50.000 xe/năm",
        "VinFast",
    ),
]

# Rule ``referred_by_kind``: "Đoàn", "hợp tác xã" refer back to the organisation of that
# kind the article names, not to the country or the province named as often.
# Rule ``referred_back`` after a time lead: "Đến nay, toàn tỉnh đạt …" is the province's
# even where the sentence before was a company's; a clause's noun for an organisation
# ("chuỗi có 2.512 cửa hàng") goes on with the organisation the paragraph is about
REFERRED_AFTER_LEAD = [
    (
        "Nghệ An có 3 bệnh viện tuyến tỉnh. Công ty Cổ phần Thiết bị Y tế Hồng Hà cung cấp "
        "máy móc trị giá 128 tỷ đồng cho ngành. Đến nay, toàn tỉnh đạt 27,8 giường bệnh/vạn "
        "dân.",
        "27,8 giường bệnh/vạn",
        "Nghệ An",
    ),
    (
        "Bách Hóa Xanh là chuỗi của Công ty cổ phần Đầu tư Thế Giới Di Động. Thế Giới Di "
        "Động có lãi 3.000 tỷ đồng.\n\nBách Hóa Xanh đạt doanh thu 46.100 tỷ đồng. Tính đến "
        "cuối tháng 10, chuỗi có 2.512 cửa hàng.",
        "2.512 cửa hàng",
        "Bách Hóa Xanh",
    ),
]

REFERRED_BY_KIND = [
    (
        "Việt Nam xếp thứ hai tại SEA Games 33 ở Thái Lan. Đoàn Thể thao Việt Nam giành 96 "
        "HCV. Việt Nam cũng phá 23 kỷ lục.\n\nĐoàn có 1.003 thành viên, trong đó 842 vận "
        "động viên.",
        "842 vận động viên",
        "Đoàn Thể thao Việt Nam",
    ),
    (
        "Đắk Lắk có 310 hợp tác xã nông nghiệp. Hợp tác xã Cà phê Ea Tu có 65 thành viên. Đắk "
        "Lắk có 210.000 ha cà phê.\n\nNăm ngoái, hợp tác xã bán ra 3.100 tấn cà phê.",
        "3.100 tấn",
        "Hợp tác xã Cà phê Ea Tu",
    ),
    # a group of organisations of the kind (cue kind group_head), before one of its members
    (
        "Hệ thống Bệnh viện Đa khoa Hồng Phúc vừa công bố kế hoạch. Năm 2027 sẽ khởi công "
        "Bệnh viện Hồng Phúc Vinh quy mô 300 giường.\n\nVề nhân lực, bệnh viện dự kiến tuyển "
        "thêm 800 bác sĩ.",
        "800 bác sĩ",
        "Hệ thống Bệnh viện Đa khoa Hồng Phúc",
    ),
]

# Rule ``board_main``: a project's board with a name of its own, named in the lead or twice,
# is what the article is about, before the place in the headline; a board named by its kind
# alone ("Ban quản lý dự án") or once in passing is not.
BOARD_MAIN = [
    (
        "Metro Bình Dương vượt tiến độ 3%\n\nSau 14 tháng thi công, tuyến metro đã hoàn thành "
        "khoảng 18% khối lượng, theo Ban Quản lý dự án đường sắt tỉnh Bình Dương (BMR).\n\n"
        "Từ đầu năm đến nay, dự án đã giải ngân 6.350 tỷ đồng.",
        "6.350 tỷ đồng",
        "Ban Quản lý dự án đường sắt tỉnh Bình Dương",
    ),
    (
        "Cầu Thị Nại 2 ở Quy Nhơn vượt tiến độ 5%\n\nSau 10 tháng thi công, cầu Thị Nại 2 đã "
        "hoàn thành 46% khối lượng, theo Ban Quản lý dự án giao thông tỉnh Bình Định.\n\n"
        "Từ đầu năm đến nay, dự án đã giải ngân 820 tỷ đồng.",
        "820 tỷ đồng",
        "Ban Quản lý dự án giao thông tỉnh Bình Định",
    ),
    # named once, past the lead, as a project's owner: the place stays the main subject
    (
        "Cần Thơ giải ngân 62% vốn đầu tư công\n\nĐến cuối tháng 11, Cần Thơ giải ngân 62% "
        "kế hoạch vốn. Cần Thơ đứng thứ ba vùng.\n\nDự án kè sông do Ban Quản lý dự án ODA "
        "thành phố Cần Thơ làm chủ đầu tư.\n\nNăm 2027, thành phố dự kiến bố trí 4.100 tỷ "
        "đồng.",
        "4.100 tỷ đồng",
        "Cần Thơ",
    ),
]

# Rule ``referred_back`` with "toàn": "Toàn thành phố" is the article's city, not a ward
# the sentence before named.
WHOLE_CITY = [
    (
        "Hà Nội đang thiếu trường tiểu học. Nhiều lớp ở phường Long Biên có trên 48 học sinh. "
        "Toàn thành phố có 186 trường vượt sĩ số quy định.",
        "186 trường",
        "Hà Nội",
    ),
]

# Rule ``forecast_unowned``: a forecast whose sentence names no owner, in a passage about
# an organisation, is a market's, a price's or a demand's, not the organisation's; a
# company's own result forecast by a broker (``own_metric``) and a place's figures stay.
# A forecaster in a person's title ("chuyên gia của X, nhận định") owns none of it.
FORECASTS_UNOWNED = [
    (
        "Công ty cổ phần Thủy sản Cửu Long xuất khẩu 180 triệu USD trong 10 tháng. VASEP dự "
        "báo kim ngạch cá tra cả năm có thể đạt khoảng 2,1 tỷ USD.",
        "khoảng 2,1 tỷ USD",
        None,
    ),
    (
        "Công ty Cổ phần Thức ăn Chăn nuôi Phú Điền lãi 120 tỷ đồng. Giá khô đậu tương có thể "
        "tăng trở lại 5-10% trong năm tới.",
        "5-10%",
        None,
    ),
    (
        "Năm 2025, Vinamilk lãi 9.400 tỷ đồng. Chứng khoán VNDirect dự đoán năm 2026 lợi "
        "nhuận có thể đạt 10.100 tỷ đồng.",
        "10.100 tỷ đồng",
        "Vinamilk",
    ),
    (
        "Đà Nẵng đón 4,1 triệu lượt khách quốc tế năm 2026. Hiệp hội Du lịch dự báo năm 2027 "
        "lượng khách có thể đạt 5,2 triệu lượt.",
        "5,2 triệu lượt",
        "Đà Nẵng",
    ),
    (
        "Giá than nhập khẩu tăng mạnh. Ông Nguyễn Văn Nghĩa, chuyên gia của Hiệp hội Năng "
        "lượng Việt Nam, nhận định giá than năm tới có thể giảm 8-10%.",
        "8-10%",
        None,
    ),
]

# Rule ``unnamed_group``: in a passage about an organisation, a figure of a group nobody
# names ("toàn ngành", "nhiều doanh nghiệp") has no subject; in one about a place the group
# is the place's ("các doanh nghiệp trên địa bàn").
UNNAMED_GROUPS = [
    # a figure in brackets after the group is the group's value
    (
        "Vietcombank lãi 33.000 tỷ đồng. Tăng trưởng tín dụng của ngân hàng đạt 11%, cao hơn "
        "mức bình quân toàn ngành (9,5%).",
        "9,5%",
        None,
    ),
    # a group opening an earlier clause of the sentence, after a time, owns its later figures
    (
        "Công ty cổ phần Nhựa Bình Minh báo lãi 310 tỷ đồng, giảm 5%.\n\nTheo Hiệp hội Nhựa Việt "
        "Nam, năm 2026 toàn ngành dự kiến đạt doanh thu khoảng 30 tỷ USD, tăng 8%.",
        "8%",
        None,
    ),
    # rule group_turned: after a turn, a group nobody names, with no name after the turn
    (
        "Công ty Chứng khoán Bảo Long dự báo lợi nhuận của Ngân hàng TMCP Phương Nam đạt 9.000 tỷ "
        "đồng, trong khi tăng trưởng tín dụng toàn ngành năm nay ước khoảng 15,5%.",
        "ước khoảng 15,5%",
        None,
    ),
    (  # … but a name after the turn is whose the figure is
        "Công ty Chứng khoán Bảo Long dự báo lợi nhuận của Ngân hàng TMCP Phương Nam đạt 9.000 tỷ "
        "đồng, trong khi Ngân hàng TMCP Bắc Hà chỉ tăng 6% so với bình quân toàn ngành.",
        "6%",
        "Ngân hàng TMCP Bắc Hà",
    ),
    # a group in an opening clause of setting, or before "nhưng", is not whose the figure is
    (
        "Công ty CP Dệt may Thành Công công bố kết quả năm 2025. Trong bối cảnh nhiều doanh "
        "nghiệp gặp khó khăn, lợi nhuận năm 2025 vẫn tăng 20%.",
        "20%",
        "Công ty CP Dệt may Thành Công",
    ),
    (
        "Công ty CP Dệt may Thành Công công bố kết quả năm 2025. Khối ngoại bán ròng mạnh, "
        "nhưng giá cổ phiếu vẫn tăng 6%.",
        "6%",
        "Công ty CP Dệt may Thành Công",
    ),
    # a group opening an earlier clause of the sentence, the subject of a list of fields
    (
        "Công ty TNHH Điện tử Hải Âu báo lãi 800 tỷ đồng. Ngược lại, các doanh nghiệp dệt may, "
        "da giày và đồ gỗ ghi nhận mức tăng 18-22% nhờ đơn hàng phục hồi.",
        "18-22%",
        None,
    ),
    # a group before a word that turns the sentence to another figure is that figure's only
    (
        "Hãng hàng không Sao Mai có tỷ lệ cất cánh đúng giờ 82,3%, cao hơn mức bình quân toàn "
        "ngành khoảng 4 điểm phần trăm. Tỷ lệ cất cánh đúng giờ của hãng cao hơn mức bình quân "
        "toàn ngành, trong khi tỷ lệ hủy chuyến chỉ 0,4%.",
        "0,4%",
        "Sao Mai",
    ),
    (
        "Ngân hàng TMCP Phương Bắc lãi 5.200 tỷ đồng. Tăng trưởng tín dụng đạt 16,3%, cao hơn "
        "mức bình quân toàn ngành khoảng 13%.",
        "khoảng 13%",
        None,
    ),
    (
        "Ngân hàng TMCP Phương Bắc lãi 5.200 tỷ đồng. Tăng trưởng tín dụng đạt 16,3%, cao hơn "
        "mức bình quân toàn ngành khoảng 13%.",
        "16,3%",
        "Ngân hàng TMCP Phương Bắc",
    ),
    (
        "Tổng công ty May Hưng Thịnh xuất khẩu 480 triệu USD. Tuy nhiên, biên lợi nhuận của "
        "nhiều doanh nghiệp chỉ còn 2-3%.",
        "2-3%",
        None,
    ),
    (
        "An Giang xuất khẩu 1,2 triệu tấn gạo. Các doanh nghiệp trên địa bàn thu về 650 triệu USD.",
        "650 triệu USD",
        "An Giang",
    ),
    # a market's investors: their flows are the market's, not the company's the passage is about
    (
        "Cổ phiếu của Công ty Cổ phần Thép Đông Sơn tăng 6,8%. Khối ngoại bán ròng hơn 920 tỷ "
        "đồng trên toàn thị trường.",
        "hơn 920 tỷ đồng",
        None,
    ),
    (
        "Tổng công ty Hàng hải Phương Nam chuyển niêm yết sang HoSE. Lũy kế 11 tháng, nhà đầu tư "
        "nước ngoài đã rút ròng khoảng 38.000 tỷ đồng.",
        "khoảng 38.000 tỷ đồng",
        None,
    ),
]

# Rule ``national_source``: a national body the source of a sentence that names no owner
# ("Theo Tổng cục Thống kê, …") gives its figure to the country the article names.
NATIONAL_SOURCES = [
    (
        "Việt Nam là nước xuất khẩu cà phê lớn thứ hai thế giới.\n\nTại huyện Di Linh, Bảo "
        "Lộc (Lâm Đồng), cà phê được thu mua với mức 40.500 đồng/kg. Huyện Di Linh có 45.000 "
        "ha cà phê.\n\nTheo Tổng cục Thống kê, xuất khẩu cà phê trong tháng 11 đạt khoảng "
        "110.000 tấn.",
        "khoảng 110.000 tấn",
        "Việt Nam",
    ),
    (
        "Việt Nam là nước xuất khẩu gạo lớn thứ ba thế giới.\n\nTheo Tổng cục Thống kê, "
        "Công ty Cổ phần Lương thực Sông Hậu xuất khẩu 120.000 tấn gạo.",
        "120.000 tấn",
        "Công ty Cổ phần Lương thực Sông Hậu",
    ),
]

# Rule ``event_place``: a place in a clause that names an event ("Tại hội nghị sơ kết
# khu vực miền Trung, …") is where it is held or whom it gathers, no owner; a place
# that is the clause's own setting ("Tại Đà Nẵng, …") still is.
EVENT_PLACES = [
    (
        "Tại hội nghị sơ kết khu vực miền Trung, Bảo hiểm xã hội Việt Nam cho biết cả nước "
        "có 21,4 triệu người tham gia bảo hiểm xã hội.",
        "21,4 triệu người",
        "Bảo hiểm xã hội Việt Nam",
    ),
    (
        "Tại diễn đàn kinh tế Đồng bằng sông Cửu Long, Công ty Cổ phần Lộc Trời cho biết "
        "doanh thu 9 tháng đạt 12.000 tỷ đồng.",
        "12.000 tỷ đồng",
        "Công ty Cổ phần Lộc Trời",
    ),
    ("Tại Đà Nẵng, lượng khách quốc tế 11 tháng đạt 3,2 triệu lượt.", "3,2 triệu lượt", "Đà Nẵng"),
    # no comma closes the event's clause: the place goes on to own the figure
    (
        "Tại hội nghị tổng kết năm 2026 Quảng Ninh công bố thu ngân sách đạt 60.000 tỷ đồng.",
        "60.000 tỷ đồng",
        "Quảng Ninh",
    ),
]

# Rule ``source_phrase``: a name in the clause "Theo …" opens yields to one the sentence
# names after it; named alone, the source's data stays its own.
SOURCE_PHRASES = [
    (
        "Theo báo cáo thị trường vừa công bố của Công ty Tư vấn Bất động sản Sao Nam, năm "
        "2026 Hà Nội đón khoảng 28.600 căn hộ mở bán mới.",
        "khoảng 28.600 căn hộ",
        "Hà Nội",
    ),
    (
        "Theo số liệu cập nhật của Công ty Chứng khoán Rồng Bạc, quý III Đà Nẵng thu hút 120 "
        "triệu USD vốn FDI.",
        "120 triệu USD",
        "Đà Nẵng",
    ),
    (
        "Theo báo cáo vừa công bố của Công ty Cổ phần Nhựa Tân Phú, doanh thu quý III đạt "
        "1.250 tỷ đồng.",
        "1.250 tỷ đồng",
        "Công ty Cổ phần Nhựa Tân Phú",
    ),
    # a counterpart of the source named after it does not take its figure
    (
        "Theo báo cáo vừa công bố của Công ty Cổ phần Nhựa Tân Phú, đối tác Samsung giúp "
        "doanh thu quý III đạt 1.250 tỷ đồng.",
        "1.250 tỷ đồng",
        "Công ty Cổ phần Nhựa Tân Phú",
    ),
]

# Rule ``source`` with a noun: "Theo thống kê của X", "Theo các chuyên gia của X" name a
# source, not an owner (unlike "Theo báo cáo của công ty", often the owner's own report).
SOURCES_WITH_A_NOUN = [
    (
        "Theo các chuyên gia của Ngân hàng Thế giới (WB), Việt Nam cần khoảng 13 tỷ USD mỗi "
        "năm cho hạ tầng.",
        "khoảng 13 tỷ USD mỗi năm",
        "Việt Nam",
    ),
    (
        "Theo thống kê của Liên đoàn Bóng đá Đông Nam Á (AFF), Thái Lan kiểm soát bóng trung "
        "bình 61% mỗi trận.",
        "61% mỗi trận",
        "Thái Lan",
    ),
]

# What the rules above leave alone (a review's sentences): a party body speaks for the
# country; a sector body that reports ("cho biết") gives the country's figure, one that
# acts its own, also after another sentence names a person; a company's own forecast stays
# its own; a group named as a counterpart owns nothing; "Trường hợp" names no school; a
# place in brackets after a common noun says who that is; a company's own data is its own,
# a state body's data of the country the country's
LEFT_ALONE = [
    (
        "Kinh tế Việt Nam phục hồi. Bộ Chính trị yêu cầu phấn đấu tăng trưởng GDP năm 2026 "
        "đạt 10%.",
        "10%",
        "Việt Nam",
    ),
    (
        "Xuất khẩu của Việt Nam tiếp tục tăng trưởng. Cục Hải quan cho biết, kim ngạch xuất "
        "khẩu 11 tháng đạt 430 tỷ USD.",
        "430 tỷ USD",
        "Việt Nam",
    ),
    (
        "Việt Nam đẩy mạnh đầu tư công. Hội nghị do ông Nguyễn Văn Hùng chủ trì. Bộ Xây dựng "
        "đã giải ngân 55.700 tỷ đồng vốn đầu tư công.",
        "55.700 tỷ đồng",
        "Bộ Xây dựng",
    ),
    (
        "Hòa Phát vừa công bố kết quả kinh doanh quý III. Hòa Phát cho biết sản lượng thép "
        "bán ra năm 2026 có thể tăng 15%.",
        "15%",
        "Hòa Phát",
    ),
    (
        "Viettel công bố kết quả kinh doanh năm 2024. Doanh thu từ các doanh nghiệp khách "
        "hàng đạt 12.000 tỷ đồng.",
        "12.000 tỷ đồng",
        "Viettel",
    ),
    (
        "Vietcombank và Trường Đại học Kinh tế Quốc dân vừa ký thỏa thuận hợp tác. "
        "Vietcombank lãi 40.000 tỷ đồng.\n\nTrường hợp khách hàng trả nợ trước hạn, phí "
        "phạt là 2%.",
        "2%",
        "Vietcombank",
    ),
    (
        "Vốn FDI vào Việt Nam tăng mạnh trong năm 2025. Địa phương dẫn đầu (Bắc Ninh) thu "
        "hút 5 tỷ USD, tiếp theo là Hà Nội với 3 tỷ USD.",
        "5 tỷ USD",
        "Bắc Ninh",
    ),
    (
        "Vietnam Airlines có lãi 2.000 tỷ đồng.\n\nTheo số liệu của Vietjet, năm 2024 lượng "
        "khách vận chuyển đạt 25 triệu lượt.",
        "25 triệu lượt",
        "Vietjet",
    ),
    (
        "Việt Nam cần thêm bác sĩ. Theo số liệu của Cục Quản lý Khám, chữa bệnh, đến cuối "
        "năm 2025 cả nước có 1.650 bệnh viện.",
        "1.650 bệnh viện",
        "Việt Nam",
    ),
]


# Rule ``opening_with``: a figure in an opening "Với …," is said of whom the clause after it
# describes with "là"; without "là" (what that one does with it) the figure is not its.
OPENING_WITH = [
    (
        "Viettel đầu tư vào châu Phi từ năm 2015. Với hơn 60 triệu dân, Tanzania là thị trường "
        "đông dân nhất của Viettel.",
        "hơn 60 triệu dân",
        "Tanzania",
    ),
    (
        "Sabeco chia cổ tức 35%. Với tỷ lệ nắm giữ 36% vốn cổ phần, cổ đông lớn thứ hai là Bộ "
        "Công Thương sẽ nhận khoảng 346 tỷ đồng.",
        "36%",
        "Bộ Công Thương",
    ),
    (
        "Năm 2026, Vinamilk dự kiến chia cổ tức 30%. Với khoảng 2,09 tỷ cổ phiếu đang lưu hành, "
        "Tổng công ty Đầu tư và Kinh doanh vốn nhà nước sẽ nhận hơn 2.300 tỷ đồng.",
        "khoảng 2,09 tỷ cổ phiếu",
        "Vinamilk",
    ),
]

# Rule ``person_family``: a speaker's family's figures are the speaker's, not those of the
# place the sentence gives as the speaker's address; a household in general is no one's.
PERSON_FAMILIES = [
    (
        "Ông Lê Văn Hùng, ngụ ấp 3, xã Tân Phú, huyện Cai Lậy, cho biết gia đình ông có 4 ha "
        "sầu riêng.",
        "4 ha",
        "Lê Văn Hùng",
    ),
    (
        "Tỉnh Đắk Lắk được mùa cà phê. Chị H'Hen Niê ở xã Ea Tu chia sẻ, năm nay nhà chị thu "
        "15 tấn cà phê tươi.",
        "15 tấn",
        "H'Hen Niê",
    ),
    (
        "Bà Lê Thị Hoa, chuyên gia năng lượng, cho biết mỗi hộ gia đình dùng 200 kWh sẽ trả "
        "thêm khoảng 28.000 đồng.",
        "khoảng 28.000 đồng",
        None,
    ),
    (
        "Tại xã Phú An, gia đình anh Nguyễn Văn Tâm thu 12 tấn xoài.",
        "12 tấn",
        "xã Phú An",
    ),
    # the family of a person named after it is that person's
    (
        "Ông Nguyễn Văn Minh, Chủ tịch UBND xã Phú An, cho biết gia đình ông Trần Văn Tư có 3 "
        "ha sầu riêng.",
        "3 ha",
        "Trần Văn Tư",
    ),
    # families counted are no one's family; an owner named after the family keeps its figure
    (
        "Ông Sáu cho biết cả xã Tân Hòa có 100 gia đình nuôi tôm với sản lượng 500 tấn.",
        "500 tấn",
        "xã Tân Hòa",
    ),
    (
        "Ông Võ Văn Ba, ngụ xã Phú An, cho biết gia đình ông có 3 ha sầu riêng và năng suất "
        "bình quân của tỉnh Tiền Giang là 20 tấn/ha.",
        "20 tấn/ha",
        "tỉnh Tiền Giang",
    ),
    (
        "Ông Võ Văn Ba cho biết, Công ty Vinamit thu mua cho gia đình ông 30 tấn mít.",
        "30 tấn",
        "Công ty Vinamit",
    ),
]

# Rule ``sector_of_country``: a place written after the field of an organisation named in
# the article, as its name writes it ("Bóng chuyền Việt Nam"), stands for the organisation,
# in the ranking of the article's subjects too; a field in lower case ("ngành bóng chuyền
# Việt Nam") stays the place.
SECTORS_OF_COUNTRY = [
    (
        "Bóng chuyền Việt Nam đặt mục tiêu vào top 4 châu Á\n\nHà Nội, ngày 4/12/2026 - Liên "
        "đoàn Bóng chuyền Việt Nam (VFV) vừa công bố kế hoạch năm 2027. Bóng chuyền Việt Nam "
        "đặt mục tiêu giành 2 huy chương tại giải vô địch châu Á.",
        "2 huy chương",
        "Liên đoàn Bóng chuyền Việt Nam",
    ),
    (
        "Thể thao Việt Nam hướng tới 90 HCV tại SEA Games 34\n\nĐoàn Thể thao Việt Nam sẽ tham "
        "dự SEA Games 34 tại Malaysia. Việt Nam từng đứng nhất SEA Games 31.\n\nTổng kinh phí "
        "chuẩn bị khoảng 185 tỷ đồng.",
        "khoảng 185 tỷ đồng",
        "Đoàn Thể thao Việt Nam",
    ),
    (
        "Liên đoàn Bóng chuyền Việt Nam (VFV) vừa tổ chức hội nghị tổng kết. Năm 2026, ngành "
        "bóng chuyền Việt Nam có 1.200 vận động viên chuyên nghiệp.",
        "1.200 vận động viên",
        "Việt Nam",
    ),  # an association's field opening a sentence speaks of the field at large; a company's
    # short name there is the company
    (
        "Hiệp hội Dệt may Việt Nam vừa tổ chức hội nghị. Dệt may Việt Nam xuất khẩu 44 tỷ USD "
        "trong năm 2025.",
        "44 tỷ USD",
        "Việt Nam",
    ),
    (
        "Tập đoàn Xây dựng Hòa Bình công bố kết quả. Xây dựng Hòa Bình đạt doanh thu 11.000 tỷ "
        "đồng.",
        "11.000 tỷ đồng",
        "Tập đoàn Xây dựng Hòa Bình",
    ),
    # a goal's owner is read from its own mention, not from another of the same name
    (
        "Liên đoàn Điền kinh Việt Nam vừa họp. Tại SEA Games 34, Điền kinh Việt Nam góp 10 HCV, "
        "còn đoàn thể thao Việt Nam đặt mục tiêu giành 100 HCV.",
        "100 HCV",
        "Việt Nam",
    ),
]

# Rule ``team_field``: a sport and a country written together ("Cử tạ Việt Nam", "bơi lội
# Việt Nam") stand for the national team of that sport the article names, before the
# federation of the sport; with no team named, the federation (rule sector_of_country).
TEAM_FIELDS = [
    (
        "Cử tạ Việt Nam đặt mục tiêu 3 HCV tại ASIAD\n\nLiên đoàn Cử tạ Việt Nam vừa chốt "
        "danh sách. Đội tuyển cử tạ quốc gia có 14 vận động viên. Cử tạ Việt Nam đặt mục tiêu "
        "giành 3 HCV tại ASIAD.",
        "3 HCV",
        "Đội tuyển cử tạ quốc gia",
    ),
    (
        "Liên đoàn Bơi lội Việt Nam cho biết đội tuyển bơi lội Việt Nam đã tập huấn tại Úc. "
        "Chuyên gia dự báo bơi lội Việt Nam có thể giành 4 HCV tại SEA Games.",
        "4 HCV",
        "đội tuyển bơi lội Việt Nam",
    ),
    (
        "Liên đoàn Bơi lội Việt Nam vừa họp. Bơi lội Việt Nam đặt mục tiêu giành 4 HCV.",
        "4 HCV",
        "Liên đoàn Bơi lội Việt Nam",
    ),
    # a team of another sport is not that sport's
    (
        "Đội tuyển bóng bàn Việt Nam vừa về nước. Liên đoàn Bơi lội Việt Nam vừa họp. Bơi lội "
        "Việt Nam đặt mục tiêu giành 4 HCV.",
        "4 HCV",
        "Liên đoàn Bơi lội Việt Nam",
    ),
]

# Rules ``setting_owner`` and ``event_name``: a goal's owner that its sentence gives only as
# a setting ("tại Hàn Quốc") is no owner of its figure; nor is a place closing an event's
# name ("Giải vô địch châu Á"): the figure's subject is read as any figure's is.
SETTING_OWNERS = [
    (
        "Liên đoàn Bơi lội Việt Nam công bố lộ trình năm 2027:\n- Tháng 4/2027: tham dự Giải "
        "vô địch châu Á tại Thái Lan, mục tiêu giành ít nhất 2 huy chương;\n- Tháng 9/2027: "
        "thi đấu SEA Games.",
        "ít nhất 2 huy chương",
        "Liên đoàn Bơi lội Việt Nam",
    ),
    (
        "Năm 2027, Tập đoàn Hoa Sen đặt mục tiêu mở thêm 20 cửa hàng tại Úc.",
        "20 cửa hàng",
        "Tập đoàn Hoa Sen",
    ),
    (
        "Đội tuyển bắn cung Việt Nam vừa về nước. Tại Giải vô địch châu Á, đội giành 2 huy "
        "chương bạc.",
        "2 huy chương bạc",
        "Đội tuyển bắn cung Việt Nam",
    ),  # the team named before (rule national_team), not its country
    # an event's name writes its later syllables in lower case; a noun referring back to
    # the setting's place names it again
    (
        "Đại hội Thể thao châu Á năm 2026 thu hút 12.000 vận động viên.",
        "12.000 vận động viên",
        None,
    ),
    (
        "Tại Hội nghị xúc tiến đầu tư tỉnh Bình Định, tỉnh thu hút cam kết 5 tỷ USD.",
        "5 tỷ USD",
        "tỉnh Bình Định",
    ),
    # "Giải ngân" is no event: the place that opens the clause owns the figure
    (
        "Giải ngân vốn đầu tư công 10 tháng đạt 65%. Tại Hà Nội, giải ngân đạt 8.200 tỷ đồng.",
        "8.200 tỷ đồng",
        "Hà Nội",
    ),
]


# Rule ``figure_owner``: a goal's figure whose subject the rules read as one who is not the
# owner the targets stage found for the goal (a body the plan is sent to, "trình", "gửi")
# keeps that reading, and the target takes it as its owner; an owner the goal's sentence
# names right before a verb of setting a goal ("Việt Nam đặt mục tiêu …") stays, over a
# company met in an opening clause.
FIGURE_OWNERS = [
    (
        "Bộ Xây dựng vừa trình Chính phủ đề án phát triển nhà ở xã hội, với mục tiêu hoàn "
        "thành 300.000 căn đến năm 2030.",
        "300.000 căn",
        "Bộ Xây dựng",
    ),
    (
        "Tổng công ty Điện lực miền Trung vừa gửi Bộ Công Thương kế hoạch năm 2027 với sản "
        "lượng điện thương phẩm 25 tỷ kWh.",
        "25 tỷ kWh",
        "Tổng công ty Điện lực miền Trung",
    ),
    (
        "Công ty Cổ phần Cao su Phú Thịnh đã trình Tập đoàn Công nghiệp Cao su Việt Nam kế "
        "hoạch năm 2027 với doanh thu 1.200 tỷ đồng.",
        "1.200 tỷ đồng",
        "Công ty Cổ phần Cao su Phú Thịnh",
    ),
    (
        "Hà Nội, ngày 3/12/2026 - Gặp Chủ tịch Tập đoàn Samsung, Thủ tướng khẳng định năm "
        "2027 Việt Nam đặt mục tiêu cải thiện môi trường kinh doanh, phấn đấu tăng trưởng GDP "
        "từ 8-8,5%.",
        "từ 8-8,5%",
        "Việt Nam",
    ),
    # words of time or manner between the owner and the verb of its goal
    (
        "Sau khi thâu tóm Công ty Sữa Bình An, Tập đoàn Thực phẩm Hoàng Long năm nay dự kiến "
        "đạt doanh thu 8.000 tỷ đồng.",
        "8.000 tỷ đồng",
        "Tập đoàn Thực phẩm Hoàng Long",
    ),
    (
        "Bên cạnh Công ty Cổ phần Cảng Hòa Phong, Tổng công ty Hàng hải Phương Nam cũng phấn "
        "đấu đạt sản lượng 30 triệu tấn trong năm 2027.",
        "30 triệu tấn",
        "Tổng công ty Hàng hải Phương Nam",
    ),
]


@pytest.mark.parametrize(("text", "figure", "owner"), FIGURE_OWNERS)
def test_a_goals_owner_is_its_figures_subject(
    extractor: Extractor, text: str, figure: str, owner: str
) -> None:
    record = extractor.extract(text)
    (target,) = [t for t in record.targets if t.amount is not None and t.amount.text == figure]
    assert target.owner == owner
    assert target.amount is not None and target.amount.subject == owner


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    SETTING_OWNERS
    + FIGURE_OWNERS
    + SECTORS_OF_COUNTRY
    + TEAM_FIELDS
    + PERSON_FAMILIES
    + OPENING_WITH
    + PROVINCE_REFERRED
    + REFERRED_IN_CLAUSE
    + TURNED
    + PLACE_AFTER
    + SETTINGS
    + BRACKETED_SHORT_NAME
    + LISTED_CLAUSE
    + STATE_BODIES
    + ROUTE_PLACES
    + RANK_SCOPES
    + APPOSED_PLACES
    + LISTED_PLATFORMS
    + COUNTERPARTS
    + NATIONWIDE
    + NATIONWIDE_BY_BODY
    + FORECASTERS
    + FORECAST_PLACES
    + FORECASTER_ASIDES
    + ANALYST_EMPLOYERS
    + MARKET_INDEXES
    + MARKET_SCOPES
    + LISTED_NOT_CARRIED
    + POSSESSORS
    + PARTS_OF_FIGURES
    + RECIPIENTS
    + NOT_RECIPIENTS
    + TOPIC_SENTENCES
    + MARKET_PRICES
    + GLOBAL_FIGURES
    + PRICE_PLACES
    + BRACKETED_FIGURES
    + LIST_HEADINGS
    + REPORTERS
    + FACILITIES
    + WITH_FIGURES
    + TRADE_PARTNERS
    + MARKETS
    + SETTINGS_WRITTEN_AROUND
    + WHOLE_CITY
    + REFERRED_BY_KIND
    + BOARD_MAIN
    + REFERRED_AFTER_LEAD
    + FORECASTS_UNOWNED
    + UNNAMED_GROUPS
    + SOURCES_WITH_A_NOUN
    + SOURCE_PHRASES
    + NATIONAL_SOURCES
    + EVENT_PLACES
    + LEFT_ALONE,
)
def test_subject(
    amount_of: Callable[[str, str], Amount], text: str, figure: str, subject: str | None
) -> None:
    assert amount_of(text, figure).subject == subject


# Rule ``paragraph_main``: a new paragraph that names nobody goes on about the article's
# main subject, not about a place the paragraph before named in passing.
def test_a_new_paragraph_goes_on_about_the_main_subject(
    amount_of: Callable[[str, str], Amount],
) -> None:
    text = (
        "Năm 2025, Việt Nam xuất khẩu 1,3 triệu tấn cà phê. Việt Nam là nước xuất khẩu lớn "
        "thứ hai thế giới.\n\nGiá cà phê tại Tây Nguyên tăng mạnh. Gia Lai và Kon Tum là hai "
        "địa phương trồng nhiều nhất.\n\nLượng hồ tiêu xuất khẩu đạt 210.000 tấn."
    )
    assert amount_of(text, "210.000 tấn").subject == "Việt Nam"


# Rule ``no_main``: an article that names its main subject once, and not in its headline
# or lead, is about nobody in particular: a paragraph that names nobody gives its figures
# to nobody; named twice or in the headline or lead, the subject is the article's.
@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Lãi suất tiết kiệm tăng nhẹ\n\nTrong tháng 11, lãi suất tiết kiệm bình quân tăng "
            "0,2 điểm phần trăm. Riêng Ngân hàng TMCP Phương Nam tăng thêm 0,3 điểm phần trăm."
            "\n\nLãi suất cho vay bình quân của hệ thống ở mức 9,1%/năm.",
            None,
        ),
        (
            "Lãi suất tiết kiệm tại Ngân hàng TMCP Phương Nam tăng thêm 0,3 điểm phần trăm. "
            "Ngân hàng TMCP Phương Nam có 120 chi nhánh.\n\nLãi suất cho vay bình quân ở mức "
            "9,1%/năm.",
            "Ngân hàng TMCP Phương Nam",
        ),
        (
            "Ngân hàng TMCP Phương Nam tăng lãi suất tiết kiệm thêm 0,3 điểm phần trăm.\n\n"
            "Lãi suất cho vay bình quân ở mức 9,1%/năm.",
            "Ngân hàng TMCP Phương Nam",
        ),
        (  # named in the headline, wherever there
            "Lãi suất cho vay của Ngân hàng TMCP Phương Nam giảm\n\nTheo báo cáo vừa công bố, "
            "lãi suất cho vay bình quân ở mức 9,1%/năm.",
            "Ngân hàng TMCP Phương Nam",
        ),
    ],
)
def test_a_paragraph_naming_nobody_is_about_a_main_subject_named_twice_or_in_the_lead(
    amount_of: Callable[[str, str], Amount], text: str, subject: str | None
) -> None:
    assert amount_of(text, "9,1%/năm").subject == subject


# Rule ``headline_place``: a place in the headline counts twice for the article's main
# place: "toàn tỉnh" is the headline's province, not an island the body names as often.
def test_the_headline_place_is_the_main_place(
    amount_of: Callable[[str, str], Amount],
) -> None:
    text = (
        "Khánh Hòa hướng tới 15 triệu lượt khách vào năm 2030\n\n"
        "Khánh Hòa có nhiều điểm đến, trong đó Cam Ranh hút khách trẻ. Năm 2025, Cam Ranh đón "
        "210.000 lượt khách. Cam Ranh cũng có 40 khu nghỉ dưỡng.\n\n"
        "Trong 10 tháng, toàn tỉnh đón 5,2 triệu lượt khách."
    )
    assert amount_of(text, "5,2 triệu lượt khách").subject == "Khánh Hòa"


# Rule ``lead_topic``: the organisation that opens the lead's report counts twice for the
# article's main subject, after a date line too; a state body that opens it ("Tổng cục Thống
# kê cho biết, …") reports on others and counts once.
@pytest.mark.parametrize(
    ("dateline", "subject"),
    [
        ("", "Công ty cổ phần Cao tốc Miền Trung"),
        ("Hà Nội, 3/10/2026 - ", "Công ty cổ phần Cao tốc Miền Trung"),
    ],
)
def test_the_organisation_opening_the_lead_is_the_main_subject(
    amount_of: Callable[[str, str], Amount], dateline: str, subject: str
) -> None:
    text = (
        f"{dateline}Công ty cổ phần Cao tốc Miền Trung vừa công bố kết quả khai thác 9 tháng đầu "
        "năm 2026. Doanh thu thu phí đạt 860 tỷ đồng.\n\nViệt Nam hiện có 3.300 km cao tốc đưa "
        "vào khai thác. Đến năm 2030, Việt Nam cần thêm 1.700 km, đưa mạng lưới của Việt Nam "
        "lên 5.000 km.\n\nTuyến dài 65 km, lưu lượng bình quân đạt 21.000 lượt xe/ngày.\n\n"
        "Công ty cổ phần Cao tốc Miền Trung đề xuất tăng giá vé thêm 8%."
    )
    assert amount_of(text, "65 km").subject == subject


def test_a_state_body_opening_the_lead_counts_once(
    amount_of: Callable[[str, str], Amount],
) -> None:
    text = (
        "Cục Thuế tỉnh Bình Định cho biết, 2 tháng đầu năm 2026, thu ngân sách đạt 2.100 tỷ "
        "đồng.\n\nÔng Lê Văn Hòa, Cục trưởng Cục Thuế tỉnh Khánh Hòa, cho biết Cục Thuế tỉnh "
        "Khánh Hòa đã thu 3.400 tỷ đồng.\n\nSố thu từ doanh nghiệp nhà nước tăng 12%."
    )
    assert amount_of(text, "12%").subject == "Cục Thuế tỉnh Khánh Hòa"


# A national body speaks for the country when the article's main subject is ranked, but a
# foreign one does not speak for the home country: the company stays the main subject.
@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Bộ Thương mại Hoa Kỳ", "Công ty cổ phần Thép Minh Khang"),
        ("Bộ Kinh tế Nhật Bản", "Công ty cổ phần Thép Minh Khang"),
        ("Bộ Công Thương", "Việt Nam"),
    ],
)
def test_a_foreign_national_body_does_not_speak_for_the_home_country(
    amount_of: Callable[[str, str], Amount], body: str, subject: str
) -> None:
    text = (
        "Thép Minh Khang lãi lớn dù chịu thuế chống bán phá giá\n\nCông ty cổ phần Thép Minh "
        f"Khang vừa công bố kết quả kinh doanh 9 tháng. Theo {body}, thép cán nguội của Việt "
        f"Nam chịu thuế chống bán phá giá. {body} sẽ ra kết luận cuối cùng vào tháng 3/2027. "
        f"{body} cũng đang xem xét mặt hàng tôn mạ. {body} sẽ tham vấn các bên liên quan.\n\n"
        "Doanh thu 9 tháng đạt 2.150 tỷ đồng."
    )
    assert amount_of(text, "2.150 tỷ đồng").subject == subject


# A first line that reads as a paragraph (a full stop at its end) is no headline: its place
# counts once.
def test_a_first_paragraph_is_no_headline(
    amount_of: Callable[[str, str], Amount],
) -> None:
    text = (
        "Lượng khách quốc tế đến Đà Nẵng trong 10 tháng tăng 20% so với cùng kỳ.\n"
        "Năm 2025, Quảng Nam đón 8 triệu lượt khách, doanh thu du lịch của Quảng Nam đạt 9.000 "
        "tỷ đồng.\nTrong 10 tháng, toàn tỉnh đón 5 triệu lượt khách."
    )
    assert amount_of(text, "5 triệu lượt khách").subject == "Quảng Nam"
