"""The target cases of the annotation guidelines and issue 11, one table per rule.

Every sentence is written for vnextract in Vietnamese news style. A case lists
what a reader checks of each target: its amount's text (or, for a goal without
a number, its text) and its deadline. The articles are dated 20/11/2025 unless
a case says otherwise.
"""

from __future__ import annotations

import pytest

import vnextract

PUBLISHED = "2025-11-20"

# (article, [(amount text or goal text, deadline)])
Case = tuple[str, list[tuple[str, int | None]]]

COMPANY_PLANS: list[Case] = [
    (
        "Đại hội đồng cổ đông Công ty Cổ phần Nhựa Bình Minh thông qua kế hoạch năm 2026 "
        "với doanh thu 5.800 tỷ đồng và lợi nhuận sau thuế 820 tỷ đồng.",
        [("5.800 tỷ đồng", 2026), ("820 tỷ đồng", 2026)],
    ),
    (
        "Hội đồng quản trị trình cổ đông phương án chia cổ tức 12% bằng tiền mặt cho năm 2025.",
        [("12%", 2025)],
    ),
    (
        "Năm 2026, công ty dự kiến phát hành 50 triệu cổ phiếu để tăng vốn điều lệ lên "
        "1.500 tỷ đồng.",
        [("50 triệu cổ phiếu", 2026), ("1.500 tỷ đồng", 2026)],
    ),
    (
        "Ban lãnh đạo đề xuất mức cổ tức năm nay là 15% bằng tiền mặt.",
        [("15%", 2025)],
    ),
    (
        "HĐQT trình ĐHĐCĐ phương án chia cổ tức năm 2025 bằng tiền mặt với tỷ lệ 18%.",
        [("18%", 2025)],
    ),
    # "phương án": a board's plan (a capital increase, an issue, a dividend); the capital
    # it starts from is today's, a result
    (
        "Năm 2026, Hội đồng quản trị thông qua phương án tăng vốn điều lệ từ 5.000 tỷ đồng lên "
        "5.750 tỷ đồng.",
        [("5.750 tỷ đồng", 2026)],
    ),
]

# A forecast word that points back to a forecast told before states no forecast (rule
# forecast_referred)
FORECAST_REFERRED: list[Case] = [
    (
        "Trước dự báo này, Tổng công ty Phát điện 3 đặt mục tiêu năm 2027 sản lượng đạt 16 tỷ kWh.",
        [("16 tỷ kWh", 2027)],
    ),
    ("Theo dự báo của chuyên gia, năm 2027 sản lượng điện đạt 16 tỷ kWh.", []),
]

PLANS_SAID_WITH_SE: list[Case] = [
    # a month written with its year opening the statement dates the plan; one inside the
    # object of an action does not
    (
        "Từ tháng 3/2026, hãng sẽ khai trương đường bay thẳng Đà Nẵng - Seoul với tần suất 7 "
        "chuyến/tuần.",
        [("7 chuyến/tuần", 2026)],
    ),
    (
        "Nhà mạng cam kết với chính quyền sở tại sẽ phủ sóng tới 2.500 ngôi làng trong tổng "
        "số 3.000 ngôi làng chưa có sóng.",
        [("2.500 ngôi", None)],
    ),
    (
        "Sau đợt phát hành năm 2026, vốn điều lệ của ngân hàng dự kiến sẽ tăng lên 42.000 tỷ đồng.",
        [("42.000 tỷ đồng", 2026)],
    ),
    (
        "Năm 2026, chuỗi bán lẻ kỳ vọng doanh thu các cửa hàng cũ sẽ tăng trở lại 8%.",
        [("8%", 2026)],
    ),
]

PLAN_AND_REVISION: list[Case] = [
    # "đã" of the revision itself: the revised plan stands
    (
        "Hội đồng quản trị đã điều chỉnh kế hoạch sản xuất năm 2026 từ 420.000 tấn lên "
        "460.000 tấn.",
        [("420.000 tấn", 2026), ("460.000 tấn", 2026)],
    ),
    (
        "Công ty điều chỉnh kế hoạch lợi nhuận năm 2025 từ 800 tỷ đồng lên 950 tỷ đồng.",
        [("800 tỷ đồng", 2025), ("950 tỷ đồng", 2025)],
    ),
    # "đã" of an approval: the approved plan stands
    (
        "Cổ đông đã chấp thuận điều chỉnh kế hoạch lợi nhuận năm 2026 từ 600 tỷ đồng lên "
        "720 tỷ đồng.",
        [("600 tỷ đồng", 2026), ("720 tỷ đồng", 2026)],
    ),
    (
        "UBND tỉnh Yên Bái đã phê duyệt kế hoạch trồng mới 8.000 ha rừng trong năm 2026.",
        [("8.000 ha", 2026)],
    ),
    ("Năm 2024, tỉnh đã hoàn thành kế hoạch trồng mới 5.000 ha rừng.", []),
    # a plan of the year reported on, met already: still the plan's figure ("đã" is no history)
    (
        "Năm 2025, lợi nhuận trước thuế đạt 1.135 tỷ đồng. Như vậy, công ty đã hoàn thành chỉ "
        "tiêu lợi nhuận 1.050 tỷ đồng mà đại hội đồng cổ đông giao.",
        [("1.050 tỷ đồng", 2025)],
    ),
    (
        "Năm 2025, tỉnh đã hoàn thành kế hoạch trồng mới 5.000 ha rừng, sớm hai tháng.",
        [("5.000 ha", 2025)],
    ),
]

# Rule earlier_plan: "Trước đó," then a goal cue reports the plan before its revision
EARLIER_PLAN: list[Case] = [
    (
        "Tập đoàn vừa hạ kế hoạch lợi nhuận năm 2026 xuống 300 tỷ đồng. Trước đó, tờ trình "
        "gửi cổ đông đặt mục tiêu lợi nhuận 720 tỷ đồng.",
        [("300 tỷ đồng", 2026), ("720 tỷ đồng", 2026)],
    ),
    (
        "Ngân hàng nâng chỉ tiêu tăng trưởng tín dụng năm 2026 lên 16%. Trước đó, ngân hàng "
        "đặt kế hoạch tín dụng tăng 12%.",
        [("16%", 2026), ("12%", 2026)],
    ),
    # a result before the cue: history, no plan
    ("Trước đó, năm 2024 công ty đã đạt mục tiêu doanh thu 2.000 tỷ đồng.", []),
    # "đã" right before the cue of a goal for a time to come: the goal was set, not reached
    (
        "Trước đó, Chủ tịch tập đoàn đã cam kết hỗ trợ công ty con tối đa 20.000 tỷ đồng "
        "trong giai đoạn 2026-2027.",
        [("20.000 tỷ đồng", 2027)],
    ),
    ("Trước đó, năm 2023 tập đoàn đã cam kết hỗ trợ công ty con 5.000 tỷ đồng.", []),
    # "ban đầu" naming primary care is no history word
    (
        "Năm 2026, tỉnh phấn đấu có 95% trạm y tế xã làm tốt chăm sóc sức khỏe ban đầu.",
        [("95%", 2026)],
    ),
    # no goal cue: a past fact
    ("Trước đó, giai đoạn 2019-2023, hãng duy trì cổ tức tiền mặt 12%/năm.", []),
    # other history words keep a past plan out
    ("Trước đây, thành phố từng đặt mục tiêu đón 10 triệu lượt khách.", []),
]

# A result the goal is measured against, or how the goal turned out, leaves the goal a
# goal (guidelines: "a plan figure counts even where the article reports a result against it")
BASELINE_RESULT: list[Case] = [
    (
        "Năm 2026, hãng hàng không đặt mục tiêu lãi 1.200 tỷ đồng, gấp 3 lần kết quả năm 2025.",
        [("1.200 tỷ đồng", 2026)],
    ),
    (
        "Công ty đặt kế hoạch doanh thu năm 2026 đạt 4.500 tỷ đồng, cao hơn 20% so với kết "
        "quả thực hiện năm trước.",
        [("4.500 tỷ đồng", 2026)],
    ),
    # the outcome of the plan itself: the plan still counts, the result does not
    (
        "Năm 2024, công ty đặt kế hoạch lãi 800 tỷ đồng, nhưng kết quả chỉ đạt 500 tỷ đồng.",
        [("800 tỷ đồng", 2024)],
    ),
]

# Rule own_part_deadline: goals of one clause that name different times keep their own
OWN_PART_DEADLINE: list[Case] = [
    # a part after one dated at its end keeps the statement's time
    (
        "Đến năm 2030, thành phố phấn đấu đạt tỷ lệ đô thị hóa 45% vào năm 2027 và thu nhập "
        "bình quân 8.000 USD/người.",
        [("45%", 2027), ("8.000 USD", 2030)],
    ),
    # a part after a dated one shares its time, not a vision's year named before
    (
        "Theo Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050, đến năm 2030 tỉnh sẽ "
        "phát triển 12 KCN với tổng diện tích khoảng 4.000 ha.",
        [("12 KCN", 2030), ("khoảng 4.000 ha", 2030)],
    ),
    (
        "Năm 2026, tỉnh phấn đấu tăng trưởng kinh tế 8,5% trong năm 2026 và tăng trưởng "
        "hai con số trong giai đoạn 2027-2030.",
        [("8,5%", 2026), ("hai con số", 2030)],
    ),
    (
        "Đến năm 2030, thành phố phấn đấu có 800 doanh nghiệp bán dẫn và 50.000 lao động "
        "vào năm 2035.",
        [("800 doanh nghiệp", 2030), ("50.000 lao động", 2035)],
    ),
    # one time for both: both take it
    (
        "Tổng công ty đặt mục tiêu doanh thu 12.000 tỷ đồng và lợi nhuận 600 tỷ đồng "
        "trong năm 2026.",
        [("12.000 tỷ đồng", 2026), ("600 tỷ đồng", 2026)],
    ),
    # a baseline year is no deadline
    (
        "Năm 2026, hợp tác xã đặt mục tiêu sản lượng 3.000 tấn và doanh thu 90 tỷ đồng, "
        "gấp đôi so với năm 2024.",
        [("3.000 tấn", 2026), ("90 tỷ đồng", 2026)],
    ),
]

# Rule count_of_goals: how many goals a body set is no goal; its listed goals are
COUNT_OF_GOALS: list[Case] = [
    (
        "Năm 2026, HĐND huyện thông qua 18 chỉ tiêu chủ yếu, trong đó thu ngân sách "
        "đạt 650 tỷ đồng.",
        [("650 tỷ đồng", 2026)],
    ),
    ("Kế hoạch năm 2026 của ngành đề ra 5 nhóm mục tiêu lớn.", []),
    # a goal counted in another noun stays a goal
    ("Năm 2026, tỉnh phấn đấu có thêm 12 xã đạt chuẩn nông thôn mới.", [("12 xã", 2026)]),
]

# Rule vague_repeat: a goal said without its number and again with it is one goal
VAGUE_REPEAT: list[Case] = [
    (
        "Các hợp tác xã đang tăng tốc để hoàn thành kế hoạch sản lượng lúa.\n\n"
        "Năm 2026, huyện phấn đấu hoàn thành kế hoạch sản lượng lúa 120.000 tấn.",
        [("120.000 tấn", 2026)],
    ),
    # different goals: both stay
    (
        "Năm 2026, tỉnh phấn đấu trở thành trung tâm logistics của vùng, thu hút 2 tỷ USD vốn FDI.",
        [("trở thành trung tâm logistics của vùng", 2026), ("2 tỷ USD", 2026)],
    ),
]

# Rule quoted_title: goal words inside a document's quoted title state no goal
QUOTED_TITLE: list[Case] = [
    # a quotation of several sentences is a speech, whatever word opens it
    (
        "“Chiến lược quốc gia đặt mục tiêu đào tạo 50.000 kỹ sư bán dẫn đến năm 2030. FPT cam "
        "kết đóng góp 8.000 kỹ sư trong số đó”, Chủ tịch FPT nói.",
        [("50.000 kỹ sư", 2030), ("8.000 kỹ sư", 2030)],
    ),
    (
        "Sau 3 năm thực hiện Nghị quyết số 05-NQ/TU ngày 12/4/2022 của Ban Thường vụ Tỉnh ủy "
        "“Về phát triển nông nghiệp công nghệ cao giai đoạn 2022-2025, định hướng đến năm "
        "2030”, giá trị sản xuất nông nghiệp của tỉnh tăng bình quân 6,2%/năm.",
        [],
    ),
    (
        'Kết thúc năm đầu thực hiện Chương trình "Phấn đấu xây dựng thành phố thông minh", '
        "thành phố đã có 45 dịch vụ công trực tuyến toàn trình.",
        [],
    ),
    # a goal in quoted speech is a goal
    (
        "Bà Lan cho biết: “Năm 2026, chúng tôi đặt mục tiêu mở thêm 40 cửa hàng”.",
        [("40 cửa hàng", 2026)],
    ),
]

# Rule aims_after_effort: "và" then words of effort then an aim verb starts the next goal
AIMS_AFTER_EFFORT: list[Case] = [
    # rule named_doers: the names of who is to achieve the aim may stand before its verb
    (
        "Năm 2026, Liên đoàn Bóng chuyền Việt Nam đặt mục tiêu CLB Ninh Bình hoặc CLB Hà Nội "
        "lọt vào bán kết giải vô địch các CLB châu Á.",
        [("lọt vào bán kết", 2026)],
    ),
    (
        "Năm nay, liên đoàn đặt chỉ tiêu vào bán kết Asian Cup 2026 và nỗ lực cao nhất "
        "giành HCV SEA Games 2027.",
        [("vào bán kết Asian Cup 2026", 2026), ("giành HCV SEA Games 2027", 2027)],
    ),
    (
        "Câu lạc bộ đặt mục tiêu trụ hạng mùa giải 2026 và cố gắng vô địch Cúp Quốc gia 2027.",
        [("trụ hạng mùa giải 2026", 2026), ("vô địch Cúp Quốc gia 2027", 2027)],
    ),
    # an aim naming no time of its own is due in the year that opens its statement
    (
        "Năm 2026, đội tuyển nữ đặt mục tiêu giành HCV SEA Games.",
        [("giành HCV SEA Games", 2026)],
    ),
]

# "vượt" marks a result only before a plan word ("vượt kế hoạch", "vượt chỉ tiêu"):
# "vượt qua vòng bảng", "không vượt quá 50.000 ha" are goals
EXCEEDING_WORDS: list[Case] = [
    (
        "Năm 2026, đội tuyển đặt mục tiêu vượt qua vòng bảng Asian Cup.",
        [("vượt qua vòng bảng Asian Cup", 2026)],
    ),
    (
        "Đến năm 2030, tỉnh phấn đấu:\n"
        "- Giữ diện tích cà phê không vượt quá 210.000 ha;\n"
        "- Nâng tỷ lệ cà phê chế biến sâu lên 30%.",
        [("không vượt quá 210.000 ha", 2030), ("30%", 2030)],
    ),
    ("Năm 2026, doanh thu của công ty đạt 1.250 tỷ đồng, vượt kế hoạch đề ra.", []),
]

# Rule joined_schedule: "đồng thời" joins a milestone to the plan word before it
JOINED_SCHEDULE: list[Case] = [
    # "và sẽ" opens a second plan, which takes the milestone's time (rule joined_due)
    (
        "Nhà máy có vốn đăng ký 150 triệu USD. Nhà máy dự kiến vận hành quý IV/2027 và sẽ "
        "tuyển khoảng 3.000 lao động.",
        [("vận hành quý IV/2027", 2027), ("khoảng 3.000 lao động", 2027)],
    ),
    (
        "Ở nước ngoài, tập đoàn có kế hoạch mở văn phòng tại Nhật Bản, Hàn Quốc và Singapore, "
        "đồng thời đưa vào vận hành trung tâm dữ liệu tại Singapore từ năm 2027.",
        [
            ("tập đoàn có kế hoạch mở văn phòng tại Nhật Bản", None),
            ("đưa vào vận hành trung tâm dữ liệu tại Singapore từ năm 2027", 2027),
        ],
    ),
    (
        "Công ty dự kiến phát hành thêm cổ phiếu, đồng thời khởi công nhà máy thứ hai vào "
        "quý II/2026.",
        # (the share issue is the company's own plan too, as "có kế hoạch" makes one)
        [("Công ty dự kiến phát hành thêm cổ phiếu", 2026), ("khởi công nhà máy thứ hai", 2026)],
    ),
    # a result before it: no plan
    (
        "Năm 2024, công ty đã mở thêm 20 cửa hàng, đồng thời đưa vào vận hành kho lạnh "
        "từ năm 2026.",
        [],
    ),
]

PLAN_BESIDE_RESULT: list[Case] = [
    # "thực hiện" before a share of the plan measures a result against it; alone, in
    # "tiến độ thực hiện dự toán", it names the plan's carrying out, no result
    (
        "Lũy kế 9 tháng, doanh thu đạt 4.310 tỷ đồng. Như vậy, công ty đã thực hiện 78% kế "
        "hoạch doanh thu năm (5.520 tỷ đồng).",
        [("5.520 tỷ đồng", 2025)],
    ),
    (
        "Trong 11 tháng, 37 địa phương có tiến độ thực hiện dự toán đạt khá (trên 20%).",
        [],
    ),
    # the plan's figure in brackets after its metric (rule bracketed_plan)
    (
        "Lũy kế 9 tháng, công ty lãi 412 tỷ đồng, hoàn thành 62% kế hoạch lợi nhuận cả năm "
        "(665 tỷ đồng). Năm tới, công ty đặt mục tiêu lãi 800 tỷ đồng.",
        [("665 tỷ đồng", 2025), ("800 tỷ đồng", 2026)],
    ),
    # who set the plan and when may stand between its metric and the bracket; "thực hiện
    # được" measures a result against it as "hoàn thành" does
    (
        "Lũy kế 9 tháng, công ty lãi 2.950 tỷ đồng, thực hiện được 82% kế hoạch lợi nhuận cả năm "
        "mà đại hội đồng cổ đông thông qua hồi tháng 4 (3.600 tỷ đồng).",
        [("3.600 tỷ đồng", 2025)],
    ),
    # a plan's metric may run to six words before its figure
    (
        "Các địa phương phải hoàn thành chỉ tiêu bao phủ bảo hiểm y tế 95% mà Chính phủ giao "
        "trong năm nay.",
        [("95%", 2025)],
    ),
    # a share of the plan between the result and the plan word; a dated report's year
    (
        "Thu ngân sách trên địa bàn ước đạt 21.400 tỷ đồng, bằng 112% dự toán Trung ương giao "
        "(19.100 tỷ đồng).",
        [("19.100 tỷ đồng", 2025)],
    ),
    (
        "Sau 9 tháng, doanh thu đạt 1.010 tỷ đồng, bằng 81% chỉ tiêu doanh thu cả năm "
        "đề ra (1.250 tỷ đồng).",
        [("1.250 tỷ đồng", 2025)],
    ),
    ("Năm 2024, lợi nhuận của ngân hàng vượt 5% kế hoạch.", []),
    # after "hoàn thành", "so với" a figure that is no percentage is the plan, its metric
    # up to four words long; after "vượt" a small figure is the excess
    (
        "“Chúng tôi tự tin hoàn thành kế hoạch doanh thu 8.200 tỷ đồng”, ông Nam nói.",
        [("8.200 tỷ đồng", 2025)],
    ),
    (
        "Tuy nhiên, so với kế hoạch lợi nhuận sau thuế 950 tỷ đồng mà đại hội cổ đông thông "
        "qua, công ty mới hoàn thành 41%.",
        [("950 tỷ đồng", 2025)],
    ),
    ("Năm 2025, doanh thu đạt 520 tỷ đồng, vượt kế hoạch 20 tỷ đồng.", []),
    # rule joined_plan_figure: the figures of further metrics of the same plan, each after
    # its noun alone; a metric with a verb of its own states a result
    (
        "“Chúng tôi tự tin hoàn thành kế hoạch doanh thu 8.200 tỷ đồng và lợi nhuận trước thuế "
        "640 tỷ đồng”, ông Nam nói.",
        [("8.200 tỷ đồng", 2025), ("640 tỷ đồng", 2025)],
    ),
    (
        "Năm 2025, ngân hàng hoàn thành kế hoạch tổng tài sản 96.000 tỷ đồng, dư nợ 61.000 tỷ "
        "đồng và lợi nhuận 1.200 tỷ đồng.",
        [("96.000 tỷ đồng", 2025), ("61.000 tỷ đồng", 2025), ("1.200 tỷ đồng", 2025)],
    ),
    (
        "Năm 2025, công ty hoàn thành kế hoạch doanh thu 8.200 tỷ đồng và lợi nhuận đạt 700 tỷ "
        "đồng.",
        [("8.200 tỷ đồng", 2025)],
    ),
    (
        "Năm 2025, công ty hoàn thành kế hoạch doanh thu 8.200 tỷ đồng, tăng 12% so với năm 2024.",
        [("8.200 tỷ đồng", 2025)],
    ),
    # the joined metric may carry a qualifier; a verb instead of a plan metric is a result
    (
        "Năm 2025, công ty hoàn thành kế hoạch doanh thu 8.200 tỷ đồng và lợi nhuận hơn 640 tỷ "
        "đồng.",
        [("8.200 tỷ đồng", 2025), ("hơn 640 tỷ đồng", 2025)],
    ),
    (
        "Năm 2025, công ty hoàn thành kế hoạch doanh thu 8.200 tỷ đồng và lãi sau thuế 640 tỷ "
        "đồng.",
        [("8.200 tỷ đồng", 2025), ("640 tỷ đồng", 2025)],
    ),
    (
        "Năm 2025, công ty hoàn thành kế hoạch doanh thu 8.200 tỷ đồng và nộp ngân sách 1.150 "
        "tỷ đồng.",
        [("8.200 tỷ đồng", 2025)],
    ),
    (
        "Năm 2025, tổng công ty hoàn thành kế hoạch doanh thu 8.200 tỷ đồng, thực hiện 8.350 tỷ "
        "đồng.",
        [("8.200 tỷ đồng", 2025)],
    ),
    (
        "Năm 2025, tỉnh hoàn thành kế hoạch thu ngân sách 12.500 tỷ đồng và giải ngân 9.800 tỷ "
        "đồng vốn đầu tư công.",
        [("12.500 tỷ đồng", 2025)],
    ),
    # a percentage after "hoàn thành kế hoạch" is a share; a plan met in a past year is
    # history, who set it or not
    ("Năm 2025, công ty hoàn thành kế hoạch 96%.", []),
    ("Năm 2023, GRDP của tỉnh tăng 9%, vượt chỉ tiêu 8% mà HĐND tỉnh đề ra.", []),
    # who set the plan, right after the figure, makes it the plan's, not an excess
    (
        "Năm 2025, GRDP của tỉnh ước tăng 9,2%, vượt chỉ tiêu 8,5% mà Nghị quyết HĐND tỉnh đề ra.",
        [("8,5%", 2025)],
    ),
    # the plan's year and who set it may stand between the plan word and its figure, "đã"
    # before who set it too
    (
        "Lũy kế 9 tháng, doanh thu đạt 6.100 tỷ đồng. So với kế hoạch năm nay đã được đại hội "
        "đồng cổ đông thông qua là 8.000 tỷ đồng doanh thu, công ty đã thực hiện 76%.",
        [("8.000 tỷ đồng", 2025)],
    ),
    (
        "Lũy kế 9 tháng, công ty lãi 412 tỷ đồng, đạt 81% kế hoạch năm 2025 được đại hội đồng "
        "cổ đông thông qua là 510 tỷ đồng.",
        [("510 tỷ đồng", 2025)],
    ),
    (
        "Năm 2025, thu ngân sách của huyện ước đạt 900 tỷ đồng. Tổng kế hoạch vốn đầu tư công "
        "hơn 410 tỷ đồng, đã giải ngân đạt 71%.",
        [("hơn 410 tỷ đồng", 2025)],
    ),
    # rule plan_beside_result: a figure right after the plan word of a result
    (
        "Năm 2025, chuỗi nhà thuốc mở mới 415 cửa hàng, vượt kế hoạch ban đầu 350 cửa hàng.",
        [("350 cửa hàng", 2025)],
    ),
    (
        "Năm 2025, thu ngân sách của huyện đạt 960 tỷ đồng, vượt dự toán được giao 820 tỷ đồng.",
        [("820 tỷ đồng", 2025)],
    ),
    (
        "Năm 2025, kim ngạch xuất khẩu tăng 11,2%, cao hơn chỉ tiêu đề ra 10%.",
        [("10%", 2025)],
    ),
    # a change word may open the plan's measure ("chỉ tiêu giảm …", "mục tiêu tăng trưởng
    # …"), not follow other words ("dự toán được giao và tăng 12,7%"); the year of a
    # comparison's base ("so với cuối năm 2024") is not the plan's
    (
        "Năm 2025, tỷ lệ hộ nghèo của huyện còn 6,2%, thấp hơn 2,4 điểm phần trăm so với cuối "
        "năm 2024, vượt chỉ tiêu giảm 2 điểm phần trăm mà HĐND huyện đề ra.",
        [("2 điểm phần trăm", 2025)],
    ),
    (
        "Năm 2025, tổng sản phẩm trên địa bàn tăng 8,9%, vượt mục tiêu tăng trưởng 8% mà "
        "Quốc hội giao.",
        [("8%", 2025)],
    ),
    (
        "Năm 2025, thu nội địa đạt 6.400 tỷ đồng, vượt dự toán được giao và tăng 12,7% so "
        "với năm trước.",
        [],
    ),
    # the figure before the plan word, or after "vượt kế hoạch" far from the result: the excess
    ("Năm 2025, tỉnh thu hút 1,4 tỷ USD vốn FDI, vượt 8% kế hoạch.", []),
    ("Năm 2025, doanh thu đạt 4.300 tỷ đồng, vượt kế hoạch 150 tỷ đồng.", []),
    ("Năm 2025, doanh thu đạt 4.300 tỷ đồng, vượt kế hoạch đề ra 6%.", []),
    # a comma between: the figure is not the plan's
    ("Năm 2025, lợi nhuận đạt 820 tỷ đồng, vượt kế hoạch, tăng 12%.", []),
    # "năm ngoái" in an article dated 2025 (undated: see test_plan_beside_last_year_undated)
    # a plan not reached: the figure after the plan word is the plan's, no shortfall; a
    # missed plan of a year before the article's own is history, as a met one is
    (
        "Năm 2025, tỷ lệ hộ dùng nước sạch đạt 88,4%, chưa đạt chỉ tiêu 90% đề ra.",
        [("90%", 2025)],
    ),
    (
        "Trong năm 2025, doanh thu đạt 4.300 tỷ đồng, không hoàn thành kế hoạch 4.500 tỷ đồng.",
        [("4.500 tỷ đồng", 2025)],
    ),
    ("Năm 2024, doanh thu không đạt kế hoạch 4.500 tỷ đồng.", []),
    (
        "Năm ngoái, chuỗi nhà thuốc mở mới 415 cửa hàng, vượt kế hoạch ban đầu 350 cửa hàng.",
        [("350 cửa hàng", 2024)],
    ),
]

