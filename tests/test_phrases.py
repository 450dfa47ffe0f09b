"""``phrase_pattern`` finds exactly what the plain ``(?<!\\w)(?:a|b|…)(?!\\w)`` finds."""

from __future__ import annotations

import re

import pytest

from vnextract.facts.cues import cues
from vnextract.phrases import phrase_pattern
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
