"""Where the shipped data lives: lexicons, gazetteers and patterns under ``models/``.

An installed wheel carries them as ``vnextract/models``; a source checkout
(editable install) reads the repository's top-level ``models/`` folder.
"""

from __future__ import annotations

import functools
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