PROJECT_SCHEDULES: list[Case] = [
    # a plan marker right after the subject's figure still marks its schedule; the figure
    # says what the subject is, no goal ("với công suất 60.000 tấn/năm")
    (
        "Nhà máy với công suất 60.000 tấn/năm dự kiến hoàn thành trong quý IV/2027.",
        [("dự kiến hoàn thành trong quý IV/2027", 2027)],
    ),
    (
        "Theo kế hoạch, giai đoạn 1 với công suất 2.000 MW sẽ phát điện trong quý II/2028, "
        "giai đoạn 2 hoàn thành vào năm 2030.",
        [("sẽ phát điện trong quý II/2028", 2028), ("giai đoạn 2 hoàn thành", 2030)],
    ),
    # a company's head tells its plan through "Theo ông …, Tổng giám đốc …" (rule
    # speaker_of_actor); topping out and handing over are milestones
    (
        "Theo ông Trần Văn Hải, Tổng giám đốc Công ty Cổ phần Đất Xanh, doanh nghiệp dự kiến "
        "khởi công dự án trong tháng 12/2026, cất nóc trong năm 2027 và bàn giao căn hộ từ quý "
        "III/2028.",
        [
            ("doanh nghiệp dự kiến khởi công dự án trong tháng 12/2026", 2026),
            ("cất nóc trong năm 2027", 2027),
            ("bàn giao căn hộ từ quý III/2028", 2028),
        ],
    ),
    # an expert's estimate stays someone else's
    ("Theo ông Lê Văn Nam, chuyên gia kinh tế, GDP dự kiến tăng 6,5% vào năm 2027.", []),
    ("Chủ đầu tư chuẩn bị khởi công nhà ga T3 vào tháng 4/2026.", [("khởi công nhà ga T3", 2026)]),
    # a facility opens when it takes its first patients, guests or pupils
    (
        "Bệnh viện Ung bướu cơ sở 2 đã hoàn thành 80% khối lượng, dự kiến tiếp nhận bệnh nhân "
        "từ quý III/2027.",
        [("dự kiến tiếp nhận bệnh nhân từ quý III/2027", 2027)],
    ),
    ("Nhà ga hành khách T2 dự kiến đón khách từ tháng 6/2027.", [("đón khách", 2027)]),
    ("Chủ đầu tư dự kiến hoàn thành dự án vào quý III/2029.", [("hoàn thành dự án", 2029)]),
    (
        "Nhà máy điện khí Quảng Trạch II sẽ được đưa vào vận hành năm 2027.",
        [("đưa vào vận hành năm 2027", 2027)],
    ),
    ("Tuyến cao tốc dự kiến khởi công vào tháng 7/2026.", [("khởi công", 2026)]),
    ("Dự án đã hoàn thành vào năm 2023.", []),
    # the party that carries out the project gives its own schedule; an outsider's is a forecast
    (
        "Theo Ban quản lý dự án, cầu Tân Vũ 2 sẽ khánh thành vào tháng 12 năm nay.",
        [("cầu Tân Vũ 2 sẽ khánh thành", 2025)],
    ),
    ("Theo chủ đầu tư, nhà máy sẽ phát điện vào quý II/2027.", [("nhà máy sẽ phát điện", 2027)]),
    ("Theo các chuyên gia, nhà máy sẽ phát điện vào quý II/2027.", []),
    # a contrast after a milestone is another's schedule, not one more part of it; a
    # milestone word used as a noun ("lễ khởi công") splits nothing off
    (
        "Theo kế hoạch, dự án hoàn thành vào năm 2027, trong khi cầu Cần Giờ chỉ "
        "hoàn thành vào năm 2029.",
        [("hoàn thành vào năm 2027", 2027)],
    ),
    # finishing ("xong", "về đích"), a bridge's closing span, energising and acceptance are
    # milestones; done in the past, they are no goal
    ("Phần sân đỗ máy bay phải xong trước ngày 30/6/2027.", [("phải xong", 2027)]),
    ("Cầu Rạch Miễu 2 dự kiến hợp long vào tháng 3/2027.", [("dự kiến hợp long", 2027)]),
    (
        "Chủ đầu tư cam kết đóng điện toàn bộ 12 tua bin trong quý II/2027.",
        [("12 tua bin", 2027)],
    ),
    ("Theo kế hoạch, gói thầu XL-02 sẽ về đích vào cuối năm 2026.", [("sẽ về đích", 2026)]),
    ("Năm 2025, dự án đã về đích sớm hai tháng.", []),
    # a milestone assigned to a body or proposed by its owner is scheduled
    (
        "Nhà đầu tư đề xuất khởi công tuyến tránh Phan Rang trong quý II/2026.",
        [("khởi công tuyến tránh Phan Rang", 2026)],
    ),
    (
        "Ban quản lý dự án được giao đưa cảng cạn Tân Cảng vào khai thác từ quý IV/2026.",
        [("đưa cảng cạn Tân Cảng vào khai thác", 2026)],
    ),
    # trial and commercial production are milestones
    (
        "Nhà máy linh kiện của Công ty TNHH Điện tử Minh Long, vốn đầu tư 150 triệu USD, dự "
        "kiến sản xuất thử từ quý II/2027.",
        [("dự kiến sản xuất thử từ quý II/2027", 2027)],
    ),
    # "theo lộ trình" marks a schedule; a milestone clause right after one is one more, and
    # a part named before its milestone after "và" is split off with its own time
    (
        "Theo lộ trình, dự án khởi công trong quý II/2026, nhà ga số 1 vận hành thử quý "
        "IV/2027 và nhà ga số 2 hoàn thành trong năm 2028.",
        [
            ("khởi công trong quý II/2026", 2026),
            ("nhà ga số 1 vận hành thử quý IV/2027", 2027),
            ("nhà ga số 2 hoàn thành trong năm 2028", 2028),
        ],
    ),
    # rule in_brackets: a dash or a comma inside brackets cuts no clause
    (
        "Thành phố sẽ khởi công tuyến đường sắt số 4 (Thạnh Xuân – khu đô thị Hiệp Phước) "
        "trong năm 2027.",
        [("tuyến đường sắt số 4 (Thạnh Xuân – khu đô thị Hiệp Phước) trong năm 2027", 2027)],
    ),
    (
        "Công ty dự kiến khởi công nhà máy (gồm dây chuyền chế biến, kho lạnh) vào quý III/2026.",
        [("nhà máy (gồm dây chuyền chế biến, kho lạnh) vào quý III/2026", 2026)],
    ),
    (
        "Theo kế hoạch, các tuyến cao tốc (Biên Hòa – Vũng Tàu, Dầu Giây – Liên Khương) sẽ "
        "thông xe vào quý II/2027.",
        [("các tuyến cao tốc (Biên Hòa – Vũng Tàu, Dầu Giây – Liên Khương) sẽ thông xe", 2027)],
    ),
    (
        "Theo Tổng giám đốc Lê Văn Hùng, nhà máy thứ hai sẽ đi vào hoạt động trước tháng 9/2026.",
        [("nhà máy thứ hai sẽ đi vào hoạt động", 2026)],
    ),
    # what the thing is ("công suất", "quy mô" and their figure) leaves a schedule without
    # a number; a figure the milestone delivers makes it another rule's
    (
        "Nhà máy nhiệt điện than công suất 1.200 MW dự kiến đưa vào vận hành thương mại năm 2028.",
        [("dự kiến đưa vào vận hành thương mại năm 2028", 2028)],
    ),
    (
        "Khu liên hợp gang thép có tổng vốn đầu tư 2,5 tỷ USD dự kiến khởi công trong quý I/2026.",
        [("dự kiến khởi công trong quý I/2026", 2026)],
    ),
    # rule scheduled_items: the items of a list whose heading holds a schedule marker are
    # scheduled; what a part is, before its milestone, is no goal
    (
        "Theo kế hoạch, nhà máy xi măng gồm các hạng mục:\n- Dây chuyền số 2: hoàn thành lắp "
        "đặt thiết bị trong quý III/2026;\n- Lò nung công suất 5.000 tấn clinker/ngày: dự "
        "kiến đốt lò cuối năm 2026.",
        [("hoàn thành lắp đặt thiết bị trong quý III/2026", 2026), ("đốt lò cuối năm 2026", 2026)],
    ),
    # a report on a plan's results is no schedule
    (
        "Kết quả thực hiện kế hoạch năm 2025 của các công trình như sau:\n- Cầu Rồng 2: khởi "
        "công tháng 3/2025;\n- Cầu Tiên Sơn mới: hoàn thành lắp dầm tháng 10/2025.",
        [],
    ),
    # a list whose heading schedules nothing leaves its items alone
    (
        "Nhà máy xi măng gồm các hạng mục:\n- Dây chuyền số 2: hoàn thành lắp đặt thiết bị trong "
        "quý III/2026;\n- Kho chứa: hoàn thành trong quý IV/2026.",
        [],
    ),
    # a milestone the actor itself will reach, with how many things it reaches
    (
        "Tỉnh sẽ khởi công 4 dự án giao thông kết nối vùng trong quý I/2026.",
        [("4 dự án", 2026)],
    ),
    (
        "Tập đoàn sẽ bàn giao khoảng 2.300 căn hộ cho khách hàng trong năm 2026.",
        [("2.300 căn hộ", 2026)],
    ),
]

EXPECTED_OUTCOMES: list[Case] = [
    (
        "Dự kiến, doanh thu xuất khẩu của nhà máy tăng thêm khoảng 2 tỷ USD/năm; tạo thêm "
        "việc làm cho 5.000 lao động.",
        [("2 tỷ USD", None), ("5.000 lao động", None)],
    ),
]

QUOTAS_GIVEN: list[Case] = [
    # the body that assigns it may stand inside "được … giao"
    (
        "Năm 2026, tỉnh được Thủ tướng giao kế hoạch vốn đầu tư công 10.200 tỷ đồng.",
        [("10.200 tỷ đồng", 2026)],
    ),
    (
        "Năm 2025, Cục Thuế tỉnh được giao dự toán thu 12,5 nghìn tỷ đồng.",
        [("12,5 nghìn tỷ đồng", 2025)],
    ),
    # "được bố trí"/"được phân bổ": an allocation; the year after a multiple is its base
    (
        "Năm 2026, Sở Y tế được giao dự toán chi 2.400 tỷ đồng. Riêng nhiệm vụ chuyển đổi số "
        "được bố trí khoảng 120 tỷ đồng, gấp 1,5 lần năm trước.",
        [("2.400 tỷ đồng", 2026), ("120 tỷ đồng", 2026)],
    ),
    (
        "Năm 2026, huyện Cần Giờ được phân bổ 850 tỷ đồng vốn đầu tư công.",
        [("850 tỷ đồng", 2026)],
    ),
    # a credit quota given to a bank
    (
        "Năm 2026, Ngân hàng Nhà nước giao cho Techcombank hạn mức tăng trưởng tín dụng 15%.",
        [("15%", 2026)],
    ),
]

GOALS_WITHOUT_NUMBER: list[Case] = [
    # "cả năm" names the year a goal covers, as "trong năm" does
    ("Tổng công ty phấn đấu có lãi cả năm 2027.", [("có lãi cả năm 2027", 2027)]),
    # "đạt" a standard or a recognition named without a number is an aim
    (
        "Năm 2027, bệnh viện phấn đấu đạt chứng nhận chất lượng quốc tế JCI.",
        [("đạt chứng nhận chất lượng quốc tế JCI", 2027)],
    ),
    ("Năm 2025, bệnh viện đã đạt chứng nhận chất lượng quốc tế JCI.", []),
    (
        "Đến năm 2045, tỉnh là trung tâm công nghiệp của vùng; là đô thị xanh, thông minh; "
        "có thu nhập bình quân đầu người thuộc nhóm cao của cả nước.",
        [
            ("trung tâm công nghiệp của vùng", 2045),
            ("là đô thị xanh, thông minh", 2045),
            ("có thu nhập bình quân đầu người", 2045),
        ],
    ),
    (
        "Năm 2026, tỉnh đặt mục tiêu tiếp tục cải thiện môi trường kinh doanh, nâng cao năng "
        "lực cạnh tranh cấp tỉnh; đẩy mạnh chuyển đổi số trong cơ quan nhà nước.",
        [
            ("cải thiện môi trường kinh doanh", 2026),
            ("nâng cao năng lực cạnh tranh", 2026),
            ("đẩy mạnh chuyển đổi số", 2026),
        ],
    ),
    (
        "Đội tuyển U23 đặt mục tiêu giành HCV SEA Games và vào chung kết giải châu Á năm 2026.",
        [("giành HCV SEA Games", 2026), ("vào chung kết giải châu Á", 2026)],
    ),
]

RELATIVE_DEADLINES: list[Case] = [
    (
        "Tỉnh phấn đấu đến cuối năm nay hoàn thành 100% xã nông thôn mới.",
        [("100%", 2025)],
    ),
    ("Năm tới, công ty đặt mục tiêu doanh thu 3.000 tỷ đồng.", [("3.000 tỷ đồng", 2026)]),
    # a quarter or month to come opening the statement dates its plan (the article is of
    # 20/11/2025: the next quarter is in 2026); one gone by does not
    (
        "Quý tới, hãng dự kiến mở đường bay Đà Nẵng - Manila với tần suất 5 chuyến mỗi tuần.",
        [("5 chuyến", 2026)],
    ),
    ("Tháng trước, công ty đặt mục tiêu doanh thu 500 tỷ đồng.", [("500 tỷ đồng", None)]),
    # a fixed pair of nouns cuts no clause: the goal keeps the time after it
    (
        "Ngân hàng hướng tới ROE trên 20% trong giai đoạn 2026-2030; ngân hàng sẽ mở mới 20 "
        "chi nhánh, phòng giao dịch trong năm nay.",
        [("trên 20%", 2030), ("20 chi nhánh", 2025)],
    ),
    # "năm nay" after "so với" is the base compared with, no deadline: the statement's year
    (
        '"Năm 2026, chúng tôi phấn đấu giảm 20% số vụ cháy so với năm nay", ông Tuấn nói.',
        [("20%", 2026)],
    ),
    # "cả năm" in the plan of a later year is that year's whole, not the article's year
    (
        "Cho năm 2026, thành phố đặt các chỉ tiêu:\n- Đón 9 triệu lượt khách;\n- Nâng công "
        "suất phòng bình quân cả năm lên 65%.",
        [("9 triệu lượt khách", 2026), ("65%", 2026)],
    ),
]

FALSE_TARGETS: list[Case] = [
    # the denominator of a rate ("trên 10.000 dân") is no goal of its own
    (
        "Kế hoạch đặt mục tiêu đến năm 2030 đạt 35 giường bệnh và 19 bác sĩ trên 10.000 dân.",
        [("35 giường bệnh", 2030), ("19 bác sĩ", 2030)],
    ),
    # "trong khi" turns from the goal to how another stands (contrast, one word list for
    # both the targets and the role stage)
    (
        "Hãng đặt mục tiêu đến năm 2030 sở hữu đội bay 150 chiếc, trong khi hãng đối thủ hiện "
        "chỉ duy trì 9 tàu bay.",
        [("150 chiếc", 2030)],
    ),
    # a goal quoted to measure an estimate against ("thấp hơn chỉ tiêu 10%") opens no goals
    # for the clauses after it
    (
        "Năm 2026, tỉnh ước cả năm GRDP tăng 9,4%, thấp hơn chỉ tiêu 10%; GRDP bình quân đầu "
        "người đạt khoảng 98 triệu đồng.",
        [("10%", 2026)],
    ),
    ("Năm 2025, xuất khẩu của tỉnh ước đạt 3,2 tỷ USD, tăng 11%.", []),
    # "ước" before any verb of change estimates the period under way
    ("Đến cuối năm 2025, tỷ lệ hộ nghèo của tỉnh ước còn 9,2%.", []),
    ("Đến cuối năm 2025, số doanh nghiệp ước tăng 1.200 doanh nghiệp.", []),
    ("Các chuyên gia dự báo GDP năm 2026 tăng 6,8%.", []),
    (
        "Kế hoạch kinh doanh năm 2026 dựa trên giả định giá dầu 65 USD/thùng và "
        "tỷ giá 25.800 đồng/USD.",
        [],
    ),
    ("Dự án có tổng vốn đầu tư hơn 5.000 tỷ đồng, gồm đường dây 500 kV dài 120 km.", []),
    (
        "Năm 2026, công ty đặt mục tiêu doanh thu 2.000 tỷ đồng, tăng 12,3% so với năm 2025.",
        [("2.000 tỷ đồng", 2026)],
    ),
    (
        "Năm 2026, hãng đặt mục tiêu vận chuyển 12 triệu khách, tăng 8%; doanh thu sẽ tăng "
        "7% lên 9.000 tỷ đồng.",
        [("12 triệu khách", 2026), ("9.000 tỷ đồng", 2026)],
    ),
    ("Ông Tâm sẽ nhận khoảng 40 tỷ đồng tiền cổ tức.", []),
    (
        "Năm 2026, công ty đặt kế hoạch lợi nhuận 700 tỷ đồng. Theo ban lãnh đạo, kế hoạch "
        "giảm là do giá than tăng, chi phí vận chuyển cũng tăng 8% so với năm trước.",
        [("700 tỷ đồng", 2026)],
    ),
    (
        "Năm 2026, hội đồng quản trị dự kiến tạm ứng cổ tức 20% và chia làm hai đợt.",
        [("20%", 2026)],
    ),
    # rule scheduled_event: when an event takes place is no goal
    ("Kỳ họp dự kiến bế mạc vào ngày 30/12.", []),
    ("Hội chợ nông sản sẽ diễn ra vào tháng 12 năm nay.", []),
    # rule contrast_clause: how things stand, after "nhưng" or "song", is no goal
    (
        "Đề án đặt mục tiêu xây dựng 1 triệu căn hộ đến năm 2030, nhưng đến hết tháng 10 các "
        "địa phương mới hoàn thành khoảng 50.000 căn, đạt 5%.",
        [("1 triệu căn hộ", 2030)],
    ),
    (
        "Năm 2026, công ty đặt kế hoạch doanh thu 6.000 tỷ đồng, song biên lợi nhuận gộp vẫn "
        "được giữ ở mức 38-40%.",
        [("6.000 tỷ đồng", 2026)],
    ),
    # rule market_outlook: after a company's goals, where a price goes is nobody's goal
    (
        "Năm 2026, công ty đặt mục tiêu doanh thu 5.000 tỷ đồng. Giá thép xây dựng sẽ tăng "
        "khoảng 5% trong năm 2026.",
        [("5.000 tỷ đồng", 2026)],
    ),
    (
        "Năm 2026, ngân hàng đặt mục tiêu tín dụng tăng 14%. Lãi suất cho vay dự kiến giảm "
        "thêm 0,5 điểm phần trăm.",
        [("14%", 2026)],
    ),
    # a value is no price, and an actor named after the market states its own plan
    (
        "Năm 2026, tổng công ty đặt mục tiêu doanh thu 9.000 tỷ đồng. Giá trị hợp đồng ký mới "
        "dự kiến đạt tối thiểu 15.000 tỷ đồng.",
        [("9.000 tỷ đồng", 2026), ("15.000 tỷ đồng", 2026)],
    ),
    (
        "Năm 2026, công ty đặt mục tiêu lãi 500 tỷ đồng. Giá tôm phục hồi, Minh Phú kỳ vọng "
        "doanh thu năm 2026 vượt 14.000 tỷ đồng.",
        [("500 tỷ đồng", 2026), ("14.000 tỷ đồng", 2026)],
    ),
    # rule part_of_spec: a share of what a thing costs, after ", trong đó", is no goal; a
    # share of a goal is
    (
        "Năm 2026, hội chợ dự kiến tổ chức vào tháng 9 với kinh phí 12 tỷ đồng, trong đó 70% "
        "huy động từ doanh nghiệp.",
        [],
    ),
    (
        "Năm 2026, tỉnh phấn đấu thu hút 2 tỷ USD vốn FDI, trong đó 60% vào công nghệ cao.",
        [("2 tỷ USD", 2026), ("60%", 2026)],
    ),
    # rule where_of_goal: a count after "tại" or "ở" behind a goal's figure says where the
    # goal is reached
    (
        "Năm 2026, tỉnh phấn đấu trồng mới 2.500 ha rừng tại 4 huyện miền núi.",
        [("2.500 ha", 2026)],
    ),
    (
        "Năm 2026, hãng đặt mục tiêu nâng doanh thu xuất khẩu lên 40% và có mặt tại 60 quốc gia.",
        [("40%", 2026), ("60 quốc gia", 2026)],
    ),
    # rule deal_price: the price per unit of a planned deal is what it costs, no goal
    (
        "Năm 2026, ngân hàng đặt mục tiêu phát hành 120 triệu cổ phiếu cho cổ đông hiện hữu với "
        "giá 10.000 đồng/cổ phiếu.",
        [("120 triệu cổ phiếu", 2026)],
    ),
    # a price that is the goal itself stays one
    (
        "Năm 2026, hợp tác xã đặt mục tiêu giá bán cà phê đặc sản đạt 180.000 đồng/kg.",
        [("180.000 đồng/kg", 2026)],
    ),
]

OWNER_AND_SPAN: list[Case] = [
    (
        "Ông Nguyễn Văn Hải cho biết tỉnh cần thu hút thêm 2 tỷ USD vốn FDI vào năm 2030.",
        [("2 tỷ USD", 2030)],
    ),
    (
        "Thành phố Phủ Lý, Hà Nam phấn đấu đến năm 2030 trở thành đô thị loại I.",
        [("trở thành đô thị loại I", 2030)],
    ),
]

