"""Where the shipped data lives: lexicons, gazetteers and patterns under ``models/``.

An installed wheel carries them as ``vnextract/models``; a source checkout
(editable install) reads the repository's top-level ``models/`` folder.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@functools.cache
def models_dir() -> Path:
    """Return the folder holding vnextract's data files.

    >>> (models_dir() / "README.md").is_file()
    True
    """
    for candidate in (_PACKAGE_DIR / "models", _PACKAGE_DIR.parent.parent / "models"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("vnextract's data folder 'models' is missing; reinstall the package")


def model_path(*parts: str) -> Path:
    """Return the path of one data file under ``models/``, checking it exists."""
    path = models_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"vnextract data file missing: {path}")
    return path


def read_lines(*parts: str) -> list[str]:
    """Read a list file: one entry a line; blank lines and ``#`` comments skipped."""
    lines = []
    for line in model_path(*parts).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


@functools.cache
def two_syllable_words() -> frozenset[str]:
    """The two-syllable Vietnamese words of ``models/units/vi_two_syllable_words.txt``
    (lower case), loaded once for every stage that reads them.

    >>> "chứng chỉ" in two_syllable_words()
    True
    """
    return frozenset(read_lines("units", "vi_two_syllable_words.txt"))


_SYLLABLE_BEFORE = re.compile(r"(\w+)[ \t]+\Z")  # the syllable before a position
_SYLLABLE_AT = re.compile(r"\w+")  # the syllable at a position
_SYLLABLE_AFTER = re.compile(r"[ \t]+(\w+)")  # the syllable after a position


def ends_two_syllable_word(text: str, start: int) -> bool:
    """Whether the syllable at ``start`` ends a two-syllable word with the one before it.

    >>> ends_two_syllable_word("bằng cấp, chứng chỉ đạt", 16), ends_two_syllable_word("chỉ đạt", 0)
    (True, False)
    """
    before = _SYLLABLE_BEFORE.search(text, max(0, start - 12), start)
    at = _SYLLABLE_AT.match(text, start)
    return (
        before is not None
        and at is not None
        and f"{before.group(1).lower()} {at.group().lower()}" in two_syllable_words()
    )


def opens_two_syllable_word(text: str, start: int) -> bool:
    """Whether the syllable at ``start`` opens a two-syllable word with the one after it.

    >>> opens_two_syllable_word("hạ tầng giao thông", 8), opens_two_syllable_word("giao vốn", 0)
    (True, False)
    """
    at = _SYLLABLE_AT.match(text, start)
    after = _SYLLABLE_AFTER.match(text, at.end()) if at is not None else None
    return (
        after is not None
        and at is not None
        and f"{at.group().lower()} {after.group(1).lower()}" in two_syllable_words()
    )
