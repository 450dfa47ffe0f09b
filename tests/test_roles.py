"""The role stage: one table of sentences per rule (written for vnextract, news style)."""

from __future__ import annotations

import pytest

import vnextract
from vnextract.amounts import find_amounts
from vnextract.document import Document
from vnextract.roles import HEADLINE_FIGURE, ROLE_RULES, explain_roles
from vnextract.targets import find_targets
from vnextract.years import find_years

# (sentence, the amount's text, its role, the rule that decides it)
Case = tuple[str, str, str, str]

TARGET_CASES: list[Case] = [
    (
        "Năm 2026, Công ty Cổ phần Dệt Hòa Bình đặt mục tiêu doanh thu 2.400 tỷ đồng.",
        "2.400 tỷ đồng",
        "target",
        "in_target",
    ),
    (
        "Hội đồng quản trị đề xuất chia cổ tức 12% bằng tiền mặt.",
        "12%",
        "target",
        "plan_cue",
    ),
    (
        "Ban lãnh đạo dự kiến tạm ứng cổ tức đợt hai năm 2026 với tỷ lệ 15%.",
        "15%",
        "target",
        "plan_cue",
    ),
]

HEADLINE_AND_RESTATED_CASES: list[Case] = [
    (
        "Bình Dương phấn đấu thu nhập 9.000 USD/người\n\nĐến năm 2030, tỉnh phấn đấu thu nhập "
        "bình quân đầu người đạt 9.000 USD.",
        "9.000 USD/người",
        "target",
        "headline_goal",
    ),
    (
        "Đến năm 2030, GRDP bình quân đầu người đạt khoảng 9.000 USD (khoảng 230 triệu đồng).",
        "230 triệu đồng",
        "target",
        "restated_goal",
    ),
    # a goal's change or equivalent right after its figure and a comma is the goal's too
    (
        "Năm 2027, Tổng công ty Viglacera đặt kế hoạch lợi nhuận trước thuế 1.450 tỷ đồng, "
        "tăng 12% so với năm 2026.",
        "12%",
        "target",
        "restated_goal",
    ),
    (
        "Đại hội đồng cổ đông thông qua kế hoạch chia cổ tức năm 2026 bằng tiền mặt tỷ lệ 18%, "
        "tương ứng khoảng 2.700 tỷ đồng.",
        "khoảng 2.700 tỷ đồng",
        "target",
        "restated_goal",
    ),
    (
        "Tỉnh được giao dự toán thu ngân sách 31.200 tỷ đồng, cao hơn 7,2% so với năm trước.",
        "7,2%",
        "target",
        "restated_goal",
    ),
]