DEMANDED_DEADLINES: list[Case] = [
    # rule demanded_action: a demanded action without a figure that names a time to come is
    # a goal, and so is an action joined after it with a time of its own
    (
        "Sở Y tế yêu cầu nhà thầu lắp đặt xong thiết bị xạ trị trong quý I/2027, đào tạo "
        "kíp vận hành trước tháng 6/2027.",
        [("lắp đặt xong thiết bị xạ trị", 2027), ("đào tạo kíp vận hành", 2027)],
    ),
    (
        "UBND tỉnh yêu cầu Sở Xây dựng xử lý dứt điểm các vướng mắc về mặt bằng trong quý I/2026.",
        [("xử lý dứt điểm các vướng mắc về mặt bằng", 2026)],
    ),
    # no time: an instruction, no goal; nor the day of an event, nor a duty's span
    ("UBND tỉnh yêu cầu các sở tiếp tục tháo gỡ vướng mắc về đất đai cho doanh nghiệp.", []),
    (
        "Bộ Tài chính yêu cầu Tổng cục Hải quan tổ chức hội nghị tổng kết năm 2026 vào ngày "
        "28/12/2026.",
        [],
    ),
    ("UBND tỉnh yêu cầu Công an tỉnh tăng cường tuần tra trong dịp cuối năm 2026.", []),
    (
        "Bộ Nông nghiệp và Môi trường yêu cầu các địa phương hoàn thành việc rà soát diện tích "
        "rừng phòng hộ trước tháng 9/2027.",
        [("hoàn thành việc rà soát diện tích rừng phòng hộ trước tháng 9/2027", 2027)],
    ),
    (
        "Phó Thủ tướng yêu cầu tổng thầu hoàn thành toàn bộ nhà ga trước ngày 31/12/2026.",
        [("hoàn thành toàn bộ nhà ga trước ngày 31/12/2026", 2026)],
    ),
    (
        "UBND tỉnh yêu cầu nhà thầu khởi công tuyến đường ven biển phía bắc trong quý II/2026.",
        [("khởi công tuyến đường ven biển phía bắc trong quý II/2026", 2026)],
    ),
    # "đề nghị" sets a deadline as "yêu cầu" does; "ban hành" is a milestone
    (
        "Chủ tịch HĐND tỉnh đề nghị UBND tỉnh sớm ban hành kế hoạch thực hiện trước ngày "
        "15/10/2026.",
        [("ban hành kế hoạch thực hiện trước ngày 15/10/2026", 2026)],
    ),
    # "phải" requires a milestone as "yêu cầu" does; a count of who acts may open the
    # clause, a figure elsewhere makes it another rule's
    (
        "Ngày 2/11/2026, UBND thành phố cho biết các phường phải bàn giao toàn bộ mặt bằng cho "
        "nhà thầu trước ngày 20/12/2026.",
        [("bàn giao toàn bộ mặt bằng cho nhà thầu trước ngày 20/12/2026", 2026)],
    ),
    (
        "Tại cuộc họp ngày 5/11/2026, ba huyện cam kết hoàn thành di dời đường điện trước "
        "ngày 31/3/2027.",
        [("hoàn thành di dời đường điện trước ngày 31/3/2027", 2027)],
    ),
    ("Ngày 5/11/2026, ông Hải cho biết đây không phải lần đầu dự án lỡ hẹn hoàn thành.", []),
    # "Theo <a directive>, …" states what it demands, no one's estimate
    (
        "Theo chỉ đạo ngày 2/11/2026 của UBND tỉnh, các xã phải bàn giao toàn bộ mặt bằng cho "
        "nhà thầu trước ngày 20/12/2026.",
        [("bàn giao toàn bộ mặt bằng cho nhà thầu trước ngày 20/12/2026", 2026)],
    ),
    (
        "Theo tiến độ được phê duyệt, nhà máy sẽ đưa vào vận hành trong quý III/2027.",
        [("đưa vào vận hành trong quý III/2027", 2027)],
    ),
    ("Năm 2023, các xã đã phải bàn giao mặt bằng trước tháng 6/2023.", []),
    ("Năm 2023, Bộ đã yêu cầu các tỉnh hoàn thành việc rà soát trước tháng 6/2023.", []),
    ("Người dân yêu cầu chủ đầu tư sớm hoàn thành hệ thống thoát nước cho khu dân cư.", []),
    # rule demanded_by_date: a body named by a group word, or an action verb outside the
    # list, is read when the action is due by a date to come ("chậm nhất", "muộn nhất")
    (
        "Ngày 10/11/2025, Bộ Công Thương yêu cầu các sở công thương gửi báo cáo tình hình cung "
        "ứng xăng dầu chậm nhất ngày 15/1/2027.",
        [
            (
                "gửi báo cáo tình hình cung ứng xăng dầu chậm nhất ngày 15/1/2027",
                2027,
            )
        ],
    ),
    (
        "Ngày 3/11/2025, Ngân hàng Nhà nước yêu cầu những ngân hàng chưa đủ vốn trình phương án "
        "tăng vốn muộn nhất vào quý II/2027.",
        [("những ngân hàng chưa đủ vốn trình phương án tăng vốn muộn nhất vào quý II/2027", 2027)],
    ),
    ("Năm 2024, Bộ Tài chính yêu cầu các tỉnh nộp báo cáo quyết toán trước ngày 31/3/2024.", []),
    ("Bộ Y tế yêu cầu các bệnh viện công khai giá dịch vụ khám bệnh.", []),
    # only a state body or a state title sets such a goal, and "yêu cầu" as a noun asks none
    ("Cử tri yêu cầu chính quyền công bố kết quả thanh tra trước ngày 30/1/2026.", []),
    ("Hiệp hội Doanh nghiệp yêu cầu các ngân hàng giãn nợ cho hội viên đến hết năm 2026.", []),
    ("Đáp ứng yêu cầu về tiến độ, nhà thầu huy động thêm máy móc trước ngày 30/12/2025.", []),
    # a time between the body and its action is when the action is due
    (
        "Ngày 1/11/2025, UBND tỉnh giao Sở Nông nghiệp trước ngày 20/12 rà soát, chuyển đổi "
        "khoảng 2.500 ha đất lúa kém hiệu quả sang trồng cây ăn quả.",
        [("2.500 ha", 2025)],
    ),
    # rule referenced_cue: a goal noun after "theo" refers to a goal set before, no cue
    (
        "Ngày 5/11/2025, Chính phủ yêu cầu các tỉnh, thành phố phải bố trí đủ quỹ đất tái định "
        "cư theo chỉ tiêu được giao trước ngày 31/3/2026.",
        [("phải bố trí đủ quỹ đất tái định cư theo chỉ tiêu được giao trước ngày 31/3/2026", 2026)],
    ),
    (
        "Ngày 1/11/2025, UBND tỉnh giao Sở Tài chính trước ngày 15/12/2025 rà soát toàn bộ nhà "
        "đất công.",
        [("rà soát toàn bộ nhà đất công", 2025)],
    ),
    # a joined clause due by a date is one more demanded action; an aside of the one
    # before ("nhất là …") is none
    (
        "Ngày 5/11/2025, Chủ tịch UBND tỉnh yêu cầu các sở rà soát lại hồ sơ đất đai, báo cáo "
        "kết quả trước ngày 20/12/2025.",
        [("báo cáo kết quả trước ngày 20/12/2025", 2025)],
    ),
    (
        "UBND thành phố yêu cầu chủ đầu tư đẩy nhanh giải phóng mặt bằng, nhất là đoạn qua xã "
        "Bình Lợi trước ngày 30/6/2027.",
        [],
    ),
]

COMPARED_PLAN_YEAR: list[Case] = [
    (
        "Năm 2026, tỉnh đặt mục tiêu tăng trưởng 9%. Thu ngân sách được giao ở mức 15.200 tỷ "
        "đồng, tăng 7,5% so với dự toán năm 2025.",
        [("9%", 2026), ("15.200 tỷ đồng", 2026)],
    ),
    (
        "Năm 2026, thu nội địa được giao 8.400 tỷ đồng, tăng 11% so với ước thực hiện năm 2025.",
        [("8.400 tỷ đồng", 2026)],
    ),
    (
        "Năm 2026, tổng công ty dự kiến doanh thu 6.100 tỷ đồng, cao hơn 5% so với kế hoạch "
        "năm 2025.",
        [("6.100 tỷ đồng", 2026)],
    ),
    ("Năm 2025, thu ngân sách đạt 9.300 tỷ đồng, vượt 6% so với dự toán năm 2025.", []),
]

PARAGRAPH_PLAN: list[Case] = [
    (
        "Năm 2026, tỉnh phấn đấu tăng trưởng GRDP đạt 9%. Thu ngân sách được giao ở mức 15.200 "
        "tỷ đồng, tăng 7,5% so với dự toán năm 2025. Kim ngạch xuất khẩu dự kiến đạt 12 tỷ USD, "
        "trong đó khối doanh nghiệp FDI chiếm trên 80%.",
        [("9%", 2026), ("15.200 tỷ đồng", 2026), ("12 tỷ USD", 2026)],
    ),
    # no goal earlier in the paragraph: an undated estimate stays out
    ("Kim ngạch xuất khẩu của tỉnh dự kiến đạt 12 tỷ USD, trong đó khối FDI chiếm 80%.", []),
    # a plan figure dated by its statement dates the next one of its paragraph
    (
        "Năm 2027, UBND tỉnh trình HĐND dự toán thu ngân sách 21.500 tỷ đồng. Tổng chi ngân sách "
        "địa phương dự kiến 16.300 tỷ đồng.",
        [("21.500 tỷ đồng", 2027), ("16.300 tỷ đồng", 2027)],
    ),
    # a plan noun of its own ("Dự toán chi") dates a figure as a plan word does, and a part
    # after "trong đó" reads it; in a report on this year, next year's budget stays next year's
    (
        "Thu ngân sách năm nay ước đạt 18.400 tỷ đồng. Năm 2026, tỉnh được giao dự toán thu "
        "17.900 tỷ đồng, cao hơn 6% so với dự toán năm 2025. Dự toán chi ngân sách địa phương "
        "là 26.150 tỷ đồng, trong đó Trung ương bổ sung cân đối 9.300 tỷ đồng.",
        [("17.900 tỷ đồng", 2026), ("26.150 tỷ đồng", 2026), ("9.300 tỷ đồng", 2026)],
    ),
]

# Rules restated_growth and equivalent_restated: a multiple of the goal or the goal in another unit
RESTATED_GOAL: list[Case] = [
    (
        "Năm 2026, công ty phấn đấu sản xuất 1,2 triệu tấn thép, tương đương 100.000 tấn mỗi "
        "tháng.",
        [("1,2 triệu tấn", 2026)],
    ),
    (
        "Tỉnh đặt mục tiêu đến năm 2030 thu hút 5 tỷ USD vốn FDI, gấp 3 lần giai đoạn trước.",
        [("5 tỷ USD", 2030)],
    ),
]

JOINED_MILESTONES: list[Case] = [
    # after "và", an action verb or a milestone after an adverb ("chính thức") opens the
    # second goal when both parts name a time
    (
        '"Mục tiêu là chạy thử vào tháng 2/2027 và chính thức vận hành trong quý III/2027", '
        "ông Hòa nói.",
        [("chạy thử vào tháng 2/2027", 2027), ("chính thức vận hành trong quý III/2027", 2027)],
    ),
    (
        "Mục tiêu là đổ bê tông xong trụ tháp trước tháng 5/2027 và lắp đặt dầm thép vào "
        "cuối năm 2028.",
        [("đổ bê tông xong trụ tháp", 2027), ("lắp đặt dầm thép vào cuối năm 2028", 2028)],
    ),
    # a goal with a time of its own, then a milestone and its time: two goals (rule
    # due_of_goal dates only a goal that names no time)
    (
        "Năm 2025, tổng công ty đặt mục tiêu khởi công nhà máy trong quý II/2026, chạy thử vào "
        "cuối năm 2027.",
        [("khởi công nhà máy trong quý II/2026", 2026), ("chạy thử vào cuối năm 2027", 2027)],
    ),
    # one time only: one goal
    (
        "Mục tiêu là chạy thử và chính thức vận hành trong quý III/2027.",
        [("chạy thử và chính thức vận hành trong quý III/2027", 2027)],
    ),
    # "hoàn tất" is a milestone as "hoàn thành" is
    (
        "Dự án sẽ thông xe kỹ thuật vào tháng 9/2026 và hoàn tất toàn tuyến trước ngày 30/6/2027.",
        [("thông xe kỹ thuật vào tháng 9/2026", 2026), ("hoàn tất toàn tuyến", 2027)],
    ),
    # "khai thác" (to operate) is a milestone as "đưa vào khai thác" is
    (
        "Theo kế hoạch, nhà ga mới sẽ đón chuyến bay đầu tiên vào quý II/2027 và khai thác "
        "toàn bộ công suất từ năm 2028.",
        [
            ("nhà ga mới sẽ đón chuyến bay đầu tiên vào quý II/2027", 2027),
            ("khai thác toàn bộ công suất từ năm 2028", 2028),
        ],
    ),
    ("Theo kế hoạch, tuyến metro sẽ khai thác thương mại từ quý IV/2027.", [("tuyến metro", 2027)]),
    # the year right after a milestone verb is that milestone's deadline
    (
        "Theo kế hoạch, hai bến cảng khởi công trong năm tới và đưa vào vận hành năm 2029.",
        [("hai bến", 2026), ("đưa vào vận hành năm 2029", 2029)],
    ),
    (
        "Bộ Giao thông yêu cầu các nhà thầu tăng cường máy móc, bảo đảm thông xe đoạn qua thị "
        "xã vào cuối năm 2026 và hoàn thành toàn tuyến trước ngày 30/9/2027.",
        [("thông xe đoạn qua thị xã vào cuối năm 2026", 2026), ("hoàn thành toàn tuyến", 2027)],
    ),
    (
        "Nhà máy dự kiến khởi công trong quý II/2026 và hoàn thành vào năm 2028.",
        [("khởi công trong quý II/2026", 2026), ("hoàn thành vào năm 2028", 2028)],
    ),
    # a plan marker after "và" opens the second milestone
    (
        "Theo kế hoạch, cầu Rạch Miễu 2 sẽ thông xe vào tháng 12 năm nay và dự kiến hoàn "
        "thành toàn bộ dự án trong quý I/2027.",
        [("thông xe vào tháng 12 năm nay", 2025), ("hoàn thành toàn bộ dự án", 2027)],
    ),
    # the later milestone's year is a schedule, not the year the article reports on
    (
        "Nhà máy sẽ khởi công trong quý I năm sau và đi vào hoạt động từ đầu năm 2028.",
        [("khởi công trong quý I năm sau", 2026), ("đi vào hoạt động từ đầu năm 2028", 2028)],
    ),
    # one time for both milestones: one goal
    (
        "Dự án dự kiến khởi công và hoàn thành trong năm 2027.",
        [("khởi công và hoàn thành trong năm 2027", 2027)],
    ),
]

ITEM_OWN_DEADLINE: list[Case] = [
    (
        "Theo Đề án phát triển y tế đến năm 2030, tỉnh phấn đấu có 95% trạm y tế xã đạt chuẩn; "
        "100% bệnh viện tuyến huyện áp dụng bệnh án điện tử vào năm 2027; tỷ lệ người dân có "
        "hồ sơ sức khỏe điện tử đạt trên 98%.",
        [("95%", 2030), ("100%", 2027), ("trên 98%", 2030)],
    ),
]

JOINED_ACTION_GOAL: list[Case] = [
    # rule goal_then_figure: a goal to prevent something, then "và" and a figure's action
    (
        "Năm 2026, công ty cam kết không để xảy ra tai nạn lao động chết người và giảm 15% "
        "số vụ sự cố thiết bị.",
        [("không để xảy ra tai nạn lao động chết người", 2026), ("15%", 2026)],
    ),
    # rule joined_figure_goal: "và" and an action with a figure of its own after a plan's
    # figure, in one clause: two goals
    (
        "Năm 2026, thành phố sẽ giảm tỷ lệ hộ nghèo xuống dưới 1% và dành ít nhất 30% vốn "
        "đầu tư công cho các xã vùng cao.",
        [("dưới 1%", 2026), ("ít nhất 30%", 2026)],
    ),
    (
        "Công ty sẽ nâng công suất nhà máy lên 60.000 tấn/năm và tuyển thêm 400 lao động "
        "trong năm 2026.",
        [("60.000 tấn/năm", 2026), ("400 lao động", 2026)],
    ),
    # a time after the quote closes is the day it was said, no time of the second goal
    (
        '"Chúng tôi đặt mục tiêu nâng dư nợ cho vay lên 9.000 tỷ đồng vào cuối năm 2026 và '
        'lọt vào top 10 thị phần môi giới", ông Tùng chia sẻ tại buổi gặp nhà đầu tư ngày '
        "20/10.",
        [("9.000 tỷ đồng", 2026), ("lọt vào top 10 thị phần môi giới", 2026)],
    ),
    (
        "Sở cũng đặt chỉ tiêu tuyển thêm khoảng 800 bác sĩ trong năm 2026 và xóa toàn bộ trạm "
        "y tế xuống cấp trước năm 2028.",
        [("khoảng 800 bác sĩ", 2026), ("xóa toàn bộ trạm y tế xuống cấp trước năm 2028", 2028)],
    ),
    # no time of its own after "và": the goal's own deadline
    (
        "Năm 2026, huyện phấn đấu trồng mới 300 ha rừng và nâng cao chất lượng rừng phòng hộ.",
        [("300 ha", 2026), ("nâng cao chất lượng rừng phòng hộ", 2026)],
    ),
    (
        "Đến năm 2030, tỉnh phấn đấu tỷ lệ lấp đầy khu công nghiệp đạt trên 70% và đưa tỉnh trở "
        "thành trung tâm logistics của vùng.",
        [("trên 70%", 2030), ("đưa tỉnh trở thành trung tâm logistics của vùng", 2030)],
    ),
    # the part names its own subject before an aim ("và Cần Thơ trở thành …")
    (
        "Đến năm 2030, thành phố phấn đấu kinh tế số chiếm 30% GRDP và Cần Thơ trở thành "
        "trung tâm đổi mới sáng tạo của vùng Đồng bằng sông Cửu Long.",
        [
            ("30%", 2030),
            ("Cần Thơ trở thành trung tâm đổi mới sáng tạo của vùng Đồng bằng sông Cửu Long", 2030),
        ],
    ),
    (
        "Tập đoàn đặt mục tiêu doanh thu năm 2027 đạt 2 tỷ USD và Viettel trở thành nhà mạng "
        "dẫn đầu khu vực.",
        [("2 tỷ USD", 2027), ("Viettel trở thành nhà mạng dẫn đầu khu vực", 2027)],
    ),
    # a later time of the sentence may be the part's own: one goal, as before
    (
        "Năm 2026, trường đặt mục tiêu tuyển 150 giáo viên và xóa toàn bộ phòng học tạm, mượn "
        "trước năm 2028.",
        [("150 giáo viên", 2026)],
    ),
]

COMMITTED_PLAN: list[Case] = [
    (
        "Sau đợt phát hành, vốn điều lệ của công ty dự kiến sẽ tăng lên 2.150 tỷ đồng.",
        [("2.150 tỷ đồng", None)],
    ),
    ("Xuất khẩu thủy sản của tỉnh dự kiến đạt 900 triệu USD.", []),
    ("Giá thép dự kiến sẽ tăng thêm 5% do chi phí đầu vào tăng.", []),
]

# Rule ``rating``: a rating that equipment carries names what is built, not a goal's size.
RATINGS: list[Case] = [
    (
        "Tổng công ty Truyền tải điện cam kết hoàn thành hai dự án lưới điện 500 kV "
        "trước năm 2028.",
        [("hai dự án", 2028)],
    ),
    (
        "Tỉnh phấn đấu đến năm 2027 đưa vào vận hành 3 trạm biến áp 220 kV và 45 km đường dây "
        "110 kV.",
        [("3 trạm", 2027), ("45 km", 2027)],
    ),
    (
        "Năm 2026, công ty đặt mục tiêu nâng công suất lắp đặt lên 1.200 MW.",
        [("1.200 MW", 2026)],
    ),
]

PLANNED_ACTION_FIGURE: list[Case] = [
    # an undated plan figure after a plan word that opens an action: someone's plan
    (
        "Sáng 10/11, Ban tổ chức cho biết Lễ hội Hang động dự kiến thu hút khoảng 80.000 lượt "
        "khách.",
        [("khoảng 80.000 lượt khách", None)],
    ),
    (
        "Hội chợ OCOP dự kiến tổ chức 3 đợt tại Vinh, Cửa Lò và Thái Hòa.",
        [("3 đợt", None)],
    ),
    # a change of a quantity after the plan word is an expectation, no one's plan
    ("Giá thép xây dựng dự kiến tăng 5% do chi phí đầu vào cao.", []),
    ("Sản lượng cà phê dự kiến giảm 10% vì hạn hán.", []),
]

STARTS_FROM: list[Case] = [
    # a goal that starts in a year to come is due then; that year dates no other goal of
    # its list
    ("Từ năm 2027, tỉnh phấn đấu mỗi năm thu hút 1 tỷ USD vốn FDI.", [("1 tỷ USD", 2027)]),
    (
        "Theo đề án, thành phố sẽ:\n1. Mở mới 45 tuyến xe buýt;\n2. Từ năm 2027, 100% xe buýt "
        "mới phải dùng điện;\n3. Đến năm 2030, nâng tỷ lệ đi lại bằng vận tải công cộng lên 30%.",
        [("45 tuyến", 2030), ("100%", 2027), ("30%", 2030)],
    ),
    # an item whose own clause starts at a year to come ("… từ năm 2027") is due then,
    # under a heading with a later deadline; a year gone by after "từ" dates nothing
    (
        "Mục tiêu đến năm 2030 của thành phố gồm:\n- Nâng tỷ lệ người dân đi xe buýt lên 25%;"
        "\n- 100% xe buýt đầu tư mới dùng điện hoặc năng lượng xanh từ năm 2027.",
        [("25%", 2030), ("100%", 2027)],
    ),
    (
        "Đến năm 2030, tỉnh phấn đấu có 90% hộ dân dùng nước sạch, tăng gấp đôi so với "
        "từ năm 2020.",
        [("90%", 2030)],
    ),
    # the start year is its own clause's only
    (
        "Đến năm 2030, thành phố phấn đấu 100% xe buýt đầu tư mới dùng điện từ năm 2027, tỷ "
        "lệ đi xe buýt đạt 25%, giảm 30% lượng khí thải.",
        [("100%", 2027), ("25%", 2030), ("30%", 2030)],
    ),
]

OBLIGATION: list[Case] = [
    # "phải" is a weak cue: an obligation with a time to come in its clause is a goal
    (
        "Theo chỉ đạo của UBND tỉnh, các chủ đầu tư phải giải ngân ít nhất 80% vốn được giao "
        "trước ngày 31/12/2026.",
        [("ít nhất 80%", 2026)],
    ),
    (
        "Cục Thuế phải công bố danh sách 200 doanh nghiệp nợ thuế trong quý I/2027.",
        [("200 doanh nghiệp", 2027)],
    ),
    # no time to come: no goal; a time gone by tells what was due, with a figure or not
    ("Doanh nghiệp phải nộp phạt 5 tỷ đồng do vi phạm quy định về môi trường.", []),
    ("Năm 2023, nhiều địa phương không phải tiết giảm 500 MW phụ tải như năm 2022.", []),
    ("Năm 2023, các xã đã phải bàn giao 50 ha mặt bằng trước tháng 6/2023.", []),
    # "phải" inside an accounting noun ("nợ phải trả", "khoản phải thu") is no obligation,
    # though a date follows
    ("Nợ phải trả của công ty đến ngày 30/9/2026 là 8.500 tỷ đồng.", []),
    ("Các khoản phải thu ngắn hạn đến ngày 30/9/2026 là 1.200 tỷ đồng.", []),
    (
        "Khoản nợ xấu phải được xử lý dứt điểm 500 tỷ đồng trước năm 2027.",
        [("500 tỷ đồng", 2027)],
    ),
]

# Weak goal cues: "nhắm mốc" (aim at a mark) marks a goal with its deadline, as "nhắm tới"
# does; "nhắm vào" (target, attack) does not
AIM_WORDS: list[Case] = [
    (
        "Chuỗi bán lẻ Hương Lúa nhắm mốc 900 cửa hàng vào cuối năm 2027.",
        [("900 cửa hàng", 2027)],
    ),
    ("Các nhóm lừa đảo nhắm vào 300 doanh nghiệp nhỏ trong năm 2026.", []),
]

