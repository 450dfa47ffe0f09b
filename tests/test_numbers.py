"""parse_number reads Vietnamese numerals: digits, number words and stacking multipliers."""

from __future__ import annotations

import pytest

from vnextract.numbers import parse_digits, parse_number

# Digits: "." groups thousands, "," marks decimals (Vietnamese style).
DIGIT_CASES = [
    ("1.300", 1300),
    ("120.553", 120553),
    ("3,5", 3.5),
    ("0,83", 0.83),
    ("1,10", 1.1),
    ("1.200.000", 1_200_000),
    ("3000000", 3_000_000),
    ("0", 0),
    ("-4,02", -4.02),
    ("+10,07", 10.07),
    ("1.234,5", 1234.5),
    ("1,200,000", 1_200_000),  # English thousands: more than one comma group
    ("10k", 10_000),
]

# Multipliers stack ("nghìn tỷ") and add up from the largest down ("1 tỷ 200 triệu").
MULTIPLIER_CASES = [
    ("59 nghìn tỷ", 5.9e13),
    ("1,5 nghìn tỷ", 1.5e12),
    ("1 tỷ 200 triệu", 1.2e9),
    ("120.553 tỷ", 1.20553e14),
    ("12,26 triệu tỷ", 1.226e16),
    ("150 nghìn", 150_000),
    ("200 tỉ", 2e11),
    ("5 ngàn", 5000),
    ("3,5 tỷ", 3.5e9),
    ("2 chục", 20),
    ("33, tỷ", 3.3e10),  # a stray comma before the multiplier
]

# Written-out numbers.
WORD_CASES = [
    ("hai triệu", 2e6),
    ("ba mươi ba", 33),
    ("mười bốn", 14),
    ("mười lăm", 15),
    ("một trăm linh năm", 105),
    ("hai trăm lẻ bốn", 204),
    ("hai mươi mốt", 21),
    ("hai mươi tư", 24),
    ("chín mươi chín", 99),
    ("nghìn", 1000),
    ("một tỷ", 1e9),
    ("hai chục", 20),
    ("hai trăm ngàn", 200_000),
    ("bảy trăm hai mươi mốt nghìn không trăm mười hai", 721_012),
    ("ba trăm hai", 320),  # a lone digit after "trăm" is the tens
    ("hai nghìn mốt", 2100),
    ("một triệu rưỡi", 1.5e6),
    ("trăm rưỡi", 150),
    ("ba phẩy năm", 3.5),
    ("Hai mươi", 20),  # sentence-initial capital
]

NOT_NUMBERS = [
    "",
    "nhiều",
    "hàng trăm",
    "tỷ lệ",
    "0912",  # a leading zero: a code, not a quantity
    "5 6",
    "hai ba",
    "tư",  # "tư" is four only after "mươi"
    "mươi",
    "12.3456",
    "1,2,3",
]


@pytest.mark.parametrize(("text", "expected"), DIGIT_CASES + MULTIPLIER_CASES + WORD_CASES)
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


def test_parse_digits_rejects_words() -> None:
    assert parse_digits("abc") is None
    assert parse_digits("1.300") == 1300
