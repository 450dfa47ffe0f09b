"""Light tokens for entity matching: words and punctuation with character offsets.

A regex and str methods, no spaCy or underthesea: fast enough for every article.
A word is a run of letters and digits, with ``'``, ``’``, ``&`` or ``-`` inside
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

# A token with the white space before it: the white space gives the offsets (no
# match objects) and whether the token opens a line. ``_TOKEN`` matches every
# character but white space, so the two groups cover the whole text.
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")", re.VERBOSE)

# Token text -> (key, is a word, capitalised, all capitals, can be part of a name, the
# next word opens a sentence): words repeat, their cues are computed once; cleared past
# ``_MAX_MEMO`` entries.
_WORD_CUES: dict[str, tuple[str, bool, bool, bool, bool, bool]] = {}
_MAX_MEMO = 200_000

# Characters after which the next word opens a sentence or a heading.
_OPENERS = frozenset(".!?…:;\"“”'‘’()[]-–—•*")


@dataclass(slots=True, init=False)
class Token:
    """One token: its text, offsets and the cues entity rules read.

    ``name_word``: a capitalised word that can be part of a name (not "XIII", not an
    acronym); ``joined``: the token follows the one before after a single space, on the
    same line.

    ``tokenize`` sets every field of a ``Token()``: an ``__init__`` call per token would
    cost a fifth of the tokenizer.
    """

    text: str
    start: int
    end: int
    lower: str
    is_word: bool
    cap: bool
    upper: bool
    name_word: bool
    sent_start: bool
    space_before: bool
    line_start: bool
    joined: bool


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with offsets and capitalisation cues.

    Args:
        text: normalised text.

    Returns:
        The tokens in order; ``text[t.start:t.end] == t.text`` for each.
    """
    tokens: list[Token] = []
    append = tokens.append
    cues_of = _WORD_CUES.get
    spaced = _SPACED_TOKEN.findall
    after_opener = False  # the token before is one of ``_OPENERS``
    line_start = True  # the next token opens a line: the first one does
    pos = 0  # where the piece starts
    end = -2  # where the token before ends: none before the first
    # the pieces between single spaces: most are one word ("isalnum" is exactly what a
    # word's letters and digits are, ``[^\W_]``), read without the regex
    for piece in text.split(" "):
        if piece.isalnum():
            # one word, no white space in it: its token is read here, without the loop below
            # (the same fields as there, written out: feeding the piece to that loop as one
            # pair costs 6 million instructions a pass over samples/, all this path saves)
            lower, is_word, cap, upper, name, opener = cues_of(piece) or _word_cues(piece)
            token = Token()
            token.text = piece
            token.start = pos
            token.lower = lower
            token.is_word = is_word
            token.cap = cap
            token.upper = upper
            token.name_word = name
            token.sent_start = line_start or after_opener
            token.space_before = pos > 0  # a single space before each piece but the first
            token.line_start = line_start
            token.joined = pos > 0 and not line_start and end + 1 == pos
            token.end = end = pos + len(piece)
            append(token)
            after_opener = opener
            line_start = False
            pos = end + 1
            continue
        if piece:
            # up to its last token: white space with no token after it would be read from
            # each of its characters to its end (quadratic on a long trailing run)
            last = len(piece.rstrip())
            words = spaced(piece, 0, last)
        else:
            pos += 1
            continue
        before = pos  # where the piece's first token would start without white space
        for space, word in words:
            if space:
                start = before + len(space)
                line_start = line_start or "\n" in space
            else:
                start = before
            lower, is_word, cap, upper, name, opener = cues_of(word) or _word_cues(word)
            space_before = space != "" or start == pos > 0  # before each piece but the first
            token = Token()
            token.text = word
            token.start = start
            token.lower = lower
            token.is_word = is_word
            token.cap = cap
            token.upper = upper
            token.name_word = name
            token.sent_start = line_start or after_opener
            token.space_before = space_before
            token.line_start = line_start
            token.joined = space_before and not line_start and end + 1 == start
            token.end = before = end = start + len(word)
            append(token)
            after_opener = opener
            line_start = False
        if last < len(piece) and "\n" in piece[last:]:
            line_start = True  # a line break after the piece's last token
        pos += len(piece) + 1
    return tokens


def _word_cues(word: str) -> tuple[str, bool, bool, bool, bool, bool]:
    """Return a token text's key, word flag, capital and all-capitals flags, whether it
    can be part of a name, and whether the next word opens a sentence after it (memoised)."""
    first = word[0]
    is_word = first.isalnum()
    upper = len(word) > 1 and word.isupper()
    cap = first.isupper() or (upper and first.isdigit())
    cues = (
        "-" if word in "–—" else word.lower().replace("’", "'"),
        is_word,
        cap,
        upper,
        is_word and cap and not upper and not first.isdigit(),
        word in _OPENERS,
    )
    if len(_WORD_CUES) >= _MAX_MEMO:
        _WORD_CUES.clear()  # a long-running process reads unbounded vocabularies
    _WORD_CUES[word] = cues
    return cues


def token_key(words: list[Token]) -> tuple[str, ...]:
    """Return the lookup key of a token sequence: lower-cased, dashes unified."""
    return tuple([t.lower for t in words])  # a list first: faster than a generator
