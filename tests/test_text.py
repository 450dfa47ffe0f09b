"""Normalisation keeps a correct map back to the original offsets."""

from __future__ import annotations

import unicodedata

import pytest

from vnextract.text import fold_tone_marks, normalize

TONE_CASES = [
    ("hoà", "hòa"),
    ("Khánh Hoà", "Khánh Hòa"),
    ("khoẻ mạnh", "khỏe mạnh"),
    ("thuỷ lợi", "thủy lợi"),
    ("Uỷ ban", "Ủy ban"),
    ("quý I", "quý I"),  # "qu" is a consonant: the tone stays on "y"
    ("hoàn thành", "hoàn thành"),  # a final consonant: no change
    ("hòa", "hòa"),
]


@pytest.mark.parametrize(("raw", "expected"), TONE_CASES)
def test_tone_marks_fold_to_one_placement(raw: str, expected: str) -> None:
    assert fold_tone_marks(raw) == expected


ODD_INPUTS = [
    "Tỉnh Thanh Hoá đạt 5%.",
    unicodedata.normalize("NFD", "Tỉnh Thanh Hoá đạt 1.300 doanh nghiệp."),
    "Giá\u200b trị\u00a0tăng \u202e5%\u202c ở Hà\u00adNội",
    "\ufeffVĩnh Phúc 😀 tăng 59 nghìn tỷ đồng",
    "mixed " + unicodedata.normalize("NFD", "Hòa Bình") + " và Hòa Bình",
    "",
]


def _word_edges(text: str) -> list[int]:
    """Offsets where a word starts or ends: where spans of the pipeline fall."""
    return [
        i
        for i in range(len(text) + 1)
        if i in (0, len(text)) or text[i - 1].isalnum() != text[i].isalnum()
    ]


@pytest.mark.parametrize("raw", ODD_INPUTS)
def test_every_normalised_word_span_maps_back_to_its_original_text(raw: str) -> None:
    n = normalize(raw)
    assert unicodedata.is_normalized("NFC", n.text)
    edges = _word_edges(n.text)
    for start in edges:
        for end in (e for e in edges if e >= start):
            s, e = n.to_original(start, end)
            assert 0 <= s <= e <= len(raw)
            # the original stretch normalises to exactly the normalised stretch
            assert normalize(raw[s:e]).text == n.text[start:end].strip("\u00ad")


def test_nfd_input_normalises_to_nfc() -> None:
    raw = unicodedata.normalize("NFD", "Thành phố Hồ Chí Minh")
    n = normalize(raw)
    assert n.text == "Thành phố Hồ Chí Minh"
    s, e = n.to_original(10, 21)
    assert unicodedata.normalize("NFC", raw[s:e]) == "Hồ Chí Minh"