# Rule own_future_action: a named actor, "sẽ" or "có kế hoạch", then an action verb
OWN_FUTURE_ACTION: list[Case] = [
    # a commune or a ward plans as a province does; "tung ra" (launch) is an action
    (
        "Năm 2025, xã Tân Phú đạt chuẩn nông thôn mới. Xã sẽ xây dựng thêm 3 tuyến đường "
        "kiểu mẫu trong năm 2026.",
        [("3 tuyến đường", 2026)],
    ),
    (
        "Công ty Cổ phần Xe điện Phương Nam cho biết hãng sẽ tung ra 4 mẫu xe máy điện mới "
        "trong năm 2026.",
        [("4 mẫu", 2026)],
    ),
    # a storm "đưa" (brings) rain: no plan
    ("Bão số 3 dự kiến đưa lượng mưa lên 300 mm tại các tỉnh miền Trung.", []),
    # announcing, filing, registering or selling is something an actor plans to do
    (
        "Công ty sẽ công bố nhà đầu tư trúng thầu dự án điện gió trong quý I/2026.",
        [("sẽ công bố nhà đầu tư trúng thầu", 2026)],
    ),
    (
        "Công ty sẽ nộp hồ sơ xin giấy phép công ty tài chính trong quý II/2026.",
        [("sẽ nộp hồ sơ xin giấy phép", 2026)],
    ),
    # an event's length is no plan of an actor
    ("Kỳ họp dự kiến kéo dài ba ngày, xem xét 27 tờ trình.", []),
    # rule apposed_actor: the name the statement opens with, described between commas,
    # then "cho biết sẽ …": its own plan
    (
        "Tập đoàn Thái Dương, cổ đông lớn nhất nắm 38,5% vốn của công ty, cho biết sẽ mở "
        "thêm 12 chi nhánh trong năm 2027.",
        [("12 chi nhánh", 2027)],
    ),
    (
        "Tập đoàn Thái Dương (TDG), cổ đông lớn nhất nắm 46,2% vốn của công ty, cho biết sẽ "
        "mở thêm 15 chi nhánh trong năm 2027.",
        [("15 chi nhánh", 2027)],
    ),
    # … but a course it reports after "cho biết" is nobody's plan
    (
        "Hiệp hội Lương thực Việt Nam, cơ quan đại diện ngành gạo, cho biết giá gạo xuất khẩu "
        "sẽ giảm 5% trong năm 2027.",
        [],
    ),
    # rule new_actor_paragraph: a paragraph opening with another organisation goes on no
    # goal passage of the paragraph before; its own plan stands alone
    (
        "Công ty cổ phần Bảo hiểm Hòa Bình phấn đấu đạt doanh thu phí 6.000 tỷ đồng vào năm "
        "2030.\n\nTập đoàn Đại Dương, cổ đông lớn nhất nắm 44,1% vốn điều lệ của công ty, cho "
        "biết sẽ hỗ trợ nâng vốn điều lệ lên 2.500 tỷ đồng trong năm 2027.",
        [("6.000 tỷ đồng", 2030), ("2.500 tỷ đồng", 2027)],
    ),
    # a body named without an aside carries its part of the plan: the passage goes on
    (
        "Tỉnh Phú Yên đặt mục tiêu đến năm 2027 trồng mới 6.000 ha rừng.\n\nCông ty TNHH Lâm "
        "nghiệp Sông Cầu nhận trồng 2.500 ha trong năm 2027.",
        [("6.000 ha", 2027), ("2.500 ha", 2027)],
    ),
    # rule joined_own_plan: "… và sẽ <action>" after the statement's actor is its plan too
    (
        '"Chúng tôi đã hoàn tất hồ sơ và sẽ trình Chính phủ đề án trong quý II/2026", ông Minh '
        "cho biết.",
        [("sẽ trình Chính phủ đề án trong quý II/2026", 2026)],
    ),
    (
        "Ngày 5/11/2025, Vinamilk cho biết giá sữa nguyên liệu đã tăng mạnh và sẽ tiếp tục tăng "
        "5% trong quý I/2026.",
        [],
    ),
    # another rule's goal later in the clause leaves the plan before its joint its own
    (
        "Năm 2026, Sở Y tế sẽ tuyển tối thiểu 300 bác sĩ và đề xuất tỉnh hỗ trợ thêm 5 triệu "
        "đồng/tháng cho bác sĩ về công tác ở xã đảo.",
        [("tối thiểu 300 bác sĩ", 2026), ("5 triệu đồng/tháng", 2026)],
    ),
    # "chúng tôi": the speaker's own body plans in quoted speech; a plan that starts at a
    # time to come is due then (rule starts_from); a condition or a pledge of effort with
    # no goal ("hỗ trợ hết mình") is no plan
    (
        "Bà Lan, Tổng giám đốc Bamboo Airways, cho biết: “Chúng tôi sẽ mở đường bay thẳng tới "
        "Melbourne từ tháng 3/2027”.",
        [("Chúng tôi sẽ mở đường bay thẳng tới Melbourne từ tháng 3/2027", 2027)],
    ),
    (
        "“Chúng tôi sẽ trình phương án sáp nhập lên đại hội cổ đông trong quý II/2026”, ông "
        "Tùng nói.",
        [("Chúng tôi sẽ trình phương án sáp nhập lên đại hội cổ đông trong quý II/2026", 2026)],
    ),
    # the clause's own start comes before another clause's time in its statement
    (
        "Bamboo Airways dự kiến mở đường bay thẳng Vinh - Bangkok từ tháng 12, còn Vietnam "
        "Airlines lên kế hoạch nối Vinh với Đà Lạt vào quý II/2026.",
        [
            ("Bamboo Airways dự kiến mở đường bay thẳng Vinh - Bangkok từ tháng 12", 2025),
            ("Vietnam Airlines lên kế hoạch nối Vinh với Đà Lạt", 2026),
        ],
    ),
    # "khai thác" (run a route, a berth) is an action
    (
        "Tổng công ty Đường sắt Việt Nam cho biết sẽ khai thác thêm 4 đoàn tàu du lịch trong "
        "năm 2026.",
        [("4 đoàn", 2026)],
    ),
    ("“Nếu giá thép còn giảm, chúng tôi sẽ cắt giảm sản lượng trong năm 2026”, ông Hải nói.", []),
    ("Ông Tâm khẳng định: “Chúng tôi sẽ hỗ trợ hết mình cho các hộ dân tái định cư”.", []),
    (
        "Tỉnh sẽ áp dụng hóa đơn điện tử cho toàn bộ hộ kinh doanh từ năm 2027.",
        [("áp dụng hóa đơn điện tử cho toàn bộ hộ kinh doanh từ năm 2027", 2027)],
    ),
    # "ký" (sign) is such an action; a clause comparing the plan's figure after it is no plan
    (
        "Tập đoàn Lộc Trời sẽ ký hợp đồng bao tiêu cho 35.000 ha trong năm 2026, tăng gấp 1,5 "
        "lần so với năm trước.",
        [("35.000 ha", 2026)],
    ),
    # rule paragraph_due: an undated plan of its own goes on with the dated goal before it
    # in its paragraph
    (
        "Ông Hà, Tổng giám đốc ban tổ chức, cho biết: “Mục tiêu của chúng tôi ở mùa giải "
        "2026-2027 là nâng số khán giả bình quân lên 9.000 người/trận và doanh thu tài trợ vượt "
        "200 tỷ đồng. Ban tổ chức cũng sẽ áp dụng công nghệ VAR cho toàn bộ các trận đấu”.",
        [("9.000 người", 2027), ("200 tỷ đồng", 2027), ("áp dụng công nghệ VAR", 2027)],
    ),
    # working with another body to act is an action of the actor's own
    (
        "Năm 2026, Bộ sẽ phối hợp với Bộ Tài chính trình Chính phủ bổ sung 12.000 biên chế "
        "giáo viên cho giai đoạn 2026-2030.",
        [("12.000 biên chế", 2030)],
    ),
    # calling for and attracting investment, training people are actions too
    (
        "Năm 2026, tỉnh sẽ kêu gọi đầu tư ít nhất 3 nhà máy chế biến điều, thu hút thêm 200 "
        "triệu USD vốn FDI.",
        [("ít nhất 3 nhà máy", 2026), ("200 triệu USD", 2026)],
    ),
    # moving, negotiating, signing and piloting are actions a plan states
    (
        "Năm 2026, tỉnh sẽ chuyển 5.000 ha đất lúa kém hiệu quả sang trồng cây ăn trái.",
        [("5.000 ha", 2026)],
    ),
    (
        "Năm 2026, tập đoàn sẽ đàm phán với đối tác Nhật Bản về dự án điện gió ngoài khơi.",
        [("tập đoàn sẽ đàm phán với đối tác Nhật Bản", 2026)],
    ),
    # "dự kiến", "định hướng" after the actor mark its own plan as "sẽ" does
    (
        "Năm 2026, Vinamilk dự kiến mở rộng sang ít nhất hai thị trường mới tại Trung Đông.",
        [("ít nhất hai thị trường", 2026)],
    ),
    (
        "Giai đoạn 2026-2030, tỉnh định hướng phát triển vùng ven biển thành trung tâm du "
        "lịch biển.",
        [("tỉnh định hướng phát triển vùng ven biển", 2030)],
    ),
    (
        "Theo thỏa thuận, Viettel và nhà trường sẽ mở 2 chương trình đào tạo thạc sĩ vi mạch "
        "từ năm học 2027-2028.",
        [("2 chương trình", 2028)],
    ),
    # a share offer, and what it brings about after "qua đó" (rule joined_own_action)
    (
        "Trong năm 2026, Hòa Phát sẽ chào bán thêm 300 triệu cổ phiếu cho cổ đông hiện hữu, "
        "qua đó nâng vốn điều lệ từ 63.900 tỷ đồng lên 66.900 tỷ đồng.",
        [("300 triệu cổ phiếu", 2026), ("66.900 tỷ đồng", 2026)],
    ),
    (
        "Ông Lê Văn Tám cho biết công ty sẽ trình hồ sơ niêm yết lên Sở Giao dịch Chứng khoán "
        "trong quý II/2026.",
        [("hồ sơ niêm yết", 2026)],
    ),
    (
        "Theo thỏa thuận, Ngân hàng TMCP Quân đội sẽ tiếp tục hỗ trợ vốn cho các nhà thầu "
        "để hoàn tất khu đô thị.",
        [("Ngân hàng TMCP Quân đội sẽ tiếp tục hỗ trợ vốn cho các nhà thầu", None)],
    ),
    (
        "Ở thị trường nước ngoài, Vinamilk có kế hoạch mở rộng hoạt động tại Lào và Campuchia.",
        [("Vinamilk có kế hoạch mở rộng hoạt động tại Lào", None)],
    ),
    (
        "Bộ Giáo dục và Đào tạo cho biết tới đây sẽ mở rộng chương trình thí điểm giai đoạn "
        "2026-2030 ra toàn quốc.",
        [("sẽ mở rộng chương trình thí điểm", 2030)],
    ),
    (
        "Để chuẩn bị cho vòng loại, đội tuyển trong năm 2026 sẽ trẻ hóa đội hình.",
        [("đội tuyển trong năm 2026 sẽ trẻ hóa đội hình", 2026)],
    ),
    (
        "Năm tới, công ty sẽ mở thêm 40 cửa hàng tại các tỉnh miền Tây.",
        [("40 cửa hàng", 2026)],
    ),
    # told by one of its people; a clause joined by "đồng thời" is one more plan
    (
        "Theo bà Hạnh, trong năm 2026 công ty sẽ mở thêm 25 phòng khám tại miền Trung, đồng "
        "thời hoàn tất phát hành 20 triệu cổ phiếu cho cổ đông hiện hữu.",
        [("25 phòng khám", 2026), ("20 triệu cổ phiếu", 2026)],
    ),
    # rule figure_of_action: the figure after a comma spells out the plan before it;
    # a further action is a goal of its own
    (
        "Hiện chủ đầu tư chuẩn bị triển khai giai đoạn 2 của dự án, lắp thêm 40 tua bin, "
        "biến vùng ven biển thành trung tâm năng lượng tái tạo của tỉnh.",
        [("40 tua bin", None), ("biến vùng ven biển thành trung tâm", None)],
    ),
    # an outsider's view of the actor: no plan
    ("Theo Bộ Công Thương, doanh nghiệp sẽ mở rộng xuất khẩu sang châu Phi.", []),
    (
        "Tỉnh sẽ dành khoảng 1.500 ha đất để phát triển khu công nghiệp công nghệ cao.",
        [("khoảng 1.500 ha", None)],
    ),
    ("Huyện sẽ ưu tiên nguồn lực cho giáo dục vùng sâu.", [("Huyện sẽ ưu tiên nguồn lực", None)]),
    # no actor: a market, a price, people
    ("Thị trường bất động sản sẽ phục hồi từ quý sau.", []),
    ("Người lao động sẽ được hỗ trợ tiền thuê nhà trong ba tháng.", []),
    # not an action verb: an event, a receipt, a rivalry
    ("Đại hội đồng cổ đông Công ty Cổ phần Sữa Việt Nam sẽ diễn ra vào cuối tháng 4.", []),
    ("Tại Lào, Viettel sẽ cạnh tranh với hai nhà mạng lớn của nước này.", []),
    # an obligation in someone's opinion, a belief, a condition, someone else's forecast
    ("Ông Tuấn cho rằng doanh nghiệp sẽ phải tăng giá bán 5%.", []),
    ("Viettel tin tưởng sẽ mở rộng thị phần tại châu Phi.", []),
    ("Nếu chậm chuyển đổi, doanh nghiệp sẽ mở rộng thua lỗ.", []),
    ("Các chuyên gia dự báo Grab sẽ mở rộng sang Myanmar.", []),
    # a heading for the goals that follow (rule own_plan_heading)
    (
        "Ông Lâm cho biết tỉnh sẽ tập trung vào bốn trụ cột: chuyển đổi số, hạ tầng giao "
        "thông, du lịch biển và nguồn nhân lực.",
        [],
    ),
    ("Theo đó, tập đoàn có kế hoạch triển khai những chiến lược quan trọng trong năm tới.", []),
]

# Rule planned_change_level: a plan given as a change from one level to another
PLANNED_CHANGE_LEVEL: list[Case] = [
    (
        "Năm 2026, tổng công ty đặt mục tiêu doanh thu 12.000 tỷ đồng. Lợi nhuận trước thuế "
        "dự kiến tăng 12%, từ 1.250 tỷ đồng lên 1.400 tỷ đồng.",
        [("12.000 tỷ đồng", 2026), ("1.400 tỷ đồng", 2026)],
    ),
    (
        "Với dây chuyền mới, công ty sẽ tăng sản lượng linh kiện từ 4-5 triệu sản phẩm/tháng "
        "lên 7-8 triệu sản phẩm/tháng.",
        [("7-8 triệu sản phẩm", None)],
    ),
    (
        "Năm 2026, ngân hàng đặt mục tiêu lợi nhuận tăng 20%, từ 5.000 tỷ đồng lên 6.000 tỷ đồng.",
        [("6.000 tỷ đồng", 2026)],
    ),
    # a result, not a plan: no plan word
    ("Năm 2024, lợi nhuận của công ty tăng 18%, từ 900 tỷ đồng lên 1.062 tỷ đồng.", []),
    # someone else's forecast
    ("Các chuyên gia dự báo giá thép sẽ tăng từ 14 triệu đồng/tấn lên 16 triệu đồng/tấn.", []),
]

# Rule actor_expectation: an undated plan figure whose plan word follows its actor
ACTOR_EXPECTATION: list[Case] = [
    (
        "Sau khi tái cấu trúc chuỗi, doanh nghiệp kỳ vọng doanh thu các cửa hàng cũ sẽ tăng "
        "trở lại 6-8%.",
        [("6-8%", None)],
    ),
    (
        "Hội đồng quản trị dự kiến chia cổ tức 15% bằng tiền mặt.",
        [("15%", None)],
    ),
    # a report on 2025 gives no year to an expectation for later
    (
        "Năm 2025, chuỗi đạt doanh thu 12.000 tỷ đồng. Doanh nghiệp kỳ vọng doanh thu các "
        "cửa hàng cũ sẽ tăng thêm 6%.",
        [("6%", None)],
    ),
    # no actor before the plan word: a trend, maybe a forecast
    ("Giá thức ăn chăn nuôi dự kiến sẽ tăng thêm 4% trong các tháng tới.", []),
    ("Doanh thu toàn ngành được kỳ vọng tăng 10%.", []),
    # the public's or investors' hopes, even dated
    ("Nhà đầu tư kỳ vọng chỉ số VN-Index sẽ vượt 1.400 điểm trong năm tới.", []),
    ("Người dân kỳ vọng giá nhà sẽ giảm 10% trong năm tới.", []),
    # an estimate of the period under way
    ("Công ty ước đạt doanh thu 2.000 tỷ đồng.", []),
]

# Rule investment_programme: an announced programme of investment and its earmarked shares
INVESTMENT_PROGRAMME: list[Case] = [
    (
        "Tập đoàn Lotte vừa công bố một chương trình đầu tư lên tới 1,2 tỷ USD để mở rộng mạng "
        "lưới bán lẻ tại Việt Nam, trong đó ít nhất 200 triệu USD sẽ dành cho các thương vụ "
        "mua lại.",
        [("1,2 tỷ USD", None), ("200 triệu USD", None)],
    ),
    (
        "Năm 2026, hãng dự kiến triển khai gói đầu tư khoảng 300 triệu USD cho trung tâm dữ liệu.",
        [("300 triệu USD", 2026)],
    ),
    # a project's cost: no programme
    ("Dự án có tổng vốn đầu tư hơn 5.000 tỷ đồng, khởi công năm 2024.", []),
    # spent already: history
    ("Năm 2022, công ty đã công bố chương trình đầu tư 50 triệu USD vào Lào.", []),
    # someone else's forecast
    ("Giới phân tích dự báo hãng sẽ công bố một chương trình đầu tư khoảng 1 tỷ USD.", []),
]

# Rule planned_actions: a weak cue opening actions in a statement naming its plan year;
# rule new_horizon: "Trong giai đoạn mới, …" takes its goals out of the passage's year
PLANNED_ACTIONS: list[Case] = [
    # a list closer before a pointer word ("các mục tiêu sau:") announces a list of goals
    (
        "Theo đề án, ngành điện phải đạt các mục tiêu sau:\n1. Đưa 6.000 MW điện gió vào vận "
        "hành vào năm 2030;\n2. Hoàn thành lưới truyền tải liên vùng.",
        [("6.000 MW", 2030), ("Hoàn thành lưới truyền tải liên vùng", None)],
    ),
    # an item's own time to come that it starts at is its deadline, not the plan period's end
    (
        "Hội đồng quản trị đã thông qua đề án tái cơ cấu giai đoạn 2026-2028 với các nội dung "
        "chính:\n1. Đóng cửa nhà máy tại Hưng Yên từ quý II/2027;\n2. Giảm 150 lao động.",
        [("Đóng cửa nhà máy tại Hưng Yên từ quý II/2027", 2027), ("150 lao động", 2028)],
    ),
    # in a list of goals, the level a goal starts from ("từ mức 6% hiện nay") is no goal
    (
        "Năm 2026, chuỗi đặt các mục tiêu:\n1. Mở thêm 120 cửa hàng;\n2. Đưa tỷ trọng doanh "
        "thu trực tuyến lên 10% từ mức 6% hiện nay.",
        [("120 cửa hàng", 2026), ("10%", 2026)],
    ),
    # a plan announced ("đã công bố phương án … gồm:"): its items are goals; the means a goal
    # is reached by ("nhờ dây chuyền … công suất …") is no goal of its own
    (
        "Năm 2026, công ty đã công bố phương án ứng phó gồm ba nội dung:\n1. Chuyển 25% sản "
        "lượng sang thị trường Nhật Bản;\n2. Giảm chi phí thêm 5% nhờ dây chuyền mới công "
        "suất 20.000 tấn/năm.",
        [("25%", 2026), ("5%", 2026)],
    ),
    # the level a change starts from, said to be the level now, is no goal: the level reached is
    (
        "Theo chiến lược giai đoạn 2026-2030, hãng đặt mục tiêu:\n- Nâng đội bay từ 14 chiếc "
        "hiện nay lên 26 chiếc vào năm 2030.",
        [("26 chiếc", 2030)],
    ),
    # an actor's own dated plan with verbs of every trade ("tắt", "điều chuyển", "vay")
    (
        "Vinaphone sẽ tắt sóng 2G tại 20 tỉnh trong quý II/2026 để dồn tần số cho 4G.",
        [("20 tỉnh", 2026)],
    ),
    (
        "Năm 2026, thành phố sẽ điều chuyển 800 tỷ đồng từ các dự án chậm giải ngân sang "
        "các công trình giao thông.",
        [("800 tỷ đồng", 2026)],
    ),
    (
        "Sáng nay, Sở Giáo dục tổ chức hội nghị triển khai nhiệm vụ năm 2026, trong đó hướng "
        "đến việc nâng cao chất lượng dạy ngoại ngữ; đẩy mạnh chuyển đổi số trong nhà trường.",
        [("nâng cao chất lượng dạy ngoại ngữ", 2026), ("đẩy mạnh chuyển đổi số", 2026)],
    ),
    (
        "Năm 2026, ngành nông nghiệp phấn đấu tăng trưởng 3,5%. Trong giai đoạn mới, toàn ngành "
        "quyết tâm phát triển nông nghiệp sinh thái; nâng cao giá trị nông sản xuất khẩu.",
        [("3,5%", 2026)],
    ),
    # no plan year before the cue: the actions stay out
    (
        "Sở Giáo dục tổ chức hội nghị, trong đó hướng đến việc nâng cao chất lượng dạy ngoại ngữ.",
        [],
    ),
    # a year of results before the cue
    (
        "Sở Giáo dục tổng kết năm học 2024, hướng đến việc nâng cao chất lượng dạy ngoại ngữ.",
        [],
    ),
]

# Rule registered_plan: "đăng ký tổ chức/thực hiện" registers a plan; the breakdown after
# "Trong đó," gives one goal per item
REGISTERED_PLAN: list[Case] = [
    # "đăng ký" with a deadline of its own: a registered goal (weak cue)
    (
        "Tham gia đề án của vùng Đồng bằng sông Cửu Long, Sóc Trăng đăng ký 120.000 ha lúa "
        "chất lượng cao đến năm 2030.",
        [("120.000 ha", 2030)],
    ),
    # no deadline: a registered figure, as "vốn đăng ký"
    ("Dự án có vốn đăng ký 250 triệu USD.", []),
    (
        "Năm 2026, các huyện ven biển đăng ký tổ chức 60 lễ hội và sự kiện du lịch. Trong đó, "
        "có 35 lễ hội truyền thống, 15 giải thể thao biển và 10 hội chợ ẩm thực.",
        [
            ("60 lễ hội", 2026),
            ("35 lễ hội", 2026),
            ("15 giải", 2026),
            ("10 hội chợ", 2026),
        ],
    ),
    # registered capital and registered firms are results
    ("Năm 2025, tỉnh thu hút 1,2 tỷ USD vốn đăng ký mới.", []),
    ("Năm 2025, toàn tỉnh có 1.450 doanh nghiệp đăng ký thành lập mới.", []),
]


# Rule action_after_figures: a ";" item opening with an action verb after quantified goals
ACTION_AFTER_FIGURES: list[Case] = [
    (
        "Năm 2026, huyện phấn đấu thu ngân sách 1.200 tỷ đồng; tỷ lệ hộ nghèo giảm 1,5%; "
        "hoàn thành xây dựng huyện nông thôn mới nâng cao.",
        [("1.200 tỷ đồng", 2026), ("1,5%", 2026), ("hoàn thành xây dựng huyện", 2026)],
    ),
    # an item without an action verb
    (
        "Năm 2026, huyện phấn đấu thu ngân sách 1.200 tỷ đồng; chú trọng nguồn thu bền vững.",
        [("1.200 tỷ đồng", 2026)],
    ),
    # after a comma, not a list item: part of the goal before
    (
        "Năm 2026, huyện phấn đấu thu ngân sách 1.200 tỷ đồng, tập trung vào thu nội địa.",
        [("1.200 tỷ đồng", 2026)],
    ),
]

# Rule dash_in_name: a dash between two names or codes joins them, it cuts no clause
DASH_IN_NAME: list[Case] = [
    (
        "Bộ Giao thông yêu cầu chủ đầu tư bảo đảm thông xe đoạn Km12 – Km40+200 vào cuối năm "
        "2026 và hoàn thành toàn tuyến Cam Lộ – Lao Bảo trước ngày 30/9/2027.",
        [("thông xe đoạn Km12 – Km40+200", 2026), ("hoàn thành toàn tuyến", 2027)],
    ),
    # a dash between words still cuts: the result after it is no goal
    (
        "Năm 2026, tỉnh phấn đấu đón 5 triệu lượt khách – năm ngoái đã đón 4,2 triệu lượt khách.",
        [("5 triệu lượt khách", 2026)],
    ),
]

# Rule demanded_figure: a figure a body is required or assigned to reach
# "phải hoàn thành … vào năm …" states a required level, as "phải đạt" does; a year gone by
# is history
REQUIRED_COMPLETION: list[Case] = [
    (
        'Ông Hải nói: "Toàn tỉnh phải hoàn thành ít nhất 12.000 căn nhà ở xã hội vào năm 2030".',
        [("ít nhất 12.000 căn", 2030)],
    ),
    ("Năm 2023, toàn tỉnh phải hoàn thành 3.000 căn nhưng mới đạt 60%.", []),
]

DEMANDED_FIGURE: list[Case] = [
    # an action with a figure joined by "đồng thời" after a demanded one, due by its own time
    (
        "UBND tỉnh yêu cầu các xã phải bàn giao mặt bằng trước ngày 30/6/2026, đồng thời khởi "
        "công ít nhất 12 trạm y tế ngay trong quý III/2026.",
        [("bàn giao mặt bằng trước ngày 30/6/2026", 2026), ("ít nhất 12 trạm", 2026)],
    ),
    # an action joined by "đồng thời" after a demanded one, due by its own time
    (
        "UBND tỉnh yêu cầu công ty phải hoàn thành đóng cửa mỏ trước ngày 30/9/2026, đồng thời "
        "trồng lại rừng trên toàn bộ bãi thải chậm nhất trong năm 2027.",
        [
            ("hoàn thành đóng cửa mỏ trước ngày 30/9/2026", 2026),
            ("trồng lại rừng trên toàn bộ bãi thải chậm nhất trong năm 2027", 2027),
        ],
    ),
    # rule passive_subject: a demand in the passive about the count its statement opens with
    (
        "Dự án gồm 3 hạng mục. Theo tiến độ chủ đầu tư công bố:\n- 12 trạm bơm mới, trị giá "
        "khoảng 400 tỷ đồng, phải được nhà thầu bàn giao trước ngày 30/6/2026.",
        [("12 trạm", 2026)],
    ),
    # a figure of the next ";" item is that item's, not the demanded action's
    (
        "UBND tỉnh yêu cầu các sở, ngành, địa phương phải phân bổ chi tiết kế hoạch vốn trước "
        "ngày 15/12/2026; giải ngân vốn đầu tư công năm 2027 phấn đấu đạt trên 95% kế hoạch.",
        [("phân bổ chi tiết kế hoạch vốn", 2026), ("trên 95%", 2027)],
    ),
    # a fixed pair of bodies ("các sở, ban, ngành") cuts no clause; the figure may be in an
    # action joined after a comma to the one demanded
    (
        "UBND tỉnh yêu cầu các sở, ban, ngành chuyển đổi 2.500 ha đất nương rẫy sang trồng "
        "cây ăn quả ngay trong năm 2027.",
        [("2.500 ha", 2027)],
    ),
    (
        "UBND tỉnh giao các sở, ngành rà soát, chuyển đổi 2.500 ha đất nương rẫy sang trồng "
        "cây ăn quả ngay trong năm 2027.",
        [("2.500 ha", 2027)],
    ),
    # "đề nghị" demands as "yêu cầu" does; provinces and districts are bodies told to act
    (
        "Năm 2026, Bộ Xây dựng đề nghị các tỉnh dành tối thiểu 20% quỹ đất ở trong khu công "
        "nghiệp để xây nhà lưu trú cho công nhân.",
        [("tối thiểu 20%", 2026)],
    ),
    # inspections and withdrawals are actions a body is told to carry out
    (
        "Sở Công Thương yêu cầu các doanh nghiệp kiểm tra 100% cửa hàng xăng dầu trước ngày "
        "30/6/2026.",
        [("100%", 2026)],
    ),
    (
        "Bộ yêu cầu các địa phương rà soát toàn bộ 2.300 mã số vùng trồng thanh long.",
        [("2.300 mã số", None)],
    ),
    # "yêu cầu" right before the action: every body the document speaks to must reach it
    (
        "Nghị quyết yêu cầu giải ngân ít nhất 95% kế hoạch vốn đầu tư công năm 2026.",
        [("ít nhất 95%", 2026)],
    ),
    (
        "Thứ trưởng Bộ Công Thương yêu cầu các nhà thầu bổ sung ngay ít nhất 40% nhân lực "
        "trên công trường.",
        [("ít nhất 40%", None)],
    ),
    (
        "Bộ cũng giao chủ đầu tư giải ngân tối thiểu 3.100 tỷ đồng trong năm 2026, tương "
        "đương 30% tổng mức đầu tư.",
        [("tối thiểu 3.100 tỷ đồng", 2026)],
    ),
    ("UBND tỉnh yêu cầu các địa phương giảm 10% chi thường xuyên.", [("10%", None)]),
    (
        "Bộ trưởng yêu cầu các địa phương phải hoàn thành giải ngân 100% vốn được giao.",
        [("100%", None)],
    ),
    # a handover names no body
    ("Chủ đầu tư đã bàn giao 120 căn hộ cho khách hàng trong tháng 10.", []),
    # a demand already met
    ("Năm 2024, tỉnh yêu cầu các địa phương đã giảm 10% chi thường xuyên.", []),
    # no action verb after the body
    ("Bộ yêu cầu các nhà thầu có mặt tại công trường với 200 công nhân.", []),
]

# Rule plan_cost: what a plan or project costs is a standing property, no goal
PLAN_COST: list[Case] = [
    (
        "Đến năm 2030, tỉnh phấn đấu có 90% trường đạt chuẩn quốc gia. Ông Nam cho biết kinh "
        "phí thực hiện đề án dự kiến khoảng 3.200 tỷ đồng.",
        [("90%", 2030)],
    ),
    # the cost is no goal; the schedule the same plan word governs is
    (
        "Tổng mức đầu tư dự kiến khoảng 1,1 tỷ USD, hoàn thành vào năm 2028.",
        [("hoàn thành vào năm 2028", 2028)],
    ),
    # a plan of investment is a goal, not a cost
    (
        "Năm 2026, tỉnh phấn đấu tổng vốn đầu tư toàn xã hội đạt 60.000 tỷ đồng.",
        [("60.000 tỷ đồng", 2026)],
    ),
    # what a plant has cost or been pledged is no goal; its schedule is
    (
        "Nhà máy lắp ráp ở Bình Dương có vốn đầu tư khoảng 150 triệu USD, dự kiến đi vào vận "
        "hành trong quý IV/2026.",
        [("đi vào vận hành trong quý IV/2026", 2026)],
    ),
    ("Nhà máy đã khánh thành hồi tháng 8, tổng vốn cam kết lên tới 1 tỷ USD.", []),
    # "vốn đầu tư dự kiến" beside a goal is what the goal costs, not a second goal
    (
        "Công ty đặt mục tiêu nâng công suất nhà máy lên 210.000 m3/ngày đêm trước năm 2035, "
        "với vốn đầu tư dự kiến thêm khoảng 900 tỷ đồng.",
        [("210.000 m3", 2035)],
    ),
]

