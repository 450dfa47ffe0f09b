"""``phrase_pattern`` finds exactly what the plain ``(?<!\\w)(?:a|b|…)(?!\\w)`` finds."""

from __future__ import annotations

import re
import sys

import pytest
import regex

from vnextract.facts.cues import cues
from vnextract.phrases import matches_from, phrase_pattern, word_anchor
from vnextract.roles import _cues

# Our own news-style text, lower case (the role stage scans a lower-cased copy).
_TEXT = (
    "công ty dự kiến chia cổ tức 12%, ước đạt 1,2 tỷ usd; các chuyên gia dự báo giá "
    "tăng. kế hoạch năm 2026: doanh thu 5.000 tỷ đồng, công suất 99,2 mw, tổng vốn đầu tư "
    "3.500 tỷ đồng.\ndự kiến,dự kiến-dự báo(ước đạt)kế hoạchx xkế hoạch mục  tiêu\tmục"
)

_LISTS = {
    "prefixes of one another": ["mục", "mục tiêu", "mục tiêu cụ thể", "mụ", "m"],
    "one letter, several words": ["kế hoạch", "kế hoạch năm", "kế", "khoảng", "kỳ vọng"],
    "digits and signs": ["30/4", "2.000", "quý i", "h1"],
    "role cues": list(_cues().kind_of),
    "property words": list(_cues().kind_of_spec),
    "fact cues": sorted({p for phrases in cues().kinds.values() for p in phrases}),
}


def _plain(phrases: list[str]) -> re.Pattern[str]:
    alts = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


@pytest.mark.parametrize("name", sorted(_LISTS))
def test_same_matches_as_the_plain_alternation(name: str) -> None:
    phrases = sorted(_LISTS[name], key=len, reverse=True)
    plain = _plain(phrases)
    fast = re.compile(phrase_pattern([p.split() for p in phrases]))
    for pos in range(0, len(_TEXT), 3):
        for end in range(pos, len(_TEXT) + 1, 11):
            expected = [m.span() for m in plain.finditer(_TEXT, pos, end)]
            assert [m.span() for m in fast.finditer(_TEXT, pos, end)] == expected, (pos, end)


def _anchored_words() -> list[str]:
    """The words ``phrases.word_anchor`` finds in use."""
    from vnextract.amounts import _lexicon
    from vnextract.relative_times import _KEYS
    from vnextract.resources import read_lines

    words = [*_KEYS, "trong"]  # the role stage's set openers: "trong số", "trong tổng số"
    words += [phrase.split()[0] for phrase in _lexicon().frequencies]
    words += [phrase.split()[0] for phrase in read_lines("units", "money_context.txt")]
    return sorted(set(words))


# The anchor of an anchored word holds every character that matches its first letter
# ignoring case, and each other letter matches case-insensitively under ``re`` whatever it
# matches under ``regex`` (the patterns read from the anchors use either).
_ANCHORED_WORDS = _anchored_words()


@pytest.mark.parametrize("word", _ANCHORED_WORDS)
def test_anchors_hold_every_case_form(word: str) -> None:
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    first = word[0]
    anchor = word_anchor([first + "x"])  # the first letter's forms, then "x"
    for module in (re, regex):
        for form in module.findall(first, every, flags=module.IGNORECASE):
            assert anchor.match(form + "x"), (module.__name__, form)
    for letter in word[1:]:
        by_regex = set(regex.findall(letter, every, flags=regex.IGNORECASE))
        assert by_regex <= set(re.findall(letter, every, flags=re.IGNORECASE))


def test_anchored_matches_are_the_patterns_matches() -> None:
    """``matches_from`` finds what ``finditer`` finds, for the patterns it serves."""
    from vnextract.relative_times import _KEY_WORD, _KEY_WORD_AT

    text = _TEXT + " NĂM Năm quÝ tháng9 2năm thángnăm năm-tháng trong số 5, Trong  tổng số 3 x,"
    assert [m.span() for m in matches_from(_KEY_WORD_AT, _KEY_WORD, text)] == [
        m.span() for m in _KEY_WORD.finditer(text)
    ]
    cues = _cues()
    assert [m.span() for m in matches_from(cues.set_opener, cues.set_phrase, text)] == [
        m.span() for m in cues.set_phrase.finditer(text)
    ]
    from vnextract.amounts import _lexicon

    lex = _lexicon()
    text += " Mỗi năm, hằng tháng lương 8 triệu, HÀNG NGÀY; giá điện, tiền lương"
    for pattern, anchor in ((lex.freq_in, lex.freq_at), (lex.money_context, lex.money_at)):
        for pos, endpos in ((0, len(text)), (5, len(text) - 7), (len(text) - 60, len(text))):
            assert [m.span() for m in matches_from(anchor, pattern, text, pos, endpos)] == [
                m.span() for m in pattern.finditer(text, pos, endpos)
            ]
