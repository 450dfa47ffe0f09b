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

from dataclasses import dataclass

import regex

_TOKEN = regex.compile(
    r"""
      [\p{L}\p{N}]+(?:['’&\-][\p{L}\p{N}]+)*   # a word: letters/digits, inner ' ’ & -
    | [^\s\p{L}\p{N}]                          # any other visible character
    """,
    regex.VERBOSE,
)

# Characters after which the next word opens a sentence or a heading.
_OPENERS = frozenset(".!?…:;\"“”'‘’()[]-–—•*")


@dataclass(frozen=True, slots=True)
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


def _is_upper_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


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
    for m in _TOKEN.finditer(text):
        word = m.group()
        gap = text[prev_end : m.start()]
        line_start = not tokens or "\n" in gap
        sent_start = line_start or prev_text in _OPENERS
        first = word[0]
        tokens.append(
            Token(
                text=word,
                start=m.start(),
                end=m.end(),
                lower=word.lower(),
                is_word=first.isalnum(),
                cap=first.isupper() or (first.isdigit() and any(c.isupper() for c in word)),
                upper=_is_upper_word(word),
                sent_start=sent_start,
                space_before=bool(gap),
                line_start=line_start,
            )
        )
        prev_end = m.end()
        prev_text = word
    return tokens


def token_key(words: list[Token]) -> tuple[str, ...]:
    """Return the lookup key of a token sequence: lower-cased, dashes unified."""
    return tuple("-" if t.text in "–—" else t.lower for t in words)
