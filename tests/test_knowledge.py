"""The knowledge base: known names found in text, and entity ids.

Sentences are written for these tests in the style of Vietnamese business news.
"""

from __future__ import annotations

import pytest

import vnextract
from vnextract.entities import find_entities
from vnextract.entities.ids import entity_id
from vnextract.resources import models_dir
from vnextract.text import normalize


def _entities(text: str) -> dict[str, tuple[str, str | None, str | None, int]]:
    norm = normalize(text).text
    return {e.name: (e.label, e.id, e.merged_into, len(e.mentions)) for e in find_entities(norm)}


# ------------------------------------------------------------------ ids of names
PROVINCES = [
    ("Hà Nội", "vn-adm:01", None),
    ("thành phố Hà Nội", "vn-adm:01", None),
    ("TP.HCM", "vn-adm:79", None),
    ("Thành phố Hồ Chí Minh", "vn-adm:79", None),
    ("tỉnh Phú Thọ", "vn-adm:25", None),
    ("Vĩnh Phúc", "vn-adm:26", "vn-adm:25"),  # merged into Phú Thọ in 2025
    ("tỉnh Bình Dương", "vn-adm:74", "vn-adm:79"),
    ("Hà Giang", "vn-adm:02", "vn-adm:08"),
    ("Lào Cai", "vn-adm:15", None),  # the new Lào Cai bears the old name: current wins
    ("Khánh Hoà", "vn-adm:56", None),  # the other tone-mark placement
]
WARDS = [
    ("Phường Hoàn Kiếm", "vn-adm:00070"),
    ("phường Cửa Nam", "vn-adm:00073"),
    ("Xã Phụng Công", "vn-adm:12025"),
]
COUNTRIES = [
    ("Nhật Bản", "iso3166:JP"),
    ("Mỹ", "iso3166:US"),
    ("Hoa Kỳ", "iso3166:US"),
    ("Hàn Quốc", "iso3166:KR"),
    ("Triều Tiên", "iso3166:KP"),
    ("Vương quốc Anh", "iso3166:GB"),
    ("Bờ Biển Ngà", "iso3166:CI"),
    ("Trinidad và Tobago", "iso3166:TT"),
]
LISTED = [
    ("Vietcombank", "ticker:VCB"),
    ("VCB", "ticker:VCB"),
    ("Ngân hàng TMCP Ngoại thương Việt Nam", "ticker:VCB"),
    ("Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam", "ticker:VCB"),
    ("Tập đoàn Hòa Phát", "ticker:HPG"),
    ("Hòa Phát", "ticker:HPG"),
    ("Công ty Cổ phần Sữa Việt Nam", "ticker:VNM"),
    ("Vinamilk", "ticker:VNM"),
    ("CTCP Nhựa An Phát Xanh", "ticker:AAA"),
    ("Công ty Cổ phần 32", "ticker:A32"),  # its official name is a number
]


@pytest.mark.parametrize(("name", "id_", "merged"), PROVINCES)
def test_province_ids(name: str, id_: str, merged: str | None) -> None:
    assert entity_id("LOC", normalize(name).text) == (id_, merged)


@pytest.mark.parametrize(("name", "id_"), WARDS + COUNTRIES)
def test_place_ids(name: str, id_: str) -> None:
    assert entity_id("LOC", name) == (id_, None)


@pytest.mark.parametrize(("name", "id_"), LISTED)
def test_listed_company_ids(name: str, id_: str) -> None:
    assert entity_id("ORG", name) == (id_, None)


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("ORG", "Vcb"),  # a ticker names its company only in capitals
        ("ORG", "Công ty Cổ phần"),  # a legal form without a name
        ("LOC", "Hoàn Kiếm"),  # a ward needs its unit word
        ("LOC", "xã Tân Thành"),  # many communes bear this name
        ("PER", "Nguyễn Văn Thành"),
        ("ORG", "Bộ Tài chính"),
    ],
)
def test_no_id(label: str, name: str) -> None:
    assert entity_id(label, name) == (None, None)


