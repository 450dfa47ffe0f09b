"""Times relative to the article's day ("năm nay", "cuối năm", "quý tới", "ngày 14/1").

Each expression is checked with a published date, without one, and with the
article's own date line; sentences written for vnextract in news style.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

import vnextract
from vnextract.relative_times import parse_published
from vnextract.schema import TimeRef
from vnextract.years import find_years

DAY = datetime.date(2025, 11, 20)  # the published date of the cases below

# (sentence, the relative phrase, (kind, year, quarter or month) with DAY as the published date)
EXPRESSIONS: list[tuple[str, str, tuple[str, int, int | None]]] = [
    ("Năm nay, doanh nghiệp đặt kế hoạch lãi 300 tỷ đồng.", "Năm nay", ("year", 2025, None)),
    ("Công trình sẽ hoàn thành vào cuối năm nay.", "cuối năm nay", ("year", 2025, None)),
    ("Đến cuối năm, tỉnh giải ngân hết vốn.", "cuối năm", ("year", 2025, None)),
    ("Từ đầu năm đến nay, xuất khẩu tăng 9%.", "đầu năm", ("year", 2025, None)),
    ("Lợi nhuận năm ngoái đạt 150 tỷ đồng.", "năm ngoái", ("year", 2024, None)),
    ("So với năm trước, số khách tăng gấp đôi.", "năm trước", ("year", 2024, None)),
    ("Nhà máy sẽ vận hành trong năm tới.", "năm tới", ("year", 2026, None)),
    ("Công ty dự kiến niêm yết vào năm sau.", "năm sau", ("year", 2026, None)),
    ("Sang năm, thành phố khởi công tuyến metro số 2.", "Sang năm", ("year", 2026, None)),
    ("Doanh thu quý tới dự kiến tăng mạnh.", "quý tới", ("quarter", 2026, 1)),
    ("Lượng hàng tồn kho quý trước giảm 4%.", "quý trước", ("quarter", 2025, 3)),
    ("Giá xăng tháng trước giảm hai lần.", "tháng trước", ("month", 2025, 10)),
    ("Hội nghị nhà đầu tư diễn ra trong tháng tới.", "tháng tới", ("month", 2025, 12)),
]

# A count before the phrase makes it a duration, not the article's neighbour year.
DURATIONS = [
    "Ba năm trước, khu đất này còn bỏ hoang.",
    "Dự án chậm 2 năm sau khi được phê duyệt.",
    "Vài tháng tới là giai đoạn khó khăn của ngành thép.",
    "Cách đây 5 năm trước, tỉnh chưa có khu công nghiệp nào.",
]


def relative_refs(text: str, published: datetime.date | None = None) -> list[TimeRef]:
    return [r for r in find_years(text, published) if r.relative]


def value(ref: TimeRef) -> tuple[str, int | None, int | None]:
    return (ref.kind, ref.year, ref.quarter if ref.kind == "quarter" else ref.month)


@pytest.mark.parametrize(("text", "phrase", "expected"), EXPRESSIONS)
def test_expression_with_published_date(
    text: str, phrase: str, expected: tuple[str, int, int | None]
) -> None:
    [ref] = relative_refs(text, DAY)
    assert ref.text == phrase == text[ref.start : ref.end]
    assert value(ref) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), EXPRESSIONS)
def test_expression_without_date_stays_unresolved(
    text: str, phrase: str, expected: tuple[str, int, int | None]
) -> None:
    [ref] = relative_refs(text)
    assert ref.text == phrase
    assert (ref.kind, ref.year, ref.quarter, ref.month) == (expected[0], None, None, None)


@pytest.mark.parametrize(("text", "phrase", "expected"), EXPRESSIONS)
def test_expression_dated_by_the_articles_date_line(
    text: str, phrase: str, expected: tuple[str, int, int | None]
) -> None:
    dateline = "Thứ Năm, 20/11/2025 07:45 (GMT+7)\n"
    [ref] = relative_refs(dateline + text)
    assert value(ref) == expected


# Undated articles: "năm nay" is the latest year the article reports on, not a goal's
# year ("trước ngày 15/12/2026", "vào dịp 2/9/2027", "mục tiêu … trong năm 2027")
REPORTED_YEARS = [
    # the months of a year reported so far name the year under way (rule year_so_far)
    (
        "11 tháng năm 2026, tỉnh đón 4,1 triệu lượt khách. Lễ hội pháo hoa diễn ra từ ngày "
        "28/4 đến 30/4/2027. Năm nay, tỉnh đặt chỉ tiêu đón 4,5 triệu lượt khách.",
        2026,
    ),
    # so does the span from the year's start to now ("Từ đầu năm 2026 đến nay")
    (
        "Từ đầu năm 2026 đến nay, dự án giải ngân 3.100 tỷ đồng. Nhà thầu cam kết bàn giao "
        "mặt bằng trước ngày 30/6/2027 và mời thầu gói tín hiệu trong quý I/2027. Năm nay, "
        "thành phố giao dự án 5.200 tỷ đồng.",
        2026,
    ),
    # the year whose figures the actor estimates is the year under way (rule
    # estimated_year), not a plan's year the headline names
    (
        "Tập đoàn đặt kế hoạch bán 12 triệu tấn xi măng trong năm 2027\n\nNăm 2026, tập đoàn "
        "ước sản xuất 11,2 triệu tấn. Năm nay, tập đoàn cũng mở thêm hai trạm nghiền.",
        2026,
    ),
    # a report's period that is a comparison's base names no year under way
    (
        "Lợi nhuận quý III/2026 của công ty đạt 500 tỷ đồng, tăng 20% so với kết quả kinh "
        "doanh quý III/2025. Năm nay, công ty mở thêm 2 nhà máy.",
        2026,
    ),
    # figures "as of" a day of the year under way ("Tính đến hết tháng 10/2026")
    (
        "Tính đến hết tháng 10/2026, toàn tỉnh trồng mới 18.000 ha rừng. Năm 2027, tỉnh dự "
        "kiến trồng 20.000 ha. Kế hoạch năm nay tỉnh giao trồng 19.000 ha.",
        2026,
    ),
    # … also opening a sentence with "Đến cuối"/"Đến hết" ("Đến cuối tháng 10/2026, …")
    (
        "Đến cuối tháng 10/2026, dư nợ của ngân hàng đạt 1,9 triệu tỷ đồng. Dự án trụ sở mới "
        "hoàn thành vào tháng 6/2028. Năm nay, ngân hàng mở 20 chi nhánh.",
        2026,
    ),
    # the estimate may stand before its year ("ước doanh thu năm 2026 đạt …")
    (
        "Tập đoàn ước doanh thu năm 2026 đạt 180.000 tỷ đồng. Năm 2027, tập đoàn sẽ lắp đặt "
        "thêm 9.000 trạm 5G. Năm nay, tập đoàn nộp ngân sách 41.000 tỷ đồng.",
        2026,
    ),
    # an estimate of the whole year may name what it estimates after the year ("ước tính
    # cả năm 2026 doanh thu đạt …"); the plan years written more often do not count
    (
        "Hãng đặt mục tiêu 20 tàu bay năm 2027\n\nHãng ước tính cả năm 2026 doanh thu đạt "
        "41.000 tỷ đồng. Cho năm 2027, hãng thông qua kế hoạch doanh thu 46.000 tỷ đồng và "
        "nhận thêm 4 tàu trong quý II/2027. Năm nay, hãng mở 3 đường bay mới.",
        2026,
    ),
    # a year surpassed after the estimate is no year under way ("ước tính đã vượt cả năm 2025")
    (
        "Lượng khách đến Đà Lạt năm nay ước tính đã vượt cả năm 2025. Riêng quý III/2026, "
        "thành phố đón 2,1 triệu lượt khách. Tháng 10/2026, thành phố đón thêm 700.000 lượt "
        "khách. Năm nay, doanh thu du lịch ước đạt 21.000 tỷ đồng.",
        2026,
    ),
    # "hiệp ước" holds no estimate, nor does a goal's year
    (
        "Năm 2020, hai nước ký hiệp ước thương mại. Năm 2025, xuất khẩu đạt 3 tỷ USD; năm "
        "nay, kim ngạch tăng 12%.",
        2025,
    ),
    # a project's milestones ("khởi công đầu năm 2027", "vận hành quý III/2028") are due
    (
        "9 tháng đầu năm 2026, công ty lãi 900 tỷ đồng. Nhà máy mới dự kiến khởi công đầu năm "
        "2027 và đưa vào vận hành quý III/2028. Năm nay, công ty chia cổ tức 15%.",
        2026,
    ),
    (
        "Năm 2026, dự án được giao 5.000 tỷ đồng. Bộ yêu cầu bảo đảm mục tiêu hoàn thành "
        "toàn tuyến trong năm 2027. Trong năm nay, chủ đầu tư phải giải ngân hết vốn.",
        2026,
    ),
    (
        "Năm 2025, tỉnh đón 3 triệu khách. Tỉnh phấn đấu khánh thành cầu vào dịp 2/9/2026. "
        "Năm nay, tỉnh sẽ mở thêm 5 tuyến buýt.",
        2025,
    ),
    # a year written once after the year the article writes again and again is a
    # schedule's or a term's (rule written_twice)
    (
        "Ngày 22/4, công ty họp đại hội cổ đông năm 2026. Năm 2025, doanh thu đạt 9.000 tỷ "
        "đồng; quý I/2026 lãi 300 tỷ đồng. Năm nay, công ty dự kiến lãi 1.200 tỷ đồng. Nhà máy "
        "mới sẽ vận hành thương mại từ năm 2028.",
        2026,
    ),
    # a year that opens a paragraph of goals, and a plant's start "vận hành từ quý III/2027",
    # are a plan's years
    (
        "Quý III/2026, công ty lãi 600 tỷ đồng. Năm nay, công ty đặt kế hoạch lãi 2.000 tỷ "
        "đồng.\n\nNhà máy mới dự kiến vận hành từ quý III/2027.\n\nNăm 2027, công ty đặt "
        "mục tiêu doanh thu 9.000 tỷ đồng.",
        2026,
    ),
    # a quarter's or a half-year's report names the year under way (rule year_so_far),
    # not the quarter a share issue is planned for
    (
        "Công ty vừa công bố báo cáo tài chính hợp nhất quý III/2026 với lợi nhuận 410 tỷ "
        "đồng. Công ty sẽ phát hành 90 triệu cổ phiếu trong quý II/2027. Năm nay, công ty đặt "
        "kế hoạch lãi 1.500 tỷ đồng.",
        2026,
    ),
    (
        "Theo kết quả kinh doanh quý II/2026, ngân hàng lãi 5.200 tỷ đồng. Chi nhánh mới "
        "khai trương tháng 3/2027. Năm nay, ngân hàng đặt mục tiêu lãi 11.000 tỷ đồng.",
        2026,
    ),
    (
        "BCTC bán niên 2026 cho thấy hãng lỗ 120 tỷ đồng. Hãng nhận thêm 4 tàu bay vào "
        "năm 2027. Năm nay, hãng đặt mục tiêu hòa vốn.",
        2026,
    ),
    # a comparison's base and a forecast's year are not the year reported on
    (
        "Quý III/2026, công ty lãi 300 tỷ đồng, gấp 1,4 lần quý III/2025. Năm nay, công ty "
        "dự kiến lãi 1.100 tỷ đồng, tăng 20% so với năm 2025. Chứng khoán SSI dự báo lợi "
        "nhuận năm 2027 đạt 1.300 tỷ đồng. Quý IV/2026 là mùa cao điểm.",
        2026,
    ),
]


@pytest.mark.parametrize(("text", "year"), REPORTED_YEARS)
def test_this_year_of_an_undated_article_is_the_year_it_reports_on(text: str, year: int) -> None:
    years = [r.year for r in relative_refs(text) if r.text.casefold() == "năm nay"]
    assert years == [year] * len(years) and years


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Trong năm 2025 này, công ty phấn đấu lãi 90 tỷ đồng. Năm nay là năm bản lề.", 2025),
        ("Năm nay (2026), huyện phấn đấu có thêm hai xã nông thôn mới.", 2026),
    ],
)
def test_a_year_the_article_states_for_this_year(text: str, year: int) -> None:
    years = [r.year for r in relative_refs(text) if r.text.casefold() == "năm nay"]
    assert years == [year] * len(years) and years


@pytest.mark.parametrize("text", DURATIONS)
def test_a_counted_duration_is_no_relative_time(text: str) -> None:
    assert [r.text for r in relative_refs(text, DAY)] == []


# "sau" that opens a clause ("sau khi": after) or counts from a time the text names
# ("năm sau đó": the year after that one) makes no next year of the article's day.
SAU_NOT_NEXT = [
    "Chuỗi tăng ròng 320 điểm bán trong năm sau khi đóng cửa 45 cửa hàng kém hiệu quả.",
    "Giá đất quanh khu công nghiệp tăng 15% trong tháng sau khi dự án được khởi công.",
    "Nhà máy khởi công năm 2021 và một năm sau đó đạt 90% công suất.",
    "Đầu năm sau khi thuế mới có hiệu lực, giá xăng sẽ tăng 5%.",
    "Nhà máy khởi công năm 2021 và đến cuối năm sau đó đạt 90% công suất.",
]


@pytest.mark.parametrize("text", SAU_NOT_NEXT)
def test_sau_opening_a_clause_is_no_next_year(text: str) -> None:
    assert [r.text for r in relative_refs(text, DAY)] == []


# A month or quarter followed by a relative year is one time of that year.
MONTHS_OF_RELATIVE_YEARS: list[tuple[str, str, tuple[str, int, int | None]]] = [
    ("Nhà máy sẽ khởi công trong quý I năm sau.", "quý I năm sau", ("quarter", 2026, 1)),
    ("Cầu sẽ thông xe vào tháng 3 năm tới.", "tháng 3 năm tới", ("month", 2026, 3)),
    ("Giá điện đã tăng từ tháng 5 năm ngoái.", "tháng 5 năm ngoái", ("month", 2024, 5)),
    ("Doanh số quý IV năm nay dự kiến tăng 12%.", "quý IV năm nay", ("quarter", 2025, 4)),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), MONTHS_OF_RELATIVE_YEARS)
def test_a_month_of_a_relative_year_takes_that_year(
    text: str, phrase: str, expected: tuple[str, int, int | None]
) -> None:
    [ref] = find_years(text, DAY)
    assert ref.text == phrase == text[ref.start : ref.end]
    assert value(ref) == expected and ref.relative
    [undated] = find_years(text)
    assert (undated.text, undated.year) == (phrase, None)


def test_a_yearless_quarter_takes_the_year_of_the_quarter_before_it_in_its_sentence() -> None:
    """Rule year_of_the_sentence, with an article dated in the year before."""
    refs = find_years("Quý I/2026 hoàn thành số hóa; quý II đưa tổng đài mới vào hoạt động.", DAY)
    assert [(r.text, r.year) for r in refs] == [("Quý I/2026", 2026), ("quý II", 2026)]
    other = find_years("Quý I/2026 hoàn thành số hóa. Quý II, công ty báo lãi.", DAY)
    assert [(r.text, r.year) for r in other] == [("Quý I/2026", 2026), ("Quý II", 2025)]


def test_a_written_year_is_not_relative() -> None:
    refs = find_years("Cuối năm 2026, cầu sẽ thông xe.", DAY)
    assert [(r.text, r.relative) for r in refs] == [("năm 2026", False)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Ngày 14/1, UBND tỉnh họp bàn kế hoạch năm.", DAY, ("date", 2025, "2025-01-14")),
        ("Sáng 3/12, hội nghị khai mạc.", datetime.date(2026, 12, 4), ("date", 2026, "2026-12-03")),
        ("Ngày 14/1, UBND tỉnh họp bàn kế hoạch năm.", None, ("date", None, None)),
        ("Dự án khởi công vào tháng 7.", DAY, ("month", 2025, None)),
        ("Dự án khởi công vào tháng 7.", None, ("month", None, None)),
    ],
)
def test_a_date_without_year_takes_the_published_year(
    text: str, published: datetime.date | None, expected: tuple[str, int | None, str | None]
) -> None:
    [ref] = find_years(text, published)
    assert (ref.kind, ref.year, ref.date) == expected
    assert ref.relative


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2025-05-02", datetime.date(2025, 5, 2)),
        ("2025-05-02T08:30:00+07:00", datetime.date(2025, 5, 2)),
        (datetime.date(2024, 1, 9), datetime.date(2024, 1, 9)),
        (datetime.datetime(2024, 1, 9, 10, 0), datetime.date(2024, 1, 9)),
        (None, None),
        ("", None),
    ],
)
def test_parse_published(given: object, expected: datetime.date | None) -> None:
    assert parse_published(given) == expected  # type: ignore[arg-type]


def test_parse_published_rejects_other_text() -> None:
    with pytest.raises(ValueError, match="ISO date"):
        parse_published("hôm qua")


GOAL = "Năm nay, Công ty Cổ phần Thép Nam Trung đặt mục tiêu lợi nhuận 420 tỷ đồng."


def test_extract_takes_published_for_a_target_deadline() -> None:
    dated = vnextract.extract(GOAL, published="2026-03-02")
    undated = vnextract.extract(GOAL)
    assert [t.deadline for t in dated.targets] == [2026]
    assert [t.deadline for t in undated.targets] == [None]


def test_inputs_dates_reach_target_deadlines(tmp_path: Path) -> None:
    from vnextract.batch import process
    from vnextract.extractor import shared_extractor
    from vnextract.readers import ReaderOptions, iter_tasks

    html = (
        "<html><head><title>Thép Nam Trung</title>"
        '<meta property="article:published_time" content="2024-04-10T08:00:00+07:00">'
        "</head><body><article><h1>Thép Nam Trung họp cổ đông</h1>"
        f"<p>{GOAL}</p><p>{GOAL.replace('420', '430')}</p></article></body></html>"
    )
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    (tmp_path / "b.json").write_text(
        json.dumps({"id": "b", "date": "2023-06-01", "content": GOAL}, ensure_ascii=False),
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(GOAL, encoding="utf-8")
    deadlines = {}
    options = ReaderOptions(published="2022-02-02")
    for task in iter_tasks([tmp_path]):
        record = json.loads(process(task, shared_extractor(), options).line)
        deadlines[Path(task.source).name] = {t["deadline"] for t in record["targets"]}
    assert deadlines == {"a.html": {2024}, "b.json": {2023}, "c.txt": {2022}}


@pytest.mark.parametrize(
    ("option", "deadline"), [(["--published", "2021-07-01"], 2021), ([], None)]
)
def test_run_published_option_dates_plain_text(
    tmp_path: Path, option: list[str], deadline: int | None
) -> None:
    from typer.testing import CliRunner

    from vnextract.cli import app

    (tmp_path / "a.txt").write_text(GOAL, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["run", str(tmp_path / "a.txt"), "-o", str(out), *option])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [t["deadline"] for t in record["targets"]] == [deadline]


def test_run_rejects_a_published_value_that_is_no_date(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from vnextract.cli import app

    (tmp_path / "a.txt").write_text(GOAL, encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(tmp_path / "a.txt"), "--published", "2021/7/1"])
    assert result.exit_code == 2