RESULT_CASES: list[Case] = [
    # after a result's figure the same words give a result's change
    (
        "Năm 2026, lợi nhuận trước thuế của Viglacera đạt 1.380 tỷ đồng, tăng 9%.",
        "9%",
        "result",
        "default_result",
    ),
    # what a dividend pays per share is a payout, not a price
    (
        "Năm 2025, công ty chia cổ tức bằng tiền mặt với tỷ lệ 20%, tương đương 2.000 đồng "
        "mỗi cổ phiếu.",
        "2.000 đồng mỗi cổ phiếu",
        "result",
        "default_result",
    ),
    # rule not_plan: "mục tiêu" inside a programme's name states no plan
    (
        "Năm 2026, vốn từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới là 640 tỷ đồng.",
        "640 tỷ đồng",
        "result",
        "default_result",
    ),
    # rule contrast: after ", nhưng" the sentence tells how things stand
    (
        "Đề án đặt mục tiêu xây dựng 1 triệu căn hộ đến năm 2030, nhưng đến nay các địa "
        "phương mới hoàn thành khoảng 50.000 căn.",
        "khoảng 50.000 căn",
        "result",
        "default_result",
    ),
    # rule set_phrase: a plan word in a phrase naming a set ("Trong số 40 dự án được
    # giao vốn,") qualifies the set; the figures after its comma are results
    (
        "Trong số 40 dự án được giao vốn, chỉ có 12 dự án giải ngân trên 60%.",
        "12 dự án",
        "result",
        "default_result",
    ),
    (
        "Trong số 1.250 dự án được giao vốn, 300 dự án giải ngân trên 60%.",
        "300 dự án",
        "result",
        "default_result",
    ),
    # rule achieved_so_far: "mới giải ngân", "lũy kế" say what is done; the plan word
    # before them reaches no further
    (
        "Năm 2026, dự án được giao kế hoạch vốn 7.200 tỷ đồng; đến ngày 15/9 mới giải ngân "
        "2.950 tỷ đồng, đạt 41%.",
        "2.950 tỷ đồng",
        "result",
        "default_result",
    ),
    (
        "Năm 2026, dự án được giao kế hoạch vốn 7.200 tỷ đồng; đến ngày 15/9 mới giải ngân "
        "2.950 tỷ đồng, đạt 41%.",
        "41%",
        "result",
        "default_result",
    ),
    (
        "Tổng công ty dự kiến đầu tư 3.400 tỷ đồng, lũy kế đã thực hiện 1.150 tỷ đồng.",
        "1.150 tỷ đồng",
        "result",
        "default_result",
    ),
    # "đã thực hiện", "đã hoàn thành", "đã đạt" say it too; "ước đã …" is an estimate
    (
        "Năm 2026, công ty được giao kế hoạch sản xuất 120.000 tấn; sau 10 tháng đã thực hiện "
        "96.000 tấn.",
        "96.000 tấn",
        "result",
        "default_result",
    ),
    (
        "So với kế hoạch năm 2026 được đại hội cổ đông thông qua là 900 tỷ đồng lợi nhuận, sau 9 "
        "tháng công ty đã hoàn thành 78%.",
        "78%",
        "result",
        "default_result",
    ),
    # rule measured_results: a breakdown measured against the plan before it is a result
    (
        "Năm 2025, tỉnh được giao dự toán thu 12.000 tỷ đồng. Trong đó, thu nội địa khoảng "
        "9.000 tỷ đồng, bằng 104% dự toán.",
        "khoảng 9.000 tỷ đồng",
        "result",
        "default_result",
    ),
    (  # the level a planned change starts from: last year's figure
        "Lợi nhuận trước thuế năm 2026 dự kiến tăng 14%, từ 2.100 tỷ đồng lên 2.394 tỷ đồng.",
        "2.100 tỷ đồng",
        "result",
        "plan_from_level",
    ),
    (  # a revised plan keeps both figures as plans
        "Công ty điều chỉnh kế hoạch lợi nhuận năm 2026 từ 700 tỷ đồng lên 820 tỷ đồng.",
        "700 tỷ đồng",
        "target",
        "plan_cue",
    ),
    (  # a plan word inside a quoted title closed before the figure
        "Sau 2 năm thực hiện Đề án “Về phát triển du lịch, định hướng đến năm 2030”, "
        "doanh thu du lịch tăng bình quân 14%.",
        "14%",
        "result",
        "default_result",
    ),
    (
        "Năm 2025, thành phố thu hút 120 dự án với số vốn đầu tư đạt 2,1 tỷ USD.",
        "2,1 tỷ USD",
        "result",
        "default_result",
    ),
    ("Quý III, giá vốn hàng bán của công ty giảm hơn 4%.", "hơn 4%", "result", "default_result"),
    (
        "Cả năm doanh thu ước đạt 3.500 tỷ đồng. Riêng tháng 10, doanh thu đạt 310 tỷ đồng.",
        "310 tỷ đồng",
        "result",
        "default_result",
    ),
    (
        "Năm 2024, doanh thu của công ty đạt 1.830 tỷ đồng.",
        "1.830 tỷ đồng",
        "result",
        "default_result",
    ),
    (
        "Lợi nhuận năm ngoái vượt 8% kế hoạch, đạt 96 tỷ đồng.",
        "96 tỷ đồng",
        "result",
        "default_result",
    ),
    (
        "Tỉnh có hơn 4.100 doanh nghiệp đang hoạt động.",
        "hơn 4.100 doanh nghiệp",
        "result",
        "default_result",
    ),
]

ESTIMATE_CASES: list[Case] = [
    (
        "Năm 2025, xuất khẩu lâm sản ước đạt 16 tỷ USD. Trong đó, gỗ và sản phẩm gỗ 15,2 tỷ USD.",
        "15,2 tỷ USD",
        "estimate",
        "estimate_cue",
    ),
    (
        "Cổ đông lớn nhất dự kiến nhận hơn 500 tỷ đồng tiền cổ tức.",
        "hơn 500 tỷ đồng",
        "estimate",
        "estimate_cue",
    ),
    (
        "Năm 2025, GRDP của huyện ước đạt 9.200 tỷ đồng, tăng 7,1%.",
        "9.200 tỷ đồng",
        "estimate",
        "estimate_cue",
    ),
    (
        "Năm 2025, GRDP của huyện ước đạt 9.200 tỷ đồng, tăng 7,1%.",
        "7,1%",
        "estimate",
        "estimate_cue",
    ),
    ("Kim ngạch xuất khẩu 11 tháng ước tính 2,4 tỷ USD.", "2,4 tỷ USD", "estimate", "estimate_cue"),
    (
        "Sau 10 tháng, tổng công ty ước đã hoàn thành khoảng 84% kế hoạch doanh thu năm.",
        "khoảng 84%",
        "estimate",
        "estimate_cue",
    ),
    # the cue the amount's own words open with ("ước khoảng …")
    (
        "Năm 2026, sản lượng lúa cả năm ước khoảng 7,2 triệu tấn, giá trị đạt 61.000 tỷ đồng.",
        "ước khoảng 7,2 triệu tấn",
        "estimate",
        "estimate_cue",
    ),
]

