"""Sentence boundaries: two fast patterns find exactly what one plain pattern finds.

The plain pattern below is the definition (an end mark and spaces before a capital
or a digit, unless the mark ends the number of a listed item opening its line; or a
line break with the white space around it); ``split_sentences``
finds the two kinds apart, each with a pattern that scans fast.
"""

from __future__ import annotations

import random
import sys
import time

import pytest
import regex

from vnextract.sentences import _WHITE_SPACE, split_sentences

_PLAIN_BOUNDARY = regex.compile(
    r"""
      (?<=[.!?…;]["”’)]?)(?<!(?:^|\n)[\ \t]{0,3}\d{1,2}\.)\ +(?=["“‘(]?[\p{Lu}\d])
    | (?<![^\S\n])[^\S\n]*+\n\s*
    """,
    regex.VERBOSE,
)


def _plain_split(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for start, end in [*(m.span() for m in _PLAIN_BOUNDARY.finditer(text)), (len(text), 0)]:
        piece = text[pos:start]
        lead, trail = len(piece) - len(piece.lstrip()), len(piece.rstrip())
        if trail > lead:
            spans.append((pos + lead, pos + trail))
        pos = end
    return spans


# Our own lines, with the marks, quotes, spaces and breaks that decide a boundary.
_CASES = [
    "Tỉnh đạt 1.300 doanh nghiệp. TP.HCM tăng 5%.\nDòng hai",
    "Ông nói: “Chúng tôi sẽ làm.” Bà đáp! 2025 là năm bản lề? Đúng vậy; Vâng.",
    "Giá tăng (khoảng 5%.) Sau đó\u00a0giảm.\u2028Mới\r\n\r\n  Tiếp theo\t\n\tHết",
    "a.\x1c B. c.\x1c\nD ?! X . . Y .” Z A.\n. B x\u3000\ny",
    "Thành phố sẽ:\n1. Mở mới 45 tuyến;\n 2. Thay 300 xe. 3. Hết\n12. Mười hai",
    "",
    " \n \n ",
]


@pytest.mark.parametrize("text", _CASES)
def test_sentences_as_the_plain_pattern_cuts_them(text: str) -> None:
    assert split_sentences(text) == _plain_split(text)


def test_sentences_on_random_strings_of_the_deciding_characters() -> None:
    rnd = random.Random(13)
    alphabet = '.!?…;"”’)“‘( \t\n\r\x0b\x1c\xa0\u2028\u3000aĐBz91'
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        assert split_sentences(text) == _plain_split(text), repr(text)


@pytest.mark.parametrize("blank", [" ", "\t", "\u3000", "\x1c"])
def test_sentences_in_linear_time_on_long_blank_runs(blank: str) -> None:
    text = "Mở đầu." + blank * 200_000 + "Kết thúc.\n" + blank * 200_000 + "Hết."
    started = time.process_time()
    assert len(split_sentences(text)) >= 2
    assert time.process_time() - started < 2.0  # quadratic would take minutes


def test_white_space_is_what_regex_calls_white_space() -> None:
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)
    assert sorted(_WHITE_SPACE) == regex.findall(r"\s", every)
