"""The entity finder asks every phrase list where its phrases may start in one pass over
the words (``Lexicon.phrase_starts``): each list must find what it finds on its own."""

from __future__ import annotations

import pytest

from vnextract.entities.finder import _MATCHERS
from vnextract.entities.lexicon import PhraseMatcher, load_lexicon, word_positions
from vnextract.entities.tokens import tokenize

# Our own news-style sentences: organisations, places, persons, titles, currencies.
_SENTENCES = [
    "Tổng công ty Điện lực miền Bắc (EVNNPC) cho biết tỉnh Bắc Ninh đã hoàn thành "
    "lưới điện 110 kV tại huyện Gia Bình.",
    "Ông Nguyễn Văn Hòa, Giám đốc Sở Tài chính TP Hồ Chí Minh, khẳng định thành phố "
    "sẽ giải ngân 5.000 tỷ đồng và 20 triệu đô la Mỹ.",
    "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) mở chi nhánh ở Tokyo, Nhật Bản; "
    "bà Trần Thị Mai làm trưởng đại diện.",
    "UBND xã Tân Lập, huyện Đồng Phú, tỉnh Bình Phước họp với Công ty CP Cao su Phú Riềng.",
    "",
]


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_phrase_starts_find_what_each_list_finds(sentence: str) -> None:
    lex = load_lexicon()
    tokens = tokenize(sentence)
    starts = lex.phrase_starts(word_positions(tokens))
    for name in _MATCHERS:
        matcher = getattr(lex, name)
        assert isinstance(matcher, PhraseMatcher)
        expected = matcher.match_all(tokens)
        assert matcher.match_all(tokens, starts=starts.get(name, [])) == expected, name


def test_phrase_starts_covers_every_list() -> None:
    lex = load_lexicon()
    lists = {name for name, value in vars(lex).items() if isinstance(value, PhraseMatcher)}
    assert set(_MATCHERS) <= lists
    assert {name for names in lex.first_words.values() for name in names} == lists
