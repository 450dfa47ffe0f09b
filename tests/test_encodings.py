"""Inputs in broken, old and BOM-less encodings read back to their exact text.

Byte samples are made here from sentences we wrote: with the tables in
``models/encodings/`` (every legacy encoding), and, independently of those
tables, with glibc's ``iconv`` (``tests/data/encodings/``: TCVN3 and VISCII
files of the same article as ``quang-ngai.utf8.txt``).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from vnextract.batch import process
from vnextract.extractor import shared_extractor
from vnextract.legacy_encodings import TABLES, _table, guess_legacy, syllable_share
from vnextract.readers import NotTextError, Task, decode, load, read_text

DATA = Path(__file__).parent / "data" / "encodings"

# News-style sentences we wrote, with upper-case letters, đ/Đ and all five tones.
SENTENCES = [
    "Ngân hàng Nhà nước cho biết tín dụng toàn hệ thống tăng 14,5% so với cuối năm trước.",
    "Đà Nẵng phấn đấu đón 11 triệu lượt khách du lịch, doanh thu đạt 45.000 tỷ đồng.",
    "Giá lúa tại Đồng bằng sông Cửu Long giảm nhẹ, nông dân lo ngại thương lái ép giá.",
    "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH công bố quy hoạch khu công nghiệp Nhơn Hội mở rộng.",
    "Tổng công ty Điện lực miền Bắc dự kiến đầu tư 9.800 tỷ đồng nâng cấp lưới điện.",
    "Xuất khẩu thủy sản quý I/2026 ước đạt 2,1 tỷ USD, tăng 9% so với cùng kỳ.",
]


def encode_with_table(text: str, name: str) -> bytes:
    """The bytes ``text`` has in the legacy encoding ``name``, from its table."""
    inverse = {char: seq for seq, char in _table(name).items()}
    out = "".join(inverse.get(c, c) for c in unicodedata.normalize("NFC", text))
    return out.encode("latin-1")


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("name", list(TABLES))
def test_a_legacy_text_reads_back_exactly(name: str, sentence: str, tmp_path: Path) -> None:
    text = "\n".join([sentence, *SENTENCES[:2]])  # an article of a few sentences
    data = encode_with_table(text, name)
    assert data != text.encode("utf-8")  # really another encoding
    path = tmp_path / "bai.txt"
    path.write_bytes(data)
    assert read_text(path) == text
    assert decode(data).encoding == name


@pytest.mark.parametrize(
    "heading",
    ["TỈNH BÌNH ĐỊNH CÔNG BỐ QUY HOẠCH", "KINH TẾ XÃ HỘI QUÝ I", "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"],
)
def test_tcvn3_headings_typed_in_a_capitals_font_come_back_in_capitals(heading: str) -> None:
    # TCVN3 (ABC) headings: ASCII capitals, accented letters with the small letters' bytes
    small = "".join(c if c.isascii() else c.lower() for c in heading)
    line = encode_with_table(small, "tcvn3")
    data = b"\n".join([line, encode_with_table(SENTENCES[0], "tcvn3")])
    assert decode(data).text.splitlines() == [heading, SENTENCES[0]]


@pytest.mark.parametrize(
    ("sample", "encoding"),
    [
        ("quang-ngai.tcvn3.txt", "tcvn3"),  # written by iconv -t TCVN5712-1
        ("quang-ngai.viscii.txt", "viscii"),  # written by iconv -t VISCII
    ],
)
def test_files_written_by_iconv_are_detected_and_converted(sample: str, encoding: str) -> None:
    expected = (DATA / "quang-ngai.utf8.txt").read_text(encoding="utf-8")
    found = decode((DATA / sample).read_bytes())
    assert (found.text, found.encoding) == (expected, encoding)


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        # VNI-Windows bytes known from its keyboard fonts: base letter, then the mark byte
        (b"Vie\xe4t Nam: Ha\xf8 No\xe4i, \xd1a\xf8 Na\xfcng", "Việt Nam: Hà Nội, Đà Nẵng", "vni"),
        # TCVN3 (ABC): one byte a letter
        (b"Vi\xd6t Nam: H\xb5 N\xe9i, \xa7\xb5 N\xbdng", "Việt Nam: Hà Nội, Đà Nẵng", "tcvn3"),
    ],
)
def test_known_byte_sequences(data: bytes, text: str, encoding: str) -> None:
    found = decode(data)
    assert found.text == text
    assert found.encoding is not None and found.encoding.startswith(encoding)


ARTICLE = "\n".join(SENTENCES)


def test_one_invalid_byte_is_replaced_and_its_offset_recorded() -> None:
    raw = ARTICLE.encode("utf-8")
    cut = raw.index("Đà Nẵng".encode())  # a stray byte before a line, as a bad copy leaves it
    data = raw[:cut] + b"\xff" + raw[cut:]
    record = json.loads(process(Task("hong.txt", "text", raw=data), shared_extractor()).line)
    assert "error" not in record
    offset = ARTICLE.index("Đà Nẵng")
    assert record["meta"]["replaced"] == [offset]
    assert record["meta"]["encoding"] is None
    assert record["organizations"] or record["locations"]  # the article was read in full
    places = [m["start"] for e in record["locations"] for m in e["mentions"]]
    assert offset + 1 in places  # "Đà Nẵng" right after the replacement character


def _page(body: str) -> bytes:
    return (
        "<html><head><title>Tin kinh tế</title></head><body><article>"
        + "".join(f"<p>{line}</p>" for line in body.split("\n"))
        + "</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("kind", "make"),
    [
        ("text", lambda body: body.encode()),
        ("json", lambda body: json.dumps({"content": body}, ensure_ascii=False).encode()),
        ("html", _page),
    ],
)
def test_the_offsets_of_replaced_bytes_index_the_article_text(
    kind: str, make: Callable[[str], bytes]
) -> None:
    data = make(ARTICLE)
    marker = "tín dụng".encode()
    data = data.replace(marker, b"\xfe" + marker, 1)  # one bad byte before "tín dụng"
    loaded = load(Task(f"bai.{kind}", kind, raw=data))
    offset = loaded.text.index("\ufffdtín dụng")
    assert loaded.meta["replaced"] == [offset]
    assert "encoding" not in loaded.meta


@pytest.mark.parametrize(
    ("insert", "expected"),
    [
        (b"\xff", "\ufffd"),  # a byte never valid in UTF-8
        (b"\xe1\xba", "\ufffd"),  # a letter cut after two of its three bytes
        (b"\xc3", "\ufffd"),  # a lone lead byte
    ],
)
def test_a_broken_sequence_becomes_one_replacement(insert: bytes, expected: str) -> None:
    head, tail = "Giá xăng tăng ", " đồng mỗi lít từ chiều nay."
    found = decode(head.encode() + insert + tail.encode())
    assert found.text == head + expected + tail
    assert found.replaced == 1


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [ARTICLE, SENTENCES[3], unicodedata.normalize("NFD", ARTICLE)])
def test_utf16_without_a_bom_is_read_as_utf16(codec: str, text: str, tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(text.encode(codec))  # the codec names an order, so no BOM is written
    assert path.read_bytes()[:2] not in (b"\xff\xfe", b"\xfe\xff")
    assert read_text(path) == text
    assert decode(path.read_bytes()).encoding == codec


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 bytes: letters it lacks as one byte are written letter + tone mark."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tone = "".join(p for p in parts if p in tones)
        letter = unicodedata.normalize("NFC", "".join(p for p in parts if p not in tones))
        out.append(char if char.encode("cp1258", "ignore") else letter + tone)
    return "".join(out).encode("cp1258")


ENGLISH = (
    "The café’s new menu costs 50 € – a “premium” price, déjà vu for the regulars, "
    "who compared it with last year’s résumé of prices."
)
GERMAN_ENGLISH = "The Hôtel Müller in Zürich served a naïve crème brûlée on Friday."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # English in Windows-1252: no legacy Vietnamese reading, the usual Windows-1258 one
        (ENGLISH.encode("cp1252"), ENGLISH),
        # Vietnamese in Windows-1258 keeps its reading
        *[(cp1258_bytes(sentence), sentence) for sentence in SENTENCES],
        (cp1258_bytes(ARTICLE), ARTICLE),
    ],
)
def test_windows_125x_text_keeps_its_reading(data: bytes, expected: str) -> None:
    found = decode(data)
    assert (found.text, found.encoding, found.replaced) == (expected, "windows-1258", 0)


@pytest.mark.parametrize(
    "data",
    [
        ENGLISH.encode("cp1252"),
        GERMAN_ENGLISH.encode("cp1252"),
        GERMAN_ENGLISH.encode("latin-1"),
        "Rapport annuel: hausse de l'activité, été très chargé à Genève.".encode("latin-1"),
    ],
)
def test_western_text_is_never_taken_for_a_legacy_vietnamese_one(data: bytes) -> None:
    assert guess_legacy(data) is None
    assert decode(data).encoding not in TABLES


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,  # every byte value
        b"\x89PNG\r\n\x1a\n" + bytes(200),  # an image
        b"\x00\x01\x00\x02\x00\x03" * 500,  # 16-bit numbers: NULs on one side, not text
        "Báo cáo".encode("utf-32-le"),  # NULs on both sides
    ],
)
def test_binary_stays_not_text(data: bytes) -> None:
    with pytest.raises(NotTextError):
        decode(data)


def test_latin1_text_is_not_read_as_broken_utf8() -> None:
    # many invalid bytes and no valid multi-byte letter: not "mostly UTF-8"
    found = decode("Rapport annuel: hausse de l'activité, été très chargé.".encode("latin-1"))
    assert found.replaced == 0


def test_utf8_with_many_invalid_bytes_is_not_mostly_utf8() -> None:
    # half the letters broken: an error or another reading, never a text full of U+FFFD
    data = "Giá vàng".encode() + b"\xff\xfe\xfd\xfc" + "tăng".encode()
    try:
        found = decode(data)
    except ValueError:
        return
    assert found.replaced == 0


@pytest.mark.parametrize(
    ("words", "well_formed"),
    [
        # Vietnamese syllables, any case, with clinging punctuation
        ("nghiêng", 1),
        ("Nguyễn", 1),
        ("khuyến", 1),
        ("ĐƯỜNG", 1),
        ("(tỷ", 1),
        ("đồng.", 1),
        ("“Quảng", 1),
        # what a wrong table makes: two tones, marks inside words, foreign letters
        ("tiềế", 0),
        ("vi¸t", 0),
        ("café", 0),
        ("Zürich", 0),
        ("ÄĂ", 0),
    ],
)
def test_syllable_shape(words: str, well_formed: int) -> None:
    assert syllable_share(words) == (well_formed, 1)


def test_ascii_words_are_not_judged() -> None:
    assert syllable_share("Hanoi GDP 2026 tang 8%") == (0, 0)