# Rule attributed_paragraph: a paragraph opening with someone's account ends a goal passage
ATTRIBUTED_PARAGRAPH: list[Case] = [
    (
        "Đến năm 2030, tỉnh phấn đấu thu hút 4 tỷ USD vốn FDI.\n\nTheo Cục Thống kê tỉnh, vốn "
        "FDI đăng ký trong giai đoạn 2021-2025 đạt 2,3 tỷ USD.",
        [("4 tỷ USD", 2030)],
    ),
    # "Theo đó," frames the plan itself: the passage goes on
    (
        "Đến năm 2030, tỉnh phấn đấu thu hút 4 tỷ USD vốn FDI.\n\nTheo đó, đến năm 2030 tỉnh "
        "có 5 khu công nghiệp lấp đầy trên 80%.",
        [("4 tỷ USD", 2030), ("5 khu công nghiệp", 2030), ("trên 80%", 2030)],
    ),
]

# Rule listed_action: a goal cue and ":" then actions, inline after ";" or one per bullet
LISTED_ACTIONS: list[Case] = [
    (
        "Năm 2026, ngành y tế tỉnh phấn đấu: củng cố mạng lưới trạm y tế xã; nâng cao chất "
        "lượng khám chữa bệnh; đẩy mạnh y tế dự phòng.",
        [
            ("củng cố mạng lưới trạm y tế xã", 2026),
            ("nâng cao chất lượng khám chữa bệnh", 2026),
            ("đẩy mạnh y tế dự phòng", 2026),
        ],
    ),
    (
        "Năm 2026, ngành y tế tỉnh đặt mục tiêu:\n- Củng cố mạng lưới trạm y tế xã;\n- Nâng "
        "cao chất lượng khám chữa bệnh.",
        [("Củng cố mạng lưới trạm y tế xã", 2026), ("Nâng cao chất lượng khám chữa bệnh", 2026)],
    ),
    # a list of results: no goal cue before the colon
    (
        "Năm 2025, ngành y tế tỉnh đã đạt nhiều kết quả:\n- Củng cố mạng lưới trạm y tế xã;"
        "\n- Nâng cao chất lượng khám chữa bệnh.",
        [],
    ),
]

# Rule scheduled_date: a planned date named by its noun
SCHEDULED_DATE: list[Case] = [
    (
        "Ngày có hiệu lực dự kiến là 15/3/2027, sau đợt rà soát giữa kỳ.",
        [("Ngày có hiệu lực", 2027)],
    ),
    (
        "Thời điểm hoàn thành dự kiến vào quý IV/2026, sớm hơn hai tháng so với hợp đồng.",
        [("Thời điểm hoàn thành", 2026)],
    ),
    ("Ngày khai trương dự kiến vào ngày 30/4/2026.", [("Ngày khai trương", 2026)]),
    # a past date: history
    ("Ngày có hiệu lực dự kiến là 15/3/2024 nhưng đã bị lùi lại.", []),
    # no plan word: a fact
    ("Ngày có hiệu lực là 1/1/2026.", []),
]

ASPIRATION: list[Case] = [
    # rule aspiration: an actor's wish to become or reach something is its goal; a wish to
    # do something, a wish of people who are no actor, or a past one is none
    (
        "Đà Lạt muốn trở thành thành phố sáng tạo về âm nhạc của khu vực vào năm 2030.",
        [("Đà Lạt muốn trở thành thành phố sáng tạo về âm nhạc của khu vực", 2030)],
    ),
    (
        '"Hãng mong muốn lọt vào nhóm 10 hãng bay đúng giờ nhất châu Á", ông Quang nói.',
        [("Hãng mong muốn lọt vào nhóm", None)],
    ),
    ("Doanh nghiệp mong muốn hợp tác với các đối tác Nhật Bản.", []),
    ("Nhiều người dân mong muốn trở thành chủ nhà ở xã hội.", []),
    ("Năm 2020, tỉnh từng muốn trở thành trung tâm logistics nhưng không thành.", []),
]

GOAL_YEAR_FRAME: list[Case] = [
    # rule goal_year_frame: a goal statement that names a year and no goal dates the goals
    # its paragraph goes on to state, not a later event's year
    (
        "Mục tiêu trọng tâm của năm 2026 là Asian Cup. Liên đoàn đặt chỉ tiêu giành ít nhất 2 "
        "trận thắng ở vòng bảng. Đội tuyển cũng phấn đấu có 3 cầu thủ dự World Cup 2030.",
        [("2 trận", 2026), ("3 cầu thủ", 2030)],
    ),
    # a year before the article's own day frames nothing
    (
        "Ngày 2/11/2025, liên đoàn cho biết mục tiêu của năm 2024 là SEA Games. Liên đoàn đặt "
        "chỉ tiêu giành ít nhất 2 huy chương vàng.",
        [("2 huy chương", 2025)],
    ),
]

MOVED_SCHEDULE: list[Case] = [
    # rule moved_schedule: a schedule moved from one time to another is the plan and its
    # revision, each due at its own time
    (
        "Theo quyết định mới, thời hạn hoàn thành cầu Rạch Miễu 3 được dời từ tháng 6/2026 "
        "sang quý I/2027.",
        [
            ("thời hạn hoàn thành cầu Rạch Miễu 3 được dời từ tháng 6/2026", 2026),
            ("sang quý I/2027", 2027),
        ],
    ),
    (
        "Tiến độ nhà máy xử lý rác được điều chỉnh từ năm 2026 sang năm 2028.",
        [("Tiến độ nhà máy xử lý rác được điều chỉnh từ năm 2026", 2026), ("sang năm 2028", 2028)],
    ),
    # a span of time, or a move of something that is not a schedule, is none
    ("Thời gian thực hiện chương trình kéo dài từ năm 2026 đến năm 2030.", []),
    ("Công ty chuyển trụ sở từ năm 2020 sang quận 7.", []),
    # a move that ended before the article's day is history; a rule's time is no schedule
    (
        "Ngày 2/11/2025, tỉnh cho biết năm 2023 tiến độ dự án đã được lùi từ năm 2023 sang "
        "năm 2024.",
        [],
    ),
    ("Thời gian áp dụng thuế suất ưu đãi được chuyển từ năm 2026 sang năm 2027.", []),
]

# Rule roadmap_item: after a plan or a roadmap, "<time> <verb> …" is one goal due then
ROADMAP_ITEMS: list[Case] = [
    (
        "Lộ trình năm 2026 được chia theo từng quý. Quý I/2026 hoàn thành số hóa hồ sơ đất "
        "đai; quý II đưa tổng đài chăm sóc khách hàng mới vào hoạt động.",
        [("Quý I/2026 hoàn thành số hóa hồ sơ đất đai", 2026), ("quý II đưa", 2026)],
    ),
    # no plan word before: a report of what was done
    (
        "Năm 2025 là năm bản lề. Tháng 3/2025 hoàn thành nhà máy mới; tháng 6 mở thêm 20 cửa hàng.",
        [],
    ),
]

# Rules plan_period, list_heading; shareholders' agreement; "mới thực hiện được"
LISTED_PLANS: list[Case] = [
    # rule plan_period: goals listed under a plan take the period given it earlier
    (
        "UBND tỉnh ban hành Kế hoạch phát triển du lịch giai đoạn 2026-2030.\n\n"
        "Kế hoạch nêu rõ các mục tiêu chủ yếu:\n- xây dựng thương hiệu du lịch biển;\n"
        "- phát triển sản phẩm du lịch đêm.",
        [
            ("xây dựng thương hiệu du lịch biển", 2030),
            ("phát triển sản phẩm du lịch đêm", 2030),
        ],
    ),
    # rule list_heading: the count that announces a list is no goal, its items are
    (
        "Năm 2026, công ty đặt mục tiêu triển khai ba nhóm việc:\n- mở thêm 70 cửa hàng;\n"
        "- tăng chi phí tiếp thị số thêm 15%.",
        [("70 cửa hàng", 2026), ("15%", 2026)],
    ),
    # shareholders' agreement is a plan; "mới thực hiện được" a result
    (
        "Cho năm 2026, cổ đông thống nhất tỷ lệ cổ tức tối thiểu 40%.",
        [("tối thiểu 40%", 2026)],
    ),
    (
        "Năm 2025, ngân hàng đặt kế hoạch lãi 23.000 tỷ đồng, như vậy sau nửa năm mới thực "
        "hiện được 45% kế hoạch.",
        [("23.000 tỷ đồng", 2025)],
    ),
]

# A plan that "xác định" (sets out) a time to come states goals (a weak cue)
PLAN_DETERMINES: list[Case] = [
    (
        "Quy hoạch tỉnh thời kỳ 2021-2030 xác định đến năm 2030 tỉnh có 25 khu công nghiệp "
        "với tổng diện tích khoảng 7.000 ha.",
        [("25 khu công nghiệp", 2030), ("khoảng 7.000 ha", 2030)],
    ),
    # no time to come after it: "xác định" names a finding
    ("Các chuyên gia đã xác định nguyên nhân khiến doanh thu năm 2025 giảm 12%.", []),
]

# A heading ending "…sẽ:", "…cần:", "…yêu cầu <body>:" announces a list of planned or
# required actions: each item is a goal (rule announced_list), numbered or bulleted; an
# item that opens with an action verb stays a task with its date (listed_action_due); "hiện
# có" closing a noun is "existing" (closing_now); a floor on a share of a plan is demanded
# (demanded_share)
# Rule announced_list with a list closer right before the colon ("dự kiến:", "có kế
# hoạch:", "các chỉ tiêu chủ yếu:"): one goal per item; the list's year is the latest the
# opener names (a vision's year aside), an item's own date is no other item's deadline
LIST_CLOSERS: list[Case] = [
    (
        "Năm 2026, bệnh viện hoàn thành khối nhà kỹ thuật. Về nhân lực, năm 2027 bệnh viện "
        "dự kiến:\n"
        "- Tuyển mới 320 điều dưỡng;\n"
        "- Cử 40 bác sĩ đi đào tạo chuyên sâu tại Nhật Bản.",
        [("320 điều dưỡng", 2027), ("40 bác sĩ", 2027)],
    ),
    (
        "Trong năm học 2026-2027, Sở Giáo dục và Đào tạo đề ra các chỉ tiêu:\n\n"
        "- Tuyển đủ 420 giáo viên còn thiếu trước tháng 12/2026;\n"
        "- Nâng tỷ lệ trường đạt chuẩn quốc gia lên 81%;\n"
        "- Tỷ lệ học sinh tốt nghiệp THPT đạt trên 98%.",
        [("420 giáo viên", 2026), ("81%", 2027), ("trên 98%", 2027)],
    ),
    (
        "Theo Chiến lược phát triển đến năm 2030, tầm nhìn đến năm 2045, tổng công ty hướng "
        "tới các mục tiêu:\n"
        "1. Sản lượng điện thương phẩm đạt 95 tỷ kWh;\n"
        "2. Tỷ lệ tổn thất điện năng, không kể truyền tải, dưới 4,5%.",
        [("95 tỷ kWh", 2030), ("dưới 4,5%", 2030)],
    ),
    # an item of figures only after its head: one goal with the figure
    (
        "Quốc hội đang xem xét dự toán ngân sách năm 2027 với các chỉ tiêu chủ yếu:\n"
        "- Thu nhập bình quân của người lao động năm 2027 gấp 1,1 lần năm 2026;\n"
        "- Bội chi ngân sách 3,6% GDP.",
        [("gấp 1,1 lần", 2027), ("3,6%", 2027)],
    ),
    # rule due_list: a plan's list due by a year right before the colon, the plan's own
    # approval year before it
    (
        "Theo Quy hoạch phát triển điện lực được Thủ tướng phê duyệt năm 2024, đến năm 2030:\n"
        "- Điện gió ngoài khơi đạt 6.000 MW;\n"
        "- Điện sinh khối đạt 1.200 MW.",
        [("6.000 MW", 2030), ("1.200 MW", 2030)],
    ),
    # a past year before the colon: a report, not a plan's list
    (
        "Theo báo cáo của Bộ Công Thương, đến hết năm 2024:\n"
        "- Điện gió đạt 6.000 MW;\n"
        "- Điện sinh khối đạt 400 MW.",
        [],
    ),
    # rule plan_contents: a statement opening with a plan that lists its contents
    (
        "Hội đồng quản trị đã thông qua phương án tái cơ cấu giai đoạn 2026-2028. Phương án "
        "gồm các nội dung chính:\n"
        "- Giảm 180 lao động gián tiếp;\n"
        "- Thanh lý tài sản không cần dùng, thu về khoảng 25 tỷ đồng.",
        [("180 lao động", 2028), ("khoảng 25 tỷ đồng", 2028)],
    ),
    (
        "Công ty chuẩn bị đầu tư nhà máy xi măng mới tại Thanh Hóa. Tiến độ được chia làm hai "
        "giai đoạn:\n"
        "- Giai đoạn 1: khởi công trong quý I/2027, vận hành lò nung số 1 trong quý IV/2028;\n"
        "- Giai đoạn 2: hoàn thành toàn bộ dự án vào năm 2030.",
        [
            ("chuẩn bị đầu tư nhà máy xi măng mới", None),
            ("khởi công", 2027),
            ("vận hành lò nung số 1", 2028),
            ("hoàn thành toàn bộ dự án", 2030),
        ],
    ),
    # the plan may open the statement's last clause, after a frame ("Theo tiến độ …, các
    # mốc chính của dự án gồm:")
    (
        "Năm 2026, Ban Quản lý dự án họp bàn tiến độ. Theo tiến độ điều chỉnh, các mốc chính "
        "của dự án gồm:\n"
        "1. Hoàn thành giải phóng mặt bằng trước ngày 30/9/2026;\n"
        "2. Thông xe toàn tuyến trong tháng 6/2027.",
        [("giải phóng mặt bằng", 2026), ("Thông xe toàn tuyến", 2027)],
    ),
    # a verb of stating with the kind of the parts ("có các mốc chính", "nêu rõ các mục
    # tiêu") lists the plan's contents too, after "Theo kế hoạch" as well
    (
        "Năm 2026, tỉnh Bình Định khởi động dự án hồ chứa Đồng Mít. Theo kế hoạch, dự án có "
        "các mốc chính:\n"
        "- Quý I/2027: hoàn thành giải phóng mặt bằng;\n"
        "- Quý IV/2028: tích nước hồ chứa.",
        [("hoàn thành giải phóng mặt bằng", 2027), ("tích nước hồ chứa", 2028)],
    ),
    (
        "Kế hoạch chuyển đổi xanh của tỉnh đến năm 2030 nêu rõ các mục tiêu tổng quát:\n"
        "- 100% xe buýt mới dùng điện hoặc năng lượng xanh;\n"
        "- giảm 15% phát thải khí nhà kính so với năm 2020.",
        [("100%", 2030), ("15%", 2030)],
    ),
    # the work that remains ("Những việc còn lại … gồm:") lists what is still to be done
    (
        "Năm 2026, dự án đã hoàn thành 80% khối lượng. Những việc còn lại của dự án gồm:\n"
        "1. Hoàn thành tuyến ống truyền tải trước ngày 30/4/2027;\n"
        "2. Đấu nối với mạng lưới phân phối hiện hữu tại 3 điểm.",
        [("Hoàn thành tuyến ống truyền tải", 2027), ("3 điểm", None)],
    ),
    # a project, not a plan, that "có các hạng mục chính" lists its parts: no goals
    (
        "Cảng hàng không Phan Thiết có các hạng mục chính:\n"
        "- Nhà ga hành khách rộng 12.000 m2;\n"
        "- Đường cất hạ cánh dài 3.050 m.",
        [],
    ),
    # progress "như sau" reports how far each part went, no schedule of phases
    (
        "Năm 2025, tiến độ các gói thầu như sau:\n"
        "1. Gói thầu số 1: giá trị sản lượng đạt khoảng 68%;\n"
        "2. Gói thầu số 2: nhà thầu đã hoàn thành phần móng.",
        [],
    ),
    # goals set for the months ahead are no report ("phấn đấu … trong 6 tháng:")
    (
        "Năm 2026, tỉnh phấn đấu thu ngân sách 30.000 tỷ đồng và triển khai các nhiệm vụ "
        "trọng tâm trong 6 tháng:\n- Hoàn thành cao tốc qua tỉnh;\n- Khởi công cảng biển.",
        [("30.000 tỷ đồng", 2026), ("Hoàn thành cao tốc", 2026), ("Khởi công cảng biển", 2026)],
    ),
    (
        "Các chỉ tiêu chủ yếu 11 tháng đầu năm 2025:\n- Doanh thu đạt 1.200 tỷ đồng;\n- Lợi "
        "nhuận đạt 90 tỷ đồng.",
        [],
    ),
    # rule reported_list: an opener closed by the months so far lists results
    (
        "Một số chỉ tiêu sản xuất, kinh doanh chính trong 9 tháng:\n"
        "- Sản lượng xi măng: 2,1 triệu tấn, đạt 74% kế hoạch năm;\n"
        "- Doanh thu: khoảng 3.200 tỷ đồng.",
        [],
    ),
    (
        "Các chỉ tiêu chủ yếu 11 tháng đầu năm:\n- Thu ngân sách đạt 8.400 tỷ đồng;\n"
        "- Vốn FDI đạt 1,2 tỷ USD.",
        [],
    ),
    # a list of people, units or reasons after a plan word, not its contents
    (
        "Kế hoạch được xây dựng bởi tổ công tác gồm:\n- Ông Nguyễn Văn An, Giám đốc Sở Tài "
        "chính;\n- Bà Trần Thị Bình, Phó Giám đốc Sở Xây dựng.",
        [],
    ),
    (
        "Lộ trình tăng giá nước được Sở Tài chính giải thích như sau:\n- Giá hóa chất tăng 20%;"
        "\n- Chi phí điện tăng 8%.",
        [],
    ),
    # "dự kiến" after a noun it qualifies, and a past list of results, announce no plans
    ("Chi phí dự kiến:\n- Xây dựng nhà máy 1.200 tỷ đồng;\n- Mua thiết bị 300 tỷ đồng.", []),
    (
        "Năm 2024, ngành công thương tỉnh vượt các chỉ tiêu chủ yếu:\n- Giá trị sản xuất công "
        "nghiệp tăng 12%;\n- Kim ngạch xuất khẩu đạt 3,5 tỷ USD.",
        [],
    ),
    # rule item_time: a later year another figure's ("trong đó riêng năm …") or a
    # comparison's ("bằng 120% mức thực hiện năm …") leaves the list's deadline
    (
        "Đến năm 2030, tỉnh có kế hoạch:\n- Thu hút 5 tỷ USD vốn FDI, trong đó riêng năm 2027 "
        "là 1 tỷ USD.",
        [("5 tỷ USD", 2030)],
    ),
    (
        "Năm 2026, tổng công ty phấn đấu đạt các mục tiêu sau:\n- Doanh thu 1.500 tỷ đồng, bằng "
        "120% mức thực hiện năm 2025.",
        [("1.500 tỷ đồng", 2026)],
    ),
    ("Kế hoạch đầu tư năm 2023 gồm:\n- Xây mới 12 trạm biến áp;\n- Cải tạo 30 km đường dây.", []),
    # rule item_time: an item's own time after its goal, before the item's next goal, and
    # not a base of comparison; the next item names none of its own
    (
        "Theo kế hoạch giai đoạn 2026-2030, hệ thống bệnh viện sẽ:\n"
        "- Xây dựng cơ sở Cần Thơ quy mô 400 giường, đưa vào hoạt động năm 2028;\n"
        "- Mở rộng cơ sở Huế thêm 300 giường, khởi công trong năm 2027, hoàn thành năm 2029;\n"
        "- Nâng doanh thu lên 6.000 tỷ đồng, gấp 2 lần so với năm 2025.",
        [("400 giường", 2028), ("300 giường", 2027), ("6.000 tỷ đồng", 2030)],
    ),
    (
        "Bộ Xây dựng yêu cầu:\n"
        "- hoàn thành giải phóng mặt bằng trước ngày 30/6/2026;\n"
        "- thông xe tuyến tránh vào dịp 2/9/2026.",
        [("hoàn thành giải phóng mặt bằng", 2026), ("thông xe tuyến tránh", 2026)],
    ),
    # "dự kiến" naming a schedule ("Lịch thi đấu dự kiến của …:") announces no goals
    (
        "Năm 2026, đội tuyển thắng 3 trận. Lịch thi đấu dự kiến của đội tuyển:\n"
        "- Ngày 21/12: gặp Thái Lan;\n"
        "- Ngày 27/12: bán kết lượt đi.",
        [],
    ),
]

# Rule joined_action_goal with an aim verb: a goal with a figure joined by "và" to an aim
# without one is two goals
JOINED_AIM: list[Case] = [
    # "đứng trong" aims at a rank; "đạt mức …" after a figure is a level, no aim
    (
        "Năm 2026, đội tuyển đặt mục tiêu giành 8 HCV và đứng trong tốp đầu khu vực.",
        [("8 HCV", 2026), ("đứng trong tốp đầu khu vực", 2026)],
    ),
    (
        "Năm 2026, công ty đặt mục tiêu lợi nhuận 900 tỷ đồng và đạt mức cao nhất từ trước "
        "đến nay.",
        [("900 tỷ đồng", 2026)],
    ),
    # "quay lại", "trở lại" (get back into) aim at a rank
    (
        "Công ty đặt mục tiêu đến năm 2028 đưa tỷ lệ nợ vay về dưới 1 lần và trở lại nhóm 5 "
        "nhà thầu lớn nhất cả nước trước năm 2030.",
        [("dưới 1 lần", 2028), ("trở lại nhóm 5 nhà thầu lớn nhất cả nước", 2030)],
    ),
    (
        "Năm 2025, đoàn thể thao đặt chỉ tiêu giành 60-70 HCV và nằm trong tốp 3 toàn đoàn.",
        [("60-70 HCV", 2025), ("nằm trong tốp 3 toàn đoàn", 2025)],
    ),
    (
        "Năm 2025, câu lạc bộ đặt mục tiêu thắng ít nhất 15 trận và lọt vào chung kết Cúp "
        "Quốc gia.",
        [("ít nhất 15 trận", 2025), ("lọt vào chung kết Cúp Quốc gia", 2025)],
    ),
    # "không để" (not let) opens an aim, no purpose clause
    (
        "Năm 2025, công ty điện lực phấn đấu không để xảy ra tình trạng thiếu điện trong mùa khô.",
        [("không để xảy ra tình trạng thiếu điện", 2025)],
    ),
    # "lũy kế" qualifying a loss is no report of the months so far
    (
        "Năm 2025, tổng công ty lỗ 900 tỷ đồng. Tổng công ty phấn đấu giảm khoản lỗ lũy kế "
        "xuống dưới 3.000 tỷ đồng vào năm 2028.",
        [("dưới 3.000 tỷ đồng", 2028)],
    ),
    # "không đạt"/"chưa đạt" qualifying a noun leave the goal a goal
    (
        "Năm 2025, công ty đặt mục tiêu giảm tỷ lệ sản phẩm không đạt chất lượng xuống dưới 1%.",
        [("dưới 1%", 2025)],
    ),
    # a plan not met ("chưa đạt chỉ tiêu … khi còn thiếu 3 chiếc") reports a result
    (
        "Năm 2025, đoàn giành 87 HCV. Trước đại hội, đoàn đặt chỉ tiêu giành 90 HCV. Như vậy, "
        "đoàn chưa đạt chỉ tiêu HCV khi còn thiếu 3 chiếc.",
        [("90 HCV", 2025)],
    ),
]

