"""The entity data under ``models/entities/``, loaded once per process.

Each list is a file with a first comment line on its source. Phrases are
matched on tokens: a capitalised syllable in an entry must be capitalised in
the text, a lower-case one may be either ("Bắc Trung bộ" matches "Bắc Trung
Bộ"), so entries spell flexible syllables in lower case.
"""

from __future__ import annotations

import functools
import importlib.util
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from vnextract.entities.tokens import Token, token_key, tokenize
from vnextract.resources import read_lines
from vnextract.text import fold_tone_marks


@dataclass(frozen=True)
class Phrase:
    """One entry of a phrase list: its tokens' key and capitalisation."""

    key: tuple[str, ...]
    caps: tuple[bool, ...]
    tag: str
    group: int


@dataclass
class PhraseMatcher:
    """Finds the longest listed phrase starting at a token.

    Phrases are looked up by their whole key; for each first word the matcher
    keeps the lengths of the phrases it opens, so a lookup tries those, longest
    first.

    >>> m = PhraseMatcher()
    >>> m.add("Hà Nội", "LOC")
    >>> m.add("Hà Nội Mới", "ORG")
    >>> toks = tokenize("Tới Hà Nội mới thấy, báo Hà Nội Mới")
    >>> {i: p.tag for i, p in m.match_all(toks).items()}
    {1: 'LOC', 7: 'ORG'}
    """

    by_key: dict[tuple[str, ...], list[Phrase]] = field(default_factory=dict)
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def add(self, text: str, tag: str = "", group: int = -1) -> None:
        """Add one phrase with a tag and an alias group."""
        toks = tokenize(text)
        if not toks:
            return
        phrase = Phrase(token_key(toks), tuple(t.cap for t in toks), tag, group)
        self.by_key.setdefault(phrase.key, []).append(phrase)
        first = phrase.key[0]
        self.lengths[first] = tuple(
            sorted({*self.lengths.get(first, ()), len(phrase.key)}, reverse=True)
        )

    def match_all(self, tokens: list[Token]) -> dict[int, Phrase]:
        """Return the longest phrase starting at each token where one starts."""
        lowers = [t.lower for t in tokens]
        found = {}
        for i, lower in enumerate(lowers):
            if lower in self.lengths:
                phrase = self.match(tokens, lowers, i)
                if phrase is not None:
                    found[i] = phrase
        return found

    def match(self, tokens: list[Token], lowers: list[str], i: int) -> Phrase | None:
        """Return the longest phrase that starts at ``tokens[i]``, or None.

        Args:
            tokens: the tokens.
            lowers: their ``lower`` keys.
            i: where the phrase starts.

        Returns:
            Of the longest phrases whose words and capitals fit, the first listed.
        """
        for n in self.lengths.get(lowers[i], ()):
            if i + n > len(tokens):
                continue
            for phrase in self.by_key.get(tuple(lowers[i : i + n]), ()):
                if all(
                    tok.cap or not cap
                    for tok, cap in zip(tokens[i : i + n], phrase.caps, strict=True)
                ):
                    return phrase
        return None


@dataclass(frozen=True)
class Lexicon:
    """Every list the entity rules use."""

    orgs: PhraseMatcher
    org_names: dict[int, str]
    org_heads: PhraseMatcher
    org_domains: PhraseMatcher
    places: PhraseMatcher
    place_names: dict[int, str]
    person_cues: PhraseMatcher
    surnames: frozenset[str]
    given_names: frozenset[str]
    not_orgs: frozenset[str]
    stop_words: PhraseMatcher
    openers: frozenset[str]
    not_loc_compounds: PhraseMatcher
    not_org_compounds: PhraseMatcher
    place_words: PhraseMatcher
    org_suffixes: PhraseMatcher
    words: frozenset[str]


def _grouped(files: list[str], matcher: PhraseMatcher, names: dict[int, str], tag: str) -> None:
    for name in files:
        for line in read_lines("entities", name):
            forms = [f.strip() for f in line.split("|") if f.strip()]
            group = len(names)
            names[group] = forms[0]
            for form in forms:
                matcher.add(form, tag, group)


def _tagged(name: str) -> PhraseMatcher:
    matcher = PhraseMatcher()
    for line in read_lines("entities", name):
        phrase, _, tag = line.partition("\t")
        matcher.add(phrase.strip(), tag.strip())
    return matcher


def dictionary_words() -> frozenset[str]:
    """Multi-syllable words of underthesea's Viet74K dictionary, normalised, lower case.

    The file ships inside the installed underthesea package; it is read without
    importing underthesea (which is slow to import). Empty if it is missing.
    """
    spec = importlib.util.find_spec("underthesea")
    if spec is None or spec.origin is None:
        return frozenset()
    path = Path(spec.origin).parent / "corpus" / "data" / "Viet74K.txt"
    if not path.is_file():
        return frozenset()
    lines = [w for w in path.read_text(encoding="utf-8").lower().splitlines() if " " in w]
    text = fold_tone_marks(unicodedata.normalize("NFC", "\n".join(lines)))
    return frozenset(w.strip() for w in text.splitlines())


@functools.cache
def load_lexicon() -> Lexicon:
    """Load the entity data once and return it.

    >>> lex = load_lexicon()
    >>> "nguyễn" in lex.surnames, "gdp" in lex.not_orgs
    (True, True)
    """
    orgs, org_names = PhraseMatcher(), dict[int, str]()
    _grouped(["orgs.txt"], orgs, org_names, "ORG")
    places, place_names = PhraseMatcher(), dict[int, str]()
    world = ["provinces.txt", "places.txt", "world.txt", "world_cities.txt"]
    _grouped(world, places, place_names, "LOC")
    _grouped(["districts.txt"], places, place_names, "district")
    return Lexicon(
        orgs=orgs,
        org_names=org_names,
        org_heads=_tagged("org_heads.txt"),
        org_domains=_tagged("org_domains.txt"),
        places=places,
        place_names=place_names,
        person_cues=_tagged("person_cues.txt"),
        surnames=frozenset(w.lower() for w in read_lines("entities", "surnames.txt")),
        given_names=frozenset(w.lower() for w in read_lines("entities", "foreign_given_names.txt")),
        not_orgs=frozenset(w.lower() for w in read_lines("entities", "not_orgs.txt")),
        stop_words=_tagged("stop_words.txt"),
        openers=frozenset(w.lower() for w in read_lines("entities", "sentence_openers.txt")),
        not_loc_compounds=_tagged("not_loc_compounds.txt"),
        not_org_compounds=_tagged("not_org_compounds.txt"),
        place_words=_tagged("place_words.txt"),
        org_suffixes=_tagged("org_suffixes.txt"),
        words=dictionary_words(),
    )
