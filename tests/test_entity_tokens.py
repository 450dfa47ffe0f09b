"""The entity rules' light tokens: offsets, and the line, space and sentence cues."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnextract.entities.tokens import tokenize

# (text, [(token, line_start, space_before, sent_start), …]) written for vnextract
CUE_CASES = [
    (
        "Ông Ba đến Hà Nội.",
        [
            ("Ông", True, False, True),
            ("Ba", False, True, False),
            ("đến", False, True, False),
            ("Hà", False, True, False),
            ("Nội", False, True, False),
            (".", False, False, False),
        ],
    ),
    (  # white space before the first token: it still opens the text's first line
        "  Tỉnh ủy\nBắc Ninh",
        [
            ("Tỉnh", True, True, True),
            ("ủy", False, True, False),
            ("Bắc", True, True, True),
            ("Ninh", False, True, False),
        ],
    ),
    (  # a line break inside the white space, among other spaces
        "Hòa Phát: \t \n  FPT",
        [
            ("Hòa", True, False, True),
            ("Phát", False, True, False),
            (":", False, False, False),
            ("FPT", True, True, True),
        ],
    ),
    (  # no space: one token right after another
        "TP.HCM",
        [("TP", True, False, True), (".", False, False, False), ("HCM", False, False, True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CUE_CASES)
def test_line_space_and_sentence_cues(
    text: str, expected: list[tuple[str, bool, bool, bool]]
) -> None:
    got = [(t.text, t.line_start, t.space_before, t.sent_start) for t in tokenize(text)]
    assert got == expected


# (token text, lower, is_word, cap, upper) written for vnextract
WORD_CASES = [
    ("Hà", "hà", True, True, False),
    ("UBND", "ubnd", True, True, True),
    ("2025", "2025", True, False, False),
    ("5G", "5g", True, True, True),  # a number with capitals reads as capitalised
    ("M’gar", "m'gar", True, True, False),  # the curly apostrophe is unified
    ("–", "-", False, False, False),  # dashes are unified
    ("—", "-", False, False, False),
    ("T&T", "t&t", True, True, True),
]


@pytest.mark.parametrize(("word", "lower", "is_word", "cap", "upper"), WORD_CASES)
def test_word_cues(word: str, lower: str, is_word: bool, cap: bool, upper: bool) -> None:
    for _ in range(2):  # the second time from the memo
        (token,) = tokenize(word)
        assert (token.lower, token.is_word, token.cap, token.upper) == (lower, is_word, cap, upper)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(" \n\t\u00a0\u2028HàNội’'-–&_1.,(")), max_size=30))
def test_tokens_cover_every_visible_character(text: str) -> None:
    tokens = tokenize(text)
    previous_end = 0
    for k, t in enumerate(tokens):
        assert text[t.start : t.end] == t.text
        gap = text[previous_end : t.start]
        assert gap.isspace() or not gap
        assert t.space_before == (gap != "")
        assert t.line_start == (k == 0 or "\n" in gap)
        previous_end = t.end
    assert "".join(t.text for t in tokens) == re.sub(r"\s", "", text)


@pytest.mark.parametrize(
    "tail", [" ", " \t\r", "\n"], ids=["spaces", "blanks and returns", "line breaks"]
)
def test_trailing_white_space_takes_linear_time(tail: str) -> None:
    """White space after the last token is not read again from each of its characters."""

    def seconds(n: int) -> float:
        text = "Hà Nội" + tail * n
        start = time.process_time()
        assert [t.text for t in tokenize(text)] == ["Hà", "Nội"]
        return time.process_time() - start

    small = min(seconds(4_000) for _ in range(3))
    large = min(seconds(40_000) for _ in range(3))
    assert large < 30 * max(small, 0.002), (small, large)
