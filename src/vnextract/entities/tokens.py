"""Light tokens for entity matching: words and punctuation with character offsets.

Pure regex, no spaCy or underthesea: fast enough for every article. A word is a
run of letters and digits, with ``'``, ``’``, ``&`` or ``-`` inside
("M'gar", "T&T", "Hang-seo"); every other non-space character is a token.

>>> [t.text for t in tokenize("TP.HCM, Cư M'gar và T&T.")]
['TP', '.', 'HCM', ',', 'Cư', "M'gar", 'và', 'T&T', '.']
>>> t = tokenize("Ông Ba đến Hà Nội")[3]
>>> (t.text, t.start, t.end, t.cap, t.sent_start)
('Hà', 11, 13, True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The standard ``re`` module: twice as fast as ``regex`` here, and ``[^\W_]`` is
# exactly "a Unicode letter or digit".
_TOKEN = re.compile(
    r"""
      [^\W_]+(?:['’&\-][^\W_]+)*   # a word: letters/digits, inner ' ’ & -
    | [^\s\w] | _                  # any other visible character
    """,
    re.VERBOSE,
)

# Characters after which the next word opens a sentence or a heading.
_OPENERS = frozenset(".!?…:;\"“”'‘’()[]-–—•*")


@dataclass(slots=True)
class Token:
    """One token: its text, offsets and the cues entity rules read."""

    text: str
    start: int
    end: int
    lower: str
    is_word: bool
    cap: bool
    upper: bool
    sent_start: bool
    space_before: bool
    line_start: bool


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with offsets and capitalisation cues.

    Args:
        text: normalised text.

    Returns:
        The tokens in order; ``text[t.start:t.end] == t.text`` for each.
    """
    tokens: list[Token] = []
    prev_end = 0
    prev_text = ""
    append = tokens.append
    for m in _TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        line_start = (start > prev_end and text.find("\n", prev_end, start) >= 0) or not tokens
        first = word[0]
        upper = len(word) > 1 and word.isupper()
        append(
            Token(
                word,
                start,
                end,
                "-" if word in "–—" else word.lower().replace("’", "'"),
                first.isalnum(),
                first.isupper() or (upper and first.isdigit()),
                upper,
                line_start or prev_text in _OPENERS,
                start > prev_end,
                line_start,
            )
        )
        prev_end = end
        prev_text = word
    return tokens


def token_key(words: list[Token]) -> tuple[str, ...]:
    """Return the lookup key of a token sequence: lower-cased, dashes unified."""
    return tuple(t.lower for t in words)
