"""Regenerate ``models/units/vi_two_syllable_words.txt`` from underthesea's word lists.

The list tells a two-syllable counted noun ("chi nhánh", "tác phẩm") from a noun and the
word after it ("xã đạt"). It is every line of two lowercase syllables of underthesea's
Vietnamese dictionary, in NFC with tone marks folded as ``vnextract.text.fold_tone_marks``
folds them, sorted.

Usage: python scripts/build_word_list.py [--corpus Viet74K] [--out PATH]
"""

from __future__ import annotations

import argparse
import importlib.metadata
import pathlib
import unicodedata

import underthesea

from vnextract.text import fold_tone_marks

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "units" / "vi_two_syllable_words.txt"


def two_syllable_words(corpus: pathlib.Path) -> list[str]:
    """The two-syllable lowercase words of one underthesea word list, folded and sorted."""
    words = set()
    for line in corpus.read_text(encoding="utf-8").splitlines():
        word = unicodedata.normalize("NFC", line.strip())
        parts = word.split()
        if len(parts) == 2 and word == word.lower() and all(p.isalpha() for p in parts):
            words.add(fold_tone_marks(word))
    return sorted(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="Viet74K", help="underthesea word list name")
    parser.add_argument("--out", type=pathlib.Path, default=OUT)
    args = parser.parse_args()
    corpus = pathlib.Path(underthesea.__file__).parent / "corpus" / "data" / f"{args.corpus}.txt"
    version = importlib.metadata.version("underthesea")
    words = two_syllable_words(corpus)
    header = (
        f"# Two-syllable Vietnamese words (lowercase), from underthesea {version} (Apache-2.0) "
        f"corpus/data/{args.corpus}.txt: lines of two lowercase syllables, NFC, tone marks "
        "folded as vnextract.text.fold_tone_marks does, sorted; built by "
        'scripts/build_word_list.py. Tells a two-syllable counted noun ("tác phẩm") from a '
        "noun plus the next word."
    )
    args.out.write_text("\n".join([header, *words]) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {args.out}")


if __name__ == "__main__":
    main()