FORECAST_CASES: list[Case] = [
    # a figure that may come about ("có thể"), unless the sentence's own
    # estimate says otherwise or a capacity's unit makes it a size
    (
        "Theo Chứng khoán Rồng Việt, VN-Index có thể chạm mốc 1.950 điểm trong năm 2027.",
        "1.950 điểm",
        "forecast",
        "possible_outcome",
    ),
    (
        "Theo giới lữ hành, lượng khách quốc tế đến Huế năm 2027 có thể tăng 20-25%.",
        "20-25%",
        "forecast",
        "possible_outcome",
    ),
    (
        "Sở Tài chính ước tính cả năm số thu có thể đạt khoảng 41.800 tỷ đồng.",
        "khoảng 41.800 tỷ đồng",
        "estimate",
        "estimate_cue",
    ),
    (
        "Nhà máy có công suất 50.000 xe/năm, có thể nâng lên 150.000 xe/năm.",
        "150.000 xe/năm",
        "spec",
        "standing_unit",
    ),
    ("Các chuyên gia dự báo giá thép quý tới tăng 5%.", "5%", "forecast", "forecast_sentence"),
    (
        "Kế hoạch được xây dựng dựa trên giả định giá dầu 65 USD/thùng.",
        "65 USD/thùng",
        "forecast",
        "forecast_sentence",
    ),
    # rule forecast_list: an item of a list whose heading forecasts
    (
        "Với năm 2027, CBRE dự báo:\n- Nguồn cung căn hộ mới đạt khoảng 15.000 căn;\n- Giá bán "
        "sơ cấp tăng thêm 5-7%.",
        "5-7%",
        "forecast",
        "forecast_sentence",
    ),
]