# ------------------------------------------------------------------ names in text
FOUND = [
    ("Thị phần gọi xe thuộc về Grab, Gojek và Be.", "Be", "ORG"),
    ("Người dùng ứng dụng Be tăng mạnh trong quý III.", "Be", "ORG"),
    ("Nhà mạng Mytel của Viettel tại Myanmar có 10 triệu thuê bao.", "Mytel", "ORG"),
    ("Startup Việt nhận thêm vốn từ quỹ Temasek.", "Temasek", "ORG"),
    ("Lotte Mart đóng cửa một siêu thị tại Hà Nội.", "Lotte Mart", "ORG"),
    ("Ở châu Phi, Airtel và MTN là đối thủ lớn của các nhà mạng Việt.", "Airtel", "ORG"),
    ("Ở châu Phi, Airtel và MTN là đối thủ lớn của các nhà mạng Việt.", "MTN", "ORG"),
    ("Theo Nikkei Asia, Samsung mở rộng nhà máy ở Thái Nguyên.", "Nikkei Asia", "ORG"),
    ("Đoàn công tác làm việc tại phường Hoàn Kiếm sáng 3/7.", "phường Hoàn Kiếm", "LOC"),
    ("Hàng xuất sang Trinidad và Tobago tăng gấp đôi.", "Trinidad và Tobago", "LOC"),
    ("Cà phê Việt được bán tại Burkina Faso và Togo.", "Burkina Faso", "LOC"),
    # a known company's arm in the country is a name of its own
    ("Theo CBRE Việt Nam, giá căn hộ sơ cấp tăng 8%.", "CBRE Việt Nam", "ORG"),
    ("Báo cáo của Savills Việt Nam cho thấy nguồn cung giảm.", "Savills Việt Nam", "ORG"),
]
NOT_FOUND = [
    ("Be là bạn học của tôi từ năm 2010.", "Be"),  # a brand too short to stand alone
    ("Ông Bảo Ngọc phát biểu tại hội nghị.", "Bảo Ngọc"),  # a short name that is a person's
]


@pytest.mark.parametrize(("text", "name", "label"), FOUND)
def test_known_names_found(text: str, name: str, label: str) -> None:
    assert _entities(text).get(name, ("",))[0] == label


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_known_names_not_found_alone(text: str, name: str) -> None:
    assert _entities(text).get(name, ("PER",))[0] != "ORG"


def test_mentions_with_one_id_are_one_entity() -> None:
    text = (
        "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) báo lãi lớn. "
        "Cổ phiếu VCB tăng 2%, Vietcombank dẫn đầu ngành."
    )
    found = _entities(text)
    assert found["Ngân hàng TMCP Ngoại thương Việt Nam"] == ("ORG", "ticker:VCB", None, 4)


def test_former_province_entity_has_merged_into() -> None:
    found = _entities("Doanh nghiệp tại Vĩnh Phúc và Phú Thọ tăng 12%.")
    assert found["Vĩnh Phúc"][1:3] == ("vn-adm:26", "vn-adm:25")
    assert found["Phú Thọ"][1:3] == ("vn-adm:25", None)


def test_country_aliases_are_one_entity() -> None:
    found = _entities("Hoa Kỳ là thị trường lớn nhất; xuất khẩu sang Mỹ tăng 20%.")
    assert found["Hoa Kỳ"] == ("LOC", "iso3166:US", None, 2)


# ------------------------------------------------------------------ the data files
@pytest.mark.parametrize("path", sorted((models_dir() / "kb").glob("*.t*")), ids=lambda p: p.name)
def test_each_kb_file_says_its_source_first(path: object) -> None:
    from pathlib import Path

    assert isinstance(path, Path)
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and "20" in first


def test_kb_sizes() -> None:
    def rows(name: str) -> int:
        lines = (models_dir() / "kb" / name).read_text(encoding="utf-8").splitlines()
        return sum(1 for line in lines if line and not line.startswith("#"))

    assert rows("vn_wards.tsv") > 3000
    assert rows("listed_companies.tsv") > 1500
    assert rows("countries.tsv") > 240
    provinces = (models_dir() / "kb" / "vn_provinces.tsv").read_text(encoding="utf-8")
    assert provinces.count("\tcurrent") == 34