ANNOUNCED_LISTS: list[Case] = [
    # a meeting that approves a list of contents announces its plans; an election it holds
    # there and then is no goal, and a term of office dates none
    (
        "Đại hội đồng cổ đông cũng thông qua các nội dung:\n- Thù lao HĐQT năm 2026 tối đa "
        "4,2 tỷ đồng;\n- Phát hành 5 triệu cổ phiếu ESOP cho người lao động;\n- Bầu bổ sung "
        "ông Lê Văn Tâm làm thành viên HĐQT nhiệm kỳ 2024-2029.",
        [("4,2 tỷ đồng", 2026), ("5 triệu cổ phiếu", None)],
    ),
    # an election with a figure is decided there too; a term of office dates a goal
    (
        "Đại hội đồng cổ đông cũng thông qua các nội dung:\n- Phát hành 5 triệu cổ phiếu ESOP "
        "cho người lao động;\n- Bầu 5 thành viên HĐQT nhiệm kỳ 2026-2031.",
        [("5 triệu cổ phiếu", None)],
    ),
    (
        "Trong nhiệm kỳ 2025-2030, tỉnh phấn đấu thu hút 5 tỷ USD vốn FDI.",
        [("5 tỷ USD", 2030)],
    ),
    # rule inline_items: after a goal that opens a list with ":", each item after ";" is a
    # goal of the list's year; the threshold that says who an item is for is none
    (
        "Sở Công Thương đặt ra ba nhiệm vụ cho năm 2026: tăng kim ngạch xuất khẩu lên 12 tỷ "
        "USD; 100% chợ đầu mối có doanh thu từ 50 tỷ đồng/năm trở lên thanh toán không dùng "
        "tiền mặt; xử lý dứt điểm 30 cửa hàng xăng dầu vi phạm.",
        [("12 tỷ USD", 2026), ("100%", 2026), ("30 cửa hàng", 2026)],
    ),
    # rule detailed_plan: "Cụ thể:" alone after a plan announces the plan's items, due when
    # the plan says; after a report it announces none
    (
        "Ngày 20/11/2025, Sở Giao thông vận tải cho biết sẽ mở thêm 5 tuyến buýt trong dịp "
        "cuối năm. Cụ thể:\n- Mở tuyến Bến Thành – Cần Giờ với 40 chuyến mỗi ngày;\n- Tăng "
        "tần suất tuyến số 19 lên 120 chuyến/ngày.",
        [("5 tuyến", 2025), ("40 chuyến", 2025), ("120 chuyến", 2025)],
    ),
    (
        "Năm 2024, sở đã mở thêm 5 tuyến buýt. Cụ thể:\n- Tuyến Bến Thành – Cần Giờ chạy 40 "
        "chuyến mỗi ngày;\n- Tuyến số 19 chạy 120 chuyến/ngày.",
        [],
    ),
    # a statement that ends a goal passage may open a list of its own
    (
        "Ngày 2/11/2025, UBND tỉnh yêu cầu các chủ đầu tư phải giải ngân 2.400 tỷ đồng trước "
        "ngày 31/12/2025. Tỉnh cũng chỉ đạo:\n- Đấu giá 8 khu đất đã có mặt bằng sạch trong "
        "tháng 12;\n- Cắt giảm 5% chi thường xuyên.",
        [("2.400 tỷ đồng", 2025), ("8 khu", 2025), ("5%", None)],
    ),
    # a timeline heading over a history or a route announces no goals
    ("Các mốc phát triển của công ty:\n- Năm 1996: thành lập;\n- Năm 2006: niêm yết.", []),
    ("Lộ trình xe buýt số 36:\n- Lượt đi: bến xe Giáp Bát;\n- Lượt về: bến Long Biên.", []),
    # rule timeline_list: a heading naming a schedule opens a list of milestones, each due
    # at the time that opens its item
    (
        "Các mốc tiến độ chính của tuyến đường sắt:\n- Tháng 9/2026: khởi công đoạn qua Lào "
        "Cai;\n- Quý II/2028: hoàn thành nhà ga Hải Phòng;\n- Năm 2030: đưa toàn tuyến vào "
        "khai thác.",
        [
            ("khởi công đoạn qua Lào Cai", 2026),
            ("hoàn thành nhà ga Hải Phòng", 2028),
            ("đưa toàn tuyến vào khai thác", 2030),
        ],
    ),
    # up to ten words between the opener and the colon
    (
        "Bộ trưởng giao UBND các tỉnh, thành phố thực hiện các nhiệm vụ:\n"
        "- rà soát quy hoạch mạng lưới cơ sở y tế, hoàn thành trước quý II/2027;\n"
        "- sắp xếp lại bệnh viện tuyến huyện thành trung tâm y tế đa chức năng.",
        # (an item's own date is its own: the next item names none)
        [("rà soát quy hoạch mạng lưới cơ sở y tế", 2027), ("sắp xếp lại bệnh viện", None)],
    ),
    (
        "Theo kế hoạch giai đoạn 2026-2030, thành phố Cần Thơ sẽ:\n"
        "1. Xây mới 40 trạm y tế, cải tạo 25 trạm hiện có;\n"
        "2. Nâng tỷ lệ bác sĩ lên 12 bác sĩ/vạn dân vào năm 2030.",
        [("40 trạm", 2030), ("25 trạm", 2030), ("12 bác sĩ", 2030)],
    ),
    (
        "Tại buổi làm việc, Bộ Giao thông vận tải yêu cầu chủ đầu tư:\n"
        "- giải ngân tối thiểu 90% kế hoạch vốn được giao trong năm 2026;\n"
        "- hoàn thành thảm nhựa toàn tuyến trong quý II/2026;\n"
        "- lắp đặt xong hệ thống thu phí không dừng trước tháng 9/2026.",
        [
            ("tối thiểu 90%", 2026),
            ("hoàn thành thảm nhựa toàn tuyến", 2026),
            ("lắp đặt xong hệ thống thu phí không dừng", 2026),
        ],
    ),
    # no list opener before the colon: a quotation, not a list of goals
    (
        "Ông Trần Văn Nam, Giám đốc Sở Tài chính, cho biết:\n"
        "- Năm 2025, thu ngân sách đạt 14.200 tỷ đồng.",
        [],
    ),
    # the body between the opener and the colon may hold a comma ("các sở, ngành")
    (
        "Chủ tịch UBND tỉnh yêu cầu các sở, ngành đến năm 2028:\n"
        "- không còn hộ nghèo đa chiều trên địa bàn;\n"
        "- nâng tỷ lệ che phủ rừng lên 48%.",
        [("không còn hộ nghèo đa chiều", 2028), ("48%", 2028)],
    ),
    # an item opening with an action verb is cued by the list, comparison and all
    (
        "Đại hội yêu cầu các cấp ủy đến năm 2030:\n"
        "- nâng thu nhập bình quân đầu người lên ít nhất 2 lần so với năm 2025;\n"
        "- xóa 100% nhà tạm, nhà dột nát.",
        [("ít nhất 2 lần", 2030), ("100%", 2030)],
    ),
    # an item may name the body that carries it out and a time before its verb (task_item)
    (
        "Tại công văn, Bộ Xây dựng yêu cầu:\n"
        "- UBND tỉnh Quảng Trị hoàn thành giải phóng mặt bằng trước ngày 30/6/2026;\n"
        "- các nhà thầu trong quý III/2026 bổ sung tối thiểu 20 mũi thi công;\n"
        "- thông xe tuyến tránh thành phố Đông Hà vào dịp 2/9/2026.",
        [
            ("hoàn thành giải phóng mặt bằng", 2026),
            ("tối thiểu 20 mũi", 2026),
            ("thông xe tuyến tránh", 2026),
        ],
    ),
    # "hiện có" after a verb reports today's figure, no list item
    ("Hiện tỉnh Bến Tre hiện có 12 khu công nghiệp với tổng diện tích 2.500 ha.", []),
    # "dự kiến" (planned) and "kế hoạch" open a list of what the company plans, the items
    # being the objects of its verb
    (
        "Doanh thu 9 tháng năm 2025 của Tập đoàn Hưng Thịnh đạt 3.100 tỷ đồng.\n\n"
        "Trong quý IV, Hưng Thịnh dự kiến mở bán các sản phẩm sau:\n"
        "- Khoảng 400 căn hộ tại khu đô thị ven sông Đồng Nai;\n"
        "- 60 căn biệt thự tại Thủ Đức.",
        [("Khoảng 400 căn hộ", 2025), ("60 căn", 2025)],
    ),
    (
        "Trong năm 2027, kế hoạch đầu tư của Vietjet gồm các hạng mục:\n"
        "- Nhận thêm 12 tàu bay thân hẹp;\n"
        "- Mở 8 đường bay quốc tế mới.",
        [("12 tàu bay", 2027), ("8 đường bay", 2027)],
    ),
    # a scenario compared with ("so với kịch bản …") is a base, not a forecast
    (
        "Về môi trường, Bộ đặt ra các mục tiêu đến năm 2030:\n"
        "- 90% chất thải rắn đô thị được thu gom;\n"
        "- Giảm 9% tổng lượng phát thải khí nhà kính so với kịch bản phát triển thông thường.",
        [("90%", 2030), ("9%", 2030)],
    ),
    ("Theo kịch bản tăng trưởng cao, GDP năm 2026 có thể tăng 8%.", []),
    # "dự kiến" before how things will go, not before an action: no list of goals
    (
        "Năm 2026, ngành thép dự kiến gặp nhiều khó khăn, cụ thể:\n"
        "- Giá quặng sắt tăng 20%;\n"
        "- Đơn hàng xuất khẩu giảm 15%.",
        [],
    ),
    # a schedule that is planned ("Lịch thi đấu dự kiến") lists dates, not goals
    (
        "Năm 2027, lịch thi đấu dự kiến của đội tuyển như sau:\n"
        "- Ngày 12/3: gặp Thái Lan trên sân nhà;\n"
        "- Ngày 18/3: làm khách của Malaysia.",
        [],
    ),
]

# A clause with a number but no amount lists one more goal ("- Top 3 …"), unless it
# compares the goal before with a plan ("sớm hơn 3 tháng so với tiến độ")
LISTED_GOALS: list[Case] = [
    (
        "Chủ đầu tư cam kết đưa nhà ga vào khai thác trong quý II/2027, sớm hơn 3 tháng so "
        "với tiến độ được phê duyệt.",
        [("đưa nhà ga vào khai thác", 2027)],
    ),
    (
        "Công ty phấn đấu hoàn thành nhà máy trong quý III/2027, chậm 6 tháng so với kế hoạch "
        "ban đầu.",
        [("hoàn thành nhà máy", 2027)],
    ),
]

# rule now_statement: inside a goal passage, a statement opening with "Hiện", "Hiện nay",
# "Đến nay" says how things stand now; a goal cue of its own keeps it a goal
NOW_STATEMENTS: list[Case] = [
    (
        "Mục tiêu của công ty là doanh thu 500 tỷ đồng vào năm 2027. Hiện tổng công suất "
        "của nhà máy đạt khoảng 12.000 tấn/năm.",
        [("500 tỷ đồng", 2027)],
    ),
    (
        '"Mục tiêu là vận hành thử vào tháng 3/2027", ông Bình nói.\n\nHiện nay, tỉnh có '
        "khoảng 410.000 khách hàng dùng nước sạch.",
        [("vận hành thử", 2027)],
    ),
    (
        "Đến năm 2030, tỉnh phấn đấu có 60 doanh nghiệp công nghệ số. Đến nay, toàn tỉnh đạt "
        "32 doanh nghiệp.",
        [("60 doanh nghiệp", 2030)],
    ),
    # its own goal cue: a goal
    (
        "Mục tiêu năm 2027 là doanh thu 500 tỷ đồng. Hiện công ty phấn đấu nâng thị phần "
        "lên 15% vào năm 2028.",
        [("500 tỷ đồng", 2027), ("15%", 2028)],
    ),
    # "Hiện đại hóa" opens an action, not the present
    (
        "Đến năm 2030, tỉnh phấn đấu có 60 doanh nghiệp công nghệ số. Hiện đại hóa hạ tầng "
        "số, đạt 100% xã có cáp quang.",
        [("60 doanh nghiệp", 2030), ("100%", 2030)],
    ),
]

# A clause joining two goals with "và", the second compared with a base year: both are
# goals; "lần lượt tăng 13% và 8% so với …" after the goals restates them (rule
# restated_growth); what "vẫn còn" (still) holds is how things stand
JOINED_COMPARED_GOALS: list[Case] = [
    (
        "Theo nghị quyết, đến năm 2030 tỉnh phấn đấu có 90% số xã đạt chuẩn nông thôn mới, "
        "25% số xã đạt chuẩn kiểu mẫu và thu nhập của người dân tăng 2 lần so với năm 2020.",
        [("90%", 2030), ("25%", 2030), ("2 lần", 2030)],
    ),
    (
        "Năm 2026, công ty đặt kế hoạch doanh thu 9.000 tỷ đồng, lợi nhuận 700 tỷ đồng, lần "
        "lượt tăng 10% và 6% so với thực hiện năm 2025.",
        [("9.000 tỷ đồng", 2026), ("700 tỷ đồng", 2026)],
    ),
    (
        "Đến năm 2030, tỉnh phấn đấu 100% số xã đạt chuẩn nông thôn mới. Hiện toàn tỉnh vẫn "
        "còn 14 xã chưa đạt chuẩn.",
        [("100%", 2030)],
    ),
]

# "Mỗi năm, …" inside a goal passage goes on with its goals (rule yearly_goal); a figure
# "mỗi năm" at the end of a clause is a rate, no goal
YEARLY_GOAL: list[Case] = [
    (
        "Theo đề án, đến năm 2030 tỉnh phấn đấu 95% trạm y tế xã có bác sĩ. Mỗi năm, tỉnh "
        "đào tạo mới khoảng 300 bác sĩ.",
        [("95%", 2030), ("khoảng 300 bác sĩ", 2030)],
    ),
    (
        "Đến năm 2030, tỉnh phấn đấu đón 5 triệu lượt khách. Hiện sân bay phục vụ hơn 900.000 "
        "lượt khách mỗi năm.",
        [("5 triệu", 2030)],
    ),
]

# rule announced_item: the items of a bulleted list a statement announces are goals though
# no year is written; the announcing clause is none of its own (rule list_heading)
ANNOUNCED_ITEMS: list[Case] = [
    (
        "Để hoàn thành kế hoạch, tổng công ty sẽ tập trung vào hai hướng:\n\n"
        "- Mở rộng mạng lưới đại lý tại các tỉnh miền núi phía Bắc;\n"
        "- Đẩy mạnh bán hàng trực tuyến, nâng tỷ trọng kênh số lên 30%.",
        [
            ("Mở rộng mạng lưới đại lý tại các tỉnh miền núi phía Bắc", None),
            ("30%", None),
        ],
    ),
    # the tasks a plan names are due at the end of the plan's period, every item of them
    (
        "UBND tỉnh ban hành Kế hoạch phát triển du lịch giai đoạn 2026-2030.\n\n"
        "Kế hoạch nêu các nhiệm vụ chủ yếu:\n\n"
        "- Quy hoạch lại các khu du lịch ven biển;\n"
        "- Xây dựng thương hiệu du lịch cộng đồng cho các huyện miền núi;\n"
        "- Đào tạo lại đội ngũ hướng dẫn viên.",
        [
            ("Quy hoạch lại các khu du lịch ven biển", 2030),
            ("Xây dựng thương hiệu du lịch cộng đồng cho các huyện miền núi", 2030),
            ("Đào tạo lại đội ngũ hướng dẫn viên", 2030),
        ],
    ),
    # rule set_list: "đã" before a verb of setting ("đã đặt ra", "đã giao") says the list
    # was set, not done; "đã" before another verb lists what was done
    (
        "UBND tỉnh đã đặt ra các yêu cầu cụ thể:\n"
        "1. Hoàn thành giải phóng mặt bằng trước ngày 30/6/2026;\n"
        "2. Giải ngân tối thiểu 95% kế hoạch vốn năm 2026.",
        [("Hoàn thành giải phóng mặt bằng trước ngày 30/6/2026", 2026), ("tối thiểu 95%", 2026)],
    ),
    (
        "Năm 2025, UBND tỉnh đã thực hiện các nhiệm vụ sau:\n"
        "1. Hoàn thành giải phóng mặt bằng tuyến tránh;\n"
        "2. Giải ngân 92% kế hoạch vốn.",
        [],
    ),
    # also in the passive, with who set it ("đã được cổ đông thông qua"); not a verb whose
    # second syllable is a setting verb ("đã được nhà thầu bàn giao")
    (
        "Công ty Cổ phần Chứng khoán Bảo Long dự kiến phát hành 150 triệu cổ phiếu trong năm "
        "2026. Theo phương án đã được cổ đông thông qua, số tiền thu được sẽ dùng như sau:\n"
        "- Khoảng 2.000 tỷ đồng bổ sung vốn cho vay ký quỹ;\n"
        "- 700 tỷ đồng cho hoạt động tự doanh.",
        [("150 triệu cổ phiếu", 2026), ("Khoảng 2.000 tỷ đồng", 2026), ("700 tỷ đồng", 2026)],
    ),
    (
        "Theo báo cáo, các hạng mục đã được nhà thầu bàn giao như sau:\n"
        "- 8 cẩu giàn STS mới;\n"
        "- 12 xe nâng container.",
        [],
    ),
    # rule counted_goals_list: a count of goals before the colon announces them
    (
        "HĐND tỉnh thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026.\n\nNghị "
        "quyết đề ra 22 chỉ tiêu chủ yếu, trong đó có:\n"
        "1. Tốc độ tăng trưởng GRDP đạt 8,5%;\n"
        "2. Tỷ lệ hộ nghèo giảm 1,2%.",
        [("8,5%", 2026), ("1,2%", 2026)],
    ),
    # priorities ("ưu tiên", "trọng tâm") named before the colon announce the list too
    (
        "Năm 2026, công ty đặt ra ba ưu tiên:\n\n"
        "- Nâng thị phần bán lẻ lên 12%;\n"
        "- Mở thêm 40 chi nhánh tại miền Trung.",
        [("12%", 2026), ("40 chi nhánh", 2026)],
    ),
    (
        "Trong năm 2026, sở xác định các trọng tâm:\n"
        "- Số hóa toàn bộ hồ sơ đất đai;\n"
        "- Cấp 5.000 giấy chứng nhận quyền sử dụng đất.",
        [("Số hóa toàn bộ hồ sơ đất đai", 2026), ("5.000 giấy", 2026)],
    ),
    # a past marker after the first words of an item qualifies a noun: the item is planned
    (
        "Theo kế hoạch giai đoạn 2026-2030, tỉnh sẽ:\n"
        "- Xây mới 40 trạm y tế xã;\n"
        "- Cải tạo các trạm y tế đã xuống cấp ở vùng sâu.",
        [("40 trạm", 2030), ("Cải tạo các trạm y tế đã xuống cấp ở vùng sâu", 2030)],
    ),
    # rule dated_plan_list: a plan named with a year not past announces its items
    (
        "Cụ thể, kế hoạch đầu tư năm 2026 của tổng công ty gồm:\n"
        "- Đầu tư khoảng 2.400 tỷ đồng cho lưới điện;\n"
        "- Lắp đặt mới 350 trạm biến áp.",
        [("khoảng 2.400 tỷ đồng", 2026), ("350 trạm", 2026)],
    ),
    (
        "Kế hoạch đầu tư năm 2024 của tổng công ty gồm:\n"
        "- Đầu tư khoảng 2.400 tỷ đồng cho lưới điện;\n"
        "- Lắp đặt mới 350 trạm biến áp.",
        [],
    ),
    # rule future_year_list: what a year after the article's own holds can only be planned;
    # the article's own year may hold results
    (
        "Các khoản đầu tư chính của thành phố năm 2026 gồm:\n"
        "1. 4.500 tỷ đồng cho tuyến vành đai 3;\n"
        "2. 1.200 tỷ đồng cho chống ngập.",
        [("4.500 tỷ đồng", 2026), ("1.200 tỷ đồng", 2026)],
    ),
    (
        "Các khoản đầu tư chính của thành phố năm 2025 gồm:\n"
        "1. 4.500 tỷ đồng cho tuyến vành đai 3;\n"
        "2. 1.200 tỷ đồng cho chống ngập.",
        [],
    ),
    # what was done is no goal, a list of solutions neither
    (
        "Năm qua, tỉnh đã triển khai đồng bộ các giải pháp:\n\n"
        "- Quy hoạch lại các khu du lịch ven biển;\n"
        "- Đào tạo lại đội ngũ hướng dẫn viên.",
        [],
    ),
    # a bulleted list after a statement that announces nothing holds no goal
    (
        "Trong năm qua, tổng công ty đã thực hiện các việc sau:\n\n"
        "- Mở rộng mạng lưới đại lý tại các tỉnh miền núi phía Bắc;\n"
        "- Đẩy mạnh bán hàng trực tuyến.",
        [],
    ),
]

# a span after a figure ("sau 6 tháng") is no reporting period: the item stays a goal
GOAL_WITH_A_SPAN: list[Case] = [
    (
        "Các mục tiêu cụ thể đến năm 2030 gồm:\n"
        "1. Tỷ lệ lao động qua đào tạo đạt 70%;\n"
        "2. Ít nhất 80% học viên có việc làm sau 6 tháng tốt nghiệp.",
        [("70%", 2030), ("Ít nhất 80%", 2030)],
    ),
    (
        "Các mục tiêu cụ thể đến năm 2030 gồm:\n"
        "1. Tỷ lệ lao động qua đào tạo đạt 70%;\n"
        "2. Trong 6 tháng đầu năm 2025, tỉnh đào tạo 12.000 lao động.",
        [("70%", 2030)],
    ),
    # "Sau 9 tháng," opening a statement is a reporting period
    (
        "Năm 2026, công ty đặt kế hoạch doanh thu 9.000 tỷ đồng. Sau 9 tháng, công ty đạt "
        "doanh thu 6.800 tỷ đồng, hoàn thành 76% kế hoạch năm.",
        [("9.000 tỷ đồng", 2026)],
    ),
]

# a comparison alone is the goal; after a level it restates it (rule compared_result)
COMPARED_GOAL: list[Case] = [
    (
        "Kế hoạch cũng yêu cầu đến năm 2028 hoàn thành sắp xếp các đơn vị sự nghiệp công lập, "
        "giảm ít nhất 15% số đơn vị so với năm 2025.",
        [("ít nhất 15%", 2028)],
    ),
]

# rule event_deadline: a goal set for a named event is due when the article says the
# event takes place, before the statement's year; an undated event leaves it
EVENT_DEADLINES: list[Case] = [
    (
        "Đoàn Thể thao Việt Nam đang chuẩn bị cho SEA Games 34, dự kiến diễn ra tại Malaysia "
        "vào tháng 11/2027. Năm 2026, đoàn đặt mục tiêu giành 95 HCV tại SEA Games 34.",
        [("95 HCV", 2027)],
    ),
    (
        "Năm 2026, đoàn đặt mục tiêu giành 95 HCV tại SEA Games 34.",
        [("95 HCV", 2026)],
    ),
    # "ASIAD" ends an event's name as "Games" does
    (
        "Đội tuyển bơi phấn đấu giành 3 HCV tại ASIAD 20, diễn ra từ ngày 19/9 đến "
        "4/10/2026.\n\nĐây là chỉ tiêu cao nhất kể từ ASIAD 2018.",
        [("3 HCV", 2026)],
    ),
    # the event named without its year takes the year the article gives it elsewhere;
    # rule aim_after_words: the aim may follow a few words and "là"
    (
        "Đội tuyển nữ thắng cả ba trận vòng bảng AFF Cup 2026.\n\nTrước giải, liên đoàn "
        "giao chỉ tiêu cho ban huấn luyện là vô địch AFF Cup.",
        [("vô địch AFF Cup", 2026)],
    ),
]

# rule plan_beside_result in a dated report: a share before the plan word ("đạt khoảng
# 64% chỉ tiêu …") leaves the figure after it the plan's; the plan's own noun and who gave
# it may stand between (rule plan_noun); "và tăng" is no noun of the plan
DATED_PLAN_BESIDE_RESULT: list[Case] = [
    (
        "Nhà ở xã hội\n\nHà Nội, ngày 25/11/2025 – Cả nước đã hoàn thành 61.000 căn nhà ở xã "
        "hội, đạt khoảng 61% chỉ tiêu 100.000 căn mà Chính phủ giao cho năm nay.",
        [("100.000 căn", 2025)],
    ),
    (
        "Đầu tư công\n\nHà Nội, ngày 25/11/2025 – Giải ngân vốn đầu tư công của tỉnh mới đạt "
        "64% kế hoạch vốn 9.300 tỷ đồng được giao.",
        [("9.300 tỷ đồng", 2025)],
    ),
    (
        "Than\n\nHà Nội, ngày 25/11/2025 – Sản lượng than 11 tháng đạt 38 triệu tấn, vượt 4% "
        "kế hoạch năm (kế hoạch Bộ Công Thương giao là 36,5 triệu tấn).",
        [("36,5 triệu tấn", 2025)],
    ),
    (
        "Thu ngân sách\n\nHà Nội, ngày 25/11/2025 – Thu ngân sách 11 tháng đạt 24.000 tỷ "
        "đồng, vượt dự toán được giao và tăng 12% so với cùng kỳ.",
        [],
    ),
]

# rule plan_of_the_reported_year: a plan figure that no time dates is for the latest year
# reported before it, not for the next year's plan the article turns to later
PLAN_OF_THE_REPORTED_YEAR: list[Case] = [
    (
        "Tính đến ngày 15/11, tỉnh giải ngân 4.100 tỷ đồng, đạt 52% kế hoạch vốn năm 2025. Ban "
        "Quản lý dự án giao thông là đơn vị được giao vốn lớn nhất, hơn 1.200 tỷ đồng, nhưng "
        "mới giải ngân 45%.\n\nNăm 2026, tỉnh dự kiến bố trí 9.800 tỷ đồng vốn đầu tư công.",
        [("hơn 1.200 tỷ đồng", 2025), ("9.800 tỷ đồng", 2026)],
    ),
]

# rule own_part_deadline: a part naming no time shares its clause's time when the
# statement names none before it, not the passage's year
JOINED_PART_DEADLINE: list[Case] = [
    (
        "Năm 2026, công ty đặt kế hoạch lợi nhuận 2.000 tỷ đồng. Mục tiêu dài hạn là nâng "
        "thị phần lên 9% vào năm 2028 và có 2 triệu khách hàng.",
        [("2.000 tỷ đồng", 2026), ("9%", 2028), ("2 triệu khách hàng", 2028)],
    ),
]

# rule due_compared_goal: in a goal passage, a statement opening with its own deadline
# states a goal even when it compares it with a base; a past year, or no passage, does not
DUE_COMPARED_GOAL: list[Case] = [
    (
        "Giai đoạn 2026-2030, tỉnh phấn đấu thu hút 15 tỷ USD vốn FDI. Đến năm 2030, năng suất "
        "lao động của tỉnh tăng gấp 2 lần so với năm 2025.",
        [("15 tỷ USD", 2030), ("gấp 2 lần", 2030)],
    ),
    (
        "Thành phố đặt mục tiêu có 1.000 doanh nghiệp công nghệ số vào năm 2030. Đến hết năm "
        "2028, số hộ dùng điện mặt trời mái nhà tăng 30% so với năm 2025.",
        [("1.000 doanh nghiệp", 2030), ("30%", 2028)],
    ),
    (
        "Năm 2025, tỉnh thu hút 1,2 tỷ USD vốn FDI. Tỉnh phấn đấu đến năm 2030 có 40 khu công "
        "nghiệp. Đến năm 2020, số lao động trong các khu công nghiệp tăng 12% so với năm 2015.",
        [("40 khu", 2030)],
    ),
    (
        "Đến năm 2030, nhu cầu điện của vùng tăng 60% so với năm 2025.",
        [],
    ),
]

