"""The targets' cue lexicon scans an article on a lower-cased copy with ``re``: it must
find exactly what the case-insensitive ``regex`` patterns find on the text itself, less
the matches that are no cue (rule ``inside_word``: "đưa vào" is a word of its own).

Each text is checked for every kind of cue, over the whole text and over windows
that start and end anywhere (inside words too), against the plain patterns.
"""

from __future__ import annotations

import pytest
import regex

from vnextract.lowered import Folding
from vnextract.targets.lexicon import _COPY_MIN_CHARS, lexicon

# Our own news-style sentences, in the cases an article can be written in.
_PLAIN = (
    "Năm 2026, tỉnh đặt mục tiêu tăng trưởng GRDP 8,5%; phấn đấu đến năm 2030 thu hút "
    "thêm 200 dự án FDI, đồng thời hoàn thành kế hoạch kinh doanh đã đề ra. Theo kế hoạch, "
    "nhà máy dự kiến đưa vào vận hành trong quý IV/2027 và sẽ khởi công vào tháng 3 tới. "
    "Các chuyên gia dự báo xuất khẩu giảm nhẹ so với cùng kỳ năm trước, do giá nguyên liệu tăng."
)
_TEXTS = {
    "plain": _PLAIN,
    "capitals": _PLAIN.upper(),
    "title case": _PLAIN.title(),
    "lines and bullets": "- ĐẶT MỤC TIÊU:\n" + _PLAIN.replace(", ", ",\n- Dự Kiến ") + "\n",
    "no spaces around cues": _PLAIN.replace(" ", "\u00a0").replace("kế hoạch", "kếhoạch"),
    # characters whose case folds otherwise: the copy is refused, the text scanned as it is
    "Greek capital sigma": "ΣΥΝΟΛΟ: " + _PLAIN,
    "dotted capital I": "İSTANBUL " + _PLAIN,
    "long s": "ſ " + _PLAIN,
    "Kelvin sign": "3 \u212a " + _PLAIN,
    "combining marks": _PLAIN.replace("mục tiêu", "mu\u0323c tie\u0302u"),
    "word joiners": _PLAIN.replace("dự kiến", "dự\u200dkiến"),
}


def _windows(text: str) -> list[tuple[int, int]]:
    """Windows from everywhere to everywhere, every few characters (inside words too)."""
    cuts = [*range(0, len(text), 7), len(text)]
    return [(pos, end) for pos in cuts for end in cuts if pos <= end][::5]


@pytest.mark.parametrize("name", sorted(_TEXTS))
def test_find_and_has_match_the_plain_patterns(name: str) -> None:
    text = _TEXTS[name]
    assert len(text) >= _COPY_MIN_CHARS  # long enough to be scanned on a copy
    lex = lexicon()
    windows = [(0, len(text)), *_windows(text)]
    for kind, (source, flags) in lex.sources.items():
        if kind.startswith("^") or kind.endswith("$"):
            continue
        plain = regex.compile(source, flags)
        for pos, end in windows:
            expected = [
                (m.span(), m.group())
                for m in plain.finditer(text, pos, end)
                if not lex._no_cue(text, m)  # "đưa vào" is a word: its "vào" is no cue
            ]
            found = [(m.span(), m.group()) for m in lex.find(kind, text, pos, end)]
            assert found == expected, (kind, pos, end)
            assert lex.has(kind, text, pos, end) == bool(expected), (kind, pos, end)


def test_the_copy_finds_cues_in_capitals() -> None:
    lex = lexicon()
    text = _TEXTS["capitals"]
    found = [m.group() for m in lex.find("goal", text)]
    assert found[:2] == ["ĐẶT MỤC TIÊU", "PHẤN ĐẤU"]  # the text's own letters, not the copy's


@pytest.mark.parametrize(
    ("text", "lowered"),
    [
        ("Đặt Mục Tiêu 2030", "đặt mục tiêu 2030"),
        ("KẾ HOẠCH KINH DOANH", "kế hoạch kinh doanh"),
        ("tăng 8,5% (ước đạt)", "tăng 8,5% (ước đạt)"),
        ("3 \u212a", "3 k"),  # the Kelvin sign folds to "k" for regex too
        ("ΣΥΝΟΛΟ", None),  # Σ lower-cases to σ or ς depending on the next letter
        ("İstanbul", None),  # "İ" lower-cases to two characters
        ("ſ", None),  # regex folds the long s to "s", lower() keeps it
    ],
)
def test_folding_copies_only_what_folds_alike(text: str, lowered: str | None) -> None:
    assert Folding("kế hoạch mục tiêu ks").lowered(text) == lowered


@pytest.mark.parametrize("name", sorted(_TEXTS))
def test_ends_with_matches_the_plain_pattern(name: str) -> None:
    """``ends_with`` tests the last word first: it must answer what the plain pattern does,
    for texts ending anywhere (inside words, after punctuation, after white space)."""
    text = _TEXTS[name]
    lex = lexicon()
    ends = sorted({*range(0, len(text), 3), *(m.end() for m in regex.finditer(r"\w+", text))})
    for kind, (source, flags) in lex.sources.items():
        if not kind.endswith("$"):
            continue
        plain = regex.compile(source, flags)
        for end in ends:
            piece = text[:end] + " \n"
            expected = plain.search(piece.rstrip())
            found = lex.ends_with(kind[:-1], piece)
            assert (found and found.span()) == (expected and expected.span()), (kind, end)


@pytest.mark.parametrize("name", sorted(_TEXTS))
def test_starts_with_and_is_all_match_the_plain_pattern(name: str) -> None:
    """``starts_with`` and ``is_all`` test the first character first: they must answer
    what the plain pattern does, at every position (inside words and spaces too)."""
    text = _TEXTS[name]
    lex = lexicon()
    words = [m.group() for m in regex.finditer(r"\w+(?:\s+\w+)?", text)]
    for kind, (source, flags) in lex.sources.items():
        if not kind.startswith("^"):
            continue
        plain = regex.compile(source, flags)
        for pos in range(len(text) + 1):
            expected = plain.match(text, pos)
            found = lex.starts_with(kind[1:], text, pos)
            assert (found and found.span()) == (expected and expected.span()), (kind, pos)
        for piece in words:
            assert lex.is_all(kind[1:], piece) == bool(plain.fullmatch(piece)), (kind, piece)