# ------------------------------------------------------------------ where ids show
def test_csv_entities_table_carries_the_id() -> None:
    from vnextract import extract
    from vnextract.batch import CSV_TABLES, csv_rows

    record = extract("Cổ phiếu của Vietcombank tăng mạnh tại Hà Nội.").model_dump()
    record["source"] = "a.txt"
    rows = csv_rows(record)["entities"]
    assert {"id", "merged_into"} <= set(CSV_TABLES["entities"])
    assert {(r["name"], r["id"]) for r in rows} >= {
        ("Vietcombank", "ticker:VCB"),
        ("Hà Nội", "vn-adm:01"),
    }


def test_highlight_hover_shows_the_id() -> None:
    from vnextract import extract
    from vnextract.highlight import highlights

    article = extract("Doanh nghiệp ở Vĩnh Phúc xuất khẩu sang Nhật Bản.")
    titles = {h.text: h.title for h in highlights(article)}
    assert "vn-adm:26 → vn-adm:25" in titles["Vĩnh Phúc"]
    assert "iso3166:JP" in titles["Nhật Bản"]


def test_a_known_alias_stays_with_its_group_not_a_subsidiary_ending_with_it() -> None:
    text = (
        "Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) báo lãi lớn. Trong năm, Viettel "
        "mở thêm thị trường; Tổng Công ty Công nghiệp Công nghệ cao Viettel xuất khẩu thiết "
        "bị. Viettel đặt mục tiêu mới."
    )
    found = _entities(text)
    assert found["Tổng Công ty Công nghiệp Công nghệ cao Viettel"][3] == 1
    assert found["Tập đoàn Công nghiệp - Viễn thông Quân đội"][3] == 4


def test_an_abbreviation_in_brackets_joins_the_name_before_it() -> None:
    text = (
        "Hợp đồng được ký với Công ty TNHH MTV Dịch vụ Cơ khí Hàng hải PTSC (PTSC M&C) "
        "và các nhà thầu khác."
    )
    found = _entities(text)
    assert "PTSC" not in found
    assert found["Công ty TNHH MTV Dịch vụ Cơ khí Hàng hải PTSC"][3] >= 2


def test_a_company_unit_named_by_its_place_is_another_entity() -> None:
    text = (
        "Tập đoàn Hòa Phát vừa công bố kết quả quý III. Trong quý, Hòa Phát bán ra 2,7 triệu "
        "tấn thép. Khu liên hợp Hòa Phát Dung Quất sẽ vận hành lò cao mới."
    )
    found = _entities(text)
    assert found["Tập đoàn Hòa Phát"][:2] == ("ORG", "ticker:HPG")
    assert found["Tập đoàn Hòa Phát"][3] == 2
    assert "Hòa Phát Dung Quất" not in found or found["Hòa Phát Dung Quất"][3] == 1


def test_a_media_outlet_owns_no_figure() -> None:
    text = "(VnExpress) 20/10/2025 - Doanh thu quý III đạt 36.500 tỷ đồng."
    [amount] = vnextract.extract(text).amounts
    assert amount.subject is None


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Năm 2025, cảng của Gemadept đạt 3,2 triệu TEU; tàu 250.000 DWT cập cảng.", {"Gemadept"}),
        ("Năm 2024 FPT lãi 7.000 tỷ đồng.", {"FPT"}),  # a year before a name is no count
    ],
)
def test_an_upper_case_word_after_a_number_is_a_unit(text: str, orgs: set[str]) -> None:
    assert {e.name for e in vnextract.extract(text).organizations} == orgs


def test_a_name_after_a_comma_and_a_number_is_still_a_name() -> None:
    text = "Năm 2024, BIDV lãi 27.000 tỷ đồng; quý 3, VPBank lãi 5.000 tỷ đồng."
    assert {"BIDV", "VPBank"} <= {e.name for e in vnextract.extract(text).organizations}
