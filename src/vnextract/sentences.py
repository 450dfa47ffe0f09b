"""Split Vietnamese news text into sentences, with offsets.

A sentence ends at ".", "!", "?", "…" or ";" followed by white space and a
capital, a digit or an opening quote, or at a line break. Dots inside
numbers ("1.300"), abbreviations without a space ("TP.HCM"), initials
("N.V.A") and the number of a listed item ("2. Mở mới 45 tuyến") never end a
sentence. Pure regex: fast enough for every article.

>>> text = "Tỉnh đạt 1.300 doanh nghiệp. TP.HCM tăng 5%.\\nDòng hai"
>>> [text[s:e] for s, e in split_sentences(text)]
['Tỉnh đạt 1.300 doanh nghiệp.', 'TP.HCM tăng 5%.', 'Dòng hai']
>>> text = "Thành phố sẽ:\\n1. Mở mới 45 tuyến;\\n2. Thay 300 xe."
>>> [text[s:e] for s, e in split_sentences(text)]
['Thành phố sẽ:', '1. Mở mới 45 tuyến;', '2. Thay 300 xe.']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

#: The longest stretch of text a stage reads as one sentence. No sentence of news is
#: this long; text without stops (a flattened table, hostile input) is cut into pieces
#: of this size, so that a rule reading "its sentence" reads a bounded window.
MAX_SENTENCE_CHARS = 1000

# A boundary is either of two kinds; they never overlap, so each is found by a pattern that
# scans fast (a first character to look for, no look-behind tried at every position):
# - an end mark, then spaces before a capital or a digit (the spaces are the boundary);
_AFTER_END_MARK = regex.compile(
    r"""
    [.!?…;]["”’)]?\K       # an end mark, maybe a closing quote or bracket (not in the match)
    \ +                     # the spaces
    (?=["“‘(]?[\p{Lu}\d])   # then a capital or a digit, maybe after an opening quote
    """,
    regex.VERBOSE,
)
# - a line break with all the white space around it: found from its first break, then
#   widened over the blanks before it (linear on long runs of blanks). The white space is
#   what ``regex`` calls white space (``\s``); ``re``'s own ``\s`` also holds U+001C–U+001F.
_WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B)))
_WHITE_SPACE += "\u2028\u2029\u202f\u205f\u3000"
#: What ``regex`` calls white space (``\s``; ``re``'s own ``\s`` holds more).
WHITE_SPACE_CHARS = frozenset(_WHITE_SPACE)
_BLANKS = WHITE_SPACE_CHARS - {"\n"}
_LINE_BREAK = re.compile(f"\n[{re.escape(_WHITE_SPACE)}]*")
# The number of an item opening its line ("2. Mở mới 45 tuyến"), up to the boundary after it.
_ITEM_NUMBER = re.compile(r"(?:^|\n)[ \t]{0,3}\d{1,2}\.\Z")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` of each sentence, white space trimmed.

    Args:
        text: any text.

    Returns:
        Spans in order; empty stretches are skipped.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    boundaries = [
        m.span()
        for m in _AFTER_END_MARK.finditer(text)
        if not _ITEM_NUMBER.search(text, max(0, m.start() - 8), m.start())
    ]
    for m in _LINE_BREAK.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1] in _BLANKS:
            start -= 1
        boundaries.append((start, m.end()))
    for start, end in sorted(boundaries):
        _add(text, pos, start, spans)
        pos = end
    _add(text, pos, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def bounded(
    text: str, sentences: Sequence[tuple[int, int]], limit: int = MAX_SENTENCE_CHARS
) -> list[tuple[int, int]]:
    """The sentences, each longer than ``limit`` cut at spaces into pieces of at most ``limit``.

    >>> bounded("ab cd ef", [(0, 8)], limit=5)
    [(0, 2), (3, 8)]
    >>> bounded("a b", [(0, 3)])
    [(0, 3)]
    """
    out: list[tuple[int, int]] = []
    for start, end in sentences:
        while end - start > limit:
            cut = text.rfind(" ", start + 1, start + limit)
            if cut < 0:
                cut = start + limit
            out.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        out.append((start, end))
    return out


# The mark of a list's item: a bullet, a number or a letter before its words ("- Giá bán
# tăng 5-7%;", "2. Chào bán 70 triệu cổ phiếu", "a) …").
BULLET = regex.compile(r"(?:[-–+•*]|\d{1,2}[.)]|[a-zđ]\))\s")
_HEADING_STEPS = 12  # how many items before it a list's heading may stand


def list_heading(text: str, sentences: Sequence[tuple[int, int]], k: int) -> int | None:
    """The index of the heading of the list whose item sentence ``k`` is: the sentence
    before the list's items that ends with ":" ("Với năm 2027, CBRE dự báo:"), else None
    (``k`` opens no item line, or the list has no such heading).

    >>> text = "Với năm 2027, CBRE dự báo:\\n- Nguồn cung đạt 15.000 căn;\\n- Giá tăng 5%."
    >>> spans = split_sentences(text)
    >>> [text[slice(*spans[i])] for i in (list_heading(text, spans, len(spans) - 1),)]
    ['Với năm 2027, CBRE dự báo:']
    """
    if not _opens_item(text, sentences[k][0]):
        return None
    i = k - 1
    while i >= 0 and k - i <= _HEADING_STEPS:
        start, end = sentences[i]
        if not _opens_item(text, start):
            return i if text[start:end].rstrip().endswith(":") else None
        i -= 1
    return None


def _opens_item(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens a line with a list item's mark."""
    line = text.rfind("\n", 0, start) + 1
    while line < start and text[line] in " \t":
        line += 1
    item = BULLET.match(text, line)
    return item is not None and not text[item.end() : start].strip()