# rule raised_by_due: a figure raised to, then a milestone due later in its sentence
RAISED_BY_DUE: list[Case] = [
    (
        "Công ty triển khai hai dự án:\n"
        "1. Mở rộng kho lạnh, nâng sức chứa lên 45.000 tấn, hoàn thành trong quý III/2026;\n"
        "2. Xây dựng trung tâm phân phối tại Bắc Ninh.",
        [("45.000 tấn", 2026)],
    ),
    # done already: no goal
    ("Năm 2024, công ty đã nâng sức chứa lên 45.000 tấn, hoàn thành trong quý III/2024.", []),
    # rule planned_raise: raised after a plan marker, due in its own clause, whoever is
    # raised; a figure right after "và" is one more goal with its own time
    (
        "Theo quy hoạch, sân bay Phú Quốc sẽ được nâng công suất lên 10 triệu khách/năm vào "
        "năm 2030 và 18 triệu khách/năm tầm nhìn đến năm 2050.",
        [("10 triệu khách", 2030), ("18 triệu khách", 2050)],
    ),
    (
        "Theo đề án, bến cảng Liên Chiểu dự kiến nâng năng lực tiếp nhận lên 5 triệu tấn "
        "hàng/năm trước năm 2028.",
        [("5 triệu tấn", 2028)],
    ),
    # no time it is due by: no goal of this rule
    ("Theo quy hoạch, bến cảng sẽ được nâng công suất lên 5 triệu tấn hàng/năm.", []),
    # a forecast, not a plan
    ("Theo dự báo, giá điện sẽ được nâng lên 3.000 đồng/kWh vào năm 2027.", []),
]

# "hiện sở hữu", "hiện chiếm", "hiện là": how things stand now, not a goal of the passage
# cue kind goal_bound: a bound ("trên", "dưới") continues a list of goals only before a figure
GOAL_BOUND: list[Case] = [
    (
        "Năm 2026, công ty đặt kế hoạch lãi 390 tỷ đồng.\n\nKênh bệnh viện đóng góp 58% "
        "doanh thu, nhờ thuốc sản xuất trên dây chuyền EU-GMP.",
        [("390 tỷ đồng", 2026)],
    ),
    (
        "Năm 2026, tỉnh phấn đấu tăng trưởng GRDP 8%.\n\nThu ngân sách trên 20.000 tỷ đồng; tỷ "
        "lệ hộ nghèo dưới 2%.",
        [("8%", 2026), ("trên 20.000 tỷ đồng", 2026), ("dưới 2%", 2026)],
    ),
]

# Rule payout_schedule: when a dividend is paid is its deadline, no goal of its own; its
# year names the profit it shares (rule payout_year), no report of an earlier year; an
# approval of the meeting or the board ("chấp thuận chi", "thông qua việc") makes it a plan.
PAYOUT_SCHEDULE: list[Case] = [
    (
        "Ngày 25/4/2026, đại hội cổ đông chấp thuận chi cổ tức năm 2025 bằng tiền mặt với tỷ lệ "
        "18%, dự kiến thanh toán trong quý III/2026.",
        [("18%", 2026)],
    ),
    (
        "Ngày 18/11/2026, HĐQT đã thông qua việc tạm ứng cổ tức đợt 1 năm 2026 bằng tiền với tỷ "
        "lệ 12%, dự kiến chi trả trong tháng 12/2026.",
        [("12%", 2026)],
    ),
    # another payment after a plan figure is a goal of its own
    (
        "Ngày 25/4/2026, công ty đặt kế hoạch lãi 500 tỷ đồng, dự kiến thanh toán nợ trái phiếu "
        "trong quý III/2026.",
        [("500 tỷ đồng", 2026), ("thanh toán nợ trái phiếu trong quý III/2026", 2026)],
    ),
    # a dividend paid is a result
    (
        "Ngày 20/11/2026, công ty cho biết đã chi trả cổ tức năm 2025 bằng tiền với tỷ lệ 30% "
        "trong tháng 6.",
        [],
    ),
]

# Rule item_own_cue: a cue inside an item of a list whose heading sets no goal is that
# item's own; the next item does not inherit it. A heading that sets goals cues them all.
ITEM_OWN_CUE: list[Case] = [
    (
        "Năm 2026, các công trình đang thi công gồm:\n"
        "- Trạm bơm Phú Đô, vốn 1.200 tỷ đồng, dự kiến vận hành vào tháng 5/2027;\n"
        "- Kè sông Đáy dài 12 km, vốn 2.100 tỷ đồng, mới giải ngân 640 tỷ đồng.",
        [("vận hành vào tháng 5/2027", 2027)],
    ),
    (
        "Năm 2026, công ty đặt các chỉ tiêu:\n"
        "- Doanh thu 4.200 tỷ đồng, dự kiến tăng 9%;\n"
        "- Lợi nhuận sau thuế 380 tỷ đồng.",
        [("4.200 tỷ đồng", 2026), ("9%", 2026), ("380 tỷ đồng", 2026)],
    ),
]

# Rule compared_base: a past marker that is the base of a comparison ("so với ước thực
# hiện năm 2025") leaves an item of a plan a goal; one of its own makes it a report.
COMPARED_BASE: list[Case] = [
    (
        "Trên cơ sở đó, tổng công ty đã xây dựng kế hoạch năm 2026 với các chỉ tiêu chính:\n"
        "- Doanh thu hợp nhất 18.400 tỷ đồng;\n"
        "- Sản lượng điện 9,2 tỷ kWh, tăng 6% so với ước thực hiện năm 2025;\n"
        "- Nộp ngân sách 1.150 tỷ đồng.",
        [("18.400 tỷ đồng", 2026), ("9,2 tỷ kWh", 2026), ("1.150 tỷ đồng", 2026)],
    ),
    (
        "Kế hoạch năm 2026 của tỉnh gồm:\n"
        "- Tổng thu ngân sách 21.000 tỷ đồng;\n"
        "- Kim ngạch xuất khẩu đạt 3,1 tỷ USD, tăng 10% so với ước thực hiện năm 2025;\n"
        "- Tỷ lệ hộ nghèo giảm 1,2%.",
        [("21.000 tỷ đồng", 2026), ("3,1 tỷ USD", 2026), ("1,2%", 2026)],
    ),
    (
        "Năm 2026, tổng công ty đặt các chỉ tiêu chính:\n"
        "- Doanh thu hợp nhất 18.400 tỷ đồng;\n"
        "- Năm 2025, sản lượng điện đã đạt 8,7 tỷ kWh.",
        [("18.400 tỷ đồng", 2026)],
    ),
]

# Rule group_body: the bodies a demand names may be a group ("các sở chuyên ngành") or a
# list ("các bộ, ngành, địa phương") up to the action verb; who asks must be a state body
# or an official, for a figure as for a date (not voters, not an association).
GROUP_BODY: list[Case] = [
    (
        "UBND tỉnh yêu cầu các sở chuyên ngành hoàn thành 120 km đường giao thông nông thôn "
        "trong năm 2026.",
        [("120 km", 2026)],
    ),
    (
        "Thủ tướng yêu cầu các bộ, ngành, địa phương giải ngân ít nhất 95% kế hoạch vốn đến "
        "cuối năm.",
        [("ít nhất 95%", 2025)],
    ),
    ("Hiệp hội Chế biến gỗ Bình Dương yêu cầu các hội viên, doanh nghiệp giảm 10% giá bán.", []),
    ("Cử tri yêu cầu các sở, ngành xử lý dứt điểm 200 hồ sơ tồn đọng trong năm 2026.", []),
    # a clause about the bodies before the verb: no demanded action of its own
    (
        "UBND tỉnh yêu cầu các nhà thầu chưa hoàn thành 50% khối lượng giải trình trước ngày "
        "15/12/2025.",
        [],
    ),
]

# A size figure inside a schedule ("ký túc xá 15 tầng") says what the thing is: the
# schedule stays a goal without a number (rule project_schedule, unit "tầng" a size).
SIZE_IN_SCHEDULE: list[Case] = [
    (
        "Để đáp ứng nhu cầu chỗ ở, trường sẽ khởi công dự án ký túc xá 15 tầng tại phường Hòa "
        "Khánh vào tháng 3/2027.",
        [("khởi công dự án ký túc xá 15 tầng tại phường Hòa Khánh vào tháng 3/2027", 2027)],
    ),
]

# Rule receipt: what an actor will receive is its estimate when it is money, its plan when
# it is a thing it takes delivery of; rule goal_parts: the parts after "gồm" are due when
# the goal is, unless they name a time of their own; "Theo lịch giao hàng" opens the
# schedule's own plan, no one's estimate.
RECEIPTS_AND_PARTS: list[Case] = [
    (
        "Hãng đã nhận 9 tàu bay mới trong năm 2025 và dự kiến nhận thêm 15 tàu bay trong năm "
        "2026, gồm 11 chiếc A321neo và 4 chiếc A350.",
        [("15 tàu bay", 2026), ("11 chiếc", 2026), ("4 chiếc", 2026)],
    ),
    ("Năm 2026, hãng sẽ nhận 6 tàu bay thân rộng.", [("6 tàu bay", 2026)]),
    ("Với tỷ lệ sở hữu 40%, cổ đông nhà nước sẽ nhận khoảng 210 tỷ đồng cổ tức.", []),
    (
        "Trong giai đoạn 2026-2030, tỉnh phấn đấu hoàn thành khoảng 40.000 căn nhà ở xã hội, "
        "trong đó riêng năm 2026 khoảng 8.000 căn.",
        [("khoảng 40.000 căn", 2030), ("khoảng 8.000 căn", 2026)],
    ),
    (
        "Theo lịch giao hàng với Boeing, hãng sẽ nhận 4 chiếc 737 MAX trong quý II/2026.",
        [("4 chiếc", 2026)],
    ),
    (  # a part already delivered is no part of the goal
        "Hãng dự kiến nhận thêm 15 tàu bay trong năm 2026, gồm 11 chiếc đã bàn giao trong "
        "tháng 10/2025.",
        [("15 tàu bay", 2026)],
    ),
]

# Rule future_milestone: a clause opening with a milestone verb due after the year the
# article reports on is a schedule with no marker; a year gone by is history, and a
# statement whose goal it dates keeps one goal.
FUTURE_MILESTONE: list[Case] = [
    (
        "Ngày 3/12/2026, Sở Xây dựng cho biết tuyến kè sông Cầu dài 14 km, vốn 1.900 tỷ đồng, "
        "hoàn thành vào năm 2028.",
        [("hoàn thành vào năm 2028", 2028)],
    ),
    (
        "Ngày 3/12/2026, Sở Xây dựng cho biết tuyến kè sông Cầu khởi công năm 2019, hoàn thành "
        "vào năm 2022.",
        [],
    ),
    (
        "Ngày 3/12/2026, công ty cho biết sẽ nâng công suất kho lạnh lên 40.000 tấn, hoàn thành "
        "trong quý II/2027.",
        [("40.000 tấn", 2027)],
    ),
]

# Rule speaker_of_actor: a person tells the plan of the actor the clause after them
# names, whichever cue states it ("vẫn giữ kế hoạch …").
SPEAKER_OF_ACTOR: list[Case] = [
    (
        "Công ty vừa công bố kết quả quý III. Theo ông Long, doanh nghiệp vẫn giữ kế hoạch "
        "doanh thu cả năm 9.000 tỷ đồng như đã trình đại hội đồng cổ đông hồi tháng 4.",
        [("9.000 tỷ đồng", 2025)],
    ),
]

# Rule raised_after_milestone: what a milestone delivers, raised to right after it.
RAISED_AFTER_MILESTONE: list[Case] = [
    (
        "Ngày 2/11/2026, công ty cho biết sẽ đưa nhà máy sấy mới tại Long An vào vận hành trong "
        "quý II/2027, nâng công suất lên 6.000 tấn/năm.",
        [("6.000 tấn", 2027)],
    ),
]

# Rule from_level: the level a goal starts from is no goal.
FROM_LEVEL: list[Case] = [
    (
        "Năm 2026, bộ đề xuất nâng phụ cấp ưu đãi nghề của giáo viên mầm non lên 45%, từ mức "
        "35% hiện nay.",
        [("45%", 2026)],
    ),
]

# Rule project_spec: a clause of only a property and its figure after a name states what
# the named thing is, no goal; the milestone after it is the goal. A property with a verb
# or a time of its own stays a goal.
PROJECT_SPEC: list[Case] = [
    # a clause that opens with a time is no name: its figure is a goal of that time
    (
        "Bệnh viện tỉnh đặt mục tiêu mở rộng khu điều trị. Đến năm 2030, quy mô 1.000 giường bệnh.",
        [("mở rộng khu điều trị", 2030), ("1.000 giường", 2030)],
    ),
    # a thing named by common nouns, its property's unit in words ("tấn thành phẩm/năm")
    (
        "Về dài hạn, công ty đặt mục tiêu đến năm 2030 nâng vùng nuôi lên 800 ha. Nhà máy chế "
        "biến thứ tư của công ty, công suất 12.000 tấn thành phẩm/năm, tổng vốn khoảng 600 "
        "tỷ đồng, dự kiến khởi công trong quý I/2027.",
        [("800 ha", 2030), ("khởi công trong quý I/2027", 2027)],
    ),
    # the name may end with its phase's number
    (
        "Năm nay, ban quản lý phấn đấu thu hút 1,5 tỷ USD vốn đăng ký mới. KCN Đông Hồi giai "
        "đoạn 1, quy mô 400 ha, do Becamex làm chủ đầu tư, dự kiến hoàn thành hạ tầng vào "
        "cuối năm 2027.",
        [("1,5 tỷ USD", 2025), ("hoàn thành hạ tầng vào cuối năm 2027", 2027)],
    ),
    (
        "Theo kế hoạch năm 2026, công ty có hai dự án mới:\n"
        "- Nhà máy thức ăn chăn nuôi Bình Định, công suất 240.000 tấn/năm, tổng vốn đầu tư 900 "
        "tỷ đồng, dự kiến vận hành trong quý IV/2027.",
        [("vận hành trong quý IV/2027", 2027)],
    ),
    (
        "Năm 2026, công ty đặt mục tiêu nâng công suất lên 240.000 tấn/năm.",
        [("240.000 tấn", 2026)],
    ),
]

# A body's proposals to a higher one open a list of plans ("đã trình Thủ tướng ba phương án
# xử lý:"); a full date after "từ" is when a measure takes effect, its deadline (rule
# effective_date).
PROPOSED_OPTIONS: list[Case] = [
    (
        "Năm 2026, Bộ Xây dựng đã trình Thủ tướng hai phương án xử lý:\n"
        "- Điều chỉnh tăng mức phí thêm 12% từ ngày 1/7/2027;\n"
        "- Bố trí khoảng 1.500 tỷ đồng vốn ngân sách trong giai đoạn 2026-2030.",
        [("12%", 2027), ("khoảng 1.500 tỷ đồng", 2030)],
    ),
    (
        "Năm 2026, sở sẽ điều chỉnh giá nước sạch tăng 8% từ ngày 1/3/2027.",
        [("8%", 2027)],
    ),
]

# Rule past_before_cue: a figure a past word reports before the cue of its clause is no
# goal ("đã phạt … và cam kết …"); rule for_whom: a count after "cho" that follows a goal
# figure says whom it serves.
DONE_AND_FOR_WHOM: list[Case] = [
    (
        "Ông Khải cho biết ban đã phạt hai nhà thầu tổng số tiền gần 2,1 tỷ đồng và cam kết "
        "hoàn thành gói thầu XL-03 trong tháng 4/2027.",
        [("hoàn thành gói thầu XL-03 trong tháng 4/2027", 2027)],
    ),
    (
        "Năm 2026, Bộ yêu cầu:\n"
        "1. Các nhà thầu bổ sung ít nhất 80 công nhân và 20 máy thi công cho ba gói thầu chậm "
        "tiến độ;\n"
        "2. Thông xe toàn tuyến trong quý I/2027.",
        [("ít nhất 80 công nhân", 2026), ("20 máy", 2026), ("Thông xe toàn tuyến", 2027)],
    ),
]

# The edges of this session's rules that a review found, one sentence each.
RULE_EDGES: list[Case] = [
    # effective_date: a range's start is no deadline, its end is
    (
        "Ngày 5/3/2026, tỉnh cho biết sẽ triển khai chương trình hỗ trợ doanh nghiệp từ ngày "
        "1/7/2026 đến ngày 31/12/2027.",
        [("triển khai chương trình hỗ trợ doanh nghiệp", 2027)],
    ),
    # raised_after_milestone: only the last part of a split schedule delivers the figure
    (
        "Ngày 10/4/2026, công ty cho biết sẽ khởi công nhà máy Long An vào cuối năm 2026 và "
        "hoàn thành nhà máy trước ngày 30/9/2027, nâng công suất lên 3.000 tấn/năm.",
        [("khởi công nhà máy Long An", 2026), ("3.000 tấn", 2027)],
    ),
    # payout_schedule: another payment after a dividend is a goal of its own
    (
        "Ngày 20/4/2026, đại hội cổ đông đã thông qua việc chia cổ tức năm 2025 với tỷ lệ 10%, "
        "đồng thời dự kiến trả hết nợ vay ngân hàng trước năm 2028.",
        [("10%", 2025), ("trả hết nợ vay ngân hàng", 2028)],
    ),
    # milestone_of_figure: a project's cost before its milestone dates nothing
    (
        "Ngày 5/3/2026, sở cho biết dự kiến cầu Phước An có tổng vốn đầu tư 3.000 tỷ đồng, "
        "hoàn thành vào tháng 12/2026.",
        [("hoàn thành vào tháng 12/2026", 2026)],
    ),
    # future_milestone: an expert's estimate is no schedule
    (
        "Hà Nội, ngày 5/3/2026.\nTheo TS Nguyễn Văn Hùng, chuyên gia giao thông, tuyến metro "
        "số 5 đang chậm tiến độ, hoàn thành sớm nhất vào năm 2030.",
        [],
    ),
    # paragraph_due: another actor's plan does not take the goal's year
    (
        "Năm 2027, Công ty CP Vinamilk đặt mục tiêu doanh thu 70.000 tỷ đồng. Trong khi đó, Bộ "
        "Công Thương sẽ xây dựng chương trình hỗ trợ xuất khẩu cho ngành sữa.",
        [("70.000 tỷ đồng", 2027), ("xây dựng chương trình hỗ trợ xuất khẩu", None)],
    ),
    # item_own_cue: a heading between two lists opens the next list anew
    (
        "Hà Nội, ngày 5/3/2026. Các công trình chống ngập của thành phố gồm:\n"
        "- Trạm bơm Yên Sở 2, dự kiến vận hành vào tháng 6/2027;\n"
        "Bên cạnh đó, đến năm 2030, thành phố phấn đấu:\n"
        "- Xây dựng thêm 5 trạm bơm;\n"
        "- Cải tạo 10 km sông Tô Lịch.",
        [("vận hành vào tháng 6/2027", 2027), ("5 trạm", 2030), ("10 km", 2030)],
    ),
    # project_spec: a goal's place before a property keeps the figure a goal
    (
        "Năm 2027, UBND thành phố đặt mục tiêu thu hút thêm 20 dự án vào Khu công nghệ cao Hòa "
        "Lạc, tổng vốn đầu tư 2 tỷ USD.",
        [("20 dự án", 2027), ("2 tỷ USD", 2027)],
    ),
    # forecaster_goes_on: who forecast earlier in the paragraph goes on forecasting
    (
        "Năm 2026, Chứng khoán SSI dự báo lợi nhuận của công ty có thể đạt 7.600 tỷ đồng. Tuy "
        "nhiên, SSI lưu ý thị trường điện thoại đã bão hòa và dự kiến chỉ tăng 2-3% trong năm "
        "tới.",
        [],
    ),
    # forecaster_goes_on: a forecast about a place is no forecast by it; its own goal stays
    (
        "Ngân hàng Thế giới dự báo GDP của Việt Nam tăng 6,5% trong năm 2026. Việt Nam đặt mục "
        "tiêu tăng trưởng GDP 8% trong năm 2026.",
        [("8%", 2026)],
    ),
    # demanded_figure: a state office's holder asks with the weight of the state
    (
        "Năm 2026, Thủ tướng Phạm Minh Chính đề nghị các tỉnh dành tối thiểu 20% quỹ đất để xây "
        "nhà ở xã hội.",
        [("tối thiểu 20%", 2026)],
    ),
    # payout_schedule: paying the dividend itself ("chi trả cổ tức") is still its payment
    (
        "Ngày 20/4/2026, đại hội cổ đông đã thông qua việc chia cổ tức năm 2025 với tỷ lệ 15% "
        "bằng tiền mặt, dự kiến chi trả cổ tức trong tháng 7/2026.",
        [("15%", 2026)],
    ),
    # joint_action: working with a partner states a plan only with an action after it
    ("Ngày 5/3/2026, Công an tỉnh cho biết sẽ phối hợp điều tra làm rõ vụ việc.", []),
    # comma_in_places: a comma inside an enumeration of places cuts no goal; a frame's last
    # place before the subject still ends the frame
    (
        "Năm 2026, ví điện tử đặt mục tiêu triển khai thanh toán QR tại Campuchia, Lào và Thái "
        "Lan trong năm 2027.",
        [("Campuchia, Lào và Thái Lan", 2027)],
    ),
    (
        "Tham gia đề án một triệu héc ta lúa vùng Đồng bằng sông Cửu Long, An Giang đặt mục "
        "tiêu 245.000 ha vào năm 2030.",
        [("245.000 ha", 2030)],
    ),
    # a cue word inside a name ("Cần Thơ") is no cue
    (
        "Ngày 3/5/2026, Cục Thống kê cho biết doanh thu bán lẻ tại Cần Thơ đạt 5.000 tỷ đồng "
        "trong quý I/2026.",
        [],
    ),
    # demanded_figure: an association's request is a wish, no demand
    (
        "Ngày 5/3/2026, Hiệp hội Bất động sản TP.HCM đề nghị các tỉnh giảm 50% tiền thuê đất "
        "cho doanh nghiệp.",
        [],
    ),
]

STANDING_NOW: list[Case] = [
    (
        "Công ty đặt mục tiêu doanh thu 5.000 tỷ đồng vào năm 2030. Công ty hiện sở hữu 12 dây "
        "chuyền đạt chuẩn EU-GMP.",
        [("5.000 tỷ đồng", 2030)],
    ),
]

# Rule plan_beside_forecast: the plan a forecast figure is measured against, named with its
# level in a clause of its own, is a target ("dự báo … đạt 11 tỷ USD, thấp hơn mục tiêu
# 12 tỷ USD"); the forecast's own figure is none, nor is an excess ("vượt kế hoạch 5%")
# or a plan the clause itself forecasts going past ("có thể vượt mục tiêu 6%").
PLAN_MEASURED_AGAINST: list[Case] = [
    # a plan's figure after a share of it: "tương đương khoảng 108% kế hoạch 600.000 TEU"
    (
        "Năm 2025, cảng đón khoảng 650.000 TEU, tương đương khoảng 108% kế hoạch 600.000 TEU "
        "đề ra.",
        [("600.000 TEU", 2025)],
    ),
    # the plan's figure named with who set it ("do HĐND tỉnh giao") is the plan, no excess
    (
        "Năm 2025, tỷ lệ hộ dân dùng nước sạch đạt 91,2%, vượt chỉ tiêu 90% do HĐND tỉnh giao.",
        [("90%", 2025)],
    ),
    (
        "Hiệp hội dự báo xuất khẩu thủy sản cả năm có thể đạt 11 tỷ USD, thấp hơn mục tiêu "
        "12 tỷ USD mà Bộ Công Thương đặt ra.",
        [("12 tỷ USD", 2025)],
    ),
    (
        "Theo hiệp hội, doanh thu du lịch năm nay dự báo đạt 50.000 tỷ đồng, vượt mục tiêu "
        "45.000 tỷ đồng đề ra từ đầu năm.",
        [("45.000 tỷ đồng", 2025)],
    ),
    (
        "Công ty chứng khoán dự báo năm nay chuỗi sẽ mở mới 450 cửa hàng, vượt kế hoạch ban "
        "đầu 400 cửa hàng.",
        [("400 cửa hàng", 2025)],
    ),
    (
        "Giới phân tích dự báo doanh thu năm nay đạt 2.050 tỷ đồng, vượt nhẹ kế hoạch "
        "2.000 tỷ đồng.",
        [("2.000 tỷ đồng", 2025)],
    ),
    ("Công ty dự báo lợi nhuận cả năm đạt 900 tỷ đồng, vượt kế hoạch 5%.", []),
    ("Các chuyên gia dự báo GDP năm nay tăng 6,5%, có thể vượt mục tiêu 6% của Quốc hội.", []),
    (
        "Doanh thu năm nay đạt 1.800 tỷ đồng, bằng 95% kế hoạch và tăng 200 tỷ đồng so với "
        "năm trước.",
        [],
    ),
]

