"""Readers: every input format, every encoding, every kind of bad file."""

from __future__ import annotations

import codecs
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnextract.readers import (
    EmptyInputError,
    EncodingError,
    FieldError,
    FindError,
    Loaded,
    NotTextError,
    ReaderOptions,
    Task,
    decode_bytes,
    iter_tasks,
    load,
    read_html,
)

# Our own news-style sentences (not from any evaluation text).
ARTICLE = (
    "Sở Kế hoạch và Đầu tư tỉnh Quảng Trị cho biết, năm 2024 toàn tỉnh thu hút "
    "thêm 1.250 doanh nghiệp mới với tổng vốn đăng ký hơn 4.800 tỷ đồng.\n"
    "Tỉnh phấn đấu đến năm 2030 tăng trưởng bình quân 8,5%/năm; thuỷ lợi và "
    "khoẻ mạnh hoà hợp."
)

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Encode as a Vietnamese keyboard writes Windows-1258: tone marks as separate bytes."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        tone = "".join(c for c in parts if c in _TONES)
        out += (base + tone).encode("cp1258")
    return bytes(out)


def _load_file(path: Path, kind: str = "text", **options: str) -> Loaded:
    return load(Task(str(path), kind, path=str(path)), ReaderOptions(**options))


# ---------------------------------------------------------------- encodings

ENCODINGS = [
    ("utf-8", ARTICLE.encode("utf-8"), ARTICLE),
    ("utf-8 with BOM", ARTICLE.encode("utf-8-sig"), ARTICLE),
    ("utf-16 LE with BOM", ARTICLE.encode("utf-16"), ARTICLE),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), ARTICLE),
    ("utf-32 with BOM", ARTICLE.encode("utf-32"), ARTICLE),
    ("windows-1258", to_cp1258(ARTICLE), ARTICLE),
    ("windows-1258 CRLF", to_cp1258(ARTICLE.replace("\n", "\r\n")), ARTICLE),
    ("utf-8 CRLF", ARTICLE.replace("\n", "\r\n").encode(), ARTICLE),
    ("utf-8 lone CR", ARTICLE.replace("\n", "\r").encode(), ARTICLE),
    # NFD stays NFD: the record's offsets index the text as the file holds it
    (
        "utf-8 NFD",
        unicodedata.normalize("NFD", ARTICLE).encode(),
        unicodedata.normalize("NFD", ARTICLE),
    ),
]


@pytest.mark.parametrize(
    ("data", "expected"), [c[1:] for c in ENCODINGS], ids=[c[0] for c in ENCODINGS]
)
def test_encodings_are_detected_without_being_told(
    tmp_path: Path, data: bytes, expected: str
) -> None:
    path = tmp_path / "bai.txt"
    path.write_bytes(data)
    assert _load_file(path).text == expected


def test_windows_1258_really_uses_combining_tone_marks() -> None:
    data = to_cp1258("Việt Nam")
    assert b"\xf2" in data  # the dot below is its own byte
    assert decode_bytes(data) == "Việt Nam"
    assert unicodedata.is_normalized("NFC", decode_bytes(data))


