"""Targets: goals with amount, deadline, metric and owner, from our own news-style sentences.

The amounts, years and entities are built by hand here (located by their text
in each sentence), so these tests check the target logic alone.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from vnextract import Extractor
from vnextract.document import Document
from vnextract.schema import Amount, Entity, Span, Target, TimeRef
from vnextract.targets import find_targets


@dataclass(frozen=True)
class Num:
    """An amount to place in the text: its text and numbers."""

    text: str
    value: float | None = None
    unit: str = "%"
    kind: str = "percent"
    lo: float | None = None
    hi: float | None = None


def _find(text: str, sub: str, nth: int = 0) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(sub, pos + 1)
        assert pos >= 0, f"{sub!r} not in {text!r}"
    return pos


def _amounts(text: str, nums: list[Num]) -> list[Amount]:
    out = []
    seen: dict[str, int] = {}
    for n in nums:
        nth = seen.get(n.text, 0)
        seen[n.text] = nth + 1
        start = _find(text, n.text, nth)
        out.append(
            Amount(
                text=n.text,
                start=start,
                end=start + len(n.text),
                value=n.value,
                min=n.lo,
                max=n.hi,
                unit=n.unit,
                kind=n.kind,  # type: ignore[arg-type]
            )
        )
    return out


def _years(text: str) -> list[TimeRef]:
    """Every "năm YYYY" / bare YYYY and "giai đoạn YYYY-YYYY" of a test text."""
    import re

    refs: list[TimeRef] = []
    for m in re.finditer(r"(?:giai đoạn|thời kỳ) (\d{4})-(\d{4})", text):
        refs.append(
            TimeRef(
                text=m.group(),
                start=m.start(),
                end=m.end(),
                kind="period",
                start_year=int(m.group(1)),
                end_year=int(m.group(2)),
            )
        )
    for m in re.finditer(r"(ngày \d{1,2}/|tháng )?\d{1,2}/(\d{4})", text):
        kind = "month" if (m.group(1) or "").startswith("tháng") else "date"
        refs.append(
            TimeRef(text=m.group(), start=m.start(), end=m.end(), kind=kind, year=int(m.group(2)))
        )
    for m in re.finditer(r"(?<![\d/-])(?:năm )?(\d{4})(?![\d-])", text):
        if not any(r.start <= m.start() < r.end for r in refs):
            refs.append(
                TimeRef(
                    text=m.group(), start=m.start(), end=m.end(), kind="year", year=int(m.group(1))
                )
            )
    return sorted(refs, key=lambda r: r.start)


def _entity(text: str, name: str, label: str, *forms: str) -> Entity:
    mentions = []
    for form in (name, *forms):
        pos = text.find(form)
        while pos >= 0:
            mentions.append(Span(text=form, start=pos, end=pos + len(form)))
            pos = text.find(form, pos + 1)
    return Entity(name=name, label=label, mentions=mentions)  # type: ignore[arg-type]


def _targets(text: str, nums: list[Num], entities: list[Entity] | None = None) -> list[Target]:
    doc = Document.from_text(text)
    assert doc.text == text, "test texts are written already normalised"
    return find_targets(doc, _amounts(text, nums), _years(text), entities or [])


def _summary(targets: list[Target]) -> list[tuple[str | None, int | None]]:
    return [(t.amount.text if t.amount else None, t.deadline) for t in targets]


# --- one case per cue family: (sentence, amounts in it, expected (amount, deadline)) ---

CUE_CASES = [
    pytest.param(
        "Năm 2024, công ty đặt kế hoạch doanh thu 1.500 tỷ đồng, "
        "nhưng thực tế chỉ đạt 1.200 tỷ đồng.",
        [
            Num("1.500 tỷ đồng", 1.5e12, "VND", "money"),
            Num("1.200 tỷ đồng", 1.2e12, "VND", "money"),
        ],
        [("1.500 tỷ đồng", 2024)],
        id="a goal reported with how it turned out: the plan counts, the result does not",
    ),
    pytest.param(
        "Năm 2026, Công ty Thép Miền Trung đặt mục tiêu doanh thu 8.000 tỷ đồng.",
        [Num("8.000 tỷ đồng", 8e12, "VND", "money")],
        [("8.000 tỷ đồng", 2026)],
        id="đặt mục tiêu",
    ),
    pytest.param(
        "Thành phố phấn đấu đến năm 2030 có 200 nghìn doanh nghiệp hoạt động.",
        [Num("200 nghìn doanh nghiệp", 200_000, "doanh nghiệp", "count")],
        [("200 nghìn doanh nghiệp", 2030)],
        id="phấn đấu",
    ),
    pytest.param(
        "Chỉ tiêu năm 2027 của ngành du lịch là đón 3 triệu lượt khách quốc tế.",
        [Num("3 triệu lượt khách", 3e6, "lượt khách", "count")],
        [("3 triệu lượt khách", 2027)],
        id="chỉ tiêu",
    ),
    pytest.param(
        "Theo kế hoạch, năm 2027 nhà máy sẽ sản xuất 500 nghìn tấn thép cán.",
        [Num("500 nghìn tấn", 500_000, "tấn", "measure")],
        [("500 nghìn tấn", 2027)],
        id="theo kế hoạch",
    ),
    pytest.param(
        "Huyện hướng tới tỷ lệ hộ nghèo dưới 2% vào năm 2028.",
        [Num("dưới 2%", 2)],
        [("dưới 2%", 2028)],
        id="hướng tới",
    ),
    pytest.param(
        "Ngân hàng cam kết dành 10.000 tỷ đồng cho vay nông nghiệp trong năm 2026.",
        [Num("10.000 tỷ đồng", 1e13, "VND", "money")],
        [("10.000 tỷ đồng", 2026)],
        id="cam kết",
    ),
    pytest.param(
        "Định hướng đến năm 2035, tỷ lệ đô thị hóa của tỉnh đạt 60%.",
        [Num("60%", 60)],
        [("60%", 2035)],
        id="định hướng",
    ),
    pytest.param(
        "Sở Y tế đảm bảo 95% người dân có thẻ bảo hiểm y tế vào năm 2026.",
        [Num("95%", 95)],
        [("95%", 2026)],
        id="đảm bảo … vào năm",
    ),
    pytest.param(
        "Đến năm 2030, toàn tỉnh có 15 khu công nghiệp đi vào hoạt động.",
        [Num("15 khu công nghiệp", 15, "khu công nghiệp", "count")],
        [("15 khu công nghiệp", 2030)],
        id="đến năm",
    ),
    pytest.param(
        "Công ty dự kiến đạt doanh thu 1.200 tỷ đồng vào năm 2026.",
        [Num("1.200 tỷ đồng", 1.2e12, "VND", "money")],
        [("1.200 tỷ đồng", 2026)],
        id="dự kiến … vào năm",
    ),
    pytest.param(
        "Tỉnh đặt mục tiêu thu hút 2 tỷ USD vốn FDI trong năm 2026. "
        "Các khu công nghiệp mới sẽ tạo việc làm cho 20.000 lao động.",
        [Num("2 tỷ USD", 2e9, "USD", "money"), Num("20.000 lao động", 20000, "lao động", "count")],
        [("2 tỷ USD", 2026), ("20.000 lao động", 2026)],
        id="sẽ inside a goal passage",
    ),
    pytest.param(
        "Theo kế hoạch, dự án sẽ hoàn thành vào năm 2027, với tổng vốn đầu tư 5.000 tỷ đồng.",
        [Num("5.000 tỷ đồng", 5e12, "VND", "money")],
        [(None, 2027)],
        id="plan due by a year, capital is not a goal",
    ),
    pytest.param(
        "Với tầm nhìn đến năm 2045, thành phố có 40% diện tích là cây xanh.",
        [Num("40%", 40)],
        [("40%", 2045)],
        id="tầm nhìn",
    ),
]


# --- not targets: results, shares of a plan, forecasts, history, titles ---

NEGATIVE_CASES = [
    pytest.param(
        "Giá trị xuất khẩu đạt 1,2 tỷ USD, bằng 96% kế hoạch năm.",
        [Num("1,2 tỷ USD", 1.2e9, "USD", "money"), Num("96%", 96)],
        id="share of the year's plan",
    ),
    pytest.param(
        "Lợi nhuận sau thuế đạt 900 tỷ đồng, vượt 12% kế hoạch.",
        [Num("900 tỷ đồng", 9e11, "VND", "money"), Num("12%", 12)],
        id="plan exceeded",
    ),
    pytest.param(
        "Năm 2024, tỉnh đã hoàn thành chỉ tiêu thu hút 2.100 doanh nghiệp mới. Năm 2026, "
        "tỉnh có 9.600 doanh nghiệp.",
        [
            Num("2.100 doanh nghiệp", 2100, "doanh nghiệp", "count"),
            Num("9.600 doanh nghiệp", 9600, "doanh nghiệp", "count"),
        ],
        id="goal completed in an earlier year",
    ),
    pytest.param(
        "Đến tháng 5/2024, hệ thống có tổng công suất 80.000 MW, trong đó điện gió chiếm 6,3%.",
        [Num("80.000 MW", 80000, "MW", "measure"), Num("6,3%", 6.3)],
        id="status as of a month",
    ),
    pytest.param(
        "Tính đến năm 2024, huyện đã có 12 xã đạt chuẩn nông thôn mới.",
        [Num("12 xã", 12, "xã", "count")],
        id="achieved by a year",
    ),
    pytest.param(
        "Theo dự báo của Ngân hàng Thế giới, đến năm 2030 kinh tế Việt Nam "
        "sẽ tăng trưởng 6,5%/năm.",
        [Num("6,5%", 6.5)],
        id="outsider's forecast",
    ),
    pytest.param(
        "Theo Ngân hàng Thế giới, kinh tế Việt Nam sẽ tăng trưởng 6,8% trong năm 2026.",
        [Num("6,8%", 6.8)],
        id="outsider's sẽ",
    ),
    pytest.param(
        "Theo Bộ Công Thương, xuất khẩu dự kiến đạt 420 tỷ USD vào năm 2026.",
        [Num("420 tỷ USD", 4.2e11, "USD", "money")],
        id="someone else's estimate",
    ),
    pytest.param(
        "Nhà máy điện gió sẽ cung cấp 300 MW cho lưới điện quốc gia vào năm 2027.",
        [Num("300 MW", 300, "MW", "measure")],
        id="sẽ alone is no goal cue",
    ),
    pytest.param(
        "Chuyên gia dự báo giá thép có thể tăng 10% vào năm 2026.",
        [Num("10%", 10)],
        id="expert forecast",
    ),
    pytest.param(
        "Trước đây, tỉnh từng đặt mục tiêu có 1.000 doanh nghiệp vào năm 2015.",
        [Num("1.000 doanh nghiệp", 1000, "doanh nghiệp", "count")],
        id="past plan as history",
    ),
    pytest.param(
        "Tỉnh triển khai Chiến lược phát triển du lịch đến năm 2030, tầm nhìn đến năm 2045.",
        [],
        id="a plan's title",
    ),
    pytest.param(
        "Chương trình mục tiêu quốc gia giảm nghèo bền vững đã hỗ trợ 12.000 hộ.",
        [Num("12.000 hộ", 12000, "hộ", "count")],
        id="programme name with mục tiêu",
    ),
    pytest.param(
        "Doanh thu quý I tăng 15% so với cùng kỳ, đạt 2.300 tỷ đồng.",
        [Num("15%", 15), Num("2.300 tỷ đồng", 2.3e12, "VND", "money")],
        id="plain result",
    ),
]


@pytest.mark.parametrize(("text", "nums"), NEGATIVE_CASES)
def test_not_targets(text: str, nums: list[Num]) -> None:
    assert _targets(text, nums) == []


def test_four_goals_in_one_sentence_give_four_targets() -> None:
    text = (
        "Đến năm 2030, tỉnh phấn đấu GRDP bình quân đầu người đạt 150 triệu đồng, "
        "tỷ lệ đô thị hóa đạt 55%, tỷ lệ lao động qua đào tạo đạt 80% "
        "và có 30.000 doanh nghiệp hoạt động."
    )
    nums = [
        Num("150 triệu đồng", 1.5e8, "VND", "money"),
        Num("55%", 55),
        Num("80%", 80),
        Num("30.000 doanh nghiệp", 30000, "doanh nghiệp", "count"),
    ]
    targets = _targets(text, nums)
    assert _summary(targets) == [
        ("150 triệu đồng", 2030),
        ("55%", 2030),
        ("80%", 2030),
        ("30.000 doanh nghiệp", 2030),
    ]
    for target in targets:
        assert text[target.start : target.end] == target.text
    # each clause holds its own goal only
    assert targets[1].text == "tỷ lệ đô thị hóa đạt 55%"
    assert targets[2].text == "tỷ lệ lao động qua đào tạo đạt 80%"
    assert "55%" not in targets[0].text and "80%" not in targets[3].text


def test_target_amount_is_the_same_object() -> None:
    text = "Tỉnh đặt mục tiêu thu hút 5 tỷ USD vốn đầu tư vào năm 2027."
    doc = Document.from_text(text)
    amounts = _amounts(text, [Num("5 tỷ USD", 5e9, "USD", "money")])
    [target] = find_targets(doc, amounts, _years(text), [])
    assert target.amount is amounts[0]


# --- deadlines carried over ---

CARRY_CASES = [
    pytest.param(
        "Đề án hỗ trợ nông dân giai đoạn 2026-2030 đặt mục tiêu 40% diện tích canh tác "
        "ứng dụng công nghệ cao.",
        [Num("40%", 40)],
        [("40%", 2030)],
        id="end of a period earlier in the sentence",
    ),
    pytest.param(
        "Mục tiêu đến năm 2028, huyện có 5 xã đạt chuẩn nông thôn mới nâng cao. "
        "Tỷ lệ hộ nghèo giảm xuống dưới 1,5%.",
        [Num("5 xã", 5, "xã", "count"), Num("dưới 1,5%", 1.5)],
        [("5 xã", 2028), ("dưới 1,5%", 2028)],
        id="from the previous sentence of a goal list",
    ),
    pytest.param(
        "Kế hoạch của thành phố đặt ra các chỉ tiêu đến năm 2027:\n"
        "- Tỷ lệ che phủ rừng đạt 42%;\n"
        "- 100% xã có trạm y tế đạt chuẩn.",
        [Num("42%", 42), Num("100%", 100)],
        [("42%", 2027), ("100%", 2027)],
        id="from a heading line ending with a colon",
    ),
    pytest.param(
        "Nghị quyết đề ra các chỉ tiêu chủ yếu năm 2027 như sau:\n"
        "- Thu ngân sách đạt 9.000 tỷ đồng;\n"
        "- Tỷ lệ hộ nghèo giảm 1,2%.",
        [Num("9.000 tỷ đồng", 9e12, "VND", "money"), Num("1,2%", 1.2)],
        [("9.000 tỷ đồng", 2027), ("1,2%", 2027)],
        id="every bullet of a goal list",
    ),
    pytest.param(
        "Hội đồng quản trị đặt mục tiêu doanh thu 900 tỷ đồng. Cổ tức năm 2026 dự kiến ở mức 12%.",
        [Num("900 tỷ đồng", 9e11, "VND", "money"), Num("12%", 12)],
        [("900 tỷ đồng", 2026), ("12%", 2026)],
        id="from the plan year named next",
    ),
    pytest.param(
        "Mục tiêu đến năm 2030, tỉnh có 60 nghìn doanh nghiệp. "
        "Năm 2024, doanh thu của các doanh nghiệp đạt 300 tỷ đồng.",
        [
            Num("60 nghìn doanh nghiệp", 60000, "doanh nghiệp", "count"),
            Num("300 tỷ đồng", 3e11, "VND", "money"),
        ],
        [("60 nghìn doanh nghiệp", 2030)],
        id="a report for an earlier year ends the list",
    ),
    pytest.param(
        "UBND tỉnh đặt mục tiêu năm 2026 thu hút 1 tỷ USD vốn FDI. "
        "Trong 10 tháng, tỉnh thu hút 800 triệu USD.",
        [Num("1 tỷ USD", 1e9, "USD", "money"), Num("800 triệu USD", 8e8, "USD", "money")],
        [("1 tỷ USD", 2026)],
        id="a report for the months so far ends the list",
    ),
    pytest.param(
        "Chính phủ đặt mục tiêu đến năm 2035 GDP bình quân đầu người đạt 9.000 USD.\n"
        "Tỷ trọng khu vực dịch vụ đạt trên 50%, khu vực nông nghiệp dưới 10%.\n"
        "Các bộ, ngành đã triển khai 12 chương trình hành động.",
        [
            Num("9.000 USD", 9000, "USD", "money"),
            Num("trên 50%", 50),
            Num("dưới 10%", 10),
            Num("12 chương trình", 12, "chương trình", "count"),
        ],
        [("9.000 USD", 2035), ("trên 50%", 2035), ("dưới 10%", 2035)],
        id="a goal list going on in the next paragraph",
    ),
    pytest.param(
        "Tỉnh đặt mục tiêu năm 2026 đón 4 triệu lượt khách. Các khách sạn mới có 2.000 phòng.",
        [
            Num("4 triệu lượt khách", 4e6, "lượt khách", "count"),
            Num("2.000 phòng", 2000, "phòng", "count"),
        ],
        [("4 triệu lượt khách", 2026)],
        id="a statement that does not read like a goal ends the list",
    ),
]


def test_goal_after_a_clause_holding_only_its_deadline() -> None:
    text = (
        "Theo Nghị quyết, mục tiêu tổng quát đến năm 2035, Gia Lai trở thành tỉnh phát triển khá."
    )
    [goal] = _targets(text, [])
    assert (goal.amount, goal.deadline) == (None, 2035)
    assert goal.text.endswith("Gia Lai trở thành tỉnh phát triển khá")


def test_goal_without_amount_has_its_deadline_and_clause() -> None:
    text = (
        "Tỉnh phấn đấu đến năm 2035 trở thành trung tâm logistics của khu vực, "
        "với 30% hàng hóa đi qua cảng biển."
    )
    [goal, share] = _targets(text, [Num("30%", 30)])
    assert goal.amount is None
    assert goal.deadline == 2035
    assert goal.text == "đến năm 2035 trở thành trung tâm logistics của khu vực"
    assert (share.amount is not None, share.deadline) == (True, 2035)


# --- owners ---


def test_quoted_goal_starts_after_the_quote() -> None:
    text = 'Ông Lê Văn C cho biết: "Chúng tôi đặt mục tiêu năm 2026 mở thêm 40 cửa hàng".'
    [target] = _targets(text, [Num("40 cửa hàng", 40, "cửa hàng", "count")])
    assert (target.text, target.deadline) == ("mở thêm 40 cửa hàng", 2026)


def test_owner_named_before_the_cue() -> None:
    text = "Tập đoàn Hòa Bình đặt mục tiêu lợi nhuận 1.000 tỷ đồng trong năm 2026."
    org = _entity(text, "Tập đoàn Hòa Bình", "ORG")
    [target] = _targets(text, [Num("1.000 tỷ đồng", 1e12, "VND", "money")], [org])
    assert target.owner == "Tập đoàn Hòa Bình"
    assert target.cue == "đặt mục tiêu"


def test_owner_resolved_from_the_article_for_tinh() -> None:
    text = (
        "Bình Định thu hút nhiều dự án điện gió. Khách du lịch đến Bình Định tăng mạnh.\n"
        "Tỉnh phấn đấu đến năm 2030 đón 12 triệu lượt khách."
    )
    loc = _entity(text, "Bình Định", "LOC")
    other = _entity(text, "Quy Nhơn", "LOC")
    [target] = _targets(
        text, [Num("12 triệu lượt khách", 1.2e7, "lượt khách", "count")], [loc, other]
    )
    assert target.owner == "Bình Định"


def test_owner_resolved_from_the_article_for_cong_ty() -> None:
    text = (
        "Công ty cổ phần Sao Mai vừa công bố báo cáo tài chính. Sao Mai lãi lớn.\n"
        "Năm 2026, công ty đặt kế hoạch doanh thu 3.500 tỷ đồng, "
        "trong khi nhiều tập đoàn giảm chỉ tiêu."
    )
    org = _entity(text, "Công ty cổ phần Sao Mai", "ORG", "Sao Mai")
    [target] = _targets(text, [Num("3.500 tỷ đồng", 3.5e12, "VND", "money")], [org])
    assert (target.owner, target.deadline) == ("Công ty cổ phần Sao Mai", 2026)


# --- known gaps ---


def test_deadline_from_a_month() -> None:
    text = "Công ty phấn đấu đến tháng 6/2027 đưa 200 cửa hàng vào hoạt động."
    doc = Document.from_text(text)
    start = text.find("tháng 6/2027")
    month = TimeRef(
        text="tháng 6/2027", start=start, end=start + 12, kind="month", year=2027, month=6
    )
    amounts = _amounts(text, [Num("200 cửa hàng", 200, "cửa hàng", "count")])
    [target] = find_targets(doc, amounts, [month], [])
    assert target.deadline == 2027


# --- growth figures, titles, past years, owners of the whole article ---

MORE_CASES = [
    pytest.param(
        "Năm 2026, ngân hàng đặt mục tiêu tín dụng tăng 14%, "
        "lợi nhuận trước thuế tăng 10% so với năm 2025.",
        [Num("14%", 14), Num("10%", 10)],
        [("14%", 2026), ("10%", 2026)],
        id="growth goal compared with last year",
    ),
    pytest.param(
        "Ngân hàng đặt mục tiêu tăng trưởng tín dụng năm 2026 khoảng 15%. "
        "Tính đến ngày 30/6/2026, tín dụng tăng 7,2%.",
        [Num("khoảng 15%", 15), Num("7,2%", 7.2)],
        [("khoảng 15%", 2026)],
        id="a result reported after the goal",
    ),
    pytest.param(
        "Công ty đặt kế hoạch doanh thu 800 tỷ đồng, lợi nhuận 90 tỷ đồng trong năm 2026, "
        "cùng tăng 12% so với năm trước.",
        [
            Num("800 tỷ đồng", 8e11, "VND", "money"),
            Num("90 tỷ đồng", 9e10, "VND", "money"),
            Num("12%", 12),
        ],
        [("800 tỷ đồng", 2026), ("90 tỷ đồng", 2026)],
        id="growth that restates two goals",
    ),
    pytest.param(
        "Ngày 3/4/2025, công ty họp đại hội cổ đông. Mục tiêu năm nay là lãi 200 tỷ đồng.",
        [Num("200 tỷ đồng", 2e11, "VND", "money")],
        [("200 tỷ đồng", 2025)],
        id="năm nay: the year the article reports on",
    ),
    pytest.param(
        "Hội đồng quản trị đặt mục tiêu lợi nhuận 200 tỷ đồng.",
        [Num("200 tỷ đồng", 2e11, "VND", "money")],
        [("200 tỷ đồng", None)],
        id="a firm goal whose year the article does not give",
    ),
    pytest.param(
        "Huấn luyện viên cho biết mục tiêu của đội là giành 3 điểm trước đối thủ.",
        [Num("3 điểm", 3, "điểm", "count")],
        [],
        id="mục tiêu without any year is left out",
    ),
    pytest.param(
        "Đến năm 2035, GDP bình quân đầu người của vùng đạt 9.000 USD (khoảng 230 triệu đồng).",
        [Num("9.000 USD", 9000, "USD", "money"), Num("230 triệu đồng", 2.3e8, "VND", "money")],
        [("9.000 USD", 2035)],
        id="the same goal in other units, in brackets",
    ),
    pytest.param(
        "Định hướng phát triển vùng duyên hải đến năm 2035",
        [],
        [],
        id="a heading that names a plan",
    ),
    pytest.param(
        "Theo đó, thu nhập bình quân của người dân dự kiến sẽ đạt 150 triệu đồng vào năm 2030.",
        [Num("150 triệu đồng", 1.5e8, "VND", "money")],
        [("150 triệu đồng", 2030)],
        id="theo đó is no attribution",
    ),
    pytest.param(
        "Công ty đặt mục tiêu doanh thu 500 tỷ đồng trong năm 2026, tăng 20% so với năm trước.",
        [Num("500 tỷ đồng", 5e11, "VND", "money"), Num("20%", 20)],
        [("500 tỷ đồng", 2026)],
        id="growth that restates the goal before it",
    ),
    pytest.param(
        "Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050 xác định 4 hành lang kinh tế.",
        [Num("4 hành lang", 4, "hành lang", "count")],
        [],
        id="title ending with tầm nhìn",
    ),
    pytest.param(
        "Ngày 12/3/2024, huyện tổng kết phong trào. Đến năm 2020, toàn huyện có 9 xã đạt chuẩn.",
        [Num("9 xã", 9, "xã", "count")],
        [],
        id="an earlier year than the article's",
    ),
]


# --- "Theo <plan>, …" states the plan's goals; "Theo <someone>, …" is their estimate ---

PLAN_FRAME_CASES = [
    pytest.param(
        "Theo lộ trình, giá nước sạch dự kiến tăng 5% vào năm 2027.",
        [Num("5%", 5)],
        [("5%", 2027)],
        id="theo lộ trình",
    ),
    pytest.param(
        "Theo dự thảo quy hoạch, Cần Thơ dự kiến có 3 cảng cạn vào năm 2030.",
        [Num("3 cảng cạn", 3, "cảng cạn", "count")],
        [("3 cảng cạn", 2030)],
        id="theo dự thảo quy hoạch",
    ),
    pytest.param(
        "Theo nội dung đề án, mỗi huyện dự kiến có ít nhất 2 chợ đầu mối vào năm 2028.",
        [Num("ít nhất 2 chợ", 2, "chợ", "count")],
        [("ít nhất 2 chợ", 2028)],
        id="theo nội dung đề án",
    ),
    pytest.param(
        "Theo Nghị quyết của Tỉnh ủy Gia Lai, kinh tế số dự kiến chiếm 20% GRDP vào năm 2030.",
        [Num("20%", 20)],
        [("20%", 2030)],
        id="theo Nghị quyết, capitalised",
    ),
    pytest.param(
        "Theo phương án kinh doanh, công ty dự kiến lãi 45 tỷ đồng trong năm 2026.",
        [Num("45 tỷ đồng", 4.5e10, "VND", "money")],
        [("45 tỷ đồng", 2026)],
        id="theo phương án",
    ),
    pytest.param(
        "Theo chương trình, đến năm 2029 tỉnh Bến Tre xây mới 12.000 căn nhà ở xã hội; "
        "tỷ lệ hộ dân dùng nước sạch đạt 98%.",
        [Num("12.000 căn", 12000, "căn", "count"), Num("98%", 98)],
        [("12.000 căn", 2029), ("98%", 2029)],
        id="theo chương trình, đến năm",
    ),
    pytest.param(
        "Theo Sở Kế hoạch và Đầu tư, vốn FDI dự kiến đạt 3 tỷ USD vào năm 2026.",
        [Num("3 tỷ USD", 3e9, "USD", "money")],
        [],
        id="a department named Kế hoạch is still an outside source",
    ),
    pytest.param(
        "Theo báo cáo của Bộ Xây dựng, giá nhà dự kiến tăng 8% vào năm 2026.",
        [Num("8%", 8)],
        [],
        id="theo báo cáo: an estimate",
    ),
    pytest.param(
        "Theo Hiệp hội Thủy sản, xuất khẩu cá tra dự kiến đạt 2,4 tỷ USD vào năm 2026.",
        [Num("2,4 tỷ USD", 2.4e9, "USD", "money")],
        [],
        id="theo an association: an estimate",
    ),
]


# --- "…đến năm 2030, định hướng đến năm 2050" after a plan's name is its title ---

TITLE_TAIL_CASES = [
    pytest.param(
        "Bộ Nông nghiệp ban hành Chiến lược phát triển thủy sản đến năm 2030, "
        "định hướng đến năm 2045, gắn với bảo vệ nguồn lợi.",
        [],
        [],
        id="Chiến lược … đến năm 2030, định hướng đến năm 2045",
    ),
    pytest.param(
        "HĐND tỉnh thông qua đề án phát triển du lịch giai đoạn 2026-2030, "
        "hướng tới năm 2040, phù hợp với quy hoạch vùng.",
        [],
        [],
        id="lowercase đề án … giai đoạn, hướng tới năm",
    ),
    pytest.param(
        "Tỉnh vừa phê duyệt Quy hoạch giao thông đến năm 2030, định hướng đến năm 2050, "
        "gắn với quy hoạch vùng. "
        "Định hướng đến năm 2050, toàn tỉnh có 4 tuyến cao tốc.",
        [Num("4 tuyến cao tốc", 4, "tuyến cao tốc", "count")],
        [("4 tuyến cao tốc", 2050)],
        id="the title's tail is no goal, the next sentence's định hướng is",
    ),
    pytest.param(
        "Đồng Tháp phấn đấu đến năm 2030 có 80% xã đạt chuẩn nông thôn mới nâng cao, "
        "hướng tới năm 2035 có 100% xã đạt chuẩn.",
        [Num("80%", 80), Num("100%", 100)],
        [("80%", 2030), ("100%", 2035)],
        id="hướng tới after a goal, not after a plan's name, stays a goal",
    ),
]


# --- other ways news states an aim: "nhắm tới", "tham vọng", "tiến tới" (weak: need a deadline) ---

AIM_CASES = [
    pytest.param(
        "Hãng hàng không nhắm tới doanh thu 40.000 tỷ đồng vào năm 2027.",
        [Num("40.000 tỷ đồng", 4e13, "VND", "money")],
        [("40.000 tỷ đồng", 2027)],
        id="nhắm tới … vào năm",
    ),
    pytest.param(
        "Chuỗi bán lẻ tham vọng mở 1.000 cửa hàng trước năm 2028.",
        [Num("1.000 cửa hàng", 1000, "cửa hàng", "count")],
        [("1.000 cửa hàng", 2028)],
        id="tham vọng … trước năm",
    ),
    pytest.param(
        "Huyện Cần Giờ tiến tới năm 2029 có 100% hộ dân dùng điện mặt trời mái nhà.",
        [Num("100%", 100)],
        [("100%", 2029)],
        id="tiến tới năm",
    ),
    pytest.param(
        "Nhà máy nhắm đến thị trường Nhật Bản với 300 tấn cà phê mỗi tháng.",
        [Num("300 tấn", 300, "tấn", "measure")],
        [],
        id="nhắm đến a market, no deadline: no goal",
    ),
]


# --- a weak cue ("dự kiến") needs a deadline after it; a plan without number ends there ---

WEAK_DEADLINE_CASES = [
    pytest.param(
        "Ông Minh cho biết các căn hộ bàn giao trong năm 2026 có giá thuê dự kiến "
        "từ 4 đến 6 triệu đồng/tháng.",
        [Num("từ 4 đến 6 triệu đồng", None, "VND", "money", 4e6, 6e6)],
        [],
        id="the date belongs to another verb before the cue",
    ),
    pytest.param(
        "Bà Lan cho biết sức mua dự kiến tiếp tục tăng trong năm 2026 khi du lịch hồi phục.",
        [],
        [],
        id="an expected trend, not a plan",
    ),
    pytest.param(
        "Cầu Rạch Miễu 3 dự kiến thông xe vào năm 2027.",
        [],
        [(None, 2027)],
        id="a plan due by a year, ending the clause",
    ),
    pytest.param(
        "Sở Tư pháp đặt mục tiêu cấp 90% phiếu lý lịch tư pháp trực tuyến trước năm 2027, "
        "để người dân có thể nhận kết quả tại nhà.",
        [Num("90%", 90)],
        [("90%", 2027)],
        id="có thể in the goal's purpose is no forecast",
    ),
    pytest.param(
        "Năm 2025, hợp tác xã đặt kế hoạch xuất 800 tấn xoài để mở rộng thị trường, "
        "nhưng kết quả chỉ đạt 650 tấn.",
        [Num("800 tấn", 800, "tấn", "measure"), Num("650 tấn", 650, "tấn", "measure")],
        [("800 tấn", 2025)],
        id="a result reported against the plan leaves the plan a target",
    ),
    pytest.param(
        "Để giữ thị phần, giới phân tích cho rằng hãng có thể giảm giá 5% vào năm 2026.",
        [Num("5%", 5)],
        [],
        id="có thể after a purpose with no goal before it stays a forecast",
    ),
    pytest.param(
        "Công ty dự kiến đạt lợi nhuận 70 tỷ đồng vào năm 2026.",
        [Num("70 tỷ đồng", 7e10, "VND", "money")],
        [("70 tỷ đồng", 2026)],
        id="the deadline after the cue",
    ),
]


# --- a sentence the splitter cut inside brackets ("(TP. Hồ Chí Minh)") is one statement ---

BRACKET_CASES = [
    pytest.param(
        "Tập đoàn đặt mục tiêu nâng sản lượng của nhà máy tại Khu kinh tế Dung Quất "
        "(TX. Đức Phổ) lên 500.000 tấn vào cuối năm 2027.",
        [Num("500.000 tấn", 500_000, "tấn", "measure")],
        [("500.000 tấn", 2027)],
        id="an abbreviation with a dot inside brackets",
    ),
    pytest.param(
        "Huyện phấn đấu có 12 xã đạt chuẩn (theo Bộ tiêu chí mới) vào năm 2026. "
        "(Ảnh: Minh Hà). Giá vé tăng 5%.",
        [Num("12 xã", 12, "xã", "count"), Num("5%", 5)],
        [("12 xã", 2026)],
        id="closed brackets keep sentences apart",
    ),
]


# --- goals naming no time are due in the article's plan year ("kế hoạch … năm 2027") ---

PLAN_YEAR_CASES = [
    pytest.param(
        "Nghệ An đặt mục tiêu tăng trưởng 8,5% trong năm 2027\n"
        "Chiều 12/12/2026, HĐND tỉnh Nghệ An thông qua Nghị quyết về kế hoạch phát triển "
        "kinh tế - xã hội năm 2027.\n"
        "Theo nghị quyết, tỉnh phấn đấu tổng thu ngân sách đạt 22.000 tỷ đồng; "
        "tỷ lệ hộ nghèo giảm 1,2%.\n"
        "Về xã hội, tỉnh đặt chỉ tiêu tỷ lệ lao động qua đào tạo đạt 70%, "
        "tạo việc làm mới cho ít nhất 40.000 lao động.",
        [
            Num("8,5%", 8.5),
            Num("22.000 tỷ đồng", 2.2e13, "VND", "money"),
            Num("1,2%", 1.2),
            Num("70%", 70),
            Num("40.000 lao động", 40_000, "lao động", "count"),
        ],
        [
            ("8,5%", 2027),
            ("22.000 tỷ đồng", 2027),
            ("1,2%", 2027),
            ("70%", 2027),
            ("40.000 lao động", 2027),
        ],
        id="a province's annual plan, goals in later paragraphs",
    ),
    pytest.param(
        "Ngày 15/4/2027, Đại hội đồng cổ đông Công ty Nhựa Sông Hồng thông qua kế hoạch "
        "kinh doanh năm 2027 với doanh thu 3.200 tỷ đồng.\n"
        "Năm 2026, công ty lãi 150 tỷ đồng.\n"
        "Công ty cũng đặt mục tiêu lợi nhuận sau thuế tăng 12% so với năm 2026.",
        [
            Num("3.200 tỷ đồng", 3.2e12, "VND", "money"),
            Num("150 tỷ đồng", 1.5e11, "VND", "money"),
            Num("12%", 12),
        ],
        [("3.200 tỷ đồng", 2027), ("12%", 2027)],
        id="a company's plan year reaches a later goal, not its results",
    ),
    pytest.param(
        "Cà Mau đặt mục tiêu tăng trưởng 7,5% trong năm 2026\n"
        "Ông Lê Văn Sử cho biết ngành thủy sản gặp nhiều khó khăn.\n"
        "Tỉnh phấn đấu kim ngạch xuất khẩu đạt 1,6 tỷ USD.",
        [Num("7,5%", 7.5), Num("1,6 tỷ USD", 1.6e9, "USD", "money")],
        [("7,5%", 2026), ("1,6 tỷ USD", 2026)],
        id="the plan year of a goal-cued headline",
    ),
    pytest.param(
        "UBND tỉnh Bến Tre ban hành kế hoạch thực hiện nhiệm vụ y tế năm 2027.\n"
        "Tỷ lệ dân số tham gia bảo hiểm y tế phấn đấu đạt trên 96%; "
        "số giường bệnh đạt 32 giường trên một vạn dân.",
        [Num("trên 96%", 96), Num("32 giường", 32, "giường", "count")],
        [("trên 96%", 2027), ("32 giường", 2027)],
        id="a metric before the cue and the list after the semicolon",
    ),
    pytest.param(
        "Tập đoàn Dệt may Phương Nam thông qua kế hoạch kinh doanh năm 2027.\n"
        "Ông Trần Hòa cho biết đơn hàng đã kín đến tháng 6.\n"
        "Tập đoàn đặt mục tiêu đến năm 2030 có 5 nhà máy mới.",
        [Num("5 nhà máy", 5, "nhà máy", "count")],
        [("5 nhà máy", 2030)],
        id="a goal's own deadline wins over the plan year",
    ),
    pytest.param(
        "Năm 2026, Công ty Sữa Đồng Nai đạt 105% kế hoạch năm 2026.\n"
        "Công ty đặt mục tiêu doanh thu 2.000 tỷ đồng.",
        [Num("2.000 tỷ đồng", 2e12, "VND", "money")],
        [("2.000 tỷ đồng", None)],
        id="a plan year reported as reached is no plan year",
    ),
    pytest.param(
        "Báo cáo kế hoạch năm 2025 của Công ty Du lịch Hạ Long được công bố.\n"
        "Năm 2026, công ty lãi 80 tỷ đồng.\n"
        "Công ty đặt mục tiêu đón 500.000 lượt khách.",
        [
            Num("80 tỷ đồng", 8e10, "VND", "money"),
            Num("500.000 lượt khách", 500_000, "lượt khách", "count"),
        ],
        [("500.000 lượt khách", None)],
        id="a past plan year is no plan year",
    ),
    pytest.param(
        "Các chuyên gia dự báo kế hoạch năm 2027 của ngành thép khó hoàn thành.\n"
        "Công ty Thép Bắc Sơn đặt mục tiêu sản lượng 2 triệu tấn.",
        [Num("2 triệu tấn", 2e6, "tấn", "measure")],
        [("2 triệu tấn", None)],
        id="a plan year in a forecast",
    ),
    pytest.param(
        "Năm 2027, Công ty Cao su Phước Hòa về đích chỉ tiêu năm 2027 sớm hai tháng.\n"
        "Công ty đặt mục tiêu khai thác 30.000 tấn mủ.",
        [Num("30.000 tấn", 30_000, "tấn", "measure")],
        [("30.000 tấn", None)],
        id="a plan year reached early is no plan year",
    ),
    pytest.param(
        "Năm 2026, Công ty Gạch Thanh Sơn lãi 50 tỷ đồng.\n"
        "Công ty đặt mục tiêu lợi nhuận tăng 10% so với năm 2026.",
        [Num("50 tỷ đồng", 5e10, "VND", "money"), Num("10%", 10)],
        [("10%", None)],
        id="a baseline year after a goal cue is no plan year",
    ),
    pytest.param(
        "HĐND tỉnh Quảng Trị thông qua kế hoạch đầu tư công năm 2027.\n"
        "Tổng vốn đầu tư công năm 2026 đạt 7.500 tỷ đồng.\n"
        "Huấn luyện viên cho biết mục tiêu là giành 3 điểm.",
        [
            Num("7.500 tỷ đồng", 7.5e12, "VND", "money"),
            Num("3 điểm", 3, "điểm", "count"),
        ],
        [],
        id="a plan year makes no goal of a result or an undated aim",
    ),
]


def test_owner_of_a_sentence_without_subject_comes_from_the_others() -> None:
    text = (
        "Lâm Đồng đặt mục tiêu đến năm 2030 đón 15 triệu lượt khách.\n"
        "Doanh thu du lịch phấn đấu đạt 60 nghìn tỷ đồng vào năm 2030."
    )
    loc = _entity(text, "Lâm Đồng", "LOC")
    nums = [
        Num("15 triệu lượt khách", 1.5e7, "lượt khách", "count"),
        Num("60 nghìn tỷ đồng", 6e13, "VND", "money"),
    ]
    targets = _targets(text, nums, [loc])
    assert [t.owner for t in targets] == ["Lâm Đồng", "Lâm Đồng"]
    assert targets[1].metric == "Doanh thu du lịch"


@pytest.mark.parametrize(
    ("text", "nums", "expected"),
    [
        *CUE_CASES,
        *CARRY_CASES,
        *MORE_CASES,
        *PLAN_FRAME_CASES,
        *TITLE_TAIL_CASES,
        *AIM_CASES,
        *WEAK_DEADLINE_CASES,
        *BRACKET_CASES,
        *PLAN_YEAR_CASES,
    ],
)
def test_goals_found(
    text: str, nums: list[Num], expected: list[tuple[str | None, int | None]]
) -> None:
    """Each table above: a sentence, its amounts, and the (amount, deadline) goals in it."""
    assert _summary(_targets(text, nums)) == expected


METRIC_CASES = [
    pytest.param(
        "Thành phố đặt mục tiêu mỗi năm có 2.000 hợp tác xã mới được thành lập, "
        "kinh tế số chiếm ít nhất 35% GRDP và lợi nhuận ngành đạt 500 tỷ đồng vào năm 2030.",
        [
            Num("2.000 hợp tác xã", 2000, "hợp tác xã", "count"),
            Num("ít nhất 35%", 35),
            Num("500 tỷ đồng", 5e11, "VND", "money"),
        ],
        ["hợp tác xã mới được thành lập", "kinh tế số chiếm … GRDP", "lợi nhuận ngành"],
        id="count noun, share of a whole, verb before the number",
    ),
    pytest.param(
        "Huyện đặt mục tiêu có 120 hợp tác xã, đồng thời hỗ trợ để đảm bảo 70% nông sản "
        "có mã vùng trồng vào năm 2027, với kinh tế nông nghiệp chiếm ít nhất 30% GRDP.",
        [
            Num("120 hợp tác xã", 120, "hợp tác xã", "count"),
            Num("70%", 70),
            Num("ít nhất 30%", 30),
        ],
        ["hợp tác xã", "nông sản có mã vùng trồng", "kinh tế nông nghiệp chiếm … GRDP"],
        id="clause words left out",
    ),
]


@pytest.mark.parametrize(("text", "nums", "expected"), METRIC_CASES)
def test_metric_is_what_is_measured(text: str, nums: list[Num], expected: list[str]) -> None:
    assert [t.metric for t in _targets(text, nums)] == expected


def test_targets_through_the_extractor_keep_original_offsets(extractor: Extractor) -> None:
    # "Khánh Hoà" (old-style tone mark) is normalised inside; offsets index this string
    text = (
        "Khánh Hoà đặt mục tiêu đến năm 2030 đón 15 triệu lượt khách, "
        "trong đó có 5 triệu lượt khách quốc tế.\n"
        "Năm 2024, doanh thu du lịch của tỉnh đạt 40.000 tỷ đồng."
    )
    article = extractor.extract(text)
    assert [(t.amount.value if t.amount else None, t.deadline) for t in article.targets] == [
        (15e6, 2030),
        (5e6, 2030),
    ]
    for target in article.targets:
        assert text[target.start : target.end] == target.text
        assert target.amount in article.amounts
        assert target.owner == "Khánh Hòa"


def test_overlapping_cues_count_once_as_the_longer() -> None:
    text = "Định hướng đến năm 2045, Kon Tum có 30% diện tích trồng cây dược liệu."
    [target] = _targets(text, [Num("30%", 30)])
    assert (target.cue, target.deadline) == ("Định hướng", 2045)


# explain(): the named rule behind each kept or dropped candidate (sentences written for vnextract)
EXPLAINED: list[tuple[str, str, str]] = [
    ("Giới phân tích dự báo giá thép tăng 7% trong năm tới.", "forecast_or_history", "dropped"),
    ("Năm 2026, Công ty Cổ phần Gạch Đồng Nai đặt mục tiêu lãi 90 tỷ đồng.", "goal_amount", "kept"),
    (
        "Theo Hiệp hội Thủy sản, xuất khẩu cá tra dự kiến đạt 2,2 tỷ USD vào năm 2026.",
        "attributed_estimate",
        "dropped",
    ),
    # guidelines: a dividend plan approved by the shareholders is a target
    (
        "Đại hội cổ đông thông qua việc chia cổ tức 15% bằng cổ phiếu theo đề xuất.",
        "plan_amount",
        "kept",
    ),
    ("Hội đồng quản trị đề xuất chia cổ tức 15% bằng cổ phiếu.", "plan_amount", "kept"),
    ("Ban điều hành dự kiến nâng lợi nhuận từ 60 tỷ đồng lên 90 tỷ đồng.", "from_level", "dropped"),
    (
        "Năm 2026, chuỗi đặt mục tiêu tăng từ 120 cửa hàng lên 200 cửa hàng.",
        "from_level",
        "dropped",
    ),
]


@pytest.mark.parametrize(("text", "rule", "verdict"), EXPLAINED)
def test_explain_names_the_rule(text: str, rule: str, verdict: str) -> None:
    from vnextract.targets import explain

    decisions = explain(text)
    for d in decisions:
        assert text[d.start : d.end] == d.text
    if rule:
        assert (rule, verdict) in {(d.rule, d.verdict) for d in decisions}
    else:
        assert not [d for d in decisions if d.verdict == "kept"]


def test_readme_explain_example_is_true() -> None:
    import ast
    import re

    from conftest import ROOT

    from vnextract.targets import explain

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("lists the decisions:")
    block = re.compile(r"```python\n(.*?)```", re.S).search(readme, start)
    assert block is not None
    code, _, shown = block.group(1).partition("# [")
    texts = re.findall(r'"([^"]+)"', code.split("explain(", 1)[1])
    expected = ast.literal_eval("[" + "\n".join(line.lstrip("# ") for line in shown.splitlines()))
    assert [(d.rule, d.verdict, d.text) for d in explain("".join(texts))] == expected