SPEC_CASES: list[Case] = [
    # a share of a standing figure, and a part named in the sentence after it ("Trong đó, …")
    (
        "Nhà máy xi măng có tổng mức đầu tư 2.300 tỷ đồng, trong đó vốn vay chiếm 65%.",
        "65%",
        "spec",
        "part_of_spec",
    ),
    (
        "Cao tốc có tổng mức đầu tư 9.800 tỷ đồng. Trong đó, vốn ngân sách tham gia 4.200 tỷ đồng.",
        "4.200 tỷ đồng",
        "spec",
        "part_of_spec",
    ),
    # a share of a result stays a result
    (
        "Năm 2026, doanh thu của công ty đạt 1.450 tỷ đồng, trong đó xuất khẩu chiếm 60%.",
        "60%",
        "result",
        "default_result",
    ),
    # a part of a standing figure, after "trong đó"; a count of another thing is no part
    (
        "Tổng mức đầu tư của tuyến là 12.500 tỷ đồng, trong đó vốn ngân sách trung ương "
        "khoảng 9.000 tỷ đồng.",
        "khoảng 9.000 tỷ đồng",
        "spec",
        "part_of_spec",
    ),
    # a part in another currency is still a part of the sum ("vốn vay ODA … triệu USD")
    (
        "Dự án cấp nước có tổng mức đầu tư 4.650 tỷ đồng, trong đó vốn vay ADB khoảng 120 "
        "triệu USD, phần còn lại là vốn đối ứng của tỉnh.",
        "khoảng 120 triệu USD",
        "spec",
        "part_of_spec",
    ),
    (
        "Tổng vốn đầu tư của nhà máy là 6.200 tỷ đồng. Trong đó, đối tác Nhật Bản góp 95 triệu "
        "USD.",
        "95 triệu USD",
        "spec",
        "part_of_spec",
    ),
    # a sum of money in another currency after a result is no part of a standing figure
    (
        "Năm 2026, doanh thu của tập đoàn đạt 9.400 tỷ đồng, trong đó xuất khẩu mang về "
        "150 triệu USD.",
        "150 triệu USD",
        "result",
        "default_result",
    ),
    (
        "Cả nước có 700 dự án với quy mô khoảng 600.000 căn, trong đó 160 dự án đã hoàn thành.",
        "160 dự án",
        "result",
        "default_result",
    ),
    # a project's registered capital and design speed are standing properties; a
    # province's registered total is a result ("tổng vốn đăng ký")
    # a service's frequency and an investment rate are standing properties too
    (
        "Hãng khai trương đường bay Đà Nẵng - Busan với tần suất 5 chuyến mỗi tuần.",
        "5 chuyến mỗi tuần",
        "spec",
        "spec_noun",
    ),
    (
        "Khu công nghệ cao chỉ nhận dự án có suất đầu tư tối thiểu 8 triệu USD/ha.",
        "tối thiểu 8 triệu USD/ha",
        "spec",
        "spec_noun",
    ),
    (
        "Nhà máy có vốn đăng ký 280 triệu USD, vận tốc thiết kế dây chuyền 120 m/phút.",
        "280 triệu USD",
        "spec",
        "spec_noun",
    ),
    (
        "Năm 2025, tổng vốn đăng ký của các dự án FDI đạt 1,8 tỷ USD.",
        "1,8 tỷ USD",
        "result",
        "default_result",
    ),
    (  # what a plan costs, after a reporting verb
        "Ông Hải cho biết kinh phí thực hiện đề án dự kiến khoảng 3.200 tỷ đồng.",
        "khoảng 3.200 tỷ đồng",
        "spec",
        "cost_clause",
    ),
    (  # a change of a cost is a result
        "Năm 2025, kinh phí vận hành giảm 12% so với năm trước.",
        "12%",
        "result",
        "default_result",
    ),
    ("Nhà máy điện mặt trời Ninh Phước có công suất 120 MW.", "120 MW", "spec", "spec_noun"),
    ("Năm 2026, bệnh viện đưa vào sử dụng khối nhà 18 tầng.", "18 tầng", "spec", "standing_unit"),
    # what an actor will receive: money is its estimate, a thing delivered its plan
    (
        "Cổ đông nhà nước sẽ nhận khoảng 210 tỷ đồng cổ tức.",
        "khoảng 210 tỷ đồng",
        "estimate",
        "estimate_cue",
    ),
    ("Năm 2026, hãng dự kiến nhận thêm 15 tàu bay.", "15 tàu bay", "target", "plan_cue"),
    # a total of capital: one project's standing figure, but the sum over things the
    # sentence counts ("68 dự án với tổng vốn") is a result
    (
        "Nhà máy chế biến thứ ba của công ty, công suất 8.000 tấn/năm, tổng vốn khoảng "
        "420 tỷ đồng.",
        "khoảng 420 tỷ đồng",
        "spec",
        "spec_noun",
    ),
    (
        "Năm 2026, Bình Định cấp mới giấy chứng nhận cho 57 dự án với tổng vốn 9.300 tỷ đồng.",
        "9.300 tỷ đồng",
        "result",
        "default_result",
    ),
    (  # "tổng mức đầu tư" is one project's approved cost, whatever it is made of
        "Thành phố triển khai 7 dự án chống ngập với tổng mức đầu tư khoảng 18.000 tỷ đồng.",
        "khoảng 18.000 tỷ đồng",
        "spec",
        "spec_noun",
    ),
    # a property word opening its clause names the figure at the end of its noun phrase
    (
        "Tổng vốn đầu tư của nhà ga hành khách quốc tế khoảng 12.600 tỷ đồng.",
        "khoảng 12.600 tỷ đồng",
        "spec",
        "spec_noun",
    ),
    (  # a time or another figure between: a period's result, a sum
        "Tổng vốn đầu tư toàn xã hội năm 2025 của tỉnh khoảng 95.000 tỷ đồng.",
        "khoảng 95.000 tỷ đồng",
        "result",
        "default_result",
    ),
    (
        "Tổng vốn đầu tư của 12 dự án trọng điểm khoảng 45.000 tỷ đồng.",
        "khoảng 45.000 tỷ đồng",
        "result",
        "default_result",
    ),
    (
        "Lãi suất cho vay người mua nhà ở xã hội hiện ở mức 6,2%/năm.",
        "6,2%/năm",
        "spec",
        "spec_noun",
    ),
    (  # a verb between: a result
        "Tổng vốn đầu tư toàn xã hội của tỉnh năm 2026 đã đạt 52.000 tỷ đồng.",
        "52.000 tỷ đồng",
        "result",
        "default_result",
    ),
    (  # a count after "của" says whose the property is; the figure is the money
        "Tổng vốn đầu tư hạ tầng của 4 cụm công nghiệp này khoảng 1.900 tỷ đồng.",
        "4 cụm công nghiệp",
        "result",
        "default_result",
    ),
    (  # utilisation and planted area look like properties but are measured
        "Công suất sử dụng giường bệnh bình quân của bệnh viện ở mức 108%.",
        "108%",
        "result",
        "default_result",
    ),
    (
        "Diện tích trồng sầu riêng toàn tỉnh hiện khoảng 32.000 ha.",
        "khoảng 32.000 ha",
        "result",
        "default_result",
    ),
    (
        "Dự án khu đô thị mới có tổng vốn đầu tư hơn 6.000 tỷ đồng.",
        "hơn 6.000 tỷ đồng",
        "spec",
        "spec_noun",
    ),
    ("Khu công nghiệp rộng 450 ha nằm sát quốc lộ 1A.", "450 ha", "spec", "spec_noun"),
    # a vessel's, a reservoir's or a channel's size
    ("Nhà máy đóng mới 3 tàu hàng trọng tải 22.000 tấn.", "22.000 tấn", "spec", "spec_noun"),
    ("Hồ Ia Mơr có dung tích 178 triệu m3 nước.", "178 triệu m3", "spec", "spec_noun"),
    ("Luồng vào cảng có độ sâu 14,5 m sau khi nạo vét.", "14,5 m", "spec", "spec_noun"),
    ("Thương lái thu mua hồ tiêu với giá 142.000 đồng/kg.", "142.000 đồng/kg", "spec", "spec_noun"),
    (
        "Sầu riêng loại một được bán 85.000 đồng/kg tại vườn.",
        "85.000 đồng/kg",
        "spec",
        "price_per_unit",
    ),
    (
        "Tập đoàn nâng tổng vốn đầu tư tại Bắc Giang lên 1,2 tỷ USD.",
        "1,2 tỷ USD",
        "spec",
        "spec_noun",
    ),
    (  # the price word opens the clause: its figure closes the clause's noun phrase
        "Giá cổ phiếu VNM đóng cửa ở 62.000 đồng/cổ phiếu.",
        "62.000 đồng/cổ phiếu",
        "spec",
        "spec_noun",
    ),
    (
        "Trên sàn HoSE, cổ phiếu VNM đóng cửa ở 62.000 đồng/cổ phiếu.",
        "62.000 đồng/cổ phiếu",
        "spec",
        "price_per_unit",
    ),
    (  # a price after a payout word is still a price
        "Sau khi chốt quyền nhận cổ tức, giá cổ phiếu VNM giảm xuống 60.000 đồng/cổ phiếu.",
        "60.000 đồng/cổ phiếu",
        "spec",
        "price_per_unit",
    ),
    (
        "Giá lúa gạo trong tuần giảm từ 9.200 đồng/kg xuống 8.700 đồng/kg.",
        "8.700 đồng/kg",
        "spec",
        "price_per_unit",
    ),
    # a price's change is an event, not a price: "giảm 3.000 đồng/kg so với tuần trước"
    (
        "Giá hồ tiêu đen ở mức 145.000 đồng/kg, giảm 3.000 đồng/kg so với tuần trước.",
        "3.000 đồng/kg",
        "result",
        "default_result",
    ),
    (
        "Giá thuê đất bình quân 180 USD/m2, cao hơn khoảng 15 USD/m2 so với năm trước.",
        "khoảng 15 USD/m2",
        "result",
        "default_result",
    ),
    # … but a discount a rule or a seller grants is a rate, a price of its own
    (
        "Theo quy định mới, học sinh được giảm 50.000 đồng/vé khi đi tàu Tết.",
        "50.000 đồng/vé",
        "spec",
        "price_per_unit",
    ),
    (
        "Hãng áp dụng mức giảm 200.000 đồng/vé cho khách đặt sớm.",
        "200.000 đồng/vé",
        "spec",
        "price_per_unit",
    ),
    # a price per night, per trip, per ticket, per MW or per km is a price as per kg is
    (
        "Phòng khách sạn năm sao ven biển phổ biến ở mức 2,5-3 triệu đồng/đêm.",
        "2,5-3 triệu đồng/đêm",
        "spec",
        "price_per_unit",
    ),
    (
        "Vé tàu cao tốc ra đảo hiện khoảng 320.000 đồng/lượt.",
        "khoảng 320.000 đồng/lượt",
        "spec",
        "price_per_unit",
    ),
    (
        "Chi phí điện gió ngoài khơi hiện dao động 2,4-2,8 triệu USD/MW.",
        "2,4-2,8 triệu USD/MW",
        "spec",
        "price_per_unit",
    ),
    # a sentence that goes on describing a standing figure: its further figures are
    # properties too, unless they have a verb, a change or a clause of their own
    (
        "Khu nhà ở xã hội rộng 3,2 ha, gồm 4 tòa nhà cao 18 tầng với 1.200 căn hộ.",
        "1.200 căn hộ",
        "spec",
        "spec_goes_on",
    ),
    (
        "Khu nhà ở xã hội rộng 3,2 ha, gồm 4 tòa nhà cao 18 tầng với 1.200 căn hộ.",
        "18 tầng",
        "spec",
        "spec_goes_on",
    ),
    (
        "Giá nước sạch sinh hoạt ở mức 9.500 đồng/m3, thấp hơn bình quân các tỉnh lân cận "
        "khoảng 8%.",
        "khoảng 8%",
        "spec",
        "spec_goes_on",
    ),
    # "và" and "có" go on listing the same thing's parts and properties
    (
        "Tuyến metro dài 9,2 km, gồm 6,4 km đi ngầm và 2,8 km đi trên cao, có 8 nhà ga.",
        "2,8 km",
        "spec",
        "spec_goes_on",
    ),
    (
        "Tuyến metro dài 9,2 km, gồm 6,4 km đi ngầm và 2,8 km đi trên cao, có 8 nhà ga.",
        "8 nhà ga",
        "spec",
        "spec_goes_on",
    ),
    (  # unless the figure after "và" has a verb of its own
        "Nhà máy có công suất 600 MW và đã phát 2,4 tỷ kWh trong năm 2026.",
        "2,4 tỷ kWh",
        "result",
        "default_result",
    ),
    (
        "Dự án có tổng vốn đầu tư 4.100 tỷ đồng, với 2.300 tỷ đồng đã giải ngân.",
        "2.300 tỷ đồng",
        "result",
        "default_result",
    ),
    (
        "Toàn tỉnh có 36 dự án với quy mô khoảng 21.000 căn, trong đó 9 dự án đã hoàn thành.",
        "9 dự án",
        "result",
        "default_result",
    ),
    (
        "Giá cà phê nhân xô dao động 118.000-121.000 đồng/kg, lãi bình quân khoảng "
        "40 triệu đồng/ha.",
        "khoảng 40 triệu đồng/ha",
        "result",
        "default_result",
    ),
    (
        "Cổ phiếu HPG đóng cửa ở mức 27.400 đồng/cp, phục hồi 12% so với đáy tháng 4.",
        "12%",
        "result",
        "default_result",
    ),
    # a headline's figure takes what the body says of it; "trị giá" (worth) is no price
    (
        "Cảng Cái Mép đón 1,2 triệu TEU trong 10 tháng\n\nTrong 10 tháng, cảng ước đón khoảng "
        "1,2 triệu TEU, tăng 9%.",
        "1,2 triệu TEU",
        "estimate",
        "headline_figure",
    ),
    (
        "Năm 2025, tỉnh xuất khẩu 420.000 tấn gạo, trị giá 250 triệu USD.",
        "250 triệu USD",
        "result",
        "default_result",
    ),
    # rule valued_deal: "trị giá" after a deal or a project gives its standing size; the
    # sum of several deals, or "thỏa thuận" as a verb, stays a result
    (
        "Đội bóng vừa ký hợp đồng tài trợ hai mùa giải trị giá 60 tỷ đồng với một hãng sữa.",
        "60 tỷ đồng",
        "spec",
        "spec_noun",
    ),
    (
        "Bamboo Airways nhận tàu bay thứ 3 trong đơn đặt hàng 30 chiếc trị giá 4,5 tỷ USD.",
        "4,5 tỷ USD",
        "spec",
        "spec_noun",
    ),
    (
        "Liên danh trúng gói thầu xây lắp nhà ga hàng hóa sân bay Chu Lai trị giá 870 tỷ đồng.",
        "870 tỷ đồng",
        "spec",
        "spec_noun",
    ),
    (
        "Trong quý III, tổng công ty ký 23 hợp đồng mới trị giá 5.400 tỷ đồng.",
        "5.400 tỷ đồng",
        "result",
        "default_result",
    ),
    (
        "Năm 2026, công ty ký các hợp đồng trị giá hơn 900 tỷ đồng.",
        "hơn 900 tỷ đồng",
        "result",
        "default_result",
    ),
    (
        "Ngân hàng đã thỏa thuận giãn nợ với chủ ba lô trái phiếu trị giá 2.100 tỷ đồng.",
        "2.100 tỷ đồng",
        "result",
        "default_result",
    ),
    # … also when the value opens a clause of its own after the deal
    (
        "Tổng công ty vừa ký hợp đồng cung cấp thiết bị với Siemens, trị giá 140 triệu USD.",
        "140 triệu USD",
        "spec",
        "spec_noun",
    ),
    (
        "Xí nghiệp nhận đơn đặt hàng 2,4 triệu sản phẩm trị giá 35 triệu USD từ Nhật Bản.",
        "35 triệu USD",
        "spec",
        "spec_noun",
    ),
    # … nor the sum of new deals, goods valued after the deal, or a plan or estimate of one
    (
        "Trong 6 tháng đầu năm, công ty đã ký kết hợp đồng mới trị giá 7.800 tỷ đồng.",
        "7.800 tỷ đồng",
        "result",
        "default_result",
    ),
    (
        "Năm 2026, doanh nghiệp ký kết hợp đồng với tổng trị giá 2.600 tỷ đồng.",
        "2.600 tỷ đồng",
        "result",
        "default_result",
    ),
    (
        "Trong quý IV, liên danh ký ba hợp đồng trị giá 1.150 tỷ đồng.",
        "1.150 tỷ đồng",
        "result",
        "default_result",
    ),
    (
        "Nông dân trong dự án đã bán 420 tấn hồ tiêu trị giá 52 tỷ đồng.",
        "52 tỷ đồng",
        "result",
        "default_result",
    ),
    (
        "Hãng bay có kế hoạch ký đơn đặt hàng 15 tàu bay thân rộng trị giá 4,2 tỷ USD.",
        "4,2 tỷ USD",
        "target",
        "plan_cue",
    ),
    (
        "Tổng công ty ước ký hợp đồng trị giá 650 tỷ đồng trong năm nay.",
        "650 tỷ đồng",
        "estimate",
        "estimate_cue",
    ),
    # rule support_rate: a sum per household or person after a word of support or lending
    # is the rate each one gets; an income reached, or a sum planned, is not
    (
        "Huyện hỗ trợ sửa 215 nhà xuống cấp, với mức 40 triệu đồng/hộ xây mới và 20 triệu "
        "đồng/hộ sửa chữa.",
        "20 triệu đồng/hộ",
        "spec",
        "support_rate",
    ),
    (
        "Quỹ cho 1.300 thanh niên vay vốn khởi nghiệp, mức cho vay 80 triệu đồng/người.",
        "80 triệu đồng/người",
        "spec",
        "support_rate",
    ),
    (
        "Xã hỗ trợ 320 hộ chuyển đổi cây trồng; thu nhập bình quân đạt 58 triệu đồng/người/năm.",
        "58 triệu đồng/người/năm",
        "result",
        "default_result",
    ),
    (
        "Huyện hỗ trợ người lao động mất việc với mức 1,8 triệu đồng/người/tháng trong ba tháng.",
        "1,8 triệu đồng/người/tháng",
        "spec",
        "support_rate",
    ),
    # an average lent or paid is an outcome, however near a word of support or lending
    (
        "Phòng giao dịch cho vay 2.700 hộ, dư nợ bình quân 58 triệu đồng/hộ.",
        "58 triệu đồng/hộ",
        "result",
        "default_result",
    ),
    (
        "Trong quý I, 12.000 người hưởng trợ cấp thất nghiệp, bình quân 5,1 triệu đồng/người.",
        "5,1 triệu đồng/người",
        "result",
        "default_result",
    ),
    (
        "Doanh nghiệp hỗ trợ tiền xe cho công nhân; lương bình quân 9,2 triệu đồng/người.",
        "9,2 triệu đồng/người",
        "result",
        "default_result",
    ),
    (
        "Theo kế hoạch HĐND tỉnh vừa thông qua tại kỳ họp thường lệ cuối năm, từ năm 2027 các hộ "
        "nghèo ở vùng núi của tỉnh sẽ được hỗ trợ 75 triệu đồng/hộ để dựng nhà mới.",
        "75 triệu đồng/hộ",
        "target",
        "plan_cue",
    ),
    # the level a planned change of a standing property starts from is the property as it
    # stands; a result's starting level stays a result (rule plan_from_level)
    (
        "Sau đợt phát hành, vốn điều lệ của công ty sẽ tăng từ 1.200 tỷ đồng lên 1.500 tỷ đồng.",
        "1.200 tỷ đồng",
        "spec",
        "spec_from_level",
    ),
    (
        "Lợi nhuận năm 2026 dự kiến tăng 10%, từ 500 tỷ đồng lên 550 tỷ đồng.",
        "500 tỷ đồng",
        "result",
        "plan_from_level",
    ),
    # a sum of capital set after a comma beside the thing it funds is what it costs
    (
        "Trạm bơm tiêu Cầu Đen công suất 20 m3/giây, vốn 540 tỷ đồng, đạt 60% khối lượng.",
        "540 tỷ đồng",
        "spec",
        "apposed_capital",
    ),
    # "giường bệnh kế hoạch" is the official count of beds, no plan
    (
        "Toàn tỉnh có 9.400 giường bệnh kế hoạch, đạt 29,8 giường bệnh/vạn dân.",
        "29,8 giường bệnh/vạn",
        "result",
        "default_result",
    ),
    # a sum each one of a kind receives under a rule is a rate, no outcome; a dividend per
    # share is paid out
    (
        "Theo chính sách mới, mỗi hộ tái định cư được hỗ trợ 80 triệu đồng để ổn định cuộc sống.",
        "80 triệu đồng",
        "spec",
        "grant_rate",
    ),
    (
        "Mỗi vận động viên giành HCV Olympic được Nhà nước thưởng 350 triệu đồng.",
        "350 triệu đồng",
        "spec",
        "grant_rate",
    ),
    (
        "Công ty chia cổ tức năm 2025 bằng tiền mặt tỷ lệ 20%, mỗi cổ phiếu nhận 2.000 đồng.",
        "2.000 đồng",
        "result",
        "default_result",
    ),
    # "mỗi tháng" is a rate over time, "ghi nhận" no receiving: an actual figure
    (
        "Năm 2026, bình quân mỗi tháng Masan ghi nhận 7.200 tỷ đồng doanh thu.",
        "7.200 tỷ đồng",
        "result",
        "default_result",
    ),
    # "quy mô" of an economy sizes an outcome: the level it starts from is a result
    (
        "Theo dự kiến, quy mô nền kinh tế năm 2027 sẽ tăng từ 530 tỷ USD lên 575 tỷ USD.",
        "530 tỷ USD",
        "result",
        "plan_from_level",
    ),
    # a limit a rule sets is a standing figure; a limit planned is a goal
    (
        "Theo quy định mới, người mua nhà được vay tối đa 80% giá trị căn hộ.",
        "tối đa 80%",
        "spec",
        "limit_of_rule",
    ),
    (
        "Ngân hàng yêu cầu tỷ lệ cho vay trung, dài hạn không vượt quá 30% tổng nguồn vốn.",
        "không vượt quá 30%",
        "spec",
        "limit_of_rule",
    ),
    (
        "Năm 2026, công ty dự kiến phát hành tối đa 40 triệu cổ phiếu.",
        "tối đa 40 triệu cổ phiếu",
        "target",
        "plan_cue",
    ),
    (  # "ít nhất" counts outcomes too
        "Vụ cháy khiến ít nhất 3 người bị thương.",
        "ít nhất 3 người bị thương",
        "result",
        "default_result",
    ),
    # a size unit and a yearly or monthly capacity; a day's rate is an outcome
    (
        "Bến số 3 đón tàu trọng lượng 100.000 DWT vào làm hàng.",
        "100.000 DWT",
        "spec",
        "standing_unit",
    ),
    (
        "Nhà máy thức ăn chăn nuôi mới ở Long An sản xuất 600.000 tấn/năm.",
        "600.000 tấn/năm",
        "spec",
        "standing_unit",
    ),
    (
        "Trong đợt nắng nóng, phụ tải toàn miền Bắc lên tới 480 triệu kWh/ngày.",
        "lên tới 480 triệu kWh/ngày",
        "result",
        "default_result",
    ),
    # rule named_size: a measure alone in brackets right after a name is its size; one
    # after a common word is a figure of the report
    (
        "Dự án gồm hai đoạn Hòa Liên - Túy Loan (11,5 km) và Chí Thạnh - Vân Phong (48 km).",
        "48 km",
        "spec",
        "named_size",
    ),
    (
        "Năm 2026, tỉnh thông xe thêm đường cao tốc (63 km).",
        "63 km",
        "result",
        "default_result",
    ),
    # a length after a place is its section's; an area after a place is an outcome there
    (
        "Tuyến đi qua địa phận Hà Nam (21,5 km) và Nam Định (33,7 km).",
        "21,5 km",
        "spec",
        "named_size",
    ),
    (
        "Mưa lũ làm ngập 9.000 ha lúa, nặng nhất là Nam Định (4.200 ha).",
        "4.200 ha",
        "result",
        "default_result",
    ),
]