VIETNAMESE = st.text(
    alphabet=st.sampled_from(
        list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐEÊOÔƠƯ0123456789 .,;:%-\n")
        + list("àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
    ),
    min_size=1,
    max_size=300,
)


@given(VIETNAMESE)
def test_any_vietnamese_text_survives_windows_1258(text: str) -> None:
    assert decode_bytes(to_cp1258(text)) == unicodedata.normalize("NFC", text)


@given(VIETNAMESE, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_any_vietnamese_text_survives_unicode_encodings(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


# ---------------------------------------------------------------- bad files

BAD_FILES = [
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n", NotTextError, "PDF"),
    ("jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)), NotTextError, "JPEG"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", NotTextError, "PNG"),
    ("docx", b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, NotTextError, "ZIP"),
    ("nul bytes", b"abc\x00\x01\x02def" * 20, NotTextError, "binary"),
    ("control bytes", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 30, NotTextError, "binary"),
    ("empty", b"", EmptyInputError, "empty"),
    ("blank", b"  \r\n\t\n", EmptyInputError, "empty"),
    ("lying BOM", codecs.BOM_UTF8 + b"\xff\xfe\xfa", EncodingError, "byte order mark"),
]


@pytest.mark.parametrize(
    ("data", "error", "says"), [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES]
)
def test_bad_files_raise_an_error_that_says_what_is_wrong(
    tmp_path: Path, data: bytes, error: type[Exception], says: str
) -> None:
    path = tmp_path / "bai.txt"
    path.write_bytes(data)
    with pytest.raises(error, match=says):
        _load_file(path)


def test_short_bytes_in_no_known_encoding_are_an_error_not_mojibake() -> None:
    with pytest.raises(EncodingError, match="cannot tell"):
        decode_bytes(b"Doanh thu \xff\xfe t\xe3ng")


def test_other_scripts_fall_back_to_charset_normalizer() -> None:
    chinese = "这是一篇关于经济增长和对外贸易投资的新闻报道。" * 4
    assert decode_bytes(chinese.encode("gb18030")) == chinese


def test_bytes_at_hand_are_read_like_a_file(tmp_path: Path) -> None:
    path = tmp_path / "bai.txt"
    path.write_bytes(to_cp1258(ARTICLE))
    from_file = load(Task(str(path), "text", path=str(path)))
    at_hand = load(Task(str(path), "text", raw=to_cp1258(ARTICLE)))
    assert at_hand == from_file


@pytest.mark.parametrize("data", [b"%PDF-1.4 x", codecs.BOM_UTF8 + b"\xff"])
def test_decoding_errors_are_unicode_decode_errors_that_pickle(data: bytes) -> None:
    import pickle

    with pytest.raises(UnicodeDecodeError) as info:
        decode_bytes(data)
    again = pickle.loads(pickle.dumps(info.value))
    assert (type(again), str(again)) == (type(info.value), str(info.value))


def test_a_missing_file_raises_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        _load_file(tmp_path / "khong-co.txt")


# ---------------------------------------------------------------- formats

HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Quảng Trị thu hút 1.250 doanh nghiệp mới</title>
<meta property="article:published_time" content="2024-12-30T08:00:00+07:00">
</head><body>
<nav><a href="/">Trang chủ</a> | <a href="/kinh-te">Kinh tế</a></nav>
<script>var quangCao = "không phải bài báo";</script>
<article>
<h1>Quảng Trị thu hút 1.250 doanh nghiệp mới</h1>
<p>Sở Kế hoạch và Đầu tư tỉnh Quảng Trị cho biết, năm 2024 toàn tỉnh thu hút thêm
1.250 doanh nghiệp mới với tổng vốn đăng ký hơn 4.800 tỷ đồng, tăng mạnh so với năm trước.</p>
<p>Tỉnh phấn đấu đến năm 2030 tăng trưởng bình quân 8,5%/năm, trở thành trung tâm năng
lượng của khu vực miền Trung với nhiều dự án điện gió ngoài khơi.</p>
<p>Lãnh đạo tỉnh nhấn mạnh việc cải cách thủ tục hành chính và hỗ trợ nhà đầu tư
trong suốt quá trình triển khai dự án tại các khu công nghiệp.</p>
</article>
<footer>Bản quyền thuộc về tòa soạn</footer>
</body></html>
"""


def test_html_gives_the_main_text_with_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "bai.html"
    path.write_text(HTML, encoding="utf-8")
    loaded = _load_file(path, "html")
    assert "1.250 doanh nghiệp mới với tổng vốn" in loaded.text
    assert "8,5%/năm" in loaded.text
    assert "quangCao" not in loaded.text
    assert loaded.meta["title"] == "Quảng Trị thu hút 1.250 doanh nghiệp mới"
    assert loaded.meta["date"] == "2024-12-30"


def test_html_in_windows_1258_without_a_declared_charset_is_read(tmp_path: Path) -> None:
    text, meta = read_html(to_cp1258(HTML.replace('<meta charset="utf-8">', "")))
    assert "Quảng Trị" in text
    assert meta["title"].startswith("Quảng Trị")


def test_html_without_article_text_is_an_empty_input() -> None:
    with pytest.raises(EmptyInputError, match="HTML"):
        read_html(b"<html><head><title>x</title></head><body></body></html>")


@pytest.mark.parametrize(
    ("obj", "options", "text", "meta"),
    [
        ({"id": 7, "content": "Bài một."}, {}, "Bài một.", {"id": "7"}),
        ({"text": "Bài hai.", "title": "Tựa"}, {}, "Bài hai.", {"title": "Tựa"}),
        ({"body": "Bài ba.", "id": "x"}, {}, "Bài ba.", {"id": "x"}),
        ({"content": "A.", "body": "B."}, {}, "A.", {}),  # the first default field wins
        (
            {"noi_dung": "Bài bốn.", "ma": "m-4"},
            {"text_field": "noi_dung", "id_field": "ma"},
            "Bài bốn.",
            {"id": "m-4"},
        ),
    ],
)
def test_json_article_text_and_id_come_from_their_fields(
    tmp_path: Path, obj: dict[str, object], options: dict[str, str], text: str, meta: dict[str, str]
) -> None:
    path = tmp_path / "bai.json"
    path.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    loaded = _load_file(path, "json", **options)
    assert (loaded.text, loaded.meta) == (text, meta)


@pytest.mark.parametrize(
    ("content", "options", "error", "says"),
    [
        ('{"tieu_de": "x"}', {}, FieldError, "no text field"),
        ('{"content": "x"}', {"text_field": "body"}, FieldError, "'body'"),
        ('{"content": 42}', {}, FieldError, "not a string"),
        ('[{"content": "x"}]', {}, FieldError, "one JSON object"),
        ('{"content": "x"', {}, json.JSONDecodeError, "delimiter"),
        ('{"content": "   "}', {}, EmptyInputError, "empty"),
    ],
)
def test_bad_json_articles_raise_clear_errors(
    tmp_path: Path, content: str, options: dict[str, str], error: type[Exception], says: str
) -> None:
    path = tmp_path / "bai.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(error, match=says):
        _load_file(path, "json", **options)


def test_json_lines_give_one_task_per_line_named_by_line(tmp_path: Path) -> None:
    path = tmp_path / "xuat.jsonl"
    lines = ['{"id": 1, "content": "Một."}', "", '{"id": 2, "content": "Hai."}', "{hỏng", "  "]
    path.write_text("\r\n".join(lines) + "\n", encoding="utf-8")
    tasks = list(iter_tasks([path]))
    assert [t.source for t in tasks] == [f"{path}:1", f"{path}:3", f"{path}:4"]
    assert load(tasks[1]).text == "Hai."
    with pytest.raises(json.JSONDecodeError):
        load(tasks[2])


def test_json_lines_in_utf16_are_read(tmp_path: Path) -> None:
    path = tmp_path / "xuat.ndjson"
    path.write_text('{"content": "Đà Nẵng."}\n{"content": "Huế."}\n', encoding="utf-16")
    assert [load(t).text for t in iter_tasks([path])] == ["Đà Nẵng.", "Huế."]


def test_a_binary_json_lines_file_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "anh.jsonl"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(300))
    (task,) = iter_tasks([path])
    with pytest.raises(FindError, match="JPEG") as info:
        load(task)
    assert info.value.type_name == "NotTextError"


# ---------------------------------------------------------------- finding inputs


def test_folders_are_walked_recursively_in_a_stable_order(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.html", "a/y.json", "c/d/e.htm", ".an/x.txt", "note.md", "anh.jpg"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    found = [
        (Path(t.source).relative_to(tmp_path).as_posix(), t.kind) for t in iter_tasks([tmp_path])
    ]
    assert found == [
        ("a/y.json", "json"),
        ("a/z.html", "html"),
        ("b.txt", "text"),
        ("c/d/e.htm", "html"),
    ]


def test_a_file_named_directly_is_read_whatever_its_suffix(tmp_path: Path) -> None:
    path = tmp_path / "ghi-chu.md"
    path.write_text("Ghi chú.", encoding="utf-8")
    (task,) = iter_tasks([path])
    assert load(task).text == "Ghi chú."


def test_a_missing_path_still_gives_a_task(tmp_path: Path) -> None:
    (task,) = iter_tasks([tmp_path / "khong-co"])
    with pytest.raises(FileNotFoundError):
        load(task)
