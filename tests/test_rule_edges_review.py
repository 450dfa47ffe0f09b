"""Edges of the rules added on 2026-12-05, found by a review with sentences of its own.

Each case is a class of text the new rules first read wrongly; the rules now leave it as
it should be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import vnextract

AmountOf = Callable[[str, str], vnextract.Amount]  # the conftest fixture amount_of

PUBLISHED = "2026-11-20"


def _targets(text: str) -> list[str]:
    return [t.text for t in vnextract.extract(text, published=PUBLISHED).targets]


# Words that only look like the new cues: sharing, parting, attacking, risks ahead
NO_TARGETS = [
    "Tại hội thảo ngày 25/11, Vietcombank sẽ chia sẻ kinh nghiệm chuyển đổi số với các ngân hàng.",
    "Hòa Phát sẽ chia tay đối tác Nhật Bản sau 10 năm hợp tác.",
    "Các nhóm tin tặc nhắm vào 500 doanh nghiệp Việt Nam trong năm 2026.",
    "Các thách thức chính của nền kinh tế năm 2027 gồm:\n- Lạm phát có xu hướng tăng.\n"
    "- Thương mại toàn cầu suy giảm.",
    "Những rủi ro của ngành thép năm 2027 gồm:\n- Giá quặng tăng.\n- Nhu cầu yếu.",
]


@pytest.mark.parametrize("text", NO_TARGETS)
def test_no_target(text: str) -> None:
    assert _targets(text) == []


def test_an_empty_item_of_a_planned_list_is_read_without_error() -> None:
    text = "Các khoản chi lớn năm 2027 gồm:\n- \n- Xây 12 trường học."
    assert [
        t.amount.text for t in vnextract.extract(text, published=PUBLISHED).targets if t.amount
    ] == ["12 trường học"]


def test_a_price_per_unit_is_no_goals_size(amount_of: AmountOf) -> None:
    text = "Công ty Thép Việt Đức sẽ bán thép cuộn với giá 14,2 triệu đồng/tấn từ ngày 1/12."
    assert [t.amount for t in vnextract.extract(text, published=PUBLISHED).targets] == [None]
    assert amount_of(text, "14,2 triệu đồng/tấn").role == "spec"


# (text, figure, role): growth of a result, progress, capacity, permission, past ability
ROLES = [
    (
        "Năm 2025, công ty đạt lợi nhuận 520 tỷ đồng, vượt kế hoạch 450 tỷ đồng, tăng 15% so "
        "với năm 2024.",
        "15%",
        "result",
    ),
    ("Dự án có tổng mức đầu tư 2.000 tỷ đồng, trong đó đã giải ngân được 35%.", "35%", "result"),
    ("Nhà máy xử lý rác mới có thể xử lý 1.200 tấn rác mỗi ngày đêm.", "1.200 tấn", "result"),
    ("Theo quy định mới, người lao động có thể rút 50% số dư tài khoản.", "50%", "result"),
    ("Năm 2025, công ty đã có thể tự chủ 70% nguyên liệu đầu vào.", "70%", "result"),
    ("Theo giới phân tích, giá thép có thể chỉ tăng 3% trong năm 2027.", "3%", "forecast"),
]


@pytest.mark.parametrize(("text", "figure", "role"), ROLES)
def test_role(amount_of: AmountOf, text: str, figure: str, role: str) -> None:
    assert amount_of(text, figure).role == role


# (text, figure, subject): a clause's place after another's; a market report's places
SUBJECTS = [
    (
        "Sau khi đóng cửa nhà máy tại Bình Dương, Đồng Nai thu hút thêm 1,5 tỷ USD vốn FDI.",
        "1,5 tỷ USD",
        "Đồng Nai",
    ),
    (
        "Theo CBRE, quý III/2026 có 5.000 căn hộ mở bán mới tại Hà Nội và 2.100 căn tại Đà "
        "Nẵng. CBRE dự báo giá sẽ tiếp tục tăng. CBRE cho biết tỷ lệ hấp thụ đạt 80%.",
        "2.100 căn",
        "Đà Nẵng",
    ),
]


@pytest.mark.parametrize(("text", "figure", "subject"), SUBJECTS)
def test_subject(amount_of: AmountOf, text: str, figure: str, subject: str) -> None:
    assert amount_of(text, figure).subject == subject


def test_a_number_word_after_a_dash_opens_a_sentence(amount_of: AmountOf) -> None:
    text = "HÀ NỘI — Hai doanh nghiệp vừa bị xử phạt tổng cộng 500 triệu đồng."
    assert amount_of(text, "Hai doanh nghiệp").value == 2


def test_a_given_name_after_a_title_stays_a_person() -> None:
    text = (
        "Ông Phạm Văn Trường, Phó Chủ tịch UBND tỉnh, dự hội nghị. Phó Chủ tịch Trường cho "
        "biết tỉnh sẽ giải ngân 2.000 tỷ đồng."
    )
    [person] = vnextract.extract(text).persons
    assert [m.text for m in person.mentions] == ["Phạm Văn Trường", "Trường"]


def test_a_lake_named_like_a_company_stays_the_lake() -> None:
    text = (
        "Công ty Cổ phần Thủy điện Hồ Xanh lãi 50 tỷ đồng nhờ mưa nhiều. Mực nước hồ Hồ Xanh "
        "cao hơn cùng kỳ 2 mét; Hồ Xanh là hồ nhân tạo lớn của tỉnh."
    )
    [company] = vnextract.extract(text).organizations
    assert [m.text for m in company.mentions] == ["Công ty Cổ phần Thủy điện Hồ Xanh"]


def test_a_mountain_region_is_the_region() -> None:
    text = "Các tỉnh trung du và miền núi Bắc Bộ đón 5 triệu lượt khách. Bắc Bộ cũng thu hút FDI."
    assert [e.name for e in vnextract.extract(text).locations] == ["Bắc Bộ"]
