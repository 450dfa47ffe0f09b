"""Vietnamese text in the encodings from before Unicode: TCVN3 (ABC), VNI-Windows, VISCII.

Archives from the 1990s and 2000s hold articles typed with the ABC (TCVN3) or
VNI fonts: plain bytes in the 0x80-0xFF range whose meaning only the font knew.
``decode_legacy`` turns such bytes into Unicode (NFC) with the byte tables in
``models/encodings/`` (built by ``scripts/build_encodings.py`` from public
tables); ``guess_legacy`` says which of them, if any, the bytes are in.

The guess is explainable: each candidate decoding is scored by the share of its
words with diacritics that have the shape of a Vietnamese syllable (an onset,
one to three vowels carrying at most one tone mark, a final consonant). Text
decoded with the wrong table breaks words into marks and symbols ("Vi\\xd6t"
in TCVN3 read as VNI), so the right table stands out.

>>> decode_legacy(b"Vi\\xd6t Nam", "tcvn3")
'Việt Nam'
>>> decode_legacy(b"Vie\\xe4t Nam", "vni-windows")
'Việt Nam'
>>> syllable_share("Thành phố Hồ Chí Minh")
(4, 4)
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable

import regex

from vnextract.resources import model_path

#: The legacy encodings, by the name the record's ``meta.encoding`` gives, and
#: the table file of each.
TABLES: dict[str, str] = {
    "tcvn3": "tcvn3.tsv",
    "vni-windows": "vni.tsv",
    "viscii": "viscii.tsv",
}

#: The smallest share of well-formed syllables a guess needs, and how many of them.
MIN_SHARE = 0.85
MIN_SYLLABLES = 3

#: How many leading bytes the guess scores (the winner then decodes the whole input).
SAMPLE_BYTES = 65536

# The five tone marks, as combining characters.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
# Every vowel letter, with any tone: a ă â e ê i o ô ơ u ư y, times six tones.
_VOWELS = "".join(
    unicodedata.normalize("NFC", base + tone)
    for base in ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")
    for tone in ("", *_TONES)
)
_TONED = frozenset(c for c in _VOWELS if any(t in unicodedata.normalize("NFD", c) for t in _TONES))

# A Vietnamese syllable, lower case, NFC.
_SYLLABLE = regex.compile(
    rf"""
    (?: ngh | ng | gh | nh | ch | kh | ph | th | tr | gi | qu | [bcdđghklmnprstvx] )?  # onset
    [{_VOWELS}]{{1,3}}                                                              # vowels
    (?: ng | nh | ch | [cmnpt] )?                                                   # final
    """,
    regex.VERBOSE,
)

# Punctuation that may cling to a word: stripped before the word is judged.
_CLINGING = "\"'()[]{}<>.,;:!?…“”‘’«»-–—/%*"

_Decoder = Callable[[str], str]


@functools.cache
def _table(name: str) -> dict[str, str]:
    """The table of ``name``: each byte sequence (read as Latin-1) to its letter."""
    table: dict[str, str] = {}
    lines = model_path("encodings", TABLES[name]).read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        hexbytes, _, char = line.split("\t")
        table[bytes.fromhex(hexbytes).decode("latin-1")] = char
    return table


@functools.cache
def _decoder(name: str) -> _Decoder:
    """A function from Latin-1 text to Unicode for ``name``: one translate or one regex pass."""
    table = _table(name)
    if all(len(key) == 1 for key in table):
        single = str.maketrans(table)
        return lambda text: text.translate(single)
    # longest sequence first: VNI's "o" + "â" is "ô", not "o" then "â"
    keys = sorted(table, key=len, reverse=True)
    pattern = regex.compile("|".join(regex.escape(k) for k in keys))
    return lambda text: pattern.sub(lambda m: table[m.group()], text)


def decode_legacy(data: bytes, name: str) -> str:
    """Decode ``data`` written in the legacy encoding ``name`` (a key of ``TABLES``).

    Args:
        data: the bytes.
        name: "tcvn3", "vni-windows" or "viscii".

    Returns:
        The text in NFC; bytes the table does not list keep their Latin-1 meaning.

    >>> decode_legacy(b"\\xa7\\xb5 N\\xbdng", "tcvn3")
    'Đà Nẵng'
    >>> decode_legacy(b"HA\\xd8 NO\\xc4I", "vni-windows")
    'HÀ NỘI'
    >>> decode_legacy(b"T\\xd8NH B\\xd7NH \\xa7\\xdeNH", "tcvn3")   # a heading in .VnTimeH
    'TỈNH BÌNH ĐỊNH'
    """
    text = unicodedata.normalize("NFC", _decoder(name)(data.decode("latin-1")))
    return restore_capitals(text) if name == "tcvn3" else text


# A word of letters with at least two capitals and no ASCII small letter.
_CAPITALS_WORD = regex.compile(r"\b(?=\w*\p{Lu}\w*\p{Lu})(?!\w*[a-z])\p{L}+\b")
# A line with no ASCII small letter and at least four ASCII capitals: a heading.
_CAPITALS_LINE = regex.compile(r"^(?=(?:[^A-Z\n]*[A-Z]){4})[^a-z\n]+$", regex.MULTILINE)


def restore_capitals(text: str) -> str:
    """Capitalise the accented small letters of headings (TCVN3 has no capitals for them).

    TCVN3 (ABC) has no byte for most accented capitals: headings were typed with
    the small letters' bytes in a capitals font (``.VnTimeH``), so "TỈNH" comes
    out as "TỉNH". Two named rules restore them: a line with no ASCII small
    letter and four ASCII capitals is a heading line, upper-cased whole; and
    in running text a word with two capitals and no ASCII small letter is a
    heading word. "Đà", "Nẵng" and "tỉnh" are left alone.

    >>> restore_capitals("KINH Tế Xã HộI\\nUBND TỉNH BìNH ĐịNH họp tại Đà Nẵng")
    'KINH TẾ XÃ HỘI\\nUBND TỈNH BÌNH ĐỊNH họp tại Đà Nẵng'
    """
    text = _CAPITALS_LINE.sub(lambda m: m.group().upper(), text)
    return _CAPITALS_WORD.sub(lambda m: m.group().upper(), text)


def syllable_share(text: str) -> tuple[int, int]:
    """Count the words with diacritics shaped as Vietnamese syllables, and all such words.

    A word with no letter beyond ASCII says nothing about the encoding and is
    not counted.

    Args:
        text: decoded text.

    Returns:
        ``(well_formed, judged)``.

    >>> syllable_share("Kinh tÕ t¨ng 5%")   # TCVN3 bytes read as Windows-1252
    (1, 2)
    >>> syllable_share("Kinh tế tăng 5%")
    (2, 2)
    """
    good = judged = 0
    for word in text.split():
        word = word.strip(_CLINGING)
        if word.isascii() or not word:
            continue
        judged += 1
        lower = unicodedata.normalize("NFC", word.lower())
        tones = sum(1 for c in lower if c in _TONED)
        good += tones <= 1 and _SYLLABLE.fullmatch(lower) is not None
    return good, judged


def guess_legacy(data: bytes, *, rival_share: float = 0.0) -> tuple[str, str] | None:
    """Say which legacy encoding ``data`` is in, and decode it; None when none fits well.

    The first ``SAMPLE_BYTES`` are scored. The best-scoring table wins when
    at least ``MIN_SYLLABLES`` of its words with diacritics, and ``MIN_SHARE``
    of them, are well-formed syllables, and its share beats ``rival_share``
    (the share another decoding, such as Windows-1258, already reached).

    Args:
        data: bytes that are not UTF-8.
        rival_share: the share to beat.

    Returns:
        ``(name, text)`` or None.
    """
    best: tuple[float, str] | None = None
    sample = data[:SAMPLE_BYTES]
    for name in TABLES:
        good, judged = syllable_share(decode_legacy(sample, name))
        if good < MIN_SYLLABLES:
            continue
        share = good / judged
        if share >= MIN_SHARE and share > rival_share and (best is None or share > best[0]):
            best = (share, name)
    return None if best is None else (best[1], decode_legacy(data, best[1]))
