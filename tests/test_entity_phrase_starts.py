"""The entity finder matches every phrase list in one pass over the words
(``Lexicon.match_lists``): each list must find what it finds on its own."""

from __future__ import annotations

import dataclasses

import pytest

from vnextract.entities.finder import _MATCHERS
from vnextract.entities.lexicon import PhraseMatcher, load_lexicon
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
def test_one_pass_finds_what_each_list_finds(sentence: str) -> None:
    lex = load_lexicon()
    tokens = tokenize(sentence)
    found = lex.match_lists(tokens, _MATCHERS)
    assert list(found) == list(_MATCHERS)
    for name in _MATCHERS:
        matcher = getattr(lex, name)
        assert isinstance(matcher, PhraseMatcher)
        assert found[name] == matcher.match_all(tokens), name
    assert any(found.values()) == bool(sentence)  # the sentences hold listed words


def test_one_pass_matches_only_the_lists_asked_for() -> None:
    lex = load_lexicon()
    tokens = tokenize(_SENTENCES[0])
    found = lex.match_lists(tokens, ("places",))
    assert list(found) == ["places"]
    assert found["places"] == lex.places.match_all(tokens)


def test_phrase_indices_cover_every_list() -> None:
    lex = load_lexicon()
    lists = {
        f.name for f in dataclasses.fields(lex) if isinstance(getattr(lex, f.name), PhraseMatcher)
    }
    assert set(_MATCHERS) <= lists
    singles = {name for entries in lex.single_lists.values() for name, _, _ in entries}
    pairs = {name for names in lex.pair_lists.values() for name in names}
    assert singles | pairs == lists