CASES = (
    TARGET_CASES
    + HEADLINE_AND_RESTATED_CASES
    + RESULT_CASES
    + ESTIMATE_CASES
    + FORECAST_CASES
    + SPEC_CASES
)


@pytest.mark.parametrize(("text", "amount", "role", "rule"), CASES)
def test_role_and_rule(text: str, amount: str, role: str, rule: str) -> None:
    article = vnextract.extract(text)
    [found] = [a for a in article.amounts if a.text == amount]
    assert found.role == role
    doc = Document.from_text(text)
    amounts = find_amounts(doc.text)
    entities = vnextract.shared_extractor().entity_finder.find(doc)
    # every rule but in_target is read without the targets stage, which takes plan_cue
    # amounts as goals of their own
    uses_targets = rule in ("in_target", "headline_goal", "restated_goal")
    targets = find_targets(doc, amounts, find_years(doc.text), entities) if uses_targets else []
    decided = dict(
        zip((a.text for a in amounts), explain_roles(doc, amounts, targets), strict=True)
    )
    assert decided[amount] == (role, rule)


def test_every_rule_has_a_case() -> None:
    assert {r.name for r in ROLE_RULES} | {HEADLINE_FIGURE} == {rule for *_, rule in CASES}


@pytest.mark.parametrize("case", TARGET_CASES, ids=[c[0][:30] for c in TARGET_CASES])
def test_a_target_role_amount_is_a_target(case: Case) -> None:
    text, amount, *_ = case
    assert [t.amount.text for t in vnextract.extract(text).targets if t.amount] == [amount]


def test_a_targets_amount_in_the_record_carries_role_target() -> None:
    article = vnextract.extract(TARGET_CASES[0][0])
    assert [t.amount.role for t in article.targets if t.amount] == ["target"]