ALL = {
    "goal_bound": GOAL_BOUND,
    "standing_now": STANDING_NOW,
    "payout_schedule": PAYOUT_SCHEDULE,
    "item_own_cue": ITEM_OWN_CUE,
    "future_milestone": FUTURE_MILESTONE,
    "speaker_of_actor": SPEAKER_OF_ACTOR,
    "raised_after_milestone": RAISED_AFTER_MILESTONE,
    "from_level": FROM_LEVEL,
    "rule_edges": RULE_EDGES,
    "done_and_for_whom": DONE_AND_FOR_WHOM,
    "proposed_options": PROPOSED_OPTIONS,
    "required_completion": REQUIRED_COMPLETION,
    "project_spec": PROJECT_SPEC,
    "raised_by_due": RAISED_BY_DUE,
    "exceeding_words": EXCEEDING_WORDS,
    "plan_of_the_reported_year": PLAN_OF_THE_REPORTED_YEAR,
    "due_compared_goal": DUE_COMPARED_GOAL,
    "joined_part_deadline": JOINED_PART_DEADLINE,
    "dated_plan_beside_result": DATED_PLAN_BESIDE_RESULT,
    "event_deadlines": EVENT_DEADLINES,
    "compared_goal": COMPARED_GOAL,
    "goal_with_a_span": GOAL_WITH_A_SPAN,
    "announced_items": ANNOUNCED_ITEMS,
    "company_plans": COMPANY_PLANS,
    "plans_said_with_se": PLANS_SAID_WITH_SE,
    "plan_and_revision": PLAN_AND_REVISION,
    "plan_beside_result": PLAN_BESIDE_RESULT,
    "earlier_plan": EARLIER_PLAN,
    "joined_schedule": JOINED_SCHEDULE,
    "aims_after_effort": AIMS_AFTER_EFFORT,
    "quoted_title": QUOTED_TITLE,
    "count_of_goals": COUNT_OF_GOALS,
    "vague_repeat": VAGUE_REPEAT,
    "own_part_deadline": OWN_PART_DEADLINE,
    "baseline_result": BASELINE_RESULT,
    "project_schedules": PROJECT_SCHEDULES,
    "demanded_deadline": DEMANDED_DEADLINES,
    "compared_plan_year": COMPARED_PLAN_YEAR,
    "paragraph_plan": PARAGRAPH_PLAN,
    "joined_milestones": JOINED_MILESTONES,
    "restated_goal": RESTATED_GOAL,
    "roadmap_items": ROADMAP_ITEMS,
    "listed_plans": LISTED_PLANS,
    "plan_determines": PLAN_DETERMINES,
    "item_own_deadline": ITEM_OWN_DEADLINE,
    "joined_action_goal": JOINED_ACTION_GOAL,
    "committed_plan": COMMITTED_PLAN,
    "own_future_action": OWN_FUTURE_ACTION,
    "aim_words": AIM_WORDS,
    "obligation": OBLIGATION,
    "starts_from": STARTS_FROM,
    "planned_action_figure": PLANNED_ACTION_FIGURE,
    "planned_change_level": PLANNED_CHANGE_LEVEL,
    "actor_expectation": ACTOR_EXPECTATION,
    "investment_programme": INVESTMENT_PROGRAMME,
    "planned_actions": PLANNED_ACTIONS,
    "registered_plan": REGISTERED_PLAN,
    "action_after_figures": ACTION_AFTER_FIGURES,
    "dash_in_name": DASH_IN_NAME,
    "demanded_figure": DEMANDED_FIGURE,
    "plan_cost": PLAN_COST,
    "attributed_paragraph": ATTRIBUTED_PARAGRAPH,
    "listed_actions": LISTED_ACTIONS,
    "scheduled_date": SCHEDULED_DATE,
    "moved_schedule": MOVED_SCHEDULE,
    "goal_year_frame": GOAL_YEAR_FRAME,
    "aspiration": ASPIRATION,
    "expected_outcomes": EXPECTED_OUTCOMES,
    "quotas_given": QUOTAS_GIVEN,
    "goals_without_number": GOALS_WITHOUT_NUMBER,
    "relative_deadlines": RELATIVE_DEADLINES,
    "false_targets": FALSE_TARGETS,
    "ratings": RATINGS,
    "owner_and_span": OWNER_AND_SPAN,
    "announced_lists": ANNOUNCED_LISTS,
    "now_statements": NOW_STATEMENTS,
    "listed_goals": LISTED_GOALS,
    "joined_aim": JOINED_AIM,
    "list_closers": LIST_CLOSERS,
    "joined_compared_goals": JOINED_COMPARED_GOALS,
    "yearly_goal": YEARLY_GOAL,
    "forecast_referred": FORECAST_REFERRED,
    "compared_base": COMPARED_BASE,
    "group_body": GROUP_BODY,
    "size_in_schedule": SIZE_IN_SCHEDULE,
    "receipts_and_parts": RECEIPTS_AND_PARTS,
    "plan_measured_against": PLAN_MEASURED_AGAINST,
}

# Known failures, kept visible until the method covers them.
KNOWN_FAILURES: list[Case] = [
    # a goal cue inside brackets governs the figures before and after the brackets too
    (
        "Năm 2025, toàn tỉnh có 9,1 bác sĩ/vạn dân (Bộ Y tế đặt mục tiêu 9 bác sĩ/vạn dân); "
        "hơn 85% số xã đạt chuẩn quốc gia về y tế.",
        [("9 bác sĩ", 2025)],
    ),
]

PARAMS = [
    pytest.param(text, expected, id=f"{rule}-{i}")
    for rule, cases in ALL.items()
    for i, (text, expected) in enumerate(cases)
] + [
    pytest.param(
        text,
        expected,
        id=f"known-failure-{i}",
        marks=pytest.mark.xfail(strict=True, reason="a cue in brackets reaches outside them"),
    )
    for i, (text, expected) in enumerate(KNOWN_FAILURES)
]


def summary(text: str) -> list[tuple[str, int | None]]:
    """(amount text or goal text, deadline) of each target, matched loosely for goals."""
    return [
        (t.amount.text if t.amount is not None else t.text, t.deadline)
        for t in vnextract.extract(text, published=PUBLISHED).targets
    ]


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_case(text: str, expected: list[tuple[str, int | None]]) -> None:
    found = summary(text)
    assert len(found) == len(expected), found
    for (got, deadline), (want, want_deadline) in zip(found, expected, strict=True):
        assert want in got, found
        assert deadline == want_deadline, found


def test_owner_is_the_town_not_its_province() -> None:
    text = OWNER_AND_SPAN[1][0]
    article = vnextract.extract(text)
    [target] = article.targets
    names = {e.name for e in article.locations + article.organizations}
    assert target.owner in names
    assert target.owner is not None and "Phủ Lý" in target.owner


def test_owner_after_an_opening_phrase_is_the_subject_not_the_region_before_it() -> None:
    text = REGISTERED_PLAN[0][0]
    [target] = vnextract.extract(text).targets
    assert target.owner == "Sóc Trăng"


def test_owner_named_later_in_the_paragraph() -> None:
    text = (
        "Tỉnh phấn đấu đến năm 2030 thu hút 3 tỷ USD vốn FDI. Đó là mục tiêu được "
        "UBND tỉnh Quảng Trị đề ra tại hội nghị sáng nay."
    )
    article = vnextract.extract(text)
    [target] = article.targets
    assert target.owner == "UBND tỉnh Quảng Trị"
    assert target.owner in {e.name for e in article.organizations + article.locations}


# rule generic_actor: a generic noun after the last name, right before the cue, sets the goal:
# not the office in the speaker's title; the goal's owner is its amount's subject
@pytest.mark.parametrize(
    ("text", "owner", "subject"),
    [
        (
            "Bắc Ninh thu hút 5 tỷ USD vốn FDI. Ông Nguyễn Văn Phúc, Giám đốc Sở Tài chính Bắc "
            "Ninh, cho biết tỉnh đặt mục tiêu năm 2027 thu hút 6 tỷ USD.",
            "Bắc Ninh",
            "Bắc Ninh",
        ),
        (
            "Đà Nẵng đón 8 triệu lượt khách. Bà Trần Thị Lan, Giám đốc Sở Du lịch, cho biết thành "
            "phố đặt mục tiêu năm 2027 đón 9 triệu lượt khách.",
            "Đà Nẵng",
            "Đà Nẵng",
        ),
        (  # no generic noun: the body named before the cue sets it, for its place
            "Đà Nẵng đón 8 triệu lượt khách. Sở Du lịch Đà Nẵng đặt mục tiêu năm 2027 đón 9 "
            "triệu lượt khách.",
            "Sở Du lịch Đà Nẵng",
            "Đà Nẵng",
        ),
    ],
)
def test_a_generic_noun_before_the_cue_sets_the_goal(text: str, owner: str, subject: str) -> None:
    [target] = vnextract.extract(text).targets
    assert target.owner == owner
    assert target.amount is not None and target.amount.subject == subject


# a date line's place owns no goal; a generic "ngân hàng" never stands for a state body
OWNER_NOT_DATELINE_OR_STATE_BODY = [
    "Hà Nội, ngày 20/4/2026 – Sáng nay, Ngân hàng TMCP Quân đội (MB) họp cổ đông thường "
    "niên. Đại hội thông qua kế hoạch lợi nhuận trước thuế dự kiến đạt 34.000 tỷ đồng.",
    "Ngày 20/4/2026, Ngân hàng TMCP Quân đội (MB) họp cổ đông thường niên. Đại hội thông "
    "qua kế hoạch kinh doanh năm 2026.\n\nTổng tài sản của ngân hàng đến cuối năm nay dự "
    "kiến tăng 10%, tùy hạn mức tín dụng Ngân hàng Nhà nước phân bổ.",
]


@pytest.mark.parametrize("text", OWNER_NOT_DATELINE_OR_STATE_BODY)
def test_owner_is_the_articles_bank(text: str) -> None:
    [target] = vnextract.extract(text).targets
    assert target.owner == "Ngân hàng TMCP Quân đội"


def test_a_year_opening_goals_dates_them_in_an_undated_article() -> None:
    # a year alone before a goal cue opens goals of that year, even after a paragraph
    # whose goal is due later; "năm nay" is the year the article reports on
    text = (
        "Quý III/2026, công ty lãi 600 tỷ đồng. Năm nay, công ty đặt kế hoạch lãi 2.000 tỷ "
        "đồng.\n\nCông ty dự kiến hoàn thành cả ba nhà máy trước năm 2029.\n\nNăm 2027, "
        "công ty đặt mục tiêu doanh thu 9.000 tỷ đồng."
    )
    deadlines = [
        (t.amount.text if t.amount else "", t.deadline) for t in vnextract.extract(text).targets
    ]
    assert deadlines == [("2.000 tỷ đồng", 2026), ("ba nhà máy", 2029), ("9.000 tỷ đồng", 2027)]


def test_span_starts_after_the_reporting_verb() -> None:
    [target] = vnextract.extract(OWNER_AND_SPAN[0][0]).targets
    assert target.text.startswith("tỉnh cần")


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Năm 2025, Cục Thuế tỉnh được giao dự toán thu 12,5 nghìn tỷ đồng.", "dự toán thu"),
        (
            "Bà Lan cho biết năm 2026 công ty đặt mục tiêu lợi nhuận 300 tỷ đồng.",
            "lợi nhuận",
        ),
        (
            "Năm 2026, chuỗi nhà thuốc kỳ vọng doanh thu cửa hàng mới sẽ tăng 12%.",
            "doanh thu cửa hàng mới",
        ),
    ],
)
def test_metric_drops_reporting_verbs_and_auxiliaries(text: str, metric: str) -> None:
    [target] = vnextract.extract(text).targets
    assert target.metric == metric


def test_headline_and_body_give_one_goal() -> None:
    text = (
        "Hòa Phát đặt mục tiêu lãi 15.000 tỷ đồng năm 2026\n\n"
        "Năm 2026, Tập đoàn Hòa Phát đặt mục tiêu lợi nhuận sau thuế 15.000 tỷ đồng, "
        "doanh thu 160.000 tỷ đồng."
    )
    found = [t.amount.text for t in vnextract.extract(text).targets if t.amount]
    assert found == ["15.000 tỷ đồng", "160.000 tỷ đồng"]


def test_headline_schedule_repeated_in_the_body_is_one_goal() -> None:
    text = (
        "Cầu Mỹ Thuận 2 dự kiến khánh thành vào tháng 12\n\n"
        "Theo Ban quản lý dự án, cầu sẽ khánh thành vào tháng 12 năm nay."
    )
    found = [(t.text, t.deadline) for t in vnextract.extract(text, published=PUBLISHED).targets]
    assert found == [("cầu sẽ khánh thành vào tháng 12 năm nay", 2025)]


def test_a_goal_without_named_owner_is_whose_figure_its_amount_is() -> None:
    text = (
        "Công ty TNHH Điện tử Hanel mở rộng nhà máy tại Bắc Giang\n\n"
        "Công ty TNHH Điện tử Hanel vừa nhận giấy chứng nhận điều chỉnh đầu tư, nâng vốn "
        "đăng ký lên 400 triệu USD.\n\n"
        "Theo kế hoạch, đến năm 2027 nhà máy dự kiến đạt công suất 90 triệu sản phẩm mỗi năm.\n\n"
        "Năm 2026, tỉnh Bắc Giang phấn đấu thu hút 3 tỷ USD vốn FDI."
    )
    article = vnextract.extract(text)
    owners = {t.amount.text: t.owner for t in article.targets if t.amount is not None}
    assert owners == {
        "90 triệu sản phẩm mỗi năm": "Công ty TNHH Điện tử Hanel",
        "3 tỷ USD": "tỉnh Bắc Giang",
    }
    by_text = {a.text: a.subject for a in article.amounts}
    assert by_text["90 triệu sản phẩm mỗi năm"] == "Công ty TNHH Điện tử Hanel"  # consistent


def test_plan_beside_last_year_undated() -> None:
    """Rule plan_beside_result: "năm ngoái" in an undated article names no known year."""
    text = PLAN_BESIDE_RESULT[-1][0]
    assert vnextract.extract(text).targets == []
    assert [t.deadline for t in vnextract.extract(text, published="2026-02-10").targets] == [2025]


def test_headline_and_body_give_one_goal_without_number() -> None:
    """Rule headline_repeat: the headline's goal in other words, with the body's deadline."""
    text = (
        "Cao tốc Cam Lộ – Lao Bảo: phấn đấu thông xe toàn tuyến trước ngày 30/9/2027\n\n"
        "Bộ Xây dựng yêu cầu chủ đầu tư bảo đảm hoàn thành toàn tuyến trước ngày 30/9/2027."
    )
    found = [(t.text, t.deadline) for t in vnextract.extract(text).targets]
    assert found == [("chủ đầu tư bảo đảm hoàn thành toàn tuyến trước ngày 30/9/2027", 2027)]


def test_an_item_names_its_own_actor() -> None:
    """Rule item_actor: the organisation opening an item of a goal list owns its goal, and
    that item only; the next item keeps the list's owner."""
    text = (
        "Năm 2026, Sở Du lịch Khánh Hòa đặt mục tiêu:\n"
        "- Vietjet mở đường bay Cam Ranh – Almaty với 4 chuyến mỗi tuần;\n"
        "- Đón 3 triệu lượt khách quốc tế."
    )
    owners = [t.owner for t in vnextract.extract(text).targets]
    assert owners == ["Vietjet", "Sở Du lịch Khánh Hòa"]


def test_headline_day_written_without_its_noun_is_the_body_day() -> None:
    """Rule headline_repeat: "30/6/2027" in the headline and "ngày 30/6/2027" in the body
    are one day."""
    text = (
        "Quốc lộ 6 chậm tiến độ, Bộ Xây dựng yêu cầu về đích trước 30/6/2027\n\n"
        "Bộ Xây dựng yêu cầu nhà thầu bảo đảm thông xe toàn tuyến trước ngày 30/6/2027."
    )
    found = [(t.text, t.deadline) for t in vnextract.extract(text).targets]
    assert found == [("nhà thầu bảo đảm thông xe toàn tuyến trước ngày 30/6/2027", 2027)]


def test_a_headline_milestone_of_another_object_is_its_own_goal() -> None:
    """Rule headline_repeat: the same milestone verb and year of another project is no repeat."""
    text = (
        "Hà Nội dự kiến khởi công cầu Trần Hưng Đạo trong năm 2026\n\n"
        "Thành phố dự kiến khởi công tuyến đường sắt đô thị số 5 vào tháng 10/2026."
    )
    assert len(vnextract.extract(text).targets) == 2


def test_headline_milestone_in_other_words_is_the_body_goal() -> None:
    """Rule headline_repeat: the same milestone due the same year, its time worded otherwise."""
    text = (
        "Nhà máy nước Phú Mỹ dự kiến vận hành từ quý II/2027\n\n"
        '"Mục tiêu là chạy thử vào tháng 2/2027 và chính thức vận hành trong quý II/2027", '
        "ông Hòa nói."
    )
    found = [(t.text, t.deadline) for t in vnextract.extract(text).targets]
    assert found == [
        ("chạy thử vào tháng 2/2027", 2027),
        ("chính thức vận hành trong quý II/2027", 2027),
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"Chúng tôi đặt mục tiêu có lãi ngay trong năm 2027", ông Đức nói.',
        "“Mục tiêu là hòa vốn vào cuối năm 2027”, ông Trần Văn Khang, Tổng giám đốc, cho biết.",
    ],
)
def test_a_quoted_goal_ends_at_the_quote(text: str) -> None:
    """The speaker after a quotation is no part of its goal (no clause extends a goal
    across a closing quote)."""
    (target,) = vnextract.extract(text).targets
    assert target.text.endswith("2027")
    assert "ông" not in target.text


@pytest.mark.parametrize(
    ("text", "goals"),
    [
        ("Mục tiêu là có lãi vào năm 2027.", [("có lãi vào năm 2027", 2027)]),
        ("Mục tiêu của hãng là hòa vốn vào cuối năm 2028.", [("hòa vốn vào cuối năm 2028", 2028)]),
        ("Mục tiêu năm nay là 360 tỷ đồng.", [("360 tỷ đồng", 2025)]),
        # "là" then only the deadline: the goal follows it
        (
            "Mục tiêu của đề án là đến năm 2030, thành phố có 52 tuyến xe buýt.",
            [("thành phố có 52 tuyến xe buýt", 2030)],
        ),
        # a goal noun and its year with nothing said of them: a title, no goal
        ("Định hướng phát triển vùng Tây Nguyên đến năm 2030.", []),
    ],
)
def test_a_goal_noun_before_la_states_the_goal(text: str, goals: list[tuple[str, int]]) -> None:
    """ "Mục tiêu là <goal> vào <time>" states a goal; the span starts after "là"."""
    found = vnextract.extract(text, published=PUBLISHED).targets
    assert [(t.text, t.deadline) for t in found] == goals


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Năm 2026, công ty đặt mục tiêu bán 3.000 căn hộ với doanh số 9.000 tỷ đồng.",
            ["bán 3.000 căn hộ", "doanh số 9.000 tỷ đồng"],
        ),
        (
            "Năm 2026, công ty dự kiến phát hành 50 triệu cổ phiếu riêng lẻ cho nhà đầu tư "
            "chiến lược với giá không thấp hơn 12.000 đồng/cổ phiếu.",
            ["công ty dự kiến phát hành 50 triệu cổ phiếu riêng lẻ cho nhà đầu tư chiến lược"],
        ),
    ],
)
def test_a_goal_span_ends_before_the_with_of_the_next_figure(text: str, spans: list[str]) -> None:
    """ "với" before a second figure opens that figure's words: the first goal ends there."""
    found = vnextract.extract(text, published=PUBLISHED).targets
    assert [t.text for t in found] == spans


def test_the_year_reported_on_is_never_after_the_date_line() -> None:
    """Rule dated_now: next year's plan named in a December report leaves the whole
    year's quota ("cả năm") in this year."""
    text = (
        "Hà Nội, ngày 5/12/2025 - Tổng thu ngân sách 11 tháng ước đạt 2,1 triệu tỷ đồng. "
        "Dự toán thu cả năm được Quốc hội giao là 1,9 triệu tỷ đồng. "
        "Thứ trưởng cho biết bộ đang hoàn thiện phương án phân bổ dự toán năm 2026."
    )
    found = [(t.amount.text, t.deadline) for t in vnextract.extract(text).targets if t.amount]
    assert found == [("1,9 triệu tỷ đồng", 2025)]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Tỉnh phấn đấu đến năm 2030, lao động qua đào tạo có chứng chỉ đạt 40%.", "40%"),
        ("Năm 2026, ngân hàng đặt mục tiêu giá trị giao dịch số đạt 900 nghìn tỷ đồng.", "900"),
    ],
)
def test_a_cue_inside_a_two_syllable_word_is_no_cue(text: str, amount: str) -> None:
    """Rule inside_word: "chứng chỉ đạt" holds no "chỉ đạt" (a result word)."""
    found = [t.amount.text for t in vnextract.extract(text).targets if t.amount]
    assert len(found) == 1 and amount in found[0]


def test_own_plan_found_when_lower_case_changes_the_length() -> None:
    """The own-plan cues are found in a text whose lower case is longer ("İ")."""
    text = "Hãng İstanbul Air cho biết: Vietjet sẽ mở thêm 12 đường bay tới châu Âu."
    found = [t.text for t in vnextract.extract(text).targets]
    assert found == ["Vietjet sẽ mở thêm 12 đường bay tới châu Âu"]


def test_own_plan_found_when_words_are_spaced_twice() -> None:
    """The own-plan cues are found when a text spaces its words by two spaces."""
    text = "Vinamilk có  kế hoạch mở rộng hoạt động tại Lào."
    assert [t.text for t in vnextract.extract(text).targets] == [
        "Vinamilk có  kế hoạch mở rộng hoạt động tại Lào"
    ]


def test_an_undated_goal_takes_the_deadline_of_a_later_clause() -> None:
    """Rule due_later: "…, chia làm 10 đợt trong quý III và quý IV/2026"."""
    text = (
        "Ngân hàng lên kế hoạch phát hành tối đa 8.000 tỷ đồng trái phiếu, chia làm 10 đợt "
        "trong quý III và quý IV/2026."
    )
    found = [(t.amount.text, t.deadline) for t in vnextract.extract(text).targets if t.amount]
    assert found == [("tối đa 8.000 tỷ đồng", 2026)]


def test_a_bullet_that_gives_no_goal_keeps_the_list_open() -> None:
    """A list of goals goes on past a bullet no rule reads as a goal."""
    text = (
        "UBND tỉnh ban hành Kế hoạch phát triển du lịch giai đoạn 2026-2030.\n\n"
        "Kế hoạch nêu rõ các mục tiêu chủ yếu:\n- xây dựng thương hiệu du lịch biển;\n"
        "- hình thành mạng lưới điểm đến xanh;\n"
        "- đưa Quy Nhơn trở thành điểm đến hàng đầu của vùng."
    )
    found = [(t.text, t.deadline) for t in vnextract.extract(text, published=PUBLISHED).targets]
    assert ("đưa Quy Nhơn trở thành điểm đến hàng đầu của vùng", 2030) in found


# A year's plan figure that names no time is for the article's year when its day is
# known, from its date line or the published date (rule dated_plan); else it stays undated
AGM = (
    "{}Công ty Cổ phần Phát triển Đô thị Nam Sài Gòn tổ chức đại hội cổ đông, thông qua kế "
    "hoạch doanh thu 4.300 tỷ đồng."
)


@pytest.mark.parametrize(
    ("text", "published", "deadline"),
    [
        (AGM.format("Sáng 18/4/2026, tại TP.HCM, "), None, 2026),
        (AGM.format(""), "2026-04-18", 2026),
        (AGM.format(""), None, None),
    ],
)
def test_a_plan_figure_without_time_is_for_the_articles_year(
    text: str, published: str | None, deadline: int | None
) -> None:
    [target] = vnextract.extract(text, published=published).targets
    assert target.amount is not None and target.amount.text == "4.300 tỷ đồng"
    assert target.deadline == deadline


def test_next_year_is_not_the_year_an_undated_report_is_on() -> None:
    text = (
        "Quý III/2026, công ty lãi 150 tỷ đồng. Lũy kế 9 tháng, công ty lãi 412 tỷ đồng, hoàn "
        "thành 62% kế hoạch lợi nhuận cả năm (665 tỷ đồng). Năm tới, công ty đặt mục tiêu lãi "
        "800 tỷ đồng."
    )
    found = {
        t.amount.text: t.deadline for t in vnextract.extract(text).targets if t.amount is not None
    }
    assert found == {"665 tỷ đồng": 2026, "800 tỷ đồng": 2027}


def test_a_generic_place_word_owner_is_the_articles_place() -> None:
    text = (
        "Năm 2025, tỉnh Quảng Ngãi đón 2,3 triệu lượt khách.\n\n"
        "Năm 2026, tỉnh phấn đấu đón 2,8 triệu lượt khách và hoàn thành khu kinh tế Dung Quất "
        "mở rộng.\n\nTỉnh Quảng Ngãi cũng đặt mục tiêu thu hút 20.000 tỷ đồng vốn đầu tư."
    )
    article = vnextract.extract(text)
    [place] = [e.name for e in article.locations if "Quảng Ngãi" in e.name]
    assert {t.owner for t in article.targets} == {place}


def test_a_generic_bank_owner_is_the_bank_the_article_is_about() -> None:
    text = (
        "Ngân hàng TMCP Á Châu (ACB) lãi 10.000 tỷ đồng sau nửa năm. ACB có 400 chi nhánh.\n\n"
        "Năm nay, ngân hàng đặt kế hoạch lợi nhuận trước thuế 23.000 tỷ đồng. Ngân hàng Nhà "
        "nước đã giao cho ACB hạn mức tăng trưởng tín dụng 16%."
    )
    [plan, *_] = vnextract.extract(text).targets
    assert plan.owner == "Ngân hàng TMCP Á Châu"


def test_a_headline_in_capitals_does_not_name_the_place() -> None:
    text = "QUẢNG NGÃI - Ngày 26/12/2024, UBND tỉnh Quảng Ngãi tổng kết năm. Quảng Ngãi đón khách."
    names = [e.name for e in vnextract.extract(text).locations]
    assert names == ["Quảng Ngãi"]


def test_an_undated_reports_plan_figure_is_for_the_year_it_reports_on() -> None:
    text = (
        "Công ty vừa công bố kết quả kinh doanh tháng 10/2026 với doanh thu 900 tỷ đồng.\n\n"
        "“Chúng tôi tự tin hoàn thành kế hoạch doanh thu 10.500 tỷ đồng”, ông Nam nói."
    )
    [target] = vnextract.extract(text).targets
    assert target.amount is not None and target.amount.text == "10.500 tỷ đồng"
    assert target.deadline == 2026


def test_a_plan_named_with_its_year_and_who_set_it_before_its_figure() -> None:
    text = (
        "Lũy kế 9 tháng năm 2026, công ty lãi 972 tỷ đồng. So với kế hoạch năm 2026 được Đại "
        "hội đồng cổ đông thông qua là doanh thu 13.500 tỷ đồng, công ty đã thực hiện được 73%."
    )
    [target] = vnextract.extract(text).targets
    assert target.amount is not None and target.amount.text == "13.500 tỷ đồng"
    assert target.deadline == 2026
